"""The du-form's rules: `lexicons/<lang>/duform.toml` through the one data-file loader, as `DuformRules`."""

from __future__ import annotations

import dataclasses
import re
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Literal

from pydantic import Field, StringConstraints, model_validator

from delmaal_assistant.core.datafile import DataLoadError, DataModel, load_data
from delmaal_assistant.core.outputs import morph
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
    heading_adverbs: frozenset[str]
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
    mass_nouns: frozenset[str]
    own_helpers: frozenset[str]
    examples: tuple[Example, ...]
    person_plurals: frozenset[str] = frozenset()
    role_verbs: frozenset[str] = frozenset()
    s_verbs: frozenset[str] = frozenset()
    #: [lexicon] told_passives: passives whose subject, first in an actor's «how», is the actor itself
    told_passives: frozenset[str] = frozenset()
    #: [lexicon] staff_imperatives: imperatives staff write to each other («ring», «spørg», «giv»)
    staff_imperatives: frozenset[str] = frozenset()
    #: verb form → {preposition before «at» that is wrong after it: the verb's own} («hjælper dig i at» → «med at»)
    complements: dict[str, dict[str, str]] = dataclasses.field(default_factory=dict)
    #: [object_particles]: verb form → particles after which it needs an object («sætter … i»): «Du sætter selv i.»
    #: ends without one and is left out
    object_particles: dict[str, frozenset[str]] = dataclasses.field(default_factory=dict)
    inside_abbreviations: tuple[str, ...] = ()   # [abbreviations]: never a sentence's end ("kl.", "evt.")
    title_abbreviations: tuple[str, ...] = ()    # staff titles ("pæd.", "medarb.")
    number_abbreviations: tuple[str, ...] = ()   # before a number only ("d.", "jan.")
    unit_abbreviations: tuple[str, ...] = ()     # after a number ("10 min.", "700 kr."): an end before a capital
    lower_after_abbreviations: tuple[str, ...] = ()  # «torsd. før», «bst. på»: no capital after them (ends: the splitter)
    #: [abbreviations] words: a staff shortening of a thing or a time → (bare, definite) plain word («afd.»)
    word_abbreviations: dict[str, tuple[str, str]] = dataclasses.field(default_factory=dict)
    #: [abbreviations] times: the same for a time of day («eftm.»): its bare form after «hver», «i», a day too
    time_abbreviations: dict[str, tuple[str, str]] = dataclasses.field(default_factory=dict)
    #: [abbreviations] days: a weekday written short («fre.») → (bare, definite): «hver fredag», «om fredagen»
    day_abbreviations: dict[str, tuple[str, str]] = dataclasses.field(default_factory=dict)
    support_verbs: frozenset[str] = frozenset()    # "Personalet støtter Maja i at …": Maja is the resident
    shown_verbs: frozenset[str] = frozenset()      # "Peger på billedet": what a resident without speech shows
    stance_verbs: frozenset[str] = frozenset()     # "Han vil gerne …": own words that tell the resident's wish
    shown_speech_verbs: frozenset[str] = frozenset()  # "Siger "nej" med øjnene": shown, with one of `shown_with`
    shown_with: frozenset[str] = frozenset()
    outside: frozenset[str] = frozenset()          # [lists] outside_services, lower-case
    places: frozenset[str] = frozenset()           # our own place ("bostedet"): "vi" acting, a place after «på»
    #: [lists] organisation_heads: a capitalised word ending in one names a service, never a han/hun
    organisation_heads: tuple[str, ...] = ()
    #: [lists] workplace_heads: a definite noun ending in one after «på/fra/hos/ved/i» is another workplace
    workplace_heads: tuple[str, ...] = ()
    #: [lists] event_nouns: definite nouns that always lean on the sentence before ("tiden", "aftalen")
    event_nouns: frozenset[str] = frozenset()
    #: [lists] meeting_nouns: a bare noun for a meeting that takes place («besøg», «møde»): a note «<time> møde med
    #: …» is said «<time> er der møde med …»
    meeting_nouns: frozenset[str] = frozenset()
    #: [names]: a first name → "han"/"hun" (for when the analyser is missing or does not know the name)
    names: dict[str, str] = dataclasses.field(default_factory=dict)
    #: role words that are the resident when the wording names them so («At barnet selv …»; `wording_roles`)
    wording_roles: tuple[tuple[str, ...], ...] = ()
    #: the resident's role word without its article in staff notes («sammen med borger kl 18»; transform._bare_role)
    bare_roles: frozenset[str] = frozenset()
    #: staff-only words naming a diagnosis, not staff-only as the resident's own or in a medicine's name
    own_diagnoses: tuple[str, ...] = ()
    own_medicine: tuple[str, ...] = ()
    #: [staff_bare]: a bare staff role word in notes → the definite form the rules say («dagvagt» → «dagvagten»)
    staff_bare: dict[str, str] = dataclasses.field(default_factory=dict)


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
    heading_adverbs: tuple[Word, ...] = ()
    adverbials: tuple[Word, ...]
    weak_pronouns: tuple[Word, ...]
    not_verbs: tuple[Word, ...]
    irregular_finite: tuple[Word, ...]
    de_determiners: tuple[Word, ...] = ()
    adjectives: tuple[Word, ...] = ()
    collective_nouns: tuple[Word, ...] = ()
    mass_nouns: tuple[Word, ...] = ()
    own_helpers: tuple[Word, ...] = ()
    person_plurals: tuple[Word, ...] = ()
    role_verbs: tuple[Word, ...] = ()
    s_verbs: tuple[Word, ...] = ()
    told_passives: tuple[Word, ...] = ()
    staff_imperatives: tuple[Word, ...] = ()
    outside_services: tuple[Word, ...] = ()
    organisation_heads: tuple[Word, ...] = ()
    workplace_heads: tuple[Word, ...] = ()
    places: tuple[Word, ...] = ()
    support_verbs: tuple[Word, ...] = ()
    shown_verbs: tuple[Word, ...] = ()
    stance_verbs: tuple[Word, ...] = ()
    shown_speech_verbs: tuple[Word, ...] = ()
    shown_with: tuple[Word, ...] = ()
    event_nouns: tuple[Word, ...] = ()
    meeting_nouns: tuple[Word, ...] = ()
    own_diagnoses: tuple[Word, ...] = ()
    own_medicine: tuple[Word, ...] = ()

    @model_validator(mode="after")
    def _diagnoses_are_staff_only(self):
        for w in self.own_diagnoses:
            if w.lower() not in {s.lower() for s in self.staff_only}:
                raise ValueError(f"«{w}» under own_diagnoses skal også stå under staff_only")
        return self


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


_ABBREV = Annotated[str, StringConstraints(strip_whitespace=True, pattern=rf"^[{_LETTER}]+(?:\.[{_LETTER}]+)*$")]


class _Abbreviations(DataModel):
    """[abbreviations]: written without the final period ("kl", "f.eks"); each word once in the whole table."""

    inside: tuple[_ABBREV, ...] = Field(min_length=1)
    titles: tuple[_ABBREV, ...] = Field(min_length=1)
    units: tuple[_ABBREV, ...] = ()
    before_number: tuple[_ABBREV, ...] = ()
    lower_after: tuple[_ABBREV, ...] = ()
    words: dict[_ABBREV, tuple[Word, Word]] = {}
    times: dict[_ABBREV, tuple[Word, Word]] = {}
    days: dict[_ABBREV, tuple[Word, Word]] = {}   # (each also a word of `lower_after`: how it splits is said there)

    @model_validator(mode="after")
    def _once(self):
        for w in self.titles:
            if w not in (w.lower(), w.upper()):
                raise ValueError(f"titlen «{w}» skal skrives med små bogstaver (en forkortelse: «kp.», «Kp.») eller "
                                 f"med store (et akronym, alle former: «SSA.»)")
        seen: dict[str, str] = {}
        for key in ("inside", "titles", "units", "before_number", "lower_after", "words", "times"):
            for w in getattr(self, key):
                if w.lower() in seen:
                    raise ValueError(f"forkortelsen «{w}» står to gange ({seen[w.lower()]} og {key})")
                seen[w.lower()] = key
        for w in self.days:
            if w.lower() not in {x.lower() for x in self.lower_after}:
                raise ValueError(f"dagen «{w}» under days skal også stå under lower_after")
        return self


class _DuformFile(DataModel):
    """lexicons/<lang>/duform.toml (validated at load: a misspelt key is a Danish error naming file and key)."""

    lang: str
    generic_subjects: tuple[Word, ...]
    generic_genitives: tuple[Word, ...]
    wording_roles: tuple[Word, ...] = ()
    bare_roles: tuple[Word, ...] = ()
    staff: dict[str, _Forms]
    staff_abbreviations: dict[str, _AbbrevForms]
    staff_bare: dict[str, Word] = {}
    plain: dict[str, Word]
    abbreviations: _Abbreviations
    lists: _Lists
    possessive: _Possessive
    others: dict[str, Literal["", "han", "hun"]]
    complements: dict[str, dict[str, Word]] = {}
    object_particles: dict[str, tuple[Word, ...]] = {}
    names: _Names = _Names()
    examples: list[_Example] = Field(min_length=1)

    @model_validator(mode="after")
    def _outside_is_never_us(self):
        """The words that become "vi"/"os"/"en af os" are our own staff only: an outside service listed in
        [lists] outside_services may not be one of them (issue 24: «ringer til DP» said «ringer til en af os»)."""
        us = ("vi", "os", "vores", "en af os")
        outside = {w.lower() for w in self.lists.outside_services}
        for word in self.staff:
            if word.lower() in outside:
                raise ValueError(f"«{word}» står under [staff], men er en ekstern instans (outside_services): "
                                 f"den må aldrig blive «vi»/«en af os»")
        for word, f in self.staff_abbreviations.items():
            if word.lower() in outside and ({f.subject, f.object, f.genitive} & set(us)):
                raise ValueError(f"«{word}» under [staff_abbreviations] er en ekstern instans (outside_services) "
                                 f"og må ikke siges som «vi»/«os»/«en af os»/«vores»; skriv den ud")
        for word in self.staff_bare:
            if word.lower() in outside:
                raise ValueError(f"«{word}» under [staff_bare] er en ekstern instans (outside_services)")
        for word in self.lists.places:
            if word.lower() not in {w.lower() for w in self.staff}:
                raise ValueError(f"stedet «{word}» under [lists] places skal også stå under [staff]")
        return self


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
        heading_adverbs=frozenset(L.heading_adverbs),
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
        mass_nouns=frozenset(s.lower() for s in L.mass_nouns),
        own_helpers=frozenset(s.lower() for s in L.own_helpers),
        examples=tuple(Example(e.text, e.resident, e.gender, e.expect, e.reason) for e in f.examples),
        person_plurals=frozenset(s.lower() for s in L.person_plurals),
        role_verbs=frozenset(s.lower() for s in L.role_verbs),
        s_verbs=frozenset(s.lower() for s in L.s_verbs),
        told_passives=frozenset(s.lower() for s in L.told_passives),
        staff_imperatives=frozenset(s.lower() for s in L.staff_imperatives),
        complements={k.lower(): {p.lower(): q for p, q in v.items()} for k, v in f.complements.items()},
        object_particles={k.lower(): frozenset(p.lower() for p in v) for k, v in f.object_particles.items()},
        places=frozenset(s.lower() for s in L.places),
        outside=frozenset(s.lower() for s in L.outside_services),
        organisation_heads=tuple(sorted({s.lower() for s in L.organisation_heads}, key=lambda w: (-len(w), w))),
        workplace_heads=tuple(sorted({s.lower() for s in L.workplace_heads}, key=lambda w: (-len(w), w))),
        support_verbs=frozenset(s.lower() for s in L.support_verbs),
        shown_verbs=frozenset(s.lower() for s in L.shown_verbs),
        stance_verbs=frozenset(s.lower() for s in L.stance_verbs),
        shown_speech_verbs=frozenset(s.lower() for s in L.shown_speech_verbs),
        shown_with=frozenset(s.lower() for s in L.shown_with),
        inside_abbreviations=tuple(f.abbreviations.inside),
        title_abbreviations=tuple(f.abbreviations.titles),
        number_abbreviations=tuple(f.abbreviations.before_number),
        unit_abbreviations=tuple(f.abbreviations.units),
        lower_after_abbreviations=tuple(f.abbreviations.lower_after),
        word_abbreviations={k.lower(): (v[0], v[1]) for k, v in (*f.abbreviations.words.items(),
                                                                   *f.abbreviations.times.items())},
        time_abbreviations={k.lower(): (v[0], v[1]) for k, v in f.abbreviations.times.items()},
        day_abbreviations={k.lower(): (v[0], v[1]) for k, v in f.abbreviations.days.items()},
        event_nouns=frozenset(s.lower() for s in L.event_nouns),
        meeting_nouns=frozenset(s.lower() for s in L.meeting_nouns),
        names=_names(f.names, path),
        wording_roles=tuple(tuple(s.lower().split()) for s in f.wording_roles),
        bare_roles=frozenset(s.lower() for s in f.bare_roles),
        own_diagnoses=tuple(s.lower() for s in L.own_diagnoses),
        own_medicine=tuple(s.lower() for s in L.own_medicine),
        staff_bare={k.lower(): v for k, v in f.staff_bare.items()},
    )


def _names(n: _Names, path: Path) -> dict[str, str]:
    both = set(n.men) & set(n.women)
    if both:
        raise DuformRulesError(f"{path}: [names] har «{sorted(both)[0]}» både under men og women")
    return {**{w: "han" for w in n.men}, **{w: "hun" for w in n.women}}


def is_outside(word: str, r: DuformRules) -> bool:
    """`word` names an outside service or place ([lists] outside_services: «jobcentret», «misbrugscentrets»,
    «busværkstedet»): its staff are never "vi"/"en af os"."""
    low = word.lower()
    low = low[:-1] if low.endswith("s") and low[:-1] in r.outside else low
    return low in r.outside or any(low.endswith(x) for x in r.outside if len(x) > 6 and " " not in x)



@lru_cache(maxsize=4096)
def rx(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile`, kept: for the patterns made from the rules' word lists (one per staff-only word, [plain] key,
    role word, weekday …) and used in a loop over the list. There are more of them than the `re` module keeps (512,
    dropped oldest first), so `re.search(f"…{word}…", text)` compiled each of them again on every sentence: about
    400 compiles per "Dit delmål", most of its time (issue 28). Same patterns, same flags, same matches."""
    return re.compile(pattern, flags)


@lru_cache(maxsize=4)
def _file_rules(lang: str) -> DuformRules:
    return load_rules(lexicon_dir(lang) / "duform.toml")


#: the role word the wording names the resident by in the delmål being said («barnet» of «At barnet selv …»): while
#: set (`wording_role`), `rules()` reads it as one of generic_subjects – the resident in every field – and no longer
#: as another person of [others]
_ROLE: ContextVar[tuple[str, ...]] = ContextVar("wording_role", default=())


def rules(lang: str = "da") -> DuformRules:
    role = _ROLE.get()
    return _with_role(lang, role) if role else _file_rules(lang)


@lru_cache(maxsize=16)
def _with_role(lang: str, role: tuple[str, ...]) -> DuformRules:
    r = _file_rules(lang)
    if role in r.generic_subjects:
        return r
    word = " ".join(role)
    return dataclasses.replace(
        r, generic_subjects=tuple(sorted((*r.generic_subjects, role), key=len, reverse=True)),
        generic_genitives=r.generic_genitives | {word + "s"},
        others={k: v for k, v in r.others.items() if k not in (word, word + "s")})


@contextmanager
def wording_role(role: str):
    """While saying one delmål whose wording names the resident by a role of `wording_roles` («At barnet …»): that
    word is the resident in all its fields (`rules()`). Any other word, or "", changes nothing."""
    words = tuple(role.lower().split())
    token = _ROLE.set(words if words in _file_rules("da").wording_roles else ())
    try:
        yield
    finally:
        _ROLE.reset(token)


# what the analyser does not know of a first name, the [names] list says (morph.listed_name_gender)
morph.use_name_list(lambda word: rules("da").names.get(word))
