"""Modal dialogs: help for a question, save/export, confirm."""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Checkbox, Input, Label, Static

from delmaal_assistant.tui.widgets import TickBox
from delmaal_assistant.core.interview import Step

KEYS_HELP = (
    "Taster: Ctrl+S send svar · Ctrl+N gå videre alligevel · Ctrl+B forrige spørgsmål · "
    "PgUp/PgDn rul i samtalen · F1 hjælp · F2 mødetilstand · F3 gennemse og gem · F4 sidepanel · Ctrl+J svar på SMART 3 og 6 · "
    "Ctrl+P kommandoer · "
    "Esc startskærm · Ctrl+Q afslut. Alt gemmes automatisk som kladde."
)


class HelpScreen(ModalScreen[None]):
    BINDINGS = [
        Binding("escape", "close", "Luk", id="help-close"),
        Binding("f1", "close", "Luk", id="help-close-f1", show=False),
    ]

    def __init__(self, step: Step, meeting: bool) -> None:
        super().__init__()
        self.step = step
        self.meeting = meeting

    def compose(self) -> ComposeResult:
        s = self.step
        t = Text()
        t.append(f"Hjælp: {s.title}\n\n", style="bold")
        t.append("Spørgsmålet: ", style="bold")
        t.append(s.question + "\n")
        if self.meeting:
            t.append("Til beboeren: ", style="bold")
            t.append(s.meeting + "\n")
        t.append("\n" + s.help + "\n")
        if s.good:
            t.append("\nGode eksempler:\n", style="bold")
            for g in s.good:
                t.append(f"  ✓ {g}\n")
        if s.bad:
            t.append("\nMindre gode eksempler:\n", style="bold")
            for b in s.bad:
                t.append(f"  ✗ {b}\n")
        t.append("\n" + KEYS_HELP, style="dim")
        with Vertical(id="help-box", classes="dialog"):
            with VerticalScroll():
                yield Static(t, id="help-text")
            yield Button("Luk (Esc)", id="help-close-button")

    def on_mount(self) -> None:
        self.query_one("#help-close-button").focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(None)

    def action_close(self) -> None:
        self.dismiss(None)


class ConfirmScreen(ModalScreen[bool]):
    BINDINGS = [Binding("escape", "cancel", "Annullér", id="confirm-cancel")]

    def __init__(self, message: Text | str, yes: str = "Ja", no: str = "Annullér") -> None:
        super().__init__()
        self.message = message
        self.yes, self.no = yes, no

    def compose(self) -> ComposeResult:
        with Vertical(id="confirm-box", classes="dialog"):
            with VerticalScroll():
                yield Static(self.message, id="confirm-text")
            with Horizontal(classes="buttons"):
                yield Button(self.no, id="confirm-no", variant="primary")
                yield Button(self.yes, id="confirm-yes", variant="warning")

    def on_mount(self) -> None:
        self.query_one("#confirm-no").focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "confirm-yes")

    def action_cancel(self) -> None:
        self.dismiss(False)


class ConfirmSmartScreen(ModalScreen["int | None"]):
    """SMART questions 3 and 6 can only be answered by a person: say yes (or take a yes back) here."""

    BINDINGS = [Binding("escape", "cancel", "Annullér", id="smart-cancel")]

    def __init__(self, items) -> None:
        super().__init__()
        self.items = [i for i in items if i.number in (3, 6)]

    def compose(self) -> ComposeResult:
        t = Text()
        t.append("Svar på SMART-spørgsmål, som kun I kan svare på\n\n", style="bold")
        for i in self.items:
            t.append(f"{i.number}. {i.question}\n", style="bold")
            t.append(f"   Nu: {i.reason}\n\n")
        t.append("Et ja gemmes med datoen og gælder, indtil delmålet, målet eller datoerne ændres.")
        with Vertical(id="smart-box", classes="dialog"):
            with VerticalScroll():
                yield Static(t, id="smart-text")
            with Horizontal(classes="buttons"):
                yield Button("Annullér", id="smart-none")
                for i in self.items:
                    confirmed = i.status == "met" and i.reason.startswith("Ja")
                    label = f"Fortryd ja til {i.number}" if confirmed else f"Ja til {i.number}"
                    yield Button(label, id=f"smart-{i.number}", disabled=i.status not in ("ask", "met") or (
                        i.status == "met" and not confirmed))

    def on_mount(self) -> None:
        self.query_one("#smart-none").focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        bid = event.button.id or ""
        self.dismiss(int(bid.split("-")[1]) if bid in ("smart-3", "smart-6") else None)

    def action_cancel(self) -> None:
        self.dismiss(None)


class SaveScreen(ModalScreen["tuple[Path, str, bool | tuple[str, ...]] | None"]):
    """Ask for folder and file name. Returns (folder, file name, also export) or None; with `export_only`,
    (folder, file name stem, the chosen export formats)."""

    BINDINGS = [Binding("escape", "cancel", "Annullér", id="save-cancel")]

    def __init__(self, folder: Path, filename: str, *, export: bool = False, export_only: bool = False) -> None:
        super().__init__()
        self.folder, self.filename = folder, filename
        self.export, self.export_only = export, export_only

    def compose(self) -> ComposeResult:
        title = "Eksportér delmålet" if self.export_only else "Gem delmålet"
        with Vertical(id="save-box", classes="dialog"):
            yield Static(title, classes="dialog-title")
            yield Label("Mappe:")
            yield Input(str(self.folder), id="save-folder", compact=True)
            yield Label("Filnavn:" if not self.export_only else "Filnavn (uden endelse):")
            yield Input(self.filename, id="save-name", compact=True)
            if not self.export_only:
                yield TickBox("Eksportér også til Sensum/Bosted (.md og .txt)",
                               value=self.export, id="save-export")
            else:
                from delmaal_assistant.core.export import FORMATS

                yield Static("Vælg formater (filerne får filnavnet + endelsen):")
                for fmt, (suffix, what) in FORMATS.items():
                    yield TickBox(f"{what} ({suffix})", value=fmt in ("md", "txt"), id=f"export-{fmt}", compact=True)
            yield Static("", id="save-error")
            with Horizontal(classes="buttons"):
                yield Button("Annullér", id="save-no")
                yield Button("Eksportér" if self.export_only else "Gem", id="save-yes", variant="primary")

    def on_mount(self) -> None:
        self.query_one("#save-name", Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self._finish()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "save-yes":
            self._finish()
        else:
            self.dismiss(None)

    def _finish(self) -> None:
        folder = self.query_one("#save-folder", Input).value.strip()
        name = self.query_one("#save-name", Input).value.strip()
        err = self.query_one("#save-error", Static)
        if not folder:
            err.update("Skriv en mappe.")
            return
        if not name or "/" in name or "\\" in name:
            err.update("Skriv et filnavn uden skråstreger.")
            return
        path = Path(folder).expanduser()
        if path.exists() and not path.is_dir():
            err.update(f"'{path}' er en fil, ikke en mappe.")
            return
        if self.export_only:
            from delmaal_assistant.core.export import FORMATS

            formats = tuple(f for f in FORMATS if self.query_one(f"#export-{f}", Checkbox).value)
            if not formats:
                err.update("Vælg mindst ét format.")
                return
            self.dismiss((path, name, formats))
            return
        self.dismiss((path, name, self.query_one("#save-export", Checkbox).value))

    def action_cancel(self) -> None:
        self.dismiss(None)
