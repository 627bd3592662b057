"""Issue 28: what the worker pool is sent for a saved delmål the audit opens at its turn: its file name alone. The
worker reads and validates it (the parent neither reads nor validates it), works out what the audit takes from it
(`note`: month, groups, progression) and, for the audit, no SMART status. On every saved delmål of the data sets the
worker's items equal those of the delmål checked in this process (fields, texts, labels, findings; the SMART status
as JSON; the note), and without SMART they differ in that alone. A file the worker cannot open comes back as its
Danish InputError, raised when its turn comes: the same message as when it is opened in this process."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from delmaal_assistant.checker import get_checker
from delmaal_assistant.cli.check.inputs import _json_delmaal, opened
from delmaal_assistant.cli.check.items import WHOLE_FIELD, DelmaalInput
from delmaal_assistant.cli.check.options import Filter
from delmaal_assistant.core.files.inputs import InputError
from delmaal_assistant.cli.check.pipeline import _delmaal_items, _unwired, _wire

ROOT = Path(__file__).resolve().parent.parent
FILES = sorted((ROOT / "tests" / "data").rglob("*.delmaal.json"))


def _plain(items):
    return [(it.source, it.line, it.text, it.field, it.findings, it.label,
             None if it.smart is None else [s.as_json() for s in it.smart]) for it in items]


def test_there_are_saved_delmaal_to_compare():
    assert len(FILES) > 50


def test_a_delmaal_opened_at_its_turn_is_sent_as_its_name():
    lazy = DelmaalInput(str(FILES[0]), None)
    assert _wire(lazy) == (lazy.source,)
    inp = _json_delmaal(FILES[0])  # read up front (delmaal check): sent as it is
    assert _wire(inp) is inp
    assert opened(inp) is inp and opened(lazy).delmaal == inp.delmaal


def _note(inp, items):
    assert items[-1].field == WHOLE_FIELD and all(it.source == inp.source for it in items)  # its results, the whole last
    return inp.source, inp.delmaal.language


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_the_worker_gives_the_same_items(path):
    checker, flt = get_checker(), Filter()
    here = _delmaal_items(_json_delmaal(path), checker, flt, True, _note)
    sent = pickle.loads(pickle.dumps(_wire(DelmaalInput(str(path), None)), pickle.HIGHEST_PROTOCOL))
    there = _unwired(sent, checker, flt, True, _note)
    assert _plain(there) == _plain(here)
    assert there[-1].note == here[-1].note == (str(path), here[-1].note[1]) and not any(i.note for i in there[:-1])
    assert here[-1].note[1]
    without = _plain(_unwired(sent, checker, flt, False))
    assert without[-1][-1] is None and here[-1].smart is not None
    assert [x[:-1] for x in without] == [x[:-1] for x in _plain(here)]


@pytest.mark.parametrize("content", ['{"id": 3', "[1, 2]", '{"wording": 5}', ""])
def test_a_bad_file_comes_back_as_its_message(tmp_path, content):
    bad = tmp_path / "skidt.delmaal.json"
    bad.write_text(content, encoding="utf-8")
    with pytest.raises(InputError) as here:
        _json_delmaal(bad)
    there = _unwired(pickle.loads(pickle.dumps(_wire(DelmaalInput(str(bad), None)))), get_checker(), Filter(), False)
    assert isinstance(there, InputError) and str(there) == str(here.value) and "skidt.delmaal.json" in str(there)
    bad.unlink()  # gone between the start of the run and its turn
    there = _unwired((str(bad),), get_checker(), Filter(), False)
    assert isinstance(there, InputError) and "skidt.delmaal.json" in str(there)


def test_a_bad_file_in_the_pool_stops_the_audit_with_its_message(tmp_path):
    """`delmaal audit` of enough saved delmål for the worker pool with a bad one in the middle: exit 2 and the
    Danish message naming it, as when the run is checked in one process."""
    import json
    import subprocess
    import sys
    import uuid

    from cli_inprocess import delmaal

    from delmaal_assistant.cli.check.pipeline import DELMAAL_WEIGHT, PARALLEL_MIN

    args = []
    for k in range(PARALLEL_MIN // DELMAAL_WEIGHT * 2):
        d = json.loads(FILES[k % len(FILES)].read_text(encoding="utf-8"))
        d["id"] = str(uuid.UUID(int=k + 1))
        p = tmp_path / f"{k:04d}.delmaal.json"
        p.write_text("{ikke json" if k == PARALLEL_MIN // DELMAAL_WEIGHT + 30 else json.dumps(d, ensure_ascii=False),
                     encoding="utf-8")
        args.append(str(p))
    two = subprocess.run([sys.executable, "-m", "delmaal_assistant", "audit", "--jobs", "2", "-o",
                          str(tmp_path / "r.html"), *args], capture_output=True, text=True, timeout=600)
    try:
        one = delmaal("audit", "--jobs", "1", "-o", str(tmp_path / "r1.html"), *args)
    finally:
        import gc

        gc.unfreeze()  # a large run freezes what is loaded (cli/check/pipeline.py); not in the test process
    assert two.returncode == one.returncode == 2
    assert two.stderr == one.stderr and f"{PARALLEL_MIN // DELMAAL_WEIGHT + 30:04d}.delmaal.json" in two.stderr
    assert "Traceback" not in two.stderr and not (tmp_path / "r.html").exists()
