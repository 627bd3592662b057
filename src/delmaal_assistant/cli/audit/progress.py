"""Progression in `delmaal audit` (issue 21): among the saved delmål given to the audit, the share that moved
toward their expected indicator level (latest observation or evaluation against the start level), in all and by
FFB theme. Kept apart from cli/audit.py: the report is extended after it is rendered (a section in the HTML, a
sheet in the XLSX), and only when delmål files are among the inputs."""

from __future__ import annotations

import io

from delmaal_assistant.core import texts
from delmaal_assistant.core.files.observations import GroupProgress, ProgressionCounter
from delmaal_assistant.core.files.storage import DELMAAL_SUFFIX
from delmaal_assistant.core.sanitize import export_safe, html_text, terminal_safe


class Progression:
    """The progression of the saved delmål (.delmaal.json) the audit checks, counted one at a time as each is read
    (streaming: nothing is read twice or kept); `result()` is None when there were none."""

    def __init__(self) -> None:
        self.counter = ProgressionCounter()

    def add(self, inp) -> None:
        self.add_seen(self.seen(inp))

    def seen(self, inp) -> tuple[str, str] | None:
        """What `add` counts of an opened saved delmål (None: nothing), worked out where it was validated."""
        if inp.delmaal is not None and inp.source.endswith(DELMAAL_SUFFIX):
            return self.counter.seen(inp.delmaal)
        return None

    def add_seen(self, seen: tuple[str, str] | None) -> None:
        if seen is not None:
            self.counter.add_seen(seen)

    def result(self) -> tuple[GroupProgress, list[GroupProgress]] | None:
        total, groups = self.counter.result()
        return (total, groups) if total.n else None


def _pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:.0f} %" if whole else "–"


def _row(g: GroupProgress) -> list[str]:
    return [g.group, str(g.n), str(g.measured), f"{_pct(g.toward, g.measured)} ({g.toward})", str(g.reached),
            str(g.same), str(g.away)]


HEADERS = ["Tema", texts.get("cli.audit.progress.delmaal"), texts.get("cli.audit.progress.niveau_siden_start"), "Mod forventet niveau", texts.get("cli.audit.progress.heraf_forventet_niveau"), texts.get("cli.audit.progress.uaendret"), texts.get("cli.audit.progress.vaek_fra")]


def progression_html(total: GroupProgress, groups: list[GroupProgress]) -> str:
    e = html_text
    num = ' class="num"'
    rows = "".join(
        f'<tr data-group="{e(terminal_safe(g.group))}">' + "".join(
            f"<td{num if i else ''}>{e(terminal_safe(c))}</td>" for i, c in enumerate(_row(g))) + "</tr>"
        for g in [*groups, total])
    return (
        texts.get("cli.audit.progress.section_id_progression_h2", pct=_pct(total.toward, total.measured),
                  measured=total.measured, toward=total.toward, reached=total.reached, value=total.n - total.measured,
                  n=total.n) + "".join(f"<th>{e(h)}</th>" for h in HEADERS)
        + f"</tr></thead><tbody>{rows}</tbody></table></section>"
    )


def add_progression(data: bytes, suffix: str, progression: tuple | None) -> bytes:
    """The rendered report with the progression (`Progression`) added, when saved delmål are among the inputs;
    else unchanged."""
    if progression is None:
        return data
    total, groups = progression
    if suffix == ".xlsx":
        from openpyxl import load_workbook  # deferred: start-up (openpyxl)
        from openpyxl.styles import Font  # deferred: start-up

        wb = load_workbook(io.BytesIO(data))
        ws = wb.create_sheet("Progression")
        ws.append([texts.get("cli.audit.progress.progression_andel_delmaalene_har")])
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
    # in the bytes (ASCII "</body>" is where it is in the text): no decoded copy of a report of tens of MB
    i = data.rfind(b"</body>")
    if i < 0:
        return data
    whole = memoryview(data)
    return b"".join((whole[:i], progression_html(total, groups).encode("utf-8"), whole[i:]))
