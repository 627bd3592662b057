"""Locate the data directories (lexicons, prompts, FFB) in an installed wheel or a source checkout."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

_PKG = Path(__file__).resolve().parent.parent  # the delmaal_assistant package


@lru_cache(maxsize=None)
def data_dir(name: str) -> Path:
    """`lexicons` or `prompts`: inside the package when installed as a wheel, else the repo root."""
    for candidate in (_PKG / name, _PKG.parent.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"datamappen '{name}' findes ikke (installationen er ufuldstændig)")


def lexicon_dir(lang: str = "da") -> Path:
    return data_dir("lexicons") / lang


def prompts_dir(lang: str = "da") -> Path:
    return data_dir("prompts") / lang


def ffb_path() -> Path:
    return _PKG / "core" / "data" / "CodeSystem-FFB.json"


@lru_cache(maxsize=256)  # asked for every delmål checked (several times): one look at the folder per tag
def data_lang(tag: str | None) -> str:
    """The language whose prompts to use for a delmål's language tag: its primary subtag when this program has
    prompts for it, else Danish (the checker and the template are Danish)."""
    primary = (tag or "da").split("-")[0].lower()
    try:
        return primary if (data_dir("prompts") / primary).is_dir() else "da"
    except FileNotFoundError:
        return "da"
