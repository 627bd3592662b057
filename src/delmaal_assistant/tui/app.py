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

from rich.text import Text

from rich.segment import Segment
from textual.app import App, SystemCommand
from textual.filter import LineFilter
from textual.binding import Binding
from textual.screen import Screen

from delmaal_assistant.core.drafts import (
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
from delmaal_assistant.core.storage import StorageError
from delmaal_assistant.core.interview import Prompts, default_prompts


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
    def checker_ready(self) -> bool:
        return self._checker_ready.is_set()

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
        """Ctrl+Q: write the draft; if that fails, say so and ask instead of quitting silently."""
        problems = self.flush_drafts()
        if not problems:
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

    def _handle_exception(self, error: Exception) -> None:
        """An unexpected error: no traceback on the terminal (Textual's prints local variables, i.e. the
        delmål). Write the draft, write a crash report without contents, and say so in Danish."""
        from delmaal_assistant.core.crashlog import crash_message, write_crash_report

        self._return_code = 1
        if self._exception is None:  # run_test re-raises it, so tests still see the error
            self._exception = error
            self._exception_event.set()
        report = write_crash_report(error, "assistenten")
        screens = self.interview_screens()
        try:
            problems = self.flush_drafts()
        except Exception:
            problems = ["?"]
        self._exit_renderables.append(Text(crash_message(report, draft_safe=(not problems) if screens else None)))
        self._close_messages_no_wait()

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
        if isinstance(screen, InterviewScreen):
            yield SystemCommand("Mødetilstand til/fra (F2)", "Spørgsmål i du-form til beboeren, roligere skærm",
                                screen.action_toggle_meeting)
            yield SystemCommand("Hjælp til spørgsmålet (F1)", "Hjælpetekst og eksempler", screen.action_help)
            yield SystemCommand("Gennemse og gem (F3)", "Hele delmålet, bemærkninger og SMART",
                                screen.action_review)
            yield SystemCommand("Gå videre alligevel (Ctrl+N)", "Spring videre til næste spørgsmål",
                                screen.action_skip)
            yield SystemCommand("Forrige spørgsmål (Ctrl+B)", "Gå et spørgsmål tilbage", screen.action_back)
            for step in self.prompts.steps:
                yield SystemCommand(f"Gå til: {step.title}", step.question,
                                    lambda s=step.id: screen.goto_step(s))
        state = "til" if self.settings.meeting_mode_default else "fra"
        yield SystemCommand(f"Start nye delmål i mødetilstand (nu: {state})",
                            "Husk valget til næste gang, fx hvis du altid skriver sammen med beboeren",
                            self.action_toggle_meeting_default)
        yield SystemCommand("Vis taster", "Vis alle taster for den aktuelle skærm", self.action_show_help_panel)
        yield SystemCommand("Afslut", "Luk assistenten (kladden er gemt)", self.action_quit)
        yield SystemCommand("Tema", "Skift farvetema", self.action_change_theme)

    def action_new_delmaal(self) -> None:
        self.action_home()
        self.open_interview(Draft(meeting_mode=self.settings.meeting_mode_default))

    def action_check_wording(self) -> None:
        from delmaal_assistant.tui.screens import CheckScreen

        self.push_screen(CheckScreen())

    def action_home(self) -> None:
        from delmaal_assistant.tui.screens import StartScreen

        while len(self.screen_stack) > 1 and not isinstance(self.screen, StartScreen):
            self.pop_screen()
        if isinstance(self.screen, StartScreen):
            self.screen.refresh_lists()


def create_app(*, checker=None, data_dir: Path | None = None, today: date | None = None) -> DelmaalApp:
    """Build the assistant. `checker` None → the real checker, loaded lazily in a thread worker."""
    return DelmaalApp(checker=checker, data_dir=data_dir, today=today)


def run_app(data_dir=None) -> int:
    from delmaal_assistant.core.interview import PromptError

    try:
        app = create_app(data_dir=Path(data_dir) if data_dir else None)
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
