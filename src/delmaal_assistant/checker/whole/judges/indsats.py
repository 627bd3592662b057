"""The indsats: what staff do, who and when — and plan B when the resident wants otherwise."""

from __future__ import annotations

from delmaal_assistant.checker.findings import Finding
from delmaal_assistant.checker.whole.answer import Answer
from delmaal_assistant.checker.whole.data import FieldData
from delmaal_assistant.checker.whole.judging import Judging, judge
from delmaal_assistant.checker.whole.judges.common import _activity, _concrete_actions, _real_time, _rf, shares_activity


def judge_indsats(A: Answer, data: FieldData, field: str = "indsats.actions") -> list[Finding]:
    when = _real_time(A)
    need = A.spans("as_needed") or A.spans("whim")  # "når jeg har lyst": the resident's mood decides
    action = _concrete_actions(A)
    if need and not (when and action):  # "morgen og aften, når det er nødvendigt" still leaves it open
        return [_rf(data, "indsats", "as-needed", field, excerpt=A.excerpt(need[0]))]
    if A.n < data.limits.indsats_min_words and not (action and (when or A.has("aid"))):
        return [_rf(data, "indsats", "too-short", field)]
    generic = A.spans("generic_support")
    if generic and not action and not A.has("aid"):  # a time does not make a support verb concrete
        return [_rf(data, "indsats", "generic-support", field, excerpt=A.excerpt(generic[0]))]
    parts = (("hvem (en rolle)", A.has("role")), ("hvornår eller hvor ofte", bool(when)),
             ("hvilket hjælpemiddel", A.has("aid")))
    missing = [w for w, ok in parts[:2] if not ok]
    if not action and not A.has("aid"):
        missing.append("hvad medarbejderen gør")
    if (sum(ok for _, ok in parts) < 2 or not action) and missing:
        # partial evidence: say what was found, and ask for the rest
        found = [w for w, ok in (("hvem", parts[0][1]), ("hvad medarbejderen gør", bool(action)),
                                 ("hvornår", parts[1][1]), ("hjælpemidlet", parts[2][1])) if ok]
        return [_rf(data, "indsats", "incomplete", field, missing=" og ".join(missing),
                    found=(", ".join(found[:-1]) + " og " + found[-1]) if len(found) > 1 else
                    (found[0] if found else "ingen af delene"))]
    return []


@judge("indsats")
def _indsats(j: Judging) -> list[Finding]:
    d = j.d
    if not d.indsats.actions.strip():
        return []
    found = judge_indsats(j.answer(d.indsats.actions), j.data)
    if not found and d.wording.strip():
        # concrete, but is it this delmål's indsats? Judged against the wording, title, measurement and the
        # indicators by shared words, times and topics (issue 25)
        own = _activity(j, "wording", "title", "measurement", "indicators.levels[*].what_we_see")
        if own and not shares_activity(j.answer(d.indsats.actions), own):
            found = [_rf(j.data, "indsats", "unrelated", "indsats.actions")]
    return found


def judge_otherwise(A: Answer, data: FieldData,
                    field: str = "indsats.when_resident_wants_otherwise") -> list[Finding]:
    """A plan B needs positive evidence: a concrete alternative action (which is enough on its own) or a real
    moment to try again. Anything else is an attitude, a retry without when or how, or filler."""
    # "Hvis hun ikke har lyst, …" is the situation plan B is for; "… en anden gang, når jeg har lyst" leaves the
    # plan to the resident's mood: evidence inside or after such a clause does not count
    whim = A.spans("whim")
    if A.outside("alternative", "attitude_only", "vague_alternative", "whim") or A.outside(
            "time", "vague_time", "as_needed", "vague_frequency", "deferral", "whim"):
        return []
    if whim and A.first_person:
        return [_rf(data, "otherwise", "no-when-or-how", field, excerpt=A.excerpt(whim[0]))]
    att = A.spans("attitude_only")
    if att:
        return [_rf(data, "otherwise", "attitude-only", field, excerpt=A.excerpt(att[0]))]
    loose = A.spans("retry") or A.spans("vague_time") or A.spans("vague_alternative") or A.spans("deferral")
    if loose:
        return [_rf(data, "otherwise", "no-when-or-how", field, excerpt=A.excerpt(loose[0]))]
    if A.n < data.limits.otherwise_min_words:
        return [_rf(data, "otherwise", "too-short", field)]
    return [_rf(data, "otherwise", "no-when-or-how", field, excerpt=A.text.strip())]


@judge("otherwise")
def _otherwise(j: Judging) -> list[Finding]:
    text = j.d.indsats.when_resident_wants_otherwise
    return judge_otherwise(j.answer(text), j.data) if text.strip() else []
