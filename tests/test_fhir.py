"""The FHIR Goal export validates against the FHIR models (fhir.resources, R4B = R4 for Goal) and carries
KL's FFB codes from the shipped CodeSystem."""

import json
from datetime import date

import pytest

from delmaal_assistant.core.model import ffb
from delmaal_assistant.core.outputs.fhir import FFB_SYSTEM, goal_json, to_goal
from delmaal_assistant.core.model import Delmaal
from sample_delmaal import full_delmaal

Goal = pytest.importorskip("fhir.resources.R4B.goal").Goal


def _codes() -> dict[str, str]:
    out = {}

    def walk(cs):
        for c in cs:
            out[c["code"]] = c["display"]
            walk(c.get("concept", []))

    walk(ffb._codesystem()["concept"])
    return out


def _d() -> Delmaal:
    d = full_delmaal()
    d.theme = ffb.search_themes("vaske tøj")[0].concept()
    d.goal_type = ffb.goal_types()[0]
    d.collaboration.resident_own_words = "Jeg vil ikke  lugte."
    return d


def test_goal_validates_and_carries_the_delmaal():
    d = _d()
    data = json.loads(goal_json(d, today=date(2026, 12, 10)))
    goal = Goal.model_validate(data)
    assert goal.description.text == d.wording
    assert str(goal.startDate) == "2026-12-01" and str(goal.target[0].dueDate) == "2027-03-01"
    assert goal.lifecycleStatus == "active"
    codes = _codes()
    # FFB codings use the FFB code system, with codes and names as published by KL
    ffb_codings = [c for cat in data["category"] for c in cat["coding"] if c["system"] == FFB_SYSTEM]
    assert [c["display"] for c in ffb_codings] == ["Udvikle funktionsevne"]
    assert all(codes[c["code"]] == c["display"] for c in ffb_codings)
    assert data["category"][0]["coding"][0]["display"] == "FFB delmål"
    theme = data["contained"][0]["code"]["coding"][0]
    assert theme["system"] == FFB_SYSTEM and codes[theme["code"]] == "Vaske tøj" == theme["display"]
    # expected level as an FFB støttebehovsniveau target; every level in the notes with its label
    detail = data["target"][0]["detailCodeableConcept"]["coding"][0]
    assert codes[detail["code"]] == "Moderat støttebehov"
    assert codes[data["target"][0]["measure"]["coding"][0]["code"]] == "Støttebehovsniveau"
    notes = [n["text"] for n in data["note"]]
    for lvl in d.indicators.levels:
        assert any(lvl.what_we_see in n and f"niveau {lvl.level}" in n for n in notes)
    assert any("3 – Stort støttebehov" in n for n in notes)
    assert "Evalueringsdato: 2027-02-15" in notes and "statusDate" not in data
    assert "Jeg vil ikke  lugte." in json.dumps(data, ensure_ascii=False)


def test_planned_before_start_and_empty_delmaal_still_valid():
    assert to_goal(_d(), today=date(2026, 11, 1))["lifecycleStatus"] == "planned"
    data = to_goal(Delmaal())
    Goal.model_validate(data)
    assert data["lifecycleStatus"] == "planned" and "target" not in data
