"""Speed and memory benchmark for the wording checker (and the assistant's start-up, if present).

Run:  .venv/bin/python benchmarks/bench.py [--quick]

Prints:
  - median in-process time of check() per wording after warm-up, and the floor: spaCy tokenizing the same
    wordings in the same process;
  - whole-process time of `delmaal check "…"` (median of several runs) and of a bare spaCy start-up (floor);
  - whole-process time for 10,000 wordings on stdin, and its peak RSS;
  - the first run on a machine (lemma cache not yet built);
  - start to first question in the assistant (benchmarks/bench_tui.py), when available.
Targets (issue 2): check() ≤ 1 ms median; `delmaal check "…"` ≤ 1.0 s; 10,000 on stdin ≤ 3 s; peak RSS ≤ 250 MB.
Batches at municipal scale (100,000 wordings, every output format, before/after, `delmaal audit`):
benchmarks/bench_batch.py; the .xlsx readers: benchmarks/bench_xlsx.py.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent / "delmaal"


def corpus() -> list[str]:
    """Realistic wordings: every example sentence from the lexicons (flagging and passing)."""
    from delmaal_assistant.checker.lexicon import load_lexicon

    lex = load_lexicon("da")
    texts = [t for r in lex.rules for t in (*r.flag, *r.pass_)]
    return sorted(set(texts))


def distinct_wordings(n: int) -> list[str]:
    """n different, realistic wordings built from parts (subjects, actions, frequencies, timeframes)."""
    import itertools
    import random

    subjects = ["At borgeren", "At beboeren", "At JK", "Beboeren", "At den unge", "At barnet", "Personalet sikrer at borgeren"]
    actions = ["vasker tøj", "ikke ryger på værelset", "bliver bedre til at lave mad", "går en tur", "ringer til sin mor",
               "tager sin medicin", "rydder op på værelset", "deltager i fællesspisning", "bliver mere selvhjulpen",
               "møder op på Kometen kl. 8", "betaler sin husleje", "arbejder på at få en bedre døgnrytme",
               "smører sin madpakke", "undgår konflikter med naboen", "tager bussen til værkstedet", "drikker mindre cola",
               "handler ind efter en indkøbsliste", "går i bad", "lægger sin medicin i doseringsæsken", "står op"]
    freq = ["hver onsdag", "to gange om ugen", "hver morgen", "", "ofte", "mindst tre gange om ugen", "hver dag kl. 7",
            "på hverdage", "en gang om måneden"]
    frames = ["frem til 1. marts 2027", "i de næste 12 uger", "inden jul", "", "inden udgangen af februar",
              "i perioden 1.2.-30.4.", "senest uge 14", "frem til sommerferien", "i 10 uger"]
    extra = ["", ", også når han er træt", ", når hun kommer hjem fra arbejde", ", så personalet ikke behøver at minde ham om det",
             " sammen med sin kontaktperson", " med støtte fra personalet", ", uden at der mangler noget"]
    combos = list(itertools.product(subjects, actions, freq, frames, extra))
    random.Random(7).shuffle(combos)
    out = []
    for s, a, f, t, e in combos[:n]:
        out.append(" ".join(x for x in (s, a, f, t) if x) + e + ".")
    return out


def median_ms(fn, items, rounds: int) -> float:
    times = []
    for _ in range(rounds):
        for it in items:
            t0 = time.perf_counter()
            fn(it)
            times.append(time.perf_counter() - t0)
    return statistics.median(times) * 1000


def run_proc(args: list[str], stdin: bytes | None = None, env: dict | None = None) -> tuple[float, int, int]:
    """Wall time (s), exit code and peak RSS (KiB) of one child process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    t0 = time.perf_counter()
    p = subprocess.run(args, input=stdin, capture_output=True, env=env)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    if p.returncode not in (0, 1):
        raise SystemExit(f"{args[:3]} failed ({p.returncode}): {p.stderr.decode()[:500]}")
    return wall, p.returncode, max(after, before)


def peak_rss_kib(args: list[str], stdin: bytes | None = None) -> int:
    """Peak RSS of a child measured on its own (a fresh process that runs it and reports its children)."""
    code = (
        "import resource, subprocess, sys\n"
        "subprocess.run(sys.argv[1:], input=sys.stdin.buffer.read(), capture_output=True)\n"
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
    )
    p = subprocess.run([sys.executable, "-c", code, *args], input=stdin or b"", capture_output=True)
    return int(p.stdout.decode().strip() or 0)


def whole_delmaal_ms(checker, rounds: int) -> float | None:
    """Median time of the whole-delmål check (every field, structural checks, field judges) on the saved delmål
    in tests/data (a good one and the blind set's base delmål)."""
    from delmaal_assistant.core.files.storage import load_delmaal

    files = sorted((ROOT / "tests" / "data").glob("**/*.delmaal.json"))[:80]
    if not files:
        return None
    docs = [load_delmaal(f) for f in files]
    for d in docs:  # warm-up
        checker.check_delmaal(d)
    times = []  # CPU time of this process: on a shared, loaded machine wall time mostly measures the neighbours
    for _ in range(rounds):
        for d in docs:
            t0 = time.process_time()
            checker.check_delmaal(d)
            times.append(time.process_time() - t0)
    return statistics.median(times) * 1000


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="fewer repetitions")
    a = ap.parse_args()
    runs = 3 if a.quick else 7

    texts = corpus()
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}; corpus: {len(texts)} wordings")

    # In-process
    t0 = time.perf_counter()
    from delmaal_assistant.checker import get_checker

    checker = get_checker()
    load = time.perf_counter() - t0
    for t in texts:  # warm-up
        checker.check(t)
    med = median_ms(checker.check, texts, 3 if a.quick else 10)
    nlp = checker._engine.analyzer._nlp
    floor = median_ms(nlp.make_doc, texts, 3 if a.quick else 10)
    print(f"checker load (in process, warm cache):         {load:6.3f} s")
    print(f"check() median per wording:                    {med:6.3f} ms   (target ≤ 1 ms)")
    print(f"  floor: spaCy tokenizing the same wordings:   {floor:6.3f} ms")
    whole = whole_delmaal_ms(checker, 3 if a.quick else 10)
    if whole is not None:
        print(f"check_delmaal() median per whole delmål (CPU): {whole:6.3f} ms   (target ≤ 20 ms, issue 16)")

    # Whole process, one wording
    one = "At borgeren ikke bruger alle sine penge på cigaretter."
    walls = [run_proc([str(BIN), "check", one])[0] for _ in range(runs)]
    floor_walls = [run_proc([sys.executable, "-c", "import spacy; spacy.blank('da')"])[0] for _ in range(runs)]
    print(f'delmaal check "…" whole process (median/{runs}):  {statistics.median(walls):6.3f} s   (target ≤ 1.0 s)')
    print(f"  floor: python + import spacy + blank('da'):  {statistics.median(floor_walls):6.3f} s")

    # 10,000 different wordings on stdin
    many = "".join(t + "\n" for t in distinct_wordings(10_000)).encode("utf-8")
    walls10k = [run_proc([str(BIN), "check", "--format", "json", "--fail-level", "none", "-"], many)[0]
                for _ in range(max(1, runs // 2))]
    rss = peak_rss_kib([str(BIN), "check", "--format", "json", "--fail-level", "none", "-"], many)
    one_core = run_proc([str(BIN), "check", "--jobs", "1", "--format", "json", "--fail-level", "none", "-"], many)[0]
    print(f"10,000 distinct wordings on stdin, process:        {statistics.median(walls10k):6.3f} s   (target ≤ 3 s)")
    print(f"  the same on one core (--jobs 1):             {one_core:6.3f} s")
    print(f"  peak RSS of that process:                    {rss / 1024:6.1f} MB  (target ≤ 250 MB)")

    # First run on a machine: lemma cache not yet built
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, DELMAAL_CACHE_DIR=tmp)
        cold = run_proc([str(BIN), "check", one], env=env)[0]
    print(f"first run ever (builds the lemma cache):       {cold:6.3f} s")

    tui = ROOT / "benchmarks" / "bench_tui.py"
    if tui.exists():
        p = subprocess.run([sys.executable, str(tui)], capture_output=True, text=True)
        for line in (p.stdout or p.stderr).strip().splitlines():
            print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
