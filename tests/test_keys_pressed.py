"""Every key of the keymap, pressed in the terminal (Pilot) where a text names it: its action happens and no
character is typed (issue 26, point 1). The same walk runs in Chromium through `delmaal web`
(tests/test_web_keys.py)."""

from __future__ import annotations

from datetime import date

from textual.widgets import Input, OptionList, Select, Static, TextArea

from delmaal_assistant.core.files.drafts import Draft
from delmaal_assistant.core.keymap import keymap
from delmaal_assistant.tui.app import create_app
from keywalk import CHECKED, ELSEWHERE, PRACTICE_NOT_WALKED, TITLE, WALK, WORDING, saved_file, walked_ids
from sample_delmaal import full_delmaal
from tui_helpers import settle


def screen_text(app) -> str:
    return "\n".join(str(w.render()) for w in app.screen.query(Static))


def value(w):
    if isinstance(w, Input):
        return w.value
    if isinstance(w, TextArea):
        return w.text
    return None


async def type_text(pilot, text: str) -> None:
    await pilot.press(*["space" if c == " " else c for c in text])


def pilot_check(name: str, app, data_dir) -> None:
    s = app.screen
    if name == "checked":
        assert "bliver bedre til" in screen_text(app).lower()
    elif name == "obs-feedback":
        assert str(s.query_one("#obs-feedback", Static).render()).strip()
    elif name == "status-written":
        assert list((data_dir / "gemte").glob("*.status.docx"))
    elif name in ("meeting-on", "meeting-off"):
        assert s.meeting is (name == "meeting-on")
    elif name in ("side-hidden", "side-shown"):
        assert s.has_class("no-side") is (name == "side-hidden")
    elif name == "all-selected":
        w = s.focused
        assert isinstance(w, Input) and w.value and w.selected_text == w.value
    elif name.startswith("on-"):
        assert s.step.id == name.removeprefix("on-").replace("title", "title")
    elif name == "sent":
        assert any(e.role == "user" and WORDING in e.text for e in s.draft.conversation)
    elif name == "read-aloud":
        assert any(n.title == "Oplæsning" for n in app._notifications)
    elif name == "theme-list-focused":
        assert isinstance(s.focused, OptionList)
    elif name == "kind-select-focused":
        assert isinstance(s.focused, Select)
    elif name in ("select-open", "select-closed"):
        sel = s.query_one("#m1-kind", Select)
        assert sel.expanded is (name == "select-open")
    elif name in ("practice-scrolled", "practice-scrolled-back"):
        box = s.query_one("#practice-box")
        assert (box.scroll_y > 0) is (name == "practice-scrolled") or box.max_scroll_y == 0, box.scroll_y
        assert s.focused is s.query_one("#practice-answer")  # the answer box keeps the focus
    elif name == "practice-summary-written":
        assert (data_dir / "gemte" / "Øv dig – status.html").exists()
        assert (data_dir / "gemte" / "Øv dig – status.docx").exists()
    else:
        raise AssertionError(f"unknown check {name}")


async def test_every_key_of_the_walk_does_its_action_and_types_nothing(fake_checker, data_dir):
    today = date.today()
    saved = saved_file(data_dir, today)
    km = keymap()
    app = create_app(checker=fake_checker, data_dir=data_dir, today=today)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, app)
        for i, step in enumerate(WALK):
            before_widget = app.focused
            before = value(before_widget)
            if step.kind == "press":
                await pilot.press(km.key(step.arg))
            elif step.kind == "key":
                await pilot.press(step.arg)
            else:
                await type_text(pilot, step.arg)
            await settle(pilot, app)
            where = f"step {i} {step.kind} {step.arg}"
            if step.screen:
                assert type(app.screen).__name__ == step.screen, where
            if step.check:
                pilot_check(step.check, app, data_dir)
            if step.kind == "press" and before is not None and before_widget.is_attached:
                assert value(before_widget) == before, f"{where}: typed into {before_widget.id}"
    infos = app.store.list()
    assert len(infos) == 1
    d = app.store.load(infos[0].id).delmaal
    assert d.title == TITLE and d.wording == WORDING  # no key of the walk typed a character into them
    assert saved.exists()
    assert CHECKED


def test_every_key_of_the_keymap_is_pressed_somewhere():
    assert walked_ids() | ELSEWHERE | PRACTICE_NOT_WALKED == set(keymap().entries)


async def test_start_open_goes_to_the_path_field_and_quit_ends_the_app(fake_checker, data_dir):
    today = date.today()
    saved = saved_file(data_dir, today)
    km = keymap()
    app = create_app(checker=fake_checker, data_dir=data_dir, today=today)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, app)
        await pilot.press(km.key("start-open"))
        await settle(pilot, app)
        assert app.focused.id == "open-path" and app.focused.value == ""
        await type_text(pilot, str(saved))
        await pilot.press("enter")
        await settle(pilot, app)
        assert type(app.screen).__name__ == "ReviewScreen"
        await pilot.press(km.key("quit"))
        await settle(pilot, app)
    assert app.return_code in (0, None) and not app.is_running


async def test_the_dialogs_keys_close_them(fake_checker, data_dir):
    """A draft open in another window (its lock held): Esc in the question and in the read-only view; a saved
    file older than the edits at quit; a confirmation."""
    from delmaal_assistant.tui.modals import ConfirmScreen

    km = keymap()
    app = create_app(checker=fake_checker, data_dir=data_dir, today=date.today())
    async with app.run_test(size=(80, 24)) as pilot:
        draft = Draft(delmaal=full_delmaal(), step="title")
        app.store.save(draft)
        other = app.store.lock(draft.id)  # another window has it
        try:
            app.open_interview(app.store.load(draft.id), resumed=True)
            await settle(pilot, app)
            assert type(app.screen).__name__ == "DraftLockedScreen"
            await pilot.press(km.key("locked-cancel"))
            await settle(pilot, app)
            assert type(app.screen).__name__ == "StartScreen"
            app.open_interview(app.store.load(draft.id), resumed=True)
            await settle(pilot, app)
            await pilot.click("#locked-view") if app.screen.query("#locked-view") else None
            await settle(pilot, app)
            if type(app.screen).__name__ == "DraftLockedScreen":  # the view button's id differs: choose by result
                app.screen.dismiss("view")
                await settle(pilot, app)
            assert type(app.screen).__name__ == "DraftViewScreen"
            await pilot.press(km.key("view-close"))
            await settle(pilot, app)
            assert type(app.screen).__name__ == "StartScreen"
        finally:
            other.release()
        answers = []
        app.push_screen(ConfirmScreen("Sikker?"), answers.append)
        await settle(pilot, app)
        await pilot.press(km.key("confirm-cancel"))
        await settle(pilot, app)
        assert type(app.screen).__name__ == "StartScreen" and answers in ([False], [None])

        # the saved file is older than the edits: Ctrl+Q asks; its Esc goes back
        path = data_dir / "Tøjvask.delmaal.json"
        from delmaal_assistant.core.files.storage import save_delmaal

        save_delmaal(path, full_delmaal())
        draft2 = Draft(delmaal=full_delmaal(title="Tøjvask ændret"), step="title", saved_path=str(path))
        app.store.save(draft2)
        app.open_interview(app.store.load(draft2.id), resumed=True)
        await settle(pilot, app)
        field = app.focused
        before = value(field)
        await pilot.press(km.key("quit"))
        await settle(pilot, app)
        assert type(app.screen).__name__ == "StaleFileQuitScreen"
        await pilot.press(km.key("stale-cancel"))
        await settle(pilot, app)
        assert type(app.screen).__name__ == "InterviewScreen" and app.is_running
        assert value(field) == before


def test_every_key_a_cli_message_names_is_the_key_of_that_action_in_both_front_ends(tmp_path):
    """Issue 26: `delmaal export … --to easy` tells staff to approve "Dit delmål" in the review with a key: that key
    must be the review's key for approving, the same in the terminal and the browser (or the message would be
    wrong for one of them), and the walk presses it in both (tests/test_web_keys.py). Every key any CLI source
    names through the keymap is checked the same way."""
    import re
    from pathlib import Path

    from cli_inprocess import delmaal

    import delmaal_assistant
    from delmaal_assistant.core.files.storage import save_delmaal
    from test_keymap import KEY_NAME

    km = keymap()
    src = tmp_path / "Tøjvask.delmaal.json"
    save_delmaal(src, full_delmaal())  # never approved: "Dit delmål" is a draft, and the message says so
    r = delmaal("export", str(src), "--to", "easy", cwd=tmp_path)  # in-process (tests/cli_inprocess.py)
    assert r.returncode == 0, r.stderr
    named = KEY_NAME.findall(r.stderr)
    assert named, r.stderr  # the message names the approve key
    for name in named:
        ids = [i for i in km.entries if km.label(i) == name]
        assert "review-approve-easy" in ids, (name, ids)
        assert km.label("review-approve-easy", browser=True) == name  # the same key in the browser
    # every keymap id a CLI source names (keymap().label('…')) is one the walk presses in both front-ends
    root = Path(delmaal_assistant.__file__).parent / "cli"
    used = set()
    for f in root.rglob("*.py"):
        used |= set(re.findall(r"keymap\(\)\.label\(['\"]([a-z0-9-]+)['\"]", f.read_text(encoding="utf-8")))
    assert used, "no CLI message names a key through the keymap"
    pressed_in_both = walked_ids() | {"quit"}  # quit: pressed last in both (test_web_keys, the test above)
    assert used <= pressed_in_both, used - pressed_in_both
