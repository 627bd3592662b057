"""The interview's types: a step (one question of the template), a follow-up, the prompts; and moving between
steps. Loaded from `prompts/<lang>/*.toml` by `interview.loader`. No UI here."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from delmaal_assistant.core.datafile import DataLoadError
from delmaal_assistant.core.model import Delmaal
from delmaal_assistant.core.model.fields import registry
from delmaal_assistant.core.model.paths import get_field, strip_indices

KINDS = (
    "line", "text", "theme", "goal_type", "methods", "guardian", "actors", "levels",
    "indicator_levels", "indicator", "documentation", "dates", "flags",
)
#: kinds whose answer is one free text for `fields[0]`
TEXT_KINDS = ("line", "text")
#: the `meeting_labels` keys each kind's form knows (meeting mode: the resident's words for labels and choices).
#: goal_type: the FFB måltype names (checked against the shipped code system at load).
MEETING_LABEL_KEYS: dict[str, frozenset[str]] = {
    "methods": frozenset({"name", "how"}),
    "guardian": frozenset({"guardian_involved", "guardian_how"}),
    "levels": frozenset({"start", "end", "pick"}),
    "indicator_levels": frozenset({"what_we_see", "how_we_support"}),
    "documentation": frozenset({"what", "who", "how_often"}),
    "dates": frozenset({"start", "end", "evaluation"}),
    "flags": frozenset({"crime_prevention", "employment"}),
    "actors": frozenset({"who", "how"}),
    "theme": frozenset({"filter", "chosen"}),
}


class PromptError(DataLoadError):
    """A prompts file is missing or broken. The message is Danish and names the file, table and key."""


class AnswerError(ValueError):
    """An answer cannot be used (e.g. a bad date). The message is Danish and meant for the user."""


@dataclass(frozen=True)
class Step:
    id: str
    kind: str
    title: str
    fields: tuple[str, ...]
    question: str
    meeting: str
    help: str
    good: tuple[str, ...] = ()
    bad: tuple[str, ...] = ()
    skip_unless_empty: str | None = None
    level: int | None = None  # for indicator steps
    meeting_note: str = ""  # meeting mode: shown instead of the staff note on the form ("" = no note)
    meeting_labels: tuple[tuple[str, str], ...] = ()  # meeting mode: (key, the resident's words)
    parent: str | None = None  # the fields' common parent, when no other step has fields under it
    #: meeting mode: the step is the staff's (a professional justification, the unit's classification): not put to
    #: the resident; staff answer it after the meeting
    staff_only: bool = False
    #: meeting mode: the inputs of the form that are the staff's (who of the staff documents): not shown to the
    #: resident, kept as they were
    staff_keys: tuple[str, ...] = ()

    def ask(self, meeting: bool = False) -> str:
        return self.meeting if meeting else self.question

    def meeting_label(self, key: str, default: str) -> str:
        """The resident's words for a label or choice of this step's form (`default`: the staff label)."""
        return dict(self.meeting_labels).get(key, default)

    @property
    def paths(self) -> tuple[str, ...]:
        """The model paths this step fills in; findings on these (or below them) belong to the step."""
        if self.kind == "indicator":
            return (f"indicators.levels[{self.level}]",)
        return self.fields

    @property
    def text_path(self) -> str | None:
        """The path of the step's free text (for the live check while typing), if it has one."""
        if self.kind in TEXT_KINDS:
            return self.fields[0]
        if self.kind == "indicator":
            return f"indicators.levels[{self.level}].what_we_see"
        return None

    def owns(self, path: str | None) -> bool:
        """Is a finding on `path` about this step's answer? (Equal to or below one of the step's paths.)"""
        if not path:
            return False
        return path == self.parent or any(path == p or path.startswith((p + ".", p + "[")) for p in self.paths)


@dataclass(frozen=True)
class Followup:
    explain: str
    question: str
    resident_explain: str = ""  # meeting mode: said to the resident (du-form, everyday words)
    resident_question: str = ""


@dataclass(frozen=True)
class Prompts:
    lang: str
    steps: tuple[Step, ...]
    followups: dict[str, Followup]
    default_followup: Followup
    smart_questions: tuple[str, ...]
    smart_short: tuple[str, ...]
    files: tuple[Path, ...] = field(default=())
    #: meeting mode: resident versions for codes without a staff follow-up here (whole-delmål codes)
    resident_followups: dict[str, Followup] = field(default_factory=dict)
    #: meeting mode: each indicator level 0-4 said plainly to the resident ("" when the file has none)
    meeting_levels: tuple[str, ...] = ()

    def step(self, step_id: str) -> Step:
        for s in self.steps:
            if s.id == step_id:
                return s
        raise KeyError(step_id)

    def index(self, step_id: str | None) -> int:
        for i, s in enumerate(self.steps):
            if s.id == step_id:
                return i
        return 0

    def followup(self, code: str) -> Followup:
        return self.followups.get(code, self.default_followup)


def should_ask(step: Step, d: Delmaal, meeting: bool = False) -> bool:
    if meeting and step.staff_only:
        return False
    if step.skip_unless_empty:
        return not str(get_field(d, step.skip_unless_empty) or "").strip()
    return True


def next_step(prompts: Prompts, current: str | None, d: Delmaal, meeting: bool = False) -> Step | None:
    """The step after `current` that applies to this delmål; None when the interview is done. In meeting mode the
    staff's steps (`staff_only`) are not put to the resident."""
    start = prompts.index(current) + 1 if current else 0
    for s in prompts.steps[start:]:
        if should_ask(s, d, meeting):
            return s
    return None


def previous_step(prompts: Prompts, current: str | None, d: Delmaal, meeting: bool = False) -> Step | None:
    i = prompts.index(current)
    for s in reversed(prompts.steps[:i]):
        if should_ask(s, d, meeting):
            return s
    return None


def followup_for(prompts: Prompts, finding) -> tuple[str, str]:
    """(explanation, question) for a finding in the conversation.

    The explanation is the short plain-Danish text from the prompts data for known codes (the checker's
    longer teaching message is shown on the check and review screens); the follow-up question is the
    checker's own when it supplies one, else the data's.
    """
    known = finding.code in prompts.followups
    fu = prompts.followup(finding.code)
    explain = fu.explain if known or not finding.message else finding.message
    question = finding.question or fu.question
    return explain, question


def step_for_field(prompts: Prompts, path: str | None) -> Step | None:
    """The step that asks for a model path (e.g. 'methods[0].description' → the methods step)."""
    if not path:
        return None
    m = re.match(r"^indicators\.levels\[(\d)\]", path)
    if m:
        return next((s for s in prompts.steps if s.kind == "indicator" and s.level == int(m.group(1))), None)
    bare = strip_indices(path)
    best: Step | None = None
    for s in prompts.steps:
        for f in s.fields:
            if bare == f or bare.startswith(f + "."):
                return s
            if f.startswith(bare + ".") and best is None:
                best = s
    return best


def field_title(prompts: Prompts, path: str | None) -> str:
    """The Danish label of a model path, from the field registry (the one source of labels)."""
    return registry(prompts.lang.split("-")[0]).label(path)
