"""`delmaal audit INPUT… -o REPORT.html|REPORT.xlsx [--group-by COLUMN]…`: the documentation lead's report.

The inputs are read and checked exactly as `delmaal check` does (`start_run`: same readers, filters,
delmaal.toml and worker pool), and counted with the same `Stats`: **one delmål is one unit** — a wording, or a
saved delmål file with all its fields — so every share is "of the delmål", never of fields.

The HTML report is one self-contained file (no network, no script; links only inside the page) built from a list
of sections (`SECTIONS`; another section is one more entry): overview, problems (chart + table with Danish names
and one explanation per code), each --group-by (a cross-table for two), the trend by month, the most important
problems with examples linked to their rows, every problem with its delmål, and every delmål with its fields and
findings. It prints on A4 with every column. The workbook has the same figures (percent formats), one row per
delmål (also those without findings) and one row per finding.
"""

from __future__ import annotations

import argparse
import html
import io
import os
import re
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path

from delmaal_assistant.checker.findings import SEVERITY_DA, SEVERITY_RANK, Finding
from delmaal_assistant.cli.check import (
    WHOLE_FIELD,
    DelmaalInput,
    InputError,
    Item,
    Source,
    Stats,
    Unit,
    add_common_options,
    count_da,
    distinct,
    first_sentence,
    start_run,
    unexpected,
    utf8_streams,
)
from delmaal_assistant.core.inputs import kind_of
from delmaal_assistant.core.sanitize import terminal_safe

REPORT_TYPES = (".html", ".htm", ".xlsx")
NO_GROUP = "(uden gruppe)"
NO_MONTH = "(uden dato)"
MAX_GROUP_BY = 2
DATE_HEADER = r"(dato|date|oprettet|oprettelsesdato|startdato|start|created|registreret|registreringsdato)"
MONTHS_DA = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober",
             "november", "december")


def add_audit_parser(sub) -> None:
    a = sub.add_parser(
        "audit",
        help="rapport over mange delmål (HTML eller Excel) til dokumentationsansvarlige",
        description=(
            "Tjek alle delmål i en eller flere eksporter (.csv, .tsv, .xlsx, .txt) eller gemte delmål (.json) og "
            "skriv en rapport: hvor stor en andel af delmålene har hvert problem, fordelt på fx team med "
            "--group-by (to gange giver en krydstabel), udviklingen måned for måned, de vigtigste problemer med "
            "eksempler og råd, og hvert delmål med sine fund. .html er én fil uden netværk, der kan printes på A4; "
            ".xlsx har et oversigtsark, ét ark med hvert delmål og ét med hvert fund."
        ),
    )
    a.add_argument("inputs", nargs="*", metavar="INPUT", help="fil(er) eller - for standard input")
    a.add_argument("-o", "--output", required=True, metavar="RAPPORT", help="rapportfilen: .html eller .xlsx")
    a.add_argument("--group-by", action="append", default=None, metavar="KOLONNE",
                   help="del tallene op efter denne kolonne (fx Team); kan gives to gange for en krydstabel")
    a.add_argument("--date-column", default=None, metavar="KOLONNE",
                   help="kolonnen med en dato til udviklingen pr. måned (standard: en kolonne, der hedder fx "
                        "Dato eller Oprettet; gemte delmål bruger deres oprettelsesdato)")
    a.add_argument("--title", default=None, help="rapportens titel (standard: filnavnene)")
    add_common_options(a)
    a.set_defaults(func=run_audit)


# ---------------------------------------------------------------------------------------------- codes
def code_name(code: str) -> str:
    """A finding code's Danish name (lexicons/da/codes.toml via core.codes; the code itself if it has none)."""
    from delmaal_assistant.core.codes import code_name as _name

    return _name(code)


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÆØÅ\"»(])")


@lru_cache(maxsize=1)
def _teaching_texts() -> dict[str, str]:
    """Each code's teaching text as the lexicons write it (its first rule's message template)."""
    import tomllib

    from delmaal_assistant.core.codes import CodeNamesError, code_names
    from delmaal_assistant.core.resources import lexicon_dir

    try:
        codes = set(code_names())
    except CodeNamesError:
        codes = set()
    out: dict[str, str] = {}

    def walk(node, path: list[str]) -> None:
        if isinstance(node, dict):
            code = node.get("code") if isinstance(node.get("code"), str) else None
            if isinstance(node.get("message"), str):
                owner = code or next((p for p in reversed(path) if p in codes), None)
                if owner:
                    out.setdefault(owner, node["message"])
            for k, v in node.items():
                walk(v, [*path, k])
        elif isinstance(node, list):
            for x in node:
                walk(x, path)

    for path in sorted(lexicon_dir("da").glob("*.toml")):
        try:
            walk(tomllib.loads(path.read_text(encoding="utf-8")), [])
        except (OSError, tomllib.TOMLDecodeError):
            continue  # the checker's own loader reports a broken lexicon
    return out


@lru_cache(maxsize=256)
def code_explanation(code: str) -> str:
    """One explanation per code, the same on every row: the code's teaching text without the parts that are
    filled in per finding ("{excerpt}", "{words}"), at most two sentences. (Read through this one function, so
    a registry of codes with its own explanations can take its place.)"""
    text = " ".join(_teaching_texts().get(code, "").split())
    sentences = [s for s in _SENTENCE_END.split(text) if s]
    general = [s for s in sentences if "{" not in s]
    if general:
        return " ".join(general[:2])
    if sentences:
        first = re.sub(r"\s*\([^()]*\{[^}]*\}[^()]*\)", "", sentences[0])  # "(… {start} – {end})"
        first = re.sub(r"\s*\"?\{[^}]*\}\"?", "", first)
        return re.sub(r"\s+([.,;:])", r"\1", re.sub(r"\s*[–-]\s*(?=[.,;:]|$)", "", first)).strip()
    return ""


# ---------------------------------------------------------------------------------------------- model
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

    def __init__(self, group_by: list[str] | None = None, dates: dict[str, str] | None = None) -> None:
        self.group_by = list(group_by or [])
        self.dates = dates or {}  # saved delmål: source -> month
        self.stats = Stats()
        self.rows: list[Row] = []
        self.by_group: list[dict[str, Stats]] = [{} for _ in self.group_by]
        self.cross: dict[tuple[str, str], Stats] = {}
        self.by_month: dict[str, Stats] = {}
        self._advice: dict[str, str | None] = {}

    def add(self, item: Item) -> Row | None:
        unit = self.stats.add(item)
        if unit is None:
            return None
        first = unit.first
        extra = first.extra or ()
        ngroups = len(self.group_by)
        groups = tuple((extra[i] if i < len(extra) else None) or NO_GROUP for i in range(ngroups))
        if unit.saved:
            month = self.dates.get(first.source)
            title = _saved_title(unit)
            where = Path(first.source).name
        else:
            month = month_of(extra[ngroups]) if len(extra) > ngroups else None
            title = first.text
            where = _where(first)
        row = Row(len(self.rows) + 1, unit, where, title, groups, month,
                  distinct([f for it in unit.items for f in it.findings]))
        self.rows.append(row)
        for i, g in enumerate(groups):
            self.by_group[i].setdefault(g, Stats()).add_unit(unit)
        if ngroups == 2:
            self.cross.setdefault(groups, Stats()).add_unit(unit)
        self.by_month.setdefault(month or NO_MONTH, Stats()).add_unit(unit)
        return row

    @property
    def n(self) -> int:
        return self.stats.units

    def codes(self) -> list[str]:
        return [c.code for c in self.stats.ordered()]

    def rows_with(self, code: str) -> list[Row]:
        return [r for r in self.rows if code in r.unit.codes]

    def examples(self, code: str, k: int = 3) -> list[tuple[Row, Item, Finding]]:
        """Up to k delmål with the code, one finding each, preferring findings that mark text."""
        out = []
        for r in self.rows:
            hit = None
            for it in r.unit.items:
                for f in it.findings:
                    if f.code == code and (hit is None or (f.end > f.start and hit[1].end <= hit[1].start)):
                        hit = (it, f)
            if hit is not None:
                out.append((r, *hit))
                if len(out) == k:
                    break
        return out

    def trend(self) -> list[str]:
        """The months in order (the undated last), when the delmål span at least two months."""
        months = sorted(m for m in self.by_month if m != NO_MONTH)
        if len(months) < 2:  # one month is no trend
            return []
        return months + ([NO_MONTH] if NO_MONTH in self.by_month else [])

    def first_suggestion(self, code: str) -> str | None:
        """The advice shown with the code (the first finding's); a row repeats only advice that differs."""
        if code not in self._advice:
            self._advice[code] = next((f.suggestion for r in self.rows for f in r.findings
                                       if f.code == code and f.suggestion), None)
        return self._advice[code]


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
    """Text from input made safe to show: no control characters, bidi controls visible (then HTML-escaped)."""
    return terminal_safe(s or "")


def _where(r: Item) -> str:
    if r.field:
        return f"{Path(r.source).name} · {r.label or r.field}"
    if r.row is not None:
        return f"{Path(r.source).name} række {r.row}"
    if r.line is not None:
        return f"linje {r.line}" if r.source == "-" else f"{Path(r.source).name}:{r.line}"
    return "argument"


# ---------------------------------------------------------------------------------------------- HTML
CSS = """
:root { --ink:#1b1f24; --muted:#5b6470; --line:#d7dce2; --err:#b3261e; --warn:#8a5a00; --sug:#0b5f7a; --bar:#2f6f9f; }
* { box-sizing: border-box; }
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: var(--ink);
       margin: 0 auto; max-width: 1100px; padding: 24px; }
h1 { font-size: 1.6em; margin: 0 0 4px; }
h2 { font-size: 1.25em; margin-top: 2em; border-bottom: 2px solid var(--line); }
h3 { font-size: 1.05em; margin-bottom: 4px; }
a { color: #1d5a8c; }
.meta { color: var(--muted); margin: 0 0 16px; }
nav.toc ol { margin: 4px 0 0; padding-left: 22px; columns: 2; }
.totals { display: flex; gap: 16px; flex-wrap: wrap; margin: 16px 0; }
.total { border: 1px solid var(--line); border-radius: 6px; padding: 10px 14px; min-width: 150px; }
.total b { display: block; font-size: 1.6em; }
table { border-collapse: collapse; width: 100%; margin: 8px 0 16px; }
th, td { text-align: left; vertical-align: top; padding: 5px 8px; border-bottom: 1px solid var(--line);
         overflow-wrap: anywhere; }
th { background: #f3f5f7; } td.num, th.num { text-align: right; white-space: nowrap; }
td.zero { color: #9aa3ad; } col.first { width: 26%; } table.groups th { vertical-align: bottom; }
.sev-error { color: var(--err); font-weight: 600; } .sev-warning { color: var(--warn); font-weight: 600; }
.sev-suggestion { color: var(--sug); font-weight: 600; }
.code-id { color: var(--muted); font-size: 0.85em; }
mark { background: #ffe58a; padding: 0 1px; }
.problem { border-left: 4px solid var(--bar); padding: 4px 14px; margin: 12px 0; }
.advice { margin: 6px 0; } .example { margin: 4px 0 4px 12px; }
.rowlinks { font-size: 0.9em; color: var(--muted); }
.wording td { font-size: 0.95em; } .wording ul { margin: 2px 0 6px; padding-left: 18px; }
.field { margin: 0 0 6px; } .field-label { font-weight: 600; }
.msg { color: var(--muted); }
.ok { color: #2e7d32; } code { font-size: 0.95em; }
.key { display: inline-block; width: 10px; height: 10px; margin-left: 8px; }
.chart a { cursor: pointer; } .chart a:hover rect { fill: #1d5a8c; }
svg text { font: 12px system-ui, Arial, sans-serif; fill: var(--ink); }
svg { max-width: 100%; height: auto; }
:target { outline: 3px solid #ffb000; outline-offset: 2px; }
@page { size: A4; margin: 14mm 12mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 9.5pt; }
  h2 { break-after: avoid; } h3 { break-after: avoid; }
  tr, .problem, svg, .field { break-inside: avoid; }
  table { table-layout: fixed; font-size: 8.5pt; }
  th, td { padding: 3px 4px; } th.num { white-space: normal; }
  .key { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  svg rect { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  thead { display: table-header-group; }
  th.rot { height: 11em; vertical-align: bottom; white-space: nowrap; padding: 2px; }
  th.rot > span { display: inline-block; writing-mode: vertical-rl; transform: rotate(180deg); }
  .total { border-color: #999; } mark { background: none; text-decoration: underline; font-weight: 600; }
  a { color: inherit; text-decoration: none; } nav.toc { break-after: avoid; }
}
"""

e = html.escape


def _anchor(code: str) -> str:
    return "kode-" + re.sub(r"[^a-z0-9-]", "", code.lower())


def _rowlink(r: Row, text: str | None = None) -> str:
    return f'<a href="#r-{r.n}">{e(text or f"nr. {r.n}")}</a>'


def _codelabel(code: str, link: bool = True) -> str:
    name = e(code_name(code))
    inner = f'<a href="#{_anchor(code)}">{name}</a>' if link else name
    return f'<span class="code" data-code="{e(code)}">{inner}</span>'


def _sev(sev: str) -> str:
    return f'<span class="sev-{e(sev)}">{e(SEVERITY_DA.get(sev, sev))}</span>'


BAR_COLOUR = {"error": "#b3261e", "warning": "#b07400", "suggestion": "#2f6f9f"}


def svg_bars(rows: list[tuple], total: int, title: str, link: bool = True) -> str:
    """Horizontal bars: one per (code, label, delmål with it), the share of `total` beside it; each bar links to
    the code's section (the delmål with the problem)."""
    if not rows:
        return ""
    bar_h, gap, label_w, chart_w = 22, 8, 300, 470
    height = len(rows) * (bar_h + gap) + 10
    width = label_w + chart_w + 100
    parts = [f'<svg class="chart" xmlns="http://www.w3.org/2000/svg" role="img" width="{width}" height="{height}" '
             f'viewBox="0 0 {width} {height}" aria-label="{e(title)}"><title>{e(title)}</title>']
    for i, (code, label, count, *sev) in enumerate(rows):
        colour = BAR_COLOUR.get(sev[0] if sev else "", "#2f6f9f")
        y = i * (bar_h + gap) + 4
        share = count / total if total else 0
        w = max(1.0, share * chart_w) if count else 0
        label = label if len(label) <= 42 else label[:41] + "…"
        bar = (f'<text x="{label_w - 8}" y="{y + bar_h * 0.7:.0f}" text-anchor="end">{e(label)}</text>'
               f'<rect x="{label_w}" y="{y}" width="{w:.1f}" height="{bar_h}" fill="{colour}"></rect>'
               f'<text x="{label_w + w + 6:.1f}" y="{y + bar_h * 0.7:.0f}">{e(pct(count, total))} ({count})</text>')
        if link:
            bar = f'<a href="#{_anchor(code)}">{bar}</a>'
        parts.append(f'<g class="bar" data-code="{e(code)}" data-count="{count}">{bar}</g>')
    parts.append("</svg>")
    return "".join(parts)


def _marked_html(text: str, findings: list[Finding], limit: int | None = None) -> str:
    """The text with the findings' spans marked; cut around the first mark when longer than `limit`."""
    spans = sorted({(f.start, f.end) for f in findings if f.end > f.start})
    lo, hi = 0, len(text)
    if limit and len(text) > limit:
        a = spans[0][0] if spans else 0
        lo = max(0, min(a - limit // 3, len(text) - limit))
        hi = min(len(text), lo + limit)
    out, pos = [], lo
    for a, b in spans:
        if a < pos or a >= hi:
            continue
        out.append(e(_clean(text[pos:a])))
        out.append("<mark>" + e(_clean(text[a:min(b, hi)])) + "</mark>")
        pos = min(b, hi)
    out.append(e(_clean(text[pos:hi])))
    return (("…" if lo else "") + "".join(out) + ("…" if hi < len(text) else "")).replace("\n", "<br>")


def _sources_text(sources: list[str]) -> str:
    """The inputs in a line: their names when few, else the count and the folders they are in."""
    names = [_clean(Path(s).name) for s in sources]
    if len(names) <= 6:
        return ", ".join(names)
    folders = sorted({_clean(str(Path(s).parent)) for s in sources})
    where = f" i {', '.join(folders[:3])}" + (" …" if len(folders) > 3 else "") if folders else ""
    return f"{len(names)} filer{where} ({names[0]} … {names[-1]})"


@dataclass
class Report:
    audit: Audit
    title: str
    sources: list[str]
    group_labels: list[str]


# A section: (id, heading in the table of contents, render(report) -> HTML or None to leave it out).
Section = tuple[str, str, Callable[[Report], str | None]]


def sec_totals(rep: Report) -> str:
    a, s = rep.audit, rep.audit.stats
    kinds = []
    if s.delmaal:
        kinds.append(f"{s.delmaal} gemte delmål")
    if s.wordings:
        kinds.append(f"{s.wordings} {'formulering' if s.wordings == 1 else 'formuleringer'} fra eksporter")
    warn = sum(1 for r in a.rows if r.worst in ("error", "warning"))
    return ('<div class="totals">'
            f'<div class="total" id="total-texts"><b>{a.n}</b>delmål tjekket</div>'
            f'<div class="total" id="total-with"><b>{s.units_with_findings}</b>med mindst ét fund '
            f'({pct(s.units_with_findings, a.n)})</div>'
            f'<div class="total" id="total-warn"><b>{warn}</b>med en advarsel eller fejl ({pct(warn, a.n)})</div>'
            f'<div class="total" id="total-without"><b>{a.n - s.units_with_findings}</b>uden fund</div>'
            f'<div class="total" id="total-findings"><b>{s.findings}</b>fund i alt: '
            + ", ".join(count_da(s.by_severity[k], k) for k in ("error", "warning", "suggestion")) + "</div>"
            + "</div>"
            + (f'<p class="meta">{e(" og ".join(kinds))}. Et gemt delmål tæller som ét delmål, uanset hvor mange '
               "felter fundene står i.</p>" if kinds else ""))


def sec_codes(rep: Report) -> str:
    a = rep.audit
    stats = a.stats.ordered()
    if not stats:
        return '<p class="ok">Ingen fund i nogen af delmålene.</p>'
    legend = " ".join(f'<span class="key" style="background:{BAR_COLOUR[k]}"></span> {e(SEVERITY_DA[k])}'
                      for k in ("error", "warning", "suggestion") if a.stats.by_severity.get(k))
    h = ['<p class="meta">Fejl og advarsler står før forslag. Klik på et problem for at se delmålene med det. '
         f"{legend}</p>",
         svg_bars([(c.code, code_name(c.code), c.units, c.severity) for c in stats], a.n,
                  "Andel af delmålene med hvert problem"),
         '<table id="codes"><colgroup><col style="width:24%"><col style="width:11%"><col style="width:8%">'
         '<col style="width:8%"><col style="width:7%"><col></colgroup><thead><tr><th>Problem</th><th>Niveau</th>'
         '<th class="num">Delmål</th><th class="num">Andel</th><th class="num">Fund</th><th>Hvad det betyder</th>'
         "</tr></thead><tbody>"]
    for c in stats:
        h.append(f'<tr data-code="{e(c.code)}"><td>{_codelabel(c.code)}'
                 f"</td><td>{_sev(c.severity)}</td><td class=\"num\">{c.units}</td>"
                 f'<td class="num">{pct(c.units, a.n)}</td><td class="num">{c.findings}</td>'
                 f"<td>{e(code_explanation(c.code))}</td></tr>")
    h.append("</tbody></table>")
    return "".join(h)


_DA_ORDER = str.maketrans({"æ": "z\u0001", "ä": "z\u0001", "ø": "z\u0002", "ö": "z\u0002", "å": "z\u0003"})


def _group_order(keys) -> list[str]:
    """Groups in Danish alphabetical order (… z, æ, ø, å), the delmål without a group last."""
    return sorted(keys, key=lambda g: (g == NO_GROUP, g.casefold().translate(_DA_ORDER)))


def _share_cell(st: Stats, code: str) -> str:
    c = st.codes.get(code)
    n = c.units if c else 0
    return f'<td class="num{"" if n else " zero"}" title="{n} af {st.units}">{pct(n, st.units)}</td>'


def _group_table(label: str, groups: dict[str, Stats], codes: list[str], tid: str) -> str:
    """Problems as rows, groups as columns (a unit has few teams and many codes: every column fits on A4)."""
    order = _group_order(groups)
    rot = ' class="num rot"' if len(order) > 6 else ' class="num"'
    h = [f'<table id="{tid}" class="groups"><colgroup><col class="first"></colgroup><thead><tr><th>Problem</th>'
         + "".join(f'<th{rot} data-group="{e(_clean(g))}"><span>{e(_clean(g))}</span></th>' for g in order)
         + "</tr></thead><tbody>",
         '<tr class="n"><td><b>Delmål</b></td>'
         + "".join(f'<td class="num"><b>{groups[g].units}</b></td>' for g in order) + "</tr>",
         '<tr class="any"><td>Med en advarsel eller fejl</td>'
         + "".join(f'<td class="num">{pct(_warned(groups[g]), groups[g].units)}</td>' for g in order) + "</tr>"]
    for code in codes:
        h.append(f'<tr data-code="{e(code)}"><td>{_codelabel(code)}</td>'
                 + "".join(_share_cell(groups[g], code) for g in order) + "</tr>")
    h.append("</tbody></table>")
    return "".join(h)


def _warned(st: Stats) -> int:
    return st.warned


def sec_groups(rep: Report) -> str | None:
    a = rep.audit
    if not a.group_by:
        return None
    codes = a.codes()
    h = []
    for i, label in enumerate(rep.group_labels):
        h.append(f'<h3 id="gruppe-{i + 1}">Fordelt på {e(_clean(label))}</h3>'
                 '<p class="meta">Andelen af gruppens delmål med hvert problem.</p>')
        h.append(_group_table(label, a.by_group[i], codes, "group-table" if i == 0 else f"group-table-{i + 1}"))
    if len(rep.group_labels) == 2:
        g1, g2 = rep.group_labels
        rows = _group_order(a.by_group[0])
        cols = _group_order(a.by_group[1])
        h.append(f'<h3 id="kryds">{e(_clean(g1))} × {e(_clean(g2))}</h3>'
                 '<p class="meta">Antal delmål, og hvor stor en andel af dem der har en advarsel eller fejl.</p>')
        h.append(f'<table id="cross-table"><colgroup><col class="first"></colgroup><thead><tr><th>{e(_clean(g1))} \\ {e(_clean(g2))}</th>'
                 + "".join(f'<th class="num">{e(_clean(c))}</th>' for c in cols) + "</tr></thead><tbody>")
        for r in rows:
            cells = []
            for c in cols:
                st = a.cross.get((r, c))
                cells.append(f'<td class="num" data-cell="{e(_clean(r))}|{e(_clean(c))}">'
                             + (f"{st.units} · {pct(st.warned, st.units)}" if st else "–") + "</td>")
            h.append(f'<tr data-group="{e(_clean(r))}"><td>{e(_clean(r))}</td>' + "".join(cells) + "</tr>")
        h.append("</tbody></table>")
    return "".join(h)


def sec_trend(rep: Report) -> str | None:
    a = rep.audit
    months = a.trend()
    if not months:
        return None
    top = [c.code for c in a.stats.ordered()[:4]]
    h = ['<p class="meta">Delmålene efter måned (gemte delmål: oprettelsesdatoen; eksporter: datokolonnen). '
         "Andelen med en advarsel eller fejl, og de hyppigste problemer.</p>",
         '<table id="trend-table"><colgroup><col class="first"></colgroup><thead><tr><th>Måned</th><th class="num">Delmål</th>'
         '<th class="num">Advarsel eller fejl</th>'
         + "".join(f'<th class="num">{_codelabel(c)}</th>' for c in top) + "</tr></thead><tbody>"]
    for m in months:
        st = a.by_month[m]
        h.append(f'<tr data-month="{e(m)}"><td>{e(month_da(m))}</td><td class="num">{st.units}</td>'
                 f'<td class="num">{pct(st.warned, st.units)}</td>'
                 + "".join(_share_cell(st, c) for c in top) + "</tr>")
    h.append("</tbody></table>")
    return "".join(h)


def sec_top(rep: Report) -> str:
    a = rep.audit
    stats = a.stats.ordered()[:3]
    if not stats:
        return "<p>Ingen.</p>"
    h = []
    for rank, c in enumerate(stats, 1):
        h.append(f'<div class="problem" data-code="{e(c.code)}"><h3>{rank}. {_codelabel(c.code)} '
                 f"({_sev(c.severity)}) – {c.units} af {a.n} delmål ({pct(c.units, a.n)})</h3>")
        h.append(f'<p class="advice">{e(code_explanation(c.code))}</p>')
        sug = a.first_suggestion(c.code)
        if sug:
            h.append(f'<p class="advice"><b>Forslag:</b> {e(_clean(sug))}</p>')
        h.append("<p><b>Eksempler:</b></p>")
        for r, it, f in a.examples(c.code):
            h.append(_example(r, it, f))
        h.append("</div>")
    return "".join(h)


def _example(r: Row, it: Item, f: Finding) -> str:
    label = f" · {e(_clean(it.label or it.field))}" if r.unit.saved and it.field != WHOLE_FIELD else ""
    text = _marked_html(it.text, [f], 240) if it.text else f'<span class="msg">{e(_clean(first_sentence(f.message)))}</span>'
    return f'<p class="example">{_rowlink(r)} ({e(_clean(r.where))}{label}): {text}</p>'


def sec_each_code(rep: Report) -> str:
    a = rep.audit
    h = []
    for c in a.stats.ordered():
        rows = a.rows_with(c.code)
        h.append(f'<div class="problem" id="{_anchor(c.code)}" data-code="{e(c.code)}">'
                 f"<h3>{e(code_name(c.code))} – {_sev(c.severity)}, "
                 f"{c.units} af {a.n} delmål ({pct(c.units, a.n)})</h3>"
                 f'<p class="advice">{e(code_explanation(c.code))}</p>')
        sug = a.first_suggestion(c.code)
        if sug:
            h.append(f'<p class="advice"><b>Forslag:</b> {e(_clean(sug))}</p>')
        for r, it, f in a.examples(c.code, 2):
            h.append(_example(r, it, f))
        h.append('<p class="rowlinks">Alle delmål med problemet: '
                 + ", ".join(_rowlink(r) for r in rows) + "</p></div>")
    return "".join(h) or "<p>Ingen.</p>"


def sec_all(rep: Report) -> str:
    a = rep.audit
    has_id = any(r.id for r in a.rows)
    h = ['<table class="wording"><colgroup><col style="width:5%"><col style="width:12%">'
         + ('<col style="width:7%">' if has_id else "")
         + "".join('<col style="width:8%">' for _ in rep.group_labels)
         + '<col><col style="width:32%"></colgroup><thead><tr><th class="num">Nr.</th><th>Hvor</th>'
         + ("<th>Id</th>" if has_id else "")
         + "".join(f"<th>{e(_clean(g))}</th>" for g in rep.group_labels)
         + "<th>Delmål</th><th>Fund</th></tr></thead><tbody>"]
    for r in a.rows:
        where = e(_clean(r.where)).replace(".", "<wbr>.")  # a long file name breaks before its suffixes
        cells = [f'<td class="num">{r.n}</td>', f"<td>{where}</td>"]
        if has_id:
            cells.append(f"<td>{e(_clean(r.id))}</td>")
        cells.extend(f"<td>{e(_clean(g))}</td>" for g in r.groups)
        if r.unit.saved:
            body = [f"<b>{e(_clean(r.title))}</b>"]
            found = []
            for it, fs in r.fields():
                if it.field == WHOLE_FIELD:
                    found.append(("Hele delmålet", fs))
                    continue
                body.append(f'<div class="field"><span class="field-label">{e(_clean(it.label or it.field))}:</span> '
                            + (_marked_html(it.text, fs, 300) if it.text else "<i>(tomt)</i>") + "</div>")
                found.append((it.label or it.field or "", fs))
            cells.append("<td>" + "".join(body) + "</td>")
            cells.append("<td>" + ("".join(
                f'<div class="field"><span class="field-label">{e(_clean(lbl))}</span><ul>'
                + "".join(_finding_li(f, a) for f in fs) + "</ul></div>" for lbl, fs in found)
                or '<span class="ok">ingen fund</span>') + "</td>")
        else:
            it = r.unit.first
            fs = distinct(it.findings)
            cells.append(f"<td>{_marked_html(it.text, fs)}</td>")
            cells.append("<td><ul>" + "".join(_finding_li(f, a) for f in fs) + "</ul></td>" if fs
                         else '<td class="ok">ingen fund</td>')
        h.append(f'<tr id="r-{r.n}" data-findings="{len(r.findings)}">' + "".join(cells) + "</tr>")
    h.append("</tbody></table>")
    return "".join(h)


def _finding_li(f: Finding, audit: Audit) -> str:
    """A finding beside its row: severity, the code's Danish name (linked to the code), the row's own message,
    and its advice when it differs from the advice shown with the code."""
    own = f.suggestion and f.suggestion != audit.first_suggestion(f.code)
    sug = f' <i>Forslag: {e(_clean(f.suggestion))}</i>' if own else ""
    excerpt = " ".join(_clean(f.excerpt).split())
    excerpt = excerpt if len(excerpt) <= 60 else excerpt[:59] + "…"
    quote = f" »{e(excerpt)}«" if excerpt else ""
    msg = own_message(f)
    return (f"<li>{_sev(f.severity)} {_codelabel(f.code)}{quote}"
            + (f': <span class="msg">{e(_clean(msg))}</span>' if msg else "") + f"{sug}</li>")


def own_message(f: Finding) -> str:
    """What the finding says about this row: the first sentence of its message that is not the code's general
    explanation (shown once with the code), e.g. "Sætningen er lang (31 ord)."; "" when it says nothing more."""
    general = code_explanation(f.code)
    for sentence in _SENTENCE_END.split(" ".join(f.message.split())):
        if sentence and sentence not in general:
            return sentence
    return ""


SECTIONS: list[Section] = [
    ("totals", "Overblik", sec_totals),
    ("chart", "Andel af delmålene med hvert problem", sec_codes),
    ("groups", "Fordelt på grupper", sec_groups),
    ("trend", "Udvikling pr. måned", sec_trend),
    ("top", "De tre vigtigste problemer", sec_top),
    ("problems", "Problemerne ét for ét", sec_each_code),
    ("all", "Alle delmål", sec_all),
]


def render_html(audit: Audit, title: str, sources: list[str], group_labels: list[str] | None = None,
                sections: list[Section] | None = None) -> str:
    rep = Report(audit, title, sources, list(group_labels or []))
    now = datetime.now().strftime("%d.%m.%Y kl. %H.%M")
    body, toc = [], []
    for sid, heading, render in sections if sections is not None else SECTIONS:
        content = render(rep)
        if content is None:
            continue
        if sid == "all":
            heading = f"{heading} ({audit.n})"
        toc.append(f'<li><a href="#{sid}">{e(heading)}</a></li>')
        body.append(f'<section id="{sid}"><h2>{e(heading)}</h2>{content}</section>')
    return "\n".join([
        "<!DOCTYPE html>", '<html lang="da"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{e(_clean(title))}</title><style>{CSS}</style></head><body>",
        f"<h1>{e(_clean(title))}</h1>",
        f'<p class="meta">Lavet med delmaal audit {e(now)} af {e(_sources_text(sources))}. '
        "Tallene viser, hvad sprogtjekket finder i delmålene; de er et udgangspunkt for en faglig snak, "
        "ikke en dom over det enkelte delmål.</p>",
        '<nav class="toc" id="toc"><b>Indhold</b><ol>' + "".join(toc) + "</ol></nav>",
        *body,
        "</body></html>",
    ])


# ---------------------------------------------------------------------------------------------- XLSX
_ILLEGAL = None


@lru_cache(maxsize=8192)
def _xl_text(s: str) -> str:
    return _ILLEGAL.sub("", _clean(s))[:32767]  # type: ignore[union-attr]  # Excel's limit per cell


def _xl(value):
    """A value for a cell: text without characters XML cannot hold, never read as a formula."""
    global _ILLEGAL
    if value is None or isinstance(value, int | float):
        return value
    if _ILLEGAL is None:
        from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

        _ILLEGAL = ILLEGAL_CHARACTERS_RE
    return _xl_text(str(value))


def render_xlsx(audit: Audit, title: str, group_labels: list[str] | None = None) -> bytes:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    group_labels = list(group_labels or [])
    wb = Workbook(write_only=True)
    bold = Font(bold=True)
    top = Alignment(wrap_text=True, vertical="top")
    n = audit.n
    stats = audit.stats.ordered()

    def cell(ws, v, font=None, wrap=False, fmt=None):
        v = _xl(v)
        if v == "" or v is None:
            return None  # an empty text cell is written without content, which Excel and openpyxl reject
        c = WriteOnlyCell(ws, value=v)
        if isinstance(v, str):
            c.data_type = "s"  # "=…" in a wording is text, not a formula
        if font:
            c.font = font
        if wrap:
            c.alignment = top
        if fmt:
            c.number_format = fmt
        return c

    def share(ws, part, whole):
        return cell(ws, (part / whole) if whole else 0, fmt="0%")

    ws = wb.create_sheet("Oversigt")
    for col, w in zip("ABCDEFGH", (40, 14, 12, 12, 12, 70, 12, 12)):
        ws.column_dimensions[col].width = w
    s = audit.stats
    warned = s.warned
    ws.append([cell(ws, title, Font(bold=True, size=14))])
    ws.append([cell(ws, "Delmål tjekket"), n])
    ws.append([cell(ws, "Med mindst ét fund"), s.units_with_findings, share(ws, s.units_with_findings, n)])
    ws.append([cell(ws, "Med en advarsel eller fejl"), warned, share(ws, warned, n)])
    ws.append([cell(ws, "Uden fund"), n - s.units_with_findings, share(ws, n - s.units_with_findings, n)])
    for sev in ("error", "warning", "suggestion"):
        ws.append([cell(ws, f"Fund: {SEVERITY_DA[sev]}"), s.by_severity[sev]])
    ws.append([])
    ws.append([cell(ws, h, bold) for h in ("Problem", "Niveau", "Delmål", "Andel", "Fund", "Hvad det betyder",
                                           "Kode")])
    for c in stats:
        ws.append([cell(ws, code_name(c.code), wrap=True), cell(ws, SEVERITY_DA.get(c.severity, c.severity)),
                   c.units, share(ws, c.units, n), c.findings, cell(ws, code_explanation(c.code), wrap=True),
                   cell(ws, c.code)])
    codes = [c.code for c in stats]
    for i, label in enumerate(group_labels):
        groups = audit.by_group[i]
        order = _group_order(groups)
        ws.append([])
        ws.append([cell(ws, f"Andel af delmålene pr. {label}", bold)])
        ws.append([cell(ws, "Problem", bold)] + [cell(ws, g, bold, wrap=True) for g in order])
        ws.append([cell(ws, "Delmål")] + [groups[g].units for g in order])
        ws.append([cell(ws, "Med en advarsel eller fejl")] + [share(ws, groups[g].warned, groups[g].units)
                                                              for g in order])
        for code in codes:
            ws.append([cell(ws, code_name(code), wrap=True)]
                      + [share(ws, groups[g].codes[code].units if code in groups[g].codes else 0, groups[g].units)
                         for g in order])
    if len(group_labels) == 2:
        rows, cols = _group_order(audit.by_group[0]), _group_order(audit.by_group[1])
        ws.append([])
        ws.append([cell(ws, f"{group_labels[0]} × {group_labels[1]}: delmål med en advarsel eller fejl", bold)])
        ws.append([cell(ws, group_labels[0], bold)] + [cell(ws, c, bold, wrap=True) for c in cols])
        for r in rows:
            line = [cell(ws, r)]
            for c in cols:
                st = audit.cross.get((r, c))
                line.append(share(ws, st.warned, st.units) if st else None)
            ws.append(line)
    months = audit.trend()
    if months:
        ws.append([])
        ws.append([cell(ws, "Udvikling pr. måned", bold)])
        ws.append([cell(ws, h, bold) for h in ("Måned", "Delmål", "Advarsel eller fejl")])
        for m in months:
            st = audit.by_month[m]
            ws.append([cell(ws, month_da(m)), st.units, share(ws, st.warned, st.units)])

    # one row per delmål, also those without findings
    ds = wb.create_sheet("Delmål")
    headers = ["Nr.", "Kilde", "Række", "Id", *group_labels, "Måned", "Delmål", "Fund", "Værste niveau", "Problemer"]
    widths = [6, 22, 8, 12, *([14] * len(group_labels)), 12, 70, 7, 14, 50]
    for i, w in enumerate(widths, 1):
        ds.column_dimensions[get_column_letter(i)].width = w
    ds.freeze_panes = "A2"
    ds.append([cell(ds, h, bold) for h in headers])
    for r in audit.rows:
        first = r.unit.first
        where = first.row if first.row is not None else first.line
        src = Path(first.source).name if first.source not in ("-", "argument") else first.source
        ds.append([r.n, cell(ds, src), where, cell(ds, r.id or ""), *[cell(ds, g) for g in r.groups],
                   cell(ds, month_da(r.month) if r.month else ""), cell(ds, r.title, wrap=True), len(r.findings),
                   cell(ds, SEVERITY_DA.get(r.worst, "") if r.worst else "ingen fund"),
                   cell(ds, ", ".join(code_name(c) for c in codes if c in r.unit.codes), wrap=True)])
    ds.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{len(audit.rows) + 1}"

    fs = wb.create_sheet("Fund")
    headers = ["Nr.", "Kilde", "Række", "Id", *group_labels, "Felt", "Formulering", "Problem", "Niveau", "Uddrag",
               "Besked", "Forslag", "Kode"]
    widths = [6, 18, 8, 12, *([14] * len(group_labels)), 18, 60, 24, 11, 24, 60, 50, 20]
    for i, w in enumerate(widths, 1):
        fs.column_dimensions[get_column_letter(i)].width = w
    fs.freeze_panes = "A2"
    fs.append([cell(fs, h, bold) for h in headers])
    count = 0
    for r in audit.rows:
        for it, found in r.fields():
            where = it.row if it.row is not None else it.line
            src = Path(it.source).name if it.source not in ("-", "argument") else it.source
            for f in found:  # new cells for every row: a written cell object cannot be appended twice
                head = [r.n, cell(fs, src), where, cell(fs, it.id or ""), *[cell(fs, g) for g in r.groups],
                        cell(fs, (it.label or it.field or "") if r.unit.saved else "")]
                fs.append(head + [cell(fs, it.text, wrap=True), cell(fs, code_name(f.code)),
                                  cell(fs, SEVERITY_DA.get(f.severity, f.severity)), cell(fs, f.excerpt),
                                  cell(fs, first_sentence(f.message), wrap=True), cell(fs, f.suggestion or "", wrap=True),
                                  cell(fs, f.code)])
                count += 1
    fs.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{count + 1}"
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


# ---------------------------------------------------------------------------------------------- progress
class Progress:
    """A progress bar on stderr, only when stderr is a terminal; measured in bytes (or rows) read."""

    def __init__(self, stream, sources: list) -> None:
        self.stream = stream
        self.sources = [s for s in sources if isinstance(s, Source)]
        try:
            self.on = stream.isatty() and os.environ.get("TERM") != "dumb"
        except (AttributeError, ValueError):
            self.on = False
        self.last = 0.0
        self.t0 = time.monotonic()

    def counted(self, units):
        """Pass the units on, counting how many have been read (ahead of the checking)."""
        self.read = 0
        for u in units:
            self.read += 1
            yield u

    def update(self, count: int, force: bool = False) -> None:
        if not self.on:
            return
        now = time.monotonic()
        if not force and now - self.last < 0.2:
            return
        self.last = now
        total = sum(s.size for s in self.sources)
        done = sum(s.done for s in self.sources)
        # bytes read run ahead of the checking (buffers, the worker queue): scale by checked / read
        frac = min(1.0, done / total) * min(1.0, count / max(1, getattr(self, "read", count))) if total else 0.0
        width = 30
        bar = "█" * int(frac * width) + "░" * (width - int(frac * width))
        self.stream.write(f"\r{bar} {frac * 100:3.0f} %  {count} tjekket  {now - self.t0:4.0f} s ")
        self.stream.flush()

    def close(self) -> None:
        if self.on:
            self.stream.write("\r" + " " * 70 + "\r")
            self.stream.flush()




# ---------------------------------------------------------------------------------------------- command
def _saved_months(opened: list) -> dict[str, str]:
    """The month of each saved delmål: its creation date (the file's date when the file has none)."""
    out = {}
    for inp in opened:
        if isinstance(inp, DelmaalInput):
            created = getattr(inp.delmaal, "created_at", None)
            if created is None:
                try:
                    created = datetime.fromtimestamp(os.stat(inp.source).st_mtime)
                except OSError:
                    continue
            out[inp.source] = month_of(created)
    return out


def run_audit(args: argparse.Namespace, stdin=None, stdout=None, stderr=None, checker=None) -> int:
    stdout, stderr = utf8_streams(stdout or sys.stdout, stderr or sys.stderr)
    stdin = stdin or sys.stdin
    prog = "delmaal audit"
    if args.jobs is not None and args.jobs < 1:
        stderr.write(f"{prog}: --jobs skal være 1 eller mere.\n")
        return 2
    out = Path(args.output)
    suffix = out.suffix.lower()
    group_by = [g for g in (args.group_by or []) if g is not None]
    run = None
    try:
        if suffix not in REPORT_TYPES:
            raise InputError(f"Rapporten skal være en .html- eller .xlsx-fil, ikke '{suffix or out.name}'.")
        k = kind_of(out)
        if k not in ("file", "missing"):
            raise InputError(f"'{out}' er ikke en almindelig fil; rapporten skrives ikke dertil.")
        if len(group_by) > MAX_GROUP_BY:
            raise InputError(f"--group-by kan gives højst {MAX_GROUP_BY} gange (to giver en krydstabel).")
        if any(not g.strip() for g in group_by):
            raise InputError("--group-by skal have navnet på en kolonne, fx --group-by Team.")
        labels = list(group_by)

        def columns(cfg, opened) -> None:
            # every --group-by column and the date column ride along on each record (Record.extra)
            for s in opened:
                if not isinstance(s, Source):
                    continue
                date_col = args.date_column or s.find_header(DATE_HEADER)
                s.read_also([*group_by, date_col])
                for i, g in enumerate(group_by):  # the column's name as the spreadsheet writes it
                    h = s.find_header(re.escape(g))
                    if h and labels[i] == g:
                        labels[i] = h

        run = start_run(args, stdin, stderr, prog, checker, group_by[0] if group_by else None,
                        before_checker=columns)
        audit = Audit(group_by, _saved_months(run.opened))
        progress = Progress(stderr, run.opened)
        try:
            for item in run.results(progress.counted(run.units())):
                audit.add(item)
                progress.update(audit.stats.results)
        finally:
            progress.close()
        names = run.names()
        title = args.title or ("Sprogtjek af delmål: " + ", ".join(Path(x).name for x in names[:3])
                               + (" …" if len(names) > 3 else ""))
        if suffix == ".xlsx":
            data = render_xlsx(audit, title, labels)
        else:
            data = render_html(audit, title, names, labels).encode("utf-8")
        from delmaal_assistant.core.storage import StorageError, atomic_write_bytes

        try:
            atomic_write_bytes(out, data)
        except StorageError as exc:
            raise InputError(str(exc)) from None
        top = ", ".join(f"{code_name(c.code)} {pct(c.units, audit.n)}" for c in audit.stats.ordered()[:3])
        stderr.write(f"{prog}: {audit.n} delmål tjekket, {audit.stats.units_with_findings} med fund"
                     + (f" (hyppigst: {top})" if top else "")
                     + f". Rapporten er skrevet til {terminal_safe(str(out))}.\n")
        return 0
    except InputError as exc:
        stderr.write(f"{prog}: {terminal_safe(str(exc))}\n")
        return 2
    except (KeyboardInterrupt, BrokenPipeError):
        raise
    except Exception as exc:  # noqa: BLE001 - never a traceback with resident data
        return unexpected(prog, exc, stderr)
    finally:
        if run is not None:
            run.close()
