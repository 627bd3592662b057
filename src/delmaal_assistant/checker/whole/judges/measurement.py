"""The measurement: a criterion for reached — a threshold and a window, or an end state."""

from __future__ import annotations

from delmaal_assistant.checker.findings import Finding
from delmaal_assistant.checker.nlp import NUMBER_WORDS
from delmaal_assistant.checker.whole.answer import Answer
from delmaal_assistant.checker.whole.data import FieldData
from delmaal_assistant.checker.whole.judging import Judging, judge
from delmaal_assistant.checker.whole.judges.common import _rf


def _has_criterion(A: Answer) -> bool:
    for a, b in A.outside("criterion", "vague_measure", "feeling"):
        if b - a == 1 and _not_a_count(A, a):
            continue
        return True
    return False


def _fraction(A: Answer) -> bool:
    """"10/13 tirsdage", "5/7 dage": a threshold out of a number of occasions (threshold and window at once)."""
    return any("/" in t.text and all(p.isdigit() for p in t.text.split("/") if p) and t.text.count("/") == 1
               and not t.text.endswith("/") for t in A.words)


def _criterion_parts(A: Answer) -> tuple[bool, bool, bool]:
    """(threshold, window, end state) of a measurement (FIELDS.md: a criterion for *reached* — "8 af 10 gange",
    "4 uger i træk", an indicator level — or the end state that counts as reached: "når hun har været alene i
    bussen til Næstved"). A state that only got better ("når jeg er blevet god til") is none of them."""
    thr = bool(A.outside("threshold", "vague_measure", "feeling", "whim")) or _fraction(A)
    win = bool(A.spans("window")) or _fraction(A)
    level = any(A.toks[a].lower in A.data.words["level_words"] for a, _ in A.spans("threshold"))
    events = [(a, b) for a, b in A.outside("criterion", "vague_measure", "feeling", "whim")
              if A.toks[a].lower in A.data.words["event_openers"] and not any(t.is_digit for t in A.toks[a:b])]
    return thr or level, win or level, bool(events)


def _bare_count(A: Answer) -> bool:
    """A number of days or times with no window ("… selv 26 dage"): how many, but out of what?"""
    if A.spans("window"):  # "8 gange inden 15. marts", "10 af de 13 onsdage"
        return False
    wins: list[tuple[int, int]] = []
    for t in A.words:
        if (t.is_digit or t.lower in NUMBER_WORDS) and not _not_a_count(A, t.i) and t.lower not in ("en", "et"):
            nxt = A.toks[t.i + 1].lower if t.i + 1 < len(A.toks) else ""
            if nxt in A.data.words["units"] and not any(a <= t.i < b for a, b in wins):
                return True
    return False


def _not_a_count(A: Answer, k: int) -> bool:
    """A lone number that is a date, a year or a clock time ("1. marts", "2027", "kl. 10") is no criterion."""
    t = A.toks[k]
    if not (t.is_digit or t.lower in NUMBER_WORDS):
        return False
    prev = A.toks[k - 1].lower if k > 0 else ""
    nxt = A.toks[k + 1].lower if k + 1 < len(A.toks) else ""
    if prev in ("kl.", "kl", "klokken", "uge", "d.", "den") or nxt in A.data.words["months"]:
        return True
    if len(t.text) == 4 and t.text.startswith("20"):
        return True
    return "/" in t.text or t.text.rstrip(".").count(".") > 0 or "-" in t.text


def judge_measurement(A: Answer, data: FieldData, field: str = "measurement") -> list[Finding]:
    vague = A.spans("vague_quantity")
    counted = any(t.is_digit or t.lower in NUMBER_WORDS for t in A.words
                  if not _not_a_count(A, t.i) and t.lower not in ("en", "et"))
    if vague and not counted:
        return [_rf(data, "measurement", "vague-quantity", field, excerpt=A.excerpt(vague[0]))]
    whim = A.spans("whim")
    if whim:  # "når jeg kommer derned, når jeg skal; det kommer an på …": the resident's mood is no criterion
        return [_rf(data, "measurement", "no-criterion", field)]
    thr, win, event = _criterion_parts(A)
    if thr and win:
        return []
    if event and not _bare_count(A):
        return []
    if _bare_count(A) or (thr and event):  # how many, but out of how many or over which time?
        return [_rf(data, "measurement", "no-window", field)]
    return [_rf(data, "measurement", "no-criterion", field)]


@judge("measurement")
def _measurement(j: Judging) -> list[Finding]:
    return judge_measurement(j.answer(j.d.measurement), j.data) if j.d.measurement.strip() else []
