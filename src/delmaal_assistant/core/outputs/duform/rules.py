"""The du-form's rules: `lexicons/<lang>/duform.toml` through the one data-file loader, as `DuformRules`."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Literal

from pydantic import Field, StringConstraints

from delmaal_assistant.core.datafile import DataLoadError, DataModel, load_data
from delmaal_assistant.core.resources import lexicon_dir

_LETTER = "A-Za-zÆØÅæøåÉéÜüÖöÄä"
_WORD = re.compile(rf"[{_LETTER}0-9]+(?:[-'.][{_LETTER}0-9]+)*'?s?|§")


class DuformRulesError(DataLoadError):
    """duform.toml is missing or broken (Danish message naming the file and key)."""


@dataclass(frozen=True)
class Example:
    text: str
    resident: str
    gender: str
    expect: str
    reason: str


@dataclass(frozen=True)
class DuformRules:
    generic_subjects: tuple[tuple[str, ...], ...]
    generic_genitives: frozenset[str]
    staff: dict[str, tuple[str, str]]           # lower-case word → (subject form, object form)
    abbreviations: dict[str, tuple[str, str, str]]  # case-sensitive → (subject, object, genitive)
    plain: dict[str, str]
    staff_only: tuple[str, ...]
    staff_only_exact: frozenset[str]
    clause_openers: frozenset[str]
    prepositions: frozenset[str]
    adverbs: frozenset[str]
    adverbials: frozenset[str]
    weak_pronouns: frozenset[str]
    not_verbs: frozenset[str]
    irregular_finite: frozenset[str]
    others: dict[str, str]
    neuter_nouns: frozenset[str]
    plural_nouns: frozenset[str]
    singular_er: frozenset[str]
    common_nouns: frozenset[str]
    adjectives: frozenset[str]
    de_determiners: frozenset[str]
    collective_nouns: frozenset[str]
    examples: tuple[Example, ...]
    person_plurals: frozenset[str] = frozenset()
    role_verbs: frozenset[str] = frozenset()
    s_verbs: frozenset[str] = frozenset()
    #: [lists] event_nouns: definite nouns that always lean on the sentence before ("tiden", "aftalen")
    event_nouns: frozenset[str] = frozenset()
    #: [names]: a first name → "han"/"hun" (for when the analyser is missing or does not know the name)
    names: dict[str, str] = dataclasses.field(default_factory=dict)


Word = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]


class _Forms(DataModel):
    subject: Word
    object: Word


class _AbbrevForms(_Forms):
    genitive: Word


class _Lists(DataModel):
    staff_only: tuple[Word, ...]
    clause_openers: tuple[Word, ...]
    prepositions: tuple[Word, ...]
    adverbs: tuple[Word, ...]
    adverbials: tuple[Word, ...]
    weak_pronouns: tuple[Word, ...]
    not_verbs: tuple[Word, ...]
    irregular_finite: tuple[Word, ...]
    de_determiners: tuple[Word, ...] = ()
    adjectives: tuple[Word, ...] = ()
    collective_nouns: tuple[Word, ...] = ()
    person_plurals: tuple[Word, ...] = ()
    role_verbs: tuple[Word, ...] = ()
    s_verbs: tuple[Word, ...] = ()
    event_nouns: tuple[Word, ...] = ()


class _Possessive(DataModel):
    neuter_nouns: tuple[Word, ...]
    plural_nouns: tuple[Word, ...]
    singular_er: tuple[Word, ...]
    common_nouns: tuple[Word, ...] = ()


class _Names(DataModel):
    men: tuple[Word, ...] = ()
    women: tuple[Word, ...] = ()


class _Example(DataModel):
    text: Word
    resident: str
    gender: Literal["", "han", "hun"] = ""
    expect: str
    reason: str = ""


class _DuformFile(DataModel):
    """lexicons/<lang>/duform.toml (validated at load: a misspelt key is a Danish error naming file and key)."""

    lang: str
    generic_subjects: tuple[Word, ...]
    generic_genitives: tuple[Word, ...]
    staff: dict[str, _Forms]
    staff_abbreviations: dict[str, _AbbrevForms]
    plain: dict[str, Word]
    lists: _Lists
    possessive: _Possessive
    others: dict[str, Literal["", "han", "hun"]]
    names: _Names = _Names()
    examples: list[_Example] = Field(min_length=1)


def load_rules(path: Path) -> DuformRules:
    f = load_data(path, _DuformFile, DuformRulesError)
    L = f.lists
    return DuformRules(
        generic_subjects=tuple(sorted((tuple(s.lower().split()) for s in f.generic_subjects), key=len, reverse=True)),
        generic_genitives=frozenset(s.lower() for s in f.generic_genitives),
        staff={k.lower(): (v.subject, v.object) for k, v in f.staff.items()},
        abbreviations={k: (v.subject, v.object, v.genitive) for k, v in f.staff_abbreviations.items()},
        plain=dict(f.plain),
        staff_only=tuple(s.lower() for s in L.staff_only if not s.startswith("=")),
        staff_only_exact=frozenset(s[1:] for s in L.staff_only if s.startswith("=")),
        clause_openers=frozenset(s.lower() for s in L.clause_openers),
        prepositions=frozenset(L.prepositions),
        adverbs=frozenset(L.adverbs),
        adverbials=frozenset(L.adverbials),
        weak_pronouns=frozenset(L.weak_pronouns),
        not_verbs=frozenset(L.not_verbs),
        irregular_finite=frozenset(L.irregular_finite),
        others=dict(f.others),
        neuter_nouns=frozenset(f.possessive.neuter_nouns),
        plural_nouns=frozenset(f.possessive.plural_nouns),
        singular_er=frozenset(f.possessive.singular_er),
        common_nouns=frozenset(f.possessive.common_nouns),
        adjectives=frozenset(L.adjectives),
        de_determiners=frozenset(L.de_determiners),
        collective_nouns=frozenset(s.lower() for s in L.collective_nouns),
        examples=tuple(Example(e.text, e.resident, e.gender, e.expect, e.reason) for e in f.examples),
        person_plurals=frozenset(s.lower() for s in L.person_plurals),
        role_verbs=frozenset(s.lower() for s in L.role_verbs),
        s_verbs=frozenset(s.lower() for s in L.s_verbs),
        event_nouns=frozenset(s.lower() for s in L.event_nouns),
        names=_names(f.names, path),
    )


def _names(n: _Names, path: Path) -> dict[str, str]:
    both = set(n.men) & set(n.women)
    if both:
        raise DuformRulesError(f"{path}: [names] har «{sorted(both)[0]}» både under men og women")
    return {**{w: "han" for w in n.men}, **{w: "hun" for w in n.women}}


@lru_cache(maxsize=4)
def rules(lang: str = "da") -> DuformRules:
    return load_rules(lexicon_dir(lang) / "duform.toml")
