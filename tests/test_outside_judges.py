"""The team's outside judges (`../shared/tools`), run on this program as they are meant to be: each through the
command line (`delmaal check`, `delmaal export --to easy`), on the sets they come with. They are optional for a
clone alone (skipped with the reason, tests/outside.py); CI has `../shared`, so they run there. The figures they
must reach are the README's ("Figures").
"""

from __future__ import annotations

import re
import subprocess
import sys

from outside import ROOT, shared

DELMAAL = str(ROOT / ".venv" / "bin" / "delmaal")


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, *args], cwd=ROOT, capture_output=True, text=True, timeout=600)


def test_check_easy_finds_nothing_dit_delmaal_must_never_do():
    tool = shared("tools/check_easy.py")
    files = [ROOT / "tests/data/good-indkoeb.delmaal.json", *sorted((ROOT / "tests/data/own15").glob("*.delmaal.json"))[:4]]
    p = _run(str(tool), "--cmd", DELMAAL, *map(str, files))
    assert p.returncode == 0, p.stdout + p.stderr
    assert f"texts={len(files)} with_problems=0" in p.stdout, p.stdout


def test_score_checker_on_the_shared_development_set():
    tool, tsv = shared("tools/score_checker.py"), shared("examples/dev.tsv")
    # micro figures (per code, vague-quantifier is 0.83: one item whose label disagrees with two others, README)
    p = _run(str(tool), str(tsv), "--quiet", "--cmd", f"{DELMAAL} check --format json --fail-level none -")
    assert p.returncode == 0, p.stdout + p.stderr
    m = re.search(r"items=(\d+) .*micro_precision=([\d.]+) micro_recall=([\d.]+)", p.stdout)
    assert m and int(m.group(1)) >= 40 and float(m.group(2)) >= 0.95 and float(m.group(3)) >= 0.95, p.stdout


def test_score_fields_on_the_shared_field_examples():
    tool, labels = shared("tools/score_fields.py"), shared("examples/fields/labels.tsv")
    p = _run(str(tool), str(labels), "--cmd", f"{DELMAAL} check --format json --fail-level none")
    m = re.search(r"weak answers flagged (\d+)/(\d+); content findings on good staff fields: (\d+)", p.stdout)
    assert m, p.stdout + p.stderr
    assert m.group(1) == m.group(2) and m.group(3) == "0", p.stdout
