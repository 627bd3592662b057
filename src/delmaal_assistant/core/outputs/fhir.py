"""The delmål as an HL7 FHIR R4 `Bundle` (type collection), in KL's released guides (README: FHIR):

- the **delmål** is a `Goal` after KL core's `KLCommonCareSocialGoal` (kl.dk.fhir.core 1.2.0): category "FFB
  delmål", the wording, start, the expected støttebehovsniveau at the end date, and the KL relation
  "based-on" (extension goal-relationship) to its indsatsmål;
- the **indsatsmål** (the handleplan goal the delmål is a step towards: its theme and måltype) is a `Goal` after
  `KLReportingFFBInterventionGoal` (kl-ffb-reporting 1.0.0), and the theme a `Condition` after
  `KLReportingFFBCondition`, addressed with ConditionRank 1.

`meta.profile` names a profile only when the resource meets all of it (`tests/test_fhir.py` encodes each rule).
The reporting profiles need what a delmål file does not hold – the citizen's reference (`--subject`), the
funktionsevneniveau now and expected (`--funktionsevne`, `--forventet-funktionsevne`) and a theme under
"Aktivitet og deltagelse" below its main theme – so without them those resources are sent without the claim and
`missing_for_reporting` says what is missing. Nothing a profile forbids is sent (no note, no start, no
identifier on the indsatsmål; no text on the condition code); what no profile carries (indicators, the
measurement, the resident's words) stays in the Word/text exports. The citizen itself is not in the Bundle:
KL's Citizen profile requires the CPR number, which this program never writes.
"""

from __future__ import annotations

import json
import re
import uuid
from dataclasses import dataclass
from datetime import date

from delmaal_assistant.core import texts
from delmaal_assistant.core.model import FFB_LEVEL_NAMES, Delmaal
from delmaal_assistant.core.model import ffb
from delmaal_assistant.core.outputs.export_formats import exporter

FFB_SYSTEM = "urn:oid:1.2.208.176.2.22"  # the guides' $KLFFB
KL_FFB = FFB_SYSTEM
KL_COMMON = "http://fhir.kl.dk/term/CodeSystem/CareSocialCodes"  # the guides' $KLCommon
SNOMED = "http://snomed.info/sct"
GOAL_DESCRIPTION_SNOMED = "410518001"

PROFILE_INTERVENTION_GOAL = "http://fhir.kl.dk/ffbreporting/StructureDefinition/kl-reporting-ffb-interventionGoal"
PROFILE_CONDITION = "http://fhir.kl.dk/ffbreporting/StructureDefinition/kl-reporting-ffb-condition"
PROFILE_COMMON_GOAL = "http://fhir.kl.dk/core/StructureDefinition/KLCommonCareSocialGoal"
EXT_CONDITION_RANK = "http://fhir.kl.dk/core/StructureDefinition/ConditionRank"
EXT_GOAL_RELATIONSHIP = "http://hl7.org/fhir/StructureDefinition/goal-relationship"
GOAL_RELATIONSHIP_TYPES = "http://terminology.hl7.org/CodeSystem/goal-relationship-type"
CONDITION_CLINICAL = "http://terminology.hl7.org/CodeSystem/condition-clinical"
CONDITION_VER_STATUS = "http://terminology.hl7.org/CodeSystem/condition-ver-status"

FFB_DELMAAL = ("6746d4af-145a-4bfd-a672-05c0cf11b53b", "FFB delmål")
FFB_INDSATSMAAL = ("0bb3daef-538d-45dc-b444-abdbcb63f6bc", "FFB indsatsmål")
MEASURE_MAALTYPE = ("90c48f03-f194-4b2f-ad7d-6cba1069ae48", texts.get("core.outputs.fhir.maaltype"))
MEASURE_FUNKTIONSEVNE = ("66959f77-6e2a-4574-8423-3ff097f8b9fa", "funktionsevneniveau")
# KLConditionADCodesFFB (kl.dk.fhir.term 1.0.0): the concepts *below* these six main themes of "Aktivitet og
# deltagelse" (descendent-of: the main theme itself is not in the value set).
AD_MAIN_THEMES = {
    "3856b434-f72e-42a5-b9d1-0cc93f48434b": "Relationer",
    "dfbe6ff6-223b-436a-b864-8ba29bda41e2": "Samfundsliv",
    "c2b186f9-9c10-478e-8345-2d2c37ab4c46": "Kommunikation",
    "eef71492-65f5-4297-aa95-3c3a6866ddef": "Praktiske opgaver",
    "da3f488f-1742-4d00-b247-a7d47500b36b": "Egenomsorg",
    "d1495b2c-1452-4e49-8dbe-8193af5d8823": "Mobilitet",
}
#: FFB funktionsevneniveau 0–4 (KLSeveritiesFFB), by display in the shipped CodeSystem.
FUNKTIONSEVNE_NAMES: dict[int, str] = {
    0: texts.get("core.outputs.fhir.ingen_nedsat_funktionsevne"),
    1: "Let nedsat funktionsevne",
    2: "Moderat nedsat funktionsevne",
    3: "Svært nedsat funktionsevne",
    4: texts.get("core.outputs.fhir.fuldstaendig_nedsat_funktionsevne"),
}

_ID_OK = re.compile(r"^[A-Za-z0-9\-.]{1,64}$")
# A FHIR reference to the citizen: relative (Patient/ID), absolute (https://…/Patient/ID) or urn:uuid.
_SUBJECT_OK = re.compile(r"^(?:(?:https?://[^\s/]+(?:/[^\s/]+)*/)?Patient/[A-Za-z0-9\-.]{1,64}"
                         r"|urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
_CPR_LIKE = re.compile(r"(?<!\d)\d{6}-?\d{4}(?!\d)")


class SubjectError(ValueError):
    """A subject reference that is not a FHIR reference to a citizen (Danish message)."""


def check_subject(ref: str) -> str:
    """The reference as given, or SubjectError with a Danish message. A CPR number is never written into the file."""
    ref = ref.strip()
    if _CPR_LIKE.search(ref):
        raise SubjectError(texts.get("core.outputs.fhir.referencen_borgeren_ligner_cpr"))
    if not _SUBJECT_OK.match(ref):
        raise SubjectError(texts.get("core.outputs.fhir.ikke_fhir_reference_borger", ref=ref))
    return ref


def check_level(value: str | int, option: str) -> int:
    """A funktionsevneniveau 0–4 from the command line, or SubjectError with a Danish message."""
    try:
        n = int(str(value).strip())
    except ValueError:
        n = -1
    if n not in FUNKTIONSEVNE_NAMES:
        raise SubjectError(texts.get("core.outputs.fhir.skal_vaere_funktionsevneniveau_fra", option=option,
                                     join=', '.join(f'{k} = {v}' for k, v in FUNKTIONSEVNE_NAMES.items())))
    return n


@dataclass(frozen=True)
class FhirContext:
    """What the FHIR export needs besides the delmål file, given by the caller (never stored in the file)."""

    subject: str | None = None  # checked reference to the citizen (check_subject)
    funktionsevne: int | None = None  # the theme's funktionsevneniveau now (Condition.severity)
    forventet_funktionsevne: int | None = None  # the indsatsmål's expected funktionsevneniveau (severitySlice)

    def __bool__(self) -> bool:
        return any(v is not None for v in (self.subject, self.funktionsevne, self.forventet_funktionsevne))


def _context(ctx: FhirContext | str | None) -> FhirContext:
    if isinstance(ctx, FhirContext):
        return ctx
    return FhirContext(subject=ctx or None)


def _ffb(code: str, display: str) -> dict:
    return {"system": KL_FFB, "code": code, "display": display}


def _child(parent: str, display: str) -> dict | None:
    node = ffb._find(ffb._codesystem()["concept"], parent)
    for c in (node or {}).get("concept", []):
        if c.get("display", "").strip() == display:
            return _ffb(c["code"], c["display"].strip())
    return None


def _descendants(node: dict) -> set[str]:
    out: set[str] = set()
    for c in node.get("concept", []):
        out.add(c["code"])
        out |= _descendants(c)
    return out


def ad_condition_codes() -> set[str]:
    """KLConditionADCodesFFB expanded over the shipped FFB CodeSystem."""
    out: set[str] = set()

    def walk(cs: list[dict]) -> None:
        for c in cs:
            if c["code"] in AD_MAIN_THEMES:
                out.update(_descendants(c))
            else:
                walk(c.get("concept", []))

    walk(ffb._codesystem()["concept"])
    return out


def _uuid(d: Delmaal, part: str) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"https://delmaal-assistant/{d.id}/{part}"))


def missing_for_reporting(d: Delmaal, ctx: FhirContext | str | None) -> list[str]:
    """Why the indsatsmål and its condition cannot claim KL's reporting profiles (Danish; empty when they can)."""
    ctx = _context(ctx)
    out = []
    if not d.goal_type:
        out.append(texts.get("core.outputs.fhir.delmaalet_har_ingen_maaltype"))
    if not d.theme:
        out.append(texts.get("core.outputs.fhir.delmaalet_har_intet_tema"))
    elif d.theme.code not in ad_condition_codes():
        t = ffb.theme_by_code(d.theme.code)
        if t and t.group == "Aktivitet og deltagelse" and not t.parent:
            out.append(texts.get("core.outputs.fhir.temaet_hovedtema_kl_indberetter", name=d.theme.name))
        else:
            out.append(texts.get("core.outputs.fhir.temaet_ligger_ikke_under", name=d.theme.name))
    if not ctx.subject:
        out.append("borgerens reference mangler (--subject)")
    if ctx.funktionsevne is None:
        out.append("funktionsevneniveauet nu mangler (--funktionsevne)")
    if ctx.forventet_funktionsevne is None:
        out.append(texts.get("core.outputs.fhir.forventede_funktionsevneniveau_mangler_forventet"))
    return out


def _lifecycle(d: Delmaal, today: date) -> str:
    return "active" if d.start_date and d.start_date <= today else "planned"


def _delmaal_goal(d: Delmaal, today: date, subject: dict, indsatsmaal_url: str | None) -> dict:
    goal: dict = {"resourceType": "Goal", "id": _uuid(d, "delmaal"), "meta": {"profile": [PROFILE_COMMON_GOAL]},
                  "language": d.language}
    if indsatsmaal_url:
        goal["extension"] = [{"url": EXT_GOAL_RELATIONSHIP, "extension": [
            {"url": "type", "valueCodeableConcept": {
                "coding": [{"system": GOAL_RELATIONSHIP_TYPES, "code": "other"}], "text": "based-on"}},
            {"url": "target", "valueReference": {"reference": indsatsmaal_url}},
        ]}]
    goal["lifecycleStatus"] = _lifecycle(d, today)
    goal["category"] = [{"coding": [{"system": KL_COMMON, "code": FFB_DELMAAL[0], "display": FFB_DELMAAL[1]}]}]
    goal["description"] = {"text": d.wording.strip() or d.title.strip() or texts.get("core.outputs.fhir.delmaal_uden_formulering")}
    goal["subject"] = subject
    if d.start_date:
        goal["startDate"] = d.start_date.isoformat()
    end = d.indicators.expected_end_level
    target: dict = {}
    if end is not None and (coding := _child(texts.get("core.outputs.fhir.stoettebehovsniveau"), FFB_LEVEL_NAMES[end])):
        node = ffb._find(ffb._codesystem()["concept"], "Støttebehovsniveau")
        target["measure"] = {"coding": [_ffb(node["code"], node["display"])]}
        target["detailCodeableConcept"] = {"coding": [coding]}
    if d.end_date:
        target["dueDate"] = d.end_date.isoformat()
    if target:
        goal["target"] = [target]
    return goal


def _indsatsmaal_goal(d: Delmaal, today: date, subject: dict, ctx: FhirContext, condition_url: str | None,
                      conformant: bool) -> dict:
    goal: dict = {"resourceType": "Goal", "id": _uuid(d, "indsatsmaal")}
    if conformant:
        goal["meta"] = {"profile": [PROFILE_INTERVENTION_GOAL]}
    goal["language"] = d.language
    goal["lifecycleStatus"] = _lifecycle(d, today)
    goal["category"] = [{"coding": [{"system": KL_COMMON, "code": FFB_INDSATSMAAL[0],
                                     "display": FFB_INDSATSMAAL[1]}]}]
    goal["description"] = {"coding": [{"system": SNOMED, "code": GOAL_DESCRIPTION_SNOMED}]}
    if d.handleplan_goal.strip():
        goal["description"]["text"] = d.handleplan_goal.strip()
    goal["subject"] = subject
    targets = []
    if ctx.forventet_funktionsevne is not None:
        sev = _child("Funktionsevneniveau", FUNKTIONSEVNE_NAMES[ctx.forventet_funktionsevne])
        if sev:
            targets.append({"measure": {"coding": [{"system": KL_COMMON, "code": MEASURE_FUNKTIONSEVNE[0],
                                                    "display": MEASURE_FUNKTIONSEVNE[1]}]},
                            "detailCodeableConcept": {"coding": [sev]}})
    if d.goal_type:
        targets.append({"measure": {"coding": [{"system": KL_COMMON, "code": MEASURE_MAALTYPE[0],
                                                "display": MEASURE_MAALTYPE[1]}]},
                        "detailCodeableConcept": {"coding": [_ffb(d.goal_type.code, d.goal_type.name)]}})
    if targets:
        goal["target"] = targets
    if condition_url:
        goal["addresses"] = [{"extension": [{"url": EXT_CONDITION_RANK, "valuePositiveInt": 1}],
                              "reference": condition_url}]
    return goal


def _condition(d: Delmaal, today: date, subject: dict, ctx: FhirContext, conformant: bool) -> dict:
    assert d.theme is not None
    cond: dict = {"resourceType": "Condition", "id": _uuid(d, "tilstand")}
    if conformant:
        cond["meta"] = {"profile": [PROFILE_CONDITION]}
    cond["clinicalStatus"] = {"coding": [{"system": CONDITION_CLINICAL, "code": "active"}]}
    cond["verificationStatus"] = {"coding": [{"system": CONDITION_VER_STATUS, "code": "confirmed"}]}
    if ctx.funktionsevne is not None and d.theme.code in ad_condition_codes():
        sev = _child("Funktionsevneniveau", FUNKTIONSEVNE_NAMES[ctx.funktionsevne])
        if sev:
            cond["severity"] = {"coding": [sev]}
    cond["code"] = {"coding": [_ffb(d.theme.code, d.theme.name)]}
    cond["subject"] = subject
    cond["recordedDate"] = today.isoformat()  # this record of the condition is made by this export, today
    return cond


def to_bundle(d: Delmaal, today: date | None = None, ctx: FhirContext | str | None = None) -> dict:
    """The FHIR R4 Bundle as a JSON-ready dict. `ctx`: what the caller adds (FhirContext, or a subject reference)."""
    today = today or date.today()
    ctx = _context(ctx)
    subject = {"reference": check_subject(ctx.subject)} if ctx.subject else {"display": texts.get("core.outputs.fhir.beboeren")}
    reportable = not missing_for_reporting(d, ctx)
    entries: list[dict] = []
    cond_url = ind_url = None
    cond = ind = None
    if d.theme and d.theme.code in _all_condition_codes():
        cond = _condition(d, today, subject, ctx, reportable)
        cond_url = f"urn:uuid:{cond['id']}"
    if d.theme or d.goal_type or d.handleplan_goal.strip():
        ind = _indsatsmaal_goal(d, today, subject, ctx, cond_url, reportable)
        ind_url = f"urn:uuid:{ind['id']}"
    goal = _delmaal_goal(d, today, subject, ind_url)
    entries.append({"fullUrl": f"urn:uuid:{goal['id']}", "resource": goal})
    if ind:
        entries.append({"fullUrl": ind_url, "resource": ind})
    if cond:
        entries.append({"fullUrl": cond_url, "resource": cond})
    bundle: dict = {"resourceType": "Bundle", "id": _uuid(d, "bundle"), "type": "collection", "entry": entries}
    return bundle


def _all_condition_codes() -> set[str]:
    """KLConditionCodesFFB: below the main themes of Aktivitet og deltagelse, Funktioner og forhold (and
    Omgivelsesfaktorer), i.e. every FFB theme code that is not a main theme or a group."""
    codes: set[str] = set()
    for group in (texts.get("core.outputs.fhir.aktivitet_deltagelse"), texts.get("core.outputs.fhir.funktioner_forhold")):
        node = ffb._find(ffb._codesystem()["concept"], group)
        for main in (node or {}).get("concept", []):
            codes |= _descendants(main)
    return codes | _descendants(ffb._find(ffb._codesystem()["concept"], "Omgivelsesfaktorer") or {})


def to_goal(d: Delmaal, today: date | None = None, subject: FhirContext | str | None = None) -> dict:
    """The delmål's own Goal (the first entry of the Bundle)."""
    return to_bundle(d, today, subject)["entry"][0]["resource"]


def goal_json(d: Delmaal, today: date | None = None, subject: FhirContext | str | None = None) -> str:
    """The export: the Bundle as JSON."""
    return json.dumps(to_bundle(d, today, subject), ensure_ascii=False, indent=2) + "\n"


@exporter("fhir")
def _render_fhir(d: Delmaal, findings, subject: FhirContext | str | None) -> str:
    return goal_json(d, subject=subject)
