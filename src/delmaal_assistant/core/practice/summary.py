"""The practice summary a new colleague can show their leader: per kind, exercises done, passed at the first
try, passed in all; which kinds fail most; as text (`delmaal øv --status`), HTML or Word. Only counts and kinds:
nothing typed, no resident."""

from __future__ import annotations

import io
import textwrap
from dataclasses import dataclass
from datetime import date

from delmaal_assistant.core import texts
from delmaal_assistant.core.practice.bank import Bank
from delmaal_assistant.core.practice.progress import LEVEL2_AFTER, Progress
from delmaal_assistant.core.sanitize import html_text, terminal_safe
from delmaal_assistant.core.dates import format_date

FORMATS = (".html", ".htm", ".docx", ".txt", ".md")


@dataclass(frozen=True)
class Row:
    title: str
    level: int
    done: int
    first_try: int
    passed: int

    @property
    def share(self) -> str:
        return f"{round(100 * self.first_try / self.done)} %" if self.done else "–"


def rows(progress: Progress, bank: Bank) -> list[Row]:
    out = []
    for k, kind in bank.kinds.items():
        s = progress.stats(k)
        out.append(Row(kind.title, kind.level, s.done, s.first_try, s.passed))
    return out


def _dates(progress: Progress) -> str:
    if not progress.days:
        return texts.get("core.practice.summary.ingen_oevelser_endnu")
    first = format_date(date.fromisoformat(progress.days[0]))
    last = format_date(date.fromisoformat(progress.days[-1]))
    n = len(progress.days)
    return texts.get("core.practice.summary.oevet_fra", n=n, value='dag' if n == 1 else 'dage', first=first, last=last)


def headline(progress: Progress, bank: Bank) -> list[str]:
    total = progress.total_done
    first = sum(s.first_try for s in progress.kinds.values())
    lines = [_dates(progress)]
    if total:
        lines.append(texts.get("core.practice.summary.oevelser_alt_rigtige_foerste", total=total, first=first,
                               round=round(100 * first / total)))
        weak = progress.weakest(bank)
        if weak:
            lines.append(texts.get("core.practice.summary.skal_oeves_mere") + ", ".join(bank.kinds[k].title for k in weak) + ".")
        nxt = progress.next_exercise(bank)
        lines.append(texts.get("core.practice.summary.naeste_oevelse", title=nxt.kind.title))
        if not progress.level2_open(bank):
            left = LEVEL2_AFTER - sum(progress.stats(k).done for k, kd in bank.kinds.items() if kd.level == 1)
            lines.append(texts.get("core.practice.summary.hele_delmaal_aabner_efter", left=left))
    return lines


def render_text(progress: Progress, bank: Bank, name: str = "") -> str:
    out = [texts.get("core.practice.summary.oev_dig_status") + (f" for {name}" if name else ""), ""]
    out += headline(progress, bank)
    out.append("")
    w = max(len(r.title) for r in rows(progress, bank))
    out.append(texts.get("core.practice.summary.lavet_1_forsoeg_alt",
                         ljust=texts.get("core.practice.summary.oevelse").ljust(w)))  # ≤ 80 columns
    for r in rows(progress, bank):
        out.append(f"{r.title.ljust(w)} {r.done:>5} {r.first_try:>9} {r.passed:>5} {r.share:>5}")
    out.append("")
    out.append(texts.get("core.practice.summary.lavet_oevelser_gennemfoert_1"))
    out.append("")
    out.append(texts.get("core.practice.summary.kun_antal_oevelsestyper_gemt"))
    wrapped = [w for line in out for w in (textwrap.wrap(line, 79) or [""])]
    return terminal_safe("\n".join(wrapped)) + "\n"


def render_html(progress: Progress, bank: Bank, name: str = "") -> str:
    e = html_text
    title = texts.get("core.practice.summary.oev_dig_status") + (f" for {name}" if name else "")
    body = [f"<h1>{e(title)}</h1>"] + [f"<p>{e(x)}</p>" for x in headline(progress, bank)]
    body.append(texts.get("core.practice.summary.table_thead_tr_th"))
    for r in rows(progress, bank):
        body.append(f"<tr><td>{e(r.title)}</td><td>{r.done}</td><td>{r.first_try}</td><td>{r.passed}</td>"
                    f"<td>{e(r.share)}</td></tr>")
    body.append(texts.get("core.practice.summary.tbody_table_p_class"))
    css = ("body{font-family:sans-serif;max-width:50em;margin:2em auto}table{border-collapse:collapse}"
           "td,th{border:1px solid #999;padding:.3em .6em;text-align:left}.note{color:#555}")
    return (f"<!DOCTYPE html>\n<html lang=\"da\"><head><meta charset=\"utf-8\"><title>{e(title)}</title>"
            f"<style>{css}</style></head><body>\n" + "\n".join(body) + "\n</body></html>\n")


def render_docx(progress: Progress, bank: Bank, name: str = "") -> bytes:
    from docx import Document

    doc = Document()
    doc.add_heading(texts.get("core.practice.summary.oev_dig_status") + (f" for {name}" if name else ""), level=1)
    for line in headline(progress, bank):
        doc.add_paragraph(line)
    table = doc.add_table(rows=1, cols=5)
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, (texts.get("core.practice.summary.oevelse"), "Lavet", texts.get("core.practice.summary.rigtige_1_forsoeg"), "Rigtige i alt",
                                                texts.get("core.practice.summary.andel_1_forsoeg"))):
        cell.text = text
    for r in rows(progress, bank):
        for cell, text in zip(table.add_row().cells, (r.title, str(r.done), str(r.first_try), str(r.passed), r.share)):
            cell.text = text
    doc.add_paragraph(texts.get("core.practice.summary.oevelserne_opdigtede_sager_kun"))
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def render(suffix: str, progress: Progress, bank: Bank, name: str = "") -> bytes:
    suffix = suffix.lower()
    if suffix == ".docx":
        return render_docx(progress, bank, name)
    if suffix in (".html", ".htm"):
        return render_html(progress, bank, name).encode("utf-8")
    return render_text(progress, bank, name).encode("utf-8")
