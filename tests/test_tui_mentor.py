"""The mentor at 80×24: every finding of a sent answer visible or announced, focus where the assistant asks,
Enter sends, a failing checker is never praise, SMART 3 and 6 answered by a person."""

from __future__ import annotations

from datetime import date

from delmaal_assistant.tui.app import create_app
from delmaal_assistant.tui.screens import InterviewScreen
from tui_helpers import visible_log_texts, answer_current, fill, log_texts, settle, static_text

TODAY = date(2026, 11, 27)
SIZE = (80, 24)


async def _interview(pilot, app) -> InterviewScreen:
    app.action_new_delmaal()
    await settle(pilot, app)
    assert isinstance(app.screen, InterviewScreen)
    return app.screen


async def test_every_finding_of_a_sent_answer_is_shown_at_80x24(fake_checker, data_dir):
    app = create_app(checker=fake_checker, data_dir=data_dir, today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        screen = await _interview(pilot, app)
        await screen.goto_step("wording", come_back=False)
        await settle(pilot, app)
        # three findings: avoidance («ikke»), vague-quantifier («mere»), no timeframe
        await answer_current(pilot, app, {"#answer-input": "At beboeren ikke ryger mere på værelset."})
        assert screen.step.id == "wording"
        live = static_text(screen, "#live")
        assert "3 bemærkninger" in live and all(f"[{i}]" in live for i in (1, 2, 3))
        # the live list fits: its widget is as tall as its lines (no hidden third finding)
        live_widget = screen.query_one("#live")
        assert live_widget.size.height >= 4 and live_widget.virtual_size.height <= live_widget.size.height
        # the chat is scrolled to the first finding's explanation, not only to the last message
        log = screen.query_one("#log")
        first = next(m for m in screen.query(".msg") if "ADVARSEL" in str(m.render()))
        top = first.region.y - log.region.y
        assert 0 <= top < log.size.height


async def test_focus_follows_what_the_assistant_asks_to_fix(fake_checker, data_dir):
    app = create_app(checker=fake_checker, data_dir=data_dir, today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        screen = await _interview(pilot, app)
        await screen.goto_step("documentation", come_back=False)
        await settle(pilot, app)
        await answer_current(pilot, app, {"#doc-what": "Om vasken blev sat i gang", "#doc-who": "Kontaktpersonen",
                                          "#doc-how_often": ""})
        assert screen.step.id == "documentation"
        assert "hvor ofte" in "\n".join(log_texts(screen)).lower()
        assert app.focused is not None and app.focused.id == "doc-how_often"


async def test_enter_sends_on_a_prose_step_and_no_newline_is_stored(fake_checker, data_dir):
    app = create_app(checker=fake_checker, data_dir=data_dir, today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        screen = await _interview(pilot, app)
        await screen.goto_step("purpose", come_back=False)
        await settle(pilot, app)
        fill(screen.form, {"#answer-input": "TH kan selv finde vej til Netto og betale med kort."})
        screen.form.query_one("#answer-input").focus()
        await pilot.press("end", "enter")
        await settle(pilot, app)
        assert screen.draft.delmaal.purpose == "TH kan selv finde vej til Netto og betale med kort."
        assert any(t.startswith("Svar:") for t in log_texts(screen))
        assert "Enter sender" in static_text(screen, "#question")


async def test_a_failing_checker_is_said_and_never_praised(data_dir):
    class Broken:
        def check(self, text):
            raise RuntimeError("broken lemma cache")

        def check_delmaal(self, d):
            raise RuntimeError("broken lemma cache")

    app = create_app(checker=Broken(), data_dir=data_dir, today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        screen = await _interview(pilot, app)
        await screen.goto_step("wording", come_back=False)
        await settle(pilot, app)
        await answer_current(pilot, app, {"#answer-input": "At beboeren vasker tøj hver onsdag frem til 1. marts 2027."})
        said = "\n".join(log_texts(screen))
        assert "kunne ikke tjekkes" in said and "Godt" not in said
        assert screen.step.id == "wording"
        smart = static_text(screen, "#side-smart")
        assert "? 1." in smart and "✓ 1." not in smart


async def test_smart_3_is_confirmed_by_a_person_and_stored(fake_checker, data_dir):
    app = create_app(checker=fake_checker, data_dir=data_dir, today=TODAY)
    async with app.run_test(size=(100, 34)) as pilot:
        screen = await _interview(pilot, app)
        await screen.goto_step("handleplan_goal", come_back=False)
        await settle(pilot, app)
        await answer_current(pilot, app, {"#answer-input": "At beboeren varetager egen tøjvask."})
        assert "? 3." in static_text(screen, "#side-smart")
        await pilot.press("ctrl+j")
        await settle(pilot, app)
        await pilot.click("#smart-3")
        await settle(pilot, app)
        assert "✓ 3." in static_text(screen, "#side-smart")
        [c] = screen.draft.delmaal.smart_confirmations
        assert c.question == 3 and c.confirmed_on == TODAY
        stored = app.store.load(screen.draft.id)
        assert [x.question for x in stored.delmaal.smart_confirmations] == [3]


async def test_meeting_mode_speaks_to_the_resident_and_proposes_the_wording(fake_checker, data_dir):
    app = create_app(checker=fake_checker, data_dir=data_dir, today=TODAY)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _interview(pilot, app)
        await screen.goto_step("wording", come_back=False)
        await settle(pilot, app)
        await pilot.press("f2")
        await settle(pilot, app)
        words = "Jeg vil selv vaske mit tøj hver onsdag, indtil 1. marts."
        await answer_current(pilot, app, {"#answer-input": words})
        said = log_texts(screen)
        resident = [t for t in said if t.startswith("Assistent:")][-3:]
        assert not any("ADVARSEL" in t or "SMORT" in t or "SMART" in t for t in resident), resident
        # the proposal stands in the answer box to send or edit: no staff key (F6) on the resident's screen
        # issue 24: shown to the resident in the du-form, nothing written for staff ("beboeren") on their screen
        assert any("Du vasker selv dit tøj hver onsdag" in t and "Er det rigtigt" in t for t in said)
        seen = visible_log_texts(screen)  # the resident's screen: nothing written for staff
        assert seen and not any("beboeren" in t.lower() or "personalet" in t.lower() for t in seen), seen
        assert not any("F6" in t for t in said)
        assert screen.draft.delmaal.collaboration.resident_own_words == words  # verbatim
        assert screen.form.get_answer()["text"].startswith("Du vasker selv dit tøj hver onsdag")
        # sent as shown, it is stored in the staff's form
        await pilot.press("ctrl+s")
        await settle(pilot, app)
        assert screen.draft.delmaal.wording.startswith("At beboeren selv vasker sit tøj hver onsdag")
        # the form speaks the resident's words too
        await screen.goto_step("documentation", come_back=False)
        await settle(pilot, app)
        labels = [str(w.render()) for w in screen.form.query("Label")]
        # who of the staff writes and how often are the staff's inputs: not on the resident's screen (round 5)
        assert "Hvad skal vi skrive om?" in labels and not any("Hvem" in x or "tit" in x for x in labels), labels


async def test_a_resent_answer_s_reply_is_in_view_and_every_remark_is_whole_at_80x24(fake_checker, data_dir):
    """Issue 26: after a re-sent answer the reply's first message is in the visible part of the conversation,
    and the list under the answer holds each remark whole (wrapped), none cut to one line with …."""
    from delmaal_assistant.core.interview import followup_for

    app = create_app(checker=fake_checker, data_dir=data_dir, today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        screen = await _interview(pilot, app)
        await screen.goto_step("wording", come_back=False)
        await settle(pilot, app)
        weak = "Han bliver bedre til at vaske tøj og ikke glemme det og få mere orden og blive mere selvhjulpen"
        await answer_current(pilot, app, {"#answer-input": weak})
        await answer_current(pilot, app, {"#answer-input": weak + " inden jul"})
        assert screen.step.id == "wording"
        findings, _notes = screen.session.current_points()
        assert len(findings) >= 3
        live = static_text(screen, "#live")
        assert "…" not in live, live
        flat = " ".join(live.split())
        for f in findings:
            assert " ".join(followup_for(screen.prompts, f)[1].split()) in flat, (f.code, live)
        widget = screen.query_one("#live")
        assert widget.virtual_size.height <= widget.size.height  # the whole list is drawn
        assert all(len(line) <= widget.content_region.width for line in live.split("\n"))
        # the reply to the re-sent answer: its first message starts inside the visible conversation
        log = screen.query_one("#log")
        sent = [m for m in screen.query(".msg") if m.entry.role == "user"][-1]
        first = next(m for m in screen.query(".msg")[list(screen.query(".msg")).index(sent) + 1:]
                     if m.entry.role == "assistant")
        top = first.region.y - log.region.y
        assert first.region.height > 0 and 0 <= top < log.size.height - 2, (top, log.size)
