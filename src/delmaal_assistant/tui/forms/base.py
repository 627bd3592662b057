"""What every step form shares: the answer box, putting text into a field, and `StepForm` (reading and writing
an answer dict, Enter, focus, the edited signal)."""

from __future__ import annotations

from datetime import date

from textual.containers import Vertical
from textual.message import Message
from textual.widgets import Checkbox, Input, Select, TextArea

from delmaal_assistant.core import texts
from delmaal_assistant.core.interview import Step
from delmaal_assistant.tui.fields import TextBox
from delmaal_assistant.tui.widgets import TickBox
import re


class AnswerArea(TextBox):
    """A multi-line answer box where Enter sends the answer, as in every other step (text wraps by itself).
    With `send_on_enter=False` (one item per line, e.g. external actors) Enter starts a new line."""

    def __init__(self, *args, send_on_enter: bool = True, **kw) -> None:
        super().__init__(*args, **kw)
        self.send_on_enter = send_on_enter

    async def _on_key(self, event) -> None:
        if self.send_on_enter and event.key == "enter":
            event.stop()
            event.prevent_default()
            self.post_message(StepForm.SubmitRequested())
            return
        await super()._on_key(event)


def put_text(widget, text: str) -> None:
    """Fill an Input or TextArea with `text` and put the cursor at its end, so what is typed next comes after
    the restored words (never in front of them)."""
    if isinstance(widget, Input):
        widget.value = text
        widget.cursor_position = len(widget.value)
    else:
        widget.load_text(text)
        widget.move_cursor(widget.document.end)


class StepForm(Vertical):
    """Base: subclasses implement compose, get_answer, set_answer; post Edited on every change.

    The one key model of every form (stated in KEYS_HINT, shown under the question): Enter moves to the next
    field and sends in the last one; Space ticks a box (and nothing else does); a list opens only with Enter or
    ↑/↓, never because something was typed; Ctrl+S sends from anywhere. Keys in {braces} are binding ids,
    shown as the key that works where the app runs (the browser has Alt+N where the terminal has Ctrl+N)."""

    #: what Enter and Ctrl+S do on this step, shown under the question
    KEYS_HINT = texts.get("tui.forms.base.enter_naeste_felt_sidste")
    #: the same in meeting mode, for the resident: no keys meant for staff
    MEETING_HINT = texts.get("tui.forms.base.enter_naeste_felt_sidste_2")

    @property
    def hint(self) -> str:
        """What Enter does here, in the words of whoever is at the screen."""
        return self.MEETING_HINT if self.meeting else self.KEYS_HINT
    #: model path (relative to the step) → the widget id that edits it; see focus_path
    FOCUS: dict[str, str] = {}

    class Edited(Message):
        """The user changed something in the form."""

    class SubmitRequested(Message):
        """The user pressed Enter where that means 'send'."""

    DEFAULT_CLASSES = "step-form"

    def __init__(self, step: Step, today: date, meeting: bool = False, **kw) -> None:
        super().__init__(**kw)
        self.step = step
        self.today = today
        self.meeting = meeting
        self._loading = False
        #: the answer just put in by load_answer (None: not known – every change while loading is ignored)
        self._loaded: dict | None = None

    def on_mount(self) -> None:
        self.keep_text_on_focus()

    def keep_text_on_focus(self) -> None:
        """Textual's Input selects all its text when it gets focus, so the first key typed into a restored
        answer replaced it. Here focus never selects: the cursor is at the end and typing continues the text."""
        for w in self.query(Input):
            w.select_on_focus = False

    def L(self, key: str, staff: str) -> str:
        """A label or choice in the words of whoever is at the screen: the resident's in meeting mode
        (steps.toml meeting_labels), else the staff text."""
        return self.step.meeting_label(key, staff) if self.meeting else staff

    def note(self, staff: str) -> str:
        """The form's note: in meeting mode the resident's (meeting_note), or none – staff notes stay away."""
        return (self.step.meeting_note or "") if self.meeting else staff

    def get_answer(self) -> dict:
        raise NotImplementedError

    def set_answer(self, answer: dict) -> None:
        raise NotImplementedError

    def check_text(self) -> str:
        """The text the live checker looks at ('' when the step is not checked)."""
        return ""

    def focus_first(self) -> None:
        for w in self.query("Input, TextArea, OptionList, Select, Checkbox"):
            if w.can_focus:
                w.focus()
                return

    def focus_path(self, path: str | None) -> bool:
        """Move focus to the input that edits `path` (e.g. 'documentation.how_often'); False when none does."""

        if path:
            for key, wid in self.FOCUS.items():
                if re.fullmatch(key, path):
                    try:
                        w = self.query_one(f"#{wid}")
                    except Exception:
                        return False
                    if w.can_focus:
                        w.focus()
                        return True
        return False

    def load_answer(self, answer: dict) -> dict:
        """Put `answer` in (set_answer) and remember it: while the fields settle, a change to exactly that is the
        load, any other is the user's. Returns what the form now holds."""
        self.set_answer(answer)
        self._loaded = self.get_answer()
        return self._loaded

    def _edited(self) -> None:
        # While loading, the fields' Changed messages for the value just put in are not an edit. Keys typed then
        # are (a title typed right after Enter on "Nyt delmål", let in by the key hold before the form's loading
        # ended – a refresh, late on a busy machine): dropping them left the typed title unsaved (issue 26).
        if self._loading and (self._loaded is None or self.get_answer() == self._loaded):
            return
        self.post_message(self.Edited())

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        self._edited()

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        event.stop()
        self._edited()

    def on_checkbox_changed(self, event: Checkbox.Changed) -> None:
        event.stop()
        self._edited()

    def on_select_changed(self, event: Select.Changed) -> None:
        event.stop()
        self._edited()

    def enter_fields(self) -> list:
        """The fields Enter walks through, in order: text fields and tick boxes (a list is reached with Tab
        and opened with Enter, so typing never lands in it)."""
        return [w for w in self.query("Input, TextArea, Checkbox") if w.can_focus]

    #: Enter walks the fields (see enter_target); False where the form gives Enter its own meaning
    ENTER_WALKS = True
    #: tick boxes (by id) where «nej» typed and Enter send the answer at once (the inputs after them are for a yes)
    SEND_ON_NO: tuple[str, ...] = ()

    def enter_target(self, widget):
        """Where Enter in `widget` goes: the next field, or None for "send the answer"."""
        fields = self.enter_fields()
        try:
            i = fields.index(widget)
        except ValueError:
            i = len(fields)
        if i + 1 < len(fields) and not self.send_from(widget):
            return fields[i + 1]
        return None

    def enter_pressed(self, widget) -> None:
        """Enter in a field moves to the next field of the form; in the last one it sends the answer. (The
        interview screen does this itself, before the next key is routed, so a fast typist's next words land in
        the next field; this is the path for Enter that reaches the form some other way.)"""
        target = self.enter_target(widget)
        if target is not None:
            target.focus()
        else:
            self.post_message(self.SubmitRequested())

    def send_from(self, widget) -> bool:
        """Whether Enter in `widget` sends although fields follow (an empty optional part)."""
        return False

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.enter_pressed(event.input)

    def on_tick_box_enter(self, event: TickBox.Enter) -> None:
        event.stop()
        self.enter_pressed(event.tick_box)
