"""Placeholder engine: replaced by the rule engine in the next commit."""
from __future__ import annotations

from delmaal_assistant.checker.findings import Finding


class Engine:
    def __init__(self, lang: str = "da") -> None:
        self.lang = lang

    def check_text(self, text: str) -> list[Finding]:
        return []
