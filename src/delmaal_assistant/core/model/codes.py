"""The code table (`lexicons/<lang>/codes.toml`): for each finding code its Danish name, SMART role and privacy
flag — what people see instead of 'vague-verb', and what SMART and the review do with a finding.

The full code registry (severity, family, explanation, follow-up, resident text, examples) is
`checker.registry.code_registry()`, which joins this table with what the rule, whole-check and field-judge
loaders declare; the core reads only this table (it never imports the checker). No UI here.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field, RootModel, field_validator

from delmaal_assistant.core.datafile import DataLoadError, DataModel, validate_data
from delmaal_assistant.core.langtag import DataFileError, read_tagged_toml
from delmaal_assistant.core.resources import lexicon_dir

SmartRole = Literal["specific", "measurable", "realistic"]
Group = Literal["core", "other"]
#: the names `--select`/`--ignore` accept for a group of codes (besides the codes themselves)
GROUPS: tuple[str, ...] = ("core",)
CODE_RE = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*")


class CodeNamesError(DataLoadError):
    """codes.toml is missing or broken (Danish message naming the file, table and key)."""


class CodeEntry(DataModel):
    name: str = Field(min_length=1)
    smart: tuple[SmartRole, ...] = ()
    privacy: bool = False
    group: Group = "other"
    #: a field judge's code: the judge that reports it (its `@judge` name in checker/whole/judges/) and the rules
    #: it reports under this code (each a sub-table in field_rules.toml)
    judge: str | None = None
    judge_rules: tuple[str, ...] = ()
    #: the answers this judge judges in full, so a placeholder there gets the judge's finding, not
    #: placeholder-answer
    judge_fields: tuple[str, ...] = ()
    problem: str | None = None  # the audit counts this code as that code's problem (one name per problem)

    @field_validator("name")
    @classmethod
    def _strip(cls, v: str) -> str:
        if not v.strip():
            raise ValueError("må ikke være tom")
        return v.strip()


class _CodeTable(RootModel[dict[str, CodeEntry]]):
    pass


@lru_cache(maxsize=4)
def code_table(lang: str = "da") -> dict[str, CodeEntry]:
    """Every finding code of `lang` with its entry, in file order."""
    return load_code_table(lexicon_dir(lang) / "codes.toml")


def load_code_table(path: Path) -> dict[str, CodeEntry]:
    try:
        data = read_tagged_toml(path)
    except DataFileError as exc:
        raise CodeNamesError(f"Datafilen '{path.name}' {exc}.") from None
    data.pop("lang", None)
    stray = [k for k, v in data.items() if not isinstance(v, dict)]
    if stray:
        raise CodeNamesError(f"Datafilen '{path.name}': nøglen '{stray[0]}' er en ukendt nøgle (stavefejl?); uden for "
                             "tabellerne står kun lang, og hver kode er en tabel, fx [vague-verb].")
    bad = [k for k in data if not CODE_RE.fullmatch(k)]
    if bad:
        raise CodeNamesError(f"Datafilen '{path.name}': '{bad[0]}' er ikke en kode (små bogstaver og bindestreger, "
                             "fx [vague-verb]).")
    table = dict(validate_data(data, _CodeTable, path.name, CodeNamesError).root)
    for code, entry in table.items():
        if bool(entry.judge) != bool(entry.judge_rules):
            raise CodeNamesError(f"Datafilen '{path.name}': [{code}] skal have både judge (feltdommerens navn) og "
                                 "judge_rules (dens regler), eller ingen af dem.")
        if entry.problem is not None and (entry.problem not in table or table[entry.problem].problem is not None):
            raise CodeNamesError(f"Datafilen '{path.name}': [{code}] problem = '{entry.problem}' skal være en anden "
                                 "kode i tabellen, som ikke selv peger videre.")
    return table


def problem_code(code: str, lang: str = "da") -> str:
    """The code whose problem `code` is (itself unless codes.toml says `problem = …`)."""
    entry = code_table(lang).get(code)
    return entry.problem if entry and entry.problem else code


def code_names(lang: str = "da") -> dict[str, str]:
    return {c: e.name for c, e in code_table(lang).items()}


def code_name(code: str, lang: str = "da") -> str:
    """The Danish name of a finding code; an unknown code is shown as it is (never hidden)."""
    try:
        entry = code_table(lang).get(code)
    except CodeNamesError:
        return code
    return entry.name if entry else code


def smart_codes(role: SmartRole, lang: str = "da") -> frozenset[str]:
    """The codes whose finding answers SMART question `role` with "no"."""
    return frozenset(c for c, e in code_table(lang).items() if role in e.smart)


def group_codes(group: str, lang: str = "da") -> tuple[str, ...]:
    """The codes of a group ("core": the six scored codes), in the table's order."""
    return tuple(c for c, e in code_table(lang).items() if e.group == group)


def judge_rules(lang: str = "da") -> dict[str, tuple[str, ...]]:
    """Field judge code → the rule names its judge reports (`judge_rules` in codes.toml), in the table's order."""
    return {c: e.judge_rules for c, e in code_table(lang).items() if e.judge_rules}


def judge_codes(judge: str, lang: str = "da") -> tuple[str, ...]:
    """The codes the field judge `judge` reports (`judge = "…"` in codes.toml), in the table's order."""
    return tuple(c for c, e in code_table(lang).items() if e.judge == judge)


def judged_fields(lang: str = "da") -> frozenset[str]:
    """The answers a field judge judges in full (`judge_fields` in codes.toml)."""
    return frozenset(f for e in code_table(lang).values() for f in e.judge_fields)


def privacy_codes(lang: str = "da") -> frozenset[str]:
    """The codes whose finding points at personal data."""
    return frozenset(c for c, e in code_table(lang).items() if e.privacy)


@lru_cache(maxsize=4)
def _names_pattern(lang: str) -> re.Pattern | None:
    names = code_names(lang)
    if not names:
        return None
    return re.compile(r"(?<![\w-])(" + "|".join(re.escape(c) for c in sorted(names, key=len, reverse=True))
                      + r")(?![\w-])")


def name_codes_in(text: str, lang: str = "da") -> str:
    """Replace finding codes mentioned in a message ("… (vague-verb, vague-quantifier)") by their Danish names."""
    try:
        pattern = _names_pattern(lang)
        names = code_names(lang)
    except CodeNamesError:
        return text
    return pattern.sub(lambda m: names[m.group(1)], text) if pattern else text
