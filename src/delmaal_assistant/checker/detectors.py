"""Detectors for the core codes: checks that look at a sentence's shape rather than at a phrase.

Each is a registered class; a lexicon rule names it (`type = "detector"`, `detector = "timeframe"`), and its
words come from that rule's file (`lists`) and its settings from the rule (`Options`).
"""

from __future__ import annotations

from collections.abc import Iterable

from pydantic import Field

from delmaal_assistant.checker.findings import Finding
from delmaal_assistant.checker.nlp import Analysis, Tok
from delmaal_assistant.checker.patterns import _NO_CANDIDATES, PatternIndex
from delmaal_assistant.checker.rules import Detector, Env, Strict, register


@register
class Timeframe(Detector):
    """missing-timeframe: fires when none of the rule's patterns (a date, a period, a deadline) matches
    anywhere in the text. A date right after a start or frequency word ("fra 1. januar", "hver 14. dag")
    is not an end."""

    name = "timeframe"
    lists = ("start_words", "frequency_words")
    uses_patterns = True

    def setup(self) -> None:
        self.index = PatternIndex((self.rule, p) for p in self.rule.patterns)
        self.not_end_words = self.words["start_words"] | self.words["frequency_words"]
        self.months = frozenset(self.grammar.months)

    def find(self, an: Analysis, env: Env) -> Iterable[Finding]:
        toks = an.toks
        index = self.index
        candidates_at, known = index.candidates_at, index.known_candidates
        # from the last word back: whether any timeframe is there does not depend on where the search starts, and
        # a wording's timeframe usually closes it ("… inden 1. marts 2027"). Most words start no pattern: known to
        # the index's memo (`candidates`) as such, they are passed over at one look-up (candidates_at would give
        # the same empty answer after two calls)
        for k in range(len(toks) - 1, -1, -1):
            t = toks[k]
            if t.is_punct or known(t.key) is _NO_CANDIDATES:
                continue
            for _rule, pat in candidates_at(toks, k):
                if pat.match_at(toks, k) is not None and not self._after_start_word(toks, k):
                    return []
        words = [i for i, t in enumerate(toks) if not t.is_punct]
        if not words:
            return []
        return [self.rule.finding(an, words[0], words[-1] + 1)]

    def _after_start_word(self, toks: list[Tok], k: int) -> bool:
        """True for "fra 1. januar", "fra januar", "pr. 1/2": a start date, not an end."""
        j = k - 1
        months = self.months
        if toks[k].is_digit or toks[k].lower in months:
            # walk back over the rest of the date: "fra 1. februar 2027" (year ← month ← day ← "fra")
            while (j >= 0 and k - j <= 3 and toks[j].sent == toks[k].sent
                   and (toks[j].is_digit or toks[j].lower in months)):
                j -= 1
        return j >= 0 and toks[j].sent == toks[k].sent and toks[j].lower in self.not_end_words


class StaffSubjectOptions(Strict):
    subject_window: int = Field(4, ge=1, le=12)  # how far into an inverted sentence the subject may stand


@register
class StaffSubject(Detector):
    """staff-perspective: a staff noun is the subject of the main clause ("Personalet støtter …", "Hver morgen
    vækker personalet …", "Det pædagogiske personale …"), or part of a joint subject without the resident."""

    name = "staff_subject"
    Options = StaffSubjectOptions
    lists = ("staff_nouns", "not_after", "resident_words", "adverbial_starters", "determiner_starters")

    def find(self, an: Analysis, env: Env) -> Iterable[Finding]:
        w = self.words
        nouns, not_after, residents = w["staff_nouns"], w["not_after"], w["resident_words"]
        adverbials, det_starters = w["adverbial_starters"], w["determiner_starters"]
        window = self.options.subject_window  # type: ignore[attr-defined]
        and_word = self.grammar.and_word
        out = []
        for a, toks, body in self.grammar.bodies(an):
            started_with_at = body[0] != next(i for i, t in enumerate(toks) if not t.is_punct)
            first = toks[body[0]]
            if first.lower in residents:
                continue
            # a joint subject without the resident: "Forældrene og personalet holder …"
            if (len(body) > 2 and toks[body[1]].lower == and_word and toks[body[2]].lower in nouns
                    and not toks[body[2]].side):
                out.append(self.rule.finding(an, a + body[0], a + body[2] + 1))
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
                out.append(self.rule.finding(an, a + i, a + end))
                break
        return out


@register
class StaffOpener(Detector):
    """staff-perspective: the sentence opens with the staff's action ("Støtte til …", "Sikre at …", "Hjælpe
    beboeren med …")."""

    name = "staff_opener"
    lists = ("strong_openers", "weak_openers", "opener_pairs", "resident_words")

    def find(self, an: Analysis, env: Env) -> Iterable[Finding]:
        w = self.words
        strong, weak, pairs, residents = w["strong_openers"], w["weak_openers"], w["opener_pairs"], w["resident_words"]
        out = []
        for a, toks, body in self.grammar.bodies(an):
            first = toks[body[0]]
            pair = " ".join(toks[i].lower for i in body[:2])
            if pair in pairs:
                out.append(self.rule.finding(an, a + body[0], a + body[1] + 1))
            elif first.lower in strong or (
                first.lower in weak and any(toks[i].lower in residents for i in body[1:4])
            ):
                out.append(self.rule.finding(an, a + body[0], a + body[0] + 1))
        return out


class ServiceInfinitiveOptions(Strict):
    frame_window: int = Field(10, ge=1, le=20)  # how many words a goal frame may hold before its "at"
    object_window: int = Field(4, ge=1, le=8)  # how far after the verb the resident may stand as its object


@register
class ServiceInfinitive(Detector):
    """staff-perspective: an infinitive goal whose implied subject is the staff or the service — at the start
    ("At understøtte, at …") or after a goal frame ("Formålet med indsatsen er at forebygge …", "… har til formål
    at …"). A service verb always counts (unless reflexive: "at sikre sig", "at støtte sin søn" is the resident
    acting); an object verb counts when the resident is its object ("at øge borgerens …", "at give ham …")."""

    name = "service_infinitive"
    Options = ServiceInfinitiveOptions
    lists = ("goal_frames", "frame_links", "service_verbs", "object_verbs", "reflexives", "resident_objects")

    def find(self, an: Analysis, env: Env) -> Iterable[Finding]:
        w = self.words
        opts = self.options
        at = self.grammar.infinitive_marker
        out = []
        for a, b in an.sent_bounds:
            toks = an.toks[a:b]
            words = [i for i, t in enumerate(toks) if not t.is_punct]
            k = self._goal_at(toks, words, at, opts.frame_window)  # type: ignore[attr-defined]
            if k is None or k + 1 >= len(words):
                continue
            v = words[k + 1]
            verb = toks[v]
            names = {verb.lower, *verb.lemmas}
            after = [toks[i] for i in words[k + 2:k + 2 + opts.object_window]]  # type: ignore[attr-defined]
            if after and after[0].lower in w["reflexives"]:
                continue
            if names & w["service_verbs"] or (names & w["object_verbs"] and any(
                    t.lower in w["resident_objects"] or (t.text[:1].isupper() and not t.is_digit) for t in after)):
                out.append(self.rule.finding(an, a + v, a + v + 1))
        return out

    def _goal_at(self, toks: list[Tok], words: list[int], at: str, window: int) -> int | None:
        """The position (in `words`) of the "at" that opens the goal: the first word, or the first "at" after a
        frame that names the goal and links it ("Målet er at", "Det overordnede formål med … er at",
        "… har til formål at")."""
        if not words:
            return None
        if toks[words[0]].lower == at:
            return 0
        w = self.words
        for n in range(1, min(len(words), window + 1)):
            if toks[words[n]].lower == at:
                before = {toks[i].lower for i in words[:n]}
                return n if before & w["goal_frames"] and before & w["frame_links"] else None
        return None
