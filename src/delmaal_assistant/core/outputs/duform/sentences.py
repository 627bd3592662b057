"""Sentences and words: a staff text cut into sentences (bullets dropped; "kl. 8", "fx." do not end one), the
word token `_T` and whether a word is a finite verb."""

from __future__ import annotations

import re
from dataclasses import dataclass

from delmaal_assistant.core.outputs.duform.rules import DuformRules

#: "2 min." before a capital word: the abbreviation's dot is also the sentence's full stop
_MINUTES_END = re.compile(r"\d\s*min\.$")
#: staff abbreviations (a title before a name or a number, never a sentence's end before a digit)
_STAFF_ABBREV_DOT = re.compile(r"(?:\b|(?<=[a-zæøå-]))(medarb|pæd|soc\.pæd|pgl|ass|stk|SSA|SSH)\.$", re.IGNORECASE)
_ABBREV_DOT = re.compile(r"\b(kl|fx|f\.eks|bl\.a|ca|evt|pers|jf|mht|dvs|osv|inkl|min|nr|tlf|ugl|pga|ift|vedr|hhv|"
                         r"ang|max|maks|ekskl|o\.lign|m\.m|t\.o\.m)\.$", re.IGNORECASE)
#: "1 t. 20 min.": an hour before a number of minutes ends no sentence; "m." for "med" ("hæver m. KP") ends none,
#: a metre after a number ("500 m. Derefter …") may
_HOUR_DOT = re.compile(r"[\d½]\s*t\.$")
#: before a number: "d. 5. maj" (den), "15. jan. 2027" (a month), "uge nr. 3"
_BEFORE_NUMBER_DOT = re.compile(r"(?i)\b(?:d|jan|feb|febr|mar|apr|jun|jul|aug|sep|sept|okt|nov|dec)\.$")
_WITH_DOT = re.compile(r"(?<![\d\s])\s+m\.$|^m\.$")


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
            nxt = line[m.end():].lstrip()[:1]
            if _ABBREV_DOT.search(head) and not (_MINUTES_END.search(head) and nxt.isalpha()):
                continue
            if ((_HOUR_DOT.search(head) or _BEFORE_NUMBER_DOT.search(head)) and nxt.isdigit()) or (
                    _WITH_DOT.search(head) and not re.search(
                    r"\d\s*m\.$", head)):
                continue  # "1 t. 20 min.", "hæver penge m. KP": not a sentence's end  # "kl. 8", "fx. Netto"; "1. marts" has no capital after it; "på 2 min. Hun …" ends
            if nxt.isdigit() and _STAFF_ABBREV_DOT.search(head):
                continue  # "venter medarb. 10 min": a staff abbreviation before a number ends no sentence
            if _STAFF_ABBREV_DOT.search(head) and _mid_clause(head, line[m.end():]):
                continue  # "minder pæd. Kaj om bussen": the abbreviation is the subject, the name its object
            if head.count("(") > head.count(")"):  # "(pæd. Lotte)": inside a parenthesis
                continue
            out.append(head.strip())
            start = m.end()
        if line[start:].strip():
            out.append(line[start:].strip())
    return out


def _mid_clause(head: str, rest: str) -> bool:
    """After a staff abbreviation ("… minder pæd. Kaj om …"): the sentence goes on when the abbreviation follows
    a verb, and the capitalised word after it is not followed by a verb ("Kaj om bussen" goes on; "Derefter går
    …", "Kaj går …" begin a new sentence)."""
    before = re.findall(r"[\wæøå]+", head[:_STAFF_ABBREV_DOT.search(head).start()])
    words = re.findall(r"[\wæøåÆØÅ'.-]+", rest)
    if not before or len(words) < 2:
        return False
    def verb_like(w: str) -> bool:
        return w.islower() and w.endswith("r") and len(w) > 3
    # "kører en medarb. René til …": the abbreviation inside a noun phrase after a verb goes on too
    verb_before = verb_like(before[-1]) or (len(before) > 1 and before[-1].lower() in (
        "en", "den", "samme", "fast", "faste", "anden") and verb_like(before[-2]))
    verb_after = words[1].lower().endswith("r") or words[1].lower() in ("kan", "skal", "vil", "må", "gik", "fik", "tog")
    return verb_before and not verb_after


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
