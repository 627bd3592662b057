"""Typed text lands where it was typed, in order, in one-line fields: bursts with Backspace while a check finishes
(issue 26, point 2).

The cause was Textual's binding route: letters are inserted by the field itself, Backspace/Delete/←/→ are bindings
run after the key has bubbled through every parent's queue – so in a burst, letters typed after a held Backspace
were inserted first and then deleted ("Visuel støtte" → "isuel støtte"). `tui.fields.InOrderKeys` runs the
field's own bindings in its own queue; keys typed while a check runs join the kept keys in the app's routing.

Every burst starts with more Backspaces than the field holds, so whatever field the keys end up in, it must hold
exactly the typed text afterwards. The checker sleeps so that its result lands in the middle of the burst, and a
thread keeps the interpreter busy (as a loaded machine does)."""

from __future__ import annotations

import asyncio
import sys
import threading
import time
from datetime import date

import pytest
from textual import events
from textual.widgets import Input, TextArea

from conftest import FakeChecker
from delmaal_assistant.core.files.drafts import Draft
from delmaal_assistant.tui.app import create_app
from sample_delmaal import full_delmaal
from tui_helpers import settle

TODAY = date(2026, 11, 22)


class SlowChecker(FakeChecker):
    """The fake checker, taking as long as a real check of a short answer under load."""

    def check(self, text):
        time.sleep(0.12)
        return super().check(text)


def send(app, key: str) -> None:
    char = key if len(key) == 1 else {"space": " ", "backspace": "\x7f", "delete": "\x1b[3~"}.get(key)
    event = events.Key(key, char if key != "delete" else None)
    event.set_sender(app)
    app._driver.send_message(event)


async def type_burst(app, keys: list[str], *, gap: float) -> None:
    """Keys as a fast typist sends them: in clumps of a few, a few milliseconds apart."""
    for i, key in enumerate(keys):
        send(app, key)
        if gap and i % 3 == 2:
            await asyncio.sleep(gap)


def value(widget) -> str:
    return widget.value if isinstance(widget, Input) else widget.text


class Load:
    """A busy thread competing for the interpreter, like the other programs on a loaded machine."""

    def __enter__(self):
        self.stop = threading.Event()
        self.interval = sys.getswitchinterval()
        sys.setswitchinterval(0.001)  # hand the interpreter over as often as the OS would switch processes

        def spin():  # a third of the interpreter's time, in slices like another busy thread's
            while not self.stop.is_set():
                end = time.perf_counter() + 0.002
                while time.perf_counter() < end:
                    pass
                time.sleep(0.004)

        self.thread = threading.Thread(target=spin, daemon=True)
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.stop.set()
        self.thread.join()
        sys.setswitchinterval(self.interval)


CASES = {
    # step, field, how the check runs: "live" – a live check's remarks arrive during the burst; "send" – the sent
    # answer's check finishes during the burst; "remark" – typed straight into the field after the sent answer's
    # remarks appeared (the report)
    "title-live": ("title", "#answer-input", "live"),
    "title-sent": ("title", "#answer-input", "send"),
    "method-name-sent": ("methods", "#m1-name", "send"),
    "method-name-after-remark": ("methods", "#m1-name", "remark"),
    "indicator-sent": ("indicator_2", "#ind-see", "send"),
}


@pytest.mark.parametrize("case", list(CASES))
async def test_bursts_with_backspace_while_a_check_finishes_land_in_order(data_dir, case):
    step_id, selector, how = CASES[case]
    app = create_app(checker=SlowChecker(), data_dir=data_dir, today=TODAY)
    async with app.run_test(size=(80, 24)) as pilot:
        d = full_delmaal()
        d.title = "Mere tøjvask"  # a remark on it (the fake checker's "mere")
        if how == "remark":
            d.methods[0].description = "ring 12345678"  # a remark when sent (personal data): the step stays
        draft = Draft(delmaal=d, step=step_id)
        app.store.save(draft)
        app.open_interview(app.store.load(draft.id), resumed=True)
        await settle(pilot, app)
        screen = app.screen
        if how == "remark":
            await pilot.press("ctrl+s")
            await settle(pilot, app)
            assert screen.step.id == step_id and str(screen.query_one("#live").render()).strip()
        screen.query_one(selector).focus()
        await pilot.pause()
        for round_, text in enumerate(["Visuel støtte", "Strukturpædagogik"]):
            with Load():
                if how == "send":
                    send(app, "ctrl+s")  # the check of the sent answer finishes during the burst
                elif how == "live":
                    send(app, "x")  # a live check starts; its remarks arrive during the burst
                    await asyncio.sleep(0.3)
                keys = ["backspace"] * 70 + list(text)  # a held Backspace: more than any field here holds
                await type_burst(app, keys, gap=0.004 * (round_ + 1))
                await asyncio.sleep(0.5)  # the keys are handled while the machine is busy
            await settle(pilot, app)
            await pilot.pause(0.2)
            await settle(pilot, app)
            target = app.screen.focused
            assert isinstance(target, (Input, TextArea)), target
            assert value(target) == text, (case, round_)


async def test_a_shortcut_that_carries_a_character_is_not_typed(fake_checker, data_dir):
    """The browser sends Alt+A as ESC a: key "alt+a" with the character "a". It selects the answer (the browser's
    key for select-all) and types nothing; Alt+H opens the help instead of typing "h"."""
    app = create_app(checker=fake_checker, data_dir=data_dir, today=TODAY)
    app.use_browser_keys()
    async with app.run_test(size=(80, 24)) as pilot:
        draft = Draft(delmaal=full_delmaal(), step="title")
        app.store.save(draft)
        app.open_interview(app.store.load(draft.id), resumed=True)
        await settle(pilot, app)
        field = app.screen.query_one("#answer-input", Input)
        field.focus()
        await pilot.pause()
        for key in ("alt+a", "alt+h"):
            event = events.Key(key, key[-1])
            event.set_sender(app)
            app._driver.send_message(event)
            await settle(pilot, app)
            assert field.value == "Tøjvask", key
        assert field.selected_text == "Tøjvask"
        assert type(app.screen).__name__ == "HelpScreen"
