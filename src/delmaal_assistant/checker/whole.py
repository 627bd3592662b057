"""Checks of a whole, filled-in delmål (template fields, dates, methods, indicators, documentation).

Text findings carry `field` = the model path of the text they were found in. Whole-delmål findings carry
`field` = the model field they are about and an empty span (start == end == 0, excerpt "").
Messages and thresholds are data in `lexicons/<lang>/whole.toml`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from dataclasses import field as dc_field
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Union

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from delmaal_assistant.checker.findings import Finding
from delmaal_assistant.checker.nlp import NUMBER_WORDS
from delmaal_assistant.core.model.fields import text_fields
from delmaal_assistant.core.resources import data_lang as _data_lang
from delmaal_assistant.core.severity import Severity

if TYPE_CHECKING:
    from delmaal_assistant.checker.engine import Engine
    from delmaal_assistant.core.model import Delmaal

UDVIKLE = "Udvikle funktionsevne"


def check_delmaal(engine: "Engine", d: "Delmaal") -> list[Finding]:
    """Findings for every text field and the whole-delmål checks, each on the field it concerns.

    Which codes apply to a field, and at what severity, is the field registry's (prompts/<lang>/fields.toml):
    the interview and `delmaal check FILE.delmaal.json` both come through here, so they cannot disagree.
    """
    from delmaal_assistant.core.model.fields import registry
    from delmaal_assistant.core.resources import data_lang

    reg = registry(data_lang(d.language))
    out: list[Finding] = []
    for path, _title, text in text_fields(d):
        codes = set(reg.codes_for(path))
        if not codes:
            continue
        for f in engine.check_text(text, codes):
            if path == "wording" and f.code == "missing-timeframe" and d.end_date is not None:
                continue  # the timeframe is stated in the end date field
            out.append(replace(f, field=path))
    cfg = engine.lex.section("whole")
    whole = whole_findings(cfg, d) + date_findings(cfg, d)
    out.extend(whole)
    # the mentor's judges (below); one finding per code and field
    have = {(f.code, f.field) for f in whole}
    out.extend(f for f in field_findings(engine, d, cfg) if (f.code, f.field) not in have)
    return apply_registry(reg, out)


def apply_registry(reg, findings: list[Finding]) -> list[Finding]:
    """Keep only the codes the registry allows on each field, with the field's severity; a personal name is
    reported once per delmål, where it first appears."""
    out: list[Finding] = []
    names: set[str] = set()
    for f in findings:
        if not reg.applies(f.code, f.field):
            continue
        if f.code == "personal-name":
            key = (getattr(f, "key", None) or f.excerpt or "").strip().lower()
            if key in names:
                continue
            names.add(key)
        sev = reg.severity(f.code, f.field, f.severity)
        out.append(f if sev == f.severity else replace(f, severity=sev))
    return out


def _f(cfg: dict, code: str, field: str | None = None, **fmt) -> Finding:
    c = cfg[code]
    return Finding(
        code=code,
        severity=c["severity"],
        start=0,
        end=0,
        excerpt="",
        message=c["message"].format(**fmt),
        suggestion=c.get("suggestion", "").format(**fmt) or None,
        question=c.get("question"),
        field=field or c.get("field"),
        rule=code,
    )


@lru_cache(maxsize=4)
def whole_config(lang: str = "da") -> dict:
    """The whole-delmål settings and messages (cheap: no spaCy), for callers without an Engine."""
    from delmaal_assistant.checker.lexicon import load_lexicon

    return load_lexicon(lang).section("whole")


def method_findings(cfg: dict, d: "Delmaal") -> list[Finding]:
    """No method, more than 1-2 methods, or an approach (tilgang) given as a method.

    An approach is recognised by its name whatever kind the user picked: listing Low Arousal as a "metode"
    is exactly the mistake Kofoedsminde's guide warns about.
    """
    out: list[Finding] = []
    approaches = [a.lower() for a in cfg.get("approaches", [])]
    if not d.methods:
        out.append(_f(cfg, "missing-method"))
    elif len(d.methods) > int(cfg.get("max_methods", 2)):
        out.append(_f(cfg, "too-many-methods", count=len(d.methods)))
    for i, m in enumerate(d.methods):
        name = m.name.lower()
        if m.kind == "tilgang" or any(a in name for a in approaches):
            out.append(_f(cfg, "approach-as-method", field=f"methods[{i}]", name=m.name))
    return out


def whole_findings(cfg: dict, d: "Delmaal") -> list[Finding]:
    out: list[Finding] = []
    if not d.wording.strip():
        out.append(_f(cfg, "missing-wording"))
    c = d.collaboration
    if not (c.resident_attitude.strip() or c.resident_own_words.strip() or c.professional_justification.strip()):
        out.append(_f(cfg, "missing-attitude"))
    if c.guardian_involved and not c.guardian_involvement.strip():
        out.append(_f(cfg, "missing-guardian-description"))

    out.extend(method_findings(cfg, d))

    if d.wording.strip() and not d.indsats.when_resident_wants_otherwise.strip():
        out.append(_f(cfg, "missing-when-resident-wants-otherwise"))

    missing = [(n, f) for n, f in (("Startdato", "start_date"), ("Slutdato", "end_date"),
                                    ("Evalueringsdato", "evaluation_date")) if getattr(d, f) is None]
    for name, fld in missing:
        out.append(_f(cfg, "missing-dates", field=fld, what=name))
    if d.start_date and d.end_date:
        days = (d.end_date - d.start_date).days
        if days > int(cfg.get("max_days", 130)):
            out.append(_f(cfg, "timeframe-too-long", days=days))
        if d.evaluation_date and not (d.start_date <= d.evaluation_date <= d.end_date):
            out.append(_f(cfg, "evaluation-outside-period", start=d.start_date.strftime("%d.%m.%Y"),
                          end=d.end_date.strftime("%d.%m.%Y")))

    ind = d.indicators
    if ind.start_level is None or ind.expected_end_level is None:
        both = ind.start_level is None and ind.expected_end_level is None
        out.append(_f(cfg, "missing-indicator-levels", field=None if both else
                      "indicators.start_level" if ind.start_level is None else "indicators.expected_end_level"))
    else:
        s, e = ind.start_level, ind.expected_end_level
        if s - e > int(cfg.get("max_level_drop", 2)):
            out.append(_f(cfg, "unrealistic-indicator", start=s, end=e))
        if d.goal_type and d.goal_type.name == UDVIKLE and e >= s:
            out.append(_f(cfg, "indicator-no-progress", start=s, end=e,
                          relation="det samme som" if e == s else "højere end"))
    phrases = [p.lower() for p in cfg.get("generic_indicator_phrases", [])]
    max_words = int(cfg.get("generic_indicator_max_words", 5))
    empty = []
    for lvl in ind.levels:
        text = lvl.what_we_see.strip()
        if not text:
            empty.append(str(lvl.level))
            continue
        low = text.lower()
        if len(low.split()) <= max_words and any(p in low for p in phrases):
            out.append(_f(cfg, "generic-indicator", field=f"indicators.levels[{lvl.level}].what_we_see",
                          level=lvl.level, text=text))
    if empty:
        levels = ", ".join(empty[:-1]) + (" og " if len(empty) > 1 else "") + empty[-1]
        one = f"indicators.levels[{empty[0]}].what_we_see" if len(empty) == 1 else None
        out.append(_f(cfg, "missing-indicator-texts", field=one, levels=levels))

    doc = d.documentation
    lacking = [(name, path) for name, path, v in (("hvad", "documentation.what", doc.what),
                                                  ("hvem", "documentation.who", doc.who),
                                                  ("hvor ofte", "documentation.how_often", doc.how_often))
               if not v.strip()]
    if len(lacking) == 3:
        out.append(_f(cfg, "missing-documentation-plan", what="hvad, hvem og hvor ofte"))
    else:  # a half plan: one finding on each missing part
        for name, path in lacking:
            out.append(_f(cfg, "missing-documentation-plan", field=path, what=name))
    return out



def date_findings(cfg: dict, d: "Delmaal") -> list[Finding]:
    """The end date must say what the wording says: "indtil 1. marts" with an end date of 27-02 is pointed out."""
    from delmaal_assistant.core.interview import last_date_in_text

    if d.end_date is None or not d.wording.strip() or "end-date-disagrees" not in cfg:
        return []
    base = d.start_date or d.created_at.date()
    named = last_date_in_text(d.wording, base)
    if named is None or named == d.end_date:
        return []
    return [_f(cfg, "end-date-disagrees", end=d.end_date.strftime("%d-%m-%Y"), named=named.strftime("%d-%m-%Y"))]


# ================================================================================================ field judges
# The mentor's judges (../shared/domain/FIELDS.md): each answer of the template is judged by the elements a good
# answer holds. The elements (roles, staff actions, times, resources, criteria …), thresholds, messages and
# examples are data in `lexicons/<lang>/fields.toml`; the logic below only combines them.

# Every (code, rule) a judge below can report. The data must define exactly these (checked at load).
FIELD_RULES: dict[str, tuple[str, ...]] = {
    "weak-purpose": ("too-short", "no-resource", "no-reason"),
    "weak-measurement": ("no-criterion", "vague-quantity"),
    "handleplan-goal-formaal": ("abstract-state", "not-observable"),
    "weak-indsats": ("too-short", "generic-support", "as-needed", "incomplete"),
    "weak-when-resident-wants-otherwise": ("attitude-only", "no-when-or-how", "too-short"),
    "weak-attitude": ("information-only", "placeholder", "no-view"),
    "weak-justification": ("too-thin", "no-reason", "no-perspective"),
    "actor-without-how": ("no-how",),
    "indicator-feeling": ("feeling",),
    "indicator-repeated": ("same-text",),
    "indicator-staff-action": ("staff-only",),
    "weak-documentation": ("no-frequency", "no-role", "no-content"),
    "placeholder-answer": ("placeholder",),
}
ELEMENTS = ("role", "staff_action", "generic_support", "as_needed", "time", "vague_time", "aid", "resource",
            "reason", "criterion", "vague_quantity", "vague_measure", "attitude_only", "retry", "alternative",
            "vague_alternative", "deferral", "attitude", "staff_view", "informed", "justification_why", "justification_how",
            "scale_paraphrase", "scale_predicate", "feeling", "vague_frequency", "vague_how", "abstract_goal")
WORD_LISTS = ("weekdays", "dayparts", "units", "aim_markers", "resident_subjects", "placeholder",
              "scale_words", "systems")
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
    elements: dict[str, tuple]  # name → compiled patterns
    words: dict[str, frozenset[str]]
    limits: _Thresholds
    index: dict = dc_field(default_factory=dict)  # name → (patterns by first word, patterns to scan)

    memo: dict = dc_field(default_factory=dict)

    def candidates(self, name: str, tok) -> list:
        """The patterns of element `name` whose first word can be `tok` (in pattern order); memoised on the
        form and lemmas, since words repeat."""
        key = (name, tok.lower, tok.lemmas)
        hit = self.memo.get(key)
        if hit is None:
            by_key, scan = self.index[name]
            patterns = self.elements[name]
            hits = {n for n in scan if _may_start(patterns[n][0], tok)}
            for k in (tok.lower, *tok.lemmas):
                hits.update(by_key.get(k, ()))
            hit = sorted(hits)
            if len(self.memo) > 100_000:
                self.memo.clear()
            self.memo[key] = hit
        return hit


def _may_start(el, tok) -> bool:
    return tok.is_digit if el.kind in ("date", "year", "num") and tok.is_digit else el.match(tok, None)


def _index(patterns: tuple) -> tuple[dict, tuple]:
    by_key: dict[str, list[int]] = {}
    scan = []
    for n, elems in enumerate(patterns):
        first = elems[0]
        if first.kind == "word" and not first.prefixes and not first.suffixes:
            for k in first.forms | first.lemmas:
                by_key.setdefault(k, []).append(n)
        elif first.kind == "list":
            for k in first.items:
                by_key.setdefault(k, []).append(n)
        else:
            scan.append(n)
    return by_key, tuple(scan)


def _data_error(where: str, exc: Exception) -> "LexiconError":
    from delmaal_assistant.checker.lexicon import LexiconError

    if isinstance(exc, ValidationError):  # the one Danish translator of data-file errors (core.datafile)
        from delmaal_assistant.core.datafile import danish_validation_errors

        return LexiconError(f"fields.toml, {where}: {danish_validation_errors(exc)}")
    return LexiconError(f"fields.toml, {where}: {exc}")


def parse_field_data(raw: dict, months: list[str] | None = None) -> FieldData:
    """Validate and compile `fields.toml` (a LexiconError in Danish names the table and key on any problem)."""
    from delmaal_assistant.checker.lexicon import LexiconError, compile_pattern

    words: dict[str, frozenset[str]] = {}
    for name in WORD_LISTS:
        items = raw.get(name)
        if not isinstance(items, list) or not all(isinstance(x, str) and x.strip() for x in items):
            raise LexiconError(f"fields.toml: listen '{name}' mangler eller indeholder andet end ord")
        dup = sorted({x for x in items if items.count(x) > 1})
        if dup:
            raise LexiconError(f"fields.toml: listen '{name}' har dubletter: {', '.join(dup)}")
        words[name] = frozenset(x.lower() for x in items)
    lists = dict(words)
    lists["months"] = frozenset(m.lower() for m in (months or []))
    elems_raw = raw.get("elements")
    if not isinstance(elems_raw, dict):
        raise LexiconError("fields.toml: tabellen [elements] mangler")
    unknown = sorted(set(elems_raw) - set(ELEMENTS))
    missing = sorted(set(ELEMENTS) - set(elems_raw))
    if unknown or missing:
        raise LexiconError(f"fields.toml, [elements]: ukendte {unknown}, mangler {missing}")
    elements = {}
    for name, pats in elems_raw.items():
        where = f"fields.toml, [elements] {name}"
        if not isinstance(pats, list) or not pats or not all(isinstance(p, str) for p in pats):
            raise LexiconError(f"{where}: skal være en liste af mønstre")
        dup = sorted({p for p in pats if pats.count(p) > 1})
        if dup:
            raise LexiconError(f"{where}: dubletter {dup}")
        elements[name] = tuple(compile_pattern(p, lists, where).elems for p in pats)
    try:
        limits = _Thresholds.model_validate(raw.get("thresholds", {}))
    except ValidationError as exc:
        raise _data_error("[thresholds]", exc) from None
    rules: dict[tuple[str, str], FieldRule] = {}
    for code, names in FIELD_RULES.items():
        table = raw.get(code)
        if not isinstance(table, dict):
            raise LexiconError(f"fields.toml: tabellen [{code}] mangler")
        field, question = table.get("field"), table.get("question")
        if not isinstance(field, str) or not isinstance(question, str) or not question.strip():
            raise LexiconError(f"fields.toml, [{code}]: 'field' og 'question' skal være tekster")
        subs = {k: v for k, v in table.items() if isinstance(v, dict)}
        extra = sorted(set(table) - {"field", "question"} - set(subs))
        if extra:
            raise LexiconError(f"fields.toml, [{code}]: ukendte felter {extra}")
        if set(subs) != set(names):
            raise LexiconError(f"fields.toml, [{code}]: reglerne skal være {sorted(names)}, ikke {sorted(subs)}")
        for name in names:
            try:
                r = _RuleData.model_validate(subs[name])
            except ValidationError as exc:
                raise _data_error(f"[{code}.{name}]", exc) from None
            rules[(code, name)] = FieldRule(code, name, field, question, r.severity, r.message, r.suggestion,
                                            tuple(r.flag), tuple(r.pass_))
    known = set(FIELD_RULES) | set(WORD_LISTS) | {"lang", "elements", "thresholds"}
    stray = sorted(set(raw) - known)
    if stray:
        raise LexiconError(f"fields.toml: ukendte tabeller eller lister {stray}")
    words["months"] = lists["months"]
    return FieldData(rules, elements, words, limits, {name: _index(p) for name, p in elements.items()})


@lru_cache(maxsize=4)
def field_data(lang: str = "da") -> FieldData:
    from delmaal_assistant.checker.lexicon import load_lexicon

    lex = load_lexicon(lang)
    return parse_field_data(lex.section("fields"), lex.section("timeframe").get("months", []))


# ---------------------------------------------------------------------------------------------- matching
def _match_at(toks: list, i: int, elems: tuple, e: int = 0) -> int | None:
    """End index of `elems` matched from token `i` within one sentence, or None (same semantics as the
    lexicons: optional words, ~N gaps that never cross punctuation)."""
    if e == len(elems):
        return i
    el = elems[e]
    sent = toks[i - 1].sent if i > 0 and e > 0 else (toks[i].sent if i < len(toks) else -1)
    if el.kind == "end":
        return _match_at(toks, i, elems, e + 1) if i >= len(toks) or toks[i].is_punct else None
    if el.kind == "gap":
        j = i
        for _ in range(el.gap + 1):
            r = _match_at(toks, j, elems, e + 1)
            if r is not None:
                return r
            if j >= len(toks) or toks[j].is_punct or toks[j].sent != sent:
                return None
            j += 1
        return None
    if i < len(toks) and toks[i].sent == sent and el.match(toks[i], toks[i - 1] if i else None):
        r = _match_at(toks, i + 1, elems, e + 1)
        if r is not None:
            return r
    if el.optional:
        return _match_at(toks, i, elems, e + 1)
    return None


class _Answer:
    """One answer, tokenised once, with the spans of each element found in it."""

    def __init__(self, analyze, text: str, data: FieldData) -> None:
        self.text = text
        self.toks = analyze(text).toks if text.strip() else []
        self.words = [t for t in self.toks if not t.is_punct]
        self.data = data
        self._spans: dict[str, list[tuple[int, int]]] = {}

    @property
    def n(self) -> int:
        return len(self.words)

    @property
    def norm(self) -> str:
        return " ".join(self.text.lower().split()).strip(" .!,;:")

    def spans(self, name: str) -> list[tuple[int, int]]:
        if name not in self._spans:
            out = []
            toks = self.toks
            patterns = self.data.elements[name]
            for k, t in enumerate(toks):
                if t.is_punct:
                    continue
                for n in self.data.candidates(name, t):
                    end = _match_at(toks, k, patterns[n])
                    if end is not None and end > k:
                        out.append((k, end))
                        break
            self._spans[name] = out
        return self._spans[name]

    def has(self, name: str) -> bool:
        return bool(self.spans(name))

    def positive(self, name: str) -> list[tuple[int, int]]:
        """Spans not negated ("kan ikke læse", "ikke kender"): no negation inside or right before."""
        out = []
        for a, b in self.spans(name):
            inside = {t.lower for t in self.toks[a:b]}
            before = self.toks[a - 1].lower if a > 0 else ""
            after = self.toks[b].lower if b < len(self.toks) else ""
            if inside & NEGATIONS or before in NEGATIONS or (b - a == 1 and after in NEGATIONS):
                continue
            out.append((a, b))
        return out

    def outside(self, name: str, *covering: str) -> list[tuple[int, int]]:
        """Spans of `name` that do not overlap a span of any of `covering` ("når der er behov" is no moment)."""
        cover = [s for c in covering for s in self.spans(c)]
        return [(a, b) for a, b in self.spans(name) if not any(a < d and c < b for c, d in cover)]

    def excerpt(self, span: tuple[int, int] | None = None) -> str:
        if not span or not self.toks:
            return self.text.strip()
        a, b = span
        return self.text[self.toks[a].start:self.toks[b - 1].end]

    def content_words(self, skip: frozenset[str], *except_in: str) -> list:
        """Words that are not scale words / filler, not initials or names, and not inside the given elements."""
        covered = {i for name in except_in for a, b in self.spans(name) for i in range(a, b)}
        out = []
        for t in self.words:
            if t.i in covered or t.lower in skip or (t.lemmas & skip) or t.is_digit:
                continue
            if t.text.isupper() and len(t.text) <= 4:  # initials: "TH", "PJ"
                continue
            out.append(t)
        return out


def _rf(data: FieldData, code: str, rule_name: str, field: str, **fmt) -> Finding:
    r = data.rules[(code, rule_name)]
    return Finding(code=code, severity=r.severity, start=0, end=0, excerpt="",  # type: ignore[arg-type]
                   message=_safe_fmt(r.message, fmt), suggestion=_safe_fmt(r.suggestion, fmt) or None,
                   question=r.question, field=field, rule=r.id)


def _safe_fmt(template: str, fmt: dict) -> str:
    try:
        return template.format(**fmt)
    except (KeyError, IndexError, ValueError):
        return template


# ------------------------------------------------------------------------------------------------ judges
def _resources(A: _Answer) -> list[tuple[int, int]]:
    """Resources that are the resident's now, not an aim: "så han kan klare sig", "skal kunne" do not count."""
    aims = A.data.words["aim_markers"]
    out = []
    for a, b in A.positive("resource"):
        before = [t for t in A.toks[max(0, a - 3):a] if t.sent == A.toks[a].sent and not t.is_punct]
        if any(t.lower in aims for t in before):
            continue
        out.append((a, b))
    return out


def judge_purpose(A: _Answer, data: FieldData, field: str = "purpose") -> list[Finding]:
    # a short answer is only weak when it lacks an element: length itself is never the criterion
    if A.n < data.limits.purpose_min_words and not (_resources(A) and A.has("reason")):
        return [_rf(data, "weak-purpose", "too-short", field)]
    if not _resources(A):
        return [_rf(data, "weak-purpose", "no-resource", field)]
    if not A.has("reason"):
        return [_rf(data, "weak-purpose", "no-reason", field)]
    return []


def _has_criterion(A: _Answer) -> bool:
    for a, b in A.outside("criterion", "vague_measure", "feeling"):
        if b - a == 1 and _not_a_count(A, a):
            continue
        return True
    return False


def _not_a_count(A: _Answer, k: int) -> bool:
    """A lone number that is a date, a year or a clock time ("1. marts", "2027", "kl. 10") is no criterion."""
    t = A.toks[k]
    if not (t.is_digit or t.lower in NUMBER_WORDS):
        return False
    prev = A.toks[k - 1].lower if k > 0 else ""
    nxt = A.toks[k + 1].lower if k + 1 < len(A.toks) else ""
    if prev in ("kl.", "kl", "klokken", "uge", "d.", "den") or nxt in A.data.words["months"]:
        return True
    if len(t.text) == 4 and t.text.startswith("20"):
        return True
    return "/" in t.text or t.text.rstrip(".").count(".") > 0 or "-" in t.text


def judge_measurement(A: _Answer, data: FieldData, field: str = "measurement") -> list[Finding]:
    vague = A.spans("vague_quantity")
    counted = any(t.is_digit or t.lower in NUMBER_WORDS for t in A.words
                  if not _not_a_count(A, t.i) and t.lower not in ("en", "et"))
    if vague and not counted:
        return [_rf(data, "weak-measurement", "vague-quantity", field, excerpt=A.excerpt(vague[0]))]
    if _has_criterion(A):
        return []
    return [_rf(data, "weak-measurement", "no-criterion", field)]


def judge_handleplan_goal(A: _Answer, data: FieldData, engine, field: str = "handleplan_goal") -> list[Finding]:
    spans = A.spans("abstract_goal")
    found = engine.check_text(A.text, {"purpose-like", "vague-verb"}) if engine is not None else []
    pl = [f for f in found if f.code == "purpose-like"]
    if spans or pl:
        ex = A.excerpt(spans[0]) if spans else pl[0].excerpt
        return [_rf(data, "handleplan-goal-formaal", "abstract-state", field, excerpt=ex)]
    vv = [f for f in found if f.code == "vague-verb"]
    if vv:
        return [_rf(data, "handleplan-goal-formaal", "not-observable", field, excerpt=vv[0].excerpt)]
    return []


def _real_time(A: _Answer) -> list[tuple[int, int]]:
    return A.outside("time", "vague_time", "as_needed", "vague_frequency")


def judge_indsats(A: _Answer, data: FieldData, field: str = "indsats.actions") -> list[Finding]:
    code = "weak-indsats"
    when = _real_time(A)
    need = A.spans("as_needed")
    if need and not when:
        return [_rf(data, code, "as-needed", field, excerpt=A.excerpt(need[0]))]
    action = A.outside("staff_action", "generic_support") or [
        s for s in A.spans("staff_action") if s[1] - s[0] > 1]  # "hjælper ham med at skrive": with its object
    if A.n < data.limits.indsats_min_words and not (action and (when or A.has("aid"))):
        return [_rf(data, code, "too-short", field)]
    generic = A.spans("generic_support")
    if generic and not action and not when and not A.has("aid"):
        return [_rf(data, code, "generic-support", field, excerpt=A.excerpt(generic[0]))]
    parts = (("hvem (en rolle)", A.has("role")), ("hvornår eller hvor ofte", bool(when)),
             ("hvilket hjælpemiddel", A.has("aid")))
    missing = [w for w, ok in parts[:2] if not ok]
    if sum(ok for _, ok in parts) < 2 and missing:
        return [_rf(data, code, "incomplete", field, missing=" og ".join(missing))]
    return []


def judge_otherwise(A: _Answer, data: FieldData,
                    field: str = "indsats.when_resident_wants_otherwise") -> list[Finding]:
    code = "weak-when-resident-wants-otherwise"
    if A.outside("alternative", "attitude_only", "vague_alternative") or A.outside(
            "time", "vague_time", "as_needed", "vague_frequency", "deferral"):
        return []
    att = A.spans("attitude_only")
    if att:
        return [_rf(data, code, "attitude-only", field, excerpt=A.excerpt(att[0]))]
    loose = A.spans("retry") or A.spans("vague_time") or A.spans("vague_alternative") or A.spans("deferral")
    if loose:
        return [_rf(data, code, "no-when-or-how", field, excerpt=A.excerpt(loose[0]))]
    if A.n < data.limits.otherwise_min_words:
        return [_rf(data, code, "too-short", field)]
    return []


def _placeholder(A: _Answer) -> bool:
    return A.norm in A.data.words["placeholder"] or not any(c.isalnum() for c in A.text)


def _residents_view(A: _Answer) -> list[tuple[int, int]]:
    """Attitude words in sentences that are not a staff view ("Personalet vurderer …", "Det er vigtigt at …")
    and not inside a process/information phrase ("deltog i mødet")."""
    staff_sents = {A.toks[a].sent for a, _ in A.spans("staff_view")}
    return [(a, b) for a, b in A.outside("attitude", "informed", "justification_why")
            if A.toks[a].sent not in staff_sents]


def judge_attitude(A: _Answer, data: FieldData, justified: bool,
                   field: str = "collaboration.resident_attitude") -> list[Finding]:
    substance = _residents_view(A)
    if A.has("informed") and not substance:
        return [_rf(data, "weak-attitude", "information-only", field)]
    if justified:
        return []  # "-" beside a real faglig begrundelse: the justification is the answer
    if _placeholder(A) or (A.n < data.limits.attitude_min_words and not substance):
        return [_rf(data, "weak-attitude", "placeholder", field, excerpt=A.text.strip())]
    if not substance:
        return [_rf(data, "weak-attitude", "no-view", field)]
    return []


def attitude_in_substance(A: _Answer) -> bool:
    return bool(A.text.strip()) and not _placeholder(A) and bool(_residents_view(A))


def _justification_rule(A: _Answer) -> str | None:
    """The weak sign of a faglig begrundelse, or None when it says why and how the view was sought."""
    if not A.text.strip() or _placeholder(A) or A.n < A.data.limits.justification_min_words:
        return "too-thin"
    if not A.has("justification_why"):
        return "no-reason"
    if not A.has("justification_how"):
        return "no-perspective"
    return None


def justification_is_real(A: _Answer) -> bool:
    return _justification_rule(A) is None


def judge_justification(A: _Answer, data: FieldData,
                        field: str = "collaboration.professional_justification") -> list[Finding]:
    rule = _justification_rule(A)
    return [_rf(data, "weak-justification", rule, field)] if rule else []


def judge_actor(A: _Answer, name: str, i: int, data: FieldData) -> list[Finding]:
    field = f"external_actors[{i}].how" if A.text.strip() else f"external_actors[{i}]"
    if A.text.strip() and not _placeholder(A):
        concrete = A.outside("staff_action", "vague_how") or _real_time(A)
        if concrete or (A.n >= data.limits.actor_how_min_words and not A.has("vague_how")):
            return []
    return [_rf(data, "actor-without-how", "no-how", field, name=name.strip() or "aktøren")]


def judge_documentation(d: "Delmaal", analyze, data: FieldData) -> list[Finding]:
    out = []
    doc = d.documentation
    if doc.how_often.strip():
        A = _Answer(analyze, doc.how_often, data)
        if not _real_time(A):
            out.append(_rf(data, "weak-documentation", "no-frequency", "documentation.how_often",
                           text=doc.how_often.strip()))
    if doc.who.strip():
        A = _Answer(analyze, doc.who, data)
        if not A.has("role"):
            out.append(_rf(data, "weak-documentation", "no-role", "documentation.who", text=doc.who.strip()))
    if doc.what.strip():
        A = _Answer(analyze, doc.what, data)
        if all(t.lower in data.words["systems"] for t in A.words) or _placeholder(A):
            out.append(_rf(data, "weak-documentation", "no-content", "documentation.what", text=doc.what.strip()))
    return out


def judge_indicators(d: "Delmaal", analyze, data: FieldData, cfg: dict, already: set[str]) -> list[Finding]:
    """Paraphrases of the scale (as generic-indicator), feelings, and the same text on several levels."""
    out = []
    seen: dict[str, int] = {}
    skip = data.words["scale_words"]
    need = data.limits.indicator_min_content
    for lvl in d.indicators.levels:
        text = lvl.what_we_see.strip()
        if not text:
            continue
        field = f"indicators.levels[{lvl.level}].what_we_see"
        key = " ".join(text.lower().strip(" .!").split())
        if field in already:  # already a generic-indicator finding: one objection per level is enough
            seen.setdefault(key, lvl.level)
            continue
        if key in seen:
            out.append(_rf(data, "indicator-repeated", "same-text", field, level=lvl.level, other=seen[key]))
            continue
        seen[key] = lvl.level
        A = _Answer(analyze, text, data)
        if _placeholder(A):
            continue  # placeholder-answer
        state = A.has("feeling") or A.has("abstract_goal")
        if state and len(A.content_words(skip, "feeling", "abstract_goal")) < need:
            out.append(_rf(data, "indicator-feeling", "feeling", field, level=lvl.level, text=text))
        elif not A.content_words(skip) or (A.has("scale_paraphrase") and (
                A.has("scale_predicate") or len(A.content_words(skip)) < need)):
            f = _f(cfg, "generic-indicator", field=field, level=lvl.level, text=text)
            out.append(replace(f, rule="generic-indicator/paraphrase"))
        elif _staff_only(A):
            out.append(_rf(data, "indicator-staff-action", "staff-only", field, level=lvl.level, text=text))
    return out


def _staff_only(A: _Answer) -> bool:
    """An indicator text whose subject is staff and where the resident never acts ("Personalet går med …")."""
    if not A.words or not any(a == A.words[0].i for a, _ in A.spans("role")):
        return False
    if any(t.lower in ("ser", "oplever", "observerer", "kan", "vil") for t in A.words[1:3]):
        return False  # "Vi ser, at han …"
    subjects = A.data.words["resident_subjects"]
    return not any(t.lower in subjects or (t.text.isupper() and 2 <= len(t.text) <= 4) for t in A.words[1:])


def placeholder_findings(d: "Delmaal", analyze, data: FieldData, judged: set[str]) -> list[Finding]:
    """"-", "ok", "Se handleplan" in a staff field that no other judge covers."""
    out = []
    for path, _title, text in text_fields(d):
        if path in judged or path in ("title", "wording", "collaboration.resident_own_words"):
            continue
        A = _Answer(analyze, text, data)
        if _placeholder(A) or A.norm in ("se handleplan", "se handleplanen"):
            out.append(_rf(data, "placeholder-answer", "placeholder", path, text=text.strip()))
    return out


def field_findings(engine, d: "Delmaal", cfg: dict | None = None, data: FieldData | None = None) -> list[Finding]:
    """The mentor's judgement of every staff answer of the template, each finding on its field's path.

    `engine` needs `analyze(text)` (tokens with lemmas) and `check_text(text, codes)`."""
    data = data or field_data(_data_lang(d.language))
    cfg = cfg if cfg is not None else engine.lex.section("whole")
    seen: dict[str, object] = {}

    def analyze(text: str):
        if text not in seen:
            seen[text] = engine.analyze(text)
        return seen[text]

    out: list[Finding] = []

    def answer(text: str) -> _Answer:
        return _Answer(analyze, text, data)

    if d.purpose.strip():
        out += judge_purpose(answer(d.purpose), data)
    if d.measurement.strip():
        out += judge_measurement(answer(d.measurement), data)
    if d.handleplan_goal.strip():
        out += judge_handleplan_goal(answer(d.handleplan_goal), data, engine)
    if d.indsats.actions.strip():
        out += judge_indsats(answer(d.indsats.actions), data)
    if d.indsats.when_resident_wants_otherwise.strip():
        out += judge_otherwise(answer(d.indsats.when_resident_wants_otherwise), data)
    c = d.collaboration
    just = answer(c.professional_justification)
    if c.resident_attitude.strip():
        out += judge_attitude(answer(c.resident_attitude), data, justified=justification_is_real(just))
    att = answer(c.resident_attitude)
    if c.professional_justification.strip() and not attitude_in_substance(att):
        out += judge_justification(just, data)
    for i, a in enumerate(d.external_actors):
        out += judge_actor(answer(a.how), a.name, i, data)
    already = {f"indicators.levels[{lvl.level}].what_we_see" for lvl in d.indicators.levels
               if _is_generic_indicator(cfg, lvl.what_we_see)}
    out += judge_indicators(d, analyze, data, cfg, already)
    out += judge_documentation(d, analyze, data)
    judged = {f.field for f in out} | already | JUDGED_FIELDS
    out += placeholder_findings(d, analyze, data, judged)
    return out


# Fields with a judge of their own (a placeholder there gets that judge's finding).
JUDGED_FIELDS = {"purpose", "measurement", "indsats.actions", "indsats.when_resident_wants_otherwise",
                 "collaboration.resident_attitude", "collaboration.professional_justification",
                 "documentation.what", "documentation.who", "documentation.how_often"}


def _is_generic_indicator(cfg: dict, text: str) -> bool:
    """The original generic-indicator rule: a short text made of the scale's own words."""
    low = text.strip().lower()
    phrases = [p.lower() for p in cfg.get("generic_indicator_phrases", [])]
    return bool(low) and len(low.split()) <= int(cfg.get("generic_indicator_max_words", 5)) and any(
        p in low for p in phrases)


# ------------------------------------------------------------------------------------------ examples as data
_PATH = re.compile(r"([A-Za-z_]+)(?:\[(\d+)\])?")


def delmaal_from_snippet(snippet: "str | dict", field: str | None = None) -> "Delmaal":
    """An otherwise empty delmål with the snippet's values laid over it: {"indsats.actions": "…",
    "indicators.levels[2].what_we_see": "…", "external_actors": [{"name": …, "how": …}]}. A plain text is
    the value of `field`. Used by the per-rule example tests."""
    from delmaal_assistant.core.model import Delmaal

    if isinstance(snippet, str):
        if not field:
            raise ValueError("a text example needs the rule's field")
        snippet = {field: snippet}
    data = Delmaal().model_dump(mode="json")
    for path, value in snippet.items():
        node: Any = data
        keys = path.split(".")
        for n, key in enumerate(keys):
            m = _PATH.fullmatch(key)
            if not m:
                raise ValueError(f"bad path {path!r}")
            name, idx = m.group(1), m.group(2)
            last = n == len(keys) - 1
            if idx is None:
                if last:
                    node[name] = value
                else:
                    node = node[name]
            else:
                seq = node[name]
                if last:
                    seq[int(idx)] = value
                else:
                    node = seq[int(idx)]
    return Delmaal.model_validate(data)
