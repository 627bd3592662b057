"""Checks of a whole, filled-in delmål, one job per module:

- `orchestrate`: runs the text checks on every field, the structural checks and the field judges, and applies
  the field registry (which codes on which field, at what severity);
- `structural`: registered checks of the template's structure (empty fields, dates, methods, indicator levels);
- `judges`: the mentor's field judges (FIELDS.md), one module per judge family, on elements found by the shared
  pattern engine (`answer`);
- `judging`: the `@judge(...)` registry of field judges and the `Judging` they read;
- `data`: `whole.toml` and `field_rules.toml`, validated and compiled.
"""

from delmaal_assistant.checker.whole.answer import Answer
from delmaal_assistant.checker.whole.data import (
    ELEMENTS,
    WORD_LISTS,
    FieldData,
    FieldRule,
    field_data,
    parse_field_data,
    whole_config,
)
from delmaal_assistant.checker.whole.judges import (
    attitude_in_substance,
    field_findings,
    judge_actor,
    judge_attitude,
    judge_documentation,
    judge_handleplan_goal,
    judge_indicators,
    judge_indsats,
    judge_justification,
    judge_measurement,
    judge_otherwise,
    judge_purpose,
    justification_is_real,
    placeholder_findings,
)
from delmaal_assistant.checker.whole.judging import JUDGES, Judging, judge
from delmaal_assistant.checker.whole.orchestrate import apply_registry, check_delmaal
from delmaal_assistant.checker.whole.structural import (
    STRUCTURAL,
    UDVIKLE,
    date_findings,
    method_findings,
    structural,
    whole_findings,
)

__all__ = [
    "Answer", "ELEMENTS", "WORD_LISTS", "FieldData", "FieldRule", "field_data", "parse_field_data",
    "whole_config", "JUDGES", "Judging", "judge", "attitude_in_substance", "field_findings", "judge_actor", "judge_attitude",
    "judge_documentation", "judge_handleplan_goal", "judge_indicators", "judge_indsats", "judge_justification",
    "judge_measurement", "judge_otherwise", "judge_purpose", "justification_is_real", "placeholder_findings",
    "apply_registry", "check_delmaal", "STRUCTURAL", "UDVIKLE", "date_findings", "method_findings", "structural",
    "whole_findings",
]
