"""`delmaal web`: how long a user waits, measured with a real headless Chromium (tests/cdp.py).

- start: `delmaal web --no-browser` launched → the address printed (the server is listening);
- page → drawn: the page opened in an already running Chromium → the start screen has arrived and been painted
  (a new assistant process is started for the tab, so its imports count);
- memory: resident memory of the server process and of one assistant process behind a tab (Linux /proc).

    .venv/bin/python benchmarks/bench_web.py [--runs 5]

Target for page → drawn: ≤ 2 s (the terminal assistant's own start is ≤ 1.5 s).
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from cdp import Chromium  # noqa: E402

DRAWN = ("document.body && document.body.classList.contains('-first-byte') "
         "&& window.__received.includes('Nyt delmål') && window.__received.includes('Afslut')")
RECORD = """(() => { window.__received = ""; const d = new TextDecoder(); const N = window.WebSocket;
  window.WebSocket = function (u, p) { const ws = p === undefined ? new N(u) : new N(u, p);
    ws.addEventListener("message", e => { if (e.data instanceof ArrayBuffer) window.__received += d.decode(e.data,
      {stream: true}); }); return ws; }; window.WebSocket.prototype = N.prototype; })();"""


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    starts, drawn, server_mem, app_mem = [], [], [], []
    with tempfile.TemporaryDirectory() as data, Chromium() as browser:
        for _ in range(args.runs):
            t0 = time.perf_counter()
            proc = subprocess.Popen([sys.executable, "-m", "delmaal_assistant", "--data-dir", data, "web",
                                     "--no-browser"], stdout=subprocess.PIPE, text=True)
            url = ""
            for line in proc.stdout:
                m = re.search(r"http://\S+", line)
                if m:
                    url = m.group(0)
                    break
            starts.append(time.perf_counter() - t0)
            t1 = time.perf_counter()
            browser.open(url, before_load=RECORD)
            assert browser.wait_for(DRAWN, timeout=60, interval=0.02), "the start screen never arrived"
            drawn.append(time.perf_counter() - t1)
            children = [int(p) for p in os.listdir("/proc") if p.isdigit()
                        and Path(f"/proc/{p}/stat").exists()
                        and Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()[1] == str(proc.pid)]
            server_mem.append(rss_mb(proc.pid))
            app_mem.extend(rss_mb(c) for c in children)
            browser.send("Page.navigate", {"url": "about:blank"})
            proc.terminate()
            proc.wait()
    print(f"runs: {args.runs}, load average {os.getloadavg()[0]:.2f}")
    print(f"start → address printed: median {statistics.median(starts):.2f} s (min {min(starts):.2f})")
    print(f"page → start screen drawn: median {statistics.median(drawn):.2f} s (min {min(drawn):.2f})")
    print(f"RSS server {statistics.median(server_mem):.0f} MB, one assistant {statistics.median(app_mem):.0f} MB")


if __name__ == "__main__":
    main()
