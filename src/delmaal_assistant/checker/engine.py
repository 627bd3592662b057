"""The rule engine: analyses a text (tokens, sentences, main and side clauses), runs the pattern and word-list
rules through one index, and the detector rules through their registered classes."""

from __future__ import annotations

import re
import threading
from collections import OrderedDict

from delmaal_assistant.checker.findings import Finding
from delmaal_assistant.checker.lexicon import Lexicon, load_lexicon
from delmaal_assistant.checker.nlp import Analysis, Analyzer, Tok
from delmaal_assistant.checker.patterns import _NO_CANDIDATES, CodeView, PatternIndex
from delmaal_assistant.checker.rules import Env, Rule

_SURROGATES = re.compile("[\ud800-\udfff]")

#: how many texts' analyses (tokens, and what the rules, detectors and field elements found in them) a thread keeps
#: across delmål, the least recently used dropped first: a municipality's files repeat many texts (the same
#: method description, documentation answer, indicator level), and a repeated text is then neither tokenized nor
#: matched again. A text is kept from its second time on (RECENT_SEEN remembers which texts were met, by hash):
#: texts met once (a name, a day, an hour of their own) would only churn the keep and hold memory (a kept analysis
#: is about 6 KB: its tokens and what was found in them), and every analysis kept alive is more for the garbage
#: collector to walk. Texts longer than RECENT_MAX_CHARS are not kept. When the keep is full, a text kept but not
#: used again since makes room first (`recent_analysis`).
RECENT_TEXTS = 3072
RECENT_SEEN = 32768
RECENT_MAX_CHARS = 4000


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
        self._detectors = [(r, ("detector", r.id)) for r in self.detector_rules]  # with their memo keys, made once
        self._pattern_rules = [r for r in self.lex.rules if r.detector is None]
        self._index = PatternIndex((r, p) for r in self._pattern_rules for p in r.patterns)
        # an index of only the rules of the codes asked for, per set of codes: a field whose codes have no
        # pattern rule (most of a delmål's fields) is not matched at all
        self._indexes: dict[frozenset[str], CodeView | None] = {}
        self._determiners = g.sets.determiners
        # per thread (an analysis's memo is filled as the checks ask, so no two threads share one): see RECENT_TEXTS
        self._local = threading.local()

    # ------------------------------------------------------------------ analysis
    def analyze(self, text: str) -> Analysis:
        # Lone surrogates (from broken input) cannot be encoded; replacing each by one U+FFFD keeps offsets.
        an = self.analyzer.analyze(_SURROGATES.sub("\ufffd", text))
        an.text = text
        mark = self.grammar.mark_clauses
        # each sentence's heading_end, as mark_clauses found it (grammar.bodies reads it: once per sentence)
        an.memo["headings"] = [mark(an.toks[a:b]) for a, b in an.sent_bounds]
        return an

    def recent_analysis(self, text: str) -> Analysis:
        """`analyze(text)`, kept for the next delmål that has the same text (at most RECENT_TEXTS texts met more
        than once, per thread): everything kept with an analysis depends on the text alone (and on what its memo
        keys name), so a kept one gives exactly what a fresh one gives."""
        recent = getattr(self._local, "analyses", None)
        if recent is None:
            recent = self._local.analyses = OrderedDict()
            self._local.seen = set()
            self._local.used = set()
        an = recent.get(text)
        if an is not None:
            recent.move_to_end(text)
            self._local.used.add(text)
            return an
        an = self.analyze(text)
        if len(text) <= RECENT_MAX_CHARS:
            seen = self._local.seen
            h = hash(text)
            if h not in seen:
                if len(seen) >= RECENT_SEEN:
                    seen.clear()
                seen.add(h)
            elif len(recent) < RECENT_TEXTS:
                recent[text] = an
                self._local.used.add(text)
            else:
                # full: the least recently used text makes room only if it has not been used since it last came
                # round (a second chance: kept or used marks it, coming round unmarks it and moves it up, and the
                # new text is then not kept). Files checked in a cycle longer than the keep so keep hitting on what
                # is kept, where plain least-recently-used would have each text push out the one needed next.
                used = self._local.used
                oldest = next(iter(recent))
                if oldest in used:
                    used.discard(oldest)
                    recent.move_to_end(oldest)
                else:
                    del recent[oldest]
                    recent[text] = an
                    used.add(text)
        return an

    # ------------------------------------------------------------------ matching
    def _index_for(self, codes: set[str] | None) -> PatternIndex | CodeView | None:
        """The pattern index of the rules whose code is in `codes` (all rules for None), in the rules' order, so
        the hits are those of the whole index filtered by code, in the same order; None when no rule is left."""
        if codes is None:
            return self._index
        key = frozenset(codes)
        index = self._indexes.get(key, False)
        if index is False:
            rules = [r for r in self._pattern_rules if r.code in key]
            index = CodeView(self._index, key) if rules else None
            if len(self._indexes) > 256:  # callers pass a few fixed sets; never grow without bound
                self._indexes.clear()
            self._indexes[key] = index
        return index

    def _pattern_hits(self, an: Analysis, index: PatternIndex | CodeView | None = None) -> list[tuple[Rule, int, int]]:
        index = index or self._index
        toks = an.toks
        hits: list[tuple[Rule, int, int]] = []
        candidates_at = index.candidates_at
        # a word the whole index knows starts no pattern (most words) is passed over at one look-up: candidates_at
        # gives the same empty answer (a CodeView's is a part of the whole index's) after two calls
        known = (index.index if type(index) is CodeView else index).known_candidates
        for k, t in enumerate(toks):
            if t.is_punct or known(t.key) is _NO_CANDIDATES:
                continue
            for rule, pat in candidates_at(toks, k):
                end = pat.match_at(toks, k)
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
    def check_text(self, text: str, codes: set[str] | None = None, shared: "OneDelmaal | None" = None) -> list[Finding]:
        """All findings for `text` (optionally only the given codes), sorted by position, no duplicates.

        With `shared` (the texts of one delmål), the text is analysed once however many checks ask, and what the
        rules found in it is kept on that analysis for the next ask (another set of codes)."""
        if not isinstance(text, str) or not text.strip():
            return []
        an = shared.analyze(text) if shared is not None else self.analyze(text)
        memo = an.memo
        index = self._index_for(codes)
        hits = memo.get(index) if index is not None else []
        if hits is None:
            hits = memo[index] = self._pattern_hits(an, index)
        out: list[Finding] = []
        for rule, a, b in hits:
            out.append(rule.finding(an, a, b))
        env = self.env
        for rule, key in self._detectors:
            if codes is None or rule.code in codes:
                found = memo.get(key)
                if found is None:
                    found = memo[key] = list(rule.detector.find(an, env))  # type: ignore[union-attr]
                out.extend(found)
        return _dedupe(out)

    def one_delmaal(self) -> "OneDelmaal":
        """A view of this engine for checking one delmål: each of its texts is tokenized and matched once."""
        return OneDelmaal(self)

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
                end = pat.match_at(toks, k)
                if end is not None and self._accept(rule, toks, k, end):
                    out.append(rule.finding(an, k, end))
        return out


class OneDelmaal:
    """The engine, for the checks of one delmål: the wording rules on each field, the whole-delmål checks and
    the field judges ask for the same texts several times (a field's own codes, then the judges' codes, the
    judges' elements); here each text is analysed once and what was found in it is kept with the analysis.

    Made per delmål and thrown away after it (so memory does not grow with the number of delmål, and no two
    threads share one); `check_text` gives exactly what the engine gives for the same text and codes."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.lex = engine.lex
        self.lang = engine.lang
        self._analyses: dict[str, Analysis] = {}

    def analyze(self, text: str) -> Analysis:
        an = self._analyses.get(text)
        if an is None:
            an = self._analyses[text] = self.engine.recent_analysis(text)
        return an

    def check_text(self, text: str, codes: set[str] | None = None) -> list[Finding]:
        return self.engine.check_text(text, codes, self)


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
