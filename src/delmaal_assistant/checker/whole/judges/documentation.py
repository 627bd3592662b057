"""The documentation plan: what is noted (tied to what the delmål measures), who notes it and how often."""

from __future__ import annotations

from typing import TYPE_CHECKING

from delmaal_assistant.checker.findings import Finding
from delmaal_assistant.checker.whole.answer import Answer
from delmaal_assistant.checker.whole.data import FieldData
from delmaal_assistant.checker.whole.judging import Judging, judge
from delmaal_assistant.checker.whole.judges.common import (
    _content_lemmas, _names, _placeholder, _real_time, _related, _rf, activity_lemmas, shares_activity,
)

if TYPE_CHECKING:
    from delmaal_assistant.core.model import Delmaal


def _observation(A: Answer) -> bool:
    """What is noted is something you can see: an observation ("om han vaskede selv", "hvor mange gange",
    "hvad der var svært") or a criterion — not a topic ("Økonomi"), "alt vedrørende …", or a feeling ("om hun
    har haft en god dag")."""
    if A.has("vague_what"):
        return False
    seen = A.outside("observed", "vague_what", "feeling")  # "hvordan hun havde det" is a verdict
    counted = A.outside("criterion", "vague_measure")
    if A.has("feeling") and not counted and len(seen) <= 1 and A.n <= 8:
        return False  # "Om hun har haft en god dag": a verdict, not what was seen
    return bool(seen or counted)


def judge_documentation(d: "Delmaal", analyze, data: FieldData) -> list[Finding]:
    """What, who and how often — each in substance; "what" tied to what the delmål measures (issue 25: an
    observation of something else — "hvordan hun havde det" on a delmål about shopping — is no documentation of
    it). Documentation is written by staff: "jeg" there is the staff member."""
    out = []
    doc = d.documentation
    if doc.how_often.strip():
        A = Answer(analyze, doc.how_often, data, resident_voice=False)
        real = [s for s in _real_time(A) if not any(a < s[1] and s[0] < b for a, b in A.spans("once_moment"))]
        if not real:  # "Ved evalueringen i maj", "løbende … til evalueringen": no frequency
            out.append(_rf(data, "documentation", "no-frequency", "documentation.how_often",
                           text=doc.how_often.strip()))
    if doc.who.strip():
        A = Answer(analyze, doc.who, data, resident_voice=False)
        if not A.has("role"):
            out.append(_rf(data, "documentation", "no-role", "documentation.who", text=doc.who.strip()))
        elif not A.outside("role", "collective_role") and not _particular(A):
            out.append(_rf(data, "documentation", "diffuse-who", "documentation.who", text=doc.who.strip()))
    if doc.what.strip():
        A = Answer(analyze, doc.what, data, resident_voice=False)
        if all(t.lower in data.words["systems"] for t in A.words) or _placeholder(A):
            out.append(_rf(data, "documentation", "no-content", "documentation.what", text=doc.what.strip()))
        elif not _observation(A) and not _names_the_criterion(A, d, analyze, data):
            out.append(_rf(data, "documentation", "no-observation", "documentation.what",
                           text=doc.what.strip()))
        else:
            measured = activity_lemmas(d, analyze, data, "wording", "title", "measurement",
                                       "indicators.levels[*].what_we_see")
            counts = A.outside("criterion", "vague_measure") or any(
                t.lower in data.words["count_words"] for t in A.words)
            own = any(t.lower in data.words["own_words"] for a, b in A.spans("observed") for t in A.toks[a:b + 3])
            if measured and not (counts or own) and not shares_activity(A, measured):
                out.append(_rf(data, "documentation", "not-tied", "documentation.what",
                               text=doc.what.strip()))
    return out


def _names_the_criterion(A: Answer, d: "Delmaal", analyze, data: FieldData) -> bool:
    """Shorthand that lists what is noted in the criterion's and the indicators' own words ("Hele vejen / til
    bænken / ikke gået; fald") is an observation tied to the criterion: two or more of their content words."""
    if A.has("vague_what") or A.has("feeling"):
        return False
    measured = activity_lemmas(d, analyze, data, "measurement", "indicators.levels[*].what_we_see")
    mine = _content_lemmas(A, names=_names(d))
    return len({x for x in mine if any(_related(x, y) for y in measured)}) >= 2


def _particular(A: Answer) -> bool:
    """"Den medarbejder, der var med", "Personalet, der sad ved måltidet": a group narrowed to the one who was
    there (a relative clause after the role) is a particular person."""
    roles = A.spans("role")
    if any(span not in roles for span in A.spans("collective_role")):
        return False  # "Alle medarbejdere, der …": still everyone
    for a, b in roles:
        nxt = [t for t in A.toks[b:b + 3] if not t.is_punct]
        if nxt and nxt[0].lower in A.data.words["relative_pronouns"]:
            return True
    return False


@judge("documentation")
def _documentation(j: Judging) -> list[Finding]:
    return judge_documentation(j.d, j.analyze, j.data)
