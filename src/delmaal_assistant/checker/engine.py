"""The rule engine: analyses a text (tokens, sentences, main and side clauses), runs the pattern and word-list
rules through one index, and the detector rules through their registered classes."""

from __future__ import annotations

import re

from delmaal_assistant.checker.findings import Finding
from delmaal_assistant.checker.lexicon import Lexicon, load_lexicon
from delmaal_assistant.checker.nlp import Analysis, Analyzer, Tok
from delmaal_assistant.checker.patterns import PatternIndex, match_at
from delmaal_assistant.checker.rules import Env, Rule

_SURROGATES = re.compile("[\ud800-\udfff]")


class Engine:
    def __init__(self, lang: str = "da") -> None:
        self.lang = lang
        self.lex: Lexicon = load_lexicon(lang)
        g = self.grammar = self.lex.grammar
        self.analyzer = Analyzer(
            irregular={k.lower(): v.lower() for k, v in g.irregular.items()},
            abbreviations=frozenset(g.abbreviations),
        )
        self.env = Env(lemma=self.analyzer.lemma)
        self.detector_rules = [r for r in self.lex.rules if r.detector is not None]
        self._index = PatternIndex((r, p) for r in self.lex.rules if r.detector is None for p in r.patterns)
        self._determiners = g.sets.determiners

    # ------------------------------------------------------------------ analysis
    def analyze(self, text: str) -> Analysis:
        # Lone surrogates (from broken input) cannot be encoded; replacing each by one U+FFFD keeps offsets.
        an = self.analyzer.analyze(_SURROGATES.sub("\ufffd", text))
        an.text = text
        for a, b in an.sent_bounds:
            self.grammar.mark_clauses(an.toks[a:b])
        return an

    # ------------------------------------------------------------------ matching
    def _pattern_hits(self, an: Analysis) -> list[tuple[Rule, int, int]]:
        toks = an.toks
        hits: list[tuple[Rule, int, int]] = []
        for k, t in enumerate(toks):
            if t.is_punct:
                continue
            for rule, pat in self._index.candidates(t):
                end = match_at(toks, k, pat.elems)
                if end is None or not self._accept(rule, toks, k, end):
                    continue
                hits.append((rule, k, end))
        return hits

    def _accept(self, rule: Rule, toks: list[Tok], a: int, b: int) -> bool:
        if rule.scope == "main" and toks[a].side:
            return False
        if toks[a].lower in rule.not_forms:
            return False
        g = self.grammar
        if rule.at_start and not g.starts_sentence(toks, a):
            return False
        prev = toks[a - 1].lower if a > 0 and toks[a - 1].sent == toks[a].sent else ""
        if prev in rule.not_after:
            return False
        for follow in rule.not_before:
            if g.followed_by(toks, b, follow):
                return False
        if rule.not_after_determiner and prev in self._determiners:
            return False
        if rule.unless_number and g.quantity_near(toks, a, b):
            return False
        return True

    # ------------------------------------------------------------------ checking
    def check_text(self, text: str, codes: set[str] | None = None) -> list[Finding]:
        """All findings for `text` (optionally only the given codes), sorted by position, no duplicates."""
        if not isinstance(text, str) or not text.strip():
            return []
        an = self.analyze(text)
        out: list[Finding] = []
        for rule, a, b in self._pattern_hits(an):
            if codes is None or rule.code in codes:
                out.append(rule.finding(an, a, b))
        for rule in self.detector_rules:
            if codes is None or rule.code in codes:
                out.extend(rule.detector.find(an, self.env))  # type: ignore[union-attr]
        return _dedupe(out)

    def rule_findings(self, text: str, rule: Rule) -> list[Finding]:
        """What one rule finds in `text` on its own (no other rule, no merging): for the lexicon examples."""
        if not isinstance(text, str) or not text.strip():
            return []
        an = self.analyze(text)
        if rule.detector is not None:
            return list(rule.detector.find(an, self.env))
        toks = an.toks
        out = []
        for k, t in enumerate(toks):
            if t.is_punct:
                continue
            for pat in rule.patterns:
                end = match_at(toks, k, pat.elems)
                if end is not None and self._accept(rule, toks, k, end):
                    out.append(rule.finding(an, k, end))
        return out


def _dedupe(findings: list[Finding]) -> list[Finding]:
    """One finding per code and overlapping span (keep the longest), sorted by position."""
    findings = sorted(findings, key=lambda f: (f.code, f.start, -(f.end - f.start)))
    out: list[Finding] = []
    for f in findings:
        if out and out[-1].code == f.code and f.start < out[-1].end:
            continue
        out.append(f)
    out.sort(key=lambda f: (f.start, f.end, f.code))
    return out
