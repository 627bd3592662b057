"""The templates of 'Dit delmål': `prompts/<lang>/easyread.toml` through the one data-file loader (headings,
fixed texts, level texts, frequency patterns), validated with Danish errors. No UI here."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Annotated

from pydantic import Field, StringConstraints, create_model

from delmaal_assistant.core.datafile import DataLoadError, DataModel, load_data
from delmaal_assistant.core.resources import prompts_dir

SECTION_KEYS = ("what", "how_often", "when", "help", "otherwise", "know", "own_words", "shown")
TEXT_KEYS = ("no_wording", "not_plain", "start", "end", "end_in", "evaluation", "days", "times", "actor", "actor_does",
             "actor_without_how", "list_lead_help", "list_lead_otherwise", "shown_answer", "level_now", "level_now_none", "level_end", "level_end_none", "level_same",
             "level_same_none", "level_keep",
             "end_looks_like")


class EasyReadError(DataLoadError):
    """easyread.toml is missing or broken (Danish message naming the file, table and key)."""


@dataclass(frozen=True)
class EasyReadTemplates:
    title: str
    title_with_name: str
    draft_mark: str
    sections: dict[str, str]
    texts: dict[str, str]
    levels: dict[int, str]
    words: dict[str, str]
    frequency: tuple[re.Pattern, ...]
    shown_means: dict[str, str] = field(default_factory=dict)  # [shown_means]: «tegn» → how «med …» says it


Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
# The tables' keys are the tuples above: a key added there is required in the file, a key in the file that is
# not there is a misspelling.
_Sections = create_model("_Sections", __base__=DataModel, **{k: (Text, ...) for k in SECTION_KEYS})
_Texts = create_model("_Texts", __base__=DataModel, **{k: (Text, ...) for k in TEXT_KEYS})
_Levels = create_model("_Levels", __base__=DataModel, **{f"l{n}": (Text, Field(alias=str(n))) for n in range(5)})


class _Frequency(DataModel):
    patterns: list[str] = Field(min_length=1)


class _EasyReadFile(DataModel):
    lang: str
    title: Text
    title_with_name: Text
    draft_mark: Text
    sections: _Sections
    texts: _Texts
    levels: _Levels
    words: dict[str, str] = {}
    shown_means: dict[str, str] = {}
    frequency: _Frequency


def load_templates(path: Path) -> EasyReadTemplates:
    fname = Path(path).name
    f = load_data(path, _EasyReadFile, EasyReadError)
    try:
        freq = tuple(re.compile(p, re.IGNORECASE) for p in f.frequency.patterns)
    except re.error as exc:
        raise EasyReadError(f"Datafilen '{fname}': et mønster i [frequency] er ugyldigt ({exc}).") from None
    texts = f.texts.model_dump()
    # placeholders must be the ones we fill
    fill = dict(date="1. marts 2027", name="X", how="Y", help="Z", text="T", title="T", span="3 måneder",
                days="mandag", times="8", answer="ja", means="tegn")
    for k, v in {**texts, "title_with_name": f.title_with_name}.items():
        try:
            v.format(**fill)
        except (KeyError, IndexError, ValueError) as exc:
            raise EasyReadError(f"Datafilen '{fname}': ugyldig pladsholder i '{k}' ({exc}).") from None
    return EasyReadTemplates(
        title=f.title, title_with_name=f.title_with_name, draft_mark=f.draft_mark, sections=f.sections.model_dump(),
        texts=texts, levels={n: getattr(f.levels, f"l{n}") for n in range(5)}, words=dict(f.words), frequency=freq,
        shown_means={k.lower(): v for k, v in f.shown_means.items()},
    )


@lru_cache(maxsize=4)
def templates(lang: str = "da") -> EasyReadTemplates:
    return load_templates(prompts_dir(lang) / "easyread.toml")

