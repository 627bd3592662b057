"""Keys typed while the assistant starts.

Until Textual puts the terminal into raw mode (a second or two after `delmaal` is typed on a busy machine), the
terminal's line discipline turns Enter into a line feed (ICRNL), which Textual reads as Ctrl+J – an Enter typed
ahead to pick «Nyt delmål» did nothing – and echoes typed letters over the screen. `hold()` switches that off at
the very start of `main()` (only the input side: no CR→LF, no echo, keys readable one by one); what the user types
stays in the terminal's queue until the assistant reads it. `hold()` returns the function that puts back the
terminal exactly as it was; Textual restores its own changes first, on its way out.

Keys typed even earlier – while `./run` set up the program the first time, a minute of pip – were read by the line
discipline then, with CR→LF on: an Enter there is a line feed in the queue and would still be read as Ctrl+J.
`hold()` takes what is queued at that moment, turns those line feeds back into Enter, and `typed_before()` gives
it to the assistant, which replays it before anything typed later (tui/app_parts/earlyinput.py).
"""

from __future__ import annotations

import os
import struct
import sys
from collections.abc import Callable

if sys.platform == "win32":  # its console has no line discipline of this kind
    termios = None
else:
    import termios


def hold(fd: int | None = None) -> Callable[[], None] | None:
    """Key mode for the terminal on `fd` (standard input): None when it is not a terminal or cannot change."""
    global _typed_before
    if termios is None:
        return None
    try:
        fd = sys.stdin.fileno() if fd is None else fd
        if not os.isatty(fd):
            return None
        before = termios.tcgetattr(fd)
    except (AttributeError, OSError, ValueError, termios.error):
        return None
    mode = [*before[:6], list(before[6])]
    mode[0] &= ~termios.ICRNL
    mode[3] &= ~(termios.ICANON | termios.ECHO)
    mode[6][termios.VMIN] = 1
    mode[6][termios.VTIME] = 0
    try:
        termios.tcsetattr(fd, termios.TCSANOW, mode)
    except termios.error:
        return None
    _typed_before = _take_queued(fd, enter_was_lf=bool(before[0] & termios.ICRNL))

    def restore() -> None:
        try:
            termios.tcsetattr(fd, termios.TCSADRAIN, before)
        except (OSError, termios.error):
            pass

    return restore


#: keys typed before `hold()` (taken from the terminal's queue), for the assistant to replay first
_typed_before = ""


def _take_queued(fd: int, *, enter_was_lf: bool) -> str:
    """What is in the terminal's input queue now, as typed: a line feed queued under CR→LF was an Enter."""
    if sys.platform == "win32":  # (hold() returns before this there: no termios)
        return ""
    import fcntl  # deferred: only where termios is

    try:
        count = struct.unpack("i", fcntl.ioctl(fd, termios.FIONREAD, b"\0\0\0\0"))[0]
        data = os.read(fd, count) if count > 0 else b""
    except (OSError, termios.error):
        return ""
    text = data.decode("utf-8", errors="replace")
    return text.replace("\n", "\r") if enter_was_lf else text


def typed_before() -> str:
    """The keys typed before the assistant held the terminal (once: taken by the caller)."""
    global _typed_before
    text, _typed_before = _typed_before, ""
    return text
