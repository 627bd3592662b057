"""The interview: a thin view on `core.session.InterviewSession` – the conversation, the current step's form and
the actions; the live check, typing ahead, the draft on disk and the side panel are its mixins (`interview_parts/`)."""

from __future__ import annotations

import asyncio

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from delmaal_assistant.core import texts
from delmaal_assistant.tui.bindings import bind
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import Screen
from textual.timer import Timer
from textual.css.query import NoMatches
from textual.widgets import Header, Static

from delmaal_assistant.core.files.drafts import AutosavePolicy, ConversationEntry, Draft
from delmaal_assistant.core.interview import Step, followup_for
from delmaal_assistant.core.interview.answers import has_answer
from delmaal_assistant.core.interview.session import REVIEW_STEP, CheckRun, InterviewSession
from delmaal_assistant.tui.forms import StepForm, make_form
from delmaal_assistant.tui.modals import ConfirmSmartScreen, HelpScreen
from delmaal_assistant.tui.widgets import StableFooter
from delmaal_assistant.tui.render import severity_word, show

from delmaal_assistant.tui.screens.common import ChatMessage, _finding_list, calm_cursors, live_width
from delmaal_assistant.tui.screens.review import ReviewScreen
from delmaal_assistant.tui.screens.interview_parts.live import LiveCheck
from delmaal_assistant.tui.screens.interview_parts.saving import DraftSaving
from delmaal_assistant.tui.screens.interview_parts.side import SidePanel
from delmaal_assistant.tui.screens.interview_parts.typing import TypeAhead
from textual.widgets import Input, TextArea


class InterviewScreen(TypeAhead, LiveCheck, DraftSaving, SidePanel, Screen):
    """A thin view on an `InterviewSession`: the conversation, the current step's form, the live check and the
    side panel with SMART. All state and every judgement live in the session (core)."""

    BINDINGS = [
        bind("submit", "submit", priority=True, tooltip=texts.get("tui.screens.interview.send_svaret")),
        bind("skip", "skip", priority=True, tooltip=texts.get("tui.screens.interview.gaa_videre_alligevel")),
        bind("back", "back", priority=True, tooltip=texts.get("tui.screens.interview.forrige_spoergsmaal")),
        bind("help", "help"),
        bind("meeting", "toggle_meeting"),
        bind("review", "review", tooltip=texts.get("tui.screens.interview.gennemse_gem")),
        bind("side", "toggle_side", show=False),  # meeting mode: the staff panel
        bind("confirm-smart", "confirm_smart", show=False),
        bind("use-proposal", "use_proposal", show=False, priority=True),
        bind("select-all", "select_answer", show=False),
        bind("log-up", "log_page(-1)", show=False, priority=True),
        bind("log-down", "log_page(1)", show=False, priority=True),
        bind("home", "home", show=False),
        # Enter in a form's field is handled here, while the key is routed, so focus has moved before the next
        # key of a fast burst is routed (moving focus otherwise happens a moment later, and the next words
        # landed in the field just left): see action_enter_key
        bind("enter-next", "enter_key", show=False, priority=True),
    ]

    def action_log_page(self, direction: int) -> None:
        """PgUp/PgDn scroll the conversation, wherever the focus is (the answer box keeps its cursor)."""
        log = self.query_one("#log", VerticalScroll)
        (log.scroll_page_up if direction < 0 else log.scroll_page_down)(animate=False)

    def __init__(self, draft: Draft, *, resumed: bool = False) -> None:
        super().__init__()
        self.draft = draft
        self.resumed = resumed
        #: resumed with a half-typed answer: that answer (the first send of it unchanged only asks)
        self._restored_answer: dict | None = None
        self._asked_restored: dict | None = None  # the restored answer whose "send it as it is?" stands
        self.session: InterviewSession | None = None
        self._last_answer: dict | None = None
        self._form: StepForm | None = None
        self._live_timer: Timer | None = None
        #: autosave while typing: at most ~2 s after any keystroke, pauses or not (core.drafts.AutosavePolicy)
        self.autosave_policy = AutosavePolicy()
        self._shown_save_error: str | None = None
        self._announced_at = float("-inf")  # when "ikke gemt" was last announced
        self._unsaved_shown: str | None = None  # the save error the side panel shows
        self._first_new: ChatMessage | None = None  # the first message of the latest feedback
        #: keys typed while the sent answer is being checked (the form is disabled): replayed, in order, into
        #: the field that has focus afterwards, so nothing typed meanwhile is lost or reordered
        self._typed_ahead: list = []
        self._tick_words: tuple | None = None  # (tick box, text typed on it): «ja»/«nej» answer it
        self._busy = False
        self._sent_answer: dict | None = None  # the answer whose feedback is shown under it
        self._step_lock = asyncio.Lock()  # one question change at a time (show_step)

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
        # the screen's classes before its widgets exist: set once they are mounted, each class restyled every
        # widget of the screen again (issue 28)
        self.set_class(self.meeting, "meeting")
        self.set_class(self.app.size.width < 100, "narrow")
        yield Header()
        with Horizontal(id="body"):
            with Vertical(id="chat-col"):
                yield VerticalScroll(id="log")
                with Vertical(id="answer-box"):
                    yield Static("", id="question")
                    yield Vertical(id="form-holder")
                    yield Static("", id="live")
            with VerticalScroll(id="side"):
                yield Static("", id="side-unsaved")
                yield Static("", id="side-smart")
                yield Static("", id="side-delmaal")
        yield StableFooter(compact=True)

    async def on_mount(self) -> None:
        self.session = InterviewSession(self.draft, prompts=self.prompts, save=self.app.store.save,
                                        today=self.app.today)
        self.session.listeners.append(self._mount_entry)
        self.session.keys = self.app.key_label
        self.set_interval(self.autosave_policy.tick, self._autosave_tick)
        log = self.query_one("#log", VerticalScroll)
        if self.draft.conversation:
            msgs = [ChatMessage(e) for e in self.draft.conversation]
            if self.meeting:  # the resident's screen: only what was said since the meeting began
                starts = [i for i, e in enumerate(self.draft.conversation)
                          if e.role == "system" and e.text.startswith(self._meeting_on_start())]
                for m in msgs[:starts[-1] if starts else len(msgs)]:
                    m.add_class("before-meeting")
            await log.mount_all(msgs)
        self._set_subtitle()
        step, go_review = self.session.first_step()
        ask = not go_review
        if self.resumed and self.draft.conversation and not go_review:
            ask = self.session.reopened(step)
        await self.show_step(step, ask=ask)
        if self.resumed and not go_review:
            self._restore_cursor()
        if self.app.checker_ready:
            self._check_all()
        else:  # let the first question paint before the checker's import takes the CPU
            self.set_timer(self.app.CHECKER_DELAY * 2, self._check_all)
        self.update_side()
        if go_review:
            self.draft.step = REVIEW_STEP
            self.app.push_screen(ReviewScreen(self.session))
        log.call_after_refresh(log.scroll_end, animate=False)

    def _restore_cursor(self) -> None:
        """Resumed: the cursor back in the field and at the place it was at the last autosave; a half-typed
        answer put back is not sent by the next Enter alone (`action_submit` asks once)."""

        form = self.form
        if form is None:
            return
        if self.step is not None and has_answer(self.step, self.d):
            # half-typed when the draft was closed (any step kind: text, dates, lists, ticks): not sent by Enter alone
            self._restored_answer = form.get_answer()
        if not self.draft.focus:
            return
        try:
            w = form.query_one(f"#{self.draft.focus}")
        except (NoMatches, ValueError):
            return
        if not w.can_focus:
            return
        w.focus()
        c = self.draft.cursor
        try:
            if isinstance(w, Input) and len(c) == 1:
                w.cursor_position = min(c[0], len(w.value))
            elif isinstance(w, TextArea) and len(c) == 2:
                w.cursor_location = (c[0], c[1])
        except (ValueError, IndexError):
            pass  # the text changed meanwhile: the cursor stays where focus put it

    # ------------------------------------------------------------------ conversation

    def _mount_entry(self, entry: ConversationEntry) -> None:
        log = self.query_one("#log", VerticalScroll)
        msg = ChatMessage(entry)
        log.mount(msg)
        if self._first_new is None and entry.role == "assistant":
            self._first_new = msg
        log.call_after_refresh(log.scroll_end, animate=False)

    @property
    def form(self) -> StepForm | None:
        """The current step's form, once it is mounted and filled in (None while switching steps)."""
        return self._form

    async def show_step(self, step: Step, *, ask: bool = True, goto: bool = False, from_review: bool = False) -> None:
        """Show `step`'s question and form. One change at a time: the check of a sent answer may show the next
        question (a worker's result) while a key (Spring over, Tilbage) shows another; run together, both removed
        the old form and mounted their own (DuplicateIds) or filled in one the other had removed (NoMatches) and
        the app closed. The last change asked for is the one left on screen."""
        async with self._step_lock:
            await self._show_step(step, ask=ask, goto=goto, from_review=from_review)

    async def _show_step(self, step: Step, *, ask: bool, goto: bool, from_review: bool) -> None:
        self._form = None
        self._restored_answer = None
        if self._live_timer is not None:
            self._live_timer.stop()
        if goto:
            answer = self.session.goto(step, from_review=from_review)
        else:
            answer = self.session.enter(step, ask=ask)
        holder = self.query_one("#form-holder", Vertical)
        await holder.remove_children()
        form = make_form(step, self.app.today, self.meeting)
        await holder.mount(form)
        calm_cursors(form)
        self._last_answer = form.load_answer(answer)
        self._form = form
        self._update_question()
        show(self.query_one("#live", Static), "")
        form.focus_first()
        if form.check_text().strip():
            self._schedule_live()

    # ------------------------------------------------------------------ actions

    async def action_submit(self) -> None:
        form, step = self.form, self.step
        if form is None or step is None or self._busy:
            return
        restored, self._restored_answer = self._restored_answer, None
        if restored is not None and form.get_answer() == restored:
            # the answer half-typed when the draft was closed, untouched since: sent only when confirmed
            if self._live_timer is not None:
                self._live_timer.stop()
            self._asked_restored = restored  # a live check already under way must not replace this question
            self.query_one("#live", Static).update(Text(
                texts.get("tui.screens.interview.svaret_du_var_gang"), style="bold"))
            return
        self._asked_restored = None
        if self._live_timer is not None:
            self._live_timer.stop()  # the sent answer's feedback replaces the live list; no late live result
        if self.session.submit(form.get_answer()) is not None:
            return  # a Danish error was said; the answer stays in the form
        self._last_answer = self._sent_answer = form.get_answer()
        self._set_subtitle()
        self.update_side()
        self.query_one("#live", Static).update(texts.get("tui.screens.interview.tjekker_svaret_du_skriver"))
        # nothing typed now may land in an answer that is about to be left behind: the form is disabled, and
        # keys typed meanwhile are kept (on_key) and typed into the field that has focus when the check is done
        self._busy = True
        form.disabled = True
        self.set_focus(None)  # at once: the next keys reach the screen (on_key keeps them), not the old field
        self._submit_check(step.id, self.session.snapshot())

    @work(thread=True, exclusive=True, group="submit-check")
    def _submit_check(self, step_id: str, snapshot) -> None:
        run = self._run(snapshot)
        self.app.call_from_thread(self._after_check, step_id, run)

    def _run(self, snapshot) -> CheckRun:
        return self.app.run_checks(snapshot)

    def on_screen_resume(self) -> None:
        """Back from the review: it may have saved, confirmed SMART answers or rechecked the whole delmål."""
        if self.session is not None:
            self._set_subtitle()
            self.update_side()

    async def _after_check(self, step_id: str, run: CheckRun) -> None:
        step = self.step
        if step is None or step.id != step_id:
            # the user is on another question (a shortcut acted under the check): the result is not theirs to see
            # now, but the screen is no longer waiting for it – the keys kept meanwhile are typed (never stuck)
            if self._busy:
                self._not_busy()
            return
        self._first_new = None
        fb = self.session.feedback(run)
        if fb.form_answer is not None and self.form is not None:
            # meeting mode: the staff wording made from the resident's words, to accept (send) or edit
            self._last_answer = self.form.load_answer(fb.form_answer)
        self.update_side()
        self._render_pending(fb)
        if fb.advance:
            await self.advance()
            self._not_busy()
            return
        # what was just said (the findings, a proposal in meeting mode) is part of the draft: on disk now, not only
        # after the next edit (loading a proposal into the box is no edit: a tab closed now lost it)
        self.autosave()
        if self.form is not None:
            self.form.disabled = False
        first = self._first_new
        if first is not None:
            log = self.query_one("#log", VerticalScroll)
            log.call_after_refresh(log.scroll_to_widget, first, animate=False, top=True)
        if self.form is not None:
            try:
                if not (fb.focus and self.form.focus_path(fb.focus)):
                    self.form.focus_first()
            except NoMatches:  # the form is being replaced
                pass
        self._not_busy()

    def _render_pending(self, fb) -> None:
        """Under the answer: every finding of the sent answer, one line each, so none hides above the fold."""
        live = self.query_one("#live", Static)
        if fb.advance or not fb.findings:
            said = fb.messages[-1] if fb.messages and not fb.advance else ""
            if self.meeting and self.step is not None and said.endswith(self.step.ask(True)):
                # the step's own question asked again (after «øh», «tja»): it stands right above the box and in
                # the conversation – not a third time under the box
                said = ""
            show(live, Text(said))
            return
        lines = []
        if self.meeting:
            # the one question the resident was asked (one at a time); the others are in the staff panel
            lines = [m.split("→ ")[-1] for m in fb.messages if "→ " in m][:1] or fb.notes[:1]
        for f in ([] if self.meeting else fb.findings):
            where = self.session.fields.label(f.field) if f.field and self.step.kind not in ("text", "line") else ""
            lines.append(f"{severity_word(f.severity)}{f' [{where}]' if where else ''}: {followup_for(self.prompts, f)[1]}")
        if not self.meeting:
            lines.extend(fb.notes)
        show(live, _finding_list(texts.get("tui.screens.interview.svaret_se_samtalen"), lines,
                                  more=self.app.hint("alle i samtalen herover ({log-down})"), width=live_width(live),
                                  meeting=self.meeting))

    async def advance(self) -> None:
        nxt = self.session.next()
        if nxt is None:
            if self.meeting:  # the resident's screen: no checklist or keys for staff
                self.session.say("assistant", self.session.texts.to_resident("done"))
            else:
                self.session.say("assistant", texts.get("tui.screens.interview.alle_spoergsmaal_besvaret_gennemse")
                                 + self.app.hint(texts.get("tui.screens.interview.bemaerkningerne_gem")))
            self.autosave()
            self.app.push_screen(ReviewScreen(self.session))
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
            self.notify(texts.get("tui.screens.interview.du_ved_foerste_spoergsmaal"))
            return
        await self.show_step(prev)
        self.autosave()

    async def goto_step(self, step_id: str, *, come_back: bool = True) -> None:
        """"Gå til": show that step; once it is sent or skipped, the interview returns to where the user was
        (the step, or the review when it was open). `come_back=False`: a plain jump that goes on from there."""
        self._keep_typed()
        from_review = any(isinstance(s, ReviewScreen) for s in self.app.screen_stack)
        while self.app.screen is not self and len(self.app.screen_stack) > 1:
            self.app.pop_screen()
        await self.show_step(self.prompts.step(step_id), goto=come_back, from_review=from_review)
        self.autosave()

    def action_home(self) -> None:
        if self.flush():
            self.notify(texts.get("tui.screens.interview.kladden_gemt_du_kan"), timeout=5)
        self.app.action_home()

    def action_help(self) -> None:
        if self.step:
            self.app.push_screen(HelpScreen(self.step, self.meeting))

    def _meeting_on_start(self) -> str:
        return self.session._text("meeting_on")[:20]

    async def action_toggle_meeting(self) -> None:
        self._keep_typed()
        if not self.meeting:
            # what was written for staff before the meeting is not on the resident's screen (shown again after)
            for m in self.query_one("#log", VerticalScroll).query(ChatMessage):
                m.add_class("before-meeting")
        self.session.toggle_meeting()
        self.set_class(self.meeting, "meeting")
        self.remove_class("staff-panel")  # the resident's screen starts without the staff panel
        self._set_subtitle()
        if self.step and self.meeting and self.step.staff_only:
            # the meeting begins on a step that is the staff's (the justification, the classification): not put to
            # the resident – on to the next, the step named in the staff panel
            self.session.note_staff_step(self.step)
            await self.advance()
        elif self.step:
            await self.show_step(self.step, ask=False)  # the form in the words of whoever is at the screen
        self.update_side()
        self.autosave()

    async def answer_staff_steps(self) -> None:
        """After the meeting, from the review: the staff's steps that were not put to the resident, one after the
        other (then back to the review). The meeting is over: meeting mode is turned off first, so the staff's
        questions are never on the resident's screen."""
        steps = self.session.open_staff_steps()
        if not steps:
            return
        if self.meeting:
            self.session.draft.meeting_mode = False
            self.session.say("system", self.session._text("meeting_off"))
            self.set_class(False, "meeting")
            self._set_subtitle()
        await self.goto_step(steps[0].id)
        self.update_side()

    def action_use_proposal(self) -> None:
        """F6: the proposed "At beboeren …" wording replaces the first-person answer (the own words are kept)."""
        proposal = self.session.proposal if self.session else None
        if not proposal or self.form is None or self.step is None or self.step.text_path != "wording":
            self.notify(texts.get("tui.screens.interview.ikke_noget_forslag_bruge"), timeout=4)
            return
        self.form.set_answer({"text": proposal})
        self.session.keep_typed({"text": proposal})
        self.session.proposal = None
        self.session.say("system", texts.get("tui.screens.interview.forslaget_bruges_send_enter", proposal=proposal))
        self.form.focus_first()
        self.update_side()

    def action_select_answer(self) -> None:
        """F7 (Alt+A in the browser): select the whole answer in the focused field, to write it anew."""
        w = self.focused
        if hasattr(w, "select_all"):
            w.select_all()

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
        # in meeting mode the staff's steps are not put to the resident: not counted for them either
        steps = [s.id for s in self.prompts.steps if not (self.meeting and s.staff_only)] or [step.id]
        number = (steps.index(step.id) if step.id in steps else self.prompts.index(step.id)) + 1
        q = Text()
        # in meeting mode without the field's staff name: the resident reads the question itself below
        title = "" if self.meeting else f": {step.title}"
        q.append(texts.get("tui.screens.interview.spoergsmaal", number=number, len=len(steps),
                           title=title), style="bold")
        if self.meeting:
            q.append("\n" + step.ask(True))
        if self.form is not None:
            q.append("\n" + self.app.hint(self.form.hint), style="dim")
        show(self.query_one("#question", Static), q)

    def action_review(self) -> None:
        self._keep_typed()
        self.autosave()
        self.app.push_screen(ReviewScreen(self.session))
