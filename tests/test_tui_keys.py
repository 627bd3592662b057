"""Every keystroke lands where the user meant: restored text continued at its end, one Enter/Space model in
every form, key bursts in order, typed-ahead keys kept while an answer is checked, counts from one place,
"Gå til" that returns, Ctrl+Q that tells the truth about an older saved file."""

from __future__ import annotations

import threading
from datetime import date

import pytest
from textual import events
from textual.widgets import Checkbox, Input, OptionList, Select, Static, TextArea

from delmaal_assistant.core.files.drafts import Draft
from delmaal_assistant.core.interview.answers import current_answer
from delmaal_assistant.core.model import Collaboration, ExternalActor, Method
from delmaal_assistant.core.files.storage import load_delmaal, save_delmaal
from delmaal_assistant.tui.app import create_app
from delmaal_assistant.tui.modals import HelpScreen, SaveScreen, StaleFileQuitScreen, keys_help
from delmaal_assistant.tui.screens import InterviewScreen, ReviewScreen
from sample_delmaal import full_delmaal
from tui_helpers import answer_current, log_texts, settle, static_text

TODAY = date(2026, 11, 22)


def burst(app, *keys: str) -> None:
    """Keys sent as a fast typist or a held key sends them: all queued before the app handles the first."""
    for key in keys:
        char = key if len(key) == 1 else {"space": " "}.get(key)
        event = events.Key(key, char)
        event.set_sender(app)
        app._driver.send_message(event)


def restored(**kw):
    d = full_delmaal(**kw)
    d.collaboration.resident_own_words = "Jeg vil selv vaske mit tøj"
    d.collaboration.guardian_involved = True
    d.collaboration.guardian_involvement = "Værgen var med på mødet"
    d.external_actors = [ExternalActor(name="Kometen", how="minder om rent tøj")]
    return d


async def open_at(pilot, app, step_id: str, delmaal=None) -> InterviewScreen:
    """The draft saved, opened again from disk (as after a restart), at `step_id`."""
    draft = Draft(delmaal=delmaal or restored(), step=step_id)
    app.store.save(draft)
    app.open_interview(app.store.load(draft.id), resumed=True)
    await settle(pilot, app)
    screen = app.screen
    assert isinstance(screen, InterviewScreen) and screen.step.id == step_id
    return screen


# step id → (keys typed into the restored answer's first field, the answer key, the stored text expected)
CONTINUE = {
    "title": (" om onsdagen", "text", "Tøjvask om onsdagen"),
    "wording": (" i kælderen", "text", "At beboeren vasker tøj hver onsdag. i kælderen"),
    "own_words": (" på onsdag", "text", "Jeg vil selv vaske mit tøj på onsdag"),
    "attitude": (" nu", "text", "Beboeren vil gerne selv vaske sit tøj. nu"),
    "external_actors": (" hver uge", "text", "Kometen – minder om rent tøj hver uge"),
    "methods": (" (MI)", "methods", None),
    "guardian": (None, "how", "Værgen var med på mødet og sagde ja"),
    "indicator_2": (" og går med", "what_we_see", "Beboeren vasker tøj med følgeskab. og går med"),
    "documentation": (" kort", "what", "Om tøjet er vasket kort"),
}


@pytest.mark.parametrize("step_id", list(CONTINUE))
async def test_typing_into_a_restored_answer_continues_it_at_the_end(fake_checker, data_dir, step_id):
    app = create_app(checker=fake_checker, data_dir=data_dir, today=TODAY)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_at(pilot, app, step_id)
        typed, key, expected = CONTINUE[step_id]
        if step_id == "guardian":
            # the tick box has focus: Enter moves on to "Hvordan" without un-ticking the box
            assert isinstance(screen.focused, Checkbox) and screen.focused.value
            await pilot.press("enter")
            await pilot.pause()
            typed = " og sagde ja"
        await pilot.press(*typed)
        await settle(pilot, app)
        answer = current_answer(screen.step, screen.d)
        if step_id == "methods":
            assert screen.d.methods[0].name == "Motiverende samtale (MI)"
        else:
            assert answer[key] == expected
        if step_id == "guardian":
            assert screen.d.collaboration.guardian_involved is True
        # and it is what the draft on disk holds after an autosave
        screen.autosave()
        on_disk = current_answer(screen.step, app.store.load(screen.draft.id).delmaal)
        assert on_disk == answer


async def test_dates_restored_are_edited_at_their_end(fake_checker, data_dir):
    app = create_app(checker=fake_checker, data_dir=data_dir, today=TODAY)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_at(pilot, app, "dates")
        assert screen.form.query_one("#date-start", Input).value == "01-12-2026"
        await pilot.press("backspace", "7")
        await settle(pilot, app)
        assert screen.form.query_one("#date-start", Input).value == "01-12-2027"
        await pilot.press("backspace", "backspace", "2", "5")
        await pilot.press("ctrl+s")
        await settle(pilot, app)
        assert screen.d.start_date == date(2025, 12, 1)


async def test_choices_restored_are_kept_and_keys_act_on_them(fake_checker, data_dir):
    """Theme, goal type, levels and flags hold no typed text: what was chosen is shown again and kept."""
    d = restored()
    app = create_app(checker=fake_checker, data_dir=data_dir, today=TODAY)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_at(pilot, app, "levels", d)
        assert screen.form.get_answer() == {"start": 3, "end": 2}
        await pilot.press("x")  # a letter on a closed list: nothing opens, the level stays
        await settle(pilot, app)
        assert not screen.form.query_one("#level-start", Select).expanded
        assert screen.d.indicators.start_level == 3
        screen = await open_at(pilot, app, "flags", d)
        await pilot.press("space")
        await settle(pilot, app)
        assert screen.d.crime_prevention is True
        await pilot.press("enter", "space")  # Enter: to the next box; Space ticks it
        await settle(pilot, app)
        assert screen.d.employment is True and screen.d.crime_prevention is True


async def test_fast_arrows_in_the_theme_picker_land_on_the_third_theme(fake_checker, data_dir):
    app = create_app(checker=fake_checker, data_dir=data_dir, today=TODAY)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_at(pilot, app, "theme", restored(theme=None))
        ol = screen.form.query_one("#theme-list", OptionList)
        assert screen.focused.id == "theme-filter"
        burst(app, "down", "down", "down")
        await settle(pilot, app)
        assert screen.focused is ol
        assert ol.highlighted == 2  # the first ↓ goes to the list, the next two move down it
        third = ol.get_option_at_index(2).id
        await pilot.press("enter")
        await settle(pilot, app)
        assert screen.d.theme is not None and screen.d.theme.code == third


async def test_theme_search_without_hits_says_so_and_typing_on_the_list_searches(fake_checker, data_dir):
    app = create_app(checker=fake_checker, data_dir=data_dir, today=TODAY)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_at(pilot, app, "theme", restored(theme=None))
        await pilot.press(*"xyzzyq")
        await pilot.pause()
        assert screen.form.query_one("#theme-list", OptionList).option_count == 0
        assert "Ingen temaer passer til «xyzzyq»" in static_text(screen.form, "#theme-chosen")
        f = screen.form.query_one("#theme-filter", Input)
        f.value = ""
        await pilot.press("down")
        await pilot.pause()
        burst(app, *"vask")
        await settle(pilot, app)
        assert f.value == "vask" and f.has_focus


async def test_guardian_space_ticks_enter_moves_on_and_nothing_typed_is_lost(fake_checker, data_dir):
    d = restored()
    d.collaboration = Collaboration(resident_attitude="Beboeren vil gerne.")
    app = create_app(checker=fake_checker, data_dir=data_dir, today=TODAY)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_at(pilot, app, "guardian", d)
        assert "Mellemrum" in static_text(screen, "#question")  # the hint states the key model
        box = screen.form.query_one("#guardian-involved", Checkbox)
        assert box.has_focus and not box.value
        burst(app, "space", "enter", *"Vi ringede til værgen")
        await settle(pilot, app)
        assert box.value is True
        assert screen.d.collaboration.guardian_involved is True
        assert screen.d.collaboration.guardian_involvement == "Vi ringede til værgen"


async def test_methods_enter_skips_the_list_and_typing_never_opens_it(fake_checker, data_dir):
    app = create_app(checker=fake_checker, data_dir=data_dir, today=TODAY)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_at(pilot, app, "methods", restored(methods=[]))
        kind = screen.form.query_one("#m1-kind", Select)
        burst(app, *"Motiverende samtale", "enter", *"Vi spørger åbent om vasken")
        await settle(pilot, app)
        assert not kind.expanded
        m = screen.d.methods[0]
        assert (m.name, m.kind, m.description) == ("Motiverende samtale", "metode", "Vi spørger åbent om vasken")
        # on the list itself a letter picks the choice that starts with it; nothing opens; Space does not open it
        kind.focus()
        await pilot.pause()
        await pilot.press("t", "space")
        await settle(pilot, app)
        assert kind.value == "tilgang" and not kind.expanded
        # Enter in the empty optional second method sends (one method is enough)
        screen.form.query_one("#m2-name", Input).focus()
        await pilot.pause()
        await pilot.press("enter")
        await settle(pilot, app)
        assert any(t.startswith("Svar:") and "Motiverende samtale" in t for t in log_texts(screen))


class SlowChecker:
    """The fake checker, held until the test lets it go: a check that is still running."""

    def __init__(self, inner) -> None:
        self.inner = inner
        self.gate = threading.Event()

    def check(self, text):
        return self.inner.check(text)

    def check_delmaal(self, d):
        self.gate.wait(10)
        return self.inner.check_delmaal(d)


async def test_keys_typed_while_the_answer_is_checked_are_kept_in_order(fake_checker, data_dir):
    slow = SlowChecker(fake_checker)
    slow.gate.set()
    app = create_app(checker=slow, data_dir=data_dir, today=TODAY)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_at(pilot, app, "title", restored(title="", wording=""))
        await settle(pilot, app)
        slow.gate.clear()
        await pilot.press(*"Tøjvask", "enter")
        await pilot.pause()
        assert screen._busy
        burst(app, *"Hver onsdag", "backspace", "g")  # typed on while the check runs
        await pilot.pause()
        slow.gate.set()
        await settle(pilot, app, rounds=5)
        assert screen.step.id == "wording"
        assert screen.form.query_one("#answer-input", TextArea).text == "Hver onsdag"
        assert screen.d.title == "Tøjvask"


async def test_the_send_key_just_after_the_check_goes_after_the_keys_typed_meanwhile(fake_checker, data_dir):
    """The next answer typed while the previous one is checked, and Ctrl+S handled by the app the moment the check
    is done – before the kept keys are typed into the new field: it sends them, not an empty answer (issue 26)."""
    import asyncio

    slow = SlowChecker(fake_checker)
    slow.gate.set()
    app = create_app(checker=slow, data_dir=data_dir, today=TODAY)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_at(pilot, app, "title", restored(title="", wording=""))
        await settle(pilot, app)
        slow.gate.clear()
        await pilot.press(*"Tøjvask", "enter")
        await pilot.pause()
        assert screen._busy
        wording = "At beboeren vasker tøj hver onsdag."
        burst(app, *wording)  # typed on while the check runs: kept
        await pilot.pause()
        slow.gate.set()
        for _ in range(100_000):  # the check is done: the kept keys wait to be typed into the wording's field
            if not screen._busy:
                break
            await asyncio.sleep(0)
        assert not screen._busy and screen._typed_ahead and screen.step.id == "wording"
        await app.on_event(events.Key("ctrl+s", "\x13"))  # the app handles Ctrl+S now, as its queue would
        await settle(pilot, app, rounds=6)
        sent = [t for t in log_texts(screen) if t.startswith("Svar:")]
        assert sent[-2:] == ["Svar: Tøjvask", f"Svar: {wording}"], sent
        assert screen.d.wording == wording


async def test_one_count_for_the_findings_of_an_answer(fake_checker, data_dir):
    """The list under the answer, the request to revise and the note on going on anyway count the same."""
    app = create_app(checker=fake_checker, data_dir=data_dir, today=TODAY)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_at(pilot, app, "wording", restored(wording=""))
        text = "At beboeren bliver bedre til at vaske mere og ikke glemmer det, som personalet siger"
        await pilot.press(*text)
        screen._fire_live()  # what the debounce does after the last key
        await settle(pilot, app, rounds=4)
        n = screen.session.point_count()
        assert n >= 3
        assert static_text(screen, "#live").startswith(f"{n} bemærkninger mens du skriver")
        await pilot.press("enter")
        await settle(pilot, app, rounds=4)
        assert screen.step.id == "wording"
        assert static_text(screen, "#live").startswith(f"{n} bemærkninger til svaret")
        assert any(f"Ret svaret efter de {n} bemærkninger" in t for t in log_texts(screen))
        if n > 5:  # more than fit: the last line says where the rest are, truly
            assert "se dem alle i samtalen herover" in static_text(screen, "#live")
        await pilot.press("ctrl+n")
        await settle(pilot, app)
        assert any(f"Gik videre alligevel ({n} bemærkninger ikke rettet)" in t for t in log_texts(screen))


async def test_goto_returns_to_where_the_user_was(fake_checker, data_dir):
    app = create_app(checker=fake_checker, data_dir=data_dir, today=TODAY)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_at(pilot, app, "attitude")
        await screen.goto_step("title")  # Ctrl+P › "Gå til: Titel"
        await settle(pilot, app)
        assert screen.step.id == "title"
        await pilot.press("enter")
        await settle(pilot, app)
        assert screen.step.id == "attitude"
        assert "Tilbage til" in log_texts(screen)[-2] or any("Tilbage til" in t for t in log_texts(screen)[-3:])
        # from the review: back to the review
        await pilot.press("f3")
        await settle(pilot, app)
        assert isinstance(app.screen, ReviewScreen)
        await screen.goto_step("title")
        await settle(pilot, app)
        assert app.screen is screen
        await pilot.press("enter")
        await settle(pilot, app)
        assert isinstance(app.screen, ReviewScreen)


async def test_every_interview_key_is_in_the_footer_or_the_help(fake_checker, data_dir):
    app = create_app(checker=fake_checker, data_dir=data_dir, today=TODAY)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_at(pilot, app, "wording")
        shown = {b.id for b in InterviewScreen.BINDINGS if b.show}
        assert "back" in shown  # Ctrl+B is in the footer
        helptext = keys_help(app)
        for b in InterviewScreen.BINDINGS:
            assert b.show or app.key_label(b.id) in helptext, b.id
        footer_keys = [w for w in screen.query("FooterKey")]
        assert any("Forrige" in str(w.render()) for w in footer_keys)
        for w in footer_keys:  # nothing drawn past the edge
            assert w.region.right <= 80


async def test_help_shows_the_weak_examples_and_scrolls_with_pgdn_at_80x24(fake_checker, data_dir):
    app = create_app(checker=fake_checker, data_dir=data_dir, today=TODAY)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_at(pilot, app, "wording")
        await pilot.press("f1")
        await settle(pilot, app)
        help_screen = app.screen
        assert isinstance(help_screen, HelpScreen)
        scroll = help_screen.query_one("#help-scroll")
        text = str(help_screen.query_one("#help-text", Static).render())
        lines = text.split("\n")
        weak = next(i for i, line in enumerate(lines) if "Mindre gode eksempler" in line)
        assert weak < scroll.size.height  # visible without scrolling
        assert scroll.max_scroll_y > 0
        await pilot.press("pagedown")
        await pilot.pause()
        assert scroll.scroll_y > 0
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen


async def _stale_setup(pilot, app, tmp_path):
    d = restored()
    path = tmp_path / "tøjvask.delmaal.json"
    save_delmaal(path, d)
    draft = Draft(delmaal=d, step="title", saved_path=str(path))
    app.store.save(draft)
    app.open_interview(app.store.load(draft.id), resumed=True)
    await settle(pilot, app)
    screen = app.screen
    assert not screen.saved_file_is_older()
    await pilot.press(*" i kælderen")
    await settle(pilot, app)
    assert screen.saved_file_is_older()
    await pilot.press("ctrl+q")
    await settle(pilot, app)
    assert isinstance(app.screen, StaleFileQuitScreen)
    return screen, path


async def test_quit_with_an_older_saved_file_offers_save_draft_only_or_back(fake_checker, data_dir, tmp_path):
    app = create_app(checker=fake_checker, data_dir=data_dir, today=TODAY)
    async with app.run_test(size=(80, 24)) as pilot:
        screen, path = await _stale_setup(pilot, app, tmp_path)
        await pilot.click("#stale-back")
        await settle(pilot, app)
        assert app.screen is screen and app.is_running
        await pilot.press("ctrl+q")
        await settle(pilot, app)
        await pilot.click("#stale-draft")
        await settle(pilot, app)
    assert any("ældre end kladden" in n for n in app.exit_notes)
    assert load_delmaal(path).title == "Tøjvask"  # the file is left as it was; the draft has the edits
    assert app.store.load(screen.draft.id).delmaal.title == "Tøjvask i kælderen"


async def test_quit_can_save_the_file_first(fake_checker, data_dir, tmp_path):
    app = create_app(checker=fake_checker, data_dir=data_dir, today=TODAY)
    async with app.run_test(size=(80, 24)) as pilot:
        screen, path = await _stale_setup(pilot, app, tmp_path)
        assert app.screen.query_one("#stale-save").has_focus
        await pilot.press("enter")
        await settle(pilot, app)
        assert isinstance(app.screen, SaveScreen)
        assert app.screen.query_one("#save-name", Input).value == path.name
        await pilot.press("enter")
        await settle(pilot, app, rounds=5)
    assert load_delmaal(path).title == "Tøjvask i kælderen"
    assert not app.is_running


def _log_observation(path, note="Satte selv vasken i gang."):
    """What the progress screen's observation dialog and `delmaal log` both do to the saved file."""
    from delmaal_assistant.core.files.observations import append_observation
    from delmaal_assistant.core.model.period import Observation

    on = date(2026, 12, 2)  # inside the sample's period (1 December – 1 March)
    append_observation(path, Observation(observed_on=on, level=2, note=note), today=on)


async def test_logging_observations_is_not_an_unsaved_change(fake_checker, data_dir, tmp_path):
    app = create_app(checker=fake_checker, data_dir=data_dir, today=TODAY)
    async with app.run_test(size=(80, 24)) as pilot:
        d = restored()
        path = tmp_path / "tøjvask.delmaal.json"
        save_delmaal(path, d)
        draft = Draft(delmaal=d, step="title", saved_path=str(path))
        app.store.save(draft)
        app.open_interview(app.store.load(draft.id), resumed=True)
        await settle(pilot, app)
        screen = app.screen
        _log_observation(path)
        assert not screen.saved_file_is_older()
        await pilot.press("ctrl+q")
        await settle(pilot, app)
        assert not isinstance(app.screen, StaleFileQuitScreen)
    assert not app.is_running
    assert [o.note for o in load_delmaal(path).observations] == ["Satte selv vasken i gang."]


@pytest.mark.parametrize("save_as", [False, True])
async def test_saving_from_the_quit_dialog_keeps_the_logged_observations(fake_checker, data_dir, tmp_path, save_as):
    """An edit, then observations logged in the saved file, then Ctrl+Q › Gem filen (to the same name or
    another): the file written has the edit and every observation; no "changed by someone else" in between."""
    app = create_app(checker=fake_checker, data_dir=data_dir, today=date(2026, 12, 2))  # inside the period
    async with app.run_test(size=(80, 24)) as pilot:
        d = restored()
        path = tmp_path / "tøjvask.delmaal.json"
        save_delmaal(path, d)
        draft = Draft(delmaal=d, step="title", saved_path=str(path))
        app.store.save(draft)
        app.open_interview(app.store.load(draft.id), resumed=True)
        await settle(pilot, app)
        from delmaal_assistant.core.outputs.publish import current_stamp
        from delmaal_assistant.tui.screens.observation import ObservationScreen

        screen = app.screen
        screen.draft.saved_sha256 = current_stamp(path)  # as after a save here
        await pilot.press(*" i kælderen")
        await settle(pilot, app)
        # the observation dialog (as from F4 › the period)
        obs = ObservationScreen(path, load_delmaal(path))
        await app.push_screen(obs)
        await settle(pilot, app)
        obs.query_one("#obs-level", OptionList).highlighted = 2
        obs.query_one("#obs-note", Input).value = "Satte selv vasken i gang."
        obs._confirmed_note = "Satte selv vasken i gang."  # as after a second Ctrl+S over the checker's remarks
        obs.action_send()
        await settle(pilot, app)
        assert app.screen is screen
        assert screen.draft.saved_sha256 == current_stamp(path)  # the window's own file, with the observation
        await pilot.press("ctrl+q")
        await settle(pilot, app)
        assert isinstance(app.screen, StaleFileQuitScreen)
        await pilot.press("enter")
        await settle(pilot, app)
        assert isinstance(app.screen, SaveScreen)
        target = path
        if save_as:
            target = tmp_path / "tøjvask i kælderen.delmaal.json"
            app.screen.query_one("#save-name", Input).value = target.name
        await pilot.press("enter")
        await settle(pilot, app, rounds=5)
    assert not app.is_running
    saved = load_delmaal(target)
    assert saved.title == "Tøjvask i kælderen"
    assert [o.note for o in saved.observations] == ["Satte selv vasken i gang."]


@pytest.mark.parametrize("step_id", ["title", "wording"])
async def test_a_burst_ending_in_enter_sends_every_key_typed_before_it(fake_checker, data_dir, step_id):
    """Typed fast and sent at once ("Tøjvask på onsdag⏎"): the sent answer is all of it, and what is typed
    after Enter goes to the next question, not into the answer just sent."""
    app = create_app(checker=fake_checker, data_dir=data_dir, today=TODAY)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_at(pilot, app, step_id, restored(title="", wording=""))
        text = "Tøjvask på onsdag" if step_id == "title" else "At beboeren vasker tøj hver onsdag frem til 2027"
        burst(app, *text, "enter", *"Næste")
        await settle(pilot, app, rounds=6)
        sent = [t for t in log_texts(screen) if t.startswith("Svar:")]
        assert sent and text in sent[-1], sent
        assert (screen.d.title if step_id == "title" else screen.d.wording) == text
        assert screen.step.id != step_id
        assert "Næste" in str(screen.form.get_answer())


@pytest.mark.parametrize("step_id", ["title", "wording"])
async def test_a_burst_ending_in_the_send_key_sends_every_key_typed_before_it(fake_checker, data_dir, step_id):
    """Typed fast and sent with Ctrl+S: the sent answer is all of it. The app routed the whole burst before the
    field had inserted its letters, and Ctrl+S (a priority binding, run by the app at once) read the field
    without them: «Svar: (tomt)», then the text showed up in the field (issue 26, the Chromium key walk)."""
    app = create_app(checker=fake_checker, data_dir=data_dir, today=TODAY)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_at(pilot, app, step_id, restored(title="", wording=""))
        text = "Tøjvask på onsdag" if step_id == "title" else "At beboeren vasker tøj hver onsdag."
        burst(app, *text, "ctrl+s")
        await settle(pilot, app, rounds=6)
        sent = [t for t in log_texts(screen) if t.startswith("Svar:")]
        assert sent and text in sent[-1], sent
        assert (screen.d.title if step_id == "title" else screen.d.wording) == text


async def test_skip_then_a_wording_typed_and_sent_at_once_sends_it(fake_checker, data_dir):
    """The key walk's steps 37–39 without a pause: Ctrl+N («gå videre») to the wording, the wording typed, Ctrl+S.
    The keys after Ctrl+N are held while the next step is shown and let go together; the wording is sent whole,
    and the title typed before Ctrl+N is kept (Ctrl+N reads the field too)."""
    app = create_app(checker=fake_checker, data_dir=data_dir, today=TODAY)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_at(pilot, app, "title", restored(title="", wording=""))
        wording = "At beboeren vasker tøj hver onsdag."
        burst(app, *"Tøjvask", "ctrl+n", *wording, "ctrl+s")
        await settle(pilot, app, rounds=6)
        assert screen.d.title == "Tøjvask"
        sent = [t for t in log_texts(screen) if t.startswith("Svar:")]
        assert sent and wording in sent[-1], sent
        assert any(e.role == "user" and wording in e.text for e in screen.draft.conversation)
        assert screen.d.wording == wording


def test_every_key_a_conversation_text_names_is_a_real_binding(tmp_path):
    """conversation.toml names keys as {k_<binding id>}: each must be a binding the assistant has, or the text
    would say " viser personalets panel" with the key missing (terminal and browser keymaps alike)."""
    from delmaal_assistant.core.keymap import keymap

    WEB_KEYMAP = keymap().browser_keymap()
    from delmaal_assistant.core.interview.session import KEY_SLOTS
    from delmaal_assistant.tui.app import create_app

    app = create_app(data_dir=tmp_path)
    for binding_id in KEY_SLOTS:
        assert app.key_label(binding_id), binding_id
    app.use_browser_keys()
    for binding_id in KEY_SLOTS:
        assert app.key_label(binding_id), binding_id


async def test_a_live_check_that_ends_after_its_box_is_gone_is_shown_nowhere_not_a_crash(fake_checker, data_dir):
    """A live check (a thread worker) that finishes after the screen lost its «#live» line – closed, or being
    rebuilt at the end of a test run – crashed the app with NoMatches (seen twice in full runs at 80×24)."""
    app = create_app(checker=fake_checker, data_dir=data_dir, today=TODAY)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_at(pilot, app, "wording")
        await pilot.press(*" hver dag")
        await settle(pilot, app)
        step_id, answer = screen.step.id, screen._answer_now()
        run = screen._run(screen.session.snapshot())
        await screen.query_one("#live", Static).remove()
        screen._show_live(step_id, answer, run)  # the worker's result arriving now
        await settle(pilot, app)
        assert app.is_running and app.return_code is None
