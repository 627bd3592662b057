"""`delmaal web`: a reload of the page returns to the draft that was open in the tab."""

from __future__ import annotations

import os
import re
from pathlib import Path


from delmaal_assistant.core.files.drafts import DraftLocked
from delmaal_assistant.core.files.storage import StorageError


class WebTabMemory:
    """Mixin for `DelmaalApp`: which draft this browser tab has open."""

    def _web_tab_file(self) -> Path | None:
        if not self.web_tab or not re.fullmatch(r"[A-Za-z0-9_-]{1,64}", self.web_tab):
            return None
        return self.data_dir / "web-tabs" / f"{self.web_tab}.txt"

    def remember_web_draft(self, draft_id: str | None) -> None:
        """The draft open in this browser tab (None: none), so a reload of the page returns to it."""
        path = self._web_tab_file()
        if path is None:
            return
        try:
            if draft_id is None:
                path.unlink(missing_ok=True)
            else:
                path.parent.mkdir(parents=True, exist_ok=True)
                tmp = path.with_suffix(".tmp")
                tmp.write_text(draft_id, encoding="utf-8")
                os.replace(tmp, path)
        except OSError:
            pass  # a convenience: a reload then starts on the start screen

    def _resume_web_tab(self, tries: int = 0) -> None:
        """After a reload: open the draft this tab had open, at its current question. The old page's assistant
        is still writing it and letting go of it for a moment: wait for its lock (up to ~10 s)."""
        path = self._web_tab_file()
        try:
            draft_id = path.read_text(encoding="utf-8").strip() if path else ""
        except OSError:
            return
        if not re.fullmatch(r"[A-Za-z0-9_-]{1,80}", draft_id):
            return
        if draft_id not in self._draft_locks:
            try:
                lock = self.store.lock(draft_id)
            except DraftLocked:
                if tries < 40:
                    self.set_timer(0.25, lambda: self._resume_web_tab(tries + 1))
                    return
                lock = None
            except StorageError:
                return
            if lock is not None:
                self._draft_locks[draft_id] = [lock, 0]
        try:
            draft = self.store.load(draft_id)
        except StorageError:
            self.remember_web_draft(None)
            if draft_id in self._draft_locks and self._draft_locks[draft_id][1] == 0:
                self.release_draft(draft_id)
            return
        self.open_interview(draft, resumed=True)
