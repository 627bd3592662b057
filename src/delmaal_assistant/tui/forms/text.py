"""The free-text forms: one answer box (a line or a text), and the actors' list."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.widgets import Input

from delmaal_assistant.core import texts
from delmaal_assistant.tui.fields import LineInput
from delmaal_assistant.tui.forms.base import AnswerArea, StepForm, put_text
import re


class TextForm(StepForm):
    """One prose answer: a wrapping text box (kind text) or a one-line Input (kind line). Enter sends on both."""

    KEYS_HINT = texts.get("tui.forms.text.enter_sender_svaret_gaar")
    MEETING_HINT = texts.get("tui.forms.text.enter_sender_svaret")

    def compose(self) -> ComposeResult:
        if self.step.kind == "line":
            yield LineInput(id="answer-input", placeholder=texts.get("tui.forms.text.skriv_dit_svar_tryk"))
        else:
            yield AnswerArea(id="answer-input", soft_wrap=True, show_line_numbers=False, tab_behavior="focus",
                             send_on_enter=self.step.kind != "actors")

    @property
    def widget(self):
        return self.query_one("#answer-input")

    def get_answer(self) -> dict:
        w = self.widget
        return {"text": w.value if isinstance(w, Input) else w.text}

    def set_answer(self, answer: dict) -> None:
        self._loading = True
        try:
            put_text(self.widget, answer.get("text", "") or "")
        finally:
            self.call_after_refresh(self._done_loading)

    def _done_loading(self) -> None:
        self._loading = False

    def check_text(self) -> str:
        return self.get_answer()["text"]

    def focus_path(self, path: str | None) -> bool:
        self.widget.focus()
        return True


class ActorsForm(TextForm):
    """One actor per line ("hvem – hvordan"): here Enter starts a new line, Ctrl+S sends."""

    KEYS_HINT = texts.get("tui.forms.text.aktoer_pr_linje_enter")
    MEETING_HINT = texts.get("tui.forms.text.hvem_hjaelper_dig_hvordan")

    def focus_path(self, path: str | None) -> bool:
        """Focus the box with the cursor at the end of the actor's line (external_actors[i])."""

        w = self.widget
        w.focus()
        m = re.match(r"external_actors\[(\d+)\]", path or "")
        if m:
            lines = [i for i, line in enumerate(w.text.split("\n")) if line.strip()]
            n = int(m.group(1))
            if n < len(lines):
                row = lines[n]
                w.move_cursor((row, len(w.text.split("\n")[row])))
        return True
