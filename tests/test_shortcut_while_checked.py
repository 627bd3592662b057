"""A shortcut typed while a sent answer is checked (session 11, found by typing letters, Ctrl+N and more letters
right after Enter): Ctrl+N acted at once, under the check – the screen moved on, the check's result found itself on
another question and was dropped, and the screen stayed «busy» for good: every key typed after that was kept and
never typed, Enter did nothing. Now a shortcut typed while the answer is checked is kept in order with the text
around it and acts once the check is done, on the screen the check leads to; «videre»/«send» pressed right after
Enter (nothing typed between) is the Enter already on its way; a screen that finds itself on another question when
the check ends is not left waiting."""

from __future__ import annotations

import asyncio
import threading
from datetime import date

from conftest import FakeChecker
from delmaal_assistant.tui.app import create_app
from test_typing_bursts import send
from tui_helpers import settle, visible_log_texts

WORDING = "At beboeren vasker sit tøj hver onsdag inden 1. marts 2027."


class GateChecker(FakeChecker):
    """The fake checker; once armed, the next check waits until the test lets it finish."""

    def __init__(self) -> None:
        super().__init__()
        self.armed = False
        self.entered = threading.Event()
        self.release = threading.Event()

    def check(self, text):
        if self.armed:
            self.armed = False
            self.entered.set()
            self.release.wait(10)
        return super().check(text)


async def _at_wording(pilot, app):
    app.action_new_delmaal()
    await settle(pilot, app)
    await pilot.press(*"Tøjvask", "enter")
    await settle(pilot, app)
    screen = app.screen
    assert screen.step.id == "wording"
    await pilot.press(*[c if c != " " else "space" for c in WORDING])
    await settle(pilot, app)
    return screen


async def _send_while_checked(pilot, app, checker, keys):
    checker.armed = True
    send(app, "enter")
    while not checker.entered.is_set():
        await asyncio.sleep(0.01)
    screen = app.screen
    assert screen._busy
    for k in keys:
        send(app, k)
    for _ in range(5):
        await pilot.pause()
    checker.release.set()
    await settle(pilot, app)


async def test_letters_shortcut_letters_typed_while_checked_land_in_order(data_dir):
    checker = GateChecker()
    app = create_app(checker=checker, data_dir=data_dir, today=date(2026, 12, 7))
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await _at_wording(pilot, app)
        await _send_while_checked(pilot, app, checker, [*"abc", "ctrl+n", *"xyz"])
        d = screen.draft.delmaal
        assert d.wording == WORDING
        # the check's reply to the wording was said, then «abc» went into the next question and Ctrl+N kept it
        assert any(t.startswith("Assistent: Godt") for t in visible_log_texts(screen)), visible_log_texts(screen)
        assert d.purpose == "abc"
        assert screen.step.id == "measurement" and screen.form.get_answer()["text"] == "xyz"
        assert not screen._busy and not screen._typed_ahead
        await pilot.press(*"123")
        await settle(pilot, app)
        assert screen.form.get_answer()["text"] == "xyz123"


async def test_videre_right_after_enter_is_the_enter_on_its_way(data_dir):
    checker = GateChecker()
    app = create_app(checker=checker, data_dir=data_dir, today=date(2026, 12, 7))
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await _at_wording(pilot, app)
        await _send_while_checked(pilot, app, checker, ["ctrl+n", *"de"])
        # the next question is shown, not skipped unseen; what was typed after Ctrl+N is in its field
        assert screen.step.id == "purpose" and screen.form.get_answer()["text"] == "de"
        assert not any("Gik videre" in t for t in visible_log_texts(screen))


async def test_back_typed_while_checked_goes_back_from_where_the_check_led(data_dir):
    checker = GateChecker()
    app = create_app(checker=checker, data_dir=data_dir, today=date(2026, 12, 7))
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await _at_wording(pilot, app)
        await _send_while_checked(pilot, app, checker, ["ctrl+b"])
        assert screen.step.id == "wording" and not screen._busy
        assert screen.draft.delmaal.wording == WORDING
        await pilot.press("end", *"x")
        await settle(pilot, app)
        assert screen.form.get_answer()["text"].endswith("x")


async def test_a_check_ending_on_another_question_leaves_no_screen_waiting(data_dir):
    # whatever moves the screen under a check (a jump by mouse or from the command list), the screen goes on
    checker = GateChecker()
    app = create_app(checker=checker, data_dir=data_dir, today=date(2026, 12, 7))
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await _at_wording(pilot, app)
        checker.armed = True
        await pilot.press("enter")
        while not checker.entered.is_set():
            await asyncio.sleep(0.01)
        await screen.goto_step("measurement", come_back=False)
        checker.release.set()
        await settle(pilot, app)
        assert screen.step.id == "measurement" and not screen._busy
        await pilot.press(*"ok")
        await settle(pilot, app)
        assert screen.form.get_answer()["text"] == "ok"
