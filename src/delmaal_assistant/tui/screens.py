"""The screens: start, interview (the conversation), review/save, and the quick wording check."""

from __future__ import annotations

import os
import time
from dataclasses import replace
from datetime import datetime, timezone
from pathlib import Path

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Collapsible, Header, Input, Label, OptionList, Static, TextArea
from textual.widgets.option_list import Option

from delmaal_assistant.core.drafts import AutosavePolicy, ConversationEntry, Draft
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
from delmaal_assistant.core.interview import Step, field_title, followup_for
from delmaal_assistant.core.sanitize import terminal_safe
from delmaal_assistant.core.session import REVIEW_STEP, CheckRun, InterviewSession, run_checks, run_text_checks
from delmaal_assistant.core.storage import StorageError, load_delmaal, safe_filename, save_delmaal
from delmaal_assistant.tui.forms import StepForm, make_form
from delmaal_assistant.tui.modals import ConfirmScreen, ConfirmSmartScreen, HelpScreen, SaveScreen
from delmaal_assistant.tui.widgets import StableFooter
from delmaal_assistant.tui.render import display_order, finding_line, marked_text, severity_word, smart_block

#: finding codes that stop a save until the user confirms (CPR/phone numbers; names)
PRIVACY_CODES = ("personal-data", "personal-name")
LIVE_DELAY = 0.3
ROLE_PREFIX = {"assistant": "Assistent", "user": "Svar", "system": "Note"}


def replace_question(paths: list[Path]) -> Text:
    """Ask before files are replaced; the old ones are kept as NAME.bak."""
    t = Text()
    names = ", ".join(f"'{terminal_safe(str(p))}'" for p in paths)
    one = len(paths) == 1
    t.append(f"{'Filen' if one else 'Filerne'} {names} findes allerede. Vil du erstatte {'den' if one else 'dem'}? ")
    t.append("De gamle gemmes som " + ", ".join(f"'{terminal_safe(p.name)}.bak'" for p in paths) + ".")
    return t


def calm_cursors(root) -> None:
    """No blinking cursors in headless runs (tests, benchmarks): nothing changes between frames."""
    if root.app.is_headless:
        for w in root.query("Input, TextArea"):
            w.cursor_blink = False


#: lines the finding list under the answer shows (#live's max-height in app.tcss is this + 1)
LIVE_LINES = 5


def _finding_list(what: str, lines: list[str]) -> Text:
    """A numbered list of findings, one line each (cut with … at the edge); when more than fit, the last line
    says how many more there are and where they are, so no finding is hidden without a word."""
    n = len(lines)
    t = Text(no_wrap=True, overflow="ellipsis")
    t.append(f"{n} bemærkning{'er' if n != 1 else ''} {what}:", style="bold")
    shown = lines if n <= LIVE_LINES else lines[:LIVE_LINES - 1]
    for i, line in enumerate(shown, start=1):
        t.append(f"\n[{i}] {line}")
    if len(shown) < n:
        t.append(f"\n… og {n - len(shown)} mere – alle står i samtalen ovenfor (PgUp).", style="bold")
    return t


class ChatMessage(Static):
    """One entry in the conversation. The role is written out, not only coloured."""

    def __init__(self, entry: ConversationEntry, meeting: bool = False) -> None:
        prefix = ROLE_PREFIX.get(entry.role, entry.role)
        t = Text()
        t.append(f"{prefix}: ", style="bold")
        t.append(terminal_safe(entry.text))
        super().__init__(t, classes=f"msg msg-{entry.role}")
        self.entry = entry


# ====================================================================================== start


class StartScreen(Screen):
    BINDINGS = [
        Binding("ctrl+n", "app.new_delmaal", "Nyt delmål", id="start-new"),
        Binding("ctrl+t", "app.check_wording", "Tjek formulering", id="start-check"),
        Binding("ctrl+o", "focus_open", "Åbn fil", id="start-open"),
    ]

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="start"):
            yield Static(
                "Skriv et delmål sammen med assistenten, felt for felt efter skabelonen, "
                "eller tjek en formulering. Alt gemmes automatisk som kladde.",
                id="start-intro",
            )
            yield OptionList(
                Option("▶ Nyt delmål – en samtale, felt for felt", id="new"),
                Option("▶ Tjek en formulering – indsæt tekst og se bemærkninger", id="check"),
                id="menu",
            )
            yield Label("Fortsæt en kladde (nyeste først):", classes="section-label")
            yield OptionList(id="drafts")
            yield Label("Åbn et gemt delmål (*.delmaal.json) – skriv stien og tryk Enter:", classes="section-label")
            yield Input(id="open-path", placeholder="fx /home/mig/Delmål/Tøjvask.delmaal.json", compact=True)
            yield OptionList(id="saved")
        yield StableFooter(compact=True)

    def on_mount(self) -> None:
        self.refresh_lists()
        calm_cursors(self)
        self.query_one("#menu", OptionList).focus()

    def on_screen_resume(self) -> None:
        self.refresh_lists()

    def refresh_lists(self) -> None:
        app = self.app
        drafts = self.query_one("#drafts", OptionList)
        drafts.clear_options()
        infos = app.store.list()
        if infos:
            for info in infos:
                when = info.updated_at.astimezone().strftime("%d-%m-%Y %H:%M")
                drafts.add_option(Option(Text(f"{terminal_safe(info.title[:50])}  ({when})"), id=f"draft:{info.id}"))
            drafts.highlighted = 0
        else:
            drafts.add_option(Option("(ingen kladder endnu)", disabled=True))
        if app.store.problems:
            for p in app.store.problems:
                self.notify(p, severity="warning", timeout=15, title="Kladde")
            app.store.problems.clear()
        saved = self.query_one("#saved", OptionList)
        saved.clear_options()
        folder = app.default_save_dir()
        try:
            files = sorted(folder.glob("*.delmaal.json"), key=lambda p: p.lstat().st_mtime, reverse=True)[:30]
        except OSError:
            files = []
        if files:
            for f in files:
                saved.add_option(Option(Text(terminal_safe(f.name)), id=f"file:{f}"))
            saved.highlighted = 0
        else:
            saved.add_option(Option(Text(f"(ingen gemte delmål i {terminal_safe(str(folder))})"), disabled=True))

    def action_focus_open(self) -> None:
        self.query_one("#open-path", Input).focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        oid = event.option.id or ""
        if oid == "new":
            self.app.action_new_delmaal()
        elif oid == "check":
            self.app.action_check_wording()
        elif oid.startswith("draft:"):
            self.resume(oid.removeprefix("draft:"))
        elif oid.startswith("file:"):
            self.open_file(Path(oid.removeprefix("file:")))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.value.strip():
            self.open_file(Path(event.value.strip()).expanduser())

    def resume(self, draft_id: str) -> None:
        try:
            draft = self.app.store.load(draft_id)
        except StorageError as exc:
            self.notify(str(exc), severity="error", timeout=15)
            self.refresh_lists()
            return
        self.app.open_interview(draft, resumed=True)

    def open_file(self, path: Path) -> None:
        try:
            d = load_delmaal(path)
        except StorageError as exc:
            self.notify(str(exc), severity="error", timeout=15, title="Kunne ikke åbne")
            return
        draft = Draft(delmaal=d, saved_path=str(path), step=REVIEW_STEP,
                      meeting_mode=self.app.settings.meeting_mode_default)
        draft.conversation.append(ConversationEntry(role="system", text=f"Delmålet er åbnet fra {path}."))
        self.app.open_interview(draft, resumed=True)


# ====================================================================================== interview


class InterviewScreen(Screen):
    """A thin view on an `InterviewSession`: the conversation, the current step's form, the live check and the
    side panel with SMART. All state and every judgement live in the session (core)."""

    BINDINGS = [
        Binding("ctrl+s", "submit", "Send svar", id="submit", priority=True),
        Binding("ctrl+n", "skip", "Gå videre", id="skip", priority=True),
        Binding("ctrl+b", "back", "Forrige", id="back", priority=True, show=False),
        Binding("f1", "help", "Hjælp", id="help"),
        Binding("f2", "toggle_meeting", "Møde", id="meeting"),
        Binding("f3", "review", "Gennemse", id="review"),
        Binding("f4", "toggle_side", "Sidepanel", id="side", show=False),
        Binding("ctrl+j", "confirm_smart", "Bekræft SMART", id="confirm-smart", show=False),
        Binding("f6", "use_proposal", "Brug forslaget", id="use-proposal", show=False, priority=True),
        Binding("pageup", "log_page(-1)", "Rul samtalen op", id="log-up", show=False, priority=True),
        Binding("pagedown", "log_page(1)", "Rul samtalen ned", id="log-down", show=False, priority=True),
        Binding("escape", "home", "Start", id="home", show=False),
    ]

    def action_log_page(self, direction: int) -> None:
        """PgUp/PgDn scroll the conversation, wherever the focus is (the answer box keeps its cursor)."""
        log = self.query_one("#log", VerticalScroll)
        (log.scroll_page_up if direction < 0 else log.scroll_page_down)(animate=False)

    def __init__(self, draft: Draft, *, resumed: bool = False) -> None:
        super().__init__()
        self.draft = draft
        self.resumed = resumed
        self.session: InterviewSession | None = None
        self._last_answer: dict | None = None
        self._form: StepForm | None = None
        self._live_timer: Timer | None = None
        #: autosave while typing: at most ~2 s after any keystroke, pauses or not (core.drafts.AutosavePolicy)
        self.autosave_policy = AutosavePolicy()
        self._shown_save_error: str | None = None
        self._first_new: ChatMessage | None = None  # the first message of the latest feedback

    # the session's state, for the other screens and the tests
    @property
    def prompts(self):
        return self.app.prompts

    @property
    def d(self):
        return self.draft.delmaal

    @property
    def step(self) -> Step | None:
        return self.session.step if self.session else None

    @property
    def pending(self) -> list:
        return self.session.pending if self.session else []

    @property
    def meeting(self) -> bool:
        return self.draft.meeting_mode

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="body"):
            with Vertical(id="chat-col"):
                yield VerticalScroll(id="log")
                with Vertical(id="answer-box"):
                    yield Static("", id="question")
                    yield Vertical(id="form-holder")
                    yield Static("", id="live")
            with VerticalScroll(id="side"):
                yield Static("", id="side-smart")
                yield Static("", id="side-delmaal")
        yield StableFooter(compact=True)

    async def on_mount(self) -> None:
        self.session = InterviewSession(self.draft, prompts=self.prompts, save=self.app.store.save,
                                        today=self.app.today)
        self.session.listeners.append(self._mount_entry)
        self.set_interval(self.autosave_policy.tick, self._autosave_tick)
        self.set_class(self.meeting, "meeting")
        self.set_class(self.app.size.width < 100, "narrow")
        log = self.query_one("#log", VerticalScroll)
        if self.draft.conversation:
            await log.mount_all([ChatMessage(e) for e in self.draft.conversation])
        self._set_subtitle()
        step, go_review = self.session.first_step()
        if self.resumed and self.draft.conversation and not go_review:
            self.session.say("system", f"Kladden er åbnet igen. Du var ved: {step.title}.")
        await self.show_step(step, ask=not go_review)
        self._check_all()
        self.update_side()
        if go_review:
            self.draft.step = REVIEW_STEP
            self.app.push_screen(ReviewScreen(self))
        log.call_after_refresh(log.scroll_end, animate=False)

    # ------------------------------------------------------------------ conversation

    def say(self, role: str, text: str) -> None:
        self.session.say(role, text)

    def _mount_entry(self, entry: ConversationEntry) -> None:
        log = self.query_one("#log", VerticalScroll)
        msg = ChatMessage(entry)
        log.mount(msg)
        if self._first_new is None and entry.role == "assistant":
            self._first_new = msg
        log.call_after_refresh(log.scroll_end, animate=False)

    def _set_subtitle(self) -> None:
        mode = " · mødetilstand" if self.meeting else ""
        unsaved = " · ikke gemt!" if self.session and self.session.save_error else ""
        self.sub_title = terminal_safe(self.d.title or "nyt delmål") + mode + unsaved

    @property
    def form(self) -> StepForm | None:
        """The current step's form, once it is mounted and filled in (None while switching steps)."""
        return self._form

    async def show_step(self, step: Step, *, ask: bool = True) -> None:
        self._form = None
        if self._live_timer is not None:
            self._live_timer.stop()
        answer = self.session.enter(step, ask=ask)
        holder = self.query_one("#form-holder", Vertical)
        await holder.remove_children()
        form = make_form(step, self.app.today, self.meeting)
        await holder.mount(form)
        calm_cursors(form)
        form.set_answer(answer)
        self._last_answer = form.get_answer()
        self._form = form
        self._update_question()
        self.query_one("#live", Static).update("")
        form.focus_first()
        if form.check_text().strip():
            self._schedule_live()

    # ------------------------------------------------------------------ actions

    async def action_submit(self) -> None:
        form, step = self.form, self.step
        if form is None or step is None:
            return
        if self.session.submit(form.get_answer()) is not None:
            return  # a Danish error was said; the answer stays in the form
        self._last_answer = form.get_answer()
        self._set_subtitle()
        self.update_side()
        self.query_one("#live", Static).update("Tjekker svaret … (vent et øjeblik)")
        form.disabled = True  # nothing typed now may land in an answer that is about to be left behind
        self._submit_check(step.id, self.session.snapshot())

    @work(thread=True, exclusive=True, group="submit-check")
    def _submit_check(self, step_id: str, snapshot) -> None:
        run = self._run(snapshot)
        self.app.call_from_thread(self._after_check, step_id, run)

    def _run(self, snapshot) -> CheckRun:
        checker = self.app.checker_blocking()
        return run_checks(checker, snapshot, unavailable=self.app.checker_error)

    async def _after_check(self, step_id: str, run: CheckRun) -> None:
        step = self.step
        if step is None or step.id != step_id:
            return
        self._first_new = None
        if self.form is not None:
            self.form.disabled = False
        fb = self.session.feedback(run)
        self.update_side()
        self._render_pending(fb)
        if fb.advance:
            await self.advance()
            return
        first = self._first_new
        if first is not None:
            log = self.query_one("#log", VerticalScroll)
            log.call_after_refresh(log.scroll_to_widget, first, animate=False, top=True)
        if self.form is not None and not (fb.focus and self.form.focus_path(fb.focus)):
            self.form.focus_first()

    def _render_pending(self, fb) -> None:
        """Under the answer: every finding of the sent answer, one line each, so none hides above the fold."""
        live = self.query_one("#live", Static)
        if fb.advance or not fb.findings:
            live.update("" if fb.advance else Text(fb.messages[-1] if fb.messages else ""))
            return
        lines = []
        for f in fb.findings:
            if self.meeting:
                lines.append(self.session.explain(f).split("→ ")[-1])
                continue
            where = self.session.fields.label(f.field) if f.field and self.step.kind not in ("text", "line") else ""
            lines.append(f"{severity_word(f.severity)}{f' [{where}]' if where else ''}: {followup_for(self.prompts, f)[1]}")
        live.update(_finding_list(f"til svaret (se samtalen)", lines))

    async def advance(self) -> None:
        nxt = self.session.next()
        if nxt is None:
            self.session.say("assistant", "Alle spørgsmål er besvaret. Gennemse delmålet, SMART-tjeklisten og "
                                          "bemærkningerne, og gem det (F3).")
            self.autosave()
            self.app.push_screen(ReviewScreen(self))
            return
        await self.show_step(nxt)
        self.autosave()

    def _keep_typed(self) -> None:
        if self.form and self.step:
            self.session.keep_typed(self.form.get_answer())

    async def action_skip(self) -> None:
        if self.step is None:
            return
        self._keep_typed()
        self.session.skip_note()
        await self.advance()

    async def action_back(self) -> None:
        if self.step is None:
            return
        self._keep_typed()
        prev = self.session.previous()
        if prev is None:
            self.notify("Du er ved det første spørgsmål.")
            return
        await self.show_step(prev)
        self.autosave()

    async def goto_step(self, step_id: str) -> None:
        self._keep_typed()
        while self.app.screen is not self and len(self.app.screen_stack) > 1:
            self.app.pop_screen()
        await self.show_step(self.prompts.step(step_id))
        self.autosave()

    def action_home(self) -> None:
        if self.flush():
            self.notify("Kladden er gemt. Du kan fortsætte den fra startskærmen.", timeout=5)
        self.app.action_home()

    def action_help(self) -> None:
        if self.step:
            self.app.push_screen(HelpScreen(self.step, self.meeting))

    async def action_toggle_meeting(self) -> None:
        self._keep_typed()
        self.session.toggle_meeting()
        self.set_class(self.meeting, "meeting")
        self._set_subtitle()
        if self.step:
            await self.show_step(self.step, ask=False)  # the form in the words of whoever is at the screen
        self.update_side()
        self.autosave()

    def action_use_proposal(self) -> None:
        """F6: the proposed "At beboeren …" wording replaces the first-person answer (the own words are kept)."""
        proposal = self.session.proposal if self.session else None
        if not proposal or self.form is None or self.step is None or self.step.text_path != "wording":
            self.notify("Der er ikke noget forslag at bruge lige nu.", timeout=4)
            return
        self.form.set_answer({"text": proposal})
        self.session.keep_typed({"text": proposal})
        self.session.proposal = None
        self.session.say("system", f"Forslaget bruges: «{proposal}». Send det (Enter), eller ret det først.")
        self.form.focus_first()
        self.update_side()

    def action_confirm_smart(self) -> None:
        """Answer SMART question 3 or 6 (only a person can): Ctrl+J, then choose."""
        def chosen(q: int | None) -> None:
            if q:
                note = self.session.toggle_confirmation(q)
                self.session.say("system", note)
                self.update_side()

        self.app.push_screen(ConfirmSmartScreen(self.session.smart()), chosen)

    def _update_question(self) -> None:
        """Above the answer: where we are, and what Enter and Ctrl+S do on this step."""
        step = self.step
        number = self.prompts.index(step.id) + 1
        q = Text()
        q.append(f"Spørgsmål {number} af {len(self.prompts.steps)}: {step.title}", style="bold")
        if self.meeting:
            q.append("\n" + step.ask(True))
        if self.form is not None:
            q.append("\n" + self.form.KEYS_HINT, style="dim")
        self.query_one("#question", Static).update(q)

    def on_resize(self, event) -> None:
        self.set_class(self.app.size.width < 100, "narrow")
        self.update_side()

    def action_toggle_side(self) -> None:
        self.toggle_class("no-side")

    def action_review(self) -> None:
        self._keep_typed()
        self.autosave()
        self.app.push_screen(ReviewScreen(self))

    # ------------------------------------------------------------------ typing: live check + autosave

    def on_step_form_edited(self, event: StepForm.Edited) -> None:
        form, step = self.form, self.step
        if form is None or step is None:
            return
        answer = form.get_answer()
        if answer == self._last_answer:
            return
        self._last_answer = answer
        self.session.keep_typed(answer)
        self.autosave_policy.edited(time.monotonic())
        self._schedule_live()
        self.update_side()

    async def on_step_form_submit_requested(self, event: StepForm.SubmitRequested) -> None:
        event.stop()
        await self.action_submit()

    def _schedule_live(self) -> None:
        if self._live_timer is not None:
            self._live_timer.stop()
        self._live_timer = self.set_timer(LIVE_DELAY, self._fire_live)

    def _fire_live(self) -> None:
        form, step = self.form, self.step
        if form is None or step is None:
            return
        if not form.check_text().strip():
            self.query_one("#live", Static).update("")
            return
        self._live_check(step.id, form.get_answer(), self.session.snapshot())

    @work(thread=True, exclusive=True, group="live-check")
    def _live_check(self, step_id: str, answer: dict, snapshot) -> None:
        run = self._run(snapshot)
        self.app.call_from_thread(self._show_live, step_id, answer, run)

    def _show_live(self, step_id: str, answer: dict, run: CheckRun) -> None:
        if self.step is None or self.step.id != step_id or self.form is None:
            return
        if self.form.get_answer() != answer:
            return  # stale: the user typed on
        self.session.record(run)
        self.update_side()
        self._render_live(run)

    def _render_live(self, run: CheckRun) -> None:
        """Compact: one line per finding (the full explanation comes in the conversation when sent)."""
        live = self.query_one("#live", Static)
        if not run.ok:
            live.update(Text(f"? Svaret kan ikke tjekkes lige nu: {run.error}"))
            return
        findings = self.session.step_findings(run)
        if not findings:
            live.update(Text("Ingen bemærkninger indtil videre – send svaret, så ser assistenten på det hele."))
            return
        lines = []
        for f in findings:
            if self.meeting:
                lines.append(self.session.explain(f).split("→ ")[-1])
                continue
            excerpt = ""
            if f.excerpt:
                excerpt = "«" + (f.excerpt if len(f.excerpt) <= 24 else f.excerpt[:23] + "…") + "» "
            lines.append(f"{severity_word(f.severity)} {excerpt}→ {followup_for(self.prompts, f)[1]}")
        live.update(_finding_list("mens du skriver", lines))

    @work(thread=True, exclusive=True, group="whole-check")
    def _check_all(self) -> None:
        run = self._run(self.session.snapshot())
        self.app.call_from_thread(self._after_check_all, run)

    def _after_check_all(self, run: CheckRun) -> None:
        if self.session.last_run is None:
            self.session.record(run)
            self.update_side()

    def autosave(self) -> bool:
        """Write the draft now. True when it is on disk; on failure the user is told (once per reason)."""
        err = self.session.autosave() if self.session else None
        if err:
            if err != self._shown_save_error:
                self.notify(err, severity="error", timeout=15)
            self.autosave_policy.retry_later(time.monotonic())
        else:
            self.autosave_policy.saved()
        self._shown_save_error = err
        self._set_subtitle()
        return err is None

    @property
    def save_error(self) -> str:
        """Why the draft is not on disk ("" when it is), for the app's Ctrl+Q and signal handling."""
        return (self.session.save_error if self.session else None) or ""

    def _autosave_tick(self) -> None:
        if self.autosave_policy.due(time.monotonic()):
            self.autosave()

    def on_unmount(self) -> None:
        """Leaving the screen or quitting: write what was typed since the last autosave; free the draft."""
        if self._live_timer is not None:
            self._live_timer.stop()
        if self.autosave_policy.dirty:
            self.flush()
        self.app.release_draft(self.draft.id)

    def flush(self) -> bool:
        try:
            self._keep_typed()
        except Exception:  # never lose the rest of the draft because one field is odd
            pass
        return self.autosave()

    # ------------------------------------------------------------------ side panel

    def update_side(self) -> None:
        d = self.d
        reg = self.session.fields
        t = Text()
        t.append("DELMÅLET\n", style="bold")

        def row(path: str, value: str, label: str | None = None) -> None:
            t.append(f"{label or reg.label(path)}: ", style="bold")
            t.append((terminal_safe(value).strip() or "–") + "\n")

        row("title", d.title)
        row("wording", d.wording)
        row("theme", d.theme.name if d.theme else "")
        row("goal_type", d.goal_type.name if d.goal_type else "")
        row("methods", ", ".join(f"{m.name} ({m.kind})" for m in d.methods))
        row("indsats.actions", d.indsats.actions[:80])
        row("collaboration.resident_attitude", d.collaboration.resident_attitude[:80])
        ind = d.indicators
        row("indicators", f"{'–' if ind.start_level is None else ind.start_level} → "
                          f"{'–' if ind.expected_end_level is None else ind.expected_end_level}")
        row("start_date", " – ".join(x.strftime("%d-%m-%Y") for x in (d.start_date, d.end_date) if x),
            label="Datoer")
        self.query_one("#side-delmaal", Static).update(t)
        items = self.session.smart()
        wide = self.app.size.width >= 110
        block = smart_block(items, with_reason=wide and not self.meeting)
        if any(i.status == "ask" and i.number in (3, 6) for i in items) and not self.meeting:
            block.append("\nCtrl+J: svar ja til 3 eller 6", style="dim")
        self.query_one("#side-smart", Static).update(block)


# ====================================================================================== review


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
        Binding("ctrl+j", "confirm_smart", "Bekræft SMART", id="review-confirm-smart"),
        Binding("escape", "back", "Tilbage til samtalen", id="review-back"),
    ]

    def __init__(self, interview: InterviewScreen) -> None:
        super().__init__()
        self.interview = interview
        self.findings: list | None = None  # None until the checker has run, or when it could not
        self._reader = None

    @property
    def draft(self) -> Draft:
        return self.interview.draft

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="review"):
            yield Static("Gennemse delmålet. Ctrl+S gemmer, Ctrl+E eksporterer, Ctrl+K kopierer et felt eller det "
                         "hele, Ctrl+R læser \"Dit delmål\" op, Esc går tilbage til samtalen.", id="review-intro")
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
        self._render_smart([])
        if self.draft.saved_path:
            self.query_one("#review-status", Static).update(Text(f"Senest gemt som: {terminal_safe(self.draft.saved_path)}"))
        self._render_exports()
        self._check_all()

    def on_unmount(self) -> None:
        if self._reader is not None:
            self._reader.stop()

    @property
    def session(self) -> InterviewSession:
        return self.interview.session

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

    def _render_smart(self, findings: list | None = None) -> None:
        items = [replace(i, reason=name_codes_in(i.reason)) for i in self.session.smart()]  # codes in Danish
        block = smart_block(items)
        block.append("\nCtrl+J: svar ja (eller fortryd) til spørgsmål 3 og 6.", style="dim")
        self.query_one("#review-smart", Static).update(block)

    def action_confirm_smart(self) -> None:
        def chosen(q: int | None) -> None:
            if q:
                self.session.say("system", self.session.toggle_confirmation(q))
                self._render_smart()
                self.interview.update_side()

        self.app.push_screen(ConfirmSmartScreen(self.session.smart()), chosen)

    @work(thread=True, exclusive=True, group="review-check")
    def _check_all(self) -> None:
        run = self.interview._run(self.session.snapshot())
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
        self.interview.update_side()

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
        if self.draft.step == REVIEW_STEP and self.interview.step is not None:
            self.draft.step = self.interview.step.id
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
        run = self.interview._run(self.session.snapshot())
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
        self.interview.autosave()
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
        self.interview.autosave()
        self.notify(msg, title="Gemt", timeout=8)

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


# ====================================================================================== check


class CheckScreen(Screen):
    BINDINGS = [
        Binding("ctrl+s", "check_now", "Tjek nu", id="check-now", priority=True),
        Binding("escape", "app.home", "Start", id="check-home"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self._timer: Timer | None = None
        self.findings: list = []

    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical(id="check"):
            yield Label("Indsæt eller skriv en delmålsformulering (én pr. linje). "
                        "Bemærkningerne opdateres, mens du skriver.", classes="section-label")
            yield TextArea(id="check-input", soft_wrap=True, tab_behavior="focus")
            with VerticalScroll(id="check-result-box"):
                yield Static("", id="check-result")
        yield StableFooter(compact=True)

    def on_mount(self) -> None:
        self.sub_title = "Tjek en formulering"
        calm_cursors(self)
        self.query_one("#check-input", TextArea).focus()

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        if self._timer is not None:
            self._timer.stop()
        self._timer = self.set_timer(LIVE_DELAY, self.action_check_now)

    def action_check_now(self) -> None:
        text = self.query_one("#check-input", TextArea).text
        if not text.strip():
            self.query_one("#check-result", Static).update("")
            return
        self._check(text)

    @work(thread=True, exclusive=True, group="check-screen")
    def _check(self, text: str) -> None:
        run = run_text_checks(self.app.checker_blocking(), text)
        self.app.call_from_thread(self._show, text, run)

    def _show(self, text: str, run: CheckRun) -> None:
        if self.query_one("#check-input", TextArea).text != text:
            return
        self.findings = findings = display_order(list(run.findings), text)
        t = Text()
        if not run.ok:
            t.append(f"? Formuleringen kunne ikke tjekkes: {run.error}\n\n", style="bold")
            t.append(text)
        elif not findings:
            t.append("✓ Ingen bemærkninger.\n\n", style="bold")
            t.append(text)
        else:
            t.append(f"{len(findings)} bemærkning{'er' if len(findings) != 1 else ''} "
                     "(markeret med ⟦ ⟧ og nummer):\n\n", style="bold")
            t.append_text(marked_text(text, findings))
            t.append("\n")
            for i, f in enumerate(findings, start=1):
                t.append("\n")
                t.append_text(finding_line(i, f, question=followup_for(self.app.prompts, f)[1]))
                t.append("\n")
        self.query_one("#check-result", Static).update(t)
