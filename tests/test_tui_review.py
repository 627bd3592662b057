"""The review: exports in every format, rewritten on every save; copy per field and whole; "Dit delmål" shown
and read aloud (a fake espeak-ng process, so no sound); Danish palette, keys panel and quit hint."""

from __future__ import annotations

import shutil
import stat
from datetime import date

import pytest

from delmaal_assistant.core.outputs.export import export_states
from delmaal_assistant.core.files.storage import load_delmaal, save_delmaal
from delmaal_assistant.tui.app import create_app
from delmaal_assistant.tui.screens import ReviewScreen
from sample_delmaal import full_delmaal
from tui_helpers import settle, static_text

TODAY = date(2026, 11, 22)


async def _open(pilot, app, path) -> ReviewScreen:
    await settle(pilot, app)
    app.screen.query_one("#open-path").value = str(path)
    app.screen.query_one("#open-path").focus()
    await pilot.press("enter")
    await settle(pilot, app)
    assert isinstance(app.screen, ReviewScreen)
    return app.screen


def _saved(tmp_path):
    d = full_delmaal(title="Tøjvask")
    return save_delmaal(tmp_path / "Tøjvask.delmaal.json", d)


async def test_exports_follow_every_save(fake_checker, data_dir, tmp_path):
    path = _saved(tmp_path)
    app = create_app(checker=fake_checker, data_dir=data_dir, today=TODAY)
    async with app.run_test(size=(120, 40)) as pilot:
        review = await _open(pilot, app, path)
        assert "Du vasker tøj hver onsdag." in static_text(review, "#review-easy")
        await pilot.press("ctrl+e")
        await settle(pilot, app)
        for fmt in ("docx", "easy", "fhir"):
            app.screen.query_one(f"#export-{fmt}").value = True
        await pilot.click("#save-yes")
        await settle(pilot, app)
        names = sorted(s.path.name for s in export_states(path))
        assert names == sorted(["Tøjvask.md", "Tøjvask.txt", "Tøjvask.docx", "Tøjvask.dit-delmaal.txt",
                                "Tøjvask.fhir.json"])
        assert all(s.current for s in export_states(path))
        assert "opdateres automatisk" in static_text(review, "#review-status")
        # an edit, then a second save: every export is rewritten from the saved file
        review.draft.delmaal.wording = "At beboeren vasker tøj hver tirsdag."
        await pilot.press("ctrl+s")
        await settle(pilot, app)
        await pilot.click("#save-yes")
        await settle(pilot, app)
        assert load_delmaal(path).wording == "At beboeren vasker tøj hver tirsdag."
        assert all(s.current for s in export_states(path))
        for name in ("Tøjvask.md", "Tøjvask.txt", "Tøjvask.dit-delmaal.txt", "Tøjvask.fhir.json"):
            text = (tmp_path / name).read_text(encoding="utf-8")
            assert "tirsdag" in text and "hver onsdag." not in text, name
        import docx

        doc = docx.Document(str(tmp_path / "Tøjvask.docx"))
        assert any("tirsdag" in p.text for p in doc.paragraphs)
        assert "Opdateret, så de passer med filen" in static_text(review, "#review-status")
        assert "FORÆLDET" not in static_text(review, "#review-exports")


async def test_copy_whole_and_one_field(fake_checker, data_dir, tmp_path):
    path = _saved(tmp_path)
    app = create_app(checker=fake_checker, data_dir=data_dir, today=TODAY)
    async with app.run_test(size=(120, 40)) as pilot:
        review = await _open(pilot, app, path)
        review.copy_all()
        assert app.clipboard.startswith("DELMÅL: Tøjvask") and "\n  " not in app.clipboard
        await pilot.press("ctrl+k")
        await settle(pilot, app)
        from textual.command import CommandInput

        box = app.screen.query_one(CommandInput)
        assert box.placeholder.startswith("Kopiér hvilket felt")
        await pilot.press(*"Indsats")
        await settle(pilot, app)
        await pilot.press("enter")
        await settle(pilot, app)
        assert app.clipboard == "Kontaktpersonen går med i vaskekælderen de første tre onsdage."


@pytest.mark.skipif(not shutil.which("cat"), reason="needs cat")
async def test_read_aloud_runs_in_a_worker(fake_checker, data_dir, tmp_path, monkeypatch):
    bindir = tmp_path / "bin"
    bindir.mkdir()
    exe = bindir / "espeak-ng"
    spoken = tmp_path / "spoken.txt"
    exe.write_text(f"""#!/bin/sh
case "$1" in --voices*) printf 'Pty Language Age/Gender VoiceName File\\n 5  da  --/M  Danish  gmq/da\\n'; exit 0;; esac
{shutil.which("cat")} > "{spoken}"
""", encoding="utf-8")
    exe.chmod(exe.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setenv("PATH", str(bindir))
    path = _saved(tmp_path)
    app = create_app(checker=fake_checker, data_dir=data_dir, today=TODAY)
    async with app.run_test(size=(120, 40)) as pilot:
        await _open(pilot, app, path)
        await pilot.press("ctrl+r")
        await settle(pilot, app)
        text = spoken.read_text(encoding="utf-8")
        # not approved by staff yet: the voice says so first
        assert text.startswith("Udkast – ikke gennemgået.\nDit delmål: Tøjvask.") and "Du vasker tøj hver onsdag." in text


async def test_danish_palette_keys_and_quit_hint(fake_checker, data_dir, tmp_path):
    path = _saved(tmp_path)
    app = create_app(checker=fake_checker, data_dir=data_dir, today=TODAY)
    async with app.run_test(size=(120, 40)) as pilot:
        await _open(pilot, app, path)
        await pilot.press("ctrl+p")
        await settle(pilot, app)
        from textual.command import CommandInput

        assert app.screen.query_one(CommandInput).placeholder == "Søg efter kommandoer …"
        await pilot.press(*"Læs")
        await settle(pilot, app)
        prompts = [str(o.prompt) for o in app.screen.query_one("CommandList").options]
        assert any("Dit delmål" in p and "op" in p for p in prompts), prompts
        await pilot.press("escape")
        await settle(pilot, app)
        app.action_show_help_panel()
        await settle(pilot, app)
        table = app.screen.query_one("DanishBindingsTable").render_bindings_table()
        from rich.console import Console

        console = Console(width=80, record=True)
        console.print(table)
        keys = console.export_text()
        assert "Kopiér" in keys and "Læs op" in keys
        assert "Cursor" not in keys and "Scroll" not in keys
        await pilot.press("ctrl+c")
        await settle(pilot, app)
        assert any("for at afslutte" in str(n.message) for n in app._notifications)


async def test_outdated_exports_are_shown_and_fixed_by_saving(fake_checker, data_dir, tmp_path):
    from delmaal_assistant.core.outputs.export import record_export
    from delmaal_assistant.core.outputs.publish import publish_exports

    path = _saved(tmp_path)
    d = load_delmaal(path)
    (txt,) = publish_exports(d, tmp_path, "Tøjvask", ("txt",)).written
    record_export(path, txt, "txt")
    d.wording = "At beboeren vasker tøj hver fredag."  # the file is changed elsewhere (another save, by hand)
    save_delmaal(path, d)
    app = create_app(checker=fake_checker, data_dir=data_dir, today=TODAY)
    async with app.run_test(size=(120, 40)) as pilot:
        review = await _open(pilot, app, path)
        assert "FORÆLDEDE eksporter" in static_text(review, "#review-exports")
        assert "Tøjvask.txt" in static_text(review, "#review-exports")
        await pilot.press("ctrl+s")
        await settle(pilot, app)
        await pilot.click("#save-yes")
        await settle(pilot, app)
        assert "FORÆLDEDE" not in static_text(review, "#review-exports")
        assert "hver fredag." in txt.read_text(encoding="utf-8")


async def test_meeting_mode_review_shows_dit_delmaal_first(fake_checker, data_dir, tmp_path):
    from delmaal_assistant.core.files.drafts import Draft
    from delmaal_assistant.tui.screens import InterviewScreen

    d = full_delmaal(title="Tøjvask")
    app = create_app(checker=fake_checker, data_dir=data_dir, today=TODAY)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot, app)
        app.push_screen(InterviewScreen(Draft(delmaal=d, meeting_mode=True)))
        await settle(pilot, app)
        app.screen.action_review()
        await settle(pilot, app)
        review = app.screen
        assert isinstance(review, ReviewScreen)
        assert review.query_one("#review-staff").collapsed
        easy = review.query_one("#review-easy")
        assert easy.region.y < review.query_one("#review-staff").region.y
        assert "Det vil du gøre" in static_text(review, "#review-easy")
        # issue 24 (walked 6 Dec 2026): the resident's screen at the end of the meeting has nothing for staff – the
        # keys, the approval mark, «til beboeren», what was left out «kun til jer» sit in the folded staff part
        shown = static_text(review, "#review-easy")
        assert shown.startswith("Dit delmål: Tøjvask")
        for staff in ("beboeren", "Udkast", "godkend", "kun til jer", "Ctrl+"):
            assert staff not in shown, staff
        assert "Udkast – ikke gennemgået" in static_text(review, "#review-easy-staff")
        assert not review.query_one("#review-intro").region.height  # folded away with the staff part
        assert "Gennemse" not in review.sub_title


@pytest.mark.parametrize("size", [(120, 40), (80, 24)])
async def test_staff_read_edit_and_approve_dit_delmaal(fake_checker, data_dir, tmp_path, size):
    """Ctrl+G: "Dit delmål" in full and editable; the approved text replaces the draft mark, is saved in the
    file and is what the export says; a change of wording makes it a draft again."""
    from textual.widgets import TextArea

    from delmaal_assistant.tui.modals import ApproveEasyScreen

    path = _saved(tmp_path)
    app = create_app(checker=fake_checker, data_dir=data_dir, today=TODAY)
    async with app.run_test(size=size) as pilot:
        review = await _open(pilot, app, path)
        assert "Udkast – ikke gennemgået" in static_text(review, "#review-easy")
        await pilot.press("ctrl+g")
        await settle(pilot, app)
        modal = app.screen
        assert isinstance(modal, ApproveEasyScreen)
        area = modal.query_one("#approve-text", TextArea)
        assert "Du vasker tøj hver onsdag." in area.text and area.has_focus
        area.text = area.text.replace("Du vasker tøj hver onsdag.", "Du vasker dit tøj hver onsdag.")
        await pilot.press("ctrl+s")
        await settle(pilot, app)
        assert app.screen is review
        shown = static_text(review, "#review-easy")
        assert "Udkast" not in shown and "godkendt den 22-11-2026" in shown
        assert "Du vasker dit tøj hver onsdag." in shown
        await pilot.press("ctrl+s")
        await settle(pilot, app)
        await pilot.click("#save-yes")
        await settle(pilot, app)
        saved = load_delmaal(path)
        assert saved.resident_text is not None and "Du vasker dit tøj hver onsdag." in saved.resident_text.text
        review.draft.delmaal.wording = "At beboeren vasker tøj hver tirsdag."
        review._render_easy()
        assert "Udkast – ikke gennemgået" in static_text(review, "#review-easy")


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_approve_dialog_fits_with_buttons_and_instruction_visible(fake_checker, data_dir, tmp_path, size):
    """Issue 24: at 80×24 the approval dialog shows its whole instruction, the text and both buttons; staff see
    both counts (said, left out) in the review."""
    from delmaal_assistant.tui.modals import ApproveEasyScreen

    path = _saved(tmp_path)
    app = create_app(checker=fake_checker, data_dir=data_dir, today=TODAY)
    async with app.run_test(size=size) as pilot:
        await _open(pilot, app, path)
        # the hardest case: a long text, many sentences left out, and a lapsed approval's note with changes
        text = "Dit delmål: Du vasker tøj\n\n" + "\n".join(f"Sætning nummer {i} til beboeren." for i in range(40))
        left = [("Indsats", f"En lang sætning nummer {i}, som reglerne ikke kunne skrive sikkert.", "uklart")
                for i in range(12)]
        note = "Delmålet er ændret, siden teksten blev godkendt.\n" + "\n".join(f"• ændret {i}" for i in range(6))
        app.push_screen(ApproveEasyScreen(text, left, note))
        await settle(pilot, app)
        modal = app.screen
        assert isinstance(modal, ApproveEasyScreen)
        w, h = size
        for sel in ("#approve-yes", "#approve-no", "#approve-instruction", "#approve-text"):
            r = modal.query_one(sel).region
            assert r.height > 0 and r.y >= 0 and r.y + r.height <= h and r.x + r.width <= w, (sel, r)
        label = modal.query_one("#approve-instruction")
        assert "Ctrl+S" in str(label.render()) and label.region.width >= len(str(label.render()))
