"""Meeting mode, round 3 of issue 24 (walked 2026-12-06 at 120×40 and in Chromium, first person): what the
resident's screen shows on the theme step (KL's FFB labels are the staff's words) and a first-person delmål of
several sentences, in the terminal (Pilot, 120×40)."""

from __future__ import annotations

from datetime import date

from textual.widgets import OptionList

from delmaal_assistant.core.files.drafts import Draft
from delmaal_assistant.core.model import ffb
from delmaal_assistant.tui.app import create_app
from delmaal_assistant.tui.screens import InterviewScreen
from sample_delmaal import full_delmaal
from tui_helpers import settle, static_text, visible_log_texts

TODAY = date(2026, 12, 6)
KL_WORDS = ("›", "Varetage", "funktioner", "forhold", "Egenomsorg", "Samfundsliv", "Kriminalitet", "Prostitution",
            "Virkelighedsopfattelse", "tema")


async def _open(pilot, app, step_id: str, **kw) -> InterviewScreen:
    draft = Draft(delmaal=full_delmaal(**kw), step=step_id)
    app.store.save(draft)
    app.open_interview(app.store.load(draft.id), resumed=True)
    await settle(pilot, app)
    screen = app.screen
    assert isinstance(screen, InterviewScreen) and screen.step.id == step_id
    return screen


def _options(screen) -> list[str]:
    ol = screen.form.query_one("#theme-list", OptionList)
    return [str(ol.get_option_at_index(i).prompt) for i in range(ol.option_count)]


async def test_the_theme_list_shows_the_resident_plain_words_and_staff_klS_labels(fake_checker, data_dir):
    app = create_app(checker=fake_checker, data_dir=data_dir, today=TODAY)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _open(pilot, app, "theme", theme=None)
        staff = _options(screen)
        assert "Praktiske opgaver › Vaske tøj" in staff and "Sociale forhold › Kriminalitet" in staff
        await pilot.press("f2")
        await settle(pilot, app)
        shown = _options(screen)
        assert "Vaske tøj" in shown and "Penge" in shown
        bad = [o for o in shown if any(w.lower() in o.lower() for w in KL_WORDS)]
        assert not bad, bad
        placeholder = str(screen.form.query_one("#theme-filter").placeholder)
        assert not any(w.lower() in placeholder.lower() for w in KL_WORDS), placeholder
        await pilot.press(*"penge")
        await settle(pilot, app)
        found = _options(screen)
        assert found[:2] == ["Arbejde, penge og bolig", "Penge"], found   # the resident's words found first
        await pilot.press("down")
        await settle(pilot, app)
        await pilot.press("down", "enter")
        await settle(pilot, app)
        assert screen.draft.delmaal.theme.name == "Varetage økonomi"          # stored as KL's theme
        seen = visible_log_texts(screen)
        assert any(t.endswith("Svar: Penge") for t in seen), seen
        assert not any("Varetage" in t or "›" in t for t in seen), seen


async def test_a_theme_staff_chose_from_kls_list_is_not_named_to_the_resident(fake_checker, data_dir):
    crime = next(t for t in ffb.themes() if t.name == "Kriminalitet")
    app = create_app(checker=fake_checker, data_dir=data_dir, today=TODAY)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _open(pilot, app, "theme", theme=crime.concept())
        await pilot.press("f2")
        await settle(pilot, app)
        chosen = static_text(screen.form, "#theme-chosen")
        assert "Kriminalitet" not in chosen and "kontaktperson" in chosen
        assert not any("Kriminalitet" in o for o in _options(screen))


async def test_several_sentences_in_the_first_person_get_a_proposal_at_120x40(fake_checker, data_dir):
    app = create_app(checker=fake_checker, data_dir=data_dir, today=TODAY)
    async with app.run_test(size=(120, 40)) as pilot:
        app.action_new_delmaal()
        await settle(pilot, app)
        screen = app.screen
        await screen.goto_step("wording", come_back=False)
        await settle(pilot, app)
        await pilot.press("f2")
        await settle(pilot, app)
        own = ("Jeg vil øh selv cykle til værkstedet hver mandag og torsdag, og min bror Jonas cykler med de første "
               "gange. Det ved jeg ikke. Til jul.")
        screen.form.set_answer({"text": own})
        await pilot.press("enter")
        await settle(pilot, app)
        assert screen.form.get_answer()["text"] == ("Du cykler selv til værkstedet hver mandag og torsdag, og din "
                                                    "bror Jonas cykler med de første gange. Til jul.")
        seen = visible_log_texts(screen)
        assert not any("beboer" in t.lower() or "ikke med i forslaget" in t for t in seen), seen
        assert any("ikke med i forslaget" in n and "Det ved jeg ikke" in n for n in screen.session.staff_notes)
        await pilot.press("end", "space", *"ja", "enter")
        await settle(pilot, app)
        assert screen.draft.delmaal.wording == ("At beboeren selv cykler til værkstedet hver mandag og torsdag, og "
                                                "beboerens bror Jonas cykler med de første gange. Til jul.")
        assert screen.draft.delmaal.collaboration.resident_own_words == own


async def test_help_in_the_meeting_is_the_residents_question_not_the_staffs(fake_checker, data_dir):
    """Walk: «f1 Hjælp» stands in the resident's key bar; it opened «Spørgsmålet: Skriv selve delmålet. Begynd med
    "At beboeren …"», the examples and the template's help (Kofoedsminde, §, FFB)."""
    from delmaal_assistant.tui.modals import HelpScreen

    app = create_app(checker=fake_checker, data_dir=data_dir, today=TODAY)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _open(pilot, app, "wording")
        await pilot.press("f2")
        await settle(pilot, app)
        await pilot.press("f1")
        await settle(pilot, app)
        assert isinstance(app.screen, HelpScreen)
        shown = static_text(app.screen, "#help-text")
        assert screen.step.ask(True) in shown
        bad = [w for w in ("beboeren", "Kofoedsminde", "§", "SMART", "FFB", "Gode eksempler", "Spørgsmålet",
                           "kladde", "felt", "alligevel") if w in shown]   # round 5: no staff words in the keys
        assert not bad, (bad, shown)
        await pilot.press("escape")
        await settle(pilot, app)
        await pilot.press("f2")                                            # staff: the whole help again
        await settle(pilot, app)
        await pilot.press("f1")
        await settle(pilot, app)
        assert "Kofoedsminde" in static_text(app.screen, "#help-text")
