"""What the field judges share: the finding of a judge's rule (its code from the judge's registry entry), the
small element tests several judges use, and relevance — what a delmål is about, as lemmas (issue 25)."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from delmaal_assistant.checker.findings import Finding
from delmaal_assistant.checker.whole.answer import Answer, has_alnum, norm_text
from delmaal_assistant.checker.whole.data import FieldData
from delmaal_assistant.checker.whole.judging import JUDGES, Judging
from delmaal_assistant.checker.whole.structural import is_generic_indicator
from delmaal_assistant.core.model.paths import get_field

if TYPE_CHECKING:
    from delmaal_assistant.core.model import Delmaal


#: the wording checker's codes the judges ask for to tell a goal restated as a formål ("Formålet er at …", a
#: handleplan goal that is an abstract state) from the resident's situation
GOAL_WORDING_CODES = frozenset({"purpose-like", "vague-verb"})


def _rf(data: FieldData, judge_name: str, rule_name: str, field: str, **fmt) -> Finding:
    """The finding of one of a judge's rules: the judge names only its rule; the code is the one of its registry
    entry's codes that declares that rule (`judge_rules` in codes.toml)."""
    code = rule_code(data, judge_name, rule_name)
    r = data.rules[(code, rule_name)]
    return Finding.make(code=code, severity=r.severity, start=0, end=0, excerpt="",  # type: ignore[arg-type]
                        message=_safe_fmt(r.message, fmt), suggestion=_safe_fmt(r.suggestion, fmt) or None,
                        question=r.question, field=field, rule=r.id)


def rule_code(data: FieldData, judge_name: str, rule_name: str) -> str:
    """The code of the judge `judge_name` (its `@judge` entry) that declares `rule_name`."""
    codes = [c for c in JUDGES[judge_name].codes if (c, rule_name) in data.rules]
    if len(codes) != 1:
        raise LookupError(f"feltdommeren '{judge_name}': reglen '{rule_name}' findes under {len(codes)} af dens koder "
                          f"({', '.join(JUDGES[judge_name].codes)}) i codes.toml")
    return codes[0]


def _safe_fmt(template: str, fmt: dict) -> str:
    try:
        return template.format(**fmt)
    except (KeyError, IndexError, ValueError):
        return template


def _placeholder(A: Answer) -> bool:
    return placeholder_text(A.text, A.data)


def placeholder_text(text: str, data: FieldData) -> bool:
    """"-", "ok", "x": an answer that says nothing (`_placeholder` of its Answer, without making one)."""
    return norm_text(text) in data.words["placeholder"] or not has_alnum(text)


def _real_time(A: Answer) -> list[tuple[int, int]]:
    return A.outside("time", "vague_time", "as_needed", "vague_frequency", "whim")


def _concrete_actions(A: Answer) -> list[tuple[int, int]]:
    """Staff actions you can see: a concrete verb, or a support verb that names the task as an infinitive
    ("hjælper ham med at skrive listen"). A support verb with a time or an object noun is still no action
    ("hjælper med rengøringen hver fredag")."""
    inf = A.data.words["infinitive_markers"]
    return A.outside("staff_action", "generic_support") or [
        (a, b) for a, b in A.spans("staff_action")
        if b - a > 1 and any(t.lower in inf for t in A.toks[a:b])]


def _names(d: "Delmaal") -> frozenset[str]:
    """The resident's name as the wording writes it ("At Else går …" → else): capitalised words after the first."""
    words = [w.strip(".,;:!?()'\"") for w in d.wording.split()]
    out = []
    for w in words[1:3]:  # the subject after "At": a first name, perhaps a surname ("At Else Marie går …")
        if not (w[:1].isupper() and not w.isupper() and len(w) > 1):
            break
        out.append(w.lower())
    return frozenset(out)


def _activity(j: Judging, *paths: str) -> frozenset[str]:
    """`activity_lemmas` of this delmål, computed once per set of answers."""
    key = ("activity", paths)
    if key not in j.memo:
        j.memo[key] = activity_lemmas(j.d, j.analyze, j.data, *paths)
    return j.memo[key]


def _generic_levels(j: Judging) -> set[str]:
    """The indicator levels the whole check already calls generic (one objection per level is enough)."""
    if "generic" not in j.memo:
        j.memo["generic"] = {f"indicators.levels[{lvl.level}].what_we_see" for lvl in j.d.indicators.levels
                             if is_generic_indicator(j.cfg, lvl.what_we_see)}
    return j.memo["generic"]


def answer_text(d: "Delmaal", path: str) -> str:
    """The text of an answer by its field registry path; a list item's field ("indicators.levels[*].what_we_see",
    "methods[*].description") is the texts of every item, joined."""
    if "[*]." in path:
        items, sub = path.split("[*].", 1)
        return " ".join(getattr(item, sub) for item in get_field(d, items))
    value = get_field(d, path)
    return value if isinstance(value, str) else ""


def activity_lemmas(d: "Delmaal", analyze, data: FieldData, *paths: str) -> frozenset[str]:
    """What this delmål is about, as lemmas (issue 25: relevance): the content words of the given answers —
    by default the wording and the title — without the resident's name, function words, scale words, times."""
    names = _names(d)
    texts = tuple(answer_text(d, p) for p in paths or ("wording", "title"))
    # the same answers (a repeated wording, method, documentation) give the same lemmas: kept with the data, by the
    # texts and the names they depend on; a few thousand at most (each key holds its texts)
    key = (texts, names)
    memo = data.memo_activity
    found = memo.get(key)
    if found is None:
        out: set[str] = set()
        for text in texts:
            if text.strip():
                out |= _content_lemmas(Answer(analyze, text, data, resident_voice=False), names=names)
        found = frozenset(out)
        if len(memo) >= ACTIVITY_MEMO:
            memo.clear()
        memo[key] = found
    return found


#: how many sets of answers' activity lemmas the field data keeps (activity_lemmas)
ACTIVITY_MEMO = 2048


def _noise(data: FieldData) -> frozenset[str]:
    found = data.memo.get("noise")  # the same union for every answer: made once per data
    if found is None:
        w = data.words
        found = data.memo["noise"] = w["common_words"] | w["scale_words"] | w["weekdays"] | w["dayparts"] | \
            w["units"] | w["months"] | w["resident_subjects"] | w["systems"]
    return found


def _content_lemmas(A: Answer, *except_in: str, names: frozenset[str] = frozenset()) -> frozenset[str]:
    """Content lemmas of an answer (not the resident's name, initials, function words); a clock time is kept as
    "kl:20", so an actor who comes at the delmål's own time shares it."""
    # the same answer's lemmas are asked for by several judges (each set of answers of `activity_lemmas`): kept with
    # the text's analysis, by what they depend on
    key = ("content-lemmas", A.first_person, except_in, names)
    owner, found = A.memo.get(key, (None, None))
    if owner is A.data:
        return found
    found = frozenset(_content_lemmas_of(A, except_in, names))
    A.memo[key] = (A.data, found)
    return found


def _content_lemmas_of(A: Answer, except_in: tuple[str, ...], names: frozenset[str]) -> set[str]:
    noise = _noise(A.data)  # and the names: tested apart (no copy of the large union per answer)
    covered = {i for name in except_in for a, b in A.spans(name) for i in range(a, b)}
    clock_words, weekdays = A.data.words["clock_words"], A.data.words["weekdays"]
    toks = A.toks
    out: set[str] = set()
    for t in A.words:
        low = t.lower
        if t.is_digit and (toks[t.i - 1].lower if t.i > 0 else "") in clock_words:
            out.add("kl:" + t.text.split(".")[0].split(":")[0])
        if low in weekdays:  # "tirs.", "tirsdage", "om tirsdagen": the same day
            out.add("kl:" + low[:3])
        if t.i in covered or t.is_digit or len(low) < 3 or low in noise or low in names:
            continue
        if names and any(low.startswith(n) and len(low) <= len(n) + 2 for n in names):
            continue  # "Kaspers", "Else's"
        if t.text.isupper() and len(t.text) <= 4:
            continue  # initials
        out.update(x for x in (*t.lemmas, low) if len(x) >= 3 and x not in noise and x not in names)
    return out


@lru_cache(maxsize=1 << 16)  # asked for every pair of an answer's and the activity's words; pairs repeat a lot
def _related(x: str, y: str) -> bool:
    """One word, or one a part of a compound of the other ("tøj" / "tøjvasken", "klæde" / "påklædning")."""
    if x == y:
        return True
    if x.startswith("kl:") or y.startswith("kl:"):
        return False
    for n, (a, b) in enumerate(((x, y), (_skeleton(x), _skeleton(y)))):  # "cykel" / "cykle", "tænder" / "tænde"
        short, long_ = (a, b) if len(a) <= len(b) else (b, a)
        if short == long_ or len(short) >= 4 and (long_.startswith(short) or (
                n == 0 and long_.endswith(short) and not short.endswith("e"))):  # a compound's head, not "krænk-ende"
            return True
    short = x if len(x) <= len(y) else y
    long_ = y if short is x else x
    if len(short) >= 5 and any(_skeleton(long_[:n]) == _skeleton(short) for n in (len(short), len(short) + 1)):
        return True  # "cykle" / "cykelhandleren": the first part of a compound, its e moved
    stem = short[:-1] if short.endswith("e") else short
    at = long_.find(stem)
    # a verb's stem inside a derived noun ("klæde" / "påklædning"), not inside another verb form ("krænkende")
    return len(stem) >= 4 and at >= 0 and long_[at + len(stem):at + len(stem) + 1] not in ("e", "")


@lru_cache(maxsize=1 << 14)  # asked for every pair of two answers' words: once per word
def _skeleton(w: str) -> str:
    """A word without the weak e of its last syllable, where Danish moves it (cykel → cykl, cykle → cykl)."""
    return w[:-3] + w[-3:].replace("e", "") if len(w) >= 5 else w


def shares_activity(A: Answer, activity: frozenset[str], *except_in: str, topics: bool = True) -> bool:
    """The answer speaks of this delmål's own activity: a shared lemma, object, compound part or clock time, or a
    word of the same daily-life topic (`[topics]` in field_rules.toml: "husleje" and "ugebudget")."""
    mine = _content_lemmas(A, *except_in)
    # a word in both is related (the first test of _related): found by one set operation before the pairs
    if not mine.isdisjoint(activity) or any(_related(x, y) for x in mine for y in activity):
        return True
    if not topics:
        return False
    theirs = {t for y in activity for t in A.data.topics_of(y)}
    return any(A.data.topics_of(x) & theirs for x in mine)
