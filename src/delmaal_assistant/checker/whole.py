"""Checks of a whole, filled-in delmål (template fields, dates, methods, indicators, documentation).

Text findings carry `field` = the model path of the text they were found in. Whole-delmål findings carry
`field` = the model field they are about and an empty span (start == end == 0, excerpt "").
Messages and thresholds are data in `lexicons/<lang>/whole.toml`.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from delmaal_assistant.checker.findings import Finding

if TYPE_CHECKING:
    from delmaal_assistant.checker.engine import Engine
    from delmaal_assistant.core.model import Delmaal

UDVIKLE = "Udvikle funktionsevne"


def check_delmaal(engine: "Engine", d: "Delmaal") -> list[Finding]:
    """Findings for every text field and the whole-delmål checks, each on the field it concerns.

    Which codes apply to a field, and at what severity, is the field registry's (prompts/<lang>/fields.toml):
    the interview and `delmaal check FILE.delmaal.json` both come through here, so they cannot disagree.
    """
    from delmaal_assistant.core.fields import registry
    from delmaal_assistant.core.resources import data_lang

    reg = registry(data_lang(d.language))
    out: list[Finding] = []
    for path, _title, text in d.text_fields():
        codes = set(reg.codes_for(path))
        if not codes:
            continue
        for f in engine.check_text(text, codes):
            if path == "wording" and f.code == "missing-timeframe" and d.end_date is not None:
                continue  # the timeframe is stated in the end date field
            out.append(replace(f, field=path))
    cfg = engine.lex.section("whole")
    out.extend(whole_findings(cfg, d))
    out.extend(date_findings(cfg, d))
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
            key = (f.excerpt or "").strip().lower()
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
        out.append(_f(cfg, "missing-indicator-levels"))
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
        out.append(_f(cfg, "missing-indicator-texts", levels=levels))

    doc = d.documentation
    lacking = [name for name, v in (("hvad", doc.what), ("hvem", doc.who), ("hvor ofte", doc.how_often))
               if not v.strip()]
    if lacking:
        what = lacking[0] if len(lacking) == 1 else ", ".join(lacking[:-1]) + " og " + lacking[-1]
        out.append(_f(cfg, "missing-documentation-plan", what=what))
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
