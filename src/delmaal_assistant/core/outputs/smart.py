"""The SMART checklist from seed 000 (eight questions), by the rules in FIELDS.md. No UI here.

Each question is `met`, `missing` or `ask` (only a person can say yes). A ✓ is earned by positive evidence –
never by the absence of a finding – and is never given while a finding that contradicts it stands. When the
checker could not run, the questions that depend on it are `unknown` (shown as "?", reported as `ask`).
Questions 3 and 6 are confirmed by a person (`confirm`); a confirmation is stored with a fingerprint of the
wording, goal and dates it was given for and no longer counts once they change.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Iterable, Literal

from pydantic import Field, create_model

from delmaal_assistant.core import texts
from delmaal_assistant.core.datafile import DataLoadError, DataModel, load_data
from delmaal_assistant.core.dates import MONTHS_DA
from delmaal_assistant.core.model import Delmaal, SmartConfirmation
from delmaal_assistant.core.model.codes import code_name, smart_codes
from delmaal_assistant.core.model.period import EVALUATION_DAYS_AFTER_END
from delmaal_assistant.core.resources import data_lang, prompts_dir
from delmaal_assistant.core.dates import format_date

Status = Literal["met", "missing", "ask", "unknown"]
STATUS_DA: dict[str, str] = {"met": "opfyldt", "missing": "mangler", "ask": texts.get("core.outputs.smart.kraever_dit_ja"),
                             "unknown": texts.get("core.outputs.smart.ukendt_ikke_tjekket")}
#: Symbols that carry the status without colour (ASCII-safe alternatives in STATUS_ASCII).
STATUS_SYMBOL: dict[str, str] = {"met": "✓", "missing": "✗", "ask": "?", "unknown": "?"}
STATUS_ASCII: dict[str, str] = {"met": "[x]", "missing": "[ ]", "ask": "[?]", "unknown": "[?]"}
#: the JSON contract knows three statuses: a question the checker could not settle is one a person must answer
JSON_STATUS: dict[str, str] = {"met": "met", "missing": "missing", "ask": "ask", "unknown": "ask"}

CONFIRMABLE = (3, 6)
# The findings that contradict "specific" (question 1), "measurable" (2) and "realistic" (6) are the code
# table's `smart` roles (lexicons/<lang>/codes.toml, core.model.codes.smart_codes).
_WORD = re.compile(r"\w+|%", re.UNICODE)
_NUMBER = re.compile(r"^\d+([.,]\d+)?$")


def quote_excerpt(text: str, limit: int) -> str:
    """`text` on one line, at most `limit` characters; when cut, cut between words and end in "…"."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat[:limit].rsplit(" ", 1)[0] if " " in flat[:limit] else flat[:limit]
    return cut.rstrip(" ,;:–-") + "…"


@dataclass(frozen=True)
class SmartItem:
    number: int
    question: str
    status: Status
    reason: str
    short: str = ""
    #: what is wrong or right, in a word or two ("uden for perioden"); the plain status when the data has none
    verdict: str = ""

    @property
    def status_text(self) -> str:
        return self.verdict or STATUS_DA[self.status]

    @property
    def label(self) -> str:
        return f"{STATUS_SYMBOL[self.status]} {self.number}. {self.short or self.question} ({self.status_text})"

    def as_json(self) -> dict:
        return {"question": self.number, "status": JSON_STATUS[self.status], "reason": self.reason}


@dataclass(frozen=True)
class _Evidence:
    frequency: frozenset[str]
    amount: frozenset[str]
    occasion: frozenset[str]
    not_an_occasion_before: frozenset[str]
    numbers: frozenset[str]
    not_a_count_before: frozenset[str]
    states: frozenset[str]
    reasons: dict[str, str]
    verdicts: dict[str, str]
    questions: tuple[str, ...]
    short: tuple[str, ...]


# ------------------------------------------------------------------------------- smart.toml (one model)
class SmartFileError(DataLoadError):
    """smart.toml is missing or broken (Danish message naming the file, table and key)."""


Words = Annotated[list[str], Field(min_length=1)]


class _EvidenceWords(DataModel):
    frequency: Words
    amount: Words
    occasion: Words
    not_an_occasion_before: Words
    numbers: Words
    not_a_count_before: Words
    states: Words


#: the reasons this module gives, by key: each must be in smart.toml's [reasons], and nothing else
REASON_KEYS = ("no_wording", "not_checked", "checking", "finding", "state", "no_criterion", "specific_met", "measurement_missing",
               "measurement_weak", "measurable_met", "goal_missing", "goal_ask", "confirmed", "attitude_met",
               "justification_met", "attitude_weak", "attitude_missing", "timeframe_dates", "timeframe_wording",
               "timeframe_missing", "realistic_blocked", "realistic_ask", "evaluation_met", "evaluation_missing",
               "evaluation_outside", "documentation_missing", "documentation_weak", "documentation_met")
_Reasons = create_model("_Reasons", __base__=DataModel, **{k: (str, ...) for k in REASON_KEYS})
# [verdicts]: optional, by reason key (a key that is not a reason is a misspelling)
_Verdicts = create_model("_Verdicts", __base__=DataModel, **{k: (str | None, None) for k in REASON_KEYS})


class SmartFile(DataModel):
    lang: str
    questions: Annotated[list[str], Field(min_length=8, max_length=8)]
    short: Annotated[list[str], Field(min_length=8, max_length=8)]
    evidence: _EvidenceWords
    reasons: _Reasons
    #: what a status means in a word or two where the reason is more precise than "mangler" (by reason key)
    verdicts: _Verdicts = _Verdicts()


@lru_cache(maxsize=4)
def _evidence(lang: str = "da") -> _Evidence:
    return load_evidence(prompts_dir(lang) / "smart.toml")


def load_evidence(path: Path) -> _Evidence:
    """smart.toml's evidence words, reasons and questions (validated by SmartFile)."""
    f = load_data(path, SmartFile, SmartFileError)
    keys = ("frequency", "amount", "occasion", "not_an_occasion_before", "numbers", "not_a_count_before", "states")
    for k in keys:
        v = getattr(f.evidence, k)
        if len(set(v)) != len(v):
            raise SmartFileError(texts.get("core.outputs.smart.datafilen_tabellen_evidence_noeglen",
                                           name=Path(path).name, k=k))
    return _Evidence(*(frozenset(w.lower() for w in getattr(f.evidence, k)) for k in keys),
                     reasons=f.reasons.model_dump(), verdicts={k: v for k, v in f.verdicts.model_dump().items() if v}, questions=tuple(f.questions),
                     short=tuple(f.short))


def criterion_word(wording: str, lang: str = "da") -> str | None:
    """The first word of the wording that says how often, on which occasion or how much, or None."""
    ev = _evidence(lang)
    words = [w.lower() for w in _WORD.findall(wording or "")]
    for i, w in enumerate(words):
        if w in ev.frequency or w in ev.amount:
            return w
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if w in ev.occasion and i > 1 and nxt and not _NUMBER.match(nxt) and not _is_month(nxt) \
                and nxt not in ev.not_an_occasion_before:  # "når han kommer hjem", "efter aftensmaden"
            return w
        if _NUMBER.match(w) or w in ev.numbers:
            prev = words[i - 1] if i else ""
            if prev in ev.not_a_count_before or _is_month(nxt) or (len(w) == 4 and w.isdigit()):
                continue  # part of a date, a week number or a year
            return w
    return None


def _is_month(word: str) -> bool:
    """A month name or its usual abbreviation ("marts", "mar")."""

    return len(word) >= 3 and any(m == word or (m.startswith(word) and len(word) <= 4) for m in MONTHS_DA)


def state_word(wording: str, lang: str = "da") -> str | None:
    ev = _evidence(lang)
    for w in _WORD.findall(wording or ""):
        if w.lower() in ev.states:
            return w
    return None


# ------------------------------------------------------------------------------------------ confirmations


def basis(d: Delmaal, question: int) -> str:
    """The fingerprint of what a yes to `question` depends on: the wording and the goal (3), the wording and
    the dates (6)."""
    parts = [" ".join(d.wording.split())]
    if question == 3:
        parts.append(" ".join(d.handleplan_goal.split()))
    else:
        parts += [str(d.start_date or ""), str(d.end_date or "")]
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]


def confirmation(d: Delmaal, question: int) -> SmartConfirmation | None:
    """The standing confirmation of `question`, or None (never given, or given for another wording/dates)."""
    for c in d.smart_confirmations:
        if c.question == question and c.basis == basis(d, question):
            return c
    return None


def confirm(d: Delmaal, question: int, today: date) -> None:
    if question not in CONFIRMABLE:
        raise ValueError(question)
    d.smart_confirmations = [c for c in d.smart_confirmations if c.question != question] + [
        SmartConfirmation(question=question, confirmed_on=today, basis=basis(d, question))]


def unconfirm(d: Delmaal, question: int) -> None:
    d.smart_confirmations = [c for c in d.smart_confirmations if c.question != question]


def drop_stale_confirmations(d: Delmaal) -> bool:
    """Remove confirmations whose wording, goal or dates have changed since; True when one was removed."""
    keep = [c for c in d.smart_confirmations if c.basis == basis(d, c.question)]
    if len(keep) == len(d.smart_confirmations):
        return False
    d.smart_confirmations = keep
    return True


# ------------------------------------------------------------------------------------------ the eight questions


def smart_status(delmaal: Delmaal, findings: Iterable = (), questions: tuple[str, ...] | None = None,
                 short: tuple[str, ...] | None = None, *, checked: bool = True,
                 checking: bool = False) -> list[SmartItem]:
    """The eight questions for `delmaal`, given the findings of `check_delmaal` on it (each with its field).

    `checked=False` says the checker could not run: what depends on its findings is `unknown`, never `met`.
    With `checking` as well, the checker has not answered yet (it is starting, or a check is under way): those
    questions say "tjekker …" instead of an error.
    """
    d = delmaal
    lang = data_lang(d.language)
    ev = _evidence(lang)
    r = ev.reasons
    questions = questions or ev.questions
    short = short or ev.short
    findings = list(findings)

    def on(prefix: str) -> list:
        return [f for f in findings
                if (getattr(f, "field", None) or "") == prefix
                or (getattr(f, "field", None) or "").startswith((prefix + ".", prefix + "["))]

    wording = d.wording.strip()
    wf = [f for f in findings if getattr(f, "field", None) in (None, "wording")]
    wcodes = {f.code for f in wf}
    items: list[tuple[Status, str, str]] = []  # (status, reason key, reason)

    def names(codes) -> str:
        """Finding codes as people read them: their Danish names from the code table («vagt udsagnsord»)."""
        return ", ".join(f"«{code_name(c, lang)}»" for c in codes)

    def add(status: Status, key: str, **fmt: str) -> None:
        if key == "not_checked" and checking:
            key = "checking"
        items.append((status, key, r[key].format(**fmt) if fmt else r[key]))

    # 1 specific and concrete
    crit = criterion_word(wording, lang) if wording else None
    state = state_word(wording, lang) if wording else None
    if not wording:
        add("missing", "no_wording")
    elif bad := sorted(wcodes & smart_codes("specific")):
        add("missing", "finding", codes=names(bad))
    elif not checked:
        add("unknown", "not_checked")
    elif state:
        add("missing", "state", word=state)
    elif crit is None:
        add("missing", "no_criterion")
    else:
        add("met", "specific_met", word=crit)

    # 2 measurable: the wording can be counted, and the measurement answer says how
    meas = on("measurement")
    if not wording:
        add("missing", "no_wording")
    elif bad := sorted(wcodes & smart_codes("measurable")):
        add("missing", "finding", codes=names(bad))
    elif not checked:
        add("unknown", "not_checked")
    elif state or crit is None:
        add("missing", "state", word=state) if state else add("missing", "no_criterion")
    elif not d.measurement.strip():
        add("missing", "measurement_missing")
    elif meas:
        add("missing", "measurement_weak")
    else:
        add("met", "measurable_met", word=crit)

    # 3 a step towards the goal: a person says yes
    goal = d.handleplan_goal.strip()
    c3 = confirmation(d, 3)
    if not goal:
        add("missing", "goal_missing")
    elif c3:
        add("met", "confirmed", date=format_date(c3.confirmed_on))
    else:
        add("ask", "goal_ask", goal=quote_excerpt(goal, 60))

    # 4 attitude in substance, or a real faglig begrundelse
    c = d.collaboration
    att_f, just_f = on("collaboration.resident_attitude"), on("collaboration.professional_justification")
    if c.resident_attitude.strip() and not att_f and checked:
        add("met", "attitude_met")
    elif c.professional_justification.strip() and not just_f and checked:
        add("met", "justification_met")
    elif (c.resident_attitude.strip() or c.professional_justification.strip()) and not checked:
        add("unknown", "not_checked")
    elif c.resident_attitude.strip():
        add("missing", "attitude_weak")
    else:
        add("missing", "attitude_missing")

    # 5 timeframe: an end date, or a timeframe the checker found in the wording
    if d.end_date:
        add("met", "timeframe_dates", date=format_date(d.end_date))
    elif wording and not checked:
        add("unknown", "not_checked")
    elif wording and "missing-timeframe" not in wcodes:
        add("met", "timeframe_wording")
    else:
        add("missing", "timeframe_missing")

    # 6 realistic: a person says yes, and no finding says otherwise
    blockers = sorted({f.code for f in findings if f.code in smart_codes("realistic")})
    c6 = confirmation(d, 6)
    if blockers:
        add("missing", "realistic_blocked", codes=names(blockers))
    elif c6:
        add("met", "confirmed", date=format_date(c6.confirmed_on))
    else:
        add("ask", "realistic_ask")

    # 7 evaluation date within the period
    e = d.evaluation_date
    if e is None:
        add("missing", "evaluation_missing")
    elif (d.start_date and e < d.start_date) or (d.end_date and (e - d.end_date).days > EVALUATION_DAYS_AFTER_END):
        # the checker's rule: within the period or at the follow-up meeting just after it
        add("missing", "evaluation_outside", date=format_date(e))
    else:
        add("met", "evaluation_met", date=format_date(e))

    # 8 documentation: what, who and when, each in substance
    doc = d.documentation
    parts = ((texts.get("core.outputs.smart.hvad"), doc.what), ("hvem", doc.who), ("hvor ofte", doc.how_often))
    empty = [name for name, v in parts if not v.strip()]
    weak_paths = {getattr(f, "field", "") for f in on("documentation")}
    weak = [name for (name, _v), key in zip(parts, ("what", "who", "how_often"))
            if f"documentation.{key}" in weak_paths and name not in empty]
    if empty:
        add("missing", "documentation_missing", parts=", ".join(empty))
    elif weak or "documentation" in weak_paths:
        add("missing", "documentation_weak", parts=", ".join(weak) or texts.get("core.outputs.smart.se_bemaerkningen"))
    elif not checked:
        add("unknown", "not_checked")
    else:
        add("met", "documentation_met")

    return [SmartItem(number=i + 1, question=questions[i], status=st, reason=why, short=short[i],
                      verdict=ev.verdicts.get(key, ""))
            for i, (st, key, why) in enumerate(items)]
