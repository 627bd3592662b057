"""BCP 47 language tags for data files and delmål (kept tiny: the checker imports it at start-up)."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

#: Tags that are already valid and in their normal form (langcodes' standardize_tag returns them unchanged:
#: tests/test_langtag_fast.py checks it). Every data file and delmål says "da", so the start of the assistant and
#: of `delmaal check` answers them without importing langcodes (70-110 ms of the first screen, issue 28); any
#: other tag goes through langcodes as before.
NORMAL_TAGS = frozenset({"da", "da-DK", "en", "en-GB", "de", "sv", "nb", "nn", "no", "fo", "kl"})


def validate_language_tag(value: str) -> str:
    """Return the normalised BCP 47 tag, or raise ValueError with a Danish message."""
    if not isinstance(value, str) or not value.strip():
        raise ValueError("sprogkoden mangler")
    if value.strip() in NORMAL_TAGS:
        return value.strip()
    import langcodes  # only for a tag outside NORMAL_TAGS (a third-party import, not one of the core's own)

    try:
        tag = langcodes.standardize_tag(value.strip())
    except (ValueError, langcodes.LanguageTagError) as exc:
        raise ValueError(f"'{value}' er ikke en gyldig sprogkode") from exc
    if not langcodes.tag_is_valid(tag):
        raise ValueError(f"'{value}' er ikke en gyldig sprogkode")
    return tag


class DataFileError(ValueError):
    """A data file (lexicon, prompts) is missing, unreadable or broken. The text is a Danish reason that
    completes a sentence starting with the file's name: "'steps.toml' er beskadiget: …"."""


def read_tagged_toml(path: Path) -> dict[str, Any]:
    """Parse a TOML data file and validate its top-level `lang` tag (BCP 47)."""
    try:
        raw = Path(path).read_bytes()
    except FileNotFoundError:
        raise DataFileError("findes ikke (installationen er ufuldstændig)") from None
    except OSError as exc:
        raise DataFileError(f"kan ikke læses: {exc.strerror or exc}") from None
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise DataFileError("er ikke gemt som UTF-8") from None
    except tomllib.TOMLDecodeError as exc:
        raise DataFileError(f"er beskadiget: {exc}") from None
    try:
        validate_language_tag(data.get("lang", ""))
    except ValueError as exc:
        raise DataFileError(f"har et ugyldigt felt lang ({exc})") from None
    return data
