"""Issue 28: each pattern runs as a matcher compiled once (`Pattern.match_at`, checker.patterns.compile_matcher);
`patterns.match_at(toks, start, elems)` stays the definition of the pattern language. Here the two are compared on
every pattern of the lexicons and the field judges' elements: at every token of a sample of the project's texts
for every pattern, and at every token of all of them for the patterns that can start there (what the checker
runs)."""

from __future__ import annotations

import sys
from pathlib import Path

from delmaal_assistant.checker import get_checker
from delmaal_assistant.checker.patterns import PatternIndex, match_at
from delmaal_assistant.checker.whole.data import field_data

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from golden_findings import _texts  # noqa: E402

EDGES = ["At borgeren", "kl. 7.30 den 1.3.", "1/2-30/4 2027", "fra 1. februar 2027 til 30. april", "– (x) «y»",
         "Hver 14. dag, og når det er nødvendigt: hjælp!", "uge 12. Han går. Hun går? Ja…"]


def _patterns():
    engine = get_checker()._engine
    pats = [p for r in engine.lex.rules for p in r.patterns]
    pats += [p for ps in field_data().elements.values() for p in ps]
    assert len(pats) > 700
    return engine, pats


def _same(toks, k, pat) -> bool:
    return pat.match_at(toks, k) == match_at(toks, k, pat.elems)


def test_every_pattern_at_every_token_of_a_sample():
    engine, pats = _patterns()
    texts = list(_texts().values())
    sample = texts[::max(1, len(texts) // 60)] + EDGES
    differ = []
    for text in sample:
        toks = engine.analyze(text).toks
        for k in range(len(toks)):
            differ += [(text, k, p.source) for p in pats if not _same(toks, k, p)]
    assert not differ, differ[:10]


def test_the_patterns_that_can_start_at_every_token_of_every_text():
    engine, pats = _patterns()
    index = PatternIndex((None, p) for p in pats)
    n = 0
    for text in list(_texts().values()) + EDGES:
        toks = engine.analyze(text).toks
        for k, t in enumerate(toks):
            for _o, p in index.candidates(t):
                n += 1
                assert _same(toks, k, p), (text, k, p.source)
    assert n > 10_000


def test_candidates_at_leaves_out_only_patterns_that_cannot_match():
    """`PatternIndex.candidates_at(toks, k)` (what the engine and the timeframe detector run) drops the patterns
    whose second element fails on the next word: at every token of every text, the patterns that match are the
    same, in the same order, as among `candidates(toks[k])`, and what it keeps is in that order too."""
    engine, pats = _patterns()
    index = PatternIndex((None, p) for p in pats)
    kept = tried = 0
    for text in list(_texts().values()) + EDGES + ["ikke", "i", "om en uge.", "hver dag"]:
        toks = engine.analyze(text).toks
        for k, t in enumerate(toks):
            full = index.candidates(t)
            fewer = index.candidates_at(toks, k)
            assert [rp for rp in full if any(rp is x for x in fewer)] == list(fewer), (text, k)
            assert ([p.source for _o, p in full if match_at(toks, k, p.elems) is not None]
                    == [p.source for _o, p in fewer if match_at(toks, k, p.elems) is not None]), (text, k)
            tried, kept = tried + len(full), kept + len(fewer)
    assert tried > 10_000 and kept < tried * 0.7  # (about 57 % kept on the data sets)


def test_field_elements_at_a_word_are_found_by_the_same_first_pattern():
    """The field judges' answers look up `FieldData.all_candidates_at(toks, k)` (the patterns the next word does
    not rule out): at every token of every text, each element's first matching pattern – the span an answer keeps
    – is the one among all its patterns that can start there (`all_candidates`)."""
    engine, _pats = _patterns()
    data = field_data()
    n = 0
    for text in list(_texts().values()) + EDGES:
        toks = engine.analyze(text).toks
        for k, t in enumerate(toks):
            full, fewer = data.all_candidates(t), data.all_candidates_at(toks, k)
            assert set(fewer) <= set(full)
            for name, pats in full.items():
                first = next((p.source for p in pats if match_at(toks, k, p.elems) is not None), None)
                got = next((p.source for p in fewer.get(name, ()) if p.match_at(toks, k) is not None), None)
                assert first == got, (text, k, name)
                n += 1
    assert n > 10_000
