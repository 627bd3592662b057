"""File names of saved delmål."""

from __future__ import annotations

DELMAAL_SUFFIX = ".delmaal.json"


def delmaal_filename(name: str) -> str:
    """The file name a delmål is saved under when the user types `name` (".delmaal.json" added)."""
    return name if name.endswith(DELMAAL_SUFFIX) else name.removesuffix(".json") + DELMAAL_SUFFIX


def safe_filename(title: str, fallback: str = "delmaal") -> str:
    """A portable file name stem from a title (Danish letters kept)."""
    keep = []
    for ch in title.strip():
        if ch.isalnum() or ch in "-_ ":
            keep.append(ch)
    stem = "".join(keep).strip().replace(" ", "-")[:60].strip("-")
    return stem or fallback
