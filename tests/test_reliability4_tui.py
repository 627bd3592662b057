"""Issue 30 in the assistant: a delmål with a naive timestamp (5) and U+FFFF/U+FFFE in its texts (11) opens with F4,
its status is written with S, and the assistant stays open (before: F4, then S, closed it)."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_followup_tui import NoteChecker, open_period, saved_delmaal  # noqa: E402
from tui_helpers import settle  # noqa: E402

from delmaal_assistant.tui.app import create_app  # noqa: E402

TODAY = date(2027, 5, 20)


async def test_5_11_period_and_status_with_a_naive_timestamp_and_noncharacters(tmp_path):
    import docx

    path = saved_delmaal(tmp_path)
    data = json.loads(path.read_text(encoding="utf-8"))
    data["title"] = "Tøj\uffffvask\ufffe"
    data["observations"] = [
        {"id": "a", "observed_on": "2027-04-02", "level": 2, "note": "Vaskede\uffff selv.", "by": "KP",
         "recorded_at": "2027-04-02T10:00:00+00:00"},
        {"id": "b", "observed_on": "2027-04-02", "level": 2, "note": "Vaskede igen.", "by": "KP",
         "recorded_at": "2027-04-02T11:00:00"},  # no time zone: edited by hand or written by another program
    ]
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    app = create_app(checker=NoteChecker(), data_dir=tmp_path / "data", today=TODAY)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_period(pilot, app, path)
        assert type(app.screen).__name__ == "ProgressScreen", type(app.screen).__name__
        await pilot.press("s")
        await settle(pilot, app)
        assert app.is_running and type(app.screen).__name__ == "ProgressScreen"
    status = tmp_path / "Tøjvask.status.docx"
    text = "\n".join(p.text for p in docx.Document(str(status)).paragraphs)
    assert "Tøjvask" in text and "\uffff" not in text
