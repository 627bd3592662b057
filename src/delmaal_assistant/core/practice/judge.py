"""Judging an exercise answer with the interview's own judges: the answer goes into a practice delmål through
`InterviewSession` (the same step, the same `submit`, the same `run_checks` and `feedback`), so "Øv dig" says
exactly what the interview would say about it — what is missing, and the judge's question. Nothing here judges
on its own."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from delmaal_assistant.core.files.drafts import Draft
from delmaal_assistant.core.interview.session import CheckRun, InterviewSession, run_checks
from delmaal_assistant.core.model import Delmaal
from delmaal_assistant.core.practice.bank import Part

#: sends before the model answer is shown anyway
MAX_TRIES = 3


@dataclass
class Verdict:
    passed: bool  # the judges have nothing blocking and nothing missing (suggestions may stand)
    praised: bool  # "Godt": nothing at all stands against it
    ok: bool  # the checker ran
    codes: list[str] = field(default_factory=list)  # the finding codes on the step
    messages: list[str] = field(default_factory=list)  # what the judges say, in the interview's words


def practice_session(keys: Callable[[str], str] | None = None) -> InterviewSession:
    """An interview session on an empty practice delmål that is never saved anywhere (no `save`)."""
    # no title: the judges that relate an answer to the delmål's own activity find none to hold it against
    s = InterviewSession(Draft(delmaal=Delmaal()), save=None)
    if keys is not None:
        s.keys = keys
    return s


def judge_answer(checker, part: Part, answer: dict[str, str], *,
                 keys: Callable[[str], str] | None = None, run: Callable[[Delmaal], CheckRun] | None = None
                 ) -> Verdict:
    """What the interview's judges say about `answer` to `part`'s step. `run` checks a delmål (the UI passes its
    own, which waits for the checker to load); by default `run_checks(checker, …)`."""
    s = practice_session(keys)
    step = s.prompts.step(part.step)
    s.enter(step, ask=False)
    error = s.submit(dict(answer))
    if error:
        return Verdict(False, False, True, [], [error])
    snapshot = s.snapshot()
    result = run(snapshot) if run is not None else run_checks(checker, snapshot)
    fb = s.feedback(result)
    if not fb.ok:
        return Verdict(False, False, False, [], list(fb.messages[:1]))
    messages = [s.explain(f) for f in fb.findings] + list(fb.notes)
    if "proposal" in fb.pending or "empty" in fb.pending:
        messages = list(fb.messages)
    elif fb.praise:
        messages.append(fb.messages[-1])
    return Verdict(bool(fb.advance), bool(fb.praise), True, [f.code for f in fb.findings], messages)
