"""An app process that quits right as `delmaal web` terminates it is reaped by asyncio, once, with no «Unknown child
process» in the server's output (a CI failure of tests/test_web.py::test_stopping_the_server_stops_every_app in
round 36: `Process.terminate()` polls first and reaped the just-quit process before asyncio's child watcher)."""

from __future__ import annotations

import asyncio
import logging
import os
import sys
import time

import pytest

from delmaal_assistant.cli.web.server import _signal_child

pytestmark = pytest.mark.skipif(sys.platform == "win32" or not os.path.exists("/proc/self/stat"),
                                reason="zombies and /proc are Linux's")


def _is_zombie(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().rsplit(")", 1)[1].split()[0] == "Z"
    except OSError:
        return False


async def _quit_then_stop(stop, monkeypatch) -> int:
    """A child that has quit and is a zombie the child watcher has not yet waited for (its wait is slowed down, as
    a thread is on a loaded machine), then stopped by `stop`; returns its exit code as asyncio reports it."""
    real = os.waitpid

    def slow_waitpid(pid, options):
        if options == 0:  # the child watcher's blocking wait (Popen.poll uses its own bound copy, with WNOHANG)
            time.sleep(1.0)
        return real(pid, options)

    monkeypatch.setattr(os, "waitpid", slow_waitpid)
    proc = await asyncio.create_subprocess_exec(sys.executable, "-c", "pass")
    for _ in range(500):
        if _is_zombie(proc.pid):
            break
        await asyncio.sleep(0.01)
    assert _is_zombie(proc.pid) and proc.returncode is None  # quit, not yet reaped, not yet known to asyncio
    stop(proc)
    return await asyncio.wait_for(proc.wait(), 30)


@pytest.mark.parametrize("action", ["terminate", "kill"])
def test_stopping_a_just_quit_app_process_leaves_it_to_asyncio_to_reap(monkeypatch, caplog, action):
    caplog.set_level(logging.WARNING, logger="asyncio")
    code = asyncio.run(_quit_then_stop(lambda p: _signal_child(p, action), monkeypatch))
    assert code == 0  # its real exit code, not asyncio's 255 for a child someone else reaped
    assert not [r for r in caplog.records if "Unknown child" in r.getMessage()]


def test_what_went_wrong_before(monkeypatch, caplog):
    """The old way, `Process.terminate()`, reaped the zombie itself: asyncio logged «Unknown child» and reported
    255 – the cause, shown on this Python (a Python whose send_signal does not poll, or whose child watcher is not
    a waiting thread, cannot show it: skipped there)."""
    caplog.set_level(logging.WARNING, logger="asyncio")
    code = asyncio.run(_quit_then_stop(lambda p: p.terminate(), monkeypatch))
    if code != 255:
        pytest.skip(f"this Python does not reap in Process.terminate() (exit code {code})")
    assert [r for r in caplog.records if "Unknown child" in r.getMessage()]
