"""Detectors for the further checks: long-sentence, readability (LIX), passive-voice, personal-data,
personal-name. Their thresholds, word lists, messages and examples are rules in `lexicons/<lang>/extra.toml`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from datetime import date

from pydantic import Field, field_validator

from delmaal_assistant.checker.findings import Finding
from delmaal_assistant.checker.nlp import Analysis, Tok
from delmaal_assistant.checker.rules import Detector, Env, LexiconError, Strict, no_duplicates, register

# Digit runs must not continue into another number ("1.500", "12/3", "2027-03") on either side.
_B = r"(?<!\d)(?<!\d[/.,:-])"
_E = r"(?!\d|[/.,:-]\d)"
CPR_RE = re.compile(_B + r"(\d{2})(\d{2})(\d{2})[- ]?(\d{4})" + _E)
PHONE_GROUPED_RE = re.compile(_B + r"(?:\+45[ -]?)?\d{2}[ -]\d{2}[ -]\d{2}[ -]\d{2}" + _E)
PHONE_PLAIN_RE = re.compile(_B + r"(\+45[ -]?)?(\d{4} ?\d{4})" + _E)
# what one of the three needs somewhere (most texts have none): six digits in a row (a CPR number; eight in a row,
# a plain phone number), three pairs joined by a space or dash (a grouped phone number), or four digits, a space,
# four digits (a plain one) – a year or a date ("2026", "01.03.2026") is none of them, so such a text is not searched
NUMBER_HINT_RE = re.compile(r"\d{6}|\d\d[- ]\d\d[- ]\d\d|\d{4} \d{4}")


def _words(toks: list[Tok]) -> list[Tok]:
    return [t for t in toks if not t.is_punct]


# ---------------------------------------------------------------------------------------------------- length
class LongSentenceOptions(Strict):
    max_words: int = Field(ge=5)


@register
class LongSentence(Detector):
    """A sentence with more than `max_words` words."""

    name = "long_sentence"
    Options = LongSentenceOptions

    def find(self, an: Analysis, env: Env) -> Iterator[Finding]:
        limit = self.options.max_words  # type: ignore[attr-defined]
        toks = an.toks
        for a, b in an.sent_bounds:
            if b - a <= limit:  # fewer tokens than the limit: fewer words too
                continue
            words = _words(toks[a:b])
            if len(words) > limit:
                yield self.rule.span_finding(an.text, words[0].start, an.toks[b - 1].end, words=len(words))


# ---------------------------------------------------------------------------------------------------- LIX
class ReadabilityOptions(Strict):
    min_words: int = Field(ge=1)
    max_lix: float
    bands: list[tuple[float, str]] = Field(min_length=1)  # [upper limit, name], ascending


def lix(an: Analysis) -> tuple[float, int]:
    """LIX = words/sentences + 100 · (words over 6 letters)/words, on tokens and sentences. Returns (lix, words)."""
    words = _words(an.toks)
    if not words:
        return 0.0, 0
    # (a word of letters alone – most – has as many letters as characters: no count of them)
    long_words = sum(1 for t in words if len(t.text) > 6 and (t.text.isalpha() or sum(c.isalpha() for c in t.text) > 6))
    return len(words) / an.n_sents + 100 * long_words / len(words), len(words)


def lix_band(value: float, bands: list) -> str:
    for limit, name in bands:
        if value <= limit:
            return name
    return bands[-1][1]


@register
class Readability(Detector):
    """A text of at least `min_words` words with a LIX above `max_lix`."""

    name = "readability"
    Options = ReadabilityOptions

    def find(self, an: Analysis, env: Env) -> list[Finding]:
        o = self.options
        value, n = lix(an)
        if n < o.min_words or value <= o.max_lix:  # type: ignore[attr-defined]
            return []
        words = _words(an.toks)
        band = lix_band(value, o.bands)  # type: ignore[attr-defined]
        return [self.rule.span_finding(an.text, words[0].start, words[-1].end, lix=round(value), band=band)]


# ---------------------------------------------------------------------------------------------------- passive
class PassiveOptions(Strict):
    not_passive: list[str]  # verbs in -s that are not passive (deponents, reciprocals), or "verb next-word"
    possessives: list[str]  # words in -es that are pronouns, not verbs ("hendes", "vores")
    blive_forms: list[str]  # the forms of "blive" that make a passive with a participle
    states: list[str]  # participles after "blive" that are feelings or states, not passives ("frustreret")
    stays: list[str] = []  # words right after "blive" that make it "stay" ("bliver på værelset", "bliver mindst en time")
    s_passive_after: str = Field(min_length=1)  # the letters before a passive -s ("styrkes", "nås")
    participle_endings: list[str] = Field(min_length=1)  # "hjulpet", "vasket"

    _unique = field_validator("not_passive", "possessives", "blive_forms", "states", "stays")(no_duplicates)


@register
class Passive(Detector):
    """-s passive ("styrkes", "vaskes", "nås") and blive + participle ("bliver hjulpet"), only on verbs.

    An -s form counts when the form without -s is an infinitive: its lemma is itself ("styrke") or itself
    without the final vowel ("vaske" → "vask": the lemma table merges verb and noun). It does not count for a
    pronoun ("hendes"), a plural noun ("beboernes", "borgeres": lemma "borger"), a proper noun mid-sentence
    ("Lises") or a genitive after a determiner ("en piges"). After blive, a feeling or state ("bliver
    frustreret") is not a passive."""

    name = "passive_voice"
    Options = PassiveOptions

    def setup(self) -> None:
        o: PassiveOptions = self.options  # type: ignore[assignment]
        self.not_passive = frozenset(w.lower() for w in o.not_passive)
        self.possessives = frozenset(w.lower() for w in o.possessives)
        self.blive = frozenset(w.lower() for w in o.blive_forms)
        self.states = frozenset(w.lower() for w in o.states)
        self.stays = frozenset(w.lower() for w in o.stays)
        self.determiners = frozenset(self.grammar.determiners)
        self.participle_endings = tuple(o.participle_endings)

    def _infinitive(self, stem: str, env: Env) -> bool:
        lem = env.lemma(stem)
        if lem is None:
            return False
        if lem == stem:
            return True
        # "vaske" → "vask" is a verb; "borgere" → "borger" (an agent noun's plural) is not
        return lem == stem[:-1] and not lem.endswith("r")

    def find(self, an: Analysis, env: Env) -> Iterator[Finding]:
        toks = an.toks
        s_after = self.options.s_passive_after  # type: ignore[attr-defined]
        blive = self.blive
        for k, t in enumerate(toks):
            low = t.lower
            s_form = len(low) >= 5 and low[-1] == "s" and low[-2] in s_after
            if not s_form and low not in blive:  # (most words: neither case below can apply)
                continue
            if t.is_punct or low in self.not_passive or low in self.possessives:
                continue
            same_sent_prev = k > 0 and toks[k - 1].sent == t.sent
            if t.text[:1].isupper() and same_sent_prev and not toks[k - 1].is_punct:
                continue  # a proper noun mid-sentence ("Lises"), not a verb
            if s_form and self._infinitive(low[:-1], env):
                if same_sent_prev and toks[k - 1].lower in self.determiners:
                    continue  # "en piges cykel": a genitive
                nxt = toks[k + 1].lower if k + 1 < len(toks) else ""
                if f"{low} {nxt}" in self.not_passive:
                    continue
                yield self.rule.span_finding(an.text, t.start, t.end)
            elif low in self.blive:
                if k + 1 < len(toks) and toks[k + 1].lower in self.stays:
                    continue  # "bliver på værelset", "bliver siddende", "bliver mindst en time": stays
                for j in (k + 1, k + 2):
                    if j >= len(toks) or toks[j].is_punct:
                        break
                    p = toks[j]
                    if p.lower in self.states:
                        break
                    if p.lower.endswith(self.participle_endings) and any(
                        lem != p.lower and lem.endswith("e") and len(lem) > 2 for lem in p.lemmas
                    ):
                        yield self.rule.span_finding(an.text, t.start, p.end)
                        break


# ---------------------------------------------------------------------------------------------------- personal data
class PersonalDataOptions(Strict):
    message_phone: str
    phone_cues: list[str] = Field(min_length=1)  # words before a plain 8-digit number that make it a phone number

    _unique = field_validator("phone_cues")(no_duplicates)


def _valid_cpr_date(dd: str, mm: str, yy: str) -> bool:
    for century in (1900, 2000):
        try:
            date(century + int(yy), int(mm), int(dd))
            return True
        except ValueError:
            continue
    return False


def _valid_ddmmyyyy(digits: str) -> bool:
    try:
        y = int(digits[4:])
        date(y, int(digits[2:4]), int(digits[:2]))
        return 1900 <= y <= 2100
    except ValueError:
        return False


@register
class PersonalData(Detector):
    """CPR numbers (with a date check; the rule's message) and phone numbers (`message_phone`)."""

    name = "personal_data"
    Options = PersonalDataOptions

    def setup(self) -> None:
        cues = "|".join(re.escape(c.lower()) for c in self.options.phone_cues)  # type: ignore[attr-defined]
        self.cue_re = re.compile(rf"({cues})\w*[^\d]{{0,20}}$", re.IGNORECASE)

    def find(self, an: Analysis, env: Env) -> list[Finding]:
        text = an.text
        if not NUMBER_HINT_RE.search(text):
            return []
        phone = self.options.message_phone  # type: ignore[attr-defined]
        out: list[Finding] = []
        taken: list[tuple[int, int]] = []
        for m in CPR_RE.finditer(text):
            if _valid_cpr_date(m.group(1), m.group(2), m.group(3)):
                out.append(self.rule.span_finding(text, m.start(), m.end()))
                taken.append(m.span())

        def free(s: int, e: int) -> bool:
            return all(e <= a or s >= b for a, b in taken)

        for m in PHONE_GROUPED_RE.finditer(text):
            if free(*m.span()):
                out.append(self.rule.span_finding(text, m.start(), m.end(), phone))
                taken.append(m.span())
        for m in PHONE_PLAIN_RE.finditer(text):
            if not free(*m.span()):
                continue
            digits = m.group(2).replace(" ", "")
            cue = bool(m.group(1)) or bool(self.cue_re.search(text[max(0, m.start() - 30):m.start()]))
            if cue and not _valid_ddmmyyyy(digits):
                out.append(self.rule.span_finding(text, m.start(), m.end(), phone))
                taken.append(m.span())
        return out


# ---------------------------------------------------------------------------------------------------- names
class PersonalNameOptions(Strict):
    first_names: list[str] = Field(min_length=1)
    # Names that are also everyday words ("Bo" = live, "Per" = per, "Hans" = his): at the start of a sentence
    # they count only before a capitalised surname.
    everyday_words: list[str] = Field(default_factory=list)

    _unique = field_validator("first_names", "everyday_words")(no_duplicates)


@register
class PersonalName(Detector):
    """A listed first name, anywhere in a sentence (capitalised as names are), with a capitalised surname
    when one follows. The finding's `key` is the first name, so a caller can report each name once."""

    name = "personal_name"
    Options = PersonalNameOptions

    def setup(self) -> None:
        o: PersonalNameOptions = self.options  # type: ignore[assignment]
        self.names = frozenset(o.first_names)
        self.everyday = frozenset(o.everyday_words)
        unknown = sorted(self.everyday - self.names)
        if unknown:
            raise LexiconError(f"{self.rule.file}, regel '{self.rule.id}': nøglen 'everyday_words' nævner "
                               f"'{unknown[0]}', som ikke står i 'first_names'")

    def find(self, an: Analysis, env: Env) -> Iterable[Finding]:
        toks = an.toks
        for k, t in enumerate(toks):
            if t.text not in self.names:
                continue
            nxt = toks[k + 1] if k + 1 < len(toks) and toks[k + 1].sent == t.sent else None
            surname = (nxt is not None and nxt.text[:1].isupper() and nxt.text[1:].islower() and len(nxt.text) > 1
                       and nxt.text not in self.names)
            mid_sentence = k > 0 and toks[k - 1].sent == t.sent and not toks[k - 1].is_punct
            if surname or mid_sentence or t.text not in self.everyday:
                end = nxt.end if surname else t.end
                yield self.rule.span_finding(an.text, t.start, end, key=t.text)
