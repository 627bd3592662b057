"""Meeting mode, round 5 of issue 24 (walked 2026-12-07 at 120×40 in tmux and in Chromium, first person, with «øh»,
«det ved jeg ikke», a short answer): nothing on the resident's screen written for staff – no key bar of the staff's
keys and no «Delmålsassistent — … · mødetilstand» header; one question at a time; «Godt» said twice is an answer;
«nej» to «Er der andre end os …?» is none; «øh» in one input of a form is not stored as its text; the staff's steps
(the professional justification, the unit's classification, who of the staff documents) are not put to the
resident; «ja» to a proposal in a form of several inputs is sent at once."""

from __future__ import annotations

from datetime import date

from textual.widgets import Input

from delmaal_assistant.core.files.drafts import Draft
from delmaal_assistant.core.model import Collaboration, DocumentationPlan
from delmaal_assistant.tui.app import create_app
from delmaal_assistant.tui.screens import InterviewScreen
from delmaal_assistant.tui.screens.review import ReviewScreen
from delmaal_assistant.tui.widgets import StableFooter
from sample_delmaal import full_delmaal
from tui_helpers import settle, static_text, visible_log_texts

TODAY = date(2026, 12, 7)


async def _open(pilot, app, step_id: str, d=None) -> InterviewScreen:
    """The draft opened at `step_id`, meeting mode on (F2)."""
    draft = Draft(delmaal=d or full_delmaal(), step=step_id)
    app.store.save(draft)
    app.open_interview(app.store.load(draft.id), resumed=False)
    await settle(pilot, app)
    screen = app.screen
    assert isinstance(screen, InterviewScreen) and screen.step.id == step_id
    await pilot.press("f2")
    await settle(pilot, app)
    assert screen.meeting
    return screen


def _header(app) -> str:
    from textual.widgets import Header

    h = app.screen.query_one(Header)
    return str(app.format_title(h.screen_title, h.screen_sub_title))


def _said(screen) -> list[str]:
    return [e.text for e in screen.draft.conversation if e.role == "assistant"]


async def test_no_key_bar_and_no_tool_header_on_the_residents_screen(fake_checker, data_dir):
    """Walk: «Delmålsassistent — nyt delmål · mødetilstand» above and «^s Send ^n Videre … f2 Møde f3 Gem ^q Afslut
    ^p Kommandoer» below every question; the staff's keys are named in the staff panel (F4) instead."""
    app = create_app(checker=fake_checker, data_dir=data_dir, today=TODAY)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _open(pilot, app, "purpose")
        header = _header(app)
        assert header == "Dit mål", header
        assert screen.query_one(StableFooter).styles.display == "none"
        # the staff's steps are not put to the resident: nor counted for them
        asked = [s for s in screen.prompts.steps if not s.staff_only]
        assert f"af {len(asked)}" in static_text(screen, "#question") and len(asked) < len(screen.prompts.steps)
        assert "Taster:" not in static_text(screen, "#side-smart") or screen.query_one("#side").styles.display == "none"
        await pilot.press("f4")                               # the staff panel: the keys are named there
        await settle(pilot, app)
        panel = static_text(screen, "#side-smart")
        assert "Taster:" in panel and "F2" in panel, panel
        await pilot.press("f2")                               # meeting mode off: the staff's header and keys back
        await settle(pilot, app)
        assert not screen.meeting
        assert "Delmålsassistent" in _header(app) and "Tøjvask" in _header(app)
        assert screen.query_one(StableFooter).styles.display != "none"


async def test_the_end_of_the_meeting_shows_the_residents_title_without_keys(fake_checker, data_dir):
    app = create_app(checker=fake_checker, data_dir=data_dir, today=TODAY)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _open(pilot, app, "purpose")
        await pilot.press("f3")
        await settle(pilot, app)
        review = app.screen
        assert isinstance(review, ReviewScreen)
        assert "Delmålsassistent" not in _header(app) and "Dit delmål" in _header(app), _header(app)
        assert review.query_one(StableFooter).styles.display == "none"
        assert screen.meeting


async def test_a_hesitation_is_asked_again_with_the_steps_own_question(fake_checker, data_dir):
    """Walk: «tja» to «Hvordan kan vi se, at det er lykkedes for dig?» was answered «… Hvad kunne du tænke dig?»."""
    app = create_app(checker=fake_checker, data_dir=data_dir, today=TODAY)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _open(pilot, app, "measurement", full_delmaal(measurement=""))
        await pilot.press(*"tja", "enter")
        await settle(pilot, app)
        last = _said(screen)[-1]
        assert "tænke dig" not in last, last
        assert last.endswith(screen.step.ask(True)), last
        assert screen.step.id == "measurement" and screen.draft.delmaal.measurement == ""


async def test_one_question_at_a_time_and_the_same_answer_again_is_taken(fake_checker, data_dir):
    """Two remarks of the checker were two questions to the resident at once, under one box («[1] … [2] …»); and
    «Godt» sent again after «Vil du sige det på en anden måde?» was asked about again, with no way on for them."""
    app = create_app(checker=fake_checker, data_dir=data_dir, today=TODAY)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _open(pilot, app, "measurement", full_delmaal(measurement=""))
        answer = "Det bliver bedre til at gå mere i byen inden marts"   # two remarks of the fake checker
        screen.form.set_answer({"text": answer})
        await pilot.press("enter")
        await settle(pilot, app)
        assert screen.step.id == "measurement"
        new = _said(screen)[-2:]
        asked = [m for m in new if "→ " in m]
        assert len(asked) == 1, new                               # one question, not one per remark
        under = static_text(screen, "#live")
        assert "[1]" not in under and "[2]" not in under, under
        assert sum("→ " in m for m in visible_log_texts(screen)) == 1
        from delmaal_assistant.core.model.codes import code_name

        notes = " ".join(screen.session.staff_notes)           # both remarks' names are in the staff panel
        assert code_name("vague-verb") in notes and code_name("vague-quantifier") in notes, notes
        await pilot.press("enter")                                # the same answer again: that is the answer
        await settle(pilot, app)
        assert screen.step.id != "measurement", _said(screen)[-3:]
        assert screen.draft.delmaal.measurement == answer
        assert any("det samme igen" in n for n in screen.session.staff_notes), screen.session.staff_notes


async def test_nej_to_is_there_anyone_else_is_none(fake_checker, data_dir):
    """Walk: «nej» to «Er der andre end os, som hjælper dig med det her?» got «Vil du sige det på en anden måde?»."""
    app = create_app(checker=fake_checker, data_dir=data_dir, today=TODAY)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _open(pilot, app, "external_actors", full_delmaal(external_actors=[]))
        await pilot.press(*"Nej", "ctrl+s")
        await settle(pilot, app)
        assert screen.step.id != "external_actors", _said(screen)[-2:]
        assert screen.draft.delmaal.external_actors == []
        assert not any("anden måde" in m for m in _said(screen)[-3:]), _said(screen)[-3:]


async def test_oeh_in_one_input_of_a_form_is_not_its_text(fake_checker, data_dir):
    """Walk: «øh» in the method's first input, «Jeg tager en seddel med» in the second: stored as the method's name
    «øh» (and «øh» as who documents)."""
    d = full_delmaal(methods=[])
    app = create_app(checker=fake_checker, data_dir=data_dir, today=TODAY)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _open(pilot, app, "methods", d)
        await pilot.press(*"øh", "enter")
        await pilot.press(*"Jeg tager en seddel med", "enter")
        await settle(pilot, app)
        await pilot.press("ctrl+s")
        await settle(pilot, app)
        names = [m.name for m in screen.draft.delmaal.methods]
        assert "øh" not in names, names
        # what they said in the other input is the method (a method without a name is not stored: it was lost)
        assert names == ["Beboeren tager en seddel med"], names
        assert any("tøven" in n for n in screen.session.staff_notes), screen.session.staff_notes
        users = [e.text for e in screen.draft.conversation if e.role == "user"]
        assert "Jeg tager en seddel med" in users[-1], users[-1]     # not «Det er skrevet ned.» as their answer
        if screen.step.id == "methods":                             # asked on: the box shows what is kept
            assert "øh" not in [i.value for i in screen.form.query(Input)]


async def test_the_staffs_steps_are_not_put_to_the_resident(fake_checker, data_dir):
    """Walk: «Vi har ikke skrevet, hvad du synes om målet. Vi siger, hvorfor.» (the professional justification),
    «Handler målet om at holde dig fri af kriminalitet?» (the unit's classification) and «Hvem af os skriver?» were
    put to the resident. They are the staff's: not asked in the meeting, named in the staff panel."""
    d = full_delmaal(collaboration=Collaboration(resident_attitude=""),
                     documentation=DocumentationPlan(what="", who="Kontaktpersonen", how_often="Hver onsdag"))
    app = create_app(checker=fake_checker, data_dir=data_dir, today=TODAY)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _open(pilot, app, "guardian", d)
        await pilot.press("ctrl+n")
        await settle(pilot, app)
        assert screen.step.id == "external_actors", screen.step.id      # not «justification»
        assert any("Faglig begrundelse" in n or "begrundelse" in n.lower() for n in screen.session.staff_notes), \
            screen.session.staff_notes
        for _ in range(20):
            if screen.step.id == "documentation":
                break
            await pilot.press("ctrl+n")
            await settle(pilot, app)
        form = screen.form
        assert not form.query("#doc-who") and not form.query("#doc-how_often")
        shown = " ".join(str(w.render()) for w in form.query("Label"))
        assert "Hvem" not in shown, shown
        form.query_one("#doc-what", Input).value = "Om jeg har handlet"
        await pilot.pause()
        await pilot.press("ctrl+s")
        await settle(pilot, app)
        doc = screen.draft.delmaal.documentation
        assert (doc.who, doc.how_often) == ("Kontaktpersonen", "Hver onsdag")   # kept as staff wrote them
        for _ in range(6):
            if isinstance(app.screen, ReviewScreen):
                break
            assert screen.step.id != "flags", "the unit's classification was put to the resident"
            await pilot.press("ctrl+s" if screen.step.id == "dates" else "ctrl+n")
            await settle(pilot, app)
        assert isinstance(app.screen, ReviewScreen)
        assert not any("kriminalitet" in t for t in visible_log_texts(screen))
        assert any("Kriminalpræventivt" in n for n in screen.session.staff_notes), screen.session.staff_notes


async def test_ja_after_a_proposal_in_a_form_of_several_inputs_is_sent_at_once(fake_checker, data_dir):
    """Walk: «ja» typed at the end of the first input of an indicator's form moved to the second input; a second
    Enter was needed for every input left."""
    d = full_delmaal()
    for lvl in d.indicators.levels:
        lvl.what_we_see, lvl.how_we_support = "", ""
    app = create_app(checker=fake_checker, data_dir=data_dir, today=TODAY)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _open(pilot, app, "indicator_0", d)
        await pilot.press(*"Jeg går selv i Netto med min seddel", "enter")
        await pilot.press(*"I spørger bare hvordan det gik", "enter")
        await settle(pilot, app)
        assert "Er det rigtigt" in _said(screen)[-1]
        focused = screen.focused
        assert isinstance(focused, Input)
        screen.set_focus(screen.form.query(Input).first())
        await pilot.press("end", *" ja", "enter")                 # once, in the first input
        await settle(pilot, app)
        assert screen.step.id == "indicator_1", screen.step.id
        lvl = screen.draft.delmaal.indicators.levels[0]
        assert lvl.what_we_see == "Beboeren går selv i Netto med sin seddel", lvl.what_we_see


async def test_a_title_said_with_oeh_is_stored_without_it(fake_checker, data_dir):
    """Walk: «øh, Handle ind» was stored as the title, and «Dit delmål» was headed with it."""
    app = create_app(checker=fake_checker, data_dir=data_dir, today=TODAY)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _open(pilot, app, "title", full_delmaal(title=""))
        await pilot.press(*"øh, lave mad", "enter")
        await settle(pilot, app)
        assert screen.draft.delmaal.title == "Lave mad", screen.draft.delmaal.title


async def test_a_method_said_without_jeg_is_echoed_as_said(fake_checker, data_dir):
    """Walk (Chromium): «øh» and «En cykelhjelm og en lygte» were echoed «Svar: Det er skrevet ned.», and «øh» stayed
    in the box while the resident was asked on."""
    app = create_app(checker=fake_checker, data_dir=data_dir, today=TODAY)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _open(pilot, app, "methods", full_delmaal(methods=[]))
        await pilot.press(*"øh", "enter")
        await pilot.press(*"En cykelhjelm og en lygte", "enter")
        await settle(pilot, app)
        await pilot.press("ctrl+s")
        await settle(pilot, app)
        users = [e.text for e in screen.draft.conversation if e.role == "user"]
        assert users[-1] == "En cykelhjelm og en lygte", users
        assert [m.name for m in screen.draft.delmaal.methods] == ["En cykelhjelm og en lygte"]
        if screen.step.id == "methods":
            assert "øh" not in [i.value for i in screen.form.query(Input)]


async def test_nothing_is_asked_under_the_box_while_the_resident_types(fake_checker, data_dir):
    """Walk (Chromium): «nej» typed to «Er der andre end os …?» showed «Vi vil gerne spørge dig om: Hvad gør de?»
    under the box before it was sent; remarks while typing came as several numbered questions at once."""
    from delmaal_assistant.tui.screens.common import LIVE_DELAY

    app = create_app(checker=fake_checker, data_dir=data_dir, today=TODAY)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _open(pilot, app, "measurement", full_delmaal(measurement=""))
        await pilot.press(*"Det bliver bedre til at gå mere", )   # two remarks of the fake checker
        await pilot.pause(LIVE_DELAY + 0.3)
        await settle(pilot, app)
        assert fake_checker.calls, "the live check ran"
        assert static_text(screen, "#live").strip() == "", static_text(screen, "#live")


async def test_meeting_mode_turned_on_at_a_staff_step_goes_on_to_the_residents_next(fake_checker, data_dir):
    """F2 pressed while the staff's classification step is open: it was put to the resident («Handler målet om at
    holde dig fri af kriminalitet?»)."""
    app = create_app(checker=fake_checker, data_dir=data_dir, today=TODAY)
    async with app.run_test(size=(120, 40)) as pilot:
        draft = Draft(delmaal=full_delmaal(), step="flags")
        app.store.save(draft)
        app.open_interview(app.store.load(draft.id), resumed=False)
        await settle(pilot, app)
        screen = app.screen
        assert screen.step.id == "flags"
        await pilot.press("f2")
        await settle(pilot, app)
        assert isinstance(app.screen, ReviewScreen)                 # flags is the last step: the end of the meeting
        assert not any("kriminalitet" in t for t in visible_log_texts(screen))
        assert any("Kriminalpræventivt" in n for n in screen.session.staff_notes), screen.session.staff_notes
