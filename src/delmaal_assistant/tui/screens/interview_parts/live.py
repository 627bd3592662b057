"""The live check while typing: a moment after the last keystroke the answer is checked in a worker and its
findings shown under the form; the whole delmål is checked in the background for the side panel."""

from __future__ import annotations

import time

from rich.text import Text
from textual import work
from textual.css.query import NoMatches
from textual.widgets import Static

from delmaal_assistant.core import texts
from delmaal_assistant.core.interview import followup_for
from delmaal_assistant.core.interview.session import CheckRun
from delmaal_assistant.tui.forms import StepForm
from delmaal_assistant.tui.render import severity_word, show

from delmaal_assistant.tui.screens.common import LIVE_DELAY, _finding_list, live_width


class LiveCheck:
    """Mixin for `InterviewScreen`: the live check of the answer being typed."""

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
            show(self.query_one("#live", Static), "")
            return
        self._live_check(step.id, answer, self.session.snapshot())

    @work(thread=True, exclusive=True, group="live-check")
    def _live_check(self, step_id: str, answer: dict, snapshot) -> None:
        run = self._run(snapshot)
        self.app.call_from_thread(self._show_live, step_id, answer, run)

    def _show_live(self, step_id: str, answer: dict, run: CheckRun) -> None:
        if not self.is_attached or not self.query("#live"):
            return  # the screen was closed (or is being rebuilt) while the check ran: nothing to show it in
        if self.step is None or self.step.id != step_id or self._answer_now() != answer:
            return  # another step, a form being replaced, or the user typed on: stale
        if self._busy or answer == self._sent_answer:
            return  # this very answer was sent: its feedback is what stands under it
        if answer == self._asked_restored:
            return  # the restored answer, untouched: the question whether to send it stands under it
        self.session.record(run)
        self.update_side()
        self._render_live(run)

    def _render_live(self, run: CheckRun) -> None:
        """Compact: one line per finding (the full explanation comes in the conversation when sent)."""
        live = self.query_one("#live", Static)
        if self.meeting:
            # the resident's screen while they type: what the checker says of the text – or why it could not check
            # it – is for staff (the side panel, F4). A colleague does not put questions while someone speaks: the
            # remarks came as several numbered questions at once, «nej» typed to «Er der andre end os …?» was
            # asked «Hvad gør de?». They are asked once the answer is sent, one at a time; nothing is said here
            show(live, "")
            return
        if not run.ok:
            show(live, Text(texts.get("tui.screens.interview_parts.live.svaret_kan_ikke_tjekkes", error=run.error)))
            return
        findings, notes = self.session.current_points()  # the same list the sent answer is counted by
        if not findings and not notes:
            # staff are told there is nothing so far (the resident's screen has no word about the checker: above)
            show(live, Text(texts.get("tui.screens.interview_parts.live.ingen_bemaerkninger_indtil_videre")))
            return
        lines = []
        for f in findings:
            excerpt = ""
            if f.excerpt:
                excerpt = "«" + (f.excerpt if len(f.excerpt) <= 24 else f.excerpt[:23] + "…") + "» "
            lines.append(f"{severity_word(f.severity)} {excerpt}→ {followup_for(self.prompts, f)[1]}")
        lines.extend(notes)
        show(live, _finding_list(texts.get("tui.screens.interview_parts.live.mens_du_skriver"), lines,
                                  more=texts.get("tui.screens.interview_parts.live.send_svaret_saa_staar"),
                                  width=live_width(live)))

    @work(thread=True, exclusive=True, group="whole-check")
    def _check_all(self) -> None:
        run = self._run(self.session.snapshot())
        self.app.call_from_thread(self._after_check_all, run)

    def _after_check_all(self, run: CheckRun) -> None:
        if self.session.last_run is None:
            self.session.record(run)
            self.update_side()
