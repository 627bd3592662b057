"""The HTML report: one self-contained page (no script, no network; links only inside the page) built from
`SECTIONS`, a list of (id, heading, render) — one more section is one more entry. Prints on A4 with every column."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from delmaal_assistant.checker.findings import SEVERITY_DA, Finding
from delmaal_assistant.cli.audit.model import (
    Audit,
    _SENTENCE_END,
    Row,
    _clean,
    _group_order,
    code_explanation,
    code_name,
    month_da,
    pct,
)
from delmaal_assistant.cli.check import WHOLE_FIELD, Item, Stats, count_da, distinct, first_sentence
from delmaal_assistant.core import texts
from delmaal_assistant.core.dates import format_datetime
from delmaal_assistant.core.sanitize import html_text
from delmaal_assistant.core.severity import BLOCKING, SEVERITIES
from delmaal_assistant.core.outputs.ownership import HTML_META

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

e = html_text


def _anchor(code: str) -> str:
    return "kode-" + re.sub(r"[^a-z0-9-]", "", code.lower())


def _rowlink(r: Row | int, text: str | None = None) -> str:
    n = r if isinstance(r, int) else r.n
    return f'<a href="#r-{n}">{e(text or f"nr. {n}")}</a>'


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


def _covers_all(start: int, end: int, text: str) -> bool:
    """The span is the whole text (up to its final punctuation)."""
    return start <= len(text) - len(text.lstrip()) and end >= len(text.rstrip().rstrip(".!?…"))


def _marked_html(text: str, findings: list[Finding], limit: int | None = None) -> str:
    """The text with the findings' spans marked; cut around the first mark when longer than `limit`."""
    spans = sorted({(f.start, f.end) for f in findings if f.end > f.start})
    whole = [sp for sp in spans if _covers_all(*sp, text)]
    if whole and len(spans) > len(whole):
        spans = [sp for sp in spans if sp not in whole]  # a finding about the whole text would hide the others
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
    if len(sources) <= 6:
        return ", ".join(_clean(Path(s).name) for s in sources)
    folders = sorted({_clean(str(Path(s).parent)) for s in sources})  # (one Path per input: there may be 10,000)
    where = f" i {', '.join(folders[:3])}" + (" …" if len(folders) > 3 else "") if folders else ""
    return f"{len(sources)} filer{where} ({_clean(Path(sources[0]).name)} … {_clean(Path(sources[-1]).name)})"


@dataclass
class Report:
    audit: Audit
    title: str
    sources: list[str]
    group_labels: list[str]


# A section: (id, heading in the table of contents, render(report) -> HTML or None to leave it out).
Section = tuple[str, str, Callable[[Report], str | list[str] | None]]  # a list: the section in pieces (sec_all)


def sec_totals(rep: Report) -> str:
    a, s = rep.audit, rep.audit.stats
    kinds = []
    if s.delmaal:
        kinds.append(texts.get("cli.audit.page.gemte_delmaal", delmaal=s.delmaal))
    if s.wordings:
        kinds.append(texts.get("cli.audit.page.fra_eksporter", wordings=s.wordings,
                               value='formulering' if s.wordings == 1 else 'formuleringer'))
    warn = sum(n for worst, n in a.worst.items() if worst in BLOCKING)
    return (texts.get("cli.audit.page.div_class_totals_div", n=a.n, units_with_findings=s.units_with_findings,
                      pct=pct(s.units_with_findings, a.n), warn=warn, pct2=pct(warn, a.n),
                      value=a.n - s.units_with_findings, findings=s.findings)
            + ", ".join(count_da(s.by_severity[k], k) for k in SEVERITIES) + "</div>"
            + "</div>"
            + (texts.get("cli.audit.page.p_class_meta_gemt", e=e(texts.get("cli.audit.page.tekst").join(kinds))) if kinds else ""))


def sec_codes(rep: Report) -> str:
    a = rep.audit
    stats = a.stats.ordered()
    if not stats:
        return texts.get("cli.audit.page.p_class_ok_ingen")
    legend = " ".join(f'<span class="key" style="background:{BAR_COLOUR[k]}"></span> {e(SEVERITY_DA[k])}'
                      for k in SEVERITIES if a.stats.by_severity.get(k))
    h = [texts.get("cli.audit.page.p_class_meta_fejl", legend=legend),
         svg_bars([(c.code, code_name(c.code), c.units, c.severity) for c in stats], a.n,
                  texts.get("cli.audit.page.andel_delmaalene_hvert_problem")),
         texts.get("cli.audit.page.table_id_codes_colgroup")]
    for c in stats:
        h.append(f'<tr data-code="{e(c.code)}"><td>{_codelabel(c.code)}'
                 f"</td><td>{_sev(c.severity)}</td><td class=\"num\">{c.units}</td>"
                 f'<td class="num">{pct(c.units, a.n)}</td><td class="num">{c.findings}</td>'
                 f"<td>{e(code_explanation(c.code))}</td></tr>")
    h.append("</tbody></table>")
    return "".join(h)


def _share_cell(st: Stats, code: str) -> str:
    c = st.codes.get(code)
    n = c.units if c else 0
    return texts.get("cli.audit.page.td_class_num_title", value="" if n else " zero", n=n, units=st.units,
                     pct=pct(n, st.units))


def _group_table(label: str, groups: dict[str, Stats], codes: list[str], tid: str) -> str:
    """Problems as rows, groups as columns (a unit has few teams and many codes: every column fits on A4)."""
    order = _group_order(groups)
    rot = ' class="num rot"' if len(order) > 6 else ' class="num"'
    h = [f'<table id="{tid}" class="groups"><colgroup><col class="first"></colgroup><thead><tr><th>Problem</th>'
         + "".join(f'<th{rot} data-group="{e(_clean(g))}"><span>{e(_clean(g))}</span></th>' for g in order)
         + "</tr></thead><tbody>",
         texts.get("cli.audit.page.tr_class_n_td")
         + "".join(f'<td class="num"><b>{groups[g].units}</b></td>' for g in order) + "</tr>",
         texts.get("cli.audit.page.tr_class_any_td")
         + "".join(f'<td class="num">{pct(groups[g].warned, groups[g].units)}</td>' for g in order) + "</tr>"]
    for code in codes:
        h.append(f'<tr data-code="{e(code)}"><td>{_codelabel(code)}</td>'
                 + "".join(_share_cell(groups[g], code) for g in order) + "</tr>")
    h.append("</tbody></table>")
    return "".join(h)


def sec_groups(rep: Report) -> str | None:
    a = rep.audit
    if not a.group_by:
        return None
    codes = a.codes()
    h = []
    for i, label in enumerate(rep.group_labels):
        h.append(texts.get("cli.audit.page.h3_id_gruppe_fordelt", value=i + 1, e=e(_clean(label))))
        h.append(_group_table(label, a.by_group[i], codes, "group-table" if i == 0 else f"group-table-{i + 1}"))
    if len(rep.group_labels) == 2:
        g1, g2 = rep.group_labels
        rows = _group_order(a.by_group[0])
        cols = _group_order(a.by_group[1])
        h.append(texts.get("cli.audit.page.h3_id_kryds_h3", e=e(_clean(g1)), e2=e(_clean(g2))))
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
    h = [texts.get("cli.audit.page.p_class_meta_delmaalene"),
         texts.get("cli.audit.page.table_id_trend_table")
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
        return texts.get("cli.audit.page.p_ingen_p")
    h = []
    for rank, c in enumerate(stats, 1):
        h.append(texts.get("cli.audit.page.div_class_problem_data", e=e(c.code), rank=rank,
                           codelabel=_codelabel(c.code), sev=_sev(c.severity), units=c.units, n=a.n,
                           pct=pct(c.units, a.n)))
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
        h.append(texts.get("cli.audit.page.div_class_problem_id", anchor=_anchor(c.code), e=e(c.code),
                           e2=e(code_name(c.code)), sev=_sev(c.severity), units=c.units, n=a.n, pct=pct(c.units, a.n),
                           e3=e(code_explanation(c.code))))
        sug = a.first_suggestion(c.code)
        if sug:
            h.append(f'<p class="advice"><b>Forslag:</b> {e(_clean(sug))}</p>')
        for r, it, f in a.examples(c.code, 2):
            h.append(_example(r, it, f))
        h.append(texts.get("cli.audit.page.p_class_rowlinks_alle")
                 + ", ".join(_rowlink(r) for r in rows) + "</p></div>")
    return "".join(h) or texts.get("cli.audit.page.p_ingen_p")


def sec_all(rep: Report) -> list[str]:
    a = rep.audit
    has_id = a.any_id
    h = ['<table class="wording"><colgroup><col style="width:5%"><col style="width:12%">'
         + ('<col style="width:7%">' if has_id else "")
         + "".join('<col style="width:8%">' for _ in rep.group_labels)
         + '<col><col style="width:32%"></colgroup><thead><tr><th class="num">Nr.</th><th>Hvor</th>'
         + ("<th>Id</th>" if has_id else "")
         + "".join(f"<th>{e(_clean(g))}</th>" for g in rep.group_labels)
         + texts.get("cli.audit.page.th_delmaal_th_th")]
    # each row as rendered when it was added (streaming: Audit(render_row=row_html)), or now
    for before, rid, after in a.rendered if a.render_row is not None else (row_html(a, r) for r in a.rows):
        h.append(before + (f"<td>{e(_clean(rid))}</td>" if has_id else "") + after)
    h.append("</tbody></table>")
    return h  # in pieces: the report's bulk (17 MB for 10,000 delmål), joined only as bytes (render_html_bytes)


def row_html(a: Audit, r: Row, pieces: RowPieces | None = None) -> tuple[str, str | None, str]:
    """One delmål's row of "Alle delmål": (the cells before the id cell, the id, the cells after it) – whether
    the table has an id column is known only when every row is in. `pieces`: the row as `row_pieces` rendered it
    where the delmål was checked (a worker process); only what depends on the rows before it is done here."""
    where, rid, parts = row_pieces(r) if pieces is None else pieces
    before = f'<tr id="r-{r.n}" data-findings="{len(r.findings)}"><td class="num">{r.n}</td><td>{where}</td>'
    out = []
    for p in parts:
        if p.__class__ is str:
            out.append(p)
        elif p[1] != a.first_suggestion(p[0]):  # advice that differs from the advice shown with the code
            out.append(p[2])
    return before, rid, "".join(out) + "</tr>"


# A row rendered without the audit's running state: (its "Hvor" cell's text, its id, its cells after the id as text
# pieces; a piece (code, advice, html) is a finding's own advice, shown only when it differs from the code's first)
RowPieces = tuple[str, str | None, list]


def row_pieces(r: Row) -> RowPieces:
    """Everything of a row that does not depend on the rows before it (`row_html` joins it): the same for a row
    wherever it is rendered, so a worker process can render it."""
    where = e(_clean(r.where)).replace(".", "<wbr>.")  # a long file name breaks before its suffixes
    cells: list = [f"<td>{e(_clean(g))}</td>" for g in r.groups]
    if r.unit.saved:
        body = [f"<b>{e(_clean(r.title))}</b>"]
        found = []
        for it, fs in r.fields():
            if it.field == WHOLE_FIELD:
                found.append((texts.get("cli.audit.page.hele_delmaalet"), fs, ""))
                continue
            body.append(f'<div class="field"><span class="field-label">{e(_clean(it.label or it.field))}:</span> '
                        + (_marked_html(it.text, fs, 300) if it.text else "<i>(tomt)</i>") + "</div>")
            found.append((it.label or it.field or "", fs, it.text))
        cells.append("<td>" + "".join(body) + "</td><td>")
        if found:
            for lbl, fs, text in found:
                cells.append(f'<div class="field"><span class="field-label">{e(_clean(lbl))}</span><ul>')
                for f in fs:
                    cells.extend(_finding_li(f, text))
                cells.append("</ul></div>")
        else:
            cells.append(texts.get("cli.audit.page.span_class_ok_ingen"))
        cells.append("</td>")
    else:
        it = r.unit.first
        fs = distinct(it.findings)
        cells.append(f"<td>{_marked_html(it.text, fs)}</td>")
        if fs:
            cells.append("<td><ul>")
            for f in fs:
                cells.extend(_finding_li(f, it.text))
            cells.append("</ul></td>")
        else:
            cells.append(texts.get("cli.audit.page.td_class_ok_ingen"))
    merged: list = []  # adjacent text pieces joined: fewer pieces to send and to join
    for p in cells:
        if p.__class__ is str and merged and merged[-1].__class__ is str:
            merged[-1] += p
        else:
            merged.append(p)
    return where, r.id, merged


def _finding_li(f: Finding, text: str = "") -> tuple:
    """A finding beside its row: severity, the code's Danish name (linked to the code), the row's own message,
    and its advice when it differs from the advice shown with the code (the piece (code, advice, html): decided
    by `row_html`, in row order)."""
    excerpt = " ".join(_clean(f.excerpt).split())
    if text and _covers_all(f.start, f.end, text):
        excerpt = ""  # the finding is about the whole text, which stands beside it
    excerpt = excerpt if len(excerpt) <= 60 else excerpt[:59] + "…"
    quote = f" »{e(excerpt)}«" if excerpt else ""
    key = (f.severity, f.code, f.message, f.suggestion)
    hit = _LI.get(key)
    if hit is None:  # what does not depend on the row's text: made once per (severity, code, message, advice)
        msg = own_message(f)
        hit = (f"<li>{_sev(f.severity)} {_codelabel(f.code)}",
               f': <span class="msg">{e(_clean(msg))}</span>' if msg else "",
               (f.code, f.suggestion, f' <i>Forslag: {e(_clean(f.suggestion))}</i>') if f.suggestion else None)
        if len(_LI) >= 4096:  # a message with the row's own words in it is new every time
            _LI.clear()
        _LI[key] = hit
    start, msg_html, advice = hit
    if advice is not None:
        return start + quote + msg_html, advice, "</li>"
    return start + quote + msg_html, "</li>"


_LI: dict[tuple, tuple[str, str, tuple | None]] = {}


def own_message(f: Finding) -> str:
    """What the finding says about this row: the first sentence of its message that is not the code's general
    explanation (shown once with the code), e.g. "Sætningen er lang (31 ord)."; "" when it says nothing more.
    (Kept per code and message, bounded: most messages are a rule's fixed text, met on thousands of rows.)"""
    key = (f.code, f.message)
    hit = _OWN.get(key)
    if hit is None:
        hit = ""
        general = code_explanation(f.code)
        for sentence in _SENTENCE_END.split(" ".join(f.message.split())):
            if sentence and sentence not in general:
                hit = sentence
                break
        if len(_OWN) >= 4096:  # a message with the row's own words in it is new every time
            _OWN.clear()
        _OWN[key] = hit
    return hit


_OWN: dict[tuple[str, str], str] = {}


SECTIONS: list[Section] = [
    ("totals", "Overblik", sec_totals),
    ("chart", texts.get("cli.audit.page.andel_delmaalene_hvert_problem"), sec_codes),
    ("groups", texts.get("cli.audit.page.fordelt_grupper"), sec_groups),
    ("trend", texts.get("cli.audit.page.udvikling_pr_maaned"), sec_trend),
    ("top", "De tre vigtigste problemer", sec_top),
    ("problems", "Problemerne ét for ét", sec_each_code),
    ("all", texts.get("cli.audit.page.alle_delmaal"), sec_all),
]


def render_html(audit: Audit, title: str, sources: list[str], group_labels: list[str] | None = None,
                sections: list[Section] | None = None) -> str:
    return render_html_bytes(audit, title, sources, group_labels, sections).decode("utf-8")


def render_html_bytes(audit: Audit, title: str, sources: list[str], group_labels: list[str] | None = None,
                      sections: list[Section] | None = None) -> bytes:
    """The report as UTF-8: its pieces encoded one by one and joined once. (Joined as one str first, the table of
    every delmål was copied three times over – one character beyond Latin-1 makes the whole str two bytes a
    character: 10,000 delmål held ~140 MB in the parent process at the end of an audit.)"""
    rep = Report(audit, title, sources, list(group_labels or []))
    now = format_datetime(datetime.now())
    body: list[str | list[str]] = []
    toc: list[str] = []
    for sid, heading, render in sections if sections is not None else SECTIONS:
        content = render(rep)
        if content is None:
            continue
        if sid == "all":
            heading = f"{heading} ({audit.n})"
        toc.append(f'<li><a href="#{sid}">{e(heading)}</a></li>')
        opening = f'<section id="{sid}"><h2>{e(heading)}</h2>'
        body.append([opening, *content, "</section>"] if isinstance(content, list)
                    else f"{opening}{content}</section>")
    parts = [
        "<!DOCTYPE html>", '<html lang="da"><head><meta charset="utf-8">', HTML_META,
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{e(_clean(title))}</title><style>{CSS}</style></head><body>",
        f"<h1>{e(_clean(title))}</h1>",
        texts.get("cli.audit.page.p_class_meta_lavet", e=e(now), e2=e(_sources_text(sources))),
        '<nav class="toc" id="toc"><b>Indhold</b><ol>' + "".join(toc) + "</ol></nav>",
        *body,
        "</body></html>",
    ]
    out: list[bytes] = []
    for k, part in enumerate(parts):
        if k:
            out.append(b"\n")
        if isinstance(part, list):
            out.extend(p.encode("utf-8") for p in part)
        else:
            out.append(part.encode("utf-8"))
    return b"".join(out)
