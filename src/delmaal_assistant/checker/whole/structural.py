"""Structural checks of a whole delmål: fields left empty, dates, methods, indicator levels, the documentation
plan. Each check is a function registered under a name (as detectors are): `whole_findings` runs them in the
order they are registered. Messages and thresholds are data in `lexicons/<lang>/whole.toml`.

Their findings carry `field` = the model field they are about and an empty span (start == end == 0).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING

from delmaal_assistant.core.dates import format_date, last_date_in_text
from delmaal_assistant.core.model.fields import registry
from delmaal_assistant.core.model.paths import get_field
from delmaal_assistant.core.model.period import EVALUATION_DAYS_AFTER_END
from delmaal_assistant.core.resources import data_lang
from delmaal_assistant.checker.findings import Finding

if TYPE_CHECKING:
    from delmaal_assistant.core.model import Delmaal

UDVIKLE = "Udvikle funktionsevne"

StructuralCheck = Callable[[dict, "Delmaal"], list[Finding]]

#: name → check, in the order they run (and report)
STRUCTURAL: dict[str, StructuralCheck] = {}


def structural(name: str, *, in_whole: bool = True) -> Callable[[StructuralCheck], StructuralCheck]:
    """Register a structural check; `in_whole=False` keeps it out of `whole_findings` (run on its own)."""

    def deco(fn: StructuralCheck) -> StructuralCheck:
        if name in STRUCTURAL:
            raise ValueError(f"structural check {name!r} registered twice")
        fn.structural_name = name  # type: ignore[attr-defined]
        fn.in_whole = in_whole  # type: ignore[attr-defined]
        STRUCTURAL[name] = fn
        return fn

    return deco


def _f(cfg: dict, code: str, field: str | None = None, **fmt) -> Finding:
    c = cfg[code]
    return Finding.make(
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


def whole_findings(cfg: dict, d: "Delmaal") -> list[Finding]:
    """Every registered structural check (except those run on their own), in registration order."""
    out: list[Finding] = []
    for fn in STRUCTURAL.values():
        if getattr(fn, "in_whole", True):
            out.extend(fn(cfg, d))
    return out


@structural("wording")
def wording_findings(cfg: dict, d: "Delmaal") -> list[Finding]:
    return [_f(cfg, "missing-wording")] if not d.wording.strip() else []


@structural("collaboration")
def collaboration_findings(cfg: dict, d: "Delmaal") -> list[Finding]:
    out: list[Finding] = []
    c = d.collaboration
    if not (c.resident_attitude.strip() or c.resident_own_words.strip() or c.professional_justification.strip()):
        out.append(_f(cfg, "missing-attitude"))
    if c.guardian_involved and not c.guardian_involvement.strip():
        out.append(_f(cfg, "missing-guardian-description"))
    return out


@structural("methods")
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


@structural("plan-b")
def plan_b_findings(cfg: dict, d: "Delmaal") -> list[Finding]:
    if d.wording.strip() and not d.indsats.when_resident_wants_otherwise.strip():
        return [_f(cfg, "missing-when-resident-wants-otherwise")]
    return []


@structural("dates")
def dates_findings(cfg: dict, d: "Delmaal") -> list[Finding]:
    out: list[Finding] = []
    reg = registry(data_lang(d.language))
    dates = [s.path for s in reg.specs if s.show == "date"]  # the field registry's dates: start, end, evaluation
    for fld in dates:
        if get_field(d, fld) is None:
            out.append(_f(cfg, "missing-dates", field=fld, what=reg.label(fld)))
    if d.start_date and d.end_date:
        days = (d.end_date - d.start_date).days
        if days > int(cfg.get("max_days", 130)):
            out.append(_f(cfg, "timeframe-too-long", days=days))
        grace = EVALUATION_DAYS_AFTER_END  # the follow-up meeting just after the end (core/model/period.py)
        if d.evaluation_date and not (d.start_date <= d.evaluation_date <= d.end_date + timedelta(days=grace)):
            out.append(_f(cfg, "evaluation-outside-period", start=format_date(d.start_date),
                          end=format_date(d.end_date), grace=grace))
    return out


@structural("indicator-levels")
def indicator_level_findings(cfg: dict, d: "Delmaal") -> list[Finding]:
    out: list[Finding] = []
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
    return out


def is_generic_indicator(cfg: dict, text: str) -> bool:
    """The original generic-indicator rule: a short text made of the scale's own words."""
    low = text.strip().lower()
    # (the phrases are lowered only for a short text: most level texts are longer)
    return bool(low) and len(low.split()) <= int(cfg.get("generic_indicator_max_words", 5)) and any(
        p.lower() in low for p in cfg.get("generic_indicator_phrases", []))


@structural("indicator-texts")
def indicator_text_findings(cfg: dict, d: "Delmaal") -> list[Finding]:
    out: list[Finding] = []
    empty = []
    for lvl in d.indicators.levels:
        text = lvl.what_we_see.strip()
        if not text:
            empty.append(str(lvl.level))
            continue
        if is_generic_indicator(cfg, text):
            out.append(_f(cfg, "generic-indicator", field=f"indicators.levels[{lvl.level}].what_we_see",
                          level=lvl.level, text=text))
    if empty:
        levels = ", ".join(empty[:-1]) + (" og " if len(empty) > 1 else "") + empty[-1]
        one = f"indicators.levels[{empty[0]}].what_we_see" if len(empty) == 1 else None
        out.append(_f(cfg, "missing-indicator-texts", field=one, levels=levels))
    return out


@structural("documentation-plan")
def documentation_plan_findings(cfg: dict, d: "Delmaal") -> list[Finding]:
    out: list[Finding] = []
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


@structural("end-date", in_whole=False)
def date_findings(cfg: dict, d: "Delmaal") -> list[Finding]:
    """The end date must say what the wording says: "indtil 1. marts" with an end date of 27-02 is pointed out."""
    if d.end_date is None or not d.wording.strip() or "end-date-disagrees" not in cfg:
        return []
    base = d.start_date or d.created_at.date()
    named = last_date_in_text(d.wording, base)
    if named is None or named == d.end_date:
        return []
    return [_f(cfg, "end-date-disagrees", end=format_date(d.end_date), named=format_date(named))]
