"""The delmål as an HL7 FHIR R4 `Goal`, following KL's goal profile (KL Gateway, hl7dk/kl-gateway:
`klgateway-care-goal`) and KL Terminologi (hl7dk/kl-term) as far as a stand-alone file can:

- `category`: "FFB delmål" from KL's CareSocialCodes (ValueSet KLGoalTypeCodes, the profile's required binding),
  plus the FFB måltype (urn:oid:1.2.208.176.2.22) when set;
- `description.text`: the delmål wording; `startDate`; `target.dueDate`: the end date;
- `target.measure`: FFB "Støttebehovsniveau", `target.detailCodeableConcept`: the expected level at the end
  (FFB støttebehovsniveau codes) — KL's profile measures a goal by a coded level in the same way;
- `addresses`: a contained `Condition` coded with the FFB theme (KL's goals address a condition);
- `note`: the start level and every indicator level with its label, what we see and how we support;
- `subject`: only `display: "Beboeren"` — the file holds no person identifier (CPR), so it does not claim
  conformance to KL's profile in `meta.profile` (that profile requires a reference to a real citizen).

`lifecycleStatus`: "planned" before the start date (or without one), "active" from the start date. Whether a
delmål was *reached* is not recorded in the file, so "completed" is never claimed. No UI here.
"""

from __future__ import annotations

import json
import re
from datetime import date

from delmaal_assistant.core.model import FFB_LEVEL_NAMES, LEVEL_LABELS, Delmaal
from delmaal_assistant.core.model import ffb

FFB_SYSTEM = "urn:oid:1.2.208.176.2.22"
KL_CARE_SOCIAL = "http://fhir.kl.dk/term/CodeSystem/CareSocialCodes"
FFB_DELMAAL = ("6746d4af-145a-4bfd-a672-05c0cf11b53b", "FFB delmål")
KL_GOAL_PROFILE = "http://fhir.kl.dk/gateway/StructureDefinition/klgateway-care-goal"
_ID_OK = re.compile(r"^[A-Za-z0-9\-.]{1,64}$")


def _ffb_concept(display: str, parent: str) -> dict | None:
    """The FFB concept with this display under `parent` (e.g. 'Støttebehovsniveau'), from the shipped CodeSystem."""
    node = ffb._find(ffb._codesystem()["concept"], parent)
    for c in (node or {}).get("concept", []):
        if c.get("display") == display:
            return {"system": FFB_SYSTEM, "code": c["code"], "display": c["display"]}
    return None


def _level_coding(level: int) -> dict | None:
    return _ffb_concept(FFB_LEVEL_NAMES[level], "Støttebehovsniveau")


def to_goal(d: Delmaal, today: date | None = None) -> dict:
    """The FHIR R4 Goal resource as a JSON-ready dict."""
    today = today or date.today()
    goal: dict = {"resourceType": "Goal"}
    if _ID_OK.match(d.id):
        goal["id"] = d.id
    goal["language"] = d.language
    goal["lifecycleStatus"] = "active" if d.start_date and d.start_date <= today else "planned"
    categories = [{"coding": [{"system": KL_CARE_SOCIAL, "code": FFB_DELMAAL[0], "display": FFB_DELMAAL[1]}]}]
    if d.goal_type:
        categories.append({"coding": [{"system": d.goal_type.system, "code": d.goal_type.code,
                                       "display": d.goal_type.name}]})
    goal["category"] = categories
    desc: dict = {"text": d.wording.strip() or d.title.strip() or "Delmål uden formulering"}
    goal["description"] = desc
    goal["subject"] = {"display": "Beboeren"}
    if d.start_date:
        goal["startDate"] = d.start_date.isoformat()
    target: dict = {}
    end = d.indicators.expected_end_level
    if end is not None and (coding := _level_coding(end)):
        measure = _ffb_concept_parent("Støttebehovsniveau")
        if measure:
            target["measure"] = {"coding": [measure]}
        target["detailCodeableConcept"] = {"coding": [coding], "text": f"{end} – {LEVEL_LABELS[end]}"}
    if d.end_date:
        target["dueDate"] = d.end_date.isoformat()
    if target:
        goal["target"] = [target]
    if d.theme:
        goal["contained"] = [{
            "resourceType": "Condition", "id": "tema",
            "code": {"coding": [{"system": d.theme.system, "code": d.theme.code, "display": d.theme.name}],
                     "text": d.theme.name},
            "subject": {"display": "Beboeren"},
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


def _ffb_concept_parent(display: str) -> dict | None:
    node = ffb._find(ffb._codesystem()["concept"], display)
    return {"system": FFB_SYSTEM, "code": node["code"], "display": node["display"]} if node else None


def goal_json(d: Delmaal, today: date | None = None) -> str:
    return json.dumps(to_goal(d, today), ensure_ascii=False, indent=2) + "\n"
