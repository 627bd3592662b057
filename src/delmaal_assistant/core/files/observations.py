"""Observations over the period: recording one (validated, judged like an indicator text, appended to the
saved file atomically), progression numbers, and the unsent observation autosaved while it is being typed.

Append-only: `append_observation` reads the file on disk, adds one observation and writes it back (the previous
version kept as `.bak`); `keep_observations_on_disk` is used by every save of a delmål so a save from an older
copy (the assistant had the file open while `delmaal log` added one) never drops an observation.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from delmaal_assistant.core import texts
from delmaal_assistant.core.model import LEVEL_LABELS, Delmaal
from delmaal_assistant.core.files.storage import (  # noqa: F401  (keep_observations_on_disk: re-exported)
    atomic_write_text,
    ensure_private_dir,
    keep_observations_on_disk,
    load_delmaal,
    save_delmaal,
)
from delmaal_assistant.core.files.storage.locking import file_turn
from delmaal_assistant.core.model.period import Evaluation, Observation
from delmaal_assistant.core.dates import format_date


class ObservationError(ValueError):
    """An observation that cannot be recorded. The message is Danish and meant for the user."""


def fmt(d: date | None) -> str:
    return format_date(d, "–")


def level_text(d: Delmaal, level: int) -> str:
    """'2 – Moderat støttebehov: Jens sorterer selv tøjet …' – the delmål's own text for the level when it has one."""
    own = d.indicators.levels[level].what_we_see.strip()
    short = LEVEL_LABELS[level].split(" (")[0]
    return f"{level} – {short}: {own}" if own else f"{level} – {short}"


def check_observation(d: Delmaal, level: int, on: date, today: date) -> None:
    """Refuse a level outside 0-4, a date outside the delmål's period or in the future (Danish ObservationError)."""
    if isinstance(level, bool) or not isinstance(level, int) or not 0 <= level <= 4:
        raise ObservationError(texts.get("core.files.observations.niveauet_skal_vaere_helt", level=level))
    if on > today:
        raise ObservationError(texts.get("core.files.observations.datoen_ligger_fremtiden_dag", fmt=fmt(on),
                                         fmt2=fmt(today)))
    if d.start_date and on < d.start_date:
        raise ObservationError(texts.get("core.files.observations.datoen_ligger_foer_delmaalets", fmt=fmt(on),
                                         fmt2=fmt(d.start_date), fmt3=fmt(d.end_date)))
    if d.end_date and on > d.end_date:
        raise ObservationError(texts.get("core.files.observations.datoen_ligger_efter_delmaalets", fmt=fmt(on),
                                         fmt2=fmt(d.start_date), fmt3=fmt(d.end_date)))


def new_observation(d: Delmaal, *, level: int, note: str, on: date, by: str = "", today: date) -> Observation:
    check_observation(d, level, on, today)
    note = note.strip()
    if not note:
        raise ObservationError(texts.get("core.files.observations.skriv_hvad_saa_hvad"))
    try:
        return Observation(observed_on=on, level=level, note=note, by=by.strip())
    except ValueError as exc:  # pydantic's ValidationError, e.g. a lone surrogate from a broken terminal
        raise ObservationError(texts.get("core.files.observations.observationen_kunne_ikke_gemmes",
                                         name=type(exc).__name__)) \
            from None


def append_observation(path: Path, obs: Observation, *, today: date) -> Delmaal:
    """Add `obs` to the delmål saved at `path` and write it back atomically (backup kept). Re-reads the file
    first, holding the folder's write lock (`locking.file_turn`, the same every save of a delmål takes; it never
    writes without it), so an observation recorded elsewhere at the same time stays. Raises StorageError /
    ObservationError."""
    with file_turn(path):
        d = load_delmaal(path)
        check_observation(d, obs.level, obs.observed_on, today)
        if any(o.id == obs.id for o in d.observations):
            return d  # already there (e.g. a retry after a failed write that had in fact succeeded)
        d.observations = [*d.observations, obs]
        save_delmaal(path, d)
    return d


def save_evaluation(path: Path, ev: Evaluation) -> Delmaal:
    """Store the evaluation in the delmål saved at `path` (re-read first; `.bak` kept)."""
    with file_turn(path):
        d = load_delmaal(path)
        d.evaluation = ev
        save_delmaal(path, d)
    return d


# ------------------------------------------------------------------------------------------ judging a note


def judge_note(checker: Any, d: Delmaal, level: int, note: str) -> list:
    """The checker's findings on `note` judged as the indicator text "what we see" for `level` (observable
    behaviour, not a feeling, not the scale's own words): the same judge as the indicator step of the interview,
    through the checker's public `check_delmaal`."""
    probe = Delmaal(language=d.language)
    probe.indicators.levels[level].what_we_see = note
    field = f"indicators.levels[{level}].what_we_see"
    return [f for f in checker.check_delmaal(probe) if f.field == field]


# ------------------------------------------------------------------------------------------ progression


@dataclass(frozen=True)
class Progress:
    start: int | None
    latest: int | None
    latest_on: date | None
    expected: int | None
    trend: str  # "reached" (at the expected level at the latest look), "toward", "same", "away", "unknown"
    trend_da: str  # the trend in Danish, naming a setback when there is one
    count: int
    setback: str = ""  # Danish: "fra niveau 1 (12-03-2027) tilbage til 2 (20-03-2027)", or ""


TREND_DA = {
    "reached": texts.get("core.files.observations.forventede_niveau_ved_seneste"),
    "toward": texts.get("core.files.observations.bevaeger_sig_mod_forventede"),
    "same": texts.get("core.files.observations.uaendret_siden_start"),
    "away": texts.get("core.files.observations.bevaeger_sig_vaek_fra"),
    "unknown": texts.get("core.files.observations.kan_ikke_vurderes_endnu"),
}


def trend(start: int | None, latest: int | None, expected: int | None) -> str:
    """Where the latest level stands against the start and the expected end level (0-4; lower = less support)."""
    if start is None or latest is None or expected is None:
        return "unknown"
    if expected == start:  # keep the level (vedligeholde): kept or better is reached
        return "reached" if latest <= start else "away"
    direction = 1 if expected > start else -1
    moved = (latest - start) * direction
    if (latest - expected) * direction >= 0:
        return "reached"
    if moved > 0:
        return "toward"
    return "same" if moved == 0 else "away"


def in_period(d: Delmaal, on: date) -> bool:
    """`on` lies in the delmål's period (an open end counts as open)."""
    return not ((d.start_date and on < d.start_date) or (d.end_date and on > d.end_date))


def progress(d: Delmaal) -> Progress:
    """Start, latest, expected and the trend. Only observations in the period count (one dated outside it can
    only have been edited into the file by hand: `log` and the assistant refuse such dates); `count` is of those."""
    obs = sorted((o for o in d.observations if in_period(d, o.observed_on)),
                 key=lambda o: (o.observed_on, o.recorded_at))
    last = obs[-1] if obs else None
    latest = last.level if last else None
    latest_on = last.observed_on if last else None
    if d.evaluation is not None and (latest_on is None or d.evaluation.evaluated_on >= latest_on):
        latest, latest_on = d.evaluation.level_now, d.evaluation.evaluated_on
    start, expected = d.indicators.start_level, d.indicators.expected_end_level
    t = trend(start, latest, expected)
    series = [(o.observed_on, o.level) for o in obs]
    if d.evaluation is not None and latest_on == d.evaluation.evaluated_on and (not obs or
                                                                                 latest_on >= obs[-1].observed_on):
        series.append((latest_on, latest))
    back = setback(series)
    words = TREND_DA[t]
    if back:
        words = {"toward": texts.get("core.files.observations.taettere_forventede_niveau_end", back=back),
                 "same": texts.get("core.files.observations.tilbage_startniveauet_tilbageskridt", back=back),
                 "reached": texts.get("core.files.observations.forventede_niveau_ved_seneste_2", back=back),
                 "away": texts.get("core.files.observations.laengere_fra_forventede_niveau", back=back)}.get(t, words)
    return Progress(start, latest, latest_on, expected, t, words, len(obs), back)


def setback(series: list[tuple[date, int]]) -> str:
    """The setback at the end of a dated series of levels (lower = less support = better): the best level seen
    before the latest, when the latest is worse. "" when the latest is the best so far."""
    if len(series) < 2:
        return ""
    *before, (last_on, last) = series
    best_on, best = min(reversed(before), key=lambda x: x[1])  # the latest date among the best
    if last <= best:
        return ""
    return texts.get("core.files.observations.fra_niveau_tilbage", best=best, fmt=fmt(best_on), last=last,
                     fmt2=fmt(last_on))


def evaluation_due(d: Delmaal, today: date) -> bool:
    """At or after the evaluation date (the end date when there is none), and not evaluated yet."""
    when = d.evaluation_date or d.end_date
    return d.evaluation is None and when is not None and today >= when


def next_delmaal(d: Delmaal, ev: Evaluation) -> Delmaal:
    """A new delmål started from `d` after its evaluation: title, theme, måltype and the handleplan goal carried
    over, the reached level as start level; everything else is to be written anew."""
    new = Delmaal(language=d.language, title=d.title, handleplan_goal=d.handleplan_goal,
                  theme=d.theme.model_copy() if d.theme else None,
                  goal_type=d.goal_type.model_copy() if d.goal_type else None, continues_id=d.id)
    new.indicators.start_level = ev.level_now
    return new


# ------------------------------------------------------------------------------------------ unsent work autosaved


class PendingStore:
    """What is being typed on the follow-up screens (an observation, the evaluation's answers) before it is
    stored in the delmål file: one small JSON file per delmål and kind in the data folder, written atomically
    like drafts, so a kill while typing loses nothing."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)

    def _path(self, delmaal_id: str, kind: str) -> Path:
        safe = "".join(ch for ch in delmaal_id if ch.isalnum())[:64] or "x"
        return self.folder / f"{safe}.{kind}.json"

    def save(self, delmaal_id: str, kind: str, data: dict) -> None:
        ensure_private_dir(self.folder)
        atomic_write_text(self._path(delmaal_id, kind), json.dumps(data, ensure_ascii=False))

    def load(self, delmaal_id: str, kind: str) -> dict | None:
        path = self._path(delmaal_id, kind)
        try:
            if path.is_symlink() or not path.is_file():
                return None
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError, RecursionError):
            return None
        return data if isinstance(data, dict) else None

    def clear(self, delmaal_id: str, kind: str) -> None:
        try:
            self._path(delmaal_id, kind).unlink()
        except FileNotFoundError:
            pass
        except OSError:
            pass


# ------------------------------------------------------------------------------------------ across many delmål


@dataclass
class GroupProgress:
    group: str
    n: int = 0  # delmål
    measured: int = 0  # with a start level, an expected level and a level since (observation or evaluation)
    toward: int = 0  # moved toward the expected level, or reached it
    reached: int = 0
    same: int = 0
    away: int = 0

    def add(self, d: Delmaal) -> None:
        self.add_trend(progress(d).trend)

    def add_trend(self, t: str) -> None:
        """One delmål whose trend (Progress.trend) is `t`."""
        self.n += 1
        if t == "unknown":
            return
        self.measured += 1
        if t in ("toward", "reached"):
            self.toward += 1
        if t == "reached":
            self.reached += 1
        elif t == "same":
            self.same += 1
        elif t == "away":
            self.away += 1


NO_THEME = texts.get("core.files.observations.uden_tema")


def progression_by_group(delmaals: list[Delmaal], group_of=None) -> tuple[GroupProgress, list[GroupProgress]]:
    """The share of delmål that moved toward their expected level, in all and by group (default: FFB theme)."""
    counter = ProgressionCounter(group_of)
    for d in delmaals:
        counter.add(d)
    return counter.result()


class ProgressionCounter:
    """progression_by_group one delmål at a time (`delmaal audit` counts each as it is read, keeping none)."""

    def __init__(self, group_of=None) -> None:
        self.group_of = group_of or (lambda d: d.theme.name if d.theme else NO_THEME)
        self.total = GroupProgress("I alt")
        self.groups: dict[str, GroupProgress] = {}

    def add(self, d: Delmaal) -> None:
        self.add_seen(self.seen(d))

    def seen(self, d: Delmaal) -> tuple[str, str]:
        """What `add` counts of a delmål: its group and its trend (a worker process works it out, the parent adds it)."""
        return self.group_of(d) or NO_THEME, progress(d).trend

    def add_seen(self, seen: tuple[str, str]) -> None:
        g, t = seen
        self.total.add_trend(t)
        self.groups.setdefault(g, GroupProgress(g)).add_trend(t)

    def result(self) -> tuple[GroupProgress, list[GroupProgress]]:
        return self.total, sorted(self.groups.values(), key=lambda g: (g.group == NO_THEME, g.group.casefold()))
