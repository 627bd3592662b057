"""Issue 28: what the worker pool is sent for a saved delmål read when its turn comes (the audit): the file's text,
validated again in the worker, instead of the pickled model – and for the audit no SMART status. On every saved
delmål of the data sets the worker's items equal those of the delmål checked in this process (fields, texts,
labels, findings; the SMART status as JSON), and without SMART they differ in that alone."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from delmaal_assistant.checker import get_checker
from delmaal_assistant.cli.check.inputs import _json_delmaal
from delmaal_assistant.cli.check.options import Filter
from delmaal_assistant.cli.check.pipeline import _delmaal_items, _unwired, _wire

ROOT = Path(__file__).resolve().parent.parent
FILES = sorted((ROOT / "tests" / "data").rglob("*.delmaal.json"))


def _plain(items):
    return [(it.source, it.line, it.text, it.field, it.findings, it.label,
             None if it.smart is None else [s.as_json() for s in it.smart]) for it in items]


def test_there_are_saved_delmaal_to_compare():
    assert len(FILES) > 50


def test_a_delmaal_read_at_its_turn_is_sent_as_its_text():
    inp = _json_delmaal(FILES[0], keep_text=True)
    assert inp.raw == FILES[0].read_text(encoding="utf-8-sig")
    assert _wire(inp) == (inp.source, inp.raw)
    assert _json_delmaal(FILES[0]).raw is None  # read up front (delmaal check): no text kept beside the model


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_the_worker_gives_the_same_items(path):
    checker, flt = get_checker(), Filter()
    here = _delmaal_items(_json_delmaal(path), checker, flt)
    sent = pickle.loads(pickle.dumps(_wire(_json_delmaal(path, keep_text=True)), pickle.HIGHEST_PROTOCOL))
    there = _unwired(sent, checker, flt, True)
    assert _plain(there) == _plain(here)
    without = _plain(_unwired(sent, checker, flt, False))
    assert without[-1][-1] is None and here[-1].smart is not None
    assert [x[:-1] for x in without] == [x[:-1] for x in _plain(here)]
