"""Loading the checker's lexicons (TOML data in `lexicons/<lang>/`) and compiling their patterns.

See `lexicons/da/README.md` for the pattern language. Every problem in a lexicon file is reported as a
`LexiconError` naming the file and the rule, so a pedagogue editing a file gets a clear message.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from delmaal_assistant.checker.nlp import NUMBER_WORDS, Tok
from delmaal_assistant.core.langtag import DataFileError, read_tagged_toml, validate_language_tag
from delmaal_assistant.core.resources import lexicon_dir


class LexiconError(Exception):
    pass


DATE_RE = re.compile(r"^(\d{1,2})[./-](\d{1,2})(?:[./-](\d{2}|\d{4}))?\.?$")
ISO_DATE_RE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
YEAR_RE = re.compile(r"^(20\d\d)\.?$")
CLOCK_WORDS = {"kl.", "kl", "klokken"}
# Before these words a bare "1.3" is a date ("frem til 1.3."), not a clock time.
DATE_PREPOSITIONS = {"til", "inden", "senest", "før", "indtil", "fra", "den", "d.", "per", "pr.", "efter", "med",
                     "t.o.m.", "ultimo", "medio", "primo"}
STRONG_NUMBER_EXCLUDE = {"en", "et"}


def verb_forms(base: str) -> set[str]:
    """Regular Danish verb forms from an infinitive (styrke → styrker, styrkes, styrkede, styrket, …)."""
    forms = {base, base + "r", base + "s"}
    if base.endswith("e"):
        stem = base[:-1]
        forms |= {base + "de", base + "des", stem + "et", base + "t", stem + "te", stem + "tes", base + "nde",
                  stem + "ede", stem + "ende"}
    else:
        forms |= {base + "et", base + "ede", base + "ende"}
    return forms


@dataclass(frozen=True)
class Elem:
    kind: str  # word | gap | num | date | year | list
    optional: bool = False
    forms: frozenset[str] = frozenset()
    lemmas: frozenset[str] = frozenset()
    prefixes: tuple[str, ...] = ()
    suffixes: tuple[str, ...] = ()
    gap: int = 0
    items: frozenset[str] = frozenset()  # for @lists (exact lower forms)

    def match(self, tok: Tok, prev: Tok | None) -> bool:
        if tok.is_punct:
            return False
        k = self.kind
        if k == "word":
            low = tok.lower
            if low in self.forms or (self.lemmas and not self.lemmas.isdisjoint(tok.lemmas)):
                return True
            if self.prefixes and any(low.startswith(p) for p in self.prefixes):
                return True
            return bool(self.suffixes) and any(low.endswith(s) and len(low) > len(s) + 1 for s in self.suffixes)
        if k == "num":
            return tok.is_digit or (tok.lower in NUMBER_WORDS and tok.lower not in STRONG_NUMBER_EXCLUDE)
        if k == "list":
            if tok.lower in self.items:
                return True
            parts = [p for p in re.split(r"[-–—/]", tok.lower) if p]
            return len(parts) > 1 and all(p in self.items or p + "." in self.items for p in parts)
        if k == "end":
            return False
        if prev is not None and prev.lower in CLOCK_WORDS:
            return False
        if k == "year":
            return bool(YEAR_RE.match(tok.text))
        if k == "date":
            return is_numeric_date(tok.text) or (
                prev is not None and prev.lower in DATE_PREPOSITIONS and _one_date(tok.text, in_range=True)
            )
        return False


def is_numeric_date(text: str) -> bool:
    """1/3, 1/3-2027, 01.03.2027, 2027-03-01, "1.3." and ranges such as "1.2.-30.4." (not clock times)."""
    if ISO_DATE_RE.match(text):
        m = ISO_DATE_RE.match(text)
        return 1 <= int(m.group(2)) <= 12 and 1 <= int(m.group(3)) <= 31
    parts = [p for p in re.split(r"[–—]|(?<=\.)-", text) if p]
    if len(parts) > 1:
        return all(_one_date(p, in_range=True) for p in parts)
    if _one_date(text, in_range=False):
        return True
    for i, ch in enumerate(text):  # "1/2-30/4": a range of two dates joined by a hyphen
        if ch == "-" and _one_date(text[:i], in_range=True) and _one_date(text[i + 1:], in_range=True):
            return True
    return False


def _one_date(text: str, in_range: bool) -> bool:
    m = DATE_RE.match(text)
    if not m:
        return False
    day, month = int(m.group(1)), int(m.group(2))
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return False
    # "7.30" is a clock time and "1.10" could be either: a date needs a year, a slash or dash, a trailing
    # dot ("1.3.") or to be part of a range.
    return bool(m.group(3)) or "/" in text or "-" in text or text.endswith(".") or in_range


@dataclass(frozen=True)
class Pattern:
    source: str
    elems: tuple[Elem, ...]


def compile_pattern(src: str, lists: dict[str, frozenset[str]], where: str) -> Pattern:
    elems: list[Elem] = []
    for raw in src.split():
        optional = raw.startswith("[") and raw.endswith("]")
        spec = raw[1:-1] if optional else raw
        if not spec:
            raise LexiconError(f"{where}: tomt led i mønsteret '{src}'")
        if re.fullmatch(r"~\d", spec):
            elems.append(Elem("gap", gap=int(spec[1:])))
            continue
        if spec == "#":
            elems.append(Elem("num", optional))
            continue
        if spec == "$":
            elems.append(Elem("end"))
            continue
        if spec in ("@date", "@year"):
            elems.append(Elem(spec[1:], optional))
            continue
        if spec.startswith("@"):
            name = spec[1:]
            if name not in lists and name + "s" in lists:
                name += "s"  # "@month" refers to the list "months"
            if name not in lists:
                raise LexiconError(f"{where}: ukendt liste '@{name}' i mønsteret '{src}'")
            elems.append(Elem("list", optional, items=lists[name]))
            continue
        forms: set[str] = set()
        lemmas: set[str] = set()
        prefixes: list[str] = []
        suffixes: list[str] = []
        for alt in spec.split("|"):
            alt = alt.lower()
            if not alt:
                raise LexiconError(f"{where}: tomt alternativ i '{spec}' i mønsteret '{src}'")
            if alt.startswith("="):
                forms.add(alt[1:])
            elif alt.endswith("*"):
                prefixes.append(alt[:-1])
            elif alt.startswith("*"):
                suffixes.append(alt[1:])
            elif alt.endswith("+"):
                forms |= verb_forms(alt[:-1])
                lemmas.add(alt[:-1])
            else:
                forms.add(alt)
                lemmas.add(alt)
        elems.append(Elem("word", optional, frozenset(forms), frozenset(lemmas), tuple(prefixes), tuple(suffixes)))
    if not elems or elems[0].kind == "gap" or elems[0].optional:
        raise LexiconError(f"{where}: et mønster skal begynde med et ord, der skal være der: '{src}'")
    if elems[-1].kind == "gap":
        raise LexiconError(f"{where}: et mønster må ikke slutte med et mellemrum (~N): '{src}'")
    return Pattern(src, tuple(elems))


@dataclass
class Rule:
    id: str
    code: str
    severity: str
    message: str
    suggestion: str | None
    question: str | None
    patterns: list[Pattern] = field(default_factory=list)
    detector: str | None = None
    scope: str = "main"
    unless_number: bool = False
    not_after: frozenset[str] = frozenset()
    not_before: frozenset[tuple[str, ...]] = frozenset()
    not_after_determiner: bool = False
    at_start: bool = False  # the match must begin at the sentence's first word (after a leading "at")
    flag: list[str] = field(default_factory=list)
    pass_: list[str] = field(default_factory=list)
    file: str = ""


@dataclass
class Lexicon:
    lang: str
    rules: list[Rule]
    common: dict[str, Any]
    files: dict[str, dict[str, Any]]  # file stem → parsed TOML (for detector settings)

    def section(self, stem: str) -> dict[str, Any]:
        return self.files.get(stem, {})


SEVERITIES = {"error", "warning", "suggestion"}
RULE_KEYS = {"id", "patterns", "detector", "scope", "unless_number", "not_after", "not_before",
             "not_after_determiner", "at_start", "flag", "pass", "message", "suggestion", "question", "severity"}


def _read(path: Path) -> dict[str, Any]:
    try:
        return read_tagged_toml(path)
    except DataFileError as exc:
        raise LexiconError(f"Ordlisten '{path.name}' {exc}.") from None


def load_lexicon(lang: str = "da", folder: Path | None = None) -> Lexicon:
    folder = folder or lexicon_dir(lang)
    if not folder.is_dir():
        raise LexiconError(f"der findes ingen ordlister for sproget '{lang}' ({folder})")
    files = {p.stem: _read(p) for p in sorted(folder.glob("*.toml"))}
    common = files.get("common", {})
    tags = {validate_language_tag(d["lang"]) for d in files.values()}
    if tags != {validate_language_tag(lang)}:
        raise LexiconError(f"ordlisterne i {folder} har sprogkoderne {sorted(tags)}, forventede '{lang}'")
    rules: list[Rule] = []
    seen: set[str] = set()
    for stem, data in files.items():
        if "code" not in data:
            continue
        lists = {k: frozenset(str(x).lower() for x in v) for k, v in data.items()
                 if isinstance(v, list) and all(isinstance(x, str) for x in v)}
        for i, r in enumerate(data.get("rules", [])):
            where = f"{stem}.toml, regel {r.get('id', i + 1)}"
            unknown = set(r) - RULE_KEYS
            if unknown:
                raise LexiconError(f"{where}: ukendte felter {sorted(unknown)}")
            rid = r.get("id")
            if not rid or rid in seen:
                raise LexiconError(f"{where}: reglen mangler et id, eller id'et er brugt før")
            seen.add(rid)
            severity = r.get("severity", data.get("severity", "warning"))
            if severity not in SEVERITIES:
                raise LexiconError(f"{where}: ukendt alvorlighed '{severity}'")
            scope = r.get("scope", "main")
            if scope not in ("main", "any"):
                raise LexiconError(f"{where}: 'scope' skal være 'main' eller 'any'")
            if not r.get("patterns") and not r.get("detector"):
                raise LexiconError(f"{where}: reglen har hverken 'patterns' eller 'detector'")
            rules.append(
                Rule(
                    id=rid,
                    code=data["code"],
                    severity=severity,
                    message=r.get("message", data.get("message", "")),
                    suggestion=r.get("suggestion", data.get("suggestion")),
                    question=r.get("question", data.get("question")),
                    patterns=[compile_pattern(p, lists, where) for p in r.get("patterns", [])],
                    detector=r.get("detector"),
                    scope=scope,
                    unless_number=bool(r.get("unless_number", False)),
                    not_after=frozenset(w.lower() for w in r.get("not_after", [])),
                    not_before=frozenset(tuple(w.lower().split()) for w in r.get("not_before", [])),
                    not_after_determiner=bool(r.get("not_after_determiner", False)),
                    at_start=bool(r.get("at_start", False)),
                    flag=list(r.get("flag", [])),
                    pass_=list(r.get("pass", [])),
                    file=f"{stem}.toml",
                )
            )
    return Lexicon(lang=lang, rules=rules, common=common, files=files)
