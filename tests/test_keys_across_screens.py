"""Keys typed while a screen is being opened or closed reach the screen that comes on top (issue 26): typed
without waiting, as a fast typist does right after Enter, F1, Ctrl+S or Esc – nothing lands in the screen
underneath, nothing is lost or reordered (tui/app_parts/keyhold.py)."""

from __future__ import annotations

from datetime import date

from textual.widgets import Input

from delmaal_assistant.tui.modals import HelpScreen, SaveScreen
from delmaal_assistant.tui.screens import InterviewScreen, ReviewScreen
from test_tui_keys import burst, open_at, restored
from tui_helpers import settle

TODAY = date(2026, 11, 22)


async def test_enter_on_new_delmaal_then_typing_lands_in_the_title(fake_checker, data_dir):
    from delmaal_assistant.tui.app import create_app

    app = create_app(checker=fake_checker, data_dir=data_dir, today=TODAY)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, app)
        burst(app, "enter", *"Tøjvask", "backspace", "k")  # "Nyt delmål" is the first entry of the menu
        await settle(pilot, app, rounds=6)
        assert isinstance(app.screen, InterviewScreen)
        assert app.screen.form.get_answer() == {"text": "Tøjvask"}
        assert app.screen_stack[0].query_one("#open-path", Input).value == ""


async def test_keys_after_f1_go_to_the_help_and_after_esc_back_to_the_answer(fake_checker, data_dir):
    from delmaal_assistant.tui.app import create_app

    app = create_app(checker=fake_checker, data_dir=data_dir, today=TODAY)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_at(pilot, app, "title", restored(title="Tøjvask"))
        burst(app, "end", "f1", *"abc")
        await settle(pilot, app, rounds=6)
        assert isinstance(app.screen, HelpScreen)
        assert screen.form.get_answer() == {"text": "Tøjvask"}  # nothing typed under the help
        burst(app, "escape", *" om onsdagen")
        await settle(pilot, app, rounds=6)
        assert app.screen is screen
        assert screen.form.get_answer() == {"text": "Tøjvask om onsdagen"}


async def test_the_save_dialog_gets_the_name_typed_right_after_its_key(fake_checker, data_dir):
    from delmaal_assistant.tui.app import create_app

    app = create_app(checker=fake_checker, data_dir=data_dir, today=TODAY)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_at(pilot, app, "title")
        screen.action_review()
        await settle(pilot, app)
        assert isinstance(app.screen, ReviewScreen)
        burst(app, "ctrl+s", *"navn")
        await settle(pilot, app, rounds=6)
        assert isinstance(app.screen, SaveScreen)
        assert app.screen.query_one("#save-name", Input).value.startswith("navn")
        assert "navn" not in app.screen.query_one("#save-folder", Input).value


async def test_keys_typed_after_the_last_answer_go_to_the_review_not_into_the_answer(fake_checker, data_dir):
    from delmaal_assistant.tui.app import create_app

    app = create_app(checker=fake_checker, data_dir=data_dir, today=TODAY)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_at(pilot, app, "flags")
        screen.form.query_one("#flag-employment").focus()
        await pilot.pause()
        burst(app, "ctrl+s", *"xyz")  # the last step: sent, then the review comes
        await settle(pilot, app, rounds=8)
        if not isinstance(app.screen, ReviewScreen):  # the restored-answer question: confirm and try again
            burst(app, "ctrl+s", *"xyz")
            await settle(pilot, app, rounds=8)
        assert isinstance(app.screen, ReviewScreen)
        assert "xyz" not in str(screen.d.model_dump())


async def test_the_named_select_all_key_selects_all_and_ctrl_a_goes_to_the_start(fake_checker, data_dir):
    """The help names F7 (Alt+A in the browser: tests/test_web_typing.py) for "markér hele svaret": typing then
    replaces the answer. Ctrl+A – a Windows habit – is Textual's "to the start of the line", in both fields."""
    from delmaal_assistant.core.keymap import keymap
    from delmaal_assistant.tui.app import create_app

    app = create_app(checker=fake_checker, data_dir=data_dir, today=TODAY)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_at(pilot, app, "title", restored(title="Tøjvask"))
        await pilot.press(keymap().key("select-all"), *"Vask")
        await settle(pilot, app)
        assert screen.form.get_answer() == {"text": "Vask"}
        await pilot.press("ctrl+a", *"Tøj")
        await settle(pilot, app)
        assert screen.form.get_answer() == {"text": "TøjVask"}


async def test_text_typed_while_the_form_is_loading_is_saved(fake_checker, data_dir):
    """On a loaded machine the key hold lets the title typed after Enter on "Nyt delmål" into the field while the
    form is still loading (its loading ends at a refresh). The field showed the title, but the form took the
    change for its own load and said nothing: the draft on disk kept an empty title, also after quitting."""
    from delmaal_assistant.tui.app import create_app

    app = create_app(checker=fake_checker, data_dir=data_dir, today=TODAY)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, app)
        app.action_new_delmaal()
        await settle(pilot, app)
        form = app.screen.form
        form.load_answer({"text": ""})  # loading until the next refresh …
        assert form._loading
        form.query_one("#answer-input", Input).insert_text_at_cursor("Tøjvask")  # … and the user types meanwhile
        await settle(pilot, app)
    drafts = app.store.list()
    assert [app.store.load(i.id).delmaal.title for i in drafts] == ["Tøjvask"]
