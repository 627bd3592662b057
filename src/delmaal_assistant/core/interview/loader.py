"""Loading the interview's data: `steps.toml`, `followups.toml`, `smart.toml` and `conversation.toml` in
`prompts/<lang>/`, each
validated by its pydantic model (core.datafile: unknown keys are errors, Danish messages naming file, table and
key), then checked for what a model cannot know: fields of the delmål, placeholders, FFB names."""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Any

from pydantic import BaseModel, Field, StringConstraints, create_model

from delmaal_assistant.core.datafile import DataModel, load_data, validate_data
from delmaal_assistant.core.interview.prompts import (
    KINDS,
    MEETING_LABEL_KEYS,
    Followup,
    PromptError,
    Prompts,
    Step,
)
from delmaal_assistant.core.langtag import DataFileError, read_tagged_toml, validate_language_tag
from delmaal_assistant.core.model import LEVEL_LABELS, Delmaal
from delmaal_assistant.core.model.ffb import goal_types, themes
from delmaal_assistant.core.model.fields import registry
from delmaal_assistant.core.model.paths import FieldPath
from delmaal_assistant.core.outputs.smart import SmartFile
from delmaal_assistant.core.resources import prompts_dir



def _default_dir(lang: str) -> Path:
    return prompts_dir(lang)


def _read_toml(path: Path, model: type[BaseModel] | None = None) -> dict[str, Any]:
    """The file's data, validated by `model` first (unknown keys, types, required keys: core.datafile's Danish
    messages); the checks below add what a model cannot know (fields of the delmål, placeholders, FFB names)."""
    try:
        raw = read_tagged_toml(path)
    except DataFileError as exc:
        raise PromptError(f"Spørgsmålsfilen '{path.name}' {exc}.") from None
    if model is not None:
        validate_data(raw, model, path.name, PromptError)
    return raw


# ----------------------------------------------------------------------------------- the files' models
class _StepModel(DataModel):
    id: str
    kind: str
    fields: list[str]
    question: str
    meeting: str
    help: str
    title: str = ""
    good: list[str] = []
    bad: list[str] = []
    skip_unless_empty: str | None = None
    meeting_note: str = ""
    meeting_labels: dict[str, str] = {}
    staff_only: bool = False
    staff_keys: list[str] = []


class StepsFile(DataModel):
    lang: str
    meeting_levels: dict[str, str] | None = None
    step: list[_StepModel] = Field(min_length=1)


class _FollowupModel(DataModel):
    explain: str
    question: str
    resident_explain: str = ""
    resident_question: str = ""


class _ResidentModel(DataModel):
    explain: str
    question: str


class FollowupsFile(DataModel):
    lang: str
    followup: dict[str, _FollowupModel] = Field(min_length=1)
    default: _FollowupModel
    resident: dict[str, _ResidentModel] = {}


def _str(d: dict, key: str, where: str, *, required: bool = True) -> str:
    v = d.get(key, "")
    if not isinstance(v, str):
        raise PromptError(f"{where}: '{key}' skal være en tekst.")
    if required and not v.strip():
        raise PromptError(f"{where}: '{key}' mangler.")
    return v.strip()


def _strs(d: dict, key: str, where: str) -> tuple[str, ...]:
    v = d.get(key, [])
    if not isinstance(v, list) or not all(isinstance(x, str) for x in v):
        raise PromptError(f"{where}: '{key}' skal være en liste af tekster.")
    return tuple(v)


def _resident_pair(raw: dict, where: str) -> tuple[str, str]:
    """resident_explain / resident_question: optional, but both or neither."""
    e = _str(raw, "resident_explain", where, required=False)
    q = _str(raw, "resident_question", where, required=False)
    if bool(e) != bool(q):
        raise PromptError(f"{where}: 'resident_explain' og 'resident_question' skal stå sammen.")
    return e, q


def _field_exists(path: str) -> bool:
    try:
        return FieldPath.parse(path).exists_in(Delmaal)
    except ValueError:
        return False


def _bool(raw: dict, key: str, where: str) -> bool:
    value = raw.get(key, False)
    if not isinstance(value, bool):
        raise PromptError(f"{where}: '{key}' skal være true eller false.")
    return value


def _staff_keys(raw: dict, kind: str, where: str) -> tuple[str, ...]:
    """The inputs of a step's form that are the staff's in meeting mode (known keys of its kind only)."""
    keys = raw.get("staff_keys", [])
    if not isinstance(keys, list) or not all(isinstance(k, str) for k in keys):
        raise PromptError(f"{where}: 'staff_keys' skal være en liste af tekster.")
    unknown = sorted(set(keys) - MEETING_LABEL_KEYS.get(kind, frozenset()))
    if unknown:
        raise PromptError(f"{where}: ukendte nøgler i 'staff_keys': {', '.join(unknown)}.")
    return tuple(keys)


def _meeting_labels(raw: dict, kind: str, where: str) -> tuple[tuple[str, str], ...]:
    labels = raw.get("meeting_labels", {})
    if not isinstance(labels, dict) or not all(isinstance(v, str) and v.strip() for v in labels.values()):
        raise PromptError(f"{where}: 'meeting_labels' skal være en tabel med tekster.")
    if kind == "goal_type":
        known = frozenset(g.name for g in goal_types())
    elif kind == "theme":  # the resident's words for the form's labels and for each FFB theme by its label
        known = MEETING_LABEL_KEYS[kind] | frozenset(t.label for t in themes())
    else:
        known = MEETING_LABEL_KEYS.get(kind, frozenset())
    unknown = sorted(set(labels) - known)
    if unknown:
        raise PromptError(f"{where}: ukendte nøgler i 'meeting_labels': {', '.join(unknown)} "
                          f"(kendte: {', '.join(sorted(known)) or 'ingen'}).")
    return tuple((k, v.strip()) for k, v in labels.items())


def _meeting_levels(data: dict, fname: str) -> tuple[str, ...]:
    raw = data.get("meeting_levels")
    if raw is None:
        return ()
    where = f"Spørgsmålsfilen '{fname}', [meeting_levels]"
    if not isinstance(raw, dict):
        raise PromptError(f"{where}: er ikke en tabel.")
    out = []
    for lvl in range(5):
        v = raw.get(str(lvl))
        if not isinstance(v, str) or not v.strip():
            raise PromptError(f"{where}: niveau {lvl} mangler eller er ikke en tekst.")
        out.append(v.strip())
    return tuple(out)


def _common_parent(fields: tuple[str, ...]) -> str:
    """The longest common leading path of `fields` ("documentation.what", "documentation.who" → "documentation");
    a single field is its own parent."""
    if len(fields) == 1:
        return fields[0]
    common = []
    for parts in zip(*(f.split(".") for f in fields)):
        if any(p != parts[0] for p in parts):
            break
        common.append(parts[0])
    return ".".join(common)


def _registry_label(fields: tuple[str, ...], lang: str) -> str:
    """A step's title from the field registry: the label of its field, or of the fields' common parent."""
    common = _common_parent(fields)
    return registry(lang).label(common) if common else fields[0]


def _parse_steps(data: dict, fname: str, lang: str = "da") -> list[Step]:
    plain_levels = _meeting_levels(data, fname)
    raw_steps = data.get("step")
    if not isinstance(raw_steps, list) or not raw_steps:
        raise PromptError(f"Spørgsmålsfilen '{fname}' indeholder ingen [[step]].")
    steps: list[Step] = []
    for n, raw in enumerate(raw_steps, start=1):
        where = f"Spørgsmålsfilen '{fname}', trin {n}"
        if not isinstance(raw, dict):
            raise PromptError(f"{where}: er ikke en tabel.")
        sid = _str(raw, "id", where)
        where = f"Spørgsmålsfilen '{fname}', trin '{sid}'"
        kind = _str(raw, "kind", where)
        if kind not in KINDS:
            raise PromptError(f"{where}: ukendt kind '{kind}' (kendte: {', '.join(KINDS)}).")
        fields = _strs(raw, "fields", where)
        if not fields:
            raise PromptError(f"{where}: 'fields' mangler.")
        for f in fields:
            if not _field_exists(f):
                raise PromptError(f"{where}: feltet '{f}' findes ikke i delmålsmodellen.")
        skip = raw.get("skip_unless_empty")
        if skip is not None and (not isinstance(skip, str) or not _field_exists(skip)):
            raise PromptError(f"{where}: skip_unless_empty '{skip}' er ikke et felt i delmålsmodellen.")
        for gone in ("check", "ignore"):
            if gone in raw:
                raise PromptError(f"{where}: '{gone}' bruges ikke længere – hvilke tjek der gælder for et felt, "
                                  "står i fields.toml.")
        common = dict(
            kind=kind,
            fields=fields,
            help=_str(raw, "help", where),
            good=_strs(raw, "good", where),
            bad=_strs(raw, "bad", where),
            skip_unless_empty=skip,
        )
        common["meeting_note"] = _str(raw, "meeting_note", where, required=False)
        common["meeting_labels"] = _meeting_labels(raw, kind, where)
        common["staff_only"] = _bool(raw, "staff_only", where)
        common["staff_keys"] = _staff_keys(raw, kind, where)
        title = _str(raw, "title", where, required=False) or _registry_label(fields, lang)
        question = _str(raw, "question", where)
        meeting = _str(raw, "meeting", where)
        if kind == "indicator_levels":  # expands to one step per level 0-4
            for lvl in range(5):
                fmt = dict(level=lvl, label=LEVEL_LABELS[lvl], plain=plain_levels[lvl] if plain_levels else "")
                try:
                    steps.append(Step(
                        id=f"{sid}_{lvl}", title=title.format(**fmt), question=question.format(**fmt),
                        meeting=meeting.format(**fmt), level=lvl, **{**common, "kind": "indicator"},
                    ))
                except (KeyError, IndexError, ValueError) as exc:
                    raise PromptError(f"{where}: ugyldig pladsholder i teksten ({exc}).") from None
        else:
            steps.append(Step(id=sid, title=title, question=question, meeting=meeting, **common))
    for i, st in enumerate(steps):
        if len(st.fields) > 1:
            parent = _common_parent(st.fields)
            others = [f for o in steps if o is not st for f in o.fields]
            if parent and not any(f == parent or f.startswith(parent + ".") for f in others):
                steps[i] = replace(st, parent=parent)
    ids = [s.id for s in steps]
    dupes = sorted({i for i in ids if ids.count(i) > 1})
    if dupes:
        raise PromptError(f"Spørgsmålsfilen '{fname}': trin-id bruges flere gange: {', '.join(dupes)}.")
    return steps


def load_prompts(lang: str = "da", folder: Path | None = None) -> Prompts:
    """Load and validate `steps.toml`, `followups.toml` and `smart.toml` for `lang`."""
    folder = Path(folder) if folder else _default_dir(lang)
    steps_path, fu_path, smart_path = folder / "steps.toml", folder / "followups.toml", folder / "smart.toml"
    steps_data = _read_toml(steps_path, StepsFile)
    steps = _parse_steps(steps_data, steps_path.name, lang)

    fu_data = _read_toml(fu_path, FollowupsFile)
    fu_raw = fu_data.get("followup", {})
    if not isinstance(fu_raw, dict) or not fu_raw:
        raise PromptError(f"Spørgsmålsfilen '{fu_path.name}' indeholder ingen [followup.KODE].")
    followups: dict[str, Followup] = {}
    for code, raw in fu_raw.items():
        where = f"Spørgsmålsfilen '{fu_path.name}', followup.{code}"
        if not isinstance(raw, dict):
            raise PromptError(f"{where}: er ikke en tabel.")
        followups[code] = Followup(_str(raw, "explain", where), _str(raw, "question", where),
                                   *_resident_pair(raw, where))
    d_raw = fu_data.get("default", {})
    if not isinstance(d_raw, dict):
        raise PromptError(f"Spørgsmålsfilen '{fu_path.name}': [default] er ikke en tabel.")
    default = Followup(
        _str(d_raw, "explain", f"Spørgsmålsfilen '{fu_path.name}', default"),
        _str(d_raw, "question", f"Spørgsmålsfilen '{fu_path.name}', default"),
        *_resident_pair(d_raw, f"Spørgsmålsfilen '{fu_path.name}', default"),
    )
    r_raw = fu_data.get("resident", {})
    if not isinstance(r_raw, dict):
        raise PromptError(f"Spørgsmålsfilen '{fu_path.name}': [resident] er ikke en tabel.")
    resident: dict[str, Followup] = {}
    for code, raw in r_raw.items():
        where = f"Spørgsmålsfilen '{fu_path.name}', resident.{code}"
        if not isinstance(raw, dict):
            raise PromptError(f"{where}: er ikke en tabel.")
        e, q = _str(raw, "explain", where), _str(raw, "question", where)
        resident[code] = Followup(e, q, e, q)

    smart_data = _read_toml(smart_path, SmartFile)
    questions = _strs(smart_data, "questions", f"Spørgsmålsfilen '{smart_path.name}'")
    short = _strs(smart_data, "short", f"Spørgsmålsfilen '{smart_path.name}'")
    if len(questions) != 8 or len(short) != 8:
        raise PromptError(f"Spørgsmålsfilen '{smart_path.name}': der skal være præcis 8 SMART-spørgsmål og 8 korte navne.")
    return Prompts(
        lang=validate_language_tag(steps_data["lang"]),
        steps=tuple(steps),
        followups=followups,
        default_followup=default,
        smart_questions=questions,
        smart_short=short,
        files=(steps_path, fu_path, smart_path),
        resident_followups=resident,
        meeting_levels=_meeting_levels(steps_data, steps_path.name),
    )


@lru_cache(maxsize=4)
def default_prompts(lang: str = "da") -> Prompts:
    return load_prompts(lang)


# ----------------------------------------------------------------------------------- conversation.toml
#: what the session says, by key: every key is required in the file and nothing else is allowed
STAFF_TEXTS = ("checker_not_started", "checker_failed", "checker_failed_report", "not_checked", "empty", "praise",
               "noted_with_suggestions", "noted", "proposal", "proposal_note", "staff_wording_note",
               "kept_as_said_note", "left_out_note", "kept_reply_note", "du_form_kept_note", "proposal_note_plain",
               "plan_b_moved_note", "returned", "revise_one", "revise_many", "revise_text_hint", "no_criterion",
               "suggestion", "for_staff", "skipped_one", "skipped_many", "moved_on", "meeting_on", "meeting_off",
               "skipped_empty", "skipped_unchecked", "skipped_changed", "smart_unconfirmed", "smart_confirmed", "smart_not_yet",
               "draft_not_saved", "staff_step_note", "same_again_note", "no_none_note", "hesitant_input_note",
               "reply_input_note")
RESIDENT_TEXTS = ("praise", "proposal", "revise", "revise_choice", "no_criterion", "staff_wording", "kept_as_said", "hesitation",
                  "proposal_plain", "kept_reply", "accepted", "noted", "done", "empty", "not_checked",
                  "empty_again", "own_words_kept")
_Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
_StaffTexts = create_model("_StaffTexts", __base__=DataModel, **{k: (_Text, ...) for k in STAFF_TEXTS})
_ResidentTexts = create_model("_ResidentTexts", __base__=DataModel, **{k: (_Text, ...) for k in RESIDENT_TEXTS})
_SLOTS = dict(error="X", report="R", reason="R.", elements="E", proposal="P", own="O", n=2, names="N", title="T",
              k_skip="K", k_submit="K", k_review="K", k_use_proposal="K", k_select_all="K", k_meeting="K",
              k_back="K", k_help="K", k_side="K",
              question=3, reply="ja", date="01-03-2027", suggestion="S")


class ConversationFile(DataModel):
    lang: str
    staff: _StaffTexts
    resident: _ResidentTexts


@dataclass(frozen=True)
class Conversation:
    """The conversation's own texts (staff and, in meeting mode, resident versions)."""

    staff: dict[str, str]
    resident: dict[str, str]

    def text(self, key: str, **slots: Any) -> str:
        return self.staff[key].format(**slots)

    def to_resident(self, key: str, **slots: Any) -> str:
        return self.resident[key].format(**slots)


def load_conversation(path: Path) -> Conversation:
    f = load_data(path, ConversationFile, PromptError)
    staff, resident = f.staff.model_dump(), f.resident.model_dump()
    for table, texts in (("staff", staff), ("resident", resident)):
        for key, value in texts.items():
            try:
                value.format(**_SLOTS)
            except (KeyError, IndexError, ValueError) as exc:
                raise PromptError(f"Datafilen '{Path(path).name}', tabellen [{table}], nøglen '{key}': ugyldig "
                                  f"pladsholder ({exc}).") from None
    return Conversation(staff, resident)


@lru_cache(maxsize=4)
def conversation(lang: str = "da") -> Conversation:
    return load_conversation(prompts_dir(lang) / "conversation.toml")
