"""The indicator levels: what we see on each level, and how staff meet and support the resident there."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from delmaal_assistant.checker.findings import Finding
from delmaal_assistant.checker.whole.answer import Answer
from delmaal_assistant.checker.whole.data import FieldData
from delmaal_assistant.checker.whole.judging import Judging, judge
from delmaal_assistant.checker.whole.structural import _f
from delmaal_assistant.checker.whole.judges.common import _concrete_actions, _generic_levels, _names, _placeholder, _rf

if TYPE_CHECKING:
    from delmaal_assistant.core.model import Delmaal


def judge_indicators(d: "Delmaal", analyze, data: FieldData, cfg: dict, already: set[str]) -> list[Finding]:
    """Paraphrases of the scale (as generic-indicator), feelings, and the same text on several levels."""
    out = []
    seen: dict[str, int] = {}
    skip = data.words["scale_words"] | _names(d)  # "Else klarer sig selv uden støtte": the name is no content
    need = data.limits.indicator_min_content
    for lvl in d.indicators.levels:
        text = lvl.what_we_see.strip()
        if not text:
            continue
        field = f"indicators.levels[{lvl.level}].what_we_see"
        key = " ".join(text.lower().strip(" .!").split())
        if field in already:  # already a generic-indicator finding: one objection per level is enough
            seen.setdefault(key, lvl.level)
            continue
        if key in seen:
            out.append(_rf(data, "indicators", "same-text", field, level=lvl.level, other=seen[key]))
            continue
        seen[key] = lvl.level
        A = Answer(analyze, text, data)
        if _placeholder(A):
            continue  # placeholder-answer
        whim = A.spans("whim")
        if whim:  # "Når jeg har lyst, så …", "Nogle gange kan jeg": the resident's mood, not what you see
            out.append(_rf(data, "indicators", "mood", field, level=lvl.level, text=text,
                           excerpt=A.excerpt(whim[0])))
            continue
        state = A.has("feeling") or A.has("abstract_goal")
        # the feeling is the predicate ("Hun er glad for …", "Han har det godt med …"), not a side remark
        head = A.words[min(4, A.n - 1)].i if A.words else 0
        felt = any(a <= head for a, _ in A.spans("feeling"))
        if state and (felt or len(A.content_words(skip, "feeling", "abstract_goal")) < need):
            out.append(_rf(data, "indicators", "feeling", field, level=lvl.level, text=text))
        elif not A.content_words(skip) or (A.has("scale_paraphrase") and (
                A.has("scale_predicate") or len(A.content_words(skip)) < need)) or (
                A.has("split_self") and A.has("split_help")):  # "nogle ting selv, andre med hjælp"
            f = _f(cfg, "generic-indicator", field=field, level=lvl.level, text=text)
            out.append(replace(f, rule="generic-indicator/paraphrase"))
        elif _staff_only(A):
            out.append(_rf(data, "indicators", "staff-only", field, level=lvl.level, text=text))
    return out


def _staff_only(A: Answer) -> bool:
    """An indicator text whose subject is staff and where the resident never acts ("Personalet går med …")."""
    if not A.words or not any(a == A.words[0].i for a, _ in A.spans("role")):
        return False
    if any(t.lower in ("ser", "oplever", "observerer", "kan", "vil") for t in A.words[1:3]):
        return False  # "Vi ser, at han …"
    subjects = A.data.words["resident_subjects"]
    return not any(t.lower in subjects or (t.text.isupper() and 2 <= len(t.text) <= 4) for t in A.words[1:])


@judge("indicators")
def _indicators(j: Judging) -> list[Finding]:
    return judge_indicators(j.d, j.analyze, j.data, j.cfg, _generic_levels(j))


def judge_support(d: "Delmaal", analyze, data: FieldData) -> list[Finding]:
    """"Hvordan møder/støtter vi" on each indicator level: what staff do at that level, something you could see
    them do (or an aid) — not the scale again ("let støtte"), a support verb alone, "efter behov", or an attitude."""
    out = []
    for lvl in d.indicators.levels:
        text = lvl.how_we_support.strip()
        if not text:
            continue
        A = Answer(analyze, text, data)
        if _placeholder(A):
            continue  # placeholder-answer
        field = f"indicators.levels[{lvl.level}].how_we_support"
        attitude = A.spans("attitude_only")
        action = [(a, b) for a, b in _concrete_actions(A) + A.spans("aid")
                  if not any(a < d and c < b for c, d in attitude)]  # "giver ham ro" is an attitude
        need = A.spans("as_needed")
        if need and not action:  # "træder til, hvis det er nødvendigt" leaves open what and when
            out.append(_rf(data, "support", "as-needed", field, level=lvl.level, excerpt=A.excerpt(need[0])))
        elif not action and not _role_acts(A) and not A.has("no_support"):
            out.append(_rf(data, "support", "no-action", field, level=lvl.level, text=text))
    return out


def _role_acts(A: Answer) -> bool:
    """The text opens with a role whose verb is an action, not a support verb, an attitude or "er"
    ("Aftenvagten banker på kl. 10 …" — but not "Nattevagten hjælper", "Vi respekterer …", "Vi er der")."""
    roles = A.spans("role")
    if not roles or not A.words or roles[0][0] != A.words[0].i:
        return False
    after = [t for t in A.words if t.i >= roles[0][1]]
    if not after:
        return False
    verb = after[0]
    if verb.lower in A.data.words["weak_verbs"]:
        return False
    covering = A.spans("generic_support") + A.spans("attitude_only") + A.spans("as_needed")
    return not any(a <= verb.i < b for a, b in covering)


@judge("support")
def _support(j: Judging) -> list[Finding]:
    return judge_support(j.d, j.analyze, j.data)
