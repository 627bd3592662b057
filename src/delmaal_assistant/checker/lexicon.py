"""Loading the checker's lexicons (TOML data in `lexicons/<lang>/`): validated at load, compiled once.

`common.toml` is the language's grammar words (`grammar.Grammar`); every other file except `whole.toml` is a
rule file: a finding code's message and word lists and its `[[rules]]`, each of a declared type
(`rules.SPECS`: pattern, wordlist, detector). Every problem is a `LexiconError` in Danish naming the file, the
rule and the key, so a pedagogue editing a file gets a clear message. See `lexicons/da/README.md`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from pydantic import ValidationError

# The detector modules register their classes with rules.register when imported.
from delmaal_assistant.checker import detectors as _detectors  # noqa: F401
from delmaal_assistant.checker import extras as _extras  # noqa: F401
from delmaal_assistant.checker.grammar import Grammar
from delmaal_assistant.checker.patterns import Pattern, PatternError, PatternWords, VerbEndings
from delmaal_assistant.checker.patterns import compile_pattern as _compile
from delmaal_assistant.checker.rules import (
    DETECTORS,
    SPECS,
    DetectorSpec,
    LexiconError,
    MatchSpec,
    Rule,
    RuleSpec,
    WordlistSpec,
    danish_errors,
    no_duplicates,
)
from delmaal_assistant.checker.wholefile import validate_whole
from delmaal_assistant.core.model.codes import code_table
from delmaal_assistant.core.datafile import validate_data
from delmaal_assistant.core.langtag import DataFileError, read_tagged_toml, validate_language_tag
from delmaal_assistant.core.resources import lexicon_dir
from delmaal_assistant.core.severity import SEVERITIES

__all__ = ["Lexicon", "LexiconError", "Rule", "compile_pattern", "load_lexicon", "pattern_words"]

GRAMMAR_FILE = "common"
# A rule file has `rules` (or a `code`); other files are data for other modules (whole.toml and field_rules.toml for
# checker/whole/, codes.toml, person.toml for core/). whole.toml is never a rule file of the text checker.
NOT_RULE_FILES = {GRAMMAR_FILE, "whole", "codes"}
FILE_KEYS = {"lang", "code", "severity", "message", "suggestion", "question", "rules"}


@dataclass
class Lexicon:
    lang: str
    rules: list[Rule]
    grammar: Grammar
    files: dict[str, dict[str, Any]]  # file stem → parsed TOML

    @property
    def common(self) -> dict[str, Any]:
        return self.files.get(GRAMMAR_FILE, {})

    def section(self, stem: str) -> dict[str, Any]:
        return self.files.get(stem, {})


def _read(path: Path) -> dict[str, Any]:
    try:
        return read_tagged_toml(path)
    except DataFileError as exc:
        raise LexiconError(f"Ordlisten '{path.name}' {exc}.") from None


def load_lexicon(lang: str = "da", folder: Path | None = None) -> Lexicon:
    """The lexicon of `lang` (the shipped one is loaded once per process and shared: nothing mutates it), or of
    another `folder` (loaded each time)."""
    if folder is None:
        return _shipped_lexicon(lang)
    return _load(lang, folder)


@lru_cache(maxsize=4)
def _shipped_lexicon(lang: str) -> Lexicon:
    return _load(lang, lexicon_dir(lang))


def _load(lang: str, folder: Path) -> Lexicon:
    if not folder.is_dir():
        raise LexiconError(f"der findes ingen ordlister for sproget '{lang}' ({folder})")
    files = {p.stem: _read(p) for p in sorted(folder.glob("*.toml"))}
    tags = {validate_language_tag(d["lang"]) for d in files.values()}
    if tags != {validate_language_tag(lang)}:
        raise LexiconError(f"ordlisterne i {folder} har sprogkoderne {sorted(tags)}, forventede '{lang}'")
    if GRAMMAR_FILE not in files:
        raise LexiconError(f"{GRAMMAR_FILE}.toml mangler i {folder}")
    grammar = validate_data(files[GRAMMAR_FILE], Grammar, f"{GRAMMAR_FILE}.toml", LexiconError)
    try:
        for name, value in files[GRAMMAR_FILE].items():
            if isinstance(value, list):
                no_duplicates(value)
    except ValueError as exc:
        raise LexiconError(f"{GRAMMAR_FILE}.toml, listen '{name}': {exc}") from None
    words = pattern_words(grammar)
    common_lists = {k: frozenset(str(x).lower() for x in v) for k, v in files[GRAMMAR_FILE].items()
                    if isinstance(v, list) and all(isinstance(x, str) for x in v)}
    if "whole" in files:
        files["whole"] = validate_whole(files["whole"], LexiconError)
    known = set(code_table(lang))
    rules: list[Rule] = []
    seen: dict[str, str] = {}
    for stem, data in files.items():
        if stem in NOT_RULE_FILES or not ("rules" in data or "code" in data):
            continue
        for rule in _load_rule_file(f"{stem}.toml", data, grammar, words, common_lists, known):
            if rule.id in seen:
                raise LexiconError(f"{rule.file}, regel '{rule.id}': id'et er allerede brugt i {seen[rule.id]}")
            seen[rule.id] = rule.file
            rules.append(rule)
    # checker/whole/ reads the month names from the timeframe section, where they used to be.
    if "timeframe" in files:
        files["timeframe"].setdefault("months", list(grammar.months))
    return Lexicon(lang=lang, rules=rules, grammar=grammar, files=files)


def pattern_words(grammar: Grammar) -> PatternWords:
    """The words the pattern language's special elements need, from the grammar file."""
    return PatternWords(
        numbers=frozenset(grammar.number_words) - frozenset(grammar.weak_number_words),
        clock_words=frozenset(grammar.clock_words),
        date_prepositions=frozenset(grammar.date_prepositions),
        verbs=VerbEndings(**{k: v if isinstance(v, str) else tuple(v)
                             for k, v in grammar.verb_endings.model_dump().items()}),
    )


@lru_cache(maxsize=4)
def _default_words(lang: str) -> PatternWords:
    return pattern_words(load_lexicon(lang).grammar)


def compile_pattern(src: str, lists: dict[str, frozenset[str]], where: str, words: PatternWords | None = None,
                    lang: str = "da") -> Pattern:
    """Compile one pattern for other data files (checker/whole/data.py: field_rules.toml): a LexiconError names `where`."""
    try:
        return _compile(src, lists, words or _default_words(lang))
    except PatternError as exc:
        raise LexiconError(f"{where}: {exc}") from None


def _load_rule_file(name: str, data: dict[str, Any], grammar: Grammar, words: PatternWords,
                    common_lists: dict[str, frozenset[str]], known: set[str]) -> list[Rule]:
    """Validate one rule file: its own keys, its word lists, then every rule by its type."""
    lists: dict[str, frozenset[str]] = {}
    for key, value in data.items():
        if key in FILE_KEYS:
            continue
        if not (isinstance(value, list) and all(isinstance(x, str) for x in value)):
            raise LexiconError(f"{name}: nøglen '{key}' er ukendt (uden for [[rules]] står kun {sorted(FILE_KEYS)} "
                               "og ordlister: lister af ord)")
        try:
            no_duplicates(value)
        except ValueError as exc:
            raise LexiconError(f"{name}, ordlisten '{key}': {exc}") from None
        lists[key] = frozenset(x.lower() for x in value)
    for key in ("code", "severity", "message", "suggestion", "question"):
        if key in data and not isinstance(data[key], str):
            raise LexiconError(f"{name}: nøglen '{key}' skal være en tekst i anførselstegn")
    if data.get("severity", "warning") not in SEVERITIES:
        raise LexiconError(f"{name}: nøglen 'severity' skal være 'error', 'warning' eller 'suggestion'")
    raw_rules = data.get("rules")
    if not isinstance(raw_rules, list) or not raw_rules or not all(isinstance(r, dict) for r in raw_rules):
        raise LexiconError(f"{name}: filen skal have mindst én regel ([[rules]])")
    pattern_lists = {**common_lists, **lists}
    return [_build(name, i, r, data, lists, pattern_lists, grammar, words, known) for i, r in enumerate(raw_rules)]


def _build(name: str, i: int, raw: dict[str, Any], data: dict[str, Any], lists: dict[str, frozenset[str]],
           pattern_lists: dict[str, frozenset[str]], grammar: Grammar, words: PatternWords, known: set[str]) -> Rule:
    where = f"{name}, regel '{raw.get('id', i + 1)}'"
    typ = raw.get("type")
    spec_cls = SPECS.get(typ) if isinstance(typ, str) else None
    if spec_cls is None:
        raise LexiconError(f"{where}: nøglen 'type' skal være en af {sorted(SPECS)} (fik {typ!r})")
    try:
        spec: RuleSpec = spec_cls.model_validate(raw)
    except ValidationError as exc:
        raise LexiconError(f"{where}: {danish_errors(exc)}") from None
    code = spec.code or data.get("code")
    if code not in known:
        raise LexiconError(f"{where}: ukendt kode {code!r} (nøglen 'code' i reglen eller i filen); en ny kode "
                           f"skrives først i codes.toml. Kendte koder: {', '.join(sorted(known))}")
    message = spec.message or data.get("message")
    if not message:
        raise LexiconError(f"{where}: reglen har ingen besked ('message' i reglen eller i filen)")

    def compile_all(sources: list[str]) -> list[Pattern]:
        out = []
        for src in sources:
            try:
                out.append(_compile(src, pattern_lists, words))
            except PatternError as exc:
                raise LexiconError(f"{where}: {exc}") from None
        return out

    rule = Rule(
        id=spec.id, type=spec.type, code=code, severity=spec.severity or data.get("severity", "warning"),
        message=message, suggestion=spec.suggestion or data.get("suggestion"),
        question=spec.question or data.get("question"), file=name, flag=list(spec.flag), pass_=list(spec.pass_),
    )
    if isinstance(spec, MatchSpec):
        sources = spec.words if isinstance(spec, WordlistSpec) else spec.patterns  # type: ignore[attr-defined]
        rule.patterns = compile_all(sources)
        rule.scope = spec.scope
        rule.unless_number = spec.unless_number
        rule.not_after = frozenset(w.lower() for w in spec.not_after)
        rule.not_before = frozenset(tuple(w.lower().split()) for w in spec.not_before)
        rule.not_after_determiner = spec.not_after_determiner
        rule.at_start = spec.at_start
        rule.not_forms = frozenset(w.lower() for w in spec.not_forms)
        return rule
    assert isinstance(spec, DetectorSpec)
    cls = DETECTORS.get(spec.detector)
    if cls is None:
        raise LexiconError(f"{where}: ukendt detektor '{spec.detector}' (nøglen 'detector'); kendte detektorer: "
                           f"{', '.join(sorted(DETECTORS))}")
    if spec.patterns and not cls.uses_patterns:
        raise LexiconError(f"{where}: detektoren '{spec.detector}' bruger ikke 'patterns'")
    missing = [n for n in cls.lists if n not in lists]
    if missing:
        raise LexiconError(f"{where}: detektoren '{spec.detector}' bruger ordlisten '{missing[0]}', som mangler i filen")
    try:
        options = cls.Options.model_validate(spec.model_extra or {})
    except ValidationError as exc:
        raise LexiconError(f"{where}: {danish_errors(exc)}") from None
    rule.patterns = compile_all(spec.patterns)
    rule.detector = cls(rule, options, {n: lists[n] for n in cls.lists}, grammar)
    return rule
