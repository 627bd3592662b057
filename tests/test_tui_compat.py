"""Smoke test of tui/compat.py, the one place that uses Textual's private API: when Textual changes, this fails
first and says where."""

import asyncio

from rich.text import Text
from textual.app import App
from textual.widgets import TextArea

from delmaal_assistant.tui import compat
from delmaal_assistant.tui.keys import DanishBindingsTable, DanishKeyPanel


def test_private_names_still_exist():
    assert callable(getattr(TextArea, compat.TEXTAREA_KEY_HOOK))
    assert hasattr(compat.BindingsTable, "render_bindings_table")
    assert issubclass(DanishBindingsTable, compat.BindingsTable) and issubclass(DanishKeyPanel, compat.KeyPanel)
    app = App()
    for name in ("_return_code", "_exception", "_exception_event", "_exit_renderables", "_close_messages_no_wait"):
        assert hasattr(app, name), name


def test_key_panel_in_danish_and_exit_quietly():
    class Probe(App):
        BINDINGS = [("ctrl+q", "quit", "Quit")]

        def compose(self):
            yield DanishKeyPanel()

    async def run():
        app = Probe()
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            table = app.query_one(DanishBindingsTable)
            rendered = table.render_bindings_table()
            assert rendered.row_count >= 1
            error = RuntimeError("boom")
            compat.exit_quietly(app, error, Text("Afsluttet med en fejl."))
            await pilot.pause()
        return app

    try:
        app = asyncio.run(run())
    except RuntimeError as exc:  # run_test re-raises the error we handed over
        assert str(exc) == "boom"
    else:
        assert app.return_code == 1
