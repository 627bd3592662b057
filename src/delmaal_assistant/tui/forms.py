"""One input form per interview step kind. Each form reads/writes an answer dict (see interview.apply_answer)."""

from __future__ import annotations

from datetime import date

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from delmaal_assistant.tui.bindings import bind
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.widgets import Checkbox, Input, Label, OptionList, Select, Static, TextArea
from delmaal_assistant.tui.fields import LineInput, TextBox
from textual.widgets.option_list import Option
from rich.text import Text

from delmaal_assistant.core.model import ffb
from delmaal_assistant.tui.widgets import ChoiceSelect, TickBox
from delmaal_assistant.core.interview import Step, format_date, suggested_dates
from delmaal_assistant.core.model import LEVEL_LABELS


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
    KEYS_HINT = "Enter: næste felt, i det sidste send · {submit} send"
    #: the same in meeting mode, for the resident: no keys meant for staff
    MEETING_HINT = "Enter: næste felt, i det sidste send"

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
        import re

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

    def _edited(self) -> None:
        if not self._loading:
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


class TextForm(StepForm):
    """One prose answer: a wrapping text box (kind text) or a one-line Input (kind line). Enter sends on both."""

    KEYS_HINT = "Enter sender svaret · {skip} går videre · {help} hjælp"
    MEETING_HINT = "Enter sender svaret"

    def compose(self) -> ComposeResult:
        if self.step.kind == "line":
            yield LineInput(id="answer-input", placeholder="Skriv dit svar og tryk Enter")
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


class ThemeForm(StepForm):
    ENTER_WALKS = False  # Enter in the search goes to the list; in the list it picks
    BINDINGS = [bind("theme-down", "focus_list", show=False)]

    KEYS_HINT = "Skriv for at søge · ↓ til listen · ↑↓ vælger · Enter sender"
    MEETING_HINT = "Skriv for at søge · ↓ til listen · Enter vælger"

    def action_focus_list(self) -> None:
        """↓ in the search field: to the list. Moving focus takes effect a moment later, so ↓ pressed again
        before that (a quick burst) moves down the list instead of going to the list again: three quick ↓
        land on the third theme, as they would once the list has focus."""
        ol = self.query_one("#theme-list", OptionList)
        if self._to_list:
            ol.action_cursor_down()
            return
        self._to_list = True
        ol.focus()

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        if event.widget.id == "theme-filter":
            self._to_list = False

    def on_key(self, event: events.Key) -> None:
        """Typing on the list searches: the letters go to the search field (in order), not to nowhere."""
        ol = self.query_one("#theme-list", OptionList)
        if ol.has_focus and event.is_printable and event.key != "space" and event.character:
            event.stop()
            event.prevent_default()
            f = self.query_one("#theme-filter", Input)
            f.focus()
            f.insert_text_at_cursor(event.character)

    def compose(self) -> ComposeResult:
        yield LineInput(id="theme-filter", placeholder=self.L("filter", "Søg tema, fx vaske tøj (pil ned for at vælge)"),
                    compact=True)
        yield OptionList(id="theme-list")
        yield Static("Valgt: (intet)", id="theme-chosen")

    def on_mount(self) -> None:
        self.keep_text_on_focus()
        self.chosen: str | None = None
        self._to_list = False
        self._fill("")

    def _fill(self, query: str) -> None:
        ol = self.query_one("#theme-list", OptionList)
        ol.clear_options()
        themes = ffb.search_themes(query)
        ol.add_options([Option(t.label, id=t.code) for t in themes])
        if ol.option_count:
            ol.highlighted = 0
        self._show_chosen(query)

    def _show_chosen(self, query: str = "") -> None:
        t = ffb.theme_by_code(self.chosen) if self.chosen else None
        text = f"Valgt: {t.label if t else '(intet)'}"
        if query.strip() and not self.query_one("#theme-list", OptionList).option_count:
            text = (f"Ingen temaer passer til «{query.strip()}». Prøv et andet ord, fx vask, mad eller venner. "
                    + text)
        self.query_one("#theme-chosen", Static).update(Text(text))

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        self._fill(event.value)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if self.query_one("#theme-list", OptionList).option_count:
            self._to_list = True
            self.query_one("#theme-list", OptionList).focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self._choose(event.option.id)
        self.post_message(self.SubmitRequested())

    def _choose(self, code: str | None) -> None:
        self.chosen = code
        self._show_chosen()
        self._edited()

    def get_answer(self) -> dict:
        if self.chosen:
            return {"code": self.chosen}
        ol = self.query_one("#theme-list", OptionList)
        if ol.highlighted is not None and (self._to_list or self.query_one("#theme-filter", Input).value.strip()):
            return {"code": ol.get_option_at_index(ol.highlighted).id}
        return {"code": None}

    def set_answer(self, answer: dict) -> None:
        code = answer.get("code")
        self.chosen = code
        t = ffb.theme_by_code(code) if code else None
        self._show_chosen()
        if t:
            ol = self.query_one("#theme-list", OptionList)
            try:
                ol.highlighted = ol.get_option_index(code)
            except Exception:
                pass


class GoalTypeForm(StepForm):
    KEYS_HINT = "↑↓ og Enter vælger og sender · {skip} går videre"
    MEETING_HINT = "↑↓ og Enter vælger"
    HELP = {
        "Udvikle funktionsevne": "udviklingsmål: beboeren lærer noget nyt",
        "Fastholde funktionsevne": "vedligeholdelsesmål: beboeren holder fast i det, han kan",
        "Begrænse tab af funktionsevne": "beboeren mister mindst muligt af det, han kan",
    }

    def compose(self) -> ComposeResult:
        yield OptionList(
            *[Option(self.L(g.name, f"{g.name} – {self.HELP.get(g.name, '')}"), id=g.code) for g in ffb.goal_types()],
            id="goal-type-list",
        )
        yield Static("Valgt: (ingen)", id="goal-type-chosen")

    def on_mount(self) -> None:
        self.chosen: str | None = None

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self._set(event.option.id)
        self._edited()
        self.post_message(self.SubmitRequested())

    def _set(self, code: str | None) -> None:
        self.chosen = code
        name = next((g.name for g in ffb.goal_types() if g.code == code), "(ingen)")
        self.query_one("#goal-type-chosen", Static).update(f"Valgt: {name}")

    def get_answer(self) -> dict:
        if self.chosen:
            return {"code": self.chosen}
        ol = self.query_one(OptionList)
        return {"code": ol.get_option_at_index(ol.highlighted).id if ol.highlighted is not None else None}

    def set_answer(self, answer: dict) -> None:
        self._set(answer.get("code"))
        if self.chosen:
            ol = self.query_one(OptionList)
            ol.highlighted = ol.get_option_index(self.chosen)


KIND_OPTIONS = [("Metode", "metode"), ("Tilgang", "tilgang"), ("Ved ikke", "ukendt")]


class MethodsForm(StepForm):
    KEYS_HINT = "Enter: næste felt / send · Tab: Metode/Tilgang · {submit} send"
    FOCUS = {r"methods\[0\]\.description": "m1-how", r"methods\[1\]\.description": "m2-how",
             r"methods\[0\].*": "m1-name", r"methods\[1\].*": "m2-name", r"methods": "m1-name"}

    def compose(self) -> ComposeResult:
        note = self.note("Tilgang = overordnet forståelse (fx Low Arousal). Metode = et konkret værktøj "
                         "(fx motiverende samtale). 1-2 metoder er nok.")
        if note:
            yield Static(note, classes="form-note")
        for n in (1, 2):
            # meeting mode: the resident's words only – no method names, no "Metode ▼", no "(valgfri)"
            label = self.L("name", "Metode") + ("" if self.meeting else f" {n}" + (" (valgfri)" if n == 2 else ""))
            yield Label(label if n == 1 or not self.meeting else "Og mere?", classes="form-label")
            with Horizontal(classes="form-row"):
                yield LineInput(id=f"m{n}-name", placeholder="Sig det med dine egne ord" if self.meeting else
                            "Navn, fx motiverende samtale", compact=True)
                kind = ChoiceSelect(KIND_OPTIONS, id=f"m{n}-kind", value="ukendt" if self.meeting else "metode",
                                    allow_blank=False, compact=True)
                kind.display = not self.meeting
                yield kind
            yield LineInput(id=f"m{n}-how", placeholder=self.L("how", "Hvordan bruger I den i dette delmål?"), compact=True)

    def get_answer(self) -> dict:
        methods = []
        for n in (1, 2):
            methods.append({
                "name": self.query_one(f"#m{n}-name", Input).value,
                "kind": self.query_one(f"#m{n}-kind", Select).value,
                "description": self.query_one(f"#m{n}-how", Input).value,
            })
        return {"methods": methods}

    def set_answer(self, answer: dict) -> None:
        self._loading = True
        ms = answer.get("methods", [])
        for n in (1, 2):
            m = ms[n - 1] if len(ms) >= n else {}
            put_text(self.query_one(f"#m{n}-name", Input), m.get("name", ""))
            self.query_one(f"#m{n}-kind", Select).value = m.get("kind", "ukendt" if self.meeting else "metode")
            put_text(self.query_one(f"#m{n}-how", Input), m.get("description", ""))
        self.call_after_refresh(setattr, self, "_loading", False)

    def send_from(self, widget) -> bool:
        """Enter in the empty name of the optional second method sends: one method is enough."""
        return widget.id == "m2-name" and not widget.value.strip() and not self.query_one("#m2-how", Input).value

    def check_text(self) -> str:
        return ""


class GuardianForm(StepForm):
    KEYS_HINT = "Mellemrum: kryds til/fra · Enter: næste felt / send · {submit} send"
    FOCUS = {r"collaboration\.guardian_involvement": "guardian-how"}

    def compose(self) -> ComposeResult:
        yield TickBox(self.L("guardian_involved", "Værge har været inddraget"), id="guardian-involved")
        yield LineInput(id="guardian-how", placeholder=self.L("guardian_how", "Hvordan blev værgen inddraget?"), compact=True)

    def get_answer(self) -> dict:
        return {"involved": self.query_one("#guardian-involved", Checkbox).value,
                "how": self.query_one("#guardian-how", Input).value}

    def set_answer(self, answer: dict) -> None:
        self._loading = True
        self.query_one("#guardian-involved", Checkbox).value = bool(answer.get("involved"))
        put_text(self.query_one("#guardian-how", Input), answer.get("how", ""))
        self.call_after_refresh(setattr, self, "_loading", False)


class ActorsForm(TextForm):
    """One actor per line ("hvem – hvordan"): here Enter starts a new line, Ctrl+S sends."""

    KEYS_HINT = "Én aktør pr. linje · Enter: ny linje · {submit} send"
    MEETING_HINT = "Hvem hjælper dig, og hvordan? · Enter: ny linje · {submit} sender"

    def focus_path(self, path: str | None) -> bool:
        """Focus the box with the cursor at the end of the actor's line (external_actors[i])."""
        import re

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


def _level_options(meeting: bool = False) -> list[tuple[str, int]]:
    if meeting:
        from delmaal_assistant.core.interview import default_prompts
        from delmaal_assistant.core.interview.meeting import meeting_level

        return [(f"{n} – {meeting_level(default_prompts(), n)}", n) for n in LEVEL_LABELS]
    return [(f"{n} – {label}", n) for n, label in LEVEL_LABELS.items()]


class LevelsForm(StepForm):
    KEYS_HINT = "Enter åbner listen, ↑↓ Enter vælger · {submit} send"
    FOCUS = {r"indicators\.start_level": "level-start", r"indicators\.expected_end_level": "level-end"}

    def compose(self) -> ComposeResult:
        yield Label(self.L("start", "Ved delmålets opstart:"), classes="form-label")
        yield ChoiceSelect(_level_options(self.meeting), id="level-start", prompt="Vælg niveau 0-4", compact=True)
        yield Label(self.L("end", "Forventes ved delmålets afslutning:"), classes="form-label")
        yield ChoiceSelect(_level_options(self.meeting), id="level-end", prompt="Vælg niveau 0-4", compact=True)

    def on_choice_select_picked(self, event: ChoiceSelect.Picked) -> None:
        """A level picked in the open list: on to the next list (after the last, Ctrl+S or Enter sends)."""
        event.stop()
        if event.select.id == "level-start":
            self.query_one("#level-end", Select).focus()

    @staticmethod
    def _val(sel: Select):
        v = sel.value
        return None if v is Select.NULL or v is None else int(v)

    def get_answer(self) -> dict:
        return {"start": self._val(self.query_one("#level-start", Select)),
                "end": self._val(self.query_one("#level-end", Select))}

    def set_answer(self, answer: dict) -> None:
        self._loading = True
        for key, wid in (("start", "#level-start"), ("end", "#level-end")):
            sel = self.query_one(wid, Select)
            v = answer.get(key)
            if v is None:
                sel.clear()
            else:
                sel.value = int(v)
        self.call_after_refresh(setattr, self, "_loading", False)


class IndicatorForm(StepForm):
    def level_text(self, lvl: int) -> str:
        """The level in the words of whoever reads: plain words for the resident in meeting mode."""
        if self.meeting:
            from delmaal_assistant.core.interview import default_prompts
            from delmaal_assistant.core.interview.meeting import meeting_level

            return meeting_level(default_prompts(), lvl)
        return LEVEL_LABELS[lvl]

    FOCUS = {r"indicators\.levels\[\d\]\.what_we_see": "ind-see", r"indicators\.levels\[\d\]\.how_we_support": "ind-support",
             r"indicators\.levels\[\d\]": "ind-see"}

    def compose(self) -> ComposeResult:
        lvl = self.step.level or 0
        yield Static(f"Niveau {lvl}: {self.level_text(lvl)}", classes="form-note")
        yield Label(self.L("what_we_see", "Hvad gør beboeren / hvad ser vi hos beboeren?"), classes="form-label")
        yield LineInput(id="ind-see", compact=True, placeholder="Fx: sætter selv vasken i gang om onsdagen")
        yield Label(self.L("how_we_support", "Hvordan møder/støtter vi beboeren?"), classes="form-label")
        yield LineInput(id="ind-support", compact=True, placeholder="Fx: spørger kort, hvordan det gik")

    def get_answer(self) -> dict:
        return {"what_we_see": self.query_one("#ind-see", Input).value,
                "how_we_support": self.query_one("#ind-support", Input).value}

    def set_answer(self, answer: dict) -> None:
        self._loading = True
        put_text(self.query_one("#ind-see", Input), answer.get("what_we_see", ""))
        put_text(self.query_one("#ind-support", Input), answer.get("how_we_support", ""))
        self.call_after_refresh(setattr, self, "_loading", False)

    def check_text(self) -> str:
        return self.query_one("#ind-see", Input).value


class DocumentationForm(StepForm):
    FOCUS = {r"documentation\.what": "doc-what", r"documentation\.who": "doc-who",
             r"documentation\.how_often": "doc-how_often", r"documentation": "doc-what"}
    ROWS = (("what", "Hvad er vigtigt at dokumentere?"), ("who", "Hvem dokumenterer?"),
            ("how_often", "Hvor ofte / hvornår?"))

    def compose(self) -> ComposeResult:
        for key, label in self.ROWS:
            yield Label(self.L(key, label), classes="form-label")
            yield LineInput(id=f"doc-{key}", compact=True)

    def get_answer(self) -> dict:
        return {key: self.query_one(f"#doc-{key}", Input).value for key, _ in self.ROWS}

    def focus_path(self, path: str | None) -> bool:
        """A finding on the plan as a whole: the first part that is still empty."""
        if path == "documentation":
            for key, _ in self.ROWS:
                w = self.query_one(f"#doc-{key}", Input)
                if not w.value.strip():
                    w.focus()
                    return True
        return super().focus_path(path)

    def set_answer(self, answer: dict) -> None:
        self._loading = True
        for key, _ in self.ROWS:
            put_text(self.query_one(f"#doc-{key}", Input), answer.get(key, ""))
        self.call_after_refresh(setattr, self, "_loading", False)


class DatesForm(StepForm):
    FOCUS = {r"start_date": "date-start", r"end_date": "date-end", r"evaluation_date": "date-evaluation"}
    ROWS = (("start", "Startdato"), ("end", "Slutdato (ca. 3 måneder)"), ("evaluation", "Evalueringsdato"))

    def compose(self) -> ComposeResult:
        yield Static(self.note("Skriv datoer, som du plejer: 01-03-2027, 1.3.27 eller 1. marts 2027."), classes="form-note")
        for key, label in self.ROWS:
            with Horizontal(classes="form-row"):
                yield Label(f"{self.L(key, label)}:", classes="form-label date-label")
                yield LineInput(id=f"date-{key}", compact=True, placeholder="fx 1. marts 2027")

    def get_answer(self) -> dict:
        return {key: self.query_one(f"#date-{key}", Input).value for key, _ in self.ROWS}

    def set_answer(self, answer: dict) -> None:
        self._loading = True
        start, end, evaluation = suggested_dates(self.today, answer.get("wording", ""))
        suggestions = {"start": format_date(start), "end": format_date(end), "evaluation": format_date(evaluation)}
        for key, _ in self.ROWS:
            put_text(self.query_one(f"#date-{key}", Input), answer.get(key) or suggestions[key])
        self.call_after_refresh(setattr, self, "_loading", False)


class FlagsForm(StepForm):
    KEYS_HINT = "Mellemrum: kryds til/fra · Enter: næste / send · {submit} send"

    def compose(self) -> ComposeResult:
        yield TickBox(self.L("crime_prevention", "Kriminalpræventivt delmål"), id="flag-crime")
        yield TickBox(self.L("employment", "Beskæftigelsesdelmål (Kometen)"), id="flag-employment")

    def get_answer(self) -> dict:
        return {"crime_prevention": self.query_one("#flag-crime", Checkbox).value,
                "employment": self.query_one("#flag-employment", Checkbox).value}

    def set_answer(self, answer: dict) -> None:
        self._loading = True
        self.query_one("#flag-crime", Checkbox).value = bool(answer.get("crime_prevention"))
        self.query_one("#flag-employment", Checkbox).value = bool(answer.get("employment"))
        self.call_after_refresh(setattr, self, "_loading", False)


FORMS: dict[str, type[StepForm]] = {
    "line": TextForm,
    "text": TextForm,
    "theme": ThemeForm,
    "goal_type": GoalTypeForm,
    "methods": MethodsForm,
    "guardian": GuardianForm,
    "actors": ActorsForm,
    "levels": LevelsForm,
    "indicator": IndicatorForm,
    "documentation": DocumentationForm,
    "dates": DatesForm,
    "flags": FlagsForm,
}


def make_form(step: Step, today: date, meeting: bool = False) -> StepForm:
    return FORMS[step.kind](step, today, meeting, id="step-form")
