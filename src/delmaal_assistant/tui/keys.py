"""Keys as a Danish user reads them: Textual's own key descriptions in Danish, the keys panel in Danish, and
key names written the Danish way ("Ctrl+N", "PgDn", "Mellemrum": `core.keymap.key_text`)."""

from __future__ import annotations

from rich import box
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.widgets import HelpPanel, Markdown

from delmaal_assistant.core.keymap import key_text
from delmaal_assistant.tui.compat import BindingsTable, KeyPanel
from delmaal_assistant.tui.palette import PALETTE_PLACEHOLDER

__all__ = ["KEYS_DA", "PALETTE_PLACEHOLDER", "key_description", "key_text", "DanishHelpPanel"]


#: Textual's built-in key descriptions (Input, TextArea, OptionList, scrolling …) in Danish, for the keys panel.
KEYS_DA: dict[str, str] = {
    "Bottom": "Nederst", "Top": "Øverst", "Up": "Op", "Down": "Ned", "up": "op", "down": "ned", "left": "venstre",
    "right": "højre", "Home": "Start", "End": "Slut", "First": "Første", "Last": "Sidste",
    "Copy": "Kopiér", "Copy selected text": "Kopiér markeret tekst", "Cut": "Klip",
    "Cut selected text": "Klip markeret tekst", "Paste": "Indsæt", "Paste text from the clipboard": "Indsæt fra udklipsholderen",
    "Undo": "Fortryd", "Redo": "Gentag", "Select": "Vælg", "Select all": "Markér alt", "Select line": "Markér linje",
    "Select line end": "Markér til linjens slutning", "Select line start": "Markér til linjens start",
    "select word": "markér ord", "Submit": "Send", "Toggle": "Slå til/fra", "Toggle option": "Slå valg til/fra",
    "Toggle collapsible": "Fold ud/sammen", "Press button": "Tryk på knappen", "Show menu": "Vis menu",
    "Open link": "Åbn link", "Next option": "Næste valg", "Previous option": "Forrige valg",
    "Next tab": "Næste fane", "Previous tab": "Forrige fane", "Next page": "Næste side",
    "Previous page": "Forrige side", "Next command": "Næste kommando", "Previous command": "Forrige kommando",
    "Exit the command palette": "Luk kommandolisten", "Focus Next": "Næste felt", "Focus Previous": "Forrige felt",
    "Unfocus any focused widget": "Fjern fokus", "Go to bottom": "Gå til bunden", "Go to top": "Gå til toppen",
    "Go to end": "Gå til slutningen", "Go to start": "Gå til starten", "Quit": "Afslut", "Maximize": "Maksimér",
    "Screenshot": "Skærmbillede", "Dismiss menu": "Luk listen",
    "Cursor up": "Markør op", "Cursor Up": "Markør op", "Cursor down": "Markør ned", "Cursor Down": "Markør ned",
    "Cursor left": "Markør til venstre", "Cursor right": "Markør til højre", "Cursor word left": "Et ord til venstre",
    "Cursor word right": "Et ord til højre", "Cursor line start": "Til linjens start",
    "Cursor line end": "Til linjens slutning", "Cursor page up": "En side op", "Cursor page down": "En side ned",
    "Cursor up select": "Markér op", "Cursor down select": "Markér ned", "Cursor left select": "Markér til venstre",
    "Cursor right select": "Markér til højre", "Cursor left word select": "Markér et ord til venstre",
    "Cursor right word select": "Markér et ord til højre", "Cursor line start select": "Markér til linjens start",
    "Cursor line end select": "Markér til linjens slutning", "Cursor to parent": "Til overordnet",
    "Cursor to next sibling": "Til næste", "Cursor to previous sibling": "Til forrige",
    "Cursor to next ancestor": "Til næste overordnede", "Expand or collapse all": "Fold alt ud/sammen",
    "Move cursor left": "Markør til venstre", "Move cursor left a word": "Et ord til venstre",
    "Move cursor left a word and select": "Markér et ord til venstre", "Move cursor left and select": "Markér til venstre",
    "Move cursor right a word": "Et ord til højre", "Move cursor right a word and select": "Markér et ord til højre",
    "Move cursor right and select": "Markér til højre",
    "Move cursor right or accept the completion suggestion": "Markør til højre eller tag forslaget",
    "Delete character left": "Slet tegn til venstre", "Delete character right": "Slet tegn til højre",
    "Delete left to start of word": "Slet til ordets start", "Delete right to start of word": "Slet til næste ord",
    "Delete all to the left": "Slet alt til venstre", "Delete all to the right": "Slet alt til højre",
    "Delete line": "Slet linje", "Delete to line end": "Slet til linjens slutning",
    "Delete to line start": "Slet til linjens start",
    "Page Up": "En side op", "Page Down": "En side ned", "Page up": "En side op", "Page down": "En side ned",
    "Page Left": "En side til venstre", "Page Right": "En side til højre", "Scroll Up": "Rul op",
    "Scroll Down": "Rul ned", "Scroll Left": "Rul til venstre", "Scroll Right": "Rul til højre",
    "Scroll Home": "Rul til toppen", "Scroll End": "Rul til bunden",
}


def key_description(description: str) -> str:
    """A key's description in Danish (our own bindings are Danish already; Textual's are translated)."""
    return KEYS_DA.get(description, description)


class DanishBindingsTable(BindingsTable):
    """The keys panel's table with Danish descriptions."""

    def render_bindings_table(self) -> Table:
        table = Table(padding=(0, 0), show_header=False, box=box.SIMPLE)
        table.add_column("", justify="right")
        table.add_column("")
        key_style = self.get_component_rich_style("bindings-table--key")
        seen: dict[str, list[str]] = {}
        order: list[tuple[str, str]] = []
        for _namespace, binding, _enabled, _tooltip in self.screen.active_bindings.values():
            if binding.system or not binding.description:
                continue
            desc = key_description(binding.description)
            keys = seen.setdefault(binding.action, [])
            if not keys:
                order.append((binding.action, desc))
            display = self.app.get_key_display(binding)
            if display not in keys:
                keys.append(display)
        for action, desc in order:
            table.add_row(Text(" ".join(seen[action]), style=key_style), Text(desc))
        return table


class DanishKeyPanel(KeyPanel):
    def compose(self) -> ComposeResult:
        yield DanishBindingsTable(shrink=True, expand=False)


class DanishHelpPanel(HelpPanel):
    """Textual's keys panel (Ctrl+P › Vis taster), in Danish."""

    def compose(self) -> ComposeResult:
        yield Markdown(id="widget-help")
        yield DanishKeyPanel(id="keys-help")
