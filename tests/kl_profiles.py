"""KL's released FHIR profiles, rule by rule, as checks on our export's JSON (one message per broken rule).

Read from the guides' FSH (fetched fresh, 2026-12-06):
- hl7dk/kl-ffb-reporting @ 22b3d14d (2023-08-25), sushi-config `version: 1.0.0`, canonical
  http://fhir.kl.dk/ffbreporting: input/fsh/KLReportingFFBInterventionGoal.fsh, KLReportingFFBCondition.fsh,
  KLReportingFFBCitizen.fsh, KLReportingFFBAliases.fsh;
- hl7dk/KL-dk (kl.dk.fhir.core 1.2.0) @ b3f12a01 (2023-07-10): KLCommonCareSocialGoal.fsh, KLCommonExtensions.fsh;
- hl7dk/kl-term (kl.dk.fhir.term 1.0.0, the version both depend on) @ 72df3d1 (2023-04-30):
  input/fsh/KLCommonValuesets.fsh and the vocabulary JSON.

Every rule is written out here by hand (no FSH is copied); the comment before each check names the FSH rule.
Value sets are expanded over the FFB CodeSystem this program ships, by each value set's own definition, and
cross-checked against the codes of kl-term 1.0.0 listed below.
"""

from __future__ import annotations

import re

from delmaal_assistant.core.model import ffb

KL_COMMON = "http://fhir.kl.dk/term/CodeSystem/CareSocialCodes"  # $KLCommon
KL_FFB = "urn:oid:1.2.208.176.2.22"  # $KLFFB
SNOMED = "http://snomed.info/sct"
P_INTERVENTION_GOAL = "http://fhir.kl.dk/ffbreporting/StructureDefinition/kl-reporting-ffb-interventionGoal"
P_CONDITION = "http://fhir.kl.dk/ffbreporting/StructureDefinition/kl-reporting-ffb-condition"
P_CITIZEN = "http://fhir.kl.dk/ffbreporting/StructureDefinition/kl-reporting-ffb-citizen"
P_COMMON_GOAL = "http://fhir.kl.dk/core/StructureDefinition/KLCommonCareSocialGoal"
EXT_CONDITION_RANK = "http://fhir.kl.dk/core/StructureDefinition/ConditionRank"
EXT_LAST_ASSERTED = "http://fhir.kl.dk/core/StructureDefinition/ConditionLastAssertedDate"
EXT_GOAL_RELATIONSHIP = "http://hl7.org/fhir/StructureDefinition/goal-relationship"
KNOWN_PROFILES = {P_INTERVENTION_GOAL, P_CONDITION, P_COMMON_GOAL}

# --- value sets (kl.dk.fhir.term 1.0.0) -------------------------------------------------------------------------
# KLGoalTypeCodes: descendent-of CareSocialCodes#253bbdc0… "Mål/formål" (kl-term 1.0.0 has these seven)
KL_GOAL_TYPE_CODES = {
    "ca552020-6ed1-4cdc-b0d4-32697f1f27ad", "ffb9886b-d04e-46b1-9165-a400f91f822b",
    "e6f35a88-6665-4471-9dce-9a98854532b4", "6746d4af-145a-4bfd-a672-05c0cf11b53b",
    "0bb3daef-538d-45dc-b444-abdbcb63f6bc", "416fe27d-3ccf-4390-8742-8b52a9d8dc78",
    "424827b1-23aa-4848-962b-56ee47def560",
}
FFB_INDSATSMAAL = "0bb3daef-538d-45dc-b444-abdbcb63f6bc"
FFB_DELMAAL = "6746d4af-145a-4bfd-a672-05c0cf11b53b"
M_FUNKTIONSEVNE = "66959f77-6e2a-4574-8423-3ff097f8b9fa"
M_MAALTYPE = "90c48f03-f194-4b2f-ad7d-6cba1069ae48"
# KLTargetMeasureCodes: the two above (+ KLObservationCodes, SNOMED/NPU observables)
AD_ROOTS = {"3856b434-f72e-42a5-b9d1-0cc93f48434b", "dfbe6ff6-223b-436a-b864-8ba29bda41e2",
            "c2b186f9-9c10-478e-8345-2d2c37ab4c46", "eef71492-65f5-4297-aa95-3c3a6866ddef",
            "da3f488f-1742-4d00-b247-a7d47500b36b", "d1495b2c-1452-4e49-8dbe-8193af5d8823"}
FF_ROOTS = {"a134c31d-d316-46d4-935e-e500874dbbe1", "25c5c614-305f-46cd-9891-55d564fc30cf",
            "e1836145-0c20-4e20-971e-d62dfe4ea1a0", "4fb78b88-d3af-4cfb-84d7-f06daf423317"}
O_ROOT = "7445fb2b-0009-43d9-b49b-1b9782f2fcd9"
SEVERITIES_ROOT = "e89d317c-4657-4970-b614-ada2ed220595"  # FFB "Funktionsevneniveau"
CHANGE_VALUE_ROOT = "b5257b2d-0fbf-4d00-bf38-d298c8568116"  # FFB "Måltype"
# kl-term 1.0.0's expansions of the two small ones, to cross-check the shipped CodeSystem against
RELEASED_SEVERITIES_FFB = {"cae545f5-2813-4d79-98fc-0a7d770af3cd", "832ae90b-23b5-4063-80aa-0b81bdce680e",
                           "5bdde847-2837-416b-ab63-bbff8b7aa531", "8328ce4a-6238-4f73-bf1a-74aadb68eff8",
                           "b508ff66-6326-4862-a6d7-7bbf184c9823", "1c327095-107f-4b96-88d0-ec562cb980be"}
RELEASED_CHANGE_VALUES_FFB = {"d41c8072-52f8-42b5-9375-ddbea454d27f", "10752a63-00b4-4958-b7f4-9f3a18f74266",
                              "e47c22bd-d88d-48ab-882b-419923e1f44e"}
RELEASED_AD_COUNT = 31  # |KLConditionADCodesFFB| over kl-term 1.0.0's FFB CodeSystem


def _index() -> dict[str, dict]:
    out: dict[str, dict] = {}

    def walk(cs):
        for c in cs:
            out[c["code"]] = c
            walk(c.get("concept", []))

    walk(ffb._codesystem()["concept"])
    return out


def descendants_of(code: str) -> set[str]:
    """`include codes from system FFB where concept descendent-of #code` (the concept itself excluded)."""
    out: set[str] = set()

    def walk(node):
        for c in node.get("concept", []):
            out.add(c["code"])
            walk(c)

    walk(_index().get(code, {}))
    return out


def vs_ad() -> set[str]:
    return set().union(*(descendants_of(r) for r in AD_ROOTS))


def vs_condition_codes_ffb() -> set[str]:  # FF + AD + O
    return vs_ad() | set().union(*(descendants_of(r) for r in FF_ROOTS)) | descendants_of(O_ROOT)


def vs_severities_ffb() -> set[str]:
    return descendants_of(SEVERITIES_ROOT)


def vs_change_values_ffb() -> set[str]:
    return descendants_of(CHANGE_VALUE_ROOT)


GOAL_STATUS = {"proposed", "planned", "accepted", "active", "on-hold", "completed", "cancelled",
               "entered-in-error", "rejected"}
GOAL_RELATIONSHIP_TYPE = {"predecessor", "successor", "replacement", "milestone", "other"}
_REF_PATIENT = re.compile(r"^(?:(?:https?://\S+/)?Patient/[A-Za-z0-9\-.]{1,64}|urn:uuid:[0-9a-fA-F\-]{36})$")


def _codings(cc: dict | None) -> list[dict]:
    return list((cc or {}).get("coding", []))


def _has(cc: dict | None, system: str, code: str) -> bool:
    """A fixed CodeableConcept (FSH `= $sys#code`) is a pattern: some coding has this system and code."""
    return any(c.get("system") == system and c.get("code") == code for c in _codings(cc))


def _in_vs(cc: dict | None, system: str, codes: set[str]) -> bool:
    """A required binding: at least one coding from the value set, and no coding of that system outside it."""
    cs = _codings(cc)
    ours = [c for c in cs if c.get("system") == system]
    return bool(ours) and all(c.get("code") in codes for c in ours)


def _resolve(bundle: dict | None, ref: str | None) -> dict | None:
    if not bundle or not ref:
        return None
    for e in bundle.get("entry", []):
        if e.get("fullUrl") == ref:
            return e.get("resource")
    return None


def _ffb_displays(x, out: list[str], path: str = "") -> None:
    """Every FFB coding carries KL's code and its name (the CodeSystem's display)."""
    idx = _index()
    if isinstance(x, dict):
        if x.get("system") == KL_FFB and (idx.get(x.get("code"), {}).get("display", "").strip()
                                          != (x.get("display") or "").strip()):
            out.append(f"{path}: FFB code {x.get('code')} with display {x.get('display')!r}")
        for k, v in x.items():
            _ffb_displays(v, out, f"{path}.{k}")
    elif isinstance(x, list):
        for i, v in enumerate(x):
            _ffb_displays(v, out, f"{path}[{i}]")


def _subject_citizen(res: dict, bundle: dict | None, out: list[str], who: str) -> None:
    """`subject only Reference(KLReportingFFBCitizen)`: a reference to the citizen outside the Bundle (it is never
    resolved here to anything but a Citizen: the Bundle carries no Patient)."""
    subj = res.get("subject") or {}
    ref = subj.get("reference")
    if not ref or not _REF_PATIENT.match(ref):
        out.append(f"{who}.subject 1.. only Reference(KLReportingFFBCitizen)")
    elif _resolve(bundle, ref) is not None:
        out.append(f"{who}.subject resolves inside the Bundle to a resource that is not a KLReportingFFBCitizen")


# --- KLReportingFFBInterventionGoal ----------------------------------------------------------------------------
INTERVENTION_GOAL_FORBIDDEN = ("identifier", "achievementStatus", "priority", "startDate", "startCodeableConcept",
                               "statusDate", "statusReason", "expressedBy", "note", "outcomeCode",
                               "outcomeReference")


def intervention_goal_problems(g: dict, bundle: dict | None) -> list[str]:
    out: list[str] = []
    if g.get("resourceType") != "Goal":
        return ["Parent: Goal"]
    for el in INTERVENTION_GOAL_FORBIDDEN:  # * identifier ..0, * achievementStatus ..0, * priority ..0,
        if el in g:                          # * start[x] ..0, * statusDate/statusReason/expressedBy ..0,
            out.append(f"{el} ..0")          # * note ..0, * outcomeCode ..0, * outcomeReference ..0
    if g.get("lifecycleStatus") not in GOAL_STATUS:  # * lifecycleStatus MS (1..1 in R4)
        out.append("lifecycleStatus 1..1 from goal-status")
    cat = g.get("category", [])
    if len(cat) != 1:  # * category 1..1 MS
        out.append("category 1..1")
    else:
        if not _in_vs(cat[0], KL_COMMON, KL_GOAL_TYPE_CODES):  # * category from KLGoalTypeCodes
            out.append("category from KLGoalTypeCodes")
        if not _has(cat[0], KL_COMMON, FFB_INDSATSMAAL):  # * category = $KLCommon#0bb3daef… // FFB indsatsmål
            out.append("category = $KLCommon#0bb3daef… (FFB indsatsmål)")
    desc = g.get("description")
    codings = _codings(desc)
    if len(codings) != 1:  # * description.coding 1..1
        out.append("description.coding 1..1")
    if not _has(desc, SNOMED, "410518001"):  # * description.coding = $snomedCT#410518001
        out.append("description.coding = $snomedCT#410518001")
    _subject_citizen(g, bundle, out, "Goal")  # * subject 1.. MS, * subject only Reference(KLReportingFFBCitizen)
    # * target ^slicing discriminator value on measure, open; * target contains severitySlice 1..1 and
    #   changeValueSlice 1..1; fixed measures; detailCodeableConcept bindings; measure from KLTargetMeasureCodes
    sev = [t for t in g.get("target", []) if _has(t.get("measure"), KL_COMMON, M_FUNKTIONSEVNE)]
    chg = [t for t in g.get("target", []) if _has(t.get("measure"), KL_COMMON, M_MAALTYPE)]
    if len(sev) != 1:
        out.append("target[severitySlice] 1..1 (measure = $KLCommon#66959f77… funktionsevneniveau)")
    if len(chg) != 1:
        out.append("target[changeValueSlice] 1..1 (measure = $KLCommon#90c48f03… måltype)")
    for t in sev:
        if not _in_vs(t.get("detailCodeableConcept"), KL_FFB, vs_severities_ffb()):
            out.append("target[severitySlice].detailCodeableConcept from KLSeveritiesFFB")
    for t in chg:
        if not _in_vs(t.get("detailCodeableConcept"), KL_FFB, vs_change_values_ffb()):
            out.append("target[changeValueSlice].detailCodeableConcept from KLChangeValueCodesFFB")
    for t in g.get("target", []):
        if t not in sev and t not in chg:  # open slicing; extensible binding: only when no KL measure fits
            out.append("target outside the two slices (nothing of a delmål belongs there)")
        if any(k.startswith("detail") for k in t) and not t.get("measure"):  # R4 gol-1
            out.append("gol-1: target.measure is required if target.detail is populated")
    # * addresses only Reference(KLReportingFFBCondition); ConditionRank 0..1, ≤ 2
    ranks = []
    for a in g.get("addresses", []):
        cond = _resolve(bundle, a.get("reference"))
        if cond is None or cond.get("resourceType") != "Condition":
            out.append("addresses only Reference(KLReportingFFBCondition): does not resolve to a Condition")
        else:
            if P_CONDITION not in cond.get("meta", {}).get("profile", []):
                out.append("addresses only Reference(KLReportingFFBCondition): the Condition does not claim it")
            out.extend(f"addresses → {p}" for p in condition_problems(cond, bundle))
            # obeys kl-reporting-ffb-intervention-goal-1: code memberOf KLConditionADCodesFFB
            if not _in_vs(cond.get("code"), KL_FFB, vs_ad()):
                out.append("intervention-goal-1: addresses a condition outside Aktivitet og Deltagelse")
        rank_ext = [e for e in a.get("extension", []) if e.get("url") == EXT_CONDITION_RANK]
        if len(rank_ext) > 1:
            out.append("addresses.extension[conditionRank] 0..1")
        for e in rank_ext:
            v = e.get("valuePositiveInt")
            if not isinstance(v, int) or isinstance(v, bool) or not 1 <= v <= 2 or set(e) != {"url",
                                                                                              "valuePositiveInt"}:
                out.append("conditionRank.value[x] only positiveInt, ^maxValuePositiveInt = 2")
            ranks.append(v)
        for e in a.get("extension", []):
            if "rank" in e.get("url", "").lower() and e.get("url") != EXT_CONDITION_RANK:
                out.append(f"ConditionRank under another url ({e.get('url')})")
    # obeys kl-reporting-ffb-intervention-goal-2: exactly one addressed condition with rank 1
    if ranks.count(1) != 1:
        out.append("intervention-goal-2: exactly one addresses with ConditionRank 1")
    _ffb_displays(g, out, "Goal")
    return out


# --- KLReportingFFBCondition -----------------------------------------------------------------------------------
CONDITION_FORBIDDEN = ("implicitRules", "language", "contained", "modifierExtension", "identifier", "category",
                       "bodySite", "encounter", "onsetDateTime", "onsetAge", "onsetPeriod", "onsetRange",
                       "onsetString", "abatementDateTime", "abatementAge", "abatementPeriod", "abatementRange",
                       "abatementString", "recorder", "asserter", "stage", "evidence", "note")


def condition_problems(c: dict, bundle: dict | None) -> list[str]:
    out: list[str] = []
    if c.get("resourceType") != "Condition":
        return ["Parent: Condition"]
    for el in CONDITION_FORBIDDEN:  # * implicitRules/language/contained/modifierExtension/identifier/category/
        if el in c:                 #   bodySite/encounter/onset[x]/abatement[x]/recorder/asserter/stage/
            out.append(f"Condition.{el} ..0")  # evidence/note ..0
    for e in c.get("extension", []):  # * extension contains ConditionLastAssertedDate 0..1; slicing closed
        if e.get("url") != EXT_LAST_ASSERTED:
            out.append("Condition.extension: closed slicing (only conditionLastAssertedDate)")
    if len([e for e in c.get("extension", []) if e.get("url") == EXT_LAST_ASSERTED]) > 1:
        out.append("Condition.extension[conditionLastAssertedDate] 0..1")
    cs = c.get("clinicalStatus")
    if not cs or not _in_vs(cs, "http://terminology.hl7.org/CodeSystem/condition-clinical",
                            {"active", "recurrence", "relapse", "inactive", "remission", "resolved"}):
        out.append("Condition.clinicalStatus 1..1 (condition-clinical)")
    vs = c.get("verificationStatus")
    if vs is not None and not _in_vs(vs, "http://terminology.hl7.org/CodeSystem/condition-ver-status",
                                     {"unconfirmed", "provisional", "differential", "confirmed", "refuted",
                                      "entered-in-error"}):
        out.append("Condition.verificationStatus from condition-ver-status")
    if vs is not None and _has(vs, "http://terminology.hl7.org/CodeSystem/condition-ver-status",
                               "entered-in-error") and cs:
        out.append("con-5: no clinicalStatus when entered-in-error")
    sev = c.get("severity")
    if sev is not None:
        for k in ("id", "extension", "text"):  # * severity.id ..0, * severity.extension ..0, * severity.text ..0
            if k in sev:
                out.append(f"Condition.severity.{k} ..0")
        if not _in_vs(sev, KL_FFB, vs_severities_ffb()):  # * severity from KLSeveritiesFFB
            out.append("Condition.severity from KLSeveritiesFFB")
    code = c.get("code")
    if not code:  # * code 1..
        out.append("Condition.code 1..")
    else:
        for k in ("id", "extension", "text"):  # * code.id ..0, * code.extension ..0, * code.text ..0
            if k in code:
                out.append(f"Condition.code.{k} ..0")
        if not _in_vs(code, KL_FFB, vs_condition_codes_ffb()):  # * code from KLConditionCodesFFB (required)
            out.append("Condition.code from KLConditionCodesFFB (required)")
    _subject_citizen(c, bundle, out, "Condition")  # * subject 1.., only Reference(KLReportingFFBCitizen)
    if not re.match(r"^\d{4}(-\d{2}(-\d{2}(T.+)?)?)?$", str(c.get("recordedDate", ""))):  # * recordedDate 1..
        out.append("Condition.recordedDate 1..")
    # obeys kl-reporting-ffb-condition-1: severity exactly when the code is under Aktivitet og Deltagelse
    is_ad = _in_vs(code, KL_FFB, vs_ad())
    if bool(sev) != is_ad:
        out.append("condition-1: severity mandatory for Aktivitet og Deltagelse codes, not allowed for others")
    _ffb_displays(c, out, "Condition")
    return out


# --- KLCommonCareSocialGoal (kl.dk.fhir.core 1.2.0), the delmål ------------------------------------------------
def common_goal_problems(g: dict, bundle: dict | None, *, follow: bool = True) -> list[str]:
    out: list[str] = []
    if g.get("resourceType") != "Goal":
        return ["Parent: Goal"]
    if g.get("lifecycleStatus") not in GOAL_STATUS:
        out.append("lifecycleStatus 1..1 from goal-status")
    cat = g.get("category", [])
    if len(cat) != 1:  # * category 1..1
        out.append("category 1..1")
    elif not _in_vs(cat[0], KL_COMMON, KL_GOAL_TYPE_CODES):  # * category from KLGoalTypeCodes
        out.append("category from KLGoalTypeCodes")
    if not g.get("description"):  # Goal.description 1..1 (R4)
        out.append("description 1..1")
    if not g.get("subject"):  # Goal.subject 1..1 (R4); only Reference(KLCommonCitizen): never a resolvable non-Patient
        out.append("subject 1..1")
    elif (ref := g["subject"].get("reference")) and not _REF_PATIENT.match(ref):
        out.append("subject only Reference(KLCommonCitizen)")
    # target slicing (open, by measure value): severitySlice 0..1 and changeValueSlice 0..1 with fixed measures
    sev = [t for t in g.get("target", []) if _has(t.get("measure"), KL_COMMON, M_FUNKTIONSEVNE)]
    chg = [t for t in g.get("target", []) if _has(t.get("measure"), KL_COMMON, M_MAALTYPE)]
    if len(sev) > 1 or len(chg) > 1:
        out.append("target slices 0..1")
    for t in sev:  # detail[x] only CodeableConcept from KLSeverities (FFB part)
        if "detailCodeableConcept" not in t or not _in_vs(t["detailCodeableConcept"], KL_FFB, vs_severities_ffb()):
            out.append("target[severitySlice].detailCodeableConcept from KLSeverities")
    for t in chg:
        if "detailCodeableConcept" not in t or not _in_vs(t["detailCodeableConcept"], KL_FFB,
                                                          vs_change_values_ffb()):
            out.append("target[changeValueSlice].detailCodeableConcept from KLChangeValueCodes")
    stotte = descendants_of("7ac451dc-773b-4877-baaf-1e6b1d5c8e28")
    for t in g.get("target", []):
        if t in sev or t in chg or not t.get("measure"):
            continue
        # target.measure from KLTargetMeasureCodes (extensible): none of its codes is a støttebehovsniveau, so the
        # FFB concept "Støttebehovsniveau" is the one other measure we send (with an FFB støttebehov detail)
        if not _has(t["measure"], KL_FFB, "7ac451dc-773b-4877-baaf-1e6b1d5c8e28") or not _in_vs(
                t.get("detailCodeableConcept"), KL_FFB, stotte):
            out.append("target.measure from KLTargetMeasureCodes (extensible): an unexplained measure")
    for t in g.get("target", []):
        if any(k.startswith("detail") for k in t) and not t.get("measure"):
            out.append("gol-1: target.measure is required if target.detail is populated")
    for a in g.get("addresses", []):  # addresses only Reference(KLCommonCareSocialCondition or …MatterOfInterest)
        cond = _resolve(bundle, a.get("reference"))
        if cond is None or cond.get("resourceType") not in ("Condition", "Observation"):
            out.append("addresses only Reference(KLCommonCareSocialCondition or MatterOfInterest)")
    rel = [e for e in g.get("extension", []) if e.get("url") == EXT_GOAL_RELATIONSHIP]
    if len(rel) > 1:  # * extension contains GoalRelationship named goalRelationship 0..1
        out.append("extension[goalRelationship] 0..1")
    for e in rel:
        parts = {x.get("url"): x for x in e.get("extension", [])}
        typ, tgt = parts.get("type"), parts.get("target")
        # goal-relationship: type 1..1 (goal-relationship-type), target 1..1 Reference(Goal)
        if not typ or not _in_vs(typ.get("valueCodeableConcept"),
                                 "http://terminology.hl7.org/CodeSystem/goal-relationship-type",
                                 GOAL_RELATIONSHIP_TYPE):
            out.append("goalRelationship.type 1..1 from goal-relationship-type")
        # * extension[goalRelationship].extension[type].valueCodeableConcept.text = "based-on"
        if not typ or (typ.get("valueCodeableConcept") or {}).get("text") != "based-on":
            out.append('goalRelationship.type.valueCodeableConcept.text = "based-on"')
        target = _resolve(bundle, ((tgt or {}).get("valueReference") or {}).get("reference"))
        # * extension[goalRelationship].extension[target].valueReference only Reference(KLCommonCareSocialGoal)
        if target is None:
            out.append("goalRelationship.target only Reference(KLCommonCareSocialGoal): does not resolve")
        elif follow:
            out.extend(f"goalRelationship.target → {p}" for p in common_goal_problems(target, bundle, follow=False))
    _ffb_displays(g, out, "Goal")
    return out


PROFILE_CHECKS = {P_INTERVENTION_GOAL: intervention_goal_problems, P_CONDITION: condition_problems,
                  P_COMMON_GOAL: common_goal_problems}


def bundle_problems(bundle: dict) -> list[str]:
    """Every profile a resource claims, checked in full; a claim we cannot check is a problem too."""
    out: list[str] = []
    if bundle.get("resourceType") != "Bundle" or bundle.get("type") != "collection":
        out.append("a Bundle of type collection")
    urls = [e.get("fullUrl") for e in bundle.get("entry", [])]
    if len(set(urls)) != len(urls) or not all(urls):
        out.append("Bundle.entry.fullUrl unique and present (bdl-7)")
    for e in bundle.get("entry", []):
        res = e.get("resource", {})
        if res.get("resourceType") == "Patient":
            out.append("a Patient in the Bundle (KLReportingFFBCitizen needs a CPR number, never written)")
        if e.get("fullUrl", "").startswith("urn:uuid:") and res.get("id") != e["fullUrl"][9:]:
            out.append("fullUrl urn:uuid:<id> and resource id agree")
        for p in res.get("meta", {}).get("profile", []):
            check = PROFILE_CHECKS.get(p)
            if check is None:
                out.append(f"{res.get('resourceType')} claims {p}, which this suite does not encode")
            else:
                out.extend(f"{res.get('resourceType')} {p.rsplit('/', 1)[-1]}: {x}" for x in check(res, bundle))
    return out
