"""Textual's private API, in one place (Textual 8.x). Everything here reaches past Textual's public interface;
when Textual changes, this module and `tests/test_tui_compat.py` are where it shows.

- `BindingsTable`, `KeyPanel`: the key panel's widgets (`textual.widgets._key_panel`), subclassed for Danish key
  descriptions (tui/app.py).
- `exit_quietly(app, error, message)`: what `App._handle_exception` does, without Textual's traceback (which
  prints local variables, i.e. the delmål): remember the error for `run_test`, set exit code 1, print our Danish
  message on exit, close the message queues.
- `TEXTAREA_KEY_HOOK`: the name of TextArea's key handler that the answer box overrides to send on Enter
  (tui/forms.py `AnswerArea._on_key`); the smoke test checks that it still exists.
"""

from __future__ import annotations

from rich.console import RenderableType
from textual.app import App
from textual.widgets._key_panel import BindingsTable, KeyPanel

__all__ = ["BindingsTable", "KeyPanel", "TEXTAREA_KEY_HOOK", "exit_quietly"]

TEXTAREA_KEY_HOOK = "_on_key"  # checked by tests/test_tui_compat.py (importing TextArea here cost the start-up)


def exit_quietly(app: App, error: BaseException, message: RenderableType) -> None:
    """End the app after an unexpected error with exit code 1 and `message` printed on exit, no traceback."""
    app._return_code = 1
    if app._exception is None:  # run_test re-raises it, so tests still see the error
        app._exception = error
        app._exception_event.set()
    app._exit_renderables.append(message)
    app._close_messages_no_wait()
