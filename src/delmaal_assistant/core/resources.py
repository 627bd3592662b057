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
