"""The collaboration: the resident's own view of the delmål and the faglig begrundelse beside it."""

from __future__ import annotations

from delmaal_assistant.checker.findings import Finding
from delmaal_assistant.checker.whole.answer import Answer
from delmaal_assistant.checker.whole.data import FieldData
from delmaal_assistant.checker.whole.judging import Judging, judge
from delmaal_assistant.checker.whole.judges.common import _placeholder, _rf


def _residents_view(A: Answer) -> list[tuple[int, int]]:
    """Attitude words in sentences that are not a staff view ("Personalet vurderer …", "Det er vigtigt at …")
    and not inside a process/information phrase ("deltog i mødet")."""
    staff_sents = {A.toks[a].sent for a, _ in A.spans("staff_view")}
    return [(a, b) for a, b in A.outside("attitude", "informed", "justification_why")
            if A.toks[a].sent not in staff_sents]


def judge_attitude(A: Answer, data: FieldData, justified: bool,
                   field: str = "collaboration.resident_attitude") -> list[Finding]:
    substance = _residents_view(A)
    # "informeret og positiv": one evaluative word beside the information is no view of this delmål
    real = [s for s in substance if not any(c <= s[0] and s[1] <= d for c, d in A.spans("evaluation"))]
    if A.has("informed") and not real:
        return [_rf(data, "attitude", "information-only", field)]
    if justified:
        return []  # "-" beside a real faglig begrundelse: the justification is the answer
    if _placeholder(A) or (A.n < data.limits.attitude_min_words and not substance):
        return [_rf(data, "attitude", "placeholder", field, excerpt=A.text.strip())]
    if not substance:
        return [_rf(data, "attitude", "no-view", field)]
    if not real and A.n <= data.limits.attitude_one_word_max:
        return [_rf(data, "attitude", "one-word", field, excerpt=A.text.strip())]
    return []


def attitude_in_substance(A: Answer) -> bool:
    return bool(A.text.strip()) and not _placeholder(A) and bool(_residents_view(A))


def _justification_rule(A: Answer) -> str | None:
    """The weak sign of a faglig begrundelse, or None when it says why and how the view was sought."""
    if not A.text.strip() or _placeholder(A) or A.n < A.data.limits.justification_min_words:
        return "too-thin"
    if not A.has("justification_why"):
        return "no-reason"
    if not A.has("justification_how"):
        return "no-perspective"
    return None


def justification_is_real(A: Answer) -> bool:
    return _justification_rule(A) is None


def judge_justification(A: Answer, data: FieldData,
                        field: str = "collaboration.professional_justification") -> list[Finding]:
    rule = _justification_rule(A)
    return [_rf(data, "justification", rule, field)] if rule else []


@judge("attitude")
def _attitude(j: Judging) -> list[Finding]:
    c = j.d.collaboration
    if not c.resident_attitude.strip():
        return []
    return judge_attitude(j.answer(c.resident_attitude), j.data,
                          justified=justification_is_real(j.answer(c.professional_justification)))


@judge("justification")
def _justification(j: Judging) -> list[Finding]:
    c = j.d.collaboration
    if not c.professional_justification.strip() or attitude_in_substance(j.answer(c.resident_attitude)):
        return []
    return judge_justification(j.answer(c.professional_justification), j.data)
