"""External actors: what each does, and for this delmål."""

from __future__ import annotations

from delmaal_assistant.checker.findings import Finding
from delmaal_assistant.checker.whole.answer import Answer
from delmaal_assistant.checker.whole.data import FieldData
from delmaal_assistant.checker.whole.judging import Judging, judge
from delmaal_assistant.checker.whole.judges.common import _activity, _placeholder, _rf, shares_activity


def judge_actor(A: Answer, name: str, i: int, data: FieldData,
                activity: frozenset[str] = frozenset()) -> list[Finding]:
    """An actor's "how" says what they do, and for *this* delmål (FIELDS.md: "what they do for this delmål"): a
    concrete "how" that shares nothing with the delmål's activity ("går til frisør hver 6. uge" on a delmål about
    the bus) is about something else."""
    field = f"external_actors[{i}].how" if A.text.strip() else f"external_actors[{i}]"
    if A.text.strip() and not _placeholder(A):
        concrete = A.outside("staff_action", "vague_how") or A.outside("time", "vague_how")
        if concrete or (A.n >= data.limits.actor_how_min_words and not A.has("vague_how")):
            if activity and not shares_activity(A, activity) and not shares_activity(
                    Answer(A.analyze, name, data, resident_voice=False), activity):
                return [_rf(data, "actors", "unrelated", field, name=name.strip() or "aktøren")]
            return []
    return [_rf(data, "actors", "no-how", field, name=name.strip() or "aktøren")]


@judge("actors")
def _actors(j: Judging) -> list[Finding]:
    d = j.d
    if not d.external_actors:
        return []
    activity = _activity(j, "wording", "title", "indsats.actions", "measurement", "handleplan_goal",
                         "indicators.levels[*].what_we_see", "methods[*].description")
    out: list[Finding] = []
    for i, a in enumerate(d.external_actors):
        out += judge_actor(j.answer(a.how), a.name, i, j.data, activity=activity)
    return out
