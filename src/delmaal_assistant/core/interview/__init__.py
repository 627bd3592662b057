"""The interview as data: the template's questions one by one, their follow-ups, and answers in and out of the
model. No UI here (the Textual assistant and the tests both use this package).

- `prompts`: the types (Step, Followup, Prompts, the errors) and moving between steps;
- `loader`: reading `prompts/<lang>/steps.toml`, `followups.toml`, `smart.toml` (validated, Danish errors);
- `answers`: a step's answer (a plain dict per kind) read from and written into the delmål – imported from
  `core.interview.answers` itself, not from here: it pulls in the DUF-form texts (`duform`), which the assistant's
  start screen does not need (issue 28: the first screen);
- `session`: the conversation without a UI (InterviewSession); `meeting`: meeting mode's texts for the resident.
Danish dates are `core.dates`; model paths are `core.model.paths`.
"""

from delmaal_assistant.core.dates import (
    MONTHS_DA,
    add_months,
    format_date,
    last_date_in_text,
    parse_date,
    suggested_dates,
)
from delmaal_assistant.core.interview.loader import default_prompts, load_prompts
from delmaal_assistant.core.interview.prompts import (
    KINDS,
    MEETING_LABEL_KEYS,
    TEXT_KINDS,
    AnswerError,
    Followup,
    PromptError,
    Prompts,
    Step,
    field_title,
    followup_for,
    next_step,
    previous_step,
    should_ask,
    step_for_field,
)
from delmaal_assistant.core.model.paths import field_text, get_field, set_field

__all__ = [
    "MONTHS_DA", "add_months", "format_date", "last_date_in_text", "parse_date", "suggested_dates",
    "default_prompts", "load_prompts",
    "KINDS", "MEETING_LABEL_KEYS", "TEXT_KINDS", "AnswerError", "Followup", "PromptError", "Prompts", "Step",
    "field_title", "followup_for", "next_step", "previous_step", "should_ask", "step_for_field",
    "field_text", "get_field", "set_field",
]
