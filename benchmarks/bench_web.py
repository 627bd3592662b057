"""`delmaal web`: how long a user waits, measured with a real headless Chromium (tests/cdp.py).

- start: `delmaal web --no-browser` launched → the address printed (the server is listening);
- page → drawn: the page opened in an already running Chromium → the start screen has arrived and been painted
  (a new assistant process is started for the tab, so its imports count);
- memory: resident memory of the server process and of one assistant process behind a tab (Linux /proc);
- memory per open tab (`--tabs N`): N tabs opened at once (websockets, as the page opens them), each assistant
  given time to load its checker (as it does after its first screen), then RSS and PSS (shared pages divided
  among the processes that share them) of every assistant: what each tab costs, and what the cap
  (`--max-faner`, default 4) bounds.

    .venv/bin/python benchmarks/bench_web.py [--runs 5] [--tabs 4]

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


def pss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


def _children(pid: int) -> list[int]:
    out = []
    for p in os.listdir("/proc"):
        if not p.isdigit():
            continue
        try:
            if Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()[1] == str(pid):
                out.append(int(p))
        except (OSError, IndexError):
            continue
    return out


def tabs_memory(n: int, settle: float = 120.0) -> None:
    """Open `n` tabs' websockets at once (a client that answers the server's heartbeats and reads what the
    assistant draws, as the page does) and measure every assistant behind them once memory is steady."""
    import asyncio

    import aiohttp

    async def tab(url: str, stop: asyncio.Event) -> None:
        async with aiohttp.ClientSession() as session:
            async with session.ws_connect(url, origin=url.split("/", 3)[0] + "//" + url.split("/", 3)[2]) as ws:
                reader = asyncio.ensure_future(_drain(ws))
                await stop.wait()
                reader.cancel()

    async def _drain(ws) -> None:
        async for _ in ws:
            pass

    async def run(port: int, token: str, server_pid: int):
        stop = asyncio.Event()
        url = f"http://127.0.0.1:{port}/{token}/ws?width=120&height=40"
        tasks = [asyncio.ensure_future(tab(url, stop)) for _ in range(n)]
        deadline, last, steady = time.monotonic() + settle, -1.0, 0
        while time.monotonic() < deadline and steady < 3:  # each assistant loads its checker after its first screen
            await asyncio.sleep(3)
            total = sum(rss_mb(p) for p in _children(server_pid))
            steady = steady + 1 if len(_children(server_pid)) == n and abs(total - last) < 2 else 0
            last = total
        apps = _children(server_pid)
        result = [rss_mb(p) for p in apps], [pss_mb(p) for p in apps], rss_mb(server_pid)
        stop.set()
        await asyncio.gather(*tasks, return_exceptions=True)
        return result

    with tempfile.TemporaryDirectory() as data:
        proc = subprocess.Popen([sys.executable, "-m", "delmaal_assistant", "--data-dir", data, "web", "--no-browser",
                                 "--max-faner", str(n)], stdout=subprocess.PIPE, text=True)
        m = None
        for line in proc.stdout:
            m = re.search(r"http://127\.0\.0\.1:(\d+)/([\w-]+)/", line)
            if m:
                break
        try:
            rss, pss, server = asyncio.run(run(int(m.group(1)), m.group(2), proc.pid))
        finally:
            proc.terminate()
            proc.wait()
    print(f"{n} tabs open, load average {os.getloadavg()[0]:.2f}: {len(rss)} assistant processes")
    print(f"per tab: RSS median {statistics.median(rss):.0f} MB (max {max(rss):.0f}), "
          f"PSS median {statistics.median(pss):.0f} MB; all tabs: RSS {sum(rss):.0f} MB, PSS {sum(pss):.0f} MB; "
          f"server RSS {server:.0f} MB")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--tabs", type=int, default=0, help="measure memory with this many tabs open (no browser)")
    args = ap.parse_args()
    if args.tabs:
        tabs_memory(args.tabs)
        return
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
