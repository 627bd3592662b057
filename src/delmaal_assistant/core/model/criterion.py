"""The measurement criterion ("Hvordan måler vi, at delmålet er nået") read as a rule, and checked against the
dated observations – so a status says "nået" only when the observations meet the criterion over its window.

What is read from the Danish text (lower case; number words one to twelve):
- a **level**: "niveau 1" (the last one named, as in "fra niveau 3 til niveau 1"); without one, the delmål's
  expected end level. Lower is less support, so "met" is a level at or below it;
- a **window**: "i 4 uger (i træk)", "over to måneder", "de sidste 14 dage" – every observation in the window
  must be at the level, and the observations must cover it: at least one in each week (each month for windows
  longer than eight weeks);
- a **count**: "8 af 10 gange", "tre af de sidste fire onsdage" – of the last Y observations (inside the window
  when there is one) at least X at the level; fewer than Y observations is not enough to say.
A criterion with neither window nor count cannot be checked by observations; the check then says what is missing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal, Sequence
from delmaal_assistant.core.dates import format_date

from delmaal_assistant.core import texts

_NUM = {"en": 1, "et": 1, "én": 1, "ét": 1, "to": 2, "tre": 3, "fire": 4, "fem": 5, "seks": 6, "syv": 7,
        "otte": 8, "ni": 9, "ti": 10, "elleve": 11, "tolv": 12}
_N = r"(\d{1,3}|" + "|".join(sorted(_NUM, key=len, reverse=True)) + r")"
_LEVEL = re.compile(r"\bniveau(?:et)?\s+([0-4])\b")
_WINDOW = re.compile(rf"\b(?:i|over|gennem|de\s+(?:sidste|seneste)|hele)\s+{_N}\s+(uger?|måneder?|mdr\.?|dage?)\b")
_WINDOW_TRAEK = re.compile(rf"\b{_N}\s+(uger?|måneder?|mdr\.?|dage?)\s+i\s+træk\b")
_COUNT = re.compile(rf"\b{_N}\s+(?:ud\s+)?af\s+(?:de\s+)?(?:(?:sidste|seneste|næste)\s+)?{_N}\b")

State = Literal["met", "not_met", "undecided"]


def _n(word: str) -> int:
    return int(word) if word.isdigit() else _NUM[word]


def _fmt(d: date) -> str:
    return format_date(d)


@dataclass(frozen=True)
class Criterion:
    level: int | None  # at or below this level counts as met
    level_from_text: bool
    window_days: int | None
    window_text: str
    count: tuple[int, int] | None  # (X, Y): X of the last Y observations

    def describe(self) -> str:
        """How the criterion was read, in Danish."""
        parts = []
        if self.level is not None:
            parts.append(texts.get("core.model.criterion.niveau_eller_lavere", level=self.level) if self.level_from_text
                         else texts.get("core.model.criterion.forventede_niveau_eller_lavere", level=self.level))
        if self.count:
            parts.append(texts.get("core.model.criterion.mindst_de_seneste_observationer", value=self.count[0],
                                   value2=self.count[1]))
        if self.window_days:
            parts.append(f"hele tiden i {self.window_text}")
        return " ".join(parts)


def parse(text: str, expected: int | None) -> Criterion:
    low = " ".join((text or "").lower().split())
    levels = _LEVEL.findall(low)
    level = int(levels[-1]) if levels else expected
    window_days, window_text = None, ""
    m = _WINDOW_TRAEK.search(low) or _WINDOW.search(low)
    if m:
        n, unit = _n(m.group(1)), m.group(2)
        per = 7 if unit.startswith("uge") else 30 if unit.startswith(("måned", "mdr")) else 1
        window_days = n * per
        window_text = f"{n} {'uge' if per == 7 else 'måned' if per == 30 else 'dag'}" + (
            "" if n == 1 else "r" if per == 7 else "er" if per == 30 else "e")
    count = None
    c = _COUNT.search(low)
    if c and 0 < _n(c.group(1)) <= _n(c.group(2)):
        count = (_n(c.group(1)), _n(c.group(2)))
    return Criterion(level, bool(levels), window_days, window_text, count)


@dataclass(frozen=True)
class CriterionCheck:
    state: State
    text: str  # one Danish sentence: met, not met and why, or what is missing to say
    rule: str = ""  # how the criterion was read ("" when it could not be)


def check(measurement: str, expected: int | None, observations: Sequence, today: date,
          end: date | None = None) -> CriterionCheck:
    """The criterion against the observations (objects with observed_on and level), up to today."""
    crit = parse(measurement, expected)
    missing = []
    if crit.level is None:
        missing.append(texts.get("core.model.criterion.hvilket_niveau_taeller_naaet"))
    if crit.window_days is None and crit.count is None:
        missing.append(texts.get("core.model.criterion.over_hvor_lang_tid"))
    if not (measurement or "").strip():
        return CriterionCheck("undecided", texts.get("core.model.criterion.ikke_skrevet_succeskriterium_saa"))
    if missing:
        return CriterionCheck("undecided", texts.get("core.model.criterion.om_delmaalet_naaet_kan") + texts.get("core.model.criterion.eller").join(missing) + ".")
    obs = sorted((o for o in observations if o.observed_on <= today), key=lambda o: o.observed_on)
    rule = crit.describe()
    if not obs:
        return CriterionCheck("undecided", texts.get("core.model.criterion.kriteriet_kan_ikke_vurderes", rule=rule), rule)
    last = obs[-1].observed_on
    level = crit.level
    assert level is not None
    stale = ""
    if (end is None or today <= end) and (today - last).days > max(14, (crit.window_days or 0) // 2):
        stale = texts.get("core.model.criterion.seneste_observation_fra_dage", fmt=_fmt(last), days=(today - last).days)
    if crit.window_days:
        start = last - timedelta(days=crit.window_days - 1)
        inside = [o for o in obs if o.observed_on >= start]
        above = [o for o in inside if o.level > level]
        step = 7 if crit.window_days <= 56 else 30
        gaps = []
        s = start
        while s <= last:
            e = min(s + timedelta(days=step - 1), last)
            if not any(s <= o.observed_on <= e for o in inside):
                gaps.append((s, e))
            s = e + timedelta(days=1)
        if crit.count:
            x, y = crit.count
            counted = inside[-y:]
            good = sum(o.level <= level for o in counted)
            if len(counted) < y:
                return CriterionCheck("undecided", texts.get("core.model.criterion.kriteriet_kan_ikke_vurderes_2",
                                                             rule=rule, counted=len(counted),
                                                             window_text=crit.window_text, y=y, stale=stale), rule)
            if good >= x:
                return CriterionCheck("met", texts.get("core.model.criterion.kriteriet_naaet_de_seneste", rule=rule,
                                                       good=good, y=y, fmt=_fmt(last), level=level, stale=stale), rule)
            return CriterionCheck("not_met", texts.get("core.model.criterion.kriteriet_ikke_naaet_kun", rule=rule,
                                                       good=good, y=y, level=level, stale=stale), rule)
        if above:
            worst = max(above, key=lambda o: (o.level, o.observed_on))
            return CriterionCheck("not_met", texts.get("core.model.criterion.kriteriet_ikke_naaet_de", rule=rule,
                                                       window_text=crit.window_text, fmt=_fmt(last),
                                                       level=worst.level, fmt2=_fmt(worst.observed_on), stale=stale), rule)
        if obs[0].observed_on > start or gaps:
            what = (texts.get("core.model.criterion.observationerne_begynder_foerst") + _fmt(obs[0].observed_on)) if obs[0].observed_on > start \
                else texts.get("core.model.criterion.ingen_observation", fmt=_fmt(gaps[0][0]), fmt2=_fmt(gaps[0][1]))
            return CriterionCheck("undecided", texts.get("core.model.criterion.kriteriet_kan_ikke_vurderes_3",
                                                         rule=rule, window_text=crit.window_text, what=what,
                                                         stale=stale), rule)
        return CriterionCheck("met", texts.get("core.model.criterion.kriteriet_naaet_alle_observationer", rule=rule,
                                               inside=len(inside), fmt=_fmt(start), fmt2=_fmt(last), level=level,
                                               stale=stale), rule)
    x, y = crit.count  # type: ignore[misc]
    counted = obs[-y:]
    good = sum(o.level <= level for o in counted)
    if len(counted) < y:
        return CriterionCheck("undecided", texts.get("core.model.criterion.kriteriet_kan_ikke_vurderes_4", rule=rule,
                                                     counted=len(counted), y=y, stale=stale), rule)
    if good >= x:
        return CriterionCheck("met", texts.get("core.model.criterion.kriteriet_naaet_de_seneste", rule=rule,
                                               good=good, y=y, fmt=_fmt(last), level=level, stale=stale), rule)
    return CriterionCheck("not_met", texts.get("core.model.criterion.kriteriet_ikke_naaet_de_2", rule=rule, good=good,
                                               y=y, level=level, x=x, stale=stale), rule)
