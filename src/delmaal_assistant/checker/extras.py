"""Further checks: long-sentence, readability (LIX), passive-voice, personal-data.

Their thresholds, word lists, messages and examples are data in `lexicons/<lang>/extra.toml`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import date
from typing import TYPE_CHECKING

from delmaal_assistant.checker.findings import Finding
from delmaal_assistant.checker.nlp import Analysis, Tok

if TYPE_CHECKING:
    from delmaal_assistant.checker.engine import Engine

EXTRA_CODES = ("long-sentence", "readability", "passive-voice", "personal-data", "personal-name")
BLIVE_FORMS = {"bliver", "blive", "blev", "blevet", "blevne"}

# Digit runs must not continue into another number ("1.500", "12/3", "2027-03") on either side.
_B = r"(?<!\d)(?<!\d[/.,:-])"
_E = r"(?!\d|[/.,:-]\d)"
CPR_RE = re.compile(_B + r"(\d{2})(\d{2})(\d{2})[- ]?(\d{4})" + _E)
PHONE_GROUPED_RE = re.compile(_B + r"(?:\+45[ -]?)?\d{2}[ -]\d{2}[ -]\d{2}[ -]\d{2}" + _E)
PHONE_PLAIN_RE = re.compile(_B + r"(\+45[ -]?)?(\d{4} ?\d{4})" + _E)
PHONE_CUE_RE = re.compile(r"(tlf|telefon|mobil|ring|nummer|nr\.?|sms|kontakt)\w*[^\d]{0,20}$", re.IGNORECASE)


def run(engine: "Engine", an: Analysis, want: Callable[[str], bool]) -> list[Finding]:
    cfg = engine._extra
    out: list[Finding] = []
    if want("long-sentence"):
        out += _long_sentences(cfg["long-sentence"], an)
    if want("readability"):
        out += _readability(cfg["readability"], an)
    if want("passive-voice"):
        out += _passive(cfg["passive-voice"], engine._not_passive, engine.analyzer.known_form, an)
    if want("personal-data"):
        out += _personal_data(cfg["personal-data"], an.text)
    if want("personal-name"):
        out += _names(cfg["personal-name"], engine._first_names, an)
    return out


def _names(cfg: dict, first_names: frozenset[str], an: Analysis) -> Iterator[Finding]:
    """A listed first name, capitalised mid-sentence or followed by a capitalised surname."""
    toks = an.toks
    for k, t in enumerate(toks):
        if t.text not in first_names:
            continue
        nxt = toks[k + 1] if k + 1 < len(toks) and toks[k + 1].sent == t.sent else None
        surname = nxt is not None and nxt.text[:1].isupper() and nxt.text[1:].islower() and len(nxt.text) > 1
        mid_sentence = k > 0 and toks[k - 1].sent == t.sent and not toks[k - 1].is_punct
        if surname or mid_sentence:
            end = nxt.end if surname else t.end
            yield _mk(cfg, "personal-name", an.text, t.start, end)


def _mk(cfg: dict, code: str, text: str, start: int, end: int, message: str | None = None, **fmt) -> Finding:
    excerpt = text[start:end]
    msg = (message or cfg["message"]).format(excerpt=excerpt, **fmt)
    return Finding(code, cfg["severity"], start, end, excerpt, msg, cfg.get("suggestion"), cfg.get("question"),
                   rule=code)


def _words(toks: list[Tok]) -> list[Tok]:
    return [t for t in toks if not t.is_punct]


def _long_sentences(cfg: dict, an: Analysis) -> Iterator[Finding]:
    for a, b in an.sent_bounds:
        words = _words(an.toks[a:b])
        if len(words) > int(cfg["max_words"]):
            yield _mk(cfg, "long-sentence", an.text, words[0].start, an.toks[b - 1].end, words=len(words))


def lix(an: Analysis) -> tuple[float, int]:
    """LIX = words/sentences + 100 · (words over 6 letters)/words, on tokens and sentences. Returns (lix, words)."""
    words = _words(an.toks)
    if not words:
        return 0.0, 0
    long_words = sum(1 for t in words if len(t.text) > 6 and sum(c.isalpha() for c in t.text) > 6)
    return len(words) / an.n_sents + 100 * long_words / len(words), len(words)


def lix_band(value: float, bands: list) -> str:
    for limit, name in bands:
        if value <= limit:
            return name
    return bands[-1][1]


def _readability(cfg: dict, an: Analysis) -> list[Finding]:
    value, n = lix(an)
    if n < int(cfg["min_words"]) or value <= float(cfg["max_lix"]):
        return []
    words = _words(an.toks)
    band = lix_band(value, cfg["bands"])
    return [_mk(cfg, "readability", an.text, words[0].start, words[-1].end, lix=round(value), band=band)]


def _passive(cfg: dict, not_passive: set[str], known: Callable[[str], bool], an: Analysis) -> Iterator[Finding]:
    toks = an.toks
    for k, t in enumerate(toks):
        low = t.lower
        if t.is_punct or low in not_passive:
            continue
        if t.text[:1].isupper() and k > 0 and toks[k - 1].sent == t.sent:
            continue  # a proper noun mid-sentence ("Lises"), not a verb
        # -s passive: "styrkes", "vaskes", "nås": the form minus -s is a known verb form ending in a vowel.
        if len(low) >= 5 and low.endswith("s") and low[-2] in "eå" and (low[:-1] in t.lemmas or known(low[:-1])):
            nxt = toks[k + 1].lower if k + 1 < len(toks) else ""
            if f"{low} {nxt}" in not_passive:
                continue
            yield _mk(cfg, "passive-voice", an.text, t.start, t.end)
        elif low in BLIVE_FORMS:
            for j in (k + 1, k + 2):
                if j >= len(toks) or toks[j].is_punct:
                    break
                p = toks[j]
                if p.lower.endswith(("et", "t")) and any(
                    lem != p.lower and lem.endswith("e") and len(lem) > 2 for lem in p.lemmas
                ):
                    yield _mk(cfg, "passive-voice", an.text, t.start, p.end)
                    break


def _valid_cpr_date(dd: str, mm: str, yy: str) -> bool:
    for century in (1900, 2000):
        try:
            date(century + int(yy), int(mm), int(dd))
            return True
        except ValueError:
            continue
    return False


def _valid_ddmmyyyy(digits: str) -> bool:
    try:
        y = int(digits[4:])
        date(y, int(digits[2:4]), int(digits[:2]))
        return 1900 <= y <= 2100
    except ValueError:
        return False


def _personal_data(cfg: dict, text: str) -> list[Finding]:
    out: list[Finding] = []
    taken: list[tuple[int, int]] = []
    for m in CPR_RE.finditer(text):
        if _valid_cpr_date(m.group(1), m.group(2), m.group(3)):
            out.append(_mk(cfg, "personal-data", text, m.start(), m.end(), cfg["message_cpr"]))
            taken.append(m.span())

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in taken)

    for m in PHONE_GROUPED_RE.finditer(text):
        if free(*m.span()):
            out.append(_mk(cfg, "personal-data", text, m.start(), m.end(), cfg["message_phone"]))
            taken.append(m.span())
    for m in PHONE_PLAIN_RE.finditer(text):
        if not free(*m.span()):
            continue
        digits = m.group(2).replace(" ", "")
        cue = bool(m.group(1)) or bool(PHONE_CUE_RE.search(text[max(0, m.start() - 30):m.start()]))
        if cue and not _valid_ddmmyyyy(digits):
            out.append(_mk(cfg, "personal-data", text, m.start(), m.end(), cfg["message_phone"]))
            taken.append(m.span())
    return out
