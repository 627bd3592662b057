"""Judging many saved delmål fast (issue 28) must not change one finding. The fast path – each text tokenized once
per delmål and shared by the wording rules, the whole-delmål checks and the field judges; pattern rules matched
only for the codes a field asks for; token offsets from spaCy's arrays; the worker pool of `audit` and `check` –
is compared here with the plain per-text path on every data set of the project (tests/data, the blind sets with
their variants laid in by make.py, ../shared/examples) and on generated delmål.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from dataclasses import asdict
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from delmaal_assistant.checker import get_checker
from delmaal_assistant.checker.whole import check_delmaal as whole_check
from delmaal_assistant.core.files.storage import load_delmaal
from delmaal_assistant.core.model.fields import registry, text_fields
from delmaal_assistant.core.resources import data_lang

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def _sets(tmp: Path) -> dict[str, list[Path]]:
    sets = {"tests/data": sorted((ROOT / "tests" / "data").rglob("*.delmaal.json"))}
    if SHARED.is_dir():
        sets["shared/examples"] = sorted((SHARED / "examples").rglob("*.delmaal.json"))
    variants = tmp / "fields16"  # blind16's field answers, each laid into its delmål by the set's own make.py
    shutil.copytree(ROOT / "tests" / "data" / "blind16" / "fields", variants)
    subprocess.run([sys.executable, str(variants / "make.py")], check=True, capture_output=True)
    every = sorted(variants.glob("v-*.delmaal.json"))
    for k in range(3):  # three parts, so the test workers share them
        sets[f"blind16 variants {k + 1}/3"] = every[k::3]
    return sets


SETS = ["tests/data", "shared/examples", "blind16 variants 1/3", "blind16 variants 2/3", "blind16 variants 3/3"]


@pytest.fixture(scope="module")
def sets(tmp_path_factory) -> dict[str, list]:
    found = _sets(tmp_path_factory.mktemp("fast"))
    assert sum(len(v) for v in found.values()) > 300  # the sets are there (no silent pass on an empty list)
    return {name: [load_delmaal(p) for p in files] for name, files in found.items()}


def _texts() -> list[str]:
    """Every wording and field answer of the labelled sets (the text column of each .tsv: its longest cell)."""
    out = []
    tsvs = sorted((ROOT / "tests" / "data").rglob("*.tsv"))
    tsvs += sorted((SHARED / "examples").rglob("*.tsv")) if SHARED.is_dir() else []
    for path in tsvs:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                out.append(max(line.split("\t"), key=len))
    return out


class PerText:
    """The plain path: every check analyses its text afresh and nothing is kept between checks."""

    def __init__(self, engine) -> None:
        self.engine, self.lex, self.lang = engine, engine.lex, engine.lang

    def analyze(self, text):
        return self.engine.analyze(text)

    def check_text(self, text, codes=None):
        found = self.engine.check_text(text)  # every rule, then filtered: no index per set of codes either
        return [f for f in found if codes is None or f.code in codes]


def _dump(findings) -> list[dict]:
    return [asdict(f) for f in findings]


@pytest.mark.parametrize("name", SETS)
def test_one_analysis_per_delmaal_gives_the_findings_of_the_per_text_path(sets, name):
    """The whole check of a saved delmål (wording rules on each field with only that field's codes, whole-delmål
    checks, field judges) on the fast path and on the plain one: the same findings, in the same order."""
    if name not in sets:
        pytest.skip(f"{name} is not here (../shared missing)")
    engine = get_checker()._engine
    assert sets[name]
    differ = [d.title for d in sets[name] if _dump(whole_check(engine, d)) != _dump(whole_check(PerText(engine), d))]
    assert not differ, differ


def test_tokens_are_spacys_on_every_text(sets):
    """The analyzer reads spaCy's offsets and lengths as arrays; the tokens are exactly those of spaCy's Token
    objects (whitespace tokens left out), with their offsets in the text."""
    analyzer = get_checker()._engine.analyzer
    nlp = analyzer._nlp
    texts = _texts() + [t for ds in sets.values() for d in ds for _p, _l, t in text_fields(d)]
    texts += ["  To  mellemrum\n\nog linjeskift\t", "æøå – “citat” (parentes) 1.2.-30.4. kl. 7.30", "\u00a0x\u2028y"]
    # spaCy's special cases that its matcher looks for across tokens ("i.", "°C."), split over runs of text:
    # tokenizing run by run (the analyzer's memo) must give what spaCy gives for the whole text
    texts += ["i . i. i .i", "°C . ° C. °C.°C . 20 °C.", "a.m. a . m . kl.7 kl .7", ":) : ) (: ( :", "\u3000x\u200by\x0c z",
              "fx.(fx) fx . ( fx ) 's 'en", "", "   ", "\n", "x" * 300 + " " + "é" * 5]
    assert len(texts) > 5000
    runs = [text for text in texts if len(text) <= analyzer.max_length]
    for text in texts:
        want = [(t.text, t.idx, t.idx + len(t.text)) for t in nlp.make_doc(text) if not t.text.isspace()]
        got = [(t.text, t.start, t.end) for t in analyzer.tokenize(text)]
        assert got == want, text
    # and every fact of a token is the same as read from spaCy's Doc of the whole text
    for text in runs:
        assert analyzer.tokenize(text) == analyzer._tokenize_spacy(text), text


def test_wordings_find_the_same_whatever_codes_are_asked():
    """Only the pattern rules of the codes asked for are matched: the findings are those of all rules, filtered."""
    engine = get_checker()._engine
    groups = [{"purpose-like", "vague-verb"}, {"missing-timeframe", "avoidance", "vague-quantifier", "personal-data"}]
    for text in _texts():
        every = engine.check_text(text)  # all rules once per text (PerText.check_text), filtered per group below
        for codes in groups:
            assert _dump(engine.check_text(text, codes)) == _dump([f for f in every if f.code in codes]), text


from delmaal_strategies import delmaal as delmaal_strategy  # noqa: E402


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(delmaal_strategy())
def test_generated_delmaal_find_the_same_on_both_paths(d):
    engine = get_checker()._engine
    assert _dump(whole_check(engine, d)) == _dump(whole_check(PerText(engine), d))


def test_worker_pool_keeps_input_order_and_equals_one_core(tmp_path):
    """`check` (and `audit`, which shares the run) sends large inputs to the worker pool: saved delmål, a file of
    wordings and wordings streamed on stdin, mixed: the output of two workers is byte for byte that of one, every
    input in its order, and every streamed wording in its order. (One pair of runs for what were two: the pool on
    saved delmål here and on stdin in test_cli_check.py, each a pair of processes, issue 28; the one-worker
    reference runs in-process.)"""
    import json
    import uuid

    from delmaal_assistant.cli.check.pipeline import CHUNK, DELMAAL_WEIGHT, PARALLEL_MIN

    files = sorted((ROOT / "tests" / "data").rglob("*.delmaal.json"))
    # the streamed wordings: a finding and none, numbered so their order shows; more than two chunks of them
    streamed = [f"{t} ({i})" for i in range(CHUNK + 50)
                for t in ("At borgeren ikke bruger alle sine penge på cigaretter.",
                          "At beboeren går flere ture, når han er glad.")]
    args = []
    n = PARALLEL_MIN // DELMAAL_WEIGHT + 10  # enough for the pool
    for k in range(n):
        d = json.loads(files[k % len(files)].read_text(encoding="utf-8"))
        d["id"] = str(uuid.UUID(int=k + 1))
        p = tmp_path / f"{k:04d}.delmaal.json"
        p.write_text(json.dumps(d, ensure_ascii=False), encoding="utf-8")
        args.append(str(p))
        if k == n // 4:  # stdin early: its wordings go to the pool with the delmål
            args.append("-")
        if k == n // 2:  # a file of wordings in the middle
            w = tmp_path / "formuleringer.txt"
            w.write_text("".join(t + "\n" for t in _texts()[:300]), encoding="utf-8")
            args.append(str(w))
    stdin = "".join(t + "\n" for t in streamed).encode("utf-8")

    def run(jobs: str) -> bytes:
        argv = ["check", "--jobs", jobs, "--format", "jsonl", "--fail-level", "none", *args]
        if jobs == "1":  # the reference in-process (tests/cli_inprocess.py, no fork); the pool in a real process
            import gc

            from cli_inprocess import delmaal

            try:
                r = delmaal(*argv, input=stdin, text=False)
            finally:
                gc.unfreeze()  # a large run freezes what is loaded (cli/check/pipeline.py); not in the test process
        else:
            r = subprocess.run([sys.executable, "-m", "delmaal_assistant", *argv], input=stdin, capture_output=True,
                               timeout=600)
        assert r.returncode == 0, r.stderr.decode()[-800:]
        return r.stdout

    one, two = run("1"), run("2")
    assert one == two
    lines = [json.loads(x) for x in two.decode("utf-8").splitlines()]
    assert [x["index"] for x in lines] == list(range(len(lines)))
    sources = list(dict.fromkeys(x["source"] for x in lines))
    stdin_name = sources[args.index("-")]
    assert sources == [stdin_name if a == "-" else a for a in args]  # every input, in order
    assert [x["text"] for x in lines if x["source"] == stdin_name] == streamed


def test_audit_report_of_two_workers_is_that_of_one(tmp_path):
    """`audit` of enough saved delmål for the worker pool, grouped and with a wordings file among them: the HTML
    report of two workers is byte for byte that of one (apart from the time it was made), and so is the workbook's
    every cell. The two-worker runs are real processes (the pool forks only in a process of one thread); the
    one-worker runs, the reference, are `delmaal audit` in-process (tests/cli_inprocess.py: the same command, no
    fork), which spares two Python starts and checker loads (issue 28)."""
    import json
    import re
    import uuid

    from openpyxl import load_workbook

    from delmaal_assistant.cli.check.pipeline import DELMAAL_WEIGHT, PARALLEL_MIN

    files = sorted((ROOT / "tests" / "data").rglob("*.delmaal.json"))
    args = []
    for k in range(PARALLEL_MIN // DELMAAL_WEIGHT + 10):
        d = json.loads(files[k % len(files)].read_text(encoding="utf-8"))
        d["id"] = str(uuid.UUID(int=k + 1))
        p = tmp_path / f"{k:04d}.delmaal.json"
        p.write_text(json.dumps(d, ensure_ascii=False), encoding="utf-8")
        args.append(str(p))
        if k == 40:  # a file of wordings among them
            w = tmp_path / "formuleringer.txt"
            w.write_text("".join(t + "\n" for t in _texts()[:300]), encoding="utf-8")
            args.append(str(w))

    def run(jobs: str, out: Path) -> None:
        argv = ["audit", "--jobs", jobs, "--group-by", "Tema", "-o", str(out), *args]
        if jobs == "1":
            import gc

            from cli_inprocess import delmaal

            try:
                r = delmaal(*argv, text=False)
            finally:
                gc.unfreeze()  # a large run freezes what is loaded (cli/check/pipeline.py); not in the test process
        else:
            r = subprocess.run([sys.executable, "-m", "delmaal_assistant", *argv], capture_output=True, timeout=600)
        assert r.returncode == 0, r.stderr.decode()[-800:]

    def page(p: Path) -> str:
        text, made = re.subn(r"Lavet med delmaal audit [^<]*? af ", "", p.read_text(encoding="utf-8"), count=1)
        assert made == 1  # the time it was made: the one line that may differ
        return text

    def cells(p: Path) -> list:
        wb = load_workbook(p, read_only=True)
        return [[list(row) for row in ws.iter_rows(values_only=True)] for ws in wb.worksheets]

    for ext, read in ((".html", page), (".xlsx", cells)):
        one, two = tmp_path / f"one{ext}", tmp_path / f"two{ext}"
        run("1", one)
        run("2", two)
        assert read(one) == read(two)
        if ext == ".html":
            assert f"({len(args) - 1 + 300})" in read(two)  # every delmål and wording is in the report
