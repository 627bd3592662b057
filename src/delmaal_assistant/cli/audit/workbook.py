"""The XLSX report: "Oversigt" (the figures, shares as percentages), "Delmål" (one row per delmål, also those
without findings) and "Fund" (one row per finding); wrapped text, autofilters, frozen headers, never a formula."""

from __future__ import annotations

import io
import math
from functools import lru_cache
from pathlib import Path

from delmaal_assistant.checker.findings import SEVERITY_DA
from delmaal_assistant.cli.audit.model import Audit, _clean, _group_order, code_explanation, code_name, month_da
from delmaal_assistant.cli.check import first_sentence
from delmaal_assistant.core import texts
from delmaal_assistant.core.outputs.ownership import GENERATOR
from delmaal_assistant.core.severity import SEVERITIES

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
        from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE  # deferred: start-up (openpyxl)

        _ILLEGAL = ILLEGAL_CHARACTERS_RE
    return _xl_text(str(value))


class _Rows:
    """Appends rows to a write-only sheet and gives a row with wrapped text the height its lines need (Excel and
    LibreOffice do not fit row heights of a written file on opening: seen in LibreOffice, wrapped texts overlapped
    the next rows)."""

    def __init__(self, ws, widths: dict[int, float], default: float = 10) -> None:
        self.ws, self.widths, self.default, self.n = ws, widths, default, 0

    def append(self, row: list) -> None:
        self.n += 1
        lines = 1
        for i, c in enumerate(row):
            value = getattr(c, "value", None)
            if isinstance(value, str) and c.alignment is not None and c.alignment.wrap_text:
                chars = max(4.0, self.widths.get(i, self.default) * 1.1)
                lines = max(lines, sum(max(1, math.ceil(len(part) / chars)) for part in value.split("\n")))
        if lines > 1:
            self.ws.row_dimensions[self.n].height = min(15 * lines, 400)
        self.ws.append(row)


def _print_setup(ws, landscape: bool) -> None:
    """Printed from Excel or LibreOffice: A4, as wide as the page (every column on it), the header row on every
    page of a list. (Seen in LibreOffice: without it the overview's shares fell onto a second page.)"""
    ws.page_setup.paperSize = 9  # A4 (Worksheet.PAPERSIZE_A4; the write-only sheet lacks the constant)
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    if landscape:
        ws.print_title_rows = "1:1"


def render_xlsx(audit: Audit, title: str, group_labels: list[str] | None = None) -> bytes:
    from openpyxl import Workbook  # deferred: start-up (openpyxl)
    from openpyxl.cell import WriteOnlyCell  # deferred: start-up
    from openpyxl.styles import Alignment, Font  # deferred: start-up
    from openpyxl.utils import get_column_letter  # deferred: start-up

    group_labels = list(group_labels or [])
    wb = Workbook(write_only=True)

    wb.properties.identifier = GENERATOR  # the mark of our report: a later run may replace it
    bold = Font(bold=True)
    top = Alignment(wrap_text=True, vertical="top")
    n = audit.n
    stats = audit.stats.ordered()

    def cell(ws, v, font=None, wrap=False, fmt=None):
        v = _xl(v)
        if v == "" or v is None:
            return None  # an empty text cell is written without content, which Excel and openpyxl reject
        if not (font or wrap or fmt) and not (isinstance(v, str) and v.startswith("=")):
            return v  # a plain value is written fast; a styled cell costs a style lookup (10,000 rows: minutes)
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
    _print_setup(ws, landscape=False)
    overview_widths = (40, 14, 12, 12, 12, 60, 16, 12)
    for col, w in zip("ABCDEFGH", overview_widths):
        ws.column_dimensions[col].width = w
    wsr = _Rows(ws, dict(enumerate(overview_widths)))
    s = audit.stats
    warned = s.warned
    wsr.append([cell(ws, title, Font(bold=True, size=14))])
    wsr.append([cell(ws, texts.get("cli.audit.workbook.delmaal_tjekket")), n])
    wsr.append([cell(ws, texts.get("cli.audit.workbook.mindst_fund")), s.units_with_findings, share(ws, s.units_with_findings, n)])
    wsr.append([cell(ws, texts.get("cli.audit.workbook.advarsel_eller_fejl")), warned, share(ws, warned, n)])
    wsr.append([cell(ws, texts.get("cli.audit.workbook.uden_fund")), n - s.units_with_findings, share(ws, n - s.units_with_findings, n)])
    for sev in SEVERITIES:
        wsr.append([cell(ws, f"Fund: {SEVERITY_DA[sev]}"), s.by_severity[sev]])
    wsr.append([])
    wsr.append([cell(ws, h, bold) for h in ("Problem", "Niveau", texts.get("cli.audit.workbook.delmaal"), "Andel", "Fund", texts.get("cli.audit.workbook.hvad_betyder"),
                                           "Kode")])
    for c in stats:
        wsr.append([cell(ws, code_name(c.code), wrap=True), cell(ws, SEVERITY_DA.get(c.severity, c.severity)),
                   c.units, share(ws, c.units, n), c.findings, cell(ws, code_explanation(c.code), wrap=True),
                   cell(ws, c.code)])
    codes = [c.code for c in stats]
    for i, label in enumerate(group_labels):
        groups = audit.by_group[i]
        order = _group_order(groups)
        wsr.append([])
        wsr.append([cell(ws, texts.get("cli.audit.workbook.andel_delmaalene_pr", label=label), bold)])
        wsr.append([cell(ws, "Problem", bold)] + [cell(ws, g, bold, wrap=True) for g in order])
        wsr.append([cell(ws, texts.get("cli.audit.workbook.delmaal"))] + [groups[g].units for g in order])
        wsr.append([cell(ws, texts.get("cli.audit.workbook.advarsel_eller_fejl"))] + [share(ws, groups[g].warned, groups[g].units)
                                                              for g in order])
        for code in codes:
            wsr.append([cell(ws, code_name(code), wrap=True)]
                      + [share(ws, groups[g].codes[code].units if code in groups[g].codes else 0, groups[g].units)
                         for g in order])
    if len(group_labels) == 2:
        rows, cols = _group_order(audit.by_group[0]), _group_order(audit.by_group[1])
        wsr.append([])
        wsr.append([cell(ws, texts.get("cli.audit.workbook.delmaal_advarsel_eller_fejl", group_labels=group_labels[0],
                                       group_labels2=group_labels[1]), bold)])
        wsr.append([cell(ws, group_labels[0], bold)] + [cell(ws, c, bold, wrap=True) for c in cols])
        for r in rows:
            line = [cell(ws, r)]
            for c in cols:
                st = audit.cross.get((r, c))
                line.append(share(ws, st.warned, st.units) if st else None)
            wsr.append(line)
    months = audit.trend()
    if months:
        wsr.append([])
        wsr.append([cell(ws, texts.get("cli.audit.workbook.udvikling_pr_maaned"), bold)])
        wsr.append([cell(ws, h, bold) for h in (texts.get("cli.audit.workbook.maaned"), texts.get("cli.audit.workbook.delmaal"), texts.get("cli.audit.workbook.header_advarsel_eller_fejl"))])
        for m in months:
            st = audit.by_month[m]
            wsr.append([cell(ws, month_da(m)), st.units, share(ws, st.warned, st.units)])

    # one row per delmål, also those without findings
    ds = wb.create_sheet(texts.get("cli.audit.workbook.delmaal"))
    _print_setup(ds, landscape=True)
    headers = ["Nr.", "Kilde", texts.get("cli.audit.workbook.raekke"), "Id", *group_labels, texts.get("cli.audit.workbook.maaned"), texts.get("cli.audit.workbook.delmaal"), "Fund", texts.get("cli.audit.workbook.vaerste_niveau"), "Problemer"]
    widths = [6, 22, 8, 12, *([14] * len(group_labels)), 12, 70, 7, 14, 50]
    for i, w in enumerate(widths, 1):
        ds.column_dimensions[get_column_letter(i)].width = w
    dsr = _Rows(ds, dict(enumerate(widths)))
    ds.freeze_panes = "A2"
    dsr.append([cell(ds, h, bold) for h in headers])
    for r in audit.rows:
        first = r.unit.first
        where = first.row if first.row is not None else first.line
        src = Path(first.source).name if first.source not in ("-", "argument") else first.source
        dsr.append([cell(ds, r.n), cell(ds, src), cell(ds, where), cell(ds, r.id or ""), *[cell(ds, g) for g in r.groups],
                   cell(ds, month_da(r.month) if r.month else ""), cell(ds, r.title, wrap=True), cell(ds, len(r.findings)),
                   cell(ds, SEVERITY_DA.get(r.worst, "") if r.worst else texts.get("cli.audit.workbook.ingen_fund")),
                   cell(ds, ", ".join(code_name(c) for c in codes if c in r.unit.codes), wrap=True)])
    ds.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{len(audit.rows) + 1}"

    fs = wb.create_sheet("Fund")
    _print_setup(fs, landscape=True)
    headers = ["Nr.", "Kilde", texts.get("cli.audit.workbook.raekke"), "Id", *group_labels, "Felt", "Formulering", "Problem", "Niveau", "Uddrag",
               "Besked", "Forslag", "Kode"]
    widths = [6, 18, 8, 12, *([14] * len(group_labels)), 18, 60, 24, 11, 24, 60, 50, 20]
    for i, w in enumerate(widths, 1):
        fs.column_dimensions[get_column_letter(i)].width = w
    fsr = _Rows(fs, dict(enumerate(widths)))
    fs.freeze_panes = "A2"
    fsr.append([cell(fs, h, bold) for h in headers])
    count = 0
    for r in audit.rows:
        for it, found in r.fields():
            where = it.row if it.row is not None else it.line
            src = Path(it.source).name if it.source not in ("-", "argument") else it.source
            for f in found:  # new cells for every row: a written cell object cannot be appended twice
                head = [cell(fs, r.n), cell(fs, src), cell(fs, where), cell(fs, it.id or ""), *[cell(fs, g) for g in r.groups],
                        cell(fs, (it.label or it.field or "") if r.unit.saved else "")]
                fsr.append(head + [cell(fs, it.text, wrap=True), cell(fs, code_name(f.code)),
                                  cell(fs, SEVERITY_DA.get(f.severity, f.severity)), cell(fs, f.excerpt),
                                  cell(fs, first_sentence(f.message), wrap=True), cell(fs, f.suggestion or "", wrap=True),
                                  cell(fs, f.code)])
                count += 1
    fs.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{count + 1}"
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()

