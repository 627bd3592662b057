"""A few SVG snapshots of the assistant at 80×24 (the smallest size it must work in).

Deterministic: fake checker, fixed date, empty temp data folder, fixed home folder. Update after an intended
change of the layout with `./test tests/test_tui_snapshots.py --snapshot-update` and look at the SVGs.
"""

from __future__ import annotations

from datetime import date

import pytest
from textual.widgets import TextArea
from tui_helpers import settle

from delmaal_assistant.tui.app import create_app

TODAY = date(2026, 11, 23)


@pytest.fixture
def app(fake_checker, data_dir, monkeypatch):
    monkeypatch.setenv("HOME", "/hjem/medarbejder")
    return create_app(checker=fake_checker, data_dir=data_dir, today=TODAY)


def test_start_screen(snap_compare, app):
    assert snap_compare(app, terminal_size=(80, 24))


def test_followup_for_a_vague_wording(snap_compare, app):
    async def run_before(pilot):
        await settle(pilot, app)
        app.action_new_delmaal()
        await settle(pilot, app)
        screen = app.screen
        await screen.goto_step("wording", come_back=False)
        await settle(pilot, app)
        screen.query_one(TextArea).text = "At beboeren bliver bedre til at vaske sit tøj."
        await pilot.press("ctrl+s")
        await settle(pilot, app)

    assert snap_compare(app, terminal_size=(80, 24), run_before=run_before)


def test_meeting_mode(snap_compare, app):
    async def run_before(pilot):
        await settle(pilot, app)
        app.action_new_delmaal()
        await settle(pilot, app)
        await pilot.press("f2")
        await settle(pilot, app)
        # the conversation at its end, as the screen scrolls it after a refresh (not left to timing)
        app.screen.query_one("#log").scroll_end(animate=False, immediate=True)
        await settle(pilot, app)

    assert snap_compare(app, terminal_size=(80, 24), run_before=run_before)
