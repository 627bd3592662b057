"""Grammatical person, by rules in `lexicons/<lang>/person.toml`.

- `propose_third_person("Jeg vil selv vaske mit tøj hver onsdag, indtil 1. marts.")`
  → "At beboeren selv vasker sit tøj hver onsdag, indtil 1. marts." (a proposal for the delmål wording, made
  from the resident's own words in meeting mode; None when the text is not a first-person statement of what the
  resident will do).
- `to_second_person(text)`: a delmål text about the resident in du-form, for "Dit delmål" (easy-read).

Word-level rules only: tokens are words and the separators between them are kept exactly, so the rest of the
text (numbers, dates, commas, double spaces) is untouched. No UI here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from typing import Annotated

from pydantic import StringConstraints

from delmaal_assistant.core.datafile import DataLoadError, DataModel, load_data
from delmaal_assistant.core.outputs import morph
from delmaal_assistant.core.outputs.duform import _T as DT
from delmaal_assistant.core.outputs.duform import _finite, _sentences
from delmaal_assistant.core.outputs.duform import rules as du_rules
from delmaal_assistant.core.resources import lexicon_dir

_WORD = re.compile(r"[A-Za-zÆØÅæøåÉéÜüÖöÄä]+(?:-[A-Za-zÆØÅæøåÉéÜüÖöÄä]+)*")
_INITIALS = re.compile(r"^[A-ZÆØÅ]{1,3}\.?$")
#: words after which a resident mention is the subject of a new clause ("når beboeren kommer hjem")
_CLAUSE_START = {"når", "hvis", "at", "og", "men", "fordi", "mens", "før", "så", "indtil", "da", "eller", "om"}
#: words that open a clause with a subject of its own (not "at"/"og"/"eller", which mostly continue the resident's)
_SUBORDINATORS = _CLAUSE_START - {"at", "og", "eller"}
#: words after "at" that are the subject of a clause of its own ("at nogen kører mig", "at min bror henter mig"),
#: not an infinitive of the resident's ("at cykle"): a "mig"/"min" in that clause is not reflexive
_AT_SUBJECTS = frozenset("jeg du i vi der det de han hun min mit mine din dit dine nogen ingen man andre alle folk "
                         "nogle vores deres hans hendes jeres".split())


class PersonRulesError(DataLoadError):
    """person.toml is missing or broken (Danish message naming the file, table and key)."""


@dataclass(frozen=True)
class PersonRules:
    subject: str
    subjects: tuple[str, ...]
    first_to_third: dict[str, str]
    third_to_second: dict[str, str]
    first_to_second: dict[str, str]
    modals: tuple[tuple[str, ...], ...]
    adverbs: frozenset[str]
    drop: frozenset[str]
    not_actions: frozenset[str]
    present: dict[str, str]
    short_verbs: frozenset[str]
    neuter_nouns: frozenset[str]
    #: [staff_wording]: the resident's du/jer → staff words, the words a sentence may open with, lead adverbs
    to_staff: dict[str, str]
    openers: frozenset[str]
    lead_adverbs: frozenset[str]


Word = Annotated[str, StringConstraints(strip_whitespace=True, to_lower=True, min_length=1)]


class _Intent(DataModel):
    modals: tuple[Word, ...]
    adverbs: tuple[Word, ...]
    drop: tuple[Word, ...] = ()
    not_actions: tuple[Word, ...] = ()


class _Words(DataModel):
    words: tuple[Word, ...]


class _Possessive(DataModel):
    neuter_nouns: tuple[Word, ...]


class _StaffWording(DataModel):
    """[staff_wording]: turning the resident's first-person words into a staff sentence."""

    to_staff: dict[str, Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]]
    openers: tuple[Word, ...]
    lead_adverbs: tuple[Word, ...] = ()


class _PersonFile(DataModel):
    lang: str
    subject: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
    subjects: tuple[Word, ...]
    first_to_third: dict[str, Word]
    third_to_second: dict[str, Word]
    first_to_second: dict[str, Word]
    intent: _Intent
    present: dict[str, str] = {}
    short_verbs: _Words
    possessive: _Possessive
    staff_wording: _StaffWording


def load_person_rules(path: Path) -> PersonRules:
    f = load_data(path, _PersonFile, PersonRulesError)
    low = lambda m: {k.lower(): v for k, v in m.items()}  # noqa: E731
    return PersonRules(
        subject=f.subject,
        subjects=f.subjects,
        first_to_third=low(f.first_to_third),
        third_to_second=low(f.third_to_second),
        first_to_second=low(f.first_to_second),
        modals=tuple(sorted((tuple(m.split()) for m in f.intent.modals), key=len, reverse=True)),
        adverbs=frozenset(f.intent.adverbs),
        drop=frozenset(f.intent.drop),
        not_actions=frozenset(f.intent.not_actions),
        present=dict(f.present),
        short_verbs=frozenset(f.short_verbs.words),
        neuter_nouns=frozenset(f.possessive.neuter_nouns),
        to_staff=low(f.staff_wording.to_staff),
        openers=frozenset(f.staff_wording.openers),
        lead_adverbs=frozenset(f.staff_wording.lead_adverbs),
    )


@lru_cache(maxsize=4)
def person_rules(lang: str = "da") -> PersonRules:
    return load_person_rules(lexicon_dir(lang) / "person.toml")


# ------------------------------------------------------------------------------------------------ tokens


@dataclass
class _Tok:
    word: str
    space_before: str  # the exact text between the previous word and this one

    @property
    def low(self) -> str:
        return self.word.lower()


def _tokens(text: str) -> tuple[list[_Tok], str]:
    """Words with the exact separators before them, and the text after the last word."""
    toks: list[_Tok] = []
    pos = 0
    for m in _WORD.finditer(text):
        toks.append(_Tok(m.group(), text[pos:m.start()]))
        pos = m.end()
    return toks, text[pos:]


def _join(toks: list[_Tok], tail: str) -> str:
    return "".join(t.space_before + t.word for t in toks) + tail


def _present(inf: str, rules: PersonRules) -> str | None:
    """The present tense of an infinitive, or None when the word does not look like one."""
    low = inf.lower()
    if low in rules.present:
        return rules.present[low]
    if low in rules.short_verbs or (len(low) > 2 and low.endswith("e")):
        return inf + "r"
    return None


def _simple_sentence(text: str) -> bool:
    """One sentence: no sentence end before the last character (dates like '1. marts' are not ends)."""
    body = text.strip().rstrip(".!?…")
    return not re.search(r"[a-zæøå][.!?]\s+[A-ZÆØÅ]", body)


# ------------------------------------------------------------------------------------------------ fillers


#: sounds said while thinking ("øh", "øhm", "hmm"): not words of the answer
_FILLER = re.compile(r"(?i)(?<![\wæøå])(?:øh+m*|ehm*|hm+|mm+)(?![\wæøå])")


#: words that open a clause or an addition, so a comma before them stays when a filler between goes
_COMMA_BEFORE = frozenset("også men når hvis fordi så selvom mens da før efter indtil som der hvor hvad "
                          "fx især bortset".split())


def without_fillers(text: str) -> str:
    """The answer without the sounds said while thinking: "Jeg vil, øh, selv cykle" → "Jeg vil selv cykle",
    "Øh jeg vil cykle. Øhm. Til jul." → "Jeg vil cykle. Til jul." Everything else is kept as it was written; a word
    that opened a sentence after a filler gets its capital."""
    if not _FILLER.search(text or ""):
        return text
    out, pos, cap = [], 0, False
    for m in _FILLER.finditer(text):
        before = text[pos:m.start()]
        so_far = ("".join(out) + before).rstrip(" ,")
        start_of_sentence = not so_far.strip() or bool(re.search(r"[.!?…]$", so_far))
        out.append(before.rstrip(" ,"))  # the filler's own punctuation goes with it: ", øh," → "", "øh…" → ""
        rest = text[m.end():]
        skip = re.match(r"[ ,.…!?-]*", rest).group()
        # a comma before the filler that opens a clause or an addition stays: "torsdag, øh, også når det regner"
        nxt = re.match(r"[\wæøå]+", rest[len(skip):])
        if "," in before[len(before.rstrip(" ,")):] and nxt and nxt.group().lower() in _COMMA_BEFORE:
            out[-1] += ","
        # a filler that ended its own sentence ("Øhm." or "… cykle, øh.") leaves the end mark when the text before
        # it has none
        if re.search(r"[.!?]", skip) and out[-1].strip() and not re.search(r"[.!?…]\s*$", out[-1]):
            out.append(".")
        cap = cap or start_of_sentence
        pos = m.end() + len(skip)
        if pos < len(text) and out[-1].strip():
            out.append(" ")
        if start_of_sentence and pos < len(text):
            text = text[:pos] + text[pos:pos + 1].upper() + text[pos + 1:]
    out.append(text[pos:])
    result = re.sub(r"  +", " ", "".join(out)).strip()
    return result[:1].upper() + result[1:] if cap and result else result


# ------------------------------------------------------------------------------------------------ 1st → 3rd


def propose_third_person(text: str, lang: str = "da") -> str | None:
    """A proposed delmål wording in the third person from a first-person answer, or None.

    "Jeg vil selv vaske mit tøj hver onsdag, indtil 1. marts." → "At beboeren selv vasker sit tøj hver onsdag,
    indtil 1. marts." None when the text does not begin with "Jeg" + an intention ("vil", "skal", …) and a verb,
    or "Jeg" + an action in the present tense; and None for several sentences (the user writes those)."""
    if not text or not text.strip():
        return None
    rules = person_rules(lang)
    body = text.strip()
    if len(body) > 1 and body[:1] in "\"“”«'" and body[-1:] in "\"“”»'":  # a quoted answer: the words inside
        body = body[1:-1].strip()
    if not _simple_sentence(body):
        return None
    toks, tail = _tokens(body)
    if len(toks) < 2 or toks[0].low != "jeg" or toks[0].space_before:
        return None
    rest = toks[1:]
    # "Jeg vil (gerne) (selv) vaske …": an intention, adverbs, then the infinitive
    modal_len = 0
    for m in rules.modals:
        if tuple(t.low for t in rest[: len(m)]) == m:
            modal_len = len(m)
            break
    i = modal_len
    adverbs: list[_Tok] = []
    while i < len(rest) and (rest[i].low in rules.adverbs or rest[i].low in rules.drop):
        if rest[i].low not in rules.drop:
            adverbs.append(rest[i])
        i += 1
    if i >= len(rest):
        return None
    verb_tok = rest[i]
    if modal_len and verb_tok.low == "have" and i + 1 < len(rest) and rest[i + 1].low == "at":
        return None  # "Jeg vil gerne have, at min bror henter mig": a wish about what others do, not "har at"
    if modal_len:
        verb = _present(verb_tok.word, rules)
        if verb is None:
            return None
    else:
        # present tense already: "Jeg går i bad …"; adverbs follow the verb in a main clause
        if adverbs or not verb_tok.low.endswith("r") or verb_tok.low in rules.not_actions:
            return None
        verb = verb_tok.word
        j = i + 1
        while j < len(rest) and (rest[j].low in rules.adverbs or rest[j].low in rules.drop):
            if rest[j].low not in rules.drop:
                adverbs.append(rest[j])
            j += 1
        i = j - 1
    after = [_Tok(t.word, t.space_before) for t in rest[i + 1:]]
    if modal_len:
        _coordinated_verbs(after, rules)
    own_clause = True  # the resident is the subject here, so "min"/"mig" are reflexive ("sin"/"sig")
    for k, t in enumerate(after):
        nxt = after[k + 1] if k + 1 < len(after) else None
        if (k and re.search(r"[,;:]", t.space_before)) or t.low in _SUBORDINATORS:
            # "…, min søster cykler med": another subject may follow; a subordinator also right after the verb
            # ("cykle når nogen følger mig": «følger sig» was proposed; «vaske, tørre og lægge mit tøj» stays the
            # resident's). Never untrue: at worst «beboeren» where «sig» would do
            own_clause = False
        elif t.low == "at" and nxt is not None and nxt.low != "jeg" and (
                nxt.low in _AT_SUBJECTS or nxt.word[:1].isupper()):
            own_clause = False  # "… af at nogen kører mig": that clause has a subject of its own
        if t.low == "jeg":
            own_clause = True
        if t.low in _staff_rules(lang)[0]:  # "sammen med dig": the contact person at the keyboard
            t.word = _staff_rules(lang)[0][t.low]
        elif not own_clause and t.low in ("mig", "min", "mit", "mine"):
            # outside the resident's own clause a reflexive would point at that clause's subject: say who it is
            t.word = rules.subject if t.low == "mig" else genitive(rules.subject)
        elif t.low in rules.first_to_third:
            new = rules.first_to_third[t.low]
            t.word = new[:1].upper() + new[1:] if t.word[:1].isupper() and k == 0 else new
    head = "At " + rules.subject
    parts = [_Tok(a.word.lower(), " ") for a in adverbs] + [_Tok(verb.lower(), " ")]
    out = head + _join(parts, "") + _join(after, tail)
    if not out.rstrip().endswith((".", "!", "?")):
        out = out.rstrip() + "."
    if out.endswith("!"):
        out = out[:-1] + "."
    return out


#: what follows an infinitive that has its own object or particle ("og vaske op", "og tørre det", "og tage min
#: medicin"): after one of these an infinitive coordinated behind an object is a verb, not a noun in a list
_VERB_FOLLOWERS = frozenset("det den dem op af ud ind hjem ned sammen sig mig sit sin sine mit min mine en et noget "
                            "nogle".split())


def _infinitive(word: str, rules: PersonRules) -> bool:
    """The word can be an infinitive: Apertium's analyser says so, or (without it) the rules' verb lists or a
    final -e."""
    low = word.lower()
    if _present(word, rules) is None or low in rules.adverbs or low in rules.not_actions:
        return False
    if morph.available():
        readings = morph.readings(low)
        if readings:
            return any(r.startswith("vblex.inf") for r in readings)
    return low in rules.present or low in rules.short_verbs or low.endswith("e")


def _only_verb(word: str) -> bool:
    """Apertium's analyser knows the word only as a verb ("handle", "rydde", "købe"; not "kage", "lave")."""
    readings = morph.readings(word.lower()) if morph.available() else frozenset()
    return bool(readings) and all(r.startswith("vblex") for r in readings)


def _coordinated_verbs(after: list[_Tok], rules: PersonRules) -> None:
    """Infinitives coordinated with the verb just put in the present tense take the same form: "(Jeg vil) vaske og
    tørre mit tøj" → "vasker og tørrer", "vaske, tørre og lægge det sammen" → "vasker, tørrer og lægger", "lave mad
    og vaske op" → "laver mad og vasker op". Right after the verb ("og" + an infinitive) the word is a verb; behind
    an object only when the analyser knows it only as a verb or its own object or particle follows ("brød og kage"
    stays a noun; "og tage rent tøj på" is left as it is: "tage" may be a noun). It stops where the verb no
    longer governs: "at" (an infinitive of its own: "lære at vaske og tørre"), a new clause or "jeg"."""
    direct = True  # nothing but coordinated verbs and adverbs since the verb
    k = 0
    while k < len(after):
        t = after[k]
        if t.low == "at" or t.low in _SUBORDINATORS or t.low == "jeg" or re.search(r"[;:.!?]", t.space_before):
            return
        comma = "," in t.space_before
        if comma and not direct:
            return  # "…, min søster cykler med": a clause of its own
        if t.low in ("og", "eller") or comma:
            j = k + 1 if t.low in ("og", "eller") else k
            while j < len(after) and after[j].low in rules.adverbs:
                j += 1
            nxt = after[j + 1] if j + 1 < len(after) else None
            certain = j < len(after) and _infinitive(after[j].word, rules) and (
                direct or _only_verb(after[j].word) or (nxt is not None and nxt.low in _VERB_FOLLOWERS
                                                        and not re.search(r"[,;:.!?]", nxt.space_before)))
            if certain:
                after[j].word = _present(after[j].word, rules)
                k = j + 1
                continue
            if comma:
                return
        if t.low not in rules.adverbs and t.low not in ("og", "eller"):
            direct = False
        k += 1


def third_person_text(text: str, lang: str = "da") -> str | None:
    """Any first-person text in the third person, for the resident's answers to fields staff read (measurement,
    documentation, indicator texts …): "Om jeg har vasket mit tøj" → "Om beboeren har vasket sit tøj",
    "I minder mig om det" → "I minder beboeren om det". Word order is kept (only pronouns change), so this is
    for proposals the user accepts or edits. None when the text has no first-person word."""
    if not text or not text.strip():
        return None
    rules = person_rules(lang)
    toks, tail = _tokens(text)
    first = {"jeg", "mig", "min", "mit", "mine"}
    if not any(t.low in first for t in toks):
        return None
    subject = rules.subject
    resident_subject = False  # is the resident the subject of the current clause?
    out: list[_Tok] = []
    for i, t in enumerate(toks):
        if i == 0 or re.search(r"[,.;:!?]", t.space_before) or t.low in _CLAUSE_START:
            resident_subject = False
        low = t.low
        word = t.word
        if low == "jeg":
            word, resident_subject = subject, True
        elif low == "mig":
            word = rules.first_to_third["mig"] if resident_subject else subject
        elif low in ("min", "mit", "mine"):
            word = rules.first_to_third[low] if resident_subject else subject + "s"
        if word is not t.word and t.word[:1].isupper():
            word = word[:1].upper() + word[1:]
        out.append(_Tok(word, t.space_before))
    return _join(out, tail)


# ------------------------------------------------------------------------------------------------ → du-form


def _possessive(noun: str, base: str, rules: PersonRules) -> str:
    """din/dit/dine for the noun that follows (neuter list; plural by a simple -er/-e ending)."""
    low = noun.lower()
    if low in rules.neuter_nouns:
        return base.replace("din", "dit")
    if low.endswith(("erne", "ene")) or (low.endswith("er") and len(low) > 4 and low not in {"computer", "sommer", "vinter"}):
        return "dine"
    return base


def to_second_person(text: str, lang: str = "da") -> str:
    """A text about the resident rewritten in du-form, e.g. "At beboeren selv vasker sit tøj hver onsdag."
    → "Du vasker selv dit tøj hver onsdag." First-person text ("Jeg vil …") becomes du-form too.
    Staff are left as they are ("Kontaktpersonen minder beboeren om det" → "… minder dig om det")."""
    if not text or not text.strip():
        return text
    rules = person_rules(lang)
    toks, tail = _tokens(text)
    out: list[_Tok] = [_Tok(t.word, t.space_before) for t in toks]
    subjects = [tuple(s.split()) for s in rules.subjects]

    def is_subject_at(i: int) -> int:
        for s in subjects:
            if tuple(t.low for t in out[i:i + len(s)]) == s:
                return len(s)
        if i < len(out) and _INITIALS.match(out[i].word) and out[i].word not in {"I", "A"}:
            return 1
        return 0

    # "At beboeren (selv) vasker …" at the start → "Du vasker (selv) …"
    if len(out) >= 3 and out[0].low == "at" and not out[0].space_before.strip():
        n = is_subject_at(1)
        if n:
            j = 1 + n
            adverbs = []
            while j < len(out) and out[j].low in rules.adverbs:
                adverbs.append(out[j])
                j += 1
            if j < len(out):
                verb = out[j]
                lead = out[0].space_before
                rebuilt = [_Tok("Du", lead), _Tok(verb.word, " ")] + [_Tok(a.word, " ") for a in adverbs]
                out = rebuilt + out[j + 1:]
    result: list[_Tok] = []
    k = 0
    first_person = bool(out) and out[0].low == "jeg"
    while k < len(out):
        t = out[k]
        low = t.low
        prev = result[-1].low if result else ""
        sentence_start = not result or bool(re.search(r"[.!?:]\s*$", t.space_before)) or k == 0
        n = is_subject_at(k) if low != "at" else 0
        if n and low not in {"du"}:
            # "beboeren"/"borgeren"/initials: subject of a clause → "du", else "dig"
            if sentence_start or prev in _CLAUSE_START or (result and result[-1].word.endswith(",")):
                word = "Du" if sentence_start else "du"
            else:
                word = "dig"
            result.append(_Tok(word, t.space_before))
            k += n
            continue
        if low in ("beboerens", "borgerens"):
            nxt = out[k + 1].word if k + 1 < len(out) else ""
            word = _possessive(nxt, "din", rules)
            result.append(_Tok(word.capitalize() if sentence_start else word, t.space_before))
            k += 1
            continue
        table = rules.first_to_second if first_person else rules.third_to_second
        if low in table:
            word = table[low]
            if low in ("sin", "sit", "sine", "min", "mit", "mine") and k + 1 < len(out):
                base = {"sin": "din", "min": "din", "sit": "dit", "mit": "dit", "sine": "dine", "mine": "dine"}[low]
                word = base
            result.append(_Tok(word.capitalize() if t.word[:1].isupper() else word, t.space_before))
            k += 1
            continue
        if first_person and low == "jeg":
            result.append(_Tok("Du" if t.word[:1].isupper() else "du", t.space_before))
            k += 1
            continue
        result.append(t)
        k += 1
    return _join(result, tail)


# ------------------------------------------------------------------------------------------------ staff wording


_SELF = {"jeg", "mig", "min", "mit", "mine"}


def _staff_rules(lang: str = "da") -> tuple[dict[str, str], frozenset[str], frozenset[str]]:
    """(to_staff, openers, lead_adverbs) from [staff_wording] in person.toml (loaded once with the other rules)."""
    r = person_rules(lang)
    return r.to_staff, r.openers, r.lead_adverbs


def genitive(name: str) -> str:
    """"Mads" → "Mads'", "Lise" → "Lises", "TH" → "TH's", "beboeren" → "beboerens"."""
    name = name.rstrip(".")
    if name[-1:].lower() in ("s", "x", "z"):
        return name + "'"
    if name.isupper():
        return name + "'s"
    return name + "s"


@dataclass(frozen=True)
class StaffWording:
    """A first-person answer said in the staff's third person (None when any sentence could not be said
    with confidence) and the reasons for what could not (Danish, for staff)."""

    text: str | None
    problems: tuple[str, ...] = ()


def has_first_person(text: str) -> bool:
    """The answer speaks as the resident ("jeg", "min" …) or to staff ("I skal …", "du hjælper mig")."""
    toks, _ = _tokens(text or "")
    return any(t.low in _SELF or t.low in ("jer", "jeres") or t.word == "I" for t in toks)


def staff_wording(text: str, name: str = "beboeren", gender: str = "", lang: str = "da", *,
                  partial: bool = False) -> StaffWording:
    """The resident's own answer for a field staff read, in the third person: "Min mor ringer til mig om
    onsdagen" → "Mads' mor ringer til Mads om onsdagen"; "I må ikke røre mine figurer" → "Personalet må ikke
    røre KL's figurer". "jeg" is the resident by name (then han/hun when known); "mig/min" are reflexive
    (sig/sin) only when the resident is the subject of the clause; "du/dig" is the contact person and "I/jer"
    the staff. A sentence that opens like an order or a fragment ("Bank på før", "Lave mad") is not guessed:
    the whole proposal is then None and the reason is given – or, with `partial`, the sentences that could be
    said, with the reasons for those that could not."""

    dr = du_rules(lang)
    to_staff, openers, lead_adverbs = _staff_rules(lang)
    out: list[str] = []
    problems: list[str] = []
    for sent in _sentences(text):
        toks, tail = _tokens(sent)
        lows = [t.low for t in toks]
        if not any(w in _SELF or w in to_staff for w in lows) and not ("I" in [t.word for t in toks]):
            out.append(sent)
            continue
        lead = 0
        while lead < len(toks) - 1 and toks[lead].low in lead_adverbs:
            lead += 1
        first = toks[lead].low if toks else ""
        order = (first not in openers and not _finite(DT(first, ""), dr) and first not in dr.others
                 and (first.endswith("e") or len(first) <= 5) and not first.endswith(("en", "et", "ne")))
        if toks and order:
            problems.append(f"«{sent}» kan være en opfordring eller et brudstykke; skriv selv, hvad det betyder")
            continue
        subject = ""            # "R" the resident, "O" someone else
        infinitive = ""         # "at finde mit kort": who does it ("R" when the resident, "O" someone else)
        last_object = ""
        named_here = False
        res: list[_Tok] = []
        for i, t in enumerate(toks):
            low = t.low
            word = t.word
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            if low == "at" and nxt is not None and nxt.low not in _AT_SUBJECTS and not nxt.word[:1].isupper():
                # an infinitive: its doer is the one just helped ("hjælpe mig med at finde …") or the subject;
                # with neither (a fragment: "For at få min eksamen") the resident who speaks
                infinitive = last_object or subject or "R"
                res.append(_Tok(word, t.space_before))
                continue
            if i > 0 and (re.search(r"[,;:]", t.space_before) or low in _CLAUSE_START):
                subject, infinitive, last_object = "", "", ""
            if low == "jeg":
                word = (gender if gender and named_here else name)
                named_here = True
                subject = "R"
            elif low == "mig":
                word = "sig" if (infinitive or subject) == "R" else (
                    {"han": "ham", "hun": "hende"}[gender] if gender and named_here else name)
                named_here = True
                last_object = last_object or "R"
            elif low in ("min", "mit", "mine"):
                if (infinitive or subject) == "R":
                    word = {"min": "sin", "mit": "sit", "mine": "sine"}[low]
                else:
                    word = ({"han": "hans", "hun": "hendes"}[gender] if gender and named_here else genitive(name))
                    named_here = True
            elif low in to_staff and not (low == "din" and nxt is None):
                word = to_staff[low]
                if low in ("du",):
                    subject = "O"
            elif t.word == "I" or (low == "i" and nxt is not None and (_finite(DT(nxt.low, ""), dr)
                                                                      or nxt.low in ("skal", "må", "kan"))):
                word = "personalet"
                subject = "O"
            elif subject == "" and (low in dr.others or (t.word[:1].isupper() and i > 0)):
                subject = "O"
            if word is not t.word and (i == 0 or t.word[:1].isupper()) and low != "i":
                word = word[:1].upper() + word[1:]
            elif i == 0:
                word = word[:1].upper() + word[1:]
            res.append(_Tok(word, t.space_before))
        out.append(_join(res, tail))
    if problems and not partial:
        return StaffWording(None, tuple(problems))
    said = " ".join(s.strip() for s in out if s.strip())
    if partial:
        return StaffWording(said or None, tuple(problems))
    return StaffWording(said or None)


# ------------------------------------------------------------------------------------------------ du → staff


_DU = {"du", "dig", "din", "dit", "dine"}


def staff_form_of_du(text: str, name: str = "beboeren", *, at_clause: bool = False, lang: str = "da") -> str | None:
    """The resident's edit of a text shown to them in du-form, back in the staff's form by the rules that made the
    du-form, in reverse: "du" is the resident as the staff wrote them (`name`: "beboeren", "Mads"), "dig"/"din/dit/
    dine" are "sig"/"sin/sit/sine" when the resident is the subject of the clause, else the name and its genitive.
    With `at_clause` (the delmål sentence) "Du vasker selv dit tøj …" → "At beboeren selv vasker sit tøj …".
    None when the text has first-person words, no du-word, or (with `at_clause`) does not open "Du" + a verb.
    A candidate only: the caller says it is certain only when the du-form of it is the text again."""
    if not text or not text.strip() or not name:
        return None
    rules = person_rules(lang)
    if name[:1].isupper() and tuple(name.lower().split()) in du_rules(lang).generic_subjects:
        name = name.lower()  # "Beboeren" as a sentence began: the role word is capitalised only where one begins
    toks, tail = _tokens(text.strip())
    lows = [t.low for t in toks]
    if any(w in _SELF for w in lows) or not any(w in _DU for w in lows):
        return None
    if any(w in ("jer", "jeres") for w in lows) or any(t.word == "I" for t in toks):
        return None  # "du og Lone … jeres": who "jer" is, the rules cannot say
    out = [_Tok(t.word, t.space_before) for t in toks]
    if at_clause:
        if len(out) < 2 or lows[0] != "du" or not (lows[1].endswith("r") or lows[1] in rules.present.values()):
            return None
        j = 2
        while j < len(out) and out[j].low in rules.adverbs:
            j += 1
        head = [_Tok("At", ""), _Tok("du", " ")] + [_Tok(a.word, " ") for a in out[2:j]] + [_Tok(out[1].word, " ")]
        out = head + out[j:]
    gen = genitive(name)
    subject = ""  # "R" when the resident is the subject of the clause so far
    subordinate = False  # the clause opened with "når", "hvis" …
    res: list[_Tok] = []
    for i, t in enumerate(out):
        low = t.low
        # a new sentence: after its end mark, capitalised ("kl. 17 med" is not one)
        start = i == 0 or bool(re.search(r"[.!?][\"»”)]*\s+$", t.space_before) and t.word[:1].isupper())
        if start or re.search(r"[,;:]", t.space_before) or low in _CLAUSE_START:
            # "…, og din søster hjælper dig": a new subject; "og tørrer dit tøj", ", tørrer …": the same one
            k = i + 1 if low in ("og", "eller") else i
            # (after a subordinate clause the main clause puts its subject after the verb: "Når du …, sætter X")
            same = not start and not re.search(r"[;:]", t.space_before) and k < len(out) \
                and _finite(DT(out[k].low, ""), du_rules(lang)) and (
                    low in ("og", "eller") or (low not in _CLAUSE_START and not subordinate))
            if not same:
                subject = ""
                subordinate = low in _SUBORDINATORS
        word = t.word
        if low == "du":
            word, subject = name, "R"
        elif low == "dig":
            word = "sig" if subject == "R" else name
        elif low in ("din", "dit", "dine"):
            word = {"din": "sin", "dit": "sit", "dine": "sine"}[low] if subject == "R" else gen
        if word and (i == 0 or (start and t.word[:1].isupper())):
            word = word[:1].upper() + word[1:]
        res.append(_Tok(word, t.space_before))
    return _join(res, tail)
