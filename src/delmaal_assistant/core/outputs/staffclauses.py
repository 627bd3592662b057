"""Staff Danish made whole before "Dit delmål" says it, or found broken so it is left out (issue 24).

Each function works on a staff field's own text (before the du-form) and changes a sentence only where the change
is certain; otherwise the sentence stays as written and the checks in `easyread._duform` leave it out:

- `ours_with_object`: an action field's note that opens with a verb and then the resident as its object
  («Støtte Poul i tøjvask.», «Guider hende ved vasken.») has staff as its subject – «Vi støtter Poul …».
- `present_of`: the present tense of a verb at a note's start («støtte» → «støtter»), only when that is certain.
- `reached_label`: «Nået: mindst 16 …», «Nået = 2 …» (a field label before a count) said as «Nået ved …».
- `subjectless_passive_tail`: «…, skal ikke betales tilbage …» – a second clause with a passive verb and nobody
  before it; its start in the sentence, so the clause can be cut away.
- `particle_without_object`: «Du sætter selv i.» – a particle verb that needs an object ends its sentence.
"""

from __future__ import annotations

import re

from delmaal_assistant.core.outputs import morph
from delmaal_assistant.core.outputs.duform import _sentences

_WORD = re.compile(r"[\wæøåÆØÅ'-]+")

#: infinitives whose present tense is not the infinitive + «r» (without the analyser never guessed)
_IRREGULAR_INFINITIVES = frozenset({"gøre", "være", "vide", "kunne", "skulle", "ville", "måtte", "burde", "turde",
                                    "have", "blive", "lade"})

#: words after a note's first word that are the object of a verb there: the resident (by name) or a pronoun
#: object/possessive («Støtte hans valg», «Guide hende»)
_OBJECT_WORDS = frozenset({"dig", "ham", "hende", "hans", "hendes"})

#: verbs that open a verb-first condition with the resident as subject («Gider Poul ikke, …»)
_CONDITION_VERBS = frozenset({"vil", "gider", "orker", "tør", "kan", "skal", "må", "er", "har", "bliver", "får",
                              "kommer", "siger", "ønsker", "nægter", "glemmer", "mangler"})

#: a plural noun's ending («Påmindelser», «Samtaler» are never verbs here)
_NOUN_ENDINGS = ("elser", "inger", "heder", "tioner", "sioner", "ere", "es", "aler", "ler")


def present_of(word: str, r, verbs: frozenset[str] = frozenset()) -> str:
    """The present tense (lower case) of a note's first word when it is certainly a verb in the infinitive or the
    present («støtte» → «støtter», «respekterer» → «respekterer»), else "". With the analyser: an infinitive reading
    whose «+r» form the analyser knows as a present, or a present reading. Without it: a present the delmål uses as
    a verb (`verbs`) or an irregular finite verb; an infinitive in «-e» (not a modal or `_IRREGULAR_INFINITIVES`)
    with «r» added, or an «-er» word without a noun's ending – only ever asked where an object follows the word,
    which makes it a verb (`ours_with_object`, `ours_infinitive`)."""
    low = word.lower()
    if morph.available():
        rs = morph.readings(low)
        if any(x.startswith("vb") and ".pres.actv" in x for x in rs):
            return low
        if any(x.startswith("vblex.inf.actv") for x in rs) and any(
                x.startswith("vblex.pres.actv") for x in morph.readings(low + "r")):
            return low + "r"
        return ""
    if low in r.irregular_finite or low in verbs:
        return low
    if low.endswith("e") and low not in _IRREGULAR_INFINITIVES and len(low) > 3:
        return low + "r"
    if low.endswith("er") and not low.endswith(_NOUN_ENDINGS) and low not in r.not_verbs \
            and low not in r.plural_nouns and low not in r.singular_er:
        return low
    return ""


def _with_vi(sent: str, present: str, first: str, r=None) -> str:
    rest = sent[len(first):]
    if r is not None:
        # «Respektere hans valg og spørge igen»: a verb joined by «og»/«eller» gets the present too («… og spørger
        # igen»), only where `_more_infinitives` found that certain
        rest = re.sub(r"(?<![\wæøå])(og|eller)(\s+)([a-zæøå]+e)(?![\wæøå])",
                      lambda m: m.group(0) if _AT_INFINITIVE.search(m.string[:m.start()]) else
                      f"{m.group(1)}{m.group(2)}{present_of(m.group(3), r) or m.group(3)}", rest)
    return _whole(f"Vi {present}{rest}")


def _whole(sent: str) -> str:
    """A sentence of ours ends with a full stop also when the note had none («Respektere hans valg»)."""
    sent = sent.rstrip()
    return sent if sent.endswith((".", "!", "?", ":")) else sent + "."


def ours_with_object(text: str, r, names: tuple[str, ...], verbs: frozenset[str] = frozenset(),
                     plan_b: bool = False) -> str:
    """In a field whose actor is staff (the actions, plan B): a sentence that opens with a verb (infinitive or
    present) and then the resident as its object (one of `names`, or «dig/ham/hende/hans/hendes») has «vi» as its
    subject: «Støtte Poul i tøjvask efter behov.» → «Vi støtter Poul i tøjvask efter behov.». Only as the field's
    first sentence or after a sentence with «vi» (after «Hans mor kommer.» the note may go on with her). Not a
    passive («Støttes …»), a condition, a question, or a word that can be the resident's name or a subject. In plan
    B (`plan_b`) also an infinitive before a certain object («Respektere hans valg.», `ours_infinitive`)."""
    out, at = [], 0  # the text as written (its lines kept), each changed sentence put in its place
    prev = ""
    for sent in _sentences(text):
        start = text.find(sent, at)
        if start < 0:  # (never: `_sentences` gives the text's own parts)
            return text
        out.append(text[at:start])
        at = start + len(sent)
        before, prev = prev, sent
        if before and not re.search(r"(?i)(?<![\wæøå])vi(?![\wæøå])", before):
            out.append(sent)
            continue
        words = _WORD.findall(sent)
        if len(words) > 2 and "?" not in sent and _note_verb(words, r, names):
            present = present_of(words[0], r, verbs)
            if present == words[0].lower() and (re.search(r"[,:;/–]| - ", sent) or (
                    words[1] in names and words[2].lower() not in r.prepositions)):
                # a present tense may open a verb-first condition whose subject the name is («Aflyser Per, ringer
                # han …», «Svarer Per nej, …», «Udebliver Per: …»): only a sentence of one clause, the name
                # followed by a preposition («Støtter Per i …»)
                present = ""
            if present and present != words[0].lower() and _more_infinitives(sent, r):
                present = ""  # «Respektere hans valg, motivere.»
            if present:
                sent = _with_vi(sent, present, sent.split(" ", 1)[0], r)
        elif len(words) > 2 and "?" not in sent and (present := _later_object_verb(sent, words, r, names, verbs)):
            sent = _with_vi(sent, present, sent.split(" ", 1)[0])
        elif plan_b and "?" not in sent:
            sent = ours_infinitive(sent, r)
        if plan_b and sent.startswith("Vi "):  # (also one `easyread._ours_first` gave its «vi»)
            sent = _whole(sent)
        prev = sent
        out.append(sent)
    out.append(text[at:])
    return "".join(out)


def _note_verb(words: list[str], r, names: tuple[str, ...]) -> bool:
    first, second = words[0], words[1]
    low = first.lower()
    if not first[:1].isupper() or first in names or low in r.prepositions or low in r.adverbs \
            or low in r.adverbials or low in r.clause_openers or low in r.staff or low in r.others \
            or low in ("vi", "du", "han", "hun", "de", "jeg", "det", "der", "den", "man", "hver", "hvert"):
        return False
    if low.endswith("es") or low.endswith("s"):
        return False  # a passive («Støttes …») or a genitive
    if low in r.irregular_finite or low in _IRREGULAR_INFINITIVES or low in _CONDITION_VERBS:
        return False  # «Vil Poul ikke gå, …», «Har hun …»: a condition or a question, its subject after the verb
    if len(words) > 2 and (words[2].lower() in r.adverbs or words[2].lower() in ("ikke", "selv", "gerne")):
        return False  # «Kommer Poul ikke hjem, ringer vi»: the name is the subject of a verb-first condition
    return second in names or second.lower() in _OBJECT_WORDS


#: words that end a note's main clause (what follows is a clause of its own, with a subject of its own)
_CLAUSE_ENDS = frozenset({"hvis", "når", "mens", "at", "fordi", "så", "indtil", "til", "før", "inden", "om", "der",
                          "som", "selvom", "efter", "da", "eller", "men"})
#: the resident's object forms later in the main clause (never a possessive: «hans medicin» is often written for
#: «sin medicin», the resident's own, with the resident as the subject)
_LATER_OBJECTS = frozenset({"dig", "ham", "hende"})
#: a reflexive or «selv»: the resident may be the one who acts («Lægger selv tøjet frem …», «Tager sin jakke …»)
_REFLEXIVE = frozenset({"sig", "sin", "sit", "sine", "selv"})
_PRONOUNS = frozenset({"du", "vi", "han", "hun", "de", "jeg", "man", "det", "der", "den", "i", "hver", "hvert"})


def _later_object_verb(sent: str, words: list[str], r, names: tuple[str, ...], verbs: frozenset[str]) -> str:
    """A note that opens with a verb and has the resident as an object later in its main clause («Lægger
    tandbørsten i hånden på ham og tæller til 10.», «Går ned i vaskekælderen med Poul.»): the present tense of that
    verb, else "". The same certainty as `_note_verb` for the verb (the same words refused first; a present-tense
    verb only in a note of one clause without a comma or colon – «Henter bussen ham ikke, …» is a condition), the
    word after the verb no subject (a name, a pronoun, a staff or family word), no reflexive or «selv» in the note,
    and the resident named (one of `names`) or «ham/hende/dig» before the main clause ends."""
    first, second = words[0], words[1]
    low, low2 = first.lower(), second.lower()
    if not first[:1].isupper() or first in names or low.endswith("s") or low in r.prepositions or low in r.adverbs \
            or low in r.adverbials or low in r.clause_openers or low in r.staff or low in r.others or low in _PRONOUNS:
        return ""
    # (no comma, colon or dash: «Henter bussen ham ikke, ringer vi» is a condition; «Lægge dynen over ham, slukke
    # lyset»: the verbs after the comma would stay infinitives)
    if "?" in sent or re.search(r"[,:;/–(]| - ", sent) or any(w.lower() in _REFLEXIVE for w in words):
        return ""
    if low.endswith(_NOUN_ENDINGS) or low in r.plural_nouns or low in r.not_verbs or (
            morph.available() and any(x.startswith("n.") and ".pl" in x for x in morph.readings(low))):
        return ""  # («Samtaler med Poul om det.»: a plural noun opens a note without a verb)
    present = present_of(first, r, verbs)
    if not present or (present != low and re.search(r"(?i)\b(?:og|eller)\b", sent)):
        return ""  # («Lægge dynen over ham og slukke lyset»: the second verb would stay an infinitive)
    if not morph.available() and present != low and low not in verbs:
        return ""  # without the analyser an «-e» word is no certain infinitive here («Onsdage kl. 15 …»)
    if second[:1].isupper() or second in names or low2 in r.staff or low2 in r.others or low2 in _OBJECT_WORDS \
            or low2 in _PRONOUNS or low2 in ("ikke", "gerne", "også", "altid", "aldrig") or low2 in r.adverbs:
        return ""  # the word after the verb is its subject or an adverb before one: not a staff step
    # the first word may be a noun with its verb after it («Hjælper kommer …»): never a verb right after it
    if morph.available():
        if any(x.startswith("vb") and (".pres" in x or ".past" in x) for x in morph.readings(low2)):
            return ""
    elif low2 in r.irregular_finite or low2 in verbs or low2.endswith("er"):
        return ""
    for w in words[2:]:
        if w.lower() in _CLAUSE_ENDS:
            return ""
        if (w in names and not w.endswith("s")) or w.lower() in _LATER_OBJECTS:
            return present
    return ""


def ours_infinitive(sent: str, r) -> str:
    """A plan-B note that opens with an infinitive and a certain object («Respektere hans valg.»): the present with
    «vi» («Vi respekterer hans valg.»), else the sentence as it is."""
    words = _WORD.findall(sent)
    if len(words) < 2 or not words[0][:1].isupper() or words[1].lower() not in _OBJECT_WORDS | {"det", "dit",
                                                                                                 "din", "dine"}:
        return sent
    low = words[0].lower()
    if not low.endswith("e") or low in r.prepositions or low in r.adverbs or low in r.clause_openers:
        return sent
    present = present_of(words[0], r)
    if not present or present == low:
        return sent
    if _more_infinitives(sent, r):
        return sent
    return _with_vi(sent, present, sent.split(" ", 1)[0], r)


#: an «at» and its infinitive: a verb after «og» later in the sentence may be coordinated with it
_AT_INFINITIVE = re.compile(r"(?<![\wæøå])at\s+[a-zæøå]")


def _more_infinitives(sent: str, r) -> bool:
    """A note that lists infinitives after its first word («Respektere hans valg, motivere.», «Støtte ham og spørge
    igen»): «Vi respekterer …, motivere» would be no Danish – the note stays as written (left out as no whole
    sentence)."""
    for m in re.finditer(r"(,|(?<![\wæøå])og|(?<![\wæøå])eller)\s+([a-zæøå]+e)(?![\wæøå])", sent):
        if m.group(1) != "," and _AT_INFINITIVE.search(sent[:m.start()]):
            continue  # «Støtte Kim i at rydde op og vaske tøj»: the infinitive goes with «at rydde op»
        later = present_of(m.group(2), r)
        if later and later != m.group(2) and (m.group(1) == "," or not morph.available()):
            return True  # (after «og» with the analyser: said in the present too, `_with_vi`)
    return False


#: «Nået: mindst 16 af 24 ture», «Nået = 2 onsdage»: the label before a count is «Nået ved»
_REACHED_LABEL = re.compile(r"(?:^|(?<=[.!?] )|(?<=\n))((?:Del)?[Mm]ålet er |)([Nn])ået\s*[:=]\s*"
                            r"(?=(?:mindst|højst|min\.|ca\.|\d))")
#: a label left at a sentence's start («Nået: han …»): not a sentence
REACHED_LABEL_LEFT = re.compile(r"^(?:(?:Del)?[Mm]ålet er )?[Nn]ået\s*[:=]")


#: after «og» in a count said with «Nået ved»: another count or time («og ingen efter kl 16», «, og de sidste 4
#: uger …») or a noun («og februar»), never a verb («og mødt …»: the label's note goes on with a participle)
_COUNT_GOES_ON = re.compile(r"(?i)^(?:de|den|det|i|på|ingen|alle|mindst|højst|højest|under|over|før|efter|\d)")


def _maybe_participle(word: str) -> bool:
    """«mødt», «handlet», «gennemført»: a verb's form (with the analyser: any verbal reading; without it: a «-t» word)
    – after «og» in a count it makes the note go on with a verb («og februar», «og ingen» do not)."""
    low = word.lower().strip(".,;:")
    if morph.available():
        rs = morph.readings(low)
        return not rs or any(x.startswith(("vb", "adj.pp")) for x in rs)
    return low.endswith("t")


def reached_label(text: str) -> str:
    """«Nået: mindst 8 af 10 gange.» → «Nået ved mindst 8 af 10 gange.» (then said «Målet er nået ved …»)."""
    def said(m: re.Match) -> str:
        rest = re.split(r"(?<=[.!?])\s", text[m.end():], maxsplit=1)[0]
        if any(not _COUNT_GOES_ON.match(after) and _maybe_participle(after)
               for after in re.findall(r"(?:\bog|\+)\s*([^\s+]+)", rest)):
            return m.group(0)
        return f"{m.group(1)}{m.group(2)}ået ved "
    return _REACHED_LABEL.sub(said, text)


#: «…, skal ikke betales tilbage …»: a comma, a modal and a passive infinitive with nobody before it
_PASSIVE_TAIL = re.compile(r",\s+(?:og\s+)?(?:skal|kan|må|bør|vil|skulle|kunne)\s+"
                           r"(?:(?:ikke|aldrig|først|også|altid|gerne)\s+)?[a-zæøå]{3,}es(?=[\s.,]|$)")


def subjectless_passive_tail(sent: str) -> int:
    """Where a subjectless passive second clause starts in `sent` (the comma), or -1."""
    m = _PASSIVE_TAIL.search(sent)
    if not m or re.match(r"(?i)(?:hvis|når|fordi|mens|selvom|efter at|før|inden|om)\s", sent):
        return -1  # («Hvis …, skal det noteres»: the main clause after a condition, never cut)
    return m.start()


def particle_without_object(sent: str, r) -> bool:
    """«Du sætter selv i.»: a verb of `r.object_particles` and its particle end the sentence with at most adverbs
    between them – the object the particle verb needs is missing."""
    words = _WORD.findall(sent)
    if len(words) < 2 or any(w.lower() in ("som", "der", "hvad", "det", "dem", "den", "dét") for w in words[:-2]):
        return False  # «…, som du selv sætter i», «Dem sætter du i»: the object stands before
    last = words[-1].lower()
    i = len(words) - 2
    while i >= 0 and words[i].lower() in r.adverbs:
        i -= 1
    if i < 0:
        return False
    return last in r.object_particles.get(words[i].lower(), ())
