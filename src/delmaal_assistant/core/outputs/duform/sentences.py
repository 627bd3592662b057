"""Sentences and words: a staff text cut into sentences (bullets dropped; "kl. 8", "fx." do not end one), the
word token `_T` and whether a word is a finite verb."""

from __future__ import annotations

import re
from dataclasses import dataclass

from delmaal_assistant.core.outputs.duform.rules import DuformRules

_ABBREV_DOT = re.compile(r"\b(kl|fx|bl\.a|ca|evt|pers|jf|mht|dvs|osv|inkl|min|nr|tlf|ugl)\.$", re.IGNORECASE)


def _sentences(text: str) -> list[str]:
    """Sentences of a text: lines (bullets dropped), then full stops that end a sentence (not "kl. 8", "1. marts",
    "fx.")."""
    out: list[str] = []
    for line in (text or "").splitlines():
        line = re.sub(r"^\s*(?:[-–•*·]|\d+[.)])\s+", "", line).strip()
        if not line:
            continue
        start = 0
        for m in re.finditer(r"[.!?]+(?=\s+[\"«“(]?[A-ZÆØÅ0-9])", line):
            head = line[start:m.end()]
            if _ABBREV_DOT.search(head):  # "kl. 8", "fx. Netto"; "1. marts" has no capital after it
                continue
            if head.count("(") > head.count(")"):  # "(pæd. Lotte)": inside a parenthesis
                continue
            out.append(head.strip())
            start = m.end()
        if line[start:].strip():
            out.append(line[start:].strip())
    return out


@dataclass
class _T:
    word: str
    sep: str
    kind: str = "w"   # w word · R resident · RG resident genitive · P pronoun of the resident · S staff
    out: str | None = None

    @property
    def low(self) -> str:
        return self.word.lower()


def _finite(t: _T, r: DuformRules) -> bool:
    low = t.low
    if low in r.irregular_finite:
        return True
    return (len(low) > 2 and low.endswith("r") and low not in r.not_verbs and t.kind == "w"
            and not t.word[:1].isupper() | False and low not in r.others)
