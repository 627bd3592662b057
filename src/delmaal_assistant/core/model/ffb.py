"""KL's Fælles Faglige Begreber (FFB): themes, sub-themes and måltype from the shipped FHIR CodeSystem."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache

from delmaal_assistant.core.model import CodedConcept
from delmaal_assistant.core.resources import ffb_path

THEME_GROUPS = ("Aktivitet og deltagelse", "Funktioner og forhold")


@dataclass(frozen=True)
class Theme:
    code: str
    name: str
    group: str  # "Aktivitet og deltagelse" or "Funktioner og forhold"
    parent: str | None  # the main theme's name for a sub-theme, None for a main theme
    definition: str = ""

    @property
    def label(self) -> str:
        return f"{self.parent} › {self.name}" if self.parent else self.name

    def concept(self) -> CodedConcept:
        return CodedConcept(code=self.code, name=self.name)


@lru_cache(maxsize=1)
def _codesystem() -> dict:
    with open(ffb_path(), encoding="utf-8") as fh:
        return json.load(fh)


def _find(concepts: list[dict], display: str) -> dict | None:
    for c in concepts:
        if c.get("display") == display:
            return c
        hit = _find(c.get("concept", []), display)
        if hit:
            return hit
    return None


def version() -> str:
    return _codesystem().get("version", "")


@lru_cache(maxsize=1)
def themes() -> tuple[Theme, ...]:
    """Main themes and their sub-themes, in the code system's order (main theme first)."""
    out: list[Theme] = []
    for group in THEME_GROUPS:
        node = _find(_codesystem()["concept"], group)
        if not node:
            continue
        for main in node.get("concept", []):
            out.append(Theme(main["code"], main["display"], group, None, main.get("definition", "")))
            for sub in main.get("concept", []):
                out.append(Theme(sub["code"], sub["display"], group, main["display"], sub.get("definition", "")))
    return tuple(out)


def search_themes(query: str) -> list[Theme]:
    """Case-insensitive substring search on theme, parent and definition; name hits first."""
    q = query.strip().lower()
    if not q:
        return list(themes())
    by_name = [t for t in themes() if q in t.label.lower()]
    by_def = [t for t in themes() if t not in by_name and q in t.definition.lower()]
    return by_name + by_def


@lru_cache(maxsize=1)
def goal_types() -> tuple[CodedConcept, ...]:
    node = _find(_codesystem()["concept"], "Måltype")
    order = ["Udvikle funktionsevne", "Fastholde funktionsevne", "Begrænse tab af funktionsevne"]
    items = [CodedConcept(code=c["code"], name=c["display"]) for c in node.get("concept", [])]
    return tuple(sorted(items, key=lambda c: order.index(c.name) if c.name in order else 99))


def theme_by_code(code: str) -> Theme | None:
    return next((t for t in themes() if t.code == code), None)


def goal_type_by_name(name: str) -> CodedConcept | None:
    return next((g for g in goal_types() if g.name.lower() == name.lower()), None)
