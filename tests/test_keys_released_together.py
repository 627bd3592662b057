"""Keys released together after a hold reach the screen in the order typed, also when the focus is not a text
field. Found in a Chromium walk under load (session 10): «nej» typed on «Har du en værge …?» right after Alt+N
had opened the question was held (the new form was being built) and released together with the Enter typed
behind it; the letters bubble from the tick box up to the screen one queue at a time, and the Enter was acted on
first – focus went on to the next field, «nej» landed there, and the question was never answered."""

from __future__ import annotations

from datetime import date

import pytest
from textual import events
from textual.widgets import Checkbox

from delmaal_assistant.core.model import Collaboration
from delmaal_assistant.tui.app import create_app
from sample_delmaal import full_delmaal
from test_meeting_round5 import _open
from tui_helpers import settle

TODAY = date(2026, 12, 7)


def _keys(text: str) -> list[events.Key]:
    return [events.Key(c, c) for c in text] + [events.Key("enter", "\r")]


@pytest.mark.parametrize("typed", ["nej", "ja"])
async def test_words_and_enter_released_together_on_a_tick_box_keep_their_order(fake_checker, data_dir, typed):
    d = full_delmaal(collaboration=Collaboration(resident_attitude="Det er godt", guardian_involved=typed == "nej",
                                                 guardian_involvement=""))
    app = create_app(checker=fake_checker, data_dir=data_dir, today=TODAY)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _open(pilot, app, "guardian", d)
        box = screen.form.query_one("#guardian-involved", Checkbox)
        assert screen.focused is box
        app.route_later(_keys(typed))        # as the app releases keys it held while the question was built
        await settle(pilot, app)
        if typed == "nej":                   # «nej» then Enter: answered, and on to the next question
            assert screen.step.id != "guardian", screen.step.id
            assert screen.draft.delmaal.collaboration.guardian_involved is False
        else:                                # «ja» then Enter: ticked, and asked how the guardian took part
            assert box.value is True
            assert screen.step.id == "guardian"
            assert screen.focused is screen.form.query_one("#guardian-how")
