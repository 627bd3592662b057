"""Issue 28: where the checker's time goes, by cProfile, on saved delmål and on wordings.

Run:  .venv/bin/python benchmarks/profile_issue28.py [--delmaal 200] [--wordings 5000] [--top 30]
      .venv/bin/python benchmarks/profile_issue28.py --audit 500 [--jobs 2] [--top 40]

The saved delmål are the project's examples copied (bench_audit.examples), checked in process with
`Checker.check_delmaal` after one warm-up pass over the distinct examples (so the lexicon load and the per-word
memos of a long run are not what is measured); the wordings are bench_batch.wordings, checked with `Checker.check`.
Prints the CPU per item (process time, profiler off; the profiles count CPU time, not wall, so a loaded host does
not inflate them) and the top of each profile by own time and by cumulative time.
With --audit N: the whole `delmaal audit --jobs 1 -o report.html` of N distinct saved delmål (bench_issue28's copies
with the name, days, hours and a sentence varied), import and start-up included, one process, under cProfile – the
command as a user runs it, cold memos and all (PYTHONPATH picks the source tree, e.g. an older one to compare).
With --jobs 2 as well: the same audit with its worker pool, the profile of the parent process alone (reading and
validating the files, the report) – the workers' time shows as the parent's wait (`poll`).
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_audit import examples  # noqa: E402
from bench_batch import wordings  # noqa: E402


def _top(prof: cProfile.Profile, key: str, n: int) -> str:
    s = io.StringIO()
    pstats.Stats(prof, stream=s).strip_dirs().sort_stats(key).print_stats(n)
    return "\n".join(line for line in s.getvalue().splitlines() if line.strip())


def _audit(n: int, top: int, jobs: int = 1) -> int:
    import tempfile

    from bench_issue28 import make_files

    with tempfile.TemporaryDirectory() as tmp:
        files = make_files(Path(tmp) / "d", n, distinct=True)
        report = str(Path(tmp) / "r.html")
        t0 = time.process_time()
        prof = cProfile.Profile(time.process_time)
        prof.enable()
        from delmaal_assistant.cli import main as cli_main

        code = cli_main(["audit", "--jobs", str(jobs), "-o", report, *files])
        prof.disable()
        cpu = time.process_time() - t0
    print(f"=== delmaal audit --jobs {jobs} of {n:,} distinct saved delmål (exit {code}): {cpu:.2f} s CPU under the "
          f"profiler{' (this process only)' if jobs > 1 else ''}, import of the checker included\n")
    print(f"--- by own time\n{_top(prof, 'tottime', top)}\n")
    print(f"--- by cumulative time\n{_top(prof, 'cumulative', top)}\n")
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--delmaal", type=int, default=200)
    ap.add_argument("--wordings", type=int, default=5000)
    ap.add_argument("--top", type=int, default=30)
    ap.add_argument("--audit", type=int, default=0, help="profile `delmaal audit --jobs 1` of this many delmål")
    ap.add_argument("--jobs", type=int, default=1, help="with --audit: the audit's workers (the parent is profiled)")
    a = ap.parse_args()
    if a.audit:
        return _audit(a.audit, a.top, a.jobs)
    from delmaal_assistant.checker import get_checker
    from delmaal_assistant.core.files.storage import load_delmaal

    checker = get_checker()
    src = [load_delmaal(p) for p in examples()]
    for d in src:  # warm-up: lexicon, field data, memos of the example words
        checker.check_delmaal(d)
    ds = [src[k % len(src)] for k in range(a.delmaal)]
    ws = wordings(a.wordings)
    checker.check(ws[0])
    for label, items, fn in (("saved delmål", ds, checker.check_delmaal), ("wordings", ws, checker.check)):
        t0 = time.process_time()
        for x in items:
            fn(x)
        cpu = time.process_time() - t0
        prof = cProfile.Profile(time.process_time)
        prof.enable()
        for x in items:
            fn(x)
        prof.disable()
        print(f"=== {len(items):,} {label}: {cpu:.2f} s CPU, {cpu / len(items) * 1000:.3f} ms per item "
              f"(profiler off)\n")
        print(f"--- by own time\n{_top(prof, 'tottime', a.top)}\n")
        print(f"--- by cumulative time\n{_top(prof, 'cumulative', a.top)}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
