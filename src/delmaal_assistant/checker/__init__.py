"""The wording checker: Danish heuristics on spaCy tokens, with rules and lexicons as data.

    from delmaal_assistant.checker import check, check_delmaal
    findings = check("At borgeren ikke ryger på værelset.")

`Checker` is the injectable object (the assistant takes any object with the same two methods).
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Protocol

from delmaal_assistant.checker import findings as _findings
from delmaal_assistant.checker.findings import SEVERITY_DA, SEVERITY_RANK, Finding, Severity

if TYPE_CHECKING:
    from delmaal_assistant.core.model import Delmaal

__all__ = [
    "CORE_CODES", "SEVERITY_DA", "SEVERITY_RANK", "Finding", "Severity", "Checker", "CheckerProtocol",
    "check", "check_delmaal", "get_checker",
]


def __getattr__(name: str):
    if name == "CORE_CODES":  # made from the code table (checker.findings), on first use
        return _findings.CORE_CODES
    raise AttributeError(name)


class CheckerProtocol(Protocol):
    def check(self, text: str) -> list[Finding]: ...

    def check_delmaal(self, delmaal: "Delmaal") -> list[Finding]: ...


class Checker:
    """Loads the lexicons for `lang` once; `check` is then cheap and thread-safe (no shared mutation)."""

    def __init__(self, lang: str = "da") -> None:
        from delmaal_assistant.checker.engine import Engine  # start-up: spaCy loads only when a checker is made

        self.lang = lang
        self._engine = Engine(lang)

    def check(self, text: str) -> list[Finding]:
        """All findings for one wording, sorted by position."""
        return self._engine.check_text(text)

    def check_delmaal(self, delmaal: "Delmaal", fields: list[tuple[str, str, str]] | None = None) -> list[Finding]:
        """Findings for every text field (with `field` set) plus the whole-delmål checks. `fields`: the delmål's
        `text_fields`, when the caller has read them already (the audit's pipeline), so they are read once."""
        from delmaal_assistant.checker.whole import check_delmaal as _whole  # start-up: only for a whole delmål

        return _whole(self._engine, delmaal, fields)


@lru_cache(maxsize=4)
def get_checker(lang: str = "da") -> Checker:
    return Checker(lang)


def check(text: str) -> list[Finding]:
    return get_checker().check(text)


def check_delmaal(delmaal: "Delmaal") -> list[Finding]:
    return get_checker().check_delmaal(delmaal)
