"""The quick wording check: paste wordings, see the findings while typing."""

from __future__ import annotations


from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from delmaal_assistant.core import texts
from delmaal_assistant.tui.bindings import bind
from textual.containers import Vertical, VerticalScroll
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Header, Label, Static, TextArea
from delmaal_assistant.tui.fields import TextBox

from delmaal_assistant.core.interview import followup_for
from delmaal_assistant.core.interview.session import CheckRun, run_text_checks
from delmaal_assistant.tui.widgets import StableFooter
from delmaal_assistant.tui.render import display_order, finding_line, marked_text

from delmaal_assistant.tui.screens.common import (
    LIVE_DELAY,
    calm_cursors,
)


class CheckScreen(Screen):
    BINDINGS = [
        bind("check-now", "check_now", priority=True),
        bind("check-home", "app.home"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self._timer: Timer | None = None
        self.findings: list = []

    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical(id="check"):
            yield Label(texts.get("tui.screens.check.indsaet_eller_skriv_delmaalsformulering"), classes="section-label")
            yield TextBox(id="check-input", soft_wrap=True, tab_behavior="focus")
            with VerticalScroll(id="check-result-box"):
                yield Static("", id="check-result")
        yield StableFooter(compact=True)

    def on_mount(self) -> None:
        self.sub_title = texts.get("tui.screens.check.tjek_formulering")
        calm_cursors(self)
        self.query_one("#check-input", TextArea).focus()

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        if self._timer is not None:
            self._timer.stop()
        self._timer = self.set_timer(LIVE_DELAY, self.action_check_now)

    def action_check_now(self) -> None:
        text = self.query_one("#check-input", TextArea).text
        if not text.strip():
            self.query_one("#check-result", Static).update("")
            return
        self._check(text)

    @work(thread=True, exclusive=True, group="check-screen")
    def _check(self, text: str) -> None:
        run = run_text_checks(self.app.checker_blocking(), text)
        self.app.call_from_thread(self._show, text, run)

    def _show(self, text: str, run: CheckRun) -> None:
        if self.query_one("#check-input", TextArea).text != text:
            return
        self.findings = findings = display_order(list(run.findings), text)
        t = Text()
        if not run.ok:
            t.append(texts.get("tui.screens.check.formuleringen_kunne_ikke_tjekkes", error=run.error), style="bold")
            t.append(text)
        elif not findings:
            t.append(texts.get("tui.screens.check.ingen_bemaerkninger"), style="bold")
            t.append(text)
        else:
            t.append(texts.get("tui.screens.check.bemaerkning_markeret_nummer", findings=len(findings),
                               value=texts.get("tui.screens.check.tekst") if len(findings) != 1 else ''), style="bold")
            t.append_text(marked_text(text, findings))
            t.append("\n")
            for i, f in enumerate(findings, start=1):
                t.append("\n")
                t.append_text(finding_line(i, f, question=followup_for(self.app.prompts, f)[1]))
                t.append("\n")
        self.query_one("#check-result", Static).update(t)