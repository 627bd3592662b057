"""The resident's side in the second person: a staff text about the resident ("At Mads selv vasker sit tøj hver
tirsdag", "KP minder Mads om …") said to the resident ("Du vasker selv dit tøj hver tirsdag", "Din kontaktperson
minder dig om …"), by rules in `lexicons/<lang>/duform.toml`.

- `find_resident(d)` → who the resident is: the subject of "At …" in the wording (a name, initials, "beboeren",
  "den unge" …), or "jeg" when the wording is in the resident's own words; with han/hun when the texts show it.
- `transform(text, resident)` → `Result`: the du-sentences, and every sentence left out with the reason. A
  sentence is transformed only when every mention of the resident is found and placed (subject du, object dig,
  possessive din/dit/dine agreeing with its noun, reflexives only when bound by the resident as subject); staff
  stay vi/os/vores; staff roles and abbreviations become plain words; "At X …" becomes a finite du-sentence.
  Anything else – staff-only content, a pronoun that may be someone else, a reflexive whose owner is unclear, a
  verb that cannot be found – is left out, never guessed.
No UI here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Literal

from pydantic import Field, StringConstraints

from delmaal_assistant.core.datafile import DataLoadError, DataModel, load_data
from delmaal_assistant.core.resources import lexicon_dir

_LETTER = "A-Za-zÆØÅæøåÉéÜüÖöÄä"
_WORD = re.compile(rf"[{_LETTER}0-9]+(?:[-'.][{_LETTER}0-9]+)*'?s?|§")
_REASONS = {
    "staff": "indeholder noget, der kun er til personalet ({word})",
    "pronoun": "det er uklart, om «{word}» er beboeren eller en anden",
    "reflexive": "det er uklart, hvem «{word}» hører til",
    "verb": "udsagnsordet efter «At …» blev ikke fundet",
    "name": "beboeren nævnes på en måde, reglerne ikke kan omskrive ({word})",
    "mixed": "sætningen ville blande «du» og «{word}»",
    "no_resident": "det er uklart, hvem beboeren er (delmålet begynder ikke med «At …»)",
    "reach": "«{word}» kan også være en anden person, der er nævnt lige før",
    "quote": "sætningen citerer nogen, der taler til beboeren ({word})",
    "possessive": "det er uklart, om det skal hedde din, dit eller dine ({word})",
    "grammar": "omskrivningen ville give forkert dansk ({word})",
    "self": "sætningen ville sige «du» og «dig» om to forskellige personer",
}


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
    adjectives: frozenset[str]
    de_determiners: frozenset[str]
    examples: tuple[Example, ...]


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


class _Possessive(DataModel):
    neuter_nouns: tuple[Word, ...]
    plural_nouns: tuple[Word, ...]
    singular_er: tuple[Word, ...]


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
        adjectives=frozenset(L.adjectives),
        de_determiners=frozenset(L.de_determiners),
        examples=tuple(Example(e.text, e.resident, e.gender, e.expect, e.reason) for e in f.examples),
    )


@lru_cache(maxsize=4)
def rules(lang: str = "da") -> DuformRules:
    return load_rules(lexicon_dir(lang) / "duform.toml")


# ------------------------------------------------------------------------------------------------ the resident


@dataclass(frozen=True)
class Resident:
    """Who the resident is in this delmål: `names` are the words that mean them (case as written; generic words
    such as "beboeren" are always included), `gender` is "han", "hun" or "" (unknown), `first_person` when the
    texts are the resident's own words ("Jeg …")."""

    names: tuple[str, ...] = ()
    gender: str = ""
    first_person: bool = False
    ours: bool = True   # False in an external actor's text: its staff are not "vi"/"en af os"
    known: tuple[str, ...] = ()  # other people's names the delmål gives (its external actors: "Veninden Trine")

    @property
    def name(self) -> str:
        return self.names[0] if self.names else ""


_AT_SUBJECT = re.compile(rf"^\s*[\"«“]?\s*At\s+([A-ZÆØÅ](?:\.[A-ZÆØÅ])+\.?|(?:[A-ZÆØÅ][{_LETTER}]*"
                         rf"(?:-[A-ZÆØÅ][{_LETTER}]*)?\.?)(?:\s+[A-ZÆØÅ][{_LETTER}]+(?=\s+[a-zæøå]))?)")
_INITIALS = re.compile(r"^[A-ZÆØÅ]{2,3}$")


_SAYS = re.compile(rf"(?:^|[.!?]\s+)([A-ZÆØÅ][{_LETTER}]+(?:-[A-ZÆØÅ][{_LETTER}]+)?)\s+(?:siger|fortæller|vil|har|er|synes|"
                   rf"ønsker|glæder|ved|kan|mener|sagde|fortalte|blev|var)\b")
_AGREED = re.compile(rf"\b[Aa]ftalt med ([A-ZÆØÅ][{_LETTER}]+(?:-[A-ZÆØÅ][{_LETTER}]+)?)\b")


def find_resident(wording: str, texts: tuple[str, ...] = (), lang: str = "da",
                  about: tuple[str, ...] = ()) -> Resident | None:
    """The resident from the wording "At X …" (a name, initials, "beboeren", "den unge" …) or "Jeg …"; None when
    the wording does not say who it is about. The gender is the han/hun that follows a mention of the resident in
    the texts with nobody else in between (unknown when both or neither are seen)."""
    r = rules(lang)
    w = (wording or "").strip()
    if re.match(r"^[\"«“]?\s*jeg\b", w, re.IGNORECASE):
        return Resident(("jeg",), "", True)
    low = w.lower()
    names: list[str] = []
    for g in r.generic_subjects:
        if re.match(r"^[\"«“]?\s*at\s+" + r"\s+".join(map(re.escape, g)) + r"\b", low):
            names.append(" ".join(g))
            break
    if not names:
        m = _AT_SUBJECT.match(w)
        if m:
            cand = m.group(1).strip()
            first = cand.split()[0]
            if first.lower() in r.adverbs or first.lower() in {"vi", "personalet", "han", "hun", "der", "det"}:
                return None
            if first in r.abbreviations or first.lower() in r.staff or first.lower() in r.others:
                return None
            names.append(cand.rstrip("."))
            if " " in cand:  # "Anne Marie": the first name alone is her too
                names.append(first)
    if not names:
        # "Sofie tager selv sin insulin …": a name, then a verb in the present tense
        m = re.match(rf"^\s*([A-ZÆØÅ][{_LETTER}]+(?:-[A-ZÆØÅ][{_LETTER}]+)?)\s+([a-zæøå]+)\b", w)
        if m and m.group(1).lower() not in r.adverbials and m.group(1).lower() not in (
                "vi", "personalet", "han", "hun", "der", "det", "den", "de") and m.group(1) not in r.abbreviations \
                and m.group(1).lower() not in r.others and m.group(1).lower() not in r.staff \
                and _finite(_T(m.group(2), " "), r):
            names.append(m.group(1))
    if not names:
        return None
    if names[0].lower() in {" ".join(g) for g in r.generic_subjects}:
        # "At den unge …" but "Sofie siger, at …" in the resident's own account: Sofie is the resident too
        for text in about:
            m = _SAYS.search(text or "") or _AGREED.search(text or "")
            if m and m.group(1).lower() not in r.others and m.group(1).lower() not in r.staff \
                    and m.group(1) not in r.abbreviations and m.group(1).lower() not in r.adverbials \
                    and m.group(1).lower() not in ("vi", "han", "hun", "de", "det", "der", "den", "personalet"):
                names.append(m.group(1))
                break
    return Resident(tuple(names), _gender(names, (w, *texts, *about), r), False)


def _gender(names: list[str], texts: tuple[str, ...], r: DuformRules) -> str:
    votes: set[str] = set()
    gendered = "|".join(re.escape(o) for o, g in r.others.items() if g)
    for text in texts:
        for sent in _sentences(text):
            body = sent[1:]
            if re.search(rf"\b(?:{gendered})\b", sent, re.IGNORECASE) or re.search(
                    rf"(?<![.!?]\s)(?<!^)\b[A-ZÆØÅ][a-zæøå]+", body.replace(names[0], "")):
                continue  # someone else who may be "han"/"hun"
            seen = {"han" if m.group(1).lower() in ("han", "ham", "hans") else "hun"
                    for m in re.finditer(r"\b(han|hun|ham|hende|hans|hendes)\b", sent, re.IGNORECASE)}
            if len(seen) == 1:  # "Hun siger hej til ham": two people, neither known to be the resident
                votes |= seen
    alt = "|".join(re.escape(n) for n in names + [" ".join(g) for g in r.generic_subjects])
    others = "|".join(re.escape(o) for o in r.others)
    for text in texts:
        for sent in _sentences(text):
            for m in re.finditer(rf"\b(?:{alt})(?:'s|s|')?\b(?P<gap>.*?)\b(?P<p>han|hun|ham|hende|hans|hendes)\b",
                                 sent, re.IGNORECASE):
                gap = m.group("gap")
                if re.search(rf"\b(?:{others})\b", gap, re.IGNORECASE) or re.search(r"\s[A-ZÆØÅ]", gap):
                    continue
                votes.add("han" if m.group("p").lower() in ("han", "ham", "hans") else "hun")
    return votes.pop() if len(votes) == 1 else ""


# ------------------------------------------------------------------------------------------------ sentences


_ABBREV_DOT = re.compile(r"\b(kl|fx|bl\.a|ca|evt|pers|jf|mht|dvs|osv|inkl|min|nr|tlf|ugl)\.$", re.IGNORECASE)


def _sentences(text: str) -> list[str]:
    """Sentences of a text: lines (bullets dropped), then full stops that end a sentence (not "kl. 8", "1. marts",
    "fx.")."""
    out: list[str] = []
    for line in (text or "").splitlines():
        line = re.sub(r"^\s*(?:[-–•*·]|\d+[.)])\s+", "", line).strip()
        if not line:
            continue
        start = 0
        for m in re.finditer(r"[.!?]+(?=\s+[\"«“(]?[A-ZÆØÅ0-9])", line):
            head = line[start:m.end()]
            if _ABBREV_DOT.search(head):  # "kl. 8", "fx. Netto"; "1. marts" has no capital after it
                continue
            out.append(head.strip())
            start = m.end()
        if line[start:].strip():
            out.append(line[start:].strip())
    return out


# ------------------------------------------------------------------------------------------------ transform


@dataclass
class Result:
    """The du-sentences and the sentences left out, each with its Danish reason."""

    sentences: list[str] = field(default_factory=list)
    left_out: list[tuple[str, str]] = field(default_factory=list)

    @property
    def text(self) -> str:
        return " ".join(self.sentences)


@dataclass
class _T:
    word: str
    sep: str
    kind: str = "w"   # w word · R resident · RG resident genitive · P pronoun of the resident · S staff
    out: str | None = None

    @property
    def low(self) -> str:
        return self.word.lower()


class _Skip(Exception):
    def __init__(self, why: str, word: str = "") -> None:
        super().__init__(why)
        self.why, self.word = why, word


def transform(text: str, resident: Resident | None, lang: str = "da", context: str = "") -> Result:
    """`text` (one field) in du-form, sentence by sentence; see the module docstring. `context` names who else is
    in reach before the text (an external actor's name before what they do): a han/hun that may be them is left
    out."""
    r = rules(lang)
    res = Result()
    last_human = ""
    base_reach = _others_in(context, resident, r) if context else []
    reach = list(base_reach)
    for sent in _sentences(text):
        if resident is None:
            if _mentions_resident_generic(sent, r):
                res.left_out.append((sent, _REASONS["no_resident"]))
                continue
            resident_ = Resident()
        else:
            resident_ = resident
        try:
            out, last_human = _one(sent, resident_, r, last_human, reach)
        except _Skip as s:
            res.left_out.append((sent, _REASONS[s.why].format(word=s.word)))
            last_human = "?"
            reach = base_reach + _others_in(sent, resident_, r)  # in reach: the context and the sentence before
            continue
        reach = base_reach + _others_in(sent, resident_, r)
        res.sentences.append(out)
    return res


def _name_gender(word: str) -> str:
    """A person's name's gender as far as it is known ("" when not)."""
    from delmaal_assistant.core.outputs import morph
    return morph.name_gender(word) or ""


def _is_name(word: str) -> bool:
    from delmaal_assistant.core.outputs import morph
    return morph.name_gender(word) is not None


def _others_in(text: str, resident: Resident | None, r: DuformRules) -> list[str]:
    """The genders ("han", "hun", "" unknown) of the people other than the resident a text names: first names
    (any capitalised word that is not the resident, a staff role or an everyday word at the start of a sentence)
    and family words ("datteren", "mor")."""
    out: list[str] = []
    names = set(resident.names) if resident else set()
    for k, m in enumerate(_WORD.finditer(text or "")):
        w = m.group().rstrip("'s") if m.group().endswith("'s") else m.group()
        low = w.lower()
        if w in names or m.group() in names or any(w.startswith(n) for n in names if n):
            continue
        if low in r.others and r.others[low]:
            out.append(r.others[low])
        elif w[:1].isupper() and w not in r.abbreviations and low not in r.staff and low not in r.others \
                and low not in r.adverbials and low not in r.plain \
                and (k > 0 or _is_name(w) or (resident is not None and w in resident.known)) \
                and not w.isupper() and low not in ("vi", "han", "hun", "de", "du", "jeg", "det", "der", "den", "hvis",
                                                    "når", "er", "har", "målet", "delmålet"):
            g = _name_gender(w)
            if g or _is_name(w) or k > 0:
                out.append(g)
    return out


def _mentions_resident_generic(sent: str, r: DuformRules) -> bool:
    low = sent.lower()
    return any(re.search(r"\b" + r"\s+".join(g) + r"s?\b", low) for g in r.generic_subjects) or bool(
        re.search(r"\b(han|hun|ham|hende|hans|hendes|sig|sin|sit|sine)\b", low))


def _staff_only(sent: str, r: DuformRules) -> str | None:
    low = sent.lower()
    for w in r.staff_only:
        if re.search(r"(?<![\wæøå])" + re.escape(w), low):
            return w
    for w in r.staff_only_exact:
        if re.search(rf"(?<![\wæøå]){re.escape(w)}(?![\wæøå])", sent):
            return w
    return None


def _finite(t: _T, r: DuformRules) -> bool:
    low = t.low
    if low in r.irregular_finite:
        return True
    return (len(low) > 2 and low.endswith("r") and low not in r.not_verbs and t.kind == "w"
            and not t.word[:1].isupper() | False and low not in r.others)


def _tokens(sent: str, resident: Resident, r: DuformRules) -> tuple[list[_T], str]:
    for n in resident.names:
        if "." in n:  # "K.L." inside a sentence is the name, not a sentence end
            sent = re.sub(re.escape(n) + r"\.(?=.)", n, sent)
    toks: list[_T] = []
    pos = 0
    for m in _WORD.finditer(sent):
        toks.append(_T(m.group(), sent[pos:m.start()]))
        pos = m.end()
    tail = sent[pos:]
    # resident mentions, longest first: "Anne Marie", "den unge", "beboeren"; genitives "Mads'", "Annes", "TH's"
    names = [tuple(n.split()) for n in resident.names if not resident.first_person]
    names += [g for g in r.generic_subjects]
    names.sort(key=len, reverse=True)
    out: list[_T] = []
    i = 0
    while i < len(toks):
        hit = None
        for n in names:
            seg = toks[i:i + len(n)]
            if len(seg) < len(n):
                continue
            words = [t.word for t in seg]
            generic = n in r.generic_subjects
            head, last = words[:-1], words[-1]
            eq = (lambda a, b: a.lower() == b.lower()) if generic else (lambda a, b: a == b)
            if not all(eq(a, b) for a, b in zip(head, n[:-1])):
                continue
            nl = n[-1]
            if eq(last, nl):
                hit = ("R", len(n))
            elif any(eq(last, nl + suf) for suf in ("'", "'s", "s")) and not (generic and last.lower() == nl + "s"
                                                                                  and False):
                hit = ("RG", len(n))
            if hit:
                break
        if hit is None and toks[i].low in r.generic_genitives:
            hit = ("RG", 1)
        if hit:
            kind, n = hit
            out.append(_T(" ".join(t.word for t in toks[i:i + n]), toks[i].sep, kind))
            i += n
            continue
        out.append(toks[i])
        i += 1
    return out, tail


def _possessive(toks: list[_T], k: int, r: DuformRules) -> str:
    """din/dit/dine for the noun after position k (adjectives such as "egen", "nye" are passed over)."""
    words = [t.low for t in toks[k + 1:k + 4]]
    while words and words[0] in r.adjectives and len(words) > 1:
        if words[0] == "eget":
            return "dit"
        if words[0] == "egne":
            return "dine"
        words = words[1:]
    return _agree(words[0], r) if words else "din"


def _agree(noun: str, r: DuformRules) -> str:
    from delmaal_assistant.core.outputs import morph
    known = morph.noun_agreement(noun)
    if known:
        return known
    noun = noun.lower()
    if noun.endswith("er") and len(noun) > 4 and noun not in r.singular_er and noun not in r.plural_nouns \
            and not any(noun.endswith(w) for w in (*r.plural_nouns, *r.singular_er, *r.neuter_nouns) if len(w) >= 3):
        raise _Skip("possessive", noun)  # "behandler" (one) or "varer" (many)? not guessed
    for lst, form in ((r.plural_nouns, "dine"), (r.neuter_nouns, "dit"), (r.singular_er, "din")):
        # a compound takes the gender of its last part: "spisebord" like "bord", "vasketøj" like "tøj"
        if noun not in lst and any(noun.endswith(w) and len(noun) - len(w) >= 3 for w in lst if len(w) >= 3):
            return form
    if noun in r.plural_nouns or (noun.endswith(("erne", "ene")) and noun not in r.singular_er):
        return "dine"
    if noun in r.neuter_nouns or (noun.endswith("et") and len(noun) > 4 and noun not in r.singular_er):
        return "dit"
    if noun.endswith("er") and len(noun) > 4 and noun not in r.singular_er:
        return "dine"
    return "din"


def _cap(word: str, like: str, start: bool) -> str:
    """`word` with a capital letter at the start of the sentence only."""
    return word[:1].upper() + word[1:] if start else word


def _normalise(sent: str) -> str:
    """Staff shorthand written out before the rules read it: "medarb.", "pæd.", "SSA'en", "(SSH)" …"""
    s = re.sub(r"\b(medarb|pæd)\.$", r"\1. .", sent.rstrip())  # the abbreviation's dot ends the sentence too
    s = re.sub(r"\s*\((?:[A-ZÆØ]{2,4}|pæd\.|medarb\.|SSA|SSH|SOSU)\)", "", s)   # "Dagvagten (SSA)" → "Dagvagten"
    s = re.sub(r",\s*(?:pæd|medarb)\.\)", ")", s)                                     # "(Peter, pæd.)" → "(Peter)"
    s = re.sub(r"\b([Ee]n|[Dd]en|[Ss]amme|[Aa]nden|[Hh]ver|[Ff]ast|[Ee]n anden)\s+(medarb|pæd)\.(?=[\s,])",
               lambda m: m.group(1) + " " + ("medarbejder" if m.group(2) == "medarb" else "pædagog"), s)
    s = re.sub(r"\b([Mm]edarb|[Pp]æd)\.(?=[\s,;)])", lambda m: (m.group(1)[0] + (
        "edarbejderen" if m.group(1).lower() == "medarb" else "ædagogen")), s)
    s = re.sub(r"\b(?:SSA|SSH|SOSU)'ens\b", "medarbejderens", s)
    s = re.sub(r"\b(?:SSA|SSH|SOSU)'en\b", "medarbejderen", s)
    s = re.sub(r"\b([Ee]n|[Dd]en) (?:SSA|SSH|SOSU)\b", r"\1 medarbejder", s)
    s = re.sub(r"(?<!\w)(?:SSA|SSH)(?=\s+[a-zæøå])", "Medarbejderen" if sent.startswith(("SSA", "SSH")) else
               "medarbejderen", s)
    return re.sub(r"\s+\.$", ".", s)


def _one(sent: str, resident: Resident, r: DuformRules, last_human: str,
         reach: list[str] | None = None) -> tuple[str, str]:
    bad = _staff_only(sent, r)
    if bad:
        raise _Skip("staff", bad.strip())
    sent = _normalise(sent)
    for q in re.finditer(r"'[^']+'|«[^»]+»|\"[^\"]+\"|“[^”]+”", sent):  # someone speaking to the resident
        if any(re.search(rf"(?<![\wæøå]){re.escape(n)}(?![\wæøå])", q.group(0), re.IGNORECASE)
               for n in resident.names if n != "jeg"):
            raise _Skip("quote", q.group(0))
    reach = reach or []
    toks, tail = _tokens(sent, resident, r)
    if not toks:
        return sent, last_human
    first_person = resident.first_person
    g = resident.gender
    # mark pronouns of the resident's gender (resolved below) and first-person words
    he = {"han": "S", "ham": "O", "hans": "G"}
    she = {"hun": "S", "hende": "O", "hendes": "G"}
    # "At X (adverbials) (adverbs) V …" → "(Adverbials) V du (adverbs) …"
    if toks[0].low == "at" and len(toks) > 2 and toks[1].kind == "R":
        toks = _at_sentence(toks, r)
    clause_subject = ""       # "R" the resident, "O" someone else, "N" a thing, "" not known yet
    main_subject = ""         # the subject of the main clause (a coordinated verb shares it)
    state = "pre"             # pre: no subject or verb yet · verb: verb seen, subject slot open · done
    inverted = False          # the subject comes after the verb ("Hver mandag vasker Mads", "Hvis …, spørger vi")
    subordinate = False
    pre_words: list[str] = []
    last_object = ""
    infinitive = False
    humans_in_sentence: list[tuple[str, str]] = []  # (kind R/O, gender or "role") in order
    out_words: list[_T] = []

    def new_clause(subject: str = "", sub: bool = False) -> None:
        nonlocal clause_subject, state, pre_words, last_object, infinitive, inverted, subordinate
        clause_subject = subject
        state, pre_words, last_object, infinitive, inverted, subordinate = "pre", [], "", False, False, sub

    subject_at = -1           # index of the word last made a subject

    def set_subject(who: str) -> None:
        nonlocal clause_subject, state, main_subject, subject_at
        subject_at = k
        clause_subject, state = who, "done"
        if not subordinate and not main_subject:
            main_subject = who

    new_clause()
    opener_at = -1            # index of the last word that opened a clause ("om", "når" …): not a preposition
    for k, t in enumerate(toks):
        low = t.low
        start = k == 0
        if k > 0 and re.search(r"[,;:()–]", t.sep) and low not in r.clause_openers:
            if _finite(t, r):
                if subordinate:   # "Hvis Mads ikke vil, spørger vi …": the main clause; its subject follows
                    new_clause()
                    state, inverted = "verb", True
                else:             # "…, lægger tøjet på plads": the same subject
                    new_clause(main_subject or clause_subject)
            # else "…, efter sin liste": the same clause goes on
        # "når" right after the clause's subject is the verb ("så hun når bussen"), not "when"
        verb_naar = low == "når" and k > 0 and toks[k - 1].out in ("du", "Du") and clause_subject == "R"
        if low in r.clause_openers and t.kind == "w" and not verb_naar \
                and not (low == "om" and not _opens_clause(toks, k, r)):
            if low == "at" and k + 1 < len(toks) and toks[k + 1].kind == "w" and toks[k + 1].low not in \
                    ("du", "vi", "han", "hun", "de", "der", "det", "jeg") and k > 0:
                infinitive = True  # "med at tage sin medicin": the controller owns "sin"
                t.out = t.word
                out_words.append(t)
                continue
            if low in ("og", "eller", "men"):
                nxt = toks[k + 1] if k + 1 < len(toks) else None
                t.out = t.word
                out_words.append(t)
                if nxt is not None and _finite(nxt, r) and subordinate and main_subject \
                        and main_subject != clause_subject:
                    new_clause("?")  # "…, når vi har spurgt, og kommer …": whose verb? a reflexive after it is left out
                    opener_at = k
                elif nxt is not None and _finite(nxt, r):
                    new_clause(clause_subject, sub=subordinate)  # "… og lægger …": the same subject
                    opener_at = k
                elif nxt is not None and _is_person(nxt, r) and k + 2 < len(toks) and (
                        _finite(toks[k + 2], r) or toks[k + 2].low in r.adverbs):
                    new_clause()                    # "… og Mads vælger …": a new subject
                    opener_at = k
                # else "sit buskort og sin madpakke": the same clause goes on
                continue
            if low in ("som", "der") and state != "pre" and not (k + 1 < len(toks) and _is_person(toks[k + 1], r)):
                t.out = t.word  # "som"/"der" as the subject of a relative clause
                out_words.append(t)
                continue
            new_clause(sub=low not in ("så",))
            opener_at = k
            t.out = t.word
            out_words.append(t)
            continue
        # a person before the clause's finite verb is its subject ("…, hvor mange morgener Mads har …"); after the
        # verb only when what stood before it was an adverbial ("Hver mandag vasker Mads …")
        subject_slot = (state == "pre" and clause_subject == "") or (state == "verb" and inverted)
        prev = toks[k - 1].low if k > 0 else ""
        after_prep = prev in r.prepositions and k > 0 and opener_at != k - 1
        # a person right before a finite verb is its subject ("det, Mads har lavet")
        before_verb = k + 1 < len(toks) and (_finite(toks[k + 1], r) or (
            toks[k + 1].low in r.adverbs and k + 2 < len(toks) and _finite(toks[k + 2], r)))
        if before_verb and not after_prep and state != "verb":
            subject_slot = True
        nxt_low = toks[k + 1].low if k + 1 < len(toks) else ""
        determiner = (nxt_low in r.de_determiners or nxt_low[:1].isdigit()) and not (
            state == "verb" and inverted and k > 0 and _finite(toks[k - 1], r))  # "de første gange" · "holder de 5 …"
        if low == "de" and t.kind == "w" and k > 0 and _finite(toks[k - 1], r) and nxt_low not in r.de_determiners:
            raise _Skip("pronoun", t.word)  # "… holder de en pause": they – the resident and who?
        if low == "de" and t.kind == "w" and not determiner and (subject_slot or before_verb or nxt_low.endswith("s")):
            raise _Skip("pronoun", t.word)  # "de": the resident and someone else? or others? not said
        # "… ser KP og Mads på planen": a person coordinated with the subject is a subject too
        if k > 1 and toks[k - 1].low in ("og", "eller") and subject_at == k - 2:
            subject_slot, after_prep = True, False
        if t.kind == "R":
            if subject_slot and not after_prep:
                t.out = _cap("du", t.word, start)
                set_subject("R")
            else:
                t.out = "dig"
                last_object = "R"
            humans_in_sentence.append(("R", g))
        elif t.kind == "RG":
            t.out = _cap(_possessive(toks, k, r), t.word, start)
            humans_in_sentence.append(("R", g))
            pre_words.append("_")
        elif low in he or low in she:
            role = (he.get(low) or she.get(low))
            pg = "han" if low in he else "hun"
            if first_person or not g or pg != g:
                if pg == g or not g:
                    raise _Skip("pronoun", t.word)
                t.out = t.word  # someone else (the other gender)
                humans_in_sentence.append(("O", pg))
                if role == "S" and subject_slot:
                    set_subject("O")
            else:
                # candidates: everyone before it in this sentence of a compatible gender; a non-reflexive object
                # or possessive cannot be its own clause's subject
                cands = [h for h in humans_in_sentence if h[0] == "O" and h[1] in ("", g)]
                if role in ("O", "G") and clause_subject == "O":
                    cands = cands[:-1] if cands else cands
                if not any(h[1] != "role" for h in humans_in_sentence) and last_human == "O":
                    raise _Skip("pronoun", t.word)
                if last_human == "?" and not any(h[0] == "R" for h in humans_in_sentence):
                    raise _Skip("pronoun", t.word)
                if cands:
                    raise _Skip("pronoun", t.word)
                if any(x in ("", g) for x in reach) and not any(h[0] == "R" for h in humans_in_sentence):
                    raise _Skip("reach", t.word)  # "Hanne kommer … Hvis hun ikke kan …": Hanne, maybe
                if role == "S":
                    t.out = _cap("du", t.word, start)
                    if subject_slot:
                        set_subject("R")
                elif role == "O":
                    t.out = "dig"
                    last_object = "R"
                else:
                    t.out = _cap(_possessive(toks, k, r), t.word, start)
                humans_in_sentence.append(("R", g))
        elif low in ("sig", "sin", "sit", "sine"):
            binder = (last_object or clause_subject) if infinitive else clause_subject
            if binder == "R":
                t.out = {"sig": "dig", "sin": "din", "sit": "dit", "sine": "dine"}[low]
            elif binder == "O" and k + 1 < len(toks) and r.others.get(toks[k + 1].low) and not resident.ours:
                raise _Skip("reflexive", f"{t.word} {toks[k + 1].word}")  # the actor's "sin mor" may be the resident
            elif binder == "O":
                t.out = t.word
            else:  # no subject found, or a thing ("Målet er nået, når …, efter sin liste")
                raise _Skip("reflexive", t.word)
        elif first_person and low in ("jeg", "mig", "min", "mit", "mine", "mine"):
            t.out = _cap({"jeg": "du", "mig": "dig", "min": "din", "mit": "dit", "mine": "dine"}[low], t.word, start)
            if low == "jeg":
                set_subject("R")
        elif t.word in r.abbreviations or t.word.rstrip("s").rstrip("'") in r.abbreviations:
            base = t.word if t.word in r.abbreviations else t.word.rstrip("s").rstrip("'")
            subj, obj, gen = r.abbreviations[base]
            if base != t.word:
                t.out = _cap(gen, t.word, start)
            else:
                t.out = _cap(subj if subject_slot else obj, "x", start)
            humans_in_sentence.append(("O", "role"))
            if subject_slot and base == t.word:
                set_subject("O")
            elif base == t.word:
                last_object = "O"
        elif low in r.staff:
            subj, obj = r.staff[low]
            form = subj if subject_slot and not after_prep else obj
            if (not resident.ours and not form.startswith("din")) or (
                    k + 1 < len(toks) and toks[k + 1].kind == "w" and toks[k + 1].word[:1].isupper()
                    and not toks[k + 1].sep.strip()):
                form = t.word if start else low  # the actor's own staff are not "vi"; "medarbejderen Ali" stays
            prev_low = toks[k - 1].low if k > 0 else ""
            if form.startswith("en ") and k > 0 and prev_low in ("en", "et") and out_words:
                form = form[3:]  # "en pædagog" → "en af os", not "en en af os"
            elif form.startswith("en ") and prev_low in ("den", "denne"):
                form = form[3:]  # "den pædagog, der …" → "den af os, der …"
            elif form.startswith(("en ", "vi", "os", "vores")) and k > 0 and resident.ours and not (
                    prev_low in r.prepositions or prev_low in r.clause_openers or _finite(toks[k - 1], r)
                    or prev_low in ("og", "eller", "men", "ikke", "også", "selv", "kun", "altid", "så")
                    or prev_low in r.adverbials):
                raise _Skip("grammar", f"{toks[k - 1].word} {t.word}")  # "samme pædagog", "caféens personale"
            t.out = _cap(form, t.word, start)
            if subj != "vi":  # "personalet" (vi) is never "han" or "hun"
                humans_in_sentence.append(("O", "role"))
            if subject_slot and not after_prep:
                set_subject("O")
            else:
                last_object = "O"
        elif low in ("vi", "jeg", "man", "de", "hvem") or low in r.others or (
                t.word[:1].isupper() and (not start or _is_name(t.word) or t.word in resident.known) and t.kind == "w"
                and low not in r.plain):
            t.out = t.word
            if low in r.others:
                humans_in_sentence.append(("O", r.others[low] or "role"))
            elif t.word[:1].isupper() and not after_prep and low not in ("vi", "jeg", "man", "de", "hvem"):
                humans_in_sentence.append(("O", _name_gender(t.word)))  # another person's name (or a place)
            if subject_slot and not after_prep:
                set_subject("O")
            elif low in r.others:
                last_object = "O"
        else:
            t.out = t.word
            if state == "verb" and subject_slot and low not in r.adverbs and low not in r.prepositions \
                    and not _finite(t, r) and low not in ("ikke", "det", "der", "så"):
                set_subject("N")  # "Tirsdag banker bostøtten på …": the subject after the verb
            elif state == "pre" and _finite(t, r):
                if start and "," in sent:
                    state, inverted, subordinate = "verb", True, True  # "Bliver det for meget, går …": a condition
                elif not pre_words and clause_subject:
                    state = "done"      # "…, og lægger …": the same subject as before
                elif not pre_words or _all_adverbial(pre_words, r) or _fronted_adverbial(pre_words, r):
                    state, inverted = "verb", True  # "Hver mandag vasker …": the subject comes after the verb
                else:
                    set_subject("N")    # "Bussen kører …", "Målet er …": a subject that is not a person
            elif state == "pre":
                pre_words.append(low)
        out_words.append(t)
    text = "".join(t.sep + (t.out if t.out is not None else t.word) for t in out_words) + tail
    text = _plain(text, r)
    text = _tidy(text, r)
    text = text[:1].upper() + text[1:]
    _safety(text, resident, r)
    last = [h for h in humans_in_sentence if h[1] != "role" and (h[0] == "R" or h[1] in ("", resident.gender))]
    return text, (last[-1][0] if last else last_human)


_MID_ADVERBS = r"(?:ikke|også|altid|aldrig|gerne|selv|kun|stadig|tit|ofte)"


def _tidy(text: str, r: DuformRules) -> str:
    """What the word-by-word rules leave: "Din kontaktperson (din kontaktperson)" said once; an unstressed
    pronoun before the clause adverbs ("låner ikke dig penge" → "låner dig ikke penge", "hænger selv det op" →
    "hænger det selv op")."""
    text = re.sub(r"\b([\wæøå]+(?: [\wæøå]+)?) \(\1\)", r"\1", text, flags=re.IGNORECASE)
    text = re.sub(r"\b(en af os)( [\wæøå]+)? eller en af os\b", r"\1\2", text, flags=re.IGNORECASE)
    verb = lambda m, k: m.group(0) if m.group(1).lower() in r.not_verbs | {"heller", "hver", "mere"} else k  # noqa: E731
    text = re.sub(rf"\b([a-zæøå]+r) ({_MID_ADVERBS}(?: {_MID_ADVERBS})?) (dig|os)\b(?! selv)",
                  lambda m: verb(m, f"{m.group(1)} {m.group(3)} {m.group(2)}"), text)
    text = re.sub(rf"\b([a-zæøå]+r) ({_MID_ADVERBS}(?: {_MID_ADVERBS})?) (det|dem)\b(?= (?:op|ned|ind|ud|af|på|væk|"
                  r"hen|frem|tilbage|sammen)\b|[.,;]|$)", lambda m: verb(m, f"{m.group(1)} {m.group(3)} {m.group(2)}"),
                  text)
    return text


def starts_with_verb(text: str, r: DuformRules) -> bool:
    """A text that begins with a finite verb ("Vasker sit eget tøj"): a title or phrase without its subject."""
    m = _WORD.match(text.strip())
    return bool(m) and _finite(_T(m.group().lower(), ""), r) and m.group().lower() not in r.adverbials


def _opens_clause(toks: list[_T], k: int, r: DuformRules) -> bool:
    """"om" opens a clause ("…, om Mads vil") when a person and then a verb or an adverb follow; else it is a
    preposition ("minder Mads om at tage …")."""
    if k + 2 >= len(toks):
        return False
    who, nxt = toks[k + 1], toks[k + 2]
    person = who.kind == "R" or who.low in ("han", "hun", "vi", "du", "jeg", "de") or who.low in r.staff \
        or who.word in r.abbreviations or who.low in r.others
    return person and (_finite(nxt, r) or nxt.low in r.adverbs)


def _is_person(t: _T, r: DuformRules) -> bool:
    return t.kind in ("R", "RG") or t.low in ("han", "hun", "vi", "du", "jeg", "de", "hans", "hendes") \
        or t.low in r.staff or t.word in r.abbreviations or t.low in r.others


_TIME_NOUNS = re.compile(r"^(?:dag|dage|dagen|uge|ugen|uger|måned|måneden|morgen|morgenen|aften|aftenen|gang|gangen|"
                         r"weekend|weekenden|eftermiddag|eftermiddagen|formiddag|formiddagen|nat|natten|"
                         r"(?:man|tirs|ons|tors|fre|lør|søn)dag(?:en)?)$")


def _fronted_adverbial(words: list[str], r: DuformRules) -> bool:
    """Words before the finite verb that are an adverbial, not a subject: they begin with a preposition or an
    adverb ("Hjemme igen lægger …", "I februar går …") or name a time ("Den sidste dag i måneden holder …")."""
    if not words:
        return False
    return words[0] in r.prepositions or words[0] in ("hjemme", "derhjemme", "ude", "inde", "bagefter",
                                                      "derefter", "samme", "senere", "næste", "sidste") \
        or any(_TIME_NOUNS.match(w) for w in words)


def _all_adverbial(words: list[str], r: DuformRules) -> bool:
    return bool(words) and all(w in r.adverbials or w.isdigit() or w in r.adverbs or re.fullmatch(r"\d+[.:]?\d*", w)
                               for w in words)


def _at_sentence(toks: list[_T], r: DuformRules) -> list[_T]:
    """"At R (time words) (adverbs) V (weak pronoun) rest" → "(Time words) V R (weak pronoun) (adverbs) rest";
    the resident token R becomes "du" in the main pass."""
    subj = toks[1]
    j = 2
    adverbs: list[_T] = []
    fronted: list[_T] = []
    while j < len(toks) and not _finite(toks[j], r):
        t = toks[j]
        if t.low in r.adverbs:
            adverbs.append(t)
        elif t.low in r.adverbials or t.low.isdigit() or t.low in ("kl", "klokken"):
            fronted.append(t)
        else:
            raise _Skip("verb")
        j += 1
    if j >= len(toks):
        raise _Skip("verb")
    verb = toks[j]
    rest = toks[j + 1:]
    weak: list[_T] = []
    if adverbs and rest and rest[0].low in r.weak_pronouns | {"sig"}:
        weak, rest = [rest[0]], rest[1:]
    if fronted:
        head = [_T(fronted[0].word[:1].upper() + fronted[0].word[1:], "")] + \
               [_T(t.word, t.sep if t.sep.strip() in ("", ".") else " ") for t in fronted[1:]]
        new = head + [_T(verb.word, " "), _T(subj.word, " ", "R")]
    else:
        new = [_T(subj.word, "", "R"), _T(verb.word, " ")]
    new += [_T(w.word, " ") for w in weak] + [_T(a.word, " ") for a in adverbs]
    if rest:
        rest = [_T(rest[0].word, rest[0].sep or " ", rest[0].kind)] + rest[1:]
    # "…, og at Mads går til samtale": the second "at" goes; its clause is a main clause too
    i = 0
    while i + 1 < len(rest):
        if rest[i].low == "og" and rest[i + 1].low == "at":
            del rest[i + 1]
            # "og R (adverbs) V" → "og R V (adverbs)"
            if i + 1 < len(rest):
                j = i + 2
                while j < len(rest) and rest[j].low in r.adverbs:
                    j += 1
                if j > i + 2 and j < len(rest) and _finite(rest[j], r):
                    advs, verb = rest[i + 2:j], rest[j]
                    rest[i + 2:j + 1] = [_T(verb.word, " ")] + [_T(a.word, " ") for a in advs]
                if i + 1 < len(rest) and rest[i + 1].kind == "w" and rest[i + 1].low not in r.staff:
                    pass
        i += 1
    # a coordinated verb of the "At" clause: "og selv ringer" → "og ringer selv" (main-clause order)
    i = 0
    while i < len(rest):
        if rest[i].low == "og":
            j = i + 1
            while j < len(rest) and rest[j].low in r.adverbs:
                j += 1
            if j > i + 1 and j < len(rest) and _finite(rest[j], r):
                advs = rest[i + 1:j]
                verb = rest[j]
                weak_ = [rest[j + 1]] if j + 1 < len(rest) and rest[j + 1].low in r.weak_pronouns else []
                rest[i + 1:j + 1 + len(weak_)] = [_T(verb.word, " ")] + [_T(w.word, " ") for w in weak_] + \
                    [_T(a.word, " ") for a in advs]
        i += 1
    return new + rest


def _plain(text: str, r: DuformRules) -> str:
    for staff, plain in r.plain.items():
        def rep(m: re.Match, plain: str = plain) -> str:
            w = m.group(0)
            return plain[:1].upper() + plain[1:] if w[:1].isupper() and not staff[:1].isupper() else plain
        text = re.sub(rf"(?<![\wæøåÆØÅ-]){re.escape(staff)}(?![\wæøåÆØÅ-])", rep, text, flags=re.IGNORECASE)
    return text


_SECOND = re.compile(r"\b(du|dig|din|dit|dine)\b", re.IGNORECASE)
_THIRD = re.compile(r"\b(han|hun|ham|hende|hans|hendes)\b", re.IGNORECASE)


def _safety(text: str, resident: Resident, r: DuformRules) -> None:
    """What must never reach the resident, whatever the rules above did."""
    for n in resident.names:
        if n != "jeg" and re.search(rf"(?<![\wæøå]){re.escape(n)}", text, re.IGNORECASE if " " in n or n.islower()
                                     else 0):
            raise _Skip("name", n)
    for g in r.generic_subjects:
        if re.search(r"\b" + r"\s+".join(g) + r"s?\b", text, re.IGNORECASE):
            raise _Skip("name", " ".join(g))
    if _SECOND.search(text):
        m = _THIRD.search(text)
        if m:
            raise _Skip("mixed", m.group(0))
    for clause in re.split(r"[,;:]|\bog\b|\bmen\b|\bhvis\b|\bnår\b", text):
        if re.search(r"\bdu\b", clause, re.IGNORECASE) and re.search(
                r"\b(med|til|hos|ved|for|fra|sammen med) dig\b(?! selv)", clause, re.IGNORECASE):
            raise _Skip("self")
    if re.search(r"(?:,\s+|^|\bog\s+)dig\s+og\b", text, re.IGNORECASE):
        raise _Skip("grammar", "dig og")  # "mødes din kontaktperson, dig og Henrik": a subject
    if re.search(r"\b(dig|du)'s\b|\b(til|fra|med|hos|på|for|af|om) vi\b|\b(til|fra|med|hos|på|af|imod|mod|ved|uden)"
                 r" du\b", text, re.IGNORECASE):
        raise _Skip("name", "vi/dig")
    if re.search(r"\b(?:sig|sin|sit|sine)\b", text) and not _SECOND.search(text) and resident.first_person:
        raise _Skip("reflexive", "sig")
