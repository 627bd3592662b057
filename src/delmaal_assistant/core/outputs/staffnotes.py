"""Staff named in hurried notes, made into words the rules already say (issue 24, "Dit delmål"): before the du-form
rules read a delmål, every text the resident may see gets

1. **staff initials said by their role** – initials the delmål itself defines as ours («bostøtte (RN)», «RN
   (bostøtte)», «din bostøtte (bostøtte = RN)», «kp RN», or listed alone as who documents) become the role's
   definite form («bostøtten» → «din bostøtte», «KP» → «din kontaktperson», «medarbejderen» → «en af os»): the
   resident does not know «RN». Initials of nobody the delmål defines are left as written (a sentence with them is
   left out by `easyread`: it is unclear who they are);
2. **the resident's initials in every form** – for a double first name («Anne-Marie», «Karl Erik») the forms
   «A-M», «A.-M.», «A.M.», «AM» are the resident's name as the wording writes it (never initials the delmål defines
   as staff, nor an actor's);
3. **a bare role word said with its article** – «Dagvagt siger …», «Kp/medarb. sidder med …», «…, venter nattevagt
   10 minutter», «med kontaktperson» become «Dagvagten siger …», «Medarbejderen sidder med …» (two roles joined by
   «/» are one of us), «…, venter nattevagten …», «med kontaktpersonen»: only a word of duform.toml [staff_bare],
   only as a subject before a finite verb, after «verb» following a comma, or after «med»/«hos».

Nothing here guesses: a form not matched stays as written and the rules decide on it as before. No UI here.
"""

from __future__ import annotations

import re

from delmaal_assistant.core.model import Delmaal
from delmaal_assistant.core.outputs import morph
from delmaal_assistant.core.outputs.duform.resident import _ACRONYMS
from delmaal_assistant.core.outputs.duform.rules import DuformRules, rx
from delmaal_assistant.core.outputs.duform.sentences import _T, _finite

_L = "A-Za-zÆØÅæøåÉéÜüÖöÄä"
_CAP = "A-ZÆØÅ"
#: a person's initials: two or three capitals, not inside a word, not a compound's part («KP-samtale»)
_INI = rf"(?<![{_L}0-9.'’-])[{_CAP}]{{2,3}}(?![{_L}0-9'’-])"
#: a determiner before a role («din bostøtte»): part of the role phrase the initials stand beside
_DET = r"(?:(?:[Dd]in|[Ss]in|[Hh]ans|[Hh]endes|[Vv]ores|[Dd]en)\s+)?"
#: where a role word is a title before initials («Kp RN ringer», «…, bostøtte RN går med», «med kp RN»): at a
#: sentence's or clause's start or after a preposition – never after an article («kører en medarbejder MS»: MS is
#: whom the staff member drives)
_TITLE_AT = (r"(?:^|(?<=[.!?:;(,]\s)|(?<=\n)|(?<=[.!?:;(,]\s\s)|(?<=\bmed\s)|(?<=\btil\s)|(?<=\bhos\s)|(?<=\bog\s)"
             r"|(?<=\bfra\s))")
#: how each role's definite form is said in the genitive (the rules say «bostøttens» → «din bostøttes»)
_GENITIVE = {"KP": "KP's"}
#: role words that also name the service or the staff as a whole («lejlighed med bostøtte», «hos personale»): never
#: made definite after «med»/«hos»
_SERVICES = frozenset({"bostøtten", "personalet"})
#: finite verbs after which the bare role is no subject of an action («Bostøtte er bevilget», «pædagog blev hun»)
_COPULA = frozenset({"er", "var", "bliver", "blev", "hedder", "kaldes"})


_ROLES: dict[tuple[int, bool], tuple[DuformRules, str]] = {}


def _role_pattern(r: DuformRules, bare: bool = False) -> str:
    """Every staff role word of [staff_bare], bare or definite («bostøtte», «bostøtten», «kp», «medarb.»); only the
    bare ones with `bare` (a title before initials: «kp RN», «bostøtte RN» – «minder kontaktpersonen LM om …» is
    two objects, not a title). Kept per rules (issue 28)."""
    hit = _ROLES.get((id(r), bare))
    if hit is not None and hit[0] is r:
        return hit[1]
    out = _role_pattern_of(r, bare)
    _ROLES[(id(r), bare)] = (r, out)
    return out


def _role_pattern_of(r: DuformRules, bare: bool) -> str:
    words = set(r.staff_bare) | (set() if bare else {v.lower() for v in r.staff_bare.values()})
    dotted = {a.lower() for a in r.title_abbreviations}
    alts = "|".join(re.escape(w) + (r"\.?" if w in dotted else "") for w in sorted(words, key=len, reverse=True))
    return rf"(?<![{_L}.-])(?i:{alts})(?![{_L}-])"


def _token(role: str, r: DuformRules) -> str:
    """A role word as written → its definite form the rules say («kp» → «KP», «Bostøtte» → «bostøtten»)."""
    low = role.lower().rstrip(".")
    if low in r.staff_bare:
        return r.staff_bare[low]
    return next((v for v in r.staff_bare.values() if v.lower() == low), "")


def _capital_at(text: str, start: int, word: str) -> str:
    """`word` with a capital where a sentence begins at `start`."""
    if re.search(r"(?:^|[.!?:]\s+|\n\s*)$", text[:start]) and not word.isupper():
        return word[:1].upper() + word[1:]
    return word


def known_capitals(r: DuformRules) -> frozenset[str]:
    """Capitals that are a word or an abbreviation the rules know, never a person's initials."""
    return _known_words(r)


_KNOWN: dict[int, tuple[DuformRules, frozenset[str]]] = {}


def _known_words(r: DuformRules) -> frozenset[str]:
    """Capitals that are a word or an abbreviation the rules know, never a person's initials (kept per rules)."""
    hit = _KNOWN.get(id(r))
    if hit is not None and hit[0] is r:
        return hit[1]
    out = frozenset({a.rstrip(".").upper() for a in (*r.abbreviations, *r.staff_only_exact, *r.title_abbreviations)}
                    | {k for k in r.plain if k.isupper()} | {w.upper() for w in r.outside if len(w) <= 3}
                    | set(_ACRONYMS) | {k.upper() for k in r.staff_bare if len(k) <= 3})
    _KNOWN[id(r)] = (r, out)
    return out


def staff_initials(texts: list[str], who: str, r: DuformRules, not_staff: set[str],
                   words: frozenset[str] = frozenset()) -> dict[str, str]:
    """The initials the delmål defines as our staff → the definite role word they are said by. `who`: the
    documentation's «who» (initials listed there alone are ours). Initials defined with two different roles are
    «medarbejderen» (one of us either way); `not_staff` (the resident's, an actor's) never. Initials that are also a
    word the rules know (`words`: «TV», «PC», «AA») only where the delmål defines them beside a role in a
    parenthesis («bostøtten (TV)», «TV (bostøtte)», «(bostøtte = TV)») – a title before them («kp TV») or a
    «who» listing them is no certain definition of a word that is also a thing."""
    role, title = _role_pattern(r), _role_pattern(r, bare=True)
    defs: dict[str, set[str]] = {}
    for t in (*texts, who):
        t = t or ""
        for n, pattern in enumerate((rf"\(\s*{_DET}(?P<role>{role})\s*[=:]\s*(?P<ini>{_INI})\s*\)",   # «(bostøtte = RN)»
                                rf"{_DET}(?P<role>{role})\s*\(\s*(?P<ini>{_INI})\s*\)",          # «bostøtte (RN)»
                                rf"(?P<ini>{_INI})\s*\(\s*{_DET}(?P<role>{role})\s*\)",          # «RN (bostøtte)»
                                rf"{_TITLE_AT}{_DET}(?P<role>{title})\s*[=:]?\s+(?P<ini>{_INI})")):  # «kp RN»
            for m in rx(pattern).finditer(t):
                tok = _token(m.group("role"), r)
                if tok and (m.group("ini") not in words or n < 3):
                    defs.setdefault(m.group("ini"), set()).add(tok)
    # who documents: initials listed alone («RN», «RN/TS», «RN og TS») are ours, their role not said there
    bare = re.sub(rf"{_INI}|\([^()]*\)|\b(?:og|eller|samt)\b|[/,&.;:+\s-]", "", who or "")
    listed = set(re.findall(_INI, who or "")) if not bare.strip() else set()
    every = " ".join(texts).lower()
    unit = _unit_role(every, r)
    for ini in listed - words:
        defs.setdefault(ini, {unit})  # (a role the delmål gives them elsewhere is the one said)
    out = {}
    for ini, toks in defs.items():
        if ini in not_staff:
            continue
        out[ini] = next(iter(toks)) if len(toks) == 1 else _one_of_us(r)
    return out


def _one_of_us(r: DuformRules) -> str:
    """The definite role word the rules say as «en af os» ([staff_bare] «medarbejder»)."""
    return r.staff_bare.get("medarbejder", "medarbejderen")


def _unit_role(every: str, r: DuformRules) -> str:
    """How the delmål's unit calls the staff who work with the resident, when initials say no role: «bostøtten»
    where the delmål speaks only of bostøtte (the resident's own support worker), else one of us."""
    bost = bool(re.search(r"(?<![\wæøå])bostøtte", every))
    other = bool(re.search(r"(?<![\wæøå])(?:kontaktperson|kp|pædagog|pæd\.|personale|medarbejder|medarb\.|"
                           r"\w*vagt)", every))
    return r.staff_bare.get("bostøtte", "bostøtten") if bost and not other else _one_of_us(r)


def say_staff_initials(t: str, names: dict[str, str], r: DuformRules, words: frozenset[str] = frozenset()) -> str:
    """`t` with each staff initials of `names` said by its role word: a definition beside a role goes («din bostøtte
    (bostøtte = RN)» → «din bostøtte», «bostøtte (RN)» → «bostøtte»), «RN (bostøtte)», «kp RN» and «RN» alone are the
    role's definite form («bostøtten»), «RN's» its genitive. Initials that are also a known word (`words`: «TV») only
    where they are a person acting (`_acting`); elsewhere they stay, and `easyread` leaves the sentence out."""
    if not names or not t:
        return t
    role, title = _role_pattern(r), _role_pattern(r, bare=True)
    for ini, tok in names.items():
        q = re.escape(ini)
        e = rf"(?<![{_L}0-9.'’-]){q}(?![{_L}0-9'’-])"
        g = rf"(?<![{_L}0-9.'’-]){q}(?:'s|’s)(?![{_L}])"
        t = re.sub(rf"\s*\(\s*{_DET}(?:{role})\s*[=:]\s*{e}\s*\)", "", t)
        t = re.sub(rf"({_DET}(?:{role}))\s*\(\s*{e}\s*\)", r"\1", t)
        t = re.sub(rf"{e}\s*\(\s*{_DET}(?:{role})\s*\)", ini, t)
        if ini in words:
            t = re.sub(e, lambda m: _capital_at(m.string, m.start(), tok) if _acting(m, r) else m.group(0), t)
            continue
        t = re.sub(rf"{_TITLE_AT}{_DET}(?:{title})\s*[=:]?\s+{e}", ini, t)
        gen = _GENITIVE.get(tok, tok + "s")
        t = re.sub(g, lambda m: _capital_at(m.string, m.start(), gen), t)
        t = re.sub(e, lambda m: _capital_at(m.string, m.start(), tok), t)
    return t


#: where a clause begins: a subject may follow («…, og TV går», «når TV peger»)
_CLAUSE_START = re.compile(r"(?:^|[.!?:;,]\s*|\n\s*|(?<![\wæøå])(?:og|men|eller|når|hvis|mens|så|at|fordi|før|indtil|"
                           r"inden|da|der|som)\s+)$", re.IGNORECASE)
#: pronouns and the like that are a subject before their verb: the capitals after that verb are its object
_SUBJECT_WORDS = frozenset({"jeg", "du", "han", "hun", "vi", "i", "de", "man", "den", "det", "der", "hvem", "som"})
#: verbs that take a thing named in capitals as their object («ser TV», «tænder TV», «tager PC'en»): after them the
#: capitals are never said as a person
_THING_VERBS = frozenset({"ser", "se", "så", "kigger", "kiggede", "tænder", "tændte", "slukker", "slukkede", "har",
                          "havde", "får", "fik", "køber", "købte", "sætter", "satte", "tager", "tog", "bruger", "brugte",
                          "skruer", "skruede", "låner", "lånte", "henter", "hentede", "bestiller", "finder",
                          "fandt", "flytter", "vil", "skal", "kan", "må", "elsker", "hader", "lukker", "åbner",
                          "starter", "stopper", "lader", "oplader", "taber", "tabte", "hører", "hørte", "spiller"})


def _acting(m: re.Match, r: DuformRules) -> bool:
    """The capitals at `m` are a person acting: the subject where a clause begins, before its finite verb («TV viser
    …», «…, og TV går med», «når TV peger»), or the subject after a fronted adverbial and its finite verb («Ved kassen
    står TV bagved», «…, spørger TV med billede») – never after a subject and its verb, nor after a verb that takes a
    thing («ser TV»), nor before a word that makes it a thing («TV'et», «TV-stuen»)."""
    text, start, end = m.string, m.start(), m.end()
    nxt = re.match(rf"\s+([{_L}]+)", text[end:])
    if _CLAUSE_START.search(text[:start]) and nxt and _finite_here(nxt.group(1), r) \
            and nxt.group(1).lower() not in _COPULA:
        return True
    before = re.findall(rf"[{_L}'’]+|[.!?:;,]", text[:start])
    if len(before) < 2:
        return False
    verb, head = before[-1], before[-2]
    if verb.lower() in _THING_VERBS or verb.lower() in r.prepositions or not _finite_here(verb, r):
        return False
    low = head.lower()
    if low in _SUBJECT_WORDS:
        return False  # «du ser TV»: the capitals are the object
    if head[:1].isupper() and low not in r.adverbials and low not in r.adverbs:
        return False  # «Anne ser TV», «og A-M hører TV»: a name before the verb is its subject
    after = text[end:]
    return bool(re.match(r"\s*(?:[,.;:!?]|$)", after)) or bool(
        nxt and (nxt.group(1).lower() in r.prepositions or nxt.group(1).lower() in r.adverbs
                 or nxt.group(1).lower() in {"bagved", "udenfor", "indenfor", "foran", "næste", "kl", "tilbage",
                                             "først", "bagefter", "derefter", "hjem"}))


def resident_initials(wording: str, every: str, not_theirs: set[str]) -> tuple[str, str]:
    """For a resident with a double first name in the wording («At Anne-Marie …», «At Karl Erik …»): a pattern for
    their initials in every form («A-M», «A.-M.», «A.M.», «AM»; without what follows them) and the name to say
    instead. Only when the initials are no staff's, actor's or known word (`not_theirs`) and no other person in the
    delmål has a double name with the same letters. A wording that names the resident by hyphenated initials («At
    A.-M. …», «At A-M …») makes every hyphenated form the undotted one the rules find the resident by («AM»); dotted
    initials without a hyphen («At A.J. …») the rules already find. ("", "") when none."""
    m = re.match(rf"\s*[Aa]t\s+(?P<a>[{_CAP}][a-zæøå]+)(?P<sep>-|\s)(?P<b>[{_CAP}][a-zæøå]+)\b", wording or "")
    ini = re.match(rf"\s*[Aa]t\s+(?P<a>[{_CAP}])\.?\s?-\s?(?P<b>[{_CAP}])\.?\s", wording or "")
    before = rf"(?<![{_L}0-9.'’´-])"
    if ini:  # «At A.-M. …»: every hyphenated form is «AM»
        a, b = ini.group("a"), ini.group("b")
        if a + b in not_theirs:
            return "", ""
        return rf"{before}{a}\.?\s?-\s?{b}\.?", a + b
    if not m:
        return "", ""
    name = m.group(0)[m.start("a"):].strip()
    a, b = m.group("a")[0], m.group("b")[0]
    if a + b in not_theirs:
        return "", ""
    if {x for x in re.findall(rf"\b{a}[a-zæøå]+[-\s]{b}[a-zæøå]+\b", every) if x != name}:
        return "", ""
    return rf"{before}(?:{a}(?:\.\s?-?\s?|-){b}\.?|{a}{b})", name


def say_resident(t: str, core: str, name: str) -> str:
    """`t` with the resident's initials (`core`, from `resident_initials`) said by `name`, also in the genitive
    («A-M's», «A.M.s» → «Anne-Maries»); a period that both ends dotted initials and the sentence («… med A.-M.
    Bagefter …») stays as the sentence's end, one after undotted ones («… med A-M.») is the sentence's."""
    if not core or not t:
        return t
    gen = name + ("'s" if name.isupper() else "s")
    t = re.sub(rf"(?:{core})(?:['’´]s|(?<=\.)s)(?![{_L}])", gen, t)

    def one(m: re.Match) -> str:
        x = m.group(0)
        if not x.endswith("."):
            return name
        rest = m.string[m.end():]
        dotted = bool(re.match(r"[A-ZÆØÅ]\.", x))
        ends = not rest.strip() or bool(re.match(r"\s+[A-ZÆØÅ\"«]", rest))
        return name + "." if (ends or not dotted) else name

    return re.sub(rf"(?:{core})(?![{_L}0-9'’´-])", one, t)


def _finite_here(word: str, r: DuformRules) -> bool:
    low = word.lower()
    if low in _COPULA or low in r.prepositions or low in r.adverbs or low in r.adverbials:
        return False
    if low in r.irregular_finite or low in r.s_verbs:
        return True
    if morph.available():
        rs = morph.readings(low)
        return any(x.startswith("vb") and ".pres" in x for x in rs) and not low.endswith("es")
    return _finite(_T(low, " "), r) and not low.endswith("es")


def _named_after(m: re.Match) -> bool:
    """The role word is a title before a name («kontaktperson Morten», «pæd. Lis»): the name says who, as written."""
    return bool(re.match(rf"\s+[{_CAP}][a-zæøå]", m.string[m.end("role"):]))


def _sentence_ends(rest: str) -> bool:
    """What follows a period begins a new sentence (or nothing follows)."""
    return not rest.strip() or bool(re.match(r"\s*\n|\s+[A-ZÆØÅ0-9\"«“]", rest))


def say_bare_roles(t: str, r: DuformRules) -> str:
    """`t` with each bare staff role word that acts («Dagvagt siger …», «…, venter nattevagt …», «Kp/medarb. sidder
    …») or is with someone («med kontaktperson») said by its definite form."""
    if not t:
        return t
    # written short with a period: a title («kp.») or a shortening read on after («bst. den 2.»): the period is the
    # word's, kept only where it ends the sentence too (`pair`)
    dotted = {a.lower() for a in (*r.title_abbreviations, *r.lower_after_abbreviations)}
    bare = "|".join(re.escape(w) + (r"\.?" if w in dotted else "") for w in sorted(r.staff_bare, key=len, reverse=True))
    one = rf"(?<![{_L}.-])(?i:{bare})(?![{_L}-])"

    def pair(m: re.Match) -> str:
        toks = {_token(x, r) for x in re.split(r"\s*/\s*", m.group("role"))}
        tok = next(iter(toks)) if len(toks) == 1 else _one_of_us(r)
        if m.group("role").endswith(".") and _sentence_ends(m.string[m.end("role"):]):
            tok += "."  # «… med kp. Torsdag …»: the period ended the sentence too
        return tok

    def first(m: re.Match) -> str:
        if not _finite_here(m.group("v"), r):
            return m.group(0)
        nxt = re.match(r"\s+([a-zæøå]+)(?![\wæøå])", m.string[m.end():])
        if nxt and (nxt.group(1) in r.irregular_finite or nxt.group(1) in ("er", "har", "var", "kan", "skal", "vil")):
            return m.group(0)  # «Pæd. leder er med …»: the word after the title is a noun before its verb – as written
        tok = pair(m)
        return (tok[:1].upper() + tok[1:]) + m.group("sp") + m.group("v")

    t = rx(rf"(?:^|(?<=[.!?:]\s)|(?<=\n)|(?<=[.!?:]\s\s))(?P<role>{one}(?:\s*/\s*{one})*)(?P<sp>\s+)"
           rf"(?P<v>[a-zæøå]+)(?![{_L}-])").sub(first, t)

    def inverted(m: re.Match) -> str:
        if not _finite_here(m.group("v"), r) or _named_after(m):
            return m.group(0)
        return m.group("head") + pair(m)

    t = rx(rf"(?P<head>,\s+(?P<v>[a-zæøå]+)\s+)(?P<role>{one}(?:\s*/\s*{one})*)").sub(inverted, t)

    def after_break(m: re.Match) -> str:
        if not _finite_here(m.group("v"), r):
            return m.group(0)
        # the part before the break a clause with its verb («Du dækker bord, …»), never a verbless note
        # («Tandbørstning hver aften, aftenvagt tæller …»: the sentence stays a note and is left out as one)
        before = re.split(r"[.!?]\s|\n", m.string[:m.start()])[-1]
        if not any(_finite_here(w, r) for w in re.findall(r"[a-zæøåA-ZÆØÅ]+", before)):
            return m.group(0)
        return m.group("head") + pair(m) + m.group("sp") + m.group("v")

    # the subject of a clause after a comma, semicolon or dash («Du dækker bord, aftenvagt henter maden.», «…; nattevagt
    # kigger ind»): the same role as at a sentence's start (a list of people has no verb after the role: «Kim,
    # aftenvagt og Ole spiser …»)
    t = re.sub(rf"(?P<head>(?:[,;]|\s[–-])\s+)(?P<role>{one}(?:\s*/\s*{one})*)(?P<sp>\s+)(?P<v>[a-zæøå]+)(?![{_L}-])",
               after_break, t)
    # after «med»/«hos» only a person («med kontaktperson»): «bor i egen lejlighed med bostøtte» is the service
    person = "|".join(re.escape(w) + (r"\.?" if w in dotted else "") for w in sorted(r.staff_bare, key=len, reverse=True)
                      if r.staff_bare[w].lower() not in _SERVICES)
    who = rf"(?<![{_L}.-])(?i:{person})(?![{_L}-])"
    t = rx(rf"(?P<head>(?<![{_L}])(?:med|hos)\s+)(?P<role>{who}(?:\s*/\s*{who})*)").sub(
        lambda m: m.group(0) if _named_after(m) else m.group("head") + pair(m), t)
    return t


def _staff_of(d: Delmaal, r: DuformRules, actor_words: set[str]):
    """The texts the resident may see, the known capitals, the actors' capitals, the wording's subject and the staff
    initials the delmål defines (`staff_initials`)."""
    c = d.collaboration
    texts = [d.title, d.wording, d.measurement, d.indsats.actions, d.indsats.when_resident_wants_otherwise,
             c.agreement, c.resident_attitude, c.professional_justification,
             *(m.description for m in d.methods), *(a.name for a in d.external_actors),
             *(a.how for a in d.external_actors), *(lvl.what_we_see for lvl in d.indicators.levels),
             *(lvl.how_we_support for lvl in d.indicators.levels)]
    texts = [t or "" for t in texts]
    known = _known_words(r)
    m = re.match(rf"\s*[Aa]t\s+(?P<s>[{_CAP}][{_L}.-]*)", d.wording or "")
    subject = re.sub(r"[.\s-]", "", m.group("s")) if m else ""
    actors = {x for a in d.external_actors for x in re.findall(_INI, a.name)} | actor_words
    things = _thing_words(r)
    staff = staff_initials(texts, d.documentation.who, r, actors | {subject} | (known - things), things)
    return texts, known, actors, subject, staff


_THINGS: dict[int, tuple[DuformRules, frozenset[str]]] = {}


def _thing_words(r: DuformRules) -> frozenset[str]:
    """Known capitals that are a thing or a word, never a staff title («TV», «PC», «OK», «AA»): initials the delmål
    may also give a person. Staff titles and abbreviations («SSA», «KP», «SOSU») and words said plainly («ADL», «PN»)
    are never anyone's initials. Kept per rules, as `_known_words` (it was made again for every text said: a third
    of the CPU of "Dit delmål", issue 28)."""
    hit = _THINGS.get(id(r))
    if hit is not None and hit[0] is r:
        return hit[1]
    titles = {a.rstrip(".").upper() for a in (*r.title_abbreviations, *r.abbreviations, *r.staff_only_exact)}
    never = titles | {k.upper() for k in r.plain} | {k.upper() for k in r.staff_bare} \
        | {"SSA", "SSH", "SOSU", "KP", "DP", "PN"}
    out = frozenset(a for a in _ACRONYMS if a not in never)
    _THINGS[id(r)] = (r, out)
    return out


def word_initials(d: Delmaal, r: DuformRules) -> frozenset[str]:
    """Staff initials that are also a word the rules know («bostøtten (TV)»): where `staff_named` did not say them
    by their role (not a person acting there) they are a person the resident does not know – never the word."""
    _texts, known, _actors, _subject, staff = _staff_of(d, r, set())
    return frozenset(i for i in staff if i in known)


def staff_named(d: Delmaal, r: DuformRules, actor_words: set[str]) -> Delmaal:
    """The delmål with staff initials, the resident's initials and bare role words said as the rules can say them
    (module doc), in every text the resident may see."""
    c = d.collaboration
    texts, known, actors, subject, staff = _staff_of(d, r, actor_words)
    core, name = resident_initials(d.wording, " ".join(texts), set(staff) | known | actors)

    def said(t: str) -> str:
        t = say_staff_initials(t, staff, r, _thing_words(r))
        t = say_resident(t, core, name)
        return say_bare_roles(t, r)

    if not staff and not core and not any(rx(_role_pattern(r)).search(t) for t in texts):
        return d
    return d.model_copy(update={
        "title": said(d.title), "wording": said(d.wording), "measurement": said(d.measurement),
        "indsats": d.indsats.model_copy(update={"actions": said(d.indsats.actions),
                                                "when_resident_wants_otherwise":
                                                    said(d.indsats.when_resident_wants_otherwise)}),
        "methods": [x.model_copy(update={"description": said(x.description)}) for x in d.methods],
        "external_actors": [a.model_copy(update={"how": said(a.how)}) for a in d.external_actors],
        "indicators": d.indicators.model_copy(update={"levels": [
            lvl.model_copy(update={"what_we_see": said(lvl.what_we_see), "how_we_support": said(lvl.how_we_support)})
            for lvl in d.indicators.levels]}),
        "collaboration": c.model_copy(update={"resident_attitude": said(c.resident_attitude),
                                              "agreement": said(c.agreement),
                                              "professional_justification": said(c.professional_justification)}),
    })
