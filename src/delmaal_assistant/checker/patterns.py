"""The pattern language of the lexicons (see `lexicons/da/README.md`): compiling and matching on tokens.

Every word a pattern knows comes from the lexicon files; the language-specific sets the special elements need
(number words, clock words, date prepositions) are handed in by the loader as `PatternWords`.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from delmaal_assistant.checker.nlp import Tok

DATE_RE = re.compile(r"^(\d{1,2})[./-](\d{1,2})(?:[./-](\d{2}|\d{4}))?\.?$")
ISO_DATE_RE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
YEAR_RE = re.compile(r"^(20\d\d)\.?$")
SPLIT_RE = re.compile(r"[-–—/]")
PATTERN_CHARS = set("|[]~#@=*+$")


class PatternError(ValueError):
    """A pattern that cannot be compiled; the message is Danish and names the pattern (not the file)."""


@dataclass(frozen=True)
class VerbEndings:
    """How `word+` makes regular verb forms (from common.toml's [verb_endings])."""

    final_vowel: str = ""
    after_vowel: tuple[str, ...] = ()  # appended to an infinitive that ends in the final vowel
    after_stem: tuple[str, ...] = ()  # appended to that infinitive without its final vowel
    other: tuple[str, ...] = ()  # appended to any other infinitive


@dataclass(frozen=True)
class PatternWords:
    """The words the special elements need, from common.toml."""

    numbers: frozenset[str] = frozenset()  # "#": number words that are quantities on their own
    clock_words: frozenset[str] = frozenset()  # no date or year right after "kl."
    date_prepositions: frozenset[str] = frozenset()  # "frem til 1.3": a bare "1.3" after these is a date
    verbs: VerbEndings = VerbEndings()


def verb_forms(base: str, endings: "VerbEndings") -> set[str]:
    """Regular verb forms from an infinitive, by the endings in common.toml (styrke → styrker, styrkes, …)."""
    forms = {base}
    if base.endswith(endings.final_vowel):
        stem = base[: -len(endings.final_vowel)]
        forms |= {base + e for e in endings.after_vowel} | {stem + e for e in endings.after_stem}
    else:
        forms |= {base + e for e in endings.other}
    return forms


@dataclass(frozen=True)
class Elem:
    kind: str  # word | gap | num | date | year | list | end
    optional: bool = False
    forms: frozenset[str] = frozenset()
    lemmas: frozenset[str] = frozenset()
    prefixes: tuple[str, ...] = ()
    suffixes: tuple[str, ...] = ()
    gap: int = 0
    items: frozenset[str] = frozenset()  # @lists (exact lower forms); number words for "#"
    words: PatternWords | None = None  # for @date / @year

    def match(self, tok: Tok, prev: Tok | None) -> bool:
        if tok.is_punct:
            return False
        k = self.kind
        if k == "word":
            low = tok.lower
            if low in self.forms or (self.lemmas and not self.lemmas.isdisjoint(tok.lemmas)):
                return True
            if self.prefixes and low.startswith(self.prefixes):  # (a tuple: any of them, in one call)
                return True
            # the length test only for a word that ends in one of the suffixes at all (one call for most words)
            return bool(self.suffixes) and low.endswith(self.suffixes) and any(
                low.endswith(s) and len(low) > len(s) + 1 for s in self.suffixes)
        if k == "num":
            return tok.is_digit or tok.lower in self.items
        if k == "list":
            if tok.lower in self.items:
                return True
            parts = [p for p in SPLIT_RE.split(tok.lower) if p]
            return len(parts) > 1 and all(p in self.items or p + "." in self.items for p in parts)
        if k == "end":
            return False
        w = self.words or PatternWords()
        if prev is not None and prev.lower in w.clock_words:
            return False
        if k == "year":
            return bool(YEAR_RE.match(tok.text))
        if k == "date":
            return is_numeric_date(tok.text) or (
                prev is not None and prev.lower in w.date_prepositions and _one_date(tok.text, in_range=True)
            )
        return False


def is_numeric_date(text: str) -> bool:
    """1/3, 1/3-2027, 01.03.2027, 2027-03-01, "1.3." and ranges such as "1.2.-30.4." (not clock times)."""
    m = ISO_DATE_RE.match(text)
    if m:
        return 1 <= int(m.group(2)) <= 12 and 1 <= int(m.group(3)) <= 31
    parts = [p for p in re.split(r"[–—]|(?<=\.)-", text) if p]
    if len(parts) > 1:
        return all(_one_date(p, in_range=True) for p in parts)
    if _one_date(text, in_range=False):
        return True
    for i, ch in enumerate(text):  # "1/2-30/4": a range of two dates joined by a hyphen
        if ch == "-" and _one_date(text[:i], in_range=True) and _one_date(text[i + 1:], in_range=True):
            return True
    return False


def _one_date(text: str, in_range: bool) -> bool:
    m = DATE_RE.match(text)
    if not m:
        return False
    day, month = int(m.group(1)), int(m.group(2))
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return False
    # "7.30" is a clock time and "1.10" could be either: a date needs a year, a slash or dash, a trailing
    # dot ("1.3.") or to be part of a range.
    return bool(m.group(3)) or "/" in text or "-" in text or text.endswith(".") or in_range


@dataclass(frozen=True)
class Pattern:
    source: str
    elems: tuple[Elem, ...]

    def __post_init__(self) -> None:
        object.__setattr__(self, "match_at", compile_matcher(self.elems))
        object.__setattr__(self, "second", _second(self.elems))

    # `match_at(toks, start)`: what `match_at(toks, start, self.elems)` gives, by a matcher made once per pattern
    # (compile_matcher): the hot path of every pattern rule, detector and field element


def _second(elems: tuple[Elem, ...]):
    """The test the word right after the first must pass for the pattern to match at all, or None when there is
    none to make on that word alone: the second element is required and a word, @list or number (its test looks
    at that token's form, lemmas, punctuation and digit alone), and the first is one token. Both matchers then
    fail without it – in the same sentence – and with it failing (PatternIndex.candidates_at)."""
    if (len(elems) < 2 or elems[0].optional or elems[0].kind not in ("word", "list", "num", "date", "year")
            or elems[1].optional or elems[1].kind not in ("word", "list", "num")):
        return None
    return _pred(elems[1])


def _pred(el: Elem):
    """`el.match` as one small function, made once: a plain word (forms and lemmas, most elements) is two set
    tests; every other kind calls `Elem.match` itself."""
    if el.kind == "word" and not el.prefixes and not el.suffixes:
        forms, lemmas = el.forms, el.lemmas
        if lemmas:
            return lambda t, _prev: not t.is_punct and (t.lower in forms or not lemmas.isdisjoint(t.lemmas))
        return lambda t, _prev: not t.is_punct and t.lower in forms
    if el.kind == "list":
        items, match = el.items, el.match
        # the common case (the form is in the list) without the call; the split forms ("1/3-30/4") by Elem.match
        return lambda t, prev: (not t.is_punct and t.lower in items) or match(t, prev)
    return el.match


def compile_matcher(elems: tuple[Elem, ...]):
    """A function (toks, start) → the index after the match, or None: exactly `match_at(toks, start, elems)`.

    A pattern of required words (most of them: no optional word, gap or end) is one loop over its elements; any
    other runs `match_at`'s search as a chain of one function per element (`_chain`), the elements' tests made once
    (`_pred`). tests/test_patterns_compiled.py compares the two on every pattern and every text of the data sets."""
    preds = tuple(_pred(el) for el in elems)
    n = len(elems)
    if all(el.kind in ("word", "list", "num", "date", "year") and not el.optional for el in elems):
        rest = tuple(enumerate(preds))[1:]
        first = preds[0]

        def plain(toks, start):
            t0 = toks[start]
            if not first(t0, toks[start - 1] if start else None):
                return None
            end = start + n
            if end > len(toks):
                return None
            sent = t0.sent
            for e, pred in rest:
                i = start + e
                t = toks[i]
                if t.sent != sent or not pred(t, toks[i - 1]):
                    return None
            return end

        return plain

    kinds = tuple(el.kind for el in elems)
    optional = tuple(el.optional for el in elems)
    gaps = tuple(el.gap for el in elems)
    # fast reject: the first required element after the first one, when only optional one-word elements stand
    # before it, is matched at start+1 … start+e (each optional one takes a word or none); most candidates fail
    # there ("i [den] [næste] # @unit" at every "i" of a text), before the search tries every optional branch
    probe = 0
    for e in range(1, n):
        if kinds[e] not in ("word", "list", "num", "date", "year"):
            break
        if not optional[e]:
            probe = e
            break
    probe_pred = preds[probe] if probe else None
    first = _chain(kinds, optional, gaps, preds)

    def search(toks, start):
        sent = toks[start].sent
        size = len(toks)
        if probe:
            j, last = start + 1, min(start + probe, size - 1)
            while j <= last:
                t = toks[j]
                if t.sent != sent:
                    return None
                if probe_pred(t, toks[j - 1]):
                    break
                j += 1
            else:
                return None
        return first(toks, sent, size, start, start)

    return search


def _chain(kinds, optional, gaps, preds):
    """`match_at`'s search as one function per element, each calling the next: step e (toks, sent, size, i, last)
    is `rec(i, e, last)` with the element's kind, optionality and test fixed when the pattern is compiled (no look-up
    of them per token, no function made per call)."""

    def done(toks, sent, size, i, last):
        return last

    nxt = done
    for e in range(len(kinds) - 1, -1, -1):
        nxt = _step(kinds[e], optional[e], gaps[e], preds[e], nxt)
    return nxt


def _step(kind, optional, gap, pred, nxt):
    if kind == "end":
        def end(toks, sent, size, i, last):
            if i >= size or toks[i].sent != sent or toks[i].is_punct:
                return nxt(toks, sent, size, i, last)
            return None

        return end
    if kind == "gap":
        tries = range(gap + 1)

        def skip(toks, sent, size, i, last):
            j = i
            for _ in tries:
                r = nxt(toks, sent, size, j, last)
                if r is not None:
                    return r
                if j >= size or toks[j].is_punct or toks[j].sent != sent:
                    break
                j += 1
            return None

        return skip
    if optional:
        def maybe(toks, sent, size, i, last):
            if i < size:
                t = toks[i]
                if t.sent == sent and pred(t, toks[i - 1] if i else None):
                    r = nxt(toks, sent, size, i + 1, i + 1)
                    if r is not None:
                        return r
            return nxt(toks, sent, size, i, last)

        return maybe

    def must(toks, sent, size, i, last):
        if i < size:
            t = toks[i]
            if t.sent == sent and pred(t, toks[i - 1] if i else None):
                return nxt(toks, sent, size, i + 1, i + 1)
        return None

    return must


def resolve_list(name: str, lists: dict[str, frozenset[str]]) -> str | None:
    """"@month" refers to the list "months"."""
    if name in lists:
        return name
    return name + "s" if name + "s" in lists else None


def compile_pattern(src: str, lists: dict[str, frozenset[str]], words: PatternWords) -> Pattern:
    """Compile one pattern; raises PatternError with a Danish message."""
    elems: list[Elem] = []
    for raw in src.split():
        optional = raw.startswith("[") and raw.endswith("]")
        spec = raw[1:-1] if optional else raw
        if not spec:
            raise PatternError(f"tomt led i mønsteret '{src}'")
        if re.fullmatch(r"~\d", spec):
            elems.append(Elem("gap", gap=int(spec[1:])))
            continue
        if spec == "#":
            elems.append(Elem("num", optional, items=words.numbers))
            continue
        if spec == "$":
            elems.append(Elem("end"))
            continue
        if spec in ("@date", "@year"):
            elems.append(Elem(spec[1:], optional, words=words))
            continue
        if spec.startswith("@"):
            name = resolve_list(spec[1:], lists)
            if name is None:
                raise PatternError(f"ukendt liste '{spec}' i mønsteret '{src}'")
            elems.append(Elem("list", optional, items=lists[name]))
            continue
        forms: set[str] = set()
        lemmas: set[str] = set()
        prefixes: list[str] = []
        suffixes: list[str] = []
        alts = [a.lower() for a in spec.split("|")]
        dup = sorted({a for a in alts if alts.count(a) > 1})
        if dup:
            raise PatternError(f"'{dup[0]}' står to gange i '{spec}' i mønsteret '{src}'")
        for alt in alts:
            if not alt:
                raise PatternError(f"tomt alternativ i '{spec}' i mønsteret '{src}'")
            if alt.startswith("="):
                forms.add(alt[1:])
            elif alt.endswith("*"):
                prefixes.append(alt[:-1])
            elif alt.startswith("*"):
                suffixes.append(alt[1:])
            elif alt.endswith("+"):
                forms |= verb_forms(alt[:-1], words.verbs)
                lemmas.add(alt[:-1])
            else:
                if set(alt) & PATTERN_CHARS:
                    raise PatternError(f"ukendt tegn i '{alt}' i mønsteret '{src}'")
                forms.add(alt)
                lemmas.add(alt)
        elems.append(Elem("word", optional, frozenset(forms), frozenset(lemmas), tuple(prefixes), tuple(suffixes)))
    if not elems or elems[0].kind == "gap" or elems[0].optional:
        raise PatternError(f"et mønster skal begynde med et ord, der skal være der: '{src}'")
    if elems[-1].kind == "gap":
        raise PatternError(f"et mønster må ikke slutte med et mellemrum (~N): '{src}'")
    return Pattern(src, tuple(elems))


def match_at(toks: list[Tok], start: int, elems: tuple[Elem, ...]) -> int | None:
    """Return the index after the last matched token, or None. Matches stay inside one sentence.

    The definition of the pattern language's matching; the checker runs each pattern's compiled form
    (`Pattern.match_at`, made by `compile_matcher`), which gives the same on every input."""
    sent = toks[start].sent
    if len(elems) > 1:  # fast reject: most candidates fail on a required second word
        second = elems[1]
        if not second.optional and second.kind in ("word", "list"):
            j = start + 1
            if j >= len(toks) or toks[j].sent != sent or not second.match(toks[j], toks[start]):
                return None

    def rec(i: int, e: int, last: int) -> int | None:
        if e == len(elems):
            return last
        el = elems[e]
        if el.kind == "end":
            at_end = i >= len(toks) or toks[i].sent != sent or toks[i].is_punct
            return rec(i, e + 1, last) if at_end else None
        if el.kind == "gap":
            j = i
            for _ in range(el.gap + 1):
                r = rec(j, e + 1, last)
                if r is not None:
                    return r
                if j >= len(toks) or toks[j].is_punct or toks[j].sent != sent:
                    break
                j += 1
            return None
        if i < len(toks) and toks[i].sent == sent and el.match(toks[i], toks[i - 1] if i else None):
            r = rec(i + 1, e + 1, i + 1)
            if r is not None:
                return r
        if el.optional:
            return rec(i, e + 1, last)
        return None

    return rec(start, 0, start)


def next_word_key(toks: list[Tok], k: int) -> tuple[Tok | None, tuple]:
    """The word after toks[k] in its sentence (None at its end) and the memo key of the pair: both words' forms and
    lemmas and the next word's punctuation/digit facts – what a pattern's first two element tests read
    (`PatternIndex.candidates_at`, the field judges' `all_candidates_at`)."""
    t = toks[k]
    n = k + 1
    if n < len(toks) and toks[n].sent == t.sent:
        nt = toks[n]
        return nt, (t.key, nt.key, nt.is_punct, nt.is_digit)
    return None, t.key


class PatternIndex:
    """(owner, pattern) pairs indexed by the word forms / lemmas their first element matches; the rest are
    scanned. `owner` is whatever the caller attaches (a rule)."""

    def __init__(self, items, memo: bool = True) -> None:
        self._keep = memo  # False: the caller memoises (FieldData.all_candidates: one entry per word)
        self._by_key: dict[str, list[tuple[object, Pattern]]] = defaultdict(list)
        self._scan: list[tuple[object, Pattern]] = []
        for owner, pat in items:
            first = pat.elems[0]
            if first.kind == "word" and not first.prefixes and not first.suffixes:
                for key in first.forms | first.lemmas:
                    self._by_key[key].append((owner, pat))
            elif first.kind == "list":
                for key in first.items:
                    self._by_key[key].append((owner, pat))
            else:
                self._scan.append((owner, pat))
        self._memo: dict[tuple[str, frozenset[str]], list[tuple[object, Pattern]]] = {}
        self._memo_at: dict[tuple, tuple] = {}
        # `candidates`' answer for a word (form, lemmas) met before, or None: a caller that passes over words
        # starting no pattern tests `is _NO_CANDIDATES` at one look-up (a word not met yet: ask `candidates`)
        self.known_candidates = self._memo.get

    def candidates_at(self, toks: list[Tok], k: int):
        """`candidates(toks[k])` without the patterns that the next word of the sentence already rules out (their
        second element's test fails on it, or there is none): the same matches, in the same order, for about a
        fifth of the calls to `match_at`. Memoised on both words' forms and lemmas (what those tests read)."""
        t = toks[k]
        found = self.candidates(t)
        if not found or not found.tests_next:  # nothing to rule out: no memo entry per pair of words
            return found
        nt, key = next_word_key(toks, k)
        hit = self._memo_at.get(key)
        if hit is None:
            hit = tuple(rp for rp in found
                        if rp[1].second is None or (nt is not None and rp[1].second(nt, t))) or _NO_CANDIDATES
            if len(self._memo_at) > 100_000:  # bounded, like the memo of single words
                self._memo_at.clear()
            self._memo_at[key] = hit
        return hit

    def candidates(self, tok: Tok) -> list:
        """Patterns that can start at `tok`. Depends only on the form and lemmas, so it is memoised."""
        key = tok.key  # (tok.lower, tok.lemmas)
        hit = self._memo.get(key)
        if hit is not None:
            return hit
        out = _Found(rp for rp in self._scan if _may_start(rp[1].elems[0], tok))
        seen: set[int] = set()
        parts = [p for p in SPLIT_RE.split(tok.lower) if p] if len(tok.lower) > 3 else []
        for k in (tok.lower, *tok.lemmas, *parts, *(p + "." for p in parts)):
            for rp in self._by_key.get(k, ()):
                if id(rp) not in seen:
                    seen.add(id(rp))
                    out.append(rp)
        if not out:
            out = _NO_CANDIDATES  # most words: one shared empty answer, not a list each
        else:
            out.tests_next = any(rp[1].second is not None for rp in out)
        if self._keep:
            if len(self._memo) > 100_000:  # unbounded input (1 MB of unusual words) must not grow memory forever
                self._memo.clear()
            self._memo[key] = out
        return out


_NO_CANDIDATES: tuple = ()


class _Found(list):
    """PatternIndex.candidates' answer for a word: (owner, pattern) pairs, and whether any pattern has a test of
    the next word (`Pattern.second`; without one, candidates_at gives this answer as it is)."""

    __slots__ = ("tests_next",)


class CodeView:
    """The candidates of a PatternIndex whose owner (a rule) has one of `codes`, in the index's order: what an
    index of only those rules gives, without a second memo per set of codes (each a copy of the vocabulary)."""

    def __init__(self, index: PatternIndex, codes: frozenset[str]) -> None:
        self.index, self.codes = index, codes

    def candidates(self, tok: Tok):
        found = self.index.candidates(tok)
        if not found:
            return found
        codes = self.codes
        return [rp for rp in found if rp[0].code in codes]

    def candidates_at(self, toks: list[Tok], k: int):
        found = self.index.candidates_at(toks, k)
        if not found:
            return found
        codes = self.codes
        return [rp for rp in found if rp[0].code in codes]


def _may_start(el: Elem, tok: Tok) -> bool:
    """A superset test for the first element (date/year tests also look at the previous token)."""
    if el.kind in ("date", "year"):
        return tok.is_digit
    return el.match(tok, None)
