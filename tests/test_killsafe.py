"""SIGKILL at any moment during a save leaves the old or the new version, never a mix or a partial file."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from killsafe_writer import versions_delmaal, versions_draft, versions_raw  # noqa: E402

from delmaal_assistant.core.files.drafts import DraftStore  # noqa: E402
from delmaal_assistant.core.files.storage import load_delmaal, save_delmaal  # noqa: E402

pytestmark = pytest.mark.slow  # real processes killed mid-save: run by ./test, skipped by ./test -m 'not slow'

WRITER = Path(__file__).parent / "killsafe_writer.py"
ROUNDS = {"draft": 8, "raw": 6, "delmaal": 6}  # 20 kills in all


def _kill_during_writes(mode: str, target: Path, rng: random.Random) -> None:
    proc = subprocess.Popen([sys.executable, str(WRITER), mode, str(target)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    try:
        line = proc.stdout.readline()  # blocks until the first version is on disk
        assert line == b"ready\n", proc.stderr.read().decode(errors="replace")
        time.sleep(rng.uniform(0.0, 0.12))  # the one allowed sleep: a random moment to kill at
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait()
        proc.stdout.close()
        proc.stderr.close()
    assert proc.returncode == -signal.SIGKILL


def _draft_key(d):
    # timestamps differ between the writer process and here; everything the user wrote must match
    convo = tuple((e.role, e.text, e.step) for e in d.conversation)
    return (d.id, d.delmaal.model_dump_json(exclude={"created_at", "updated_at", "id"}), convo, d.step)


def _delmaal_key(d):
    return d.model_dump_json(exclude={"id", "created_at", "updated_at"})  # differ per process


@pytest.mark.parametrize("mode", ["draft", "raw", "delmaal"])
def test_sigkill_during_save_leaves_old_or_new_never_a_mix(tmp_path, mode):
    rng = random.Random(f"killsafe-{mode}")
    if mode == "raw":
        versions = set(versions_raw())
    elif mode == "delmaal":
        versions = {_delmaal_key(v) for v in versions_delmaal()}
    else:
        versions = {_draft_key(v) for v in versions_draft()}
    temps_seen = 0
    for i in range(ROUNDS[mode]):
        folder = tmp_path / f"r{i}"
        folder.mkdir()
        target = {"raw": folder / "file.txt", "delmaal": folder / "x.delmaal.json"}.get(mode, folder)
        _kill_during_writes(mode, target, rng)
        names = sorted(p.name for p in folder.iterdir())
        temps = [n for n in names if n.endswith(".tmp")]
        temps_seen += len(temps)
        final = [n for n in names if not n.endswith(".tmp")]
        assert all(n.startswith(".") for n in temps)  # a partial file never sits under a final name
        if mode == "raw":
            assert final == ["file.txt"]
            assert (folder / "file.txt").read_text(encoding="utf-8") in versions
        elif mode == "delmaal":
            assert final in (["x.delmaal.json"], ["x.delmaal.json", "x.delmaal.json.bak"])
            for name in final:  # the file and its backup are each a whole version
                assert _delmaal_key(load_delmaal(folder / name)) in versions
        else:
            assert final == ["kill-test.draft.json"]
            store = DraftStore(folder)
            infos = store.list()
            assert [i.id for i in infos] == ["kill-test"] and store.problems == []
            assert _draft_key(store.load("kill-test")) in versions
            # the writer is dead (its process id is in the temp name): its leftovers are dealt with at once
            assert [p.name for p in folder.iterdir() if p.name.endswith(".tmp")] == []
    # informational: how many kills landed in the middle of a write
    print(f"{mode}: {temps_seen} of {ROUNDS[mode]} kills interrupted a write")
