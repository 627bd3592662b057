"""When-expressions for 'Dit delmål': how often and when, carried over from the wording as it says them (weekdays,
clock times, "hver anden", "mindst", "hverdage"), never re-synthesised; and the span between two dates. No UI."""

from __future__ import annotations

import re
from datetime import date

from delmaal_assistant.core.dates import DAYS_DA
from delmaal_assistant.core.outputs import morph
from delmaal_assistant.core.outputs.duform.rules import rules, rx
from delmaal_assistant.core.outputs.duform.sentences import _T, _finite, _sentences
from delmaal_assistant.core.outputs.easytemplates import EasyReadTemplates, templates

_DAY = re.compile(r"\b(" + "|".join(DAYS_DA) + r")(?:e|en|ene|s)?\b", re.IGNORECASE)
_DAYWORD = r"(?:" + "|".join(DAYS_DA) + r")(?:e|en|ene|s)?"
#: a run of weekdays as the wording says it: "hver mandag, onsdag og fredag kl. 10", "fra søndag til torsdag",
#: "hver anden lørdag", "tirsdag og fredag formiddag", "om onsdagen"
_DAY_RUN = re.compile(r"(?i)\b(?:(?:hver(?:t)?(?:\s+anden)?|om|alle|fra)\s+)?" + _DAYWORD
                      + r"(?:(?:\s*,\s*|\s+og\s+|\s+til\s+)" + _DAYWORD + r")*"
                      + r"(?:\s+(?:morgen|formiddag|eftermiddag|aften)(?:en)?)?"
                      + r"(?:\s+(?:kl\.?|klokken)\s*\d{1,2}(?:[.:]\d{2})?"
                      + r"(?:\s*[-–]\s*\d{1,2}(?:[.:]\d{2})?|\s+til\s+(?:kl\.?\s*)?\d{1,2}(?:[.:]\d{2})?)?)?")
#: a clock time with the word before it that makes it what it is, carried over verbatim: «senest kl. 22», «ca. kl.
#: 16», «omkring kl. 8», «tidligst kl. 6», «fra kl. 9»; a span «kl. 17-19» / «kl. 13–15» is one time
#: (a limit with what it is the time of between: «inden bussen kl. 7.45», «efter aftensmaden kl. 18» – the whole is
#: carried over, never «kl. 7.45» alone, which would say the resident does it at 7.45, issue 24)
_TIME = re.compile(r"(?:\b(før|inden|senest|tidligst|efter|fra|til|ca\.?|cirka|omkring|"
                   r"(?:før|inden|efter|senest|tidligst|indtil)(?:\s+(?!(?:kl|klokken|og|eller|hver|hvert|før|inden|efter|"
                   r"senest|tidligst|indtil|fra|til)\b)"
                   r"[a-zæøå]+){1,3}?(?:\s+(?:ca\.?|cirka|omkring))?)\s+)?\b(?:kl\.?|klokken)\s*"
                   r"(\d{1,2}(?:[.:]\d{2})?(?:\s*[-–]\s*\d{1,2}(?:[.:]\d{2})?)?)", re.IGNORECASE)
#: a limit word further before the clock time than `_TIME` carries over, in the same clause («inden bussen til
#: værkstedet kl. 7.45»): the time is not said at all – «Det er kl. 7.45.» would put the action at 7.45
_FAR_LIMIT = re.compile(r"(?i)(?<![\wæøå])(?:før|inden|efter|senest|tidligst|indtil)(?![\wæøå])"
                        r"(?:(?!\b(?:og|eller)\b)[^,.;:!?()])*$")  # («efter morgenmaden og kl. 20»: a time of its own)
#: a time said by the hour it is near: «ved 16-tiden», «omkring 8-tiden» – said as written, never as «kl. 16»
_TIDEN = re.compile(r"(?i)\b(?:(?:ved|omkring|ca\.?|cirka)\s+)?\d{1,2}-tiden\b")
#: a meal or bedtime right after a day or a frequency, said with it: «hver onsdag efter aftensmaden»
_OCCASION_AFTER = re.compile(r"(?i)\s+(?:efter|før|inden|ved|til)\s+(?:morgenmad|frokost|middagsmad|aftensmad|"
                             r"middag|sengetid)(?:en)?(?![\wæøå])")


def frequency(wording: str, t: EasyReadTemplates | None = None) -> str | None:
    """How often and when, from the wording: every weekday it names (with its time), else "Hver morgen." etc."""
    t = t or templates()
    w = wording or ""
    # "før kl. 9" stays "før kl. 9": a time limit is not a time
    timed = [(m.start(), (m.group(1) + " kl. " if m.group(1) else "") + m.group(2)) for m in _TIME.finditer(w)
             if not _someone_elses_time(w, m.start()) and not (not m.group(1) and _FAR_LIMIT.search(w[:m.start()]))]
    timed += [(m.start(), m.group(0)) for m in _TIDEN.finditer(w) if not _someone_elses_time(w, m.start())]
    times = [x for _, x in sorted(timed)]
    said_days: list[str] = []
    for m in _DAY_RUN.finditer(w):
        before = w[max(0, m.start() - 14):m.start()].lower()
        if re.search(r"(til og med|senest|inden|før|efter|indtil)\s+$", before):
            continue  # "til og med torsdag": a deadline in the week, not when
        occasion = _OCCASION_AFTER.match(w, m.end())
        phrase = re.sub(r"\s+", " ", (m.group(0) + (occasion.group(0) if occasion else "")).strip())
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
                occasion = _OCCASION_AFTER.match(w, m.end())  # «hver morgen efter morgenmaden»: said whole
                end = occasion.end() if occasion else m.end()
                found.append((m.start(), end, w[m.start():end].strip()))
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
    said = [x if " kl. " in x or "-tiden" in x else f"kl. {x}" for x in times]
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
                         r"hverdag\w*|arbejdsdag\w*|skoledag\w*|weekend\w*|i ulige uger|i lige uger|ugedage|undtagen|"
                         r"dog ikke)(?![\wæøå])")


#: a degree word's own number: «mindst», «højst», «op til», «ca.» belong to the when only when what they measure is a
#: frequency, a count of days or occasions, a time of day or a clock time («mindst 3 gange om ugen», «mindst 4 af 5
#: dage», «højst 3 kopper kaffe om dagen», «til mindst kl. 14») – not when they measure something else in the wording («bliver
#: mindst en halv time», «betaler højst 40 kr.», «skriver højst 2 sider»): the «Hvor tit» line («Hver
#: tirsdag.») then loses nothing of its own
_WHEN_WORD = re.compile(r"(?i)(?<![\wæøå])(?:" + _DAYWORD + r"|hverdag\w*|arbejdsdag\w*|skoledag\w*|weekend\w*|"
                        r"dag|dage|dagen|dagene|døgn\w*|uge|uger|ugen|ugens|ugerne|måned\w*|år|året|"
                        r"gang|gange|træning\w*|vagt\w*|hver|hvert|kl\.?|klokken|"
                        r"morgen\w*|formiddag\w*|middag\w*|eftermiddag\w*|aften\w*|nat|natten|nætter\w*|"
                        r"morgenmad\w*|frokost\w*|aftensmad\w*|sengetid\w*)(?![\wæøå])")
#: a fraction or a count of occasions right after the degree word: «mindst 6 af de første 8 uger», «3 ud af 4»
#: the small numbers staff write as words (two to ten; «en/én/et» are added where one is a number)
_NUMBER_WORDS = r"to|tre|fire|fem|seks|syv|otte|ni|ti"
_FRACTION = re.compile(r"(?i)^\s*(?:\d+|en|én|et|" + _NUMBER_WORDS + r")\s+(?:ud\s+)?af\b")
#: what ends a degree word's phrase: a clause's punctuation, a conjunction, a subordinate clause's word
_PHRASE_END = re.compile(r"[,;:–]|\.(?=\s+[A-ZÆØÅ])|\.$|(?<![\wæøå])(?i:og|eller|men|så|hvis|når|mens|fordi|indtil|"
                         r"hvor|der|som)(?![\wæøå])")


def _qualifies_when(wording: str, m: re.Match) -> bool:
    """Whether the qualifier `m` of `_QUALIFIERS` belongs to the wording's when-expression. «mindst», «højst», «ca.»
    and «op til» measure the phrase after them (up to five words, to the clause's end, a parenthesis read through):
    of the when only when that phrase has a when-word or a fraction; «op til» with no number after it is no limit at
    all («møder op til undervisningen»: turns up for). Every other qualifier (hverdage, hver anden …) always is."""
    q = m.group(1).lower()
    if q not in ("mindst", "højst", "op til", "cirka", "ca."):
        return True
    after = re.sub(r"\([^()]*\)", " ", wording[m.end():])
    if q == "op til" and not re.match(r"(?i)\s*(?:\d|(?:en|én|et|" + _NUMBER_WORDS + r"|halvdelen)\b)", after):
        return False
    end = _PHRASE_END.search(after)
    phrase = " ".join(re.findall(r"[\wæøå.]+", after[:end.start() if end else len(after)])[:5])
    words = phrase.split()
    if len(words) > 1 and _NUMBER.fullmatch(words[0]) and words[1].lower() not in ("af", "ud"):
        rest = " ".join(words[1:])
        if _TOTAL.match(rest):
            return False  # «mindst 10 gange frem til 31. marts»: a total over the period, not how often
        if not any(_WHEN_WORD.fullmatch(w) and w.lower() not in ("hver", "hvert", "kl", "kl.", "klokken")
                   for w in words[1:3]) and not _RATE.search(" " + rest):
            return False  # «mindst 30 minutter i skoven hver anden lørdag»: the degree word measures the minutes
    if re.search(r"(?i)\b(?:hver|pr\.?|per)\s+gang\b", phrase):
        phrase = re.sub(r"(?i)\b(?:hver|pr\.?|per)\s+gang\b", " ", phrase)  # «10 minutter hver gang»: each time
    return bool(_FRACTION.match(phrase) or _WHEN_WORD.search(phrase))


#: a number and what it counts right after the degree word («mindst 30 minutter», «mindst to kolleger»): the degree word
#: measures that thing – of the when only when the thing is a when-word («mindst 3 gange», «mindst 4 hverdage») or a
#: rate follows in its phrase («mindst 2 udlejere om ugen», «højst 200 kr. om ugen»: kept out as before)
_NUMBER = re.compile(r"(?i)\d+|en|én|et|" + _NUMBER_WORDS)
_RATE = re.compile(r"(?i)\s(?:(?:om|i|pr\.?|per|hver|hvert|hele|på)\s+(?:den\s+|en\s+)?(?:dag|uge|måned|døgn|år|gang)\w*|"
                   r"(?:dagligt|ugentligt|månedligt))\b")
#: a count of times over the whole period («mindst 10 gange frem til 31. marts», «mindst 4 gange inden 30. april»)
_TOTAL = re.compile(r"(?i)gange?\s+(?:frem\s+til|inden|senest|i\s+perioden|i\s+alt)\b")


#: a count of weekdays or of occasions the «Hvor tit» line cannot carry: «alle 3 fredage i juni», «i 6 ud af 9
#: uger» – «Hver mandag.» would say every one
_COUNTED_DAYS = re.compile(r"(?i)\b(?:\d+|" + _NUMBER_WORDS + r")\s+(?:(?:ud\s+)?af\s+(?:de\s+)?"
                           r"(?:\w+\s+)?\d+\s+\w+|(?:" + "|".join(DAYS_DA) + r")e\b)")


def _counts_of_days(wording: str) -> list[str]:
    return [m.group(0) for m in _COUNTED_DAYS.finditer(wording or "")]


#: the when of something the resident is NOT to do: «ikke ser tv efter kl. 23», «aldrig går ud efter kl. 22» – a
#: «Hvor tit» line («Det er efter kl. 23.») would say it as when it happens
_NOT_DONE = re.compile(r"(?i)\b(?:ikke|aldrig|ingen)\b[^,;.]*?(?:\b(?:efter|før|inden|senere end)\s+(?:kl\.?|klokken)"
                       r"\s*\d{1,2}(?:[.:]\d{2})?|\b" + _DAYWORD + r"\b)")


#: a weekday named by its place in the month ("den 1. lørdag i måneden", "sidste tirsdag"): not a plain weekday list,
#: so "Hvor tit" cannot say it as "Hver lørdag" – the line is left out
_ORDINAL_DAY = re.compile(r"(?i)(?:\bden\s+(?:\d+\.|[a-zæøå]+)\s+|\b\d+\.\s+|\b(?:første|tredje|fjerde|sidste)\s+)"
                          + _DAYWORD + r"\b")


#: after a time of day: «og» and a second part with no when of its own (not «og om aftenen», «og hver aften»,
#: «og kl. 20», «og aftenen»)
_AND_ANOTHER_PART = re.compile(r"(?i)\s+og\s+(?!(?:om|hver|hvert|alle|kl\.?|klokken|igen|til|efter|før|inden)\b|"
                               r"[a-zæøå]*(?:morgen|formiddag|middag|aften|nat)|\d)")


def _occasion_of_one_part(wording: str) -> str:
    """A time of day («om morgenen») right before «og» and a second part of the goal that has no when of its own
    («… sit tøj om morgenen og sin aftensmad ved at pege …»): the time is the first part's – "" when none."""
    for o in _OCCASION.finditer(wording or ""):
        if o.group(0).lower().startswith(("om ", "hver ", "hvert ", "alle ")) and _AND_ANOTHER_PART.match(wording, o.end()):
            return o.group(0)
    return ""


def _occasion_and_time_apart(wording: str, times: list, r) -> bool:
    """A time of day («om morgenen», «hver aften», «efter frokost») and a clock time with a finite verb between them:
    the times of two things the resident does – a «Hvor tit» line would say the clock time of the other."""
    for o in _OCCASION.finditer(wording):
        for m in times:
            a, b = (o.end(), m.start()) if o.end() <= m.start() else (m.end(), o.start())
            if a > b:
                continue
            between = re.findall(r"[A-Za-zÆØÅæøå]+", wording[a:b])
            if any(_finite(_T(w, " "), r) and w.lower() not in r.clause_openers for w in between):
                return True
    return False


def _times_of_different_actions(wording: str) -> bool:
    """Two clock times with a finite verb between them («senest kl. 22.30 afleverer du telefonen og henter den kl.
    7»), or one on another day («kl. 7 næste morgen»): «Hvor tit» would join them as the times of one action."""
    r = rules()
    ms = [m for m in _TIME.finditer(wording) if not _someone_elses_time(wording, m.start())]
    if ms and _occasion_and_time_apart(wording, ms, r):
        return True  # «vælger tøj om morgenen og vælger aftensmad kl. 17»: never «Om morgenen. Det er kl. 17.»
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
    lost = [m.group(1).lower() for m in _QUALIFIERS.finditer(wording)
            if m.group(1).lower() not in f.lower() and _qualifies_when(wording, m)]
    lost += [x for x in _counts_of_days(wording) if x.lower() not in f.lower()]
    runs = [m.group(0) for m in _DAY_RUN.finditer(wording)]
    days_said = [d.lower() for d in re.findall(r"(?i)\b(" + "|".join(DAYS_DA) + r")\b", f)]
    why = ""
    ordinal = _ORDINAL_DAY.search(wording)
    if ordinal:
        why = f"«Hvor tit» kan ikke sige «{ordinal.group(0).strip()}» som en almindelig ugedag"
    elif lost:
        why = f"«Hvor tit» ville miste «{lost[0]}»"
    elif _NOT_DONE.search(wording):
        why = f"«Hvor tit» kan ikke sige, hvornår noget ikke skal ske («{_NOT_DONE.search(wording).group(0)}»)"
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
    elif t.texts["times"].split("{")[0] in f and any(_TIME.search(x) for x in runs) \
            and not re.search(r"\.\s+" + re.escape(t.texts["times"].split("{")[0]) + r"til kl\.\s*[\d.:]+\.$", f):
        # «hver mandag og torsdag kl. 17 og kl. 18»: the days carry one time, the other has no day
        why = "det er uklart, hvilken dag klokkeslættet hører til"
    elif t.texts["times"].split("{")[0] in f and _TIME_AND_OCCASION.search(wording):
        # «kl. 8 og igen om aftenen»: two times of the day, one a clock time – «Om aftenen. Det er kl. 8.» is untrue
        why = f"«Hvor tit» kan ikke sige «{_TIME_AND_OCCASION.search(wording).group(0)}» som ét tidspunkt"
    elif t.texts["times"].split("{")[0] in f and len(re.findall(r"(?i)\b" + _PART_OF_DAY + r"(?:en|ten)?\b", f)) > 1:
        # «om morgenen og om aftenen kl. 21»: «Det er kl. 21.» would be both
        why = "det er uklart, hvilket tidspunkt på dagen klokkeslættet hører til"
    elif _CONDITIONED.search(wording):
        why = f"«Hvor tit» ville miste betingelsen «{_CONDITIONED.search(wording).group(0).strip()} …»"
    elif _when_lost(wording, f):
        why = f"«Hvor tit» ville miste «{_when_lost(wording, f)}»"
    elif one_part := _occasion_of_one_part(wording):
        # «vælger sit tøj om morgenen og sin aftensmad …»: the morning is the clothes' – «Om morgenen.» would be both
        why = f"«Hvor tit» ville sige «{one_part}» om hele delmålet"
    elif (relative := _RELATIVE_DAY.search(wording)) and (
            _DAY.search(f) or t.texts["times"].split("{")[0] in f
            or re.search(r"\bkl\.", f)):
        # «senest kl. 17 dagen før», «kl. 8 aftenen før hver træning»: the time is on another day than the one named –
        # «Hver tirsdag. Det er senest kl. 17.» would move it to the day itself
        why = f"«Hvor tit» ville miste «{relative.group(0).strip()}»"
    elif within := _WITHIN.search(wording):
        # «inden for 2 hverdage efter fejlen»: a time limit after something happens – «Hverdage.» would make it a rhythm
        why = f"«Hvor tit» ville gøre fristen «{within.group(0).strip()}» til en fast tid"
    elif (deadline := _DEADLINE_IN_WHEN.search(wording)) and deadline.group(1).lower() not in f.lower():
        # «senest den 1. i hver måned», «inden kl. 10», «før fredag»: a deadline – «Den 1. i hver måned.» would make
        # it a fixed day
        why = f"«Hvor tit» ville miste «{deadline.group(1).lower()}»"
    elif rhythm := _rhythm_lost(wording, f):
        # «hver 6. uge … og … hver anden måned»: two rhythms, one said – «Hver anden måned.» would be both
        why = f"«Hvor tit» ville miste «{rhythm}»"
    if why:
        left.append((where, f, why))
        return None
    return f




#: a day, morning or evening counted from another occasion («dagen før», «aftenen før», «morgenen efter», «to dage
#: før»): a weekday or a clock time with it is not on the day the «Hvor tit» line would name (a rhythm alone –
#: «Hver morgen.», «Mindst 2 gange om måneden.» – stays; «i 6 uger efter udskrivelsen» is a period)
_RELATIVE_DAY = re.compile(r"(?i)(?<![\wæøå])(?:(?:dagen|aftenen|morgenen|formiddagen|eftermiddagen|natten)|"
                           r"(?:\w+\s+)?(?:dage|døgn|aftener))\s+(?:før|inden|efter)(?![\wæøå])")
#: a time limit counted from something that happens («inden for 2 hverdage», «inden for et døgn», «indenfor 3 dage»)
_WITHIN = re.compile(r"(?i)(?<![\wæøå])inden\s*for\s+(?:\S+\s+){0,2}?(?:hverdage|arbejdsdage|dage|døgn|timer)"
                     r"(?![\wæøå])")  # (not «inden for 6 uger»: the goal's own period)


#: a deadline on the when itself – a day of the month, a clock time or a weekday after «senest», «inden», «før» (not
#: the period's end date: «senest 1. juni 2027» names a month)
_DEADLINE_IN_WHEN = re.compile(
    r"(?i)\b(senest|inden|før)\s+(?:den\s+)?(?:\d{1,2}\.\s+i\s+(?:hver\s+)?måned(?:en)?\b|(?:kl\.?|klokken)\s*\d|"
    r"(?:på\s+)?(?:" + "|".join(DAYS_DA) + r")(?:en)?\b)")


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
    would say both happen on both. A comma, a full stop or a finite verb between the runs is such a clause, and so
    is a «før/efter/inden» that tells one day by the other ("om fredagen før besøget hver anden lørdag": the Friday
    is every other one too – «Hver fredag og hver anden lørdag» would be untrue); "hver tirsdag og hver søndag" is
    one list."""
    r = rules()
    runs = list(_DAY_RUN.finditer(wording or ""))
    for a, b in zip(runs, runs[1:]):
        between = wording[a.end():b.start()]
        if re.search(r"[,;.:]", re.sub(r"\bkl\.", "kl", between)):
            return True
        if re.search(r"(?i)(?<![\wæøå])(?:før|efter|inden|op\s+til|forud\s+for)(?![\wæøå])", between):
            return True  # «om fredagen før besøget hver anden lørdag»: one day is told by the other, no list of two
        for w in re.findall(r"[\wæøå]+", between.lower()):
            if morph.available():
                if any(x.startswith(("vblex.pres", "vbmod.pres", "vbser.pres", "vbhaver.pres", "vblex.past"))
                       for x in morph.readings(w)) and w not in ("og", "hver", "hvert"):
                    return True
            elif w in r.irregular_finite or _finite(_T(w, ""), r):
                return True
    return False


_PART_OF_DAY = r"(?:morgen|formiddag|middag|eftermiddag|aften|nat)"
#: a meal, bedtime or time of day said as when the resident does it: after a preposition, «hver» or «om» («efter
#: morgenmaden», «til frokost», «om aftenen», «hver morgen»), or in a list of times of day («morgen og aften»,
#: «morgen, middag og aften») – a meal as what is done («laver aftensmad») or what it is for («dækker bord til
#: aftensmaden») is no time
_OCCASION = re.compile(r"(?i)\b(?:efter|før|inden|ved|under|om|hver|hvert|alle)\s+(?:den\s+)?"
                       r"(morgenmad|frokost|middagsmad|aftensmad|sengetid|morgen|formiddag|middag|eftermiddag|aften|nat)"
                       r"(?:en|ten|er|erne)?(?![\wæøå])")
_PARTS_LIST = re.compile(r"(?i)\b" + _PART_OF_DAY + r"(?:en|ten)?(?:(?:\s*,\s*|\s+og\s+|\s+eller\s+)(?:om\s+)?"
                         + _PART_OF_DAY + r"(?:en|ten)?)+(?![\wæøå])")
_APPROX_IN = re.compile(r"(?i)\b(?:kl\.?|klokken)\s*(ca\.?|cirka|omkring)\s*\d")


def _has(word: str, said: str) -> bool:
    return re.search(rf"(?i)(?<![\wæøå]){re.escape(word)}(?:en|ten|er|erne)?(?![\wæøå])", said) is not None


#: a rhythm of the wording by the calendar: «hver 6. uge», «hver anden måned», «hvert kvartal», «én gang om måneden»,
#: «2 gange om ugen» (weekdays, clock times and times of day are `_when_lost`'s) – each must be in the «Hvor tit»
#: line whole, or the line is left out; not «for hver dag i ugen» (what it is for, not how often)
_RHYTHM = re.compile(r"(?i)(?<!\bfor )\bhvert?\s+(?:\d+\.\s*|anden\s+|andet\s+|tredje\s+|fjerde\s+)?"
                     r"(?:dag|uge|måned|kvartal|år|halvår|weekend)\b|"
                     r"\b(\d+|en|én|et|ét|to|tre|fire|fem|seks)\s+gange?\s+(?:om|i|pr\.?|hver|hvert|per)\s+"
                     r"(?:dagen|dag|ugen|uge|måneden|måned|året|år)\b")
_COUNT_WORDS = {"en": 1, "én": 1, "et": 1, "ét": 1, "to": 2, "tre": 3, "fire": 4, "fem": 5, "seks": 6}


def _rhythm_lost(wording: str, said: str) -> str:
    """The first rhythm of the wording (`_RHYTHM`) the «Hvor tit» line `said` does not carry ("" when it carries
    them all): the wording names two things with two rhythms and the line took one of them. «2 gange om ugen» is
    carried by a line with two weekdays («Hver mandag og torsdag.»)."""
    low = re.sub(r"\s+", " ", said.lower()).replace("én", "en").replace("ét", "et")
    days = {d for d in DAYS_DA if re.search(rf"\b{d}", low)}
    for m in _RHYTHM.finditer(wording or ""):
        x = re.sub(r"\s+", " ", m.group(0).lower()).replace("én", "en").replace("ét", "et")
        if x in low:
            continue
        n = m.group(1)
        if n and re.search(r"(?i)\bug", m.group(0)) and len(days) == (int(n) if n.isdigit() else _COUNT_WORDS.get(
                n.lower(), -1)):
            continue  # «to gange om ugen» said as its two days
        return m.group(0)
    return ""


def _when_lost(wording: str, said: str) -> str:
    """The first when-word of the wording the «Hvor tit» line `said` would not carry ("" when it carries them all):
    every weekday; a weekday range or choice it cannot say («mandag-torsdag», «mandag eller torsdag»); when it says a
    clock time, every clock time of the wording and the word that makes each what it is («ca.»,
    «omkring», «tidligst», «senest», «ved 16-tiden»); every meal or time of day the resident does it at – one alone
    may go unsaid when the line names no time of day at all («Hver onsdag.» for «hver onsdag efter aftensmaden»),
    two never («morgen og aften» is not «Om aftenen»)."""
    w = wording or ""
    for d in DAYS_DA:
        if rx(rf"(?i)\b{d}").search(w) and not rx(rf"(?i)\b{d}").search(said):
            return d
    m = rx(r"(?i)\b" + _DAYWORD + r"\s*[-–/+&]\s*" + _DAYWORD + r"\b").search(w)
    if m:
        return m.group(0)
    m = re.search(r"(?i)(?:\b" + _DAYWORD + r"|\d)\s*,?\s+(?:og/)?eller\s+(?:kl\.?\s*)?(?:" + _DAYWORD + r"\b|\d)", w)
    if m and not re.search(r"(?i)\beller\b", said):
        return m.group(0)
    occasions = [x.group(1).lower() for x in _OCCASION.finditer(w)]
    for x in _PARTS_LIST.finditer(w):
        occasions += [y.lower() for y in re.findall(r"(?i)" + _PART_OF_DAY, x.group(0))]
    occasions = list(dict.fromkeys(occasions))
    clock = bool(re.search(r"(?i)\bkl\.|-tiden\b|\d", said))
    timed = clock or any(_has(o, said) for o in occasions) \
        or bool(re.search(r"(?i)\b(?:morgen|formiddag|middag|eftermiddag|aften|nat)(?:en|ten)?\b", said))
    if clock:  # (a time of someone else's – «når bussen kommer kl. 7.45» – may go unsaid beside «Om morgenen.»)
        for m in _TIME.finditer(w):
            for x in re.findall(r"\d{1,2}(?:[.:]\d{2})?", m.group(2)):
                if not re.search(rf"(?<![\d.:]){re.escape(x)}(?![\d]|[.:]\d)", said):
                    return "kl. " + x
            if m.group(1) and not re.search(rf"(?i)(?<![\wæøå]){re.escape(m.group(1))}", said):
                return m.group(0)
        for m in list(_TIDEN.finditer(w)) + list(_APPROX_IN.finditer(w)):
            if m.group(0).lower() not in said.lower():
                return m.group(0)
    if len(occasions) == 1 and not timed:
        return ""
    for o in occasions:
        if not _has(o, said):
            return o
    return ""


_OCC_PHRASE = (r"(?:(?:efter|før|inden|ved|til|om|hver)\s+(?:den\s+)?)?(?:morgenmad|frokost|middagsmad|aftensmad|sengetid|"
               r"morgen|formiddag|middag|eftermiddag|aften|nat)(?:en|ten)?")
#: a clock time and a time of day given as two times («kl. 8 og igen om aftenen», «om morgenen og kl. 20»)
_TIME_AND_OCCASION = re.compile(r"(?i)\b(?:kl\.?|klokken)\s*\d{1,2}(?:[.:]\d{2})?\s*(?:,|og|eller)\s+(?:igen\s+|så\s+)?"
                                + _OCC_PHRASE + r"(?![\wæøå])|\b" + _OCC_PHRASE
                                + r"\s*(?:,|og|eller)\s+(?:igen\s+|så\s+)?(?:kl\.?|klokken)\s*\d")
