"""The practice summary a new colleague can show their leader: per kind, exercises done, passed at the first
try, passed in all; which kinds fail most; as text (`delmaal øv --status`), HTML or Word. Only counts and kinds:
nothing typed, no resident."""

from __future__ import annotations

import io
import textwrap
from dataclasses import dataclass
from datetime import date

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
        return "Ingen øvelser endnu."
    first = format_date(date.fromisoformat(progress.days[0]))
    last = format_date(date.fromisoformat(progress.days[-1]))
    n = len(progress.days)
    return f"Øvet {n} {'dag' if n == 1 else 'dage'} fra {first} til {last}."


def headline(progress: Progress, bank: Bank) -> list[str]:
    total = progress.total_done
    first = sum(s.first_try for s in progress.kinds.values())
    lines = [_dates(progress)]
    if total:
        lines.append(f"{total} øvelser i alt, {first} rigtige i første forsøg "
                     f"({round(100 * first / total)} %).")
        weak = progress.weakest(bank)
        if weak:
            lines.append("Skal øves mere: " + ", ".join(bank.kinds[k].title for k in weak) + ".")
        nxt = progress.next_exercise(bank)
        lines.append(f"Næste øvelse: {nxt.kind.title}.")
        if not progress.level2_open(bank):
            left = LEVEL2_AFTER - sum(progress.stats(k).done for k, kd in bank.kinds.items() if kd.level == 1)
            lines.append(f"Hele delmål åbner efter {left} øvelser mere med ét element.")
    return lines


def render_text(progress: Progress, bank: Bank, name: str = "") -> str:
    out = ["Øv dig – status" + (f" for {name}" if name else ""), ""]
    out += headline(progress, bank)
    out.append("")
    w = max(len(r.title) for r in rows(progress, bank))
    out.append(f"{'Øvelse'.ljust(w)} Lavet 1. forsøg I alt Andel")  # ≤ 80 columns
    for r in rows(progress, bank):
        out.append(f"{r.title.ljust(w)} {r.done:>5} {r.first_try:>9} {r.passed:>5} {r.share:>5}")
    out.append("")
    out.append("Lavet: øvelser gennemført. 1. forsøg: rigtige i første forsøg. I alt: rigtige inden for tre "
               "forsøg. Andel: andelen rigtige i første forsøg.")
    out.append("")
    out.append("Kun antal og øvelsestyper er gemt – ikke det, du skrev.")
    wrapped = [w for line in out for w in (textwrap.wrap(line, 79) or [""])]
    return terminal_safe("\n".join(wrapped)) + "\n"


def render_html(progress: Progress, bank: Bank, name: str = "") -> str:
    e = html_text
    title = "Øv dig – status" + (f" for {name}" if name else "")
    body = [f"<h1>{e(title)}</h1>"] + [f"<p>{e(x)}</p>" for x in headline(progress, bank)]
    body.append("<table><thead><tr><th>Øvelse</th><th>Lavet</th><th>Rigtige i 1. forsøg</th><th>Rigtige i alt</th>"
                "<th>Andel i 1. forsøg</th></tr></thead><tbody>")
    for r in rows(progress, bank):
        body.append(f"<tr><td>{e(r.title)}</td><td>{r.done}</td><td>{r.first_try}</td><td>{r.passed}</td>"
                    f"<td>{e(r.share)}</td></tr>")
    body.append("</tbody></table><p class=\"note\">Øvelserne er opdigtede sager. Kun antal og øvelsestyper er "
                "gemt – ikke det, der blev skrevet.</p>")
    css = ("body{font-family:sans-serif;max-width:50em;margin:2em auto}table{border-collapse:collapse}"
           "td,th{border:1px solid #999;padding:.3em .6em;text-align:left}.note{color:#555}")
    return (f"<!DOCTYPE html>\n<html lang=\"da\"><head><meta charset=\"utf-8\"><title>{e(title)}</title>"
            f"<style>{css}</style></head><body>\n" + "\n".join(body) + "\n</body></html>\n")


def render_docx(progress: Progress, bank: Bank, name: str = "") -> bytes:
    from docx import Document

    doc = Document()
    doc.add_heading("Øv dig – status" + (f" for {name}" if name else ""), level=1)
    for line in headline(progress, bank):
        doc.add_paragraph(line)
    table = doc.add_table(rows=1, cols=5)
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, ("Øvelse", "Lavet", "Rigtige i 1. forsøg", "Rigtige i alt",
                                                "Andel i 1. forsøg")):
        cell.text = text
    for r in rows(progress, bank):
        for cell, text in zip(table.add_row().cells, (r.title, str(r.done), str(r.first_try), str(r.passed), r.share)):
            cell.text = text
    doc.add_paragraph("Øvelserne er opdigtede sager. Kun antal og øvelsestyper er gemt – ikke det, der blev skrevet.")
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
