"""The "At …" clause of a delmål ("At Mads selv vasker sit tøj hver tirsdag") turned into a main clause with the
resident as its subject ("Mads vasker selv sit tøj hver tirsdag"; the resident becomes "du" in the transform)."""

from __future__ import annotations

import re

from delmaal_assistant.core.dates import MONTHS_DA
from delmaal_assistant.core.outputs import morph
from delmaal_assistant.core.outputs.duform.rules import DuformRules
from delmaal_assistant.core.outputs.duform.sentences import _T, _finite
from delmaal_assistant.core.outputs.duform.surface import _Skip


def _verb_here(t: _T, r: DuformRules) -> bool:
    """The finite verb of an "At …" clause: with the analyser, a word it knows as a present-tense verb, not a noun
    verb only; without it (or for a word it does not know), what the rules call finite."""
    if not morph.available() or t.low in r.irregular_finite:
        return True
    rs = morph.readings(t.low)
    return any(".pres" in x and x.startswith("v") for x in rs) or not rs


def _at_finite(t: _T, r: DuformRules) -> bool:
    """The finite verb of an "At …" clause: a verb by the rules (`_finite`, `_verb_here`), or a present tense in -s
    ("mødes", "ses", "følges"; with the analyser it must also be a present-tense verb to it)."""
    if _finite(t, r) and _verb_here(t, r):
        return True
    if t.kind != "w" or t.word[:1].isupper():
        return False
    if t.low in r.s_verbs:  # (a person word as the verb: `_role_noun_as_verb`)
        if not morph.available():
            return True
        rs = morph.readings(t.low)
        return any(".pres" in x and x.startswith("vb") for x in rs) or not rs
    return False


_DETERMINERS = frozenset({"en", "et", "sin", "sit", "sine", "den", "det", "de", "sammen"})


def _in_phrase(fronted: list[_T], r: DuformRules) -> bool:
    """The words before are a preposition, maybe with an article ("med", "sammen med en"): a person word after
    them is part of the phrase, not the subject of the clause."""
    k = len(fronted) - 1
    while k >= 0 and fronted[k].low in _DETERMINERS and fronted[k].low not in r.prepositions:
        k -= 1
    return k >= 0 and k >= len(fronted) - 2 and fronted[k].low in r.prepositions and fronted[k].low != "af"


def _after_sammen_med(fronted: list[_T]) -> bool:
    """The words before end in «sammen med» and maybe an article («sammen med en», «sammen med sin»): without the
    analyser the only phrase with a person in it that is moved after the subject whole («i samarbejde med …» is
    not: its first part would stay before the verb)."""
    k = len(fronted) - 1
    while k >= 0 and fronted[k].low in _DETERMINERS and fronted[k].low != "sammen":
        k -= 1
    return k >= 1 and fronted[k].low == "med" and fronted[k - 1].low == "sammen"


def _role_noun_as_verb(toks: list[_T], j: int, r: DuformRules) -> bool:
    """"At Nadia træner med sit hold …": a word the lists know as a person ("træner", "leder") right after the
    resident is the clause's verb – the analyser reads it as a present-tense verb, or (without it) it ends in -er
    and a small word follows (a preposition, an adverb, a determiner), never a name or another verb."""
    t = toks[j]
    if t.low not in r.others or not t.low.endswith("er") or j + 1 >= len(toks):
        return False
    nxt = toks[j + 1]
    if morph.available():
        return any(x.startswith("vblex.pres") for x in morph.readings(t.low)) and not nxt.word[:1].isupper()
    return not nxt.word[:1].isupper() and not _finite(nxt, r) and (
        nxt.low in r.prepositions or nxt.low in r.adverbs or nxt.low in r.de_determiners
        or nxt.low in ("sin", "sit", "sine", "en", "et", "den", "det", "de", "hver", "hvert", "at"))


#: without the analyser, words of a count or time that may stand between the resident and the verb of "At …"
_AT_TIME = re.compile(r"^(?:mindst|højst|cirka|ca|ud|af|om|hver|hvert|anden|andet|gang|gange|dag|dage|dagen|uge|uger|"
                      r"ugen|måned|måneder|måneden|(?:man|tirs|ons|tors|fre|lør|søn)dag(?:e|en)?|hverdage|"
                      r"weekend(?:er|en)?|morgen(?:en)?|aften(?:en)?|formiddag(?:en)?|eftermiddag(?:en)?)$")


_MONTHS = frozenset(m.lower() for m in MONTHS_DA)

#: degree adverbs before a coordinated verb of "At …" («og højst får») – after it in a main clause («og får højst»)
_DEGREE = frozenset({"højst", "mindst", "næsten"})


def _fronted_in_coordination(rest: list[_T], i: int, r: DuformRules) -> int:
    """Where the verb is when rest[i:] after «og» is a time or place and then a finite verb of the resident's
    («og torsdag kl. 10 bærer …», «og efter maden rydder …»): its index, else -1. Only lower-case words of a time,
    a count or a prepositional phrase between (no person, name, comma or other verb); not adverbs alone."""
    if i >= len(rest) or (i >= 2 and rest[i - 2].low == "til"):  # «fra maj til og med september»
        return -1
    first = rest[i].low
    # «og den 2. juni selv går …»: «den» before a day's number is a date, never a subject «den»
    date = first == "den" and i + 2 < len(rest) and rest[i + 1].low.isdigit() and rest[i + 2].low in _MONTHS
    if date:
        pass
    elif not (first in r.adverbials or first in r.prepositions or _AT_TIME.match(first)) or first in r.adverbs \
            or first in ("at", "som", "der", "det", "den", "de", "så", "hvis", "når", "til") \
            or (first == "om" and not (i + 1 < len(rest) and _AT_TIME.match(rest[i + 1].low))):
        return -1  # («om søndagen» is a time; «om» before anything else may open a clause)
    j = i
    while j < len(rest):
        t = rest[j]
        if j > i and re.search(r"[,;:()–]", t.sep):
            return -1
        if t.low in r.staff or t.low in r.others or t.word in r.abbreviations:
            return -1  # «… sammen med en medarbejder»: a person, never the verb
        if _finite(t, r) and t.kind == "w" and j > i and (not morph.available() or _verb_here(t, r)) \
                and t.low not in r.clause_openers and t.low not in r.prepositions and t.low not in r.adverbials \
                and not _AT_TIME.match(t.low) and t.low not in _MONTHS:
            if _counted_unit(rest, j):
                return -1  # «og fredag i 3 mdr.»: a word after a number is what is counted, never the verb
            nxt = rest[j + 1] if j + 1 < len(rest) else None
            if nxt is not None and (nxt.kind != "w" or nxt.word[:1].isupper() or nxt.low in r.staff
                                    or nxt.low in r.others or nxt.word in r.abbreviations
                                    or nxt.low in ("han", "hun", "de", "vi", "jeg", "man")):
                return -1  # «og bagefter fortæller kontaktpersonen …»: maybe the subject of a clause of its own
            return j if any(x.low not in r.adverbs for x in rest[i:j]) else -1
        if t.kind != "w" or t.word[:1].isupper() or t.low in r.staff or t.low in r.others \
                or t.word in r.abbreviations or t.low in ("og", "eller", "men") or _finite(t, r):
            return -1
        if not (t.low in r.adverbials or t.low in r.prepositions or t.low in r.adverbs or _AT_TIME.match(t.low)
                or re.fullmatch(r"\d+(?:[.:]\d+)?\.?", t.low) or t.low in ("kl", "klokken", "kl.")
                or (date and (t.low in _MONTHS or (j == i and t.low == "den")))
                or (j > i and t.low in ("en", "et", "én", "to", "tre", "fire", "fem"))
                or any(x.low in r.prepositions for x in rest[i:j])):
            return -1
        j += 1
    return -1


def _counted_unit(rest: list[_T], j: int) -> bool:
    """rest[j] stands right after a number («i 3 mdr», «2 gange»): the thing counted, never a finite verb (a time
    of day – «kl. 10 bærer …», «10.30 går …» – is no count)."""
    return (j > 0 and re.fullmatch(r"\d+", rest[j - 1].low) is not None
            and not (j > 1 and rest[j - 2].low.rstrip(".") in ("kl", "klokken")))


#: words after which a word is a noun, never the clause's finite verb
_NOUN_BEFORE = frozenset({"sin", "sit", "sine", "min", "mit", "mine", "din", "dit", "dine", "hans", "hendes", "deres",
                          "vores", "en", "et", "den", "det", "de", "hver", "hvert", "alle", "nogle", "to", "tre",
                          "fire", "fem", "flere", "mange", "første", "sidste", "næste", "samme", "egen", "eget"})


_OWN = {"sin": "din", "sit": "dit", "sine": "dine"}


def _pair_subject(toks: list[_T], r: DuformRules) -> int:
    """"At R og hans/hendes N V …", "At R og Name V …": the index of the finite verb V after a subject of the
    resident and one other person (a family word or role after «hans»/«hendes», or one capitalised name), no comma
    between; 0 when the clause does not open so."""
    if len(toks) < 5 or toks[2].low != "og" or any(re.search(r"[,;:()–]", t.sep) for t in toks[2:5]):
        return 0
    nxt = toks[3]
    if nxt.low in ("hans", "hendes") and nxt.kind == "w" and (toks[4].low in r.others or toks[4].low in r.staff) \
            and len(toks) > 5 and not re.search(r"[,;:()–]", toks[5].sep) and toks[5].kind == "w" \
            and _at_finite(toks[5], r):
        return 5
    if nxt.kind == "w" and nxt.word[:1].isupper() and nxt.word[1:2].islower() and nxt.low not in r.others \
            and toks[4].kind == "w" and _at_finite(toks[4], r):
        return 4
    return 0


#: «højst», «mindst» before a finite verb («og at samtalen højst varer …»): a clause adverb there too – once «at» goes,
#: it stands after the verb («og samtalen varer højst …»); elsewhere a count's word («højst 2 gange»), not in
#: [lists] adverbs
_LIMIT_ADVERBS = frozenset({"højst", "mindst"})


def _and_at_dropped(rest: list[_T], r: DuformRules) -> list[_T]:
    """"…, og at R går …" after the clause: the second «at» goes, its clause is a main clause too."""
    rest = list(rest)
    if rest:
        rest[0] = _T(rest[0].word, rest[0].sep or " ", rest[0].kind)
    i = 0
    while i + 1 < len(rest):
        if rest[i].low == "og" and rest[i + 1].low == "at":
            raise _Skip("verb")  # "og at de …": whose clause it is, the pair's or the resident's alone, not guessed
        i += 1
    return rest


def _at_sentence(toks: list[_T], r: DuformRules) -> list[_T]:
    """"At R (time words) (adverbs) V (weak pronoun) rest" → "(Time words) V R (weak pronoun) (adverbs) rest";
    the resident token R becomes "du" in the main pass."""
    subj = toks[1]
    if len(toks) > 4 and toks[2].low in ("når", "hvis", "mens") and "," in toks[2].sep:
        # "At Kaj, når han vågner om natten, tænder lampen" → "Når Kaj vågner om natten, tænder Kaj lampen": the
        # clause first, then the verb and the resident (never "Du når du vågner …")
        end = next((j for j in range(3, len(toks)) if "," in toks[j].sep), -1)
        if end < 0 or not _at_finite(toks[end], r):
            raise _Skip("verb")
        sub = [_T(toks[2].word[:1].upper() + toks[2].word[1:], "")] + toks[3:end]
        return sub + [_T(toks[end].word, ", "), _T(subj.word, " ", "R")] + \
            ([_T(toks[end + 1].word, " ", toks[end + 1].kind)] + toks[end + 2:] if end + 1 < len(toks) else [])
    if len(toks) > 3 and toks[2].low in ("der", "som") and "," in toks[2].sep:
        # "At Kaj, der har svært ved at huske, selv tager …": a relative clause after the subject – its verb is not
        # the clause's (said «Der har du svært …, selv tager …»); not guessed
        raise _Skip("verb")
    pair = _pair_subject(toks, r)
    if pair:
        # "At Sanne og hendes veninde aftaler …" → "Sanne og hendes veninde aftaler …": the resident and one other
        # person as the subject, the verb right after them – the main clause keeps its order (the transform says
        # «Du og din veninde aftaler …»); a coordinated verb with a time before it would need the pair again
        rest = toks[pair + 1:]
        if any(t.low == "og" and _fronted_in_coordination(rest, i + 1, r) > 0 for i, t in enumerate(rest)):
            raise _Skip("verb")
        return [_T(subj.word, "", "R")] + toks[2:pair + 1] + _and_at_dropped(rest, r)
    j = 2
    adverbs: list[_T] = []
    fronted: list[_T] = []
    with_at = -1  # where a phrase with a person in it begins among the fronted words
    while j < len(toks) and not (_at_finite(toks[j], r) and not (  # («sammen med en medarbejder»: no verb)
            fronted and _in_phrase(fronted, r) and (morph.available() or _after_sammen_med(fronted))
            and (toks[j].low in r.staff or toks[j].low in r.others)
            and j + 1 < len(toks) and _at_finite(toks[j + 1], r))) \
            and not (j == 2 and _role_noun_as_verb(toks, j, r)):
        t = toks[j]
        if t.low in r.adverbs and not (t.low == "sammen" and j + 1 < len(toks) and toks[j + 1].low == "med"):
            adverbs.append(t)
        elif t.low in _DEGREE and j + 1 < len(toks) and (toks[j + 1].low in r.adverbs or _at_finite(toks[j + 1], r)):
            # "At Kaj højst drikker …" → "Kaj drikker højst …": a degree word right before the verb (or an adverb)
            # goes after it, as in a main clause; never read as a fronted time («Højst drikker du …»); before a
            # count ("mindst 3 ud af 4 torsdage køber") it stays with its count
            adverbs.append(t)
        elif t.low == "sammen" and (morph.available() or (j + 1 < len(toks) and toks[j + 1].low == "med")):
            fronted.append(t)  # "sammen med …" before the verb: a phrase of its own (not the adverb "sammen")
        elif not morph.available() and t.kind == "w" and t.low == "den" and j + 1 < len(toks) \
                and re.fullmatch(r"\d{1,2}\.?", toks[j + 1].word):
            fronted.append(t)  # "At Kaj den 3. i måneden betaler …": a date before the verb
        elif not morph.available() and t.kind == "w" and t.low == "og" and fronted and j + 1 < len(toks) \
                and (_AT_TIME.match(fronted[-1].low) or re.fullmatch(r"\d{1,2}\.?", fronted[-1].word)) \
                and (_AT_TIME.match(toks[j + 1].low) or toks[j + 1].low == "den"):
            fronted.append(t)  # "hver mandag og torsdag", "den 3. og den 17.": two times of one clause
        elif t.low in r.adverbials or re.fullmatch(r"\d+(?:[.:]\d+)?", t.low) or t.low in ("kl", "klokken"):
            fronted.append(t)
        elif not morph.available() and t.kind == "w" and (t.low in r.prepositions or (
                fronted and any(x.low in r.prepositions for x in fronted))) and not t.word[:1].isupper() \
                and t.low not in r.staff and t.low not in r.others and t.word not in r.abbreviations \
                and not _finite(t, r) and not re.search(r"[,;:()]", t.sep):
            fronted.append(t)  # "At Kaj efter aftensmaden / på sit værelse / med højst én påmindelse V …": a phrase
        elif not morph.available() and t.kind == "w" and _AT_TIME.match(t.low):
            fronted.append(t)  # "At Jonas mindst 3 ud af 4 torsdage selv køber …": a count of days before the verb
        elif morph.available() and t.kind == "w" and not t.word[:1].isupper() and t.low not in r.staff \
                and t.low not in r.others and t.word not in r.abbreviations and not _finite(t, r):
            fronted.append(t)  # "At Bent hver onsdag efter aftensmaden bærer …": a time or place before the verb
        elif t.kind == "w" and _in_phrase(fronted, r) and (morph.available() or _after_sammen_med(fronted)) and (
                t.low in r.staff or t.low in r.others or t.word in r.abbreviations):
            if with_at < 0:  # the phrase from its preposition ("sammen med en"): said after the subject
                k = len(fronted) - 1
                while fronted[k].low not in r.prepositions or fronted[k].low == "sammen":
                    k -= 1
                with_at = k - 1 if k > 0 and fronted[k - 1].low == "sammen" else k
            fronted.append(t)  # "… kl. 10 sammen med en medarbejder flytter …": a person inside "med …"
        else:
            raise _Skip("verb")
        j += 1
    if j >= len(toks):
        raise _Skip("verb")
    if j > 2 and toks[j - 1].low in _NOUN_BEFORE:
        # without the analyser an -r word may be a noun: after a determiner it is one ("på sin computer selv skriver
        # …") – a finite verb never follows one; not guessed (with the analyser too: «med en rollator går» – a word
        # it does not know, read as the verb, gave «Med en rollator du selv går …»)
        raise _Skip("verb")
    verb = toks[j]
    rest = toks[j + 1:]
    weak: list[_T] = []
    if adverbs and rest and rest[0].low in r.weak_pronouns | {"sig"}:
        weak, rest = [rest[0]], rest[1:]
    with_phrase: list[_T] = []
    if with_at >= 2 and fronted[with_at].low != "sammen" and fronted[with_at - 2].low in r.prepositions \
            and not re.search(r"(?:en|et|ne)$", fronted[with_at - 1].low):
        # «i samarbejde med sin kontaktperson», «med hjælp fra en medarbejder»: one phrase of two prepositions –
        # moving its last part after the subject would leave «I samarbejde køber du med …»; not guessed
        raise _Skip("verb")
    if with_at >= 0:
        # "At R hver dag sammen med en medarbejder V …" → "Hver dag V R sammen med en medarbejder …": a person
        # before the verb would be read as its subject
        fronted, with_phrase = fronted[:with_at], fronted[with_at:]
    # a reflexive between the «At» clause's subject and its verb is the subject's: «At Kaj med sin stok går …»
    # → «Med din stok går du …» (moved before the subject, the rules would no longer see whose it is)
    fronted = [_T(_OWN[t.low] if t.word == t.low else _OWN[t.low].capitalize(), t.sep, t.kind)
               if t.kind == "w" and t.low in _OWN else t for t in fronted]
    with_phrase = [_T(_OWN[t.low], t.sep, t.kind) if t.kind == "w" and t.low in _OWN else t for t in with_phrase]
    if fronted:
        head = [_T(fronted[0].word[:1].upper() + fronted[0].word[1:], "")] + \
               [_T(t.word, t.sep if t.sep.strip() in ("", ".") else " ") for t in fronted[1:]]
        new = head + [_T(verb.word, " "), _T(subj.word, " ", "R")]
    else:
        new = [_T(subj.word, "", "R"), _T(verb.word, " ")]
    new += [_T(w.word, " ") for w in weak] + [_T(a.word, " ") for a in adverbs]
    new += [_T(t.word, " " if k == 0 or t.sep.strip() not in ("", ".") else t.sep, t.kind)
            for k, t in enumerate(with_phrase)]
    if rest:
        rest = [_T(rest[0].word, rest[0].sep or " ", rest[0].kind)] + rest[1:]
    # "…, og at Mads går til samtale": the second "at" goes; its clause is a main clause too
    i = 0
    while i + 1 < len(rest):
        if rest[i].low == "og" and rest[i + 1].low == "at":
            del rest[i + 1]
            # "og R (adverbs) V" → "og R V (adverbs)"
            if i + 1 < len(rest):
                j = i + 2
                while j < len(rest) and (rest[j].low in r.adverbs or rest[j].low in _LIMIT_ADVERBS):
                    j += 1
                if j > i + 2 and j < len(rest) and _finite(rest[j], r):
                    advs, verb = rest[i + 2:j], rest[j]
                    # (an unstressed pronoun object goes with its verb: «og han selv køber dem» → «køber dem selv»)
                    weak_ = [rest[j + 1]] if j + 1 < len(rest) and rest[j + 1].low in r.weak_pronouns else []
                    rest[i + 2:j + 1 + len(weak_)] = [_T(verb.word, " ")] + [_T(w.word, " ") for w in weak_] + \
                        [_T(a.word, " ") for a in advs]
                elif any((rest[x].low in r.adverbs or rest[x].low in _LIMIT_ADVERBS) and _finite(rest[x + 1], r)
                         for x in range(i + 3, min(i + 5, len(rest) - 1))):
                    # «og at den nye samtale højst varer …»: a subject of more words, its adverb before the verb –
                    # where the verb goes is not guessed (never «og den nye samtale højst varer»)
                    raise _Skip("verb")
                if i + 1 < len(rest) and rest[i + 1].kind == "w" and rest[i + 1].low not in r.staff:
                    pass
        i += 1
    # a coordinated verb of the "At" clause: "og selv ringer" → "og ringer selv" (main-clause order); a time or
    # place first keeps its subject: "og torsdag kl. 10 bærer den ned" → "og torsdag kl. 10 bærer R den ned" (never
    # «… og torsdag kl. 10 bærer den ned» without one); "og højst får" → "og får højst"
    i = 0
    while i < len(rest):
        if rest[i].low == "og":
            j = _fronted_in_coordination(rest, i + 1, r)
            if j > 0:
                span, verb = rest[i + 1:j], rest[j]
                advs = [t for t in span if t.low in r.adverbs]
                keep = [t for t in span if t.low not in r.adverbs]
                weak_ = [rest[j + 1]] if j + 1 < len(rest) and rest[j + 1].low in r.weak_pronouns else []
                if keep and keep[0].low == "den":
                    # «og den 2. juni selv går ind» → «og går den 2. juni selv ind»: a date after the verb, which
                    # shares the first clause's subject (an inverted «går du selv» after «den …» is not read so)
                    rest[i + 1:j + 1 + len(weak_)] = [_T(verb.word, " ")] + [_T(w.word, " ") for w in weak_] + [
                        _T(t.word, t.sep if t.sep.strip() in ("", ".") else " ") if n else _T(t.word, " ")
                        for n, t in enumerate(keep)] + [_T(a.word, " ") for a in advs]
                    i += 1
                    continue
                rest[i + 1:j + 1 + len(weak_)] = [_T(t.word, t.sep if t.sep.strip() in ("", ".") else " ")
                                                  for t in keep] + [_T(verb.word, " "), _T(subj.word, " ", "R")] \
                    + [_T(w.word, " ") for w in weak_] + [_T(a.word, " ") for a in advs]
                i += 1
                continue
            j = i + 1
            while j < len(rest) and (rest[j].low in r.adverbs or rest[j].low in _DEGREE):
                j += 1
            if j > i + 1 and j < len(rest) and _finite(rest[j], r):
                advs = rest[i + 1:j]
                verb = rest[j]
                weak_ = [rest[j + 1]] if j + 1 < len(rest) and rest[j + 1].low in r.weak_pronouns else []
                rest[i + 1:j + 1 + len(weak_)] = [_T(verb.word, " ")] + [_T(w.word, " ") for w in weak_] + \
                    [_T(a.word, " ") for a in advs]
        i += 1
    return new + rest
