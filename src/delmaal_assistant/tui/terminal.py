"""The last line of defence on the way to the terminal: a line filter that drops control and bidi characters."""

from __future__ import annotations

import re

from rich.segment import Segment
from textual.filter import LineFilter

#: terminal control characters (C0 but tab and newline, DEL, C1) and bidi controls: never sent to the terminal
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")


class TerminalSafeFilter(LineFilter):
    """The last line of defence: whatever a widget renders (also an Input or TextArea holding text from an
    opened file or draft), control and bidi characters are removed from its text before it reaches the
    terminal, so `ESC ]0;…` cannot set the title, `ESC [2J` cannot clear the screen, OSC 52 cannot write the
    clipboard, and a right-to-left override cannot reorder what is shown. They are zero-width, so the layout
    is unchanged. Our own renderings show bidi controls as visible markers (`core.sanitize.terminal_safe`)."""

    def apply(self, segments: list[Segment], background) -> list[Segment]:
        out = segments
        for i, seg in enumerate(segments):
            if seg.control is None and _UNSAFE.search(seg.text):
                if out is segments:
                    out = list(segments)
                out[i] = Segment(_UNSAFE.sub("", seg.text), seg.style, seg.control)
        return out
