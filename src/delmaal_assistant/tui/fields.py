"""Text fields whose keys take effect in the order they were typed.

Textual runs a field's printable keys in the field itself (`Input._on_key` inserts the character at once), but its
editing keys – Backspace, Delete, ←/→, Home/End – are *bindings*: the key event bubbles up through every parent's
message queue to the app, and only there is `delete_left` run. Bubbling is asynchronous, so in a burst (a held
Backspace, then fast typing) the letters typed after Backspace were inserted first and the late Backspaces then
deleted them: "Visuel støtte" after a held Backspace became "isuel støtte" or vanished (issue 26). The slower a
refresh (a long remark list under the answer), the wider the window.

`InOrderKeys` runs the field's own key bindings inside the field's own queue, in the order the keys arrived, as
Textual's binding lookup would have done a moment later (the focused widget's bindings come first there too).

A shortcut waits for the field (`caught_up`): keys reach the app in batches (a fast typist, a browser's keys read
in one go on a busy machine, keys held while a step changes and then let go together), and the app routes a whole
batch before the field has run its part of it. A shortcut that reads the field – Ctrl+S sends the answer, Ctrl+N
keeps what was typed – then read it without the letters typed before it: "At beboeren vasker tøj hver onsdag."
then Ctrl+S sent an empty answer and the text showed up in the field afterwards (issue 26, the Chromium key walk
on a loaded machine). So before the app routes a key that is not text, the focused widget and every node above it
finish the keys they have.

A key with Alt or Ctrl that carries a character (a browser sends Alt+A as ESC a, which Textual reports as key
"alt+a" *with* the character "a") is a shortcut, never text: the field does not insert it, and it goes on to the
screen's and app's bindings (Alt+A selects the answer, Alt+H opens help, …) instead of typing "a" or "h".
"""

from __future__ import annotations

import asyncio

from textual import events
from textual.widgets import Input, TextArea

_SHORTCUT_MODIFIERS = ("alt+", "ctrl+", "super+", "meta+", "hyper+")


def is_shortcut(event: events.Key) -> bool:
    """True for a key pressed with Alt/Ctrl/…: a command, even when the terminal reports a character for it."""
    return event.key.startswith(_SHORTCUT_MODIFIERS) or "+alt+" in event.key or "+ctrl+" in event.key


def is_text(event: events.Key) -> bool:
    """A key that types a character into a text field (a shortcut never does)."""
    return event.is_printable and not is_shortcut(event)


#: longest wait for a field to finish its keys before a shortcut goes on (a field whose queue is stuck)
CATCH_UP_LIMIT = 10.0


async def _handled(node) -> None:
    """Return once `node` has handled every message already in its queue (a callback queued behind them has run);
    at once if it is closing (nothing more will be handled there)."""
    done = asyncio.Event()
    if node.call_later(done.set):
        await done.wait()


async def caught_up(widget) -> None:
    """Return once `widget` and every node above it up to its screen have handled the keys already sent their way
    – at most CATCH_UP_LIMIT seconds in all (a stuck queue: the key goes on, it must never be kept from the user).
    A key typed on a widget bubbles up one message queue at a time (a letter typed on a tick box reaches the
    screen, which keeps it as the answer): a shortcut or Enter routed before that bubble is done acts ahead of it.
    Found in Chromium under load (session 10): «nej» typed on «Har du en værge …?» while its form was being built
    was held with the Enter typed behind it and released together; Enter moved on first and «nej» landed in the
    next field."""
    from textual.screen import Screen  # deferred: start-up

    async def chain() -> None:
        node = widget
        while node is not None:
            await _handled(node)
            if isinstance(node, Screen):
                break
            node = node.parent

    try:
        await asyncio.wait_for(chain(), CATCH_UP_LIMIT)
    except asyncio.TimeoutError:
        pass


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


class SafeTextArea(TextArea):
    """Textual's TextArea, safe to draw once more after it was removed.

    Textual 8.2 clears a removed widget's component styles while the screen may still draw its old arrangement
    once (a timer's refresh before the next layout); TextArea's theme then raised KeyError («No 'text-area--gutter'
    key in COMPONENT_CLASSES», Textual issues #6208/#6528) and the app closed – on a loaded machine, when Alt+N
    replaced one question's form with the next (found in the Chromium meeting walk, session 10: the tab showed
    «Assistenten er lukket» halfway through). A removed field draws blank lines instead; it is gone at the next
    layout anyway."""

    def render_lines(self, crop):
        if not self.is_attached or not self._component_styles:
            from textual.strip import Strip  # deferred: start-up

            return [Strip.blank(crop.width)] * crop.height
        return super().render_lines(crop)


class TextBox(InOrderKeys, SafeTextArea):
    """A multi-line text field (Textual's TextArea) whose keys take effect in the order they were typed."""
