"""Sentences and words: a staff text cut into sentences (bullets dropped; "kl. 8", "fx." do not end one), the
word token `_T` and whether a word is a finite verb."""

from __future__ import annotations

import re
from dataclasses import dataclass

from functools import lru_cache

from delmaal_assistant.core.outputs.duform.rules import DuformRules, rules



@lru_cache(maxsize=4)
def _abbreviation_patterns(lang: str = "da") -> tuple[re.Pattern, ...]:
    """From [abbreviations] in duform.toml – the one list of abbreviations with a period: (inside: never an end,
    titles: staff titles, before_number: an end only before no number, any of them at the end of a text, units:
    after a number an end before a word)."""
    r = rules(lang)

    def alt(words) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))

    inside = re.compile(rf"(?i)\b(?:{alt(r.inside_abbreviations)})\.$")
    units = re.compile(rf"(?i)\b(?:{alt(r.unit_abbreviations)})\.$")
    # "soc.pæd." and "(medarb." too: a title may follow a letter-dot or a hyphen ("soc.-pæd."). A title written
    # in lower case is matched so or with its first letter capitalised («kp.», «Kp.»), never in capitals: «… og
    # KP. Anne fortalte …» is the acronym KP and a sentence's end; one written in capitals («SSA») in any case
    def title(w: str) -> str:
        if w != w.lower():
            return rf"(?i:{re.escape(w)})"
        return rf"[{w[0]}{w[0].upper()}]{re.escape(w[1:])}"
    titles = re.compile(rf"(?:\b|(?<=[a-zæøå-]))(?:{'|'.join(title(w) for w in sorted(r.title_abbreviations, key=len, reverse=True))})\.$")
    number = re.compile(rf"(?i)\b(?:{alt(r.number_abbreviations)})\.$")
    every = (*r.inside_abbreviations, *r.title_abbreviations, *r.number_abbreviations, *r.unit_abbreviations,
             *r.word_abbreviations)
    anywhere = re.compile(rf"(?i)(?<![\wæøåÆØÅ.])(?:{alt(every)})\.\s$")  # ends the text before it
    return inside, titles, number, anywhere, units


@lru_cache(maxsize=4)
def _shortening_patterns(lang: str = "da") -> tuple[re.Pattern, re.Pattern]:
    """From [abbreviations]: a staff shortening of a thing or a time at the end of a text («i afd.», «om eftm.»:
    `words`), and any staff shortening there – a title or such a word («Mt.», «i afd.»; not a day of `lower_after`:
    «Hver fre. Ida går …» is a note and a sentence, the splitter's to say)."""
    r = rules(lang)

    def alt(words) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))

    words = re.compile(rf"(?i)(?<![\wæøåÆØÅ.])(?:{alt(r.word_abbreviations) or '(?!)'})\.$")

    def cased(w: str) -> str:  # as `titles`: «kp.», «Kp.» – never «KP.» (an acronym, and a sentence's end)
        return rf"(?i:{re.escape(w)})" if w != w.lower() else rf"[{w[0]}{w[0].upper()}]{re.escape(w[1:])}"
    every = sorted((*r.title_abbreviations, *r.word_abbreviations), key=len, reverse=True)
    any_ = re.compile(rf"(?<![\wæøåÆØÅ])(?:{'|'.join(cased(w) for w in every)})\.$")
    return words, any_


@lru_cache(maxsize=4)
def _lower_after_pattern(lang: str = "da") -> re.Pattern:
    """[abbreviations] lower_after at the end of a text («tirsd.», «bst.»)."""
    alt = "|".join(re.escape(w) for w in sorted(rules(lang).lower_after_abbreviations, key=len, reverse=True))
    return re.compile(rf"(?i)(?<![\wæøåÆØÅ.])(?:{alt})\.$")


#: the stand-in for an abbreviation's period while a text is searched for sentence starts (same length: one
#: character, so every offset stays where it was)
ABBREV_DOT = "\u2024"


def mask_abbreviations(text: str, lang: str = "da") -> str:
    """`text` with the period of each abbreviation that `_sentences` does not take as a sentence's end ("kl. 8",
    "Medarb. Kurt", "f.eks. Netto") replaced by `ABBREV_DOT`, for the searches that take «[.!?] + space» as a
    sentence's start. A period that ends the sentence too ("på 10 min. Nået …") stays."""
    every = _abbreviation_patterns(lang)[3]
    out = []
    for line in (text or "").split("\n"):
        chars = list(line)
        for m, end in _stops(line):
            if not end and m.group(0) == "." and every.search(line[:m.end()] + " "):
                chars[m.start()] = ABBREV_DOT
        out.append("".join(chars))
    return "\n".join(out)


#: "1 t. 20 min.": an hour before a number of minutes ends no sentence; "m." for "med" ("hæver m. KP") ends none,
#: a metre after a number ("500 m. Derefter …") may
_HOUR_DOT = re.compile(r"[\d½]\s*t\.$")
_WITH_DOT = re.compile(r"(?<![\d\s])\s+m\.$|^m\.$")


def _sentences(text: str) -> list[str]:
    """Sentences of a text: lines (bullets dropped), then full stops that end a sentence (not "kl. 8", "1. marts",
    "fx.", "Medarb. Kurt …": [abbreviations] in duform.toml)."""
    out: list[str] = []
    for line in (text or "").splitlines():
        line = re.sub(r"^\s*(?:[-–•*·]|\d+[.)])\s+", "", line).strip()
        if not line:
            continue
        start = 0
        for m, end in _stops(line):
            if end:
                out.append(line[start:m.end()].strip())
                start = m.end()
        if line[start:].strip():
            out.append(line[start:].strip())
    return out


def inside_enclosure(head: str, rest: str) -> bool:
    """The end of `head` is inside a bracket or a quotation that `rest` closes («… (obs. fejl!).», «"Godt. Nu går
    vi"»): a sentence never ends there (a bracket or quotation never closed is not taken as one)."""
    if head.count("(") > head.count(")") and ")" in rest:
        return True
    if head.count("«") > head.count("»") and "»" in rest:
        return True
    if head.count("“") > head.count("”") and "”" in rest:
        return True
    if head.count('"') % 2 == 1 and '"' in rest:
        return True
    return _single_quote_open(head) and _SQ_CLOSE.search(rest) is not None


#: a single quotation mark that opens a quotation (after a space, a colon or a bracket, before a word) and one that
#: closes it (after a word, before a space, a punctuation mark or the end) – never an apostrophe inside a word
#: («SSA'en», «Kim's»)
_SQ_OPEN = re.compile(r"(?:^|(?<=[\s:(]))'(?=[^\s'])")
_SQ_CLOSE = re.compile(r"(?<=[^\s'])'(?=[\s.,;:!?)]|$)")


def _single_quote_open(head: str) -> bool:
    """`head` ends inside a quotation in single quotation marks («sender sms: 'Hej Kim. Hvordan …»); a closing mark
    with no opening one before it («Jens' cykel») is an apostrophe."""
    open_ = False
    for m in re.finditer("'", head):
        if not open_ and _SQ_OPEN.match(head, m.start()):
            open_ = True
        elif open_ and _SQ_CLOSE.match(head, m.start()):
            open_ = False
    return open_


def _stops(line: str):
    """Each «.»/«!»/«?» before a capital, a digit or «(» in one line, with whether it ends a sentence; and before a
    lower-case word, for notes written without capitals («… med tavlen. der er altid tre billeder»), only where the
    next words certainly open a sentence (`_lower_start`)."""
    start = 0
    for m in re.finditer(r"[.!?]+(?=\s+(?:[\"«“(]?[A-ZÆØÅ0-9]|[a-zæøå]))", line):
        rest = line[m.end():]
        if inside_enclosure(line[start:m.end()], rest):
            end = False  # «… (obs. fejl!).», «siger "godt. Nu går vi"»: never a cut inside a bracket or a quote
        elif rest.lstrip()[:1].islower():
            end = _lower_start(line[start:m.end()], rest) and _ends(line[start:m.end()], rest)
        else:
            end = _ends(line[start:m.end()], rest)
        yield m, end
        if end:
            start = m.end()


#: lower-case words that open a sentence after a full stop in notes written without capitals: subject pronouns,
#: "der"/"det", subordinators and sentence adverbs ("når Line …", "så venter vi", "bagefter går hun")
_LOWER_OPENS = frozenset({"du", "han", "hun", "vi", "de", "det", "der", "den", "man", "jeg", "hvis", "når", "så",
                          "derefter", "bagefter", "herefter", "dernæst", "senere", "først", "om", "hver",
                          "efter", "næste", "medarb", "pæd", "kp", "personalet", "aftenvagten", "dagvagten",
                          "nattevagten", "kontaktpersonen"})


_PRONOUN_SUBJECTS = frozenset({"du", "han", "hun", "vi", "de", "jeg", "det"})  # (never «der»: «kp. der kommer» is who)


def _lower_start(head: str, rest: str) -> bool:
    """A stop before a lower-case word ends a sentence only when the word before it is a plain word (not an
    abbreviation, a single letter or a number: "ca. to", "d. femte", "den 1. i måneden", "3. gang") and the word
    after it opens a sentence – a subordinator, or a word of `_LOWER_OPENS` with a finite verb (or another opener)
    after it; «valget skrives …» is not taken (no opener)."""
    before = re.search(r"([\wæøåÆØÅ.'-]+)[)\"»”']?[.!?]+$", head)
    if not before or (len(before.group(1)) < 2 and not before.group(1).isdigit()) or "." in before.group(1):
        return False
    words = [w.lower() for w in re.findall(r"[\wæøåÆØÅ]+", rest)[:3]] + ["", "", ""]
    r = rules()
    def finite(w: str) -> bool:
        return _finite(_T(w, " "), r)  # «går», «er» too: _finite knows the irregular forms
    if _abbreviation_patterns()[3].search(head + " "):
        # «… taler med kp. hun er glad»: a staff title then a subject pronoun and its verb – a new sentence (a title
        # is followed by a name or its verb, never by «hun er»); any other abbreviation ends nothing here
        return bool(_abbreviation_patterns()[1].search(head)) and words[0] in _PRONOUN_SUBJECTS and finite(words[1])
    if any(c.isdigit() for c in before.group(1)):  # "kl. 8. han går hjem" – never "den 1. i måneden", "3. gang"
        return words[0] in ("du", "han", "hun", "vi", "de", "jeg", "der", "det") and finite(words[1])
    if words[0] in ("når", "hvis", "mens", "fordi"):
        return bool(words[1])  # a subordinate clause opens: its subject follows
    if words[0] == "hver" and words[1] and len(before.group(1)) >= 5 and not _lower_after_pattern().search(head) \
            and before.group(1).lower() not in r.staff and before.group(1) not in r.abbreviations \
            and not _abbreviation_patterns()[3].search(head + " "):
        return True  # «… selv først. hver anden mandag …»: «hver» after a plain word's stop opens a time (i46G; a
        # word of five letters or more none of the lists shortens – «fys. hver fredag», «bst. hver …» go on)
    if words[0] in _LOWER_OPENS:  # "der er", "medarb. peger", "om lørdagen gør vi"
        return finite(words[1]) or words[1] in _LOWER_OPENS or (words[0] in ("om", "efter", "hver", "næste")
                                                               and finite(words[2]))
    return False


def _ends(head: str, rest: str) -> bool:
    """The stop at the end of `head` (the text since the last sentence's end) ends a sentence, `rest` after it."""
    inside, titles, before_number, _, units = _abbreviation_patterns()
    nxt = rest.lstrip()[:1]
    if inside.search(head):
        return False  # "kl. 8", "fx. Netto", "evt. Søren"
    words, shortening = _shortening_patterns()
    if (nxt.isdigit() or nxt == "(") and _lower_after_pattern().search(head):
        return False  # «tirsd. 5/1 kl 10», «ser bst. (Camilla) kontoudtoget …»: a day before its date, a name after
    if titles.search(head) and _role_word_opens(rest):
        return True  # «… med kp. Mentor fra jobcentret ringer …»: a role word after a title is no name – a new sentence
    if shortening.search(head) and not _opens_clearly(rest, strict=True) and not _has_finite_word(
            head[:shortening.search(head).start()]):
        # «Mt. Karsten går …», «Hver fre. Ida …», «I afd. Køkkenet …»: a staff shortening's period with no verb
        # before it is no sentence's end (it would leave a stump) unless a new sentence clearly opens after it
        return False
    if words.search(head):
        # «… spiser i afd. Derefter …» ends; «… i afd. Sol …», «(anden beboer, afd. C) spiller …» go on
        if _time_after_clause(head, rest):
            return True
        return _opens_clearly(rest) and head.count("(") <= head.count(")")
    u = units.search(head)
    if u and not nxt.isdigit() and re.search(r"(?i)(?<![\wæøå])(?:hver|om|pr\.?|per|i)\s*$", head[:u.start()]) \
            and _has_finite_word(head[:u.start()]) and _opens_clearly(rest):
        return True  # «… alarm den 2. hver md. Kp sætter sig …»: a rate ends its clause, a new one clearly opens
    if u and (nxt.isdigit() or not re.search(r"\d\s*$", head[:u.start()])):
        return False  # "et par min. Derefter": no number before it; after a number it ends: "på 2 min. Hun …"
    if ((_HOUR_DOT.search(head) or before_number.search(head)) and nxt.isdigit()) or (
            _WITH_DOT.search(head) and not re.search(r"\d\s*m\.$", head)):
        return False  # "1 t. 20 min.", "hæver penge m. KP": not a sentence's end; "1. marts" has no capital after it
    t = titles.search(head)
    if t and re.match(r"\s+(?:Nået|Målet\s+er\s+nået|Delvist\s+nået|Ikke\s+nået)(?![\wæøå])", rest):
        return True  # «… til kp. Nået ved mindst 10 af 12 gange»: the measurement's label opens a sentence, no name
    # a title glued to the word it ends («Primærpæd.», «soc.pæd.», «soc. pæd.»): what stands before it is before
    # that word
    lead = re.sub(r"(?i)(?:soc\.\s*-?\s*)?[\wæøåÆØÅ.-]*$", "", head[:t.start()]) if t else ""
    if t and (nxt.isdigit() or nxt == "(" or not re.search(r"[\wæøå]", lead)):
        return False  # "venter medarb. 10 min", "Medarb. (Kurt) kigger ind", "Pæd. Lone banker på": no end
    if t:
        r = rules()
        before = [w.lower() for w in re.findall(r"[\wæøåÆØÅ]+", lead)]
        after = [w.lower() for w in re.findall(r"[\wæøåÆØÅ]+", rest)[:2]] + ["", ""]
        opens = after[0] in _OPENS or after[0] in r.adverbials or after[0] in r.adverbs or after[0] in r.clause_openers
        verb_next = _finite(_T(after[1], " "), r)
        if before and not opens and (
                before[-1] in r.clause_openers or before[-1] in ("og", "eller", "men", "at", "som", "der")
                or (before[-1] in r.prepositions and not verb_next)):
            # "når pæd. Kurt banker på", "og medarb. Lone rydder op": the subject of the clause just opened;
            # "sammen med medarb. Lone til bussen": the title and its name (but "hjælp af pæd. Kaj går med": two)
            return False
    if t and _mid_clause(head, rest):
        return False  # "minder pæd. Kaj om bussen": the abbreviation is the subject, the name its object
    if head.count("(") > head.count(")"):  # "(pæd. Lotte)": inside a parenthesis
        return False
    if nxt == "(" and _shortening(head) and re.match(r"\s*\([A-ZÆØÅ][\wæøå-]+\)\s+[\wæøåÆØÅ]", rest) \
            and re.search(r"[\wæøå]\W+[\wæøåÆØÅ]+\.$", head.strip()):
        # «ser bst. (Navn) kontoudtoget …»: the bracket names who the shortening is – no end there (not where the
        # shortening opens the sentence: «Bst. (Navn) ringer» is a staff word, «Bst.» left out by itself)
        return False
    return True


def _role_word_opens(rest: str) -> bool:
    """After a staff title's period («kp.»), a capitalised role or family word that is no name («Mentor», «Træner»,
    «Mor» – [others]) and a lower-case word after it: the title ended its sentence and the role word opens the next
    one (never «… med din kontaktperson din mentor …», two sentences run together). «… med kp. Træner Ole» (a
    name after the role) goes on (issue 24, i46G)."""
    m = re.match(r"\s+([A-ZÆØÅ][a-zæøå]+)\s+([a-zæøå]+)", rest)
    return bool(m) and m.group(1).lower() in rules().others


def _time_after_clause(head: str, rest: str) -> bool:
    """«… ringer til ham hver fredag eftm. Samtale med …»: a time of day written short ([abbreviations] times) after a
    clause with its finite verb, then a capitalised word – a time of day names no one after it, so its period ends
    the sentence too (never «… fredag eftermiddag Samtale med …», two sentences run together). Not inside a
    parenthesis, and not before a single capital letter."""
    r = rules()
    m = re.search(r"(?<![\wæøåÆØÅ.])([\wæøåÆØÅ]+)\.$", head)
    if not m or m.group(1).lower() not in r.time_abbreviations or head.count("(") > head.count(")"):
        return False
    if not re.match(r"\s+[A-ZÆØÅ][a-zæøå]", rest):
        return False
    return _has_finite_word(head[:m.start()])


def _has_finite_word(text: str) -> bool:
    """A finite verb among the words of `text` (without the analyser: the rules' forms, a word in -r)."""
    r = rules()
    return any(_finite(_T(w, " "), r) for w in re.findall(r"[a-zæøå]+", text.lower())
               if w not in r.prepositions and w not in r.adverbials and w not in ("hver", "hvert", "eller", "over"))


def _opens_clearly(rest: str, strict: bool = False) -> bool:
    """The words after a stop clearly open a new sentence: a subject pronoun, an opener of `_OPENS` or a clause
    opener, or (not `strict`: after a stump «Hver fre. Ida går …» a name and its verb may be that stump's clause) a
    capitalised word right before a finite verb («Køkkenet har …»)."""
    r = rules()
    words = re.findall(r"[\wæøåÆØÅ]+", rest)[:2] + ["", ""]
    first = words[0].lower()
    if not words[0][:1].isupper() or len(words[0]) < 2:
        return False  # (a single capital letter is a name's or a unit's: «afd. C»)
    if first in _OPENS or first in r.clause_openers or first in r.adverbials or first in r.adverbs:
        return True
    return not strict and (_finite(_T(words[1], " "), r)
                           or words[1].lower() in ("kan", "skal", "vil", "må", "gik", "fik", "tog"))


def _shortening(head: str) -> bool:
    """`head` ends in one of staff's shortenings the splitter reads on after (`lower_after`: «bst.», «torsd.»)."""
    m = re.search(r"(?<![\wæøåÆØÅ.])([\wæøåÆØÅ]+)\.$", head.rstrip())
    return bool(m) and m.group(1).lower() in {a.lower() for a in rules().lower_after_abbreviations}


#: words that begin a new sentence after a title's period ("Hjælp fra pæd. Derefter går hun", "… med pæd. Hun …")
_OPENS = frozenset({"du", "han", "hun", "vi", "de", "det", "der", "den", "man", "jeg", "i", "så", "derefter", "bagefter",
                    "herefter", "dernæst", "til", "hvis", "når", "efter", "om", "hver", "næste", "i", "ved"})


def _mid_clause(head: str, rest: str) -> bool:
    """After a staff abbreviation ("… minder pæd. Kaj om …"): the sentence goes on when the abbreviation follows
    a verb, and the capitalised word after it is not followed by a verb ("Kaj om bussen" goes on; "Derefter går
    …", "Kaj går …" begin a new sentence)."""
    before = re.findall(r"[\wæøå]+", head[:_abbreviation_patterns()[1].search(head).start()])
    words = re.findall(r"[\wæøåÆØÅ'.-]+", rest)
    if not before or len(words) < 2:
        return False
    def verb_like(w: str) -> bool:
        return w.islower() and w.endswith("r") and len(w) > 3
    # "kører en medarb. René til …": the abbreviation inside a noun phrase after a verb goes on too
    verb_before = verb_like(before[-1]) or (len(before) > 1 and before[-1].lower() in (
        "en", "den", "samme", "fast", "faste", "anden") and verb_like(before[-2]))
    # "sætter pæd. Rikke eller en anden sig …": a word after the name that only ends in -r ("eller", "efter", "over")
    # is no verb – the words rules.not_verbs lists are not taken for one
    r = rules()
    verb_after = _finite(_T(words[1], " "), r) or words[1].lower() in ("kan", "skal", "vil", "må", "gik", "fik", "tog")
    return verb_before and not verb_after


#: words in quotation marks: ' ', " ", « », “ ”, „ “ (a single quote opens before a word and closes after one –
#: never the apostrophe of «Mads' mor»)
QUOTED = re.compile(r"(?<![\wæøåÆØÅ])'(?=[^\s'])[^'\n]*?(?<=[^\s'])'(?![\wæøåÆØÅ])|«[^»\n]+»|\"[^\"\n]+\"|„[^“”\n]+[“”]"
                    r"|“[^”\n]+”")


@dataclass
class _T:
    word: str
    sep: str
    kind: str = "w"   # w word · R resident · RG resident genitive · P pronoun of the resident · S staff
    out: str | None = None
    verb: bool = False  # a word that is also a preposition, read as the finite verb here («Det ved Mads ikke»)
    before: str = ""  # a word said right before it («dit ur og din taske»: the second noun's own possessive)
    noun: bool = False  # a word in -er after an indefinite article («En hjemmehjælper følger …»): never the verb

    @property
    def low(self) -> str:
        return self.word.lower()


def _finite(t: _T, r: DuformRules) -> bool:
    low = t.low
    if low in r.irregular_finite or t.verb:
        return True
    return (not t.noun and len(low) > 2 and low.endswith("r") and low not in r.not_verbs and t.kind == "w"
            and not t.word[:1].isupper() | False and low not in r.others)


#: after «den»/«dem» as an object pronoun (not an article: «den sociale historie»): a word that cannot be its noun
_AFTER_OBJECT_PRONOUN = frozenset({"med", "til", "på", "i", "for", "fra", "hos", "sammen", "selv", "igen", "op", "ned",
                                   "ud", "ind", "frem", "hjem", "væk", "over", "igennem", "hver", "om", "ikke",
                                   "også", "altid", "tit", "først", "bagefter", "efter", "inden", "før", "når",
                                   "hvis", "og", "kl"})


def object_points_back(sent: str) -> bool:
    """«den»/«dem» as the object of the sentence's first verbs («Din kontaktperson læser den med dig …», «Vi hænger
    dem op»): it stands for a thing of the sentence before – after a sentence left out or cut, the resident could
    not know what (b44 after, W1: «læser den med dig» after the sentence with the story was cut)."""
    words = re.findall(r"[\wæøåÆØÅ'-]+", sent)
    for i, w in enumerate(words[:6]):
        if i >= 2 and w.lower() in ("den", "dem"):
            nxt = words[i + 1].lower() if i + 1 < len(words) else ""
            if not nxt or nxt in _AFTER_OBJECT_PRONOUN:
                return True
            if w.lower() == "dem" and words[i - 1].lower() in ("til", "med", "hos", "fra", "for", "af", "om", "på") \
                    and nxt not in ("der", "som"):
                return True  # «Du kan ringe til dem hverdage …»: the people of the sentence before
    return False


#: words after «ved» that make it the verb «vide» («ved ikke», «ved godt», «ved det», «ved, hvad …»), not the
#: preposition of «ved bordet»: a clause that opens so is no fronted adverbial
VED_AS_VERB = frozenset({"ikke", "godt", "det", "noget", "ingenting", "alt", "hvad", "hvor", "hvem", "hvordan",
                         "hvornår", "hvorfor", "om", "at", "besked", "altid", "nu", "også", "præcis"})
