"""Who a pronoun can be: the people a sentence and the one before it name (`_others_named`), an external actor's
name as one person, our staff and things/places that are never a han/hun, the one person a han/hun of the other
gender can be by name (`_name_for`), and whether "de" is the resident and one other person ("I", `_de_who`)."""

from __future__ import annotations

import re

from delmaal_assistant.core.outputs import morph
from delmaal_assistant.core.outputs.duform.resident import (_PERSON_ENDINGS, Resident, _our_colleague, _staff_word,
                                                            camel_case, is_staff_role)
from delmaal_assistant.core.outputs.duform.rules import _WORD, DuformRules, rules
from delmaal_assistant.core.outputs.duform.sentences import _T, _finite, _sentences


def _name_gender(word: str) -> str:
    """A person's name's gender as far as it is known ("" when not)."""
    return morph.name_gender(word) or ""


def _is_name(word: str) -> bool:
    return morph.name_gender(word) is not None


def _pid(word: str) -> str:
    """One person however named: "Moren", "mor", "Lenes" → "mor", "mor", "lene"."""
    low = re.sub(r"(?:'s|')$", "", word.lower())
    return re.sub(r"(?:nen|en|n)$", lambda m: "n" if m.group(0) == "nen" else "", low) if low not in ("",) else low


def _name_for(role: str, pg: str, humans: list[tuple], reach_named: list[tuple[str, str]], r: DuformRules,
              sent: str = "") -> str:
    """The one person a han/hun of the other gender can be, by name ("Lene", "din mor"), with the form for its place
    (subject/object the same, genitive "Lenes", "din mors"); "" when more than one person may be meant, a person
    of unknown gender is near, or the person has no name the resident knows."""
    cands = [(h[1], h[2]) for h in humans if h[0] == "O" and h[1] in (pg, "") and len(h) > 2]
    if any(h[0] == "O" and h[1] in (pg, "") and len(h) < 3 for h in humans):
        return ""  # a pronoun or a "de" of that gender without a name: unclear
    cands += [(g, w) for g, w in reach_named if g in (pg, "")]
    cands += [("", w) for g, w in _others_named(sent, None, r) if g == ""]  # "Lægen og moren …, når hun …"
    ids = {_pid(w) for _, w in cands}
    if len(ids) != 1 or any(g == "" for g, _ in cands):
        return ""
    word = cands[-1][1]
    if word.lower() in r.others:
        before = re.findall(rf"([\wæøåÆØÅ'.]+)\s+{re.escape(word)}\b", sent)
        if any(b.lower() in ("hans", "hendes", "deres", "dennes", "en", "et", "den", "det", "hver", "ens") or (
                b[:1].isupper() and b.endswith(("s", "'"))) for b in before):
            return ""  # "Oles mor", "en søster": not the resident's own – never «din mor»
        said = next((r.plain[x] for x in (word.lower(), word.lower() + "en", word.lower() + "n") if x in r.plain), "")
        if not said.startswith(("din ", "dit ")):
            return ""
        return said + "s" if role == "G" else said
    ants = [x for x in morph.readings(word) if x.startswith("np.ant")]
    if ants and all(".gen" in x for x in ants) and word.endswith("s"):
        word = word[:-1]  # "på Mortens billede … med ham": the analyser knows "Mortens" only as a genitive → Morten
    if not word[:1].isupper() or not _is_name(word):
        return ""
    word = re.sub(r"(?:'s|s)$", "", word) if word.endswith("'s") else word
    return (word + ("'" if word.endswith(("s", "x", "z")) else "s")) if role == "G" else word


def _unknown_first_name(toks: list[_T], r: DuformRules) -> bool:
    """Without the analyser: the sentence's first word is capitalised, is not a word the rules know, and a finite
    verb follows ("Ole hjælper …"): it may be a person's name, so a han/hun after it may be them (left out). A
    plural in the definite form ("Kuverterne ligger …") is never a name."""
    if morph.available() or len(toks) < 2 or toks[0].kind != "w" or not toks[0].word[:1].isupper():
        return False
    low = toks[0].low
    return _finite(toks[1], r) and low not in r.plain and low not in r.adverbials and low not in r.staff \
        and low not in r.others and toks[0].word not in r.abbreviations and low not in r.adverbs \
        and low not in _FIRST_WORDS and not toks[0].word.isupper() and not low.endswith("erne")


_FIRST_WORDS = frozenset({"vi", "han", "hun", "de", "du", "jeg", "det", "der", "den", "dette", "hvis", "når", "man",
                          "hvem", "så", "og", "men", "efter", "før", "inden", "mens", "hver", "hvert", "alle",
                          "hjemme", "derhjemme", "bagefter", "derefter", "senere", "først", "nu", "her", "ude", "inde",
                          "tit", "ofte", "altid", "aldrig", "også", "kun", "i", "om", "på", "til", "fra", "med",
                          # the delmål's own words: «Målet er nået, når hun …» – never a person's name
                          "målet", "delmålet", "formålet"})


def _apposition(toks: list[_T], k: int, humans: list[tuple], r: DuformRules) -> bool:
    """toks[k] names the same person as the word before it, which is the last person the sentence named: a
    family word in brackets after a first name ("Thomas (far)", "Louise (søster)") or a first name right after
    a family word ("søster Birgitte", "Datter Lone"). Then it is one person, not two – the one a han/hun of
    that gender may be."""
    if k == 0 or not humans or humans[-1][0] != "O" or len(humans[-1]) < 3 or humans[-1][2] != toks[k - 1].word:
        return False
    t, before = toks[k], toks[k - 1]
    if t.low in r.others:  # "Thomas (far)": a first name, then its family word alone in brackets
        return t.sep.strip() == "(" and before.word[:1].isupper() and before.low not in r.others \
            and _is_name(before.word)
    # "søster Birgitte": a family word, then a first name
    return t.sep == " " and before.low in r.others and t.word[:1].isupper() and _is_name(t.word)


def _one_person(context: str, genders: list[str]) -> list[str]:
    """An external actor's name is one person however many words name them ("Søsteren Anne (værge)": a woman, not
    a woman and someone unknown); a name that lists several ("Mor og far") stays as it is."""
    known = {g for g in genders if g}
    if re.search(r"\bog\b|/|&", context) or len(known) > 1 or not genders:
        return genders
    return [known.pop()] if known else [""]


def _maybe_person(word: str) -> bool:
    """A capitalised word that may be a person: the analyser does not know it, or knows it as a name; a word it
    knows only as a thing or a place ("Netto", "Værkstedet", "Aula") is not a person. A compound joined by a
    hyphen whose last part is a small-letter word and no name («KUC-dage», «NemID-mappe») is a thing, never a
    person, with or without the analyser (a double name has a capital on each part: «Marie-Louise»)."""
    if _compound_thing(word) or camel_case(word):
        return False  # («MitID», «MobilePay»: a brand, never a person)
    if not morph.available():
        return True
    rs = morph.readings(word)
    return not rs or any(x.startswith(("np.ant", "np.cog", "np.al")) for x in rs)


def _compound_thing(word: str) -> bool:
    """«KUC-dage», «NemID-mappe», «SFO-tid»: a capitalised word, a hyphen and a last part in small letters of three
    letters or more that is no first name (not «Marie-louise») – the compound's head is a common noun."""
    if not word[:1].isupper() or "-" not in word:
        return False
    last = word.rsplit("-", 1)[1]
    if not (len(last) >= 3 and last.isalpha() and last[:1].islower() and not _is_name(last.capitalize())):
        return False
    # a last part that is, or may be, a word for a person («SFO-chaufføren», «DBT-terapeut», «IT-konsulent»,
    # «AA-vennen»): a person, as before – any listed person or staff word, or an ending agent nouns have
    r = rules()
    return not (last in r.others or last in r.staff or is_staff_role(last)
                or any(x.endswith(_PERSON_ENDINGS) for x in (last, last + "en"))
                or last.endswith(_PERSON_TAILS))


#: endings of words for people (agent nouns and the like) – a hyphened compound ending in one may be a person
_PERSON_TAILS = ("er", "eren", "ere", "erne", "ør", "øren", "ist", "isten", "peut", "peuten", "log", "logen", "loge",
                 "ent", "enten", "or", "oren", "ant", "anten", "mand", "manden", "kone", "konen", "pige", "pigen",
                 "dreng", "drengen", "barn", "barnet", "ven", "vennen", "veninde", "veninden", "kammerat", "makker",
                 "leder", "lederen", "chef", "chefen", "ejer", "vært", "værten", "gæst", "gæsten", "elev", "eleven")


def _organisation(word: str, r: DuformRules) -> bool:
    """A capitalised word that names a service or an office by its ending ([lists] organisation_heads:
    «Distriktspsykiatrien», «Borgerservice», «Hjælpemiddelcentralen»), not a first name: never a han/hun."""
    low = word.lower()
    if not word[:1].isupper() or _is_name(word):
        return False
    return any(low.endswith(h) or low.endswith(h + "s") for h in r.organisation_heads)


def _others_in(text: str, resident: Resident | None, r: DuformRules, services: bool = False) -> list[str]:
    return [g for g, _ in _others_named(text, resident, r, services)]


def _others_named(text: str, resident: Resident | None, r: DuformRules,
                  services: bool = False) -> list[tuple[str, str]]:
    """The genders ("han", "hun", "" unknown) of the people other than the resident a text names: first names
    (any capitalised word that is not the resident, a staff role or an everyday word at the start of a sentence)
    and family words ("datteren", "mor"). A service («Borgerservice», `_organisation`) is no person in an actor's
    name; with `services` (who a sentence leaves in reach of the next) it is someone of unknown gender – a han/hun
    after «Misbrugscentret ringer.» may be someone who works there."""
    out: list[tuple[str, str]] = []
    names = set(resident.names) if resident else set()
    role_end = -1  # where a family word or role ended: "Sønnen Torben", "lægen Peter" is one person
    name_end = -1  # where a first name ended: "Thomas (far)" is one person too
    # without the analyser the first word may be a name too ("Per kommer."), as the transform reads it
    first_name = _unknown_first_name([_T(m.group(), "") for m in _WORD.finditer(text or "")][:2], r)
    for k, m in enumerate(_WORD.finditer(text or "")):
        w = m.group().rstrip("'s") if m.group().endswith("'s") else m.group()
        if out and name_end >= 0 and text[name_end:m.start()] == " (" and w.lower() in r.others \
                and out[-1][1][:1].isupper():
            out[-1] = (r.others[w.lower()] or out[-1][0], out[-1][1])
            name_end = -1
            continue
        name_end = -1
        if out and m.start() == role_end + 1 and w[:1].isupper() and _is_name(w) and text[role_end] == " ":
            out[-1] = (_name_gender(w) or out[-1][0], w)
            role_end = -1
            continue
        role_end = -1
        low = w.lower()
        if low not in r.others and low.endswith("s") and r.others.get(low[:-1]) and w[:1].islower():
            w, low = w[:-1], low[:-1]  # a genitive of a family word ("søsters mand"): the sister is named too
        if w in names or m.group() in names or any(w.startswith(n) for n in names if n) \
                or (low in names and low.islower()):  # the role word with its capital: "Borgeren bestemmer …"
            continue
        if _staff_word(w, r) or (w[:1].isupper() and low not in r.others and (
                not _maybe_person(w) or (_organisation(w, r) and not services))):
            continue
        if low in r.others and r.others[low]:
            out.append((r.others[low], w))
            role_end = m.end()
        elif (low in r.others or low.endswith(_PERSON_ENDINGS)) and not is_staff_role(low):
            if _our_colleague(text, m.start(), m.end(), r):
                continue  # «… trækker medarbejderen sig og lader en kollega tage over»: one of our staff
            out.append(("", w))  # "lægen", "værgen": a person who may be "han" or "hun"
            role_end = m.end()
        elif w[:1].isupper() and w not in r.abbreviations and low not in r.staff and low not in r.others \
                and low not in r.adverbials and low not in r.plain \
                and (k > 0 or _is_name(w) or (resident is not None and w in resident.known) or first_name) \
                and not w.isupper() and low not in ("vi", "han", "hun", "de", "du", "jeg", "det", "der", "den", "hvis",
                                                    "når", "er", "har", "målet", "delmålet"):
            g = _name_gender(w)
            if g or _is_name(w) or k > 0 or first_name:
                out.append((g, w))
                name_end = m.end() if _is_name(w) else -1
    return out


def _person_id(low: str) -> str:
    """One person however the text names them: "kontaktpersonen", "kontaktpersonens", "kontaktperson" alike."""
    return re.sub(r"(?:ens|en|s)$", "", low)


_TIME_PLURAL = re.compile(r"^(?:dage|uger|måneder|minutter|timer|gange|år|aftener|morgener|weekender|"
                          r"(?:man|tirs|ons|tors|fre|lør|søn)dage|hverdage|arbejdsdage|skoledage|ture)$")


def _plural_noun(t: _T, r: DuformRules) -> bool:
    """A plural noun that "de" may mean ("pillerne", "regninger"): the analyser knows it as a plural noun (a count
    of time – "to mandage", "5 minutter" – is not a thing that acts)."""
    low = t.low
    if t.kind != "w" or _TIME_PLURAL.match(low) or low in r.staff or low in r.others or low in r.de_determiners:
        return False
    rs = morph.readings(low)
    if not rs:  # a word the analyser does not know ("tabletterne"): a plural by its ending, to be safe
        return low.endswith(("erne", "ene", "er")) and len(low) > 4
    return all(x.startswith("n.") and ".pl" in x for x in rs)  # "laver", "trin": not only plural


def _person_plural(low: str, r: DuformRules) -> bool:
    """A plural noun that names people ("forældrene", "holdkammeraterne", "lægerne", "spillerne"): listed in
    `person_plurals` (also as a compound's last part), a plural of a word in [others]/[staff], or, with the
    analyser, a "-erne"/"-ere" plural of an "-er" noun ("spiller", "deltager"). When unsure: a person."""
    forms = set()
    for p in r.person_plurals:
        forms |= {p, p + ("ne" if p.endswith(("e", "r")) else "ene")}
    if any(low.endswith(f) for f in forms):
        return True
    for w in list(r.others) + list(r.staff):
        w = w.lower()
        if " " in w or len(w) < 3:
            continue
        if any(low.endswith(w + suf) for suf in ("e", "er", "ere", "erne", "ene", "ne", "rne", "r")):
            return True
    if low.endswith("erne") or low.endswith("ere"):
        sg = low[:-2] if low.endswith("erne") else low[:-1]
        rs = morph.readings(sg)
        if not rs or any(x.startswith("n.") and ".sg" in x for x in rs):
            return True  # "spillerne" ← "spiller": an -er noun for a person, maybe
    return False


#: what a thing can be the subject of: being somewhere or some way, or something done to it – «de er», «de ligger
#: i skuffen», «de skal lades op», «de bruges»; not «de tæller sammen», «de går», which people do
#: («passer», «holder», «løber», «mangler», a modal before a place – «de skal i skole/hjem/op» – people do too)
_THING_VERBS = frozenset({"er", "var", "bliver", "blev", "ligger", "lå", "hænger", "står", "virker", "findes",
                          "koster", "fylder"})
_THING_MODAL_NEXT = frozenset({"være", "blive", "ligge", "hænge"})


def _thing_verb(toks: list[_T], k: int) -> bool:
    """The verb whose subject «de» at toks[k] is says something a thing can do or undergo (see `_THING_VERBS`): the
    verb before it when «de» follows its verb («hvor er de», «Er de tomme …»), else the verb after it."""
    skip = {"ikke", "altid", "også", "stadig", "aldrig", "kun", "så", "nu", "igen", "allerede"}
    before = toks[k - 1].low if k > 0 else ""
    j = k + 1
    while j < len(toks) and toks[j].low in skip:
        j += 1
    after = toks[j].low if j < len(toks) else ""
    nxt = ""
    j += 1
    while j < len(toks) and toks[j].low in skip:
        j += 1
    nxt = toks[j].low if j < len(toks) else ""

    def thing(v: str, n: str) -> bool:
        if v in _THING_VERBS or (v.endswith("es") and any(".pasv" in x for x in morph.readings(v))):
            return True
        return v in ("skal", "kan", "må", "bør") and (n in _THING_MODAL_NEXT or (
            n.endswith("es") and any(".pasv" in x for x in morph.readings(n))))
    if before and before not in ("og", "men", "eller", "hvor", "når", "hvis", "så", "om", "at", "fordi", "mens",
                                 "indtil", "før", "inden", "da", "selvom", "hvad", "hvordan", "hvornår") \
            and any(x.startswith("vb") and ".pres" in x for x in morph.readings(before)):
        return thing(before, after)  # «Søndag tæller de sammen»: the verb came first
    return thing(after, nxt)


def _thing_de(toks: list[_T], k: int, people: list[tuple[str, str]], prev: list[tuple[str, str]] | None,
              r: DuformRules) -> bool:
    """"de" that can only be a thing: the nearest plural noun before it in this sentence (or the one before, when
    that was said) is a thing, not people ("Du tager høreapparaterne ud, og de skal i æsken"), at most one person
    is in reach – two people ("Du og Ole henter kortene. De …") may be "de" themselves – and its verb is one a
    thing can have (`_thing_verb`: «de ligger», «de skal lades op», not «tæller de sammen»)."""
    if not _thing_verb(toks, k):
        return False
    scope = (prev or []) + list(people)
    nearest = ""
    for kind, w in reversed(scope):
        if kind == "P":
            nearest = w
            break
        if kind == "G" and w not in ("vi", "os", "vores"):
            return False  # "de andre", "man": people nearer than any thing
    if not nearest or _person_plural(nearest, r):
        return False
    if any(kind == "G" and w not in ("vi", "os", "vores") for kind, w in scope):
        return False
    persons = {w for kind, w in scope if kind == "O"} | ({"R"} if any(k == "R" for k, _ in scope) else set())
    return len(persons) <= 1


def _only(low: str, pos: str) -> bool:
    rs = morph.readings(low)
    return bool(rs) and all(x.split(".")[0] == pos for x in rs)


#: a verb a thing can have between «de» and «sammen» ("de skal ligge sammen", "de hænger sammen")
_THING_STATES = frozenset({"er", "var", "være", "bliver", "blev", "blive", "ligger", "ligge", "lå", "står", "stå",
                           "hænger", "hænge", "passer", "passe", "lægges", "sættes", "holdes", "samles"})


def _de_together(toks: list[_T], k: int) -> bool:
    """Without the analyser (plural nouns unknown): «de» is people only when they do something «sammen» in the same
    clause ("Søndag kl. 16 tæller de sammen", "… og de tjekker listen sammen"), with no verb a thing can have
    between (`_THING_STATES`, a passive in -es), no plural definite noun in the sentence ("kuverterne … de")
    and not after «er»/«bliver» ("Er de …")."""
    rest = [x.low for x in toks[k + 1:k + 9]]
    if "sammen" not in rest:
        return False
    between = rest[:rest.index("sammen")]
    if any(w in _THING_STATES or (w.endswith("es") and len(w) > 4) for w in between):
        return False
    if any(re.search(r"[,;:()]", x.sep) for x in toks[k + 1:k + 1 + len(between) + 1]):
        return False  # "sammen" in another clause
    if k > 0 and toks[k - 1].low in _THING_STATES:
        return False
    return not any(re.search(r"(?:erne|ene|rne)$", x.low) for x in toks)


#: what things can do «sammen» – be, lie, hang, fit, belong together, or amount to something together («de koster
#: sammen 200 kr.», «de tager sammen en time»): after «de», no sign that «de» acts
_THINGS_TOGETHER = _THING_STATES | _THING_VERBS | frozenset({
    "hører", "høre", "passer", "passe", "virker", "virke", "giver", "udgør", "tager", "varer", "vejer", "følger",
    "kommer", "komme", "koster", "fylder", "ligner", "går", "gå", "skal", "kan", "må", "bør", "vil"})


def _acting_together(toks: list[_T], k: int) -> bool:
    """«de» at toks[k] opens its clause as the subject of a verb of doing, with «sammen» (not «sammen med») in the same
    clause and nothing a thing can do together between («De finder sammen de breve, der skal betales», «… og de
    skriver listen sammen»): people acting with one another, never the things named before. Not after «er»/«bliver»
    («Er de …»), not with a number in the clause («de koster sammen 200 kr.»), not across a comma."""
    if k > 0 and (toks[k - 1].low in _THINGS_TOGETHER or toks[k - 1].low in ("er", "bliver", "var", "blev")):
        return False
    clause = []
    for x in toks[k + 1:]:
        if clause and re.search(r"[,;:()–]", x.sep):
            break
        if k + 1 < len(toks) and x is toks[k + 1] and re.search(r"[,;:()–]", x.sep):
            return False
        clause.append(x)
    words = [x.low for x in clause]
    if "sammen" not in words or not clause:
        return False
    at = words.index("sammen")
    if at == 0 or (at + 1 < len(words) and words[at + 1] == "med"):
        return False  # «de går sammen med …»: along with someone – who «de» are is not said
    if any(w in _THINGS_TOGETHER or (w.endswith("es") and len(w) > 4) for w in words[:at]):
        return False
    return not any(any(c.isdigit() for c in w) for w in words)


#: a question word or conjunction that opens the clause right after a verb: «planlægger, hvad de skal lave»
_ASKS = frozenset({"hvad", "hvor", "hvornår", "hvordan", "hvem", "når", "hvis"})
#: what may stand between the pair's verb and the opener of the «de» clause: adverbs of manner that name no one
_PAIR_ADVERBS = frozenset({"selv", "sammen", "også", "gerne", "altid", "ofte", "tit"})


def _pair_asks(toks: list[_T], k: int, people: list[tuple[str, str]], r: DuformRules) -> bool:
    """«de» in a clause opened right after the verb of a subject that is the resident and one other person («Du og
    din kæreste planlægger, hvad de skal lave»), or after that verb and an adverb that names no one («Du og din far
    aftaler selv, hvad de …», «… spiser sammen, når de …»): nobody and nothing else is named before it – the pair,
    «I»."""
    if k < 2 or toks[k - 1].low not in _ASKS or not toks or toks[0].kind != "R" or len(toks) < 5 \
            or toks[1].low != "og":
        return False
    verb = 4 if toks[2].low in ("hans", "hendes", "din") else 3
    # between the verb and the opener only adverbs that name nobody and nothing («Du og din far aftaler selv, hvad
    # de …», «… spiser sammen, når de …»)
    between = toks[verb + 1:k - 1]
    if len(between) > 2 or any(x.low not in _PAIR_ADVERBS or re.search(r"[;:()–]", x.sep) for x in between):
        return False
    if any(re.search(r"[,;:()–]", x.sep) for x in toks[1:verb + 1]) or not _finite(toks[verb], r):
        return False
    # (without the analyser the verb in -er may have been taken for a plural noun: it is the verb here)
    people = [p for p in people if p != ("P", toks[verb].low)]
    others = {p[1] for p in people if p[0] == "O"}
    return any(p[0] == "R" for p in people) and len(others) == 1 and not any(p[0] in ("G", "P") for p in people)


def _plural_thing(t: _T) -> bool:
    """A lower-case word the analyser knows only as a noun, with a plural reading, that is no count of time («penge»,
    «kopper» – not «selv», «mens», «uger»): a thing a «de» after it may be."""
    rs = morph.readings(t.low) if t.kind == "w" and t.word == t.low else frozenset()
    return bool(rs) and all(y.startswith("n.") for y in rs) and any(".pl" in y for y in rs) \
        and not re.match(r"(?:dage|uger|måneder|år|gange|timer|minutter|weekender|aftener|morgener)$", t.low)


def _de_who(toks: list[_T], k: int, people: list[tuple[str, str]], prev: list[tuple[str, str]] | None,
            r: DuformRules) -> str:
    """"de" at toks[k]: "I" when it can only be the resident and the one other person in reach ("Kontaktpersonen
    ringer til dig, og de taler om det" → "… og I taler om det"); "de" when it is a group named before it in the
    sentence without the resident ("de andre i huset siger, hvad de syntes"); "" (left out) when it may be a
    thing, several people, or someone the rules cannot see. Only with the analyser (plural nouns are known)."""
    if _pair_asks(toks, k, people, r):
        return "I"
    if not morph.available() and not _de_together(toks, k):
        return ""
    if k + 1 < len(toks) and toks[k + 1].low in ("andre", "øvrige") and morph.available():
        people.append(("G", "de andre"))
        return "de"  # "siger de andre i huset": the others, a group without the resident
    if k + 2 < len(toks) and _only(toks[k + 1].low, "adj") and _only(toks[k + 2].low, "n"):
        return "D"  # "holder de alkoholfri dage": a determiner
    if morph.available() and _thing_de(toks, k, people, prev, r):
        return "T"  # "Du gemmer nøglerne i skuffen, og du ved, hvor de er": the keys
    if morph.available() and any(_plural_thing(x) for x in toks[:k]):
        return ""  # "Er der penge tilbage, kommer de i din pung": a plural thing before it in the sentence may be «de»
    verb = toks[k + 1].low if k + 1 < len(toks) else ""
    before = toks[k - 1].low if k > 0 else ""
    if verb in ("er", "bliver", "var", "blev") or before in ("er", "bliver", "var", "blev"):
        return ""  # "Er de stadig ikke taget …": pills, maybe
    kinds = {p[0] for p in people}
    if "G" in kinds and "R" not in kinds and ("G", "de andre") in people:
        return "de"
    if "(" in toks[k].sep or before == "hvad":
        return ""  # "noterer vagten, hvad de selv ser", "(de har turnering)": staff or a club, maybe not the pair
    scope = list(people)
    if not ("R" in kinds and "O" in kinds):
        if prev is None:
            return ""
        scope += prev
    others = {p[1] for p in scope if p[0] == "O"}
    if _acting_together(toks, k):
        scope = [p for p in scope if p[0] != "P"]  # «De finder sammen …»: things do nothing together
    if not morph.available():  # an -er word the lists took for a plural noun may be the verb ("tæller de sammen");
        # a definite plural ("kuverterne") stays a thing «de» may be
        scope = [p for p in scope if not (p[0] == "P" and p[1].endswith("er"))]
    if not any(p[0] == "R" for p in scope) or len(others) != 1 or any(p[0] in ("G", "P") for p in scope):
        return ""
    return "I"
