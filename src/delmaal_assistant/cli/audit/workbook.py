"""The XLSX report: "Oversigt" (the figures, shares as percentages), "Delmål" (one row per delmål, also those
without findings) and "Fund" (one row per finding); wrapped text, autofilters, frozen headers, never a formula."""

from __future__ import annotations

import io
from functools import lru_cache
from pathlib import Path

from delmaal_assistant.checker.findings import SEVERITY_DA
from delmaal_assistant.cli.audit.model import Audit, _clean, _group_order, code_explanation, code_name, month_da
from delmaal_assistant.cli.check import first_sentence

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

