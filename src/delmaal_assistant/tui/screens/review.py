"""Review and save: the whole delmål, every finding on its field, SMART, copy, export, "Dit delmål"."""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from delmaal_assistant.core import texts
from delmaal_assistant.tui.deliver import deliver_files
from delmaal_assistant.tui.bindings import bind
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Collapsible, Header, Static

from delmaal_assistant.core.files.drafts import Draft
from delmaal_assistant.core.interview import followup_for
from delmaal_assistant.core.interview.review import ChangedOnDisk, ReviewSession, StorageError, copy_name
from delmaal_assistant.core.interview.session import REVIEW_STEP, CheckRun, InterviewSession
from delmaal_assistant.core.sanitize import terminal_safe
from delmaal_assistant.tui.modals import ChangedElsewhereScreen, ConfirmScreen, ConfirmSmartScreen, SaveScreen
from delmaal_assistant.tui.widgets import StableFooter
from delmaal_assistant.tui.render import finding_line, smart_block

from delmaal_assistant.tui.screens.common import (
    changed_question,
    replace_question,
)
from delmaal_assistant.core.dates import format_date
from textual.app import SystemCommand
from delmaal_assistant.tui.modals import ApproveEasyScreen


class ReviewScreen(Screen):
    """The whole delmål: remarks, SMART, the text laid out for Sensum, and "Dit delmål" for the resident.

    Save (Ctrl+S), export (Ctrl+E: md, txt, Word, easy-read, FHIR), copy a field or all of it (Ctrl+K), read
    "Dit delmål" aloud (Ctrl+R; again to stop). Exports written from a saved delmål are remembered beside it and
    rewritten after every save, so they never disagree with the saved file. In meeting mode "Dit delmål" comes
    first and the staff parts are folded away."""

    BINDINGS = [
        bind("review-save", "save", priority=True),
        bind("review-export", "export", priority=True),
        bind("review-copy", "copy", priority=True),
        bind("review-read", "read_aloud", priority=True),
        bind("review-confirm-smart", "confirm_smart", show=False),
        bind("review-approve-easy", "approve_easy", show=False),
        bind("review-back", "back", tooltip=texts.get("tui.screens.review.tilbage_samtalen")),
        bind("review-progress", "progress", show=False),
    ]

    def __init__(self, session: InterviewSession, *, after_save=None) -> None:
        super().__init__()
        self._session = session
        #: save, export and approval: the core's ReviewSession; this screen only shows it
        self.review = ReviewSession(session)
        self._after_save = after_save  # called once the delmål is saved (Ctrl+Q: "Gem filen og afslut")
        self._reader = None

    @property
    def findings(self) -> list | None:
        """The last whole check's findings; None until the checker has run, or when it could not."""
        return self.review.findings

    @property
    def draft(self) -> Draft:
        return self._session.draft

    def compose(self) -> ComposeResult:
        yield Header()
        intro = Static(self.app.hint(texts.get("tui.screens.review.gennemse_delmaalet_gemmer_eksporterer")),
                       id="review-intro")
        with VerticalScroll(id="review"):
            if not self.draft.meeting_mode:
                yield intro
            yield Static("", id="review-status")
            yield Static("", id="review-exports")
            if self.draft.meeting_mode:
                # the end of a meeting: "Dit delmål" for the resident first; everything written for staff (the
                # keys, the approval mark, what was left out and why) folded away in the staff part
                yield Static("", id="review-easy", classes="review-section")
                with Collapsible(title=texts.get("tui.screens.review.personalet_smart_bemaerkninger_hele"), collapsed=True,
                                 id="review-staff"):
                    yield intro
                    yield Static("", id="review-staff-steps", classes="review-section")
                    yield Static("", id="review-easy-staff", classes="review-section")
                    yield Static("", id="review-smart", classes="review-section")
                    yield Static(texts.get("tui.screens.review.tjekker_hele_delmaalet"), id="review-findings", classes="review-section")
                    yield Static("", id="review-delmaal", classes="review-section")
            else:
                yield Static("", id="review-staff-steps", classes="review-section")
                yield Static("", id="review-smart", classes="review-section")
                yield Static(texts.get("tui.screens.review.tjekker_hele_delmaalet"), id="review-findings", classes="review-section")
                yield Static("", id="review-delmaal", classes="review-section")
                yield Static("", id="review-easy", classes="review-section")
        yield StableFooter(compact=True)

    def on_mount(self) -> None:
        # the end of a meeting: the header says the resident's title alone (not the tool's name), and the key bar
        # of the staff's keys is off their screen (the keys are in the folded staff part)
        self.set_class(self.draft.meeting_mode, "meeting")
        self._set_header()
        self.query_one("#review-delmaal", Static).update(Text(terminal_safe(self.review.text())))
        self._render_easy()
        self._render_smart()
        self._render_staff_steps()
        if self.draft.saved_path:
            self.query_one("#review-status", Static).update(Text(texts.get("tui.screens.review.senest_gemt",
                                                                           terminal_safe=terminal_safe(self.draft.saved_path))))
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
        meeting = self.draft.meeting_mode
        # what staff read about "Dit delmål" (the approval mark, the read-aloud key, what was left out and why):
        # above and below the text; in meeting mode folded away in the staff part, off the resident's screen
        staff = Text()
        k = self.app.key_label
        d = self.draft.delmaal
        mark, lapsed, left = self.review.easy_state()
        if mark:
            staff.append(f"{mark}\n", style="bold reverse")
            why = (texts.get("tui.screens.review.delmaalet_aendret_siden_teksten") if lapsed else "")
            staff.append(texts.get("tui.screens.review.laes_ret_godkend_foer", why=why, k=k('review-approve-easy')), style="dim")
        else:
            staff.append(texts.get("tui.screens.review.gennemgaaet_godkendt_retter",
                                   format_date=format_date(d.resident_text.approved_on), k=k('review-approve-easy')),
                         style="dim")
        if meeting:
            t = Text()
            t.append(terminal_safe(self.review.easy_title()) + "\n", style="bold")
        else:
            t = staff
            t.append(texts.get("tui.screens.review.beboeren_let_sprog_laeser",
                               terminal_safe=terminal_safe(self.review.easy_title()), k=k('review-read')),
                     style="bold")
        for heading, body in self.review.easy_sections():
            if heading:
                t.append(f"\n{terminal_safe(heading)}\n", style="bold")
            t.append(terminal_safe(body) + "\n")
        if left:
            staff.append(texts.get("tui.screens.review.udeladt_kun_jer_reglerne", easy_counts=self.review.easy_counts()), style="bold")
            for where, sent, why in left:
                staff.append(f"• {terminal_safe(where)}: «{terminal_safe(sent)}» – {why}\n")
        self.query_one("#review-easy", Static).update(t)
        if meeting:
            self.query_one("#review-easy-staff", Static).update(staff)

    def _staff_step_titles(self) -> str:
        titles = [f"«{st.title}»" for st in self.session.open_staff_steps()]
        return " og ".join([", ".join(titles[:-1]), titles[-1]]) if len(titles) > 1 else "".join(titles)

    def _render_staff_steps(self) -> None:
        """For staff (in meeting mode in the folded staff part): the staff's steps not put to the resident in the
        meeting and not answered since, and the key that leads to them."""
        titles = self._staff_step_titles()
        w = self.query_one("#review-staff-steps", Static)
        w.update(Text(texts.get("tui.screens.review.personalets_spoergsmaal_aabne", titles=titles,
                                key=self.app.key_label("review-save")), style="bold") if titles else "")
        w.display = bool(titles)

    def action_approve_easy(self) -> None:
        """Ctrl+G: staff read "Dit delmål" in full, edit it and approve it; the approved text is stored in the
        delmål (and used by the Word page, `--to easy` and read-aloud) until the wording, dates or indsats
        change."""

        text, left, note = self.review.easy_for_approval()

        def done(result: str | None) -> None:
            if result is None:
                return
            try:
                err = self.review.approve_easy(result)
            except ValueError as exc:
                self.notify(texts.get("tui.screens.review.teksten_kunne_ikke_godkendes", exc=exc), severity="error")
                return
            self._render_easy()
            self.notify(texts.get("tui.screens.review.dit_delmaal_godkendt") + (f" {err}" if err else texts.get("tui.screens.review.gem_delmaalet",
                                                                                                                key_label=self.app.key_label('review-save'))),
                        severity="error" if err else "information")

        self.app.push_screen(ApproveEasyScreen(text, left, note), done)

    def _render_exports(self) -> None:
        w = self.query_one("#review-exports", Static)
        current, stale, changed = ([terminal_safe(n) for n in names] for names in self.review.export_states())
        t = Text()
        if current:
            t.append(texts.get("tui.screens.review.eksporter_passer_gemte_fil") + ", ".join(current))
        if stale:
            t.append(("\n" if current else "") + texts.get("tui.screens.review.foraeldede_eksporter_skrevet_foer") + ", ".join(stale), style="bold")
        if changed:
            t.append(("\n" if current or stale else "") + texts.get("tui.screens.review.aendret_anden_siden_eksporten") + ", ".join(changed))
        w.update(t)

    def _render_smart(self) -> None:
        block = smart_block(self.review.smart_items())  # codes named in Danish
        block.append(self.app.hint(texts.get("tui.screens.review.svar_ja_eller_fortryd")),
                     style="dim")
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
        self.review.record(run)
        findings = list(run.findings)
        prompts = self.app.prompts
        t = Text()
        if not run.ok:
            t.append(texts.get("tui.screens.review.delmaalet_kunne_ikke_tjekkes", error=run.error), style="bold")
        elif not findings:
            t.append(texts.get("tui.screens.review.bemaerkninger_ingen"), style="bold")
        else:
            t.append(texts.get("tui.screens.review.bemaerkninger", findings=len(findings)), style="bold")
            for i, f in enumerate(findings, start=1):
                t.append("\n")
                where = self.review.where(f, prompts)
                if where:
                    t.append(f"[{where}] ", style="bold")
                t.append_text(finding_line(i, f, question=followup_for(self.app.prompts, f)[1]))
        self.query_one("#review-findings", Static).update(t)
        self._render_smart()
        self.query_one("#review-delmaal", Static).update(Text(terminal_safe(self.review.text())))

    # ------------------------------------------------------------------ copy and read aloud

    def palette_commands(self):
        k = self.app.hint
        yield SystemCommand(k(texts.get("tui.screens.review.smart_3_6_svar")), texts.get("tui.screens.review.skridt_mod_maalet_realistisk"),
                            self.action_confirm_smart)
        yield SystemCommand(k(texts.get("tui.screens.review.forloeb_observationer_evaluering")),
                            texts.get("tui.screens.review.registrer_observation_se_udviklingen"), self.action_progress)
        yield SystemCommand(texts.get("tui.screens.review.kopier_hele_delmaalet"), texts.get("tui.screens.review.udklipsholderen_klar_sensum_bosted"),
                            self.copy_all)
        yield SystemCommand(k("Kopiér et felt … ({review-copy})"), texts.get("tui.screens.review.vaelg_felt_kopier_kun"), self.action_copy)
        yield SystemCommand(texts.get("tui.screens.review.kopier_dit_delmaal"), texts.get("tui.screens.review.teksten_let_sprog_beboeren"), self.copy_easy)
        if self._reader is not None and self._reader.speaking:
            yield SystemCommand(k(texts.get("tui.screens.review.stop_oplaesningen")), texts.get("tui.screens.review.stop_laese_dit_delmaal"),
                                self.action_read_aloud)
        else:
            yield SystemCommand(k(texts.get("tui.screens.review.laes_dit_delmaal_op")), texts.get("tui.screens.review.laeser_teksten_beboeren_hoejt"),
                                self.action_read_aloud)
        yield SystemCommand(k(texts.get("tui.screens.review.eksporter")), texts.get("tui.screens.review.markdown_ren_tekst_word"),
                            self.action_export)
        yield SystemCommand(k(texts.get("tui.screens.review.gem")), texts.get("tui.screens.review.gem_delmaalet_fil"), self.action_save)

    def _copy(self, label: str, text: str) -> None:
        self.app.copy_to_clipboard(text)
        where = "browseren" if self.app.in_browser else "terminalen"
        self.notify(texts.get("tui.screens.review.kopieret_saet_ind_ctrl", label=label, where=where)
                    + self.app.hint(texts.get("tui.screens.review.brug_saa_eksporten")), title="Kopiér", timeout=6)

    def copy_all(self) -> None:
        self._copy(texts.get("tui.screens.review.hele_delmaalet"), self.review.copy_all_text())

    def copy_easy(self) -> None:
        self._copy(texts.get("tui.screens.review.dit_delmaal"), self.review.easy_text())

    def action_copy(self) -> None:
        items = [(texts.get("tui.screens.review.hele_delmaalet_2"), self.copy_all, texts.get("tui.screens.review.alle_felter_ordnet_efter")),
                 (texts.get("tui.screens.review.dit_delmaal_let_sprog"), self.copy_easy, texts.get("tui.screens.review.teksten_beboeren"))]
        for label, text in self.review.copy_fields():
            if text.strip() in ("", "–"):
                continue  # nothing to paste
            preview = " ".join(text.split())
            items.append((label, lambda lb=label, tx=text: self._copy(lb, tx),
                          preview[:80] + ("…" if len(preview) > 80 else "")))
        self.app.search_commands(items, placeholder=texts.get("tui.screens.review.kopier_hvilket_felt_skriv"))

    def action_read_aloud(self) -> None:
        if self._reader is not None and self._reader.speaking:
            self._reader.stop()
            self.notify(texts.get("tui.screens.review.oplaesningen_stoppet"), timeout=4)
            return
        self._read(self.review.speech_text())

    @work(thread=True, exclusive=True, group="read-aloud")
    def _read(self, text: str) -> None:
        # deferred: start-up (read-aloud)
        from delmaal_assistant.core.outputs.speech import Reader, SpeechUnavailable, find_voice

        try:
            voice = find_voice()
        except SpeechUnavailable as exc:
            self.app.call_from_thread(self.notify, str(exc), title=texts.get("tui.screens.review.oplaesning"), severity="warning", timeout=12)
            return
        self._reader = reader = Reader()
        self.app.call_from_thread(self.notify, self.app.hint(texts.get("tui.screens.review.laeser_dit_delmaal_op")),
                                  title=texts.get("tui.screens.review.oplaesning"), timeout=5)
        try:
            reader.speak(text, voice)
        except SpeechUnavailable as exc:
            self.app.call_from_thread(self.notify, str(exc), title=texts.get("tui.screens.review.oplaesning"), severity="warning", timeout=12)

    # ------------------------------------------------------------------ navigation, save, export

    def action_back(self) -> None:
        if self.draft.step == REVIEW_STEP and self.session.step is not None:
            self.draft.step = self.session.step.id
        self.app.pop_screen()

    def _stem(self) -> str:
        return self.review.stem()

    def _folder(self) -> Path:
        return self.review.folder(self.app.default_save_dir())

    def action_save(self) -> None:
        titles = self._staff_step_titles()
        if titles:
            # the staff's steps were not put to the resident in the meeting: staff are led to them before the
            # delmål is saved (or save it as it is, their choice)
            # (the safe choice is the one in focus, and Escape: nothing is saved without saying so)
            def answer(anyway: bool | None) -> None:
                if anyway:
                    self._save_dialog()
                else:
                    self._answer_staff_steps()

            self.app.push_screen(ConfirmScreen(texts.get("tui.screens.review.personalets_spoergsmaal_gem",
                                                         titles=titles),
                                               yes=texts.get("tui.screens.review.gem_alligevel"),
                                               no=texts.get("tui.screens.review.svar_nu")), answer)
            return
        self._save_dialog()

    def _answer_staff_steps(self) -> None:
        from delmaal_assistant.tui.screens import InterviewScreen  # deferred: the screens import each other

        interview = next((s for s in self.app.screen_stack if isinstance(s, InterviewScreen)), None)
        if interview is not None:
            # run by the interview: this screen is closed on the way (its own work would be cancelled with it)
            interview.call_later(interview.answer_staff_steps)

    def _save_dialog(self) -> None:
        def chosen(result) -> None:
            if result:
                folder, name, export = result
                path = self.review.save_path(folder, name)
                replaced, changed = self.review.save_conflicts(path, export)
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
                name = self.review.export_stem(name)
                formats = self.review.formats(formats)
                foreign, changed = self.review.export_conflicts(folder, name, formats, self.review.saved_source())
                if changed:
                    def answer(choice: str | None) -> None:
                        if choice == "replace":
                            self._export(folder, name, formats)
                        elif choice == "copy":
                            self._export(folder, self.review.copy_stem(folder, name, formats), formats)
                        else:
                            self.notify(texts.get("tui.screens.review.intet_eksporteret"), timeout=6)

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

    @work(thread=True, exclusive=True, group="privacy-check")
    def _privacy_then_save(self, path: Path, export: bool) -> None:
        run = self.app.run_checks(self.session.snapshot())
        personal = self.review.personal_findings(run)
        self.app.call_from_thread(self._confirm_then_save, path, export, personal, run)

    def _confirm_then_save(self, path: Path, export, personal: list, run: CheckRun | None = None) -> None:
        if run is not None:
            self.review.findings = list(run.findings) if run.ok else None
        if run is not None and not run.ok:
            def anyway(yes: bool | None) -> None:
                if yes:
                    self._do_save(path, export)
                else:
                    self.notify(texts.get("tui.screens.review.ikke_gemt"), timeout=6)

            self.app.push_screen(ConfirmScreen(
                texts.get("tui.screens.review.delmaalet_kunne_ikke_tjekkes_2", error=run.error), yes=texts.get("tui.screens.review.gem_alligevel"), no="Annullér"), anyway)
            return
        if not personal:
            self._do_save(path, export)
            return
        t = Text()
        t.append(texts.get("tui.screens.review.pas_personoplysninger"), style="bold")
        t.append(texts.get("tui.screens.review.staar_noget_ligner_personoplysninger"))
        for f in personal:
            where = self.review.where(f, self.app.prompts)
            kind = "navn" if f.code == "personal-name" else "CPR/telefon"
            t.append(f"  ✗ {where}: «{f.excerpt}» ({kind})\n")
        t.append(texts.get("tui.screens.review.fjern_skriv_initialer_eller"))

        def answered(yes: bool | None) -> None:
            if yes:
                self._do_save(path, export)
            else:
                self.notify(texts.get("tui.screens.review.ikke_gemt_ret_teksten"), timeout=6)

        self.app.push_screen(ConfirmScreen(t, yes=texts.get("tui.screens.review.gem_alligevel"), no="Annullér"), answered)

    def _do_save(self, path: Path, export, replace_changed: bool = False) -> None:
        try:
            res = self.review.save(path, export, replace_changed=replace_changed)
        except ChangedOnDisk as exc:
            def answer(choice: str | None) -> None:
                if choice == "replace":
                    self._do_save(path, export, replace_changed=True)
                elif choice == "copy":
                    self._do_save(copy_name(path), export)
                else:
                    self.notify(texts.get("tui.screens.review.ikke_gemt_filen_ikke"), timeout=8, title=texts.get("tui.screens.review.ikke_gemt_2"))

            self.app.push_screen(ChangedElsewhereScreen(Text(
                texts.get("tui.screens.review.erstat_dit_delmaal_gem", terminal_safe=terminal_safe(str(exc))))), answer)
            return
        except (StorageError, OSError) as exc:
            self.notify(terminal_safe(str(exc)), severity="error", timeout=15, title=texts.get("tui.screens.review.ikke_gemt_2"))
            return
        self._autosave()
        self.app.remember_save_dir(path.parent)
        msg = res.message
        sent = deliver_files(self.app, [res.path, *res.exports])  # the browser: a download too
        if sent:
            msg += "\n" + sent
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
        try:
            res = self.review.export(folder, stem, formats)
        except (StorageError, OSError) as exc:
            self.notify(terminal_safe(texts.get("tui.screens.review.eksporten_mislykkedes", exc=exc)), severity="error", timeout=15)
            return
        msg = res.message
        sent = deliver_files(self.app, res.written)  # the browser: a download too
        if sent:
            msg += "\n" + sent
        self.query_one("#review-status", Static).update(Text(terminal_safe(msg)))
        self._render_exports()
        self.notify(terminal_safe(msg), title=texts.get("tui.screens.review.eksport"), timeout=8)

    def _autosave(self) -> None:
        """The draft to disk now (the session owns it); the user is told when it could not be written."""
        err = self.review.autosave()
        self._set_header(err)
        if err:
            self.notify(err, severity="error", timeout=15, title=texts.get("tui.screens.review.ikke_gemt_2"))

    def _set_header(self, err: str | None = None) -> None:
        unsaved = texts.get("tui.screens.review.ikke_gemt_3") if err else ""
        if self.draft.meeting_mode:
            self.title = terminal_safe(self.review.easy_title())
            self.sub_title = unsaved.rstrip(" ·")
        else:
            self.sub_title = unsaved + texts.get("tui.screens.review.gennemse_gem")

    def action_progress(self) -> None:
        """F4: the period of the saved delmål (observations, progression, evaluation)."""
        from delmaal_assistant.tui.screens.progress import ProgressScreen  # deferred: start-up (the period screens)

        if not self.draft.saved_path:
            self.notify(self.app.hint(texts.get("tui.screens.review.gem_delmaalet_foerst_saa")),
                        title=texts.get("tui.screens.review.forloeb"))
            return
        self.app.push_screen(ProgressScreen(Path(self.draft.saved_path)))
