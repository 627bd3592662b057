"""The mentor's judges (docs/FIELDS.md): each staff answer of the template is judged by the
elements a good answer holds. The elements, thresholds, messages and examples are data (`field_rules.toml`, see
`data.py`); the elements are found by the shared pattern engine (`answer.py`); the logic here only combines them.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from delmaal_assistant.checker.findings import Finding
from delmaal_assistant.core.model.fields import text_fields
from delmaal_assistant.checker.nlp import NUMBER_WORDS
from delmaal_assistant.checker.whole.answer import Answer
from delmaal_assistant.checker.whole.data import FieldData, field_data
from delmaal_assistant.checker.whole.judging import Judging, judge, registered_judges
from delmaal_assistant.checker.whole.structural import _f, is_generic_indicator
from delmaal_assistant.core.model.codes import judged_fields
from delmaal_assistant.core.resources import data_lang as _data_lang

if TYPE_CHECKING:
    from delmaal_assistant.core.model import Delmaal


def _rf(data: FieldData, code: str, rule_name: str, field: str, **fmt) -> Finding:
    r = data.rules[(code, rule_name)]
    return Finding(code=code, severity=r.severity, start=0, end=0, excerpt="",  # type: ignore[arg-type]
                   message=_safe_fmt(r.message, fmt), suggestion=_safe_fmt(r.suggestion, fmt) or None,
                   question=r.question, field=field, rule=r.id)


def _safe_fmt(template: str, fmt: dict) -> str:
    try:
        return template.format(**fmt)
    except (KeyError, IndexError, ValueError):
        return template


# ------------------------------------------------------------------------------------------------ judges
def _resources(A: Answer) -> list[tuple[int, int]]:
    """Resources that are the resident's now, not an aim: "så han kan klare sig", "skal kunne" do not count."""
    aims = A.data.words["aim_markers"]
    out = []
    for a, b in A.positive("resource"):
        before = [t for t in A.toks[max(0, a - 3):a] if t.sent == A.toks[a].sent and not t.is_punct]
        if any(t.lower in aims for t in before):
            continue
        if A.toks[a].lower in aims and any(a <= c <= b + 3 for c, _ in A.spans("feeling")):
            continue  # "vil gerne have det godt": a wish for a feeling, not something the resident can
        out.append((a, b))
    return out


def _restated_goal(A: Answer, engine) -> str | None:
    """The formål opens as a goal ("Formålet er at …", "At …") whose first sentence the wording checker finds
    vague or formål-like: a restated goal, not the resident's situation. Returns the words found."""
    if engine is None or not A.words or A.words[0].lower not in A.data.words["goal_openers"]:
        return None
    first = A.words[0].sent
    end = max(t.end for t in A.toks if t.sent == first)
    found = engine.check_text(A.text[:end], {"purpose-like", "vague-verb"})
    return found[0].excerpt if found else None


def judge_purpose(A: Answer, data: FieldData, field: str = "purpose", engine=None) -> list[Finding]:
    # a short answer is only weak when it lacks an element: length itself is never the criterion
    if A.n < data.limits.purpose_min_words and not (_resources(A) and _reasons(A)):
        return [_rf(data, "weak-purpose", "too-short", field)]
    goal = _restated_goal(A, engine)
    if goal:
        return [_rf(data, "weak-purpose", "restated-goal", field, excerpt=goal)]
    if not _resources(A):
        return [_rf(data, "weak-purpose", "no-resource", field)]
    if not _reasons(A):
        return [_rf(data, "weak-purpose", "no-reason", field)]
    return []


def _reasons(A: Answer) -> list[tuple[int, int]]:
    """Why it needs a targeted effort — not the "for at" of a resource ("glad for at cykle")."""
    res = _resources(A)
    return [(a, b) for a, b in A.spans("reason") if not any(a < d and c < b for c, d in res)]


def _has_criterion(A: Answer) -> bool:
    for a, b in A.outside("criterion", "vague_measure", "feeling"):
        if b - a == 1 and _not_a_count(A, a):
            continue
        return True
    return False


def _fraction(A: Answer) -> bool:
    """"10/13 tirsdage", "5/7 dage": a threshold out of a number of occasions (threshold and window at once)."""
    return any("/" in t.text and all(p.isdigit() for p in t.text.split("/") if p) and t.text.count("/") == 1
               and not t.text.endswith("/") for t in A.words)


def _criterion_parts(A: Answer) -> tuple[bool, bool, bool]:
    """(threshold, window, end state) of a measurement (FIELDS.md: a criterion for *reached* — "8 af 10 gange",
    "4 uger i træk", an indicator level — or the end state that counts as reached: "når hun har været alene i
    bussen til Næstved"). A state that only got better ("når jeg er blevet god til") is none of them."""
    thr = bool(A.outside("threshold", "vague_measure", "feeling", "whim")) or _fraction(A)
    win = bool(A.spans("window")) or _fraction(A)
    level = any(A.toks[a].lower in A.data.words["level_words"] for a, _ in A.spans("threshold"))
    events = [(a, b) for a, b in A.outside("criterion", "vague_measure", "feeling", "whim")
              if A.toks[a].lower in A.data.words["event_openers"] and not any(t.is_digit for t in A.toks[a:b])]
    return thr or level, win or level, bool(events)


def _bare_count(A: Answer) -> bool:
    """A number of days or times with no window ("… selv 26 dage"): how many, but out of what?"""
    if A.spans("window"):  # "8 gange inden 15. marts", "10 af de 13 onsdage"
        return False
    wins: list[tuple[int, int]] = []
    for t in A.words:
        if (t.is_digit or t.lower in NUMBER_WORDS) and not _not_a_count(A, t.i) and t.lower not in ("en", "et"):
            nxt = A.toks[t.i + 1].lower if t.i + 1 < len(A.toks) else ""
            if nxt in A.data.words["units"] and not any(a <= t.i < b for a, b in wins):
                return True
    return False


def _not_a_count(A: Answer, k: int) -> bool:
    """A lone number that is a date, a year or a clock time ("1. marts", "2027", "kl. 10") is no criterion."""
    t = A.toks[k]
    if not (t.is_digit or t.lower in NUMBER_WORDS):
        return False
    prev = A.toks[k - 1].lower if k > 0 else ""
    nxt = A.toks[k + 1].lower if k + 1 < len(A.toks) else ""
    if prev in ("kl.", "kl", "klokken", "uge", "d.", "den") or nxt in A.data.words["months"]:
        return True
    if len(t.text) == 4 and t.text.startswith("20"):
        return True
    return "/" in t.text or t.text.rstrip(".").count(".") > 0 or "-" in t.text


def judge_measurement(A: Answer, data: FieldData, field: str = "measurement") -> list[Finding]:
    vague = A.spans("vague_quantity")
    counted = any(t.is_digit or t.lower in NUMBER_WORDS for t in A.words
                  if not _not_a_count(A, t.i) and t.lower not in ("en", "et"))
    if vague and not counted:
        return [_rf(data, "weak-measurement", "vague-quantity", field, excerpt=A.excerpt(vague[0]))]
    whim = A.spans("whim")
    if whim:  # "når jeg kommer derned, når jeg skal; det kommer an på …": the resident's mood is no criterion
        return [_rf(data, "weak-measurement", "no-criterion", field)]
    thr, win, event = _criterion_parts(A)
    if thr and win:
        return []
    if event and not _bare_count(A):
        return []
    if _bare_count(A) or (thr and event):  # how many, but out of how many or over which time?
        return [_rf(data, "weak-measurement", "no-window", field)]
    return [_rf(data, "weak-measurement", "no-criterion", field)]


def activity_lemmas(d: "Delmaal", analyze, data: FieldData, *paths: str) -> frozenset[str]:
    """What this delmål is about, as lemmas (issue 25: relevance): the content words of the given answers —
    by default the wording and the title — without the resident's name, function words, scale words, times."""
    texts = {"wording": d.wording, "title": d.title, "measurement": d.measurement,
             "indsats.actions": d.indsats.actions, "handleplan_goal": d.handleplan_goal,
             "indicators": " ".join(lv.what_we_see for lv in d.indicators.levels),
             "methods": " ".join(m.description for m in d.methods)}
    out: set[str] = set()
    names = _names(d)
    for p in paths or ("wording", "title"):
        text = texts.get(p, "")
        if text.strip():
            out |= _content_lemmas(Answer(analyze, text, data, resident_voice=False), names=names)
    return frozenset(out)


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
    noise = _noise(A.data) | names
    covered = {i for name in except_in for a, b in A.spans(name) for i in range(a, b)}
    out: set[str] = set()
    for t in A.words:
        prev = A.toks[t.i - 1].lower if t.i > 0 else ""
        if t.is_digit and prev in A.data.words["clock_words"]:
            out.add("kl:" + t.text.split(".")[0].split(":")[0])
        if t.lower in A.data.words["weekdays"]:  # "tirs.", "tirsdage", "om tirsdagen": the same day
            out.add("kl:" + t.lower[:3])
        if t.i in covered or t.is_digit or len(t.lower) < 3 or t.lower in noise:
            continue
        if any(t.lower.startswith(n) and len(t.lower) <= len(n) + 2 for n in names):
            continue  # "Kaspers", "Else's"
        if t.text.isupper() and len(t.text) <= 4:
            continue  # initials
        out |= {x for x in t.lemmas | {t.lower} if len(x) >= 3 and x not in noise}
    return out


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


def judge_handleplan_goal(A: Answer, data: FieldData, engine, field: str = "handleplan_goal",
                          activity: frozenset[str] = frozenset()) -> list[Finding]:
    """A handleplan goal is the municipality's mål; a formål (an abstract state) is noted as a suggestion. A goal in
    handleplan wording that names the delmål's own activity ("At NH bevarer sin evne til at spise selv", "… håndterer
    konflikter uden vold") is a goal this delmål is a step towards, also when its verb is a wide one."""
    spans = A.spans("abstract_goal")
    found = engine.check_text(A.text, {"purpose-like", "vague-verb"}) if engine is not None else []
    # the goal's own words, not only its topic: "får styr på sit misbrug" is no step on a delmål about treatment
    if activity and shares_activity(A, activity, "abstract_goal", topics=False):
        return []
    pl = [f for f in found if f.code == "purpose-like"]
    if spans or pl:
        ex = A.excerpt(spans[0]) if spans else pl[0].excerpt
        return [_rf(data, "handleplan-goal-formaal", "abstract-state", field, excerpt=ex)]
    vv = [f for f in found if f.code == "vague-verb"]
    if vv:
        # "At Birthe bevarer kontakten til sin søster", "… nedsætter sit alkoholforbrug": a wide verb with its
        # object is the handleplan's wording of a mål; "At han bliver bedre til at klare sig" has no object
        verb = {t.i for t in A.words for f in vv if f.start <= t.start < f.end}
        process = any(t.lower in data.words["process_verbs"] for t in A.words if t.i in verb)
        if process or not _content_lemmas(A, "abstract_goal", names=frozenset()) - {
                x for t in A.words if t.i in verb for x in t.lemmas | {t.lower}}:
            return [_rf(data, "handleplan-goal-formaal", "not-observable", field, excerpt=vv[0].excerpt)]
    return []


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


def judge_indsats(A: Answer, data: FieldData, field: str = "indsats.actions") -> list[Finding]:
    code = "weak-indsats"
    when = _real_time(A)
    need = A.spans("as_needed") or A.spans("whim")  # "når jeg har lyst": the resident's mood decides
    action = _concrete_actions(A)
    if need and not (when and action):  # "morgen og aften, når det er nødvendigt" still leaves it open
        return [_rf(data, code, "as-needed", field, excerpt=A.excerpt(need[0]))]
    if A.n < data.limits.indsats_min_words and not (action and (when or A.has("aid"))):
        return [_rf(data, code, "too-short", field)]
    generic = A.spans("generic_support")
    if generic and not action and not A.has("aid"):  # a time does not make a support verb concrete
        return [_rf(data, code, "generic-support", field, excerpt=A.excerpt(generic[0]))]
    parts = (("hvem (en rolle)", A.has("role")), ("hvornår eller hvor ofte", bool(when)),
             ("hvilket hjælpemiddel", A.has("aid")))
    missing = [w for w, ok in parts[:2] if not ok]
    if not action and not A.has("aid"):
        missing.append("hvad medarbejderen gør")
    if (sum(ok for _, ok in parts) < 2 or not action) and missing:
        # partial evidence: say what was found, and ask for the rest
        found = [w for w, ok in (("hvem", parts[0][1]), ("hvad medarbejderen gør", bool(action)),
                                 ("hvornår", parts[1][1]), ("hjælpemidlet", parts[2][1])) if ok]
        return [_rf(data, code, "incomplete", field, missing=" og ".join(missing),
                    found=(", ".join(found[:-1]) + " og " + found[-1]) if len(found) > 1 else
                    (found[0] if found else "ingen af delene"))]
    return []


def judge_otherwise(A: Answer, data: FieldData,
                    field: str = "indsats.when_resident_wants_otherwise") -> list[Finding]:
    """A plan B needs positive evidence: a concrete alternative action (which is enough on its own) or a real
    moment to try again. Anything else is an attitude, a retry without when or how, or filler."""
    code = "weak-when-resident-wants-otherwise"
    # "Hvis hun ikke har lyst, …" is the situation plan B is for; "… en anden gang, når jeg har lyst" leaves the
    # plan to the resident's mood: evidence inside or after such a clause does not count
    whim = A.spans("whim")
    if A.outside("alternative", "attitude_only", "vague_alternative", "whim") or A.outside(
            "time", "vague_time", "as_needed", "vague_frequency", "deferral", "whim"):
        return []
    if whim and A.first_person:
        return [_rf(data, code, "no-when-or-how", field, excerpt=A.excerpt(whim[0]))]
    att = A.spans("attitude_only")
    if att:
        return [_rf(data, code, "attitude-only", field, excerpt=A.excerpt(att[0]))]
    loose = A.spans("retry") or A.spans("vague_time") or A.spans("vague_alternative") or A.spans("deferral")
    if loose:
        return [_rf(data, code, "no-when-or-how", field, excerpt=A.excerpt(loose[0]))]
    if A.n < data.limits.otherwise_min_words:
        return [_rf(data, code, "too-short", field)]
    return [_rf(data, code, "no-when-or-how", field, excerpt=A.text.strip())]


def _placeholder(A: Answer) -> bool:
    return A.norm in A.data.words["placeholder"] or not any(c.isalnum() for c in A.text)


def _residents_view(A: Answer) -> list[tuple[int, int]]:
    """Attitude words in sentences that are not a staff view ("Personalet vurderer …", "Det er vigtigt at …")
    and not inside a process/information phrase ("deltog i mødet")."""
    staff_sents = {A.toks[a].sent for a, _ in A.spans("staff_view")}
    return [(a, b) for a, b in A.outside("attitude", "informed", "justification_why")
            if A.toks[a].sent not in staff_sents]


def judge_attitude(A: Answer, data: FieldData, justified: bool,
                   field: str = "collaboration.resident_attitude") -> list[Finding]:
    substance = _residents_view(A)
    # "informeret og positiv": one evaluative word beside the information is no view of this delmål
    real = [s for s in substance if not any(c <= s[0] and s[1] <= d for c, d in A.spans("evaluation"))]
    if A.has("informed") and not real:
        return [_rf(data, "weak-attitude", "information-only", field)]
    if justified:
        return []  # "-" beside a real faglig begrundelse: the justification is the answer
    if _placeholder(A) or (A.n < data.limits.attitude_min_words and not substance):
        return [_rf(data, "weak-attitude", "placeholder", field, excerpt=A.text.strip())]
    if not substance:
        return [_rf(data, "weak-attitude", "no-view", field)]
    if not real and A.n <= data.limits.attitude_one_word_max:
        return [_rf(data, "weak-attitude", "one-word", field, excerpt=A.text.strip())]
    return []


def attitude_in_substance(A: Answer) -> bool:
    return bool(A.text.strip()) and not _placeholder(A) and bool(_residents_view(A))


def _justification_rule(A: Answer) -> str | None:
    """The weak sign of a faglig begrundelse, or None when it says why and how the view was sought."""
    if not A.text.strip() or _placeholder(A) or A.n < A.data.limits.justification_min_words:
        return "too-thin"
    if not A.has("justification_why"):
        return "no-reason"
    if not A.has("justification_how"):
        return "no-perspective"
    return None


def justification_is_real(A: Answer) -> bool:
    return _justification_rule(A) is None


def judge_justification(A: Answer, data: FieldData,
                        field: str = "collaboration.professional_justification") -> list[Finding]:
    rule = _justification_rule(A)
    return [_rf(data, "weak-justification", rule, field)] if rule else []


def judge_actor(A: Answer, name: str, i: int, data: FieldData,
                activity: frozenset[str] = frozenset()) -> list[Finding]:
    """An actor's "how" says what they do, and for *this* delmål (FIELDS.md: "what they do for this delmål"): a
    concrete "how" that shares nothing with the delmål's activity ("går til frisør hver 6. uge" on a delmål about
    the bus) is about something else."""
    field = f"external_actors[{i}].how" if A.text.strip() else f"external_actors[{i}]"
    if A.text.strip() and not _placeholder(A):
        concrete = A.outside("staff_action", "vague_how") or A.outside("time", "vague_how")
        if concrete or (A.n >= data.limits.actor_how_min_words and not A.has("vague_how")):
            if activity and not shares_activity(A, activity) and not shares_activity(
                    Answer(A.analyze, name, data, resident_voice=False), activity):
                return [_rf(data, "actor-without-how", "unrelated", field, name=name.strip() or "aktøren")]
            return []
    return [_rf(data, "actor-without-how", "no-how", field, name=name.strip() or "aktøren")]


def _observation(A: Answer) -> bool:
    """What is noted is something you can see: an observation ("om han vaskede selv", "hvor mange gange",
    "hvad der var svært") or a criterion — not a topic ("Økonomi"), "alt vedrørende …", or a feeling ("om hun
    har haft en god dag")."""
    if A.has("vague_what"):
        return False
    seen = A.outside("observed", "vague_what", "feeling")  # "hvordan hun havde det" is a verdict
    counted = A.outside("criterion", "vague_measure")
    if A.has("feeling") and not counted and len(seen) <= 1 and A.n <= 8:
        return False  # "Om hun har haft en god dag": a verdict, not what was seen
    return bool(seen or counted)


def judge_documentation(d: "Delmaal", analyze, data: FieldData) -> list[Finding]:
    """What, who and how often — each in substance; "what" tied to what the delmål measures (issue 25: an
    observation of something else — "hvordan hun havde det" on a delmål about shopping — is no documentation of
    it). Documentation is written by staff: "jeg" there is the staff member."""
    out = []
    doc = d.documentation
    if doc.how_often.strip():
        A = Answer(analyze, doc.how_often, data, resident_voice=False)
        real = [s for s in _real_time(A) if not any(a < s[1] and s[0] < b for a, b in A.spans("once_moment"))]
        if not real:  # "Ved evalueringen i maj", "løbende … til evalueringen": no frequency
            out.append(_rf(data, "weak-documentation", "no-frequency", "documentation.how_often",
                           text=doc.how_often.strip()))
    if doc.who.strip():
        A = Answer(analyze, doc.who, data, resident_voice=False)
        if not A.has("role"):
            out.append(_rf(data, "weak-documentation", "no-role", "documentation.who", text=doc.who.strip()))
        elif not A.outside("role", "collective_role") and not _particular(A):
            out.append(_rf(data, "weak-documentation", "diffuse-who", "documentation.who", text=doc.who.strip()))
    if doc.what.strip():
        A = Answer(analyze, doc.what, data, resident_voice=False)
        if all(t.lower in data.words["systems"] for t in A.words) or _placeholder(A):
            out.append(_rf(data, "weak-documentation", "no-content", "documentation.what", text=doc.what.strip()))
        elif not _observation(A) and not _names_the_criterion(A, d, analyze, data):
            out.append(_rf(data, "weak-documentation", "no-observation", "documentation.what",
                           text=doc.what.strip()))
        else:
            measured = activity_lemmas(d, analyze, data, "wording", "title", "measurement", "indicators")
            counts = A.outside("criterion", "vague_measure") or any(
                t.lower in data.words["count_words"] for t in A.words)
            own = any(t.lower in data.words["own_words"] for a, b in A.spans("observed") for t in A.toks[a:b + 3])
            if measured and not (counts or own) and not shares_activity(A, measured):
                out.append(_rf(data, "weak-documentation", "not-tied", "documentation.what",
                               text=doc.what.strip()))
    return out


def _names_the_criterion(A: Answer, d: "Delmaal", analyze, data: FieldData) -> bool:
    """Shorthand that lists what is noted in the criterion's and the indicators' own words ("Hele vejen / til
    bænken / ikke gået; fald") is an observation tied to the criterion: two or more of their content words."""
    if A.has("vague_what") or A.has("feeling"):
        return False
    measured = activity_lemmas(d, analyze, data, "measurement", "indicators")
    mine = _content_lemmas(A, names=_names(d))
    return len({x for x in mine if any(_related(x, y) for y in measured)}) >= 2


def _particular(A: Answer) -> bool:
    """"Den medarbejder, der var med", "Personalet, der sad ved måltidet": a group narrowed to the one who was
    there (a relative clause after the role) is a particular person."""
    roles = A.spans("role")
    if any(span not in roles for span in A.spans("collective_role")):
        return False  # "Alle medarbejdere, der …": still everyone
    for a, b in roles:
        nxt = [t for t in A.toks[b:b + 3] if not t.is_punct]
        if nxt and nxt[0].lower in A.data.words["relative_pronouns"]:
            return True
    return False


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
            out.append(_rf(data, "indicator-repeated", "same-text", field, level=lvl.level, other=seen[key]))
            continue
        seen[key] = lvl.level
        A = Answer(analyze, text, data)
        if _placeholder(A):
            continue  # placeholder-answer
        whim = A.spans("whim")
        if whim:  # "Når jeg har lyst, så …", "Nogle gange kan jeg": the resident's mood, not what you see
            out.append(_rf(data, "indicator-feeling", "mood", field, level=lvl.level, text=text,
                           excerpt=A.excerpt(whim[0])))
            continue
        state = A.has("feeling") or A.has("abstract_goal")
        # the feeling is the predicate ("Hun er glad for …", "Han har det godt med …"), not a side remark
        head = A.words[min(4, A.n - 1)].i if A.words else 0
        felt = any(a <= head for a, _ in A.spans("feeling"))
        if state and (felt or len(A.content_words(skip, "feeling", "abstract_goal")) < need):
            out.append(_rf(data, "indicator-feeling", "feeling", field, level=lvl.level, text=text))
        elif not A.content_words(skip) or (A.has("scale_paraphrase") and (
                A.has("scale_predicate") or len(A.content_words(skip)) < need)) or (
                A.has("split_self") and A.has("split_help")):  # "nogle ting selv, andre med hjælp"
            f = _f(cfg, "generic-indicator", field=field, level=lvl.level, text=text)
            out.append(replace(f, rule="generic-indicator/paraphrase"))
        elif _staff_only(A):
            out.append(_rf(data, "indicator-staff-action", "staff-only", field, level=lvl.level, text=text))
    return out


def _names(d: "Delmaal") -> frozenset[str]:
    """The resident's name as the wording writes it ("At Else går …" → else): capitalised words after the first."""
    words = [w.strip(".,;:!?()'\"") for w in d.wording.split()]
    out = []
    for w in words[1:3]:  # the subject after "At": a first name, perhaps a surname ("At Else Marie går …")
        if not (w[:1].isupper() and not w.isupper() and len(w) > 1):
            break
        out.append(w.lower())
    return frozenset(out)


def judge_support(d: "Delmaal", analyze, data: FieldData) -> list[Finding]:
    """"Hvordan møder/støtter vi" on each indicator level: what staff do at that level, something you could see
    them do (or an aid) — not the scale again ("let støtte"), a support verb alone, "efter behov", or an attitude."""
    out = []
    code = "weak-indicator-support"
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
            out.append(_rf(data, code, "as-needed", field, level=lvl.level, excerpt=A.excerpt(need[0])))
        elif not action and not _role_acts(A) and not A.has("no_support"):
            out.append(_rf(data, code, "no-action", field, level=lvl.level, text=text))
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


def judge_methods(d: "Delmaal", analyze, data: FieldData, activity: frozenset[str] = frozenset()) -> list[Finding]:
    """Each method (not an approach: approach-as-method) says how it is used here: a staff action, a time or an
    aid, in a few words — not only its name, "bruges" or "vi arbejder ud fra …"."""
    out = []
    for i, m in enumerate(d.methods):
        if m.kind == "tilgang" or not m.name.strip():
            continue
        A = Answer(analyze, m.description, data)
        used = A.n >= data.limits.method_use_min_words and not _placeholder(A) and bool(
            _concrete_actions(A) or A.outside("time", "vague_time", "as_needed") or A.has("aid"))
        if not used:
            out.append(_rf(data, "method-without-use", "no-use", f"methods[{i}].description", name=m.name.strip()))
        elif activity and not shares_activity(A, activity) and not shares_activity(
                Answer(analyze, m.name, data, resident_voice=False), activity):
            # used, but for something else than this delmål ("laver en livsbog om barndommen" on cooking)
            out.append(_rf(data, "method-without-use", "unrelated", f"methods[{i}].description",
                           name=m.name.strip()))
    return out


def _staff_only(A: Answer) -> bool:
    """An indicator text whose subject is staff and where the resident never acts ("Personalet går med …")."""
    if not A.words or not any(a == A.words[0].i for a, _ in A.spans("role")):
        return False
    if any(t.lower in ("ser", "oplever", "observerer", "kan", "vil") for t in A.words[1:3]):
        return False  # "Vi ser, at han …"
    subjects = A.data.words["resident_subjects"]
    return not any(t.lower in subjects or (t.text.isupper() and 2 <= len(t.text) <= 4) for t in A.words[1:])


def placeholder_findings(d: "Delmaal", analyze, data: FieldData, judged: set[str]) -> list[Finding]:
    """"-", "ok", "Se handleplan" in a staff field that no other judge covers."""
    out = []
    for path, _title, text in text_fields(d):
        if path in judged or path in ("title", "wording", "collaboration.resident_own_words"):
            continue
        A = Answer(analyze, text, data)
        if _placeholder(A) or A.norm in ("se handleplan", "se handleplanen"):
            out.append(_rf(data, "placeholder-answer", "placeholder", path, text=text.strip()))
    return out


# ------------------------------------------------------------------------------------------------ the registry
# Each judge below registers itself (judging.py); `field_findings` runs them in this order.

def _activity(j: Judging, *paths: str) -> frozenset[str]:
    """`activity_lemmas` of this delmål, computed once per set of answers."""
    key = ("activity", paths)
    if key not in j.memo:
        j.memo[key] = activity_lemmas(j.d, j.analyze, j.data, *paths)
    return j.memo[key]


@judge("purpose", codes=("weak-purpose",))
def _purpose(j: Judging) -> list[Finding]:
    return judge_purpose(j.answer(j.d.purpose), j.data, engine=j.engine) if j.d.purpose.strip() else []


@judge("measurement", codes=("weak-measurement",))
def _measurement(j: Judging) -> list[Finding]:
    return judge_measurement(j.answer(j.d.measurement), j.data) if j.d.measurement.strip() else []


@judge("handleplan-goal", codes=("handleplan-goal-formaal",))
def _handleplan_goal(j: Judging) -> list[Finding]:
    if not j.d.handleplan_goal.strip():
        return []
    return judge_handleplan_goal(j.answer(j.d.handleplan_goal), j.data, j.engine, activity=_activity(j))


@judge("indsats", codes=("weak-indsats",))
def _indsats(j: Judging) -> list[Finding]:
    d = j.d
    if not d.indsats.actions.strip():
        return []
    found = judge_indsats(j.answer(d.indsats.actions), j.data)
    if not found and d.wording.strip():
        # concrete, but is it this delmål's indsats? Judged against the wording, title, measurement and the
        # indicators by shared words, times and topics (issue 25)
        own = _activity(j, "wording", "title", "measurement", "indicators")
        if own and not shares_activity(j.answer(d.indsats.actions), own):
            found = [_rf(j.data, "weak-indsats", "unrelated", "indsats.actions")]
    return found


@judge("otherwise", codes=("weak-when-resident-wants-otherwise",))
def _otherwise(j: Judging) -> list[Finding]:
    text = j.d.indsats.when_resident_wants_otherwise
    return judge_otherwise(j.answer(text), j.data) if text.strip() else []


@judge("attitude", codes=("weak-attitude",))
def _attitude(j: Judging) -> list[Finding]:
    c = j.d.collaboration
    if not c.resident_attitude.strip():
        return []
    return judge_attitude(j.answer(c.resident_attitude), j.data,
                          justified=justification_is_real(j.answer(c.professional_justification)))


@judge("justification", codes=("weak-justification",))
def _justification(j: Judging) -> list[Finding]:
    c = j.d.collaboration
    if not c.professional_justification.strip() or attitude_in_substance(j.answer(c.resident_attitude)):
        return []
    return judge_justification(j.answer(c.professional_justification), j.data)


@judge("actors", codes=("actor-without-how",))
def _actors(j: Judging) -> list[Finding]:
    d = j.d
    if not d.external_actors:
        return []
    activity = _activity(j, "wording", "title", "indsats.actions", "measurement", "handleplan_goal", "indicators",
                          "methods")
    out: list[Finding] = []
    for i, a in enumerate(d.external_actors):
        out += judge_actor(j.answer(a.how), a.name, i, j.data, activity=activity)
    return out


def _generic_levels(j: Judging) -> set[str]:
    """The indicator levels the whole check already calls generic (one objection per level is enough)."""
    if "generic" not in j.memo:
        j.memo["generic"] = {f"indicators.levels[{lvl.level}].what_we_see" for lvl in j.d.indicators.levels
                             if is_generic_indicator(j.cfg, lvl.what_we_see)}
    return j.memo["generic"]


@judge("indicators", codes=("indicator-repeated", "indicator-feeling", "indicator-staff-action"))
def _indicators(j: Judging) -> list[Finding]:
    return judge_indicators(j.d, j.analyze, j.data, j.cfg, _generic_levels(j))


@judge("support", codes=("weak-indicator-support",))
def _support(j: Judging) -> list[Finding]:
    return judge_support(j.d, j.analyze, j.data)


@judge("methods", codes=("method-without-use",))
def _methods(j: Judging) -> list[Finding]:
    activity = _activity(j, "wording", "title", "indsats.actions", "measurement", "handleplan_goal",
                          "indicators") if j.d.methods else frozenset()
    return judge_methods(j.d, j.analyze, j.data, activity)


@judge("documentation", codes=("weak-documentation",))
def _documentation(j: Judging) -> list[Finding]:
    return judge_documentation(j.d, j.analyze, j.data)


@judge("placeholder", codes=("placeholder-answer",), last=True)
def _placeholders(j: Judging) -> list[Finding]:
    judged = {f.field for f in j.found} | _generic_levels(j) | judged_fields(_data_lang(j.d.language))
    return placeholder_findings(j.d, j.analyze, j.data, judged)


def field_findings(engine, d: "Delmaal", cfg: dict | None = None, data: FieldData | None = None) -> list[Finding]:
    """The mentor's judgement of every staff answer of the template, each finding on its field's path: every
    registered judge (`@judge`), in order.

    `engine` needs `analyze(text)` (tokens with lemmas) and `check_text(text, codes)`."""
    data = data or field_data(_data_lang(d.language))
    cfg = cfg if cfg is not None else engine.lex.section("whole")
    j = Judging(engine, d, data, cfg)
    for entry in registered_judges():
        j.found += entry.fn(j)
    return j.found

