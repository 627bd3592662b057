"""The FHIR Goal export: valid R4 (fhir.resources, R4B = R4 for Goal), and it follows KL's FFB reporting profile
KLReportingFFBInterventionGoal (hl7dk/kl-ffb-reporting, input/fsh/KLReportingFFBInterventionGoal.fsh) wherever a
delmål can. Each constraint of the profile's FSH is written out below as its own check; the one known difference
(category "FFB delmål", not the fixed "FFB indsatsmål") is asserted as such."""

import json
import subprocess
import sys
from datetime import date

import pytest

from delmaal_assistant.core.model import ffb
from delmaal_assistant.core.outputs.fhir import (KL_COMMON, KL_FFB, SNOMED, SubjectError, check_subject, goal_json,
                                         to_goal)
from delmaal_assistant.core.model import Delmaal
from delmaal_assistant.core.files.storage import save_delmaal
from sample_delmaal import full_delmaal

Goal = pytest.importorskip("fhir.resources.R4B.goal").Goal

# The profile's fixed values (FSH: $KLCommon#…, $snomedCT#410518001)
MEASURE_MAALTYPE = "90c48f03-f194-4b2f-ad7d-6cba1069ae48"
MEASURE_FUNKTIONSEVNE = "66959f77-6e2a-4574-8423-3ff097f8b9fa"
KL_GOAL_TYPE_CODES = {"6746d4af-145a-4bfd-a672-05c0cf11b53b": "FFB delmål",
                      "0bb3daef-538d-45dc-b444-abdbcb63f6bc": "FFB indsatsmål"}


def _children(parent: str) -> dict[str, str]:
    node = ffb._find(ffb._codesystem()["concept"], parent)
    return {c["code"]: c["display"] for c in node.get("concept", [])}


def _all_codes() -> dict[str, str]:
    out = {}

    def walk(cs):
        for c in cs:
            out[c["code"]] = c["display"]
            walk(c.get("concept", []))

    walk(ffb._codesystem()["concept"])
    return out


def profile_problems(g: dict) -> list[str]:
    """KLReportingFFBInterventionGoal's constraints, one line each (the FSH rule in the message)."""
    out = []
    cat = g.get("category", [])
    if len(cat) != 1:  # * category 1..1 MS
        out.append("category 1..1")
    elif not any(c.get("system") == KL_COMMON and c.get("code") in KL_GOAL_TYPE_CODES for c in cat[0]["coding"]):
        out.append("category from KLGoalTypeCodes")
    desc = g.get("description", {})
    if [(c.get("system"), c.get("code")) for c in desc.get("coding", [])] != [(SNOMED, "410518001")]:
        out.append("description.coding 1..1 = $snomedCT#410518001")
    if not desc.get("text"):
        out.append("description MS (the wording as text)")
    if not g.get("subject"):  # * subject 1.. MS
        out.append("subject 1..")
    if g.get("lifecycleStatus") not in ("proposed", "planned", "accepted", "active", "on-hold", "completed",
                                        "cancelled", "entered-in-error", "rejected"):
        out.append("lifecycleStatus MS")
    slices: dict[str, int] = {}
    maaltyper, levels, funktionsevne = _children("Måltype"), _children("Støttebehovsniveau"), _children(
        "Funktionsevneniveau")
    for t in g.get("target", []):
        m = (t.get("measure") or {}).get("coding", [{}])[0]
        detail = (t.get("detailCodeableConcept") or {}).get("coding", [])
        if m.get("system") == KL_COMMON and m.get("code") == MEASURE_MAALTYPE:
            slices["changeValue"] = slices.get("changeValue", 0) + 1
            # detailCodeableConcept from KLChangeValueCodesFFB: the FFB måltype codes
            if not detail or detail[0].get("system") != KL_FFB or detail[0].get("code") not in maaltyper:
                out.append("target[changeValueSlice].detailCodeableConcept from KLChangeValueCodesFFB")
        elif m.get("system") == KL_COMMON and m.get("code") == MEASURE_FUNKTIONSEVNE:
            slices["severity"] = slices.get("severity", 0) + 1
            if not detail or detail[0].get("code") not in funktionsevne:
                out.append("target[severitySlice].detailCodeableConcept from KLSeveritiesFFB")
        elif m:  # open slicing, extensible measure binding: our støttebehovsniveau target
            if m.get("system") != KL_FFB or not detail or detail[0].get("code") not in levels:
                out.append("other target: an FFB measure with an FFB støttebehovsniveau detail")
    if any(n > 1 for n in slices.values()):  # severitySlice 0..1 and changeValueSlice 0..1
        out.append("target slices 0..1")
    contained = {c["id"]: c for c in g.get("contained", [])}
    for a in g.get("addresses", []):  # addresses only Reference(KLReportingFFBCondition)
        cond = contained.get(a.get("reference", "").lstrip("#"))
        if not cond or cond.get("resourceType") != "Condition":
            out.append("addresses only Reference(Condition)")
            continue
        if not cond.get("clinicalStatus"):
            out.append("Condition.clinicalStatus 1..1")
        codings = cond.get("code", {}).get("coding", [])
        if len(codings) != 1 or codings[0].get("system") != KL_FFB:  # code.coding 1..1 from KLConditionCodesFFB
            out.append("Condition.code.coding 1..1 (FFB)")
        if not cond.get("subject"):
            out.append("Condition.subject 1..")
    # every FFB coding carries KL's code and name
    codes = _all_codes()

    def walk(x):
        if isinstance(x, dict):
            if x.get("system") == KL_FFB and codes.get(x.get("code")) != x.get("display"):
                out.append(f"FFB code {x.get('code')} with display {x.get('display')!r}")
            for v in x.values():
                walk(v)
        elif isinstance(x, list):
            for v in x:
                walk(v)

    walk(g)
    return out


def _d() -> Delmaal:
    d = full_delmaal()
    d.theme = ffb.search_themes("vaske tøj")[0].concept()
    d.goal_type = next(t for t in ffb.goal_types() if t.name == "Udvikle funktionsevne")
    d.collaboration.resident_own_words = "Jeg vil ikke  lugte."
    return d


def test_goal_follows_the_reporting_profile_and_validates():
    d = _d()
    data = json.loads(goal_json(d, today=date(2026, 12, 10), subject="Patient/4f2a9c"))
    Goal.model_validate(data)
    assert profile_problems(data) == []
    assert data["subject"] == {"reference": "Patient/4f2a9c"}
    assert data["contained"][0]["subject"] == {"reference": "Patient/4f2a9c"}
    # the one known difference: a delmål is KL's "FFB delmål", the profile fixes "FFB indsatsmål"
    assert data["category"] == [{"coding": [{"system": KL_COMMON, "code": "6746d4af-145a-4bfd-a672-05c0cf11b53b",
                                             "display": "FFB delmål"}]}]
    assert "meta" not in data  # never claims the profile it does not fully meet


def test_goal_carries_the_delmaal():
    d = _d()
    data = json.loads(goal_json(d, today=date(2026, 12, 10)))
    goal = Goal.model_validate(data)
    assert goal.description.text == d.wording
    assert str(goal.startDate) == "2026-12-01"
    assert goal.lifecycleStatus == "active"
    codes = _all_codes()
    maaltype, level = data["target"]
    assert maaltype["measure"]["coding"][0]["code"] == MEASURE_MAALTYPE
    assert maaltype["detailCodeableConcept"]["coding"][0] == {"system": KL_FFB, "code": d.goal_type.code,
                                                             "display": "Udvikle funktionsevne"}
    assert codes[level["measure"]["coding"][0]["code"]] == "Støttebehovsniveau"
    assert codes[level["detailCodeableConcept"]["coding"][0]["code"]] == "Moderat støttebehov"
    assert maaltype["dueDate"] == level["dueDate"] == "2027-03-01"
    theme = data["contained"][0]["code"]["coding"][0]
    assert theme["system"] == KL_FFB and codes[theme["code"]] == "Vaske tøj" == theme["display"]
    assert data["addresses"] == [{"reference": "#tema", "display": "Vaske tøj"}]
    assert data["subject"] == {"display": "Beboeren"}
    notes = [n["text"] for n in data["note"]]
    for lvl in d.indicators.levels:
        assert any(lvl.what_we_see in n and f"niveau {lvl.level}" in n for n in notes)
    assert any("3 – Stort støttebehov" in n for n in notes)
    assert "Evalueringsdato: 2027-02-15" in notes and "statusDate" not in data
    assert "Jeg vil ikke  lugte." in json.dumps(data, ensure_ascii=False)


def test_every_maaltype_and_level_meets_the_profile():
    d = _d()
    for gt in ffb.goal_types():
        for end in range(5):
            d.goal_type, d.indicators.expected_end_level = gt, end
            data = to_goal(d, today=date(2026, 12, 10))
            assert profile_problems(data) == [], (gt.name, end)


def test_planned_before_start_and_empty_delmaal_still_valid():
    assert to_goal(_d(), today=date(2026, 11, 1))["lifecycleStatus"] == "planned"
    data = to_goal(Delmaal())
    Goal.model_validate(data)
    assert data["lifecycleStatus"] == "planned" and "target" not in data
    assert profile_problems(data) == []


@pytest.mark.parametrize("ref", ["Patient/0101901234", "Patient/010190-1234", "010190-1234", "Beboeren",
                                 "Patient/", "Patient/a b", "javascript:alert(1)"])
def test_subject_must_be_a_reference_and_never_a_cpr_number(ref):
    with pytest.raises(SubjectError):
        check_subject(ref)


def test_export_cli_subject(tmp_path):
    d = _d()
    f = tmp_path / "Tøjvask.delmaal.json"
    save_delmaal(f, d)
    run = lambda *a: subprocess.run([sys.executable, "-m", "delmaal_assistant", "export", str(f), *a],
                                    capture_output=True, text=True, encoding="utf-8")
    p = run("--to", "fhir", "-o", "-", "--subject", "urn:uuid:3f2504e0-4f89-11d3-9a0c-0305e82c3301")
    assert p.returncode == 0, p.stderr
    assert json.loads(p.stdout)["subject"] == {"reference": "urn:uuid:3f2504e0-4f89-11d3-9a0c-0305e82c3301"}
    p = run("--to", "fhir", "-o", "-", "--subject", "0101901234")
    assert p.returncode == 2 and "CPR" in p.stderr and "Traceback" not in p.stderr
    p = run("--to", "txt", "-o", "-", "--subject", "Patient/1")
    assert p.returncode == 2 and "kun FHIR" in p.stderr
