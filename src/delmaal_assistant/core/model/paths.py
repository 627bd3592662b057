"""FieldPath: the one way to name and walk a field of the delmål model.

    FieldPath.parse("indicators.levels[2].what_we_see").get(d)
    FieldPath.parse("external_actors[*].how").exists_in(Delmaal)      # the field registry's "any index"

A path is dotted field names, each optionally followed by an index `[n]` (a list position) or `[*]` (any
position, for the field registry). Used by the interview (answers into the model), the field registry (paths
it lists must exist) and anything that reports a finding on a field.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Union

from delmaal_assistant.core import texts

ANY = "*"
_PART = re.compile(r"^([A-Za-z_]\w*)(?:\[(\d+|\*)\])?$")
_INDEX = re.compile(r"\[(?:\d+|\*)\]")

Index = Union[int, str, None]
_PARSED: dict = {}  # path text → FieldPath (frozen, so one object can serve every caller)


@dataclass(frozen=True)
class FieldPath:
    parts: tuple[tuple[str, Index], ...]

    @classmethod
    def parse(cls, text: "str | FieldPath") -> "FieldPath":
        """ValueError when `text` is not a path."""
        if isinstance(text, FieldPath):
            return text
        # the registry's few dozen paths are parsed for every delmål: once is enough
        hit = _PARSED.get(text) if isinstance(text, str) and cls is FieldPath else None
        if hit is not None:
            return hit
        path = cls._parse(text)
        if len(_PARSED) < 4096:
            _PARSED[text] = path
        return path

    @classmethod
    def _parse(cls, text: str) -> "FieldPath":
        out = []
        for part in str(text).split("."):
            m = _PART.match(part)
            if not m:
                raise ValueError(texts.get("core.model.paths.ikke_feltsti", text=text))
            idx = m.group(2)
            out.append((m.group(1), None if idx is None else (ANY if idx == ANY else int(idx))))
        return cls(tuple(out))

    def __str__(self) -> str:
        return ".".join(n if i is None else f"{n}[{i}]" for n, i in self.parts)

    @property
    def bare(self) -> str:
        """The path without indices ("external_actors[0].how" → "external_actors.how")."""
        return ".".join(n for n, _ in self.parts)

    def _walk(self, obj: Any) -> tuple[Any, str, Index]:
        for name, idx in self.parts[:-1]:
            obj = getattr(obj, name)
            if idx is not None:
                obj = obj[idx]
        name, idx = self.parts[-1]
        return obj, name, idx

    def get(self, obj: Any) -> Any:
        """The value at this path (AttributeError, IndexError when it is not there)."""
        owner, name, idx = self._walk(obj)
        if not hasattr(owner, name):
            raise AttributeError(str(self))
        value = getattr(owner, name)
        return value[idx] if idx is not None else value

    def set(self, obj: Any, value: Any) -> None:
        owner, name, idx = self._walk(obj)
        if idx is not None:
            raise ValueError(f"cannot set an indexed path: {self}")
        setattr(owner, name, value)

    def exists_in(self, model: type) -> bool:
        """Does this path name a field of the pydantic `model` (an index steps into the list's item type)?"""
        cls: Any = model
        for name, idx in self.parts:
            info = getattr(cls, "model_fields", {}).get(name)
            if info is None:
                return False
            ann = info.annotation
            if idx is not None:
                args = getattr(ann, "__args__", ())
                ann = args[0] if args else None
            else:
                args = [a for a in getattr(ann, "__args__", ()) if a is not type(None)]
                if args and hasattr(args[0], "model_fields"):
                    ann = args[0]
            cls = ann
        return True


def strip_indices(path: str) -> str:
    """"methods[0].description" → "methods.description" (a path as the registry's templates name it)."""
    return _INDEX.sub("", path)


def get_field(obj: Any, path: str) -> Any:
    """The value at a dotted model path, e.g. `collaboration.resident_attitude` or `indicators.levels[2].what_we_see`."""
    return FieldPath.parse(path).get(obj)


def set_field(obj: Any, path: str, value: Any) -> None:
    FieldPath.parse(path).set(obj, value)


def field_text(obj: Any, path: str | None) -> str:
    if not path:
        return ""
    v = get_field(obj, path)
    return v if isinstance(v, str) else ""
