"""A text box drawn once more after its form was removed does not close the app (Textual 8.2 issues #6208/#6528:
a removed TextArea's component styles are cleared while the screen may still draw its old arrangement; its theme
raised KeyError «No 'text-area--gutter' key in COMPONENT_CLASSES»). Found in the Chromium meeting walk under load
(session 10): Alt+N replaced the question's form, a timer refresh drew the old one, and the tab said «Assistenten er
lukket» halfway through the meeting – a crash report in the log folder, the rest of the meeting lost."""

from __future__ import annotations

import pytest
from textual.app import App
from textual.geometry import Region
from textual.widgets import TextArea

from delmaal_assistant.tui.fields import SafeTextArea, TextBox


def _draw_after_removal(cls) -> list:
    class One(App):
        def compose(self):
            yield cls("svar", id="box")

    async def run():
        app = One()
        async with app.run_test(size=(40, 10)) as pilot:
            box = app.query_one("#box")
            await pilot.pause()
            await box.remove()                    # the next question's form replaces it …
            return box.render_lines(Region(0, 0, 20, 3))   # … and the screen draws its old arrangement once more

    import asyncio

    return asyncio.run(run())


def test_textual_textarea_raises_when_drawn_after_removal():
    """The upstream behaviour this guards against (if Textual fixes it, this test says so and can go)."""
    with pytest.raises(KeyError):
        _draw_after_removal(TextArea)


@pytest.mark.parametrize("cls", [TextBox, SafeTextArea])
def test_our_text_boxes_draw_blank_lines_after_removal(cls):
    lines = _draw_after_removal(cls)
    assert len(lines) == 3 and all(line.cell_length == 20 for line in lines)
