"""The screens, one per file: start, interview (the conversation), review/save, and the quick wording check.

The interview and review screens are views on one `core.session.InterviewSession`; the review never reaches into
the interview screen (the interview screen refreshes itself when the review is closed).
"""

from __future__ import annotations

import importlib

#: each screen's module: imported when the screen is first asked for (PEP 562), so the start screen does not wait
#: for the interview, the review or the practice screens (issue 28: the first screen)
_HOME = {
    "CheckScreen": "check",
    "ChatMessage": "common",
    "InterviewScreen": "interview",
    "PracticeScreen": "practice",
    "ReviewScreen": "review",
    "StartScreen": "start",
    "calm_cursors": "common",
}

__all__ = sorted(_HOME)


def __getattr__(name: str):
    home = _HOME.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{home}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_HOME))
