"""The issue-20 figures: stream, one wording and first screen, with the whole process tree's memory.

Run:  .venv/bin/python benchmarks/bench_shape.py [--n 100000] [--runs 7] [--before PATH/TO/OLD/src]

Prints, side by side in one run so host noise hits both alike:
  - 100,000 generated wordings on stdin through `delmaal check --format json -`: wall time against the floor (a
    process that imports spaCy and tokenizes the same lines), CPU time (user + system, workers included), and the
    peak *proportional set size* of the whole process tree (the main process plus its forked workers, summed from
    /proc/PID/smaps_rollup every 50 ms: shared pages are counted once, not once per worker as RSS would);
  - one wording as a whole process: `delmaal check "…"`, median of --runs;
  - first screen: a fresh Python process importing the assistant until the start screen is drawn
    (benchmarks/bench_tui.py's child, headless), and `python -m delmaal_assistant` in an 80×24 pseudo-terminal until
    the start screen's menu is written to it; each median of 5 beside its floor, an empty Textual App's first frame
    measured the same way.
Targets (issue 28): stream ≤ 2.5× the floor with the tree ≤ 250 MB PSS; one wording ≤ 1.0× the bare
`import spacy; spacy.blank("da")` (printed beside it, wall and CPU); first screen ≤ 0.6 s. The load average is
printed before and after: on a shared host compare each figure with its floor, and read CPU as the steadier column.
Linux only (PSS comes from /proc).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_batch import FLOOR, wordings  # noqa: E402
from bench_tui import CHILD as TUI_CHILD  # noqa: E402


def _children(pid: int) -> list[int]:
    out = []
    try:
        for tid in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{tid}/children") as fh:
                out += [int(x) for x in fh.read().split()]
    except OSError:
        pass
    return out


def _pss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/smaps_rollup") as fh:
            for line in fh:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def tree_pss_mb(root: int) -> float:
    seen, todo, total = set(), [root], 0
    while todo:
        pid = todo.pop()
        if pid in seen:
            continue
        seen.add(pid)
        total += _pss_kb(pid)
        todo += _children(pid)
    return total / 1024


def run_tree(args: list[str], stdin_path: Path | None, env: dict) -> tuple[float, float, float]:
    """Wall seconds, peak PSS of the whole process tree in MB, CPU seconds (workers included)."""
    peak = [0.0]
    with open(stdin_path or os.devnull, "rb") as fin, open(os.devnull, "wb") as fout:
        t0 = time.perf_counter()
        p = subprocess.Popen(args, stdin=fin, stdout=fout, stderr=subprocess.PIPE, env=env)
        done = threading.Event()

        def sample() -> None:
            while not done.is_set():
                peak[0] = max(peak[0], tree_pss_mb(p.pid))
                done.wait(0.05)

        th = threading.Thread(target=sample, daemon=True)
        th.start()
        err = p.stderr.read().decode("utf-8", "replace") if p.stderr else ""
        _pid, status, ru = os.wait4(p.pid, 0)
        wall = time.perf_counter() - t0
        done.set()
        th.join()
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):
        raise SystemExit(f"{args[:4]} failed ({code}): {err[:400]}")
    return wall, peak[0], ru.ru_utime + ru.ru_stime


def timed(args: list[str], env: dict) -> tuple[float, float]:
    """Wall and CPU seconds (user + system) of one process run to its end."""
    t0 = time.perf_counter()
    p = subprocess.Popen(args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _pid, status, ru = os.wait4(p.pid, 0)
    if os.waitstatus_to_exitcode(status) not in (0, 1):
        raise SystemExit(f"{args[:4]} failed")
    return time.perf_counter() - t0, ru.ru_utime + ru.ru_stime


BARE_SPACY = "import spacy; spacy.blank('da')"  # the floor of one wording (issue 28)
BARE_TEXTUAL = "import textual.app"  # the floor of the first screen: Textual's own import


def one_wording(py: str, env: dict, runs: int, floor: bool = False) -> tuple[float, float]:
    """Median wall and CPU seconds of `delmaal check "…"` (or, with floor, of the bare spaCy import)."""
    args = [py, "-c", BARE_SPACY] if floor else [py, "-m", "delmaal_assistant", "check", "--fail-level", "none",
                                                  "At borgeren bliver bedre til at holde orden."]
    runs_ = [timed(args, env) for _ in range(runs)]
    return statistics.median(r[0] for r in runs_), statistics.median(r[1] for r in runs_)


#: the floor of the first screen: Textual imported and an empty App's first frame (one line of text), headless as
#: bench_tui's child runs the assistant
EMPTY_APP = r"""
import time
t0 = time.perf_counter()
import asyncio, json
from textual.app import App
from textual.widgets import Static

class Empty(App):
    def compose(self):
        yield Static("Nyt delmål")

async def main():
    async with Empty().run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        print(json.dumps({"start_screen_s": time.perf_counter() - t0, "start_screen_cpu_s": time.process_time()}))

asyncio.run(main())
"""

#: the same empty App run as a program in a terminal (for the terminal floor)
EMPTY_APP_TERMINAL = """
from textual.app import App
from textual.widgets import Static

class Empty(App):
    def compose(self):
        yield Static("Nyt delmål")

Empty().run()
"""


def first_screen(py: str, env: dict, runs: int, floor: bool = False) -> tuple[float, float]:
    """Median wall and CPU seconds from a fresh process's start to the start screen mounted and settled, headless
    (bench_tui's child; with floor, an empty App's first frame)."""
    times, cpus = [], []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as tmp:
            r = subprocess.run([py, "-c", EMPTY_APP if floor else TUI_CHILD, tmp], capture_output=True, text=True,
                               env={**env, "DELMAAL_DATA_DIR": tmp, "TEXTUAL_ANIMATIONS": "none"})
        if r.returncode != 0:
            raise SystemExit(r.stderr[-2000:])
        got = json.loads(r.stdout.strip().splitlines()[-1])
        times.append(got["start_screen_s"])
        cpus.append(got["start_screen_cpu_s"])
    return statistics.median(times), statistics.median(cpus)


def first_screen_in_terminal(py: str, env: dict, runs: int, floor: bool = False,
                             marker: str = "Nyt delm", timeout: float = 120.0) -> tuple[float, float]:
    """Median seconds from starting `python -m delmaal_assistant` – the real command, its argument parsing, the
    real terminal driver – in an 80×24 pseudo-terminal until the start screen's menu ("▶ Nyt delmål …") has been
    written to the terminal: the screen a user reads and types into (the menu has the focus). With floor, the
    empty App run as a program the same way. Returns the median wall seconds and the median CPU seconds the program
    had used by then (/proc/PID/stat, in clock ticks)."""
    import fcntl
    import pty
    import select
    import signal
    import struct
    import termios

    tick = os.sysconf("SC_CLK_TCK")
    times, cpus = [], []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as tmp:
            args = [py, "-c", EMPTY_APP_TERMINAL] if floor else [py, "-m", "delmaal_assistant"]
            child_env = {**env, "DELMAAL_DATA_DIR": tmp, "TERM": "xterm-256color", "TEXTUAL_ANIMATIONS": "none"}
            t0 = time.perf_counter()
            pid, fd = pty.fork()
            if pid == 0:  # the child: an 80×24 terminal, then the program
                fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
                os.execve(py, args, child_env)
            seen, took, cpu = b"", None, 0.0
            try:
                while took is None and time.perf_counter() - t0 < timeout:
                    if select.select([fd], [], [], 0.01)[0]:
                        try:
                            chunk = os.read(fd, 65536)
                        except OSError:
                            break
                        if not chunk:
                            break
                        seen = (seen + chunk)[-4096:]
                        if marker.encode() in seen:
                            took = time.perf_counter() - t0
                            with open(f"/proc/{pid}/stat") as fh:
                                fields = fh.read().rsplit(")", 1)[1].split()
                            cpu = (int(fields[11]) + int(fields[12])) / tick  # utime + stime
            finally:
                os.kill(pid, signal.SIGKILL)
                os.waitpid(pid, 0)
                os.close(fd)
            if took is None:
                raise SystemExit(f"no start screen in the terminal: {seen[-500:].decode('utf-8', 'replace')}")
            times.append(took)
            cpus.append(cpu)
    return statistics.median(times), statistics.median(cpus)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=100_000)
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--before", default=None, help="a src/ folder of an older version to compare with")
    ap.add_argument("--skip-stream", action="store_true")
    a = ap.parse_args()
    py = sys.executable
    trees = [("this tree", ROOT / "src")] + ([("before", Path(a.before).resolve())] if a.before else [])
    envs = {label: dict(os.environ, PYTHONPATH=str(src), PYTHONWARNINGS="ignore") for label, src in trees}
    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} (before), Python {sys.version.split()[0]}")
    with tempfile.TemporaryDirectory() as tmp:
        if not a.skip_stream:
            path = Path(tmp) / "w.txt"
            path.write_text("".join(t + "\n" for t in wordings(a.n)), encoding="utf-8")
            fw, fpss, fcpu = run_tree([py, "-c", FLOOR], path, envs["this tree"])
            print(f"\n{a.n:,} wordings on stdin          wall      CPU   tree PSS  wall/floor")
            print(f"  floor (spaCy tokenizing)   {fw:6.2f} s {fcpu:6.2f} s {fpss:6.0f} MB")
            for label, env in envs.items():
                w, pss, cpu = run_tree([py, "-m", "delmaal_assistant", "check", "--fail-level", "none",
                                        "--format", "json", "-"], path, env)
                print(f"  {label:25s}  {w:6.2f} s {cpu:6.2f} s {pss:6.0f} MB  {w / fw:4.2f}×  (target ≤ 2.5×, "
                      f"≤ 250 MB)")
    print(f"\none wording, whole process (median of {a.runs}; target ≤ 1.0× the floor)")
    fw, fc = one_wording(py, envs["this tree"], a.runs, floor=True)
    print(f"  {'floor: ' + BARE_SPACY:25s}  {fw:.2f} s wall {fc:.2f} s CPU")
    for label, env in envs.items():
        w, c = one_wording(py, env, a.runs)
        print(f"  {label:25s}  {w:.2f} s wall {c:.2f} s CPU  {w / fw:.2f}× the floor")
    print("\nfirst screen drawn, fresh process (median of 5; target ≤ 0.6 s), beside the bare imports and an empty "
          "App's first frame")
    for floor in ("import textual", BARE_TEXTUAL):
        tw = statistics.median(timed([py, "-c", floor], envs["this tree"])[0] for _ in range(3))
        print(f"  {'floor: ' + floor:25s}  {tw:.2f} s")
    print(f"  {'floor: ' + BARE_SPACY:25s}  {fw:.2f} s (from the one-wording run above)")
    fh, fhc = first_screen(py, envs["this tree"], 5, floor=True)
    ft, ftc = first_screen_in_terminal(py, envs["this tree"], 5, floor=True)
    print(f"  {'floor: empty App':25s}  headless {fh:.2f} s wall {fhc:.2f} s CPU;  in a terminal {ft:.2f} s wall "
          f"{ftc:.2f} s CPU")
    for label, env in envs.items():
        s, sc = first_screen(py, env, 5)
        t, tc = first_screen_in_terminal(py, env, 5)
        print(f"  {label:25s}  headless {s:.2f} s wall {sc:.2f} s CPU ({s / fh:.2f}×, {sc / fhc:.2f}× the empty "
              f"App);  `delmaal` in a terminal {t:.2f} s wall {tc:.2f} s CPU ({t / ft:.2f}×, {tc / ftc:.2f}×)")
    print(f"\nload average after: {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
