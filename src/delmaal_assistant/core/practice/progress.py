"""Progress in "Øv dig", stored locally per user (`DATA/practice/progress.json`, owner-only, atomic): per kind,
how many exercises were done, how many passed at the first try, how many passed at all, and how many sends it
took. Only exercise ids, kinds, counts and dates are stored — never what was typed, so no resident can end up in
it — and it is never a delmål file (no `.delmaal.json`).

The next exercise goes to the kind that fails most (the share not passed at the first try; kinds not yet tried
first), never the same kind twice in a row when another is open; whole delmål (level 2) open once
`LEVEL2_AFTER` single-element exercises are done.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from delmaal_assistant.core import texts
from delmaal_assistant.core.files.storage import atomic_write_text
from delmaal_assistant.core.practice.bank import Bank, Exercise

PROGRESS_FILE = "progress.json"
#: single-element exercises done before whole delmål are offered
LEVEL2_AFTER = 8


class KindStats(BaseModel):
    model_config = ConfigDict(extra="ignore")

    done: int = 0  # exercises finished (passed, or shown the model answer after the last try)
    first_try: int = 0  # passed at the first send
    passed: int = 0  # passed within the tries
    tries: int = 0  # sends in all

    @property
    def failed_first(self) -> int:
        return self.done - self.first_try


class Progress(BaseModel):
    model_config = ConfigDict(extra="ignore")

    version: int = 1
    kinds: dict[str, KindStats] = Field(default_factory=dict)
    done: list[str] = Field(default_factory=list)  # exercise ids, oldest first (repeats moved to the end)
    last_kind: str | None = None
    days: list[str] = Field(default_factory=list)  # ISO dates practised on
    started: str | None = None

    def stats(self, kind: str) -> KindStats:
        return self.kinds.get(kind) or KindStats()

    @property
    def total_done(self) -> int:
        return sum(s.done for s in self.kinds.values())

    def record(self, exercise: Exercise, *, first_try: bool, passed: bool, tries: int,
               today: date | None = None) -> None:
        s = self.kinds.setdefault(exercise.kind.id, KindStats())
        s.done += 1
        s.first_try += int(first_try)
        s.passed += int(passed)
        s.tries += tries
        if exercise.id in self.done:
            self.done.remove(exercise.id)
        self.done.append(exercise.id)
        self.last_kind = exercise.kind.id
        day = (today or date.today()).isoformat()
        if day not in self.days:
            self.days.append(day)
        self.started = self.started or day

    def fail_rate(self, kind: str) -> float | None:
        s = self.stats(kind)
        return None if not s.done else s.failed_first / s.done

    def level2_open(self, bank: Bank) -> bool:
        return sum(self.stats(k).done for k, kind in bank.kinds.items() if kind.level == 1) >= LEVEL2_AFTER

    def next_exercise(self, bank: Bank, *, level: int | None = None) -> Exercise:
        """The next exercise: from the kind that fails most (not yet tried counts as failing), one not done yet
        if there is one, else the one done longest ago."""
        open_levels = {level} if level else ({1, 2} if self.level2_open(bank) else {1})
        kinds = [k for k, kind in bank.kinds.items() if kind.level in open_levels and bank.of_kind(k)]
        if not kinds:
            kinds = [k for k in bank.kinds if bank.of_kind(k)]
        if len(kinds) > 1 and self.last_kind in kinds:
            kinds.remove(self.last_kind)
        order = list(bank.kinds)

        def score(k: str) -> tuple:
            rate = self.fail_rate(k)
            return (-(1.5 if rate is None else rate), self.stats(k).done, order.index(k))

        kind = min(kinds, key=score)
        items = bank.of_kind(kind)
        fresh = [e for e in items if e.id not in self.done]
        if fresh:
            return fresh[0]
        return min(items, key=lambda e: self.done.index(e.id))

    def weakest(self, bank: Bank, n: int = 3) -> list[str]:
        """The kinds failed most at the first try (only kinds tried), most failed first."""
        tried = [k for k in bank.kinds if self.stats(k).done]
        tried.sort(key=lambda k: (-(self.fail_rate(k) or 0.0), -self.stats(k).done))
        return [k for k in tried if self.stats(k).failed_first][:n]


class ProgressStore:
    """The progress file in the user's data folder."""

    def __init__(self, data_dir: Path) -> None:
        self.path = Path(data_dir) / "practice" / PROGRESS_FILE
        self.problem: str | None = None  # Danish, when the file could not be read (a fresh start is used)

    def load(self) -> Progress:
        try:
            raw = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return Progress()
        except OSError as exc:
            self.problem = texts.get("core.practice.progress.din_oevelseshistorik_kunne_ikke",
                                     value=exc.strerror or exc)
            return Progress()
        try:
            return Progress.model_validate(json.loads(raw))
        except (ValueError, ValidationError):
            self.problem = (texts.get("core.practice.progress.din_oevelseshistorik_kunne_ikke_2", path=self.path))
            return Progress()

    def save(self, progress: Progress) -> None:
        data = progress.model_dump(mode="json")
        data["saved_at"] = datetime.now(timezone.utc).isoformat(timespec="seconds")
        atomic_write_text(self.path, json.dumps(data, ensure_ascii=False, indent=1) + "\n")
