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

from delmaal_assistant.core.files.drafts import Draft
from delmaal_assistant.core.model.codes import name_codes_in, privacy_codes
from delmaal_assistant.core.model.fields import text_fields
from delmaal_assistant.core.outputs.easyread import easy_read
from delmaal_assistant.core.outputs.easyread import sections as easy_sections
from delmaal_assistant.core.outputs.easyread import speech_text as easy_speech
from delmaal_assistant.core.outputs.easyread import title as easy_title
from delmaal_assistant.core.outputs.export import FORMATS as EXPORT_FORMATS
from delmaal_assistant.core.outputs.export import export_paths, export_states, fields_for_copy, to_text
from delmaal_assistant.core.outputs.publish import (
    CHANGED,
    ChangedOnDisk,
    copy_name,
    export_conflict,
    publish_exports,
    save_and_publish,
)
from delmaal_assistant.core.interview import field_title, followup_for
from delmaal_assistant.core.sanitize import terminal_safe
from delmaal_assistant.core.interview.session import REVIEW_STEP, CheckRun, InterviewSession
from delmaal_assistant.core.files.storage import StorageError, safe_filename
from delmaal_assistant.tui.modals import ChangedElsewhereScreen, ConfirmScreen, ConfirmSmartScreen, SaveScreen
from delmaal_assistant.tui.widgets import StableFooter
from delmaal_assistant.tui.render import finding_line, smart_block

from delmaal_assistant.tui.screens.common import (
    changed_question,
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
        Binding("ctrl+g", "approve_easy", "Godkend \"Dit delmål\"", id="review-approve-easy", show=False),
        Binding("escape", "back", "Tilbage", id="review-back", tooltip="Tilbage til samtalen"),
        Binding("f4", "progress", "Forløb", id="review-progress", show=False),
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
                "eller det hele, {review-approve-easy} godkender \"Dit delmål\", {review-read} læser det op, "
                "{review-confirm-smart} svarer ja til SMART 3 og 6, {review-progress} viser forløbet (observationer og "
                "evaluering), {review-back} går tilbage til samtalen."), id="review-intro")
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
        from delmaal_assistant.core.outputs.easyread import approval_lapsed, build, draft_mark

        t = Text()
        d = self.draft.delmaal
        mark = draft_mark(d)
        if mark:
            t.append(f"{mark}\n", style="bold reverse")
            why = ("Delmålet er ændret, siden teksten blev godkendt (formulering, datoer, indsats, hjælpere, måling, "
                   "niveauer eller egne ord); her er et nyt udkast. " if approval_lapsed(d) else "")
            t.append(f"{why}Læs den, ret den og godkend den med Ctrl+G, før beboeren ser den.\n", style="dim")
        else:
            t.append(f"Gennemgået og godkendt den {d.resident_text.approved_on:%d-%m-%Y} (Ctrl+G retter).\n",
                     style="dim")
        t.append(f"{terminal_safe(easy_title(d))}  (til beboeren, i let sprog – Ctrl+R læser op)\n", style="bold")
        for heading, body in easy_sections(d):
            if heading:
                t.append(f"\n{terminal_safe(heading)}\n", style="bold")
            t.append(terminal_safe(body) + "\n")
        e = build(d) if mark else None
        left = e.left_out if e else ()
        if left:
            t.append(f"\n{e.counts_note()} Udeladt – kun til jer (reglerne kunne ikke skrive det sikkert til "
                     "beboeren):\n", style="bold")
            for where, sent, why in left:
                t.append(f"• {terminal_safe(where)}: «{terminal_safe(sent)}» – {why}\n")
        self.query_one("#review-easy", Static).update(t)

    def action_approve_easy(self) -> None:
        """Ctrl+G: staff read "Dit delmål" in full, edit it and approve it; the approved text is stored in the
        delmål (and used by the Word page, `--to easy` and read-aloud) until the wording, dates or indsats
        change."""
        from delmaal_assistant.core.outputs.easyread import approval_lapsed, approve, build, is_approved, redraft
        from delmaal_assistant.tui.modals import ApproveEasyScreen

        d = self.draft.delmaal
        note = ""
        if is_approved(d):
            text, left = d.resident_text.text, []
        else:
            e = build(d)
            text, left = e.render(), list(e.left_out)
            if approval_lapsed(d):
                text, changed = redraft(d)
                note = ("Delmålet er ændret, siden teksten blev godkendt. Jeres rettelser er beholdt, hvor sætningen "
                        "bag dem er den samme.")
                if changed:
                    note += " Nye eller ændrede sætninger – læs dem:\n" + "\n".join(f"• {x}" for x in changed)

        def done(result: str | None) -> None:
            if result is None:
                return
            try:
                approve(d, result, self.session.today)
            except ValueError as exc:
                self.notify(f"Teksten kunne ikke godkendes: {exc}.", severity="error")
                return
            err = self.session.autosave()
            self._render_easy()
            self.notify("\"Dit delmål\" er godkendt." + (f" {err}" if err else " Gem delmålet (Ctrl+S)."),
                        severity="error" if err else "information")

        self.app.push_screen(ApproveEasyScreen(text, left, note), done)

    def _render_exports(self) -> None:
        w = self.query_one("#review-exports", Static)
        states = export_states(Path(self.draft.saved_path)) if self.draft.saved_path else []
        current = [terminal_safe(s.path.name) for s in states if s.current]
        stale = [terminal_safe(s.path.name) for s in states if s.exists and not s.current and not s.changed]
        changed = [terminal_safe(s.path.name) for s in states if s.changed]
        t = Text()
        if current:
            t.append("Eksporter, der passer med den gemte fil: " + ", ".join(current))
        if stale:
            t.append(("\n" if current else "") + "FORÆLDEDE eksporter (skrevet før sidste gem – gem igen for at "
                     "opdatere dem): " + ", ".join(stale), style="bold")
        if changed:
            t.append(("\n" if current or stale else "") + "Ændret af en anden siden eksporten (røres ikke, når du "
                     "gemmer): " + ", ".join(changed))
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
        titles = {path: title for path, title, _ in text_fields(self.draft.delmaal)}
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
        yield SystemCommand("Forløb: observationer og evaluering (F4)",
                            "Registrér en observation, se udviklingen, evaluér delmålet", self.action_progress)
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
        from delmaal_assistant.core.outputs.speech import Reader, SpeechUnavailable, find_voice

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

    def _export_conflicts(self, folder: Path, stem: str, formats: tuple[str, ...],
                          source: Path | None) -> tuple[list[Path], list[Path]]:
        """(files that exist and are not our exports, our exports changed by someone else) among the export files."""
        foreign, changed = [], []
        for p in export_paths(folder, stem, formats):
            kind = export_conflict(source, p)
            (changed if kind == CHANGED else foreign if kind else []).append(p)
        return foreign, changed

    def action_save(self) -> None:
        def chosen(result) -> None:
            if result:
                folder, name, export = result
                if not name.endswith(".delmaal.json"):
                    name = name.removesuffix(".json") + ".delmaal.json"
                path = folder / name
                replaced = [path] if os.path.lexists(path) and str(path) != self.draft.saved_path else []
                changed: list[Path] = []
                if export:
                    formats = ("md", "txt") if isinstance(export, bool) else tuple(export)
                    source = path if os.path.lexists(path) else None
                    foreign, changed = self._export_conflicts(folder, name.removesuffix(".delmaal.json"), formats,
                                                              source)
                    replaced += foreign
                if replaced or changed:
                    def overwrite(yes: bool | None) -> None:
                        if yes:
                            self._privacy_then_save(path, export)

                    self.app.push_screen(ConfirmScreen(replace_question(replaced + changed, changed),
                                                       yes="Erstat", no="Annullér"), overwrite)
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
                foreign, changed = self._export_conflicts(folder, name, formats, self._saved_source())
                if changed:
                    def answer(choice: str | None) -> None:
                        if choice == "replace":
                            self._export(folder, name, formats)
                        elif choice == "copy":
                            self._export(folder, self._copy_stem(folder, name, formats), formats)
                        else:
                            self.notify("Intet er eksporteret.", timeout=6)

                    self.app.push_screen(ChangedElsewhereScreen(changed_question(changed, foreign)), answer)
                    return
                if foreign:
                    def overwrite(yes: bool | None) -> None:
                        if yes:
                            self._export(folder, name, formats)

                    self.app.push_screen(ConfirmScreen(replace_question(foreign), yes="Erstat", no="Annullér"),
                                         overwrite)
                    return
                self._export(folder, name, formats)

        self.app.push_screen(SaveScreen(self._folder(), self._stem(), export_only=True), chosen)

    def _saved_source(self) -> Path | None:
        saved = Path(self.draft.saved_path) if self.draft.saved_path else None
        return saved if saved is not None and saved.exists() else None

    @staticmethod
    def _copy_stem(folder: Path, stem: str, formats: tuple[str, ...]) -> str:
        n = 1
        while True:
            cand = f"{stem} (kopi{'' if n == 1 else f' {n}'})"
            if not any(os.path.lexists(p) for p in export_paths(folder, cand, formats)):
                return cand
            n += 1

    @work(thread=True, exclusive=True, group="privacy-check")
    def _privacy_then_save(self, path: Path, export: bool) -> None:
        run = self.app.run_checks(self.session.snapshot())
        personal = [f for f in run.findings if f.code in privacy_codes()]
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
        titles = {p: title for p, title, _ in text_fields(self.draft.delmaal)}
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

    def _do_save(self, path: Path, export, replace_changed: bool = False) -> None:
        d = self.draft.delmaal
        formats = (("md", "txt") if isinstance(export, bool) else tuple(export)) if export else ()
        same_file = str(path) == self.draft.saved_path
        try:
            res = save_and_publish(path, d, self._smart_findings(), formats=formats, replace=replace_changed,
                                   expected=self.draft.saved_sha256 if same_file else None)
        except ChangedOnDisk as exc:
            def answer(choice: str | None) -> None:
                if choice == "replace":
                    self._do_save(path, export, replace_changed=True)
                elif choice == "copy":
                    self._do_save(copy_name(path), export)
                else:
                    self.notify("Ikke gemt. Filen er ikke rørt.", timeout=8, title="Ikke gemt")

            self.app.push_screen(ChangedElsewhereScreen(Text(
                f"{terminal_safe(str(exc))}\n\nErstat den med dit delmål, gem dit delmål som en kopi ved siden af, "
                "eller annullér?")), answer)
            return
        except (StorageError, OSError) as exc:
            self.notify(terminal_safe(str(exc)), severity="error", timeout=15, title="Ikke gemt")
            return
        self.draft.saved_path = str(path)
        self.draft.saved_sha256 = res.saved_stamp
        self._autosave()
        self.app.remember_save_dir(path.parent)
        msg = f"Gemt som {path}"
        if res.written:
            msg += "\nEksporteret: " + ", ".join(p.name for p in res.written)
        if res.refreshed:
            msg += "\nOpdateret, så de passer med filen: " + ", ".join(p.name for p in res.refreshed)
        if res.changed_elsewhere:
            msg += "\nIkke rørt (ændret af en anden): " + ", ".join(p.name for p in res.changed_elsewhere)
        for n in res.notes:
            self.notify(terminal_safe(n), severity="warning", timeout=15)
        self.query_one("#review-status", Static).update(Text(terminal_safe(msg)))
        self._render_exports()
        self.session.say("system", msg)
        self._autosave()
        self.notify(terminal_safe(msg), title="Gemt", timeout=8)
        if self._after_save is not None:
            done, self._after_save = self._after_save, None
            done()

    def _export(self, folder: Path, stem: str, formats: tuple[str, ...] = ("md", "txt")) -> None:
        d = self.draft.delmaal
        saved = self._saved_source()
        try:
            res = publish_exports(d, folder, stem, formats, self._smart_findings(), source=saved, replace=True)
        except (StorageError, OSError) as exc:
            self.notify(terminal_safe(f"Eksporten mislykkedes: {exc}"), severity="error", timeout=15)
            return
        msg = "Eksporteret: " + ", ".join(str(p) for p in res.written)
        if saved is None:
            msg += "\nDelmålet er ikke gemt endnu. Gem (Ctrl+S), så holdes eksporterne opdateret."
        elif res.recorded:
            msg += "\nDe opdateres automatisk, hver gang du gemmer."
        for n in res.notes:
            msg += "\n" + n
        self.query_one("#review-status", Static).update(Text(terminal_safe(msg)))
        self._render_exports()
        self.notify(terminal_safe(msg), title="Eksport", timeout=8)

    def _autosave(self) -> None:
        """The draft to disk now (the session owns it); the user is told when it could not be written."""
        err = self.session.autosave()
        self.sub_title = ("IKKE GEMT! · " if err else "") + "Gennemse og gem"
        if err:
            self.notify(err, severity="error", timeout=15, title="Ikke gemt")

    def action_progress(self) -> None:
        """F4: the period of the saved delmål (observations, progression, evaluation)."""
        from delmaal_assistant.tui.screens.progress import ProgressScreen

        if not self.draft.saved_path:
            self.notify("Gem delmålet først (Ctrl+S); så kan du registrere observationer i forløbet.",
                        title="Forløb")
            return
        self.app.push_screen(ProgressScreen(Path(self.draft.saved_path)))
