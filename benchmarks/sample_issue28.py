"""Issue 28: where a distinct audit's checking CPU goes, by sampling (not cProfile), in one process.

Run:  PYTHONPATH=src .venv/bin/python benchmarks/sample_issue28.py [--warm 800] [--n 1500] [--top 25]

The delmål are bench_issue28's distinct copies (`vary`: name, days, hours and a sentence differ in each), checked as
an audit worker checks them (`pipeline._delmaal_items`): --warm of them first (the per-word memos and the kept
texts of a long run), then the collector frozen and its young generation set as `_freeze_loaded` sets it in a large
run, then --n timed without a profiler (CPU per delmål, in blocks of 250), then another --n under the sampler.
The sampler is a SIGPROF timer on the process's CPU time (every 1 ms of CPU the Python stack is read): it costs a
few per cent, where cProfile (with the CPU clock, a system call per event) made the same run 8× slower and
inflated the small functions. Prints each function's own and inclusive share of the samples, and the shares of the
checker's stages (the first of them on the stack, in the order of STAGES) with the top functions within each.
"""

from __future__ import annotations

import argparse
import collections
import gc
import json
import os
import signal
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

STAGES = [("analysis (tokenize, sentences, clauses)", "engine.py:53(analyze)"),
          ("element spans (Answer.spans)", "answer.py:68(spans)"),
          ("wording rules (check_text without analysis)", "(check_text)"),
          ("text_fields", "(text_fields)"),
          ("smart_status", "(smart_status)"),
          ("judges, the rest", "(field_findings)"),
          ("structural checks", "structural.py"),
          ("orchestrate, the rest", "(check_delmaal)"),
          ("pipeline, the rest", "(_delmaal_items)")]


class Sampler:
    def __init__(self, interval: float = 0.001) -> None:
        self.interval = interval
        self.own: collections.Counter = collections.Counter()
        self.incl: collections.Counter = collections.Counter()
        self.stage: collections.Counter = collections.Counter()
        self.within: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
        self.total = 0

    def _sample(self, _sig, frame) -> None:
        names = []
        while frame is not None:
            co = frame.f_code
            names.append(f"{os.path.basename(co.co_filename)}:{co.co_firstlineno}({co.co_name})")
            frame = frame.f_back
        self.total += 1
        self.own[names[0]] += 1
        for n in set(names):
            self.incl[n] += 1
        label = next((lbl for lbl, pat in STAGES if any(pat in n for n in names)), "other")
        self.stage[label] += 1
        self.within[label][names[0]] += 1

    def __enter__(self):
        signal.signal(signal.SIGPROF, self._sample)
        signal.setitimer(signal.ITIMER_PROF, self.interval, self.interval)
        return self

    def __exit__(self, *exc) -> None:
        signal.setitimer(signal.ITIMER_PROF, 0, 0)

    def report(self, top: int) -> str:
        t = self.total or 1
        out = [f"{self.total} samples (one per {self.interval * 1000:.0f} ms of CPU)", "--- own"]
        out += [f"{100 * v / t:5.1f} %  {k}" for k, v in self.own.most_common(top)]
        out += ["--- inclusive"] + [f"{100 * v / t:5.1f} %  {k}" for k, v in self.incl.most_common(top)]
        out += ["--- stages (the first on the stack, in this order)"]
        out += [f"{100 * self.stage[lbl] / t:5.1f} %  {lbl}" for lbl, _ in STAGES + [("other", "")]]
        for lbl, _ in STAGES:
            out += [f"--- own, within {lbl} ({100 * self.stage[lbl] / t:.1f} %)"]
            out += [f"{100 * v / t:5.1f} %  {k}" for k, v in self.within[lbl].most_common(8)]
        return "\n".join(out)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--warm", type=int, default=800)
    ap.add_argument("--n", type=int, default=1500)
    ap.add_argument("--top", type=int, default=25)
    a = ap.parse_args()
    from bench_audit import examples
    from bench_issue28 import vary

    from delmaal_assistant.checker import get_checker
    from delmaal_assistant.cli.check import pipeline
    from delmaal_assistant.cli.check.items import DelmaalInput
    from delmaal_assistant.cli.check.options import Filter
    from delmaal_assistant.core.files.storage.delmaal_json import delmaal_from_data

    src = [json.loads(p.read_text(encoding="utf-8")) for p in examples()]

    def make(k: int) -> DelmaalInput:
        return DelmaalInput(str(k), delmaal_from_data(vary(src[k % len(src)], k), owned=True))

    checker, flt = get_checker(), Filter()
    for k in range(a.warm):
        pipeline._delmaal_items(make(k), checker, flt)
    freeze = getattr(pipeline, "_freeze_loaded", None)
    freeze() if freeze else (gc.collect(), gc.freeze())
    items = [make(k) for k in range(a.warm, a.warm + a.n)]
    blocks = []
    for b in range(0, a.n, 250):
        t0 = time.process_time()
        for u in items[b:b + 250]:
            pipeline._delmaal_items(u, checker, flt)
        blocks.append((time.process_time() - t0) / len(items[b:b + 250]) * 1000)
    cpu = sum(blocks) / len(blocks)
    print(f"{a.n:,} distinct delmål after {a.warm:,}: {cpu:.2f} ms CPU per delmål (profiler off; blocks of 250: "
          f"{' '.join(f'{x:.2f}' for x in blocks)}); gc thresholds {gc.get_threshold()}")
    items = [make(k) for k in range(a.warm + a.n, a.warm + 2 * a.n)]
    with Sampler() as s:
        for u in items:
            pipeline._delmaal_items(u, checker, flt)
    print(s.report(a.top))
    return 0


if __name__ == "__main__":
    sys.exit(main())
