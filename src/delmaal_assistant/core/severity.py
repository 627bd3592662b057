"""The one severity vocabulary: a finding is an error, a warning or a suggestion (CHECKS.md).

Everything that names, ranks, translates or validates a severity uses these: the checker's findings and rule
files, the whole checks, the field registry, `--min-level`/`--fail-level`, the text output, the TUI and reports.
"""

from __future__ import annotations

from typing import Literal

Severity = Literal["error", "warning", "suggestion"]
#: highest first
SEVERITIES: tuple[str, ...] = ("error", "warning", "suggestion")
#: for comparing levels; "none" (as a --fail-level) is above every severity
SEVERITY_RANK: dict[str, int] = {"none": 99, "error": 3, "warning": 2, "suggestion": 1}
#: in Danish, singular and plural
SEVERITY_DA: dict[str, str] = {"error": "fejl", "warning": "advarsel", "suggestion": "forslag"}
SEVERITY_DA_PLURAL: dict[str, str] = {"error": "fejl", "warning": "advarsler", "suggestion": "forslag"}
#: the severities that hold the assistant back from praise and moving on (and count as "warnings" in reports)
BLOCKING: tuple[str, ...] = ("error", "warning")
#: `--fail-level`: a severity, or "none" (never fail)
FAIL_LEVELS: tuple[str, ...] = (*SEVERITIES, "none")


def severity_count_da(n: int, severity: str) -> str:
    """'1 advarsel', '3 advarsler' (the Danish plural of a severity)."""
    return f"{n} {(SEVERITY_DA if n == 1 else SEVERITY_DA_PLURAL).get(severity, severity)}"


def worst(severities) -> str | None:
    """The highest of some severities (unknown words ignored), or None when there is none."""
    known = [s for s in severities if s in SEVERITY_RANK and s != "none"]
    return max(known, key=SEVERITY_RANK.__getitem__) if known else None
