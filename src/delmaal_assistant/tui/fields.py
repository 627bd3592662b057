"""Text fields whose keys take effect in the order they were typed.

Textual runs a field's printable keys in the field itself (`Input._on_key` inserts the character at once), but its
editing keys – Backspace, Delete, ←/→, Home/End – are *bindings*: the key event bubbles up through every parent's
message queue to the app, and only there is `delete_left` run. Bubbling is asynchronous, so in a burst (a held
Backspace, then fast typing) the letters typed after Backspace were inserted first and the late Backspaces then
deleted them: "Visuel støtte" after a held Backspace became "isuel støtte" or vanished (issue 26). The slower a
refresh (a long remark list under the answer), the wider the window.

`InOrderKeys` runs the field's own key bindings inside the field's own queue, in the order the keys arrived, as
Textual's binding lookup would have done a moment later (the focused widget's bindings come first there too).

A key with Alt or Ctrl that carries a character (a browser sends Alt+A as ESC a, which Textual reports as key
"alt+a" *with* the character "a") is a shortcut, never text: the field does not insert it, and it goes on to the
screen's and app's bindings (Alt+A selects the answer, Alt+H opens help, …) instead of typing "a" or "h".
"""

from __future__ import annotations

from textual import events
from textual.widgets import Input, TextArea

_SHORTCUT_MODIFIERS = ("alt+", "ctrl+", "super+", "meta+", "hyper+")


def is_shortcut(event: events.Key) -> bool:
    """True for a key pressed with Alt/Ctrl/…: a command, even when the terminal reports a character for it."""
    return event.key.startswith(_SHORTCUT_MODIFIERS) or "+alt+" in event.key or "+ctrl+" in event.key


def is_text(event: events.Key) -> bool:
    """A key that types a character into a text field (a shortcut never does)."""
    return event.is_printable and not is_shortcut(event)


class InOrderKeys:
    """Mixin for Input/TextArea: editing keys run in the field's own queue (in order with the letters); a
    shortcut with a character is not typed."""

    async def _on_key(self, event: events.Key) -> None:
        # Textual calls the `_on_key` of every class in the field's MRO (ours first) until one prevents the
        # default: preventing it here keeps Input/TextArea from handling the key themselves.
        if is_shortcut(event) and event.is_printable:
            # not text: the field does not insert it; the key goes on up to the bindings (the screen's, the app's)
            event.prevent_default()
            return
        if not event.is_printable and not getattr(self, "read_only", False):
            for binding in self._bindings.key_to_bindings.get(event.key, ()):
                if binding.priority:
                    continue
                if await self.app.run_action(binding.action, self):
                    event.stop()
                    event.prevent_default()
                    self._restart_blink()
                    return


class LineInput(InOrderKeys, Input):
    """A one-line text field (Textual's Input) whose keys take effect in the order they were typed."""


class TextBox(InOrderKeys, TextArea):
    """A multi-line text field (Textual's TextArea) whose keys take effect in the order they were typed."""
