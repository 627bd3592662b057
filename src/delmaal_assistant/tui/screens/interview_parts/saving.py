"""The draft on disk: autosave while typing, a flush on leaving, the header and side panel saying "IKKE GEMT"
while it cannot be written, and saving the delmål file on the way out."""

from __future__ import annotations

import time
from pathlib import Path

from rich.text import Text
from textual.css.query import NoMatches
from textual.widgets import Static

from delmaal_assistant.core import texts
from delmaal_assistant.core.sanitize import terminal_safe

from delmaal_assistant.tui.screens.review import ReviewScreen
from textual.widgets import Input, TextArea
from delmaal_assistant.core.files.storage import load_delmaal, same_apart_from_observations


class DraftSaving:
    """Mixin for `InterviewScreen`: the draft written, and said when it is not."""

    #: seconds of further typing after which a draft that still cannot be saved is announced again
    REANNOUNCE_SECONDS = 20.0

    def _set_subtitle(self) -> None:
        """The header: the delmål's title, meeting mode, and — first, so a long title can never push it out of
        an 80-column header — "IKKE GEMT!" while the draft cannot be written."""
        unsaved = bool(self.session and self.session.save_error)
        if self.meeting:
            # the resident's screen: their goal, not the tool's name, the staff's title or «mødetilstand»
            self.title = texts.get("tui.screens.interview_parts.saving.moede_titel")
            self.sub_title = texts.get("tui.screens.interview_parts.saving.ikke_gemt").rstrip(" ·") if unsaved else ""
            self._show_unsaved()
            return
        self.title = None  # the app's title
        mode = ""
        title = terminal_safe(self.d.title or texts.get("tui.screens.interview_parts.saving.nyt_delmaal")).replace("\n", " ")
        limit = 24 if unsaved else 48
        if len(title) > limit:
            title = title[: limit - 1] + "…"
        self.sub_title = (texts.get("tui.screens.interview_parts.saving.ikke_gemt") if unsaved else "") + title + mode
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
        w.update(Text(texts.get("tui.screens.interview_parts.saving.ikke_gemt_du_skriver",
                                terminal_safe=terminal_safe(err)), style="bold") if err else "")

    def autosave(self) -> bool:
        """Write the draft now. True when it is on disk; on failure the user is told (once per reason)."""
        self._remember_cursor()
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
            err = texts.get("tui.screens.interview_parts.saving.stadig_ikke_gemt_du") + err
        self.notify(err, severity="error", timeout=15, title=texts.get("tui.screens.interview_parts.saving.ikke_gemt_2"))

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

    def _remember_cursor(self) -> None:
        """The field that has focus in the step's form and the cursor in it, into the draft (for resuming)."""

        form, w = self.form, self.app.focused
        if form is None or w is None or not w.id or w not in form.query("Input, TextArea"):
            return  # between steps, or focus outside the form: keep what was remembered
        cursor = [w.cursor_position] if isinstance(w, Input) else list(w.cursor_location) \
            if isinstance(w, TextArea) else []
        if (self.draft.focus, self.draft.cursor) != (w.id, cursor):
            self.draft.focus, self.draft.cursor = w.id, cursor

    def saved_file_is_older(self) -> bool:
        """True when the delmål was saved as a file and what is written now differs from that file (the draft
        is newer). A file that is gone or cannot be read counts as older: it no longer holds the edits."""
        path = self.draft.saved_path
        if not path:
            return False

        try:
            saved = load_delmaal(Path(path))
        except Exception:
            return True
        # observations logged since (and an evaluation) live in the file, not in the draft: not an edit
        return not same_apart_from_observations(saved, self.d)

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
