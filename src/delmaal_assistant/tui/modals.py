"""Modal dialogs: help for a question, save/export, confirm."""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from delmaal_assistant.core import texts
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
import stat as stat_
from textual.widgets import TextArea
from delmaal_assistant.core.keymap import keymap
from delmaal_assistant.core.outputs.export import FORMATS

#: bytes a file name may have on common file systems; ".bak" is added to the name of a replaced file
NAME_MAX = 255

#: every key of the interview the help lists, by binding id (keys and what they do: prompts/da/keys.toml)
INTERVIEW_KEYS = ("submit", "skip", "back", "log-up", "log-down", "help", "meeting", "review", "side", "confirm-smart",
                  "use-proposal", "select-all", "palette", "home", "quit")


#: meeting mode: the keys said to the resident in the help (not SMART, the proposal key, the staff panel, nor
#: «gå videre alligevel» – moving on past a question is the staff's call, their keys are in the staff panel)
MEETING_KEYS = ("submit", "back", "log-up", "log-down", "help")


def keys_help(app, meeting: bool = False) -> str:
    """"Taster: Ctrl+S send svar · …" with the keys that work where the app runs."""

    parts = [f"{app.key_label(bid)} {keymap().entry(bid).help}" for bid in (MEETING_KEYS if meeting else
                                                                            INTERVIEW_KEYS)]
    return ("Taster: " + " · ".join(parts) + texts.get("tui.modals.tab_enter_moede" if meeting else
                                                      "tui.modals.tab_naeste_felt_enter"))


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
        if self.meeting:
            # F1 is on the resident's screen in meeting mode: their question and note, never the staff's question,
            # examples («At beboeren …») or the template's help (KL, FFB, §). Staff read those with F2 off
            t.append(texts.get("tui.modals.hjaelp_moede"), style="bold")
            t.append(s.meeting + "\n")
            if s.meeting_note:
                t.append(s.meeting_note + "\n")
            t.append("\n" + keys_help(self.app, meeting=True), style="dim")
        else:
            t.append(texts.get("tui.modals.hjaelp", title=s.title), style="bold")
            t.append(texts.get("tui.modals.spoergsmaalet"), style="bold")
            t.append(s.question + "\n")
            self._staff_help(t)
        with Vertical(id="help-box", classes="dialog"):
            with VerticalScroll(id="help-scroll"):
                yield Static(t, id="help-text")
            with Horizontal(id="help-bar"):
                yield Static(self.app.hint(texts.get("tui.modals.pgup_pgdn_ruller_eller")),
                             id="help-keys")
                yield Button(texts.get("tui.modals.luk"), id="help-close-button", compact=True)

    def _staff_help(self, t: Text) -> None:
        s = self.step
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

    def on_mount(self) -> None:
        self.query_one("#help-scroll").focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(None)

    def action_close(self) -> None:
        self.dismiss(None)


class ConfirmScreen(ModalScreen[bool]):
    BINDINGS = [bind("confirm-cancel", "cancel")]

    def __init__(self, message: Text | str, yes: str = texts.get("tui.modals.ja"), no: str = "Annullér") -> None:
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
        return texts.get("tui.modals.mappens_navn_indeholder_tegn")
    if b"\x00" in fs_folder:
        return texts.get("tui.modals.mappens_navn_indeholder_tegn")
    for part in Path(folder).parts:
        if len(os.fsencode(part)) > NAME_MAX:
            return (texts.get("tui.modals.del_mappens_navn_for", len=len(os.fsencode(part)), name_max=NAME_MAX))
    if len(fs_folder) > 3800:
        return texts.get("tui.modals.mappens_sti_for_lang")
    for name in names:
        try:
            size = len(os.fsencode(name + ".bak"))
        except (UnicodeError, ValueError):
            return texts.get("tui.modals.filnavnet_indeholder_tegn_ikke")
        if size > NAME_MAX:
            return (texts.get("tui.modals.filnavnet_for_langt_har", name=name[:40], value=size - 4, name_max=NAME_MAX))
    try:
        st = os.stat(folder)
    except OSError as exc:
        if os.path.islink(folder):
            return texts.get("tui.modals.mappen_genvej_ikke_peger", terminal_safe=terminal_safe(str(folder)))
        if isinstance(exc, FileNotFoundError):
            return None  # missing folders are created
        return texts.get("tui.modals.mappen_kan_ikke_bruges", terminal_safe=terminal_safe(str(folder)), why=_why(exc))

    if not stat_.S_ISDIR(st.st_mode):
        return texts.get("tui.modals.fil_ikke_mappe", terminal_safe=terminal_safe(str(folder)))
    for name in names:
        problem = write_target_problem(Path(folder) / name)
        if problem is not None:
            return texts.get("tui.modals.kan_ikke_gemmes", terminal_safe=terminal_safe(name), problem=problem[0])
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
        t.append(texts.get("tui.modals.gemte_fil_aeldre_end"), style="bold")
        t.append(texts.get("tui.modals.filen_passer_ikke_laengere", terminal_safe=terminal_safe(self.path)))
        t.append(texts.get("tui.modals.gem_filen_gem_nye", review_key=self.review_key))
        with Vertical(id="stale-box", classes="dialog"):
            with VerticalScroll():
                yield Static(t, id="stale-text")
            with Horizontal(classes="buttons"):
                yield Button(texts.get("tui.modals.gaa_tilbage"), id="stale-back")
                yield Button(texts.get("tui.modals.kun_kladde"), id="stale-draft")
                yield Button(texts.get("tui.modals.gem_filen"), id="stale-save", variant="primary")

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
        t.append(texts.get("tui.modals.svar_smart_spoergsmaal_kun"), style="bold")
        for i in self.items:
            t.append(f"{i.number}. {i.question}\n", style="bold")
            t.append(f"   Nu: {i.reason}\n\n")
        t.append(texts.get("tui.modals.ja_gemmes_datoen_gaelder"))
        with Vertical(id="smart-box", classes="dialog"):
            with VerticalScroll():
                yield Static(t, id="smart-text")
            with Horizontal(classes="buttons"):
                yield Button("Annullér", id="smart-none")
                for i in self.items:
                    confirmed = i.status == "met" and i.reason.startswith(texts.get("tui.modals.ja"))
                    label = texts.get("tui.modals.fortryd_ja", number=i.number) if confirmed else texts.get("tui.modals.ja_2", number=i.number)
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
        title = texts.get("tui.modals.eksporter_delmaalet") if self.export_only else texts.get("tui.modals.gem_delmaalet")
        with Vertical(id="save-box", classes="dialog"):
            yield Static(title, classes="dialog-title")
            yield Label("Mappe:")
            yield LineInput(str(self.folder), id="save-folder", compact=True)
            yield Label("Filnavn:" if not self.export_only else texts.get("tui.modals.filnavn_uden_endelse"))
            yield LineInput(self.filename, id="save-name", compact=True)
            if not self.export_only:
                yield TickBox(texts.get("tui.modals.eksporter_ogsaa_sensum_bosted"),
                               value=self.export, id="save-export")
            else:
                yield Static(texts.get("tui.modals.vaelg_formater_filerne_faar"))
                for fmt, (suffix, what) in FORMATS.items():
                    yield TickBox(f"{what} ({suffix})", value=fmt in ("md", "txt"), id=f"export-{fmt}", compact=True)
            yield Static("", id="save-error")
            with Horizontal(classes="buttons"):
                yield Button("Annullér", id="save-no")
                yield Button(texts.get("tui.modals.eksporter") if self.export_only else texts.get("tui.modals.gem"), id="save-yes", variant="primary")

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
            err.update(texts.get("tui.modals.skriv_filnavn_uden_skraastreger"))
            return
        try:
            path = Path(folder).expanduser()
        except RuntimeError:  # "~nosuchuser"
            path = Path(folder)

        if self.export_only:
            formats = tuple(f for f in FORMATS if self.query_one(f"#export-{f}", Checkbox).value)
            if not formats:
                err.update(texts.get("tui.modals.vaelg_mindst_format"))
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
        t.append(texts.get("tui.modals.kladden_aaben_andet_sted"), style="bold")
        t.append(terminal_safe(self.message) + "\n\n")
        t.append(texts.get("tui.modals.du_kan_se_kladden"))
        with Vertical(id="locked-box", classes="dialog"):
            with VerticalScroll():
                yield Static(t, id="locked-text")
            with Horizontal(classes="buttons"):
                yield Button("Annullér", id="locked-cancel-button")
                yield Button(texts.get("tui.modals.se_skrivebeskyttet"), id="locked-view", variant="primary")
                yield Button(texts.get("tui.modals.fortsaet_kopi"), id="locked-copy")

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
        t.append(texts.get("tui.modals.skrivebeskyttet_visning_kladden"), style="bold")
        t.append(texts.get("tui.modals.aaben_andet_vindue_ret"), style="dim")
        t.append(terminal_safe(to_text(self.draft.delmaal)))
        if self.draft.conversation:
            t.append("\nSAMTALEN\n", style="bold")
            for e in self.draft.conversation:
                who = {"assistant": "Assistent", "user": texts.get("tui.modals.svar"), "system": "Note"}.get(e.role, e.role)
                t.append(f"{who}: ", style="bold")
                t.append(terminal_safe(e.text) + "\n")
        with Vertical(id="view-box", classes="dialog"):
            with VerticalScroll():
                yield Static(t, id="view-text")
            yield Button(self.app.hint(texts.get("tui.modals.luk_2")), id="view-close-button")

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
                yield Button(texts.get("tui.modals.gem_kopi"), id="changed-copy")
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
        with Vertical(id="approve-box", classes="dialog"):
            # one short line, so the text and the buttons keep their room at 80×24
            yield Label(self.app.hint(texts.get("tui.modals.ret_dit_delmaal_godkend")),
                        id="approve-instruction")
            yield TextBox(self.text, id="approve-text", soft_wrap=True, show_line_numbers=False)
            if self.left_out or self.note:
                t = Text()
                if self.note:
                    t.append(terminal_safe(self.note) + "\n", style="bold")
                if self.left_out:
                    t.append(texts.get("tui.modals.udeladt_saetninger_fordi_reglerne", len=len(self.left_out)), style="bold")
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
        text = self.query_one("#approve-text", TextArea).text
        if not text.strip():
            self.notify(self.app.hint(texts.get("tui.modals.teksten_tom_skriv_teksten")),
                        severity="error")
            return
        self.dismiss(text)

    def action_cancel(self) -> None:
        self.dismiss(None)
