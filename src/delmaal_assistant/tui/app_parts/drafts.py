"""One writer per draft: an interview holds its draft's lock; a draft open in another instance is offered
read-only or as a copy."""

from __future__ import annotations

from delmaal_assistant.core import texts
from delmaal_assistant.core.files.drafts import Draft, DraftLock, DraftLocked
from delmaal_assistant.core.files.storage import StorageError


class DraftLocks:
    """Mixin for `DelmaalApp`: opening a draft in the interview and releasing its lock."""

    def open_interview(self, draft: Draft, *, resumed: bool = False) -> None:
        """Show `draft` in the interview, holding its lock. If another running instance has it open, ask:
        look at it read-only, continue in a copy, or cancel."""
        from delmaal_assistant.tui.screens import InterviewScreen  # deferred: start-up (the screens)

        held = self._draft_locks.get(draft.id)
        if held is None:
            try:
                lock = self.store.lock(draft.id)
            except DraftLocked as exc:
                self._draft_is_open_elsewhere(draft, str(exc))
                return
            except StorageError as exc:  # e.g. a read-only data folder: the draft can still be shown
                self.notify(texts.get("tui.app_parts.drafts.kladden_kunne_ikke_laases", exc=exc), severity="warning", timeout=10)
                lock = None
            held = self._draft_locks[draft.id] = [lock, 0]
        held[1] += 1
        self.remember_web_draft(draft.id)
        self.push_screen(InterviewScreen(draft, resumed=resumed))

    def release_draft(self, draft_id: str) -> None:
        """An interview screen for `draft_id` is gone: drop the lock when no screen uses it any more."""
        held = self._draft_locks.get(draft_id)
        if held is None:
            return
        held[1] -= 1
        if held[1] <= 0:
            del self._draft_locks[draft_id]
            lock: DraftLock | None = held[0]
            if lock is not None:
                lock.release()

    def _draft_is_open_elsewhere(self, draft: Draft, message: str) -> None:
        from delmaal_assistant.tui.modals import DraftLockedScreen, DraftViewScreen  # deferred: start-up (the modals)

        def chosen(choice: str | None) -> None:
            if choice == "view":
                self.push_screen(DraftViewScreen(draft))
            elif choice == "copy":
                try:
                    copy = self.store.copy(draft, texts.get("tui.app_parts.drafts.dette_kopi_kladde_var"))
                except StorageError as exc:
                    self.notify(texts.get("tui.app_parts.drafts.kopien_kunne_ikke_gemmes", exc=exc), severity="error", timeout=15)
                    return
                self.notify(texts.get("tui.app_parts.drafts.du_skriver_nu_kopi"), title="Kopi", timeout=8)
                self.open_interview(copy, resumed=True)

        self.push_screen(DraftLockedScreen(message), chosen)
