"""Progression in `delmaal audit` (issue 21): among the saved delmål given to the audit, the share that moved
toward their expected indicator level (latest observation or evaluation against the start level), in all and by
FFB theme. Kept apart from cli/audit.py: the report is extended after it is rendered (a section in the HTML, a
sheet in the XLSX), and only when delmål files are among the inputs."""

from __future__ import annotations

import io

from delmaal_assistant.core.files.observations import GroupProgress, progression_by_group
from delmaal_assistant.core.sanitize import export_safe, html_text, terminal_safe


def progression_of(opened: list) -> tuple[GroupProgress, list[GroupProgress]] | None:
    """The progression of the saved delmål (.delmaal.json) among a run's opened inputs – the delmål the audit
    checks, counted as they were opened, before they are checked (streaming: nothing is read twice or kept) – or
    None when there are none."""
    from delmaal_assistant.cli.check.items import DelmaalInput
    from delmaal_assistant.core.files.storage import DELMAAL_SUFFIX

    total, groups = progression_by_group(inp.delmaal for inp in opened if isinstance(inp, DelmaalInput)
                                         and inp.delmaal is not None and inp.source.endswith(DELMAAL_SUFFIX))
    return (total, groups) if total.n else None


def _pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:.0f} %" if whole else "–"


def _row(g: GroupProgress) -> list[str]:
    return [g.group, str(g.n), str(g.measured), f"{_pct(g.toward, g.measured)} ({g.toward})", str(g.reached),
            str(g.same), str(g.away)]


HEADERS = ["Tema", "Delmål", "Med niveau siden start", "Mod forventet niveau", "Heraf på forventet niveau", "Uændret", "Væk fra"]


def progression_html(total: GroupProgress, groups: list[GroupProgress]) -> str:
    e = html_text
    num = ' class="num"'
    rows = "".join(
        f'<tr data-group="{e(terminal_safe(g.group))}">' + "".join(
            f"<td{num if i else ''}>{e(terminal_safe(c))}</td>" for i, c in enumerate(_row(g))) + "</tr>"
        for g in [*groups, total])
    return (
        '<section id="progression"><h2>Progression i delmålene</h2>'
        f'<p id="progression-total"><b>{_pct(total.toward, total.measured)}</b> af de {total.measured} delmål med et '
        f"niveau målt siden start har bevæget sig mod det forventede niveau ({total.toward}; heraf "
        f"{total.reached} på det forventede niveau ved seneste måling – om kriteriet er nået, står i status). {total.n - total.measured} af {total.n} delmål har endnu intet niveau siden start "
        "(ingen observationer eller evaluering) eller mangler start- eller forventet niveau.</p>"
        '<table id="progression-table"><thead><tr>' + "".join(f"<th>{e(h)}</th>" for h in HEADERS)
        + f"</tr></thead><tbody>{rows}</tbody></table></section>"
    )


def add_progression(data: bytes, suffix: str, progression: tuple | None) -> bytes:
    """The rendered report with the progression (`progression_of`) added, when saved delmål are among the inputs;
    else unchanged."""
    if progression is None:
        return data
    total, groups = progression
    if suffix == ".xlsx":
        from openpyxl import load_workbook
        from openpyxl.styles import Font

        wb = load_workbook(io.BytesIO(data))
        ws = wb.create_sheet("Progression")
        ws.append(["Progression: andel af delmålene, der har bevæget sig mod det forventede niveau"])
        ws["A1"].font = Font(bold=True)
        ws.append(HEADERS)
        for g in [*groups, total]:
            ws.append([export_safe(g.group), g.n, g.measured, (g.toward / g.measured) if g.measured else None,
                       g.reached, g.same, g.away])
            ws.cell(row=ws.max_row, column=4).number_format = "0%"
        ws.column_dimensions["A"].width = 34
        buf = io.BytesIO()
        wb.save(buf)
        return buf.getvalue()
    text = data.decode("utf-8")
    i = text.rfind("</body>")
    return (text[:i] + progression_html(total, groups) + text[i:]).encode("utf-8") if i >= 0 else data
