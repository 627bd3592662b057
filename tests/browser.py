"""A real browser for tests of HTML output and `delmaal web`: Debian's headless Chromium.

`./test` installs it when it can (scripts/ensure-browser.sh); where it is missing, `need_chromium()` skips the
calling test with a visible reason instead of passing silently.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

# Flags for a closed network: no background connections, no first-run, no sandbox as root.
FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-dev-shm-usage",
]


def find_chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    return None


def need_chromium() -> str:
    path = find_chromium()
    if path is None:
        pytest.skip("Chromium findes ikke på maskinen (Debian: apt-get install chromium); browsertesten springes over")
    return path


def dump_dom(url: str, *, wait_ms: int = 0, timeout: float = 60) -> str:
    """The DOM after load (and `wait_ms` of virtual time for scripts), as Chromium serialises it."""
    exe = need_chromium()
    with tempfile.TemporaryDirectory() as profile:
        args = [exe, *FLAGS, f"--user-data-dir={profile}"]
        if wait_ms:
            args.append(f"--virtual-time-budget={wait_ms}")
        r = subprocess.run(args + ["--dump-dom", url], capture_output=True, text=True, timeout=timeout)
    return r.stdout


def screenshot(url: str, out: Path, *, size: str = "1200,900", wait_ms: int = 0, timeout: float = 60) -> Path:
    exe = need_chromium()
    with tempfile.TemporaryDirectory() as profile:
        args = [exe, *FLAGS, f"--user-data-dir={profile}", f"--window-size={size}", f"--screenshot={out}"]
        if wait_ms:
            args.append(f"--virtual-time-budget={wait_ms}")
        subprocess.run(args + [url], capture_output=True, timeout=timeout)
    return out
