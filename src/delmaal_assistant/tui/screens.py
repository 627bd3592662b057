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
from textual.widgets import Header, Input, Label, OptionList, Static, TextArea
from textual.widgets.option_list import Option

from delmaal_assistant.core.drafts import AutosavePolicy, ConversationEntry, Draft
from delmaal_assistant.core.export import existing_exports, to_text, write_exports
from delmaal_assistant.core.sanitize import terminal_safe
from delmaal_assistant.core.interview import (
    TEXT_KINDS,
    AnswerError,
    Step,
    apply_answer,
    current_answer,
    describe_answer,
    field_title,
    followup_for,
    step_warnings,
    next_step,
    previous_step,
    relevant_findings,
)
from delmaal_assistant.core.smart import smart_status
from delmaal_assistant.core.storage import StorageError, load_delmaal, safe_filename, save_delmaal
from delmaal_assistant.tui.forms import StepForm, make_form
from delmaal_assistant.tui.modals import ConfirmScreen, HelpScreen, SaveScreen
from delmaal_assistant.tui.widgets import StableFooter
from delmaal_assistant.tui.render import display_order, finding_line, marked_text, severity_word, smart_block

REVIEW_STEP = "review"
#: finding codes that stop a save until the user confirms (CPR/phone numbers; names)
PRIVACY_CODES = ("personal-data", "personal-name")
LIVE_DELAY = 0.3
#: said instead of "no findings" when the checker could not run: a failure is never shown as all clear
CHECK_FAILED = "Sprogtjekket kunne ikke køre, så teksten er ikke tjekket."
ROLE_PREFIX = {"assistant": "Assistent", "user": "Svar", "system": "Note"}


def finding_plain(prompts, f) -> str:
    """A finding as one plain-Danish chat message (explanation + follow-up question), colour-free."""
    explain, question = followup_for(prompts, f)
    excerpt = f" «{f.excerpt}»" if f.excerpt else ""
    text = f"{severity_word(f.severity)}{excerpt}: {explain}"
    if f.suggestion:
        text += f"\nForslag: {f.suggestion}"
    return text + f"\n→ {question}"


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


def check_lines(checker, text: str) -> list:
    """One wording per non-empty line (as `delmaal check` reads text), offsets into the whole text."""
    out = []
    offset = 0
    for line in text.split("\n"):
        if line.strip():
            out.extend(replace(f, start=f.start + offset, end=f.end + offset) for f in checker.check(line))
        offset += len(line) + 1
    return out


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
    BINDINGS = [
        Binding("ctrl+s", "submit", "Send svar", id="submit", priority=True),
        Binding("ctrl+n", "skip", "Gå videre", id="skip", priority=True),
        Binding("ctrl+b", "back", "Forrige", id="back", priority=True, show=False),
        Binding("f1", "help", "Hjælp", id="help"),
        Binding("f2", "toggle_meeting", "Møde", id="meeting"),
        Binding("f3", "review", "Gennemse", id="review"),
        Binding("f4", "toggle_side", "Sidepanel", id="side", show=False),
        Binding("escape", "home", "Start", id="home", show=False),
    ]

    def __init__(self, draft: Draft, *, resumed: bool = False) -> None:
        super().__init__()
        self.draft = draft
        self.resumed = resumed
        self.step: Step | None = None
        self.pending: list = []  # unresolved findings/notes for the current answer
        self.wording_findings: list = []
        self._last_answer: dict | None = None
        self._form: StepForm | None = None
        self._live_timer: Timer | None = None
        #: autosave while typing: at most ~2 s after any keystroke, pauses or not (core.drafts.AutosavePolicy)
        self.autosave_policy = AutosavePolicy()
        self.save_error = ""  # Danish reason the last autosave failed ("" when the draft is on disk)

    @property
    def prompts(self):
        return self.app.prompts

    @property
    def d(self):
        return self.draft.delmaal

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
        self.set_interval(self.autosave_policy.tick, self._autosave_tick)
        self.set_class(self.meeting, "meeting")
        self.set_class(self.app.size.width < 100, "narrow")
        log = self.query_one("#log", VerticalScroll)
        if self.draft.conversation:
            await log.mount_all([ChatMessage(e) for e in self.draft.conversation])
        self._set_subtitle()
        target = self.draft.step
        go_review = target == REVIEW_STEP
        step = None
        if target and not go_review:
            try:
                step = self.prompts.step(target)
            except KeyError:
                step = None
        if step is None:
            step = self.prompts.steps[-1] if go_review else next_step(self.prompts, None, self.d)
        if self.resumed and self.draft.conversation and not go_review:
            self.say("system", f"Kladden er åbnet igen. Du var ved: {step.title}.")
        await self.show_step(step, ask=not go_review)
        if self.d.wording.strip():
            self._recheck_wording()
        self.update_side()
        if go_review:
            self.draft.step = REVIEW_STEP
            self.app.push_screen(ReviewScreen(self))
        log.call_after_refresh(log.scroll_end, animate=False)

    # ------------------------------------------------------------------ conversation

    def say(self, role: str, text: str) -> None:
        entry = ConversationEntry(role=role, text=text, step=self.step.id if self.step else None)
        self.draft.conversation.append(entry)
        log = self.query_one("#log", VerticalScroll)
        log.mount(ChatMessage(entry))
        log.call_after_refresh(log.scroll_end, animate=False)

    def _set_subtitle(self) -> None:
        mode = " · mødetilstand" if self.meeting else ""
        unsaved = " · kladden er IKKE gemt" if self.save_error else ""
        self.sub_title = terminal_safe(self.d.title or "nyt delmål") + mode + unsaved

    @property
    def form(self) -> StepForm | None:
        """The current step's form, once it is mounted and filled in (None while switching steps)."""
        return self._form

    async def show_step(self, step: Step, *, ask: bool = True) -> None:
        self._form = None
        for t in (self._live_timer,):
            if t is not None:
                t.stop()
        self.step = step
        self.draft.step = step.id
        self.pending = []
        holder = self.query_one("#form-holder", Vertical)
        await holder.remove_children()
        form = make_form(step, self.app.today)
        await holder.mount(form)
        calm_cursors(form)
        answer = current_answer(step, self.d)
        if step.kind == "dates":
            answer["wording"] = self.d.wording  # lets the form suggest the end date the wording names
        form.set_answer(answer)
        self._last_answer = form.get_answer()
        self._form = form
        self._update_question()
        self.query_one("#live", Static).update("")
        if ask:
            self.say("assistant", step.ask(self.meeting))
        form.focus_first()
        if form.check_text().strip():
            self._schedule_live()

    # ------------------------------------------------------------------ actions

    async def action_submit(self) -> None:
        form, step = self.form, self.step
        if form is None or step is None:
            return
        try:
            apply_answer(step, self.d, form.get_answer())
        except AnswerError as exc:
            self.say("assistant", f"{exc}")
            return
        self.say("user", describe_answer(step, self.d))
        self._last_answer = form.get_answer()
        self.autosave()
        self.update_side()
        if step.kind in TEXT_KINDS and step.check and not form.get_answer()["text"].strip():
            self.pending = ["empty"]
            self.say("assistant", "Du har ikke skrevet noget endnu. Skriv et svar, eller gå videre alligevel (Ctrl+N).")
            return
        notes = step_warnings(self.d, step)
        text = form.check_text()
        if text.strip():
            self.query_one("#live", Static).update("Tjekker svaret …")
            self._submit_check(step.id, text, notes)
        else:
            await self._after_check(step.id, text, [], notes)

    @work(thread=True, exclusive=True, group="submit-check")
    def _submit_check(self, step_id: str, text: str, notes: list[str]) -> None:
        findings = self._run_check(text)
        self.app.call_from_thread(self._after_check, step_id, text, findings, notes)

    def _run_check(self, text: str) -> list | None:
        """The findings, or None when the checker could not run (never shown as "no findings")."""
        checker = self.app.checker_blocking()
        if checker is None:
            return None
        try:
            return list(checker.check(text))
        except Exception:  # a checker bug must never lose the user's answer
            return None

    async def _after_check(self, step_id: str, text: str, findings: list | None, notes: list[str]) -> None:
        step = self.step
        if step is None or step.id != step_id:
            return
        unchecked, findings = findings is None, findings or []
        if step.check_field == "wording":
            self.wording_findings = findings
        rel = display_order(relevant_findings(step, findings), text)
        self.query_one("#live", Static).update("")
        blocking = [f for f in rel if f.severity in ("error", "warning")]
        for f in rel:
            self.say("assistant", finding_plain(self.prompts, f))
        for n in notes:
            self.say("assistant", n)
        self.update_side()
        if blocking or notes:
            self.pending = blocking + notes
            hint = " Vil du skrive forfra, markerer F7 hele svaret." if step.kind == "text" else ""
            self.say("assistant", "Ret dit svar og send igen (Ctrl+S), eller gå videre alligevel (Ctrl+N)." + hint)
            return
        if step.check and text.strip() and unchecked:
            self.say("assistant", CHECK_FAILED)
        elif step.check and text.strip():
            self.say("assistant", "Godt – ingen bemærkninger til svaret." if not rel else "Det er noteret.")
        await self.advance()

    async def advance(self) -> None:
        nxt = next_step(self.prompts, self.step.id if self.step else None, self.d)
        if nxt is None:
            self.say("assistant", "Alle spørgsmål er besvaret. Gennemse delmålet, SMART-tjeklisten og "
                                  "bemærkningerne, og gem det (F3).")
            self.draft.step = REVIEW_STEP
            self.autosave()
            self.app.push_screen(ReviewScreen(self))
            return
        await self.show_step(nxt)
        self.autosave()

    def _keep_typed(self) -> None:
        if self.form and self.step:
            apply_answer(self.step, self.d, self.form.get_answer(), lenient=True)

    async def action_skip(self) -> None:
        if self.step is None:
            return
        self._keep_typed()
        n = len(self.pending)
        if n:
            self.say("system", f"Gik videre alligevel ({n} bemærkning{'er' if n != 1 else ''} ikke rettet).")
        else:
            self.say("system", f"Gik videre fra '{self.step.title}'.")
        self.pending = []
        await self.advance()

    async def action_back(self) -> None:
        if self.step is None:
            return
        self._keep_typed()
        prev = previous_step(self.prompts, self.step.id, self.d)
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
        self.flush()
        self.notify("Kladden er gemt. Du kan fortsætte den fra startskærmen.", timeout=5)
        self.app.action_home()

    def action_help(self) -> None:
        if self.step:
            self.app.push_screen(HelpScreen(self.step, self.meeting))

    def action_toggle_meeting(self) -> None:
        self.draft.meeting_mode = not self.draft.meeting_mode
        self.set_class(self.meeting, "meeting")
        self._set_subtitle()
        if self.meeting:
            self.say("system", "Mødetilstand er slået til: spørgsmålene stilles til beboeren i du-form. "
                               "Skriv beboerens egne ord, som de bliver sagt. F2 slår den fra.")
        else:
            self.say("system", "Mødetilstand er slået fra.")
        if self.step:
            self.say("assistant", self.step.ask(self.meeting))
            self._update_question()
        self.update_side()
        self.autosave()

    def _update_question(self) -> None:
        """Above the answer: where we are (the question itself is the last assistant message)."""
        step = self.step
        number = self.prompts.index(step.id) + 1
        q = Text()
        q.append(f"Spørgsmål {number} af {len(self.prompts.steps)}: {step.title}", style="bold")
        if self.meeting:
            q.append("\n" + step.ask(True))
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
        apply_answer(step, self.d, answer, lenient=True)
        self.autosave_policy.edited(time.monotonic())
        self._schedule_live()
        self.update_side()

    async def on_step_form_submit_requested(self, event: StepForm.SubmitRequested) -> None:
        await self.action_submit()

    def _schedule_live(self) -> None:
        if self._live_timer is not None:
            self._live_timer.stop()
        self._live_timer = self.set_timer(LIVE_DELAY, self._fire_live)

    def _fire_live(self) -> None:
        form, step = self.form, self.step
        if form is None or step is None:
            return
        text = form.check_text()
        if not text.strip():
            self.query_one("#live", Static).update("")
            return
        self._live_check(step.id, text)

    @work(thread=True, exclusive=True, group="live-check")
    def _live_check(self, step_id: str, text: str) -> None:
        findings = self._run_check(text)
        self.app.call_from_thread(self._show_live, step_id, text, findings)

    def _show_live(self, step_id: str, text: str, findings: list) -> None:
        if self.step is None or self.step.id != step_id or self.form is None:
            return
        if self.form.check_text() != text:
            return  # stale: the user typed on
        if findings is None:
            self.query_one("#live", Static).update(Text(CHECK_FAILED))
            return
        if self.step.check_field == "wording":
            self.wording_findings = findings
            self.update_side()
        self._render_live(text, relevant_findings(self.step, findings))

    def _render_live(self, text: str, findings: list) -> None:
        """Compact: one line per finding (the full explanation comes in the conversation on Ctrl+S)."""
        live = self.query_one("#live", Static)
        if not text.strip():
            live.update("")
            return
        if not findings:
            live.update(Text("✓ Ingen bemærkninger til formuleringen.", style="green"))
            return
        findings = display_order(findings, text)
        t = Text()
        t.append(f"{len(findings)} bemærkning{'er' if len(findings) != 1 else ''} mens du skriver:", style="bold")
        for i, f in enumerate(findings, start=1):
            t.append("\n")
            t.append(f"[{i}] {severity_word(f.severity)} ", style="bold")
            if f.excerpt:
                excerpt = f.excerpt if len(f.excerpt) <= 30 else f.excerpt[:29] + "…"
                t.append("«")
                t.append(excerpt, style="underline")
                t.append("» ")
            t.append("→ " + followup_for(self.prompts, f)[1])
        live.update(t)

    @work(thread=True, exclusive=True, group="wording-check")
    def _recheck_wording(self) -> None:
        text = self.d.wording
        findings = self._run_check(text)

        def done() -> None:
            if self.d.wording == text:
                self.wording_findings = findings or []
                self.update_side()

        self.app.call_from_thread(done)

    def autosave(self) -> bool:
        """Write the draft now. True when it is on disk; on failure the user is told (once per reason)."""
        try:
            self.d.updated_at = datetime.now(timezone.utc)
            self.app.store.save(self.draft)
        except (StorageError, OSError) as exc:
            if str(exc) != self.save_error:
                self.notify(f"Kladden kunne ikke gemmes: {exc}", severity="error", timeout=15)
            self.save_error = str(exc)
            self.autosave_policy.retry_later(time.monotonic())
            self._set_subtitle()
            return False
        self.autosave_policy.saved()
        self.save_error = ""
        self._set_subtitle()
        return True

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
        """Write the draft now, with what is typed in the current form. True when it is on disk."""
        try:
            self._keep_typed()
        except Exception:  # never lose the rest of the draft because one field is odd
            pass
        return self.autosave()

    # ------------------------------------------------------------------ side panel

    def update_side(self) -> None:
        d = self.d
        t = Text()
        t.append("DELMÅLET\n", style="bold")

        def row(label: str, value: str) -> None:
            t.append(f"{label}: ", style="bold")
            t.append((terminal_safe(value).strip() or "–") + "\n")

        row("Titel", d.title)
        row("Delmål", d.wording)
        row("Tema", d.theme.name if d.theme else "")
        row("Måltype", d.goal_type.name if d.goal_type else "")
        row("Metoder", ", ".join(f"{m.name} ({m.kind})" for m in d.methods))
        row("Indsats", d.indsats.actions[:80])
        row("Holdning", d.collaboration.resident_attitude[:80])
        ind = d.indicators
        row("Indikator", f"{'–' if ind.start_level is None else ind.start_level} → "
                         f"{'–' if ind.expected_end_level is None else ind.expected_end_level}")
        row("Datoer", " – ".join(x.strftime("%d-%m-%Y") for x in (d.start_date, d.end_date) if x))
        self.query_one("#side-delmaal", Static).update(t)
        items = smart_status(d, self.wording_findings, self.prompts.smart_questions, self.prompts.smart_short)
        wide = self.app.size.width >= 110
        self.query_one("#side-smart", Static).update(smart_block(items, with_reason=wide and not self.meeting))


# ====================================================================================== review


class ReviewScreen(Screen):
    BINDINGS = [
        Binding("ctrl+s", "save", "Gem", id="review-save", priority=True),
        Binding("ctrl+e", "export", "Eksportér", id="review-export", priority=True),
        Binding("escape", "back", "Tilbage til samtalen", id="review-back"),
    ]

    def __init__(self, interview: InterviewScreen) -> None:
        super().__init__()
        self.interview = interview
        self.findings: list | None = None

    @property
    def draft(self) -> Draft:
        return self.interview.draft

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="review"):
            yield Static("Gennemse delmålet. Ctrl+S gemmer, Ctrl+E eksporterer til Sensum/Bosted, "
                         "Esc går tilbage til samtalen.", id="review-intro")
            yield Static("", id="review-status")
            yield Static("", id="review-smart", classes="review-section")
            yield Static("Tjekker hele delmålet …", id="review-findings", classes="review-section")
            yield Static("", id="review-delmaal", classes="review-section")
        yield StableFooter(compact=True)

    def on_mount(self) -> None:
        self.sub_title = "Gennemse og gem"
        d = self.draft.delmaal
        self.query_one("#review-delmaal", Static).update(Text(terminal_safe(to_text(d))))
        self._render_smart([])
        if self.draft.saved_path:
            self.query_one("#review-status", Static).update(Text(f"Senest gemt som: {terminal_safe(self.draft.saved_path)}"))
        self._check_all()

    def _render_smart(self, findings: list) -> None:
        p = self.app.prompts
        items = smart_status(self.draft.delmaal, findings, p.smart_questions, p.smart_short)
        self.query_one("#review-smart", Static).update(smart_block(items))

    @work(thread=True, exclusive=True, group="review-check")
    def _check_all(self) -> None:
        checker = self.app.checker_blocking()
        findings = None
        if checker is not None:
            try:
                findings = list(checker.check_delmaal(self.draft.delmaal))
            except Exception:
                findings = None
        self.app.call_from_thread(self._show_findings, findings)

    def _show_findings(self, findings: list | None) -> None:
        unchecked, findings = findings is None, findings or []
        self.findings = findings
        titles = {path: title for path, title, _ in self.draft.delmaal.text_fields()}
        prompts = self.app.prompts
        t = Text()
        if unchecked:
            t.append("Bemærkninger: " + CHECK_FAILED, style="bold")
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
        self._render_smart([f for f in findings if f.field in (None, "wording")])

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
                    replaced += existing_exports(folder, name.removesuffix(".delmaal.json"))
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
                folder, name, _ = result
                stem = name.removesuffix(".md").removesuffix(".txt")
                replaced = existing_exports(folder, stem)
                if replaced:
                    def overwrite(yes: bool | None) -> None:
                        if yes:
                            self._export(folder, stem)

                    self.app.push_screen(ConfirmScreen(replace_question(replaced), yes="Erstat", no="Annullér"),
                                         overwrite)
                    return
                self._export(folder, stem)

        self.app.push_screen(SaveScreen(self._folder(), self._stem(), export_only=True), chosen)

    @work(thread=True, exclusive=True, group="privacy-check")
    def _privacy_then_save(self, path: Path, export: bool) -> None:
        checker = self.app.checker_blocking()
        findings = []
        if checker is not None:
            try:
                findings = list(checker.check_delmaal(self.draft.delmaal))
            except Exception:
                findings = []
        personal = [f for f in findings if f.code in PRIVACY_CODES]
        self.app.call_from_thread(self._confirm_then_save, path, export, personal)

    def _confirm_then_save(self, path: Path, export: bool, personal: list) -> None:
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

    def _do_save(self, path: Path, export: bool) -> None:
        notes: list[str] = []
        try:
            save_delmaal(path, self.draft.delmaal, notes=notes)
        except (StorageError, OSError) as exc:
            self.notify(str(exc), severity="error", timeout=15, title="Ikke gemt")
            return
        self.draft.saved_path = str(path)
        self.interview.autosave()
        self.app.remember_save_dir(path.parent)
        msg = f"Gemt som {path}"
        if export:
            stem = path.name.removesuffix(".delmaal.json")
            try:
                written = write_exports(self.draft.delmaal, path.parent, stem)
                msg += "\nEksporteret: " + ", ".join(p.name for p in written)
            except (StorageError, OSError) as exc:
                self.notify(f"Eksporten mislykkedes: {exc}", severity="error", timeout=15)
        for n in notes:
            self.notify(n, severity="warning", timeout=15)
        self.query_one("#review-status", Static).update(Text(terminal_safe(msg)))
        self.interview.say("system", msg)
        self.interview.autosave()
        self.notify(msg, title="Gemt", timeout=8)

    def _export(self, folder: Path, stem: str) -> None:
        try:
            written = write_exports(self.draft.delmaal, folder, stem)
        except (StorageError, OSError) as exc:
            self.notify(f"Eksporten mislykkedes: {exc}", severity="error", timeout=15)
            return
        msg = "Eksporteret: " + ", ".join(str(p) for p in written)
        self.query_one("#review-status", Static).update(Text(terminal_safe(msg)))
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
        checker = self.app.checker_blocking()
        findings = None
        if checker is not None:
            try:
                findings = check_lines(checker, text)
            except Exception:
                findings = None
        self.app.call_from_thread(self._show, text, findings)

    def _show(self, text: str, findings: list | None) -> None:
        if self.query_one("#check-input", TextArea).text != text:
            return
        unchecked = findings is None
        self.findings = findings = display_order(findings or [], text)
        t = Text()
        if unchecked:
            t.append(CHECK_FAILED + "\n\n", style="bold")
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
