"""Meeting mode, round 7 of issue 24 (walked 2026-12-07 at 120×40 and in Chromium, first person): «nej» typed at
«Har du en værge …?» (a tick box) gave a technical toast («… blev ikke skrevet: feltet her er ikke et tekstfelt»);
the own-words box held the words said for the delmål, so new words were glued to them; «okay ja» was repeated as
«Svar: ja» and an empty answer as «Svar: –»; an empty answer sent again after «Ellers går vi videre» was asked about
again and again."""

from __future__ import annotations

import re
from datetime import date

import pytest
from textual.widgets import Checkbox, Input

from delmaal_assistant.core.model import Collaboration
from delmaal_assistant.tui.app import create_app
from sample_delmaal import full_delmaal
from test_meeting_round5 import _open
from tui_helpers import settle, static_text, visible_log_texts

TODAY = date(2026, 12, 7)


def _said(screen, role="assistant") -> list[str]:
    return [e.text for e in screen.draft.conversation if e.role == role]


@pytest.mark.parametrize("typed", ["nej", "nej tak", "øh nej"])
async def test_nej_typed_at_the_guardian_tick_box_answers_it(fake_checker, data_dir, typed):
    """Walk: «nej» typed on «Din værge har været med» (focus is on the tick box) gave ««nej» blev ikke skrevet:
    feltet her er ikke et tekstfelt. Tab eller Enter går til næste felt.»; the resident meant «no guardian»."""
    d = full_delmaal(collaboration=Collaboration(resident_attitude="Det er godt", guardian_involved=True,
                                                 guardian_involvement=""))
    app = create_app(checker=fake_checker, data_dir=data_dir, today=TODAY)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _open(pilot, app, "guardian", d)
        box = screen.form.query_one("#guardian-involved", Checkbox)
        assert screen.focused is box and box.value
        assert "Skriv ja eller nej, og tryk Enter." in static_text(screen, "#question")   # told how to answer
        await pilot.press(*typed)
        await settle(pilot, app)
        assert not box.value                                  # the box shows the answer at once
        assert not [n for n in app._notifications if "tekstfelt" in n.message or "blev ikke" in n.message]
        await pilot.press("enter")                            # one Enter: the answer is sent
        await settle(pilot, app)
        assert screen.step.id != "guardian", screen.step.id
        assert screen.draft.delmaal.collaboration.guardian_involved is False
        assert screen.draft.delmaal.collaboration.guardian_involvement == ""
        assert "nej" in _said(screen, "user")[-1].lower()


async def test_ja_typed_at_the_guardian_tick_box_ticks_it_and_asks_how(fake_checker, data_dir):
    app = create_app(checker=fake_checker, data_dir=data_dir, today=TODAY)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _open(pilot, app, "guardian", full_delmaal())
        box = screen.form.query_one("#guardian-involved", Checkbox)
        box.value = False
        await pilot.press("j", "a")
        await settle(pilot, app)
        assert box.value
        await pilot.press("enter")
        await settle(pilot, app)
        assert screen.focused is screen.form.query_one("#guardian-how", Input)   # what did they say?
        assert screen.step.id == "guardian"


async def test_other_words_on_the_tick_box_are_said_plainly_in_the_meeting(fake_checker, data_dir):
    app = create_app(checker=fake_checker, data_dir=data_dir, today=TODAY)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _open(pilot, app, "guardian", full_delmaal())
        await pilot.press(*"måske")
        await settle(pilot, app)
        told = [n.message for n in app._notifications]
        assert told and "ja eller nej" in told[-1], told
        for word in ("tekstfelt", "Tab", "felt"):
            assert word not in told[-1], told[-1]
        assert screen.step.id == "guardian"


@pytest.mark.parametrize("text,can", [("n", True), ("ne", True), ("okay j", True), ("nej t", True), ("ja ", True),
                                      ("x", False), ("måske", False), ("ja men", False), ("jeg", False)])
def test_text_that_may_still_become_a_reply(text, can):
    from delmaal_assistant.core.interview.own_words import may_become_reply

    assert may_become_reply(text) is can, text


async def _first_person_delmaal(pilot, app, screen, words: str) -> None:
    screen.form.set_answer({"text": words})
    await pilot.press("enter")
    await settle(pilot, app)
    assert screen.form.get_answer()["text"].startswith("Du "), screen.form.get_answer()
    await pilot.press("end", *" okay ja", "enter")                 # the proposal taken
    await settle(pilot, app)


async def test_okay_ja_is_repeated_as_typed(fake_checker, data_dir):
    """Walk: «okay ja» typed after the proposal stood on the resident's screen as «Svar: ja»."""
    app = create_app(checker=fake_checker, data_dir=data_dir, today=TODAY)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _open(pilot, app, "wording", full_delmaal(wording=""))
        await _first_person_delmaal(pilot, app, screen, "Jeg vil selv cykle til værkstedet hver mandag inden jul")
        assert screen.step.id != "wording"
        assert "okay ja" in _said(screen, "user"), _said(screen, "user")[-2:]
        assert "Svar: okay ja" in "\n".join(visible_log_texts(screen))


async def test_an_empty_answer_is_not_repeated_and_sent_again_goes_on(fake_checker, data_dir):
    """Walk: Enter on the empty box stood as «Svar: –», and «Du har ikke sagt noget endnu. Vil du sige noget om det?
    Ellers går vi videre.» – but Enter again only asked the same again."""
    app = create_app(checker=fake_checker, data_dir=data_dir, today=TODAY)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _open(pilot, app, "measurement", full_delmaal(measurement=""))
        users = len(_said(screen, "user"))
        await pilot.press("enter")
        await settle(pilot, app)
        assert screen.step.id == "measurement"
        assert "Ellers går vi videre" in _said(screen)[-1]
        await pilot.press("enter")
        await settle(pilot, app)
        assert screen.step.id != "measurement", _said(screen)[-2:]
        assert len(_said(screen, "user")) == users, _said(screen, "user")[-2:]    # nothing repeated
        assert not [t for t in visible_log_texts(screen) if "Svar: –" in t or t.strip() == "–"]


async def test_the_own_words_box_is_empty_and_new_words_are_added_after_the_delmaal_words(fake_checker, data_dir):
    """Walk: the own-words question («Hvad vil du selv sige om dit mål? … præcis som du siger det.») showed the words
    said for the delmål in its box; what the resident typed was glued to them («… inden påske Jeg glæder mig …»)."""
    said = "Jeg vil selv cykle til værkstedet hver mandag inden jul"
    d = full_delmaal(wording="", collaboration=Collaboration(resident_own_words=""))
    app = create_app(checker=fake_checker, data_dir=data_dir, today=TODAY)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _open(pilot, app, "wording", d)
        await _first_person_delmaal(pilot, app, screen, said)
        assert screen.draft.delmaal.collaboration.resident_own_words == said
        await screen.goto_step("own_words")
        await settle(pilot, app)
        assert screen.step.id == "own_words"
        assert screen.form.get_answer()["text"] == ""             # their box for what they say now
        told = _said(screen)[-2:]
        assert "har vi gemt" in told[0] and told[1] == screen.step.ask(True), told
        await pilot.press(*"Jeg glæder mig til at cykle", "enter")
        await settle(pilot, app)
        assert screen.draft.delmaal.collaboration.resident_own_words == f"{said}\nJeg glæder mig til at cykle"
        assert _said(screen, "user")[-1] == "Jeg glæder mig til at cykle"


async def test_the_own_words_box_left_empty_keeps_the_delmaal_words(fake_checker, data_dir):
    said = "Jeg vil selv cykle til værkstedet hver mandag inden jul"
    d = full_delmaal(wording="", collaboration=Collaboration(resident_own_words=""))
    app = create_app(checker=fake_checker, data_dir=data_dir, today=TODAY)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _open(pilot, app, "wording", d)
        await _first_person_delmaal(pilot, app, screen, said)
        await screen.goto_step("own_words")
        await settle(pilot, app)
        await pilot.press("enter")
        await settle(pilot, app)
        assert screen.step.id != "own_words"
        assert screen.draft.delmaal.collaboration.resident_own_words == said
        assert "Så går vi videre" in " ".join(_said(screen)[-2:]), _said(screen)[-2:]


@pytest.mark.parametrize("said,proposed", [
    # a clause that only hedges is no part of the goal («det tror beboeren nok» was stored in the delmål)
    ("jeg vil selv cykle til arbejde hver tirsdag og torsdag, det tror jeg nok, inden påske",
     "At beboeren selv cykler til arbejde hver tirsdag og torsdag, inden påske."),
    ("Jeg vil gå en tur hver dag, det håber jeg", "At beboeren går en tur hver dag."),
    ("Jeg vil lave mad om fredagen, tror jeg", "At beboeren laver mad om fredagen."),
    # a clause with a subject of its own: «mig» there is the resident, not «sig» (the other one)
    ("Jeg vil ikke være afhængig af at nogen kører mig", "At beboeren ikke er afhængig af at nogen kører beboeren."),
    ("Jeg vil cykle når nogen følger mig", "At beboeren cykler når nogen følger beboeren."),
    ("Jeg vil selv cykle, så ingen skal køre mig", "At beboeren selv cykler, så ingen skal køre beboeren."),
    # and still reflexive where the resident is the subject
    ("Jeg vil lære at cykle med min bror", "At beboeren lærer at cykle med sin bror."),
    ("Jeg vil huske at tage min medicin", "At beboeren husker at tage sin medicin."),
    # «vil have, at …» is a wish about what others do: never «At beboeren har at …»
    ("Jeg vil gerne have at min bror henter mig", None),
])
def test_proposal_of_hedges_and_clauses_with_their_own_subject(said, proposed, analyser):
    from delmaal_assistant.core.interview.meeting import wording_proposal

    assert wording_proposal(said).text == proposed, said


@pytest.mark.parametrize("said,stored", [
    ("Jeg vil ikke være afhængig af at nogen kører mig", "Beboeren vil ikke være afhængig af at nogen kører beboeren"),
    ("Min far synes at alle skal hjælpe mig", "Beboerens far synes at alle skal hjælpe beboeren"),
    ("Jeg husker selv at låse min dør", "Beboeren husker selv at låse sin dør"),
])
def test_staff_form_of_a_clause_with_its_own_subject(said, stored, analyser):
    from delmaal_assistant.core.outputs.person import staff_wording

    assert staff_wording(said).text == stored, said


@pytest.mark.parametrize("typed", ["cykle", "Cykle"])
async def test_the_theme_is_found_by_the_verb_for_its_noun(fake_checker, data_dir, typed):
    """Walk: the resident typed «cykle» at «Hvad handler dit mål om?»: «Intet passer til «cykle»», though «Tage bus,
    tog eller cykel» is on the list."""
    from textual.widgets import OptionList

    app = create_app(checker=fake_checker, data_dir=data_dir, today=TODAY)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _open(pilot, app, "theme", full_delmaal(theme=None))
        await pilot.press(*typed)
        await settle(pilot, app)
        ol = screen.form.query_one("#theme-list", OptionList)
        shown = [str(ol.get_option_at_index(i).prompt) for i in range(ol.option_count)]
        assert any("cykel" in s for s in shown), shown


@pytest.mark.parametrize("start,end,said", [
    (0, 0, ["Nu har du ikke brug for hjælp.", "så du stadig ikke har brug for hjælp."]),
    (0, 1, ["Nu har du ikke brug for hjælp.", "Vi vil hjælpe dig, så du ikke får brug for mere end lidt hjælp."]),
    (2, 0, ["Nu har du brug for noget hjælp.", "Når målet slutter, har du måske ikke brug for hjælp."]),
])
def test_no_help_needed_is_said_in_danish(start, end, said):
    """Walk: «Du klarer det helt selv» picked for now; «Dit delmål» at the end of the meeting said «Nu har du brug for
    ingen hjælp.»"""
    from delmaal_assistant.core.outputs.easyread import easy_read

    d = full_delmaal()
    d.indicators.start_level, d.indicators.expected_end_level = start, end
    text = easy_read(d)
    assert "brug for ingen hjælp" not in text, text
    for s in said:
        assert s in text, text


@pytest.mark.parametrize("staff", ["Beboeren vil ikke være afhængig af at nogen kører beboeren",
                                   "Beboeren er glad for at Ole kører beboeren hjem",
                                   "Beboeren er glad for at alle hilser på beboeren"])
def test_the_resident_as_object_in_an_at_clause_is_dig(staff, analyser):
    """Walk: the stored «… af at nogen kører beboeren» was shown to the resident as «… af at nogen kører du»: «at»
    before a subject was read as an infinitive's. Said «dig», or left out (without the analyser a verb is not
    certain) – never «du»."""
    from delmaal_assistant.core.outputs.duform import find_resident, transform

    out = transform(staff, find_resident(staff, (staff,)))
    assert not re.search(r"\b(kører|hilser på) du\b", out.text), out.text
    if analyser or "alle" in staff:
        assert not out.left_out and re.search(r"\b(kører|hilser på) dig\b", out.text), (out.text, out.left_out)
    # the infinitive after «at» is still the resident's own
    inf = "Beboeren husker at tage sin medicin"
    d = transform(inf, find_resident(inf, (inf,)))
    assert d.text == "Du husker at tage din medicin", d.text
