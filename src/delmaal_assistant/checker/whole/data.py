"""The data of the whole-delmål checks and the field judges: `whole.toml` (structural checks' settings and
messages) and `field_rules.toml` (the judges' elements, word lists, thresholds, messages and examples), validated
and compiled once per language."""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field as dc_field
from functools import lru_cache
from types import MappingProxyType
from typing import Any, Union

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from delmaal_assistant.checker.lexicon import LexiconError, compile_pattern, load_lexicon
from delmaal_assistant.checker.patterns import Pattern, PatternIndex, next_word_key
from delmaal_assistant.core.datafile import danish_validation_errors
from delmaal_assistant.core.model.codes import judge_rules
from delmaal_assistant.core.severity import Severity

@lru_cache(maxsize=4)
def whole_config(lang: str = "da") -> dict:
    """The whole-delmål settings and messages (cheap: no spaCy), for callers without an Engine."""
    return load_lexicon(lang).section("whole")


# ================================================================================================ field_rules.toml
# The mentor's judges (docs/FIELDS.md): each answer of the template is judged by the elements a good
# answer holds. The elements (roles, staff actions, times, resources, criteria …), thresholds, messages and
# examples are data in `lexicons/<lang>/field_rules.toml`; the `judges` package only combines them.

# Every (code, rule) a judge can report is declared once, in the code table (`judge_rules` in codes.toml, read by
# `core.model.codes.judge_rules`); the data here must define exactly those (checked at load).
ELEMENTS = ("role", "staff_action", "generic_support", "as_needed", "time", "vague_time", "aid", "resource",
            "reason", "criterion", "vague_quantity", "vague_measure", "attitude_only", "retry", "alternative",
            "vague_alternative", "deferral", "attitude", "staff_view", "informed", "justification_why", "justification_how",
            "scale_paraphrase", "scale_predicate", "feeling", "vague_frequency", "vague_how", "abstract_goal",
            "evaluation", "collective_role", "observed", "vague_what", "split_self", "split_help", "no_support",
            "support_person", "whim", "once_moment", "threshold", "window")
WORD_LISTS = ("weekdays", "dayparts", "units", "aim_markers", "resident_subjects", "placeholder",
              "scale_words", "systems", "infinitive_markers", "goal_openers", "weak_verbs", "self_words",
              "pronoun_i_verbs", "not_verbs", "common_words", "process_verbs", "level_words",
              "event_openers", "count_words", "own_words")
NEGATIONS = frozenset({"ikke", "aldrig", "ingen", "intet"})


class _Thresholds(BaseModel):
    model_config = ConfigDict(extra="forbid")
    purpose_min_words: int = Field(ge=1)
    indsats_min_words: int = Field(ge=1)
    otherwise_min_words: int = Field(ge=1)
    attitude_min_words: int = Field(ge=1)
    justification_min_words: int = Field(ge=1)
    actor_how_min_words: int = Field(ge=1)
    indicator_min_content: int = Field(ge=0)
    attitude_one_word_max: int = Field(ge=1)
    method_use_min_words: int = Field(ge=1)


Example = Union[str, dict[str, Any]]


class _RuleData(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)
    severity: Severity
    message: str = Field(min_length=1)
    suggestion: str = ""
    flag: list[Example] = Field(min_length=1)
    pass_: list[Example] = Field(alias="pass", min_length=1)


@dataclass(frozen=True)
class FieldRule:
    code: str
    name: str
    field: str
    question: str
    severity: str
    message: str
    suggestion: str
    flag: tuple
    pass_: tuple

    @property
    def id(self) -> str:
        return f"{self.code}/{self.name}"


@dataclass(frozen=True)
class FieldData:
    rules: dict[tuple[str, str], FieldRule]
    elements: dict[str, tuple[Pattern, ...]]  # name → compiled patterns (the lexicons' pattern language)
    words: dict[str, frozenset[str]]
    limits: _Thresholds
    # every element's patterns in one index of the shared engine, owner (element, position in the data): one
    # look-up per new word for all elements (all_candidates), not one per element
    index: PatternIndex = dc_field(default_factory=lambda: PatternIndex((), memo=False))
    topics: tuple[tuple[str, tuple[str, ...]], ...] = ()  # daily-life topics: (name, beginnings of words)
    memo: dict = dc_field(default_factory=dict)
    memo_all: dict = dc_field(default_factory=dict)  # all_candidates'
    memo_at: dict = dc_field(default_factory=dict)  # all_candidates_at'
    memo_activity: dict = dc_field(default_factory=dict)  # judges.common.activity_lemmas' (bounded there)

    def topics_of(self, lemma: str) -> frozenset[str]:
        """The topics a lemma begins (or, as a compound, ends) like ("husleje", "ugebudget" → økonomi)."""
        key = ("topic", lemma)
        hit = self.memo.get(key)
        if hit is None:
            hit = frozenset(name for name, starts in self.topics if lemma.startswith(starts) or any(
                len(x) >= 4 and lemma.endswith(x) for x in starts))  # "ugebudget", "aftenmedicin"
            if len(self.memo) > 100_000:  # one entry per word met: bounded however many delmål are judged
                self.memo.clear()
            self.memo[key] = hit
        return hit

    def candidates(self, name: str, tok) -> list[Pattern]:
        """The patterns of element `name` that can start at `tok`, in the order the data lists them (the first
        that matches wins); memoised on the form and lemmas, since words repeat."""
        return self.all_candidates(tok).get(name, [])

    def all_candidates(self, tok) -> dict[str, list[Pattern]]:
        """Element → its patterns that can start at `tok` in the data's order, for every element with any; one
        look-up in the one index, memoised on the form and lemmas, since words repeat. An answer looks these up
        once per token, then each element it is asked for."""
        key = tok.key  # (tok.lower, tok.lemmas)
        hit = self.memo_all.get(key)
        if hit is None:
            grouped: dict[str, list] = {}
            for (name, n), pat in self.index.candidates(tok):
                grouped.setdefault(name, []).append((n, pat))
            # each element's patterns in the data's order (what its own index gives, sorted the same way)
            # (most words start no element: one shared empty answer)
            hit = _Elements((name, [pat for _n, pat in sorted(found, key=lambda rp: rp[0])])
                            for name, found in grouped.items()) if grouped else _NO_ELEMENTS
            if len(self.memo_all) > 100_000:
                self.memo_all.clear()
            self.memo_all[key] = hit
        return hit

    def all_candidates_at(self, toks, k: int) -> dict[str, list[Pattern]]:
        """`all_candidates(toks[k])` without the patterns that the next word of the sentence already rules out
        (their second element fails on it: `Pattern.second`, as in PatternIndex.candidates_at), so an answer tries
        fewer; the first pattern that matches is the same. Memoised on both words' forms and lemmas."""
        t = toks[k]
        found = self.all_candidates(t)
        if found is _NO_ELEMENTS or not found.tests_next:
            # most words: no element starts there, or none of those that do has a test of the next word – the
            # word's own answer, without an entry per pair of words (distinct texts met new pairs all the time:
            # tens of MB per worker in a long audit)
            return found
        nt, key = next_word_key(toks, k)
        hit = self.memo_at.get(key)
        if hit is None:
            hit = {}
            for name, pats in found.items():
                kept = [p for p in pats if p.second is None or (nt is not None and p.second(nt, t))]
                if kept:
                    hit[name] = pats if len(kept) == len(pats) else kept
            hit = hit or _NO_ELEMENTS
            if len(self.memo_at) > 100_000:
                self.memo_at.clear()
            self.memo_at[key] = hit
        return hit


_NO_ELEMENTS = MappingProxyType({})


class _Elements(dict):
    """FieldData.all_candidates' answer for a word: element → its patterns, and whether any of them has a test of
    the next word (`Pattern.second`; without one, all_candidates_at gives this answer as it is)."""

    __slots__ = ("tests_next",)

    def __init__(self, items) -> None:
        super().__init__(items)
        self.tests_next = any(p.second is not None for pats in self.values() for p in pats)


def _data_error(where: str, exc: Exception) -> "LexiconError":
    if isinstance(exc, ValidationError):  # the one Danish translator of data-file errors (core.datafile)
        return LexiconError(f"field_rules.toml, {where}: {danish_validation_errors(exc)}")
    return LexiconError(f"field_rules.toml, {where}: {exc}")


def parse_field_data(raw: dict, months: list[str] | None = None, clock: list[str] | None = None,
                     relative: list[str] | None = None, codes: dict[str, tuple[str, ...]] | None = None) -> FieldData:
    """Validate and compile `field_rules.toml` (a LexiconError in Danish names the table and key on any problem).

    `codes`: each judge code with its rule names; by default the code table's (`judge_rules` in codes.toml)."""
    field_rules = codes if codes is not None else judge_rules(str(raw.get("lang") or "da"))
    if not field_rules:
        raise LexiconError("codes.toml: ingen kode har judge_rules; feltdommernes regler skal stå der")
    words: dict[str, frozenset[str]] = {}
    for name in WORD_LISTS:
        items = raw.get(name)
        if not isinstance(items, list) or not all(isinstance(x, str) and x.strip() for x in items):
            raise LexiconError(f"field_rules.toml: listen '{name}' mangler eller indeholder andet end ord")
        dup = sorted({x for x in items if items.count(x) > 1})
        if dup:
            raise LexiconError(f"field_rules.toml: listen '{name}' har dubletter: {', '.join(dup)}")
        words[name] = frozenset(x.lower() for x in items)
    lists = dict(words)
    lists["months"] = frozenset(m.lower() for m in (months or []))
    elems_raw = raw.get("elements")
    if not isinstance(elems_raw, dict):
        raise LexiconError("field_rules.toml: tabellen [elements] mangler")
    unknown = sorted(set(elems_raw) - set(ELEMENTS))
    missing = sorted(set(ELEMENTS) - set(elems_raw))
    if unknown or missing:
        raise LexiconError(f"field_rules.toml, [elements]: ukendte {unknown}, mangler {missing}")
    elements = {}
    for name, pats in elems_raw.items():
        where = f"field_rules.toml, [elements] {name}"
        if not isinstance(pats, list) or not pats or not all(isinstance(p, str) for p in pats):
            raise LexiconError(f"{where}: skal være en liste af mønstre")
        dup = sorted({p for p in pats if pats.count(p) > 1})
        if dup:
            raise LexiconError(f"{where}: dubletter {dup}")
        elements[name] = tuple(compile_pattern(p, lists, where) for p in pats)
    try:
        limits = _Thresholds.model_validate(raw.get("thresholds", {}))
    except ValidationError as exc:
        raise _data_error("[thresholds]", exc) from None
    rules: dict[tuple[str, str], FieldRule] = {}
    for code, names in field_rules.items():
        table = raw.get(code)
        if not isinstance(table, dict):
            raise LexiconError(f"field_rules.toml: tabellen [{code}] mangler")
        field, question = table.get("field"), table.get("question")
        if not isinstance(field, str) or not isinstance(question, str) or not question.strip():
            raise LexiconError(f"field_rules.toml, [{code}]: 'field' og 'question' skal være tekster")
        subs = {k: v for k, v in table.items() if isinstance(v, dict)}
        extra = sorted(set(table) - {"field", "question"} - set(subs))
        if extra:
            raise LexiconError(f"field_rules.toml, [{code}]: ukendte felter {extra}")
        if set(subs) != set(names):
            raise LexiconError(f"field_rules.toml, [{code}]: reglerne skal være {sorted(names)} (judge_rules i "
                               f"codes.toml), ikke {sorted(subs)}")
        for name in names:
            try:
                r = _RuleData.model_validate(subs[name])
            except ValidationError as exc:
                raise _data_error(f"[{code}.{name}]", exc) from None
            rules[(code, name)] = FieldRule(code, name, field, question, r.severity, r.message, r.suggestion,
                                            tuple(r.flag), tuple(r.pass_))
    known = set(field_rules) | set(WORD_LISTS) | {"lang", "elements", "thresholds", "topics"}
    stray = sorted(set(raw) - known)
    if stray:
        raise LexiconError(f"field_rules.toml: ukendte tabeller eller lister {stray}")
    topics_raw = raw.get("topics", {})
    if not isinstance(topics_raw, dict) or not all(
            isinstance(v, list) and v and all(isinstance(x, str) and x.strip() for x in v) for v in topics_raw.values()):
        raise LexiconError("field_rules.toml: [topics] skal være emner med en liste af ordbegyndelser")
    topics = tuple((name, tuple(x.lower() for x in v)) for name, v in topics_raw.items())
    words["months"] = lists["months"]
    words["clock_words"] = frozenset(w.lower() for w in (clock or ()))
    words["relative_pronouns"] = frozenset(w.lower() for w in (relative or ()))
    # not memoised in the index: all_candidates keeps one entry per word
    index = PatternIndex((((name, n), pat) for name, pats in elements.items() for n, pat in enumerate(pats)),
                         memo=False)
    return FieldData(rules, elements, words, limits, index, topics=topics)


@lru_cache(maxsize=4)
def field_data(lang: str = "da") -> FieldData:
    lex = load_lexicon(lang)
    return parse_field_data(lex.section("field_rules"), lex.section("timeframe").get("months", []),
                            lex.section("common").get("clock_words", []),
                            lex.section("common").get("relative_pronouns", []))

