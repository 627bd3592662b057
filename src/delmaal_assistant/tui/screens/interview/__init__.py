"""The interview screen (`screen.py`) and its parts, one job each: typing ahead, the live check, the draft on
disk, the side panel."""

from delmaal_assistant.tui.screens.interview.screen import InterviewScreen

__all__ = ["InterviewScreen"]
