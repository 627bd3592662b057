"""The language's function words (from `lexicons/<lang>/common.toml`) and what the checker does with them:
main and side clauses, headings, the sentence body after a leading "at", numbers that make a verb concrete.

No word of any language is written here: every word comes from the validated `Grammar` settings.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from functools import cached_property

from pydantic import BaseModel, ConfigDict, Field, field_validator

from delmaal_assistant.checker.nlp import Analysis, Tok
from delmaal_assistant.checker.patterns import YEAR_RE, is_numeric_date

QUOTES = frozenset({"'", '"', "«", "»", "„", "“", "”", "‘", "’"})
CLAUSE_BREAKS = frozenset({",", ";", ":", "–", "—", "(", ")", "-"})
DASHES = frozenset({"–", "—"})


class VerbEndingsSpec(BaseModel):
    """`[verb_endings]`: how `word+` in a pattern makes the regular verb forms of an infinitive."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    final_vowel: str = Field(min_length=1)
    after_vowel: list[str]
    after_stem: list[str]
    other: list[str]


def _lower_set(v: list[str]) -> list[str]:
    return [w.lower() for w in v]


class Grammar(BaseModel):
    """`common.toml`: the shared word lists. Every key is documented in lexicons/da/README.md."""

    model_config = ConfigDict(extra="forbid", frozen=True, arbitrary_types_allowed=True)

    lang: str
    infinitive_marker: str  # "at": "At borgeren …"
    and_word: str  # "og": "Forældrene og personalet …"
    so_word: str  # "så" opens a side clause ("så personalet ikke behøver …")
    comparison_word: str  # "som": "så selvhjulpen som muligt" is a comparison, not a side clause
    side_clause_openers: list[str]
    saa_not_before: list[str]
    time_conjunctions: list[str]
    subject_words: list[str]
    clause_pronouns: list[str]
    relative_pronouns: list[str]
    not_relative_after: list[str]
    relative_not_before: dict[str, list[str]] = Field(default_factory=dict)
    heading_negations: list[str]
    leading_frame: list[str]
    coordinators: list[str]
    number_words: list[str]
    weak_number_words: list[str]
    quantity_words: list[str]
    not_quantity_after: list[str]
    clock_words: list[str]
    date_prepositions: list[str]
    months: list[str]
    abbreviations: list[str]
    determiners: list[str]
    irregular: dict[str, str] = Field(default_factory=dict)
    verb_endings: VerbEndingsSpec

    _lower = field_validator(
        "side_clause_openers", "saa_not_before", "time_conjunctions", "subject_words",
        "clause_pronouns", "relative_pronouns", "not_relative_after", "heading_negations", "leading_frame",
        "coordinators", "number_words", "weak_number_words", "quantity_words", "not_quantity_after", "clock_words",
        "date_prepositions", "months", "abbreviations", "determiners",
    )(_lower_set)

    # ------------------------------------------------------------------ derived sets (computed once)
    @cached_property
    def sets(self) -> "_Sets":
        return _Sets(self)

    # ------------------------------------------------------------------ clauses
    def mark_clauses(self, toks: list[Tok]) -> int:
        """Mark each token of one sentence as main or side clause (`side`) and number its clauses; returns its
        `heading_end` (kept on the analysis for `bodies`: worked out once per sentence)."""
        s = self.sets
        at, so, som = self.infinitive_marker, self.so_word, self.comparison_word
        triggers = s.clause_triggers
        side = paren = quote = False
        clause = 0
        heading = self.heading_end(toks)
        n = len(toks)
        for k, t in enumerate(toks):
            low = t.lower
            if k < heading:  # "Livskvalitet:" / "Rengøring af lejlighed –": a label, not the goal
                t.side = True
                t.clause = clause
                continue
            if t.is_punct:
                if low == "(":
                    paren = True
                elif low == ")":
                    paren = False
                elif low in QUOTES:  # reported speech: "siger 'jeg vil ikke mere'"
                    quote = not quote
                if low in CLAUSE_BREAKS:
                    nxt = toks[k + 1].lower if k + 1 < n else ""
                    # ", at det ikke længere er nødvendigt" continues the side clause it belongs to;
                    # ", hun ikke forstår" (a relative clause without "som") starts one.
                    prev_word = toks[k - 1].lower if k > 0 else ""
                    if low == "," and nxt == at and prev_word in s.time_conj:
                        side = True  # "senest dagen efter, at han ikke er mødt op"
                    elif not (side and low == "," and nxt == at):
                        side = low == "," and nxt in s.pronouns and k > 0
                    clause += 1
                t.side = side or paren or quote
                t.clause = clause
                continue
            if not side and low in triggers:  # (each case below starts with one of these words: one test for most)
                nxt = toks[k + 1].lower if k + 1 < n else ""
                prev = toks[k - 1].lower if k > 0 else ""
                if low in s.openers_single:
                    side = True
                elif low in s.multi_by_first and any(
                    tuple(x.lower for x in toks[k:k + len(m)]) == m for m in s.multi_by_first[low]
                ):
                    side = True
                elif (low == so and nxt and nxt not in s.saa_not_before and prev not in (s.and_word, "") and k > 1
                      and som not in [x.lower for x in toks[k + 2:k + 4]]):  # "så selvhjulpen som muligt"
                    side = True
                elif low in s.time_conj and nxt in s.subjects:
                    side = True
                elif (low in s.relative and k > 1 and prev not in s.not_relative_after
                      and nxt not in s.relative_not_before.get(low, ())):  # "som en del af": "as a"
                    side = True
            t.side = side or paren or quote
            t.clause = clause
        return heading

    def heading_end(self, toks: list[Tok]) -> int:
        """Index after a short heading ("Livskvalitet:", "Rengøring af lejlighed –") at the start, else 0.

        A colon always ends a heading; a dash only when the words before it hold no finite verb and no
        negation, so "Borgeren ryger ikke – heller ikke …" keeps its predicate."""
        s = self.sets
        for k, t in enumerate(toks[:7]):
            if t.text == ":" or (t.text.endswith(":") and len(t.text) > 1):
                return k + 1 if k > 0 else 0
            if t.text in DASHES or (t.text == "-" and k > 0):
                before = toks[:k]
                if k == 0 or any(finite_verb_like(x) or x.lower in s.heading_stop for x in before):
                    return 0
                return k + 1
        return 0

    def starts_sentence(self, toks: list[Tok], a: int) -> bool:
        """`a` is the first word of its sentence, optionally after a leading "at" or a heading."""
        sent = toks[a].sent
        i = a - 1
        while i >= 0 and toks[i].sent == sent:
            if not toks[i].is_punct and not toks[i].side and toks[i].lower != self.infinitive_marker:
                return False
            i -= 1
        return True

    def sentence_body(self, toks: list[Tok], heading: int | None = None) -> list[int]:
        """Indices of the word tokens of a sentence, after a leading "at" / "Målet er, at". `heading`: its
        `heading_end` when the caller has it."""
        start = self.heading_end(toks) if heading is None else heading
        idx = [i for i, t in enumerate(toks) if not t.is_punct and i >= start]
        frame = self.sets.leading_frame
        for n, i in enumerate(idx[:6]):
            if toks[i].lower == self.infinitive_marker and all(toks[j].lower in frame for j in idx[:n]):
                return idx[n + 1:]
        return idx

    def bodies(self, an: Analysis) -> list[tuple[int, list[Tok], list[int]]]:
        """(offset, sentence tokens, word indices after a leading "at") for each non-empty sentence; found once
        per analysis (kept in its memo: several detectors read them)."""
        found = an.memo.get("bodies")
        if found is None:
            found = an.memo["bodies"] = []
            headings = an.memo.get("headings")  # each sentence's heading_end, when mark_clauses kept them
            for k, (a, b) in enumerate(an.sent_bounds):
                toks = an.toks[a:b]
                body = self.sentence_body(toks, None if headings is None else headings[k])
                if body:
                    found.append((a, toks, body))
        return found

    # ------------------------------------------------------------------ numbers
    def is_quantity(self, t: Tok) -> bool:
        """A quantity: digits or a number word, but not a date or a year ("1.3.–31.5.", "2027")."""
        if t.is_digit:
            return not (is_numeric_date(t.text) or YEAR_RE.match(t.text))
        return t.lower in self.sets.strong_numbers

    def quantity_near(self, toks: list[Tok], a: int, b: int) -> bool:
        """A number that makes the matched verb concrete: in its clause and predicate ("øger fra to til tre",
        "forbedrer sin tid fra 40 til 35 min"), not after "… og laver aftensmad én gang" (a new predicate).
        Dates, years, clock times, week numbers and a list number at the start of the sentence don't count."""
        s = self.sets
        sent, clause = toks[a].sent, toks[a].clause
        first = next(i for i in range(a, -1, -1) if i == 0 or toks[i - 1].sent != sent)
        for i in range(first, min(len(toks), b + 12)):
            t = toks[i]
            if i >= b and t.lower in s.coordinators and i + 1 < len(toks) and finite_verb_like(toks[i + 1]):
                break
            if t.sent != sent or t.clause != clause or i == first or not self.is_quantity(t):
                continue
            prev = toks[i - 1].lower if i > 0 else ""
            nxt = toks[i + 1].lower if i + 1 < len(toks) else ""
            if prev in s.not_quantity_after or nxt in s.months:
                continue
            return True
        return False

    def followed_by(self, toks: list[Tok], b: int, words: tuple[str, ...]) -> bool:
        """True when the tokens from `b` on are `words` ("#" = a quantity)."""
        for n, w in enumerate(words):
            j = b + n
            if j >= len(toks) or toks[j].sent != toks[b - 1].sent:
                return False
            if w == "#":
                if not self.is_quantity(toks[j]):
                    return False
            elif toks[j].lower != w:
                return False
        return True


class _Sets:
    """Frozen sets and indexes derived from a Grammar, for fast membership tests."""

    def __init__(self, g: Grammar) -> None:
        self.and_word = g.and_word
        self.openers_single = frozenset(w for w in g.side_clause_openers if " " not in w)
        self.multi_by_first: dict[str, list[tuple[str, ...]]] = defaultdict(list)
        for w in g.side_clause_openers:
            if " " in w:
                m = tuple(w.split())
                self.multi_by_first[m[0]].append(m)
        self.saa_not_before = frozenset(g.saa_not_before)
        self.time_conj = frozenset(g.time_conjunctions)
        self.subjects = frozenset(g.subject_words)
        self.pronouns = frozenset(g.clause_pronouns)
        self.relative = frozenset(g.relative_pronouns)
        self.not_relative_after = frozenset(g.not_relative_after)
        self.relative_not_before = {k.lower(): frozenset(w.lower() for w in v) for k, v in g.relative_not_before.items()}
        self.heading_stop = frozenset(g.heading_negations) | {g.infinitive_marker}
        self.leading_frame = frozenset(g.leading_frame)
        self.coordinators = frozenset(g.coordinators)
        self.strong_numbers = (frozenset(g.number_words) - frozenset(g.weak_number_words)) | frozenset(g.quantity_words)
        self.not_quantity_after = frozenset(g.not_quantity_after)
        self.months = frozenset(g.months)
        self.determiners = frozenset(g.determiners)
        # the words that can open a side clause in mark_clauses (its cases each start with one of them)
        self.clause_triggers = (self.openers_single | frozenset(self.multi_by_first) | {g.so_word} | self.time_conj
                                | self.relative)


def finite_verb_like(t: Tok) -> bool:
    """A present-tense verb form: "ryger" → "ryge", "vasker" → "vaske" (form in -r, lemma in -e)."""
    low = t.lower
    return low.endswith("r") and any(lem != low and lem.endswith("e") and low.startswith(lem[:-1]) for lem in t.lemmas)
