"""The screens, one per file: start, interview (the conversation), review/save, and the quick wording check.

The interview and review screens are views on one `core.session.InterviewSession`; the review never reaches into
the interview screen (the interview screen refreshes itself when the review is closed).
"""

from delmaal_assistant.tui.screens.check import CheckScreen
from delmaal_assistant.tui.screens.common import ChatMessage, calm_cursors
from delmaal_assistant.tui.screens.interview import InterviewScreen
from delmaal_assistant.tui.screens.practice import PracticeScreen
from delmaal_assistant.tui.screens.review import ReviewScreen
from delmaal_assistant.tui.screens.start import StartScreen

__all__ = ["CheckScreen", "ChatMessage", "InterviewScreen", "PracticeScreen", "ReviewScreen", "StartScreen", "calm_cursors"]
