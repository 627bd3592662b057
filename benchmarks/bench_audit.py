"""Issue 28: `delmaal audit` of many saved delmål, beside its floor.

Run:  .venv/bin/python benchmarks/bench_audit.py [--n 10000] [--before PATH/TO/OLD/src] [--check]

The saved delmål are the project's own (tests/data and ../shared/examples, 87 of them), copied with new ids until
there are --n; nothing large is committed. Side by side in one run, so host noise hits each alike:
  - the floor: one process that imports spaCy, makes `spacy.blank("da")` and tokenizes every text of every file
    (the JSON read and walked: every string value), import included;
  - `delmaal audit FILES -o report.html` with the default workers (both cores here) and with --jobs 1;
  - with --check, `delmaal check --format json FILES` (default workers) as well;
  - with --before, the same audit with another source tree on PYTHONPATH (e.g. the code before the change).
Each with wall time, CPU time (user + system, workers included) and the peak proportional set size of the whole
process tree (bench_shape.run_tree). The load average is printed before and after: on a shared host compare each
figure with the floor of the same run, and read CPU as the steadier column.
Target (issue 28): audit of 10,000 ≤ 1.5× the floor on 2 cores and ≤ 300 MB.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_shape import run_tree  # noqa: E402

FLOOR = r"""
import json, sys
import spacy
nlp = spacy.blank("da")
def walk(x):
    if isinstance(x, str):
        if x.strip():
            nlp.make_doc(x)
    elif isinstance(x, dict):
        for v in x.values():
            walk(v)
    elif isinstance(x, list):
        for v in x:
            walk(v)
for path in sys.argv[1:]:
    with open(path, encoding="utf-8") as fh:
        walk(json.load(fh))
"""


def examples() -> list[Path]:
    files = sorted((ROOT / "tests" / "data").rglob("*.delmaal.json"))
    shared = ROOT.parent / "shared" / "examples"
    return files + (sorted(shared.rglob("*.delmaal.json")) if shared.is_dir() else [])


def make_files(folder: Path, n: int) -> list[str]:
    """n saved delmål: the examples in turn, each copy with a new id (deterministic)."""
    src = [json.loads(p.read_text(encoding="utf-8")) for p in examples()]
    out = []
    for k in range(n):
        d = dict(src[k % len(src)])
        d["id"] = str(uuid.UUID(int=k + 1))
        p = folder / f"{k:06d}.delmaal.json"
        p.write_text(json.dumps(d, ensure_ascii=False), encoding="utf-8")
        out.append(str(p))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=10_000)
    ap.add_argument("--before", default=None, help="a src/ folder of an older version to compare with")
    ap.add_argument("--check", action="store_true", help="also `delmaal check --format json` of the same files")
    a = ap.parse_args()
    py = sys.executable
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"), PYTHONWARNINGS="ignore")
    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} (before), "
          f"Python {sys.version.split()[0]}; {len(examples())} example delmål copied to {a.n:,}")
    with tempfile.TemporaryDirectory() as tmp:
        files = make_files(Path(tmp), a.n)
        report = str(Path(tmp) / "rapport.html")
        fw, fpss, fcpu = run_tree([py, "-c", FLOOR, *files], None, env)
        print(f"\n{a.n:,} saved delmål                 wall      CPU   tree PSS  wall/floor")
        print(f"  floor (spaCy tokenizing)      {fw:6.2f} s {fcpu:6.2f} s {fpss:6.0f} MB")
        runs = [("audit (default workers)", env, []), ("audit --jobs 1", env, ["--jobs", "1"])]
        if a.before:
            runs.append(("audit, before (default)", dict(env, PYTHONPATH=str(Path(a.before).resolve())), []))
        for label, e, extra in runs:
            w, pss, cpu = run_tree([py, "-m", "delmaal_assistant", "audit", *extra, "-o", report, *files], None, e)
            print(f"  {label:28s}  {w:6.2f} s {cpu:6.2f} s {pss:6.0f} MB  {w / fw:5.2f}×  "
                  f"(target ≤ 1.5×, ≤ 300 MB)")
        if a.check:
            w, pss, cpu = run_tree([py, "-m", "delmaal_assistant", "check", "--format", "json", "--fail-level",
                                    "none", *files], None, env)
            print(f"  {'check --format json':28s}  {w:6.2f} s {cpu:6.2f} s {pss:6.0f} MB  {w / fw:5.2f}×")
    print(f"\nload average after: {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
