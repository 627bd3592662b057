"""The Textual app: the factory, the shared state (data folder, drafts, settings, prompts), the keys shown in
hints, and going home. Its other jobs are mixins in `app_parts/`: the checker (lazy, in a thread), quitting
without losing a keystroke, the browser tab's draft, draft locks, the command palette."""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

from textual.app import App
from textual.screen import Screen
from textual.widgets import Input, TextArea

from delmaal_assistant.core import texts
from delmaal_assistant.core.files.drafts import (
    Draft,
    DraftStore,
    Settings,
    default_data_dir,
    load_settings,
    save_settings,
)
from delmaal_assistant.core.keymap import keymap
from delmaal_assistant.core.sanitize import terminal_safe
from delmaal_assistant.core.interview import Prompts, default_prompts
from delmaal_assistant.tui.app_parts.checker import CheckerHost
from delmaal_assistant.tui.app_parts.commands import PaletteCommands
from delmaal_assistant.tui.app_parts.drafts import DraftLocks
from delmaal_assistant.tui.app_parts.keyhold import KeyHold
from delmaal_assistant.tui.app_parts.quitting import SafeQuit
from delmaal_assistant.tui.app_parts.webtab import WebTabMemory
from delmaal_assistant.tui.bindings import bind
from delmaal_assistant.tui.fields import caught_up, is_text
from delmaal_assistant.tui.terminal import TerminalSafeFilter
import sys
from textual import events
from delmaal_assistant.core.interview import PromptError


class DelmaalApp(CheckerHost, SafeQuit, WebTabMemory, DraftLocks, PaletteCommands, KeyHold, App):
    """Delmålsassistent. Build it with `create_app`."""

    CSS_PATH = "app.tcss"
    TITLE = texts.get("tui.app.delmaalsassistent")
    ENABLE_COMMAND_PALETTE = True
    COMMAND_PALETTE_BINDING = keymap().key("palette")
    BINDINGS = [
        bind("quit", "quit", priority=True),
        bind("palette", "command_palette", show=False),
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
        #: `delmaal web`: keys, key bar and texts are the browser's (use_browser_keys)
        self.in_browser = False
        #: "practice": open "Øv dig" at start (`delmaal øv`)
        self.start_with: str | None = None

    @property
    def today(self) -> date:
        return self.today_override or date.today()

    def on_mount(self) -> None:
        if not self._checker_ready.is_set():
            # counted from the first frame, not from mount: on a loaded machine drawing the start screen can take
            # longer than the delay, and spaCy's import in a thread would then compete with it (issue 28)
            self.call_after_refresh(self.set_timer, self.CHECKER_DELAY, self._start_checker_worker)
        if not self.is_headless:
            self._install_signal_handlers()
        if self.web_tab:
            self.call_after_refresh(self._resume_web_tab)
        if self.start_with == "practice":
            self.call_after_refresh(self.action_practice)

    def get_default_screen(self) -> Screen:
        from delmaal_assistant.tui.screens.start import StartScreen  # deferred: start-up (the start screen only)

        return StartScreen()

    def notify(self, message: str, *, title: str = "", severity="information", timeout: float | None = None,
               markup: bool = True) -> None:
        """Notifications carry file names and text from files: never markup, never terminal control codes."""
        super().notify(terminal_safe(str(message)), title=terminal_safe(str(title)), severity=severity,
                       timeout=timeout, markup=False)

    # ------------------------------------------------------------------ keys shown in hints and help

    def key_label(self, binding_id: str) -> str:
        """The key that runs `binding_id` where the app runs, as a Danish user reads it ("Ctrl+N"; in the
        browser "Alt+N"): from the one keymap (prompts/da/keys.toml)."""
        return keymap().label(binding_id, browser=self.in_browser)

    def hint(self, template: str) -> str:
        """A text with {binding-id} placeholders filled in with the keys that work here."""
        return keymap().fill(template, browser=self.in_browser)

    def use_browser_keys(self) -> None:
        """`delmaal web`: the browser's keys (Alt+N where the terminal has Ctrl+N …) for every binding, key bar,
        hint and message."""
        self.in_browser = True
        self.update_keymap(keymap().browser_keymap())

    # ------------------------------------------------------------------ never lose a keystroke

    async def on_event(self, event) -> None:
        """Keys typed while the screen holds typed-ahead keys (an answer is being checked, the next question's
        form is on its way, or earlier keys wait to be replayed) join them here, where keys are routed one by
        one in the order they were typed – never straight into a field ahead of the ones still waiting."""

        if isinstance(event, events.Key) and not event.is_forwarded:
            if self.hold_key(event):  # a screen is being opened or closed: routed when it is ready (KeyHold)
                return
            await self.route_key(event)
            return
        await super().on_event(event)

    async def route_key(self, event) -> None:
        """Route one key typed (or held and released) to the screen on top, then hold the next keys if it may
        open or close a screen (app_parts/keyhold.py). A key that is not text first lets the focused widget and
        every node above it finish the keys typed before it (tui/fields.py: Ctrl+S must send what was typed, not
        what the field has handled so far; Enter on a tick box must come after the «nej» typed on it, which
        bubbles up to the screen one queue at a time)."""
        if self.focused is not None and not is_text(event):
            await caught_up(self.focused)
        focused = self.focused
        take = getattr(self.screen, "take_typed_key", None)
        if take is None or not take(event):
            await super().on_event(event)
        self.after_routing(event, focused)

    # ------------------------------------------------------------------ settings

    def remember_save_dir(self, folder: Path) -> None:
        self.settings.save_dir = str(folder)
        try:
            save_settings(self.data_dir, self.settings)
        except Exception as exc:  # settings are a convenience; say so, but don't fail the save
            self.notify(texts.get("tui.app.kunne_ikke_huske_mappen", exc=exc), severity="warning")

    def action_toggle_meeting_default(self) -> None:
        """Remember whether new delmål start in meeting mode (for a contact person who always writes with
        the resident)."""
        self.settings.meeting_mode_default = not self.settings.meeting_mode_default
        on = self.settings.meeting_mode_default
        try:
            save_settings(self.data_dir, self.settings)
        except Exception as exc:  # a convenience: say so, but keep going
            self.notify(texts.get("tui.app.kunne_ikke_gemme_indstillingen", exc=exc), severity="warning")
            return
        self.notify(texts.get("tui.app.nye_delmaal_starter_nu") if on else texts.get("tui.app.nye_delmaal_starter_nu_2"),
                    title="Indstilling gemt")

    def default_save_dir(self) -> Path:
        if self.settings.save_dir and Path(self.settings.save_dir).is_dir():
            return Path(self.settings.save_dir)
        return Path.home()

    def action_new_delmaal(self) -> None:
        self.action_home()
        self.open_interview(Draft(meeting_mode=self.settings.meeting_mode_default))

    def action_check_wording(self) -> None:
        from delmaal_assistant.tui.screens import CheckScreen  # deferred: start-up (the screens)

        self.push_screen(CheckScreen())

    def action_practice(self) -> None:
        """"Øv dig": practice on invented cases (also `delmaal øv`)."""
        from delmaal_assistant.tui.screens import PracticeScreen  # deferred: start-up (the screens)

        self.push_screen(PracticeScreen())

    def action_home(self) -> None:
        from delmaal_assistant.tui.screens.start import StartScreen  # deferred: start-up (the start screen only)

        self.remember_web_draft(None)

        while len(self.screen_stack) > 1 and not isinstance(self.screen, StartScreen):
            self.pop_screen()
        if isinstance(self.screen, StartScreen):
            self.screen.refresh_lists()


def create_app(*, checker=None, data_dir: Path | None = None, today: date | None = None,
               start: str | None = None) -> DelmaalApp:
    """Build the assistant. `checker` None → the real checker, loaded lazily in a thread worker. `start`
    "practice" opens "Øv dig" over the start screen (`delmaal øv`)."""
    app = DelmaalApp(checker=checker, data_dir=data_dir, today=today)
    app.start_with = start
    return app


def run_app(data_dir=None, start: str | None = None, typed_before: str = "") -> int:
    """`typed_before`: keys typed before the assistant held the terminal (cli/earlykeys.py), replayed first."""
    try:
        app = create_app(data_dir=Path(data_dir) if data_dir else None, start=start)
    except PromptError as exc:
        sys.stderr.write(f"delmaal: {exc}\n")
        return 2
    if typed_before:
        from delmaal_assistant.tui.app_parts.earlyinput import replaying  # deferred: only when keys were typed

        app.driver_class = replaying(app.driver_class, typed_before)
    app.run()

    for note in app.exit_notes:
        try:
            sys.stderr.write(note + "\n")
        except (OSError, ValueError):
            pass
    return app.return_code or 0
