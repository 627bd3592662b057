"""What the period's screens share: the pending-typing names, a choice list that never swallows typing, the
autosave mixin for what is being typed, and which open screens hold unsent typing."""

from __future__ import annotations

import time
from pathlib import Path

from rich.text import Text
from textual.widgets import Input, OptionList

from delmaal_assistant.core.files.drafts import AutosavePolicy
from delmaal_assistant.core.files.observations import PendingStore
from delmaal_assistant.core.files.storage import StorageError

PENDING_OBS = "observation"
PENDING_EVAL = "evaluation"


class ChoiceList(OptionList):
    """A list to choose from that never swallows typing: a printable key typed while it has the focus (e.g. right
    after Enter, before the focus has moved on) goes to the text field `target`, so no keystroke is lost. With
    `digits`, a digit chooses the option with that number (the levels 0-4)."""

    def __init__(self, *options, target: str, digits: bool = False, **kw) -> None:
        super().__init__(*options, **kw)
        self.target = target
        self.digits = digits

    def on_key(self, event) -> None:
        if event.key == "enter":
            # chosen here and now: a binding looked up later would follow the focus that typing right after
            # Enter has already moved to the text field (and submit that instead)
            event.stop()
            event.prevent_default()
            self.action_select()
            return
        ch = event.character
        if not ch or not ch.isprintable() or event.key in ("space", "up", "down", "home", "end"):
            return
        if self.digits and ch.isdigit() and int(ch) < self.option_count:
            event.stop()
            event.prevent_default()
            self.highlighted = int(ch)
            return
        try:
            field = self.screen.query_one(self.target, Input)
        except Exception:  # noqa: BLE001 - no such field on this screen: the key is left to the list
            return
        event.stop()
        event.prevent_default()
        field.display = True
        field.focus()
        field.insert_text_at_cursor(ch)


def mark_choice(options: OptionList, labels: list[str]) -> None:
    """Show the highlighted option with ▶ (not by colour alone); the others get two spaces."""
    for i, label in enumerate(labels):
        options.replace_option_prompt_at_index(i, Text(("▶ " if i == options.highlighted else "  ") + label))


def followup_screens(app) -> list:
    """The open screens with unsent typing of their own (flushed by the app on SIGTERM, SIGHUP and Ctrl+Q)."""
    return [s for s in app.screen_stack if isinstance(s, _Autosaving) and hasattr(s, "policy")]


def pending_store(app) -> PendingStore:
    return PendingStore(Path(app.data_dir) / "followup")


class _Autosaving:
    """Mixin: `edited()` on every change, a timer writes `pending_data()` within ~1.25 s however steady the typing."""

    policy: AutosavePolicy
    save_error: str = ""

    def start_autosave(self) -> None:
        self.policy = AutosavePolicy()
        self.set_interval(0.25, self._autosave_tick)  # type: ignore[attr-defined]

    def edited(self) -> None:
        self.policy.edited(time.monotonic())

    def _autosave_tick(self) -> None:
        if self.policy.due(time.monotonic()):
            if self.flush() is False:
                self.policy.retry_later(time.monotonic())

    def flush(self) -> bool:
        """Write what is being typed now. False (and `save_error`) when it could not be written."""
        if not self.policy.dirty:
            return True
        try:
            self.write_pending()
        except (StorageError, OSError) as exc:
            self.save_error = str(exc)
            return False
        self.policy.saved()
        self.save_error = ""
        return True

    def write_pending(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError
