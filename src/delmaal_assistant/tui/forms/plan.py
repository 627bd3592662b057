"""The plan around the delmål: documentation (what, who, how often), dates, and the two flags."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Checkbox, Input, Label, Static

from delmaal_assistant.core import texts
from delmaal_assistant.core.interview import format_date, suggested_dates
from delmaal_assistant.tui.fields import LineInput
from delmaal_assistant.tui.forms.base import StepForm, put_text
from delmaal_assistant.tui.widgets import TickBox


class DocumentationForm(StepForm):
    FOCUS = {r"documentation\.what": "doc-what", r"documentation\.who": "doc-who",
             r"documentation\.how_often": "doc-how_often", r"documentation": "doc-what"}
    ROWS = (("what", texts.get("tui.forms.plan.hvad_vigtigt_dokumentere")), ("who", "Hvem dokumenterer?"),
            ("how_often", texts.get("tui.forms.plan.hvor_ofte_hvornaar")))

    def __init__(self, *args, **kw) -> None:
        super().__init__(*args, **kw)
        self._hidden: dict[str, str] = {}  # meeting mode: the staff's inputs, not shown, as they were

    def _rows(self) -> tuple:
        """The inputs shown: in meeting mode not the staff's (who of the staff writes, how often: `staff_keys`)."""
        return tuple(r for r in self.ROWS if not (self.meeting and r[0] in self.step.staff_keys))

    def compose(self) -> ComposeResult:
        for key, label in self._rows():
            yield Label(self.L(key, label), classes="form-label")
            yield LineInput(id=f"doc-{key}", compact=True)

    def get_answer(self) -> dict:
        # the staff's inputs, not shown in meeting mode, keep what they held
        shown = {key: self.query_one(f"#doc-{key}", Input).value for key, _ in self._rows()}
        return {key: shown[key] if key in shown else self._hidden.get(key, "") for key, _ in self.ROWS}

    def focus_path(self, path: str | None) -> bool:
        """A finding on the plan as a whole: the first part that is still empty."""
        if path == "documentation":
            for key, _ in self._rows():
                w = self.query_one(f"#doc-{key}", Input)
                if not w.value.strip():
                    w.focus()
                    return True
        return super().focus_path(path)

    def set_answer(self, answer: dict) -> None:
        self._loading = True
        for key, _ in self.ROWS:
            if self.meeting and key in self.step.staff_keys:
                self._hidden[key] = answer.get(key, "")
                continue
            put_text(self.query_one(f"#doc-{key}", Input), answer.get(key, ""))
        self.call_after_refresh(setattr, self, "_loading", False)


class DatesForm(StepForm):
    FOCUS = {r"start_date": "date-start", r"end_date": "date-end", r"evaluation_date": "date-evaluation"}
    ROWS = (("start", "Startdato"), ("end", texts.get("tui.forms.plan.slutdato_ca_3_maaneder")), ("evaluation", "Evalueringsdato"))

    def compose(self) -> ComposeResult:
        yield Static(self.note(texts.get("tui.forms.plan.skriv_datoer_du_plejer")), classes="form-note")
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
    KEYS_HINT = texts.get("tui.forms.plan.mellemrum_kryds_fra_enter")

    def compose(self) -> ComposeResult:
        yield TickBox(self.L("crime_prevention", texts.get("tui.forms.plan.kriminalpraeventivt_delmaal")), id="flag-crime")
        yield TickBox(self.L("employment", texts.get("tui.forms.plan.beskaeftigelsesdelmaal_kometen")), id="flag-employment")

    def get_answer(self) -> dict:
        return {"crime_prevention": self.query_one("#flag-crime", Checkbox).value,
                "employment": self.query_one("#flag-employment", Checkbox).value}

    def set_answer(self, answer: dict) -> None:
        self._loading = True
        self.query_one("#flag-crime", Checkbox).value = bool(answer.get("crime_prevention"))
        self.query_one("#flag-employment", Checkbox).value = bool(answer.get("employment"))
        self.call_after_refresh(setattr, self, "_loading", False)
