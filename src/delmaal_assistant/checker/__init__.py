"""The wording checker: Danish heuristics on spaCy tokens, with rules and lexicons as data.

    from delmaal_assistant.checker import check, check_delmaal
    findings = check("At borgeren ikke ryger på værelset.")

`Checker` is the injectable object (the assistant takes any object with the same two methods).
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from functools import lru_cache
from typing import TYPE_CHECKING, Protocol

from delmaal_assistant.checker.findings import CORE_CODES, SEVERITY_DA, SEVERITY_RANK, Finding, Severity

if TYPE_CHECKING:
    from delmaal_assistant.core.model import Delmaal

__all__ = [
    "CORE_CODES", "SEVERITY_DA", "SEVERITY_RANK", "Finding", "Severity", "Checker", "CheckerProtocol",
    "check", "check_delmaal", "get_checker",
]


class CheckerProtocol(Protocol):
    def check(self, text: str) -> list[Finding]: ...

    def check_delmaal(self, delmaal: "Delmaal") -> list[Finding]: ...


class Checker:
    """Loads the lexicons for `lang` once; `check` is then cheap and thread-safe (no shared mutation)."""

    def __init__(self, lang: str = "da") -> None:
        from delmaal_assistant.checker.engine import Engine

        self.lang = lang
        self._engine = Engine(lang)

    def check(self, text: str) -> list[Finding]:
        """All findings for one wording, sorted by position."""
        return self._engine.check_text(text)

    def check_many(self, texts: list[str], workers: int | None = None) -> list[list[Finding]]:
        """Findings for many wordings, in order. Large batches use all cores (forked workers inherit the
        loaded lexicons and spaCy, so they start at once); small ones, or where fork is unavailable, run here."""
        n = len(texts)
        workers = workers if workers is not None else min(os.cpu_count() or 1, 4)
        # Forking a process that runs other threads (the assistant's workers) can deadlock: stay sequential.
        if (n < PARALLEL_MIN or workers < 2 or threading.active_count() > 1
                or "fork" not in multiprocessing.get_all_start_methods()):
            return [self.check(t) for t in texts]
        global _FORK_CHECKER
        _FORK_CHECKER = self
        try:
            chunk = max(200, n // (workers * 4))
            parts = [texts[i:i + chunk] for i in range(0, n, chunk)]
            with multiprocessing.get_context("fork").Pool(workers) as pool:
                results = pool.map(_check_part, parts)
        finally:
            _FORK_CHECKER = None
        return [f for part in results for f in part]

    def check_delmaal(self, delmaal: "Delmaal") -> list[Finding]:
        """Findings for every text field (with `field` set) plus the whole-delmål checks."""
        from delmaal_assistant.checker.whole import check_delmaal as _whole

        return _whole(self._engine, delmaal)


PARALLEL_MIN = 2000  # below this, starting worker processes costs more than it saves
_FORK_CHECKER: "Checker | None" = None


def _check_part(texts: list[str]) -> list[list[Finding]]:
    assert _FORK_CHECKER is not None
    return [_FORK_CHECKER.check(t) for t in texts]


@lru_cache(maxsize=4)
def get_checker(lang: str = "da") -> Checker:
    return Checker(lang)


def check(text: str) -> list[Finding]:
    return get_checker().check(text)


def check_delmaal(delmaal: "Delmaal") -> list[Finding]:
    return get_checker().check_delmaal(delmaal)
