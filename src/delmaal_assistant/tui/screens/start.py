"""The start screen: a new delmål, drafts to resume, saved delmål to open, a quick wording check."""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from delmaal_assistant.core import texts
from delmaal_assistant.tui.bindings import bind
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Header, Input, Label, OptionList, Static
from delmaal_assistant.tui.fields import LineInput
from textual.widgets.option_list import Option

from delmaal_assistant.core.files.drafts import ConversationEntry, Draft
from delmaal_assistant.core.sanitize import terminal_safe
from delmaal_assistant.core.files.storage import StorageError, load_delmaal
from delmaal_assistant.tui.widgets import StableFooter

from delmaal_assistant.tui.screens.common import (
    calm_cursors,
)
from delmaal_assistant.core.dates import format_datetime


class StartScreen(Screen):
    BINDINGS = [
        bind("start-new", "app.new_delmaal"),
        bind("start-check", "app.check_wording"),
        bind("start-open", "focus_open"),
        bind("start-progress", "progress", show=False),
    ]

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="start"):
            yield Static(
                texts.get("tui.screens.start.skriv_delmaal_sammen_assistenten"),
                id="start-intro",
            )
            yield OptionList(
                Option(texts.get("tui.screens.start.nyt_delmaal_samtale_felt"), id="new"),
                Option(texts.get("tui.screens.start.tjek_formulering_indsaet_tekst"), id="check"),
                Option(texts.get("tui.screens.start.oev_dig_korte_oevelser"), id="practice"),
                id="menu",
            )
            yield Label(texts.get("tui.screens.start.fortsaet_kladde_nyeste_foerst"), classes="section-label")
            yield OptionList(id="drafts")
            yield Label(texts.get("tui.screens.start.aabn_gemt_delmaal_delmaal"), classes="section-label")
            yield LineInput(id="open-path", placeholder=texts.get("tui.screens.start.fx_home_mig_delmaal"), compact=True)
            yield OptionList(id="saved")
        yield StableFooter(compact=True)

    def on_mount(self) -> None:
        if getattr(self.app, "in_browser", False) and self.app.web_tab:
            # the browser: a saved delmål on the user's own computer is opened by uploading it
            self.query_one("#menu", OptionList).add_option(
                Option(texts.get("tui.screens.start.aabn_gemt_delmaal_fra"), id="upload"))
        self.refresh_lists()
        calm_cursors(self)
        self.query_one("#menu", OptionList).focus()

    def on_screen_resume(self) -> None:
        self.refresh_lists()

    def refresh_lists(self) -> None:
        app = self.app
        drafts = self.query_one("#drafts", OptionList)
        drafts.clear_options()
        infos = app.store.list()
        if infos:
            for info in infos:
                when = format_datetime(info.updated_at)
                drafts.add_option(Option(Text(f"{terminal_safe(info.title[:50])}  ({when})"), id=f"draft:{info.id}"))
            drafts.highlighted = 0
        else:
            drafts.add_option(Option(texts.get("tui.screens.start.ingen_kladder_endnu"), disabled=True))
        if app.store.problems:
            for p in app.store.problems:
                self.notify(p, severity="warning", timeout=15, title=texts.get("tui.screens.start.kladde"))
            app.store.problems.clear()
        saved = self.query_one("#saved", OptionList)
        saved.clear_options()
        folder = app.default_save_dir()
        try:
            files = sorted(folder.glob("*.delmaal.json"), key=lambda p: p.lstat().st_mtime, reverse=True)[:30]
        except OSError:
            files = []
        if files:
            for f in files:
                saved.add_option(Option(Text(terminal_safe(f.name)), id=f"file:{f}"))
            saved.highlighted = 0
        else:
            saved.add_option(Option(Text(texts.get("tui.screens.start.ingen_gemte_delmaal",
                                                   terminal_safe=terminal_safe(str(folder)))), disabled=True))

    def action_focus_open(self) -> None:
        self.query_one("#open-path", Input).focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        oid = event.option.id or ""
        if oid == "new":
            self.app.action_new_delmaal()
        elif oid == "upload":
            from delmaal_assistant.tui.deliver import ask_for_upload  # deferred: start-up (the browser's upload)

            self.notify(texts.get("tui.screens.start.vaelg_delmaalsfilen_delmaal_json"), title=texts.get("tui.screens.start.aabn_fil"))
            ask_for_upload(self.app, self.open_file)
        elif oid == "check":
            self.app.action_check_wording()
        elif oid == "practice":
            self.app.action_practice()
        elif oid.startswith("draft:"):
            self.resume(oid.removeprefix("draft:"))
        elif oid.startswith("file:"):
            self.open_file(Path(oid.removeprefix("file:")))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.value.strip():
            self.open_file(Path(event.value.strip()).expanduser())

    def resume(self, draft_id: str) -> None:
        try:
            draft = self.app.store.load(draft_id)
        except StorageError as exc:
            self.notify(str(exc), severity="error", timeout=15)
            self.refresh_lists()
            return
        self.app.open_interview(draft, resumed=True)

    def open_file(self, path: Path) -> None:
        from delmaal_assistant.core.interview.session import REVIEW_STEP  # deferred: start-up (the interview)
        from delmaal_assistant.core.outputs.publish import current_stamp  # deferred: start-up (the exporters)

        stamp = current_stamp(path)  # before reading: a change in between makes the next save ask, never lose it
        try:
            d = load_delmaal(path)
        except StorageError as exc:
            self.notify(str(exc), severity="error", timeout=15, title=texts.get("tui.screens.start.kunne_ikke_aabne"))
            return
        draft = Draft(delmaal=d, saved_path=str(path), saved_sha256=stamp, step=REVIEW_STEP,
                      meeting_mode=self.app.settings.meeting_mode_default)
        draft.conversation.append(ConversationEntry(role="system", text=texts.get("tui.screens.start.delmaalet_aabnet_fra",
                                                                                  path=path)))
        self.app.open_interview(draft, resumed=True)


    def action_progress(self) -> None:
        """F4: the period of the saved delmål (the path typed, else the one highlighted): observations, evaluation."""
        from delmaal_assistant.tui.screens.progress import ProgressScreen  # deferred: start-up (the period screens)

        typed = self.query_one("#open-path", Input).value.strip()
        path = Path(typed).expanduser() if typed else None
        if path is None:
            saved = self.query_one("#saved", OptionList)
            opt = saved.highlighted_option if saved.highlighted is not None else None
            if opt is not None and (opt.id or "").startswith("file:"):
                path = Path(opt.id.removeprefix("file:"))
        if path is None:
            self.notify(self.app.hint(texts.get("tui.screens.start.vaelg_gemt_delmaal_listen")),
                        title=texts.get("tui.screens.start.forloeb"))
            return
        try:
            load_delmaal(path)
        except StorageError as exc:
            self.notify(str(exc), severity="error", timeout=15, title=texts.get("tui.screens.start.kunne_ikke_aabne"))
            return
        self.app.push_screen(ProgressScreen(path))
