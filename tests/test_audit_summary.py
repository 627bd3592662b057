"""Issue 28: the audit's parent only adds up. What it counted from every result of a saved delmål (`Stats.add` per
result, `Audit.add`) is worked out where the delmål is checked (`tally`, `Audit.saved_summary`) and added in order
(`Stats.add_tally`, `Audit.add_saved`); `delmaal check` counts a wording without a Unit (`Stats.count`). Each way
must count exactly what the other counts: on invented findings of every severity (repeats, several fields, none),
and on every saved delmål of the data sets, whose reports (HTML and the workbook's rows) must come out the same."""

from __future__ import annotations

import pickle
import random
import re
from dataclasses import replace
from pathlib import Path

import pytest

from delmaal_assistant.checker import get_checker
from delmaal_assistant.checker.findings import Finding
from delmaal_assistant.cli.audit.model import Audit, saved_group_values
from delmaal_assistant.cli.audit.page import render_html, row_html, row_pieces
from delmaal_assistant.cli.check import WHOLE_FIELD, Item, Stats, tally
from delmaal_assistant.cli.check.inputs import _json_delmaal
from delmaal_assistant.cli.check.options import Filter
from delmaal_assistant.cli.check.pipeline import _delmaal_items

ROOT = Path(__file__).resolve().parent.parent
FILES = sorted((ROOT / "tests" / "data").rglob("*.delmaal.json"))
CODES = ["vague-verb", "long-sentence", "missing-timeframe", "placeholder-answer", "passive"]
SEVERITIES = ["suggestion", "warning", "error"]


def _finding(rng: random.Random, field: str | None) -> Finding:
    start = rng.randrange(0, 20)
    return Finding(rng.choice(CODES), rng.choice(SEVERITIES), start, start + rng.randrange(0, 5), "et udsnit",
                   "En besked.", rng.choice([None, "Et forslag."]), None, field, None)


def _delmaal(rng: random.Random, source: str) -> list[Item]:
    fields = [f"f{k}" for k in range(rng.randrange(0, 5))]
    items = [Item(source, None, "En tekst kl. 8 hver mandag.", p,
                  [_finding(rng, p) for _ in range(rng.randrange(0, 4))]) for p in fields]
    items.append(Item(source, None, "", WHOLE_FIELD, [_finding(rng, None) for _ in range(rng.randrange(0, 3))]))
    return items


def _wording(rng: random.Random, n: int) -> Item:
    return Item("-", n, "En tekst.", None, [_finding(rng, None) for _ in range(rng.choice([0, 0, 1, 2, 4]))])


@pytest.mark.parametrize("seed", range(40))
def test_a_tally_counts_what_adding_each_result_counts(seed):
    rng = random.Random(seed)
    one, other = Stats(), Stats()
    for k in range(rng.randrange(1, 12)):
        items = _delmaal(rng, f"d{k}.delmaal.json") if rng.random() < 0.7 else [_wording(rng, k)]
        for it in items:
            one.add(it)
        other.add_tally(pickle.loads(pickle.dumps(tally(items))))  # as it comes from a worker
    assert other.to_json() == one.to_json()
    assert (other.wordings, other.delmaal, other.units) == (one.wordings, one.delmaal, one.units)


@pytest.mark.parametrize("seed", range(40))
def test_counting_a_wording_counts_what_adding_it_counts(seed):
    rng = random.Random(seed)
    one, other = Stats(), Stats()
    for k in range(rng.randrange(1, 30)):
        items = [_wording(rng, k)] if rng.random() < 0.8 else _delmaal(rng, f"d{k}.delmaal.json")
        for it in items:
            one.add(it)
            other.count(it)
    assert other.to_json() == one.to_json()
    assert other.summary() == one.summary() and other.wordings == one.wordings


def _clock(page: str) -> str:
    return re.sub(r"kl\. \d\d:\d\d", "kl. –", page)


def _results() -> list[tuple[object, list[Item]]]:
    checker, flt = get_checker(), Filter()
    out = []
    for path in FILES:
        inp = _json_delmaal(path)
        out.append((inp, _delmaal_items(inp, checker, flt, False)))
    return out


@pytest.fixture(scope="module")
def results():
    return _results()


def _copy(items: list[Item]) -> list[Item]:
    return [replace(it, findings=list(it.findings)) for it in items]


@pytest.mark.parametrize("trim", [True, False])
@pytest.mark.parametrize("group_by", [[], ["Tema"], ["Tema", "Enhed"]])
def test_the_report_from_summaries_is_the_report_from_every_result(results, group_by, trim):
    assert len(results) > 50
    months = ["2026-01", None, "2026-03"]
    # before: every result added in this process (the month and groups looked up by the file's name)
    dates = {inp.source: months[k % 3] for k, (inp, _) in enumerate(results) if months[k % 3]}
    groups = {inp.source: saved_group_values(inp.delmaal, inp.source, group_by) for inp, _ in results}
    before = Audit(group_by, dates, groups, render_row=row_html)
    for _inp, items in results:
        for it in _copy(items):
            before.add(it)
    # now: summed up where it is checked (pickled as a worker sends it), only added up here
    after = Audit(group_by, render_row=row_html)
    for k, (inp, items) in enumerate(results):
        mine = _copy(items)
        summary, row = after.saved_summary(mine, saved_group_values(inp.delmaal, inp.source, group_by), trim=trim)
        pieces = row_pieces(row)
        if trim:  # only the results with findings and the whole one are sent back
            assert mine[-1].field == WHOLE_FIELD and all(it.findings for it in mine[:-1])
            assert [it.field for it in items if it.findings or it.field == WHOLE_FIELD] == [it.field for it in mine]
        sent = pickle.loads(pickle.dumps((mine, summary, pieces)))
        after.add_saved(sent[0], sent[1], months[k % 3], sent[2])
    assert after.stats.to_json() == before.stats.to_json()
    assert {g: s.to_json() for g, s in after.by_month.items()} == {g: s.to_json() for g, s in before.by_month.items()}
    assert [{g: s.to_json() for g, s in d.items()} for d in after.by_group] == \
        [{g: s.to_json() for g, s in d.items()} for d in before.by_group]
    names = [inp.source for inp, _ in results]
    assert _clock(render_html(after, "T", names, group_by)) == _clock(render_html(before, "T", names, group_by))


def test_the_workbooks_rows_from_summaries_are_the_rows_from_every_result(results):
    before, after = Audit(["Tema"], {}, {inp.source: saved_group_values(inp.delmaal, inp.source, ["Tema"])
                                         for inp, _ in results}), Audit(["Tema"])
    for inp, items in results:
        for it in _copy(items):
            before.add(it)
        mine = _copy(items)
        summary, _row = after.saved_summary(mine, saved_group_values(inp.delmaal, inp.source, ["Tema"]))
        after.add_saved(mine, summary, None)
    assert len(after.rows) == len(before.rows) == len(results)
    for a, b in zip(after.rows, before.rows):
        assert (a.n, a.where, a.title, a.groups, a.month, a.worst, a.findings, a.unit.codes) == \
            (b.n, b.where, b.title, b.groups, b.month, b.worst, b.findings, b.unit.codes)
        assert [(it.field, it.findings) for it in a.unit.items] == [(it.field, it.findings) for it in b.unit.items]
    for code in before.codes():
        assert [(r.n, f) for r, _it, f in after.examples(code)] == [(r.n, f) for r, _it, f in before.examples(code)]
        assert after.rows_with(code) == before.rows_with(code)
        assert after.first_suggestion(code) == before.first_suggestion(code)
