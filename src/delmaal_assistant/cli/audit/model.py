"""The audit's figures: every delmål of a run as a Row (a wording, or a saved delmål with its fields), counted
with the shared `Stats` overall, per group, per pair of groups and per month; the codes' Danish names and one
explanation per code."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path

from delmaal_assistant.checker.findings import SEVERITY_RANK, Finding
from delmaal_assistant.checker.lexicon import LexiconError
from delmaal_assistant.checker.registry import code_registry
from delmaal_assistant.cli.check import WHOLE_FIELD, Item, Stats, Tally, Unit, distinct, tally
from delmaal_assistant.core import texts
from delmaal_assistant.core.dates import MONTHS_DA
from delmaal_assistant.core.model.codes import code_name as _core_code_name
from delmaal_assistant.core.model.codes import problem_code
from delmaal_assistant.core.model.fields import field_value, value_text
from delmaal_assistant.core.model.fields import path_for_label
from delmaal_assistant.core.model.fields import registry
from delmaal_assistant.core.sanitize import export_safe

REPORT_TYPES = (".html", ".htm", ".xlsx")
EXAMPLES = 3  # examples kept per problem (the report shows at most three)
NO_GROUP = texts.get("cli.audit.model.uden_gruppe")
NO_MONTH = texts.get("cli.audit.model.uden_dato")
MAX_GROUP_BY = 2
DATE_HEADER = r"(dato|date|oprettet|oprettelsesdato|startdato|start|created|registreret|registreringsdato)"



# ---------------------------------------------------------------------------------------------- codes
def code_name(code: str) -> str:
    """A finding code's Danish name, from the code registry (the code itself if it has none)."""
    return _core_code_name(code)


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÆØÅ\"»(])")


def _teaching_text(code: str) -> str:
    """The code's teaching text as the code registry has it (the message of its first rule, check or judge)."""
    try:
        info = code_registry().get(code)
    except LexiconError:  # the checker's own loader reports a broken lexicon
        return ""
    return info.explanation if info else ""


@lru_cache(maxsize=256)
def code_explanation(code: str) -> str:
    """One explanation per code, the same on every row: the code's teaching text without the parts that are
    filled in per finding ("{excerpt}", "{words}"), at most two sentences, from the code registry."""
    text = " ".join(_teaching_text(code).split())
    sentences = [s for s in _SENTENCE_END.split(text) if s]
    general = [s for s in sentences if "{" not in s]
    if general:
        return " ".join(general[:2])
    if sentences:
        first = re.sub(r"\s*\([^()]*\{[^}]*\}[^()]*\)", "", sentences[0])  # "(… {start} – {end})"
        first = re.sub(r"\s*\"?\{[^}]*\}\"?", "", first)
        return re.sub(r"\s+([.,;:])", r"\1", re.sub(r"\s*[–-]\s*(?=[.,;:]|$)", "", first)).strip()
    return ""



@dataclass
class Row:
    """One delmål in the report (anchor r-N): a wording, or a saved delmål with its fields under it."""

    n: int
    unit: Unit
    where: str
    title: str
    groups: tuple[str, ...]
    month: str | None
    findings: list[Finding] = field(default_factory=list)

    @property
    def worst(self) -> str | None:
        return max((f.severity for f in self.findings), key=lambda s: SEVERITY_RANK[s], default=None)

    @property
    def id(self) -> str | None:
        return self.unit.first.id

    def fields(self) -> list[tuple[Item, list[Finding]]]:
        """(item, its distinct findings) for every item with findings; a wording: itself even without."""
        if not self.unit.saved:
            it = self.unit.first
            return [(it, distinct(it.findings))]
        return [(it, distinct(it.findings)) for it in self.unit.items if it.findings]


@dataclass(slots=True)
class SavedSummary:
    """All that `Audit.add_saved` takes from a saved delmål which does not depend on the rows before it, worked
    out where the delmål is checked (`Audit.saved_summary`, a worker process of a large run): the process joining
    the results then only adds it up, in order."""

    where: str  # the file's name
    title: str
    groups: tuple[str, ...]  # its --group-by values (NO_GROUP for none)
    tally: Tally  # its counts (Stats.add_tally)
    worst: str | None  # the worst severity of its findings
    advice: tuple[tuple[str, str], ...]  # (code, advice): the first advice of each code in its findings, in order
    examples: tuple[tuple[str, tuple, int, int], ...]  # per code (sorted): (code, clarity, item, finding) of its
    #                                                  plainest finding (`example_clarity`; indices in the items)


def month_of(value) -> str | None:
    """'2026-11' from a date, a datetime or a date as people type it (ISO, 1-11-2026, 1.11.26); else None."""
    if value is None:
        return None
    if isinstance(value, datetime | date):
        return f"{value.year:04d}-{value.month:02d}"
    s = str(value).strip()
    m = re.match(r"^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?", s)
    if m:
        y, mo = int(m.group(1)), int(m.group(2))
    else:
        m = re.match(r"^(\d{1,2})[.\-/](\d{1,2})[.\-/](\d{2}|\d{4})\b", s)
        if not m:
            return None
        y, mo = int(m.group(3)), int(m.group(2))
        y = y + 2000 if y < 100 else y
    return f"{y:04d}-{mo:02d}" if 1 <= mo <= 12 and 1900 < y < 2200 else None


def month_da(key: str) -> str:
    if key == NO_MONTH:
        return key
    y, m = key.split("-")
    return f"{MONTHS_DA[int(m) - 1]} {y}"


class Audit:
    """Every delmål of a run and the counts the report shows: one Stats for all, one per group (per --group-by
    column), one per pair of groups (two columns), one per month."""

    def __init__(self, group_by: list[str] | None = None, dates: dict[str, str] | None = None,
                 saved_groups: dict[str, tuple[str | None, ...]] | None = None, render_row=None) -> None:
        """`render_row(audit, row)`: streaming (the HTML report): each row is rendered as it is added – its
        table row as (the cells before the id cell, the id, the cells after it) – and only that text is kept,
        with the counts and a few examples per problem; `rows` stays empty. Without it every Row is kept (the
        workbook reads them)."""
        self.group_by = list(group_by or [])
        self.dates = dates or {}  # saved delmål: source -> month
        self.saved_groups = saved_groups or {}  # saved delmål: source -> the --group-by values (saved_group_values)
        self.stats = Stats()
        self.rows: list[Row] = []
        self.by_group: list[dict[str, Stats]] = [{} for _ in self.group_by]
        self.cross: dict[tuple[str, str], Stats] = {}
        self.by_month: dict[str, Stats] = {}
        self._advice: dict[str, str | None] = {}  # code → the first advice given with it (in row order)
        self.render_row = render_row
        self.rendered: list[tuple[str, str | None, str]] = []  # streaming: each row's table row, in order
        self.worst: dict[str | None, int] = {}  # rows by their worst severity
        self.any_id = False
        self._rows_with: dict[str, list[int]] = {}  # code → the numbers of the rows with it, in order
        self._examples: dict[str, list[tuple[tuple, int, Row, Item, Finding]]] = {}  # code → the best EXAMPLES
        self._n = 0

    def add(self, item: Item, pieces=None) -> Row | None:
        """Count one result (a saved delmål's field results are held until its whole result closes it). `pieces`
        (on a saved delmål's whole result, streaming): its row as `render_row`'s pieces, rendered where it was
        checked; only what depends on the rows before it is done here. (`delmaal audit` adds a saved delmål with
        `add_saved`, from what its worker worked out: `saved_summary`.)"""
        if item.findings:  # one name per problem: a code counted as another code's problem takes its code
            item.findings = [_compact(f if (p := problem_of(f)) == f.code else replace(f, code=p))
                             for f in item.findings]
        # the report keeps every delmål's texts and findings until it is written: what repeats is kept once
        # (a finding's code, message, advice and field, a field's label and file name arrive from the worker pool
        # as new strings each time), and the SMART items, which the report does not show, are not kept
        item.smart = None
        item.source, item.label, item.field = _share(item.source), _share(item.label), _share(item.field)
        unit = self.stats.add(item)
        if unit is None:
            return None
        first = unit.first
        extra = first.extra or ()
        ngroups = len(self.group_by)
        if unit.saved:
            extra = self.saved_groups.get(first.source, ())
        groups = tuple((extra[i] if i < len(extra) else None) or NO_GROUP for i in range(ngroups))
        if unit.saved:
            month = self.dates.get(first.source)
            title = _saved_title(unit)
            where = Path(first.source).name
        else:
            month = month_of(extra[ngroups]) if len(extra) > ngroups else None
            title = first.text
            where = _where(first)
        self._n += 1
        row = Row(self._n, unit, where, title, groups, month, distinct([f for it in unit.items for f in it.findings]))
        self._count(row)
        self._keep(row, pieces)
        for i, g in enumerate(groups):
            self.by_group[i].setdefault(g, Stats()).add_unit(unit)
        if ngroups == 2:
            self.cross.setdefault(groups, Stats()).add_unit(unit)
        self.by_month.setdefault(month or NO_MONTH, Stats()).add_unit(unit)
        return row

    def _count(self, row: Row) -> None:
        """What the report prints about every row, counted as the row comes: its worst severity, whether it has
        an id, the rows of each code, the first advice of each code and the best examples of each code."""
        self.worst[row.worst] = self.worst.get(row.worst, 0) + 1
        self.any_id = self.any_id or bool(row.id)
        for f in row.findings:
            if f.suggestion and f.code not in self._advice:
                self._advice[f.code] = f.suggestion
        details: dict[int, int] = {}  # id(item) → details_in(item.text): each text counted once, not per finding

        def clarity(it: Item, f: Finding) -> tuple:
            n = details.get(id(it))
            if n is None:
                n = details[id(it)] = details_in(it.text)
            return example_clarity(it, f, n)

        for code in sorted(row.unit.codes):
            self._rows_with.setdefault(code, []).append(row.n)
            hits = [(it, f) for it in row.unit.items for f in it.findings if f.code == code]
            if not hits:
                continue
            it, f = min(hits, key=lambda h: clarity(h[0], h[1]))
            best = self._examples.setdefault(code, [])
            best.append((clarity(it, f), row.n, row, it, f))
            if len(best) > EXAMPLES:
                best.sort(key=lambda x: (x[0], x[1]))
                del best[EXAMPLES:]

    @property
    def n(self) -> int:
        return self.stats.units

    def saved_summary(self, items: list[Item], extra: tuple[str | None, ...],
                      trim: bool = False) -> tuple[SavedSummary, Row]:
        """Where a saved delmål is checked: its results (`items`, the whole result last) with each finding named by
        its problem (`problem_of`, in place: as `add` names them), and what `add_saved` needs of it – its
        --group-by values (`saved_group_values`) – worked out there; with its row as `add_saved` makes it but for
        what depends on the rows before it (its number, its month): what the worker renders (`page.row_pieces`).
        `trim` (the HTML report, its row rendered from the returned one): the field results without findings – which
        nothing after this reads: the row is rendered, the results counted – are taken out of `items` (in place), so
        they are not sent back from the worker."""
        for it in items:
            if it.findings:
                it.findings = [f if (p := problem_of(f)) == f.code else replace(f, code=p) for f in it.findings]
        unit = Unit(items)
        ngroups = len(self.group_by)
        groups = tuple((extra[i] if i < len(extra) else None) or NO_GROUP for i in range(ngroups))
        t = tally(items)
        unit.codes = set(t.codes)
        row = Row(0, unit, Path(items[0].source).name, _saved_title(unit), groups, None,
                  distinct([f for it in items for f in it.findings]))
        advice: dict[str, str] = {}
        for f in row.findings:
            if f.suggestion and f.code not in advice:
                advice[f.code] = f.suggestion
        if trim:
            items[:] = [it for it in items if it.findings or it.field == WHOLE_FIELD]
        details = [details_in(it.text) if it.findings else 0 for it in items]
        examples = []
        for code in sorted(t.codes):
            hits = [(example_clarity(it, f, details[i]), i, j) for i, it in enumerate(items)
                    for j, f in enumerate(it.findings) if f.code == code]
            clarity, i, j = min(hits, key=lambda h: h[0])  # the first of the plainest, as `_count` takes it
            examples.append((code, clarity, i, j))
        summary = SavedSummary(row.where, row.title, groups, t, row.worst, tuple(advice.items()), tuple(examples))
        return summary, row

    def _keep(self, row: Row, pieces) -> None:
        """The row kept as it is (the workbook) or rendered in order (HTML; with the worker's `pieces` when it sent
        them) – the one place `add` and `add_saved` keep a row."""
        if self.render_row is None:
            self.rows.append(row)
        elif pieces is None:
            self.rendered.append(self.render_row(self, row))
        else:
            self.rendered.append(self.render_row(self, row, pieces))

    def add_saved(self, items: list[Item], s: SavedSummary, month: str | None, pieces=None) -> Row:
        """Count one saved delmål from its results (named by their problems where it was checked) and its
        `saved_summary`: what `add` of each of its results counts, but for the work done where it was checked."""
        if self.render_row is None:  # the workbook keeps every row: what repeats in them is kept once (see add)
            for it in items:
                if it.findings:
                    it.findings = [_compact(f) for f in it.findings]
                it.smart = None
                it.source, it.label, it.field = _share(it.source), _share(it.label), _share(it.field)
        t = s.tally
        unit = Unit(items, set(t.codes))
        self.stats.add_tally(t)
        self._n += 1
        row = Row(self._n, unit, s.where, s.title, s.groups, month, distinct([f for it in items for f in it.findings]))
        self.worst[s.worst] = self.worst.get(s.worst, 0) + 1
        self.any_id = self.any_id or bool(row.id)
        for code, advice in s.advice:
            if code not in self._advice:
                self._advice[code] = advice
        n = row.n
        for code, clarity, i, j in s.examples:
            self._rows_with.setdefault(code, []).append(n)
            best = self._examples.setdefault(code, [])
            if len(best) >= EXAMPLES and clarity >= max(x[0] for x in best):
                continue  # it would be the one dropped (a later row loses a tie): `_count`'s list all the same
            it = items[i]
            best.append((clarity, n, row, it, it.findings[j]))
            if len(best) > EXAMPLES:
                best.sort(key=lambda x: (x[0], x[1]))
                del best[EXAMPLES:]
        self._keep(row, pieces)
        for i, g in enumerate(s.groups):
            self.by_group[i].setdefault(g, Stats()).add_tally(t)
        if len(s.groups) == 2:
            self.cross.setdefault(s.groups, Stats()).add_tally(t)
        self.by_month.setdefault(month or NO_MONTH, Stats()).add_tally(t)
        return row

    def codes(self) -> list[str]:
        return [c.code for c in self.stats.ordered()]

    def rows_with(self, code: str) -> list[int]:
        """The numbers of the rows (delmål) with the code, in order."""
        return list(self._rows_with.get(code, ()))

    def examples(self, code: str, k: int = 3) -> list[tuple[Row, Item, Finding]]:
        """Up to k (at most EXAMPLES) delmål with the code, one finding each: those that show the problem most
        plainly first (`example_clarity`), so a headline never leads with a text that is concrete after all."""
        best = sorted(self._examples.get(code, ()), key=lambda x: (x[0], x[1]))
        return [(r, it, f) for _c, _n, r, it, f in best[:min(k, EXAMPLES)]]

    def trend(self) -> list[str]:
        """The months in order (the undated last), when the delmål span at least two months."""
        months = sorted(m for m in self.by_month if m != NO_MONTH)
        if len(months) < 2:  # one month is no trend
            return []
        return months + ([NO_MONTH] if NO_MONTH in self.by_month else [])

    def first_suggestion(self, code: str) -> str | None:
        """The advice shown with the code (the first finding's with advice, in row order); a row repeats only
        advice that differs. (While rows are still added: the first so far – the same for any row added by
        then, since a later row cannot come first.)"""
        return self._advice.get(code)


_SHARED: dict[str, str] = {}


def _share(s: str | None) -> str | None:
    """One object for equal strings (bounded: a text seen once is not kept for ever)."""
    if s is None:
        return None
    hit = _SHARED.get(s)
    if hit is None:
        if len(_SHARED) >= 50_000:
            return s
        hit = _SHARED[s] = s
    return hit


def _compact(f: Finding) -> Finding:
    """The same finding with its repeating strings shared (equal in every attribute)."""
    return Finding(_share(f.code), _share(f.severity), f.start, f.end, f.excerpt, _share(f.message),  # type: ignore[arg-type]
                   _share(f.suggestion), _share(f.question), _share(f.field), _share(f.rule), f.key)


FOLDER_COLUMNS = ("enhed", "unit", "mappe", "afdeling", "team", "folder")


def saved_group_column(column: str) -> str | None:
    """What a --group-by column is in a saved delmål: a field path ('theme', 'goal_type', 'start_date' …, by its
    Danish label or path), 'folder' for the unit (the folder the file is in), or None when it has no such column."""

    if " ".join(column.casefold().split()) in FOLDER_COLUMNS:
        return "folder"
    return path_for_label(column)


def saved_group_values(d, source: str, columns: list[str]) -> tuple[str | None, ...]:
    """The values of the --group-by columns for one saved delmål (None where empty)."""

    out: list[str | None] = []
    for col in columns:
        path = saved_group_column(col)
        if path == "folder":
            folder = Path(source).resolve().parent.name if source not in ("-", "") else ""
            out.append(export_safe(folder) or None)
        elif path is None:
            out.append(None)
        else:
            out.append(export_safe(value_text(field_value(d, path))) or None)
    return tuple(out)


# (the word boundary tested once before the words: the same matches as "\d|\bkl\.|\bnår\b|…", in a fraction of the
# time – Python's re tried every alternative at every position)
_DETAIL = re.compile(r"\d|\b(?:kl\.|når\b|hvis\b|indtil\b|hver\b|først\b|bagefter\b|mandag|tirsdag|onsdag|torsdag|"
                     r"fredag|lørdag|søndag|morgen|aften)", re.I)


def details_in(text: str | None) -> int:
    """How many of the details that make a text concrete (a time, a number, a condition "når …", a weekday)."""
    return len(_DETAIL.findall(text or ""))


def example_clarity(it: Item, f: Finding, details: int | None = None) -> tuple:
    """How plainly a finding shows its problem, smaller first: a marked span of text; then a text without the
    details that make a text concrete (a time, a number, a condition "når …", a weekday); then fewer words.
    `details`: `details_in(it.text)` when the caller has counted them already."""
    text = f.excerpt if f.end > f.start else it.text
    return (0 if f.end > f.start else 1, details_in(it.text) if details is None else details,
            len((text or "").split()))


def problem_of(f: Finding) -> str:
    """The problem a finding counts as in the audit: codes.toml's `problem`, and a placeholder answer as its
    field being empty (the field's own missing-… code in the field registry)."""

    if f.code == "placeholder-answer" and f.field:
        spec = registry().spec(f.field)
        missing = [c for c in (spec.checks if spec else ()) if c.startswith("missing-")]
        if missing:
            return sorted(missing)[0]
    return problem_code(f.code)


def _saved_title(unit: Unit) -> str:
    for it in unit.items:
        if it.field == "title" and it.text.strip():
            return it.text.strip()
    return Path(unit.first.source).name.removesuffix(".delmaal.json")


def pct(part: int, whole: int) -> str:
    """A share as people read it: never "0 %" for something that is there, never "100 %" for all but one."""
    if not whole:
        return "–"
    v = 100 * part / whole
    if 0 < v < 0.5:
        return "under 1 %"
    if 99.5 <= v < 100:
        return "over 99 %"
    return f"{v:.0f} %"


def _clean(s: str | None) -> str:
    """Text from input made safe to show in the HTML or Excel report: no control characters, bidi controls
    visible, nothing XML cannot hold (U+FFFE/U+FFFF, lone surrogates: the workbook is XML); then HTML-escaped."""
    return export_safe(s or "")


def _where(r: Item) -> str:
    if r.field:
        return f"{_clean(Path(r.source).name)} · {_clean(r.label or r.field)}"
    if r.row is not None:
        return texts.get("cli.audit.model.raekke", clean=_clean(Path(r.source).name), row=r.row)
    if r.line is not None:
        return f"linje {r.line}" if r.source == "-" else f"{Path(r.source).name}:{r.line}"
    return "argument"



_DA_ORDER = str.maketrans({"æ": "z\u0001", "ä": "z\u0001", "ø": "z\u0002", "ö": "z\u0002", "å": "z\u0003"})


def _group_order(keys) -> list[str]:
    """Groups in Danish alphabetical order (… z, æ, ø, å), the delmål without a group last."""
    return sorted(keys, key=lambda g: (g == NO_GROUP, g.casefold().translate(_DA_ORDER)))
