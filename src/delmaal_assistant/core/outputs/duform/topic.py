"""The resident kept as the topic across two sentences (issue 24, session 14): a han/hun after a said sentence whose
only other person of that gender stood after a preposition is not in doubt for that person's sake.

«Hvis Bo ikke vil ringe, kan han skrive en sms til sin bror. Bliver han ked af det, …»: the brother is named only
as where the message goes; the resident is the one the sentence before is about (its «du»). A han/hun in the next
sentence that is in doubt only because the brother was named there (`transform._one`: «the last han/hun-person
of the sentence before was another», «someone of that gender was in reach») is then decided again as if the
sentence before had named only the resident – everything in its own sentence is checked as before.

Never when the other person is a subject (of a clause of their own, or beside the resident: «Du og Ole …»,
«… ringer Ole …», «… med Ole, der …»), or after a word that may open a clause («om», «efter», «før», «som» …), or
when the sentence before keeps a han/hun, «de» or «I» of someone else; nor for a resident the delmål gives no
gender. Nor when the han/hun is the subject of what the one called or visited may be the one to do («Du ringer til Ole.
Hvis han ikke svarer …», «… Han tager telefonen»: `answers_back`)."""

from __future__ import annotations

import re

from delmaal_assistant.core.outputs.duform.reference import _others_named
from delmaal_assistant.core.outputs.duform.resident import Resident
from delmaal_assistant.core.outputs.duform.rules import DuformRules
from delmaal_assistant.core.outputs.duform.sentences import _T, _finite

_TOKEN = re.compile(r"[\wæøåÆØÅ'’-]+|[^\s\wæøåÆØÅ]")

#: the prepositions after which a person is only where something goes, is done with or for: never a clause opener
#: («om Ole kommer», «efter Ole er gået», «før/inden», «som», «end» open clauses whose subject is the person)
_PLACE_PREPOSITIONS = frozenset({"til", "med", "hos", "fra", "ved", "af", "på", "i", "uden", "mod", "imod", "for",
                                 "overfor", "sammen"})
#: the prepositions of company: the one with the resident may be the one who does the next thing («Bo bor sammen
#: med Kim. Han vasker op …») – only an object or possessive han/hun after them is the resident's
_COMPANY = frozenset({"med", "hos", "ved", "af", "sammen"})
#: words that may stand between the preposition and the person named («til sin søster Maria», «hos hendes mor»)
_BETWEEN = frozenset({"sin", "sit", "sine", "hans", "hendes", "din", "dit", "dine", "deres", "min", "mit", "mine",
                      "vores", "jeres", "en", "et", "den", "det", "de", "gamle", "nye", "lille", "store", "ældste",
                      "yngste"})
#: the pronouns of someone else left in a said sentence: another person is spoken of there
_THIRD = {"han": ("han", "ham", "hans"), "hun": ("hun", "hende", "hendes")}


def _pp_only(tokens: list[str], at: int, r: DuformRules) -> str:
    """The person named at tokens[at] (the last word of its naming) stands in a prepositional phrase and opens no
    clause of its own: back over possessives, family words, roles and names («til sin søster Maria») to a
    preposition of place or company; after it no relative clause and no finite verb («… med Ole, der …», «… til
    Ole ringer …»). The preposition (lower case), or "" when the person is not in such a phrase."""
    j = at - 1
    while j >= 0 and at - j <= 4 and (tokens[j].lower() in _BETWEEN or tokens[j].lower() in r.others
                                      or (tokens[j][:1].isupper() and tokens[j].isalpha() and j > 0)):
        j -= 1
    if j < 0 or tokens[j].lower() not in _PLACE_PREPOSITIONS:
        return ""
    if tokens[j].lower() == "sammen":
        return ""  # «sammen» alone: «Ole og Bo går sammen» – only «sammen med» (the «med» is read above)
    k = at + 1
    if k < len(tokens) and tokens[k] == "(":  # «til Ole (bror)»: past the bracket
        close = next((i for i in range(k, min(len(tokens), k + 6)) if tokens[i] == ")"), -1)
        if close < 0:
            return ""
        k = close + 1
    if k < len(tokens) and tokens[k] == ",":
        k += 1
        if k < len(tokens) and tokens[k].lower() in ("der", "som", "hvis", "hvor", "hvem"):
            return ""
    if k < len(tokens) and tokens[k].lower() in ("der", "som", "og", "eller"):
        return ""  # «med Ole som …», «til Ole og Kim»: not one person alone after the preposition
    if k < len(tokens) and tokens[k][:1].islower() and _finite(_T(tokens[k], ""), r) \
            and tokens[k].lower() not in r.prepositions:
        return ""
    return tokens[j].lower()


def topic_kept(before: str, said: str, sent: str, resident: Resident | None, r: DuformRules) -> bool:
    """The sentence before (`before`, said as `said`) kept the resident as its topic for the han/hun of `sent`: it
    says «du» (the resident a subject), keeps no han/hun/«de»/«I» of anyone else, and names every other person of
    the resident's gender (or of a gender not known) only after a preposition (`_pp_only`) – one of company
    («med», «hos», «ved siden af») only when the first han/hun of `sent` is no subject; and that han/hun is not the
    subject of what the one named may do (`answers_back`). Then it is not in doubt for that sentence's sake."""
    if resident is None or resident.gender not in _THIRD or resident.first_person or not before or not said:
        return False
    said_words = [w.lower() for w in re.findall(r"[\wæøåÆØÅ]+", said)]
    if "du" not in said_words or any(w in _THIRD[resident.gender] for w in said_words) \
            or any(w in ("de", "dem", "deres", "jer", "jeres") for w in said_words) \
            or re.search(r"(?<=\S)\s+I(?![\wæøåÆØÅ])", said):  # («I» first in a sentence: «I weekenden …»)
        return False
    others = [w for g, w in _others_named(before, resident, r, services=True) if g in ("", resident.gender)]
    if not others:
        return False  # nobody else: the rules already read the sentence after as after the resident
    tokens = _TOKEN.findall(before)
    for w in others:
        at = [i for i, t in enumerate(tokens) if t == w or t.rstrip("s") == w.rstrip("s") and t.lower() == w.lower()]
        preps = [_pp_only(tokens, i, r) for i in at]
        if not at or not all(preps):
            return False
        if any(p in _COMPANY for p in preps):
            # «Bo bor sammen med Kim. Han vasker op …», «Bo går i biografen med sin bror Ole. Vi henter ham
            # bagefter.»: the one with him may be the one meant – as a subject or an object (the lead, session 14:
            # an object after company is a guess too)
            return False
        if _first_is_subject(sent, resident) and not _resident_does(said, w):
            return False  # «Siger du nej, ringer din kontaktperson til din kollega. Bliver hun vred …»
    return not answers_back(sent, resident)


def _resident_does(said: str, who: str) -> bool:
    """In the said sentence every mention of `who` is in a phrase whose clause's subject is «du»: between the last
    «du» before it and its preposition no comma and no one else who may be a subject («vi», «din …», «en af os», a
    name). «… kan du skrive en sms til Henrik» – yes; «Siger du nej, ringer din kontaktperson til din kollega» –
    no: the contact person calls, the colleague may be the next «hun»."""
    word = who.lower()
    found = False
    for m in re.finditer(rf"(?<![\wæøåÆØÅ]){re.escape(word)}(?![\wæøåÆØÅ])", said.lower()):
        found = True
        head = said[:m.start()]
        last_du = None
        for d in re.finditer(r"(?<![\wæøåÆØÅ])[Dd]u(?![\wæøåÆØÅ])", head):
            last_du = d
        if last_du is None:
            return False
        between = head[last_du.end():]
        words = re.findall(r"[\wæøåÆØÅ]+", between)
        # the phrase of the person itself («til din søster», «hos din bror»): cut at its preposition
        cut = max((i for i, x in enumerate(words) if x.lower() in _PLACE_PREPOSITIONS), default=len(words))
        rest = words[:cut]
        if "," in between[:sum(len(x) + 1 for x in rest) + 1] or any(
                x.lower() in ("vi", "din", "dit", "dine", "os", "man") or x[:1].isupper() for x in rest):
            return False
    return found


#: what the one called, written to, visited or taken along may be the one to do next: answer, take the phone, call
#: back, come, write, say, ask, read, open, fetch, meet, be (at home): «Du ringer til din bror. Hvis han ikke
#: svarer, …» is the brother – a subject han/hun with one of these verbs stays in doubt
_ANSWER_VERBS = frozenset({"svarer", "svare", "svarede", "tager", "tage", "tog", "ringer", "ringe", "ringede",
                           "kommer", "komme", "kom", "skriver", "skrive", "skrev", "sender", "sende", "sendte",
                           "siger", "sige", "sagde", "spørger", "spørge", "spurgte", "læser", "læse", "læste",
                           "åbner", "åbne", "åbnede", "lukker", "henter", "hentede", "møder", "mødte", "besøger",
                           "er", "var", "være", "står", "stod", "venter", "ventede", "glemmer", "glemte"})
#: the clause adverbs between a subject and its verb («hvis han ikke svarer», «når hun selv ringer»)
_ADVERBS = frozenset({"ikke", "selv", "også", "altid", "aldrig", "gerne", "kun", "stadig", "straks", "først",
                      "så", "da", "nu", "igen", "heller"})


def _first_is_subject(sent: str, resident: Resident) -> bool:
    """The first han/hun-word of the resident's gender in `sent` is the subject form («han»/«hun»)."""
    forms = _THIRD.get(resident.gender, ())
    first = next((w for w in (x.lower() for x in re.findall(r"[\wæøåÆØÅ]+", sent)) if w in forms), "")
    return not forms or first == forms[0]


def answers_back(sent: str, resident: Resident) -> bool:
    """The first han/hun of the resident's gender in `sent` is a subject whose verb (right before it, inverted –
    «Svarer han …», «Ringer hun op» – or after it past the clause adverbs – «hvis han ikke svarer», «Hun tager
    telefonen») is one the person named before may be the one to do (`_ANSWER_VERBS`): then that person is not
    ruled out by being named only after a preposition. An object or possessive first («Vi ringer ikke for ham»,
    «med hendes tilladelse») is not."""
    forms = _THIRD.get(resident.gender)
    if not forms:
        return True
    toks = [w.lower() for w in re.findall(r"[\wæøåÆØÅ'’]+", sent)]
    at = next((i for i, w in enumerate(toks) if w in forms), -1)
    if at < 0 or toks[at] != forms[0]:
        return False
    if at > 0 and toks[at - 1] in _ANSWER_VERBS:
        return True
    j = at + 1
    while j < len(toks) and toks[j] in _ADVERBS:
        j += 1
    return j < len(toks) and toks[j] in _ANSWER_VERBS
