"""One answer of the template, tokenised once, with the spans where each element of `field_rules.toml` is found —
matched by the shared pattern engine (`checker.patterns`), the same one the text rules use."""

from __future__ import annotations

from delmaal_assistant.checker.patterns import match_at
from delmaal_assistant.checker.whole.data import NEGATIONS, FieldData


class Answer:
    """One answer, tokenised once, with the spans of each element found in it."""

    def __init__(self, analyze, text: str, data: FieldData) -> None:
        self.text = text
        self.toks = analyze(text).toks if text.strip() else []
        self.words = [t for t in self.toks if not t.is_punct]
        self.data = data
        self._spans: dict[str, list[tuple[int, int]]] = {}

    @property
    def n(self) -> int:
        return len(self.words)

    @property
    def norm(self) -> str:
        return " ".join(self.text.lower().split()).strip(" .!,;:")

    def spans(self, name: str) -> list[tuple[int, int]]:
        if name not in self._spans:
            out = []
            toks = self.toks
            for k, t in enumerate(toks):
                if t.is_punct:
                    continue
                for pat in self.data.candidates(name, t):
                    end = match_at(toks, k, pat.elems)
                    if end is not None and end > k:
                        out.append((k, end))
                        break
            self._spans[name] = out
        return self._spans[name]

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
