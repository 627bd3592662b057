"""The quick wording check screen, the personal-data warning on save, bindings and commands."""

from __future__ import annotations

from datetime import date

from delmaal_assistant.tui.app import create_app
from delmaal_assistant.tui.modals import ConfirmScreen
from delmaal_assistant.tui.screens import CheckScreen, InterviewScreen, ReviewScreen
from tui_helpers import answer_current, settle, static_text

TODAY = date(2026, 11, 22)


async def test_check_screen_marks_findings_without_colour(fake_checker, data_dir):
    app = create_app(checker=fake_checker, data_dir=data_dir, today=TODAY)
    async with app.run_test(size=(100, 34)) as pilot:
        await settle(pilot, app)
        await pilot.press("ctrl+t")
        await settle(pilot, app)
        screen = app.screen
        assert isinstance(screen, CheckScreen)
        screen.query_one("#check-input").text = "At beboeren ikke ryger på værelset."
        await pilot.press("ctrl+s")  # check now (typing also triggers a debounced check)
        await settle(pilot, app)
        out = static_text(screen, "#check-result")
        assert "⟦ikke⟧[1]" in out
        assert "ADVARSEL (noget, der skal undgås)" in out  # codes by their Danish names (lexicons/da/codes.toml)
        assert "Hvad skal beboeren gøre i stedet?" in out
        assert "Hvornår skal delmålet være nået?" in out
        screen.query_one("#check-input").text = "At beboeren vasker tøj hver onsdag frem til 1. marts 2027."
        await pilot.press("ctrl+s")
        await settle(pilot, app)
        assert "Ingen bemærkninger" in static_text(screen, "#check-result")


async def test_live_findings_while_typing(fake_checker, data_dir):
    app = create_app(checker=fake_checker, data_dir=data_dir, today=TODAY)
    async with app.run_test(size=(100, 34)) as pilot:
        app.action_new_delmaal()
        await settle(pilot, app)
        screen = app.screen
        await answer_current(pilot, app)
        screen.form.query_one("#answer-input").text = "Personalet støtter beboeren i at komme op"
        await pilot.pause(0.4)  # the debounce timer (300 ms) must fire; then the thread worker runs
        await settle(pilot, app)
        live = static_text(screen, "#live")
        assert "«Personalet»" in live and "ADVARSEL" in live and "Hvad gør beboeren selv?" in live
        assert screen.step.id == "wording"  # nothing was sent


async def test_personal_data_warning_on_save(fake_checker, data_dir, tmp_path):
    app = create_app(checker=fake_checker, data_dir=data_dir, today=TODAY)
    async with app.run_test(size=(100, 34)) as pilot:
        app.action_new_delmaal()
        await settle(pilot, app)
        screen = app.screen
        await answer_current(pilot, app)
        screen.draft.delmaal.purpose = "Ring til Jens Hansen på 12345678."
        await pilot.press("f3")
        await settle(pilot, app)
        assert isinstance(app.screen, ReviewScreen)
        await pilot.press("ctrl+s")
        await settle(pilot, app)
        app.screen.query_one("#save-folder").value = str(tmp_path)
        await pilot.click("#save-yes")
        await settle(pilot, app)
        assert isinstance(app.screen, ConfirmScreen)
        msg = str(app.screen.query_one("#confirm-text").render())
        assert "12345678" in msg and "initialer" in msg and "beboeren" in msg
        await pilot.click("#confirm-no")
        await settle(pilot, app)
        assert not list(tmp_path.glob("*.delmaal.json"))
        # save anyway
        await pilot.press("ctrl+s")
        await settle(pilot, app)
        app.screen.query_one("#save-folder").value = str(tmp_path)
        await pilot.click("#save-yes")
        await settle(pilot, app)
        await pilot.click("#confirm-yes")
        await settle(pilot, app)
        assert (tmp_path / "Tøjvask-om-onsdagen.delmaal.json").is_file()


async def test_help_and_bindings_have_ids(fake_checker, data_dir):
    app = create_app(checker=fake_checker, data_dir=data_dir, today=TODAY)
    async with app.run_test(size=(80, 24)) as pilot:
        app.action_new_delmaal()
        await settle(pilot, app)
        screen = app.screen
        for b in screen.BINDINGS + app.BINDINGS:
            assert b.id, b
            assert not (len(b.key) == 1 and b.key.isalpha()), b
        await pilot.press("f1")
        await settle(pilot, app)
        text = str(app.screen.query_one("#help-text").render())
        assert "Gode eksempler" in text and "Tøjvask om onsdagen" in text
        await pilot.press("escape")
        await settle(pilot, app)
        assert isinstance(app.screen, InterviewScreen)
        titles = [c.title for c in app.get_system_commands(app.screen)]
        assert "Mødetilstand til/fra (F2)" in titles and "Gå til: Datoer" in titles


async def test_checker_is_loaded_lazily_off_the_ui_thread(data_dir, monkeypatch):
    import threading

    import delmaal_assistant.checker as checker_mod

    seen = {}

    class Slow:
        def check(self, text):
            return []

        def check_delmaal(self, d):
            return []

    def fake_get_checker(lang="da"):
        seen["thread"] = threading.current_thread() is threading.main_thread()
        return Slow()

    monkeypatch.setattr(checker_mod, "get_checker", fake_get_checker)
    app = create_app(data_dir=data_dir, today=TODAY)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause(app.CHECKER_DELAY + 0.1)
        await settle(pilot, app)
        assert app.checker_ready
        assert seen["thread"] is False


async def test_check_screen_checks_each_line(fake_checker, data_dir):
    app = create_app(checker=fake_checker, data_dir=data_dir, today=TODAY)
    async with app.run_test(size=(100, 34)) as pilot:
        await settle(pilot, app)
        app.action_check_wording()
        await settle(pilot, app)
        screen = app.screen
        screen.query_one("#check-input").text = (
            "At beboeren vasker tøj hver onsdag frem til 1. marts 2027.\nAt beboeren ikke ryger inden 1. marts 2027."
        )
        await pilot.press("ctrl+s")
        await settle(pilot, app)
        assert fake_checker.calls[-2:] == [
            "At beboeren vasker tøj hver onsdag frem til 1. marts 2027.",
            "At beboeren ikke ryger inden 1. marts 2027.",
        ]
        out = static_text(screen, "#check-result")
        assert "1 bemærkning" in out and "⟦ikke⟧[1]" in out


async def test_saving_over_another_file_asks_first(fake_checker, data_dir, tmp_path):
    from delmaal_assistant.core.model import Delmaal
    from delmaal_assistant.core.files.storage import load_delmaal, save_delmaal

    save_delmaal(tmp_path / "Tøjvask-om-onsdagen.delmaal.json", Delmaal(title="Gammel"))
    app = create_app(checker=fake_checker, data_dir=data_dir, today=TODAY)
    async with app.run_test(size=(100, 34)) as pilot:
        app.action_new_delmaal()
        await settle(pilot, app)
        await answer_current(pilot, app)
        await pilot.press("f3")
        await settle(pilot, app)
        await pilot.press("ctrl+s")
        await settle(pilot, app)
        app.screen.query_one("#save-folder").value = str(tmp_path)
        await pilot.click("#save-yes")
        await settle(pilot, app)
        assert isinstance(app.screen, ConfirmScreen)
        assert "findes allerede" in str(app.screen.query_one("#confirm-text").render())
        await pilot.click("#confirm-no")
        await settle(pilot, app)
        assert load_delmaal(tmp_path / "Tøjvask-om-onsdagen.delmaal.json").title == "Gammel"
        await pilot.press("ctrl+s")
        await settle(pilot, app)
        app.screen.query_one("#save-folder").value = str(tmp_path)
        await pilot.click("#save-yes")
        await settle(pilot, app)
        await pilot.click("#confirm-yes")
        await settle(pilot, app)
    assert load_delmaal(tmp_path / "Tøjvask-om-onsdagen.delmaal.json").title == "Tøjvask om onsdagen"
    assert (tmp_path / "Tøjvask-om-onsdagen.delmaal.json.bak").is_file()


async def test_keys_typed_before_the_checker_has_loaded_are_all_kept(fake_checker, data_dir, monkeypatch):
    """Start-up (issue 28): the checker loads in a thread after the first screen is drawn. Here it cannot finish
    loading until the test lets it; everything typed meanwhile – a title, Enter, a wording with æøå – lands in
    order, and the wording is checked once the checker is there."""
    import asyncio
    import threading

    import delmaal_assistant.checker as checker_mod

    gate = threading.Event()

    def gated_get_checker(lang="da"):
        gate.wait(60)
        return fake_checker

    monkeypatch.setattr(checker_mod, "get_checker", gated_get_checker)
    app = create_app(data_dir=data_dir, today=TODAY)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("enter")  # "Nyt delmål", before the checker has even started loading
        await pilot.pause()
        assert isinstance(app.screen, InterviewScreen)
        await pilot.press(*"Tøjvask om onsdagen", "enter")
        wording = "At beboeren ikke ryger på værelset, æøå"
        await pilot.press(*wording)
        await pilot.pause(app.CHECKER_DELAY + 0.2)  # the loader has started and waits at the gate
        assert not app.checker_ready
        assert app.screen.step.id == "title"  # the sent title waits for its check, which waits for the checker
        gate.set()
        for _ in range(200):
            if wording in fake_checker.calls:
                break
            await asyncio.sleep(0.05)
        await settle(pilot, app)
        assert app.checker_ready
        assert app.screen.draft.delmaal.title == "Tøjvask om onsdagen"
        assert app.screen.step.id == "wording"
        assert app.screen.form.get_answer() == {"text": wording}  # nothing typed was lost or doubled
        assert wording in fake_checker.calls  # and the live check ran on it once the checker was there
