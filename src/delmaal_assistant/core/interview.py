"""The interview as data: load the prompts (questions, help, examples, follow-ups) and map answers to the model.

No UI here (the Textual assistant and the tests both use this module). The prompts live in
`prompts/<lang>/*.toml`; a broken file raises `PromptError` with a Danish message naming the file.

An *answer* is a plain dict whose keys depend on the step's kind (see `apply_answer`).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from delmaal_assistant.core.langtag import DataFileError, read_tagged_toml, validate_language_tag
from delmaal_assistant.core.model import LEVEL_LABELS, Delmaal, ExternalActor, Method

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
    "levels": frozenset({"start", "end"}),
    "indicator_levels": frozenset({"what_we_see", "how_we_support"}),
    "documentation": frozenset({"what", "who", "how_often"}),
    "dates": frozenset({"start", "end", "evaluation"}),
    "flags": frozenset({"crime_prevention", "employment"}),
    "actors": frozenset({"who", "how"}),
    "theme": frozenset({"filter", "chosen"}),
}


class PromptError(Exception):
    """A prompts file is missing or broken. The message is Danish and names the file."""


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


# ----------------------------------------------------------------------------------------------- loading


def _default_dir(lang: str) -> Path:
    from delmaal_assistant.core.resources import prompts_dir

    return prompts_dir(lang)


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        return read_tagged_toml(path)
    except DataFileError as exc:
        raise PromptError(f"Spørgsmålsfilen '{path.name}' {exc}.") from None


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
    d = Delmaal()
    try:
        get_field(d, path)
        return True
    except (AttributeError, KeyError, IndexError, ValueError):
        return False


def _meeting_labels(raw: dict, kind: str, where: str) -> tuple[tuple[str, str], ...]:
    labels = raw.get("meeting_labels", {})
    if not isinstance(labels, dict) or not all(isinstance(v, str) and v.strip() for v in labels.values()):
        raise PromptError(f"{where}: 'meeting_labels' skal være en tabel med tekster.")
    if kind == "goal_type":
        from delmaal_assistant.core.ffb import goal_types

        known = frozenset(g.name for g in goal_types())
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
    from delmaal_assistant.core.fields import registry

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
    steps_data = _read_toml(steps_path)
    steps = _parse_steps(steps_data, steps_path.name, lang)

    fu_data = _read_toml(fu_path)
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

    smart_data = _read_toml(smart_path)
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


# ----------------------------------------------------------------------------------------------- fields

_PART = re.compile(r"^(\w+)(?:\[(\d+)\])?$")


def _walk(obj: Any, path: str) -> tuple[Any, str, int | None]:
    parts = path.split(".")
    for part in parts[:-1]:
        m = _PART.match(part)
        if not m:
            raise ValueError(path)
        obj = getattr(obj, m.group(1))
        if m.group(2) is not None:
            obj = obj[int(m.group(2))]
    m = _PART.match(parts[-1])
    if not m:
        raise ValueError(path)
    return obj, m.group(1), (int(m.group(2)) if m.group(2) is not None else None)


def get_field(d: Delmaal, path: str) -> Any:
    """The value at a dotted model path, e.g. `collaboration.resident_attitude` or `indicators.levels[2].what_we_see`."""
    obj, name, idx = _walk(d, path)
    if not hasattr(obj, name):
        raise AttributeError(path)
    value = getattr(obj, name)
    return value[idx] if idx is not None else value


def set_field(d: Delmaal, path: str, value: Any) -> None:
    obj, name, idx = _walk(d, path)
    if idx is not None:
        raise ValueError(f"cannot set an indexed path: {path}")
    setattr(obj, name, value)


def field_text(d: Delmaal, path: str | None) -> str:
    if not path:
        return ""
    v = get_field(d, path)
    return v if isinstance(v, str) else ""


def should_ask(step: Step, d: Delmaal) -> bool:
    if step.skip_unless_empty:
        return not str(get_field(d, step.skip_unless_empty) or "").strip()
    return True


def next_step(prompts: Prompts, current: str | None, d: Delmaal) -> Step | None:
    """The step after `current` that applies to this delmål; None when the interview is done."""
    start = prompts.index(current) + 1 if current else 0
    for s in prompts.steps[start:]:
        if should_ask(s, d):
            return s
    return None


def previous_step(prompts: Prompts, current: str | None, d: Delmaal) -> Step | None:
    i = prompts.index(current)
    for s in reversed(prompts.steps[:i]):
        if should_ask(s, d):
            return s
    return None


# ----------------------------------------------------------------------------------------------- dates

_DMY = re.compile(r"^\s*(\d{1,2})\s*[-./]\s*(\d{1,2})\s*[-./]\s*(\d{4}|\d{2})\s*$")
_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")
_NAMED = re.compile(r"^\s*(\d{1,2})\.?\s+([a-zæøå]+)\.?\s*(\d{4}|\d{2})?\s*$", re.IGNORECASE)


def _year(y: str) -> int:
    return 2000 + int(y) if len(y) == 2 else int(y)


def parse_date(text: str, today: date | None = None) -> date | None:
    """A date as Danes write it: "01-03-2027", "1.3.27", "1/3-2027", "1. marts 2027", "1. mar 27", "1. marts"
    (the next 1 March), ISO "2027-03-01", or relative "om 3 måneder". Empty → None; anything else → AnswerError
    with a Danish message."""
    if not text or not text.strip():
        return None
    raw = text.strip()
    today = today or date.today()
    try:
        if m := _DMY.match(raw):
            return date(_year(m.group(3)), int(m.group(2)), int(m.group(1)))
        if m := _ISO.match(raw):
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if (m := _NAMED.match(raw)) and (month := _month_number(m.group(2))):
            day = int(m.group(1))
            if m.group(3):
                return date(_year(m.group(3)), month, day)
            found = date(today.year, month, day)
            return found if found >= today else date(today.year + 1, month, day)
    except ValueError:
        raise AnswerError(f"'{raw}' er ikke en gyldig dato (findes dagen?).") from None
    if re.search(r"\d", raw) and re.fullmatch(r"[\d\s./-]+", raw):
        raise AnswerError(f"'{raw}' er ikke en gyldig dato (findes dagen?). Skriv fx 01-03-2027 eller 1. marts 2027.")
    found = _dateparser(raw, today)
    if found is None:
        raise AnswerError(f"'{raw}' er ikke en dato. Skriv fx 01-03-2027, 1.3.27 eller 1. marts 2027.")
    return found


def _dateparser(text: str, today: date) -> date | None:
    """Relative and free forms ("om 3 måneder", "i morgen") via dateparser, which is slow to import: only here."""
    from datetime import datetime

    import dateparser

    got = dateparser.parse(text, languages=["da"], settings={
        "DATE_ORDER": "DMY", "PREFER_DATES_FROM": "future",
        "RELATIVE_BASE": datetime(today.year, today.month, today.day)})
    return got.date() if got else None


def _month_number(name: str) -> int | None:
    low = name.lower().rstrip(".")
    for i, full in enumerate(MONTHS_DA, start=1):
        if low == full or (len(low) >= 3 and full.startswith(low)):
            return i
    return None


def format_date(d: date | None) -> str:
    return d.strftime("%d-%m-%Y") if d else ""


def add_months(d: date, months: int) -> date:
    m = d.month - 1 + months
    year, month = d.year + m // 12, m % 12 + 1
    return date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


MONTHS_DA = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober",
             "november", "december")
_TEXT_DATE = re.compile(
    r"\b(\d{1,2})\.?\s+(" + "|".join(MONTHS_DA) + r")(?:\s+(\d{4}))?\b"
    r"|\b(\d{1,2})[-./](\d{1,2})[-./](\d{4}|\d{2})\b",
    re.IGNORECASE,
)


def last_date_in_text(text: str, today: date | None = None) -> date | None:
    """The last date written in a text ("1. marts 2027", "01-03-2027", "1/3-27", "1. marts" = the next one
    after `today`), e.g. the wording's deadline."""
    found = None
    today = today or date.today()
    for m in _TEXT_DATE.finditer(text or ""):
        try:
            if m.group(2):
                month, day = MONTHS_DA.index(m.group(2).lower()) + 1, int(m.group(1))
                if m.group(3):
                    found = date(int(m.group(3)), month, day)
                else:
                    found = date(today.year, month, day)
                    if found < today:
                        found = date(today.year + 1, month, day)
            else:
                found = date(_year(m.group(6)), int(m.group(5)), int(m.group(4)))
        except ValueError:
            continue
    return found


def suggested_dates(today: date, wording: str = "") -> tuple[date, date, date]:
    """Start today; end about 3 months later, or the date the wording names; evaluation on the end date."""
    end = add_months(today, 3)
    named = last_date_in_text(wording, today)
    if named and today < named <= add_months(today, 12):
        end = named
    return today, end, end


# ----------------------------------------------------------------------------------------------- answers

_ACTOR_SPLIT = re.compile(r"\s+[–—-]\s+|:\s+")


def parse_actors(text: str) -> list[ExternalActor]:
    """One actor per line, "hvem – hvordan". A line without the dash may say it in a sentence: "Min mor ringer
    til mig om onsdagen" (who, then what they do), "Værgen. Hun betaler mine regninger." (who, then a sentence
    about them), "Dem på høreklinikken, de laver det …"."""
    out = []
    for line in text.splitlines():
        line = line.strip().lstrip("•*-").strip()
        if not line:
            continue
        parts = _ACTOR_SPLIT.split(line, maxsplit=1)
        if len(parts) > 1:
            out.append(ExternalActor(name=parts[0].strip() or line, how=parts[1].strip()))
            continue
        out.extend(_actors_in_sentences(line))
    return out


_THEY = re.compile(r"^(?:og\s+)?(?:han|hun|de|den|det)\s+", re.IGNORECASE)
_NOT_ACTOR_VERBS = {"er", "har", "var", "havde"}


def _actors_in_sentences(line: str) -> list[ExternalActor]:
    from delmaal_assistant.core.duform import _finite, _sentences, _T as DT, rules as du_rules

    r = du_rules("da")
    sents = _sentences(line)
    out: list[ExternalActor] = []
    for s in sents:
        body = re.sub(r"^(?:og|men)\s+", "", s.strip(), flags=re.IGNORECASE).rstrip(".!")
        # "Dem på høreklinikken, de laver det …": who, a comma, then they do
        m = re.match(r"^(.{2,60}?),\s+(?:de|han|hun|den)\s+(.+)$", body, re.IGNORECASE)
        if m and not _finite(DT(m.group(1).split()[-1].lower(), ""), r):
            out.append(ExternalActor(name=_cap(m.group(1).strip()), how=_cap(m.group(2).strip()) + "."))
            continue
        if out and _THEY.match(body) and not out[-1].how:
            # "Værgen. Hun betaler …": the sentence says what the actor just named does
            out[-1] = ExternalActor(name=out[-1].name, how=_cap(_THEY.sub("", body)) + ".")
            continue
        words = body.split()
        verb_at = None
        for i, w in enumerate(words[:6]):
            if w.lower().strip(",") in ("jeg", "mig") or w.endswith(","):
                break  # "Diætisten, hende jeg går til …": the rest of the sentence says who they are
            if i > 0 and _finite(DT(w.lower(), ""), r) and w.lower() not in r.adverbs:
                verb_at = i
                break
        if verb_at is not None:
            out.append(ExternalActor(name=_cap(" ".join(words[:verb_at])),
                                     how=_cap(" ".join(words[verb_at:])) + "."))
        else:
            out.append(ExternalActor(name=_cap(body), how=""))
    return out or [ExternalActor(name=line, how="")]


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def format_actors(actors: list[ExternalActor]) -> str:
    return "\n".join(f"{a.name} – {a.how}" if a.how else a.name for a in actors)


def current_answer(step: Step, d: Delmaal) -> dict[str, Any]:
    """The answer a step would show for this delmål (to prefill inputs when resuming or going back)."""
    k = step.kind
    if k in TEXT_KINDS:
        return {"text": field_text(d, step.fields[0])}
    if k == "theme":
        return {"code": d.theme.code if d.theme else None}
    if k == "goal_type":
        return {"code": d.goal_type.code if d.goal_type else None}
    if k == "methods":
        return {"methods": [m.model_dump() for m in d.methods]}
    if k == "guardian":
        c = d.collaboration
        return {"involved": c.guardian_involved, "how": c.guardian_involvement}
    if k == "actors":
        return {"text": format_actors(d.external_actors)}
    if k == "levels":
        return {"start": d.indicators.start_level, "end": d.indicators.expected_end_level}
    if k == "indicator":
        lvl = d.indicators.level(step.level or 0)
        return {"what_we_see": lvl.what_we_see, "how_we_support": lvl.how_we_support}
    if k == "documentation":
        p = d.documentation
        return {"what": p.what, "who": p.who, "how_often": p.how_often}
    if k == "dates":
        return {"start": format_date(d.start_date), "end": format_date(d.end_date),
                "evaluation": format_date(d.evaluation_date)}
    if k == "flags":
        return {"crime_prevention": d.crime_prevention, "employment": d.employment}
    raise ValueError(k)


def apply_answer(step: Step, d: Delmaal, answer: dict[str, Any], *, lenient: bool = False,
                 today: date | None = None) -> None:
    """Write an answer into the delmål. Raises AnswerError (Danish) unless `lenient` (used while typing)."""
    from delmaal_assistant.core import ffb

    k = step.kind
    try:
        if k in TEXT_KINDS:
            set_field(d, step.fields[0], str(answer.get("text", "")))
        elif k == "theme":
            code = answer.get("code")
            theme = ffb.theme_by_code(code) if code else None
            if code and theme is None:
                raise AnswerError(f"Temaet med koden '{code}' findes ikke i FFB.")
            d.theme = theme.concept() if theme else None
        elif k == "goal_type":
            code = answer.get("code")
            gt = next((g for g in ffb.goal_types() if g.code == code), None)
            if code and gt is None:
                raise AnswerError(f"Måltypen med koden '{code}' findes ikke.")
            d.goal_type = gt
        elif k == "methods":
            methods = []
            for m in answer.get("methods", []):
                name = str(m.get("name", "")).strip()
                if not name:
                    continue
                kind = m.get("kind") if m.get("kind") in ("metode", "tilgang", "ukendt") else "ukendt"
                methods.append(Method(name=name, kind=kind, description=str(m.get("description", ""))))
            d.methods = methods
        elif k == "guardian":
            d.collaboration.guardian_involved = bool(answer.get("involved"))
            d.collaboration.guardian_involvement = str(answer.get("how", ""))
        elif k == "actors":
            d.external_actors = parse_actors(str(answer.get("text", "")))
        elif k == "levels":
            for key, attr in (("start", "start_level"), ("end", "expected_end_level")):
                v = answer.get(key)
                setattr(d.indicators, attr, None if v is None else int(v))
        elif k == "indicator":
            lvl = d.indicators.level(step.level or 0)
            lvl.what_we_see = str(answer.get("what_we_see", ""))
            lvl.how_we_support = str(answer.get("how_we_support", ""))
        elif k == "documentation":
            for key in ("what", "who", "how_often"):
                setattr(d.documentation, key, str(answer.get(key, "")))
        elif k == "dates":
            start = parse_date(answer.get("start", ""), today)
            end = parse_date(answer.get("end", ""), today)
            evaluation = parse_date(answer.get("evaluation", ""), today)
            if start and end and end < start:
                raise AnswerError("Slutdatoen ligger før startdatoen.")
            if evaluation and start and evaluation < start:
                raise AnswerError("Evalueringsdatoen ligger før startdatoen.")
            # assign end first to None to avoid a transient order error in the model validator
            d.end_date = None
            d.start_date = start
            d.end_date = end
            d.evaluation_date = evaluation
        elif k == "flags":
            d.crime_prevention = bool(answer.get("crime_prevention"))
            d.employment = bool(answer.get("employment"))
        else:
            raise ValueError(k)
    except AnswerError:
        if not lenient:
            raise
    except ValueError as exc:  # pydantic validation of an assignment
        if not lenient:
            raise AnswerError(f"Svaret kan ikke bruges: {exc}") from None


def describe_answer(step: Step, d: Delmaal) -> str:
    """A short Danish rendering of the step's current answer, for the conversation log."""
    a = current_answer(step, d)
    k = step.kind
    if k in TEXT_KINDS or k == "actors":
        return a["text"].strip() or "(tomt)"
    if k == "theme":
        return d.theme.name if d.theme else "(intet tema)"
    if k == "goal_type":
        return d.goal_type.name if d.goal_type else "(ingen måltype)"
    if k == "methods":
        if not d.methods:
            return "(ingen metoder)"
        return "\n".join(
            f"{m.name} ({m.kind})" + (f": {m.description}" if m.description else "") for m in d.methods
        )
    if k == "guardian":
        if not a["involved"]:
            return "Ingen værge inddraget."
        return "Værge inddraget" + (f": {a['how']}" if a["how"] else ".")
    if k == "levels":
        s, e = a["start"], a["end"]
        return f"Start: {'–' if s is None else s}, forventet slut: {'–' if e is None else e}"
    if k == "indicator":
        return f"Ser vi: {a['what_we_see'] or '–'}\nStøtter vi: {a['how_we_support'] or '–'}"
    if k == "documentation":
        return f"Hvad: {a['what'] or '–'}\nHvem: {a['who'] or '–'}\nHvor ofte: {a['how_often'] or '–'}"
    if k == "dates":
        return f"Start: {a['start'] or '–'}, slut: {a['end'] or '–'}, evaluering: {a['evaluation'] or '–'}"
    if k == "flags":
        parts = []
        if a["crime_prevention"]:
            parts.append("kriminalpræventivt")
        if a["employment"]:
            parts.append("beskæftigelse (Kometen)")
        return "Delmålet er " + " og ".join(parts) + "." if parts else "Hverken kriminalpræventivt eller beskæftigelse."
    return ""


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


_INDEX = re.compile(r"\[(\d+)\]")


def step_for_field(prompts: Prompts, path: str | None) -> Step | None:
    """The step that asks for a model path (e.g. 'methods[0].description' → the methods step)."""
    if not path:
        return None
    m = re.match(r"^indicators\.levels\[(\d)\]", path)
    if m:
        return next((s for s in prompts.steps if s.kind == "indicator" and s.level == int(m.group(1))), None)
    bare = _INDEX.sub("", path)
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
    from delmaal_assistant.core.fields import registry

    return registry(prompts.lang.split("-")[0]).label(path)
