"""Development data that was blind at first look (tests/data/blind15/README.md): every "Dit delmål" keeps the
properties `shared/tools/check_easy.py` checks, the resident and han/hun are found as the hand-written facts say
(or left unknown – never wrong), and each text keeps the weekdays of expected.tsv."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from delmaal_assistant.core.outputs.duform import find_resident
from delmaal_assistant.core.outputs.easyread import easy_read
from easy_properties import load, problems

HERE = Path(__file__).parent / "data" / "blind15"
FILES = sorted(HERE.glob("*.delmaal.json"))
FACTS = {r["file"]: r for r in csv.DictReader((HERE / "expected.tsv").open(encoding="utf-8"), delimiter="\t")}


def test_the_set_is_there():
    assert len(FILES) >= 45 and set(FACTS) == {p.name for p in FILES}


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_dit_delmaal_properties(path):
    d = load(path)
    text = easy_read(d)
    assert problems(d, text) == []
    facts = FACTS[path.name]
    text = text.lower()
    for day in filter(None, facts["weekdays"].replace("-", "").split(",")):
        assert day.strip() in text


def test_resident_and_gender_never_wrong():
    wrong = []
    for p in FILES:
        d = load(p)
        r = find_resident(d.wording, (d.indsats.actions, d.indsats.when_resident_wants_otherwise, d.measurement))
        facts = FACTS[p.name]
        if r is None or r.name.replace(".", "") != facts["resident_ref"].replace(".", ""):
            wrong.append((p.name, r.name if r else None, facts["resident_ref"]))
        elif r.gender and r.gender != facts["pronoun"]:
            wrong.append((p.name, r.gender, facts["pronoun"]))
    assert wrong == []
