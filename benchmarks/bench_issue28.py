"""Issue 28's figures, each beside its floor measured in the same run: one command for the README's table.

Run:  .venv/bin/python benchmarks/bench_issue28.py [--n-audit 10000] [--n-stream 100000] [--before PATH/TO/OLD/src]
                                                  [--skip-startup] [--markdown]

Rows (every process measured as a whole: wall time, CPU = user + system of the process and its workers, peak PSS of
the process tree sampled every 50 ms, see bench_shape.run_tree):
  - audit: `delmaal audit -o report.html` of --n-audit saved delmål (default workers: both cores) against its floor, a
    process that imports spaCy and tokenizes every string of every file (bench_audit.FLOOR). Two sets: the project's
    example delmål copied with new ids (the issue's set), and the same copies made distinct – the resident's name,
    the weekdays, the clock hours and one sentence differ in every copy – so no memo of words or texts can make the
    figure (issue 28, point 3);
  - stream: --n-stream generated wordings through `delmaal check --format json -` against its floor (spaCy
    tokenizing the same lines, bench_batch.FLOOR);
  - in process: CPU per saved delmål and per wording of `Checker.check_delmaal` / `Checker.check` after warm-up;
  - start-up (unless --skip-startup): one wording as a whole process against `import spacy; spacy.blank("da")`, and
    the assistant's first screen (bench_shape's measurements).
With --before, the audit, stream and in-process rows are measured for another source tree as well, in the same run.
Targets (issue 28): audit ≤ 1.5× the floor's wall and ≤ 300 MB; stream ≤ 2.5× and ≤ 250 MB; one wording ≤ 1.0×;
first screen ≤ 0.6 s. On a shared host compare each figure with its floor and read CPU as the steadier column; the
load average is printed before and after. --markdown prints the README's table (paste it under "Figures").
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_audit import FLOOR as AUDIT_FLOOR  # noqa: E402
from bench_audit import examples  # noqa: E402
from bench_batch import FLOOR as STREAM_FLOOR  # noqa: E402
from bench_batch import wordings  # noqa: E402
from bench_shape import BARE_SPACY, first_screen, first_screen_in_terminal, one_wording, run_tree  # noqa: E402

NAMES = ["Anna", "Bent", "Camilla", "Dennis", "Emma", "Frederik", "Gitte", "Henrik", "Ida", "Jonas", "Karen", "Lars",
         "Mette", "Niels", "Olivia", "Peter", "Rikke", "Søren", "Tina", "Ulrik", "Vibeke", "William", "Yvonne",
         "Åse", "Bo", "Lone", "Kasper", "Signe", "Mikkel", "Louise", "Jesper", "Maja", "Thomas", "Nanna", "Rasmus"]
DAYS = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]
NOT_TEXT = {"id", "code", "system", "kind", "language", "start_date", "end_date", "evaluation_date", "created_at",
            "updated_at", "schema_version"}
_DAY_RE = re.compile(r"\b(" + "|".join(DAYS) + r")(en|e|s)?\b", re.IGNORECASE)
_CLOCK_RE = re.compile(r"\bkl\. (\d{1,2})\b")

IN_PROCESS = r"""
import json, sys, time, gc
sys.path.insert(0, sys.argv[1])
from bench_audit import examples
from bench_batch import wordings
from delmaal_assistant.checker import get_checker
from delmaal_assistant.core.files.storage import load_delmaal
n_d, n_w = int(sys.argv[2]), int(sys.argv[3])
c = get_checker()
src = [load_delmaal(p) for p in examples()]
for d in src:
    c.check_delmaal(d)
ws = wordings(n_w)
c.check(ws[0])
ds = [src[k % len(src)] for k in range(n_d)]
t0 = time.process_time()
for d in ds:
    c.check_delmaal(d)
t1 = time.process_time()
for w in ws:
    c.check(w)
t2 = time.process_time()
print(json.dumps({"delmaal_ms": (t1 - t0) * 1000 / n_d, "wording_ms": (t2 - t1) * 1000 / n_w}))
"""


def _resident(d: dict) -> str | None:
    words = str(d.get("wording", "")).split()
    w = words[1].strip(".,") if len(words) > 1 and words[0] == "At" else ""
    return w if w[:1].isupper() and not w.isupper() and len(w) > 1 else None


def vary(d: dict, k: int) -> dict:
    """A distinct copy number k: the resident's name, the weekdays and clock hours shifted, one sentence added."""
    name = NAMES[k % len(NAMES)]
    old = _resident(d)
    day_shift, hour_shift = k % 7, k % 5

    def text(s: str) -> str:
        if old:
            s = re.sub(rf"\b{re.escape(old)}\b", name, s)
        s = _DAY_RE.sub(lambda m: DAYS[(DAYS.index(m.group(1).lower()) + day_shift) % 7] + (m.group(2) or ""), s)
        return _CLOCK_RE.sub(lambda m: f"kl. {(int(m.group(1)) + hour_shift) % 24}", s)

    def walk(x, key: str = ""):
        if isinstance(x, dict):
            return {kk: (v if kk in NOT_TEXT else walk(v, kk)) for kk, v in x.items()}
        if isinstance(x, list):
            return [walk(v, key) for v in x]
        return text(x) if isinstance(x, str) else x

    out = walk(d)
    day = date(2026, 1, 1).toordinal() + k % 365
    if str(out.get("purpose", "")).strip():
        out["purpose"] = (out["purpose"].rstrip() + f" Talt igennem med {name} {date.fromordinal(day):%d.%m.%Y} "
                          f"(notat {k + 1}).")
    return out


def make_files(folder: Path, n: int, distinct: bool) -> list[str]:
    src = [json.loads(p.read_text(encoding="utf-8")) for p in examples()]
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for k in range(n):
        d = vary(src[k % len(src)], k) if distinct else dict(src[k % len(src)])
        d["id"] = str(uuid.UUID(int=k + 1))
        p = folder / f"{k:06d}.delmaal.json"
        p.write_text(json.dumps(d, ensure_ascii=False), encoding="utf-8")
        out.append(str(p))
    return out


def _fmt(w: float, cpu: float, pss: float) -> str:
    return f"{w:.1f} s / {cpu:.1f} s / {pss:.0f} MB"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n-audit", type=int, default=10_000)
    ap.add_argument("--n-stream", type=int, default=100_000)
    ap.add_argument("--before", default=None, help="a src/ folder of an older version to compare with")
    ap.add_argument("--skip-startup", action="store_true", help="leave out one wording and the first screen")
    ap.add_argument("--runs", type=int, default=5, help="runs of one wording (median)")
    ap.add_argument("--markdown", action="store_true", help="print the README's table at the end")
    a = ap.parse_args()
    py = sys.executable
    trees = [("after", ROOT / "src")] + ([("before", Path(a.before).resolve())] if a.before else [])
    envs = {label: dict(os.environ, PYTHONPATH=str(src), PYTHONWARNINGS="ignore") for label, src in trees}
    env = envs["after"]
    load0 = os.getloadavg()[0]
    t_start = time.perf_counter()
    print(f"machine: {os.cpu_count()} cores, load average {load0:.1f} (before), Python {sys.version.split()[0]}; "
          f"{len(examples())} example delmål")
    md: list[tuple[str, str, str, str]] = []  # what, before, after, target

    def both(label: str, fn, target: str, fmt) -> None:
        res = {k: fn(k, e) for k, e in envs.items()}
        md.append((label, fmt(res["before"]) if "before" in res else "", fmt(res["after"]), target))

    with tempfile.TemporaryDirectory() as tmp:
        # ---------------------------------------------------------------- audit
        for distinct in (False, True):
            kind = "distinct copies" if distinct else "copies with new ids"
            files = make_files(Path(tmp) / ("d" if distinct else "c"), a.n_audit, distinct)
            report = str(Path(tmp) / "rapport.html")
            fw, fpss, fcpu = run_tree([py, "-c", AUDIT_FLOOR, *files], None, env)
            print(f"\naudit of {a.n_audit:,} saved delmål ({kind})   wall      CPU   tree PSS  wall/floor CPU/floor")
            print(f"  floor (spaCy tokenizing)        {fw:6.1f} s {fcpu:6.1f} s {fpss:6.0f} MB")
            md.append((f"floor: spaCy tokenizing every text of {a.n_audit:,} saved delmål ({kind}), import "
                       "included: wall / CPU / PSS", "", _fmt(fw, fcpu, fpss), ""))

            def audit(label, e, files=files, report=report, fw=fw, fcpu=fcpu):
                w, pss, cpu = run_tree([py, "-m", "delmaal_assistant", "audit", "-o", report, *files], None, e)
                print(f"  audit, {label:24s} {w:6.1f} s {cpu:6.1f} s {pss:6.0f} MB  {w / fw:5.2f}×    "
                      f"{cpu / fcpu:5.2f}×  (target ≤ 1.5× wall, ≤ 300 MB)")
                return w, cpu, pss, w / fw, cpu / fcpu

            both(f"`delmaal audit` of those {a.n_audit:,}, default workers: wall / CPU / tree PSS (× floor wall, "
                 "CPU)", audit, "≤ 1.5× floor, ≤ 300 MB",
                 lambda r: f"{r[0]:.1f} s / {r[1]:.1f} s / {r[2]:.0f} MB ({r[3]:.1f}×, {r[4]:.1f}×)")
            for f in files:
                os.unlink(f)
        # ---------------------------------------------------------------- stream
        path = Path(tmp) / "w.txt"
        path.write_text("".join(t + "\n" for t in wordings(a.n_stream)), encoding="utf-8")
        fw, fpss, fcpu = run_tree([py, "-c", STREAM_FLOOR], path, env)
        print(f"\n{a.n_stream:,} wordings on stdin              wall      CPU   tree PSS  wall/floor CPU/floor")
        print(f"  floor (spaCy tokenizing)        {fw:6.1f} s {fcpu:6.1f} s {fpss:6.0f} MB")
        md.append((f"floor: spaCy tokenizing {a.n_stream:,} wordings, import included: wall / CPU / PSS", "",
                   _fmt(fw, fcpu, fpss), ""))

        def stream(label, e):
            w, pss, cpu = run_tree([py, "-m", "delmaal_assistant", "check", "--fail-level", "none", "--format",
                                    "json", "-"], path, e)
            print(f"  check --format json -, {label:8s} {w:6.1f} s {cpu:6.1f} s {pss:6.0f} MB  {w / fw:5.2f}×    "
                  f"{cpu / fcpu:5.2f}×  (target ≤ 2.5×, ≤ 250 MB)")
            return w, cpu, pss, w / fw, cpu / fcpu

        both(f"{a.n_stream:,} wordings, `check --format json -`, default workers: wall / CPU / tree PSS (× floor "
             "wall, CPU)", stream, "≤ 2.5× floor, ≤ 250 MB",
             lambda r: f"{r[0]:.1f} s / {r[1]:.1f} s / {r[2]:.0f} MB ({r[3]:.1f}×, {r[4]:.1f}×)")
    # -------------------------------------------------------------------- in process
    print("\nin process, after warm-up (CPU per item)")

    def in_process(label, e):
        r = subprocess.run([py, "-c", IN_PROCESS, str(ROOT / "benchmarks"), "2000", "20000"], env=e,
                           capture_output=True, text=True, check=True)
        got = json.loads(r.stdout.strip().splitlines()[-1])
        print(f"  {label:8s} {got['delmaal_ms']:.2f} ms per saved delmål, {got['wording_ms']:.3f} ms per wording")
        return got

    res = {k: in_process(k, e) for k, e in envs.items()}
    md.append(("checking one saved delmål in process, CPU per delmål (2,000: the examples in turn)",
               f"{res['before']['delmaal_ms']:.1f} ms" if "before" in res else "",
               f"{res['after']['delmaal_ms']:.1f} ms", "~10× faster"))
    md.append(("checking one wording in process, CPU per wording (20,000 generated)",
               f"{res['before']['wording_ms']:.3f} ms" if "before" in res else "",
               f"{res['after']['wording_ms']:.3f} ms", ""))
    # -------------------------------------------------------------------- start-up
    if not a.skip_startup:
        print(f"\none wording, whole process (median of {a.runs}); first screen (median of 3)")
        fw, fc = one_wording(py, env, a.runs, floor=True)
        print(f"  floor: {BARE_SPACY}  {fw:.2f} s wall {fc:.2f} s CPU")
        md.append((f"floor: `{BARE_SPACY}`: wall / CPU", "", f"{fw:.2f} s / {fc:.2f} s", ""))

        def one(label, e):
            w, c = one_wording(py, e, a.runs)
            print(f"  {label:8s} delmaal check \"…\"  {w:.2f} s wall {c:.2f} s CPU  {w / fw:.2f}× the floor")
            return w, c

        both("one wording, `delmaal check \"…\"`, whole process: wall / CPU (× floor)", one, "≤ 1.0× floor",
             lambda r: f"{r[0]:.2f} s / {r[1]:.2f} s ({r[0] / fw:.2f}×)")

        fh, fhc = first_screen(py, env, 5, floor=True)
        ft, ftc = first_screen_in_terminal(py, env, 5, floor=True)
        print(f"  floor: an empty Textual App's first frame  headless {fh:.2f} s wall {fhc:.2f} s CPU, in a terminal "
              f"{ft:.2f} s wall {ftc:.2f} s CPU")
        md.append(("floor: an empty Textual App's first frame, fresh process: headless, in a terminal: wall / CPU",
                   "", f"{fh:.2f} s / {fhc:.2f} s, {ft:.2f} s / {ftc:.2f} s", ""))

        def screen(label, e):
            s, sc = first_screen(py, e, 5)
            t, tc = first_screen_in_terminal(py, e, 5)
            print(f"  {label:8s} first screen  headless {s:.2f} s wall {sc:.2f} s CPU ({s / fh:.2f}×, {sc / fhc:.2f}× "
                  f"floor), `delmaal` in a terminal {t:.2f} s wall {tc:.2f} s CPU ({t / ft:.2f}×, {tc / ftc:.2f}×)")
            return s, sc, t, tc

        both("first screen drawn, fresh process: headless, `delmaal` in an 80×24 terminal: wall / CPU (× floor)",
             screen, "≤ 0.6 s", lambda r: f"{r[0]:.2f} s / {r[1]:.2f} s, {r[2]:.2f} s / {r[3]:.2f} s "
                                       f"({r[0] / fh:.2f}×, {r[2] / ft:.2f}× wall; {r[1] / fhc:.2f}×, {r[3] / ftc:.2f}× CPU)")
    load1 = os.getloadavg()[0]
    print(f"\nload average after: {load1:.1f}; the whole run took {time.perf_counter() - t_start:.0f} s")
    if a.markdown:
        print(f"\n<!-- benchmarks/bench_issue28.py --markdown, {date.today().isoformat()}, load average "
              f"{load0:.1f} → {load1:.1f} -->")
        print("| what | before | after | target |\n|---|---|---|---|")
        for what, before, after, target in md:
            print(f"| {what} | {before} | {after} | {target} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
