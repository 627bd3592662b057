"""The one model of a delmål, used by the assistant, the checker, storage and exports.

Field order follows the template in seed 000 ("Formkrav til delmål"). Field titles are Danish because
they surface in validation messages and in the JSON Schema that staff may read.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime, timezone
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from delmaal_assistant.core.langtag import validate_language_tag
from delmaal_assistant.core.model.period import AwareDatetime, Evaluation, Observation

SCHEMA_VERSION = 4
SCHEMA_ID = "delmaal/4"

#: Sensum labels for the 0-4 indicator scale (seed 000) and the FFB støttebehovsniveau names.
LEVEL_LABELS: dict[int, str] = {
    0: "Ingen støttebehov (ingen, fraværende, ubetydeligt)",
    1: "Let støttebehov (en smule, lidt)",
    2: "Moderat støttebehov (middel, noget)",
    3: "Stort støttebehov (omfattende, meget)",
    4: "Fuldstændigt støttebehov (totalt, kan ikke)",
}
FFB_LEVEL_NAMES: dict[int, str] = {
    0: "Intet støttebehov",
    1: "Let støttebehov",
    2: "Moderat støttebehov",
    3: "Højt støttebehov",
    4: "Fuldstændigt støttebehov",
}


class _Base(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True, str_strip_whitespace=False,
                              defer_build=True)


class CodedConcept(_Base):
    """A concept from KL's Fælles Faglige Begreber (FFB): stable code plus its Danish name."""

    code: str = Field(title="Kode", min_length=1)
    name: str = Field(title="Navn", min_length=1)
    system: str = Field(default="urn:oid:1.2.208.176.2.22", title="Kodesystem")


class Method(_Base):
    """A faglig metode (or, wrongly, a tilgang) used in the delmål."""

    name: str = Field(title="Metode", min_length=1)
    kind: Literal["metode", "tilgang", "ukendt"] = Field(default="ukendt", title="Metode eller tilgang")
    description: str = Field(default="", title="Hvordan metoden bruges")


class Indsats(_Base):
    actions: str = Field(default="", title="Konkrete handlinger")
    when_resident_wants_otherwise: str = Field(
        default="", title="Hvad gør vi, når beboeren ikke kan eller vil noget andet"
    )


class Collaboration(_Base):
    """Samarbejdet og inddragelse af beboer."""

    resident_attitude: str = Field(default="", title="Beboerens holdning til og opfattelse af delmålet")
    resident_own_words: str = Field(default="", title="Beboerens egne ord")
    agreement: str = Field(default="", title="Hvordan samarbejdet er aftalt")
    guardian_involved: bool = Field(default=False, title="Værge inddraget")
    guardian_involvement: str = Field(default="", title="Hvordan værgen er inddraget")
    professional_justification: str = Field(
        default="", title="Faglig begrundelse, hvis beboerens holdning ikke fremgår"
    )


class ExternalActor(_Base):
    name: str = Field(title="Hvem", min_length=1)
    how: str = Field(default="", title="Hvordan de understøtter arbejdet")


class IndicatorLevel(_Base):
    level: int = Field(ge=0, le=4, title="Niveau")
    what_we_see: str = Field(default="", title="Hvad gør beboeren / hvad ser vi hos beboeren?")
    how_we_support: str = Field(default="", title="Hvordan møder/støtter vi beboeren?")

    @property
    def label(self) -> str:
        return LEVEL_LABELS[self.level]


def _default_levels() -> list[IndicatorLevel]:
    return [IndicatorLevel(level=i) for i in range(5)]


class Indicators(_Base):
    start_level: int | None = Field(default=None, ge=0, le=4, title="Niveau ved delmålets opstart")
    expected_end_level: int | None = Field(
        default=None, ge=0, le=4, title="Forventet niveau ved delmålets afslutning"
    )
    levels: list[IndicatorLevel] = Field(default_factory=_default_levels, title="Indikatorer 0-4")

    @field_validator("levels")
    @classmethod
    def _five_levels(cls, v: list[IndicatorLevel]) -> list[IndicatorLevel]:
        if sorted(lvl.level for lvl in v) != [0, 1, 2, 3, 4]:
            raise ValueError("der skal være præcis ét indikatorniveau for hvert af niveauerne 0-4")
        return sorted(v, key=lambda lvl: lvl.level)

    def level(self, n: int) -> IndicatorLevel:
        return self.levels[n]


class DocumentationPlan(_Base):
    what: str = Field(default="", title="Hvad er vigtigt at dokumentere")
    who: str = Field(default="", title="Hvem dokumenterer")
    how_often: str = Field(default="", title="Hvor ofte / hvornår")

    def is_empty(self) -> bool:
        return not (self.what.strip() or self.who.strip() or self.how_often.strip())


class SmartConfirmation(_Base):
    """A person's yes to SMART question 3 (a step towards the goal) or 6 (realistic), with the date and a
    fingerprint of what it was given for: a yes to an older wording or other dates no longer counts."""

    question: Literal[3, 6] = Field(title="SMART-spørgsmål")
    confirmed_on: date = Field(title="Bekræftet den")
    basis: str = Field(min_length=1, title="Fingeraftryk af det, der blev bekræftet")


class ResidentText(_Base):
    """"Dit delmål" as staff read, edited and approved it before the resident sees it, with a fingerprint of what
    it was approved for (wording, dates, indsats, helpers): when those change, the approval no longer counts."""

    text: str = Field(min_length=1, title="Teksten til beboeren")
    approved_on: date = Field(title="Godkendt den")
    basis: str = Field(min_length=1, title="Fingeraftryk af det, teksten blev godkendt for")
    draft: str = Field(default="", title="Udkastet, teksten blev rettet ud fra (så et nyt udkast kan beholde rettelserne)")


class Delmaal(_Base):
    """A delmål, following the template (seed 000) plus the fields from seeds 001, 002 and 004."""

    model_config = ConfigDict(
        extra="forbid",
        validate_assignment=True,
        defer_build=True,
        title="Delmål",
        json_schema_extra={"$id": SCHEMA_ID},
    )

    schema_version: Literal[4] = Field(default=SCHEMA_VERSION, title="Skemaversion")
    language: str = Field(default="da", title="Sprog (BCP 47)")
    id: str = Field(default_factory=lambda: uuid.uuid4().hex, title="Id")

    # 1. Hvad hedder delmålet
    title: str = Field(default="", title="Hvad hedder delmålet")
    # 2. Hvad er formålet: the delmål itself, what it is about and why, how it is measured
    wording: str = Field(default="", title="Delmålet (formulering)")
    purpose: str = Field(
        default="", title="Hvad handler delmålet om, og hvorfor kræver det en målrettet pædagogisk indsats"
    )
    measurement: str = Field(default="", title="Hvordan måler vi, at delmålet er nået")
    handleplan_goal: str = Field(default="", title="Målet i handleplanen, som delmålet er et skridt mod")
    theme: CodedConcept | None = Field(default=None, title="Tema (FFB)")
    goal_type: CodedConcept | None = Field(default=None, title="Måltype (FFB)")
    # 3. Faglige metoder
    methods: list[Method] = Field(default_factory=list, title="Faglige metoder")
    # 4. Indsats
    indsats: Indsats = Field(default_factory=Indsats, title="Indsats")
    # 5. Samarbejdet og inddragelse af beboer
    collaboration: Collaboration = Field(default_factory=Collaboration, title="Samarbejdet og inddragelse af beboer")
    # 6. Eksterne aktører
    external_actors: list[ExternalActor] = Field(default_factory=list, title="Eksterne aktører")
    # 7. Indikatorer
    indicators: Indicators = Field(default_factory=Indicators, title="Indikatorer")
    # 8. Dokumentation
    documentation: DocumentationPlan = Field(default_factory=DocumentationPlan, title="Dokumentation")
    # Dates and flags
    start_date: date | None = Field(default=None, title="Startdato")
    end_date: date | None = Field(default=None, title="Slutdato")
    evaluation_date: date | None = Field(default=None, title="Evalueringsdato")
    crime_prevention: bool = Field(default=False, title="Kriminalpræventivt delmål")
    employment: bool = Field(default=False, title="Beskæftigelsesdelmål (Kometen)")
    # SMART questions 3 and 6 are answered by a person (FIELDS.md)
    smart_confirmations: list[SmartConfirmation] = Field(default_factory=list, title="Bekræftede SMART-spørgsmål")
    # The period (schema 3, core/model/period.py): dated observations (append-only), the evaluation, and the delmål
    # this one continues (started from its evaluation)
    observations: list[Observation] = Field(default_factory=list, title="Observationer i perioden")
    evaluation: Evaluation | None = Field(default=None, title="Evaluering")
    continues_id: str | None = Field(default=None, title="Fortsætter delmålet med id")
    # "Dit delmål" approved by staff (schema 4) (None: not yet; the generated text is then a draft)
    resident_text: ResidentText | None = Field(default=None, title="Dit delmål, godkendt af personalet")

    created_at: AwareDatetime = Field(default_factory=lambda: datetime.now(timezone.utc), title="Oprettet")
    updated_at: AwareDatetime = Field(default_factory=lambda: datetime.now(timezone.utc), title="Senest ændret")

    @field_validator("language")
    @classmethod
    def _valid_language(cls, v: str) -> str:
        return validate_language_tag(v)

    @model_validator(mode="after")
    def _dates_in_order(self) -> "Delmaal":
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValueError("slutdatoen ligger før startdatoen")
        return self


def json_schema() -> dict:
    return Delmaal.model_json_schema()
