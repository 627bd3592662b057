"""The evaluation conversation at (or after) the evaluation date."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from rich.text import Text
from textual.app import ComposeResult
from delmaal_assistant.core import texts
from delmaal_assistant.tui.bindings import bind
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Header, Input, OptionList, Static
from delmaal_assistant.tui.fields import LineInput
from textual.widgets.option_list import Option

from delmaal_assistant.core.files.drafts import ConversationEntry, Draft
from delmaal_assistant.core.interview.evaluation import EvaluationSession
from delmaal_assistant.core.model import Delmaal
from delmaal_assistant.core.files.observations import fmt, next_delmaal, progress
from delmaal_assistant.core.sanitize import terminal_safe
from delmaal_assistant.core.files.storage import StorageError
from delmaal_assistant.tui.screens.common import calm_cursors
from delmaal_assistant.tui.widgets import StableFooter
from delmaal_assistant.tui.screens.followup import PENDING_EVAL, ChoiceList, _Autosaving, mark_choice, pending_store
from delmaal_assistant.core.files.observations import save_evaluation
from delmaal_assistant.tui.screens.common import ChatMessage

class EvaluationScreen(_Autosaving, Screen):
    """The evaluation as a conversation: one question at a time, the assistant's reaction to each answer."""

    #: the answer widgets have the focus from the moment the screen is shown, never the conversation log (keys
    #: typed there before `_ask` has focused the question's widget were lost); a key reaching the choice list
    #: while the question wants text goes on to the text field (ChoiceList's target)
    AUTO_FOCUS = "#eval-choice, #eval-text"

    DEFAULT_CSS = """
    #eval-log { height: 1fr; padding: 0 1; }
    #eval-box { height: auto; max-height: 60%; border-top: solid $primary; padding: 0 1; }
    #eval-question { text-style: bold; }
    #eval-choice { height: auto; max-height: 8; }
    EvaluationScreen .msg { margin-bottom: 1; }
    """
    BINDINGS = [
        bind("eval-save", "save", priority=True),
        bind("eval-previous", "previous", priority=True),
        bind("eval-back", "back"),
    ]

    def __init__(self, path: Path, d: Delmaal) -> None:
        super().__init__()
        self.path = path
        self.d = d
        self.session = EvaluationSession(d, date.today())  # today from the app once mounted
        self.saved = False
        self._choice_labels: list[str] = []

    def compose(self) -> ComposeResult:
        yield Header()
        yield VerticalScroll(id="eval-log")
        with VerticalScroll(id="eval-box"):
            yield Static("", id="eval-question")
            yield ChoiceList(id="eval-choice", target="#eval-text")
            yield LineInput(id="eval-text", compact=True, select_on_focus=False)
            yield Static("", id="eval-hint")
        yield StableFooter(compact=True)

    def on_mount(self) -> None:
        calm_cursors(self)
        self.session.today = self.app.today
        pending = pending_store(self.app).load(self.d.id, PENDING_EVAL)
        self._say("assistant", texts.get("tui.screens.evaluation.evaluering_svar_spoergsmaal_ad",
                                         value=self.d.title or texts.get("tui.screens.evaluation.delmaalet"),
                                         fmt=fmt(self.d.start_date), fmt2=fmt(self.d.end_date)))
        if pending:
            self.session.restore(pending)
            for sid, value in self.session.answers.items():
                self._say("user", self.session.label(sid, value))
            if self.session.answers:
                self._say("system", texts.get("tui.screens.evaluation.svarene_fra_sidst_hentet"))
        self.start_autosave()
        self._ask(typing=(pending or {}).get("typing", "") if pending else "")

    def _say(self, role: str, text: str) -> None:
        log = self.query_one("#eval-log", VerticalScroll)
        log.mount(ChatMessage(ConversationEntry(role=role, text=text)))
        log.scroll_end(animate=False)

    def _ask(self, typing: str = "") -> None:
        step = self.session.current
        choice = self.query_one("#eval-choice", OptionList)
        text = self.query_one("#eval-text", Input)
        hint = self.query_one("#eval-hint", Static)
        if step is None:
            self.query_one("#eval-question", Static).update(Text(self.app.hint(
                texts.get("tui.screens.evaluation.evalueringen_faerdig_gemmer_delmaalsfilen"))))
            choice.display = False
            text.display = False
            hint.update("")
            return
        self.query_one("#eval-question", Static).update(Text(terminal_safe(step.question)))
        if step.choices:
            choice.clear_options()
            self._choice_labels = [terminal_safe(label) for _value, label in step.choices]
            for value, label in zip((v for v, _ in step.choices), self._choice_labels):
                choice.add_option(Option(Text("  " + label), id=value))
            choice.display, text.display = True, False
            if step.id == "level_now":
                p = progress(self.d)
                choice.highlighted = p.latest if p.latest is not None else 0
            else:
                choice.highlighted = 0
            hint.update(Text(self.app.hint(texts.get("tui.screens.evaluation.vaelg_enter_svar_forrige"))))
            choice.focus()
        else:
            if typing:
                text.value = typing
            text.placeholder = step.placeholder
            choice.display, text.display = False, True
            hint.update(Text(self.app.hint(texts.get("tui.screens.evaluation.enter_sender_svaret_forrige"))))
            text.focus()

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if event.option_list.id == "eval-choice":
            mark_choice(event.option_list, self._choice_labels)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        if event.option_list.id == "eval-choice":
            self._answer(event.option.id or "")

    def on_input_changed(self, event: Input.Changed) -> None:
        self.edited()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id == "eval-text":
            self._answer(event.value)

    def _answer(self, value: str) -> None:
        step = self.session.current
        if step is None:
            return
        reply = self.session.answer(value)
        if reply.accepted:
            self._say("user", self.session.label(step.id, value) or texts.get("tui.screens.evaluation.intet_svar"))
            self._say("assistant", reply.text)
            if not step.choices:  # after a choice, the field may already hold what was typed next: keep it
                self.query_one("#eval-text", Input).value = ""
            self.edited()
            self.flush()
            self._ask()
        else:
            self._say("assistant", reply.text)

    def pending_data(self) -> dict:
        return self.session.to_pending(self.query_one("#eval-text", Input).value)

    def write_pending(self) -> None:
        if not self.saved:
            pending_store(self.app).save(self.d.id, PENDING_EVAL, self.pending_data())

    def action_back(self) -> None:
        if not self.saved:
            self.edited()
            self.flush()
        self.app.pop_screen()

    def action_previous(self) -> None:
        """Ctrl+B: one question back, to answer it again."""
        if self.saved:
            return
        sid = self.session.back()
        if sid is None:
            self.notify(texts.get("tui.screens.evaluation.foerste_spoergsmaal"), title="Evaluering")
            return
        self._say("system", texts.get("tui.screens.evaluation.spoergsmaal_tilbage_svar_igen"))
        self.edited()
        self.flush()
        self.query_one("#eval-text", Input).display = True
        self._ask()

    def action_save(self) -> None:
        if self.saved:
            return
        if not self.session.done:
            self.notify(texts.get("tui.screens.evaluation.svar_alle_spoergsmaalene_foerst"), title=texts.get("tui.screens.evaluation.ikke_faerdig"))
            return
        ev = self.session.evaluation()
        new = next_delmaal(self.d, ev) if ev.next_step == "new" else None
        if new is not None:
            ev = ev.model_copy(update={"next_delmaal_id": new.id})
        try:
            self.d = save_evaluation(self.path, ev)
        except StorageError as exc:
            self.notify(texts.get("tui.screens.evaluation.evalueringen_kunne_ikke_gemmes", exc=exc), severity="error",
                        timeout=15)
            return
        self.saved = True
        self.policy.saved()
        pending_store(self.app).clear(self.d.id, PENDING_EVAL)
        self._say("system", texts.get("tui.screens.evaluation.evalueringen_gemt", name=self.path.name))
        self.notify(texts.get("tui.screens.evaluation.evalueringen_gemt", name=self.path.name), title="Gemt")
        if new is not None:
            self._start_next(new)
        else:
            self.app.pop_screen()

    def _start_next(self, new: Delmaal) -> None:
        """The new delmål as a draft in the interview: title, theme, måltype and the start level carried over."""
        draft = Draft(delmaal=new, meeting_mode=self.app.settings.meeting_mode_default)
        draft.conversation.append(ConversationEntry(
            role="system", text=texts.get("tui.screens.evaluation.nyt_delmaal_bygger_videre", title=self.d.title,
                                          fmt=fmt(self.app.today), start_level=new.indicators.start_level)))
        self.app.pop_screen()
        self.app.open_interview(draft)
