"""One practice round in "Øv dig", without any UI: the exercise now, its part now, the sends so far, and what to
show after each send. The screens (terminal and browser) only show what it says.

    r = PracticeRound(store.load(), bank(), checker)
    ex = r.next()                 # the kind that fails most
    step = r.send({"text": "…"})  # the judges' verdict; after a pass or MAX_TRIES sends the model answer
    r.advance()                   # the next part, or the exercise is done and recorded

Progress is recorded (and saved through `save`) when an exercise ends; what the learner typed is never stored.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Callable

from delmaal_assistant.core import texts
from delmaal_assistant.core.practice.bank import Bank, Exercise, Part
from delmaal_assistant.core.practice.judge import MAX_TRIES, Verdict, judge_answer
from delmaal_assistant.core.practice.progress import Progress


@dataclass
class SendResult:
    verdict: Verdict
    tries: int  # sends on this part so far
    reveal: bool  # show the model answer now (a pass, or the last try)
    part_done: bool
    exercise_done: bool


class PracticeRound:
    def __init__(self, progress: Progress, bank: Bank, checker=None, *, save: Callable[[Progress], None] | None = None,
                 run=None, keys: Callable[[str], str] | None = None, today: date | None = None) -> None:
        self.progress = progress
        self.bank = bank
        self.checker = checker
        self._save = save
        self._run = run  # the UI's own check (waits for the checker to load)
        self.keys = keys
        self.today = today
        self.exercise: Exercise | None = None
        self.part_index = 0
        self.tries = 0
        self.first_try = True  # every part passed at its first send so far
        self.all_passed = True
        self.total_tries = 0
        self.part_done = False
        self.done_in_round = 0
        self.save_error: str | None = None

    @property
    def part(self) -> Part | None:
        return self.exercise.parts[self.part_index] if self.exercise else None

    def next(self, exercise: Exercise | None = None) -> Exercise:
        self.exercise = exercise or self.progress.next_exercise(self.bank)
        self.part_index, self.tries, self.total_tries = 0, 0, 0
        self.first_try, self.all_passed, self.part_done = True, True, False
        return self.exercise

    def send(self, answer: dict[str, str]) -> SendResult:
        assert self.exercise is not None and self.part is not None
        verdict = judge_answer(self.checker, self.part, answer, keys=self.keys, run=self._run)
        if not verdict.ok:  # the checker could not run: not a try, nothing learnt from it
            return SendResult(verdict, self.tries, False, False, False)
        self.tries += 1
        self.total_tries += 1
        if not verdict.passed and self.tries == 1:
            self.first_try = False
        reveal = verdict.passed or self.tries >= MAX_TRIES
        if reveal:
            self.all_passed = self.all_passed and verdict.passed
            self.part_done = True
        last = self.part_index == len(self.exercise.parts) - 1
        return SendResult(verdict, self.tries, reveal, reveal, reveal and last)

    def give_up(self) -> None:
        """Show the model answer now (counts as not passed)."""
        self.first_try = False
        self.all_passed = False
        self.part_done = True

    def advance(self) -> bool:
        """After a part is done: the next part (True), or the exercise is recorded and done (False)."""
        assert self.exercise is not None
        if self.part_index < len(self.exercise.parts) - 1:
            self.part_index += 1
            self.tries = 0
            self.part_done = False
            return True
        self.progress.record(self.exercise, first_try=self.first_try and self.all_passed, passed=self.all_passed,
                             tries=self.total_tries, today=self.today)
        self.done_in_round += 1
        if self._save is not None:
            try:
                self._save(self.progress)
                self.save_error = None
            except Exception as exc:  # StorageError, OSError: the round goes on, the user is told
                self.save_error = texts.get("core.practice.round.din_oevelseshistorik_kunne_ikke", exc=exc)
        return False
