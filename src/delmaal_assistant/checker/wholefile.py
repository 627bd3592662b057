"""The model of `lexicons/<lang>/whole.toml` (the whole-delmål checks), validated when the lexicon loads.

Settings have their defaults here, not in the code that uses them; every other table is one check, named by its
finding code. A misspelt key ("sevrity", "max_dayz") is a Danish load error naming the table and the key.
"""

from __future__ import annotations

from typing import Any, Union

from pydantic import Field, model_validator

from delmaal_assistant.core.datafile import DataModel, validate_data
from delmaal_assistant.core.severity import Severity

Example = Union[str, dict[str, Any]]
SETTINGS = ("approaches", "generic_indicator_phrases", "generic_indicator_max_words", "max_days", "max_methods",
            "max_level_drop")


class ExtraExamples(DataModel):
    """Examples for a second way a check is reached (e.g. [generic-indicator.paraphrase], by the field judges)."""

    flag: list[Example] = Field(min_length=1)
    pass_: list[Example] = Field(alias="pass", min_length=1)


class WholeCheck(DataModel):
    severity: Severity
    field: str | None = None
    message: str = Field(min_length=1)
    suggestion: str = ""
    question: str = Field(min_length=1)
    flag: list[Example] = Field(min_length=1)
    pass_: list[Example] = Field(alias="pass", min_length=1)
    paraphrase: ExtraExamples | None = None


class WholeFile(DataModel):
    lang: str
    approaches: list[str] = []
    generic_indicator_phrases: list[str] = []
    generic_indicator_max_words: int = Field(5, ge=1)
    max_days: int = Field(130, ge=1)  # ~3 months plus a margin (seed 000)
    max_methods: int = Field(2, ge=1)  # seed 000: "vil ofte kun have brug for 1-2 metoder"
    max_level_drop: int = Field(2, ge=1)
    checks: dict[str, WholeCheck] = {}

    @model_validator(mode="before")
    @classmethod
    def _collect_checks(cls, raw: Any) -> Any:
        """Every table that is not a setting is a check, keyed by its code."""
        if not isinstance(raw, dict):
            return raw
        out = {k: v for k, v in raw.items() if k in SETTINGS or k == "lang" or not isinstance(v, dict)}
        out["checks"] = {k: v for k, v in raw.items() if k not in out}
        return out


def validate_whole(raw: dict[str, Any], error: type[Exception]) -> dict[str, Any]:
    """Validate whole.toml's data; return it as the plain dict the checks read (defaults filled in)."""
    model = validate_data(raw, WholeFile, "whole.toml", error, hidden=("checks",))
    out: dict[str, Any] = {k: getattr(model, k) for k in ("lang", *SETTINGS)}
    for code, check in model.checks.items():
        out[code] = check.model_dump(by_alias=True, exclude_none=True)
    return out
