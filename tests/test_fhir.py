"""The FHIR export against KL's released guides (tests/kl_profiles.py encodes each rule of the FSH): every
resource that names a profile in meta.profile meets all of it, on every måltype and level; what the profiles need
and the delmål file does not hold keeps the claim off; valid R4 by fhir.resources too."""

import copy
import json
from datetime import date

import pytest

import kl_profiles as kl
from delmaal_assistant.core.files.storage import save_delmaal
from delmaal_assistant.core.model import Delmaal, ffb
from delmaal_assistant.core.outputs.fhir import (FUNKTIONSEVNE_NAMES, FhirContext, SubjectError, check_subject,
                                                 goal_json, missing_for_reporting, to_bundle)
from cli_inprocess import delmaal
from sample_delmaal import full_delmaal

Bundle = pytest.importorskip("fhir.resources.R4B.bundle").Bundle
TODAY = date(2026, 12, 10)
SUBJ = "Patient/4f2a9c"


def _d(theme: str = "Vaske tøj", goal_type: str = "Udvikle funktionsevne") -> Delmaal:
    d = full_delmaal()
    d.theme = next(t for t in ffb.themes() if t.name == theme).concept()
    d.goal_type = next(t for t in ffb.goal_types() if t.name == goal_type)
    d.handleplan_goal = "At beboeren varetager egen tøjvask."
    d.collaboration.resident_own_words = "Jeg vil ikke  lugte."
    return d


def _ctx(now: int = 3, expected: int = 2, subject: str | None = SUBJ) -> FhirContext:
    return FhirContext(subject=subject, funktionsevne=now, forventet_funktionsevne=expected)


def _entries(b: dict) -> dict[str, dict]:
    """The resources by role: delmaal, indsatsmaal, tilstand."""
    out = {}
    for e in b["entry"]:
        r = e["resource"]
        code = (r.get("category") or [{}])[0].get("coding", [{}])[0].get("code")
        out[{kl.FFB_DELMAAL: "delmaal", kl.FFB_INDSATSMAAL: "indsatsmaal"}.get(code, "tilstand")] = r
    return out


def _profiles(b: dict) -> dict[str, list[str]]:
    return {k: r.get("meta", {}).get("profile", []) for k, r in _entries(b).items()}


def test_value_sets_over_the_shipped_codesystem_match_kl_term_1_0_0():
    assert kl.vs_severities_ffb() == kl.RELEASED_SEVERITIES_FFB
    assert kl.vs_change_values_ffb() == kl.RELEASED_CHANGE_VALUES_FFB
    assert len(kl.vs_ad()) == kl.RELEASED_AD_COUNT and kl.vs_ad() <= kl.vs_condition_codes_ffb()
    assert not kl.AD_ROOTS & kl.vs_ad()  # descendent-of: the main themes themselves are not condition codes
    assert {ffb._find(ffb._codesystem()["concept"], n)["code"] for n in FUNKTIONSEVNE_NAMES.values()} \
        <= kl.vs_severities_ffb()


def test_reporting_bundle_meets_every_profile_on_every_maaltype_and_level():
    for gt in ffb.goal_types():
        d = _d(goal_type=gt.name)
        for now in range(5):
            for expected in range(5):
                d.indicators.expected_end_level = expected
                b = to_bundle(d, TODAY, _ctx(now, expected))
                assert kl.bundle_problems(b) == [], (gt.name, now, expected)
                assert _profiles(b) == {"delmaal": [kl.P_COMMON_GOAL], "indsatsmaal": [kl.P_INTERVENTION_GOAL],
                                        "tilstand": [kl.P_CONDITION]}
    Bundle.model_validate(b)


def test_every_theme_under_aktivitet_og_deltagelse_can_be_reported():
    for t in ffb.themes():
        if t.code in kl.vs_ad():
            d = _d(theme=t.name)
            b = to_bundle(d, TODAY, _ctx())
            assert kl.bundle_problems(b) == [] and _profiles(b)["indsatsmaal"] == [kl.P_INTERVENTION_GOAL], t.name


def test_the_bundle_carries_the_delmaal_and_its_indsatsmaal():
    d = _d()
    b = json.loads(goal_json(d, TODAY, _ctx(3, 1)))
    Bundle.model_validate(b)
    r = _entries(b)
    delm, ind, cond = r["delmaal"], r["indsatsmaal"], r["tilstand"]
    assert delm["description"] == {"text": d.wording}
    assert delm["startDate"] == "2026-12-01" and delm["lifecycleStatus"] == "active"
    assert delm["target"] == [{"measure": {"coding": [{"system": kl.KL_FFB, "code": "7ac451dc-773b-4877-baaf-1e6b1d5c8e28",
                                                       "display": "Støttebehovsniveau"}]},
                               "detailCodeableConcept": {"coding": [{"system": kl.KL_FFB,
                                                                     "code": "401a397b-b3aa-4ca3-8b23-bd8f99dd3f76",
                                                                     "display": "Moderat støttebehov"}]},
                               "dueDate": "2027-03-01"}]
    rel = delm["extension"][0]
    assert rel["url"] == kl.EXT_GOAL_RELATIONSHIP
    assert rel["extension"][1]["valueReference"]["reference"] == f"urn:uuid:{ind['id']}"
    assert ind["description"]["text"] == d.handleplan_goal
    sev, chg = ind["target"]
    assert sev["detailCodeableConcept"]["coding"][0]["display"] == "Let nedsat funktionsevne"
    assert chg["detailCodeableConcept"]["coding"][0]["display"] == "Udvikle funktionsevne"
    assert ind["addresses"] == [{"extension": [{"url": kl.EXT_CONDITION_RANK, "valuePositiveInt": 1}],
                                 "reference": f"urn:uuid:{cond['id']}"}]
    assert cond["code"] == {"coding": [{"system": kl.KL_FFB, "code": d.theme.code, "display": "Vaske tøj"}]}
    assert cond["severity"]["coding"][0]["display"] == "Svært nedsat funktionsevne"
    assert cond["recordedDate"] == "2026-12-10" and cond["subject"] == {"reference": SUBJ}
    # nothing a profile does not carry is squeezed in: no notes anywhere, indicators and own words stay out
    text = json.dumps(b, ensure_ascii=False)
    assert '"note"' not in text and "Jeg vil ikke" not in text and "http://kl.dk/fhir" not in text
    assert "Patient" not in {e["resource"]["resourceType"] for e in b["entry"]}
    # the same delmål gives the same ids (an export compared by hash is stable)
    assert goal_json(d, TODAY, _ctx(3, 1)) == goal_json(d, TODAY, _ctx(3, 1))


@pytest.mark.parametrize("ctx, theme, why", [
    (None, "Vaske tøj", "--subject"),
    (FhirContext(subject=SUBJ, forventet_funktionsevne=1), "Vaske tøj", "--funktionsevne"),
    (FhirContext(subject=SUBJ, funktionsevne=2), "Vaske tøj", "--forventet-funktionsevne"),
    (_ctx(), "Praktiske opgaver", "hovedtema"),
    (_ctx(), "Hukommelse", "ikke under Aktivitet og deltagelse"),
])
def test_without_what_the_reporting_profile_needs_no_claim_is_made(ctx, theme, why):
    d = _d(theme=theme)
    b = to_bundle(d, TODAY, ctx)
    assert kl.bundle_problems(b) == []
    p = _profiles(b)
    assert p["delmaal"] == [kl.P_COMMON_GOAL]
    assert p["indsatsmaal"] == [] and p.get("tilstand", []) == []
    assert any(why in m for m in missing_for_reporting(d, ctx))
    Bundle.model_validate(b)


def test_empty_delmaal_gives_only_the_delmaal_goal():
    b = to_bundle(Delmaal(), TODAY)
    assert [e["resource"]["resourceType"] for e in b["entry"]] == ["Goal"]
    assert kl.bundle_problems(b) == [] and "extension" not in b["entry"][0]["resource"]
    Bundle.model_validate(b)


# --- the suite flags what breaks KL's rules (each must-flag example one rule) ----------------------------------
def _good() -> dict:
    return to_bundle(_d(), TODAY, _ctx())


def _mut(path_fn):
    b = copy.deepcopy(_good())
    path_fn(_entries(b))
    return kl.bundle_problems(b)


@pytest.mark.parametrize("mutate, rule", [
    (lambda r: r["indsatsmaal"].update(note=[{"text": "x"}]), "note ..0"),
    (lambda r: r["indsatsmaal"].update(startDate="2026-12-01"), "startDate ..0"),
    (lambda r: r["indsatsmaal"].update(identifier=[{"value": "1"}]), "identifier ..0"),
    (lambda r: r["indsatsmaal"].update(statusDate="2026-12-01"), "statusDate ..0"),
    (lambda r: r["indsatsmaal"].update(expressedBy={"display": "KP"}), "expressedBy ..0"),
    (lambda r: r["indsatsmaal"].update(outcomeCode=[{"text": "x"}]), "outcomeCode ..0"),
    (lambda r: r["indsatsmaal"]["target"].pop(0), "severitySlice] 1..1"),
    (lambda r: r["indsatsmaal"]["target"].pop(1), "changeValueSlice] 1..1"),
    (lambda r: r["indsatsmaal"]["target"][0]["detailCodeableConcept"]["coding"][0].update(
        code="401a397b-b3aa-4ca3-8b23-bd8f99dd3f76", display="Moderat støttebehov"), "from KLSeveritiesFFB"),
    (lambda r: r["indsatsmaal"]["category"][0]["coding"][0].update(code=kl.FFB_DELMAAL, display="FFB delmål"),
     "FFB indsatsmål"),
    (lambda r: r["indsatsmaal"]["description"].update(coding=[]), "410518001"),
    (lambda r: r["indsatsmaal"]["addresses"][0]["extension"][0].update(valuePositiveInt=2), "intervention-goal-2"),
    (lambda r: r["indsatsmaal"]["addresses"][0]["extension"][0].update(valuePositiveInt=3), "maxValuePositiveInt"),
    (lambda r: r["indsatsmaal"]["addresses"][0]["extension"][0].update(
        url="http://fhir.kl.dk/term/StructureDefinition/ConditionRank"), "ConditionRank under another url"),
    (lambda r: r["indsatsmaal"].update(subject={"display": "Beboeren"}), "subject 1.. only"),
    (lambda r: r["tilstand"]["code"].update(text="Vaske tøj"), "code.text ..0"),
    (lambda r: r["tilstand"].pop("recordedDate"), "recordedDate 1.."),
    (lambda r: r["tilstand"].pop("severity"), "condition-1"),
    (lambda r: r["tilstand"].update(note=[{"text": "x"}]), "Condition.note ..0"),
    (lambda r: r["tilstand"]["code"]["coding"][0].update(
        code="eef71492-65f5-4297-aa95-3c3a6866ddef", display="Praktiske opgaver"), "KLConditionCodesFFB"),
    (lambda r: r["tilstand"]["code"]["coding"][0].update(system="http://kl.dk/fhir/common/caresocial/CodeSystem/FFB"),
     "KLConditionCodesFFB"),
    (lambda r: r["delmaal"]["extension"][0]["extension"][0]["valueCodeableConcept"].update(text="part-of"),
     '"based-on"'),
    (lambda r: r["delmaal"]["category"][0]["coding"][0].update(code="x"), "from KLGoalTypeCodes"),
    (lambda r: r["delmaal"]["target"][0]["measure"]["coding"][0].update(code="b5257b2d-0fbf-4d00-bf38-d298c8568116",
                                                                        display="Måltype"), "KLTargetMeasureCodes"),
])
def test_the_suite_flags_each_broken_rule(mutate, rule):
    problems = _mut(mutate)
    assert any(rule in p for p in problems), problems


def test_a_claim_the_suite_does_not_encode_is_flagged():
    b = _good()
    b["entry"][0]["resource"]["meta"]["profile"].append("http://example.org/Other")
    assert any("does not encode" in p for p in kl.bundle_problems(b))


# --- the subject and the command line ---------------------------------------------------------------------------
@pytest.mark.parametrize("ref", ["Patient/0101901234", "Patient/010190-1234", "010190-1234", "Beboeren",
                                 "Patient/", "Patient/a b", "javascript:alert(1)"])
def test_subject_must_be_a_reference_and_never_a_cpr_number(ref):
    with pytest.raises(SubjectError):
        check_subject(ref)


def test_export_cli(tmp_path):
    d = _d()
    f = tmp_path / "Tøjvask.delmaal.json"
    save_delmaal(f, d)
    run = lambda *a: delmaal("export", str(f), *a)  # in-process (tests/cli_inprocess.py)
    p = run("--to", "fhir", "-o", "-", "--subject", "urn:uuid:3f2504e0-4f89-11d3-9a0c-0305e82c3301",
            "--funktionsevne", "3", "--forventet-funktionsevne", "2")
    assert p.returncode == 0, p.stderr
    b = json.loads(p.stdout)
    assert kl.bundle_problems(b) == [] and _profiles(b)["indsatsmaal"] == [kl.P_INTERVENTION_GOAL]
    assert p.stderr == ""
    p = run("--to", "fhir", "-o", "-")
    assert p.returncode == 0 and "uden KL's indberetningsprofil" in p.stderr and "--subject" in p.stderr
    assert kl.bundle_problems(json.loads(p.stdout)) == []
    p = run("--to", "fhir", "-o", "-", "--subject", "0101901234")
    assert p.returncode == 2 and "CPR" in p.stderr and "Traceback" not in p.stderr
    p = run("--to", "fhir", "-o", "-", "--funktionsevne", "5")
    assert p.returncode == 2 and "0 til 4" in p.stderr and "Traceback" not in p.stderr
    p = run("--to", "txt", "-o", "-", "--funktionsevne", "1")
    assert p.returncode == 2 and "kun FHIR" in p.stderr


@pytest.mark.parametrize("ref", ["Patient/4f2a9c", "https://kommune.example/fhir/Patient/4f2a9c",
                                 "urn:uuid:3F2504E0-4F89-11D3-9A0C-0305E82C3301"])
def test_every_accepted_subject_form_meets_the_profile(ref):
    b = to_bundle(_d(), TODAY, _ctx(subject=check_subject(ref)))
    assert kl.bundle_problems(b) == [] and _profiles(b)["indsatsmaal"] == [kl.P_INTERVENTION_GOAL]
