"""The Textual app: factory, checker loading (lazy, in a thread), commands and shared state."""

from __future__ import annotations

import asyncio
import os
import re
import signal
import threading
from datetime import date
from pathlib import Path
from typing import Iterable

from rich import box
from rich.segment import Segment
from rich.table import Table
from rich.text import Text
from textual.app import App, ComposeResult, SystemCommand
from textual.filter import LineFilter
from textual.binding import Binding
from textual.command import CommandPalette
from textual.screen import Screen
from textual.widgets import HelpPanel, Markdown

from delmaal_assistant.core.files.drafts import (
    Draft,
    DraftLock,
    DraftLocked,
    DraftStore,
    Settings,
    default_data_dir,
    load_settings,
    save_settings,
)
from delmaal_assistant.core.sanitize import terminal_safe
from delmaal_assistant.core.files.storage import StorageError
from delmaal_assistant.core.interview import Prompts, default_prompts
from delmaal_assistant.tui.compat import BindingsTable, KeyPanel, exit_quietly


#: terminal control characters (C0 but tab and newline, DEL, C1) and bidi controls: never sent to the terminal
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")


class TerminalSafeFilter(LineFilter):
    """The last line of defence: whatever a widget renders (also an Input or TextArea holding text from an
    opened file or draft), control and bidi characters are removed from its text before it reaches the
    terminal, so `ESC ]0;…` cannot set the title, `ESC [2J` cannot clear the screen, OSC 52 cannot write the
    clipboard, and a right-to-left override cannot reorder what is shown. They are zero-width, so the layout
    is unchanged. Our own renderings show bidi controls as visible markers (`core.sanitize.terminal_safe`)."""

    def apply(self, segments: list[Segment], background) -> list[Segment]:
        out = segments
        for i, seg in enumerate(segments):
            if seg.control is None and _UNSAFE.search(seg.text):
                if out is segments:
                    out = list(segments)
                out[i] = Segment(_UNSAFE.sub("", seg.text), seg.style, seg.control)
        return out


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
PALETTE_PLACEHOLDER = "Søg efter kommandoer …"


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


class DelmaalApp(App):
    """Delmålsassistent. Build it with `create_app`."""

    CSS_PATH = "app.tcss"
    TITLE = "Delmålsassistent"
    ENABLE_COMMAND_PALETTE = True
    COMMAND_PALETTE_BINDING = "ctrl+p"
    BINDINGS = [
        Binding("ctrl+q", "quit", "Afslut", id="quit", priority=True),
        Binding("ctrl+p", "command_palette", "Kommandoer", id="palette", show=False),
    ]

    def __init__(self, *, checker=None, data_dir: Path | None = None, today: date | None = None,
                 prompts: Prompts | None = None) -> None:
        super().__init__()
        self.data_dir = Path(data_dir) if data_dir else default_data_dir()
        self.store = DraftStore(self.data_dir / "drafts")
        self.settings: Settings = load_settings(self.data_dir)
        self.today_override = today
        self.prompts = prompts or default_prompts("da")
        self._checker = checker
        self._checker_ready = threading.Event()
        self._checker_lock = threading.Lock()
        self._checker_error: str | None = None
        if checker is not None:
            self._checker_ready.set()
        self._draft_locks: dict[str, list] = {}  # draft id -> [DraftLock, number of screens using it]
        #: Danish lines printed to the terminal after the app has closed (a signal, a crash)
        self.exit_notes: list[str] = []
        self._filters.append(TerminalSafeFilter())
        #: `delmaal web`: this browser tab's id (kept by the page across reloads), so a reload returns to the
        #: draft that was open in the tab; None in the terminal
        self.web_tab: str | None = None
        #: "practice": open "Øv dig" at start (`delmaal øv`)
        self.start_with: str | None = None

    # ------------------------------------------------------------------ checker

    @property
    def today(self) -> date:
        return self.today_override or date.today()

    #: seconds after start before the checker is loaded in the background: the first screens paint first
    #: (loading spaCy in a thread competes for the GIL). A check needed earlier loads it right away.
    CHECKER_DELAY = 0.5

    def on_mount(self) -> None:
        if not self._checker_ready.is_set():
            self.set_timer(self.CHECKER_DELAY, self._start_checker_worker)
        if not self.is_headless:
            self._install_signal_handlers()
        if self.web_tab:
            self.call_after_refresh(self._resume_web_tab)
        if self.start_with == "practice":
            self.call_after_refresh(self.action_practice)

    def _start_checker_worker(self) -> None:
        if not self._checker_ready.is_set():
            self.run_worker(self._load_checker, thread=True, group="checker-load", name="load-checker",
                            exit_on_error=False)

    def get_default_screen(self) -> Screen:
        from delmaal_assistant.tui.screens import StartScreen

        return StartScreen()

    def _load_checker(self) -> None:
        """Load the real checker. Runs in a worker thread, never on the UI thread."""
        with self._checker_lock:
            if self._checker_ready.is_set():
                return
            try:
                from delmaal_assistant.checker import get_checker

                self._checker = get_checker()
            except Exception as exc:  # never crash the assistant because the checker can't load
                self._checker_error = str(exc) or exc.__class__.__name__
            finally:
                self._checker_ready.set()
        if self._checker_error:
            self.call_from_thread(
                self.notify, f"Sprogtjekket kunne ikke starte: {self._checker_error}. Du kan skrive videre uden.",
                severity="warning", timeout=10,
            )

    @property
    def checker_error(self) -> str | None:
        """Why the checker could not start (Danish), or None."""
        return f"Sprogtjekket kunne ikke starte: {self._checker_error}." if self._checker_error else None

    @property
    def checker_ready(self) -> bool:
        return self._checker_ready.is_set()

    def run_checks(self, snapshot):
        """Check a delmål (a snapshot) with the checker, loading it first: the one place the screens run it
        (`core.session.run_checks`, which reports a failure instead of "no findings"). Call only from a worker."""
        from delmaal_assistant.core.interview.session import run_checks

        return run_checks(self.checker_blocking(), snapshot, unavailable=self.checker_error)

    def checker_blocking(self, timeout: float = 120.0):
        """The checker, loading it (or waiting for it) first. Call only from a thread worker.

        None if it failed to load."""
        if not self._checker_ready.is_set():
            self._load_checker()
        self._checker_ready.wait(timeout)
        return self._checker

    def notify(self, message: str, *, title: str = "", severity="information", timeout: float | None = None,
               markup: bool = True) -> None:
        """Notifications carry file names and text from files: never markup, never terminal control codes."""
        super().notify(terminal_safe(str(message)), title=terminal_safe(str(title)), severity=severity,
                       timeout=timeout, markup=False)

    # ------------------------------------------------------------------ never lose a keystroke

    # ------------------------------------------------------------------ keys shown in hints and help

    def binding_keys(self, binding_id: str) -> list[str]:
        """The keys of binding `binding_id` where the app runs: the keymap's (the browser has Alt+N where the
        terminal has Ctrl+N) or the declared ones."""
        keys = self._keymap.get(binding_id)
        if keys is None:
            keys = _declared_keys().get(binding_id, "")
        return [k.strip() for k in keys.split(",") if k.strip()]

    def key_label(self, binding_id: str) -> str:
        """The key that runs `binding_id`, written as a Danish user reads it ("Ctrl+N", "Alt+N", "F1")."""
        keys = self.binding_keys(binding_id)
        return key_text(keys[0]) if keys else ""

    def hint(self, template: str) -> str:
        """A hint with {binding-id} placeholders filled in with the keys that work here."""
        import string

        names = {name for _, name, _, _ in string.Formatter().parse(template) if name}
        return template.format(**{n: self.key_label(n) or n for n in names})

    def interview_screens(self) -> list:
        from delmaal_assistant.tui.screens import InterviewScreen

        return [s for s in self.screen_stack if isinstance(s, InterviewScreen)]

    def flush_drafts(self) -> list[str]:
        """Write every open draft now (what was typed since the last autosave included). Returns Danish
        messages for drafts that could not be written; empty when all are on disk."""
        problems = []
        for screen in self.interview_screens():
            try:
                ok = screen.flush()
            except Exception as exc:  # a bug in one screen must not stop the others from being saved
                ok, screen.save_error = False, type(exc).__name__
            if ok is False:
                problems.append(getattr(screen, "save_error", "") or "ukendt fejl")
        from delmaal_assistant.tui.screens.progress import followup_screens  # an observation or evaluation typed

        for screen in followup_screens(self):
            if screen.flush() is False:
                problems.append(screen.save_error or "ukendt fejl")
        return problems

    def _install_signal_handlers(self) -> None:
        """SIGTERM (e.g. logout, `kill`) and SIGHUP (the terminal window is closed): write the draft first."""
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            return
        for sig in (getattr(signal, "SIGTERM", None), getattr(signal, "SIGHUP", None)):
            if sig is None:
                continue
            try:
                loop.add_signal_handler(sig, self._on_signal, sig)
            except (NotImplementedError, RuntimeError, ValueError, OSError):
                pass

    def _on_signal(self, sig: int) -> None:
        problems = self.flush_drafts()
        code = 128 + int(sig)
        if sig == getattr(signal, "SIGHUP", None):
            # The terminal is gone: nothing can be shown or restored. The draft is on disk (fsynced).
            os._exit(code)
        if problems:
            self.exit_notes.append("Delmålsassistenten blev lukket udefra, og kladden kunne ikke gemmes: "
                                   + "; ".join(problems))
        else:
            self.exit_notes.append("Delmålsassistenten blev lukket udefra. Kladden er gemt.")
        # if the terminal cannot be restored within a few seconds, leave anyway: the draft is safe
        timer = threading.Timer(5.0, os._exit, args=(code,))
        timer.daemon = True
        timer.start()
        self.exit(return_code=code)

    async def action_quit(self) -> None:
        """Ctrl+Q: write the draft; if that fails, say so and ask instead of quitting silently. When a saved
        file is older than what was written since, say so and offer to save it, keep the draft only, or stay."""
        problems = self.flush_drafts()
        if not problems:
            stale = [s for s in self.interview_screens() if s.saved_file_is_older()]
            if stale:
                await self._ask_about_stale_file(stale[0])
                return
            self.remember_web_draft(None)
            self.exit()
            return
        from delmaal_assistant.tui.modals import ConfirmScreen

        t = Text()
        t.append("Kladden er ikke gemt\n\n", style="bold")
        t.append("Kladden kunne ikke gemmes: " + "; ".join(problems) + "\n\n")
        t.append(f"Datamappen er {self.data_dir}. Hvis du afslutter nu, går det, du har skrevet siden sidste "
                 "gemte kladde, tabt. Du kan blive og gemme delmålet som fil et andet sted (F3, Ctrl+S).")

        def answered(yes: bool | None) -> None:
            if yes:
                self.exit_notes.append("Delmålsassistenten er afsluttet. Kladden blev IKKE gemt: "
                                       + "; ".join(problems))
                self.exit()

        await self.push_screen(ConfirmScreen(t, yes="Afslut uden at gemme", no="Bliv"), answered)

    async def _ask_about_stale_file(self, screen) -> None:
        from delmaal_assistant.tui.modals import StaleFileQuitScreen

        path = screen.draft.saved_path

        def chosen(choice: str | None) -> None:
            if choice == "save":
                screen.save_file_then(self._quit_after_save)
            elif choice == "draft":
                self.exit_notes.append(f"Delmålsassistenten er afsluttet. Kladden er gemt, men den gemte fil {path} "
                                       "er ældre end kladden. Åbn kladden og gem igen (F3, Ctrl+S), når du vil.")
                self.remember_web_draft(None)
                self.exit()

        await self.push_screen(StaleFileQuitScreen(path, self.key_label("review")), chosen)

    def _quit_after_save(self) -> None:
        self.remember_web_draft(None)
        self.exit()

    # ------------------------------------------------------------------ the browser: back after a reload

    def _web_tab_file(self) -> Path | None:
        if not self.web_tab or not re.fullmatch(r"[A-Za-z0-9_-]{1,64}", self.web_tab):
            return None
        return self.data_dir / "web-tabs" / f"{self.web_tab}.txt"

    def remember_web_draft(self, draft_id: str | None) -> None:
        """The draft open in this browser tab (None: none), so a reload of the page returns to it."""
        path = self._web_tab_file()
        if path is None:
            return
        try:
            if draft_id is None:
                path.unlink(missing_ok=True)
            else:
                path.parent.mkdir(parents=True, exist_ok=True)
                tmp = path.with_suffix(".tmp")
                tmp.write_text(draft_id, encoding="utf-8")
                os.replace(tmp, path)
        except OSError:
            pass  # a convenience: a reload then starts on the start screen

    def _resume_web_tab(self, tries: int = 0) -> None:
        """After a reload: open the draft this tab had open, at its current question. The old page's assistant
        is still writing it and letting go of it for a moment: wait for its lock (up to ~10 s)."""
        path = self._web_tab_file()
        try:
            draft_id = path.read_text(encoding="utf-8").strip() if path else ""
        except OSError:
            return
        if not re.fullmatch(r"[A-Za-z0-9_-]{1,80}", draft_id):
            return
        if draft_id not in self._draft_locks:
            try:
                lock = self.store.lock(draft_id)
            except DraftLocked:
                if tries < 40:
                    self.set_timer(0.25, lambda: self._resume_web_tab(tries + 1))
                    return
                lock = None
            except StorageError:
                return
            if lock is not None:
                self._draft_locks[draft_id] = [lock, 0]
        try:
            draft = self.store.load(draft_id)
        except StorageError:
            self.remember_web_draft(None)
            if draft_id in self._draft_locks and self._draft_locks[draft_id][1] == 0:
                self.release_draft(draft_id)
            return
        self.open_interview(draft, resumed=True)

    def _handle_exception(self, error: Exception) -> None:
        """An unexpected error: no traceback on the terminal (Textual's prints local variables, i.e. the
        delmål). Write the draft, write a crash report without contents, and say so in Danish."""
        from delmaal_assistant.core.files.crashlog import crash_message, write_crash_report

        if _header_refresh_race(error):
            return  # Textual's header redrawing a title while its screen is torn down (a quick quit): harmless
        report = write_crash_report(error, "assistenten")
        screens = self.interview_screens()
        try:
            problems = self.flush_drafts()
        except Exception:
            problems = ["?"]
        exit_quietly(self, error, Text(crash_message(report, draft_safe=(not problems) if screens else None)))

    # ------------------------------------------------------------------ one writer per draft

    def open_interview(self, draft: Draft, *, resumed: bool = False) -> None:
        """Show `draft` in the interview, holding its lock. If another running instance has it open, ask:
        look at it read-only, continue in a copy, or cancel."""
        from delmaal_assistant.tui.screens import InterviewScreen

        held = self._draft_locks.get(draft.id)
        if held is None:
            try:
                lock = self.store.lock(draft.id)
            except DraftLocked as exc:
                self._draft_is_open_elsewhere(draft, str(exc))
                return
            except StorageError as exc:  # e.g. a read-only data folder: the draft can still be shown
                self.notify(f"Kladden kunne ikke låses til dette vindue: {exc}", severity="warning", timeout=10)
                lock = None
            held = self._draft_locks[draft.id] = [lock, 0]
        held[1] += 1
        self.remember_web_draft(draft.id)
        self.push_screen(InterviewScreen(draft, resumed=resumed))

    def release_draft(self, draft_id: str) -> None:
        """An interview screen for `draft_id` is gone: drop the lock when no screen uses it any more."""
        held = self._draft_locks.get(draft_id)
        if held is None:
            return
        held[1] -= 1
        if held[1] <= 0:
            del self._draft_locks[draft_id]
            lock: DraftLock | None = held[0]
            if lock is not None:
                lock.release()

    def _draft_is_open_elsewhere(self, draft: Draft, message: str) -> None:
        from delmaal_assistant.tui.modals import DraftLockedScreen, DraftViewScreen

        def chosen(choice: str | None) -> None:
            if choice == "view":
                self.push_screen(DraftViewScreen(draft))
            elif choice == "copy":
                try:
                    copy = self.store.copy(draft, "Dette er en kopi af en kladde, der var åben i et andet vindue.")
                except StorageError as exc:
                    self.notify(f"Kopien kunne ikke gemmes: {exc}", severity="error", timeout=15)
                    return
                self.notify("Du skriver nu i en kopi af kladden. Originalen er urørt.", title="Kopi", timeout=8)
                self.open_interview(copy, resumed=True)

        self.push_screen(DraftLockedScreen(message), chosen)

    # ------------------------------------------------------------------ settings

    def remember_save_dir(self, folder: Path) -> None:
        self.settings.save_dir = str(folder)
        try:
            save_settings(self.data_dir, self.settings)
        except Exception as exc:  # settings are a convenience; say so, but don't fail the save
            self.notify(f"Kunne ikke huske mappen: {exc}", severity="warning")

    def action_toggle_meeting_default(self) -> None:
        """Remember whether new delmål start in meeting mode (for a contact person who always writes with
        the resident)."""
        self.settings.meeting_mode_default = not self.settings.meeting_mode_default
        on = self.settings.meeting_mode_default
        try:
            save_settings(self.data_dir, self.settings)
        except Exception as exc:  # a convenience: say so, but keep going
            self.notify(f"Kunne ikke gemme indstillingen: {exc}", severity="warning")
            return
        self.notify("Nye delmål starter nu i mødetilstand." if on else "Nye delmål starter nu uden mødetilstand.",
                    title="Indstilling gemt")

    def default_save_dir(self) -> Path:
        if self.settings.save_dir and Path(self.settings.save_dir).is_dir():
            return Path(self.settings.save_dir)
        return Path.home()

    # ------------------------------------------------------------------ commands

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        from delmaal_assistant.tui.screens import InterviewScreen

        yield SystemCommand("Nyt delmål", "Start en ny samtale om et delmål", self.action_new_delmaal)
        yield SystemCommand("Tjek en formulering", "Indsæt en tekst og se bemærkningerne",
                            self.action_check_wording)
        yield SystemCommand("Startskærm", "Tilbage til startskærmen (kladder og gemte delmål)", self.action_home)
        k = self.key_label
        if isinstance(screen, InterviewScreen):
            yield SystemCommand(f"Mødetilstand til/fra ({k('meeting')})", "Spørgsmål i du-form til beboeren, roligere skærm",
                                screen.action_toggle_meeting)
            yield SystemCommand(f"Hjælp til spørgsmålet ({k('help')})", "Hjælpetekst og eksempler", screen.action_help)
            yield SystemCommand(f"Gennemse og gem ({k('review')})", "Hele delmålet, bemærkninger og SMART",
                                screen.action_review)
            yield SystemCommand(f"Gå videre alligevel ({k('skip')})", "Spring videre til næste spørgsmål",
                                screen.action_skip)
            yield SystemCommand(f"Forrige spørgsmål ({k('back')})", "Gå et spørgsmål tilbage", screen.action_back)
            yield SystemCommand(f"SMART 3 og 6: svar ja ({k('confirm-smart')})", "Skridt mod målet og realistisk – kun I kan svare",
                                screen.action_confirm_smart)
            for step in self.prompts.steps:
                yield SystemCommand(f"Gå til: {step.title}", step.question,
                                    lambda s=step.id: screen.goto_step(s))
        state = "til" if self.settings.meeting_mode_default else "fra"
        yield SystemCommand(f"Start nye delmål i mødetilstand (nu: {state})",
                            "Husk valget til næste gang, fx hvis du altid skriver sammen med beboeren",
                            self.action_toggle_meeting_default)
        from delmaal_assistant.tui.screens import ReviewScreen

        if isinstance(screen, ReviewScreen):
            yield from screen.palette_commands()
        if screen.query("HelpPanel"):
            yield SystemCommand("Skjul taster", "Skjul panelet med taster", self.action_hide_help_panel)
        else:
            yield SystemCommand("Vis taster", "Vis alle taster for den aktuelle skærm", self.action_show_help_panel)
        yield SystemCommand("Afslut", "Luk assistenten (kladden er gemt)", self.action_quit)
        yield SystemCommand("Tema", "Skift farvetema", self.action_change_theme)
        if screen.maximized is not None:
            yield SystemCommand("Normal størrelse", "Vis hele skærmen igen", screen.action_minimize)
        elif screen.focused is not None and screen.focused.allow_maximize:
            yield SystemCommand("Maksimér", "Vis det valgte felt på hele skærmen", screen.action_maximize)
        yield SystemCommand("Skærmbillede", "Gem et billede (SVG) af skærmen i din gemme-mappe",
                            lambda: self.set_timer(0.1, self.action_danish_screenshot))

    # ------------------------------------------------------------------ Danish versions of Textual's own texts

    def action_command_palette(self) -> None:
        if self.use_command_palette and not CommandPalette.is_open(self):
            self.push_screen(CommandPalette(id="--command-palette", placeholder=PALETTE_PLACEHOLDER))

    def search_themes(self) -> None:
        from textual.theme import ThemeProvider

        self.push_screen(CommandPalette(providers=[ThemeProvider], placeholder="Søg efter farvetema …"))

    def action_show_help_panel(self) -> None:
        if not self.screen.query("HelpPanel"):
            self.screen.mount(DanishHelpPanel())

    def action_help_quit(self) -> None:
        """Ctrl+C: say in Danish how to quit (Textual's own hint is English)."""
        for key, active in self.active_bindings.items():
            if active.binding.action in ("quit", "app.quit"):
                self.notify(f"Tryk {self.get_key_display(active.binding)} for at afslutte.",
                            title="Vil du afslutte?")
                return

    def action_danish_screenshot(self) -> None:
        folder = self.default_save_dir()
        try:
            path = self.save_screenshot(path=str(folder))
        except OSError as exc:
            self.notify(f"Skærmbilledet kunne ikke gemmes: {exc.strerror or exc}", severity="error")
            return
        self.notify(f"Skærmbillede gemt: {path}", title="Skærmbillede")

    def action_new_delmaal(self) -> None:
        self.action_home()
        self.open_interview(Draft(meeting_mode=self.settings.meeting_mode_default))

    def action_check_wording(self) -> None:
        from delmaal_assistant.tui.screens import CheckScreen

        self.push_screen(CheckScreen())

    def action_practice(self) -> None:
        """"Øv dig": practice on invented cases (also `delmaal øv`)."""
        from delmaal_assistant.tui.screens import PracticeScreen

        self.push_screen(PracticeScreen())

    def action_home(self) -> None:
        from delmaal_assistant.tui.screens import StartScreen

        self.remember_web_draft(None)

        while len(self.screen_stack) > 1 and not isinstance(self.screen, StartScreen):
            self.pop_screen()
        if isinstance(self.screen, StartScreen):
            self.screen.refresh_lists()


def _header_refresh_race(error: BaseException) -> bool:
    """True for Textual's Header failing to find its title widget because the screen is being taken down (a quit
    right after start, e.g. `delmaal web` stopped by SIGHUP): nothing is lost, so no crash report."""
    from textual.css.query import NoMatches

    if not isinstance(error, NoMatches):
        return False
    tb = error.__traceback__
    frames = []
    while tb is not None:
        frames.append(tb.tb_frame.f_code.co_filename.replace("\\", "/"))
        tb = tb.tb_next
    return any(f.endswith("textual/widgets/_header.py") for f in frames[-3:])


_KEY_NAMES = {"escape": "Esc", "pageup": "PgUp", "pagedown": "PgDn", "enter": "Enter", "space": "Mellemrum",
              "tab": "Tab", "up": "↑", "down": "↓", "left": "←", "right": "→", "home": "Home", "end": "End"}


def key_text(key: str) -> str:
    """'ctrl+n' → 'Ctrl+N', 'alt+f1' → 'Alt+F1', 'pagedown' → 'PgDn'."""
    *mods, last = key.split("+")
    name = _KEY_NAMES.get(last) or (last.upper() if len(last) <= 3 else last.capitalize())
    return "+".join([m.capitalize() for m in mods] + [name])


def _declared_keys() -> dict[str, str]:
    """Binding id → its declared keys, for every screen, modal and form of the assistant."""
    global _DECLARED
    if _DECLARED is None:
        import inspect

        from delmaal_assistant.tui import forms, modals, screens, widgets

        out: dict[str, str] = {}
        for module in (screens, modals, forms, widgets):
            for _name, cls in inspect.getmembers(module, inspect.isclass):
                for b in cls.__dict__.get("BINDINGS", []):
                    if isinstance(b, Binding) and b.id:
                        out.setdefault(b.id, b.key)
        for b in DelmaalApp.BINDINGS:
            if isinstance(b, Binding) and b.id:
                out.setdefault(b.id, b.key)
        _DECLARED = out
    return _DECLARED


_DECLARED: dict[str, str] | None = None


def create_app(*, checker=None, data_dir: Path | None = None, today: date | None = None,
               start: str | None = None) -> DelmaalApp:
    """Build the assistant. `checker` None → the real checker, loaded lazily in a thread worker. `start`
    "practice" opens "Øv dig" over the start screen (`delmaal øv`)."""
    app = DelmaalApp(checker=checker, data_dir=data_dir, today=today)
    app.start_with = start
    return app


def run_app(data_dir=None, start: str | None = None) -> int:
    from delmaal_assistant.core.interview import PromptError

    try:
        app = create_app(data_dir=Path(data_dir) if data_dir else None, start=start)
    except PromptError as exc:
        import sys

        sys.stderr.write(f"delmaal: {exc}\n")
        return 2
    app.run()
    import sys

    for note in app.exit_notes:
        try:
            sys.stderr.write(note + "\n")
        except (OSError, ValueError):
            pass
    return app.return_code or 0
