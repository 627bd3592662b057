"""When-expressions for 'Dit delmål': how often and when, carried over from the wording as it says them (weekdays,
clock times, "hver anden", "mindst", "hverdage"), never re-synthesised; and the span between two dates. No UI."""

from __future__ import annotations

import re
from datetime import date

from delmaal_assistant.core.outputs import morph
from delmaal_assistant.core.outputs.duform.rules import rules
from delmaal_assistant.core.outputs.duform.sentences import _T, _finite, _sentences
from delmaal_assistant.core.outputs.easytemplates import EasyReadTemplates, templates

DAYS_DA = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")
_DAY = re.compile(r"\b(" + "|".join(DAYS_DA) + r")(?:e|en|ene|s)?\b", re.IGNORECASE)
_DAYWORD = r"(?:" + "|".join(DAYS_DA) + r")(?:e|en|ene|s)?"
#: a run of weekdays as the wording says it: "hver mandag, onsdag og fredag kl. 10", "fra søndag til torsdag",
#: "hver anden lørdag", "tirsdag og fredag formiddag", "om onsdagen"
_DAY_RUN = re.compile(r"(?i)\b(?:(?:hver(?:t)?(?:\s+anden)?|om|alle|fra)\s+)?" + _DAYWORD
                      + r"(?:(?:\s*,\s*|\s+og\s+|\s+til\s+)" + _DAYWORD + r")*"
                      + r"(?:\s+(?:morgen|formiddag|eftermiddag|aften)(?:en)?)?"
                      + r"(?:\s+(?:kl\.?|klokken)\s*\d{1,2}(?:[.:]\d{2})?)?")
_TIME = re.compile(r"(?:\b(før|inden|senest|efter|fra|til)\s+)?\b(?:kl\.?|klokken)\s*(\d{1,2}(?:[.:]\d{2})?(?:\s*-\s*\d{1,2}(?:[.:]\d{2})?)?)",
                   re.IGNORECASE)


def frequency(wording: str, t: EasyReadTemplates | None = None) -> str | None:
    """How often and when, from the wording: every weekday it names (with its time), else "Hver morgen." etc."""
    t = t or templates()
    w = wording or ""
    # "før kl. 9" stays "før kl. 9": a time limit is not a time
    times = [(m.group(1) + " kl. " if m.group(1) else "") + m.group(2) for m in _TIME.finditer(w)
             if not _someone_elses_time(w, m.start())]
    said_days: list[str] = []
    for m in _DAY_RUN.finditer(w):
        before = w[max(0, m.start() - 14):m.start()].lower()
        if re.search(r"(til og med|senest|inden|før|efter|indtil)\s+$", before):
            continue  # "til og med torsdag": a deadline in the week, not when
        phrase = re.sub(r"\s+", " ", m.group(0).strip())
        phrase = _DAY.sub(lambda d: d.group(1).lower(), phrase)  # "om mandagen" → "om mandag"
        phrase = re.sub(r"^(?:om|alle)\s+", "", phrase, flags=re.IGNORECASE)
        if not re.match(r"(?i)(hver|fra)\b", phrase):
            phrase = "hver " + phrase
        said_days.append(phrase)
    if said_days:
        out = " og ".join(dict.fromkeys(said_days))
        out = out[0].upper() + out[1:] + "."
        times_in = [x for x in dict.fromkeys(times) if x not in out]
        if times_in:
            out += " " + t.texts["times"].format(times=_kl(times_in))
        return out
    found: list[tuple[int, int, str]] = []  # every frequency the wording names: "hver morgen og hver aften"
    for p in t.frequency:
        for m in p.finditer(w):
            if not any(a < m.end() and m.start() < b for a, b, _ in found):
                found.append((m.start(), m.end(), m.group(0).strip()))
    if found:
        found.sort()
        s = found[0][2]
        for (_, b, _x), (a, _e, x) in zip(found, found[1:]):
            # "om morgenen på hverdage" is one expression: only a real list gets "og"
            s += (" " if not w[b:a].strip() else " og ") + x
        out = s[0].upper() + s[1:] + "."
        rest = [x for x in dict.fromkeys(times) if x not in s]
        if rest:
            out += " " + t.texts["times"].format(times=_kl(rest))
        return out
    if times:
        return t.texts["times"].format(times=_kl(list(dict.fromkeys(times))))
    return None


#: a subordinate clause whose subject is someone or something else: "så han er klar, når bussen kommer kl. 7.45",
#: "hvor hans mor ringer kl. 19" – its time is when that happens, not when the resident does what the goal says
_OTHER_CLAUSE = re.compile(r"(?i)\b(?:når|hvor|da|mens|indtil|fordi|hvis|som)\s+(?!(?:du|han|hun|hen|jeg|vi|i|de|man|"
                           r"beboeren|borgeren|den\s+unge|det|der|selv)\b)"
                           r"((?:hans|hendes|sin|sit|sine|din|dit|dine|deres)\s+\w+|[a-zæøå]+(?:en|et|erne|ne)|[A-ZÆØÅ]\w+)"
                           r"\s+[a-zæøå]+(?:er|r)\b[^,;.]*$")


def _someone_elses_time(wording: str, at: int) -> bool:
    """A clock time at `at` that belongs to a clause about someone else (its subject a noun or a name, not the
    resident's pronoun or role): not said as the time of the resident's action."""
    # the last sentence before the time (abbreviations end none: "når pæd. Kurt banker på kl. 7"), its last clause
    clause = re.split(r"[,;]", (_sentences(wording[:at]) or [""])[-1])[-1]
    return bool(_OTHER_CLAUSE.search(clause))


def _kl(times: list[str]) -> str:
    said = [x if " kl. " in x else f"kl. {x}" for x in times]
    for i in range(len(said) - 1):  # "fra kl. 9" and "til kl. 12" are one time span
        if said[i].startswith("fra ") and said[i + 1].startswith("til "):
            said[i:i + 2] = [said[i] + " " + said[i + 1]]
            break
    return said[0] if len(said) == 1 else ", ".join(said[:-1]) + " og " + said[-1]


def span(start: date, end: date) -> str:
    """"6 uger", "3 måneder", "1 år" between two dates (weeks up to ten weeks, then whole months)."""
    days = (end - start).days
    weeks = round(days / 7)
    if weeks <= 10:
        return "1 uge" if weeks == 1 else f"{max(weeks, 0)} uger" if days >= 7 else (
            "1 dag" if days == 1 else f"{days} dage")
    months = round(days / 30.44)
    if months == 12:
        return "1 år"
    return f"{months} måneder"


#: words that make a when-expression what it is; "Hvor tit" is said only when it keeps every one the wording has
_QUALIFIERS = re.compile(r"(?i)\b(mindst|højst|op til|cirka|ca\.|hver anden|hvert andet|hver tredje|"
                         r"hverdag\w*|arbejdsdag\w*|skoledag\w*|weekend\w*|i ulige uger|i lige uger|ugedage|undtagen|dog ikke)\b")


#: a weekday named by its place in the month ("den 1. lørdag i måneden", "sidste tirsdag"): not a plain weekday list,
#: so "Hvor tit" cannot say it as "Hver lørdag" – the line is left out
_ORDINAL_DAY = re.compile(r"(?i)(?:\bden\s+(?:\d+\.|[a-zæøå]+)\s+|\b\d+\.\s+|\b(?:første|tredje|fjerde|sidste)\s+)"
                          + _DAYWORD + r"\b")


def _times_of_different_actions(wording: str) -> bool:
    """Two clock times with a finite verb between them («senest kl. 22.30 afleverer du telefonen og henter den kl.
    7»), or one on another day («kl. 7 næste morgen»): «Hvor tit» would join them as the times of one action."""
    r = rules()
    ms = [m for m in _TIME.finditer(wording) if not _someone_elses_time(wording, m.start())]
    if len(ms) < 2:
        return False
    for a, b in zip(ms, ms[1:]):
        if (b.group(1) or "").lower() == "til":
            continue  # «kl. 9 møder du ind og arbejder til kl. 13»: a span, the time it begins and ends
        between = re.findall(r"[A-Za-zÆØÅæøå]+", wording[a.end():b.start()])
        if any(_finite(_T(w, " "), r) and w.lower() not in r.clause_openers for w in between):
            return True
    return any(re.match(r"(?i)\s*(?:næste|den\s+næste)\s+(?:morgen|dag|aften)|\s*dagen\s+efter", wording[m.end():])
               for m in ms)


def _frequency_checked(wording: str, t: EasyReadTemplates, left: list, where: str) -> str | None:
    """`frequency`, or None (and a note to staff) when it would not say the wording's when-expression whole:
    "mindst", "hver anden", "hverdage" … kept, no time moved to another day, no day said twice."""
    f = frequency(wording, t)
    if not f:
        return None
    lost = [m.group(1).lower() for m in _QUALIFIERS.finditer(wording) if m.group(1).lower() not in f.lower()]
    runs = [m.group(0) for m in _DAY_RUN.finditer(wording)]
    days_said = [d.lower() for d in re.findall(r"(?i)\b(" + "|".join(DAYS_DA) + r")\b", f)]
    why = ""
    ordinal = _ORDINAL_DAY.search(wording)
    if ordinal:
        why = f"«Hvor tit» kan ikke sige «{ordinal.group(0).strip()}» som en almindelig ugedag"
    elif lost:
        why = f"«Hvor tit» ville miste «{lost[0]}»"
    elif len(days_said) != len(set(days_said)):
        why = "«Hvor tit» ville nævne samme dag to gange"
    elif len(runs) > 1 and t.texts["times"].split("{")[0] in f:
        why = "det er uklart, hvilken dag klokkeslættet hører til"
    elif _more_times(wording, f):
        why = f"«Hvor tit» ville miste klokkeslættet «{_more_times(wording, f)}»"
    elif _times_of_different_actions(wording):
        why = "klokkeslættene hører til forskellige ting i delmålet"
    elif _days_in_two_clauses(wording):
        why = "dagene hører til forskellige ting i delmålet"
    elif _CONDITIONED.search(wording):
        why = f"«Hvor tit» ville miste betingelsen «{_CONDITIONED.search(wording).group(0).strip()} …»"
    if why:
        left.append((where, f, why))
        return None
    return f




#: days or times narrowed by what follows or by «de»: «på de arbejdsdage, hvor han er syg», «de aftener, hvor …»,
#: «dage, hvor hun har ondt»: only some of them – a «Hvor tit» line («Arbejdsdage.») would say all of them
_CONDITIONED = re.compile(r"(?i)\bde\s+(?:\w+\s+)?\w*(?:dage|aftener|morgener|nætter|weekender|gange|uger)\b|"
                          r"\b\w*(?:dage|dag|aftener|aften|morgener|nætter|weekender|gange)\s*,?\s+"
                          r"(?:hvor|hvis|når|som|der)\s")


#: a clock time with more times listed after it without «kl.»: «kl. 9.30, 12.00 og 15.30», «kl. 8 eller 9»
_TIME_LIST = re.compile(r"(?i)\b(?:kl\.?|klokken)\s*\d{1,2}(?:[.:]\d{2})?((?:\s*,\s*|\s+(?:og|eller)\s+)"
                        r"\d{1,2}(?:[.:]\d{2})?(?![\d\wæøå]))+")


def _more_times(wording: str, said: str) -> str:
    """The first clock time of a list after «kl.» that the «Hvor tit» line `said` does not carry ("" when all are)."""
    for m in _TIME_LIST.finditer(wording or ""):
        for x in re.findall(r"\d{1,2}(?:[.:]\d{2})?", m.group(0)):
            if not re.search(rf"(?<![\d.:]){re.escape(x)}(?![\d]|[.:]\d)", said):
                return x
    return ""


def _days_in_two_clauses(wording: str) -> bool:
    """Two runs of weekdays with a clause between them ("hver tirsdag går X i hallen, og hver søndag ringer …",
    "tirsdag køber X ind. Søndag laver …"): each day has its own action, so one line "Hver tirsdag og hver søndag"
    would say both happen on both. A comma, a full stop or a finite verb between the runs is such a clause; "hver
    tirsdag og hver søndag" is one list."""
    r = rules()
    runs = list(_DAY_RUN.finditer(wording or ""))
    for a, b in zip(runs, runs[1:]):
        between = wording[a.end():b.start()]
        if re.search(r"[,;.:]", re.sub(r"\bkl\.", "kl", between)):
            return True
        for w in re.findall(r"[\wæøå]+", between.lower()):
            if morph.available():
                if any(x.startswith(("vblex.pres", "vbmod.pres", "vbser.pres", "vbhaver.pres", "vblex.past"))
                       for x in morph.readings(w)) and w not in ("og", "hver", "hvert"):
                    return True
            elif w in r.irregular_finite or _finite(_T(w, ""), r):
                return True
    return False
