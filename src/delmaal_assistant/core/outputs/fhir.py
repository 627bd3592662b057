"""The delmål as an HL7 FHIR R4 `Goal`, following KL's FFB reporting profile `KLReportingFFBInterventionGoal`
(hl7dk/kl-ffb-reporting, `input/fsh/KLReportingFFBInterventionGoal.fsh`) wherever a delmål can:

- one `category` from KLGoalTypeCodes (KL's common care-social codes): "FFB delmål". The reporting profile fixes
  the category to "FFB indsatsmål"; a delmål is KL's "FFB delmål" (KL Common's `KLCommonCareSocialGoal`, whose
  own delmål example uses this code), so this is the one place the export knowingly differs (README: FHIR);
- `description.coding` = SNOMED CT 410518001 (as the profile requires), `description.text` = the delmål wording;
- `target[changeValueSlice]`: measure KL "måltype", detail the FFB måltype (Udvikle/Fastholde/Begrænse tab);
- a further target (the profile's target slicing is open; KLTargetMeasureCodes is extensible): measure FFB
  "Støttebehovsniveau", detail the expected støttebehovsniveau at the end, with the end date as `dueDate`;
- `addresses`: a contained `Condition` (KLReportingFFBCondition's required elements: clinicalStatus, one FFB code,
  subject) coded with the FFB theme;
- every FFB code in the guide's FFB code system (`http://kl.dk/fhir/common/caresocial/CodeSystem/FFB`; the
  delmål file keeps the OID the CodeSystem is published under);
- `subject`: a reference to the citizen when the caller gives one (`delmaal export --to fhir --subject
  Patient/…`), else only `display: "Beboeren"`: the delmål file holds no person identifier. `meta.profile` is
  never claimed (the category differs, and without a subject reference the profile's `subject` is not met);
- `note`: evaluation date, title, measurement, start/expected level and every indicator level with its label,
  the resident's own words. `lifecycleStatus`: "planned" before the start date, "active" from it.
"""

from __future__ import annotations

import json
import re
from datetime import date

from delmaal_assistant.core.model import FFB_LEVEL_NAMES, LEVEL_LABELS, Delmaal
from delmaal_assistant.core.model import ffb
from delmaal_assistant.core.outputs.export_formats import exporter

FFB_SYSTEM = "urn:oid:1.2.208.176.2.22"  # how the delmål file (and the shipped CodeSystem) names FFB
KL_FFB = "http://kl.dk/fhir/common/caresocial/CodeSystem/FFB"  # the reporting guide's $KLFFB
KL_COMMON = "http://kl.dk/fhir/common/caresocial/CodeSystem/KLCommonCareSocialCodes"  # the guide's $KLCommon
SNOMED = "http://snomed.info/sct"
GOAL_DESCRIPTION_SNOMED = "410518001"
FFB_DELMAAL = ("6746d4af-145a-4bfd-a672-05c0cf11b53b", "FFB delmål")
MEASURE_MAALTYPE = ("90c48f03-f194-4b2f-ad7d-6cba1069ae48", "måltype")
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
        raise SubjectError("Referencen til borgeren ligner et CPR-nummer. Brug borgerens id i kommunens system "
                           "(fx Patient/8f3c…), aldrig CPR-nummeret.")
    if not _SUBJECT_OK.match(ref):
        raise SubjectError(f"'{ref}' er ikke en FHIR-reference til en borger. Skriv den som Patient/ID, "
                           "https://…/Patient/ID eller urn:uuid:…")
    return ref


def _ffb(concept_code: str, display: str) -> dict:
    return {"system": KL_FFB, "code": concept_code, "display": display}


def _ffb_by_name(display: str, parent: str) -> dict | None:
    """The FFB concept with this display under `parent` (e.g. 'Støttebehovsniveau'), from the shipped CodeSystem."""
    node = ffb._find(ffb._codesystem()["concept"], parent)
    for c in (node or {}).get("concept", []):
        if c.get("display") == display:
            return _ffb(c["code"], c["display"])
    return None


def _ffb_node(display: str) -> dict | None:
    node = ffb._find(ffb._codesystem()["concept"], display)
    return _ffb(node["code"], node["display"]) if node else None


def to_goal(d: Delmaal, today: date | None = None, subject: str | None = None) -> dict:
    """The FHIR R4 Goal resource as a JSON-ready dict. `subject`: a checked reference to the citizen (optional)."""
    today = today or date.today()
    goal: dict = {"resourceType": "Goal"}
    if _ID_OK.match(d.id):
        goal["id"] = d.id
    goal["language"] = d.language
    goal["lifecycleStatus"] = "active" if d.start_date and d.start_date <= today else "planned"
    goal["category"] = [{"coding": [{"system": KL_COMMON, "code": FFB_DELMAAL[0], "display": FFB_DELMAAL[1]}]}]
    goal["description"] = {
        "coding": [{"system": SNOMED, "code": GOAL_DESCRIPTION_SNOMED}],
        "text": d.wording.strip() or d.title.strip() or "Delmål uden formulering",
    }
    subject_ref = {"reference": check_subject(subject)} if subject else {"display": "Beboeren"}
    goal["subject"] = subject_ref
    if d.start_date:
        goal["startDate"] = d.start_date.isoformat()
    targets: list[dict] = []
    due = {"dueDate": d.end_date.isoformat()} if d.end_date else {}
    if d.goal_type:
        targets.append({
            "measure": {"coding": [{"system": KL_COMMON, "code": MEASURE_MAALTYPE[0], "display": MEASURE_MAALTYPE[1]}]},
            "detailCodeableConcept": {"coding": [_ffb(d.goal_type.code, d.goal_type.name)], "text": d.goal_type.name},
            **due,
        })
    end = d.indicators.expected_end_level
    if end is not None and (coding := _ffb_by_name(FFB_LEVEL_NAMES[end], "Støttebehovsniveau")):
        target: dict = {}
        if measure := _ffb_node("Støttebehovsniveau"):
            target["measure"] = {"coding": [measure]}
        target["detailCodeableConcept"] = {"coding": [coding], "text": f"{end} – {LEVEL_LABELS[end]}"}
        targets.append({**target, **due})
    if not targets and due:
        targets.append(due)
    if targets:
        goal["target"] = targets
    if d.theme:
        goal["contained"] = [{
            "resourceType": "Condition", "id": "tema",
            "clinicalStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-clinical",
                                           "code": "active"}]},
            "code": {"coding": [_ffb(d.theme.code, d.theme.name)], "text": d.theme.name},
            "subject": subject_ref,
        }]
        goal["addresses"] = [{"reference": "#tema", "display": d.theme.name}]
    notes = []
    if d.evaluation_date:  # FHIR's statusDate/statusReason are about a status change, not a planned evaluation
        notes.append(f"Evalueringsdato: {d.evaluation_date.isoformat()}")
    if d.title.strip():
        notes.append(f"Titel: {d.title.strip()}")
    if d.measurement.strip():
        notes.append(f"Hvordan måler vi, at delmålet er nået: {d.measurement.strip()}")
    ind = d.indicators
    if ind.start_level is not None:
        notes.append(f"Niveau ved delmålets opstart: {ind.start_level} – {LEVEL_LABELS[ind.start_level]}")
    if ind.expected_end_level is not None:
        notes.append(f"Forventet niveau ved delmålets afslutning: {ind.expected_end_level} – "
                     f"{LEVEL_LABELS[ind.expected_end_level]}")
    for lvl in ind.levels:
        if lvl.what_we_see.strip() or lvl.how_we_support.strip():
            notes.append(f"Indikator, niveau {lvl.level} – {LEVEL_LABELS[lvl.level]}. "
                         f"Hvad gør beboeren / hvad ser vi: {lvl.what_we_see.strip() or '–'} "
                         f"Hvordan møder/støtter vi beboeren: {lvl.how_we_support.strip() or '–'}")
    if d.collaboration.resident_own_words.strip():
        notes.append(f"Beboerens egne ord: {d.collaboration.resident_own_words}")
    if notes:
        goal["note"] = [{"text": n} for n in notes]
    return goal


def goal_json(d: Delmaal, today: date | None = None, subject: str | None = None) -> str:
    return json.dumps(to_goal(d, today, subject), ensure_ascii=False, indent=2) + "\n"


@exporter("fhir")
def _render_fhir(d: Delmaal, findings, subject: str | None) -> str:
    return goal_json(d, subject=subject)
