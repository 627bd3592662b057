""""Øv dig": the exercise bank holds (every model answer passes every judge of the interview, every weak answer
fails the judge its kind is about), its quotations are the guides' own words, and the loader says in Danish what
is wrong with a bad bank."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from delmaal_assistant.checker import get_checker
from delmaal_assistant.core.datafile import DataLoadError
from delmaal_assistant.core.interview import default_prompts
from delmaal_assistant.core.practice import bank, judge_answer, load_bank
from delmaal_assistant.core.resources import prompts_dir
from outside import shared

BANK = bank()
PARTS = [(e.id, i, p) for e in BANK.exercises for i, p in enumerate(e.parts)]


def test_the_bank_has_120_exercises_across_the_kinds_single_elements_first():
    assert len(BANK.exercises) >= 120
    for kind in BANK.kinds:
        assert len(BANK.of_kind(kind)) >= 5, kind
    assert {k.level for k in BANK.kinds.values()} == {1, 2}
    assert all(len(e.parts) == 1 for e in BANK.exercises if e.level == 1)
    assert all(len(e.parts) >= 3 for e in BANK.exercises if e.level == 2)


@pytest.mark.parametrize("eid,i,part", PARTS, ids=[f"{e}-{i}" for e, i, _ in PARTS])
def test_model_passes_every_judge_and_weak_fails_the_intended_one(eid, i, part):
    checker = get_checker()
    model = judge_answer(checker, part, part.model)
    assert model.ok and model.praised and model.passed and model.codes == [], (eid, model.messages)
    weak = judge_answer(checker, part, part.weak)
    assert weak.ok and not weak.passed, (eid, weak.codes)
    assert set(weak.codes) & set(part.expect), (eid, weak.codes, part.expect)
    assert weak.messages and any("→" in m for m in weak.messages), eid  # the judge's question is asked


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def test_every_quotation_is_word_for_word_in_its_seed():
    seeds = shared("seeds")  # the guides themselves are the team's, not the repository's (docs/ says them in our words)
    for kind in BANK.kinds.values():
        seed = next(seeds.glob(f"{kind.seed}_*.txt"))
        assert _norm(kind.guide) in _norm(seed.read_text(encoding="utf-8")), kind.id


def test_answers_never_name_the_resident_of_the_case():
    for e in BANK.exercises:
        name = e.case.split(",")[0].strip()
        for p in e.parts:
            for text in (*p.weak.values(), *p.model.values()):
                assert name not in text, (e.id, name)


def _steps():
    return {s.id: ("text" if s.kind == "line" else s.kind) for s in default_prompts("da").steps}


def _bad(tmp_path, body: str) -> str:
    path = tmp_path / "practice.toml"
    path.write_text('lang = "da"\n' + body, encoding="utf-8")
    with pytest.raises(DataLoadError) as err:
        load_bank(path, _steps())
    return str(err.value)


_REAL = (prompts_dir("da") / "practice.toml").read_text(encoding="utf-8")
TEXTS = _REAL[_REAL.index("\n[texts]"):_REAL.index("\n[kinds.")] + "\n"
KIND = TEXTS + '''[kinds.k]
title = "T"
level = 1
step = "measurement"
expect = ["weak-measurement"]
task = "x"
guide = "g"
source = "s"
seed = "000"
'''


def test_a_bad_bank_is_named_in_danish_file_table_and_key(tmp_path):
    msg = _bad(tmp_path, KIND + '[[exercise]]\nid = "a"\nkind = "k"\ncase = "c"\nwhy = "w"\nweak = "x"\nmodel = "y"\nwhyy = 1\n')
    assert "practice.toml" in msg and "[exercise nr. 1]" in msg and "'whyy'" in msg and "ukendt nøgle" in msg
    msg = _bad(tmp_path, KIND + '[[exercise]]\nid = "a"\nkind = "kk"\ncase = "c"\nwhy = "w"\nweak = "x"\nmodel = "y"\n')
    assert "'kind'" in msg and "'kk'" in msg
    msg = _bad(tmp_path, KIND.replace('"measurement"', '"documentation"') +
               '[[exercise]]\nid = "a"\nkind = "k"\ncase = "c"\nwhy = "w"\nweak = "x"\nmodel = "y"\n')
    assert "'weak'" in msg and "what, who, how_often" in msg
    msg = _bad(tmp_path, KIND.replace('"measurement"', '"dates"') +
               '[[exercise]]\nid = "a"\nkind = "k"\ncase = "c"\nwhy = "w"\nweak = "x"\nmodel = "y"\n')
    assert "kan ikke øves" in msg
    msg = _bad(tmp_path, KIND.replace('judging = "', 'judging = "{k_nope} ') +
               '[[exercise]]\nid = "a"\nkind = "k"\ncase = "c"\nwhy = "w"\nweak = "x"\nmodel = "y"\n')
    assert "[texts]" in msg and "'judging'" in msg and "pladsholder" in msg


def test_the_bank_is_read_through_the_one_loader():
    src = (Path(__file__).resolve().parent.parent / "src/delmaal_assistant/core/practice/bank.py").read_text()
    assert "load_data(path, BankFile)" in src
    assert (prompts_dir("da") / "practice.toml").is_file()
