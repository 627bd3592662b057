"""Two question changes at once do not close the app. The check of a sent answer ends by showing the next question
(a worker's result) while a key (Alt+N/Ctrl+N, «Spring over») may show another one; both removed the old form and
mounted their own, and the first went on to fill in a form the second had already removed – NoMatches
«#answer-input», the app closed (a crash report of a loaded test run, session 9). Now one change finishes before
the next begins, and the last one asked for is the one on screen."""

from __future__ import annotations

import asyncio
from datetime import date

from textual.widgets import Input, TextArea

from delmaal_assistant.core.files.drafts import Draft
from delmaal_assistant.tui.app import create_app
from delmaal_assistant.tui.screens.interview import InterviewScreen
from sample_delmaal import full_delmaal
from tui_helpers import settle

TODAY = date(2026, 12, 7)


async def test_two_question_changes_at_once_finish_one_after_the_other(fake_checker, data_dir):
    app = create_app(checker=fake_checker, data_dir=data_dir, today=TODAY)
    async with app.run_test(size=(100, 30)) as pilot:
        draft = Draft(delmaal=full_delmaal(), step="purpose")
        app.store.save(draft)
        app.open_interview(app.store.load(draft.id), resumed=False)
        await settle(pilot, app)
        screen = app.screen
        assert isinstance(screen, InterviewScreen)
        first, second = screen.prompts.step("measurement"), screen.prompts.step("handleplan_goal")
        await asyncio.gather(screen.show_step(first), screen.show_step(second))
        await settle(pilot, app)
        assert app.screen is screen and app.is_running
        assert screen.step.id == "handleplan_goal"
        box = screen.form.query_one("#answer-input")
        assert isinstance(box, (Input, TextArea))
        assert len(screen.query("#answer-input")) == 1          # one form on screen, not two
