"""Keys typed before the assistant started (cli/earlykeys.py took them from the terminal's queue), replayed first.

The driver is given them as if it had read them itself, before its input thread starts: they reach the app ahead
of every key typed later, in order, through the same parser and the same key hold as any typed key."""

from __future__ import annotations


def replaying(driver_class: type, typed: str) -> type:
    """`driver_class`, but its first input is `typed` (the terminal drivers only; any other is returned as is)."""
    if not typed or not hasattr(driver_class, "run_input_thread"):
        return driver_class
    from textual._xterm_parser import XTermParser  # deferred: start-up (only when keys were typed early)

    class ReplayingDriver(driver_class):  # type: ignore[misc, valid-type]
        def start_application_mode(self) -> None:
            parser = XTermParser()
            for event in parser.feed(typed):
                self.process_message(event)
            super().start_application_mode()

    ReplayingDriver.__name__ = ReplayingDriver.__qualname__ = f"Replaying{driver_class.__name__}"
    return ReplayingDriver
