"""The mentor's judges (docs/FIELDS.md): each staff answer of the template is judged by the elements a good
answer holds. The elements, thresholds, messages and examples are data (`field_rules.toml`, see `data.py`); the
elements are found by the shared pattern engine (`answer.py`); the logic only combines them.

One module per judge family (the field it judges), each judge registered with `@judge(...)` (`judging.py`) and
naming only its rule names — the code of a rule comes from its registry entry. Every module of this package is
imported here, so a new judge is its registry entry and its own module; `field_findings` runs them all.
"""

from __future__ import annotations

import importlib
import pkgutil
from typing import TYPE_CHECKING

from delmaal_assistant.checker.findings import Finding
from delmaal_assistant.checker.whole.data import FieldData, field_data
from delmaal_assistant.checker.whole.judges.collaboration import (
    attitude_in_substance,
    judge_attitude,
    judge_justification,
    justification_is_real,
)
from delmaal_assistant.checker.whole.judges.actors import judge_actor
from delmaal_assistant.checker.whole.judges.common import activity_lemmas, shares_activity
from delmaal_assistant.checker.whole.judges.documentation import judge_documentation
from delmaal_assistant.checker.whole.judges.handleplan import judge_handleplan_goal
from delmaal_assistant.checker.whole.judges.indicators import judge_indicators, judge_support
from delmaal_assistant.checker.whole.judges.indsats import judge_indsats, judge_otherwise
from delmaal_assistant.checker.whole.judges.measurement import judge_measurement
from delmaal_assistant.checker.whole.judges.methods import judge_methods
from delmaal_assistant.checker.whole.judges.placeholder import placeholder_findings
from delmaal_assistant.checker.whole.judges.purpose import judge_purpose
from delmaal_assistant.checker.whole.judging import Judging, registered_judges
from delmaal_assistant.core.resources import data_lang as _data_lang

if TYPE_CHECKING:
    from delmaal_assistant.core.model import Delmaal

# every judge module registers itself on import (a new one needs no line here)
for _mod in pkgutil.iter_modules(__path__):
    importlib.import_module(f"{__name__}.{_mod.name}")


def field_findings(engine, d: "Delmaal", cfg: dict | None = None, data: FieldData | None = None,
                   fields: list[tuple[str, str, str]] | None = None) -> list[Finding]:
    """The mentor's judgement of every staff answer of the template, each finding on its field's path: every
    registered judge (`@judge`), in order.

    `engine` needs `analyze(text)` (tokens with lemmas) and `check_text(text, codes)`; `fields`: the delmål's
    `text_fields` when the caller has them (read when a judge asks, otherwise)."""
    data = data or field_data(_data_lang(d.language))
    cfg = cfg if cfg is not None else engine.lex.section("whole")
    j = Judging(engine, d, data, cfg, known_fields=fields)
    for entry in registered_judges():
        j.found += entry.fn(j)
    return j.found


__all__ = [
    "activity_lemmas", "attitude_in_substance", "field_findings", "judge_actor", "judge_attitude",
    "judge_documentation", "judge_handleplan_goal", "judge_indicators", "judge_indsats", "judge_justification",
    "judge_measurement", "judge_methods", "judge_otherwise", "judge_purpose", "judge_support",
    "justification_is_real", "placeholder_findings", "shares_activity",
]
