""""Øv dig": a round in the terminal UI at 80×24 with the real judges, the progress it stores (counts only, never
what was typed, never a delmål file), the next exercise going to the kind that fails most, and the summary."""

from __future__ import annotations

import json
from datetime import date

import pytest
from textual.widgets import Static, TextArea

from delmaal_assistant.checker import get_checker
from delmaal_assistant.cli import main
from delmaal_assistant.core.practice import LEVEL2_AFTER, Progress, ProgressStore, bank
from delmaal_assistant.core.practice.round import PracticeRound
from delmaal_assistant.tui.app import create_app
from delmaal_assistant.tui.screens import PracticeScreen, StartScreen
from delmaal_assistant.tui.screens.practice import answer_text, parse_answer
from test_tui_80x24 import footer_is_whole, inside
from tui_helpers import settle

TODAY = date(2026, 11, 22)
B = bank()


def test_the_next_exercise_goes_to_the_kind_that_fails_most():
    p = Progress()
    first = p.next_exercise(B)
    assert first.level == 1
    # every single-element kind once: passed at the first try, except "indsats" and "formål"
    for k, kind in B.kinds.items():
        if kind.level == 1:
            ok = k not in ("indsats", "purpose")
            p.record(B.of_kind(k)[0], first_try=ok, passed=ok, tries=1 if ok else 3, today=TODAY)
    assert p.weakest(B) == ["purpose", "indsats"] or p.weakest(B) == ["indsats", "purpose"]
    assert p.level2_open(B)  # 15 single-element exercises ≥ LEVEL2_AFTER
    nxt = p.next_exercise(B)
    assert nxt.kind.id in ("whole", "purpose", "indsats") and nxt.kind.id != p.last_kind
    p.record(nxt, first_try=False, passed=False, tries=3, today=TODAY)
    again = p.next_exercise(B)
    assert again.kind.id in ("whole", "purpose", "indsats") and again.kind.id != nxt.kind.id
    assert again.id not in p.done  # a fresh exercise of that kind


def test_whole_delmaal_wait_for_single_elements():
    p = Progress()
    for e in [e for e in B.exercises if e.level == 1][:LEVEL2_AFTER - 1]:
        p.record(e, first_try=True, passed=True, tries=1)
    assert not p.level2_open(B)
    assert all(p.next_exercise(B).level == 1 for _ in range(3))


def test_a_round_records_counts_only_and_saves_no_delmaal(tmp_path):
    store = ProgressStore(tmp_path)
    r = PracticeRound(store.load(), B, get_checker(), save=store.save, today=TODAY)
    ex = r.next(B.get("me-01"))
    secret = "Beboeren Hemmeligsen tæller noget"
    res = r.send({"text": secret})
    assert not res.verdict.passed and res.tries == 1 and not res.reveal
    assert any("→" in m for m in res.verdict.messages)  # the judge's own question
    res = r.send({"text": ex.parts[0].model["text"]})
    assert res.verdict.passed and res.reveal and res.exercise_done
    assert r.advance() is False
    saved = store.path.read_text(encoding="utf-8")
    assert "Hemmeligsen" not in saved and ex.parts[0].model["text"] not in saved
    data = json.loads(saved)
    assert data["kinds"]["measurement"] == {"done": 1, "first_try": 0, "passed": 1, "tries": 2}
    assert not list(tmp_path.rglob("*.delmaal.json")) and not list(tmp_path.rglob("*.draft.json"))
    assert (store.path.stat().st_mode & 0o077) == 0  # owner-only


def test_three_tries_then_the_model_answer():
    r = PracticeRound(Progress(), B, get_checker())
    r.next(B.get("in-01"))
    weak = B.get("in-01").parts[0].weak
    results = [r.send(weak) for _ in range(3)]
    assert [x.reveal for x in results] == [False, False, True]
    assert results[-1].exercise_done and not results[-1].verdict.passed
    r.advance()
    assert r.progress.stats("indsats").model_dump() == {"done": 1, "first_try": 0, "passed": 0, "tries": 3}


def test_answer_box_lines_for_forms_with_several_inputs():
    a = {"what": "Om vasken blev sat i gang", "who": "Kontaktpersonen", "how_often": "Hver onsdag"}
    assert parse_answer(answer_text(a), ("what", "who", "how_often")) == a
    assert parse_answer("Hvem: KP\nHvad: om han vaskede\nselv", ("what", "who", "how_often")) == {
        "what": "om han vaskede selv", "who": "KP", "how_often": ""}


def test_status_and_summary_from_the_command_line(tmp_path, capsys):
    data = tmp_path / "d"
    store = ProgressStore(data)
    p = Progress()
    p.record(B.get("in-01"), first_try=False, passed=True, tries=2, today=TODAY)
    p.record(B.get("vv-01"), first_try=True, passed=True, tries=1, today=TODAY)
    store.save(p)
    assert main(["--data-dir", str(data), "øv", "--status"]) == 0
    out = capsys.readouterr().out
    assert "Øv dig – status" in out and "Skal øves mere: Indsatsen." in out and "2 øvelser i alt" in out
    assert max(len(line) for line in out.splitlines()) <= 80  # readable in an 80-column terminal
    html = tmp_path / "status.html"
    assert main(["--data-dir", str(data), "øv", "-o", str(html), "--navn", "Ny Kollega"]) == 0
    page = html.read_text(encoding="utf-8")
    assert "Ny Kollega" in page and "<td>Indsatsen</td><td>1</td><td>0</td><td>1</td>" in page
    docx = tmp_path / "status.docx"
    assert main(["--data-dir", str(data), "øv", "-o", str(docx)]) == 0
    from docx import Document

    text = "\n".join(c.text for t in Document(str(docx)).tables for row in t.rows for c in row.cells)
    assert "Indsatsen" in text
    assert main(["--data-dir", str(data), "øv", "-o", str(tmp_path / "x.delmaal.json")]) == 2
    assert "ikke 'x.delmaal.json'" in capsys.readouterr().err


@pytest.mark.asyncio
async def test_a_practice_round_at_80x24(data_dir):
    app = create_app(checker=get_checker(), data_dir=data_dir, today=TODAY)
    out = data_dir / "ud"
    out.mkdir()
    app.settings.save_dir = str(out)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, app)
        assert isinstance(app.screen, StartScreen)
        from textual.widgets import OptionList

        menu = app.screen.query_one("#menu", OptionList)
        assert menu.option_count == 3 and menu.region.height == menu.option_count + 2  # every choice shown
        app.action_practice()
        await settle(pilot, app)
        screen = app.screen
        assert isinstance(screen, PracticeScreen)
        from delmaal_assistant.core.keymap import keymap

        footer_is_whole(screen, ("Send", keymap().entries["skip"].label, "Start"))  # the keymap's own label
        box = screen.query_one("#practice-answer", TextArea)
        assert inside(box.region) and inside(screen.query_one("#practice-hint").region)
        ex = screen.round.exercise
        assert box.text == answer_text(ex.parts[0].weak)  # the weak answer, to rewrite
        head = str(screen.query_one("#practice-case", Static).render())
        assert "opdigtet" in head and "Det svage svar" in head
        await pilot.press("ctrl+s")  # sent as it is: the judges object and ask
        await settle(pilot, app)
        fb = str(screen.query_one("#practice-feedback", Static).render())
        assert "Forsøg 1 af 3" in fb and "→" in fb and "Forbillede" not in fb
        box.text = answer_text(ex.parts[0].model)
        await pilot.press("ctrl+s")
        await settle(pilot, app)
        fb = str(screen.query_one("#practice-feedback", Static).render())
        assert "Godt" in fb and "Forbillede" in fb and ex.kind.guide[:30] in fb.replace("\n", " ")
        await pilot.press("ctrl+n")  # the next exercise
        await settle(pilot, app)
        assert screen.round.exercise.id != ex.id and screen.round.progress.total_done == 1
        await pilot.press("ctrl+n")  # give up: the model answer at once
        await settle(pilot, app)
        assert "Forbillede" in str(screen.query_one("#practice-feedback", Static).render())
        hint = str(screen.query_one("#practice-hint", Static).render())  # keys named from the keymap
        assert f"{app.key_label('practice-home')}: tilbage til start" in hint and app.key_label("skip") in hint
        await pilot.press("ctrl+e")
        await settle(pilot, app)
        assert {p.name for p in out.iterdir()} == {"Øv dig – status.html", "Øv dig – status.docx"}
    stored = ProgressStore(data_dir).load()
    assert stored.total_done == 1 and sum(s.first_try for s in stored.kinds.values()) == 0


@pytest.mark.asyncio
async def test_a_bug_in_judging_is_told_and_the_round_goes_on(data_dir, monkeypatch):
    app = create_app(checker=get_checker(), data_dir=data_dir, today=TODAY)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, app)
        app.action_practice()
        await settle(pilot, app)
        screen = app.screen

        def broken(self, answer):
            raise RuntimeError("bug")

        monkeypatch.setattr(PracticeRound, "send", broken)
        await pilot.press("ctrl+s")
        await settle(pilot, app)
        assert app.is_running and isinstance(app.screen, PracticeScreen) and not screen.busy
        monkeypatch.undo()
        await pilot.press("ctrl+s")
        await settle(pilot, app)
        assert "Forsøg 1 af 3" in str(screen.query_one("#practice-feedback", Static).render())
