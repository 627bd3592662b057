""""Øv dig": practice for new staff on invented cases, judged by the interview's own judges. No UI here."""

from delmaal_assistant.core.practice.bank import Bank, Exercise, Kind, Part, bank, load_bank
from delmaal_assistant.core.practice.judge import MAX_TRIES, Verdict, judge_answer
from delmaal_assistant.core.practice.progress import LEVEL2_AFTER, KindStats, Progress, ProgressStore

__all__ = ["Bank", "Exercise", "Kind", "Part", "bank", "load_bank", "MAX_TRIES", "Verdict", "judge_answer",
           "LEVEL2_AFTER", "KindStats", "Progress", "ProgressStore"]
