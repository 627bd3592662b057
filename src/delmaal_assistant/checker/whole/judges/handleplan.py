"""The handleplan goal: the municipality's mål, not a formål (an abstract state)."""

from __future__ import annotations

from delmaal_assistant.checker.findings import Finding
from delmaal_assistant.checker.whole.answer import Answer
from delmaal_assistant.checker.whole.data import FieldData
from delmaal_assistant.checker.whole.judging import Judging, judge
from delmaal_assistant.checker.whole.judges.common import (
    GOAL_WORDING_CODES,
    _activity,
    _content_lemmas,
    _rf,
    shares_activity,
)


def judge_handleplan_goal(A: Answer, data: FieldData, engine, field: str = "handleplan_goal",
                          activity: frozenset[str] = frozenset()) -> list[Finding]:
    """A handleplan goal is the municipality's mål; a formål (an abstract state) is noted as a suggestion. A goal in
    handleplan wording that names the delmål's own activity ("At NH bevarer sin evne til at spise selv", "… håndterer
    konflikter uden vold") is a goal this delmål is a step towards, also when its verb is a wide one."""
    spans = A.spans("abstract_goal")
    found = engine.check_text(A.text, GOAL_WORDING_CODES) if engine is not None else []
    # the goal's own words, not only its topic: "får styr på sit misbrug" is no step on a delmål about treatment
    if activity and shares_activity(A, activity, "abstract_goal", topics=False):
        return []
    pl = [f for f in found if f.code == "purpose-like"]
    if spans or pl:
        ex = A.excerpt(spans[0]) if spans else pl[0].excerpt
        return [_rf(data, "handleplan-goal", "abstract-state", field, excerpt=ex)]
    vv = [f for f in found if f.code == "vague-verb"]
    if vv:
        # "At Birthe bevarer kontakten til sin søster", "… nedsætter sit alkoholforbrug": a wide verb with its
        # object is the handleplan's wording of a mål; "At han bliver bedre til at klare sig" has no object
        verb = {t.i for t in A.words for f in vv if f.start <= t.start < f.end}
        process = any(t.lower in data.words["process_verbs"] for t in A.words if t.i in verb)
        if process or not _content_lemmas(A, "abstract_goal", names=frozenset()) - {
                x for t in A.words if t.i in verb for x in t.lemmas | {t.lower}}:
            return [_rf(data, "handleplan-goal", "not-observable", field, excerpt=vv[0].excerpt)]
    return []


@judge("handleplan-goal")
def _handleplan_goal(j: Judging) -> list[Finding]:
    if not j.d.handleplan_goal.strip():
        return []
    return judge_handleplan_goal(j.answer(j.d.handleplan_goal), j.data, j.engine, activity=_activity(j))
