"""What happens to a delmål during its period (schema version 3): dated observations of the indicator level and
the evaluation at the end. Kept beside `core.model` (which embeds these classes in `Delmaal`) so the follow-up
work is one module; the rules about them (append-only, dates in the period, trend) are in `core.observations`.

Seed 000: the work with a delmål is evaluated continually through its five indicators "så ensartede og retvisende
evalueringer som muligt hen over perioden"; seed 004 asks, before a follow-up meeting, for the level at the start
set against the level now on the same scale.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime, timezone
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from delmaal_assistant.core import texts

NextStep = Literal["continue", "adjust", "new"]
NEXT_STEP_DA: dict[str, str] = {
    "continue": texts.get("core.model.period.fortsaet_delmaalet_uaendret"),
    "adjust": texts.get("core.model.period.juster_delmaalet"),
    "new": texts.get("core.model.period.nyt_delmaal_bygger_videre"),
}
CriterionMet = Literal["yes", "partly", "no"]
#: An evaluation date up to this many days after the end date is within the period: practice books the follow-up
#: meeting in the weeks after a delmål ends (the checker's evaluation-outside-period and SMART question 7 read it).
EVALUATION_DAYS_AFTER_END = 14
CRITERION_DA: dict[str, str] = {"yes": texts.get("core.model.period.ja"), "partly": texts.get("core.model.period.delvist"),
                                "no": texts.get("core.model.period.nej")}


def aware(dt: datetime) -> datetime:
    """Every loaded timestamp with a time zone: a naive one (hand-edited, another program) is taken as UTC, so
    timestamps can always be compared and sorted (a naive one beside an aware one is a TypeError)."""
    return dt if dt.tzinfo is not None and dt.utcoffset() is not None else dt.replace(tzinfo=timezone.utc)


#: A datetime that is always time-zone aware once loaded (`aware`).
AwareDatetime = Annotated[datetime, AfterValidator(aware)]


class _Base(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True, str_strip_whitespace=False,
                              defer_build=True)


class Observation(_Base):
    """One dated look at the indicator: the level seen (0-4 on the delmål's own scale), what was seen, by whom.
    Observations are only ever appended; one is never changed or removed."""

    id: str = Field(default_factory=lambda: uuid.uuid4().hex, title="Id")
    observed_on: date = Field(title="Dato")
    level: int = Field(ge=0, le=4, title="Niveau")
    note: str = Field(min_length=1, title="Hvad blev set")
    by: str = Field(default="", title="Hvem registrerede")
    recorded_at: AwareDatetime = Field(default_factory=lambda: datetime.now(timezone.utc), title="Registreret")


class Evaluation(_Base):
    """The evaluation at (or after) the evaluation date."""

    evaluated_on: date = Field(title="Evalueret den")
    criterion_met: CriterionMet = Field(title="Er succeskriteriet nået")
    evidence: str = Field(default="", title="Hvad viser, at kriteriet er (eller ikke er) nået")
    level_now: int = Field(ge=0, le=4, title="Niveau nu")
    worked: str = Field(default="", title="Hvad i indsatsen virkede")
    did_not_work: str = Field(default="", title="Hvad i indsatsen virkede ikke")
    resident_view: str = Field(default="", title="Beboerens egne ord om forløbet")
    next_step: NextStep = Field(title="Hvad nu")
    next_note: str = Field(default="", title="Hvad fortsætter eller justeres")
    next_delmaal_id: str | None = Field(default=None, title="Id på det nye delmål")
    by: str = Field(default="", title="Hvem evaluerede")
