"""Modal dialogs: help for a question, save/export, confirm."""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from delmaal_assistant.tui.bindings import bind
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Checkbox, Input, Label, Static
from delmaal_assistant.tui.fields import LineInput, TextBox

import os

from delmaal_assistant.core.outputs.export import to_text
from delmaal_assistant.core.interview import Step
from delmaal_assistant.core.sanitize import terminal_safe
from delmaal_assistant.core.files.storage import DELMAAL_SUFFIX, _why, delmaal_filename, write_target_problem
from delmaal_assistant.tui.widgets import TickBox

#: bytes a file name may have on common file systems; ".bak" is added to the name of a replaced file
NAME_MAX = 255

#: every key of the interview the help lists, by binding id (keys and what they do: prompts/da/keys.toml)
INTERVIEW_KEYS = ("submit", "skip", "back", "log-up", "log-down", "help", "meeting", "review", "side", "confirm-smart",
                  "use-proposal", "select-all", "palette", "home", "quit")


def keys_help(app) -> str:
    """"Taster: Ctrl+S send svar · …" with the keys that work where the app runs."""
    from delmaal_assistant.core.keymap import keymap

    parts = [f"{app.key_label(bid)} {keymap().entry(bid).help}" for bid in INTERVIEW_KEYS]
    return ("Taster: " + " · ".join(parts) + " · Tab næste felt · Enter næste felt eller send (se linjen under "
            "spørgsmålet). Alt gemmes automatisk som kladde.")


class HelpScreen(ModalScreen[None]):
    """Help for a question: the examples first (the weak ones too, visible at 80×24 without scrolling), then the
    explanation and every key. The text has focus, so ↑↓, PgUp/PgDn, Home/End scroll it; Esc, Enter or F1 close."""

    BINDINGS = [
        bind("help-close", "close"),
        bind("help-close-f1", "close", show=False),
        bind("help-close-enter", "close", show=False),
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
        if s.good:
            t.append("\nGode eksempler:\n", style="bold")
            for g in s.good:
                t.append(f"  ✓ {g}\n")
        if s.bad:
            t.append("\nMindre gode eksempler:\n", style="bold")
            for b in s.bad:
                t.append(f"  ✗ {b}\n")
        t.append("\n" + s.help + "\n")
        t.append("\n" + keys_help(self.app), style="dim")
        with Vertical(id="help-box", classes="dialog"):
            with VerticalScroll(id="help-scroll"):
                yield Static(t, id="help-text")
            with Horizontal(id="help-bar"):
                yield Static(self.app.hint("↑↓ PgUp PgDn ruller · {help-close}, {help-close-enter} eller {help-close-f1} "
                                            "lukker"),
                             id="help-keys")
                yield Button("Luk", id="help-close-button", compact=True)

    def on_mount(self) -> None:
        self.query_one("#help-scroll").focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(None)

    def action_close(self) -> None:
        self.dismiss(None)


class ConfirmScreen(ModalScreen[bool]):
    BINDINGS = [bind("confirm-cancel", "cancel")]

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


def save_target_problem(folder: Path, names: list[str]) -> str | None:
    """Why the files `names` cannot be written in `folder`, in Danish, or None. Checked before anything is
    opened: names too long (also a folder part), a FIFO/device/socket or a symlink where a file would go, a
    file where the folder should be. Never blocks and never raises."""
    try:
        fs_folder = os.fsencode(folder)
    except (UnicodeError, TypeError, ValueError):
        return "Mappens navn indeholder tegn, der ikke kan bruges i et filnavn."
    if b"\x00" in fs_folder:
        return "Mappens navn indeholder tegn, der ikke kan bruges i et filnavn."
    for part in Path(folder).parts:
        if len(os.fsencode(part)) > NAME_MAX:
            return (f"En del af mappens navn er for lang ({len(os.fsencode(part))} tegn/bytes; højst {NAME_MAX}). "
                    "Vælg en anden mappe.")
    if len(fs_folder) > 3800:
        return "Mappens sti er for lang. Vælg en anden mappe."
    for name in names:
        try:
            size = len(os.fsencode(name + ".bak"))
        except (UnicodeError, ValueError):
            return "Filnavnet indeholder tegn, der ikke kan bruges i et filnavn."
        if size > NAME_MAX:
            return (f"Filnavnet er for langt: '{name[:40]}…' har {size - 4} tegn/bytes, og der skal være plads "
                    f"til en sikkerhedskopi (.bak) på højst {NAME_MAX}. Vælg et kortere navn.")
    try:
        st = os.stat(folder)
    except OSError as exc:
        if os.path.islink(folder):
            return f"Mappen '{terminal_safe(str(folder))}' er en genvej, der ikke peger på noget."
        if isinstance(exc, FileNotFoundError):
            return None  # missing folders are created
        return f"Mappen '{terminal_safe(str(folder))}' kan ikke bruges: {_why(exc)}."
    import stat as stat_

    if not stat_.S_ISDIR(st.st_mode):
        return f"'{terminal_safe(str(folder))}' er en fil, ikke en mappe."
    for name in names:
        problem = write_target_problem(Path(folder) / name)
        if problem is not None:
            return f"'{terminal_safe(name)}' kan ikke gemmes: {problem[0]}."
    return None


class StaleFileQuitScreen(ModalScreen["str | None"]):
    """Ctrl+Q while the saved file is older than the edits: save it, keep the draft only, or go back."""

    BINDINGS = [bind("stale-cancel", "cancel")]

    def __init__(self, path: str, review_key: str | None = None) -> None:
        super().__init__()
        self.path = path
        self._review_key = review_key

    @property
    def review_key(self) -> str:
        return self._review_key or self.app.key_label("review")

    def compose(self) -> ComposeResult:
        t = Text()
        t.append("Den gemte fil er ældre end det, du har skrevet\n\n", style="bold")
        t.append(f"Filen {terminal_safe(self.path)} passer ikke længere med delmålet: du har ændret det, siden "
                 "det blev gemt. Kladden er gemt, så intet går tabt, men filen (og det, der er eksporteret fra "
                 "den) viser stadig den gamle udgave.\n\n")
        t.append(f"Gem filen: gem den nye udgave (som {self.review_key} › Gem) og afslut.\n"
                 "Kun kladde: afslut; filen forbliver den gamle, kladden har ændringerne.\n"
                 "Gå tilbage: bliv i assistenten.")
        with Vertical(id="stale-box", classes="dialog"):
            with VerticalScroll():
                yield Static(t, id="stale-text")
            with Horizontal(classes="buttons"):
                yield Button("Gå tilbage", id="stale-back")
                yield Button("Kun kladde", id="stale-draft")
                yield Button("Gem filen", id="stale-save", variant="primary")

    def on_mount(self) -> None:
        self.query_one("#stale-save").focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss({"stale-save": "save", "stale-draft": "draft"}.get(event.button.id or ""))

    def action_cancel(self) -> None:
        self.dismiss(None)


class ConfirmSmartScreen(ModalScreen["int | None"]):
    """SMART questions 3 and 6 can only be answered by a person: say yes (or take a yes back) here."""

    BINDINGS = [bind("smart-cancel", "cancel")]

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
    (folder, file name stem, the chosen export formats).

    The target is checked before the dialog closes (see `save_target_problem`): a bad one gets a Danish
    message in the dialog, so nothing afterwards can freeze or crash on it."""

    BINDINGS = [bind("save-cancel", "cancel")]

    def __init__(self, folder: Path, filename: str, *, export: bool = False, export_only: bool = False) -> None:
        super().__init__()
        self.folder, self.filename = folder, filename
        self.export, self.export_only = export, export_only

    def compose(self) -> ComposeResult:
        title = "Eksportér delmålet" if self.export_only else "Gem delmålet"
        with Vertical(id="save-box", classes="dialog"):
            yield Static(title, classes="dialog-title")
            yield Label("Mappe:")
            yield LineInput(str(self.folder), id="save-folder", compact=True)
            yield Label("Filnavn:" if not self.export_only else "Filnavn (uden endelse):")
            yield LineInput(self.filename, id="save-name", compact=True)
            if not self.export_only:
                yield TickBox("Eksportér også til Sensum/Bosted (.md og .txt)",
                               value=self.export, id="save-export")
            else:
                from delmaal_assistant.core.outputs.export import FORMATS

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
        try:
            path = Path(folder).expanduser()
        except RuntimeError:  # "~nosuchuser"
            path = Path(folder)
        from delmaal_assistant.core.outputs.export import FORMATS

        if self.export_only:
            formats = tuple(f for f in FORMATS if self.query_one(f"#export-{f}", Checkbox).value)
            if not formats:
                err.update("Vælg mindst ét format.")
                return
            stem = name
            for suffix, _what in FORMATS.values():
                stem = stem.removesuffix(suffix)
            names = [stem + FORMATS[f][0] for f in formats]
        else:
            export = self.query_one("#save-export", Checkbox).value
            final = delmaal_filename(name)
            stem = final.removesuffix(DELMAAL_SUFFIX)
            names = [final] + ([stem + FORMATS[f][0] for f in ("md", "txt")] if export else [])
        problem = save_target_problem(path, names)
        if problem:
            err.update(Text(problem))
            return
        self.dismiss((path, name, formats if self.export_only else export))

    def action_cancel(self) -> None:
        self.dismiss(None)


class DraftLockedScreen(ModalScreen["str | None"]):
    """The draft is open in another window: look at it read-only, continue in a copy, or cancel."""

    BINDINGS = [bind("locked-cancel", "cancel")]

    def __init__(self, message: str) -> None:
        super().__init__()
        self.message = message

    def compose(self) -> ComposeResult:
        t = Text()
        t.append("Kladden er åben et andet sted\n\n", style="bold")
        t.append(terminal_safe(self.message) + "\n\n")
        t.append("Du kan se kladden uden at ændre den, eller fortsætte i en kopi, så intet overskrives.")
        with Vertical(id="locked-box", classes="dialog"):
            with VerticalScroll():
                yield Static(t, id="locked-text")
            with Horizontal(classes="buttons"):
                yield Button("Annullér", id="locked-cancel-button")
                yield Button("Se den (skrivebeskyttet)", id="locked-view", variant="primary")
                yield Button("Fortsæt i en kopi", id="locked-copy")

    def on_mount(self) -> None:
        self.query_one("#locked-view").focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss({"locked-view": "view", "locked-copy": "copy"}.get(event.button.id or ""))

    def action_cancel(self) -> None:
        self.dismiss(None)


class DraftViewScreen(ModalScreen[None]):
    """A draft shown read-only: the delmål and the conversation, nothing can be changed or saved here."""

    BINDINGS = [bind("view-close", "close")]

    def __init__(self, draft) -> None:
        super().__init__()
        self.draft = draft

    def compose(self) -> ComposeResult:
        t = Text()
        t.append("Skrivebeskyttet visning af kladden\n", style="bold")
        t.append("Den er åben i et andet vindue; ret den dér.\n\n", style="dim")
        t.append(terminal_safe(to_text(self.draft.delmaal)))
        if self.draft.conversation:
            t.append("\nSAMTALEN\n", style="bold")
            for e in self.draft.conversation:
                who = {"assistant": "Assistent", "user": "Svar", "system": "Note"}.get(e.role, e.role)
                t.append(f"{who}: ", style="bold")
                t.append(terminal_safe(e.text) + "\n")
        with Vertical(id="view-box", classes="dialog"):
            with VerticalScroll():
                yield Static(t, id="view-text")
            yield Button(self.app.hint("Luk ({view-close})"), id="view-close-button")

    def on_mount(self) -> None:
        self.query_one("#view-close-button").focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(None)

    def action_close(self) -> None:
        self.dismiss(None)


class ChangedElsewhereScreen(ModalScreen["str | None"]):
    """A file changed since this window saw it: replace it, save as a copy, or cancel. Returns "replace",
    "copy" or None."""

    BINDINGS = [bind("changed-cancel", "cancel")]

    def __init__(self, message: Text | str) -> None:
        super().__init__()
        self.message = message

    def compose(self) -> ComposeResult:
        with Vertical(id="changed-box", classes="dialog"):
            with VerticalScroll():
                yield Static(self.message, id="changed-text")
            with Horizontal(classes="buttons"):
                yield Button("Annullér", id="changed-cancel", variant="primary")
                yield Button("Gem som kopi", id="changed-copy")
                yield Button("Erstat", id="changed-replace", variant="warning")

    def on_mount(self) -> None:
        self.query_one("#changed-cancel").focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss({"changed-replace": "replace", "changed-copy": "copy"}.get(event.button.id or ""))


class ApproveEasyScreen(ModalScreen["str | None"]):
    """"Dit delmål" in full for staff to read, edit and approve before the resident sees it. Returns the text to
    approve, or None. What the rules left out is listed for staff beside it (never part of the text)."""

    BINDINGS = [
        bind("approve-cancel", "cancel"),
        bind("approve-ok", "approve", priority=True),
    ]

    def __init__(self, text: str, left_out: list[tuple[str, str, str]], note: str = "") -> None:
        super().__init__()
        self.text = text
        self.left_out = left_out
        self.note = note

    def compose(self) -> ComposeResult:
        from textual.widgets import TextArea

        with Vertical(id="approve-box", classes="dialog"):
            # one short line, so the text and the buttons keep their room at 80×24
            yield Label(self.app.hint("Ret \"Dit delmål\" og godkend med {approve-ok} · {approve-cancel} annullerer"),
                        id="approve-instruction")
            yield TextBox(self.text, id="approve-text", soft_wrap=True, show_line_numbers=False)
            if self.left_out or self.note:
                t = Text()
                if self.note:
                    t.append(terminal_safe(self.note) + "\n", style="bold")
                if self.left_out:
                    t.append(f"Udeladt: {len(self.left_out)} sætninger, fordi reglerne ikke kunne skrive dem sikkert "
                             "til beboeren. Kun til jer:\n", style="bold")
                    for where, sent, why in self.left_out:
                        t.append(f"• {terminal_safe(where)}: «{terminal_safe(sent)}» – {why}\n")
                yield VerticalScroll(Static(t), id="approve-left-out")
            with Horizontal(classes="buttons"):
                yield Button(self.app.hint("Godkend ({approve-ok})"), id="approve-yes", variant="primary")
                yield Button(self.app.hint("Annullér ({approve-cancel})"), id="approve-no")

    def on_mount(self) -> None:
        self.query_one("#approve-text").focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "approve-yes":
            self.action_approve()
        else:
            self.dismiss(None)

    def action_approve(self) -> None:
        from textual.widgets import TextArea

        text = self.query_one("#approve-text", TextArea).text
        if not text.strip():
            self.notify(self.app.hint("Teksten er tom. Skriv teksten til beboeren, eller annullér ({approve-cancel})."),
                        severity="error")
            return
        self.dismiss(text)

    def action_cancel(self) -> None:
        self.dismiss(None)
