"""The formål: the resident's resources now and why a targeted effort is needed."""

from __future__ import annotations

from delmaal_assistant.checker.findings import Finding
from delmaal_assistant.checker.whole.answer import Answer
from delmaal_assistant.checker.whole.data import FieldData
from delmaal_assistant.checker.whole.judging import Judging, judge
from delmaal_assistant.checker.whole.judges.common import GOAL_WORDING_CODES, _rf


def _resources(A: Answer) -> list[tuple[int, int]]:
    """Resources that are the resident's now, not an aim: "så han kan klare sig", "skal kunne" do not count."""
    aims = A.data.words["aim_markers"]
    out = []
    for a, b in A.positive("resource"):
        before = [t for t in A.toks[max(0, a - 3):a] if t.sent == A.toks[a].sent and not t.is_punct]
        if any(t.lower in aims for t in before):
            continue
        if A.toks[a].lower in aims and any(a <= c <= b + 3 for c, _ in A.spans("feeling")):
            continue  # "vil gerne have det godt": a wish for a feeling, not something the resident can
        out.append((a, b))
    return out


def _restated_goal(A: Answer, engine) -> str | None:
    """The formål opens as a goal ("Formålet er at …", "At …") whose first sentence the wording checker finds
    vague or formål-like: a restated goal, not the resident's situation. Returns the words found."""
    if engine is None or not A.words or A.words[0].lower not in A.data.words["goal_openers"]:
        return None
    first = A.words[0].sent
    end = max(t.end for t in A.toks if t.sent == first)
    found = engine.check_text(A.text[:end], GOAL_WORDING_CODES)
    return found[0].excerpt if found else None


def judge_purpose(A: Answer, data: FieldData, field: str = "purpose", engine=None) -> list[Finding]:
    # a short answer is only weak when it lacks an element: length itself is never the criterion
    if A.n < data.limits.purpose_min_words and not (_resources(A) and _reasons(A)):
        return [_rf(data, "purpose", "too-short", field)]
    goal = _restated_goal(A, engine)
    if goal:
        return [_rf(data, "purpose", "restated-goal", field, excerpt=goal)]
    if not _resources(A):
        return [_rf(data, "purpose", "no-resource", field)]
    if not _reasons(A):
        return [_rf(data, "purpose", "no-reason", field)]
    return []


def _reasons(A: Answer) -> list[tuple[int, int]]:
    """Why it needs a targeted effort — not the "for at" of a resource ("glad for at cykle")."""
    res = _resources(A)
    return [(a, b) for a, b in A.spans("reason") if not any(a < d and c < b for c, d in res)]


@judge("purpose")
def _purpose(j: Judging) -> list[Finding]:
    return judge_purpose(j.answer(j.d.purpose), j.data, engine=j.engine) if j.d.purpose.strip() else []
