"""One answer of the template, tokenised once, with the spans where each element of `field_rules.toml` is found —
matched by the shared pattern engine (`checker.patterns`), the same one the text rules use."""

from __future__ import annotations

from functools import lru_cache

from delmaal_assistant.checker.whole.data import NEGATIONS, FieldData


@lru_cache(maxsize=2048)  # asked by several judges for every answer of every delmål; the answers repeat
def norm_text(text: str) -> str:
    """An answer lower-cased, its whitespace one space, without the punctuation around it ("Se handleplan.")."""
    return " ".join(text.lower().split()).strip(" .!,;:")


@lru_cache(maxsize=2048)
def has_alnum(text: str) -> bool:
    return any(c.isalnum() for c in text)


class Answer:
    """One answer, tokenised once, with the spans of each element found in it.

    Who is speaking is part of the answer (issue 25): a text in the first person ("Jeg går selv ned, når I har
    banket på") is the resident's own account, as said in a meeting. Then "jeg" is the resident — never a
    staff role — and "I", "jer", "du", "nogen", "en voksen" are the people who support the resident: they count
    as the role of the answer. The text is judged for what it says (observable? when? who?), not for its
    perspective. `resident_voice=False` keeps "jeg" a staff member (documentation: "Jeg skriver det")."""

    def __init__(self, analyze, text: str, data: FieldData, resident_voice: bool | None = None) -> None:
        self.text = text
        self.analyze = analyze
        an = analyze(text) if text.strip() else None
        self.data = data
        self._spans: dict[str, list[tuple[int, int]]] = {}
        self._cands: list = []  # [(k, element → patterns that can start at token k)], filled on first use
        if an is None:
            self.toks, self.words, self.memo = [], [], {}
            self.first_person = bool(resident_voice)
            return
        self.toks = an.toks
        self.memo = an.memo  # the analysis's: what is found in this text, kept
        # the words and whether the text speaks in the first person: read once per text (many judges ask)
        owner, self.words, voice = an.memo.get("words", (None, None, None))
        if owner is not data:
            self_words = data.words["self_words"]
            self.words = [t for t in self.toks if not t.is_punct]
            voice = any(t.lower in self_words for t in self.words)
            an.memo["words"] = (data, self.words, voice)
        self.first_person = resident_voice if resident_voice is not None else voice
        # the elements found, kept with the analysis: several judges asking about one text look and match once
        key = ("elements", self.first_person)  # the voice changes what counts as a role
        owner, spans, cands = an.memo.get(key, (None, None, None))
        if owner is not data:
            an.memo[key] = (data, self._spans, self._cands)
        else:
            self._spans, self._cands = spans, cands

    @property
    def n(self) -> int:
        return len(self.words)

    @property
    def norm(self) -> str:
        return norm_text(self.text)

    def spans(self, name: str) -> list[tuple[int, int]]:
        """Where element `name` is found: at each word, the first of its patterns (in the data's order) that
        matches there."""
        spans = self._spans.get(name)
        if spans is None:
            spans = self._spans[name] = []
            toks = self.toks
            if not self._cands and toks:  # per word, the elements that can start there (looked up once a text)
                at = self.data.all_candidates_at
                self._cands.extend((k, c) for k, t in enumerate(toks) if not t.is_punct and (c := at(toks, k)))
            for k, cands in self._cands:
                pats = cands.get(name)
                if pats:
                    for pat in pats:
                        end = pat.match_at(toks, k)
                        if end is not None and end > k:
                            spans.append((k, end))
                            break
            if name == "role" and self.first_person:
                spans = self._spans[name] = self._supporters(spans)
        return spans

    def _supporters(self, roles: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """In the resident's own account: "jeg" is no role; "I/jer/du/nogen/en voksen" are the support."""
        self_words = self.data.words["self_words"]
        out = [(a, b) for a, b in roles if self.toks[a].lower not in self_words]
        out += [s for s in self.spans("support_person") if s not in out]
        for t in self.words:  # "I" (you, plural) — capitalised, unlike the preposition "i"
            if t.text == "I" and self._pronoun_i(t) and (t.i, t.i + 1) not in out:
                out.append((t.i, t.i + 1))
        return sorted(out)

    def _pronoun_i(self, t) -> bool:
        """"I" is the pronoun inside a sentence; first in a sentence only when a verb-like word follows
        ("I banker på …", not "I weekenden …", "I starten …")."""
        first = not any(w.sent == t.sent and w.i < t.i for w in self.words)
        if not first:
            return True
        nxt = next((w for w in self.words if w.i > t.i), None)
        return nxt is not None and nxt.sent == t.sent and nxt.lower in self.data.words["pronoun_i_verbs"] or (
            nxt is not None and nxt.lower.endswith("er") and nxt.lower not in self.data.words["not_verbs"])

    def has(self, name: str) -> bool:
        return bool(self.spans(name))

    def positive(self, name: str) -> list[tuple[int, int]]:
        """Spans not negated ("kan ikke læse", "ikke kender"): no negation inside or right before."""
        out = []
        for a, b in self.spans(name):
            inside = {t.lower for t in self.toks[a:b]}
            before = self.toks[a - 1].lower if a > 0 else ""
            after = self.toks[b].lower if b < len(self.toks) else ""
            if inside & NEGATIONS or before in NEGATIONS or (b - a == 1 and after in NEGATIONS):
                continue
            out.append((a, b))
        return out

    def outside(self, name: str, *covering: str) -> list[tuple[int, int]]:
        """Spans of `name` that do not overlap a span of any of `covering` ("når der er behov" is no moment)."""
        cover = [s for c in covering for s in self.spans(c)]
        return [(a, b) for a, b in self.spans(name) if not any(a < d and c < b for c, d in cover)]

    def excerpt(self, span: tuple[int, int] | None = None) -> str:
        if not span or not self.toks:
            return self.text.strip()
        a, b = span
        return self.text[self.toks[a].start:self.toks[b - 1].end]

    def content_words(self, skip: frozenset[str], *except_in: str) -> list:
        """Words that are not scale words / filler, not initials or names, and not inside the given elements."""
        covered = {i for name in except_in for a, b in self.spans(name) for i in range(a, b)}
        out = []
        for t in self.words:
            if t.i in covered or t.lower in skip or (t.lemmas & skip) or t.is_digit:
                continue
            if t.text.isupper() and len(t.text) <= 4:  # initials: "TH", "PJ"
                continue
            out.append(t)
        return out
