"""BCP 47 language tags for data files and delmål (kept tiny: the checker imports it at start-up)."""

from __future__ import annotations

import langcodes


def validate_language_tag(value: str) -> str:
    """Return the normalised BCP 47 tag, or raise ValueError with a Danish message."""
    if not isinstance(value, str) or not value.strip():
        raise ValueError("sprogkoden mangler")
    try:
        tag = langcodes.standardize_tag(value.strip())
    except (ValueError, langcodes.LanguageTagError) as exc:
        raise ValueError(f"'{value}' er ikke en gyldig sprogkode") from exc
    if not langcodes.tag_is_valid(tag):
        raise ValueError(f"'{value}' er ikke en gyldig sprogkode")
    return tag
