"""Textual's command palette with its last English text in Danish ("No matches found" → "Ingen kommandoer passer")."""

from __future__ import annotations

from rich.align import Align
from rich.text import Text
from textual.command import CommandList, CommandPalette
from textual.widgets.option_list import Option

from delmaal_assistant.core import texts

PALETTE_PLACEHOLDER = texts.get("tui.palette.placeholder")

NO_MATCHES = texts.get("tui.palette.ingen_kommandoer_passer_du")


class DanishCommandPalette(CommandPalette):
    def _start_no_matches_countdown(self, search_value: str) -> None:
        """Textual's own, with the Danish text: after a moment without matches, say so (not while browsing)."""
        self._stop_no_matches_countdown()

        def show_no_matches() -> None:
            if search_value:
                self.query_one(CommandList).add_option(
                    Option(Align.center(Text(NO_MATCHES, style="not bold")), disabled=True, id=self._NO_MATCHES))
                self._list_visible = True
            else:
                self._list_visible = False

        self._no_matches_timer = self.set_timer(self._NO_MATCHES_COUNTDOWN, show_no_matches)
