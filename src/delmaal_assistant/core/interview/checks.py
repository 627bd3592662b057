"""The one place the checker runs for the interview (`run_checks`, `run_text_checks`): it never turns a failure
into "no findings" — a failed check is reported, logged (without resident text) and makes SMART say "?". Pure: safe
in a worker thread."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Protocol

from delmaal_assistant.core.files.crashlog import write_crash_report
from delmaal_assistant.core.interview.loader import conversation
from delmaal_assistant.core.model import Delmaal
from delmaal_assistant.core.severity import SEVERITY_RANK


class CheckerLike(Protocol):
    def check_delmaal(self, delmaal: Delmaal) -> list: ...


@dataclass(frozen=True)
class CheckRun:
    """The result of checking a whole delmål: its findings, or why it could not be checked."""

    findings: tuple = ()
    ok: bool = True
    error: str | None = None  # Danish, for the user; no resident text


def run_checks(checker: CheckerLike | None, snapshot: Delmaal, *, unavailable: str | None = None) -> CheckRun:
    """The one place that runs the checker on a delmål. Pure: safe in a worker thread."""
    if checker is None:
        return CheckRun((), False, unavailable or conversation().text("checker_not_started"))
    try:
        return CheckRun(tuple(checker.check_delmaal(snapshot)), True, None)
    except Exception as exc:  # a checker bug must never lose the answer, nor pass for "no findings"
        return _failed(exc, "sprogtjek af et delmål")


def run_text_checks(checker, text: str) -> CheckRun:
    """Check pasted wordings, one per non-empty line (as `delmaal check` reads text), offsets into the whole
    text. The same failure rules as `run_checks`."""
    if checker is None:
        return CheckRun((), False, conversation().text("checker_not_started"))
    out = []
    offset = 0
    try:
        for line in text.split("\n"):
            if line.strip():
                out.extend(replace(f, start=f.start + offset, end=f.end + offset) for f in checker.check(line))
            offset += len(line) + 1
    except Exception as exc:
        return _failed(exc, "sprogtjek af en formulering")
    return CheckRun(tuple(out), True, None)


def _failed(exc: Exception, what: str) -> CheckRun:
    """A failed check: a crash report without resident text, and a Danish reason for the user."""
    where = write_crash_report(exc, what)
    c, error = conversation(), type(exc).__name__
    return CheckRun((), False, c.text("checker_failed_report", error=error, report=where) if where
                    else c.text("checker_failed", error=error))


def _order(findings: list) -> list:
    """Most severe first; within a level, findings about the whole answer before those on a span."""
    return sorted(findings, key=lambda f: (-SEVERITY_RANK.get(f.severity, 0), f.start if f.excerpt else -1))
