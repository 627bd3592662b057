"""The SMART checklist from seed 000 (eight questions), evaluated on a delmål and its wording findings.

Each question is "met", "missing" or "human" (only a person can answer it). No UI here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Literal

from delmaal_assistant.core.model import Delmaal

Status = Literal["met", "missing", "human"]
STATUS_DA: dict[str, str] = {"met": "opfyldt", "missing": "mangler", "human": "kræver dit ja"}
#: Symbols that carry the status without colour (ASCII-safe alternatives in STATUS_ASCII).
STATUS_SYMBOL: dict[str, str] = {"met": "✓", "missing": "✗", "human": "?"}
STATUS_ASCII: dict[str, str] = {"met": "[x]", "missing": "[ ]", "human": "[?]"}

_NOT_SPECIFIC = ("vague-verb", "purpose-like", "vague-quantifier")


@dataclass(frozen=True)
class SmartItem:
    number: int
    question: str
    status: Status
    reason: str
    short: str = ""

    @property
    def label(self) -> str:
        return f"{STATUS_SYMBOL[self.status]} {self.number}. {self.short or self.question} ({STATUS_DA[self.status]})"


def _wording_findings(findings: Iterable) -> list:
    """Findings about the wording: from `check(wording)` (field None) or `check_delmaal` (field 'wording')."""
    return [f for f in findings if getattr(f, "field", None) in (None, "wording")]


def smart_status(delmaal: Delmaal, findings: Iterable = (), questions: tuple[str, ...] | None = None,
                 short: tuple[str, ...] | None = None) -> list[SmartItem]:
    if questions is None or short is None:
        from delmaal_assistant.core.interview import default_prompts

        p = default_prompts(delmaal.language.split("-")[0] if delmaal.language else "da")
        questions = questions or p.smart_questions
        short = short or p.smart_short
    wf = _wording_findings(findings)
    codes = {f.code for f in wf}
    has_wording = bool(delmaal.wording.strip())
    items: list[tuple[Status, str]] = []

    def vague(what: str) -> tuple[Status, str]:
        if not has_wording:
            return "missing", "Delmålet er ikke skrevet endnu."
        bad = sorted(codes & set(_NOT_SPECIFIC))
        if bad:
            return "missing", f"Formuleringen er ikke {what} endnu ({', '.join(bad)})."
        return "met", "Formuleringen har ingen vage ord."

    # 1 specific, 2 measurable
    items.append(vague("konkret"))
    items.append(vague("målbar"))
    # 3 a step towards the goal: a human judgement
    if delmaal.handleplan_goal.strip():
        items.append(("human", f"Vurdér selv: er delmålet et skridt mod \"{delmaal.handleplan_goal.strip()[:60]}\"?"))
    else:
        items.append(("human", "Vurdér selv. Skriv målet i handleplanen, så sammenhængen fremgår."))
    # 4 attitude or professional justification
    c = delmaal.collaboration
    if c.resident_attitude.strip():
        items.append(("met", "Beboerens holdning fremgår."))
    elif c.professional_justification.strip():
        items.append(("met", "Der er en faglig begrundelse for, at holdningen ikke fremgår."))
    else:
        items.append(("missing", "Hverken beboerens holdning eller en faglig begrundelse fremgår."))
    # 5 timeframe
    if delmaal.end_date:
        items.append(("met", f"Slutdato: {delmaal.end_date:%d-%m-%Y}."))
    elif has_wording and "missing-timeframe" not in codes:
        items.append(("met", "Formuleringen angiver en tidsramme."))
    else:
        items.append(("missing", "Der er hverken en slutdato eller en tidsramme i formuleringen."))
    # 6 realistic: a human judgement
    items.append(("human", "Vurdér selv sammen med beboeren: kan det nås inden for tidsrammen (ca. 3 måneder)?"))
    # 7 evaluation date
    if delmaal.evaluation_date:
        items.append(("met", f"Evalueres {delmaal.evaluation_date:%d-%m-%Y}."))
    else:
        items.append(("missing", "Der er ingen evalueringsdato."))
    # 8 documentation plan
    d = delmaal.documentation
    missing = [name for name, v in (("hvad", d.what), ("hvem", d.who), ("hvor ofte", d.how_often)) if not v.strip()]
    if missing:
        items.append(("missing", "Dokumentationsplanen mangler: " + ", ".join(missing) + "."))
    else:
        items.append(("met", "Det fremgår, hvad, hvem og hvor ofte der dokumenteres."))

    return [
        SmartItem(number=i + 1, question=questions[i], status=st, reason=why, short=short[i])
        for i, (st, why) in enumerate(items)
    ]
