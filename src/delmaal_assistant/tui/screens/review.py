"""Review and save: the whole delmål, every finding on its field, SMART, copy, export, "Dit delmål"."""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Collapsible, Header, Static

from delmaal_assistant.core.drafts import Draft
from delmaal_assistant.core.codes import name_codes_in
from delmaal_assistant.core.easyread import easy_read
from delmaal_assistant.core.easyread import sections as easy_sections
from delmaal_assistant.core.easyread import speech_text as easy_speech
from delmaal_assistant.core.easyread import title as easy_title
from delmaal_assistant.core.export import FORMATS as EXPORT_FORMATS
from delmaal_assistant.core.export import (
    existing_exports,
    export_states,
    fields_for_copy,
    record_export,
    refresh_exports,
    to_text,
    write_exports,
)
from delmaal_assistant.core.interview import field_title, followup_for
from delmaal_assistant.core.sanitize import terminal_safe
from delmaal_assistant.core.session import REVIEW_STEP, CheckRun, InterviewSession
from delmaal_assistant.core.storage import StorageError, load_delmaal, safe_filename, save_delmaal
from delmaal_assistant.tui.modals import ConfirmScreen, ConfirmSmartScreen, SaveScreen
from delmaal_assistant.tui.widgets import StableFooter
from delmaal_assistant.tui.render import finding_line, smart_block

from delmaal_assistant.tui.screens.common import (
    PRIVACY_CODES,
    replace_question,
)


class ReviewScreen(Screen):
    """The whole delmål: remarks, SMART, the text laid out for Sensum, and "Dit delmål" for the resident.

    Save (Ctrl+S), export (Ctrl+E: md, txt, Word, easy-read, FHIR), copy a field or all of it (Ctrl+K), read
    "Dit delmål" aloud (Ctrl+R; again to stop). Exports written from a saved delmål are remembered beside it and
    rewritten after every save, so they never disagree with the saved file. In meeting mode "Dit delmål" comes
    first and the staff parts are folded away."""

    BINDINGS = [
        Binding("ctrl+s", "save", "Gem", id="review-save", priority=True),
        Binding("ctrl+e", "export", "Eksportér", id="review-export", priority=True),
        Binding("ctrl+k", "copy", "Kopiér", id="review-copy", priority=True),
        Binding("ctrl+r", "read_aloud", "Læs op", id="review-read", priority=True),
        Binding("ctrl+j", "confirm_smart", "Bekræft SMART", id="review-confirm-smart", show=False),
        Binding("escape", "back", "Tilbage", id="review-back", tooltip="Tilbage til samtalen"),
    ]

    def __init__(self, session: InterviewSession, *, after_save=None) -> None:
        super().__init__()
        self._session = session
        self._after_save = after_save  # called once the delmål is saved (Ctrl+Q: "Gem filen og afslut")
        self.findings: list | None = None  # None until the checker has run, or when it could not
        self._reader = None

    @property
    def draft(self) -> Draft:
        return self._session.draft

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="review"):
            yield Static(self.app.hint(
                "Gennemse delmålet. {review-save} gemmer, {review-export} eksporterer, {review-copy} kopierer et felt "
                "eller det hele, {review-read} læser \"Dit delmål\" op, {review-confirm-smart} svarer ja til SMART 3 "
                "og 6, {review-back} går tilbage til samtalen."), id="review-intro")
            yield Static("", id="review-status")
            yield Static("", id="review-exports")
            if self.draft.meeting_mode:
                # the end of a meeting: "Dit delmål" for the resident first; the staff parts folded away
                yield Static("", id="review-easy", classes="review-section")
                with Collapsible(title="Til personalet: SMART, bemærkninger og hele teksten", collapsed=True,
                                 id="review-staff"):
                    yield Static("", id="review-smart", classes="review-section")
                    yield Static("Tjekker hele delmålet …", id="review-findings", classes="review-section")
                    yield Static("", id="review-delmaal", classes="review-section")
            else:
                yield Static("", id="review-smart", classes="review-section")
                yield Static("Tjekker hele delmålet …", id="review-findings", classes="review-section")
                yield Static("", id="review-delmaal", classes="review-section")
                yield Static("", id="review-easy", classes="review-section")
        yield StableFooter(compact=True)

    def on_mount(self) -> None:
        self.sub_title = "Gennemse og gem"
        d = self.draft.delmaal
        self.query_one("#review-delmaal", Static).update(Text(terminal_safe(to_text(d))))
        self._render_easy()
        self._render_smart()
        if self.draft.saved_path:
            self.query_one("#review-status", Static).update(Text(f"Senest gemt som: {terminal_safe(self.draft.saved_path)}"))
        self._render_exports()
        self._check_all()

    def on_unmount(self) -> None:
        if self._reader is not None:
            self._reader.stop()

    @property
    def session(self) -> InterviewSession:
        return self._session

    # ------------------------------------------------------------------ content

    def _render_easy(self) -> None:
        t = Text()
        d = self.draft.delmaal
        t.append(f"{terminal_safe(easy_title(d))}  (til beboeren, i let sprog – Ctrl+R læser op)\n", style="bold")
        for heading, body in easy_sections(d):
            t.append(f"\n{terminal_safe(heading)}\n", style="bold")
            t.append(terminal_safe(body) + "\n")
        self.query_one("#review-easy", Static).update(t)

    def _render_exports(self) -> None:
        w = self.query_one("#review-exports", Static)
        states = export_states(Path(self.draft.saved_path)) if self.draft.saved_path else []
        current = [s.path.name for s in states if s.current]
        stale = [s.path.name for s in states if s.exists and not s.current]
        t = Text()
        if current:
            t.append("Eksporter, der passer med den gemte fil: " + ", ".join(current))
        if stale:
            t.append(("\n" if current else "") + "FORÆLDEDE eksporter (skrevet før sidste gem – gem igen for at "
                     "opdatere dem): " + ", ".join(stale), style="bold")
        w.update(t)

    def _render_smart(self) -> None:
        items = [replace(i, reason=name_codes_in(i.reason)) for i in self.session.smart()]  # codes in Danish
        block = smart_block(items)
        block.append("\nCtrl+J: svar ja (eller fortryd) til spørgsmål 3 og 6.", style="dim")
        self.query_one("#review-smart", Static).update(block)

    def action_confirm_smart(self) -> None:
        def chosen(q: int | None) -> None:
            if q:
                self.session.say("system", self.session.toggle_confirmation(q))
                self._render_smart()

        self.app.push_screen(ConfirmSmartScreen(self.session.smart()), chosen)

    @work(thread=True, exclusive=True, group="review-check")
    def _check_all(self) -> None:
        run = self.app.run_checks(self.session.snapshot())
        self.app.call_from_thread(self._show_findings, run)

    def _show_findings(self, run: CheckRun) -> None:
        self.session.record(run)
        findings = list(run.findings)
        self.findings = findings if run.ok else None
        titles = {path: title for path, title, _ in self.draft.delmaal.text_fields()}
        prompts = self.app.prompts
        t = Text()
        if not run.ok:
            t.append(f"? Delmålet kunne ikke tjekkes: {run.error}", style="bold")
        elif not findings:
            t.append("Bemærkninger: ingen. ✓", style="bold")
        else:
            t.append(f"Bemærkninger ({len(findings)}):", style="bold")
            for i, f in enumerate(findings, start=1):
                t.append("\n")
                where = titles.get(f.field or "") or field_title(prompts, f.field)
                if where:
                    t.append(f"[{where}] ", style="bold")
                t.append_text(finding_line(i, f, question=followup_for(self.app.prompts, f)[1]))
        self.query_one("#review-findings", Static).update(t)
        self._render_smart()
        self.query_one("#review-delmaal", Static).update(Text(terminal_safe(to_text(self.draft.delmaal, self.findings))))

    def _smart_findings(self) -> list | None:
        """Findings for the SMART status in exports: None when the delmål has not been checked."""
        return None if self.findings is None else list(self.findings)

    # ------------------------------------------------------------------ copy and read aloud

    def palette_commands(self):
        from textual.app import SystemCommand

        yield SystemCommand("SMART 3 og 6: svar ja (Ctrl+J)", "Skridt mod målet og realistisk – kun I kan svare",
                            self.action_confirm_smart)
        yield SystemCommand("Kopiér hele delmålet", "Til udklipsholderen, klar til Sensum/Bosted/Nexus",
                            self.copy_all)
        yield SystemCommand("Kopiér et felt … (Ctrl+K)", "Vælg et felt og kopiér kun det", self.action_copy)
        yield SystemCommand("Kopiér \"Dit delmål\"", "Teksten i let sprog til beboeren", self.copy_easy)
        if self._reader is not None and self._reader.speaking:
            yield SystemCommand("Stop oplæsningen (Ctrl+R)", "Stop med at læse \"Dit delmål\" op",
                                self.action_read_aloud)
        else:
            yield SystemCommand("Læs \"Dit delmål\" op (Ctrl+R)", "Læser teksten til beboeren højt",
                                self.action_read_aloud)
        yield SystemCommand("Eksportér (Ctrl+E)", "Markdown, ren tekst, Word, let sprog eller FHIR",
                            self.action_export)
        yield SystemCommand("Gem (Ctrl+S)", "Gem delmålet som fil", self.action_save)

    def _copy(self, label: str, text: str) -> None:
        self.app.copy_to_clipboard(text)
        self.notify(f"Kopieret: {label}. Sæt ind med Ctrl+V. Kommer der intet, kan terminalen ikke kopiere; "
                    "brug så eksporten (Ctrl+E).", title="Kopiér", timeout=6)

    def copy_all(self) -> None:
        self._copy("hele delmålet", to_text(self.draft.delmaal, self._smart_findings()))

    def copy_easy(self) -> None:
        self._copy("Dit delmål", easy_read(self.draft.delmaal))

    def action_copy(self) -> None:
        items = [("Hele delmålet", self.copy_all, "Alle felter, ordnet efter skabelonen"),
                 ("Dit delmål (let sprog)", self.copy_easy, "Teksten til beboeren")]
        for label, text in fields_for_copy(self.draft.delmaal, self._smart_findings()):
            if text.strip() in ("", "–"):
                continue  # nothing to paste
            preview = " ".join(text.split())
            items.append((label, lambda lb=label, tx=text: self._copy(lb, tx),
                          preview[:80] + ("…" if len(preview) > 80 else "")))
        self.app.search_commands(items, placeholder="Kopiér hvilket felt? Skriv for at søge …")

    def action_read_aloud(self) -> None:
        if self._reader is not None and self._reader.speaking:
            self._reader.stop()
            self.notify("Oplæsningen er stoppet.", timeout=4)
            return
        self._read(easy_speech(self.draft.delmaal))

    @work(thread=True, exclusive=True, group="read-aloud")
    def _read(self, text: str) -> None:
        from delmaal_assistant.core.speech import Reader, SpeechUnavailable, find_voice

        try:
            voice = find_voice()
        except SpeechUnavailable as exc:
            self.app.call_from_thread(self.notify, str(exc), title="Oplæsning", severity="warning", timeout=12)
            return
        self._reader = reader = Reader()
        self.app.call_from_thread(self.notify, "Læser \"Dit delmål\" op … Ctrl+R igen stopper.",
                                  title="Oplæsning", timeout=5)
        try:
            reader.speak(text, voice)
        except SpeechUnavailable as exc:
            self.app.call_from_thread(self.notify, str(exc), title="Oplæsning", severity="warning", timeout=12)

    # ------------------------------------------------------------------ navigation, save, export

    def action_back(self) -> None:
        if self.draft.step == REVIEW_STEP and self.session.step is not None:
            self.draft.step = self.session.step.id
        self.app.pop_screen()

    def _stem(self) -> str:
        if self.draft.saved_path:
            name = Path(self.draft.saved_path).name
            return name.removesuffix(".delmaal.json") if name.endswith(".delmaal.json") else Path(name).stem
        return safe_filename(self.draft.delmaal.title)

    def _folder(self) -> Path:
        if self.draft.saved_path:
            return Path(self.draft.saved_path).parent
        return self.app.default_save_dir()

    def action_save(self) -> None:
        def chosen(result) -> None:
            if result:
                folder, name, export = result
                if not name.endswith(".delmaal.json"):
                    name = name.removesuffix(".json") + ".delmaal.json"
                path = folder / name
                replaced = [path] if os.path.lexists(path) and str(path) != self.draft.saved_path else []
                if export:
                    formats = ("md", "txt") if isinstance(export, bool) else tuple(export)
                    replaced += existing_exports(folder, name.removesuffix(".delmaal.json"), formats)
                if replaced:
                    def overwrite(yes: bool | None) -> None:
                        if yes:
                            self._privacy_then_save(path, export)

                    self.app.push_screen(ConfirmScreen(replace_question(replaced), yes="Erstat", no="Annullér"),
                                         overwrite)
                    return
                self._privacy_then_save(path, export)

        self.app.push_screen(SaveScreen(self._folder(), self._stem() + ".delmaal.json"), chosen)

    def action_export(self) -> None:
        def chosen(result) -> None:
            if result:
                folder, name, formats = result
                for fmt in EXPORT_FORMATS.values():
                    name = name.removesuffix(fmt[0])
                formats = tuple(formats) if not isinstance(formats, bool) else ("md", "txt")
                replaced = existing_exports(folder, name, formats)
                if replaced:
                    def overwrite(yes: bool | None) -> None:
                        if yes:
                            self._export(folder, name, formats)

                    self.app.push_screen(ConfirmScreen(replace_question(replaced), yes="Erstat", no="Annullér"),
                                         overwrite)
                    return
                self._export(folder, name, formats)

        self.app.push_screen(SaveScreen(self._folder(), self._stem(), export_only=True), chosen)

    @work(thread=True, exclusive=True, group="privacy-check")
    def _privacy_then_save(self, path: Path, export: bool) -> None:
        run = self.app.run_checks(self.session.snapshot())
        personal = [f for f in run.findings if f.code in PRIVACY_CODES]
        self.app.call_from_thread(self._confirm_then_save, path, export, personal, run)

    def _confirm_then_save(self, path: Path, export, personal: list, run: CheckRun | None = None) -> None:
        if run is not None:
            self.findings = list(run.findings) if run.ok else None
        if run is not None and not run.ok:
            def anyway(yes: bool | None) -> None:
                if yes:
                    self._do_save(path, export)
                else:
                    self.notify("Ikke gemt.", timeout=6)

            self.app.push_screen(ConfirmScreen(
                f"Delmålet kunne ikke tjekkes for personoplysninger (CPR-numre, telefonnumre, navne): {run.error}\n\n"
                "Læs det selv igennem. Vil du gemme alligevel?", yes="Gem alligevel", no="Annullér"), anyway)
            return
        if not personal:
            self._do_save(path, export)
            return
        titles = {p: title for p, title, _ in self.draft.delmaal.text_fields()}
        t = Text()
        t.append("Pas på personoplysninger\n\n", style="bold")
        t.append("Der står noget, der ligner personoplysninger (CPR-nummer, telefonnummer eller navn):\n")
        for f in personal:
            where = titles.get(f.field or "") or field_title(self.app.prompts, f.field)
            kind = "navn" if f.code == "personal-name" else "CPR/telefon"
            t.append(f"  ✗ {where}: «{f.excerpt}» ({kind})\n")
        t.append("\nFjern det, og skriv initialer eller \"beboeren\" i stedet for fulde navne. "
                 "Vil du gemme alligevel?")

        def answered(yes: bool | None) -> None:
            if yes:
                self._do_save(path, export)
            else:
                self.notify("Ikke gemt. Ret teksten og gem igen.", timeout=6)

        self.app.push_screen(ConfirmScreen(t, yes="Gem alligevel", no="Annullér"), answered)

    def _do_save(self, path: Path, export) -> None:
        notes: list[str] = []
        d = self.draft.delmaal
        try:
            save_delmaal(path, d, notes=notes)
        except (StorageError, OSError) as exc:
            self.notify(str(exc), severity="error", timeout=15, title="Ikke gemt")
            return
        self.draft.saved_path = str(path)
        self._autosave()
        self.app.remember_save_dir(path.parent)
        msg = f"Gemt som {path}"
        findings = self._smart_findings()
        # exports written earlier from this file are rewritten now, so none of them disagrees with it
        refreshed, errors = refresh_exports(path, d, findings)
        if export:
            stem = path.name.removesuffix(".delmaal.json")
            formats = ("md", "txt") if isinstance(export, bool) else tuple(export)
            try:
                written = write_exports(d, path.parent, stem, findings, formats=formats)
                for p, fmt in zip(written, formats):
                    record_export(path, p, fmt)
                msg += "\nEksporteret: " + ", ".join(p.name for p in written)
            except (StorageError, OSError) as exc:
                self.notify(f"Eksporten mislykkedes: {exc}", severity="error", timeout=15)
        refreshed = [p for p in refreshed if not export or p.parent != path.parent
                     or not p.name.startswith(path.name.removesuffix(".delmaal.json"))] if export else refreshed
        if refreshed:
            msg += "\nOpdateret, så de passer med filen: " + ", ".join(p.name for p in refreshed)
        for n in notes + errors:
            self.notify(n, severity="warning", timeout=15)
        self.query_one("#review-status", Static).update(Text(terminal_safe(msg)))
        self._render_exports()
        self.session.say("system", msg)
        self._autosave()
        self.notify(msg, title="Gemt", timeout=8)
        if self._after_save is not None:
            done, self._after_save = self._after_save, None
            done()

    def _export(self, folder: Path, stem: str, formats: tuple[str, ...] = ("md", "txt")) -> None:
        d = self.draft.delmaal
        try:
            written = write_exports(d, folder, stem, self._smart_findings(), formats=formats)
        except (StorageError, OSError) as exc:
            self.notify(f"Eksporten mislykkedes: {exc}", severity="error", timeout=15)
            return
        msg = "Eksporteret: " + ", ".join(str(p) for p in written)
        saved = Path(self.draft.saved_path) if self.draft.saved_path else None
        if saved is not None and saved.exists():
            same = False
            try:
                same = load_delmaal(saved) == d
            except (StorageError, OSError):
                pass
            if same:
                try:
                    for p, fmt in zip(written, formats):
                        record_export(saved, p, fmt)
                    msg += "\nDe opdateres automatisk, hver gang du gemmer."
                except (StorageError, OSError) as exc:
                    msg += f"\nDe kunne ikke knyttes til den gemte fil ({exc}); de opdateres ikke af sig selv."
            else:
                msg += ("\nBemærk: eksporten viser delmålet, som det står nu, men den gemte fil er ældre. "
                        "Gem (Ctrl+S), så de passer sammen.")
        else:
            msg += "\nDelmålet er ikke gemt endnu. Gem (Ctrl+S), så holdes eksporterne opdateret."
        self.query_one("#review-status", Static).update(Text(terminal_safe(msg)))
        self._render_exports()
        self.notify(msg, title="Eksport", timeout=8)

    def _autosave(self) -> None:
        """The draft to disk now (the session owns it); the user is told when it could not be written."""
        err = self.session.autosave()
        if err:
            self.notify(err, severity="error", timeout=15)

