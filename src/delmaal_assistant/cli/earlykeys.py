"""Keys typed while the assistant starts.

Until Textual puts the terminal into raw mode (a second or two after `delmaal` is typed on a busy machine), the
terminal's line discipline turns Enter into a line feed (ICRNL), which Textual reads as Ctrl+J – an Enter typed
ahead to pick «Nyt delmål» did nothing – and echoes typed letters over the screen. `hold()` switches that off at
the very start of `main()` (only the input side: no CR→LF, no echo, keys readable one by one); what the user types
stays in the terminal's queue until the assistant reads it. `hold()` returns the function that puts back the
terminal exactly as it was; Textual restores its own changes first, on its way out.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable

if sys.platform == "win32":  # its console has no line discipline of this kind
    termios = None
else:
    import termios


def hold(fd: int | None = None) -> Callable[[], None] | None:
    """Key mode for the terminal on `fd` (standard input): None when it is not a terminal or cannot change."""
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

    def restore() -> None:
        try:
            termios.tcsetattr(fd, termios.TCSADRAIN, before)
        except (OSError, termios.error):
            pass

    return restore
