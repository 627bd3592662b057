"""A Static is updated only when what it shows changes (tui/render.show, issue 28): an update draws the widget
anew and lays out the whole screen again, and the interview screen re-set its side panel on every key."""

from __future__ import annotations

from datetime import date

from rich.text import Text
from textual.app import App
from textual.widgets import Static

from delmaal_assistant.core.files.drafts import Draft
from delmaal_assistant.tui.app import create_app
from delmaal_assistant.tui.render import show
from sample_delmaal import full_delmaal
from tui_helpers import settle


class _One(App):
    def compose(self):
        yield Static("", id="s")


async def test_show_updates_only_what_differs_in_text_styles_or_layout_options():
    app = _One()
    async with app.run_test() as pilot:
        w = app.query_one("#s", Static)
        updates = []
        real = w.update
        w.update = lambda content="", **kw: (updates.append(content), real(content, **kw))[1]

        first = Text("SMART", style="bold")
        first.append(" 1 ", style="green")
        show(w, first)
        assert updates == [first] and w.content is first
        again = Text("SMART", style="bold")
        again.append(" 1 ", style="green")
        show(w, again)  # equal in text, spans and style: nothing to draw
        assert updates == [first] and w.content is first
        # each difference is drawn: a span's style, the base style, the text, a layout option, the type
        other_span = Text("SMART", style="bold")
        other_span.append(" 1 ", style="red")
        other_base = Text("SMART", style="dim")
        other_base.append(" 1 ", style="green")
        other_text = Text("SMART", style="bold")
        other_text.append(" 2 ", style="green")
        centred = Text("SMART", style="bold", justify="center")
        centred.append(" 1 ", style="green")
        for content in (other_span, other_base, other_text, centred, "SMART 1 "):
            show(w, content)
            assert updates[-1] is content and w.content is content
        show(w, "SMART 1 ")  # an equal str
        assert len(updates) == 6
        show(w, centred)
        same = w.content
        same.append("!")  # changed in place: the very object shown is always drawn again
        show(w, same)
        assert updates[-1] is same and len(updates) == 8
        await pilot.pause()
        assert str(w.render()).startswith("SMART 1 !")


async def test_a_key_that_leaves_the_smart_list_as_it_was_does_not_redraw_it(fake_checker, data_dir):
    app = create_app(checker=fake_checker, data_dir=data_dir, today=date(2026, 11, 22))
    async with app.run_test(size=(120, 40)) as pilot:
        draft = Draft(delmaal=full_delmaal(), step="wording")
        app.store.save(draft)
        app.open_interview(app.store.load(draft.id), resumed=True)
        await settle(pilot, app)
        screen = app.screen
        smart, side = screen.query_one("#side-smart", Static), screen.query_one("#side-delmaal", Static)
        shown_smart, shown_side = smart.content, side.content
        assert "SMART" in str(shown_smart).upper()
        await pilot.press("end", "x")
        await settle(pilot, app)
        assert smart.content is shown_smart  # the same SMART list: not set again
        assert side.content is not shown_side and "x" in side.content.plain  # «DELMÅLET» shows the key typed
        screen.update_side()  # what a fresh update would show is what is shown
        assert smart.content is shown_smart
