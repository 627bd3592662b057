"""The exercise bank of "Øv dig" (`prompts/<lang>/practice.toml`): kinds of exercise and the exercises, read
through the one data-file loader (core.datafile: pydantic, Danish errors naming file, table and key), then checked
for what a model cannot know (a kind that exists, a step of the interview, the answer keys that step reads).

An exercise is one or more *parts*; each part is one answer of the interview (a step) with a weak version to
rewrite and a model answer. Level 1 exercises are single elements; level 2 exercises are a whole delmål, its
parts in turn. Every part's model answer passes every judge of the interview and its weak answer fails the judge
the kind is about (`tests/test_practice_bank.py`).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Union

from pydantic import Field, StringConstraints

from delmaal_assistant.core.datafile import DataLoadError, DataModel, load_data
from delmaal_assistant.core.interview import default_prompts
from delmaal_assistant.core.resources import prompts_dir

Text = Annotated[str, StringConstraints(min_length=1)]
Answer = Union[str, dict[str, str]]

#: the answer keys each kind of interview step reads (core.interview.answers)
ANSWER_KEYS = {"text": ("text",), "actors": ("text",), "documentation": ("what", "who", "how_often"),
               "indicator": ("what_we_see", "how_we_support")}


class KindModel(DataModel):
    title: Text  # "Delmålet: et uklart verbum"
    level: int = Field(ge=1, le=2)
    step: Text = "wording"  # the interview step a single-element exercise answers
    expect: list[Text] = []  # the finding codes a weak answer must draw (one of them)
    task: Text  # what the learner is asked to do
    guide: Text  # a quotation from the guide the seeds are from
    source: Text  # which guide ("Kofoedsminde: Hvad er delmål?")
    seed: Text  # the seed file's number ("000")


class PartModel(DataModel):
    step: Text
    weak: Answer
    model: Answer
    expect: list[Text] = []  # overrides the kind's


class ExerciseModel(DataModel):
    id: Text
    kind: Text
    case: Text  # who the resident is and what was agreed (invented)
    why: Text  # one sentence: why the model answer is better
    weak: Answer | None = None  # a single-element exercise: the kind's step
    model: Answer | None = None
    level: int | None = Field(default=None, ge=0, le=4)  # the indicator level (indicator steps)
    part: list[PartModel] = []  # a whole delmål: its parts in turn


class TextsModel(DataModel):
    subtitle: Text
    head: Text
    part: Text
    level_1: Text
    level_2: Text
    case: Text
    field: Text
    weak: Text
    hint_try: Text
    hint_next_part: Text
    hint_next_exercise: Text
    judging: Text
    try_head: Text
    passed: Text
    not_yet: Text
    not_checked: Text
    gave_up: Text
    model: Text
    why: Text
    round_one: Text
    round_many: Text
    summary_written: Text


#: the keys the practice texts name, as {k_<id with _>}: filled from the one keymap where the screen runs
KEY_SLOTS = ("skip", "submit", "select-all", "practice-home")
#: the slots the practice screen fills in (sample values, to check the texts' placeholders when loading)
TEXT_SLOTS = dict(n=2, kind="K", part="", i=1, of=3, title="T", try_=1, reason="R.", folder="F", files="F",
                  **{f"k_{b.replace('-', '_')}": "K" for b in KEY_SLOTS})


class BankFile(DataModel):
    lang: str
    texts: TextsModel
    kinds: dict[str, KindModel]
    exercise: list[ExerciseModel]


@dataclass(frozen=True)
class Kind:
    id: str
    title: str
    level: int
    task: str
    guide: str
    source: str
    seed: str


@dataclass(frozen=True)
class Part:
    step: str  # a step id of the interview ("wording", "indicator_2", "documentation")
    weak: dict[str, str]  # the answer as the step reads it
    model: dict[str, str]
    expect: tuple[str, ...]


@dataclass(frozen=True)
class Exercise:
    id: str
    kind: Kind
    case: str
    why: str
    parts: tuple[Part, ...]

    @property
    def level(self) -> int:
        return self.kind.level


@dataclass(frozen=True)
class Bank:
    kinds: dict[str, Kind]  # in the file's order
    exercises: tuple[Exercise, ...]
    texts: dict[str, str]  # what the screen says, with {slots}

    def text(self, key: str, **slots) -> str:
        """A screen text with its slots filled ({try} is passed as try_, a Python keyword)."""
        if "try_" in slots:
            slots["try"] = slots.pop("try_")
        return self.texts[key].format(**slots)

    def of_kind(self, kind: str) -> list[Exercise]:
        return [e for e in self.exercises if e.kind.id == kind]

    def get(self, exercise_id: str) -> Exercise | None:
        return next((e for e in self.exercises if e.id == exercise_id), None)


def _answer(value: Answer, kind: str, where: str, name: str) -> dict[str, str]:
    keys = ANSWER_KEYS[kind]
    if isinstance(value, str):
        if keys != ("text",):
            raise DataLoadError(f"Datafilen '{name}', {where}: skal være en tabel med nøglerne "
                                f"{', '.join(keys)}.")
        return {"text": value}
    unknown = set(value) - set(keys)
    if unknown or not set(keys) <= set(value):
        raise DataLoadError(f"Datafilen '{name}', {where}: skal have netop nøglerne {', '.join(keys)} "
                            f"(fandt {', '.join(sorted(value)) or 'ingen'}).")
    return dict(value)


def load_bank(path: Path, step_kinds: dict[str, str]) -> Bank:
    """Read and check the bank. `step_kinds` maps each interview step id to its kind (text, indicator, …)."""
    path = Path(path)
    f = load_data(path, BankFile)
    name = path.name
    texts = f.texts.model_dump()
    slots = {("try" if k == "try_" else k): v for k, v in TEXT_SLOTS.items()}
    for key, value in texts.items():
        try:
            value.format(**slots)
        except (KeyError, IndexError, ValueError) as exc:
            raise DataLoadError(f"Datafilen '{name}', tabellen [texts], nøglen '{key}': ugyldig pladsholder "
                                f"({exc}).") from None
    kinds = {k: Kind(k, m.title, m.level, m.task, m.guide, m.source, m.seed) for k, m in f.kinds.items()}
    seen: set[str] = set()
    out = []
    for i, e in enumerate(f.exercise):
        where = f"tabellen [exercise nr. {i + 1}] (id '{e.id}')"
        if e.id in seen:
            raise DataLoadError(f"Datafilen '{name}', {where}: id'et findes allerede.")
        seen.add(e.id)
        km = f.kinds.get(e.kind)
        if km is None:
            raise DataLoadError(f"Datafilen '{name}', {where}, nøglen 'kind': '{e.kind}' er ikke en af "
                                f"{', '.join(f.kinds)}.")
        raw_parts: list[tuple[str, Answer, Answer, list[str]]]
        if e.part:
            if e.weak is not None or e.model is not None:
                raise DataLoadError(f"Datafilen '{name}', {where}: brug enten 'weak'/'model' eller [[part]].")
            raw_parts = [(p.step, p.weak, p.model, p.expect or km.expect) for p in e.part]
        else:
            if e.weak is None or e.model is None:
                raise DataLoadError(f"Datafilen '{name}', {where}: 'weak' og 'model' mangler.")
            step = km.step if e.level is None else f"{km.step}_{e.level}"
            raw_parts = [(step, e.weak, e.model, km.expect)]
        parts = []
        for j, (step, weak, model, expect) in enumerate(raw_parts):
            kind = step_kinds.get(step)
            if kind not in ANSWER_KEYS:
                raise DataLoadError(f"Datafilen '{name}', {where}: trinnet '{step}' kan ikke øves "
                                    f"(vælg et af {', '.join(s for s, k in step_kinds.items() if k in ANSWER_KEYS)}).")
            if not expect:
                raise DataLoadError(f"Datafilen '{name}', {where}, del nr. {j + 1}: 'expect' mangler "
                                    "(hvilken bemærkning det svage svar skal få).")
            parts.append(Part(step, _answer(weak, kind, f"{where}, nøglen 'weak'", name),
                              _answer(model, kind, f"{where}, nøglen 'model'", name), tuple(expect)))
        out.append(Exercise(e.id, kinds[e.kind], e.case, e.why, tuple(parts)))
    return Bank(kinds, tuple(out), texts)


@lru_cache(maxsize=4)
def bank(lang: str = "da") -> Bank:
    steps = {s.id: ("text" if s.kind == "line" else s.kind) for s in default_prompts(lang).steps}
    return load_bank(prompts_dir(lang) / "practice.toml", steps)
