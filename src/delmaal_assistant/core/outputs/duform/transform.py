"""A staff text in du-form, sentence by sentence (see the package docstring); a sentence the rules cannot place
is left out with its Danish reason, never guessed."""

from __future__ import annotations

import re
import dataclasses
from dataclasses import dataclass, field

from delmaal_assistant.core.outputs import morph
from delmaal_assistant.core.outputs.duform.resident import Resident, _is_initials, lower_case_name, is_staff_role, maybe_unlisted_name, sole_gender
from delmaal_assistant.core.outputs.duform.rules import _WORD, DuformRules, is_outside, rules, rx
from delmaal_assistant.core.outputs.duform.sentences import object_points_back, QUOTED, VED_AS_VERB, _T, _finite, _sentences
from delmaal_assistant.core.outputs.duform.atclause import _at_sentence
from delmaal_assistant.core.outputs.duform.topic import topic_kept
from delmaal_assistant.core.dates import DAYS_DA, MONTHS_DA
from delmaal_assistant.core.outputs.duform.reference import (_FIRST_WORDS, _apposition, _de_who, _is_name, _pid, _unknown_first_name, _maybe_person, _name_for, _name_gender,
                                                             _one_person, _others_in, _others_named, _person_id,
                                                             _plural_noun)
from delmaal_assistant.core.outputs.duform.reference import _TIME_PLURAL, _only, _organisation, _staff_word
from delmaal_assistant.core.outputs.duform.surface import (_REASONS, _SECOND, _Skip, _for_now, _normalise, _plain,
                                                           _safety,
                                                           _staff_only, _tidy, _undotted,
                                                           _without_staff_clause)


# ------------------------------------------------------------------------------------------------ transform


@dataclass
class Result:
    """The du-sentences and the sentences left out, each with its Danish reason."""

    sentences: list[str] = field(default_factory=list)
    left_out: list[tuple[str, str]] = field(default_factory=list)
    #: parallel to `sentences`: True when the source sentence right before it was left out (a sentence that
    #: leans on it – "Du bestiller selv tiden." – must go too; see easyread._leans_back)
    after_gap: list[bool] = field(default_factory=list)
    #: parallel to `sentences`: True when the sentence said right before it lost a staff-only part (a cut): «Begge
    #: dele …», «Alle 3 dele …» after it may count the part that was cut (see easyread._counts_back)
    after_cut: list[bool] = field(default_factory=list)
    #: parallel to `sentences`: the source sentences left out right before it ("" when none) – what a sentence
    #: after a gap can lean on (easyread._leans_back: a definite noun only those sentences introduced)
    gap_text: list[str] = field(default_factory=list)
    #: the source sentences left out after the last one said ("" when none): a condition alone there belongs to it
    end_gap: str = ""

    @property
    def text(self) -> str:
        return " ".join(self.sentences)


# Reciprocal verbs ("følges ad", "mødes"): a person after "X og" following one of them is a subject.
_RECIPROCAL = frozenset({"følges", "mødes", "ses", "skiftes", "hjælpes", "enes", "snakkes", "samles"})


_APOSTROPHE = re.compile(r"(?<=[\wæøåÆØÅ.])[’‘´`](?=s?(?![\wæøåÆØÅ]))")


def transform(text: str, resident: Resident | None, lang: str = "da", context: str = "") -> Result:
    """`text` (one field) in du-form, sentence by sentence; see the module docstring. `context` names who else is
    in reach before the text (an external actor's name before what they do): a han/hun that may be them is left
    out."""
    r = rules(lang)
    res = Result()
    last_human = ""
    # «A.J.’s cykel», «Kaj´s mor»: a typographic apostrophe or accent before a genitive «s» is the apostrophe the
    # rules read («A.J.'s» → «din»), never left beside «du» («Du’s cykel»)
    text, context = _APOSTROPHE.sub("'", text or ""), _APOSTROPHE.sub("'", context or "")
    if resident is not None and morph.available():
        # «når hanne har taget …»: the resident's name typed in lower case, when the analyser knows the lower-case
        # form as no word («rose», «mark» are words: left as they are, and `_safety` leaves nothing to chance)
        for n in resident.names:
            low = lower_case_name(n)
            if low is not None:
                text = low.sub(n, text)
    if resident is not None and resident.gender and not resident.first_person:
        resident = dataclasses.replace(resident, sole=sole_gender(resident, (text, context), lang))
    base_reach = _one_person(context, _others_in(context, resident, r)) if context else []
    reach = list(base_reach)
    base_named = _others_named(context, resident, r) if context else []
    if len(base_reach) == 1 and base_named:  # the actor is one person: known by their name ("Moster Inge" → Inge)
        names = [w for g, w in base_named if g == base_reach[0] and w[:1].isupper() and w.lower() not in r.others]
        base_named = [(base_reach[0], names[-1] if len(names) == 1 else base_named[-1][1])]
    reach_named = list(base_named)
    prev: list[tuple[str, str]] | None = [] if not context else None  # who the sentence before named (for "de")
    # since a sentence was left out ("?"): everyone who was in reach of it and of what followed it (the genders);
    # a han/hun after it is the resident only when none of them can be called so (`_held_clear`)
    held: list[str] | None = None
    held_named: list[tuple[str, str]] = []  # the same people by name, where they have one (`_all_in_span`)
    field_people = base_named + _others_named(text, resident, r)
    gap = cut = False
    lost: list[str] = []
    prev_sent = ""
    earlier: list[str] = []  # the sentences before this one, said or not (`_continued_predicate`)
    for sent in _sentences(text):
        before_sent, prev_sent = prev_sent, sent
        if before_sent:
            earlier.append(before_sent)
        if resident is None:
            if _mentions_resident_generic(sent, r):
                res.left_out.append((sent, _REASONS["no_resident"]))
                gap = True
                lost.append(sent)
                continue
            resident_ = Resident()
        else:
            resident_ = resident
        def attempt(last_h: str, reach_: list[str], reach_named_: list[tuple[str, str]]) -> tuple[str, str, list]:
            people: list[tuple[str, str]] = []
            label, body = _time_label(sent)
            body = _role_pairs(_obs_first(body), r)
            if resident is not None:
                _staff_then_pronoun(body, before_sent, resident_, r)
                _relative_of_another(body, resident_, r)
            out, last_h = _one(body, resident_, r, last_h, reach_, prev, people, reach_named_, held,
                               field_people, context, held_named, tuple(earlier))
            if label:  # («Uge 1-2: ergoterapeuten henter …»: the rest as written after the label, which opens the
                # sentence with its capital)
                out = label[:1].upper() + label[1:] + (out[:1].lower() + out[1:] if body[:1].islower() else out)
            changed = _quote_changed(sent, out)
            if changed:
                raise _Skip("quoted", changed)
            changed = _speech_changed(sent, out)
            if changed:
                raise _Skip("speech", changed)
            return out, last_h, people

        try:
            try:
                out, last_human, prev = attempt(last_human, reach, reach_named)
            except _Skip as first:
                # a han/hun in doubt only for a person the sentence before named after a preposition, the resident
                # its topic: decided again as after a sentence that named only the resident (`topic.topic_kept`)
                if first.why not in ("pronoun", "reach") or gap or not res.sentences or last_human == "?" \
                        or not topic_kept(before_sent, res.sentences[-1], sent, resident, r):
                    raise
                out, last_human, prev = attempt("R", list(base_reach), list(base_named))
        except _Skip as s:
            res.left_out.append((sent, _REASONS[s.why].format(word=s.word)))
            gap, cut = True, False
            lost.append(sent)
            last_human, prev = "?", None
            held = (held or []) + reach + _others_in(sent, resident_, r, services=True)
            held_named = held_named + reach_named + _others_named(sent, resident_, r, services=True)
            reach = base_reach + _others_in(sent, resident_, r, services=True)  # in reach: the context and the sentence before
            reach_named = base_named + _others_named(sent, resident_, r, services=True)
            continue
        held = None if last_human != "?" else (held or []) + reach + _others_in(sent, resident_, r, services=True)
        held_named = [] if last_human != "?" else held_named + reach_named + _others_named(sent, resident_, r, services=True)
        reach = base_reach + _others_in(sent, resident_, r, services=True)
        reach_named = base_named + _others_named(sent, resident_, r, services=True)
        res.sentences.append(out)
        res.after_gap.append(gap)
        res.after_cut.append(cut)
        res.gap_text.append(" ".join(lost))
        lost = []
        cut = bool(_staff_only(sent, r))  # said, so its staff-only part was cut
        gap = False
    res.end_gap = " ".join(lost)
    return res



def _quote_changed(source: str, said: str) -> str:
    """The first quotation of `said` that `source` does not have word for word (issue 24): what stands in quotation
    marks is someone's own words («øver at sige 'Ali skal hentes kl. 14'») – no person in it is ever changed
    («'din søn skal hentes'» is then the teacher's son); "" when every quotation is as written (a quotation cut
    away with a staff note around it is no change)."""
    written = {q.group(0)[1:-1].strip() for q in QUOTED.finditer(source)}
    for q in QUOTED.finditer(said):
        if q.group(0)[1:-1].strip() not in written:
            src = next((x for x in QUOTED.finditer(source) if x.group(0)[1:-1].strip().lower() !=
                        q.group(0)[1:-1].strip().lower()), None)
            return src.group(0) if src else q.group(0)
    return ""


_WORDS = re.compile(r"[\wæøåÆØÅ'’.-]+")

#: the words a time label before a colon is made of («Uge 1-4:», «Fra uge 5:», «Mandag kl. 9:», «De første 2 uger:»)
_LABEL_WORDS = frozenset({"uge", "uger", "ugerne", "fra", "og", "til", "med", "efter", "i", "de", "den", "første",
                          "sidste", "næste", "hver", "kl", "kl.", "klokken", "hverdage", "weekend", "weekenden",
                          "morgen", "morgenen", "formiddag", "eftermiddag", "aften", "aftenen", "måned", "måneder",
                          "dag", "dage", "periode", "fase", "trin", "om", *DAYS_DA, *(m.lower() for m in MONTHS_DA)})
_LABEL = re.compile(r"^(?P<label>[^:()«»\"]{2,30}):\s+(?=\S)")


def _time_label(sent: str) -> tuple[str, str]:
    """A time label before a colon that opens the sentence («Uge 1-4: ergoterapeuten henter …», «Fra uge 5: Kaj
    cykler selv.») and the clause after it: the clause is read as a sentence of its own (the label is no subject
    and names nobody), the label said before it as written. ("", sent) when the sentence does not open so: only
    time words and numbers, at least one number or weekday, at most five words."""
    m = _LABEL.match(sent)
    if not m:
        return "", sent
    words = [w.lower() for w in _WORDS.findall(m.group("label"))]
    if not words or len(words) > 5 or not all(
            w in _LABEL_WORDS or w.rstrip(".") in _LABEL_WORDS or re.fullmatch(r"\d+(?:[.:–-]\d+)*\.?", w)
            for w in words) or not any(w[:1].isdigit() or w in DAYS_DA for w in words):
        return "", sent
    return m.group(0), sent[m.end():]


#: the words before a staff title said as written: a determiner or count, or a predicate («Sanne er pædagog på …»)
#: staff role nouns in their indefinite form that are plain words too: said as written after an adjective with its
#: determiner («en kvindelig medarbejder», «den faste pædagog», «en anden fast medarbejder») or after a genitive
#: («Kantinens pædagog») – there «en af os» cannot stand
_PLAIN_ROLE_NOUNS = frozenset({"medarbejder", "pædagog", "personale"})
#: determiners before an adjective and a staff role noun («en anden medarbejder», «vores faste pædagog»)
_ROLE_DETERMINERS = frozenset({"en", "et", "den", "det", "vores", "samme", "hver"})
#: adjectives before a staff role noun without the analyser: the lists' few and the regular endings
_ROLE_ADJECTIVES = frozenset({"anden", "fast", "faste", "ny", "nye", "samme", "kendt", "kendte", "erfaren", "erfarne",
                              "voksen", "voksne"})


def _role_after_adjective_or_genitive(toks: list[_T], k: int, r: DuformRules) -> bool:
    """The staff role noun at `k` after one or two adjectives that follow a determiner («en kvindelig medarbejder»,
    «en anden fast medarbejder», «den faste pædagog»), or right after a noun's definite genitive («Kantinens
    pædagog», «værkstedets personale»); nothing but a space between the words."""
    def adjective(t: _T) -> bool:
        if t.kind != "w" or not t.word.islower():
            return False
        rs = morph.readings(t.low) if morph.available() else frozenset()
        if rs:
            return any(x.startswith("adj") for x in rs) and not any(
                x.startswith(("det", "prn", "pr", "cnj", "adv", "vb")) for x in rs) or t.low in _ROLE_ADJECTIVES
        # (a word the analyser does not know, or no analyser: the lists' few and the regular adjective endings)
        return t.low in _ROLE_ADJECTIVES or bool(re.fullmatch(r"[a-zæøå]{3,}(?:lig|lige|ig|ige|isk|iske|ende)", t.low))
    if k < 1 or toks[k].sep.strip() or toks[k - 1].kind != "w":
        return False
    prev = toks[k - 1]
    if re.fullmatch(r"[\wæøåÆØÅ]{3,}(?:ens|ets|ernes)", prev.word):
        return True
    j = k - 1
    for _ in range(2):
        if j < 1 or not adjective(toks[j]):
            return False
        if toks[j].sep.strip() == "," and toks[j - 1].kind == "w" and re.fullmatch(r"[A-ZÆØÅ][a-zæøå]+", toks[j - 1].word) \
                and "(" in toks[j - 1].sep:
            return True  # «(Bo, tegnsprogskyndig pædagog)»: a name and what the person is, in brackets
        if toks[j].sep.strip():
            return False
        j -= 1
        if toks[j].kind == "w" and toks[j].low in _ROLE_DETERMINERS:
            return True
    return False


_BEFORE_BARE_TITLE = frozenset({"en", "et", "den", "denne", "samme", "hver", "to", "tre", "flere", "nogle", "er",
                                "var", "som", "bliver", "blev"})
_POSSESSION = frozenset({"har", "havde", "får", "fik", "ansætter", "ansatte"})
_COUNTED = frozenset({"en", "et", "to", "tre", "fire", "flere", "nogle", "mange", "fast", "faste", "egen", "egne"})


def _staff_elsewhere(toks: list[_T], k: int, resident: Resident, r: DuformRules) -> bool:
    """The staff word at `k` belongs to another workplace, so it is never "en af os"/"vi" (issue 24): a workplace
    noun of [lists] workplace_heads after it («pædagogen på plejehjemmet», «er SSA hos ældrecentret»), or it is
    had by someone who is not us nor the resident («Skolen har en pædagog (Kim)», «Krisecentret har en
    medarbejder, der …», «Hans søster har en SSA»)."""
    if k + 2 < len(toks) and toks[k + 1].low in ("hos", "på", "fra", "i", "ved") and toks[k + 2].kind == "w":
        nxt = re.sub(r"s$", "", toks[k + 2].low) if toks[k + 2].low.endswith("ets") else toks[k + 2].low
        if nxt not in r.places and any(nxt.endswith(h) for h in r.workplace_heads):
            return True
    j = k - 1
    while j >= 0 and toks[j].kind == "w" and (toks[j].low in _COUNTED or toks[j].low in r.adjectives) \
            and not toks[j].sep.strip(" "):
        j -= 1
    if j < 0 or toks[j].low not in _POSSESSION:
        return False
    # who has it: the word before the verb, or right after it («På skolen har de en pædagog»); said as written
    # it is true even of our own place («Bostedet har en pædagog, der …»)
    ours = {"vi", "du", "jeg", "man", "i"} | {n.lower() for n in resident.names}
    if resident.gender:
        ours.add(resident.gender)
    around = [toks[i] for i in (j - 1, j + 1) if 0 <= i < len(toks) and i != k]
    return bool(around) and not any(t.low in ours or t.kind in ("R", "P") for t in around)


def _singular_staff_subject(words: list[str], r: DuformRules, fronted: bool = True) -> bool:
    """The words before a clause's first finite verb name one of our staff as its subject («Medarbejderen …»,
    «SSA'en …», «En kvindelig medarbejder …», «Den voksne …», «En af os …», «Aftenvagten …»): one person whose
    gender the text does not give – never «vi»/«personalet»."""
    lows = [w.lower().rstrip(".") for w in words]
    for i, (w, low) in enumerate(zip(words, lows)):
        if i and _finite(_T(low, ""), r) and low not in r.staff and not is_staff_role(low):
            return fronted and _fronted_staff_subject(words, r)
        if low in r.staff and r.staff[low][0] not in ("vi", "vores") and not low.endswith("s"):
            return True
        stem = re.sub(r"['’](?:en|s)$", "", w).rstrip(".")
        if stem in r.abbreviations and r.abbreviations[stem][0].startswith(("en af os", "din kontaktperson",
                                                                             "den voksne")):
            return True
        if any(stem.lower() == x.lower() for x in r.title_abbreviations) or (
                is_staff_role(low) and not low.endswith(("ne", "et", "s"))):
            return True
        if i and (lows[i - 1], low) in (("den", "voksne"), ("en", "voksen")) \
                or (i > 1 and lows[i - 2] in ("en", "den") and low == "os" and lows[i - 1] == "af"):
            return True
    return False


_SUBJECT_PRONOUNS = frozenset({"jeg", "du", "han", "hun", "vi", "i", "de", "man", "det", "den", "der"})


def _fronted_staff_subject(words: list[str], r: DuformRules) -> bool:
    """A clause with a fronted time, place or adverb, then its finite verb, then one of our staff as the subject
    (V2 inversion: «Mandag kl. 10 går en kvindelig medarbejder ind …», «Bagefter kommer SSA'en»): the staff member
    is the clause's subject as surely as before the verb."""
    return bool(_fronted_verb(words, r))


def _fronted_verb(words: list[str], r: DuformRules) -> int:
    """Where the finite verb of `_fronted_staff_subject`'s clause stands (0: not such a clause). The fronted part
    opens with an adverb, an adverbial or a preposition (or a number) and names nobody – a person before the verb
    is the subject itself; it may hold «og»/«eller» («Tirsdag og fredag kl. 9 går …»)."""
    if len(words) < 3:
        return 0
    w0 = words[0].lower().rstrip(".")
    if not (w0 in r.adverbs or w0 in r.adverbials or w0 in r.prepositions or w0[:1].isdigit()):
        return 0
    for v in range(1, min(len(words) - 1, 7)):
        low = words[v].lower().rstrip(".")
        if low in _SUBJECT_PRONOUNS or low in r.staff or low in r.others or is_staff_role(low) \
                or words[v].rstrip(".") in r.abbreviations or (words[v][:1].isupper() and _is_name(words[v])):
            return 0  # a person (or a pronoun) before the verb: the subject comes first
        if _finite(_T(low, ""), r) and low not in r.prepositions and low not in r.adverbials:
            after = words[v + 1:v + 5]
            # the subject right after the verb: an article, a staff word or a title (never «… med medarbejderen»)
            a0 = after[0].lower().rstrip(".") if after else ""
            if a0 in ("en", "den") or a0 in r.staff or after[0].rstrip(".") in r.abbreviations \
                    or re.sub(r"['’](?:en|s)$", "", after[0]).rstrip(".") in r.abbreviations or is_staff_role(a0):
                return v if _singular_staff_subject(after, r, fronted=False) else 0
            return 0
    return 0


def _first_word_person(word: str) -> bool:
    """A sentence's first word may be a person's name: the names know it, or (with the analyser) it is unknown or
    a bare singular noun with no article («Vibe henter …»: never a noun without «en»/«den» as a subject)."""
    if not word[:1].isupper() or _is_name(word):
        return _is_name(word)
    if not morph.available():
        # without the analyser: a word no list knows that does not end like a definite noun («Trine», never
        # «Kufferten», «Bordet»)
        low = word.lower()
        r = rules()
        return low not in r.others and low not in r.staff and low not in r.common_nouns and low not in r.adverbials \
            and low not in r.adverbs and low not in r.prepositions and low not in r.clause_openers \
            and low not in r.neuter_nouns and low not in r.plural_nouns \
            and not low.endswith(("en", "et", "ene", "erne", "er", "ing", "hed", "tion")) and low not in _FIRST_WORDS
    rs = morph.readings(word)
    return not rs or all(x.startswith("n.") and ".sg.ind" in x for x in rs)


def _relative_of_another(sent: str, resident: Resident, r: DuformRules) -> None:
    """A han/hun/ham/hende/hans/hendes of the resident's gender inside a relative clause («…, som ligger hos
    hende», «…, der står på hendes værelse») in a sentence whose subject is another person – named, a family word,
    a role, or any noun after the resident's possessive («Hendes kusine Vibe henter kufferten, der …»): the clause
    has its own subject, so the pronoun may be that person. Left out (`_Skip` "pronoun") unless certain."""
    if not resident.gender or resident.first_person or resident.gender not in ("han", "hun"):
        return
    forms = ("han", "ham", "hans") if resident.gender == "han" else ("hun", "hende", "hendes")
    m = re.search(r",\s+(?:som|der)\s+([^,;:.]*)", sent)
    if not m or not any(w.lower() in forms for w in _WORDS.findall(m.group(1))):
        return
    words = _WORDS.findall(sent[:m.start()])
    names = {w for n in resident.names for w in n.split()}
    person = False
    for i, w in enumerate(words[:6]):
        low = w.lower().rstrip(".")
        if i and _finite(_T(low, ""), r) and low not in r.others:
            break
        if low in r.staff or w.rstrip(".") in r.abbreviations or is_staff_role(low) or w in names \
                or re.sub(r"(?:'s|s|')$", "", w) in names:
            return  # our staff (never a han/hun) or the resident as the subject
        if (low in r.others and r.others[low] in ("", resident.gender)) \
                or (i and w[:1].isupper() and w[1:2].islower()) \
                or (i == 1 and words[0].lower() in forms[1:]) or (i == 0 and _first_word_person(w)):
            person = True
    if person:
        raise _Skip("pronoun", next(w for w in _WORDS.findall(m.group(1)) if w.lower() in forms))


def _names_resident(words: list[str], resident: Resident) -> bool:
    """The words name the resident: by name (also a genitive) or by a pronoun of the resident's gender."""
    names = {w for n in resident.names for w in n.split()}
    names |= {w.rstrip(".") for w in names}  # («K.'s tablet»: initials with or without their dot)
    forms = {"han": ("han", "ham", "hans"), "hun": ("hun", "hende", "hendes")}.get(resident.gender, ())
    return any(w in names or re.sub(r"(?:'s|s|')$", "", w) in names or re.sub(r"(?:'s|s|')$", "", w).rstrip(".")
               in names or w.lower() in forms for w in words)


def _gendered_staff(words: list[str], g: str, r: DuformRules) -> bool:
    """A staff subject whose gender the text gives as `g`: «en kvindelig medarbejder», «pædagog Lone»."""
    r_ = r
    subject: list[str] = []
    v = _fronted_verb(words, r_)
    if v:  # («Mandag går en kvindelig medarbejder ind …»: the subject after the verb)
        for x in words[v + 1:v + 5]:
            if x.lower() in ("og", "eller", "med") or (subject and _finite(_T(x.lower(), ""), r_)):
                break
            subject.append(x)
            if x.lower() in r_.staff or (is_staff_role(x.lower()) and x.lower().endswith(("en", "et"))) \
                    or re.sub(r"['’](?:en|s)$", "", x).rstrip(".") in r_.abbreviations \
                    or x.rstrip(".") in r_.abbreviations:
                break  # («minder aftenvagten Ulf om …»: a name after a definite staff word is the object)
    else:
        for i, w in enumerate(words):  # the subject only: the words before its clause's finite verb
            if (i and _finite(_T(w.lower(), ""), r_) and w.lower() not in r_.staff and not is_staff_role(w.lower())) \
                    or w.lower() in ("og", "eller", "med"):
                break  # («Kp og Lucas tæller …»: the name after «og» is someone beside the staff member)
            subject.append(w)
    lows = [w.lower() for w in subject]
    if ("kvindelig" in lows and g == "hun") or ("mandlig" in lows and g == "han"):
        return True
    return any(w[:1].isupper() and w[1:2].islower() and i and _name_gender(w) == g for i, w in enumerate(subject))


def _staff_then_pronoun(sent: str, before: str, resident: Resident, r: DuformRules) -> None:
    """A han/hun of the resident's gender that opens a main clause right after a clause whose subject is one of our
    staff («SSA'en kommer kl. 8, og hun giver medicinen», «Den voksne går med. Hun sidder ved siden af.»): it may
    be the staff member going on – whose gender the text does not give – and the staff member's action said as
    «du …» is untrue. Left out (`_Skip` "pronoun") rather than guessed."""
    if not resident.gender or resident.first_person or resident.gender not in ("han", "hun"):
        return
    g = resident.gender
    words = _WORDS.findall(sent)
    seps = re.split(r"[\wæøåÆØÅ'’.-]+", sent)
    _staff_own_clause_pronoun(words, seps, resident, r)
    for k, w in enumerate(words):
        if w.lower() != g:
            continue
        sep = seps[k] if k < len(seps) else ""
        at = k
        if k >= 2 and _finite(_T(words[k - 1].lower(), ""), r):
            # «…, og bagefter tørrer hun …», «Bagefter tørrer hun …»: the subject after a fronted adverb and verb
            j = k - 2
            while j >= 0 and j >= k - 3 and (words[j].lower() in r.adverbs or words[j].lower() in r.adverbials):
                j -= 1
            if j < k - 2 and (j < 0 or words[j].lower() in ("og", "men", "eller")):
                at = j + 1
        if at == 0:
            subject_words = _WORDS.findall(before) if before else []
        elif at >= 2 and (";" in (seps[at] if at < len(seps) else "") or words[at - 1].lower() in ("og", "men", "eller")):
            subject_words = words[:at]
        else:
            continue
        if subject_words and _singular_staff_subject(subject_words[:9], r) \
                and (subject_words[0].lower() not in ("hvis", "når", "om") or _time_om(subject_words, r)) \
                and (_gendered_staff(subject_words[:10], g, r) or not _names_resident(subject_words, resident)):
            # (the resident named in the staff member's clause is in reach too – «KP minder Mads om vasken. Han
            # får en sms.» – and the rules for two people decide; a staff member whose gender the text gives as
            # the resident's – «en kvindelig medarbejder», «pædagog Lone» – is left out always)
            raise _Skip("pronoun", w)


#: words that open a clause inside a sentence whose han/hun may be the staff member as well as the resident: an
#: «at»-clause («har aftalt, at hun må») and a «når»-clause («…, når hun har fået lov»). Not an indirect question
#: («spørger, om hun vil …»: the one asked), a «hvis»-condition («…, hvis hun vil») or a «mens»-clause beside the
#: staff member's action («venter ved kassen, mens hun betaler»): those are the resident, as earlier rounds decided
_INNER_OPENERS = frozenset({"at", "når"})
#: words after "at" that are the subject of a clause of its own («at nogen kører Mads»: Mads is its object, «dig»),
#: not an infinitive («at tage sin medicin»); a capitalised word (a name) too
_AT_CLAUSE_SUBJECTS = frozenset("du vi han hun de der det jeg nogen ingen man andre alle folk nogle".split())
#: of those, the ones no other rule reads as a person: «at nogen kører Mads», «når andre hjælper Mads»
_SOMEONE = frozenset("nogen ingen andre alle folk nogle".split())


def _thing_or_someone_subject(toks: list[_T], j: int, r: DuformRules) -> bool:
    """toks[j], right after «at» or a subordinator and right before a finite verb, is that clause's subject, not a
    verb: «nogen»/«ingen»/«andre» … («at nogen kører Mads») or a noun in the definite singular («at bussen kører
    Mads», «når toget kører Mads hjem») – an infinitive never ends in «-en»/«-et»; with the analyser the word must
    be known only as a noun. Then the resident after the verb is its object, «dig» (it was «… kører du», or left
    out without the analyser)."""
    if not (0 < j < len(toks) - 1) or toks[j].kind != "w" or toks[j].word[:1].isupper() \
            or re.search(r"[,;:()–.]", toks[j].sep + toks[j + 1].sep) or toks[j + 1].kind != "w" \
            or not _finite(toks[j + 1], r):
        return False
    low = toks[j].low
    if low in _SOMEONE:
        return True
    if len(low) < 4 or not low.endswith(("en", "et")) or low in r.adverbs or low in r.adverbials \
            or low in r.prepositions or low in r.others or low in r.staff or low in r.not_verbs:
        return False
    if morph.available():
        rs = morph.readings(low)
        return bool(rs) and all(x.startswith("n.") and ".def" in x for x in rs)
    return True


def _staff_own_clause_pronoun(words: list[str], seps: list[str], resident: Resident, r: DuformRules) -> None:
    """A han/hun of the resident's gender inside a parenthesis or a clause of its own («… (har aftalt at hun må).»,
    «…, når hun har fået lov.») in a sentence whose subject is one of our staff – whose gender the text does not
    give, or gives as the resident's – and which names the resident nowhere else: the pronoun may be the staff
    member («at hun må» = the night shift may), and «at du må» would be untrue. Left out (`_Skip` "pronoun")."""
    g = resident.gender
    other = "han" if g == "hun" else "hun"
    oblique = ("ham", "hans") if g == "han" else ("hende", "hendes")
    names = {w for n in resident.names for w in n.split()}
    depth = 0
    for k, w in enumerate(words):
        sep = seps[k] if k < len(seps) else ""
        depth += sep.count("(") - sep.count(")")
        low = w.lower()
        if low in oblique or w in names or re.sub(r"(?:'s|s|')$", "", w) in names:
            return  # the resident is in the sentence: the rules for two people decide
        if low != g or k < 2:
            continue
        if not (depth > 0 or words[k - 1].lower() in _INNER_OPENERS) \
                or words[k - 1].lower() in ("hvis", "om", "mens"):
            continue  # («(hvis hun vil)»: a condition stays the resident, in a parenthesis too)
        if words[0].lower() in ("hvis", "når", "om") and not _time_om(words, r):
            return
        if any(x.lower() in oblique or x in names for x in words[k + 1:]):
            return
        if _singular_staff_subject(words[:9], r) and not _gendered_staff(words[:10], other, r):
            raise _Skip("pronoun", w)
        return


def _time_om(words: list[str], r: DuformRules) -> bool:
    """«Om morgenen …», «Om aftenen …»: an «om» that opens a time, not a condition («Om hun vil …»)."""
    return len(words) > 1 and words[0].lower() == "om" and (
        f"om {words[1].lower()}" in r.adverbials or words[1].lower() in (
            "morgenen", "aftenen", "natten", "dagen", "formiddagen", "eftermiddagen", "weekenden", "ugen"))


def _mentions_resident_generic(sent: str, r: DuformRules) -> bool:
    """With no resident known: the sentence speaks of someone who may be them – a role word, han/hun, a reflexive,
    or a first name the analyser or the [names] list knows («… foretages af Jonas selv»: said as written it would
    call the resident by name)."""
    low = sent.lower()
    return any(re.search(r"\b" + r"\s+".join(g) + r"s?\b", low) for g in r.generic_subjects) or bool(
        re.search(r"\b(han|hun|ham|hende|hans|hendes|sig|sin|sit|sine)\b", low)) or any(
        morph.name_gender(re.sub(r"(?:'s|s|')$", "", w)) is not None or morph.name_gender(w) is not None
        for w in re.findall(r"\b[A-ZÆØÅ][a-zæøå]+(?:'s|')?", sent))


def _tokens(sent: str, resident: Resident, r: DuformRules) -> tuple[list[_T], str]:
    for n in resident.names:
        if "." in n:  # "K.L." inside a sentence is the name, not a sentence end
            sent = re.sub(re.escape(n) + r"\.(?=.)", n, sent)
        elif re.fullmatch(r"[A-ZÆØÅ]", n):  # one initial: «med N. til lægen», «N.s værelse» – its dot is the name's
            sent = re.sub(rf"(?<![\wæøåÆØÅ.]){n}\.(?=.)", n, sent)
    toks: list[_T] = []
    pos = 0
    for m in _WORD.finditer(sent):
        toks.append(_T(m.group(), sent[pos:m.start()]))
        pos = m.end()
    tail = sent[pos:]
    # resident mentions, longest first: "Anne Marie", "den unge", "beboeren"; genitives "Mads'", "Annes", "TH's"
    names = [tuple(n.split()) for n in resident.names if not resident.first_person]
    names += [g for g in r.generic_subjects]
    names.sort(key=len, reverse=True)
    out: list[_T] = []
    i = 0
    while i < len(toks):
        hit = None
        for n in names:
            seg = toks[i:i + len(n)]
            if len(seg) < len(n):
                continue
            words = [t.word for t in seg]
            generic = n in r.generic_subjects
            head, last = words[:-1], words[-1]
            eq = (lambda a, b: a.lower() == b.lower()) if generic else (lambda a, b: a == b)
            if not all(eq(a, b) for a, b in zip(head, n[:-1])):
                continue
            nl = n[-1]
            if eq(last, nl):
                hit = ("R", len(n))
            elif any(eq(last, nl + suf) for suf in ("'", "'s", "s")) and not (generic and last.lower() == nl + "s"
                                                                                  and False):
                hit = ("RG", len(n))
            if hit and generic and _another_named(toks, i + len(n), resident):
                hit = None  # «beboeren Lone» for a resident called Kim: another resident, never «du»
            elif hit and generic and hit[0] == "R" and _own_name_after(toks, i + len(n), resident):
                hit = ("R", len(n) + 1)  # «beboeren Kim»: one mention of the resident, one «du»
            if hit:
                break
        if hit is None and resident.by_pronoun and i == 1 and toks[0].low == "at" and toks[1].low == resident.gender:
            hit = ("R", 1)  # "At hun selv børster …": the delmål's own subject is the resident
        if hit is None and toks[i].low in r.generic_genitives:
            hit = ("RG", 1)
        if hit is None and not resident.first_person and _bare_role(toks, i, r):
            hit = ("RG" if toks[i].low.endswith("s") else "R", 1)
        if hit:
            kind, n = hit
            out.append(_T(" ".join(t.word for t in toks[i:i + n]), toks[i].sep, kind))
            i += n
            continue
        out.append(toks[i])
        i += 1
    for k in range(1, len(out)):
        if _noun_after_article(out, k, r):
            out[k].noun = True
    return out, tail


def _another_named(toks: list[_T], k: int, resident: Resident) -> bool:
    """A capitalised name right after a generic word for the resident («beboeren Lone», «borgeren Jens») that is not
    one of the resident's names: the word names another resident – or, when the resident has no name in the delmål,
    perhaps the resident: either way not certainly «du»."""
    if k >= len(toks) or toks[k].sep.strip() or not re.fullmatch(r"[A-ZÆØÅ][a-zæøå]+(?:-[A-ZÆØÅ][a-zæøå]+)?",
                                                                   toks[k].word):
        return False
    return not any(toks[k].word == n.split()[0] for n in resident.names)


def _own_name_after(toks: list[_T], k: int, resident: Resident) -> bool:
    """The resident's own one-word name right after a generic word for them («beboeren Kim»)."""
    return k < len(toks) and not toks[k].sep.strip() and any(
        toks[k].word == n for n in resident.names if " " not in n and n[:1].isupper() and len(n) > 1)


def _noun_after_article(toks: list[_T], k: int, r: DuformRules) -> bool:
    """«En hjemmehjælper følger …», «et værksted», «hver hjælper»: a word in -er right after an indefinite article
    (no comma between) is the article's noun, never a finite verb – with the analyser when it knows a noun reading,
    without it when the word is or ends in a noun of `singular_er` («hjælper», «hjemmehjælper»)."""
    t, prev = toks[k], toks[k - 1]
    if t.kind != "w" or prev.kind != "w" or prev.low not in ("en", "et", "hver", "hvert", "enhver", "ingen") \
            or not t.low.endswith("er") or t.word[:1].isupper() or re.search(r"[,;:()–]", t.sep):
        return False
    if morph.available():
        return any(x.startswith("n.") for x in morph.readings(t.low))
    return any(t.low == n or (t.low.endswith(n) and len(t.low) > len(n) + 2) for n in r.singular_er)


#: before a bare role word, words that make it someone (a kind of person), never the resident: «som borger»,
#: «en anden beboer», «hver borger»
_NOT_BARE = frozenset({"som", "en", "anden", "andre", "hver", "enhver", "ingen", "nogen", "ny", "samme", "den", "det",
                       "de", "en anden", "ethvert", "hvilken", "sådan", "alle"})


def _bare_role(toks: list[_T], i: int, r: DuformRules) -> bool:
    """A role word of `bare_roles` without its article in a staff note («sammen med borger kl 18», «Borger ringer
    selv», «når borger kommer hjem», «med borgers medicin»): the resident, in the third person – only as the first
    word before a finite verb, after a preposition, or after a clause opener before a finite verb; never with a
    name, a number or «fra/nr.» after it («beboer fra nr. 4» is someone else) or a determiner before it."""
    t = toks[i]
    base = t.low[:-1] if t.low.endswith("s") and t.low[:-1] in r.bare_roles else t.low
    if base not in r.bare_roles:
        return False
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if nxt is not None and (nxt.word[:1].isupper() or nxt.word[:1].isdigit() or nxt.low in ("fra", "nr", "nr.")):
        return False
    prev = toks[i - 1].low if i > 0 else ""
    if prev in _NOT_BARE:
        return False
    finite_next = nxt is not None and (nxt.low in r.irregular_finite or _finite(nxt, r)) and "," not in nxt.sep
    if base != t.low:  # «borgers»: a genitive before its noun, after a preposition or first
        return nxt is not None and not finite_next and (i == 0 or (prev in r.prepositions and prev != "som"))
    if i == 0 or prev in r.clause_openers:
        return finite_next
    return prev in r.prepositions and prev != "som"


def _possessive(toks: list[_T], k: int, r: DuformRules) -> str:
    """din/dit/dine for the noun after position k (adjectives such as "egen", "nye" are passed over)."""
    words = [t.low for t in toks[k + 1:k + 4]]
    while words and len(words) > 1 and (words[0] in r.adjectives or (
            morph.readings(words[0]) and all(x.startswith("adj") for x in morph.readings(words[0])))):
        if words[0] == "eget":
            return "dit"
        if words[0] == "egne":
            return "dine"
        words = words[1:]
    if len(words) > 1 and words[0].endswith("e") and morph.noun_agreement(words[0]) is None \
            and not any(words[0] in lst for lst in (r.plural_nouns, r.neuter_nouns, r.singular_er, r.common_nouns)) \
            and not _no_noun(words[1], r):
        words = words[1:]  # "hendes bløde håndklæde": an adjective the lists do not know; the noun decides
    if words and len(words) > 1:
        stem = _genitive_stem(words[0], r)
        if stem:  # "Mads' mors bil" → "din mors bil": the possessive agrees with the genitive's own noun
            return _agree(stem, r) if stem not in r.others else (
                "dit" if stem in r.neuter_nouns or stem.endswith(("barn", "medlem", "menneske")) else "din")
    return _agree(words[0], r) if words else "din"


#: words that open a noun phrase of their own after «og»: the second noun has its own determiner already
_OWN_DETERMINER = frozenset({"sin", "sit", "sine", "din", "dit", "dine", "hans", "hendes", "deres", "vores", "en", "et",
                             "den", "det", "de", "min", "mit", "mine", "hver", "hvert", "alle", "nogle", "andre",
                             # a pronoun after «og» opens a clause of its own («på hans værelse og han udfylder …»)
                             "du", "dig", "han", "hun", "ham", "hende", "vi", "os", "dem", "sig", "man", "jeg",
                             "i", "der", "som"})


def _possessive_said(toks: list[_T], k: int, r: DuformRules) -> str:
    """din/dit/dine for the noun after position k (`_possessive`); a second noun joined by «og»/«eller» right after
    it («hans ur og taske») whose gender or number is another gets its own possessive («dit ur og din taske» – never
    «dit ur og taske»); where the second word's gender is not certain, the sentence is left out (`_Skip`)."""
    form = _possessive(toks, k, r)
    for j in range(k + 2, min(k + 5, len(toks) - 1)):
        if toks[j].kind != "w" or re.search(r"[,;:.()\"«»!?–]", toks[j].sep):
            return form
        if toks[j].low not in ("og", "eller"):
            continue
        noun = toks[j + 1]
        if noun.kind != "w" or re.search(r"[,;:.()\"«»!?–]", noun.sep) or noun.word[:1].isupper() \
                or not noun.word.isalpha() or noun.low in _OWN_DETERMINER or noun.low in r.adjectives \
                or _no_noun(noun.low, r) or noun.low in r.staff or noun.low in r.others:
            return form
        after = toks[j + 2] if j + 2 < len(toks) else None
        if after is not None and after.kind == "w" and not re.search(r"[,;:.()]", after.sep) and _finite(after, r) \
                and after.low not in r.prepositions and (not morph.available() or morph.is_noun_only(after.low) is not True):
            return form  # «… og mor henter»: the word after «og» is the subject of a clause of its own
        if morph.available():
            if morph.is_noun_only(noun.low) is not True:
                return form  # «… sin jakke og går»: a verb, or a word the analyser does not know as a noun alone
        elif _finite(noun, r) or not _listed_gender(noun.low, r):
            return form
        second = _agree(noun.low, r)
        if second != form:
            noun.before = second
        return form
    return form


def _no_noun(low: str, r: DuformRules) -> bool:
    """A word that is never the noun after an adjective («hver», «om», «og», «i», a number): «hans blodsukre hver
    mandag» – «blodsukre» is the noun itself, not an adjective before one."""
    return low[:1].isdigit() or low in r.prepositions or low in r.adverbials or low in r.adverbs \
        or low in r.clause_openers or low in ("hver", "hvert", "og", "eller", "men", "kl", "klokken")


def _compound_doubt(low: str, known: str, r: DuformRules) -> bool:
    """A compound the analyser knows only by its own split (no reading of the whole word), whose gender `known`
    is not the gender of its longest last part that the word lists or the analyser know as a noun – the split may
    be wrong («mødekort» split as something common-gender, while «kort» is neuter): the possessive is not guessed."""
    if morph.readings(low) or not morph.compound_readings(low):
        return False
    for i in range(3, len(low) - 2):
        tail = low[i:]
        listed = next((form for lst, form in ((r.neuter_nouns, "dit"), (r.plural_nouns, "dine"),
                                              (r.singular_er, "din"), (r.common_nouns, "din")) if tail in lst), "")
        if listed:
            return known != listed
        forms = {("dine" if ".pl" in x else "dit" if x.startswith("n.nt") else "din")
                 for x in morph.readings(tail) if x.startswith("n.")}
        if forms:
            return known not in forms
    return False


def _genitive_stem(word: str, r: DuformRules) -> str:
    """The noun of a genitive ("mors" → "mor", "værelses" → "værelse", "kontaktpersons" → "kontaktperson") when
    the word is not a noun in its own right and its stem is a person word or a noun whose gender the lists (or
    the analyser) know; "" otherwise ("hus", "bus", "kurs" are nouns, not genitives)."""
    low = word.lower()
    stem = low[:-2] if low.endswith("'s") else low[:-1] if low.endswith(("s", "'")) else ""
    if len(stem) < 2 or any(low in lst for lst in (r.plural_nouns, r.neuter_nouns, r.singular_er, r.common_nouns)) \
            or morph.noun_agreement(low):
        return ""
    if stem in r.others or _listed_gender(stem, r) or morph.noun_agreement(stem):
        return stem
    return ""


def _family_genitive(low: str, r: DuformRules) -> str:
    """The family word a genitive names ("datters", "søsters", "fars" → "datter", "søster", "far") when the
    analyser reads the word as a genitive and its stem is a family word with its gender; "" otherwise. (The
    analyser knows these genitives as nouns of their own, so `_genitive_stem` does not give them: without this
    the sister of «Sofies søsters kæreste hjælper hende» was no person in reach of «hende» on that path alone.)"""
    if low in r.others or not low.endswith("s"):
        return ""
    stem = low[:-2] if low.endswith("'s") else low[:-1]
    if not r.others.get(stem):
        return ""
    return stem if any(x.startswith("n.") and "gen" in x.split(".") for x in morph.readings(low)) else ""


def misspelt(low: str, r: DuformRules) -> bool:
    """A noun no list and no analyser knows whose letters, with a doubled letter written once, are a noun the lists
    or the analyser do know («værrelse», «skemma»): a slip of the pen, so its gender is not read from its ending."""
    lists = (r.plural_nouns, r.neuter_nouns, r.singular_er, r.common_nouns)
    if any(low in lst for lst in lists) or morph.readings(low):
        return False
    for m in re.finditer(r"(.)\1", low):
        single = low[:m.start()] + low[m.start() + 1:]
        if any(single in lst for lst in lists) or any(x.startswith("n.") for x in morph.readings(single)):
            return True
    return False


def _agree(noun: str, r: DuformRules) -> str:
    low = noun.lower()
    for lst, form in ((r.neuter_nouns, "dit"), (r.plural_nouns, "dine"), (r.singular_er, "din")):
        if low in lst:
            return form  # the word lists' own entry first ("MitID" is «dit», not «din» like "tid")
    if misspelt(low, r):
        raise _Skip("possessive", noun)  # «hans værrelse»: «værelse» misspelt is «dit», its ending says «din»
    if any(c.isupper() for c in noun[1:]) and not morph.readings(noun) and not morph.readings(low):
        raise _Skip("possessive", noun)  # a name of a thing ("MobilePay"): its gender is not guessed from a part
    known = morph.noun_agreement(noun)
    if known and _compound_doubt(noun.lower(), known, r):
        raise _Skip("possessive", noun)  # "mødekort": the analyser's split says «din», the last part «kort» is «dit»
    if known:
        return known
    rs = morph.readings(noun.lower()) or morph.compound_readings(noun.lower())
    if noun.lower() not in r.plural_nouns | r.neuter_nouns | r.singular_er and any(x.startswith("n.") for x in rs) \
            and not any(x.startswith("n.ut.sg") for x in rs):
        # "album": one (dit) or many (dine)? the analyser says both – also of a compound it knows only by its parts
        # («kropssprog»: never «din kropssprog» from the ending)
        raise _Skip("possessive", noun)
    noun = noun.lower()
    if noun.endswith("er") and len(noun) > 4 and noun not in r.singular_er and noun not in r.plural_nouns \
            and not any(noun.endswith(w) for w in (*r.plural_nouns, *r.singular_er, *r.neuter_nouns) if len(w) >= 3):
        raise _Skip("possessive", noun)  # "behandler" (one) or "varer" (many)? not guessed
    for lst, form in ((r.plural_nouns, "dine"), (r.neuter_nouns, "dit"), (r.singular_er, "din")):
        # a compound takes the gender of its last part: "spisebord" like "bord", "vasketøj" like "tøj"
        if noun not in lst and any(noun.endswith(w) and len(noun) - len(w) >= 3 for w in lst if len(w) >= 3):
            return form
    if not morph.available() and not _listed_gender(noun, r):
        raise _Skip("possessive", noun)  # without the analyser a noun no list knows is not guessed ("album")
    if noun.endswith("e") and len(noun) >= 6 and noun.isalpha() and noun not in r.staff and noun not in r.others \
            and not _listed_gender(noun, r) and not morph.readings(noun) and not morph.compound_readings(noun):
        # a word in -e the analyser knows neither whole nor by a part («blodsukre»: one, or a plural in -e?) – its
        # number is not guessed from its ending, as on the path without the analyser
        raise _Skip("possessive", noun)
    if noun in r.plural_nouns or (noun.endswith(("erne", "ene")) and noun not in r.singular_er):
        return "dine"
    if noun in r.neuter_nouns or (noun.endswith("et") and len(noun) > 4 and noun not in r.singular_er):
        return "dit"
    if noun.endswith("er") and len(noun) > 4 and noun not in r.singular_er:
        return "dine"
    return "din"


_COMMON_ENDINGS = ("ing", "hed", "tion", "sion", "else")


def _listed_gender(noun: str, r: DuformRules) -> bool:
    """The noun's gender is known without the analyser: it (or its last part) is in one of the lists, or it ends
    like a common-gender noun ("træning", "frihed", "situation", "følelse"; "værelse" is a listed neuter noun)."""
    lists = (r.plural_nouns, r.neuter_nouns, r.singular_er, r.common_nouns)
    if any(noun in lst or any(noun.endswith(w) and len(noun) - len(w) >= 3 for w in lst if len(w) >= 3)
           for lst in lists):
        return True
    return noun.endswith(_COMMON_ENDINGS) and len(noun) > 5


def _cap(word: str, like: str, start: bool) -> str:
    """`word` with a capital letter at the start of the sentence only."""
    return word[:1].upper() + word[1:] if start else word


#: a cleft that points out a han/hun («er det ham der …», «det er hende, som …»)
_CLEFT = re.compile(r"(?i)\b(?:(?:er|var)\s+det|det\s+(?:er|var))\s+(han|ham|hun|hende)\s*,?\s+(?:der|som)\b")


def _title_before_noun(sent: str, r: DuformRules) -> str:
    """A staff title written short right before a noun that is the subject with it («Pæd. leder er med …», «Medarb.
    vagt er kl. 8») or stands alone with it in a bracket («(spl. instruks)»): the title says what the noun is or whose
    it is (the pedagogical leader, the nurse's instruction) – never «en af os leder», «sygeplejersken instruks». The
    title and the noun, "" when none. After the title a pronoun, an article, a definite noun («gennemgår pgl.
    dagbogen»: the title is the subject, the noun its object) or a verb is the sentence going on."""
    if "." not in sent:
        return ""
    titles = "|".join(re.escape(t) for t in sorted(r.title_abbreviations, key=len, reverse=True))
    pattern = rx(rf"(?i)(?<![\wæøå.])(?:{titles})\.\s+([a-zæøå]+)(?P<after>\s*\)|\s+[a-zæøå]+|\s*[.!?]?\s*$)?")
    for m in pattern.finditer(sent):
        w = m.group(1)
        if not w.islower() or m.group("after") is None or w in _NOT_A_TITLES_NOUN or w in r.prepositions \
                or w in r.adverbs or w in r.adverbials or w in r.clause_openers or re.search(r"(?:en|et|ne|erne|ene)$", w):
            continue
        rs = morph.readings(w) | morph.compound_readings(w) if morph.available() else frozenset()
        if morph.available() and not any(x.startswith("n.") and ".ind" in x for x in rs):
            continue  # («velkommen», «farvel»: no noun)
        nxt = m.group("after").strip()
        if nxt in ("", ".", "!", "?"):
            # at the end: a word the analyser knows as a noun («følger spl. råd.»); without it no verb
            if not all(x.startswith("n.") or ".imp" in x for x in rs) if morph.available() \
                    else _finite(_T(w, " "), r) or w in r.irregular_finite:
                continue
        elif nxt != ")" and nxt not in r.irregular_finite and not (morph.available() and nxt.isalpha() and all(
                x.startswith("vb") and ".pres" in x for x in morph.readings(nxt) or {"-"})):
            continue  # the word after the noun is no certain verb: «pgl. sætter alarmer op»
        return m.group(0)[:m.end(1) - m.start()]
    return ""


#: words after a short title that are never a noun it names: pronouns, articles, determiners
_NOT_A_TITLES_NOUN = frozenset({"ham", "hende", "han", "hun", "dem", "de", "den", "det", "dig", "du", "os", "vi", "sig",
                                "sin", "sit", "sine", "hans", "hendes", "deres", "en", "et", "noget", "nogen", "alle",
                                "og", "eller", "men", "der", "som", "at", "selv", "ikke", "også", "hver", "hvert",
                                "begge", "man", "mig", "jer"})


def _one(sent: str, resident: Resident, r: DuformRules, last_human: str,
         reach: list[str] | None = None, prev_people: list[tuple[str, str]] | None = None,
         people: list[tuple[str, str]] | None = None,
         reach_named: list[tuple[str, str]] | None = None, held: list[str] | None = None,
         field_people: list[tuple[str, str]] | None = None, context: str = "",
         held_named: list[tuple[str, str]] | None = None, earlier: tuple[str, ...] = ()) -> tuple[str, str]:
    """One sentence in du-form, or `_Skip`. `prev` is who the sentence before named (None when it was left out
    or is not known), `people` is filled with who this one names: (kind, id), kind R the resident, O one other
    person, G a group ("vi", "de andre"), P a plural noun (a thing "de" may be). `held`: after a sentence left
    out (`last_human` "?"), the genders of everyone in reach since then (None: not known). `field_people`: everyone
    the whole text and its context name (gender, word). `earlier`: the sentences of the same text before this one
    (`_continued_predicate`)."""
    if title_noun := _title_before_noun(sent, r):
        raise _Skip("title_noun", title_noun)
    sent = _undotted(_for_now(sent, r), r)  # «pgl», «kp», «medarb» are the staff words «Pgl.», «KP», «medarb.»
    bad = _staff_only(sent, r)
    if bad:
        kept = _without_staff_clause(sent, r)
        if kept is None or object_points_back(kept):
            # («Kp. har lavet den sociale historie og læser den med Bo»: «den» was the part cut away – all of it goes)
            raise _Skip("staff", bad.strip())
        sent = kept
        cut_staff = bad.strip()
    else:
        cut_staff = ""
    sent = _normalise(sent)
    for q in QUOTED.finditer(sent):  # someone speaking to the resident
        if any(re.search(rf"(?<![\wæøå]){re.escape(n)}(?![\wæøå])", q.group(0), 0 if _is_initials(n) else re.IGNORECASE)
               for n in resident.names if n != "jeg"):  # (initials only as written: «DE» is not «de»)
            raise _Skip("quote", q.group(0))
    reach = reach or []
    toks, tail = _tokens(sent, resident, r)
    if not toks:
        return sent, last_human
    first_person = resident.first_person
    g = resident.gender
    # mark pronouns of the resident's gender (resolved below) and first-person words
    if _name_or_his(toks, resident, r):
        raise _Skip("pronoun", "Hans")  # the name or «his»: either way not certain to say
    cleft = _CLEFT.search(sent)
    if cleft and any(x.kind == "w" and i > 0 and x.word[:1].isupper() and x.word[1:2].islower()
                     and x.low not in r.staff and not is_staff_role(x.low) for i, x in enumerate(toks)):
        # «Hvis Søren er på arbejde, er det ham der sidder med Ole»: the one the cleft points out is someone named in
        # the sentence by name as often as the resident – never «er det dig der sidder med dig» (b45 after, the lead;
        # our staff by their role are never a han/hun here)
        raise _Skip("pronoun", cleft.group(1))
    he = {"han": "S", "ham": "O", "hans": "G"}
    she = {"hun": "S", "hende": "O", "hendes": "G"}
    # "At X (adverbials) (adverbs) V …" → "(Adverbials) V du (adverbs) …"
    if toks[0].low == "at" and len(toks) > 2 and toks[1].kind == "R":
        toks = _at_sentence(toks, r)
    clause_subject = ""       # "R" the resident, "O" someone else, "N" a thing, "" not known yet
    main_subject = ""         # the subject of the main clause (a coordinated verb shares it)
    state = "pre"             # pre: no subject or verb yet · verb: verb seen, subject slot open · done
    inverted = False          # the subject comes after the verb ("Hver mandag vasker Mads", "Hvis …, spørger vi")
    subordinate = False
    pre_words: list[str] = []
    last_object = ""
    infinitive = False
    humans_in_sentence: list[tuple[str, str]] = []  # (kind R/O, gender or "role") in order
    people = people if people is not None else []
    out_words: list[_T] = []

    finite_seen = False       # the clause has had its finite verb
    since_conj: list[str] = []
    conj_after_person = False  # the words in since_conj follow a person (its subject), not "og"/a comma

    def new_clause(subject: str = "", sub: bool = False) -> None:
        nonlocal clause_subject, state, pre_words, last_object, infinitive, inverted, subordinate, finite_seen
        nonlocal infinitive_at, with_resident, relative_binder
        if not subject:
            with_resident = -1
        clause_subject, relative_binder = subject, ""
        state, pre_words, last_object, infinitive, inverted, subordinate = "pre", [], "", False, False, sub
        finite_seen, infinitive_at = False, -1

    infinitive_at = -1        # where "at" began an infinitive ("lovet at give Mads sin opskrift")
    relative_binder = ""      # the subject of a relative clause «…, som/der …»: who its reflexive belongs to
    relative_at = -1          # where that relative clause began (a comma after it closes it: «…, der ligger her, op på sin …»)
    with_resident = -1        # where a subject "KP og Mads" (the resident and one other) ended: their «deres» is «jeres»
    object_at = -1            # where the resident was last an object

    subject_at = -1           # index of the word last made a subject
    subject_h = -1            # index in humans_in_sentence of the clause's subject when it is a person
    main_h = -1               # the same for the main clause's subject
    co_subject_h = -1         # a person coordinated with the subject before it ("Peter og Ole følger …": Peter)

    def set_subject(who: str) -> None:
        nonlocal clause_subject, state, main_subject, subject_at, subject_h, main_h, co_subject_h, with_resident
        if with_resident != k:
            with_resident = -1  # a new subject, not coordinated with the resident ("…, og Peter roser ham")
        # "Peter og Ole følger ham": the person before «og» is the clause's subject too
        co_subject_h = subject_h if (who == "O" and clause_subject == "O" and subject_at == k - 2 and k >= 2
                                     and toks[k - 1].low in ("og", "eller") and subject_h >= 0) else -1
        subject_at = k
        subject_h = len(humans_in_sentence) - 1 if who == "O" else -1
        clause_subject, state = who, "done"
        if not subordinate and not main_subject:
            main_subject = who
            main_h = subject_h

    for k, t in enumerate(toks):
        t.verb = _ved_is_verb(toks, k, r)
    new_clause()
    opener_at = -1            # index of the last word that opened a clause ("om", "når" …): not a preposition
    boundaries: list[_T] = []  # where a fronted condition ends and its main clause begins, without a comma
    swallow = -1              # a word already said with the one before it ("sin mor" → "dig")
    for k, t in enumerate(toks):
        if k == swallow:
            continue
        low = t.low
        start = k == 0
        if resident.by_pronoun and _may_be_unnamed_resident(t, start, resident, r,
                                                             toks[k + 1] if k + 1 < len(toks) else None,
                                                             toks[k - 1] if k > 0 else None):
            raise _Skip("unnamed", t.word)  # "At han …" and «Henrik» here: maybe the resident by name
        # "En ergoterapeut (kommunen) kører Mads …", "Bussen (linje 5) henter …": a parenthesis closed before the
        # clause's first verb belongs to its subject – no border there (else «kører du»)
        subject_paren = ")" in t.sep and not re.search(r"[,;:(–]", t.sep) and state == "pre" \
            and clause_subject == "" and not finite_seen
        if k > 0 and re.search(r"[,;:()–]", t.sep) and low not in r.clause_openers and not subject_paren:
            if _finite(t, r):
                if subordinate or ";" in t.sep:  # "Hvis Mads ikke vil, spørger vi …" · "…; har Mads …": the
                    # main clause; its subject follows
                    new_clause()
                    state, inverted = "verb", True
                else:             # "…, lægger tøjet på plads": the same subject
                    new_clause(main_subject or clause_subject)
            elif "," in t.sep and t.kind == "w" and low in r.others and not t.word[:1].isupper() \
                    and k + 1 < len(toks) and _finite(toks[k + 1], r) and not toks[k + 1].sep.strip():
                # "…, far har selv arbejdet på sin arbejdsplads": a family or role word and its verb after a comma
                # open a clause of their own – its subject, whose reflexive it is (an «at» before the comma no
                # longer holds: it said «… på din arbejdsplads», session 11)
                new_clause()
            elif "," in t.sep and subordinate and main_subject == "R" and clause_subject != "O" \
                    and _infinitive_adjunct_at(toks, k):
                # "…, når det bliver for meget, i stedet for at slå sig": an infinitive after the comma that closes
                # the subordinate clause belongs to the main clause – its controller is the resident («dig»); not
                # after a clause of another person («…, når din bror kommer, uden at …»: whose, not guessed)
                new_clause(main_subject)
            # else "…, efter sin liste": the same clause goes on
        elif k > 0 and (finite_seen or (since_conj and not conj_after_person and _fronted_adverbial(since_conj, r))) \
                and t.kind == "w" and not t.noun \
                and (_finite(t, r) or morph.available() or (low in r.role_verbs and not finite_seen)) \
                and _morph_finite(t.low) \
                and k + 1 < len(toks) and not _is_person(toks[k - 1], r) \
                and _is_person(toks[k + 1], r) and toks[k - 1].low not in ("og", "eller", "men", "at", "der", "som") \
                and toks[k - 1].low not in r.clause_openers \
                and not (k >= 2 and toks[k - 1].word[:1].isupper() and toks[k - 1].word[1:2].islower()
                         and _finite(toks[k - 2], r)):  # "Træner Ole viser Mads …": a role before a name
            # "Når ugen er gået godt må Sofie …", "og fra april cykler Mads …": a second finite verb with a person
            # after it and no comma – the next clause begins, its subject after the verb
            staff_subject = [x.low for x in toks[:4]] == ["den", "der", "har", "vagt"] and opener_at == 1 \
                and not any(re.search(r"[,;:()–]", x.sep) for x in toks[1:k + 1])
            if staff_subject:
                # "Den der har vagt tirsdag henter Kaj …": our own phrase for a staff member is the subject – the
                # verb after it is the main verb and the person after the verb its object («henter dig»)
                new_clause("O")
                state = "done"
                main_subject = main_subject or "O"
            elif 0 < opener_at <= 2 and opener_at < k and toks[opener_at].low in ("der", "som") \
                    and "," not in toks[opener_at].sep \
                    and toks[opener_at - 1].low not in r.clause_openers and toks[opener_at - 1].low != "hvis":
                # "Den der har vagt henter Kaj …": the verb after a relative clause is the main verb – its subject
                # is before it, the person after it may be the object: not guessed
                raise _Skip("grammar", f"{toks[opener_at - 1].word} {toks[opener_at].word}")
            elif _relative_in_subject(toks, k, r) >= 0:
                # "Mette eller den der har vagt viser Sofie billedet og følger hende ud": the same, further in –
                # a subject that ends in "den der …" before the main verb; reading the resident after that verb
                # as its subject said «viser du …» and gave «hende» to Mette
                j = _relative_in_subject(toks, k, r)
                raise _Skip("grammar", f"{toks[j - 1].word} {toks[j].word}")
            # the clause the condition opens: the sentence's start, or after the last comma before it and an «og»
            # / «men» there ("Vi noterer det, og hvis han siger nej … taler KP …")
            c0 = max((j for j in range(1, k + 1) if re.search(r"[,;:()–-]", toks[j].sep)), default=0)
            if 0 < c0 < k - 1 and toks[c0].low in ("og", "men") and not re.search(r"[,;:()–-]", toks[c0 + 1].sep):
                c0 += 1
            elif c0:
                c0 = -1  # "…, lægger …": no condition of its own opens there
            if c0 >= 0 and not t.sep.strip() and low != "når" and k > c0 + 1 \
                    and ((toks[c0].kind == "w" and _finite(_T(toks[c0].low, ""), r) and (
                        toks[c0 + 1].kind != "w" or toks[c0 + 1].low in ("han", "hun", "du", "vi", "de", "det", "der", "man")
                        or _is_person(toks[c0 + 1], r)))  # "Nægter han …", "Har du …": verb and subject first
                    or toks[c0].low in ("hvis", "når", "fordi", "selvom")):
                # "Nægter han tre dage i træk tager KP …": a fronted condition and its main clause – where the
                # comma Danish puts between them goes ("Nægter du tre dage i træk, tager …", see below)
                boundaries.append(t)
            if not staff_subject:
                new_clause()
                state, inverted = "verb", True
                if low in r.role_verbs and low in r.others and not t.verb:
                    # "Hver tirsdag træner Mads med …", "Om torsdagen leder Mads mødet": after a fronted adverbial,
                    # before a person, a word that is also a role noun is the verb – read as the role, it took the
                    # subject's place and the resident after it was said as its object («træner dig med sin ven»)
                    t.verb = True
        if t.kind == "w" and not t.noun and (_finite(t, r) or (morph.available() and _morph_finite(t.low))) and not (
                low in r.others and k + 1 < len(toks) and toks[k + 1].word[:1].isupper() and not toks[k + 1].sep.strip()):
            finite_seen = True  # (not "Træner Lone henter …": a role word before a name, not a verb)
        elif k == 0 and t.kind == "w" and len(toks) > 2 and (toks[1].kind == "R" or toks[1].low in ("han", "hun")) \
                and _finite(_T(low, ""), r) and not t.sep.strip() and any(
                    _finite(toks[j], r) and toks[j + 1].kind == "w" and _is_person(toks[j + 1], r)
                    and toks[j + 1].low not in ("han", "hun") and toks[j + 2].low in ("sig", "sin", "sit", "sine")
                    for j in range(2, len(toks) - 2)):
            # "Bliver Mads urolig trækker medarb. sig …": a condition with its verb first (capitalised, so not
            # read as one above) – the next finite verb before a person and a reflexive opens the main clause: the
            # reflexive is that person's («trækker en af os sig», never «… dig»)
            finite_seen = True
        # the words since the last "og"/"men"/comma: "…, og fra maj går Mads": an adverbial, then the verb
        reset = low in ("og", "eller", "men") or "," in t.sep or _is_person(t, r) or (
            since_conj is not None and _finite(t, r))
        if reset:  # "Pædagog i klubben lader …": words after a person are not a fronted adverbial
            conj_after_person = _is_person(t, r) and not (low in ("og", "eller", "men") or "," in t.sep)
        since_conj = [] if reset else since_conj + [low]
        # "når" right after the clause's subject is the verb ("så hun når bussen"), not "when"
        verb_naar = low == "når" and k > 0 and toks[k - 1].out in ("du", "Du") and clause_subject == "R"
        # "før"/"inden" before a noun phrase ("før hvert måltid", "inden den 3.") is a preposition, not a clause
        prep_before = low in ("før", "inden") and k + 1 < len(toks) and (
            toks[k + 1].low in _NP_START or toks[k + 1].low[:1].isdigit())
        if (low in r.clause_openers or _til_opens_clause(toks, k, r)) and t.kind == "w" and not verb_naar \
                and not prep_before and not (low == "om" and not _opens_clause(toks, k, r)):
            if low == "at" and k + 1 < len(toks) and toks[k + 1].kind == "w" and toks[k + 1].low not in \
                    _AT_CLAUSE_SUBJECTS and not toks[k + 1].word[:1].isupper() and k > 0 \
                    and not _thing_or_someone_subject(toks, k + 1, r):
                infinitive, infinitive_at = True, k  # "med at tage sin medicin": the controller owns "sin"
                t.out = t.word
                out_words.append(t)
                continue
            if low in ("og", "eller", "men"):
                nxt = toks[k + 1] if k + 1 < len(toks) else None
                t.out = t.word
                out_words.append(t)
                if nxt is not None and _finite(nxt, r) and subordinate and main_subject == "R" \
                        and clause_subject == "N" and "," in t.sep:
                    # "Du tager din medicin, når alarmen ringer, og skriver det i …": the subordinate clause's
                    # subject is a thing and closed by its comma – the verb after «, og» is the main clause's
                    new_clause(main_subject)
                    opener_at = k
                elif nxt is not None and _finite(nxt, r) and (subordinate or "," in t.sep) and main_subject \
                        and main_subject != clause_subject:
                    # (also after a relative clause closed by its comma: "…, som en medarbejder har lagt frem, og
                    # sætter sit glas …" – the medarbejder's verb or the resident's?)
                    new_clause("?")  # "…, når vi har spurgt, og kommer …": whose verb? a reflexive after it is left out
                    opener_at = k
                elif nxt is not None and _finite(nxt, r):
                    new_clause(clause_subject, sub=subordinate)  # "… og lægger …": the same subject
                    opener_at = k
                elif nxt is not None and nxt.low in ("den", "det") and nxt.kind == "w" and k + 2 < len(toks) \
                        and (_finite(toks[k + 2], r) or toks[k + 2].low in r.irregular_finite):
                    # "…, men den flytter sig": a new subject that is a thing – its reflexive is never the resident's
                    # (nor «jer» of a pair before it)
                    new_clause("N", sub=subordinate)
                    opener_at = k
                elif nxt is not None and _is_person(nxt, r) and k + 2 < len(toks) and (
                        _finite(toks[k + 2], r) or toks[k + 2].low in r.adverbs):
                    new_clause(sub=subordinate)     # "… og Mads vælger …": a new subject (still a subordinate
                    # clause when it was one: "Når Mads og KP har handlet, sætter Mads …")
                    opener_at = k
                # else "sit buskort og sin madpakke": the same clause goes on
                continue
            if low in ("som", "der") and state != "pre" and not (k + 1 < len(toks) and _is_person(toks[k + 1], r)):
                t.out = t.word  # "som"/"der" as the subject of a relative clause
                out_words.append(t)
                if k > 0 and _relative_subject(toks, k, r):
                    # "… med sin far, som viser sin have": the relative clause's reflexive is its antecedent's – the
                    # resident's only when the antecedent is the resident («…, til dig, som selv tager din …»)
                    # (a thing before it – «en kalender, som viser sine aftaler» – the staff may mean the
                    # resident's: whose it is is not certain, the reflexive leaves the sentence out)
                    ante = toks[k - 1]
                    relative_binder = "R" if ante.kind == "R" or (ante.out or "").lower() in ("du", "dig") else (
                        "O" if _is_person(ante, r) or ante.word[:1].isupper() or (ante.out or "") != ante.word
                        else "?")
                    relative_at = k
                continue
            new_clause(sub=low not in ("så",))
            opener_at = k
            t.out = t.word
            out_words.append(t)
            continue
        # a person before the clause's finite verb is its subject ("…, hvor mange morgener Mads har …"); after the
        # verb only when what stood before it was an adverbial ("Hver mandag vasker Mads …")
        subject_slot = (state == "pre" and clause_subject == "") or (state == "verb" and inverted)
        prev = toks[k - 1].low if k > 0 else ""
        # (not across a comma or colon: "… står ved siden af, Mads tager selv …" – «af» ends its clause, the
        # resident after the comma is the next clause's subject, never «dig»)
        after_prep = prev in r.prepositions and k > 0 and opener_at != k - 1 and not re.search(r"[,;:()–]", t.sep) \
            and not toks[k - 1].verb
        # a person right before a finite verb is its subject ("det, Mads har lavet")
        # (not across a comma – a closing parenthesis is no border: "(leder Tove) tager" – in "… vejer Edith, når det
        # er fredag" «når» opens a clause – it is no verb of hers,
        # though "når" is also "nå"'s present tense; «Edith» stays the object, «dig»)
        before_verb = k + 1 < len(toks) and not re.search(r"[,;:–]", toks[k + 1].sep) and (
            _finite(toks[k + 1], r) or (toks[k + 1].low in r.adverbs and k + 2 < len(toks)
                                        and not re.search(r"[,;:–]", toks[k + 2].sep) and _finite(toks[k + 2], r)))
        if before_verb and not after_prep and state != "verb" and not (
                (t.kind == "R" or low in r.staff) and _object_before_noun(toks, k, state, clause_subject, r, subject_at)):
            subject_slot = True
        if t.kind == "R" and not subject_slot and not after_prep and k >= 3 and _contact_relative(toks, k, r):
            subject_slot = True  # "… den kande Mette havde": a relative clause without «som», its subject «du»
        if t.kind == "R" and not subject_slot and not after_prep and k >= 2 and _question_noun_subject(toks, k, r):
            subject_slot = True  # "… hvor mange kopper Mette selv vaskede": the indirect question's subject «du»
        if t.kind == "R" and k >= 4 and _after_question_noun_verb(toks, k, r):
            # «… hvor mange kunder hjælper Mette»: the customers help her, or she helps them? not guessed
            raise _Skip("grammar", f"{toks[k - 2].word} {toks[k - 1].word} {t.word}")
        nxt_low = toks[k + 1].low if k + 1 < len(toks) else ""
        determiner = (nxt_low in r.de_determiners or nxt_low[:1].isdigit() or (low == "de" and (
            (prev in r.prepositions and opener_at != k - 1 and not (
                k + 1 < len(toks) and _de_verb_next(toks[k + 1], r)))  # «om de sad …»: a subject
            or (k + 1 < len(toks) and _plural_noun(toks[k + 1], r) and morph.available()
                and _only(nxt_low, "n"))
            # «Vi tæller de torsdage, hvor …», «de aftener du har …», «gæster de dage»: a count of time right after
            # «de» is its noun – a subject «de» has its verb next, never a plural noun (both paths)
            or (k + 1 < len(toks) and not re.search(r"[,;:()–]", toks[k + 1].sep)
                and _TIME_PLURAL.match(nxt_low) is not None)))) and not (
            state == "verb" and inverted and k > 0 and _finite(toks[k - 1], r))  # "de første gange" · "holder de 5 …"
        if low == "de" and not determiner and _de_first_weeks(toks, k, r):
            determiner = True  # «… fortsætter de første 6 uger»: a stretch of time, never «they» after the verb
        if low == "de" and k + 2 < len(toks) and toks[k + 2].low in ("der", "som") and "," in toks[k + 2].sep \
                and toks[k + 1].kind == "w" and not _finite(toks[k + 1], r) and toks[k + 1].low not in r.adverbs:
            determiner = True  # "de breve, der skal betales": "those letters that …", not a person
        de_as = ""
        if low == "de" and t.kind == "w" and not determiner and (
                (k > 0 and _finite(toks[k - 1], r) and nxt_low not in r.de_determiners)
                or subject_slot or before_verb or nxt_low.endswith("s") or nxt_low == "begge"
                or (k + 1 < len(toks) and _de_verb_next(toks[k + 1], r))):
            # ("… de dage, de begge har fri": «de begge» is always people – never left as «de» beside «du»)
            # "… holder de en pause": the resident and the one other person in reach are "I"; else left out
            de_as = _de_who(toks, k, people, prev_people, r)
            if de_as == "I" and resident is not None and not resident.gender and not _pair_named_before(toks, k, r):
                de_as = ""  # a resident the delmål calls neither han nor hun may be the «de» alone («sms'er til
                #             kp, når de sidder i bussen»): «I» would put someone beside them – not guessed
            if not de_as:
                raise _Skip("pronoun", t.word)
        elif low == "de" and determiner and nxt_low in ("andre", "øvrige"):
            people.append(("G", "de andre"))
        # "… ser KP og Mads på planen": a person coordinated with the subject is a subject too
        if k > 1 and toks[k - 1].low in ("og", "eller") and (subject_at == k - 2 or (
                0 <= subject_at < k - 2 and ")" in toks[k - 1].sep and "(" in toks[subject_at + 1].sep) or (
                0 <= subject_at < k - 2 <= subject_at + 2 and all(
                    x.word[:1].isupper() and x.word[1:2].islower() and not x.sep.strip()
                    for x in toks[subject_at + 1:k - 1]))):  # "datteren Hanne og Mads går …": past the name
            subject_slot, after_prep = True, False  # also "KP (Ida) og Mads laver …": past the parenthesis
            if subject_at >= 0 and (t.kind == "R") != (toks[subject_at].kind == "R") and (
                    t.kind == "R" or _is_person(t, r) or t.word[:1].isupper()):
                with_resident = k  # "KP og Mads", "Mads og KP": the resident and one other person
        if k > 2 and toks[k - 1].low in ("og", "eller") and toks[k - 3].low in _RECIPROCAL:
            subject_slot, after_prep = True, False  # "… følges KP og Mads ad": both are the subject
        if t.kind == "R" and "(" in t.sep and k + 1 < len(toks) and _finite(toks[k + 1], r):
            subject_slot, after_prep = True, False  # "… i (Mads skal ikke røre det)": a clause of its own
        if de_as == "D":
            t.out = t.word
        elif de_as == "T":  # a thing named before it ("nøglerne … de"): not a person
            t.out = t.word
            if subject_slot or before_verb or state == "verb":
                set_subject("N")
        elif de_as:
            t.out = "I" if de_as == "I" else t.word
            if subject_slot or before_verb or state == "verb":
                set_subject(de_as if de_as == "I" else "O")
            # "I" is the resident and someone: a later han/hun is unclear – unless everyone else «de» may take in is
            # our staff, never a han/hun («… går den der har vagt op til dig og tilbyder, at I tager den sammen»)
            staff_only = de_as == "I" and all(
                w in ("en af os", "den der har vagt") or _staff_word(w, r) or _staff_word(w.upper(), r)
                for kind, w in people + (prev_people or []) if kind == "O")
            humans_in_sentence.append(("O", "role" if staff_only else ""))
            if de_as == "I":
                people.append(("R", "R"))
        elif t.kind == "R":
            if k >= 2 and toks[k - 2].low == "der" and "," in toks[k - 2].sep and _finite(toks[k - 1], r):
                subject_slot = False  # "den medarbejder, der har Else": «der» is the subject, the resident «dig»
            # "Efter Mads har spist, …": first in the sentence «efter»/«før»/«inden» with an irregular finite verb
            # after the resident is a subordinate clause, the resident its subject (never «Efter dig har spist»)
            time_clause = k == 1 and prev in ("efter", "før", "inden") and k + 1 < len(toks) \
                and toks[k + 1].low in r.irregular_finite and not re.search(r"[,;:()–.]", toks[k + 1].sep)
            if not (subject_slot and not after_prep) and (k == 0 or "," in t.sep or prev in r.clause_openers
                                                           or prev in ("og", "eller", "men", "om", "end", "som")
                                                           or time_clause) \
                    and (_verb_right_after(toks, k, r) or _coordinated_before_verb(toks, k, r)) \
                    and not (after_prep and not (opener_at == k - 1 or time_clause
                                                 or prev in ("og", "eller", "men", "om", "end", "som"))):
                # "…, om Mads mødte …", "… og Mads tilbydes …": a finite verb right after the resident makes
                # it the subject – "du" with the analyser; without it the verb is not certain: left out
                if not morph.available() and not time_clause:
                    raise _Skip("grammar", f"{t.word} {toks[k + 1].word}")
                subject_slot, after_prep = True, False
            if subject_slot and not after_prep:
                t.out = _cap("du", t.word, start)
                set_subject("R")
            else:
                _verb_taken_for_subject(k, subject_at, clause_subject, toks, r)
                t.out = "dig"
                last_object, object_at = "R", k
            humans_in_sentence.append(("R", g))
            people.append(("R", "R"))
        elif t.kind == "RG":
            t.out = _cap(_possessive_said(toks, k, r), t.word, start)
            humans_in_sentence.append(("R", g))
            people.append(("R", "R"))
            pre_words.append("_")
        elif (low in he or low in she) and not (
                # "korleder Hans", "bibliotekar Hans": a capital inside a sentence right after a small word (no
                # punctuation between) is a name (said as written), never the pronoun «hans»
                k > 0 and not start and t.word[:1].isupper() and not t.sep.strip()
                and toks[k - 1].word[:1].islower() and toks[k - 1].word.isalpha()):
            role = (he.get(low) or she.get(low))
            pg = "han" if low in he else "hun"
            if first_person or not g or pg != g:
                if pg == g or not g:
                    raise _Skip("pronoun", t.word)
                if not any(h[1] in (pg, "") for h in humans_in_sentence if h[0] == "O") and pg not in reach:
                    raise _Skip("pronoun", t.word)  # "hun" of someone not named near it
                # someone else (the other gender): said by name when only one person can be meant ("når hun
                # ringer" → "når din mor ringer"), else kept (and left out beside "du" by the safety net)
                t.out = _cap(_name_for(role, pg, humans_in_sentence, reach_named or [], r, sent) or t.word, t.word, start)
                humans_in_sentence.append(("O", pg))
                people.append(("O", "pron-" + pg))
                if role == "S" and subject_slot:
                    set_subject("O")
            else:
                if role in ("O", "G") and 0 <= with_resident < k and clause_subject in ("R", "O") \
                        and any(h[0] == "O" and h[1] in ("", g) for h in humans_in_sentence):
                    # "Peter og Jonas besøger ham": a subject of the resident and one other who may be a han/hun
                    # like the resident – «ham» is not Peter (it said «Peter og du besøger Peter»), «hans» may be
                    # either: left out (with our staff, never a han/hun, «KP og Jonas … hans» stays «din»)
                    raise _Skip("pronoun", t.word)
                # candidates: everyone before it in this sentence of a compatible gender; a non-reflexive object
                # or possessive cannot be its own clause's subject
                # (a person named by a word for what they are – «chaufføren», «naboen» – may be a han/hun too: «… ringer
                # vi til chaufføren og beder ham vente» is the driver; our staff never are)
                cands = [h for h in humans_in_sentence if h[0] == "O" and (
                    h[1] in ("", g) or _role_in_clause(h, role, toks, k, r, subject_at)
                    or _role_subject_before(h, role, toks, k, r))]
                # the clause's subject is the person last added only when the subject word is a person word itself
                # ("Ole går med ham"), never "vi"/"man" ("Når Ole kommer, går vi med ham": «ham» may be Ole)
                subject_known = 0 <= subject_at < k and toks[subject_at].low not in (
                    "vi", "jeg", "man", "de", "hvem", "der", "som", "den", "det", "i", "du")
                if role in ("O", "G") and clause_subject == "O" and 0 <= subject_h < len(humans_in_sentence) \
                        and subject_known:
                    subjects = [humans_in_sentence[x] for x in (subject_h, co_subject_h)
                                if 0 <= x < len(humans_in_sentence)]
                    if role == "G" and ((len(subjects) == 2 and any(x[1] in ("", g) for x in subjects)) or (
                            2 <= subject_at < k and toks[subject_at - 1].low in ("og", "eller")
                            and toks[subject_at - 2].word[:1].isupper() and toks[subject_at - 2].kind == "w")):
                        # "Bo og Kim henter Ulf i hans bil": a possessive may be one part of a subject of two
                        # people («sin» cannot point into «Bo og Kim»): Bo's car, maybe – left out (also when the
                        # word before «og» is a name the rules do not know as one)
                        raise _Skip("pronoun", t.word)
                    cands = [h for i, h in enumerate(humans_in_sentence) if i not in (subject_h, co_subject_h)
                             and h[0] == "O" and (h[1] in ("", g) or _role_in_clause(h, role, toks, k, r, subject_at))
                             and not any(_same_named(h, x) for x in subjects)]
                    # not its own clause's subject ("Jan roser ham"), however often it is named ("Når Jan kommer,
                    # hjælper Jan ham": both «Jan» are one man, neither is «ham»); in a relative clause after it
                    # («Lis sender passet, som ligger hos hende») it may be – `_relative_of_another`
                # "En nevø (Asger) henter Villads og følger ham hjem", "Værestedet Lyngen (mentor Gunnar) taler med
                # Villads om hans uge": everything a sentence-first subject of one person names (a name with its role
                # in brackets, a family word with a name) is the subject of the pronoun's clause – a non-reflexive
                # «ham»/«hans» is not it («sig»/«sin» otherwise)
                span = _subject_span(toks, k, r) if role in ("O", "G") else set()
                if span:
                    cands = [h for h in cands if not (len(h) > 2 and _pid(h[2]) in span)]
                if role == "O" and k >= 2 and toks[k - 2].low == "sammen" and toks[k - 1].low == "med" \
                        and 0 <= subject_at < k and clause_subject != "R" \
                        and _one_clause_of(toks, subject_at, k, r, subordinate):
                    # "… ringer vi til Ida sammen med hende": who is called is not who calls along – a person
                    # named after the verb in the same clause is not «hende»
                    inside = {x.word for x in toks[subject_at + 1:k - 2] if x.kind == "w"}
                    cands = [h for h in cands if not (len(h) > 2 and h[2] in inside)]
                inv = _inverted_name_subject(toks, k, r) if role in ("O", "G") and clause_subject == "R" else -1
                if inv >= 0 and last_human != "?" and not any(x in ("", g) for x in reach) and not any(
                        h[0] == "O" and h[1] in ("", g) and not (len(h) > 2 and _pid(h[2]) == _pid(toks[inv].word))
                        for h in humans_in_sentence):
                    # "Jonas handler, og bagefter hjælper Peter ham": after a fronted adverbial the name after the
                    # verb is the new clause's subject – «ham» is not Peter, and nobody else of that gender is
                    # near: the resident
                    t.out = "dig" if role == "O" else _cap(_possessive_said(toks, k, r), t.word, start)
                    last_object = "R" if role == "O" else last_object
                    humans_in_sentence.append(("R", g))
                    people.append(("R", "R"))
                    out_words.append(t)
                    continue
                if role == "O" and clause_subject == "R" and not infinitive \
                        and _one_clause_of(toks, subject_at, k, r, subordinate):
                    # "Kaj spiser med Ole og giver ham …": an object «ham» in a clause whose subject is the
                    # resident is someone else (the resident would be «sig»; «giver dig» would be untrue); said by
                    # name when only one person of that gender is named before it in the sentence and nobody
                    # between can be the subject of a verb of their own ("giver Ole …"), else left out
                    name = _name_for(role, g, humans_in_sentence, reach_named or [], r, sent) \
                        if last_human != "?" and _only_prepositional_people(toks, subject_at, k, r) \
                        and any(h[0] == "O" and h[1] == g and len(h) > 2 for h in humans_in_sentence) else ""
                    if not name and last_human != "?" and not any(h[0] == "O" for h in humans_in_sentence) \
                            and len({_pid(w) for x, w in field_people or [] if x in (g, "")}) == 1:
                        # "Ole kommer kl. 9. Kaj beder ham om hjælp.": nobody else in the sentence, the one man of
                        # the text in the sentence before
                        name = _name_for(role, g, humans_in_sentence, reach_named or [], r, sent)
                    if not name:
                        raise _Skip("pronoun", t.word)
                    t.out = name
                    humans_in_sentence.append(("O", g))
                    people.append(("O", "pron-" + g))
                    last_object = "O"
                    out_words.append(t)
                    continue
                if _not_the_resident(toks, k, role, r):
                    # "Kaj går. Han tager ham med ud." · "… når hun besøger Kaj": a han/hun beside the resident
                    # in its own clause is someone else («sig» otherwise); said by name when only one person of
                    # that gender is named in the whole text (and its context) and the sentence before was said, else left out («Du tager dig
                    # med» would be untrue)
                    name = _name_for(role, g, humans_in_sentence, reach_named or [], r, sent) \
                        if last_human != "?" and len({_pid(w) for x, w in field_people or [] if x in (g, "")}) == 1 \
                        else ""
                    if not name:
                        raise _Skip("pronoun", t.word)
                    t.out = _cap(name, t.word, start)
                    humans_in_sentence.append(("O", g))
                    people.append(("O", "pron-" + g))
                    if role == "S" and subject_slot:
                        set_subject("O")
                    out_words.append(t)
                    continue
                if resident.sole or (role == "S" and k == 4 and [x.low for x in toks[:4]] == _CRITERION) or (
                        role == "S" and not humans_in_sentence
                        and _continued_predicate(toks, k, earlier, resident, r)):
                    # (also «Vil han stadig ikke, …» after «Hvis Kaj ikke vil, …»: the one who still does not is
                    # the one who did not – the resident, `_continued_predicate`)
                    # nobody else in the delmål is a han/hun like this · "Målet er nået, når hun …": the one the
                    # goal is for – a criterion's first word after "når" is the resident's (no other person before)
                    cands, last_human, own_reach = [], "", []  # (the reach itself stays: a han/hun of the
                    # other gender later in the sentence is still someone named before – «… Han fortæller hende»)
                else:
                    own_reach = reach
                if not any(h[1] != "role" for h in humans_in_sentence) and last_human == "O":
                    raise _Skip("pronoun", t.word)
                if last_human == "?" and not any(h[0] == "R" for h in humans_in_sentence) and (
                        held is None or any(x in ("", g) for x in held)) \
                        and not _all_in_span(held or [], held_named, span, g):
                    # the sentence before was left out: its han/hun may have been someone named before it.
                    # Only when nobody in reach of it (or since) can be called so is this one the resident
                    # ("Jens tager bussen. Pgl. … [left out]. Aftenvagten tjekker hans buskort." → "dit")
                    raise _Skip("pronoun", t.word)
                if role == "O" and _asked_addressee(toks, k, r):
                    raise _Skip("pronoun", t.word)  # «… ringer vi til vognmanden og beder ham …»: the one called
                if cands and _asked_one(toks, k, opener_at, subject_at, subject_h, humans_in_sentence, g, r):
                    # "Peter spørger Jonas, om han vil med": the one asked/offered, not the one asking – the asker
                    # is no candidate; anyone else of that gender still is
                    asker = humans_in_sentence[subject_h]
                    cands = [h for h in cands if not _same_named(h, asker)]
                # «Borgerservice hjælper med MitID, hvis han …»: a service is never a han/hun (it stays someone in the
                # sentence: a han/hun in the next one, with nobody named, may be someone who works there)
                cands = [h for h in cands if not (len(h) > 2 and _organisation(h[2], r))]
                if cands:
                    raise _Skip("pronoun", t.word)
                if role == "S" and subject_slot and not subordinate and not resident.ours and main_subject != "R" \
                        and (";" in t.sep or (k > 0 and toks[k - 1].low in ("og", "men", "eller"))) \
                        and any(_finite(x, r) or x.low in r.irregular_finite for x in toks[:k]) \
                        and not (0 <= main_h < len(humans_in_sentence)
                                 and humans_in_sentence[main_h][1] in ("han", "hun")
                                 and humans_in_sentence[main_h][1] != g):
                    # an actor's text ("Kommunens ergoterapeut viser Kirsten cremen; hun ringer …"): the subject of
                    # a new main clause is, most likely, the subject before it – the actor, who may be «hun»; not
                    # when that subject is of the other gender for certain ("Lene handler med Jonas, og han betaler
                    # …": only Jonas can be «han»)
                    raise _Skip("pronoun", t.word)
                if any(x in ("", g) for x in own_reach) and not any(h[0] == "R" for h in humans_in_sentence) \
                        and not (subject_known and _reach_is_the_subject(role, clause_subject, subject_h,
                                                                         humans_in_sentence, reach, reach_named, g)) \
                        and not _all_in_span(own_reach, reach_named, span, g):
                    raise _Skip("reach", t.word)  # "Hanne kommer … Hvis hun ikke kan …": Hanne, maybe
                if role == "S":
                    t.out = _cap("du", t.word, start)
                    if subject_slot:
                        set_subject("R")
                elif role == "O":
                    t.out = "dig"
                    last_object = "R"
                else:
                    t.out = _cap(_possessive_said(toks, k, r), t.word, start)
                humans_in_sentence.append(("R", g))
                people.append(("R", "R"))
        elif low == "sig" and k > 0 and toks[k - 1].low in ("lade", "lader", "lod") and k + 1 < len(toks) \
                and toks[k + 1].low == "gøre":
            t.out = t.word  # "hvis det kan lade sig gøre": an idiom of «det», nobody's «sig»
        elif low in ("sig", "sin", "sit", "sine"):
            in_relative = relative_binder and 0 <= relative_at < k and not any(
                re.search(r"[,;:()–]", toks[j].sep) for j in range(relative_at + 1, k + 1))
            binder = (last_object or clause_subject) if infinitive else (relative_binder if in_relative
                                                                          else clause_subject)
            if k > 0 and (toks[k - 1].out or "") in ("du", "Du") and not t.sep.strip():
                # "… ser: skriver han sig på": a reflexive right after the resident said as subject («du») in the
                # inverted order is bound by it – «skriver du dig på», never «du … sig»
                binder = "R"
            if infinitive and last_object and object_at > infinitive_at and clause_subject != last_object:
                # "har lovet at give Mads sin opskrift": the object is inside the infinitive; "sin" is the
                # controller's, not the object's – whose it is, the rules cannot tell
                raise _Skip("reflexive", t.word)
            opened = max((j for j in range(max(subject_at, 0) + 1, k + 1) if "(" in toks[j].sep), default=-1)
            if opened > 0 and not any(")" in toks[j].sep for j in range(opened + 1, k + 1)) \
                    and any(_finite(toks[j], r) for j in range(opened, k)):
                # "… på tavlen (den flytter sig)": a parenthesis with a clause of its own – its reflexive is its
                # subject's: a thing's «sig» stays, anyone else's is not guessed (it said «(den flytter jer)»)
                if toks[opened].low in ("den", "det") and low == "sig":
                    t.out = t.word
                    out_words.append(t)
                    continue
                raise _Skip("reflexive", t.word)
            if binder in ("R", "O") and not infinitive and _coordinated_subject(toks, subject_at, k, r):
                # "sætter Sara og efterværnsmedarbejderen sig sammen": the subject is two – «jer», «jeres»
                t.out = "jer" if low == "sig" else "jeres"
            elif binder == "R":
                t.out = {"sig": "dig", "sin": "din", "sit": "dit", "sine": "dine"}[low]
            elif binder == "I" and low == "sig":
                t.out = "jer"  # "sætter de sig" → "sætter I jer"
            elif binder == "O" and low == "sin" and k + 1 < len(toks) and not toks[k + 1].sep.strip() \
                    and _kin_is_resident(toks, subject_at, toks[k + 1].low, resident, context, r):
                # "Birgit (datter) går med sin mor": a child's mother, a wife's husband is the resident → "dig"
                t.out = "dig"
                swallow = k + 1
                humans_in_sentence.append(("R", g))
                people.append(("R", "R"))
                last_object, object_at = "R", k
            elif binder == "O" and k + 1 < len(toks) and r.others.get(toks[k + 1].low) and not resident.ours:
                raise _Skip("reflexive", f"{t.word} {toks[k + 1].word}")  # the actor's "sin mor" may be the resident
            elif binder == "O" and 0 <= subject_at < k and toks[subject_at].low in ("vi", "jeg") \
                    and toks[subject_at].out in ("vi", "Vi", "jeg", "Jeg"):
                # "Vi støtter Mads i sin hverdag": «sin» is never the subject's «vi» – whose it is (the resident's,
                # most likely) the grammar does not say; «Vi hjælper dig i sin hverdag» is broken
                raise _Skip("reflexive", t.word)
            elif binder == "O":
                t.out = t.word
            elif binder in ("", "?") and not infinitive and main_subject == "R" and _resident_verbs_on(toks, k, r):
                # "Maja står op kl. 7 og når bussen til sit job", "… sammen med SSA og skriver selv vægten ind i sit
                # skema": a verb joined by «og» with no subject of its own shares the resident's – «dit»
                t.out = {"sig": "dig", "sin": "din", "sit": "dit", "sine": "dine"}[low]
            else:  # no subject found, or a thing ("Målet er nået, når …, efter sin liste")
                raise _Skip("reflexive", t.word)
        elif first_person and low in ("jeg", "mig", "min", "mit", "mine", "mine"):
            t.out = _cap({"jeg": "du", "mig": "dig", "min": "din", "mit": "dit", "mine": "dine"}[low], t.word, start)
            if low == "jeg":
                set_subject("R")
            people.append(("R", "R"))
        elif _education(toks, k) and (t.word in r.abbreviations or t.word.rstrip("s").rstrip("'") in r.abbreviations
                                      or low in r.staff or t.word in ("SSA", "SSH", "SOSU")):
            # "Julie læser til SOSU", "uddanner sig til pædagog": a trade studied, not one of our staff – «læser
            # til en af os» would be untrue
            raise _Skip("staff", t.word)
        elif t.word in r.abbreviations or t.word.rstrip("s").rstrip("'") in r.abbreviations:
            base = t.word if t.word in r.abbreviations else t.word.rstrip("s").rstrip("'")
            subj, obj, gen = r.abbreviations[base]
            if base != t.word:
                t.out = _cap(gen, t.word, start)
            else:
                form = subj if subject_slot else obj
                if form == "en af os" and (k == 0 or toks[k - 1].low not in ("en", "et", "den")) \
                        and _all_of_us(toks, k, subject_slot, r):
                    form = "vi" if subject_slot else "os"  # «SP ryger ikke med beboerne»: all of us, not one
                t.out = _cap(form, "x", start)
            humans_in_sentence.append(("O", "role"))
            people.append(("O", base))
            if subject_slot and base == t.word:
                set_subject("O")
            elif base == t.word:
                last_object = "O"
        elif low in r.staff:
            subj, obj = r.staff[low]
            form = subj if subject_slot and not after_prep else obj
            if form == obj and obj != subj and not after_prep:
                _verb_taken_for_subject(k, subject_at, clause_subject, toks, r)
            # "pædagogen på værestedet", "en medarbejder fra jobcentret", "Hjemmeplejens medarbejder": the staff of
            # an outside service ([lists] outside_services), never "vi"/"en af os"
            theirs = (k + 2 < len(toks) and toks[k + 1].low in ("hos", "på", "fra", "i", "ved")
                      and toks[k + 2].kind == "w" and is_outside(toks[k + 2].word, r)) or (
                k > 0 and toks[k - 1].kind == "w" and toks[k - 1].low.endswith("s") and is_outside(toks[k - 1].word, r))
            if not theirs and _staff_elsewhere(toks, k, resident, r):
                theirs = True
            if theirs and resident.ours and not re.search(r"(?:en|et|ne)$", low) and (
                    k == 0 or toks[k - 1].low not in _BEFORE_BARE_TITLE and not toks[k - 1].low.endswith("s")):
                raise _Skip("grammar", t.word)  # «Pædagog på værestedet ringer …»: a bare noun as the subject
            if theirs or (not resident.ours and not form.startswith("din")) or (
                    k + 1 < len(toks) and toks[k + 1].kind == "w" and toks[k + 1].word[:1].isupper()
                    and toks[k + 1].word[1:2].islower() and "-" not in toks[k + 1].word
                    and not toks[k + 1].sep.strip()) or (
                    k + 2 < len(toks) and toks[k + 1].low in ("hos", "på", "fra") and toks[k + 2].kind == "w"
                    and toks[k + 2].word[:1].isupper()):  # "personalet hos Ole": another unit's staff, not "vi"
                form = t.word if start else low  # the actor's own staff are not "vi"; "medarbejderen Ali" stays
            prev_low = toks[k - 1].low if k > 0 else ""
            if low in _PLAIN_ROLE_NOUNS and _role_after_adjective_or_genitive(toks, k, r):
                # «en kvindelig medarbejder», «den faste pædagog», «Kantinens pædagog»: a staff member described –
                # said as written (plain words), never «en kvindelig en af os» nor left out (issue 24, i42A)
                form = low
            elif form.startswith("en ") and k > 0 and prev_low in ("en", "et") and out_words:
                form = form[3:]  # "en pædagog" → "en af os", not "en en af os"
            elif form.startswith("en ") and prev_low in ("den", "denne"):
                form = form[3:]  # "den pædagog, der …" → "den af os, der …"
            elif form.startswith(("en ", "vi", "os", "vores")) and k > 0 and resident.ours and not (
                    ":" in t.sep or prev_low in r.prepositions or prev_low in r.clause_openers
                    or _finite(toks[k - 1], r)
                    # "…, medarb. er med", "(medarb. sidder ved siden af)": a clause of its own, the staff word
                    # its subject right before its verb – "…, en af os er med"
                    or (re.search(r"[,(]", t.sep) is not None and k + 1 < len(toks) and toks[k + 1].kind == "w"
                        and _finite(toks[k + 1], r) and not toks[k + 1].sep.strip()
                        and any(_finite(x, r) for x in toks[:k]))  # (not after a note: "Trang → planen, …")
                    or prev_low in ("og", "eller", "men", "ikke", "også", "selv", "kun", "altid", "så")
                    or prev_low in r.adverbials):
                raise _Skip("grammar", f"{toks[k - 1].word} {t.word}")  # "samme pædagog", "caféens personale"
            if form == "en af os" and _all_of_us(toks, k, subject_slot and not after_prep, r):
                form = "vi" if subject_slot and not after_prep else "os"  # «Medarbejderen låner ikke penge ud»
            if low in r.places and (after_prep or prev_low in r.prepositions):
                form = low  # "rundt om bostedet", "i cafeen på bostedet": the place, never "os" after a preposition
            elif form == "os" and prev_low in ("på", "i") and out_words and toks[k - 1].out is not None:
                raise _Skip("grammar", f"{toks[k - 1].word} {t.word}")  # "i teamet" is never "i os"
            t.out = _cap(form, t.word, start)
            if subj != "vi":  # "personalet" (vi) is never "han" or "hun"
                humans_in_sentence.append(("O", "role"))
            people.append(("G", "vi") if subj in ("vi", "vores") else ("O", _person_id(low)))
            if subject_slot and not after_prep:
                set_subject("O")
            else:
                last_object = "O"
        elif low in ("vi", "jeg", "man", "de", "hvem") or (low in r.others and not t.verb) or (
                t.word[:1].isupper() and (not start or _is_name(t.word) or t.word in resident.known
                                          or _unknown_first_name(toks, r)) and t.kind == "w"
                and low not in r.plain):
            t.out = t.word
            if low in ("vi", "man", "hvem"):
                people.append(("G", low))
            same = _apposition(toks, k, humans_in_sentence, r)  # "Thomas (far)", "søster Birgitte": one person
            if low in r.others:
                if same:
                    humans_in_sentence[-1] = ("O", r.others[low] or humans_in_sentence[-1][1],
                                              humans_in_sentence[-1][2])
                else:
                    humans_in_sentence.append(("O", r.others[low] or "role", t.word))
                people.append(("O", _person_id(low)))  # for "de" still two: «I» only when certain
            elif t.word[:1].isupper() and (not after_prep or _is_name(t.word) or not morph.available()
                                           or _person_after(prev, t.word)) \
                    and low not in ("vi", "jeg", "man", "de", "hvem") \
                    and (_maybe_person(t.word) or (after_prep and _person_after(prev, t.word))):
                # without the analyser "ved siden af Birthe" may be a person as much as "til Netto" a place
                if same:
                    # "sygeplejerske Lone": the role word's gender ("" unknown) gives way to the name's
                    humans_in_sentence[-1] = ("O", humans_in_sentence[-1][1]
                                              if humans_in_sentence[-1][1] not in ("role", "") or not
                                              _name_gender(t.word) else _name_gender(t.word), t.word)
                else:
                    humans_in_sentence.append(("O", _name_gender(t.word), t.word))  # another person's name
                people.append(("O", t.word))
            elif t.word[:1].isupper() and _is_name(t.word):
                people.append(("O", t.word))  # "med Grethe": a person for "de" even after a preposition
            if subject_slot and not after_prep:
                set_subject("O")
            elif low in r.others:
                last_object = "O"
        else:
            t.out = t.word
            stem = _genitive_stem(low, r) if t.kind == "w" and low.endswith(("s", "'")) else ""
            if not stem and t.kind == "w":
                stem = _family_genitive(low, r)  # with the analyser "datters" is a noun of its own (a genitive)
            if not stem and t.kind == "w" and t.word[:1].isupper() and t.word.endswith(("s", "'")) \
                    and not _is_name(t.word) and _is_name(re.sub(r"(?:'s|s|')$", "", t.word)) \
                    and (role_g := _name_gender(re.sub(r"(?:'s|s|')$", "", t.word))):
                # "Frodes bror henter ham": a first name's genitive is a person in reach of «ham» (the analyser
                # knows it as a name; without it only its stem is a name the lists know)
                humans_in_sentence.append(("O", role_g, re.sub(r"(?:'s|s|')$", "", t.word)))
                people.append(("O", re.sub(r"(?:'s|s|')$", "", t.word)))
            if stem and r.others.get(stem):
                # "Mads' søsters mand henter hende": the sister (a family word with its gender) is a person in reach
                # of «hende», not only a word
                humans_in_sentence.append(("O", r.others[stem], t.word))
                people.append(("O", _person_id(stem)))
            if low == "deres" and with_resident >= 0:
                # "KP og Mads taler om det på deres møde" → "jeres"; a plural noun or another person between may
                # be whose it is ("… om opkaldene på deres …"): left out
                if any(_plural_noun(x, r) or _is_person(x, r) or x.word[:1].isupper() for x in toks[with_resident + 1:k]):
                    raise _Skip("pronoun", t.word)
                t.out = "jeres"
            if low == "den" and _ON_DUTY.match(" ".join(x.low for x in toks[k + 1:k + 5])):
                people.append(("O", "den der har vagt"))  # our phrase for one staff member, for «De … sammen»
            if low == "os" and k >= 2 and toks[k - 2].low in ("en", "én") and toks[k - 1].low == "af":
                people.append(("O", "en af os"))  # "Birthe og en af os går …": one staff member, for «De … sammen»
            elif low in ("os", "vores"):
                people.append(("G", low))
            elif low in r.person_plurals:
                people.append(("G", low))  # "de besøgende", "de pårørende": a group; a «de» after may be them
            elif _plural_noun(t, r):
                people.append(("P", low))
            if state == "verb" and subject_slot and low not in r.adverbs and low not in r.prepositions \
                    and not _finite(t, r) and low not in ("ikke", "det", "der", "så"):
                set_subject("N")  # "Tirsdag banker bostøtten på …": the subject after the verb
            elif state == "pre" and (_finite(t, r) or (start and "," in sent and low not in r.others
                                                         and _finite(_T(low, ""), r))):
                if start and "," in sent:
                    state, inverted, subordinate = "verb", True, True  # "Bliver det for meget, går …": a condition
                elif not pre_words and clause_subject:
                    state = "done"      # "…, og lægger …": the same subject as before
                elif not pre_words or _all_adverbial(pre_words, r) or _fronted_adverbial(pre_words, r) \
                        or _fronted_object(pre_words, toks, k):
                    state, inverted = "verb", True  # "Hver mandag vasker …": the subject comes after the verb
                else:
                    set_subject("N")    # "Bussen kører …", "Målet er …": a subject that is not a person
                    if len(pre_words) == 1 and opener_at == k - 2 and _thing_or_someone_subject(toks, k - 1, r):
                        subject_at = k - 1  # "… at nogen kører …": the word before the verb is the subject
            elif state == "pre":
                pre_words.append(low)
        if low in ("deres", "dem") and t.kind == "w" and t.out == t.word:
            # "… det er deres egen aftale", "sætter dem sammen med …": «jeres»/«jer» only when the clause pairs the
            # resident with one other person ("du og din mor … deres"); left out when the resident may be one of
            # them; as written when a group or plural thing is named before it
            t.out = _their(toks, k, people, prev_people, r, alone=clause_subject == "R" and with_resident < 0)
        out_words.append(t)
    _pronoun_then_resident(out_words, r)

    def said() -> str:
        text = "".join(t.sep + (t.before + " " if t.before else "") + (t.out if t.out is not None else t.word)
                       for t in out_words) + tail
        text = _tidy(_plain(text, r), r)
        return text[:1].upper() + text[1:]

    text = said()
    if cut_staff and not _SECOND.search(text):
        raise _Skip("staff", cut_staff)  # what is left after the cut is not about the resident: not worth saying
    try:
        _safety(text, resident, r)
    except _Skip as e:
        if e.why != "self" or not boundaries:
            raise
        # "Nægter du tre dage i træk tager KP en snak med dig": «du» and «dig» are in two clauses – said with
        # the comma between the condition and the main clause, and checked again clause by clause
        for b in boundaries:
            b.sep = "," + b.sep
        text = said()
        _safety(text, resident, r)
    last = [h for h in humans_in_sentence if h[1] != "role" and (h[0] == "R" or h[1] in ("", resident.gender))]
    return text, (last[-1][0] if last else last_human)


#: who the resident is to a relative, by the relative's family word: a child's one mother or father, a partner's
#: one partner ("Birgit (datter)" → "sin mor" is the resident when the resident is a woman). A parent's "sin
#: datter" or a sibling's "sin søster" may be another child or sibling: never the resident for certain.
_KIN_OF = {"datter": ("mor", "far"), "datteren": ("mor", "far"), "søn": ("mor", "far"), "sønnen": ("mor", "far"),
           "hustru": ("", "mand"), "hustruen": ("", "mand"), "kone": ("", "mand"), "konen": ("", "mand"),
           "mand": ("kone", ""), "manden": ("kone", "")}
#: the words for the resident, by what the relative is to them: (if the resident is a woman, if a man)
_RESIDENT_AS = {"mor": "hun", "far": "han", "mand": "han", "kone": "hun", "hustru": "hun"}


#: words that make a statement about our staff general: under them «en af os» says something else («En af os låner
#: ikke penge ud» – but the others do?), so the staff word is «vi»/«os»
_GENERAL = frozenset({"ikke", "aldrig", "altid", "ingen", "intet", "hverken", "nogensinde"})
#: where the clause of a staff word ends: punctuation before a word, or a word that opens a clause of its own
_CLAUSE_EDGE = frozenset({"og", "men", "eller", "når", "hvis", "fordi", "mens", "før", "indtil", "selvom", "inden",
                          "der", "som", "at", "så"})


#: after «den»: our phrase for one staff member («den der har vagt», «den, som har aftenvagt», «den der er på vagt»)
_ON_DUTY = re.compile(r"(?:der|som) (?:har|er på) [a-zæøå]*vagt(?: |$)")


def _de_first_weeks(toks: list[_T], k: int, r: DuformRules) -> bool:
    """«de første 6 uger», «de sidste to dage», «de næste 3 gange»: «de», an ordinal adjective, a count and a plural
    of time – the article of a stretch of time wherever it stands."""
    if k + 3 >= len(toks):
        return False
    a, n, noun = toks[k + 1].low, toks[k + 2].low, toks[k + 3].low
    return a in ("første", "sidste", "næste", "kommende") and (n[:1].isdigit() or n in r.de_determiners) \
        and _TIME_PLURAL.match(noun) is not None


#: a preposition (of one or three words) that opens an infinitive adjunct: «ved at …», «i stedet for at …»
_INFINITIVE_ADJUNCTS = (("ved",), ("uden",), ("i", "stedet", "for"))


def _infinitive_adjunct_at(toks: list[_T], k: int) -> bool:
    """`toks[k:]` opens «ved at», «uden at» or «i stedet for at» and a lower-case word (the infinitive), with no
    punctuation inside (issue 24, i45G): the adjunct of the clause it follows, not of a clause before."""
    for words in _INFINITIVE_ADJUNCTS:
        end = k + len(words)
        if end + 1 < len(toks) and tuple(x.low for x in toks[k:end]) == words and toks[end].low == "at" \
                and toks[end + 1].kind == "w" and toks[end + 1].word[:1].islower() \
                and not any(re.search(r"[,;:()–]", x.sep) for x in toks[k + 1:end + 2]):
            return True
    return False


#: two roles joined by a slash or «eller» in a staff note («SSA/pæd.», «kp/aftenvagt», «SSA eller sygeplejerske»)
_ROLE_PAIR = re.compile(r"(?<![\wæøåÆØÅ.])(?P<a>[A-ZÆØÅa-zæøå][a-zæøåA-ZÆØÅ-]*\.?)(?P<j>\s*/\s*|\s+eller\s+)"
                        r"(?P<b>[A-ZÆØÅa-zæøå][a-zæøåA-ZÆØÅ-]*\.?)(?![\wæøåÆØÅ])")
#: words before a pair that make it part of a phrase of their own («hans kp/aftenvagt», «den SSA/pæd. …»)
_PAIR_DETERMINERS = frozenset({"din", "dit", "dine", "hans", "hendes", "deres", "sin", "sit", "sine", "en", "et",
                               "den", "det", "de", "vores", "jeres", "til", "fra", "som", "end"})
#: a shift written bare («aftenvagt»): one of us, said by its definite form
_SHIFT = re.compile(r"(?:dag|aften|nat|morgen)vagt")
#: endings of a job title outside our own staff (said «en …»)
_OUTSIDE_JOB_ENDINGS = ("hjælper", "assistent", "terapeut", "plejerske", "pædagog", "vejleder", "læge")


def _obs_first(sent: str) -> str:
    """A sentence that opens with staff's «Obs.» («Obs. deadline for …») without it, its next word capitalised:
    «obs.» is never a sentence of its own nor said (issue 24, i45G)."""
    m = re.match(r"(?i)obs\.?:?\s+(?=[\wæøåÆØÅ])", sent)
    if not m or len(sent) == m.end():
        return sent
    rest = sent[m.end():]
    return rest[:1].upper() + rest[1:]


def _role_kind(word: str, r: DuformRules) -> str:
    """«kp» (the resident's contact person), «ours» (one of our staff: a title abbreviation, a staff word said «en
    af os», a shift «aftenvagt»), «job» (another job title written bare: «sygeplejerske») or "" (anything else)."""
    bare = word.rstrip(".")
    low = bare.lower()
    said = r.abbreviations.get(bare) or r.abbreviations.get(bare.upper())
    if low in ("kp", "kontaktperson", "kontaktpersonen") or (said and said[0] == "din kontaktperson"):
        return "kp"
    titles = {t.lower() for t in r.title_abbreviations}
    if (low in titles and word.endswith(".")) or bare in ("SSA", "SSH", "SOSU") \
            or (r.staff.get(low) or ("", ""))[0] == "en af os" \
            or _SHIFT.fullmatch(low):
        return "ours"
    if low.endswith(_OUTSIDE_JOB_ENDINGS) and not r.others.get(low) and not low.endswith("er"):
        return "job"  # (not a family word: «mor», «far»; not one in -er, which the rules may read as a verb:
        # «en hjemmehjælper følger …» is then left out as before)
    return ""


def _role_pairs(sent: str, r: DuformRules) -> str:
    """Two roles in a staff note joined by a slash or «eller», said so that every part is certain (issue 24, i45G):
    two of our staff are «en medarbejder» («SSA/pæd.» → «en af os»), the contact person and one of us «kp eller en
    medarbejder» («din kontaktperson eller en af os»), one of us (or the contact person) and another job title «en
    medarbejder eller en sygeplejerske». Anything else – a family word («medarb./far»), a name after the pair, a
    pair inside a phrase («hans kp/aftenvagt») – stays as written (the rules that follow decide it)."""
    def said(m: re.Match) -> str:
        a, b = _role_kind(m.group("a"), r), _role_kind(m.group("b"), r)
        before = re.findall(r"[\wæøåÆØÅ]+", sent[:m.start()])
        after = sent[m.end():].lstrip()
        if not a or not b or (a == "job" and b == "job") or (before and before[-1].lower() in _PAIR_DETERMINERS) \
                or (after[:1].isupper() and not m.group("b").endswith(".")) or after[:1].isdigit() \
                or sent[:m.start()].rstrip().endswith("(") \
                or re.match(r"[a-zæøå]{3,}es\b", after):
            return m.group(0)  # («Dagvagten (SSA eller SSH) …»: a bracket the rules said before; «… og kp/spl.
            # orienteres»: a passive note the easy text cuts)
        abbrev = [w for w in (m.group("a"), m.group("b")) if w.rstrip(".") in ("SSA", "SSH", "SOSU")]
        if a == b == "ours" and abbrev:
            # «SSH/SSA», «dagvagt/SSA»: one of our abbreviations – said «en af os» by the rules as before
            return m.group(0) if len(abbrev) == 2 else abbrev[0]
        def one(kind: str, w: str) -> str:
            low = w.rstrip(".").lower()
            if kind == "ours":  # a shift by its definite form («aftenvagten»), any other of us «en medarbejder»
                return low + "en" if _SHIFT.fullmatch(low) else "en medarbejder"
            return "kp" if kind == "kp" else "en " + low
        if a == b == "kp":
            return m.group(0)
        x, y = one(a, m.group("a")), one(b, m.group("b"))
        out = "en medarbejder" if a == b == "ours" and "en medarbejder" in (x, y) else f"{x} eller {y}"
        first = m.start() == 0 or re.search(r"[.!?]\s*$", sent[:m.start()])
        return out[:1].upper() + out[1:] if first else out
    return _ROLE_PAIR.sub(said, sent)


def _all_of_us(toks: list[_T], k: int, subject: bool, r: DuformRules) -> bool:
    """Whether «en af os» at toks[k] stands in a general or negated clause, where it means all of us (issue 24).
    A subject whose clause has a reflexive («sig», «sin») or a copula with a word after it that may be an adjective
    («er ikke sur») would need the plural there too: left out rather than said «Vi … sig» or «Vi er … sur»."""
    # back to the clause's edge, or to the nearest finite verb before the staff word: «Hvis du ikke tør … kører en af
    # os dig», «… betaler du sammen med en af os» – the main clause begins at its verb, the «ikke» is not in it
    i = k
    while i > 0 and not re.search(r"[,;:.()\"«»]", toks[i].sep) and toks[i - 1].low not in _CLAUSE_EDGE:
        i -= 1
        if _finite(toks[i], r):
            break
    j = k + 1
    while j < len(toks) and not re.search(r"[,;:.()\"«»]", toks[j].sep) and toks[j].low not in _CLAUSE_EDGE:
        j += 1
    words = [t.low for t in toks[i:j]]
    if not any(w in _GENERAL for w in words):
        return False
    if subject and any(w in ("sig", "sin", "sit", "sine") for w in words):
        raise _Skip("grammar", f"{toks[k].word} … sig")
    if subject:
        for c in range(k + 1, j):
            if toks[c].low in ("er", "var", "bliver", "blev"):
                rest = [t.low for t in toks[c + 1:j] if t.low not in _GENERAL and t.low not in (
                    "også", "selv", "kun", "stadig", "gerne", "altid")]
                if rest and rest[0] not in ("med", "til", "på", "i", "hos", "ved", "der", "her", "sammen", "hjemme",
                                            "væk", "ude", "inde", "oppe", "nede", "vågen", "klar"):
                    raise _Skip("grammar", f"{toks[k].word} {toks[c].word} {rest[0]}")  # «Vi er ikke sur»
    return True


def _kin_is_resident(toks: list[_T], subject_at: int, kin: str, resident: Resident, context: str,
                     r: DuformRules) -> bool:
    """"sin <kin>" bound by the clause's subject names the resident: the subject is the resident's child or
    partner by a family word beside its name in the sentence ("Birgit (datter)", "Datter Hanne", "Sønnen") or in
    the actor's name (`context`), and <kin> is what the resident is to them by the resident's gender."""
    g = resident.gender
    if not g or resident.first_person or _RESIDENT_AS.get(kin) != g or not (0 <= subject_at < len(toks)):
        return False
    subj = toks[subject_at]
    words = [subj.low]
    if subject_at + 1 < len(toks) and "(" in toks[subject_at + 1].sep:
        words.append(toks[subject_at + 1].low)          # "Birgit (datter)"
    if subject_at > 0 and toks[subject_at - 1].sep.strip() in ("", "(") and subj.word[:1].isupper():
        words.append(toks[subject_at - 1].low)          # "Datter Hanne"
    if context and subj.word[:1].isupper() and re.search(rf"\b{re.escape(subj.word)}\b", context):
        words += [w.lower() for w in _WORD.findall(context)]  # the actor "Birgit (datter)", "Søn Poul"
    rel = {w for w in words if w in _KIN_OF}
    if len(rel) != 1:
        return False
    as_she, as_he = _KIN_OF[rel.pop()]
    return kin == (as_she if g == "hun" else as_he) and kin != ""


def _coordinated_subject(toks: list[_T], subject_at: int, k: int, r: DuformRules) -> bool:
    """The resident subject at `subject_at` is joined to another by «og» («Sara og Ole», «Ole og Sara») before the
    reflexive at `k`: the subject is plural, its «sig» is «jer»."""
    if not 0 <= subject_at < k:
        return False
    me = toks[subject_at].kind == "R"
    if me and subject_at + 2 < k and toks[subject_at + 1].low == "og" and toks[subject_at + 2].kind == "w" \
            and not toks[subject_at + 1].sep.strip() and not toks[subject_at + 2].sep.strip():
        return True  # "Sara og efterværnsmedarbejderen …"
    # "… og Sara", "Sara og kontaktpersonen" with the other one taken as the subject
    if not (subject_at >= 2 and toks[subject_at - 1].low == "og" and not toks[subject_at - 1].sep.strip()
            and not toks[subject_at].sep.strip() and (toks[subject_at - 2].kind == "R") != me
            and not (subject_at >= 3 and toks[subject_at - 3].low in r.prepositions)):  # not "… med Mads og han …"
        return False
    other = toks[subject_at - 2]
    if not me or _is_person(other, r) or other.word[:1].isupper():
        return True
    # «… siger vi tak og Sara tager sin kop»: a thing before «og» ends the clause before; the resident alone is the
    # subject («din kop»). Only where that thing opens the sentence may it be the other subject: not guessed.
    if subject_at == 2 or re.search(r"[,;:(]", other.sep):
        raise _Skip("reflexive", other.word)
    return False


def _verb_taken_for_subject(k: int, subject_at: int, clause_subject: str, toks: list[_T], r: DuformRules) -> None:
    """Without the analyser: a person said as an object ("dig", "os") right after the word the rules took for its
    clause's (thing) subject – that word may be the verb and the person its subject ("Hvis det ikke lykkes rydder
    personalet op" is "rydder vi op", never "rydder os op"). Not guessed: left out."""
    if not morph.available() and clause_subject == "N" and subject_at == k - 1 and _finite(toks[k - 1], r):
        raise _Skip("grammar", f"{toks[k - 1].word} {toks[k].word}")


def _subject_span(toks: list[_T], k: int, r: DuformRules) -> set[str]:
    """The people (by `_pid`) of a subject that opens the sentence, when the han/hun at toks[k] is an object or a
    possessive in that subject's own clause: "En nevø (Asger) henter Villads … og følger ham" → {Asger},
    "Værestedet Lyngen (mentor Gunnar) taler med Villads om hans …" → {Værestedet, Lyngen, Gunnar}. Before the first
    finite verb only person words, names, determiners and role words of one person (anything in brackets: a name's
    role, a role's name); no «og»/«eller» (two people: «ham» may be one of them), preposition, clause opener or genitive
    («Frodes bror henter ham»: Frode is not the subject, maybe «ham»). Empty when the sentence does not begin so, or
    when a comma, a clause opener or a new subject stands between the verb and toks[k] (`_one_clause_of`)."""
    depth = 0
    v = -1
    words: list[_T] = []
    for j, t in enumerate(toks[:k]):
        depth += t.sep.count("(") - t.sep.count(")")
        if depth > 0:
            if t.kind == "w" and _finite(t, r) and morph.available() and _morph_finite(t.low) \
                    and not t.word[:1].isupper():
                return set()  # "(medarb. sidder ved siden af)": a clause of its own
            words.append(t)
            continue
        if j > 0 and t.kind == "w" and not t.word[:1].isupper() and ((
                _finite(t, r) and _morph_finite(t.low) and t.low not in r.others and t.low not in r.staff
                and not t.low.endswith(_PERSON_WORD_ENDINGS)) or _role_verb_after_name(toks, j, r)) \
                and not (j + 1 < len(toks) and "(" in toks[j + 1].sep):  # "En nevø (Asger)": not a verb
            v = j
            break
        if j > 0 and re.search(r"[,;:–]", t.sep.replace("(", "").replace(")", "")):
            return set()
        low = t.low
        if t.kind == "R":
            return set()  # "Ingrid og Esther …": the resident in the subject – the rules for «… og Ingrid» decide
        if t.kind == "RG":
            continue  # "Ingrids mor henter hende": the resident's own – not a candidate anyway
        if low in ("og", "eller"):
            return set()  # "Ole (far) og Per henter Kaj og kører ham hjem": «ham» may be one of two (Per) – a
            # pronoun is not its subject's, but a part of a plural subject is not read as excluded here
        if low in r.clause_openers or low in r.prepositions or low in ("han", "hun", "ham", "hende", "hans",
                                                                       "hendes", "sin", "sit", "sine", "de", "der"):
            return set()
        if low.endswith(("s", "'")) and not (t.word[:1].isupper() and j + 1 < len(toks) and (
                "(" in toks[j + 1].sep or toks[j + 1].low in ("og", "eller") or _finite(toks[j + 1], r))):
            return set()  # a genitive ("Frodes bror", "mors ven"): its person is not the subject
        if not (low in ("en", "et", "den", "det") and j == 0) and not t.word[:1].isupper() \
                and low not in r.others and low not in r.staff and t.word.rstrip(".") not in r.abbreviations \
                and t.word not in r.abbreviations and not low.endswith(_PERSON_WORD_ENDINGS):
            return set()  # an adjective or a noun that is not a person: not a subject of the kind meant here
        words.append(t)
    if v < 1 or depth != 0:
        return set()
    for j in range(v + 1, k + 1):  # one clause from the verb to the pronoun ("om hans hverdag": a preposition)
        t = toks[j]
        if j < k and t.sep.strip() == "," and _listed_verb(toks, j, r):
            continue  # "Fysioterapeut Bo kommer fredag, øver trappen med ham": the same subject's next verb
        if re.search(r"[,;:–()]", t.sep) or (j < k and t.low in r.clause_openers and t.low not in ("og", "eller")
                                              and not (t.low == "om" and not _opens_clause(toks, j, r))):
            return set()
        if t.low in ("og", "eller", "men") and not (j + 1 < len(toks) and (
                _finite(toks[j + 1], r) or _role_verb_after_name(toks, j + 1, r))) \
                and not (t.low == "og" and _things_joined(toks, j, k, r)):
            return set()
        if j < k and (t.low == "at" or (t.low in _CONTROL and not toks[j + 1].low in r.prepositions)):
            # («ser på den med ham»: a preposition after it, no object to control)
            return set()  # "Esther hjælper Ingrid med at vaske hendes tøj", "Esther lader Ingrid låne hendes cykel": the
            # infinitive's own subject is the one «hendes» is not – who that is, is not read here
    return {_pid(t.word) for t in words if t.kind == "w"}


def _role_verb_after_name(toks: list[_T], j: int, r: DuformRules) -> bool:
    """toks[j], a word that is a person noun as well as a finite verb («træner», «lærer»), right after a capitalised
    name, «og» or a comma («Fysioterapeut Bo træner benene …», «… kommer fredag og træner trappen med ham»), with a
    lower-case word after it that is no person: the verb – a role noun beside a name stands before it («træner Bo»),
    and after «og» it would be definite or have a name after it. With the analyser only when it reads it as a verb."""
    t = toks[j]
    if j < 1 or j + 1 >= len(toks) or t.sep.strip() not in ("", ",") or toks[j + 1].sep.strip() \
            or not t.low.endswith("r") or t.low in r.not_verbs or t.low in r.staff \
            or not (t.low in r.others or t.low.endswith(_PERSON_WORD_ENDINGS)):
        return False
    if morph.available() and not any(x.startswith("vblex.pres") for x in morph.readings(t.low)):
        return False
    before, nxt = toks[j - 1], toks[j + 1]
    after_name = not t.sep.strip() and before.kind == "w" and before.word[:1].isupper() and before.word[1:2].islower()
    if not (after_name or t.sep.strip() == "," or (before.low == "og" and not t.sep.strip())):
        return False
    return nxt.kind == "w" and nxt.word.islower() and not _is_person(nxt, r) \
        and nxt.low not in ("og", "eller", "ham", "hende") and nxt.low not in _SUBJECT_PRONOUNS \
        and nxt.low not in r.clause_openers


def _things_joined(toks: list[_T], j: int, k: int, r: DuformRules) -> bool:
    """The «og» at toks[j], before the pronoun at toks[k], joins two things in the verb's own clause («træner arm og
    nakke med ham»): a lower-case word after it that is no person, pronoun, role or determiner of a new subject, and
    no finite verb (a new clause: «… og bussen kører ham hjem») from it to the pronoun."""
    nxt = toks[j + 1] if j + 1 < k else None
    if nxt is None or nxt.kind != "w" or not nxt.word.islower() or _is_person(nxt, r) or nxt.low in r.others \
            or nxt.low in _SUBJECT_PRONOUNS or nxt.low in ("ham", "hende", "hans", "hendes", "en", "et", "vi") \
            or nxt.low in r.clause_openers or nxt.low in r.staff or is_staff_role(nxt.low):
        return False
    return not any(x.kind == "w" and (_finite(x, r) or x.low in r.irregular_finite) for x in toks[j + 1:k])


def _listed_verb(toks: list[_T], j: int, r: DuformRules) -> bool:
    """toks[j], right after a comma, is the next finite verb of the same subject in a list of its actions («… kommer
    fredag kl. 10, øver trappen med ham og …»): a finite verb (for certain with the analyser), no clause opener, no
    person and no pronoun after it (a verb before a subject is a new main clause: «…, ringer hun»)."""
    t = toks[j]
    if _role_verb_after_name(toks, j, r):
        return True
    if t.kind != "w" or t.low in r.clause_openers or not _finite(t, r) or t.word[:1].isupper():
        return False
    if morph.available() and not _morph_finite(t.low):
        return False
    nxt = toks[j + 1] if j + 1 < len(toks) else None
    return nxt is not None and nxt.kind == "w" and not _is_person(nxt, r) and nxt.low not in _SUBJECT_PRONOUNS \
        and nxt.low not in ("ham", "hende")


#: verbs whose object is the subject of a bare infinitive after it («lader hende låne», «beder ham ringe»)
_CONTROL = frozenset({"lader", "lod", "beder", "bad", "ser", "så", "hører", "hørte", "får", "fik", "lærer", "lærte",
                      "tillader", "tillod"})


#: how a noun for a person ends when no list knows it ("svigerinde", "plejebror"): with the role words the
#: rules know, only these may stand in a subject `_subject_span` reads
_PERSON_WORD_ENDINGS = ("datter", "søn", "mor", "far", "ven", "veninde", "bror", "søster", "fætter", "kusine",
                        "nevø", "niece", "onkel", "moster", "faster", "morbror", "farbror", "træner", "lærer",
                        "vejleder", "mentor", "kæreste")


def _all_in_span(genders: list[str], named: list[tuple[str, str]] | None, span: set[str], g: str) -> bool:
    """Every person of gender `g` (or unknown) in `genders` is named in `named`, and each of those names is in
    the clause's subject (`_subject_span`): a non-reflexive pronoun is none of them."""
    if not span:
        return False
    who = [w for x, w in (named or []) if x in ("", g)]
    return sum(1 for x in genders if x in ("", g)) <= len(who) and all(_pid(w) in span for w in who)


def _reach_is_the_subject(role: str, clause_subject: str, subject_h: int, humans: list[tuple], reach: list[str],
                          reach_named: list[tuple[str, str]], g: str) -> bool:
    """«ham»/«hende»/«hans»/«hendes» in a clause whose subject is the one person of that gender in reach ("Vennen
    Steen: Steen går med ham til …"): a non-reflexive pronoun is never its own clause's subject (that would be
    «sig»/«sin»), so the person in reach is not it – every one of that gender in reach is named and is the subject."""
    if role not in ("O", "G") or clause_subject != "O" or not 0 <= subject_h < len(humans) \
            or len(humans[subject_h]) < 3:
        return False
    who = _pid(humans[subject_h][2])
    named = [w for x, w in reach_named if x in ("", g)]
    return bool(named) and all(_pid(w) == who for w in named) \
        and sum(1 for x in reach if x in ("", g)) <= len(named)


#: "Målet er nået, når …": the start of a criterion (the easy-read code writes "Nået når" so)
_CRITERION = ["målet", "er", "nået", "når"]

#: «Vil han stadig ikke», «Bliver hun fortsat siddende»: the same state or will as before, of the same one
_STILL = frozenset({"stadig", "stadigvæk", "fortsat"})
#: words between a subject and its verb that are no part of the predicate compared (`_continued_predicate`)
_STILL_SKIP = frozenset({"ikke", "selv", "altid", "også", "slet", "bare", "så", "da", "nu", "igen", "gerne"})
_STILL_OPENERS = frozenset({"hvis", "når", "om"})


def _continued_predicate(toks: list[_T], k: int, earlier: tuple[str, ...], resident: Resident,
                         r: DuformRules) -> bool:
    """The han/hun at toks[k] opens its sentence's first clause as the subject of a predicate said to go on
    («Vil han stadig ikke, …», «Hvis hun stadig ikke vil, …», «Bliver han stadig siddende, …», «Er han stadig ikke
    klar …»): «stadig»/«fortsat» presupposes that the same one had that predicate before. It is the resident when
    the text before it in the same field says that predicate – the same finite verb, the same «ikke» or none, every
    other word of the pronoun's clause after it – of the resident by name («Hvis Kaj ikke vil, …») and of nobody
    else: any other subject of it (a name, a han/hun, a role, «vi»), or one that cannot be read, leaves it
    unclear. Never «heller ikke» (someone else as well)."""
    if k != 1 or k + 1 >= len(toks) or toks[k + 1].low not in _STILL or re.search(r"[,;:()–]", toks[k + 1].sep):
        return False
    first = toks[0].low
    clause: list[str] = []
    for x in toks[k + 2:]:
        if re.search(r"[,;:()–«»\"]", x.sep):
            break
        clause.append(x.low)
    if "heller" in clause:
        return False
    if first in _STILL_OPENERS:  # «Hvis han stadig ikke vil …»: the verb after the adverbs
        at = next((i for i, w in enumerate(clause) if w not in _STILL_SKIP), -1)
        if at < 0 or not _finite(_T(clause[at], ""), r):
            return False
        verb, rest = clause[at], clause[at + 1:]
        neg = "ikke" in clause[:at]
    elif _finite(_T(first, ""), r):  # «Vil han stadig ikke …»: the verb first
        verb, rest = first, clause
        neg = "ikke" in clause[:1]
    else:
        return False
    # the predicate ends where a second finite verb begins its main clause («Er han stadig ikke klar kører vi …»)
    end = next((i for i, w in enumerate(rest) if _finite(_T(w, ""), r)), len(rest))
    content = [w for w in rest[:end] if w not in _STILL_SKIP]
    if len(content) > 3:
        return False  # a longer clause: not one predicate to compare
    seen = False
    for sent in earlier:
        ts, _ = _tokens(sent, resident, r)
        for j, t in enumerate(ts):
            if t.low != verb:
                continue
            # the clause around the verb: from the last border before it to the next after it
            a = j
            while a > 0 and not re.search(r"[,;:()–«»\"]", ts[a].sep):
                a -= 1
            b = j + 1
            while b < len(ts) and not re.search(r"[,;:()–«»\"]", ts[b].sep):
                b += 1
            after = [x.low for x in ts[j + 1:b]]
            subj = -1
            if j == a or (j == a + 1 and ts[a].low in ("og", "men", "så")):  # «Vil Kaj ikke …»
                subj = j + 1 if j + 1 < b else -1
                was_neg = j + 2 < b and ts[j + 2].low == "ikke"
                tail = after[2:]
            else:  # «Hvis Kaj ikke vil …», «Hvis Kaj bliver siddende …»
                i = j - 1
                while i > a and ts[i].low in _STILL_SKIP:
                    i -= 1
                if i - 1 >= a and ts[i - 1].low in _STILL_OPENERS | {"at", "og"}:
                    subj = i
                was_neg = any(x.low == "ikke" for x in ts[max(subj, a):j]) or (after[:1] == ["ikke"])
                tail = after
            if was_neg != neg or not all(w in tail for w in content):
                continue  # another predicate: not what goes on
            if subj < 0 or ts[subj].kind != "R":
                return False  # the predicate of someone else, or of someone not read: unclear
            seen = True
    return seen


#: a word before a noun that is never before a first name: "sit Rejsekort", "en Netto", "hendes iPad"
_NOT_BEFORE_NAME = frozenset({"sin", "sit", "sine", "hans", "hendes", "din", "dit", "dine", "vores", "deres", "en",
                              "et", "den", "det", "de", "denne", "dette", "hver", "hvert", "nyt", "ny", "nye"})


def _person_after(prep: str, word: str) -> bool:
    """With the analyser: a capitalised word after a preposition that may be a person although the analyser lists no
    first name by it (`maybe_unlisted_name`: «med Lykke», «hos Malthe», «med Viol»)."""
    return maybe_unlisted_name(word, f"{prep} {word}", len(prep) + 1)


def _name_or_his(toks: list[_T], resident: Resident, r: DuformRules) -> bool:
    """«Hans» first in a sentence, before a verb or «og»/«eller» («Hans går med Kaj …», «Hans og Kaj …»): the name
    Hans, not «his» – a possessive is followed by what is his. Unless the resident is Hans."""
    if len(toks) < 2 or toks[0].word != "Hans" or "Hans" in resident.names:
        return False
    nxt = toks[1]
    if nxt.low in ("og", "eller", "er", "har", "var", "kan", "skal", "vil", "må", "bliver") or re.search(r"[,;:–]", nxt.sep):
        return True
    if morph.available():
        rs = morph.readings(nxt.low)
        return any(x.startswith(("vblex.pres", "vbmod.pres", "vbser.pres", "vbhaver.pres")) for x in rs) \
            and (_finite(nxt, r) or not any(x.startswith(("n.", "adj.")) for x in rs))
    return _finite(nxt, r) and nxt.low not in r.common_nouns


def _may_be_unnamed_resident(t: _T, start: bool, resident: Resident, r: DuformRules, nxt: _T | None,
                             prv: _T | None = None) -> bool:
    """With a resident known only as «han»/«hun»: `t` may be a first name – the resident's own, so never said as
    someone else. An external actor's name (`resident.known`), a staff word, a family word and an everyday word
    are not; with the analyser a word it knows only as a thing or a place is not either; nor a word after a
    possessive or an article ("med sit Rejsekort": a thing – nobody says "sit Henrik")."""
    w = re.sub(r"(?:'s|s|')$", "", t.word) if t.word.endswith(("'s", "s", "'")) and len(t.word) > 3 else t.word
    if t.kind != "w" or not w[:1].isupper() or w.isupper() or w in resident.known or t.word in resident.known:
        return False
    if prv is not None and prv.low in _NOT_BEFORE_NAME and not re.search(r"[,;:()]", t.sep):
        return False
    low = w.lower()
    if low in r.others or low in r.staff or low in r.plain or low in r.adverbials or w in r.abbreviations \
            or t.word in r.abbreviations or low in _NP_START or low in _FIRST_WORDS or low in r.adverbs \
            or low in ("målet", "delmålet", "at"):
        return False
    if morph.available():
        # a first word the analyser does not know at all, before a finite verb ("Noah sætter selv …"): maybe a name
        return _is_name(w) or (not start and _maybe_person(w)) or (
            start and nxt is not None and _finite(nxt, r) and _maybe_person(w) and not morph.readings(low))
    # without the analyser: any capitalised word inside the sentence; the first word when a finite verb follows
    # ("Henrik trykker selv."), not a title's verb ("Ringe til Morten")
    return not start or (nxt is not None and _finite(nxt, r))


def _inverted_name_subject(toks: list[_T], k: int, r: DuformRules) -> int:
    """The index of a first name right before toks[k] that is the subject of an inverted clause: «…, og bagefter
    hjælper Peter ham» – «og»/a comma, a fronted adverbial of no person and no verb, a finite verb, the name; -1
    when not so."""
    if k < 4 or not _finite(toks[k - 2], r) or toks[k - 1].kind != "w" or not toks[k - 1].word[:1].isupper() \
            or not _is_name(toks[k - 1].word) or toks[k - 1].sep.strip() or toks[k].sep.strip():
        return -1
    j = k - 3
    adverbial = []
    while j >= 0 and toks[j].low not in ("og", "men") and "," not in toks[j + 1].sep:
        adverbial.append(toks[j])
        j -= 1
    if j < 0 and "," not in toks[0].sep:
        return -1
    if not adverbial or len(adverbial) > 4 or any(
            x.kind != "w" or _is_person(x, r) or _finite(x, r) or x.word[:1].isupper() or x.low in r.clause_openers
            for x in adverbial):
        return -1
    return k - 1


def _same_named(h: tuple, other: tuple) -> bool:
    """Two entries of `humans_in_sentence` are one person named twice ("Jan … Jan", "Moren … mor")."""
    return len(h) > 2 and len(other) > 2 and other[0] == "O" and _pid(h[2]) == _pid(other[2])


# verbs whose om/at-clause speaks of the one asked or offered, never of the asker (a promise, a telling or a
# saying may be about the speaker: «Peter lover/fortæller/siger til Jonas, at han kommer» – not here)
_ASKING = frozenset({"spørger", "spurgte", "spørge", "foreslår", "foreslog", "foreslå", "tilbyder", "tilbød",
                     "tilbyde"})
# after «om han»/«at han»: asking leave or the asker's own doing ("om han må komme ind", "at han selv kører")
_ASKERS_OWN = frozenset({"må", "måtte", "få", "får", "selv", "gerne", "også"})


def _asked_one(toks: list[_T], k: int, opener_at: int, subject_at: int, subject_h: int, humans: list[tuple],
               g: str, r: DuformRules) -> bool:
    """toks[k] (han/hun) is the subject of an om/at-clause right after «X spørger (Y)», «X foreslår (Y)», «X tilbyder
    (Y)»: with X a named person and Y (when there) the resident, the pronoun is the one asked – not X (who would
    ask about himself only as «om han selv …», «om han må …»)."""
    if opener_at != k - 1 or toks[opener_at].low not in ("om", "at", "hvordan", "hvornår", "hvad", "hvor") \
            or "," not in toks[opener_at].sep \
            or toks[k].low not in ("han", "hun") or not (0 <= subject_h < len(humans)) or len(humans[subject_h]) < 3 \
            or not (0 <= subject_at < opener_at) or humans[subject_h][1] not in ("", g):
        return False
    if k + 1 < len(toks) and (toks[k + 1].low in _ASKERS_OWN or (
            k + 2 < len(toks) and toks[k + 2].low in _ASKERS_OWN)):
        return False
    verb = next((j for j in (subject_at - 1, subject_at + 1) if 0 <= j < opener_at and toks[j].low in _ASKING), -1)
    if verb < 0 or (toks[opener_at].low != "om" and toks[opener_at].low != "at" and toks[verb].low not in (
            "spørger", "spurgte", "spørge")):
        return False  # «hvordan/hvornår/hvad/hvor han …» only after asking ("Peter spørger, hvad han vil have")
    if toks[opener_at].low == "at" and toks[verb].low in ("spørger", "spurgte", "spørge"):
        return False
    between = [x for j, x in enumerate(toks[min(verb, subject_at) + 1:opener_at], min(verb, subject_at) + 1)
               if j not in (verb, subject_at)]
    asked = [x for x in between if x.kind == "R" or x.out in ("dig",)]
    # nothing between but the resident asked ("spørger Jonas", "spørger ham" said «dig») and words that are no
    # person and no verb ("spørger hende hver morgen, om …", "spørger ind til, hvordan …")
    return len(asked) <= 1 and all(x in asked or (x.kind == "w" and not _is_person(x, r) and not _finite(x, r)
                                                   and x.low not in ("han", "hun", "ham", "hende", "de", "dem"))
                                   for x in between)


#: the clause openers of the rules that join two main clauses: a han/hun after them is still a main clause's
_MAIN_JOINERS = frozenset({"og", "eller", "men"})


def _pronoun_then_resident(words: list[_T], r: DuformRules) -> None:
    """«… derefter venter hun på at beboeren trykker»: a han/hun said as the resident («du») that is its main
    clause's subject, with the resident named after it in the same clause or one it embeds (no comma between) –
    Danish names a person and then says «hun», never the other way round there, so the two are two people and
    «venter du på at du trykker» is untrue (session 11, b42 after). Left out (`_Skip` "pronoun"). Not a han/hun in
    a clause that a subordinator or a verb first opens («Når hun kommer, …», «Nægter han stadig, ringer …»): a
    condition may name the resident after it."""
    for i, t in enumerate(words):
        if t.low not in ("han", "hun") or (t.out or "").lower() not in ("du", "dig"):
            continue
        j = i  # back to the clause's start
        while j > 0 and not re.search(r"[,;:()–]", words[j].sep):
            j -= 1
        before = [w.low for w in words[j:i]]
        if any((w in r.clause_openers and w not in _MAIN_JOINERS) or w == "efter" for w in before) or (j == i - 1 and (_finite(words[j], r) or words[j].verb
                                                                        or words[j].low in r.irregular_finite)):
            continue  # (a verb first: «Vil hun slet ikke …», «Nægter han stadig …» – a condition)
        for w in words[i + 1:]:
            if re.search(r"[,;:()–]", w.sep):
                break
            if w.kind in ("R", "RG"):
                raise _Skip("pronoun", t.word)


def _one_clause_of(toks: list[_T], subject_at: int, k: int, r: DuformRules, subordinate: bool = False) -> bool:
    """The words from the subject at `subject_at` to `k` are one clause of that subject: no comma, no clause
    opener, and every «og»/«eller» between is followed by a finite verb ("… til sin mor og taler med …": the same
    subject), never by a new one ("… og den der har vagt kører ham"). In a subordinate clause no «og» at all:
    "Lægen ved at Kaj bliver nervøs og gentager tiden for ham" – «gentager» is the doctor's."""
    if subject_at < 0 or subject_at >= k:
        return False
    for j in range(subject_at + 1, k + 1):
        t = toks[j]
        if re.search(r"[,;:–]", t.sep) or (j < k and t.low in r.clause_openers and t.low not in ("og", "eller")):
            return False
        if t.low in ("og", "eller", "men") and (subordinate or not (j + 1 < len(toks) and (
                _finite(toks[j + 1], r) or _infinitive(toks[j + 1], r)))):
            return False
    return True


_ASKING_ADDRESSEE = frozenset({"beder", "bad", "spørger", "spurgte", "fortæller", "fortalte", "minder", "mindede",
                               "takker", "takkede", "hilser", "opfordrer", "giver", "gav", "viser", "forklarer"})


def _asked_addressee(toks: list[_T], k: int, r: DuformRules) -> bool:
    """The object pronoun at `k` right after a verb of asking or telling («beder ham», «spørger hende», «siger til
    ham») whose addressee was just named in the same clause, a noun in the definite form after «til»/«hos»/«ved»
    («… ringer vi til vognmanden og beder ham sende en ny»): the one called is the one asked, maybe – whoever the
    noun names (a word the rules do not know as a person may still be one). Our staff are never han/hun."""
    if k < 1:
        return False
    verb = toks[k - 1].low
    if verb == "til" and k >= 2 and toks[k - 2].low in ("siger", "sagde", "skriver", "sms'er"):
        verb = toks[k - 2].low
    elif verb not in _ASKING_ADDRESSEE:
        return False
    for j in range(k - 2, 0, -1):
        if not _one_clause_of(toks, j, k, r):
            return False
        t = toks[j]
        if t.kind == "w" and t.word.islower() and toks[j - 1].low in ("til", "hos", "ved") and len(t.low) > 3 \
                and t.low.endswith(("en", "n")) and not _TIME_NOUNS.match(t.low) and t.low not in r.staff \
                and not is_staff_role(t.low) and t.low not in r.places:
            return True
    return False


def _role_in_clause(h: tuple, role: str, toks: list[_T], k: int, r: DuformRules, subject_at: int = -1) -> bool:
    """A person named by a word for what they are («chaufføren», «naboen», not our staff) before the object pronoun
    at `k` in its own clause (verbs joined by «og» share it: «… ringer vi til chaufføren og beder ham vente» – the
    one asked is the driver, maybe), or as the subject of an earlier clause of the sentence than the pronoun's
    («Kommer chaufføren ikke, ringer vi til ham», «Naboen hjælper tit, og vi takker ham»): «ham» is not certainly
    the resident. (The subject of the pronoun's own clause is never its object: `subject_at`.)"""
    if role != "O" or h[1] != "role" or len(h) < 3 or not h[2].lower().endswith("n"):
        return False  # (the definite form names the one person: «naboen»; a bare «træner» may be the verb)
    at = next((j for j in range(k - 1, -1, -1) if toks[j].word == h[2]), -1)
    if at < 0 or _finite(toks[at], r) or any(x.startswith("vb") for x in morph.readings(toks[at].low)):
        return False  # «træner balancen med hende»: the verb, not a trainer
    if at == subject_at:
        return False
    if _one_clause_of(toks, at, k, r):
        return True
    # the subject of an earlier clause, when the pronoun's clause has a subject of its own after it («…, og vi
    # takker ham»); a verb joined to the first clause («…, og tager imod ham») is still that subject's
    return at < subject_at < k and toks[subject_at].low not in ("der", "som", "hvad", "hvem") \
        and _one_clause_of(toks, subject_at, k, r) and _subject_word(toks, at, r)


def _role_subject_before(h: tuple, role: str, toks: list[_T], k: int, r: DuformRules) -> bool:
    """A subject han/hun after an earlier clause of the sentence whose subject is a person named by what they are,
    not our staff («Din mentor går med Ida op til disken, så står hun ved bordet», «Chaufføren henter Ole, og bagefter
    venter han i bilen»): the one who stands or waits may be that person – a subject goes on as the subject (the
    lead, session 14: b45 after; «du» there was untrue)."""
    if role != "S" or h[1] != "role" or len(h) < 3:
        return False
    low = h[2].lower()
    if low in r.staff or is_staff_role(low):
        return False  # our staff are never a han/hun in these notes
    at = next((j for j in range(k - 1, -1, -1) if toks[j].word == h[2]), -1)
    if at < 0 or _finite(toks[at], r):
        return False
    # («Chaufføren», «Din mentor», or bare first in a note: «Mentor går med …»)
    definite = low.endswith("n") or at == 0 or (at > 0 and toks[at - 1].low in ("din", "dit", "hans", "hendes", "sin",
                                                                                 "deres"))
    # only a main clause with its subject after the verb («…, så står hun», «…, og bagefter venter han»); a
    # subordinate clause («…, hvis han ikke kommer», «…, så du når kaffen») is the resident's as before
    before = toks[k - 1] if k > 0 else None
    inverted = before is not None and before.kind == "w" and _finite(before, r) \
        and before.low not in r.clause_openers and not re.search(r"[,;:()–]", toks[k].sep)
    return definite and inverted and _subject_word(toks, at, r) and not _one_clause_of(toks, at, k, r)


_SUBJECT_SKIP = frozenset({"ikke", "altid", "også", "tit", "ofte", "selv", "gerne", "kun", "aldrig", "stadig", "nu"})


def _subject_word(toks: list[_T], at: int, r: DuformRules) -> bool:
    """toks[at] is the subject of its clause: a finite verb right after it (adverbs between: «chaufføren ikke
    kommer», «Naboen hjælper»), or right before it where a clause begins («Kommer chaufføren ikke»)."""
    def fin(t: _T) -> bool:
        return t.kind == "w" and (_finite(_T(t.low, t.sep), r) or t.low in r.irregular_finite)
    j = at + 1
    while j < len(toks) and toks[j].low in _SUBJECT_SKIP and not re.search(r"[,;:]", toks[j].sep):
        j += 1
    if j < len(toks) and not re.search(r"[,;:]", toks[j].sep) and fin(toks[j]):
        return True
    return at >= 1 and fin(toks[at - 1]) and (
        at == 1 or re.search(r"[,;:]", toks[at - 1].sep) is not None or toks[at - 2].low in r.clause_openers)


_NOT_INFINITIVE = frozenset({"de", "den", "det", "hende", "alle", "hele", "samme", "andre", "ikke", "bare", "gerne",
                             "store", "lille", "gamle", "nye", "egne", "sine", "dine", "mine", "hendes", "deres", "ene"})


def _infinitive(t: _T, r: DuformRules) -> bool:
    """An infinitive that shares the clause's subject after «og»/«eller» («kan ringe eller skrive til hende»): the
    analyser's reading, or without it a small word in -e that is no pronoun, determiner or adverb."""
    if t.kind != "w" or not t.word.islower():
        return False
    if morph.available():
        return any(x.startswith(("vblex.inf", "vbmod.inf", "vbser.inf", "vbhaver.inf")) for x in morph.readings(t.low))
    return t.low.endswith("e") and t.low not in _NOT_INFINITIVE and t.low not in r.others and t.low not in r.staff \
        and t.low not in r.adverbs and len(t.low) > 2


_NP_INSIDE = frozenset({"sin", "sit", "sine", "din", "dit", "dine", "den", "det", "en", "et", "hans", "hendes",
                        "deres", "sine", "egen", "eget", "egne", "gamle", "bedste", "nye", "lille", "store"})


def _pair_named_before(toks: list[_T], k: int, r: DuformRules) -> bool:
    """The resident and another person joined by «og» before the «de» at toks[k] in its sentence («Bo og Ida …, og
    de …», «Kontaktpersonen og Bo …»): a pair the «de» may be."""
    if any(toks[j].low == "og" and (toks[j - 1].kind == "R" or toks[j + 1].kind == "R") for j in range(1, k - 1)):
        return True
    # «Bo laver en aftale med Sara, før de mødes»: the resident with someone («sammen») «med» a person or a name
    return any(x.kind == "R" for x in toks[:k]) and any(
        toks[j].low == "med" and (_is_person(toks[j + 1], r) or toks[j + 1].word[:1].isupper())
        for j in range(1, k - 1))


def _resident_verbs_on(toks: list[_T], k: int, r: DuformRules) -> bool:
    """The reflexive at toks[k] is in a verb phrase joined by «og» to the resident's own clause: the resident opens
    the sentence as its subject; the last «og» before k (no comma after it) is followed by a finite verb (after
    adverbs or a time at most) and no subject; every other person before k stands after a preposition («sammen med
    SSA»); and no clause opener before k has a finite verb of its own («når bussen kommer og holder ved sit …» is
    the bus's) – «når»/«inden» with no verb after them are a verb and a preposition («og når bussen til sit job»)."""
    if not toks or toks[0].kind != "R" or k < 3:
        return False
    og = max((j for j in range(1, k) if toks[j].low == "og" and "," not in toks[j].sep
              and not any(re.search(r"[,;:()–]", toks[i].sep) for i in range(j + 1, k + 1))), default=-1)
    if og < 0:
        return False
    j = og + 1
    while j < k and (toks[j].low in r.adverbs or toks[j].low[:1].isdigit() or toks[j].low in ("kl", "den")):
        j += 1
    if j >= k or not (_finite(toks[j], r) or toks[j].low == "når"):
        return False
    for i in range(1, k):
        x = toks[i]
        if i != j and x.low in r.clause_openers and x.low not in ("og", "eller"):
            end = next((e for e in range(i + 1, k) if toks[e].low == "og" or re.search(r"[,;:()–]", toks[e].sep)), k)
            if any(_finite(toks[e], r) for e in range(i + 1, end)):
                return False
    in_pp = False
    for i in range(1, k):
        x = toks[i]
        person = x.kind == "R" or _is_person(x, r) or (x.kind == "w" and x.word[:1].isupper()
                                                       and (_is_name(x.word) or not morph.available()))
        if x.low in r.prepositions or x.low == "sammen":
            in_pp = True
        elif person and x.kind != "R":
            if not in_pp:
                return False
        elif x.low in _NP_INSIDE or x.low in r.others:
            pass
        else:
            in_pp = False
    return True


def _only_prepositional_people(toks: list[_T], subject_at: int, k: int, r: DuformRules) -> bool:
    """Every person between the resident (the subject at `subject_at`) and the pronoun at `k` stands in a phrase
    after a preposition ("med Ole", "til sin søster Lise", "hos Ib (bror)"): none of them can be the subject of a
    verb of their own that the pronoun could belong to ("Kaj beder Ole ringe til ham": Ole's verb, «ham» may be
    Kaj). Also no «at» or clause opener between them."""
    if subject_at < 0 or subject_at >= k:
        return False
    in_pp = False
    for j in range(subject_at + 1, k):
        t = toks[j]
        low = t.low
        if low in r.clause_openers and low not in ("og", "eller"):
            return False
        # a person: a role, a family word, or a capitalised word that may be a name (without the analyser any)
        person = _is_person(t, r) or (t.kind == "w" and t.word[:1].isupper()
                                      and (_is_name(t.word) or not morph.available()))
        if low in r.prepositions:
            in_pp = True
        elif person:
            if not in_pp:
                return False
        elif low in _NP_INSIDE or low in r.others:
            pass  # "til sin søster Lise": the phrase after the preposition goes on
        else:
            in_pp = False
    return True


def _not_the_resident(toks: list[_T], k: int, role: str, r: DuformRules) -> bool:
    """The han/hun at toks[k] and the resident are the two people of one short clause, so it is not the resident:
    "du/Du" (the resident already said) + finite verb + «ham/hende» ("Kaj beder ham"), verb + du + «ham» ("Så
    tager han ham med"), or «han/hun» + finite verb + the resident ("… når hun besøger Kaj")."""
    if role == "O" and k >= 2:
        return (toks[k - 2].out in ("du", "Du") and _finite(toks[k - 1], r)) or (
            toks[k - 1].out in ("du", "Du") and _finite(toks[k - 2], r))
    if role == "S" and k + 3 < len(toks) and toks[k + 1].low in ("er", "kommer", "var", "kom") \
            and toks[k + 2].low == "på" and toks[k + 3].low == "besøg" and not (
                k + 4 < len(toks) and toks[k + 4].low in ("hos", "i", "på")) and any(
                x.kind in ("R", "RG") or (x.out or "").lower() in ("du", "dig", "din", "dit", "dine") for x in toks[:k]):
        return True  # "Bent går med Poul … når han er på besøg": the resident lives here – the visitor is the other
    if role == "S" and k + 2 < len(toks) and toks[k + 1].low in ("og", "eller") and toks[k + 2].kind == "R" \
            and not toks[k + 1].sep.strip() and not toks[k + 2].sep.strip():
        return True  # "… og han og Mikkel taler om …": nobody is coordinated with themselves
    if role == "S" and k >= 2 and toks[k - 1].low in ("og", "eller") and toks[k - 2].kind == "R" \
            and toks[k - 2].out in ("du", "Du") and not toks[k].sep.strip() and not toks[k - 1].sep.strip():
        return True  # "når Mikkel og han ses"
    if role == "S" and k + 3 < len(toks) and _finite(toks[k + 1], r):
        # "Han går med Jonas …", "hun ringer til Jonas": the resident in a phrase of the pronoun's own verb
        j = k + 2
        while j < len(toks) and toks[j].low in r.adverbs and j < k + 4:
            j += 1
        if j < len(toks) and toks[j].low == "sammen":
            j += 1
        if j + 1 < len(toks) and toks[j].low in _WITH_PREPS and toks[j + 1].kind == "R" \
                and not any(re.search(r"[,;:()–]", x.sep) for x in toks[k + 1:j + 2]):
            return True
    if role == "S" and k + 2 < len(toks):
        return _finite(toks[k + 1], r) and toks[k + 2].kind == "R" and not toks[k + 2].sep.strip() \
            and not toks[k + 1].sep.strip()
    return False


#: prepositions of a verb's companion or goal: «han går med Jonas», «hun ringer til Jonas», «venter på Jonas»
_WITH_PREPS = frozenset({"med", "til", "hos", "på", "efter", "for", "ved"})


_NP_START = frozenset({"hver", "hvert", "hvers", "de", "den", "det", "en", "et", "alle", "kl.", "kl", "jul", "påske",
                       "næste", "sidste", "første", "middag", "morgenmad", "frokost", "aftensmad", "sengetid"})


def _education(toks: list[_T], k: int) -> bool:
    """toks[k] names a trade someone studies or is trained in: right after «til»/«som» that follows a verb of study
    («læser til», «uddanner sig til», «er uddannet som», «studerer til»)."""
    if k < 2 or toks[k - 1].low not in ("til", "som"):
        return False
    before = [x.low for x in toks[max(0, k - 4):k - 1]]
    return any(w.startswith(("uddann", "studer")) or w in ("læser", "læste", "læse", "elev", "praktikant")
               for w in before)


def _relative_in_subject(toks: list[_T], k: int, r: DuformRules) -> int:
    """Where «den der»/«de som» (a pronoun and a relative without a comma) stands before the verb at `k` in a
    sentence that begins with its subject – no subordinator, preposition or punctuation before it: the verb at `k`
    is then the main verb after the relative clause, not the verb of an inverted clause. -1 when not so."""
    if not toks or toks[0].low in r.clause_openers or toks[0].low in r.prepositions or toks[0].low in r.adverbials:
        return -1
    if any(re.search(r"[,;:()–]", x.sep) for x in toks[1:k + 1]):
        return -1
    for j in range(1, k):
        if toks[j].low in ("der", "som") and toks[j - 1].low in ("den", "de", "dem") and j + 1 < k \
                and _finite(toks[j + 1], r):
            return j
    return -1


def _morph_finite(low: str) -> bool:
    """With the analyser: the word can be a finite verb (present or past); without it: trusted as the rules say."""
    if not morph.available():
        return True
    return any(x.startswith(("vblex.pres", "vbmod.pres", "vbhaver.pres", "vbser.pres", "vaux.pres", "vblex.past", "vbmod.past",
                             "vbser.past", "vbhaver.past")) for x in morph.readings(low))


def starts_with_verb(text: str, r: DuformRules) -> bool:
    """A text that begins with a finite verb ("Vasker sit eget tøj"): a title or phrase without its subject."""
    m = _WORD.match(text.strip())
    return bool(m) and _finite(_T(m.group().lower(), ""), r) and m.group().lower() not in r.adverbials


def _opens_clause(toks: list[_T], k: int, r: DuformRules) -> bool:
    """"om" opens a clause ("…, om Mads vil") when a person and then a verb or an adverb follow; else it is a
    preposition ("minder Mads om at tage …")."""
    if k + 2 >= len(toks):
        return False
    who, nxt = toks[k + 1], toks[k + 2]
    person = who.kind == "R" or who.low in ("han", "hun", "vi", "du", "jeg", "de") or who.low in r.staff \
        or who.word in r.abbreviations or who.low in r.others
    return person and (_finite(nxt, r) or nxt.low in r.adverbs)


def _til_opens_clause(toks: list[_T], k: int, r: DuformRules) -> bool:
    """«til» as a conjunction («Vi venter, til Mads er klar» – until): a person and their finite verb follow it,
    after a comma or at the start; without a comma only before a verb that cannot be anything else («går med Mads
    til Mads kan vejen»). Then the person is the subject – «til du er klar», never «til dig er klar»."""
    if toks[k].low != "til" or toks[k].kind != "w" or not _opens_clause(toks, k, r):
        return False
    nxt = toks[k + 2]
    if re.search(r"[,;:()–]", toks[k + 1].sep + nxt.sep):
        return False
    if nxt.low in r.clause_openers:
        return False  # «siger det til Mads når han …»: «når» opens the next clause (never the verb «nå»)
    if k == 0 or "," in toks[k].sep:
        return _finite(nxt, r) or nxt.low in r.adverbs
    return nxt.low in r.irregular_finite or (_finite(nxt, r) and morph.available() and _morph_finite(nxt.low))


#: what follows «<det> ved <person>» when «ved» is the verb (to know): «Det ved Mads ikke», «Det ved han godt»
_VED_AFTER = frozenset({"ikke", "godt", "selv", "også", "nok", "heller", "endnu", "altid", "allerede", "præcis",
                        "sikkert", "måske", "vist", "jo"})


def _ved_is_verb(toks: list[_T], k: int, r: DuformRules) -> bool:
    """«ved» as the finite verb (vide) in second place: «Det ved Mads ikke», «Hvornår bussen kører, ved Mads
    godt» – the word before it opens the clause (the sentence's «det»/«hvad»/«hvor» …, or a comma before «ved»),
    a person follows, then an adverb or the end. Never the preposition's object then: «ved du», not «ved dig»."""
    if toks[k].low != "ved" or k == 0 or k + 1 >= len(toks) or toks[k + 1].kind == "RG":
        return False
    who = toks[k + 1]
    if not (who.kind == "R" or who.low in ("han", "hun", "du", "vi", "de", "jeg")):
        return False
    if re.search(r"[,;:()–]", who.sep) or (k + 2 < len(toks) and re.search(r"[,;:()–]", toks[k + 2].sep)):
        return False
    if k + 2 < len(toks) and toks[k + 2].low not in _VED_AFTER:
        return False
    before = toks[k - 1]
    fronted = before.low in ("det", "dette", "hvad", "hvor", "hvordan", "hvornår", "hvorfor", "hvem", "så") and (
        k == 1 or re.search(r"[,;:–]", before.sep) or toks[k - 2].low in ("og", "men", "at"))
    return bool(fronted or "," in toks[k].sep)


#: verbs after which a fronted «det» is the object and the person after the verb its subject («Det ved Mads
#: ikke», «Det kan Mads godt selv», «Det gør Mads selv»); never «Det hjælper Mads ikke» (there «det» may be the subject)
_DET_OBJECT_VERBS = frozenset({"ved", "tror", "kan", "vil", "skal", "må", "gør", "husker", "siger", "synes", "forstår",
                               "mener", "glemmer", "kender", "gider", "tør", "orker", "nåede", "vidste", "troede",
                               "kunne", "ville", "skulle", "gjorde", "huskede", "sagde"})


def _fronted_object(pre_words: list[str], toks: list[_T], k: int) -> bool:
    """«Det ved Mads ikke»: the fronted «det» is the verb's object, the resident after the verb its subject (an
    adverb or the end after the resident) – «Det ved du ikke», never «Det ved dig ikke»."""
    if pre_words not in (["det"], ["dette"]) or toks[k].low not in _DET_OBJECT_VERBS or k + 1 >= len(toks):
        return False
    if toks[k + 1].kind != "R" or re.search(r"[,;:()–]", toks[k + 1].sep):
        return False
    return k + 2 == len(toks) or (toks[k + 2].low in _VED_AFTER and not re.search(r"[,;:()–]", toks[k + 2].sep))


def _is_person(t: _T, r: DuformRules) -> bool:
    return t.kind in ("R", "RG") or t.low in ("han", "hun", "vi", "du", "jeg", "de", "hans", "hendes") \
        or t.low in r.staff or t.word in r.abbreviations or t.low in r.others


_TIME_NOUNS = re.compile(r"^(?:dag|dage|dagen|uge|ugen|uger|måned|måneden|måneder|morgen|morgenen|morgener|aften|"
                         r"aftenen|aftener|gang|gangen|gange|weekend|weekenden|weekender|eftermiddag|eftermiddagen|"
                         r"formiddag|formiddagen|nat|natten|hverdage|(?:man|tirs|ons|tors|fre|lør|søn)dag(?:en|e)?)$")


#: sentence adverbials of more words or none of [lexicon] adverbials' single words: «Så vidt muligt tager Bo …»,
#: «Som regel går Bo …» – the resident after the verb is its subject («Så vidt muligt tager du …», never «dig»)
_FIXED_ADVERBIALS = frozenset({"så vidt muligt", "så vidt det er muligt", "hvis muligt", "om muligt", "som regel",
                               "for det meste", "så godt som muligt", "så meget som muligt", "helst", "gerne",
                               "måske", "eventuelt", "evt", "typisk", "normalt", "oftest", "efterhånden",
                               "forhåbentlig", "heldigvis", "gradvist", "gradvis", "til at begynde med",
                               "i starten", "i begyndelsen", "nogle gange", "af og til", "en gang imellem"})


def _fronted_adverbial(words: list[str], r: DuformRules) -> bool:
    """Words before the finite verb that are an adverbial, not a subject: they begin with a preposition or an
    adverb ("Hjemme igen lægger …", "I februar går …") or name a time ("Den sidste dag i måneden holder …")."""
    if not words:
        return False
    if words[0] == "ved" and len(words) > 1 and words[1] in VED_AS_VERB:
        return False  # «Ved ikke noget om aftalen, …»: the verb «vide» with no subject – never a fronted «ved bordet»
    return words[0] in r.prepositions or words[0] in ("hjemme", "derhjemme", "ude", "inde", "bagefter",
                                                      "derefter", "samme", "senere", "næste", "sidste") \
        or any(_TIME_NOUNS.match(w) for w in words) or " ".join(words) in _FIXED_ADVERBIALS


#: direct speech without quotation marks: a speech verb, a colon, the words said («Ole spørger: hvad nu hvis han
#: siger nej?») – the speaker's own words, said as written or not at all
_SPEECH_COLON = re.compile(r"(?i)\b(?:siger|sagde|spørger|spurgte|svarer|svarede|råber|råbte|tænker|tænkte|"
                           r"udbryder|udbrød)\s*:\s*(?P<q>.+)$")


def _speech_changed(sent: str, out: str) -> str:
    """The words after «siger:» in `sent` that the du-form `out` changed («… spørger: hvad nu hvis han siger nej?» →
    «… hvad nu hvis du siger nej?»: the «han» was a friend) – "" when they are said as written."""
    a, b = _SPEECH_COLON.search(sent), _SPEECH_COLON.search(out)
    if not a:
        return ""
    if b is None or a.group("q").strip().lower() != b.group("q").strip().lower():
        return a.group("q").strip()
    return ""


def _relative_subject(toks: list[_T], k: int, r: DuformRules) -> bool:
    """«som»/«der» at toks[k] opens a relative clause of which it is the subject: a finite verb follows it (an
    adverb or two between: «som ikke selv viser …»), not another subject («som Mads har lavet»)."""
    for j in range(k + 1, min(k + 4, len(toks))):
        if _finite(toks[j], r) or toks[j].low in r.irregular_finite:
            return True
        if toks[j].low not in r.adverbs and toks[j].low not in ("ikke", "selv", "også", "altid", "gerne", "tit"):
            return False
    return False


def _all_adverbial(words: list[str], r: DuformRules) -> bool:
    return bool(words) and all(w in r.adverbials or w.isdigit() or w in r.adverbs or re.fullmatch(r"\d+[.:]?\d*", w)
                               for w in words)


# ---- i24g: case and number of the resident's words (`_one`)


def _de_verb_next(t: _T, r: DuformRules) -> bool:
    """The word after «de» is a finite verb and no noun («om de sad sammen», «når de går»): «de» is its subject,
    never a determiner («de møder, der …», «de første dage» stay determiners)."""
    rs = morph.readings(t.low)
    if any(y.startswith("n.") or y.startswith("adj") for y in rs):
        return False
    return _finite(t, r) or any(y.startswith(("vblex.pres", "vblex.past")) for y in rs)


def _their(toks: list[_T], k: int, people: list[tuple[str, str]], prev: list[tuple[str, str]] | None,
           r: DuformRules, alone: bool = False) -> str:
    """«deres»/«dem» at toks[k] (see `_one`): the word to say, or `_Skip`. `alone`: the clause's subject is the
    resident alone («…, og Mads sætter deres kop …»): a pair named earlier in the sentence does not make it
    «jeres» – the resident alone may be written «de» (left out)."""
    t = toks[k]
    kinds = [p[0] for p in people]
    res = [x.kind == "R" or (x.out or "").lower() in ("du", "dig") for x in toks]  # («til hende og pigerne»: «dig»)
    # (not across a comma: "… om dagen, og han henter dem": «og» after a comma opens a clause – «dagen» is no mate)
    mates = [toks[j + 2] if toks[j + 1].low == "og" and j + 2 < k and not res[j + 2] else toks[j - 2]
             for j in range(0, k - 1) if res[j] and (
                 toks[j + 1].low == "og" and j + 2 < k and not res[j + 2] and "," not in toks[j + 1].sep
                 or j >= 2 and toks[j - 1].low == "og" and "," not in toks[j - 1].sep)]
    pair = bool(mates)
    if t.low == "deres" and pair and "P" in kinds:
        raise _Skip("pronoun", t.word)  # "du og din kontaktperson … opkaldene … deres samtale": yours or theirs?
    plural = (t.low == "dem" or not morph.available()) and any(_plural_like(x, r) for x in toks[:k])
    if pair and (any(_plural_like(m, r) or any(".pl." in y for y in morph.readings(m.low)) for m in mates)
                 or any(x.low in ("dem", "deres") for x in toks[:k])
                 or any(x.kind == "w" and any(y.startswith("n.") and ".pl." in y for y in morph.readings(x.low))
                        and any(y.startswith("vblex") for y in morph.readings(x.low)) for x in toks[:k])):
        # "til dig og pigerne og sidder hos dem": the resident with a group – the group, or all of them?
        # "du og Ali bager boller og spiser dem": «boller» may be the verb – the pair or the buns? Left out
        raise _Skip("pronoun", t.word)
    if ("P" in kinds and morph.available()) or ("G", "de andre") in people:
        return t.word  # "dine tabletter … tag dem", "de andre … deres": a group or things named before it
    if plural:
        return t.word  # "3 ting … sagt én af dem", "lommepenge … deler dem": things, maybe
    if t.low == "dem" and alone and not pair and _counted_thing_before(toks, k, r):
        # "højst to øl om dagen og drikker dem" (no analyser: «øl» not known as plural): the resident alone is the
        # clause's subject, so «dem» is never the resident (that is «sig») – the counted things
        return t.word
    others = {p[1] for p in people if p[0] == "O"}
    if pair and alone:
        raise _Skip("pronoun", t.word)
    if pair and "R" in kinds and len(others) == 1 and morph.available():
        return {"deres": "jeres", "dem": "jer"}[t.low]
    if prev is not None and morph.available() and any(p[0] == "P" or p == ("G", "de andre") for p in prev):
        return t.word  # "… dine tabletter. Du lægger dem i æsken."
    raise _Skip("pronoun", t.word)  # maybe the resident and someone, maybe nobody named: not said as «de»


#: counts before a noun that make it plural: «to», «tre» … «ti» (of [lists] de_determiners), «flere», «nogle», «mange»
_PLURAL_COUNTS = frozenset({"to", "tre", "fire", "fem", "seks", "syv", "otte", "ni", "ti", "elleve", "tolv", "flere",
                            "nogle", "mange"})


def _counted_thing_before(toks: list[_T], k: int, r: DuformRules) -> bool:
    """A noun counted as more than one earlier in the clause's sentence, before «dem» at toks[k] («højst to øl om
    dagen og drikker dem», «3 kopper … dem»): a thing, not a person (no staff word, no person word, no capital) –
    what «dem» may stand for, with or without the analyser."""
    abbreviated = set(r.unit_abbreviations) | set(r.inside_abbreviations)
    for j in range(1, k):
        x, before = toks[j], toks[j - 1]
        if x.kind != "w" or before.kind != "w" or re.search(r"[.;:!?]", x.sep):
            continue
        # («sine ugepenge … dem»: the plural reflexive possessive says its noun is more than one, like a count)
        counted = before.low in _PLURAL_COUNTS or (before.low.isdigit() and int(before.low) > 1) or before.low == "sine"
        if counted and not x.word[:1].isupper() and x.low not in r.staff and x.low not in r.others \
                and x.low not in r.person_plurals and x.low not in r.collective_nouns \
                and not any(re.search(r"[;:!?]", y.sep) or ("." in y.sep and toks[i - 1].low not in abbreviated)
                            for i, y in enumerate(toks[j + 1:k + 1], start=j + 1)):
            # (a unit's or a time's full stop is no sentence end: «sine ugepenge på 700 kr. hver mandag … dem»)
            return True
    return False


def _plural_like(t: _T, r: DuformRules) -> bool:
    """A noun that may be plural ("ting", "onsdage", "lommepenge"): what «dem» may stand for."""
    if t.kind != "w" or t.low in r.staff or t.low in r.others or t.word[:1].isupper():
        return False
    if morph.available():
        rs = morph.readings(t.low)
        return any(x.startswith("n.") and ".pl" in x for x in rs) and not any(
            x.startswith("vb") and (".pres" in x or ".past" in x) for x in rs)  # "spiser" is a verb here
    return t.low in r.plural_nouns or bool(_TIME_PLURAL.match(t.low)) or (
        len(t.low) > 4 and t.low.endswith(("erne", "ene")))


def _coordinated_before_verb(toks: list[_T], k: int, r: DuformRules) -> bool:
    """"om Mads og hans mor mødes", "hvis Mads og Lis kommer": the resident and one more person (one or two
    words, no punctuation) right before a finite verb – both are its subject."""
    if k + 3 >= len(toks) or toks[k + 1].low != "og" or re.search(r"[,;:()–.]", toks[k + 1].sep + toks[k + 2].sep):
        return False
    for j in (k + 2, k + 3):
        words = toks[k + 2:j + 1]
        if re.search(r"[,;:()–.]", "".join(x.sep for x in words[1:])):
            return False
        if (len(words) == 1 and (words[0].word[:1].isupper() or words[0].low in r.others or words[0].low in r.staff)) \
                or (len(words) == 2 and words[0].low in ("hans", "hendes", "sin", "sit", "din", "dit")):
            if _verb_right_after(toks, j, r):
                return True
    return False


_NP_DETERMINERS = frozenset({"den", "det", "de", "en", "et", "hver", "hvert", "samme", "alle"})


def _contact_relative(toks: list[_T], k: int, r: DuformRules) -> bool:
    """The resident at `k` opens a relative clause without «som» after a noun with its determiner, right before
    the clause's finite verb («Vi finder den kande Mette havde», «den opgave Mette synes er svær», «det tøj Mette
    selv har valgt»): the resident is that clause's subject – «du», never «dig»."""
    noun, det = toks[k - 1], toks[k - 2]
    if re.search(r"[,;:()–]", t_sep := toks[k].sep) or t_sep.strip() or noun.kind != "w" or det.kind != "w" \
            or not noun.word.islower() or det.low not in _NP_DETERMINERS or re.search(r"[,;:()–]", noun.sep):
        return False
    if noun.low in r.prepositions or noun.low in r.adverbs or noun.low in r.adverbials or noun.low in r.clause_openers \
            or _finite(noun, r) or noun.verb or noun.low in r.weak_pronouns:
        return False
    j = k + 1
    if j < len(toks) and toks[j].low in ("selv", "ikke", "altid", "også", "gerne") and not toks[j].sep.strip():
        j += 1
    if _verb_right_after(toks, j - 1, r) or (j < len(toks) and toks[j].low in ("havde", "var", "synes", "plejer")):
        return True
    # without the analyser a past tense in -ede/-te («den bog Ida lånte»), never an adjective («næste», «sidste»)
    w = toks[j].low if j < len(toks) and toks[j].kind == "w" and not toks[j].sep.strip() else ""
    return not morph.available() and len(w) > 4 and w.endswith(("ede", "te")) and w not in r.adjectives \
        and w not in r.de_determiners and w not in ("næste", "sidste", "første", "bedste", "eneste", "mindste",
                                                    "største", "længste", "seneste", "hele")


#: the question words that open an indirect question about a noun («hvilken kop», «hvor mange kopper»)
_QUESTION_DETERMINERS = frozenset({"hvilken", "hvilket", "hvilke"})


def _question_noun_subject(toks: list[_T], k: int, r: DuformRules) -> bool:
    """The resident at `k` after the noun of an indirect question and right before its finite verb («hvor mange
    kopper Mette selv vaskede», «hvilken bus Mette tager»): the question's subject – «du», never «dig». Only with
    «hvor mange»/«hvor meget»/«hvilken …» right before the noun, no punctuation between, and the verb right after
    the resident (one clause adverb may stand between)."""
    noun = toks[k - 1]
    if noun.kind != "w" or not noun.word.islower() or re.search(r"[,;:()–.]", toks[k].sep + noun.sep):
        return False
    det = toks[k - 2]
    if det.low in _QUESTION_DETERMINERS and det.kind == "w":
        pass
    elif det.low in ("mange", "meget") and k >= 3 and toks[k - 3].low == "hvor" and not re.search(r"[,;:()–.]", det.sep):
        pass
    else:
        return False
    if noun.low in r.prepositions or noun.low in r.adverbs:
        return False
    j = k
    if j + 1 < len(toks) and toks[j + 1].low in r.adverbs and not re.search(r"[,;:()–.]", toks[j + 1].sep):
        j += 1
    if _verb_right_after(toks, j, r):
        return True
    # without the analyser a past tense in -ede/-te («hvor mange kopper Mette vaskede»)
    w = toks[j + 1].low if j + 1 < len(toks) and toks[j + 1].kind == "w" and not re.search(
        r"[,;:()–.]", toks[j + 1].sep) else ""
    return not morph.available() and len(w) > 4 and w.endswith(("ede", "te")) and w not in r.adjectives


def _after_question_noun_verb(toks: list[_T], k: int, r: DuformRules) -> bool:
    """The resident at `k` right after a finite verb that follows the noun of an indirect question («hvor mange
    kunder hjælper Mette», «hvilken elev henter Mette»): the noun may be the subject (she is the object) or the
    object (she the subject) – not certain. A count of time («hvor mange gange går Mette») is an adverbial: the
    resident is the subject there, as the main pass says."""
    verb, noun = toks[k - 1], toks[k - 2]
    if verb.kind != "w" or noun.kind != "w" or not noun.word.islower() \
            or re.search(r"[,;:()–.]", toks[k].sep + verb.sep + noun.sep) or not _finite(verb, r):
        return False
    det = toks[k - 3]
    if not (det.low in _QUESTION_DETERMINERS or (det.low in ("mange", "meget") and toks[k - 4].low == "hvor")):
        return False
    return not (_TIME_PLURAL.match(noun.low) or noun.low in ("gange", "gang", "dag", "uge", "måned", "tid", "tidspunkt"))


def _verb_right_after(toks: list[_T], k: int, r: DuformRules) -> bool:
    """A finite verb (present or past, active or passive) right after toks[k], with no punctuation between:
    "om Mads mødte", "og Mads tilbydes". With the analyser: a word it knows only as a verb form or as a finite verb
    beside nouns ("taler"); an infinitive, a participle or an adjective ("lader Mads vælge", "gør Mads klar") is
    not one. Without it: an irregular finite verb, an -r verb the lists know, or an -es passive."""
    if k + 1 >= len(toks) or re.search(r"[,;:()–.]", toks[k + 1].sep) or toks[k + 1].kind != "w":
        return False
    low = toks[k + 1].low
    if morph.available():
        rs = morph.readings(low)
        fin = [x for x in rs if x.startswith(("vblex.pres", "vbmod.pres", "vbhaver.pres", "vbser.pres",
                                              "vblex.past", "vbmod.past", "vbser.past", "vbhaver.past"))]
        return bool(fin) and not any(x.startswith(("adv", "pr", "prn", "det", "cnj", "num")) for x in rs)
    return low in r.irregular_finite or _finite(toks[k + 1], r) or (
        len(low) > 4 and low.endswith("es") and low not in r.others and low not in r.adverbs)


def _object_before_noun(toks: list[_T], k: int, state: str, clause_subject: str, r: DuformRules,
                        subject_at: int = -1) -> bool:
    """"KP giver Mads planer …": the clause has its subject and its verb, the person follows the verb directly – or
    the subject that follows the verb ("Hver torsdag giver morgenvagten Mads opgaver", "giver vi Mads …") – and an
    -r word follows – a plural noun ("planer", "roser", a compound the analyser knows only by its last part:
    "sorteringsopgaver"), so the person is the object ("giver dig planer"), not the subject of a new verb (it said
    «giver morgenvagten du opgaver», session 11). A modal or irregular verb after it ("siger Mads skal …") is a
    verb. Without the analyser the -r word is not known: left out."""
    after_verb = k > 0 and (_finite(toks[k - 1], r) or (
        subject_at == k - 1 and k >= 2 and _finite(toks[k - 2], r) and not re.search(r"[,;:()–]", toks[k - 1].sep)))
    if not (state == "done" and clause_subject and after_verb
            and not re.search(r"[,;:()–]", toks[k].sep) and k + 1 < len(toks)):
        return False
    nxt = toks[k + 1].low
    if nxt in r.irregular_finite or toks[k + 1].low in r.adverbs:
        return False
    if not morph.available():
        raise _Skip("grammar", f"{toks[k].word} {toks[k + 1].word}")
    rs = morph.readings(nxt) or morph.compound_readings(nxt)
    return any(x.startswith("n.") and ".pl" in x for x in rs)
