"""`delmaal audit INPUT… -o REPORT.html|REPORT.xlsx [--group-by COLUMN]`: the documentation lead's report.

The inputs are read and checked exactly as `delmaal check` does (same readers, filters, delmaal.toml and worker
pool). The report has: totals; the share of delmål with each problem (bar chart, inline SVG); the same per group
(team, theme …) with --group-by; the three most frequent problems with examples and the advice from the sources
(the checker's teaching text); every wording with its findings. HTML is one self-contained file (no network,
print-friendly); XLSX has a summary sheet and one row per finding with an autofilter and a frozen header.
"""

from __future__ import annotations

import argparse
import html
import io
import os
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from pathlib import Path

from delmaal_assistant.checker.findings import SEVERITY_DA, SEVERITY_RANK, Finding
from delmaal_assistant.cli.check import (
    WHOLE_FIELD,
    InputError,
    Item,
    Source,
    add_common_options,
    first_sentence,
    start_run,
    unexpected,
    utf8_streams,
)
from delmaal_assistant.core.inputs import kind_of
from delmaal_assistant.core.sanitize import terminal_safe

REPORT_TYPES = (".html", ".htm", ".xlsx")
NO_GROUP = "(uden gruppe)"


def add_audit_parser(sub) -> None:
    a = sub.add_parser(
        "audit",
        help="rapport over mange delmål (HTML eller Excel) til dokumentationsansvarlige",
        description=(
            "Tjek alle formuleringer i en eller flere eksporter (.csv, .tsv, .xlsx, .txt, gemte delmål) og skriv en "
            "rapport: hvor mange delmål har hvert problem, fordelt på fx team med --group-by, de hyppigste "
            "problemer med eksempler og råd, og hver formulering med sine fund. .html er én fil uden netværk, "
            "der kan printes; .xlsx har et oversigtsark og én række pr. fund."
        ),
    )
    a.add_argument("inputs", nargs="*", metavar="INPUT", help="fil(er) eller - for standard input")
    a.add_argument("-o", "--output", required=True, metavar="RAPPORT", help="rapportfilen: .html eller .xlsx")
    a.add_argument("--group-by", default=None, metavar="KOLONNE", help="del tallene op efter denne kolonne (fx Team)")
    a.add_argument("--title", default=None, help="rapportens titel (standard: filnavnene)")
    add_common_options(a)
    a.set_defaults(func=run_audit)


# ---------------------------------------------------------------------------------------------- model
@dataclass
class CodeStat:
    code: str
    severity: str
    findings: int = 0
    texts: int = 0  # wordings with at least one finding of this code


class Audit:
    """All results of a run plus the counts the report shows."""

    def __init__(self, grouped: bool) -> None:
        self.items: list[Item] = []
        self.grouped = grouped
        self.codes: dict[str, CodeStat] = {}
        self.groups: dict[str, Counter] = defaultdict(Counter)  # group -> code -> texts
        self.group_n: Counter = Counter()
        self.with_findings = 0
        self.by_severity: Counter = Counter()

    def add(self, r: Item) -> None:
        if r.field == WHOLE_FIELD and not r.findings:
            return  # a saved delmål's whole-delmål result without findings adds no row
        self.items.append(r)
        g = (r.group or NO_GROUP) if self.grouped else None
        if g is not None:
            self.group_n[g] += 1
        if r.findings:
            self.with_findings += 1
        seen = set()
        for f in r.findings:
            self.by_severity[f.severity] += 1
            cs = self.codes.setdefault(f.code, CodeStat(f.code, f.severity))
            cs.findings += 1
            if SEVERITY_RANK[f.severity] > SEVERITY_RANK[cs.severity]:
                cs.severity = f.severity
            if f.code not in seen:
                seen.add(f.code)
                cs.texts += 1
                if g is not None:
                    self.groups[g][f.code] += 1

    @property
    def n(self) -> int:
        return len(self.items)

    def ordered(self) -> list[CodeStat]:
        return sorted(self.codes.values(), key=lambda c: (-c.texts, -c.findings, c.code))

    def examples(self, code: str, k: int = 3) -> list[tuple[Item, Finding]]:
        out = []
        for r in self.items:
            f = next((f for f in r.findings if f.code == code), None)
            if f is not None and r.text:
                out.append((r, f))
                if len(out) == k:
                    break
        return out


def pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:.0f} %" if whole else "–"


def _clean(s: str | None) -> str:
    """Text from input made safe to show: no control characters, bidi controls visible (then HTML-escaped)."""
    return terminal_safe(s or "")


def _where(r: Item) -> str:
    if r.field:
        return f"{Path(r.source).name} · {getattr(r, 'label', None) or r.field}"
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
h1 { font-size: 1.6em; margin: 0 0 4px; } h2 { font-size: 1.25em; margin-top: 2em; border-bottom: 2px solid var(--line); }
h3 { font-size: 1.05em; margin-bottom: 4px; }
.meta { color: var(--muted); margin: 0 0 16px; }
.totals { display: flex; gap: 16px; flex-wrap: wrap; margin: 16px 0; }
.total { border: 1px solid var(--line); border-radius: 6px; padding: 10px 14px; min-width: 150px; }
.total b { display: block; font-size: 1.6em; }
table { border-collapse: collapse; width: 100%; margin: 8px 0 16px; }
th, td { text-align: left; vertical-align: top; padding: 5px 8px; border-bottom: 1px solid var(--line); }
th { background: #f3f5f7; } td.num, th.num { text-align: right; white-space: nowrap; }
.sev-error { color: var(--err); font-weight: 600; } .sev-warning { color: var(--warn); font-weight: 600; }
.sev-suggestion { color: var(--sug); font-weight: 600; }
mark { background: #ffe58a; padding: 0 1px; }
.problem { border-left: 4px solid var(--bar); padding: 4px 14px; margin: 12px 0; break-inside: avoid; }
.advice { margin: 6px 0; } .example { margin: 4px 0 4px 12px; }
.wording td { font-size: 0.95em; } .wording ul { margin: 0; padding-left: 18px; }
.ok { color: #2e7d32; } code { font-size: 0.95em; }
svg text { font: 12px system-ui, Arial, sans-serif; fill: var(--ink); }
@media print {
  body { max-width: none; padding: 0; font-size: 11pt; }
  h2 { break-after: avoid; } tr, .problem, svg { break-inside: avoid; }
  .total { border-color: #999; } mark { background: none; text-decoration: underline; font-weight: 600; }
}
"""


def svg_bars(rows: list[tuple[str, int, int]], total: int, title: str) -> str:
    """Horizontal bar chart: one bar per (label, count, findings) with the share of `total` written beside it."""
    if not rows:
        return ""
    bar_h, gap, label_w, chart_w = 22, 8, 230, 520
    height = len(rows) * (bar_h + gap) + 10
    width = label_w + chart_w + 90
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{width}" height="{height}" '
             f'viewBox="0 0 {width} {height}" aria-label="{html.escape(title)}"><title>{html.escape(title)}</title>']
    for i, (label, count, _n) in enumerate(rows):
        y = i * (bar_h + gap) + 4
        share = count / total if total else 0
        w = max(1.0, share * chart_w) if count else 0
        parts.append(
            f'<g class="bar" data-code="{html.escape(label)}" data-count="{count}">'
            f'<text x="{label_w - 8}" y="{y + bar_h * 0.7:.0f}" text-anchor="end">{html.escape(label)}</text>'
            f'<rect x="{label_w}" y="{y}" width="{w:.1f}" height="{bar_h}" fill="#2f6f9f"></rect>'
            f'<text x="{label_w + w + 6:.1f}" y="{y + bar_h * 0.7:.0f}">{html.escape(pct(count, total))} ({count})</text>'
            "</g>"
        )
    parts.append("</svg>")
    return "".join(parts)


def _marked_html(text: str, findings: list[Finding]) -> str:
    spans = sorted({(f.start, f.end) for f in findings if f.end > f.start})
    out, pos = [], 0
    for a, b in spans:
        if a < pos:
            continue
        out.append(html.escape(_clean(text[pos:a])))
        out.append("<mark>" + html.escape(_clean(text[a:b])) + "</mark>")
        pos = b
    out.append(html.escape(_clean(text[pos:])))
    return "".join(out).replace("\n", "<br>")


_PLURAL = {"error": ("fejl", "fejl"), "warning": ("advarsel", "advarsler"), "suggestion": ("forslag", "forslag")}


def _count(n: int, sev: str) -> str:
    one, many = _PLURAL.get(sev, (sev, sev))
    return f"{n} {one if n == 1 else many}"


def _sev(sev: str) -> str:
    return f'<span class="sev-{html.escape(sev)}">{html.escape(SEVERITY_DA.get(sev, sev))}</span>'


def render_html(audit: Audit, title: str, sources: list[str], group_by: str | None) -> str:
    e = html.escape
    n = audit.n
    stats = audit.ordered()
    now = datetime.now().strftime("%d.%m.%Y kl. %H.%M")
    h: list[str] = [
        "<!DOCTYPE html>", '<html lang="da"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{e(_clean(title))}</title><style>{CSS}</style></head><body>",
        f"<h1>{e(_clean(title))}</h1>",
        f'<p class="meta">Lavet med delmaal audit {e(now)} af {e(", ".join(_clean(Path(s).name) for s in sources))}. '
        "Tallene viser, hvad sprogtjekket finder i formuleringerne; de er et udgangspunkt for en faglig snak, "
        "ikke en dom over det enkelte delmål.</p>",
        '<section id="totals"><h2>Overblik</h2><div class="totals">',
        f'<div class="total" id="total-texts"><b>{n}</b>tekster tjekket</div>',
        f'<div class="total" id="total-with"><b>{audit.with_findings}</b>med mindst ét fund ({pct(audit.with_findings, n)})</div>',
        f'<div class="total" id="total-without"><b>{n - audit.with_findings}</b>uden fund</div>',
        f'<div class="total" id="total-findings"><b>{sum(audit.by_severity.values())}</b>fund i alt: '
        + ", ".join(_count(audit.by_severity[s], s) for s in ("error", "warning", "suggestion")) + "</div>",
        "</div></section>",
    ]
    h.append('<section id="chart"><h2>Andel af delmålene med hvert problem</h2>')
    if stats:
        h.append(svg_bars([(c.code, c.texts, c.findings) for c in stats], n,
                          "Andel af delmålene med hvert problem"))
        h.append('<table id="codes"><thead><tr><th>Kode</th><th>Niveau</th><th class="num">Delmål</th>'
                 '<th class="num">Andel</th><th class="num">Fund</th><th>Hvad det betyder</th></tr></thead><tbody>')
        first_msg = {}
        for r in audit.items:
            for f in r.findings:
                first_msg.setdefault(f.code, f.message)
        for c in stats:
            h.append(f'<tr data-code="{e(c.code)}"><td><code>{e(c.code)}</code></td><td>{_sev(c.severity)}</td>'
                     f'<td class="num">{c.texts}</td><td class="num">{pct(c.texts, n)}</td>'
                     f'<td class="num">{c.findings}</td><td>{e(first_sentence(first_msg.get(c.code, "")))}</td></tr>')
        h.append("</tbody></table>")
    else:
        h.append('<p class="ok">Ingen fund i nogen af formuleringerne.</p>')
    h.append("</section>")

    if group_by:
        h.append(f'<section id="groups"><h2>Fordelt på {e(_clean(group_by))}</h2>')
        codes = [c.code for c in stats]
        groups = sorted(audit.group_n, key=lambda g: (g == NO_GROUP, g.casefold()))
        h.append('<table id="group-table"><thead><tr><th>' + e(_clean(group_by)) + '</th><th class="num">Delmål</th>'
                 + "".join(f'<th class="num"><code>{e(c)}</code></th>' for c in codes) + "</tr></thead><tbody>")
        for g in groups:
            gn = audit.group_n[g]
            h.append(f'<tr data-group="{e(_clean(g))}"><td>{e(_clean(g))}</td><td class="num">{gn}</td>'
                     + "".join(f'<td class="num">{pct(audit.groups[g][c], gn)}</td>' for c in codes) + "</tr>")
        h.append("</tbody></table>")
        for g in groups:
            gn = audit.group_n[g]
            rows = [(c, audit.groups[g][c], 0) for c in codes if audit.groups[g][c]]
            h.append(f"<h3>{e(_clean(g))} ({gn} delmål)</h3>")
            h.append(svg_bars(rows, gn, f"{_clean(g)}: andel af delmålene med hvert problem") if rows
                     else '<p class="ok">Ingen fund.</p>')
        h.append("</section>")

    h.append('<section id="top"><h2>De tre hyppigste problemer</h2>')
    if not stats:
        h.append("<p>Ingen.</p>")
    for rank, c in enumerate(stats[:3], 1):
        ex = audit.examples(c.code)
        f0 = ex[0][1] if ex else None
        h.append(f'<div class="problem" data-code="{e(c.code)}"><h3>{rank}. <code>{e(c.code)}</code> – '
                 f"{c.texts} af {n} delmål ({pct(c.texts, n)})</h3>")
        if f0 is not None:
            h.append(f'<p class="advice">{e(f0.message)}</p>')
            if f0.suggestion:
                h.append(f'<p class="advice"><b>Forslag:</b> {e(f0.suggestion)}</p>')
            if f0.question:
                h.append(f'<p class="advice"><b>Spørg:</b> {e(f0.question)}</p>')
        h.append("<p><b>Eksempler:</b></p>")
        for r, f in ex:
            h.append(f'<p class="example">{e(_where(r))}: {_marked_html(r.text, [f])}</p>')
        h.append("</div>")
    h.append("</section>")

    h.append(f'<section id="all"><h2>Alle formuleringer ({n})</h2>'
             '<table class="wording"><thead><tr><th>Hvor</th>'
             + ("<th>Id</th>" if any(r.id for r in audit.items) else "")
             + (f"<th>{e(_clean(group_by))}</th>" if group_by else "")
             + "<th>Formulering</th><th>Fund</th></tr></thead><tbody>")
    has_id = any(r.id for r in audit.items)
    for r in audit.items:
        cells = [f"<td>{e(_clean(_where(r)))}</td>"]
        if has_id:
            cells.append(f"<td>{e(_clean(r.id))}</td>")
        if group_by:
            cells.append(f"<td>{e(_clean(r.group))}</td>")
        text = _marked_html(r.text, r.findings) if r.text else "<i>hele delmålet</i>"
        cells.append(f"<td>{text}</td>")
        if r.findings:
            cells.append("<td><ul>" + "".join(
                f"<li>{_sev(f.severity)} <code>{e(f.code)}</code>: {e(first_sentence(f.message))}"
                + (f" <i>Forslag: {e(f.suggestion)}</i>" if f.suggestion else "") + "</li>" for f in r.findings)
                + "</ul></td>")
        else:
            cells.append('<td class="ok">ingen fund</td>')
        h.append(f'<tr data-findings="{len(r.findings)}">' + "".join(cells) + "</tr>")
    h.append("</tbody></table></section></body></html>")
    return "\n".join(h)


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


def render_xlsx(audit: Audit, title: str, group_by: str | None) -> bytes:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font

    wb = Workbook(write_only=True)
    bold = Font(bold=True)
    n = audit.n
    stats = audit.ordered()

    def text_cell(ws, v, font=None, wrap=False):
        c = WriteOnlyCell(ws, value=_xl(v))
        if isinstance(v, str):
            c.data_type = "s"  # "=…" in a wording is text, not a formula
        if font:
            c.font = font
        if wrap:
            c.alignment = Alignment(wrap_text=True, vertical="top")
        return c

    ws = wb.create_sheet("Oversigt")
    ws.column_dimensions["A"].width = 34
    ws.column_dimensions["B"].width = 14
    for col in "CDE":
        ws.column_dimensions[col].width = 14
    ws.append([text_cell(ws, title, Font(bold=True, size=14))])
    ws.append([text_cell(ws, "Tekster tjekket"), n])
    ws.append([text_cell(ws, "Med mindst ét fund"), audit.with_findings])
    ws.append([text_cell(ws, "Uden fund"), n - audit.with_findings])
    for s in ("error", "warning", "suggestion"):
        ws.append([text_cell(ws, f"Fund: {SEVERITY_DA[s]}"), audit.by_severity[s]])
    ws.append([])
    ws.append([text_cell(ws, h, bold) for h in ("Kode", "Niveau", "Delmål", "Andel", "Fund")])
    for c in stats:
        share = WriteOnlyCell(ws, value=(c.texts / n) if n else 0)
        share.number_format = "0%"
        ws.append([text_cell(ws, c.code), text_cell(ws, SEVERITY_DA.get(c.severity, c.severity)), c.texts, share,
                   c.findings])
    if group_by:
        codes = [c.code for c in stats]
        ws.append([])
        ws.append([text_cell(ws, f"Andel pr. {group_by}", bold)])
        ws.append([text_cell(ws, group_by, bold), text_cell(ws, "Delmål", bold)] + [text_cell(ws, c, bold) for c in codes])
        for g in sorted(audit.group_n, key=lambda g: (g == NO_GROUP, g.casefold())):
            gn = audit.group_n[g]
            row = [text_cell(ws, g), gn]
            for c in codes:
                cell = WriteOnlyCell(ws, value=audit.groups[g][c] / gn if gn else 0)
                cell.number_format = "0%"
                row.append(cell)
            ws.append(row)

    fs = wb.create_sheet("Fund")
    headers = ["Kilde", "Række", "Id"] + ([group_by] if group_by else []) + [
        "Formulering", "Kode", "Niveau", "Uddrag", "Besked", "Forslag"]
    widths = [18, 8, 12] + ([14] if group_by else []) + [60, 20, 11, 24, 60, 50]
    from openpyxl.utils import get_column_letter

    for i, w in enumerate(widths, 1):
        fs.column_dimensions[get_column_letter(i)].width = w
    fs.freeze_panes = "A2"
    rows = 0
    fs.append([text_cell(fs, h, bold) for h in headers])

    def plain(v):
        # plain values are fast to write; only text that Excel would read as a formula needs a typed cell
        v = _xl(v)
        return text_cell(fs, v) if isinstance(v, str) and v.startswith("=") else v

    for r in audit.items:
        where = r.row if r.row is not None else r.line
        src = Path(r.source).name if r.source not in ("-", "argument") else r.source
        text = plain(r.text)
        head = [plain(src), where if where is not None else plain(r.field or ""), plain(r.id or "")]
        if group_by:
            head.append(plain(r.group or ""))
        for f in r.findings:
            fs.append(head + [text, f.code, SEVERITY_DA.get(f.severity, f.severity), plain(f.excerpt),
                              plain(first_sentence(f.message)), plain(f.suggestion or "")])
            rows += 1
    fs.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{rows + 1}"
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
def run_audit(args: argparse.Namespace, stdin=None, stdout=None, stderr=None, checker=None) -> int:
    stdout, stderr = utf8_streams(stdout or sys.stdout, stderr or sys.stderr)
    stdin = stdin or sys.stdin
    prog = "delmaal audit"
    if args.jobs is not None and args.jobs < 1:
        stderr.write(f"{prog}: --jobs skal være 1 eller mere.\n")
        return 2
    out = Path(args.output)
    suffix = out.suffix.lower()
    run = None
    try:
        if suffix not in REPORT_TYPES:
            raise InputError(f"Rapporten skal være en .html- eller .xlsx-fil, ikke '{suffix or out.name}'.")
        k = kind_of(out)
        if k not in ("file", "missing"):
            raise InputError(f"'{out}' er ikke en almindelig fil; rapporten skrives ikke dertil.")
        run = start_run(args, stdin, stderr, prog, checker, args.group_by)
        group_label = next((s.group_header for s in run.sources if s.group_header), None) or args.group_by
        audit = Audit(grouped=bool(args.group_by))
        progress = Progress(stderr, run.opened)
        try:
            for item in run.results(progress.counted(run.units())):
                audit.add(item)
                progress.update(audit.n)
        finally:
            progress.close()
        names = run.names()
        title = args.title or ("Sprogtjek af delmål: " + ", ".join(Path(x).name for x in names[:3])
                               + (" …" if len(names) > 3 else ""))
        if suffix == ".xlsx":
            data = render_xlsx(audit, title, group_label)
        else:
            data = render_html(audit, title, names, group_label).encode("utf-8")
        from delmaal_assistant.core.storage import StorageError, atomic_write_bytes

        try:
            atomic_write_bytes(out, data)
        except StorageError as exc:
            raise InputError(str(exc)) from None
        top = ", ".join(f"{c.code} {pct(c.texts, audit.n)}" for c in audit.ordered()[:3])
        stderr.write(f"{prog}: {audit.n} tekster tjekket, {audit.with_findings} med fund"
                     + (f" (hyppigst: {top})" if top else "") + f". Rapporten er skrevet til {terminal_safe(str(out))}.\n")
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
