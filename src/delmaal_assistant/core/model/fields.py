"""The field registry (`prompts/<lang>/fields.toml`): for every template field its Danish label, who reads it,
which finding codes apply to it (and at what severity), and what a good answer holds.

The interview, the side panel, the review, the exports, SMART and `delmaal check FILE.delmaal.json` all read
this one table, so they cannot disagree about a field. Loading validates the file with pydantic and raises
`FieldRegistryError` with a Danish message naming the file, the field and the key.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from delmaal_assistant.core import texts
from delmaal_assistant.core.datafile import DataLoadError, load_data
from delmaal_assistant.core.langtag import validate_language_tag
from delmaal_assistant.core.model.codes import GROUPS as CODE_GROUPS
from delmaal_assistant.core.model.codes import group_codes
from delmaal_assistant.core.model import Delmaal
from delmaal_assistant.core.model.paths import FieldPath
from delmaal_assistant.core.resources import data_lang, prompts_dir
from delmaal_assistant.core.severity import Severity
from delmaal_assistant.core.dates import format_date

Reader = Literal["resident", "staff", "verbatim"]
#: how an export shows a field's value (fields.toml `show`; core/outputs/export.py renders each)
#: how the interview's side panel shows a field (fields.toml `panel`; tui side panel renders each)
Panel = Literal["text", "short", "name", "methods", "level-span", "period"]
Show = Literal["text", "name", "yesno", "level", "date", "datetime", "if-written", "methods", "actors", "levels"]
_INDEX = re.compile(r"\[(\d+)\]")


class FieldRegistryError(DataLoadError):
    """fields.toml is missing or broken. The message is Danish and names the file, field and key."""


class _FieldEntry(BaseModel):
    model_config = ConfigDict(extra="forbid")

    path: str = Field(min_length=1)
    label: str = Field(min_length=1)
    reader: Reader
    checks: list[str]
    severity: dict[str, Severity] = Field(default_factory=dict)
    judged: bool = False
    elements: list[str] = Field(default_factory=list)
    asks: list[str] = Field(default_factory=list)
    section: str | None = Field(default=None, min_length=1)
    show: Show = "text"
    panel: Panel | None = None
    easy: int | None = Field(default=None, ge=1)


class _RegistryFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    lang: str
    groups: dict[str, list[str]] = Field(default_factory=dict)
    field: list[_FieldEntry]


@dataclass(frozen=True)
class FieldSpec:
    path: str  # with [*] for list items
    label: str
    reader: Reader
    checks: frozenset[str]
    severity: dict[str, str]
    judged: bool
    elements: tuple[str, ...]
    asks: tuple[str, ...]
    section: str | None = None  # the export's heading it stands under (None: not exported on its own)
    show: str = "text"
    panel: str | None = None  # how the side panel shows it (None: not there)
    easy: int | None = None  # its place in the fingerprint of "Dit delmål" (None: the resident's text does not say it)


def pattern_of(path: str) -> str:
    """'indicators.levels[2].what_we_see' → 'indicators.levels[*].what_we_see'."""
    return _INDEX.sub("[*]", path)


class FieldRegistry:
    def __init__(self, lang: str, specs: list[FieldSpec], source: Path | None = None) -> None:
        self.lang = lang
        self.specs = tuple(specs)
        self.source = source
        self._by_path = {s.path: s for s in specs}
        # concrete path → its entry and its label: asked for every field of every delmål checked (a few dozen
        # paths, so bounded in practice; cleared if odd input ever makes it large)
        self._spec_memo: dict[str, FieldSpec | None] = {}
        self._label_memo: dict[str, str] = {}

    def spec(self, path: str | None) -> FieldSpec | None:
        """The entry for a concrete path; an item path falls back to its list ('external_actors[0]' →
        'external_actors'), a sub-field to its parent entry."""
        if not path:
            return None
        try:
            return self._spec_memo[path]
        except KeyError:
            pass
        if len(self._spec_memo) > 4096:
            self._spec_memo.clear()
        found = self._spec_memo[path] = self._find_spec(path)
        return found

    def _find_spec(self, path: str) -> FieldSpec | None:
        p = pattern_of(path)
        while p:
            if p in self._by_path:
                return self._by_path[p]
            if p.endswith("[*]"):
                p = p[:-3]
            elif "." in p:
                p = p.rsplit(".", 1)[0]
            else:
                return None
        return None

    def codes_for(self, path: str) -> frozenset[str]:
        """The text-finding codes that apply to the text at `path` (empty for unknown fields)."""
        s = self.spec(path)
        return s.checks if s else frozenset()

    def applies(self, code: str, path: str | None) -> bool:
        if not path:
            return True
        s = self.spec(path)
        return s is None or code in s.checks

    def severity(self, code: str, path: str | None, default: str) -> str:
        s = self.spec(path)
        return s.severity.get(code, default) if s else default

    def label(self, path: str | None) -> str:
        """The Danish label of a concrete path, with the item number where it has one
        ('indicators.levels[2].what_we_see' → 'Hvad gør beboeren / hvad ser vi (niveau 2)')."""
        if not path:
            return texts.get("core.model.fields.hele_delmaalet")
        hit = self._label_memo.get(path)
        if hit is None:
            if len(self._label_memo) > 4096:
                self._label_memo.clear()
            hit = self._label_memo[path] = self._label(path)
        return hit

    def _label(self, path: str) -> str:
        s = self.spec(path)
        if s is None:
            return path
        idx = _INDEX.findall(path)
        if not idx:
            return s.label
        if path.startswith("indicators.levels"):
            return f"{s.label} (niveau {idx[0]})"
        return f"{s.label} ({int(idx[0]) + 1})"

    def sections(self) -> list[tuple[str, tuple[FieldSpec, ...]]]:
        """The export's sections: (heading, its fields), in the order the headings first appear, fields in file
        order."""
        out: dict[str, list[FieldSpec]] = {}
        for s in self.specs:
            if s.section:
                out.setdefault(s.section, []).append(s)
        return [(h, tuple(specs)) for h, specs in out.items()]

    def easy_fields(self) -> tuple[FieldSpec, ...]:
        """The fields "Dit delmål" is made from, in their `easy` order (the fingerprint of an approval)."""
        return tuple(sorted((s for s in self.specs if s.easy is not None), key=lambda s: s.easy))

    def is_judged(self, path: str | None) -> bool:
        s = self.spec(path)
        return bool(s and s.judged)


def _model_has(path: str) -> bool:
    """Does `path` (with [*]) name a field of the delmål model?"""
    try:
        return FieldPath.parse(path).exists_in(Delmaal)
    except ValueError:
        return False


def load_registry(lang: str = "da", folder: Path | None = None) -> FieldRegistry:
    if folder is None:
        folder = prompts_dir(lang)
    path = Path(folder) / "fields.toml"
    where = f"Datafilen '{path.name}'"
    data = load_data(path, _RegistryFile, FieldRegistryError, item_key="path")  # "[field 'purpose'], nøglen …"
    # "@core" is the code table's group (codes.toml, group = "core"); the other groups are this file's own
    groups = {**{g: list(group_codes(g, lang)) for g in CODE_GROUPS}, **data.groups}
    specs: list[FieldSpec] = []
    seen: set[str] = set()
    easy_seen: dict[int, str] = {}
    for e in data.field:
        w = f"{where}, felt '{e.path}'"
        if e.path in seen:
            raise FieldRegistryError(f"{w}: feltet står der flere gange.")
        seen.add(e.path)
        if not _model_has(e.path):
            raise FieldRegistryError(f"{w}: feltet findes ikke i delmålsmodellen.")
        codes: list[str] = []
        for c in e.checks:
            if c.startswith("@"):
                if c[1:] not in groups:
                    raise FieldRegistryError(f"{w}, nøgle 'checks': gruppen '{c}' findes ikke under [groups] (eller "
                                             "som gruppe i codes.toml).")
                codes.extend(groups[c[1:]])
            else:
                codes.append(c)
        dupes = sorted({c for c in codes if codes.count(c) > 1})
        if dupes:
            raise FieldRegistryError(f"{w}, nøgle 'checks': {', '.join(dupes)} står der flere gange.")
        for code in e.severity:
            if code not in codes:
                raise FieldRegistryError(f"{w}, nøgle 'severity': '{code}' er ikke blandt feltets checks.")
        if e.judged and not e.elements:
            raise FieldRegistryError(f"{w}: et bedømt felt (judged = true) skal sige, hvad et godt svar indeholder (elements).")
        if e.easy is not None and e.easy in easy_seen:
            raise FieldRegistryError(f"{w}, nøgle 'easy': nummeret {e.easy} har feltet '{easy_seen[e.easy]}' allerede.")
        if e.easy is not None:
            easy_seen[e.easy] = e.path
        specs.append(FieldSpec(e.path, e.label.strip(), e.reader, frozenset(codes), dict(e.severity), e.judged,
                               tuple(e.elements), tuple(e.asks), e.section, e.show, e.panel, e.easy))
    return FieldRegistry(validate_language_tag(data.lang), specs, path)


@lru_cache(maxsize=4)
def registry(lang: str = "da") -> FieldRegistry:
    return load_registry(lang)


def text_fields(d: Delmaal) -> list[tuple[str, str, str]]:
    """Every free-text field of `d` as (path, Danish label from the field registry, text), in the registry's
    (the template's) order, non-empty only. The fields are the registry's entries whose value is text; the
    items of a list (methods, actors, indicator levels) each give their fields together, labelled with the
    item's name where it has one ("Metode: Motiverende samtale")."""
    reg = registry(data_lang(d.language))
    out: list[tuple[str, str, str]] = []
    for step in _text_plan(reg):
        if step[0] == "one":
            _kind, path, fpath, label = step
            text = fpath.get(d)
            if isinstance(text, str) and text.strip():
                out.append((path, label, text))
            continue
        _kind, prefix, fpath, subs = step
        for k, item in enumerate(fpath.get(d) or []):
            at = _attr(item, "level", k)  # indicator levels are addressed by their level, as in the file
            name = _attr(item, "name", "") or ""
            for sub, spec_label in subs:
                text = _attr(item, sub, None)
                if isinstance(text, str) and text.strip():
                    path = f"{prefix}[{at}].{sub}"
                    label = f"{spec_label if spec_label is not None else path}: {name}" if name else reg.label(path)
                    out.append((path, label, text))
    return out


def _attr(obj, name: str, default):
    """`getattr(obj, name, default)`, faster for a pydantic model: a field from the instance's __dict__, and a name
    that is neither there, nor on the class, nor a private or extra attribute is the default at once (the model's
    __getattr__, which raises and is caught, is what getattr pays on a miss)."""
    own = getattr(obj, "__dict__", None)
    if own is not None and name in own:
        return own[name]
    cls = type(obj)
    on_class = _ON_CLASS.get((cls, name))
    if on_class is None:
        on_class = _ON_CLASS[(cls, name)] = hasattr(cls, name) or not hasattr(cls, "model_fields")
    if not on_class and not getattr(obj, "__pydantic_private__", None) and not getattr(obj, "__pydantic_extra__", None):
        return default
    return getattr(obj, name, default)


_ON_CLASS: dict[tuple[type, str], bool] = {}  # (class, name) → the class has it, or is no pydantic model


def _text_plan(reg: "FieldRegistry") -> list[tuple]:
    """`text_fields`' walk of the registry, made once per registry: ("one", path, FieldPath, label) for a field,
    ("items", list path, its FieldPath, ((sub-field, its entry's label or None), …)) for the fields of a list's
    items (the registry's consecutive entries "<list>[*].<sub>")."""
    plan = getattr(reg, "_text_plan_memo", None)
    if plan is not None:
        return plan
    plan = []
    specs = list(reg.specs)
    i = 0
    while i < len(specs):
        path = specs[i].path
        if "[*]." not in path:
            plan.append(("one", path, FieldPath.parse(path), reg.label(path)))
            i += 1
            continue
        prefix = path.split("[*].", 1)[0]
        group = []
        while i < len(specs) and specs[i].path.startswith(prefix + "[*]."):
            sub = specs[i].path.split("[*].", 1)[1]
            spec = reg.spec(f"{prefix}[*].{sub}")  # the entry of every item's path "<prefix>[n].<sub>"
            group.append((sub, spec.label if spec else None))
            i += 1
        plan.append(("items", prefix, FieldPath.parse(prefix), tuple(group)))
    reg._text_plan_memo = plan
    return plan


def value_text(value) -> str:
    """A field's value as people read it: text as is, a date dd-mm-åååå, yes/no in Danish, a coded concept or
    a list entry by its name, a list joined with commas; "" for nothing."""
    from datetime import date, datetime

    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, bool):
        return texts.get("core.model.fields.ja") if value else texts.get("core.model.fields.nej")
    if isinstance(value, date):  # a datetime too: the date is what the export shows
        return format_date(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, list):
        return ", ".join(t for t in (value_text(v) for v in value) if t)
    name = getattr(value, "name", None)
    return name.strip() if isinstance(name, str) else ""


_STEP_RE = re.compile(r"([A-Za-z_]+)(?:\[(\d+)\])?$")


def field_value(d: Delmaal, path: str) -> object:
    """The value at a concrete path ('methods', 'evaluation_date', 'external_actors[0]'); None when there is none."""
    node: object = d
    for step in (path or "").split("."):
        m = _STEP_RE.match(step)
        if not m or not hasattr(node, m.group(1)):
            return None
        node = getattr(node, m.group(1))
        if m.group(2) is not None:
            if not isinstance(node, list) or int(m.group(2)) >= len(node):
                return None
            node = node[int(m.group(2))]
    return node


def path_for_label(name: str, lang: str = "da") -> str | None:
    """The field a column name means ("Tema", "Tema (FFB)", "Måltype", "theme", "Startdato" …), or None."""
    want = " ".join(name.casefold().split())
    bare = re.sub(r"\s*\([^)]*\)", "", want).strip()
    for spec in registry(lang).specs:
        if "[*]" in spec.path:
            continue
        label = spec.label.casefold()
        if want in (label, spec.path.casefold()) or bare == re.sub(r"\s*\([^)]*\)", "", label).strip():
            return spec.path
    return {"tema": "theme", "ffb-tema": "theme", "maaltype": "goal_type"}.get(bare)
