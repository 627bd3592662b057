"""The Textual app: factory, checker loading (lazy, in a thread), commands and shared state."""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path
from typing import Iterable

from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.screen import Screen

from delmaal_assistant.core.drafts import DraftStore, Settings, default_data_dir, load_settings, save_settings
from delmaal_assistant.core.interview import Prompts, default_prompts


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

    def checker_blocking(self, timeout: float = 120.0):
        """The checker, loading it (or waiting for it) first. Call only from a thread worker.

        None if it failed to load."""
        if not self._checker_ready.is_set():
            self._load_checker()
        self._checker_ready.wait(timeout)
        return self._checker

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
        from delmaal_assistant.core.drafts import Draft
        from delmaal_assistant.tui.screens import InterviewScreen

        self.action_home()
        self.push_screen(InterviewScreen(Draft(meeting_mode=self.settings.meeting_mode_default)))

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
    return app.return_code or 0
