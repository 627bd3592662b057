"""Nothing typed into an observation is lost when the assistant is killed (issue 21): a real process in a
pseudo-terminal at 80×24, an observation typed steadily, then SIGKILL (or SIGTERM); what was typed is on disk and
comes back when the delmål's period is opened again. The delmål file itself is untouched until the observation
is sent."""

from __future__ import annotations

import json
import signal
import sys
import time
from datetime import date, timedelta
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from ptyapp import PtyApp  # noqa: E402

from delmaal_assistant.core.model import Delmaal  # noqa: E402
from delmaal_assistant.core.files.storage import save_delmaal  # noqa: E402

pytestmark = pytest.mark.slow  # a real assistant process killed: run by ./test, skipped by ./test -m 'not slow'

F4 = "\x1bOS"
CTRL_O = "\x0f"


def _saved(folder: Path) -> tuple[Path, str]:
    today = date.today()
    d = Delmaal(title="Tøjvask", start_date=today - timedelta(days=30), end_date=today + timedelta(days=60))
    d.indicators.start_level, d.indicators.expected_end_level = 3, 1
    path = folder / "toejvask.delmaal.json"
    save_delmaal(path, d, backup=False)
    return path, d.id


def _open_observation(app: PtyApp, path: Path) -> None:
    assert app.wait_for("Nyt delmål"), app.output[-2000:]
    app.type(CTRL_O)
    time.sleep(0.2)  # let the focus move before the path arrives (keys are never lost, but the target matters)
    app.type(str(path))
    assert app.wait_for("delmaal.json")
    mark = len(app.output)
    app.type(F4)
    assert app.wait_for("Forløb", start=mark), app.output[-2000:]


@pytest.mark.parametrize("how", ["SIGKILL", "SIGTERM"])
def test_an_observation_typed_when_the_assistant_is_killed_is_kept(tmp_path, how):
    data = tmp_path / "data"
    path, did = _saved(tmp_path)
    before = path.read_bytes()
    pending = data / "followup" / f"{did}.observation.json"
    text = "Satte selv vasken i gang onsdag"
    with PtyApp(data, cols=80, rows=24) as app:
        _open_observation(app, path)
        mark = len(app.output)
        app.type("o")
        assert app.wait_for("Ny observation", start=mark)
        app.type("\r")  # the level highlighted (the start level): on to "what did you see"; typing follows at once
        seen = []
        typed = 0
        deadline = time.monotonic() + 60
        n = len(text) if how == "SIGKILL" else 12
        last_mark = len(app.output)
        while time.monotonic() < deadline and typed < n:
            last_mark = len(app.output)
            app.type(text[typed])
            typed += 1
            time.sleep(0.15)  # the typing rhythm itself, not a wait for the program
            if pending.exists():
                note = json.loads(pending.read_text(encoding="utf-8"))["note"]  # atomic writes: always whole
                if not seen or seen[-1] != note:
                    seen.append(note)
        if how == "SIGKILL":
            app.kill(signal.SIGKILL)
            assert app.wait() == -signal.SIGKILL
        else:
            # the last key drawn, so the program has every key before it (keys are handled in order); Textual may
            # redraw only the changed cells of the field, so the whole text need not appear in one piece
            assert app.wait_for(text[n - 1], start=last_mark), app.output[-2000:]
            app.kill(signal.SIGTERM)
            assert app.wait() == 128 + signal.SIGTERM
    on_disk = json.loads(pending.read_text(encoding="utf-8"))
    if how == "SIGKILL":
        assert len(seen) >= 2, seen  # written again and again while the keys kept coming
        assert all(text.startswith(s) for s in seen)
        assert text.startswith(on_disk["note"]) and len(on_disk["note"]) >= len(seen[-1]) > 0
    else:
        assert on_disk["note"] == text[:n]  # SIGTERM: everything typed is written first
    assert on_disk["level"] == 3 and on_disk["path"] == str(path)
    assert path.read_bytes() == before  # the delmål file is written only when the observation is sent
    # opened again: the observation comes back with what was typed
    with PtyApp(data, cols=80, rows=24) as app:
        _open_observation(app, path)
        assert app.wait_for("Ny observation"), app.output[-3000:]
        assert app.wait_for(on_disk["note"][-8:]), app.output[-3000:]
        app.kill(signal.SIGKILL)
        app.wait()
