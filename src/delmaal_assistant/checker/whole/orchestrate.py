"""Checking a whole delmål: the text checks on every field, the structural checks and the field judges,
each finding on the field it concerns, filtered and graded by the field registry.

Text findings carry `field` = the model path of the text they were found in. Whole-delmål findings carry
`field` = the model field they are about and an empty span (start == end == 0, excerpt "").
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from delmaal_assistant.checker.findings import Finding
from delmaal_assistant.core.model.fields import registry, text_fields
from delmaal_assistant.core.resources import data_lang
from delmaal_assistant.checker.whole.judges import field_findings
from delmaal_assistant.checker.whole.structural import date_findings, whole_findings

if TYPE_CHECKING:
    from delmaal_assistant.checker.engine import Engine
    from delmaal_assistant.core.model import Delmaal


def check_delmaal(engine: "Engine", d: "Delmaal", fields: list[tuple[str, str, str]] | None = None) -> list[Finding]:
    """Findings for every text field and the whole-delmål checks, each on the field it concerns.

    Which codes apply to a field, and at what severity, is the field registry's (prompts/<lang>/fields.toml):
    the interview and `delmaal check FILE.delmaal.json` both come through here, so they cannot disagree.
    `fields`: `text_fields(d)` when the caller has it; read here otherwise – once, for the wording rules and the
    judges (the placeholder judge walks the same fields).
    """
    reg = registry(data_lang(d.language))
    engine = engine.one_delmaal() if hasattr(engine, "one_delmaal") else engine  # each text analysed once
    fields = text_fields(d) if fields is None else fields
    out: list[Finding] = []
    for path, _title, text in fields:
        codes = reg.codes_for(path)  # (a frozenset: the engine's index for it is found without a copy)
        if not codes:
            continue
        for f in engine.check_text(text, codes):
            if path == "wording" and f.code == "missing-timeframe" and d.end_date is not None:
                continue  # the timeframe is stated in the end date field
            out.append(f.on_field(path))
    cfg = engine.lex.section("whole")
    whole = whole_findings(cfg, d) + date_findings(cfg, d)
    out.extend(whole)
    # the mentor's judges (below); one finding per code and field
    have = {(f.code, f.field) for f in whole}
    judged = field_findings(engine, d, cfg, fields=fields)
    out.extend(f for f in judged if (f.code, f.field) not in have)
    if d.measurement.strip() and not any(f.field == "measurement" for f in judged):
        # the measurement judge found a threshold and a window: a qualified state beside them ("vægten er stabil,
        # højst 1 kg tab pr. kvartal", "mindre blødning ved kontrollen") is part of that criterion, not vague
        out = [f for f in out if not (f.field == "measurement" and f.code in MEASURED_CODES)]
    return apply_registry(reg, out)


#: wording codes a complete criterion answers on the measurement field (issue 25)
MEASURED_CODES = frozenset({"vague-verb", "vague-quantifier"})


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
