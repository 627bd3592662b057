"""Export a delmål laid out by the template's fields (seed 000), for pasting into Sensum/Bosted/Nexus,
printing (Word), the resident ("Dit delmål", easy-read) and other systems (FHIR).

Plain text and Markdown have no indentation and one paragraph per field, so a field can be copied on its own.
Indicator levels carry their labels; the flags have their own heading, also when they are off; the SMART status
is included when the wording has been checked (a SMART tick is never given for an unchecked wording).

Exports remember where they were written (`STEM.delmaal.exports` beside the delmål file, see core/manifest.py),
and every save rewrites them (`core.outputs.publish`, the one write path) so they never disagree with the saved
file (only those nobody else changed). Every exported text is made safe first: no terminal escape codes, bidi controls visible,
nothing Word's XML cannot hold. No UI here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Iterable

from delmaal_assistant.core import texts
from delmaal_assistant.core.files.drafts import default_data_dir, load_settings
from delmaal_assistant.core.dates import format_date, format_datetime
from delmaal_assistant.core.model import LEVEL_LABELS, Delmaal
from delmaal_assistant.core.model.codes import name_codes_in
from delmaal_assistant.core.model.fields import registry
from delmaal_assistant.core.model.paths import get_field
from delmaal_assistant.core.outputs.easyread import draft_mark
from delmaal_assistant.core.outputs.easylist import is_list_line, item
from delmaal_assistant.core.outputs.easyread import sections as easy_sections
from delmaal_assistant.core.outputs.easyread import title as easy_title
from delmaal_assistant.core.outputs.export_formats import FORMATS, REGISTRY, exporter, renderer  # FORMATS re-exported
from delmaal_assistant.core.outputs.fhir import FhirContext
from delmaal_assistant.core.outputs.smart import smart_status
from delmaal_assistant.core.outputs.word import WordMeta, finish, new_document
from delmaal_assistant.core.resources import data_lang
from delmaal_assistant.core.sanitize import export_safe, export_safe_data, markdown_safe

SMART_HEADING = texts.get("core.outputs.export.smart_tjek")
NOT_CHECKED = texts.get("core.outputs.export.delmaalet_ikke_sprogtjekket_afhaenger")


def _d(v) -> str:
    return format_date(v, "–")


def _dt(v) -> str:
    """A timestamp of the file in local time, as Danes write it: '25-11-2026 kl. 09:00'."""
    return format_datetime(v, "–")


def level_text(level: int | None) -> str:
    """A level with its Sensum label, e.g. '3 – Stort støttebehov (omfattende, meget)'; '–' when not set."""
    return "–" if level is None else f"{level} – {LEVEL_LABELS[level]}"


@dataclass(frozen=True)
class Row:
    """One field of the export: a label (may be empty) and its text."""

    label: str
    text: str


def sections(d: Delmaal, findings: Iterable | None = None) -> list[tuple[str, list[Row]]]:
    """The delmål as (heading, rows) in template order. Empty values are shown as '–'.

    `findings`: the checker's findings on this delmål (for the SMART status); None when it was not checked."""

    reg = registry(data_lang(d.language))  # the one source of fields, their labels, sections and order
    out = [(heading, [r for spec in specs for r in _rows(d, spec, reg.label)]) for heading, specs in reg.sections()]
    return out + [(SMART_HEADING, smart_rows(d, findings))]


def _rows(d: Delmaal, spec, L) -> list[Row]:
    """The export's rows for one field of the registry, as its `show` says."""
    show, path = spec.show, spec.path
    if show == "methods":
        return [Row(f"{m.name} ({m.kind})" if m.kind != "ukendt" else m.name, m.description or "–")
                for m in d.methods] or [Row(L(path), "–")]
    if show == "actors":
        return [Row(a.name, a.how or "–") for a in d.external_actors] or [Row(L(path), texts.get("core.outputs.export.ingen"))]
    if show == "levels":
        see = L("indicators.levels[*].what_we_see").split(" (")[0]
        support = L("indicators.levels[*].how_we_support").split(" (")[0]
        return [Row(f"Niveau {lvl.level} – {LEVEL_LABELS[lvl.level]}",
                    f"{see}: {lvl.what_we_see or '–'}\n{support}: {lvl.how_we_support or '–'}")
                for lvl in d.indicators.levels]
    value = get_field(d, path)
    if show == "if-written":
        return [Row(L(path), value)] if value.strip() else []
    text = {"name": lambda v: v.name if v else "–", "yesno": lambda v: texts.get("core.outputs.export.ja") if v else texts.get("core.outputs.export.nej"), "level": level_text,
            "date": _d, "datetime": _dt}.get(show, lambda v: v or "–")(value)
    return [Row(L(path), text)]


def smart_rows(d: Delmaal, findings: Iterable | None) -> list[Row]:
    """The eight SMART questions with their status and reason. When the delmål was not checked (`findings` None)
    a first row says so, and what depends on the checker is 'unknown', never a tick."""

    checked = findings is not None
    rows = [] if checked else [Row("", NOT_CHECKED)]
    return rows + [
        Row(f"{item.number}. {item.question}",
            f"{item.status_text.capitalize()}: {name_codes_in(item.reason)}")
        for item in smart_status(d, list(findings or ()), checked=checked)
    ]


def fields_for_copy(d: Delmaal, findings: Iterable | None = None) -> list[tuple[str, str]]:
    """(label, text) per field, in template order, for copying one field at a time (the review's copy menu)."""
    out = []
    for heading, rows in sections(d, findings):
        for row in rows:
            out.append((row.label or heading, row.text))
    return out


def _colon(label: str) -> str:
    return label if label.endswith(("?", ":")) else label + ":"


def safe_for_export(d: Delmaal, *, show_bidi: bool = True) -> Delmaal:
    """A copy of `d` whose texts hold no terminal escape or control codes (bidi controls made visible, as `check`
    shows them, or removed for the resident's text) and nothing XML cannot hold, so no exported file carries
    them and Word never fails on them."""
    data = d.model_dump(mode="json")
    clean = export_safe_data(data, show_bidi=show_bidi)
    if clean == data:
        return d
    try:
        return Delmaal.model_validate(clean)
    except ValueError:  # defensive: a cleaned text that no longer validates; the raw model is still cleaned below
        return d.model_copy(update={k: v for k, v in clean.items() if isinstance(v, str)})


def to_markdown(d: Delmaal, findings: Iterable | None = None) -> str:
    d = safe_for_export(d)
    out = [texts.get("core.outputs.export.delmaal",
                     markdown_safe=markdown_safe(d.title or texts.get("core.outputs.export.uden_titel"))), ""]
    for heading, rows in sections(d, findings):
        out.append(f"## {heading}")
        out.append("")
        for row in rows:
            body = markdown_safe(row.text).replace("\n", "  \n")
            out.append(f"**{markdown_safe(_colon(row.label))}**  \n{body}" if row.label else body)
            out.append("")
    return "\n".join(out).rstrip() + "\n"


def to_text(d: Delmaal, findings: Iterable | None = None) -> str:
    """Plain text: no indentation, one paragraph per field (label line, then the text), a blank line between."""
    d = safe_for_export(d)
    out = [texts.get("core.outputs.export.delmaal_2", value=d.title or texts.get("core.outputs.export.uden_titel")), ""]
    for heading, rows in sections(d, findings):
        out.append(heading.upper())
        out.append("")
        for row in rows:
            if row.label:
                out.append(_colon(row.label))
            out.extend(row.text.splitlines() or [""])
            out.append("")
    return "\n".join(out).rstrip() + "\n"


# ------------------------------------------------------------------------------------------------ docx


@dataclass(frozen=True)
class DocxLayout:
    """What the Word export takes from the user's settings: the unit's name and logo in the header, the author."""

    unit_name: str = ""
    unit_logo: Path | None = None
    author: str = ""


def docx_layout(data_dir: Path | None = None) -> DocxLayout:
    """The layout from the user's settings (`delmaal indstillinger`); an unreadable setting is left out."""
    s = load_settings(Path(data_dir) if data_dir else default_data_dir())
    logo = Path(s.unit_logo) if s.unit_logo else None
    return DocxLayout(unit_name=s.unit_name.strip(), author=s.author.strip(),
                      unit_logo=logo if logo and logo.is_file() and not logo.is_symlink() else None)


def _docx_table(doc, headers: tuple[str, ...], widths_cm: tuple[float, ...]):
    """A grid table with fixed column widths and a header row that repeats on every page."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm

    table = doc.add_table(rows=1, cols=len(headers))
    table.style = "Table Grid"
    table.autofit = False  # w:tblLayout fixed: Word and LibreOffice then take the widths from the grid
    for col, w in zip(table.columns, widths_cm):
        col.width = Cm(w)  # w:gridCol (without it a fixed table gets equal columns whatever the cells say)
    for cell, text, w in zip(table.rows[0].cells, headers, widths_cm):
        cell.text = ""
        cell.paragraphs[0].add_run(text).bold = True
        cell.paragraphs[0].paragraph_format.keep_with_next = True
        cell.width = Cm(w)
    trpr = table.rows[0]._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    trpr.append(header)
    _docx_cant_split(table.rows[0])
    return table


def _docx_cant_split(row) -> None:
    """A row is never cut across two pages (w:cantSplit)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    trpr = row._tr.get_or_add_trPr()
    if trpr.find(qn("w:cantSplit")) is None:
        el = OxmlElement("w:cantSplit")
        el.set(qn("w:val"), "true")
        trpr.insert(0, el)


def _docx_row(table, texts: tuple[str, ...], widths_cm: tuple[float, ...]) -> None:
    from docx.shared import Cm

    row = table.add_row()
    for cell, text, w in zip(row.cells, texts, widths_cm):
        cell.text = export_safe(text)
        cell.width = Cm(w)
    _docx_cant_split(row)


def to_docx(d: Delmaal, findings: Iterable | None = None, layout: DocxLayout | None = None,
            today: date | None = None) -> bytes:
    """A Word document for printing on A4 in Danish, laid out by template field: the indicator table and the
    SMART table with fixed column widths and repeating headers, an agreement block to sign, a header with the
    delmål's title (and the unit's name and logo from the settings), a footer "Side X af Y" with the print date;
    the last page is "Dit delmål" for the resident in large print."""
    from docx.enum.text import WD_BREAK
    from docx.shared import Pt

    raw, d = d, safe_for_export(d)
    layout = layout if layout is not None else docx_layout()
    today = today or date.today()
    title = export_safe(texts.get("core.outputs.export.delmaal_3",
                                  value=d.title or texts.get("core.outputs.export.uden_titel")))
    meta = WordMeta(title=title, subject=texts.get("core.outputs.export.delmaal_4"), created=d.created_at, modified=d.updated_at,
                    author=layout.author, keywords=texts.get("core.outputs.export.delmaal_5"), company=layout.unit_name)
    # header: the unit (logo and name) and the delmål's title; footer: Side X af Y and the print date
    doc = new_document(meta, today=today, header=title, unit_name=layout.unit_name, unit_logo=layout.unit_logo)

    doc.add_heading(title, level=0)
    reg = registry(data_lang(d.language))  # the sections and their fields, as in the text exports
    for heading, specs in reg.sections():
        doc.add_heading(heading, level=1)
        for spec in specs:
            if spec.show == "levels":  # the indicator levels: one table row per level
                _docx_levels(doc, d)
                continue
            for row in _rows(d, spec, reg.label):
                _docx_field(doc, row)
    doc.add_heading(SMART_HEADING, level=1)
    smart = smart_rows(d, findings)
    if findings is not None:
        widths = (6.0, 3.0, 8.0)
        table = _docx_table(doc, (texts.get("core.outputs.export.spoergsmaal"), "Status", "Begrundelse"), widths)
        for row in smart:
            status, _, reason = row.text.partition(": ")
            _docx_row(table, (row.label, status, reason), widths)
    else:
        for row in smart:
            _docx_field(doc, row)
    _docx_agreement(doc, d)
    # the last page is for the resident: "Dit delmål" in easy-read Danish, in large print

    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    easy_d = safe_for_export(raw, show_bidi=False)  # the resident's page: no [RLO] markers
    mark = draft_mark(easy_d)
    if mark:  # not read and approved by staff yet: it says so on the page
        run = doc.add_paragraph().add_run(export_safe(mark))
        run.bold = True
        run.font.size = Pt(16)
    doc.add_heading(export_safe(easy_title(easy_d)), level=0)
    for heading, body in easy_sections(easy_d):
        if heading:
            h = doc.add_heading(export_safe(heading), level=1)
            for run in h.runs:
                run.font.size = Pt(18)
        for line in body.splitlines():
            if is_list_line(line):  # «– Fodbad i 10 minutter»: a bullet of Word's own list style, its dash not typed
                doc.add_paragraph(style="List Bullet").add_run(export_safe(item(line))).font.size = Pt(16)
            else:
                doc.add_paragraph().add_run(export_safe(line)).font.size = Pt(16)
    return finish(doc, meta)


def _docx_levels(doc, d: Delmaal) -> None:
    """The indicator levels (the registry's `show = "levels"` field) as a table: level, its label, both texts."""
    widths = (2.0, 3.4, 5.8, 5.8)  # 17 cm: the text columns get the room ("Niveau" fits on one line)
    table = _docx_table(doc, ("Niveau", "Betegnelse", texts.get("core.outputs.export.hvad_goer_beboeren_hvad"),
                              texts.get("core.outputs.export.hvordan_moeder_stoetter_vi")), widths)
    for lvl in d.indicators.levels:
        _docx_row(table, (str(lvl.level), LEVEL_LABELS[lvl.level], lvl.what_we_see or "–",
                          lvl.how_we_support or "–"), widths)


AGREEMENT_HEADING = "Aftale"


def _docx_agreement(doc, d: Delmaal) -> None:
    """Where the agreement is written and signed: with the resident, and with the guardian when one is involved."""
    from docx.shared import Cm

    doc.add_heading(AGREEMENT_HEADING, level=1).paragraph_format.keep_with_next = True
    c = d.collaboration
    if c.agreement.strip():
        doc.add_paragraph(export_safe(c.agreement.strip())).paragraph_format.keep_with_next = True
    who = [texts.get("core.outputs.export.beboer")] + ([texts.get("core.outputs.export.vaerge")] if c.guardian_involved else []) + ["Kontaktperson"]
    widths = (4.0, 4.0, 9.0)
    table = _docx_table(doc, (texts.get("core.outputs.export.aftalt"), "Dato", "Underskrift"), widths)
    for w in who:
        _docx_row(table, (w, "", ""), widths)
    for row in table.rows[1:]:
        row.height = Cm(1.2)
    # the block to sign stays on one page: every row but the last keeps with the next
    for row in table.rows[:-1]:
        for cell in row.cells:
            for par in cell.paragraphs:
                par.paragraph_format.keep_with_next = True


def _docx_field(doc, row: Row) -> None:
    """A label (bold, kept with its text on the same page) and the text under it, close together; the space
    comes after the field, so each label is read with its own text."""
    from docx.shared import Pt

    if row.label:
        p = doc.add_paragraph()
        p.add_run(export_safe(row.label)).bold = True
        p.paragraph_format.space_after = Pt(1)
        p.paragraph_format.keep_with_next = True
    lines = row.text.splitlines() or [""]
    for i, line in enumerate(lines):
        p = doc.add_paragraph(export_safe(line))
        p.paragraph_format.space_after = Pt(8 if i == len(lines) - 1 else 2)


# ------------------------------------------------------------------------------------------------ dispatch


def render(d: Delmaal, fmt: str, findings: Iterable | None = None, subject: str | None = None) -> bytes:
    """The export in format `fmt` (see export_formats.REGISTRY) as bytes, ready to write, by the format's own
    renderer. Texts are made safe first (`safe_for_export`; "Dit delmål" is read by the resident: no [RLO]
    markers). `subject`: FHIR only, a reference to the citizen (core.outputs.fhir.check_subject)."""
    spec = REGISTRY.get(fmt)
    render_fmt = renderer(fmt)  # ValueError (Danish) for an unknown format
    if not spec.binary:  # a binary format makes its own text safe (Word: the resident's page without markers)
        d = safe_for_export(d, show_bidi=not spec.resident)
    out = render_fmt(d, findings if spec.smart else None, subject if spec.subject else None)
    return out if isinstance(out, bytes) else out.encode("utf-8")


@exporter("md")
def _render_md(d: Delmaal, findings, subject) -> str:
    return to_markdown(d, findings)


@exporter("txt")
def _render_txt(d: Delmaal, findings, subject) -> str:
    return to_text(d, findings)


@exporter("docx")
def _render_docx(d: Delmaal, findings, subject) -> bytes:
    return to_docx(d, findings)  # made safe inside (the resident's page without bidi markers)
from delmaal_assistant.core.outputs.fhir import FhirContext


def export_paths(folder: Path, stem: str, formats: Iterable[str] = ("md", "txt")) -> list[Path]:
    """The export files for `stem` in `folder`: STEM + suffix for each format (written by `core.outputs.publish`)."""
    return [Path(folder) / f"{stem}{FORMATS[fmt][0]}" for fmt in formats]


def format_for_path(path: Path) -> str | None:
    """The format an output file name implies (longest suffix first), or None."""
    name = Path(path).name.lower()
    for fmt, (suffix, _) in sorted(FORMATS.items(), key=lambda kv: -len(kv[1][0])):
        if name.endswith(suffix):
            return fmt
    return None


# ------------------------------------------------------------------------------------------------ manifest
# The manifest of recorded exports lives in core/manifest.py (re-exported here for older callers).

from delmaal_assistant.core.outputs.manifest import (  # noqa: E402,F401
    ExportState,
    export_states,
    manifest_path,
    record_export,
    refresh_recorded,
)
