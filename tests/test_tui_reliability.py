"""Issue 18 in the assistant: two windows on one saved file (the other window is a real process), "ikke gemt"
that stays visible at 80×24 and is said again while the user keeps typing, and a Word export with a control
character that must not close the assistant."""

from __future__ import annotations

import errno
import subprocess
import sys
import zipfile
from datetime import date
from pathlib import Path

from delmaal_assistant.core.files import drafts
from delmaal_assistant.core.files.storage import StorageWriteError, backup_path, load_delmaal, save_delmaal
from delmaal_assistant.tui.app import create_app
from delmaal_assistant.tui.modals import ChangedElsewhereScreen
from delmaal_assistant.tui.screens import ReviewScreen
from sample_delmaal import full_delmaal
from tui_helpers import settle, static_text

TODAY = date(2026, 11, 22)


def _screen_lines(app) -> list[str]:
    """The screen as the user sees it, line by line."""
    from rich.console import Console

    console = Console(width=app.size.width, record=True, file=open(__import__("os").devnull, "w"))
    console.print(app.screen._compositor.render_update(full=True))
    return console.export_text().splitlines()


async def _open(pilot, app, path) -> ReviewScreen:
    await settle(pilot, app)
    app.screen.query_one("#open-path").value = str(path)
    app.screen.query_one("#open-path").focus()
    await pilot.press("enter")
    await settle(pilot, app)
    assert isinstance(app.screen, ReviewScreen)
    return app.screen


async def _press(pilot, app, selector: str) -> None:
    app.screen.query_one(selector).focus()
    await pilot.press("enter")
    await settle(pilot, app)


def _other_window_saves(path: Path, wording: str) -> None:
    """Another instance saves the same file: a separate process, as a second window is."""
    code = ("import sys; from pathlib import Path; "
            "from delmaal_assistant.core.files.storage import load_delmaal, save_delmaal; "
            "p = Path(sys.argv[1]); d = load_delmaal(p); d.wording = sys.argv[2]; save_delmaal(p, d)")
    subprocess.run([sys.executable, "-c", code, str(path), wording], check=True, timeout=120)


async def test_two_windows_saving_one_file_asks_and_a_copy_keeps_both(fake_checker, data_dir, tmp_path):
    path = save_delmaal(tmp_path / "Tøjvask.delmaal.json", full_delmaal(title="Tøjvask"))
    app = create_app(checker=fake_checker, data_dir=data_dir, today=TODAY)
    async with app.run_test(size=(120, 40)) as pilot:
        review = await _open(pilot, app, path)
        _other_window_saves(path, "At beboeren vasker tøj hver tirsdag (det andet vindue).")
        review.draft.delmaal.wording = "At beboeren vasker tøj hver fredag (dette vindue)."
        await pilot.press("ctrl+s")
        await settle(pilot, app)
        await pilot.click("#save-yes")
        await settle(pilot, app)
        assert isinstance(app.screen, ChangedElsewhereScreen)
        assert "ændret, siden du åbnede" in static_text(app.screen, "#changed-text")
        assert "det andet vindue" in load_delmaal(path).wording  # nothing written yet
        await _press(pilot, app, "#changed-copy")
        copy = tmp_path / "Tøjvask (kopi).delmaal.json"
        assert "dette vindue" in load_delmaal(copy).wording
        assert "det andet vindue" in load_delmaal(path).wording  # the other window's save is untouched
        assert review.draft.saved_path == str(copy)


async def test_two_windows_replace_keeps_the_other_save_in_the_bak_and_cancel_writes_nothing(
        fake_checker, data_dir, tmp_path):
    path = save_delmaal(tmp_path / "Tøjvask.delmaal.json", full_delmaal(title="Tøjvask"))
    app = create_app(checker=fake_checker, data_dir=data_dir, today=TODAY)
    async with app.run_test(size=(120, 40)) as pilot:
        review = await _open(pilot, app, path)
        _other_window_saves(path, "At beboeren vasker tøj hver tirsdag (det andet vindue).")
        review.draft.delmaal.wording = "At beboeren vasker tøj hver fredag (dette vindue)."
        await pilot.press("ctrl+s")
        await settle(pilot, app)
        await pilot.click("#save-yes")
        await settle(pilot, app)
        await _press(pilot, app, "#changed-cancel")
        assert "det andet vindue" in load_delmaal(path).wording
        assert any("Ikke gemt" in str(n.message) for n in app._notifications)
        await pilot.press("ctrl+s")
        await settle(pilot, app)
        await pilot.click("#save-yes")
        await settle(pilot, app)
        await _press(pilot, app, "#changed-replace")
        assert "dette vindue" in load_delmaal(path).wording
        assert "det andet vindue" in load_delmaal(backup_path(path)).wording
        # saved now: the next save from this window does not ask again
        review.draft.delmaal.purpose = "Rent tøj."
        await pilot.press("ctrl+s")
        await settle(pilot, app)
        await pilot.click("#save-yes")
        await settle(pilot, app)
        assert isinstance(app.screen, ReviewScreen) and load_delmaal(path).purpose == "Rent tøj."


async def test_ikke_gemt_stays_in_header_and_side_panel_at_80x24_and_is_said_again(
        fake_checker, tmp_path, monkeypatch):
    app = create_app(checker=fake_checker, data_dir=tmp_path / "data", today=TODAY)
    async with app.run_test(size=(80, 24)) as pilot:
        app.action_new_delmaal()
        await settle(pilot, app)
        screen = app.screen
        long_title = "Tøjvask om onsdagen i vaskekælderen sammen med kontaktpersonen hver uge " * 2
        screen.d.title = long_title

        def full_disk(path, text):
            raise StorageWriteError(f"'{path}' kunne ikke gemmes: der er ikke mere plads på disken.", errno.ENOSPC)

        monkeypatch.setattr(drafts, "atomic_write_text", full_disk)
        assert screen.autosave() is False
        await settle(pilot, app)
        assert screen.sub_title.startswith("IKKE GEMT!")
        header = _screen_lines(app)[0]
        assert "IKKE GEMT!" in header, header  # the header at 80 columns still shows it, however long the title
        side = screen.query_one("#side-unsaved")
        assert side.has_class("on") and side.display and "ikke mere plads" in str(side.render())
        first = sum("plads" in str(n.message) for n in app._notifications)
        assert first == 1
        # the user keeps typing: the state is said again (not only once per distinct error)
        screen.REANNOUNCE_SECONDS = 0
        screen.form.query_one("#answer-input").value = "Tøjvask hver onsdag"
        await settle(pilot, app)
        again = [str(n.message) for n in app._notifications if "Stadig ikke gemt" in str(n.message)]
        assert again, [str(n.message) for n in app._notifications]
        assert screen.sub_title.startswith("IKKE GEMT!")
        # the disk has room again: the next write clears the state
        monkeypatch.undo()
        assert screen.autosave() is True
        await settle(pilot, app)
        assert not screen.sub_title.startswith("IKKE GEMT") and not side.has_class("on")


async def test_word_export_with_a_control_character_does_not_close_the_assistant(fake_checker, data_dir,
                                                                                   tmp_path):
    d = full_delmaal(title="Tøjvask")
    d.wording = "At beboeren vasker tøj\x01 hver onsdag\x1b]0;x\x07."
    path = save_delmaal(tmp_path / "Tøjvask.delmaal.json", d)
    app = create_app(checker=fake_checker, data_dir=data_dir, today=TODAY)
    async with app.run_test(size=(120, 40)) as pilot:
        await _open(pilot, app, path)
        await pilot.press("ctrl+e")
        await settle(pilot, app)
        app.screen.query_one("#export-docx").value = True
        await pilot.click("#save-yes")
        await settle(pilot, app)
        assert app.is_running and isinstance(app.screen, ReviewScreen)
        docx = tmp_path / "Tøjvask.docx"
        xml = zipfile.ZipFile(docx).read("word/document.xml").decode("utf-8")
        assert "hver onsdag" in xml and "\x01" not in xml
