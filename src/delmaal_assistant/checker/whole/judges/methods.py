"""Methods: how each is used here, and for this delmål."""

from __future__ import annotations

from typing import TYPE_CHECKING

from delmaal_assistant.checker.findings import Finding
from delmaal_assistant.checker.whole.answer import Answer
from delmaal_assistant.checker.whole.data import FieldData
from delmaal_assistant.checker.whole.judging import Judging, judge
from delmaal_assistant.checker.whole.judges.common import (
    _activity, _concrete_actions, _placeholder, _rf, shares_activity,
)

if TYPE_CHECKING:
    from delmaal_assistant.core.model import Delmaal


def judge_methods(d: "Delmaal", analyze, data: FieldData, activity: frozenset[str] = frozenset()) -> list[Finding]:
    """Each method (not an approach: approach-as-method) says how it is used here: a staff action, a time or an
    aid, in a few words — not only its name, "bruges" or "vi arbejder ud fra …"."""
    out = []
    for i, m in enumerate(d.methods):
        if m.kind == "tilgang" or not m.name.strip():
            continue
        A = Answer(analyze, m.description, data)
        used = A.n >= data.limits.method_use_min_words and not _placeholder(A) and bool(
            _concrete_actions(A) or A.outside("time", "vague_time", "as_needed") or A.has("aid"))
        if not used:
            out.append(_rf(data, "methods", "no-use", f"methods[{i}].description", name=m.name.strip()))
        elif activity and not shares_activity(A, activity) and not shares_activity(
                Answer(analyze, m.name, data, resident_voice=False), activity):
            # used, but for something else than this delmål ("laver en livsbog om barndommen" on cooking)
            out.append(_rf(data, "methods", "unrelated", f"methods[{i}].description",
                           name=m.name.strip()))
    return out


@judge("methods")
def _methods(j: Judging) -> list[Finding]:
    activity = _activity(j, "wording", "title", "indsats.actions", "measurement", "handleplan_goal",
                         "indicators.levels[*].what_we_see") if j.d.methods else frozenset()
    return judge_methods(j.d, j.analyze, j.data, activity)
