"""One input form per interview step kind, one module per kind of form over what they share (`base`). Each
form reads/writes an answer dict (see interview.apply_answer); `make_form` picks the form of a step's kind."""

from __future__ import annotations

from datetime import date

from delmaal_assistant.core.interview import Step
from delmaal_assistant.tui.forms.base import AnswerArea, put_text, StepForm
from delmaal_assistant.tui.forms.text import TextForm, ActorsForm
from delmaal_assistant.tui.forms.choices import ThemeForm, GoalTypeForm
from delmaal_assistant.tui.forms.methods import KIND_OPTIONS, MethodsForm, GuardianForm
from delmaal_assistant.tui.forms.levels import LevelsForm, IndicatorForm
from delmaal_assistant.tui.forms.plan import DocumentationForm, DatesForm, FlagsForm


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


__all__ = [
    "AnswerArea", "put_text", "StepForm", "TextForm", "ActorsForm", "ThemeForm", "GoalTypeForm", "KIND_OPTIONS", "MethodsForm", "GuardianForm", "LevelsForm", "IndicatorForm", "DocumentationForm", "DatesForm", "FlagsForm", "FORMS", "make_form",
]
