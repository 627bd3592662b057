"""The whole conversation: new delmål → answers → follow-up for a bad answer → review → saved file."""

from __future__ import annotations

from datetime import date

from delmaal_assistant.core.files.drafts import DraftStore
from delmaal_assistant.core.files.storage import load_delmaal
from delmaal_assistant.tui.app import create_app
from delmaal_assistant.tui.screens import InterviewScreen, ReviewScreen, StartScreen
from tui_helpers import answer_current, log_texts, settle, static_text

TODAY = date(2026, 11, 22)


async def test_start_screen_lists_menu(fake_checker, data_dir):
    app = create_app(checker=fake_checker, data_dir=data_dir, today=TODAY)
    async with app.run_test(size=(100, 34)) as pilot:
        await settle(pilot, app)
        assert isinstance(app.screen, StartScreen)
        ids = [app.screen.query_one("#menu").get_option_at_index(i).id for i in range(2)]
        assert ids == ["new", "check"]


async def test_whole_flow_with_followup_and_save(fake_checker, data_dir, tmp_path):
    out_dir = tmp_path / "ud"
    app = create_app(checker=fake_checker, data_dir=data_dir, today=TODAY)
    async with app.run_test(size=(100, 34)) as pilot:
        await settle(pilot, app)
        await pilot.press("enter")  # "Nyt delmål" is highlighted on the start menu
        await settle(pilot, app)
        screen = app.screen
        assert isinstance(screen, InterviewScreen)
        assert "Hvad hedder delmålet" in log_texts(screen)[-1]

        assert await answer_current(pilot, app) == "title"
        assert screen.step.id == "wording"
        # a bad wording: vague verb and no timeframe → explained, with targeted follow-ups; we stay
        await answer_current(pilot, app, {"#answer-input": "At beboeren bliver bedre til at vaske tøj."})
        assert screen.step.id == "wording"
        texts = "\n".join(log_texts(screen))
        assert "Hvad vil man kunne se beboeren gøre?" in texts
        assert "Hvornår skal delmålet være nået?" in texts
        assert "«bliver bedre til»" in texts and "ADVARSEL" in texts
        smart = static_text(screen, "#side-smart")
        assert "✗ 1. Specifikt: mangler" in smart
        # revise: now it advances
        await answer_current(pilot, app)
        assert screen.step.id == "purpose"
        assert "✓ 1. Specifikt: opfyldt" in static_text(screen, "#side-smart")

        seen = []
        while isinstance(app.screen, InterviewScreen):
            seen.append(await answer_current(pilot, app))
            assert len(seen) < 40, seen
        assert "justification" not in seen  # attitude was given
        assert seen[-1] == "flags"
        assert isinstance(app.screen, ReviewScreen)
        review = app.screen
        await settle(pilot, app)
        assert "SMART" in static_text(review, "#review-smart")
        assert "Tøjvask om onsdagen" in static_text(review, "#review-delmaal")

        await pilot.press("ctrl+s")
        await settle(pilot, app)
        app.screen.query_one("#save-folder").value = str(out_dir)
        app.screen.query_one("#save-export").value = True
        await pilot.click("#save-yes")
        await settle(pilot, app)
        assert isinstance(app.screen, ReviewScreen)

    saved = out_dir / "Tøjvask-om-onsdagen.delmaal.json"
    d = load_delmaal(saved)
    assert d.wording.startswith("At beboeren vasker tøj hver onsdag")
    assert d.theme is not None and "tøj" in d.theme.name.lower()
    assert d.goal_type is not None and d.goal_type.name == "Udvikle funktionsevne"
    assert d.methods[0].name == "Visuel ugeplan" and d.methods[0].kind == "metode"
    assert d.indicators.start_level == 3 and d.indicators.expected_end_level == 2
    assert d.indicators.levels[4].how_we_support == "Vi spørger"
    # the end date suggested is the one the wording names ("frem til 1. marts 2027")
    assert d.start_date == TODAY and d.end_date == date(2027, 3, 1) and d.evaluation_date == date(2027, 3, 1)
    assert d.documentation.who == "Kontaktpersonen"
    assert d.external_actors[0].name == "Kometen"
    assert d.employment and not d.crime_prevention
    assert (out_dir / "Tøjvask-om-onsdagen.md").read_text(encoding="utf-8").startswith("# Delmål")
    assert "HVAD ER FORMÅLET" in (out_dir / "Tøjvask-om-onsdagen.txt").read_text(encoding="utf-8")
    # the save folder is remembered, and the draft knows where it was saved
    from delmaal_assistant.core.files.drafts import load_settings

    assert load_settings(data_dir).save_dir == str(out_dir)
    [info] = DraftStore(data_dir / "drafts").list()
    assert DraftStore(data_dir / "drafts").load(info.id).saved_path == str(saved)


async def test_skip_anyway_moves_on_and_is_logged(fake_checker, data_dir):
    app = create_app(checker=fake_checker, data_dir=data_dir, today=TODAY)
    async with app.run_test(size=(100, 34)) as pilot:
        app.action_new_delmaal()
        await settle(pilot, app)
        screen = app.screen
        await answer_current(pilot, app)
        await answer_current(pilot, app, {"#answer-input": "At beboeren ikke ryger på værelset."})
        assert screen.step.id == "wording"
        assert "Hvad skal beboeren gøre i stedet?" in "\n".join(log_texts(screen))
        await pilot.press("ctrl+n")
        await settle(pilot, app)
        assert screen.step.id == "purpose"
        assert any("Gik videre alligevel" in t for t in log_texts(screen))
        assert screen.draft.delmaal.wording == "At beboeren ikke ryger på værelset."


async def test_bad_date_gives_danish_error(fake_checker, data_dir):
    app = create_app(checker=fake_checker, data_dir=data_dir, today=TODAY)
    async with app.run_test(size=(100, 34)) as pilot:
        app.action_new_delmaal()
        await settle(pilot, app)
        screen = app.screen
        await screen.goto_step("dates", come_back=False)
        await settle(pilot, app)
        assert screen.form.query_one("#date-start").value == "22-11-2026"
        assert screen.form.query_one("#date-end").value == "22-02-2027"
        await answer_current(pilot, app, {"#date-end": "31-02-2027"})
        assert screen.step.id == "dates"
        assert "ikke en gyldig dato" in log_texts(screen)[-1]
        await answer_current(pilot, app, {"#date-end": "2027-02-28"})
        assert screen.step.id == "flags"
        assert screen.draft.delmaal.end_date == date(2027, 2, 28)


async def test_a_period_in_the_wording_fills_both_dates(fake_checker, data_dir):
    app = create_app(checker=fake_checker, data_dir=data_dir, today=TODAY)
    async with app.run_test(size=(100, 34)) as pilot:
        app.action_new_delmaal()
        await settle(pilot, app)
        screen = app.screen
        screen.draft.delmaal.wording = "At beboeren vasker tøj hver onsdag fra 1. oktober til 31. december 2026."
        await screen.goto_step("dates", come_back=False)
        await settle(pilot, app)
        assert screen.form.query_one("#date-start").value == "01-10-2026"
        assert screen.form.query_one("#date-end").value == "31-12-2026"
        await answer_current(pilot, app)
        assert screen.step.id == "flags"
        assert (screen.draft.delmaal.start_date, screen.draft.delmaal.end_date) == (date(2026, 10, 1), date(2026, 12, 31))


async def test_approach_listed_as_method_gets_a_followup(fake_checker, data_dir):
    app = create_app(checker=fake_checker, data_dir=data_dir, today=TODAY)
    async with app.run_test(size=(100, 34)) as pilot:
        app.action_new_delmaal()
        await settle(pilot, app)
        screen = app.screen
        await screen.goto_step("methods", come_back=False)
        await settle(pilot, app)
        await answer_current(pilot, app, {"#m1-name": "Low Arousal", "#m1-kind": "tilgang"})
        assert screen.step.id == "methods"
        assert '"Low Arousal" er en tilgang, ikke en metode' in "\n".join(log_texts(screen))
        # the usual mistake: an approach entered with the form's default kind "metode"
        await answer_current(pilot, app, {"#m1-name": "Ressourcefokuseret tilgang", "#m1-kind": "metode"})
        assert screen.step.id == "methods"
        assert '"Ressourcefokuseret tilgang" er en tilgang' in "\n".join(log_texts(screen))
        await answer_current(pilot, app, {"#m1-name": "Motiverende samtale", "#m1-kind": "metode"})
        assert screen.step.id == "indsats"
        assert [m.name for m in screen.draft.delmaal.methods] == ["Motiverende samtale"]
