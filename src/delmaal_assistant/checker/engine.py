"""The rule engine: marks main and side clauses, runs the lexicon patterns and the detectors."""

from __future__ import annotations

import re
from collections import defaultdict

from delmaal_assistant.checker import extras
from delmaal_assistant.checker.findings import Finding
from delmaal_assistant.checker.lexicon import YEAR_RE, Elem, Lexicon, Pattern, Rule, is_numeric_date, load_lexicon
from delmaal_assistant.checker.nlp import NUMBER_WORDS, Analysis, Analyzer, Tok

_SURROGATES = re.compile("[\ud800-\udfff]")
QUOTES = {"'", '"', "«", "»", "„", "“", "”", "‘", "’"}
CLAUSE_BREAKS = {",", ";", ":", "–", "—", "(", ")", "-"}
LEADING_FRAME = {"det", "er", "målet", "delmålet", "formålet", "skal", "være", "vores", "mål", "hensigten"}


class Engine:
    def __init__(self, lang: str = "da") -> None:
        self.lang = lang
        self.lex: Lexicon = load_lexicon(lang)
        c = self.lex.common
        self.analyzer = Analyzer(
            irregular={k.lower(): v.lower() for k, v in c.get("irregular", {}).items()},
            abbreviations=frozenset(a.lower() for a in c.get("abbreviations", [])),
        )
        self._openers_single = {w for w in c.get("side_clause_openers", []) if " " not in w}
        self._openers_multi = [tuple(w.split()) for w in c.get("side_clause_openers", []) if " " in w]
        self._saa_not_before = set(c.get("saa_not_before", []))
        self._time_conj = set(c.get("time_conjunctions", []))
        self._subjects = set(c.get("subject_words", [])) - {"den", "det"}
        self._pronouns = set(c.get("clause_pronouns", []))
        self._relative = set(c.get("relative_pronouns", []))
        self._not_relative_after = set(c.get("not_relative_after", []))
        self._determiners = set(c.get("determiners", []))
        self._multi_by_first: dict[str, list[tuple[str, ...]]] = defaultdict(list)
        for m in self._openers_multi:
            self._multi_by_first[m[0]].append(m)
        # Index pattern rules by the words their first element can match.
        self.detector_rules = [r for r in self.lex.rules if r.detector]
        self._index = PatternIndex((r, p) for r in self.lex.rules if not r.detector for p in r.patterns)
        tf_rule = next(r for r in self.detector_rules if r.detector == "timeframe")
        self._tf_index = PatternIndex((tf_rule, p) for p in tf_rule.patterns)
        tf = self.lex.section("timeframe")
        # a date after these is a start ("fra 1. januar") or a frequency ("hver 14. dag"), not an end
        self._not_end_words = set(tf.get("start_words", [])) | set(tf.get("frequency_words", []))
        self._tf_months = {m.lower() for m in tf.get("months", [])}
        self._staff = self.lex.section("staff_perspective")
        self._extra = self.lex.section("extra")
        self._not_passive = set(self._extra.get("passive-voice", {}).get("not_passive", []))
        self._first_names = frozenset(self._extra.get("personal-name", {}).get("first_names", []))

    # ------------------------------------------------------------------ analysis
    def analyze(self, text: str) -> Analysis:
        # Lone surrogates (from broken input) cannot be encoded; replacing each by one U+FFFD keeps offsets.
        an = self.analyzer.analyze(_SURROGATES.sub("\ufffd", text))
        an.text = text
        for a, b in an.sent_bounds:
            self._mark_clauses(an.toks[a:b])
        return an

    def _mark_clauses(self, toks: list[Tok]) -> None:
        side = False
        paren = False
        quote = False
        clause = 0
        heading = self._heading_end(toks)
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
                    nxt = toks[k + 1].lower if k + 1 < len(toks) else ""
                    # ", at det ikke længere er nødvendigt" continues the side clause it belongs to;
                    # ", hun ikke forstår" (a relative clause without "som") starts one.
                    prev_word = toks[k - 1].lower if k > 0 else ""
                    if low == "," and nxt == "at" and prev_word in self._time_conj:
                        side = True  # "senest dagen efter, at han ikke er mødt op"
                    elif not (side and low == "," and nxt == "at"):
                        side = low == "," and nxt in self._pronouns and k > 0
                    clause += 1
                t.side = side or paren or quote
                t.clause = clause
                continue
            nxt = toks[k + 1].lower if k + 1 < len(toks) else ""
            prev = toks[k - 1].lower if k > 0 else ""
            if not side:
                if low in self._openers_single:
                    side = True
                elif low in self._multi_by_first and any(
                    tuple(x.lower for x in toks[k:k + len(m)]) == m for m in self._multi_by_first[low]
                ):
                    side = True
                elif (low == "så" and nxt and nxt not in self._saa_not_before and prev not in ("og", "") and k > 1
                      and "som" not in [x.lower for x in toks[k + 2:k + 4]]):  # "så selvhjulpen som muligt"
                    side = True
                elif low in self._time_conj and nxt in self._subjects:
                    side = True
                elif (low in self._relative and k > 1 and prev not in self._not_relative_after
                      and not (low == "som" and nxt in ("en", "et"))):  # "som en del af": "as a", not relative
                    side = True
            t.side = side or paren or quote
            t.clause = clause

    @staticmethod
    def _heading_end(toks: list[Tok]) -> int:
        """Index after a short heading ("Livskvalitet:", "Rengøring af lejlighed –") at the start, else 0.

        A colon always ends a heading; a dash only when the words before it hold no finite verb and no
        negation, so "Borgeren ryger ikke – heller ikke …" keeps its predicate."""
        for k, t in enumerate(toks[:7]):
            if t.text == ":" or (t.text.endswith(":") and len(t.text) > 1):
                return k + 1 if k > 0 else 0
            if t.text in ("–", "—") or (t.text == "-" and k > 0):
                before = toks[:k]
                if k == 0 or any(_finite_verb_like(x) or x.lower in ("ikke", "aldrig", "at") for x in before):
                    return 0
                return k + 1
        return 0

    # ------------------------------------------------------------------ matching
    def _match_at(self, toks: list[Tok], start: int, elems: tuple[Elem, ...]) -> int | None:
        """Return the index after the last matched token, or None. Matches stay inside one sentence."""
        sent = toks[start].sent

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

    def _pattern_hits(self, an: Analysis) -> list[tuple[Rule, int, int]]:
        toks = an.toks
        hits: list[tuple[Rule, int, int]] = []
        for k, t in enumerate(toks):
            if t.is_punct:
                continue
            for rule, pat in self._index.candidates(t):
                end = self._match_at(toks, k, pat.elems)
                if end is None or not self._accept(rule, toks, k, end):
                    continue
                hits.append((rule, k, end))
        return hits

    def _accept(self, rule: Rule, toks: list[Tok], a: int, b: int) -> bool:
        if rule.scope == "main" and toks[a].side:
            return False
        if rule.at_start and not self._starts_sentence(toks, a):
            return False
        prev = toks[a - 1].lower if a > 0 and toks[a - 1].sent == toks[a].sent else ""
        if prev in rule.not_after:
            return False
        for follow in rule.not_before:
            if _followed_by(toks, b, follow):
                return False
        if rule.not_after_determiner and prev in self._determiners:
            return False
        if rule.unless_number and self._quantity_near(toks, a, b):
            return False
        return True

    # ------------------------------------------------------------------ checking
    def check_text(self, text: str, codes: set[str] | None = None) -> list[Finding]:
        """All findings for `text` (optionally only the given codes), sorted by position, no duplicates."""
        if not isinstance(text, str) or not text.strip():
            return []
        an = self.analyze(text)
        out: list[Finding] = []
        want = (lambda c: True) if codes is None else (lambda c: c in codes)
        for rule, a, b in self._pattern_hits(an):
            if rule.code != "missing-timeframe" and want(rule.code):
                out.append(self._finding(rule, an, a, b))
        for rule in self.detector_rules:
            if not want(rule.code):
                continue
            out.extend(getattr(self, f"_detect_{rule.detector}")(rule, an))
        if codes is None or codes & set(extras.EXTRA_CODES):
            out.extend(extras.run(self, an, want))
        return _dedupe(out)

    def _finding(self, rule: Rule, an: Analysis, a: int, b: int, **fmt: str) -> Finding:
        toks = an.toks
        start, end = toks[a].start, toks[b - 1].end
        excerpt = an.text[start:end]
        return Finding(
            code=rule.code,
            severity=rule.severity,  # type: ignore[arg-type]
            start=start,
            end=end,
            excerpt=excerpt,
            message=_fmt(rule.message, excerpt=excerpt, **fmt),
            suggestion=_fmt(rule.suggestion, excerpt=excerpt, **fmt) if rule.suggestion else None,
            question=rule.question,
            rule=rule.id,
        )

    # ------------------------------------------------------------------ detectors
    def _detect_timeframe(self, rule: Rule, an: Analysis) -> list[Finding]:
        toks = an.toks
        for k, t in enumerate(toks):
            if t.is_punct:
                continue
            for _rule, pat in self._tf_index.candidates(t):
                if self._match_at(toks, k, pat.elems) is not None and not self._after_start_word(toks, k):
                    return []
        words = [i for i, t in enumerate(toks) if not t.is_punct]
        if not words:
            return []
        return [self._finding(rule, an, words[0], words[-1] + 1)]

    def _starts_sentence(self, toks: list[Tok], a: int) -> bool:
        """`a` is the first word of its sentence, optionally after a leading "at" or a heading."""
        sent = toks[a].sent
        i = a - 1
        while i >= 0 and toks[i].sent == sent:
            if not toks[i].is_punct and not toks[i].side and toks[i].lower != "at":
                return False
            i -= 1
        return True

    def _quantity_near(self, toks: list[Tok], a: int, b: int) -> bool:
        """A number that makes the matched verb concrete: in its clause and predicate ("øger fra to til tre",
        "forbedrer sin tid fra 40 til 35 min"), not after "… og laver aftensmad én gang" (a new predicate).
        Dates, years, clock times, week numbers and a list number at the start of the sentence don't count."""
        sent, clause = toks[a].sent, toks[a].clause
        first = next(i for i in range(a, -1, -1) if i == 0 or toks[i - 1].sent != sent)
        for i in range(first, min(len(toks), b + 12)):
            t = toks[i]
            if i >= b and t.lower in ("og", "men", "eller") and i + 1 < len(toks) and _finite_verb_like(toks[i + 1]):
                break
            if t.sent != sent or t.clause != clause or i == first or not _strong_number(t):
                continue
            prev = toks[i - 1].lower if i > 0 else ""
            nxt = toks[i + 1].lower if i + 1 < len(toks) else ""
            if prev in ("kl.", "kl", "klokken", "uge", "ugerne", "den", "d.") or nxt in self._tf_months:
                continue
            return True
        return False

    def _after_start_word(self, toks: list[Tok], k: int) -> bool:
        """True for "fra 1. januar", "fra januar", "pr. 1/2": a start date, not an end."""
        j = k - 1
        months = self._tf_months
        if toks[k].is_digit or toks[k].lower in months:
            # walk back over the rest of the date: "fra 1. februar 2027" (year ← month ← day ← "fra")
            while (j >= 0 and k - j <= 3 and toks[j].sent == toks[k].sent
                   and (toks[j].is_digit or toks[j].lower in months)):
                j -= 1
        return j >= 0 and toks[j].sent == toks[k].sent and toks[j].lower in self._not_end_words

    def _sentence_body(self, toks: list[Tok]) -> list[int]:
        """Indices of the word tokens of a sentence, after a leading "at" / "Målet er, at"."""
        start = self._heading_end(toks)
        idx = [i for i, t in enumerate(toks) if not t.is_punct and i >= start]
        for n, i in enumerate(idx[:6]):
            if toks[i].lower == "at" and all(toks[j].lower in LEADING_FRAME for j in idx[:n]):
                return idx[n + 1:]
        return idx

    def _bodies(self, an: Analysis):
        """(offset, sentence tokens, word indices after a leading "at") for each non-empty sentence."""
        for a, b in an.sent_bounds:
            toks = an.toks[a:b]
            body = self._sentence_body(toks)
            if body:
                yield a, toks, body

    def _detect_staff_subject(self, rule: Rule, an: Analysis) -> list[Finding]:
        cfg = self._staff
        nouns = set(cfg.get("staff_nouns", []))
        not_after = set(cfg.get("not_after", []))
        residents = set(cfg.get("resident_words", []))
        window = int(cfg.get("subject_window", 4))
        adverbials = set(cfg.get("adverbial_starters", []))
        det_starters = set(cfg.get("determiner_starters", []))
        out = []
        for a, toks, body in self._bodies(an):
            started_with_at = body[0] != next(i for i, t in enumerate(toks) if not t.is_punct)
            first = toks[body[0]]
            if first.lower in residents:
                continue
            # a joint subject without the resident: "Forældrene og personalet holder …"
            if (len(body) > 2 and toks[body[1]].lower == "og" and toks[body[2]].lower in nouns
                    and not toks[body[2]].side):
                out.append(self._finding(rule, an, a + body[0], a + body[2] + 1))
                continue
            inverted = not started_with_at and first.lower in adverbials
            cands = body[:window] if inverted else body[:3] if first.lower in det_starters else body[:1]
            for n, i in enumerate(cands):
                t = toks[i]
                if t.side or t.lower not in nouns:
                    continue
                prev = toks[body[n - 1]].lower if n > 0 else ""
                if n > 0 and prev in not_after:
                    continue
                end = i + 2 if i + 1 < len(toks) and not toks[i + 1].is_punct else i + 1
                out.append(self._finding(rule, an, a + i, a + end))
                break
        return out

    def _detect_staff_opener(self, rule: Rule, an: Analysis) -> list[Finding]:
        cfg = self._staff
        strong = set(cfg.get("strong_openers", []))
        weak = set(cfg.get("weak_openers", []))
        pairs = set(cfg.get("opener_pairs", []))
        residents = set(cfg.get("resident_words", []))
        out = []
        for a, toks, body in self._bodies(an):
            first = toks[body[0]]
            pair = " ".join(toks[i].lower for i in body[:2])
            if pair in pairs:
                out.append(self._finding(rule, an, a + body[0], a + body[1] + 1))
            elif first.lower in strong or (
                first.lower in weak and any(toks[i].lower in residents for i in body[1:4])
            ):
                out.append(self._finding(rule, an, a + body[0], a + body[0] + 1))
        return out


class PatternIndex:
    """Patterns indexed by the word forms / lemmas their first element matches; the rest are scanned."""

    def __init__(self, items) -> None:
        self._by_key: dict[str, list[tuple[Rule, Pattern]]] = defaultdict(list)
        self._scan: list[tuple[Rule, Pattern]] = []
        for rule, pat in items:
            first = pat.elems[0]
            if first.kind == "word" and not first.prefixes and not first.suffixes:
                for key in first.forms | first.lemmas:
                    self._by_key[key].append((rule, pat))
            elif first.kind == "list":
                for key in first.items:
                    self._by_key[key].append((rule, pat))
            else:
                self._scan.append((rule, pat))

        self._memo: dict[tuple[str, frozenset[str]], list[tuple[Rule, Pattern]]] = {}

    def candidates(self, tok: Tok) -> list[tuple[Rule, Pattern]]:
        """Patterns that can start at `tok`. Depends only on the form and lemmas, so it is memoised."""
        key = (tok.lower, tok.lemmas)
        hit = self._memo.get(key)
        if hit is not None:
            return hit
        out = [rp for rp in self._scan if _may_start(rp[1].elems[0], tok)]
        seen: set[int] = set()
        parts = [p for p in re.split(r"[-–—/]", tok.lower) if p] if len(tok.lower) > 3 else []
        for k in (tok.lower, *tok.lemmas, *parts, *(p + "." for p in parts)):
            for rp in self._by_key.get(k, ()):
                if id(rp) not in seen:
                    seen.add(id(rp))
                    out.append(rp)
        if len(self._memo) > 200_000:  # unbounded input (1 MB of unusual words) must not grow memory forever
            self._memo.clear()
        self._memo[key] = out
        return out


def _finite_verb_like(t: Tok) -> bool:
    """A present-tense verb form: "ryger" → "ryge", "vasker" → "vaske" (form in -r, lemma in -e)."""
    low = t.lower
    return low.endswith("r") and any(lem != low and lem.endswith("e") and low.startswith(lem[:-1]) for lem in t.lemmas)


def _may_start(el: Elem, tok: Tok) -> bool:
    """A superset test for the first element (date/year tests also look at the previous token)."""
    if el.kind in ("date", "year"):
        return tok.is_digit
    return el.match(tok, None)


def _followed_by(toks: list[Tok], b: int, words: tuple[str, ...]) -> bool:
    """True when the tokens from `b` on are `words` ("#" = a number)."""
    for n, w in enumerate(words):
        j = b + n
        if j >= len(toks) or toks[j].sent != toks[b - 1].sent:
            return False
        if w == "#":
            if not _strong_number(toks[j]):
                return False
        elif toks[j].lower != w:
            return False
    return True


def _strong_number(t: Tok) -> bool:
    """A quantity: digits or a number word, but not a date or a year ("1.3.–31.5.", "2027")."""
    if t.is_digit:
        return not (is_numeric_date(t.text) or YEAR_RE.match(t.text))
    low = t.lower
    return (low in NUMBER_WORDS and low not in ("en", "et")) or low in ("halvdelen", "procent", "%", "dobbelt")


def _fmt(template: str | None, **kw: str) -> str:
    if not template:
        return ""
    try:
        return template.format(**kw)
    except (KeyError, IndexError, ValueError):
        return template


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

