"""Who the resident is in a delmål: the subject of "At …" (or "Jeg …"), with han/hun when the texts show it."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from delmaal_assistant.core.outputs import morph
from delmaal_assistant.core.outputs.duform.rules import _LETTER, _WORD, DuformRules, rules, rx
from delmaal_assistant.core.outputs.duform.sentences import _T, _finite, _sentences, mask_abbreviations


@dataclass(frozen=True)
class Resident:
    """Who the resident is in this delmål: `names` are the words that mean them (case as written; generic words
    such as "beboeren" are always included), `gender` is "han", "hun" or "" (unknown), `first_person` when the
    texts are the resident's own words ("Jeg …")."""

    names: tuple[str, ...] = ()
    gender: str = ""
    first_person: bool = False
    #: names that may be the resident's own (the wording says "den unge"; another field has "Sofie vælger …") but
    #: are not certain: a sentence with one is left out, never said in the third person nor as "du"
    maybe: tuple[str, ...] = ()
    ours: bool = True   # False in an external actor's text: its staff are not "vi"/"en af os"
    known: tuple[str, ...] = ()  # other people's names the delmål gives (its external actors: "Veninden Trine")
    sole: bool = False  # nobody else in the text (and its context) can be a han/hun like the resident (sole_gender)
    #: the wording names the resident only by «han»/«hun» ("At hun selv børster tænder …"): no name is known, so a
    #: first name elsewhere may be the resident («Henrik») – a sentence with one that is not an actor's is left out
    by_pronoun: bool = False

    @property
    def name(self) -> str:
        return self.names[0] if self.names else ""


def lower_case_name(name: str) -> re.Pattern[str] | None:
    """The resident's first name as hurried staff type it in lower case («når hanne har …»), as a pattern – None when
    the name is no capitalised word of three letters or more, or its lower-case form is a Danish word the analyser
    knows («rose», «mark»: matched only as written)."""
    if not re.fullmatch(r"[A-ZÆØÅ][a-zæøå]{2,}", name) or morph.readings(name.lower()):
        return None
    return rx(rf"(?<![\wæøå-]){name.lower()}(?![\wæøå-])")


def resident_texts(d) -> tuple[str, ...]:
    """The texts of a delmål besides its wording that speak of the resident (the indsats, the measurement, the
    external actors, the indicator levels): where `find_resident` looks for han/hun. One list for "Dit delmål" and
    meeting mode."""
    return (d.indsats.actions, d.indsats.when_resident_wants_otherwise, d.measurement,
            *(f"{a.name} {a.how}" for a in d.external_actors), *(lvl.what_we_see for lvl in d.indicators.levels))


_AT_SUBJECT = re.compile(rf"^\s*[\"«“]?\s*At\s+([A-ZÆØÅ](?:\.\s?[A-ZÆØÅ])+\.?|(?:[A-ZÆØÅ][{_LETTER}]*"
                         rf"(?:-[A-ZÆØÅ][{_LETTER}]*)?\.?)(?:\s+[A-ZÆØÅ][{_LETTER}]+(?=\s+[a-zæøå]))?)")
_INITIALS = re.compile(r"^[A-ZÆØÅ]{2,3}$")
#: initials as a wording's first word, with or without periods and spaces («B.K.», «K. L.», «KL», «T.»), then a word
_BARE_INITIALS = re.compile(r"^[\"«“]?\s*([A-ZÆØÅ](?:\.\s?[A-ZÆØÅ]){1,2}\.?|[A-ZÆØÅ]{2,3}|[A-ZÆØÅ]\.)"
                            r"\s+(?:selv\s+|ikke\s+|altid\s+)?([a-zæøå]+)\b")


#: a fronted time phrase (up to four words, no comma), its finite verb, then the subject: a name or initials
_FRONTED = re.compile(rf"^[\"«“]?\s*(?P<front>[A-ZÆØÅ][{_LETTER}.]*(?:\s+[{_LETTER}0-9.]+){{0,3}}?)\s+(?P<v>[a-zæøå]+)\s+"
                      rf"(?P<n>[A-ZÆØÅ](?:\.\s?[A-ZÆØÅ]){{1,2}}\.?|[A-ZÆØÅ]{{2,3}}|[A-ZÆØÅ]\.|[A-ZÆØÅ][a-zæøå]+)"
                      rf"(?=[\s.,]|$)")


def _time_front(front: str) -> bool:
    """A fronted phrase that says when: «Hver onsdag», «Mandag og torsdag», «Om morgenen», «Efter frokosten»."""
    words = front.lower().split() + [""]
    if _is_time(words[0]):
        return True
    return words[0] in ("om", "på", "i", "efter", "fra", "inden", "før") and (
        _is_time(words[1]) or words[1].endswith(("middagen", "maden", "frokosten", "natten", "morgenen", "aftenen")))


def _initials_subject(ini: str, verb: str, r: DuformRules) -> bool:
    """`ini` («KL», «B.K.», «T.») before `verb` is a person's initials as the clause's subject: the verb is finite, and
    capitals without periods are no word in capitals («SSA», «KP», «JC»: an acronym or a staff abbreviation)."""
    if not (_finite(_T(verb, " "), r) or verb in r.irregular_finite):
        return False
    if "." not in ini and (ini in _ACRONYMS or ini in r.abbreviations or ini.lower() in r.staff
                           or ini.lower() in r.others):
        return False
    return True


#: the verbs after the resident as the first subject of their own account ("Sofie siger …", "S.B. kan ikke …")
SAYS_VERBS = ("siger|fortæller|vil|har|er|synes|ønsker|glæder|ved|kan|mener|sagde|fortalte|blev|var|deltog|deltager|"
              "pegede|peger|smiler|smilede|nikker|nikkede")
_SAYS = re.compile(rf"(?:^|[.!?]\s+)([A-ZÆØÅ][{_LETTER}]+(?:-[A-ZÆØÅ][{_LETTER}]+)?)\s+(?:{SAYS_VERBS})\b")
_AGREED = re.compile(rf"\b[Aa]ftalt\b(?:[^.]|(?<=\d)\.){{0,60}}?\bmed ([A-ZÆØÅ][{_LETTER}]+(?:-[A-ZÆØÅ][{_LETTER}]+)?)\b")


def _told_by(text: str, texts: tuple[str, ...], generic: frozenset[str] = frozenset()) -> list[str]:
    """The names that tell or agree in the resident's own account ("Sofie siger …", "Aftalt … med Sofie"), in
    order – only words that are names: "Aftalt ved samtale …" is a participle before "ved", not someone called
    Aftalt. A name is one the analyser knows as a first name, or (a word it does not know at all, or without the
    analyser) one written with its capital inside a sentence too ("med Noah"); never the resident's role word
    (`generic`: "Borgeren siger …" – the wording's "borgeren" is the resident already)."""
    out = []
    for rx in (_SAYS, _AGREED):
        for m in rx.finditer(mask_abbreviations(text or "")):  # "Medarb. Kurt siger …": no sentence start
            n = m.group(1)
            if n.lower() in generic:
                continue  # "Borgeren siger …": the role word again, not a name
            if (morph.available() and morph.name_gender(n) is not None) or (
                    re.fullmatch(r"[A-ZÆØÅ]{2,3}", n) and n not in _ACRONYMS):
                out.append(n)  # (capital initials: "KL er positiv …", never "SSA")
            elif (not morph.available() or not morph.readings(n.lower())) and any(
                    re.search(rf"[\w,] {re.escape(n)}(?![\w-])", t or "") for t in texts):
                out.append(n)
    return out


def wording_as_written(wording: str) -> str:
    """The wording as "At …" would be written: a lower-case «at Maja …», «at beboeren …» gets its capital, a lead-in
    («Målet er, at …», «Delmål: at …») goes (the resident is found, and the sentence said, as for «At Maja …»)."""
    w = (wording or "").strip()
    # a lead-in before the «at»-clause: «Målet er, at Maja …», «Delmål: at Maja …», a bullet «- at Maja …»
    w = re.sub(r"^(?:[-–•*]\s+)?(?:(?:Del)?[Mm]ål(?:et)?(?:\s+er)?\s*[:,]?\s*)?(?=[\"«“]?\s*[Aa]t\s)", "", w)
    w = _goal_lead_in(w, rules())
    w = _staff_view(w, rules())
    w = _helped(w, rules())
    return re.sub(r"^([\"«“]?\s*)at(?=\s)", r"\1At", w)


#: the staff's perspective with no subject: «Støtte borgeren i at …», «At hjælpe den unge med selv at …», «Guide
#: Maja til at …» – an infinitive of a support verb, the one helped, «i/med/til/om (selv/ikke) at»
_STAFF_VIEW = re.compile(rf"^(?P<q>[\"«“]?\s*)(?:[Aa]t\s+)?(?P<v>[A-ZÆØÅa-zæøå][a-zæøå]+)\s+"
                         rf"(?P<x>den unge|[A-ZÆØÅa-zæøå][{_LETTER}]+(?:-[A-ZÆØÅ][{_LETTER}]+)?)"
                         rf"\s+(?:i|med|til|om)\s+(?:selv\s+|ikke\s+)?at\s")


#: the one helped as the subject of a passive support verb: «(At) beboeren støttes i at …», «Sofie hjælpes med at …»
_HELPED = re.compile(rf"^(?P<head>[\"«“]?\s*(?:[Aa]t\s+)?(?:den unge|[A-ZÆØÅa-zæøå][{_LETTER}]+))\s+"
                     rf"(?P<v>støttes|hjælpes|understøttes|guides|vejledes)\s+(?:i|med|til)\s+(?P<a>(?:selv\s+)?at)\s")


#: our own lead-in before the goal's «at»-clause: «Vi arbejder med, at …», «Vi arbejder hen imod at …», «Vi vil
#: gerne, at …», «Det er målet, at …» – what follows is the goal, written as «At X …»
_GOAL_LEAD = re.compile(r"^(?:[-–•*]\s+)?(?:Vi\s+(?:arbejder|arbejde)\s+(?:med|på|for|hen\s*imod)|Vi\s+vil\s+gerne|"
                        r"Det\s+er\s+(?:del)?målet)\s*,?\s*(?=at\s)")

#: «Vi støtter Maja i, at hun selv …»: the one helped, then an «at»-clause whose subject is a pronoun for them
_HELPED_THAT = re.compile(rf"^(?:[-–•*]\s+)?(?:Vi|Personalet|Medarbejderne)\s+(?P<v>[a-zæøå]+r)\s+"
                          rf"(?P<x>den unge|[A-ZÆØÅa-zæøå][{_LETTER}]+(?:-[A-ZÆØÅ][{_LETTER}]+)?)"
                          rf"\s+(?:i|med|til)\s*,?\s*at\s+(?:han|hun)\s+(?=\S)")


def _goal_lead_in(w: str, r: DuformRules) -> str:
    """The goal without our lead-in (`_GOAL_LEAD`): «Vi arbejder med, at Maja selv …» → «at Maja selv …»; and «Vi
    støtter Maja i, at hun selv …» → «at Maja selv …» when «Maja» is the only one named before the pronoun (a name or
    the resident's role word, never our staff or another person) and the verb is a support verb of [lists]."""
    roles = {" ".join(g) for g in (*r.generic_subjects, *r.wording_roles)}

    def one_helped(x: str) -> bool:  # a name or the resident's role word – never our staff («Kp»), nor another
        return x.lower() in roles or (x[:1].isupper() and x.lower() not in r.staff and x.lower() not in r.others
                                      and x not in r.abbreviations and x.lower() not in r.adverbials
                                      and x.lower().rstrip(".") not in r.staff_bare
                                      and x.lower() not in ("vi", "de", "han", "hun", "det", "der", "den", "man"))

    m = _GOAL_LEAD.match(w)
    if m:
        x = re.match(rf"at\s+(den unge|[{_LETTER}]+)", w[m.end():])
        return w[m.end():] if x and (one_helped(x.group(1)) or x.group(1) in ("han", "hun")) else w
    m = _HELPED_THAT.match(w)
    if not m or m.group("v").lower() not in r.support_verbs or not one_helped(m.group("x")):
        return w
    return f"at {m.group('x')} {w[m.end():]}"


def _helped(w: str, r: DuformRules) -> str:
    """«Beboeren støttes i at holde orden …» (no one said to help): «Beboeren får hjælp til at holde orden …» – true
    whoever helps; the resident is then the subject as in any «At X …» wording."""
    m = _HELPED.match(w)
    if not m:
        return w
    x = re.sub(r"^[\"«“]?\s*(?:[Aa]t\s+)?", "", m.group("head"))
    roles = {" ".join(g) for g in (*r.generic_subjects, *r.wording_roles)}
    if x.lower() not in roles and not (x[:1].isupper() and x.lower() not in r.staff and x.lower() not in r.others
                                       and x not in r.abbreviations and x.lower() not in r.adverbials
                                       and x.lower() not in ("vi", "de", "han", "hun", "det", "der", "den")):
        return w  # «Personalet støttes i at …»: our staff, not the resident
    return f"{m.group('head')} får hjælp til {m.group('a')} {w[m.end():]}"


def _staff_view(w: str, r: DuformRules) -> str:
    """A wording in the staff's perspective with no subject (`_STAFF_VIEW`) written with its subject, our staff:
    «Vi støtter borgeren i at …» – the resident is then the one helped (as for «Personalet støtter Maja i at …»)
    and the sentence is said «Vi hjælper dig med at …». Only a support verb of [lists] (its infinitive: the
    present tense without -r), never a verb the resident does («Øve sig i at …»: «sig» is no one helped)."""
    m = _STAFF_VIEW.match(w)
    if not m or m.group("v").lower() + "r" not in r.support_verbs:
        return w
    x = m.group("x")
    roles = {" ".join(g) for g in (*r.generic_subjects, *r.wording_roles)}
    if x.lower() not in roles and not (x[:1].isupper() and x.lower() not in r.staff and x.lower() not in r.others
                                       and x not in r.abbreviations and x.lower() not in r.adverbials):
        return w  # «Støtte op om at …»: no one helped named; «Støtte KP i at …»: not the resident
    return f"{m.group('q')}Vi {m.group('v').lower()}r {w[m.start('x'):]}"


def find_resident(wording: str, texts: tuple[str, ...] = (), lang: str = "da",
                  about: tuple[str, ...] = (), not_names: tuple[str, ...] = (),
                  pronoun: bool = False) -> Resident | None:
    """The resident from the wording "At X …" (a name, initials, "beboeren", "den unge" …) or "Jeg …"; None when
    the wording does not say who it is about. The gender is the han/hun that follows a mention of the resident in
    the texts with nobody else in between (unknown when both or neither are seen). With `pronoun`, "At hun …" /
    "At han …" is the resident too, known by gender only (`by_pronoun`)."""
    r = rules(lang)
    w = wording_as_written(wording)
    if re.match(r"^[\"«“]?\s*jeg\b", w, re.IGNORECASE):
        return Resident(("jeg",), "", True)
    m = re.match(r"^[\"«“]?\s*At\s+(han|hun)\s+\S", w)
    if pronoun and m:
        # "At han …" and "Aftalt med Henrik" / "Henrik siger …" in the resident's own account: Henrik is the
        # resident when the analyser knows the name as one of the same gender (never an actor's name)
        g = m.group(1)
        for text in about:
            for n in _told_by(text, (w, *texts, *about)):
                if n not in not_names and n.lower() not in r.others and morph.name_gender(n) == g:
                    return Resident((n,), g, False, by_pronoun=True)
        return Resident((), g, False, by_pronoun=True)
    low = w.lower()
    names: list[str] = []
    for g in (*r.generic_subjects, *r.wording_roles):  # «At barnet …»: the wording's role word (`wording_role`)
        if rx(r"^[\"«“]?\s*at\s+" + r"\s+".join(map(re.escape, g)) + r"\b").match(low):
            names.append(" ".join(g))
            break
        # without its «At»: «Den unge står selv op …», the role word first and a finite verb after it
        m = rx(r"^[\"«“]?\s*" + r"\s+".join(map(re.escape, g)) + r"\s+(?:selv\s+|ikke\s+)?([a-zæøå]+)\b").match(low)
        if m and (m.group(1) in r.irregular_finite or _finite(_T(m.group(1), " "), r)):
            names.append(" ".join(g))
            break
    if not names:
        m = _AT_SUBJECT.match(w)
        if m:
            cand = m.group(1).strip()
            first = cand.split()[0]
            if first.lower() in r.adverbs or first.lower() in {"vi", "personalet", "han", "hun", "der", "det"}:
                return None
            if first in r.abbreviations or first.lower() in r.staff or first.lower() in r.others:
                return None
            names.append(cand.rstrip("."))
            if " " in cand and not re.fullmatch(r"(?:[A-ZÆØÅ]\.\s?){2,3}", cand):
                # "Anne Marie": the first name alone is her too (never one letter of «K. L.»)
                names.append(first)
    if not names:
        # "Personalet støtter Maja i at …", "Vi hjælper beboeren med selv at …": our staff as subject, the resident
        # the one they help (found as for "At Maja …"; the sentence itself is said with «vi … dig»)
        m = re.match(rf"^\s*[\"«“]?\s*(\S+)\s+([a-zæøå]+)\s+"
                     rf"(den unge|[A-ZÆØÅa-zæøå][{_LETTER}]+(?:-[A-ZÆØÅ][{_LETTER}]+)?)"
                     rf"\s+(?:i|med|til|om)\s+(?:selv\s+|ikke\s+)?at\b", w)
        if m and (m.group(1) in r.abbreviations or m.group(1).lower() in r.staff or m.group(1).lower() == "vi") \
                and m.group(2) in r.support_verbs:
            cand = m.group(3)
            if cand.lower() in {" ".join(g) for g in (*r.generic_subjects, *r.wording_roles)}:
                names.append(cand.lower())
            elif cand[:1].isupper() and cand.lower() not in r.others and cand.lower() not in r.staff \
                    and cand not in r.abbreviations and cand.lower() not in r.adverbials:
                names.append(cand)
    if not names:
        # "B.K. møder ind …", "K. L. går …", "KL cykler …", "T. tager …": the resident's initials (or one initial
        # with its period) as the wording's subject before a finite verb, without «At» – as «At B.K. møder ind …»
        m = _BARE_INITIALS.match(w)
        if m and _initials_subject(m.group(1), m.group(2), r):
            names.append(m.group(1).rstrip("."))
    if not names:
        # "Sofie tager selv sin insulin …": a name, then a verb in the present tense
        m = re.match(rf"^\s*([A-ZÆØÅ][{_LETTER}]+(?:-[A-ZÆØÅ][{_LETTER}]+)?)\s+([a-zæøå]+)\b", w)
        if m and m.group(1).lower() not in r.adverbials and m.group(1).lower() not in (
                "vi", "personalet", "han", "hun", "der", "det", "den", "de", "du", "i", "målet", "delmålet",
                "formålet", "målsætningen", "planen", "indsatsen") and m.group(1) not in r.abbreviations \
                and m.group(1) not in _ACRONYMS \
                and m.group(1).lower() not in r.others and m.group(1).lower() not in r.staff \
                and m.group(1) not in not_names \
                and (_finite(_T(m.group(2), " "), r) or _role_word_as_verb(m.group(1), m.group(2), w, r)):
            names.append(m.group(1))
    if not names:
        # "Hver onsdag går Mette …", "Om morgenen tager KL selv …": a fronted time, the finite verb, then the name
        # or initials as the subject – only when the wording names nobody else (no other capitalised word after it)
        m = _FRONTED.match(w)
        if m and (_finite(_T(m.group("v"), " "), r) or m.group("v") in r.irregular_finite) \
                and _time_front(m.group("front")) and not re.search(r"[A-ZÆØÅ]", m.group("front")[1:]) \
                and not re.search(r"(?<=[\wæøå,] )[A-ZÆØÅ]", w[m.end("n"):]):
            n = m.group("n").rstrip(".")
            if re.fullmatch(r"[A-ZÆØÅ](?:\.\s?[A-ZÆØÅ]){0,2}|[A-ZÆØÅ]{2,3}", n):
                ok = _initials_subject(m.group("n"), m.group("v"), r) and ("." in m.group("n") or len(n) > 1)
            else:
                ok = n.lower() not in r.adverbials and n.lower() not in r.others and n.lower() not in r.staff \
                    and n not in r.abbreviations and n not in _ACRONYMS and n.lower() not in _FUNCTION_WORDS \
                    and (morph.name_gender(n) is not None or morph.listed_name_gender(n) is not None)
            if ok:
                names.append(n)
    if not names:
        return None
    initials = bool(re.fullmatch(r"(?:[A-ZÆØÅ]\.?){2,3}", names[0]))
    if names[0].lower() in {" ".join(g) for g in r.generic_subjects} or initials:
        # "At den unge …" (or "At T.H. …") but "Sofie siger, at …" / "Aftalt … med Sofie" in the resident's own
        # account: Sofie is the resident too (for initials only a name with the same first letter; never the
        # name of an external actor)
        generic = frozenset(" ".join(g) for g in r.generic_subjects)
        for n in (n for text in about for n in _told_by(text, (w, *texts, *about), generic)):
            # "KL er positiv …" in the resident's own account: capital initials are the resident too ("KL" is not
            # the clock word "kl." here; never "SSA" or a staff abbreviation like "KP")
            low1 = n if re.fullmatch(r"[A-ZÆØÅ]{2,3}", n) else n.lower()
            if low1 not in r.others and low1 not in r.staff \
                    and n not in r.abbreviations and low1 not in r.adverbials \
                    and n not in not_names and (not initials or n[0] == names[0][0]) \
                    and n.lower() not in ("vi", "han", "hun", "de", "det", "der", "den", "personalet"):
                names.append(n)
                break
    gender = _gender(names, (w, *texts, *about), r)
    first = names[0].split()[0]
    if gender and first[:1].isupper() and morph.name_gender(first) not in (None, "", gender):
        gender = ""  # "At Hanne …" and a «han» with nobody else named: the texts and the name disagree
    elif not gender:
        gender = _name_says(names, (w, *texts, *about), r)
    return Resident(tuple(names), gender, False)


def _role_word_as_verb(name: str, word: str, wording: str, r: DuformRules) -> bool:
    """«Mette træner i hallen …», «Jonas mødes med …»: right after a first name that opens the wording, a word the
    rules keep as a person's role or as no verb («træner», «vejleder») is the finite verb when it can be one – a role
    word stands before a name («træner Mette»), never bare after it. Only for a name the analyser or the [names] list
    knows as a first name, a word the analyser reads as a verb in the present tense (without it: a word in -er), and
    a wording that names nobody else (no other capitalised word after the name): else not guessed."""
    low = word.lower()
    if not (low in r.others or low in r.not_verbs or low.endswith("es")) or r.others.get(low):
        return False  # (a family word of one gender – «Jonas far …», a genitive without its «s» – is never a verb)
    if morph.name_gender(name) is None and morph.listed_name_gender(name) is None:
        return False
    if re.search(r"(?<=[\wæøå,] )[A-ZÆØÅ]", wording[len(name):]):
        return False
    if morph.available():
        return any(x.startswith(("vblex.pres", "vbmod", "vbser", "vbhaver")) for x in morph.readings(low))
    return low.endswith("er") and low in r.others


def _name_says(names: list[str], texts: tuple[str, ...], r: DuformRules) -> str:
    """The resident's gender by their first name ("Jonas" a man, "Hanne" a woman: the analyser's or the [names]
    list's) when the han/hun votes said nothing. Not when a han/hun of the other gender stands in a sentence that,
    with the sentence before it, names nobody else who may be called so ("Nået når han har gået …" about «Lise»:
    the texts may call the resident so, or someone unnamed): then the gender stays unknown."""
    first = names[0].split()[0] if names else ""
    g = morph.name_gender(first) if first[:1].isupper() else None
    if not g:
        return ""
    return g if _gender_holds(g, names, texts, r) else ""


#: «SB er en kvinde på 31 år», «TV er en mand»: the resident's gender said in so many words, by the noun's gender
_STATED_GENDER = {"kvinde": "hun", "pige": "hun", "dame": "hun", "mand": "han", "dreng": "han", "herre": "han"}


def stated_gender(resident: Resident | None, texts: tuple[str, ...], lang: str = "da") -> Resident | None:
    """The resident whose gender the han/hun votes and the name left unknown, with the gender a text states of them by
    name or initials («SB er en kvinde på 31 år», «TV er en ung mand»; the purpose field says it most often): one
    gender stated and no other, and – as for a gender known by the name (`_name_says`) – no han/hun of the other
    gender in a sentence that, with the one before it, names nobody else who may be called so."""
    if resident is None or resident.gender or resident.first_person or resident.by_pronoun or not resident.names:
        return resident
    names = [n for n in resident.names if n[:1].isupper()]
    if not names:
        return resident
    who = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    rx_ = re.compile(rf"(?<![\w.])(?:{who})\s+er\s+en\s+(?:[{_LETTER}-]+\s+)?({'|'.join(_STATED_GENDER)})\b")
    said = {_STATED_GENDER[m.group(1)] for t in texts for m in rx_.finditer(t or "")}
    if len(said) != 1:
        return resident
    g = said.pop()
    return dataclasses.replace(resident, gender=g) if _gender_holds(g, list(resident.names), texts, rules(lang)) \
        else resident


def _gender_holds(g: str, names: list[str], texts: tuple[str, ...], r: DuformRules) -> bool:
    """No han/hun of the gender other than `g` stands in a sentence that, with the sentence before it, names nobody
    else who may be called so (then the texts may call the resident so, or someone unnamed)."""
    other = "hun" if g == "han" else "han"
    forms = ("hun", "hende", "hendes") if other == "hun" else ("han", "ham", "hans")
    for text in texts:
        before = ""
        for sent in _sentences(text):
            here, before = (before, sent), sent  # the sentence and the one before it in the same text
            if not re.search(rf"\b(?:{'|'.join(forms)})\b", sent, re.IGNORECASE):
                continue
            named = False
            for k, m in ((k, m) for part in here for k, m in enumerate(re.finditer(rf"[{_LETTER}]+", part))):
                w = m.group()
                if w in names or any(w.startswith(n) for n in names if n):
                    continue
                if _person_word_gender(w, r) in ("", other):  # (also a genitive: «mors billede … hende»)
                    named = True
                elif w[:1].isupper() and (k > 0 or morph.name_gender(w) is not None) \
                        and morph.name_gender(w) in (None, "", other) and w.lower() not in r.adverbials \
                        and w.lower() not in r.plain and w not in r.abbreviations and w.lower() not in r.staff:
                    named = True
            if not named:
                return False
    return True


def with_subject_name(resident: Resident | None, wording: str, own: tuple[str, ...], texts: tuple[str, ...] = (),
                      not_names: tuple[str, ...] = (), lang: str = "da",
                      about: tuple[str, ...] = ()) -> Resident | None:
    """The resident of `find_resident` with their own name from the other fields (`own`: title, indsats, measurement,
    levels) when the wording calls them only "den unge"/"borgeren"/initials/«han»/«hun» and no name was found yet
    (`_subject_name`, `_pronoun_name`); a name that may be theirs but is not certain goes to `maybe`."""
    if resident is None or resident.first_person:
        return resident
    r = rules(lang)
    if resident.by_pronoun and not resident.names:
        return _pronoun_name(resident, (wording or "").strip(), own, not_names, about, r)
    initials = all(re.fullmatch(r"(?:[A-ZÆØÅ]\.?\s?){2,3}", n) for n in resident.names)
    if len(resident.names) != 1 and not (initials and resident.names):  # "BH" and "B.H." are one person
        return resident
    role = resident.names[0]
    if role.lower() not in {" ".join(g) for g in r.generic_subjects} \
            and not re.fullmatch(r"(?:[A-ZÆØÅ]\.?){2,3}", role):
        return resident
    found, maybe = _subject_name(role, (wording or "").strip(), own, not_names, r)
    if found:
        names = [*resident.names, found]
        return dataclasses.replace(resident, names=tuple(names),
                                   gender=resident.gender or _gender(names, (wording, *texts, *own), r))
    return dataclasses.replace(resident, maybe=maybe) if maybe else resident


def _pronoun_name(resident: Resident, wording: str, own: tuple[str, ...], not_names: tuple[str, ...],
                  about: tuple[str, ...], r: DuformRules) -> Resident:
    """"At han børster tænder …" and "Noah børster selv …" in the levels: the one unknown name that is the subject in
    the resident's own fields is the resident by name when it is certain – it does what the wording says he does
    (the same verb) or the agreement/attitude names it as the one who agreed or said it ("Aftalt med Noah"); both
    for a word the analyser does not know as a name. Never a name of the other gender. Else it stays a name that
    may be the resident (a sentence with it is left out, as before)."""
    g = resident.gender
    found, maybe = _subject_name(g, wording, own, not_names, r, certain_only=True, about=about)
    if found and morph.name_gender(found) in (None, g):
        told = any(found in _told_by(t, (wording, *own, *about)) for t in about)
        verb = re.match(rf"^[\"«“]?\s*[Aa]t\s+{g}\s+(?:selv\s+|ikke\s+|altid\s+)?([a-zæøå]+)", wording)
        parallel = bool(verb) and _said_with(found, verb.group(1), own)
        # one of the two – both for a word the analyser has but does not know as a name (maybe not a name at all);
        # without the analyser, as for "den unge" and "Aftalt med Sofie", one is enough
        if (parallel and told) or ((parallel or told) and (not morph.available() or morph.name_gender(found) == g)):
            return dataclasses.replace(resident, names=(found,))
    return resident


def _said_with(name: str, verb: str, own: tuple[str, ...]) -> bool:
    """`name` is the subject of `verb` in one of the texts ("Noah børster selv …")."""
    return any(re.search(rf"(?:^|[.!?]\s+){re.escape(name)}\s+{re.escape(verb)}\b", mask_abbreviations(t or ""))
               for t in own)


#: an unknown name or initials as a clause's subject: first in the sentence before its verb ("Sofie vælger …",
#: "KL møder op …"), or after one fronted word and the verb ("Onsdag vælger Sofie …")
_NAME_WORD = rf"[A-ZÆØÅ][{_LETTER}]+|[A-ZÆØÅ]{{2,3}}|[A-ZÆØÅ]\.[A-ZÆØÅ]\.(?:[A-ZÆØÅ]\.)?"
_SUBJECT_FIRST = re.compile(rf"(?:^|[.!?]\s+)(?P<n>{_NAME_WORD})(?:'s|s|')?\s+(?P<v>[a-zæøå]+)\b")
_SUBJECT_AFTER = re.compile(rf"(?:^|[.!?]\s+)(?P<f>[A-ZÆØÅ][a-zæøå]+)\s+(?P<v>[a-zæøå]+)\s+(?P<n>{_NAME_WORD})\b")
#: a name as the subject of a «når»/«hvis»/«at» … clause ("Målet er nået, når Birgitte går i bad …"): not enough to
#: know the resident by, but with only «den unge»/«borgeren»/initials/«han» in the wording it may be them
_SUBJECT_SUB = re.compile(rf"\b(?i:når|hvis|mens|før|efter|indtil|fordi|at|så|og|eller|men)\s+"
                          rf"(?P<n>[A-ZÆØÅ][{_LETTER}]+|[A-ZÆØÅ]\.[A-ZÆØÅ]\.(?:[A-ZÆØÅ]\.)?)\s+(?P<v>[a-zæøå]+)\b")
#: a name as the object of a verb where the resident stands in a staff text ("… når en af os minder Birgitte om det",
#: "hjælper Birgitte med …"): with only «den unge»/initials/«han» in the wording it may be them too
#: a name after «af»/«med»/«hos» in a sentence that does not name the resident otherwise ("Vi står ved siden af Maja"):
#: with only «beboeren»/«den unge»/initials in the wording it may be them
_PREP_NAME = re.compile(rf"\b(?:af|med|hos)\s+(?P<n>[A-ZÆØÅ][{_LETTER}]+)\b(?![-'])")
_OBJECT_NAME = re.compile(rf"\b(?P<v>[a-zæøå]{{3,}}r)\s+(?P<n>[A-ZÆØÅ][{_LETTER}]+)\s+"
                          rf"(?:om|med|til|i|ved|at|på|hjem)\b")


def _subject_name(role: str, wording: str, own: tuple[str, ...], not_names: tuple[str, ...],
                  r: DuformRules, certain_only: bool = False,
                  about: tuple[str, ...] = ()) -> tuple[str, tuple[str, ...]]:
    """When the wording says "den unge"/"borgeren" (or initials), the resident's own name as the other fields use
    it ("KL møder op …", "Onsdag vælger Sofie …"): the one unknown name that is the subject of a finite verb in the
    resident's fields (title, indsats, measurement, levels – not an external actor's text), and either stands
    where the wording's role word stands (the same verb after it), or is the subject twice, or is in the title.
    Never a name that another field gives a family word or role ("Thomas (far)", "træner Camilla"), an actor's
    name, or when two such names are found. ("", the names it may be) when not certain."""
    text = "\n".join(own)
    if not text.strip():
        return "", ()
    seen = "\n".join((text, *(a or "" for a in about)))  # where a name is written inside a sentence ("med Noah")
    verb_after_role = ""
    # («At BJ går …» or, without its «At», «BJ går …»)
    m = re.match(rf"^[\"«“]?\s*(?:[Aa]t\s+)?{re.escape(role)}\s+(?:selv\s+|ikke\s+|altid\s+)?([a-zæøå]+)", wording)
    if m:
        verb_after_role = m.group(1)
    subjects: dict[str, list[str]] = {}
    for sent_text in own:
        for sent in _sentences(sent_text or ""):
            for rx in (_SUBJECT_FIRST, _SUBJECT_AFTER):
                for mm in rx.finditer(mask_abbreviations(sent)):  # "Pæd. Lone banker på": Lone starts nothing
                    n, v = mm.group("n").rstrip("."), mm.group("v")
                    if rx is _SUBJECT_AFTER and not (mm.group("f").lower() in r.adverbials or _is_time(mm.group("f"))):
                        continue
                    if not (_finite(_T(v, " "), r) or v in r.irregular_finite or (
                            morph.available() and any(x.startswith(("vblex.pres", "vblex.past", "vbmod", "vbser",
                                                                     "vbhaver")) for x in morph.readings(v)))):
                        continue
                    subjects.setdefault(n, []).append(v)
    subs: list[str] = []
    roles = tuple(" ".join(g) for g in r.generic_subjects)
    for sent_text in own:
        for sent in _sentences(sent_text or ""):
            for rx in (_SUBJECT_SUB, _OBJECT_NAME):
                for mm in rx.finditer(mask_abbreviations(sent)):
                    v = mm.group("v")
                    if mm.group("n") not in subjects and (_finite(_T(v, " "), r) or v in r.irregular_finite):
                        subs.append(mm.group("n").rstrip("."))
            if not re.search(rf"(?i)\b(?:{'|'.join(map(re.escape, (role, *roles)))}|han|hun|ham|hende)\b", sent):
                subs += [mm.group("n") for mm in _PREP_NAME.finditer(sent) if mm.group("n") not in subjects]

    def _may_be_name(n: str) -> bool:
        low = n.lower() if not n.replace(".", "").isupper() else n  # "KL" is initials, not "kl."
        if low in r.others or low in r.staff or n in r.abbreviations or low in r.adverbials or low in r.plain \
                or n in not_names or low in _FUNCTION_WORDS or low in ("målet", "delmålet", "hvis", "når") \
                or (low == n.lower() and _is_time(low)) or low in {" ".join(g) for g in r.generic_subjects}:
            return False
        if "." not in n and n.isupper() and (not re.fullmatch(r"[A-ZÆØÅ]{2,3}", n) or n in _ACRONYMS):
            return False  # "SSA", "EGU": a word, not someone's initials
        if "." not in n and not n.isupper() and (
                (morph.available() and morph.name_gender(n) is None
                 and not re.search(rf"[\wæøå,] {re.escape(n)}\b", seen))
                or (not morph.available() and not re.search(rf"[\wæøå,] {re.escape(n)}\b", seen)
                    and morph.listed_name_gender(n) is None)  # (a first name the [names] list knows is one)
                or re.search(rf"\b(?:i|på) {re.escape(n)}\b", text + "\n" + wording)):
            return False  # a common noun first ("Maden står …"), a place ("i Netto"), not a first name: a name is one
            # the analyser knows, written with its capital inside a sentence too
        if re.search(rf"(?<![\wæøå]){re.escape(n)}(?![\wæøå])", wording):
            return False  # named in the wording beside "den unge": someone (or something) else
        if re.search(rf"\b{re.escape(n)} *\((?:[^)]*)\)|\b(?:{'|'.join(map(re.escape, r.others))}) +{re.escape(n)}\b",
                     text, re.IGNORECASE) or any(_role_noun(x.group(1), r) for x in re.finditer(
                         rf"\b([a-zæøåA-ZÆØÅ]+) +{re.escape(n)}\b", _QUOTED.sub(" ", text))):
            return False  # "Thomas (far)", "far Thomas", "træner Camilla": someone else
        return True

    # (initials in the wording: a name with another first letter is someone else, never a candidate – «BJ» is not Pia)
    cands = [n for n in subjects if _may_be_name(n)
             and not (re.fullmatch(r"(?:[A-ZÆØÅ]\.?){2,3}", role) and n[:1] != role[:1])]
    extra = tuple(n for n in dict.fromkeys(subs) if _may_be_name(n)  # only a subordinate clause's subject
                  and not (re.fullmatch(r"(?:[A-ZÆØÅ]\.?){2,3}", role) and n[:1] != role[:1]))
    if len(cands) != 1:
        return "", tuple(dict.fromkeys((*cands, *extra)))
    n = cands[0]
    if certain_only:
        return n, ()  # the caller decides whether it is certain
    if re.fullmatch(r"(?:[A-ZÆØÅ]\.?){2,3}", role) and n[:1] != role[:1]:
        return "", ()  # initials in the wording: only a name with the same first letter – another person
    parallel = bool(verb_after_role) and verb_after_role in subjects[n]
    if not morph.available():  # a role before a name ("træner Camilla") is not seen without the analyser
        return (n, ()) if parallel else ("", (n, *extra))
    title = bool(own) and re.search(rf"\b{re.escape(n)}(?:'s|s|')?\b", own[0] or "") is not None
    return (n, ()) if parallel or title or len(subjects[n]) >= 2 else ("", (n, *extra))


_TIME_FIRST = re.compile(r"^(?:(?:man|tirs|ons|tors|fre|lør|søn)dag(?:en|e)?|hverdage|weekenden|morgenen|aftenen|"
                         r"bagefter|derefter|først|så|hver|næste|kl)$", re.IGNORECASE)


_ACRONYMS = frozenset({"SSA", "SSH", "SOSU", "UU", "EGU", "EUD", "FGU", "STU", "ADL", "PPR", "PN", "MI", "IF", "EU",
                       "DSB", "SMS", "TV", "PC", "OK", "AA", "NA"})


#: words someone says, quoted: a name in them after a noun is spoken to ("det er din tur Kim"), not titled by it
_QUOTED = re.compile(r'"[^"\n]*"|«[^»\n]*»|“[^”\n]*”')


def _role_noun(word: str, r: DuformRules) -> bool:
    """A person noun right before a name ("træner", "pædagog", "vejleder"): the name is someone in that role. With
    the analyser a noun that is not a finite verb ("roser KL" is a verb and its object); without it never seen."""
    low = word.lower()
    if low in r.others:
        return True
    if low in ("træner", "leder", "lærer", "vejleder", "mentor", "naboen", "veninden", "vennen", "kæresten"):
        return True
    if not morph.available():  # any word before the name that the lists do not know as a verb or a small word
        return not (_finite(_T(low, " "), r) or low in r.irregular_finite or low in r.prepositions
                    or low in r.adverbs or low in r.adverbials or low in r.clause_openers or low in _FUNCTION_WORDS
                    or low in r.staff or _is_time(low))
    rs = morph.readings(low) or morph.compound_readings(low)
    # "naboen Lone", "pædagog Kim", "sygeplejerske Anne": a noun (not a verb, preposition or adverb) before the name
    return any(x.startswith("n.") for x in rs) and not any(
        x.startswith(("vb", "pr", "adv", "cnj", "det", "prn")) and not x.startswith("vblex.imp") for x in rs)


def _is_time(word: str) -> bool:
    return bool(_TIME_FIRST.match(word))


def _gender(names: list[str], texts: tuple[str, ...], r: DuformRules) -> str:
    alone, alone_strict = _alone_votes(names, texts, r)
    # initials match only as written («DE» is never «de», «DT» never «de to»); a name or role word in any case
    alt = "|".join(re.escape(n) if _is_initials(n) else f"(?i:{re.escape(n)})"
                   for n in names + [" ".join(g) for g in r.generic_subjects])
    others = "|".join(re.escape(o) for o in r.others)
    after_name: set[str] = set()
    for text in texts:
        for sent in _sentences(text):
            for m in re.finditer(rf"\b(?:{alt})(?i:'s|s|')?\b(?P<gap>.*?)\b(?i:(?P<p>han|hun|ham|hende|hans|hendes))\b",
                                 sent):
                gap = m.group("gap")
                if rx(rf"\b(?:{others})\b", re.IGNORECASE).search(gap) or re.search(r"\s[A-ZÆØÅ]", gap):
                    continue
                pg = "han" if m.group("p").lower() in ("han", "ham", "hans") else "hun"
                if _named_of(pg, sent, names, r):
                    continue  # "Lone går med Erik, når hun besøger ham": «hun» is Lone, a woman named in it
                after_name.add(pg)
    votes = alone | after_name
    if len(votes) == 1:
        return votes.pop()
    if len(after_name) == 1 and alone_strict <= after_name:
        # the votes disagree only through a sentence that also names a person of unknown gender or our staff
        # («SSA'en … ringer hun til sygeplejersken»): the han/hun right after the resident's name and every
        # sentence that names nobody else agree – that gender, when no han/hun of the other gender stands
        # where nobody else who may be called so is named (`_gender_holds`)
        g = next(iter(after_name))
        if _gender_holds(g, names, texts, r):
            return g
    return ""


def _alone_votes(names: list[str], texts: tuple[str, ...], r: DuformRules) -> tuple[set[str], set[str]]:
    """The han/hun votes of the sentences that name nobody else who may be called so (one han/hun gender in
    them), and the same votes counted strictly: also not from a sentence that names a person word of unknown
    gender («sygeplejersken», «SSA'en»), our staff («medarbejderen») or capitals of another («SSA», «KP»)."""
    votes: set[str] = set()
    strict: set[str] = set()
    gendered = "|".join(re.escape(o) for o, g in r.others.items() if g)
    for text in texts:
        for sent in _sentences(text):
            body = sent[1:]
            first = re.match(rf"[A-ZÆØÅ][{_LETTER}]+", sent)
            # (a family word's genitive names that person too: «mors billede … hende»)
            if rx(rf"\b(?:{gendered})(?:'s|s|')?(?![{_LETTER}])", re.IGNORECASE).search(sent) or re.search(
                    rf"(?<![.!?]\s)(?<!^)\b[A-ZÆØÅ][a-zæøå]+", body.replace(names[0], "")) or (
                    first and first.group() not in names and morph.name_gender(first.group()) is not None):
                continue  # someone else who may be "han"/"hun" ("Knud spiser med, de dage han kommer")
            seen = {"han" if m.group(1).lower() in ("han", "ham", "hans") else "hun"
                    for m in re.finditer(r"\b(han|hun|ham|hende|hans|hendes)\b", sent, re.IGNORECASE)}
            if len(seen) != 1:  # "Hun siger hej til ham": two people, neither known to be the resident
                continue
            votes |= seen
            words = re.findall(rf"[{_LETTER}']+", sent)
            if not any(_person_word_gender(w, r) is not None or w.lower() in r.staff or is_staff_role(w.lower())
                       or (re.fullmatch(r"[A-ZÆØÅ]{2,4}", w) and w not in names) for w in words):
                strict |= seen
    return votes, strict


def _person_word_gender(word: str, r: DuformRules) -> str | None:
    """The gender of a person word the rules list («mor» "hun", «naboen» "") or of its genitive («mors», «fars»,
    «naboens»); None when the word is neither."""
    low = word.lower()
    if low in r.others:
        return r.others[low]
    stem = low[:-2] if low.endswith("'s") else low[:-1] if low.endswith(("s", "'")) else ""
    return r.others[stem] if stem in r.others else None


def _is_initials(name: str) -> bool:
    """«KL», «B.K», «K. L», «T»: a person's initials (capitals, maybe with periods), matched only in capitals."""
    return bool(re.fullmatch(r"[A-ZÆØÅ](?:\.?\s?[A-ZÆØÅ]){0,2}\.?", name))


def _named_of(gender: str, sent: str, names: list[str], r: DuformRules) -> bool:
    """The sentence names someone other than the resident whose gender is `gender` for certain: a first name the
    analyser knows as only a man's or only a woman's ("Lone"), or a family word ("datteren"). Without the
    analyser no name is known, so nothing is dropped (the votes then disagree and the gender stays unknown)."""
    for m in re.finditer(rf"[A-ZÆØÅa-zæøå][{_LETTER}]*", sent):
        w = m.group()
        if w in names or any(w.startswith(n) for n in names if n):
            continue
        if _person_word_gender(w, r) == gender or (w[:1].isupper() and morph.name_gender(w) == gender):
            return True  # (a family word's genitive too: «… mors billede og talt med hende»)
    return False


def sole_gender(resident: Resident, texts: tuple[str, ...], lang: str = "da") -> bool:
    """True when the resident's gender is known and no other person in `texts` (one field and its context, e.g.
    the external actor's name) can be called by the same han/hun: no first name (or external actor's name) of that gender or of unknown gender, no family word of
    that gender ("far", "sønnen"), no person word of unknown gender that is not a staff role ("naboen",
    "sagsbehandleren"). Staff roles are never han/hun in the transform either. Then a han/hun of the resident's
    gender is the resident even when the sentence before was left out or named a place (the transform already
    reads a staff role in the same sentence as never being that han/hun; this carries it across sentences)."""
    r = rules(lang)
    g = resident.gender
    if not g or resident.first_person:
        return False
    own = set(resident.names)
    own_generic = {n for n in own if n in {" ".join(x) for x in r.generic_subjects}}
    for text in texts:
        for m in re.finditer(rf"[A-ZÆØÅa-zæøå][{_LETTER}'-]*", text or ""):
            w = m.group()
            low = w.lower()
            if w in own or any(w.startswith(n) for n in own if n) or w.lower() in own_generic:
                continue  # (the role word with its capital at a sentence's start: "Borgeren bestemmer …")
            base = re.sub(r"(?:'en|'erne|'s|en|s)$", "", w)
            if low in r.staff or w in r.abbreviations or base in r.abbreviations or low in _ROLE_OTHERS \
                    or low.endswith(_STAFF_ENDINGS):
                continue  # our staff: never "han"/"hun" in the transform either
            if low not in r.others and low.endswith("s") and r.others.get(low[:-1]):
                low = low[:-1]  # a genitive of a family word ("søsters mand"): the sister is in the text too
            if low in r.others:
                if r.others[low] in ("", g) and low not in _ROLE_OTHERS \
                        and not _our_colleague(text or "", m.start(), m.end(), r):  # («… lader en kollega tage over»)
                    return _no(w)
                continue
            if w[:1].isupper() and low not in r.staff and w not in r.abbreviations and not camel_case(w):
                if not morph.available():
                    listed = morph.listed_name_gender(w)
                    if listed is not None:
                        if listed == g:
                            return _no(w)  # a first name of the resident's gender ([names])
                        continue  # a first name of the other gender: never this han/hun
                    before = (text or "")[max(0, m.start() - 3):m.start()]
                    if before in ("i ", " i") or before.endswith(" i ") or (len(w) > 4 and w.endswith(("et", "ets"))):
                        continue  # a place: "i Netto", "Kulturhuset", "Værkstedet" (a name never ends in -et; «på»
                        # and «til» may stand before a person: «venter på Zuzu»)
                    if low not in r.adverbials and low not in r.plain and low not in _FUNCTION_WORDS:
                        return _no(w)  # without the analyser any capitalised word may be a name: leave more out
                    continue
                ng = morph.name_gender(w)
                if w in resident.known or ng is not None:
                    if (ng or "") in ("", g):
                        return _no(w)
                elif maybe_unlisted_name(w, text or "", m.start()):
                    return _no(w)
            if low.endswith(_PERSON_ENDINGS) and low not in r.staff and low not in r.others:
                return _no(w)  # "naboen", "sagsbehandleren", "underviseren": a person of unknown gender
    return True


#: prepositions after which a capitalised word may be a person the analyser lists by no first name: a surname
#: («ringer til Lykke»); a word it does not know or knows only as a common noun only after «med»/«hos» («med Viol»,
#: «hos Malthe» – «til Flextrafik», «af Lalandia» are a service and a place)
PERSON_PREPOSITIONS = frozenset({"med", "hos", "af", "for", "uden", "fra", "til", "mod", "imod"})
_WITH_PERSON = frozenset({"med", "hos"})


def maybe_unlisted_name(word: str, text: str, at: int) -> bool:
    """With the analyser: a capitalised word inside a sentence, right after a preposition, that may be a first name
    the analyser does not list as one – a surname («til Lykke»), or after «med»/«hos» a word it does not know at all
    («hos Malthe») or knows only as a common noun in the indefinite form («med Viol»): then another person may be
    meant. A word it knows as a place or an other name («på Aula», «til Netto» is an adverb too), a definite form
    («Værkstedet»), an abbreviation or a brand with an inner capital («VUC», «MitID») is not."""
    before = re.findall(r"[\wæøåÆØÅ]+", text[max(0, at - 20):at])
    if not before or not re.match(r"\s+$", text[at - 1:at] or "x") or word.isupper() \
            or any(c.isupper() for c in word[1:]):
        return False
    prep = before[-1].lower()
    if prep not in PERSON_PREPOSITIONS:
        return False
    rs = morph.readings(word)
    if any(x.startswith("np.cog") for x in rs):
        return True
    return prep in _WITH_PERSON and (not rs or all(x.startswith("n.") and ".ind" in x for x in rs))


_FUNCTION_WORDS = frozenset({"vi", "han", "hun", "de", "du", "jeg", "det", "der", "den", "hvis", "når", "at", "og",
                             "så", "men", "er", "har", "målet", "delmålet"})
def is_staff_role(low: str) -> bool:
    """A word for our own staff ("aftenvagten", "SSH'en", "kontaktpersonen"): a role, never a han/hun antecedent."""
    return low in _ROLE_OTHERS or low.endswith(_STAFF_ENDINGS)


def camel_case(word: str) -> bool:
    """«MitID», «MobilePay», «SuperBrugsen», «VoiceOver»: a capital after a small letter inside the word – a brand or
    a service written so, never a person's first name (a surname with such a prefix – «McKenzie», «DeLuca»,
    «MacLeod», «LeBlanc» – is a person still)."""
    return bool(re.search(r"[a-zæøå][A-ZÆØÅ]", word)) and not re.match(r"(?:Mc|Mac|De|Di|Da|La|Le|Van|Von|O')[A-ZÆØÅ]", word)


def _no(word: str) -> bool:
    """`word` may be another person that is called han/hun: the resident is not the only one."""
    return False


# our staff as the delmål names them ("aftenvagten", "bostøtten", "SSH'en"): a role, never a han/hun antecedent
_STAFF_ENDINGS = ("vagten", "vagterne", "vagt", "støtten", "ssa'en", "ssh'en", "sosu'en", "pædagogen", "personalet",
                  "kontaktpersonen", "medarbejderen", "medarbejderne")
# family/role words the transform treats as a role, never as "han"/"hun" (see transform: others with no gender)
_ROLE_OTHERS = frozenset({"kontaktperson", "kontaktpersonen", "kontaktpædagogen", "pædagogen", "medarbejderen",
                          "vagten", "kp", "dp", "sp", "av", "bostøtte"})
_PERSON_ENDINGS = ("naboen", "behandleren", "underviseren", "lederen", "konsulenten", "terapeuten", "mentoren",
                   "mentor", "sygeplejersken", "lægen", "chaufføren", "læreren", "træneren", "mesteren", "kæresten",
                   "vennen", "værgen", "barnet", "søskende", "forældrene", "forældre", "assistenten", "hjælperen",
                   "psykiateren", "psykologen", "tandlægen", "frisøren", "makker", "makkeren", "kollega", "kollegaen", "chefen", "ejeren", "personen")


def _staff_word(w: str, r: DuformRules) -> bool:
    """Our staff however the text writes them ("SSH'en", "medarb.", "pæd.", "aftenvagten"): never a han/hun."""
    base = re.sub(r"(?:'en|'ens|'erne|'s)$", "", w)
    low = w.lower().rstrip(".")
    return base in r.abbreviations or base in ("SSA", "SSH", "SOSU") or is_staff_role(low) or low in r.staff \
        or low in ("medarb", "pæd")


#: «kollega» as the text writes it: a colleague of the staff member named before it
_COLLEAGUE = frozenset({"kollega", "kollegaen"})
#: words before «kollega» that give it an owner other than our staff («hans kollega», «sin kollega», «Bos kollega»)
_OWNED = frozenset({"hans", "hendes", "sin", "deres", "dennes", "din", "dens", "dets", "beboerens", "borgerens"})


def _our_colleague(text: str, start: int, end: int, r: DuformRules) -> bool:
    """«kollega»/«kollegaen» at text[start:end] is one of our staff, never a han/hun (issue 24): one of our staff (a
    staff word, «vi»/«os») is named before it in the same sentence («SSA'en eller en kollega møder dig», «…
    trækker medarbejderen sig og lader en anden kollega tage over») – a colleague of theirs. Not when someone owns
    it («hans kollega», «sin kollega», «Bos kollega»: the resident's or another's workmate) or it is placed at
    another workplace («en kollega fra værkstedet», «kollegaen på lageret»)."""
    if (text or "")[start:end].lower() not in _COLLEAGUE:
        return False
    parts = _sentences(text[:start] + "X")  # the same sentence («Kp. eller en kollega …»: «Kp.» ends none)
    before = _WORD.findall(parts[-1][:-1] if parts else "")
    if before:
        last = before[-1]
        j = -2 if last.lower() in ("anden", "ny", "fast", "kendt") and len(before) > 1 else -1
        owner = before[j]
        if owner.lower() in _OWNED or (owner[:1].isupper() and re.search(r"(?:s|'s|')$", owner)
                                        and owner.lower() not in ("hvis",)) or owner.lower().endswith(("ens", "ets")):
            return False
    after = _WORD.findall(text[end:end + 40])
    if after and after[0].lower() in ("fra", "på", "i", "hos", "ved"):
        return False
    return any(_staff_word(w, r) or w.lower() in ("vi", "os", "vores") for w in before)
