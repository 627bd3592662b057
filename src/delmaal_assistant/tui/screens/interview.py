"""The interview: a thin view on `core.session.InterviewSession` – the conversation, the current step's form,
the live check and the side panel with SMART."""

from __future__ import annotations

import time
from pathlib import Path

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import Screen
from textual.timer import Timer
from textual.css.query import NoMatches
from textual.widgets import Checkbox, Header, Input, Static, TextArea

from delmaal_assistant.core.files.drafts import AutosavePolicy, ConversationEntry, Draft
from delmaal_assistant.core.interview import Step, followup_for
from delmaal_assistant.core.sanitize import terminal_safe
from delmaal_assistant.core.interview.session import REVIEW_STEP, CheckRun, InterviewSession
from delmaal_assistant.tui.forms import StepForm, make_form
from delmaal_assistant.tui.modals import ConfirmSmartScreen, HelpScreen
from delmaal_assistant.tui.widgets import StableFooter
from delmaal_assistant.tui.render import severity_word, smart_block

from delmaal_assistant.tui.screens.common import (
    LIVE_DELAY,
    ChatMessage,
    _finding_list,
    calm_cursors,
)
from delmaal_assistant.tui.screens.review import ReviewScreen


_EDIT_ACTIONS_INPUT = {"backspace": "delete_left", "delete": "delete_right", "left": "cursor_left",
                       "right": "cursor_right", "home": "home", "end": "end"}
_EDIT_ACTIONS_TEXTAREA = {"backspace": "delete_left", "delete": "delete_right", "left": "cursor_left",
                          "right": "cursor_right", "home": "cursor_line_start", "end": "cursor_line_end"}


class InterviewScreen(Screen):
    """A thin view on an `InterviewSession`: the conversation, the current step's form, the live check and the
    side panel with SMART. All state and every judgement live in the session (core)."""

    BINDINGS = [
        Binding("ctrl+s", "submit", "Send", id="submit", priority=True, tooltip="Send svaret"),
        Binding("ctrl+n", "skip", "Videre", id="skip", priority=True, tooltip="Gå videre alligevel"),
        Binding("ctrl+b", "back", "Forrige", id="back", priority=True, tooltip="Forrige spørgsmål"),
        Binding("f1", "help", "Hjælp", id="help"),
        Binding("f2", "toggle_meeting", "Møde", id="meeting"),
        Binding("f3", "review", "Gem", id="review", tooltip="Gennemse og gem"),
        Binding("f4", "toggle_side", "Sidepanel", id="side", show=False),  # meeting mode: the staff panel
        Binding("ctrl+j", "confirm_smart", "Bekræft SMART", id="confirm-smart", show=False),
        Binding("f6", "use_proposal", "Brug forslaget", id="use-proposal", show=False, priority=True),
        Binding("f7", "select_answer", "Markér hele svaret", id="select-all", show=False),
        Binding("pageup", "log_page(-1)", "Rul samtalen op", id="log-up", show=False, priority=True),
        Binding("pagedown", "log_page(1)", "Rul samtalen ned", id="log-down", show=False, priority=True),
        Binding("escape", "home", "Start", id="home", show=False),
        # Enter in a form's field is handled here, while the key is routed, so focus has moved before the next
        # key of a fast burst is routed (moving focus otherwise happens a moment later, and the next words
        # landed in the field just left): see action_enter_key
        Binding("enter", "enter_key", "Næste felt / send", id="enter-next", show=False, priority=True),
    ]

    async def action_enter_key(self) -> None:
        """Enter, while the key is routed (a priority binding): keys typed before it may still wait in the
        field's queue, keys typed after it must not land in the field being left. So focus moves now (the next
        field, or none while the answer is sent and checked: keys then reach the screen and are kept), and the
        field's own queue finishes its earlier keys before the answer is read and sent."""
        from textual.actions import SkipAction

        from delmaal_assistant.tui.forms import AnswerArea

        if self._busy:
            return  # a second Enter while the answer is sent: it is already on its way
        form, w = self.form, self.focused
        if form is None or w is None:
            raise SkipAction()
        if isinstance(w, AnswerArea):
            if not w.send_on_enter:
                raise SkipAction()  # one item per line: Enter is a new line
            target = None
        elif form.ENTER_WALKS and isinstance(w, (Input, Checkbox)) and w in form.enter_fields():
            target = form.enter_target(w)
        else:
            raise SkipAction()  # the widget's own Enter: a list picks or opens
        if target is not None:
            self.set_focus(target)
            return
        self._busy = True
        self.set_focus(None)
        w.call_later(self._send_after_enter, w)

    async def _send_after_enter(self, field) -> None:
        """The field has handled every key typed before Enter: now read and send the answer."""
        self._busy = False
        await self.action_submit()
        if not self._busy:  # not sent (an error was said): back to the field, with what was typed meanwhile
            if field.is_attached:
                self.set_focus(field)
            self._not_busy()

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
        self._announced_at = float("-inf")  # when "ikke gemt" was last announced
        self._unsaved_shown: str | None = None  # the save error the side panel shows
        self._first_new: ChatMessage | None = None  # the first message of the latest feedback
        #: keys typed while the sent answer is being checked (the form is disabled): replayed, in order, into
        #: the field that has focus afterwards, so nothing typed meanwhile is lost or reordered
        self._typed_ahead: list = []
        self._busy = False
        self._sent_answer: dict | None = None  # the answer whose feedback is shown under it

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
        self.set_class(self.meeting, "meeting")
        self.set_class(self.app.size.width < 100, "narrow")
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
        if self.resumed and self.draft.conversation and not go_review:
            self.session.say("system", f"Kladden er åbnet igen. Du var ved: {step.title}.")
        await self.show_step(step, ask=not go_review)
        if self.app.checker_ready:
            self._check_all()
        else:  # let the first question paint before the checker's import takes the CPU
            self.set_timer(self.app.CHECKER_DELAY * 2, self._check_all)
        self.update_side()
        if go_review:
            self.draft.step = REVIEW_STEP
            self.app.push_screen(ReviewScreen(self.session))
        log.call_after_refresh(log.scroll_end, animate=False)

    # ------------------------------------------------------------------ conversation

    def _mount_entry(self, entry: ConversationEntry) -> None:
        log = self.query_one("#log", VerticalScroll)
        msg = ChatMessage(entry)
        log.mount(msg)
        if self._first_new is None and entry.role == "assistant":
            self._first_new = msg
        log.call_after_refresh(log.scroll_end, animate=False)

    #: seconds of further typing after which a draft that still cannot be saved is announced again
    REANNOUNCE_SECONDS = 20.0

    def _set_subtitle(self) -> None:
        """The header: the delmål's title, meeting mode, and — first, so a long title can never push it out of
        an 80-column header — "IKKE GEMT!" while the draft cannot be written."""
        mode = " · mødetilstand" if self.meeting else ""
        unsaved = bool(self.session and self.session.save_error)
        title = terminal_safe(self.d.title or "nyt delmål").replace("\n", " ")
        limit = 24 if unsaved else 48
        if len(title) > limit:
            title = title[: limit - 1] + "…"
        self.sub_title = ("IKKE GEMT! · " if unsaved else "") + title + mode
        self._show_unsaved()

    def _show_unsaved(self) -> None:
        """The side panel's lasting "ikke gemt" notice, until a write of the draft succeeds."""
        try:
            w = self.query_one("#side-unsaved", Static)
        except NoMatches:
            return
        err = self.session.save_error if self.session else None
        if err == self._unsaved_shown:
            return  # nothing changed: no relayout (every autosave passes here)
        self._unsaved_shown = err
        w.set_class(bool(err), "on")
        w.update(Text(f"IKKE GEMT\n{terminal_safe(err)}\nDet, du skriver nu, findes kun i vinduet, til kladden "
                      "kan gemmes igen.", style="bold") if err else "")

    @property
    def form(self) -> StepForm | None:
        """The current step's form, once it is mounted and filled in (None while switching steps)."""
        return self._form

    async def show_step(self, step: Step, *, ask: bool = True, goto: bool = False, from_review: bool = False) -> None:
        self._form = None
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
        if form is None or step is None or self._busy:
            return
        if self._live_timer is not None:
            self._live_timer.stop()  # the sent answer's feedback replaces the live list; no late live result
        if self.session.submit(form.get_answer()) is not None:
            return  # a Danish error was said; the answer stays in the form
        self._last_answer = self._sent_answer = form.get_answer()
        self._set_subtitle()
        self.update_side()
        self.query_one("#live", Static).update("Tjekker svaret … Det, du skriver imens, kommer med bagefter.")
        # nothing typed now may land in an answer that is about to be left behind: the form is disabled, and
        # keys typed meanwhile are kept (on_key) and typed into the field that has focus when the check is done
        self._busy = True
        form.disabled = True
        self.set_focus(None)  # at once: the next keys reach the screen (on_key keeps them), not the old field
        self._submit_check(step.id, self.session.snapshot())

    def on_key(self, event) -> None:
        """Text keys that reach the screen were not taken by a text field: typed while a sent answer is checked
        (the form is disabled), or in the moment between one question's form and the next getting focus. They
        are kept and typed, in order, into the field that has focus next, so nothing typed fast is lost or
        reordered. (Enter and Tab are not replayed: a second Enter must not send the next answer unseen.) Text
        typed on a list or a tick box is not swallowed silently: the user is told."""
        if getattr(event, "_replayed", False):
            return
        if not (event.is_printable or event.key in ("backspace", "delete", "left", "right", "home", "end")):
            return
        focused = self.focused
        if self._busy or focused is None or isinstance(focused, (Input, TextArea)):
            event.stop()
            event.prevent_default()
            self._typed_ahead.append((event.key, event.character))
            if not self._busy and len(self._typed_ahead) == 1:
                self.call_after_refresh(self._replay_typed)
        elif event.is_printable and event.key != "space" and self.form is not None and focused in self.form.walk_children():
            # on a tick box or a list: focus may be on its way to a text field (a burst) – replay then; if it
            # is still here, the user is told the text was not written
            event.stop()
            self._typed_ahead.append((event.key, event.character))
            if len(self._typed_ahead) == 1:
                self.call_after_refresh(self._replay_typed)

    def _not_busy(self) -> None:
        """The check is done: the keys typed meanwhile go, in order, to the field that has focus now."""
        self._busy = False
        if self.form is not None:
            self.form.disabled = False
        if self._typed_ahead:
            self.call_after_refresh(self._replay_typed)

    def _replay_typed(self, tries: int = 0) -> None:
        from textual import events

        if self._busy or not self._typed_ahead:
            return
        if (self.focused is None or self.form is None) and tries < 20:
            # the next question's form is being built or is about to get focus: wait for it
            self.set_timer(0.05, lambda: self._replay_typed(tries + 1))
            return
        keys, self._typed_ahead = self._typed_ahead, []
        target = self.focused
        if target is not None and not isinstance(target, (Input, TextArea)):
            text = "".join(c for _k, c in keys if c and c.isprintable())
            if text.strip():
                self.app.bell()
                self.notify(f"«{text[:40]}» blev ikke skrevet: feltet her er ikke et tekstfelt. Tab eller Enter går "
                            "til næste felt.", timeout=6)
            return
        if target is None:
            self.notify("Det, du skrev, mens svaret blev tjekket, kunne ikke sættes ind: intet felt har fokus.",
                        severity="warning", timeout=8)
            return
        actions = _EDIT_ACTIONS_TEXTAREA if isinstance(target, TextArea) else _EDIT_ACTIONS_INPUT
        for key, character in keys:  # all through the field's own queue, so they stay in order
            if character is not None and character.isprintable():
                event = events.Key(key, character)
                event._replayed = True
                target.post_message(event)
            elif key in actions:
                target.call_later(target.run_action, actions[key])

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
            return
        self._first_new = None
        fb = self.session.feedback(run)
        if fb.form_answer is not None and self.form is not None:
            # meeting mode: the staff wording made from the resident's words, to accept (send) or edit
            self.form.set_answer(fb.form_answer)
            self._last_answer = self.form.get_answer()
        self.update_side()
        self._render_pending(fb)
        if fb.advance:
            await self.advance()
            self._not_busy()
            return
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
            live.update("" if fb.advance else Text(fb.messages[-1] if fb.messages else ""))
            return
        lines = []
        for f in fb.findings:
            if self.meeting:
                lines.append(self.session.explain(f).split("→ ")[-1])
                continue
            where = self.session.fields.label(f.field) if f.field and self.step.kind not in ("text", "line") else ""
            lines.append(f"{severity_word(f.severity)}{f' [{where}]' if where else ''}: {followup_for(self.prompts, f)[1]}")
        lines.extend(fb.notes)
        live.update(_finding_list("til svaret (se samtalen)", lines,
                                  more="alle i samtalen herover (PgDn)"))

    async def advance(self) -> None:
        nxt = self.session.next()
        if nxt is None:
            self.session.say("assistant", "Alle spørgsmål er besvaret. Gennemse delmålet, SMART-tjeklisten og "
                                          "bemærkningerne, og gem det (F3).")
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
            self.notify("Du er ved det første spørgsmål.")
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
            self.notify("Kladden er gemt. Du kan fortsætte den fra startskærmen.", timeout=5)
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
        number = self.prompts.index(step.id) + 1
        q = Text()
        # in meeting mode without the field's staff name: the resident reads the question itself below
        title = "" if self.meeting else f": {step.title}"
        q.append(f"Spørgsmål {number} af {len(self.prompts.steps)}{title}", style="bold")
        if self.meeting:
            q.append("\n" + step.ask(True))
        if self.form is not None:
            q.append("\n" + self.app.hint(self.form.hint), style="dim")
        self.query_one("#question", Static).update(q)

    def on_resize(self, event) -> None:
        self.set_class(self.app.size.width < 100, "narrow")
        self.update_side()

    def action_toggle_side(self) -> None:
        """F4: the side panel; in meeting mode the staff panel (SMART, notes, the resident's own words), which is
        hidden until staff ask for it."""
        if self.meeting:
            self.toggle_class("staff-panel")
            self.update_side()
        else:
            self.toggle_class("no-side")

    def action_review(self) -> None:
        self._keep_typed()
        self.autosave()
        self.app.push_screen(ReviewScreen(self.session))

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
        now = time.monotonic()
        self.autosave_policy.edited(now)
        if self.session.save_error and now - self._announced_at >= self.REANNOUNCE_SECONDS:
            self._announce_unsaved(self.session.save_error, again=True)
        self._schedule_live()
        self.update_side()

    async def on_step_form_submit_requested(self, event: StepForm.SubmitRequested) -> None:
        event.stop()
        await self.action_submit()

    def _schedule_live(self) -> None:
        if self._live_timer is not None:
            self._live_timer.stop()
        self._live_timer = self.set_timer(LIVE_DELAY, self._fire_live)

    def _answer_now(self) -> dict | None:
        """The current form's answer, or None while a form is being replaced (a timer or a check that finishes
        at that moment must not fail on a half-built or removed form)."""
        form = self.form
        if form is None or not form.is_attached:
            return None
        try:
            return form.get_answer()
        except NoMatches:
            return None

    def _fire_live(self) -> None:
        form, step, answer = self.form, self.step, self._answer_now()
        if form is None or step is None or answer is None:
            return
        if not form.check_text().strip():
            self.query_one("#live", Static).update("")
            return
        self._live_check(step.id, answer, self.session.snapshot())

    @work(thread=True, exclusive=True, group="live-check")
    def _live_check(self, step_id: str, answer: dict, snapshot) -> None:
        run = self._run(snapshot)
        self.app.call_from_thread(self._show_live, step_id, answer, run)

    def _show_live(self, step_id: str, answer: dict, run: CheckRun) -> None:
        if self.step is None or self.step.id != step_id or self._answer_now() != answer:
            return  # another step, a form being replaced, or the user typed on: stale
        if self._busy or answer == self._sent_answer:
            return  # this very answer was sent: its feedback is what stands under it
        self.session.record(run)
        self.update_side()
        self._render_live(run)

    def _render_live(self, run: CheckRun) -> None:
        """Compact: one line per finding (the full explanation comes in the conversation when sent)."""
        live = self.query_one("#live", Static)
        if not run.ok:
            live.update(Text(f"? Svaret kan ikke tjekkes lige nu: {run.error}"))
            return
        findings, notes = self.session.current_points()  # the same list the sent answer is counted by
        if not findings and not notes:
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
        lines.extend(notes)
        live.update(_finding_list("mens du skriver", lines,
                                  more="send svaret, så står alle i samtalen"))

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
                self._announce_unsaved(err)
            self.autosave_policy.retry_later(time.monotonic())
        else:
            self.autosave_policy.saved()
        self._shown_save_error = err
        self._set_subtitle()
        return err is None

    def _announce_unsaved(self, err: str, again: bool = False) -> None:
        self._announced_at = time.monotonic()
        if again:
            err = "Stadig ikke gemt – det, du skriver, er kun i vinduet. " + err
        self.notify(err, severity="error", timeout=15, title="Ikke gemt")

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

    def saved_file_is_older(self) -> bool:
        """True when the delmål was saved as a file and what is written now differs from that file (the draft
        is newer). A file that is gone or cannot be read counts as older: it no longer holds the edits."""
        path = self.draft.saved_path
        if not path:
            return False
        from delmaal_assistant.core.files.storage import load_delmaal

        try:
            saved = load_delmaal(Path(path))
        except Exception:
            return True
        skip = {"updated_at", "created_at"}
        return saved.model_dump(mode="json", exclude=skip) != self.d.model_dump(mode="json", exclude=skip)

    def save_file_then(self, done) -> None:
        """Save the delmål to its file the usual way (the review's save: the dialog, the check for personal
        data, exports kept in step), then call `done`."""
        while self.app.screen is not self and len(self.app.screen_stack) > 1:
            self.app.pop_screen()
        self._keep_typed()
        review = ReviewScreen(self.session, after_save=done)
        self.app.push_screen(review)
        review.call_after_refresh(review.action_save)

    def flush(self) -> bool:
        try:
            self._keep_typed()
        except Exception:  # never lose the rest of the draft because one field is odd
            pass
        return self.autosave()

    # ------------------------------------------------------------------ side panel

    def update_side(self) -> None:
        if not self.is_attached or self.session is None:
            return  # a check that finished after the screen was left
        try:
            self._update_side()
        except NoMatches:  # the screen is being taken down (a check finished as the app quits)
            pass

    def _update_side(self) -> None:
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
        try:
            side = self.query_one("#side-delmaal", Static)
            smart_panel = self.query_one("#side-smart", Static)
        except NoMatches:
            return  # the side panel is not mounted (yet, or any more): nothing to update
        side.update(t)
        items = self.session.smart()
        wide = self.app.size.width >= 110
        block = smart_block(items, with_reason=wide)
        if any(i.status == "ask" and i.number in (3, 6) for i in items):
            block.append(f"\n{self.app.key_label('confirm-smart')}: svar ja til 3 eller 6", style="dim")
        if self.meeting:
            # the staff panel: what is for staff only while the resident reads the conversation
            head = Text(f"TIL PERSONALET ({self.app.key_label('side')} skjuler)\n", style="bold")
            for note in self.session.staff_notes[-6:]:
                head.append("• " + terminal_safe(note) + "\n")
            if not self.session.staff_notes:
                head.append("Ingen noter endnu.\n", style="dim")
            head.append("\n")
            block = head + block
        smart_panel.update(block)

