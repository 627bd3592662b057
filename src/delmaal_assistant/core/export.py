"""Export a delmål laid out by the template's fields (seed 000), for pasting into Sensum/Bosted/Nexus,
printing (Word), the resident ("Dit delmål", easy-read) and other systems (FHIR).

Plain text and Markdown have no indentation and one paragraph per field, so a field can be copied on its own.
Indicator levels carry their labels; the flags have their own heading, also when they are off; the SMART status
is included when the wording has been checked (a SMART tick is never given for an unchecked wording).

Exports remember where they were written (`STEM.delmaal.exports` beside the delmål file), and
`refresh_exports` rewrites them after every save so they never disagree with the saved file. No UI here.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from delmaal_assistant.core.model import LEVEL_LABELS, Delmaal
from delmaal_assistant.core.storage import (
    atomic_write_bytes,
    atomic_write_text,
    ensure_private_dir,
    remove_stale_temp_files,
    write_bytes_with_backup,
)

from delmaal_assistant.core.export_formats import FORMATS  # noqa: E402  (re-exported)

SMART_HEADING = "SMART-tjek"
FLAGS_HEADING = "Markeringer"
NOT_CHECKED = "Delmålet er ikke sprogtjekket: det, der afhænger af tjekket, er ikke vurderet."


def _d(v) -> str:
    return v.strftime("%d-%m-%Y") if v else "–"


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
    from delmaal_assistant.core.fields import registry
    from delmaal_assistant.core.resources import data_lang

    L = registry(data_lang(d.language)).label  # the one source of field labels
    c = d.collaboration
    methods = [
        Row(f"{m.name} ({m.kind})" if m.kind != "ukendt" else m.name, m.description or "–")
        for m in d.methods
    ] or [Row(L("methods"), "–")]
    actors = [Row(a.name, a.how or "–") for a in d.external_actors] or [Row(L("external_actors"), "Ingen")]
    ind = d.indicators
    levels = [
        Row(f"Niveau {lvl.level} – {LEVEL_LABELS[lvl.level]}",
            f"{L('indicators.levels[*].what_we_see').split(' (')[0]}: {lvl.what_we_see or '–'}\n"
            f"{L('indicators.levels[*].how_we_support').split(' (')[0]}: {lvl.how_we_support or '–'}")
        for lvl in ind.levels
    ]
    out: list[tuple[str, list[Row]]] = [
        ("Hvad hedder delmålet", [Row(L("title"), d.title or "–")]),
        ("Hvad er formålet", [
            Row(L("wording"), d.wording or "–"),
            Row(L("purpose"), d.purpose or "–"),
            Row(L("measurement"), d.measurement or "–"),
            Row(L("handleplan_goal"), d.handleplan_goal or "–"),
            Row(L("theme"), d.theme.name if d.theme else "–"),
            Row(L("goal_type"), d.goal_type.name if d.goal_type else "–"),
        ]),
        ("Faglige metoder", methods),
        ("Indsats", [
            Row(L("indsats.actions"), d.indsats.actions or "–"),
            Row(L("indsats.when_resident_wants_otherwise"), d.indsats.when_resident_wants_otherwise or "–"),
        ]),
        ("Samarbejdet og inddragelse af beboer", [
            Row(L("collaboration.resident_attitude"), c.resident_attitude or "–"),
            Row(L("collaboration.resident_own_words"), c.resident_own_words or "–"),
            Row(L("collaboration.agreement"), c.agreement or "–"),
            Row(L("collaboration.guardian_involved"),
                (c.guardian_involvement or "Ja") if c.guardian_involved else "Ingen værge inddraget"),
        ] + ([Row(L("collaboration.professional_justification"), c.professional_justification)]
             if c.professional_justification else [])),
        ("Eksterne aktører", actors),
        ("Indikatorer", [
            Row(L("indicators.start_level"), level_text(ind.start_level)),
            Row(L("indicators.expected_end_level"), level_text(ind.expected_end_level)),
        ] + levels),
        ("Dokumentation", [
            Row(L("documentation.what"), d.documentation.what or "–"),
            Row(L("documentation.who"), d.documentation.who or "–"),
            Row(L("documentation.how_often"), d.documentation.how_often or "–"),
        ]),
        ("Datoer", [
            Row(L("start_date"), _d(d.start_date)),
            Row(L("end_date"), _d(d.end_date)),
            Row(L("evaluation_date"), _d(d.evaluation_date)),
        ]),
        (FLAGS_HEADING, [
            Row(L("crime_prevention"), "Ja" if d.crime_prevention else "Nej"),
            Row(L("employment"), "Ja" if d.employment else "Nej"),
        ]),
        (SMART_HEADING, smart_rows(d, findings)),
    ]
    return out


def smart_rows(d: Delmaal, findings: Iterable | None) -> list[Row]:
    """The eight SMART questions with their status and reason. When the delmål was not checked (`findings` None)
    a first row says so, and what depends on the checker is 'unknown', never a tick."""
    from delmaal_assistant.core.codes import name_codes_in
    from delmaal_assistant.core.smart import STATUS_DA, smart_status

    checked = findings is not None
    rows = [] if checked else [Row("", NOT_CHECKED)]
    return rows + [
        Row(f"{item.number}. {item.question}",
            f"{STATUS_DA.get(item.status, item.status).capitalize()}: {name_codes_in(item.reason)}")
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


def _md_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("*", "\\*").replace("_", "\\_").replace("#", "\\#")


def to_markdown(d: Delmaal, findings: Iterable | None = None) -> str:
    out = [f"# Delmål: {_md_escape(d.title or 'uden titel')}", ""]
    for heading, rows in sections(d, findings):
        out.append(f"## {heading}")
        out.append("")
        for row in rows:
            body = _md_escape(row.text).replace("\n", "  \n")
            out.append(f"**{_md_escape(_colon(row.label))}**  \n{body}" if row.label else body)
            out.append("")
    return "\n".join(out).rstrip() + "\n"


def to_text(d: Delmaal, findings: Iterable | None = None) -> str:
    """Plain text: no indentation, one paragraph per field (label line, then the text), a blank line between."""
    out = [f"DELMÅL: {d.title or 'uden titel'}", ""]
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


def to_docx(d: Delmaal, findings: Iterable | None = None) -> bytes:
    """A Word document for printing, laid out by template field, with the indicator table and the SMART status;
    the last page is "Dit delmål" for the resident in large print."""
    from docx import Document
    from docx.shared import Pt

    doc = Document()
    doc.core_properties.title = f"Delmål: {d.title or 'uden titel'}"
    doc.core_properties.language = d.language
    doc.add_heading(f"Delmål: {d.title or 'uden titel'}", level=0)
    for heading, rows in sections(d, findings):
        doc.add_heading(heading, level=1)
        if heading == "Indikatorer":
            ind = d.indicators
            for row in rows[:2]:
                _docx_field(doc, row)
            table = doc.add_table(rows=1, cols=4)
            table.style = "Table Grid"
            head = table.rows[0].cells
            for cell, text in zip(head, ("Niveau", "Betegnelse", "Hvad gør beboeren / hvad ser vi?",
                                         "Hvordan møder/støtter vi beboeren?")):
                cell.text = ""
                cell.paragraphs[0].add_run(text).bold = True
            for lvl in ind.levels:
                cells = table.add_row().cells
                cells[0].text = str(lvl.level)
                cells[1].text = LEVEL_LABELS[lvl.level]
                cells[2].text = lvl.what_we_see or "–"
                cells[3].text = lvl.how_we_support or "–"
            continue
        if heading == SMART_HEADING and findings is not None:
            table = doc.add_table(rows=1, cols=3)
            table.style = "Table Grid"
            for cell, text in zip(table.rows[0].cells, ("Spørgsmål", "Status", "Begrundelse")):
                cell.text = ""
                cell.paragraphs[0].add_run(text).bold = True
            for row in rows:
                status, _, reason = row.text.partition(": ")
                cells = table.add_row().cells
                cells[0].text, cells[1].text, cells[2].text = row.label, status, reason
            continue
        for row in rows:
            _docx_field(doc, row)
    style = doc.styles["Normal"]
    style.font.size = Pt(11)
    # the last page is for the resident: "Dit delmål" in easy-read Danish, in large print
    from docx.enum.text import WD_BREAK

    from delmaal_assistant.core.easyread import sections as easy_sections
    from delmaal_assistant.core.easyread import title as easy_title

    from delmaal_assistant.core.easyread import draft_mark

    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    mark = draft_mark(d)
    if mark:  # not read and approved by staff yet: it says so on the page
        p = doc.add_paragraph()
        run = p.add_run(mark)
        run.bold = True
        run.font.size = Pt(16)
    doc.add_heading(easy_title(d), level=0)
    for heading, body in easy_sections(d):
        if heading:
            h = doc.add_heading(heading, level=1)
            for run in h.runs:
                run.font.size = Pt(18)
        for line in body.splitlines():
            doc.add_paragraph().add_run(line).font.size = Pt(16)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def _docx_field(doc, row: Row) -> None:
    if row.label:
        p = doc.add_paragraph()
        p.add_run(row.label).bold = True
    for line in row.text.splitlines() or [""]:
        doc.add_paragraph(line)


# ------------------------------------------------------------------------------------------------ dispatch


def render(d: Delmaal, fmt: str, findings: Iterable | None = None) -> bytes:
    """The export in format `fmt` (see FORMATS) as bytes, ready to write."""
    if fmt == "md":
        return to_markdown(d, findings).encode("utf-8")
    if fmt == "txt":
        return to_text(d, findings).encode("utf-8")
    if fmt == "docx":
        return to_docx(d, findings)
    if fmt == "easy":
        from delmaal_assistant.core.easyread import easy_read

        return easy_read(d).encode("utf-8")
    if fmt == "fhir":
        from delmaal_assistant.core.fhir import goal_json

        return goal_json(d).encode("utf-8")
    raise ValueError(f"ukendt eksportformat '{fmt}' (kendte: {', '.join(FORMATS)})")


def write_export(d: Delmaal, fmt: str, out: Path, findings: Iterable | None = None) -> Path:
    """Write one export atomically (0600; a missing folder is created 0700). An existing file is kept as
    NAME.bak (like saves); a symlink, device, FIFO or socket at `out` is refused (StorageWriteError)."""
    out = Path(out)
    if not out.parent.is_dir():  # never tighten an existing folder the user chose; only create missing ones
        ensure_private_dir(out.parent)
    write_bytes_with_backup(out, render(d, fmt, findings))
    return out


def export_paths(folder: Path, stem: str, formats: Iterable[str] = ("md", "txt")) -> list[Path]:
    """The files `write_exports` writes: STEM + suffix for each format in `folder`."""
    return [Path(folder) / f"{stem}{FORMATS[fmt][0]}" for fmt in formats]


def existing_exports(folder: Path, stem: str, formats: Iterable[str] = ("md", "txt")) -> list[Path]:
    """Those of the export files that already exist (or something else sits under their names): the user is
    asked before they are replaced."""
    return [p for p in export_paths(folder, stem, formats) if os.path.lexists(p)]


def write_exports(d: Delmaal, folder: Path, stem: str, findings: Iterable | None = None,
                  formats: Iterable[str] = ("md", "txt")) -> list[Path]:
    """Write STEM + suffix for each format in `folder` (atomically) and return their paths. Temp files of an
    interrupted earlier export are removed."""
    folder, formats = Path(folder), tuple(formats)
    if not folder.is_dir():
        ensure_private_dir(folder)
    written = [write_export(d, fmt, out, findings) for fmt, out in zip(formats, export_paths(folder, stem, formats))]
    remove_stale_temp_files(folder)
    return written


def format_for_path(path: Path) -> str | None:
    """The format an output file name implies (longest suffix first), or None."""
    name = Path(path).name.lower()
    for fmt, (suffix, _) in sorted(FORMATS.items(), key=lambda kv: -len(kv[1][0])):
        if name.endswith(suffix):
            return fmt
    return None


# ------------------------------------------------------------------------------------------------ manifest


def manifest_path(source: Path) -> Path:
    """Where the list of exports of a saved delmål is kept: `STEM.delmaal.exports` beside it."""
    source = Path(source)
    name = source.name
    stem = name.removesuffix(".json") if name.endswith(".delmaal.json") else Path(name).stem + ".delmaal"
    return source.with_name(stem + ".exports")


def _sha(path: Path) -> str | None:
    try:
        return hashlib.sha256(Path(path).read_bytes()).hexdigest()
    except OSError:
        return None


def _read_manifest(source: Path) -> list[dict]:
    try:
        data = json.loads(manifest_path(source).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    items = data.get("exports") if isinstance(data, dict) else None
    if not isinstance(items, list):
        return []
    return [e for e in items if isinstance(e, dict) and isinstance(e.get("path"), str)
            and e.get("format") in FORMATS]


def _write_manifest(source: Path, items: list[dict]) -> None:
    data = {"source": Path(source).name, "exports": items}
    atomic_write_text(manifest_path(source), json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def _resolve_export(source: Path, p: str) -> Path:
    path = Path(p)
    return path if path.is_absolute() else Path(source).parent / path


def record_export(source: Path, out: Path, fmt: str) -> None:
    """Remember that `out` (format `fmt`) was written from the saved delmål `source`, with the source's hash."""
    source, out = Path(source), Path(out)
    try:
        rel = str(out.resolve().relative_to(source.resolve().parent))
    except ValueError:
        rel = str(out.resolve())
    items = [e for e in _read_manifest(source) if _resolve_export(source, e["path"]).resolve() != out.resolve()]
    items.append({"path": rel, "format": fmt, "source_sha256": _sha(source)})
    _write_manifest(source, items)


@dataclass
class ExportState:
    path: Path
    format: str
    exists: bool
    current: bool  # written from the file as it is saved now

    @property
    def label(self) -> str:
        if not self.exists:
            return f"{self.path.name} (findes ikke længere)"
        return f"{self.path.name} ({'passer med den gemte fil' if self.current else 'FORÆLDET: skrevet før sidste gem'})"


def export_states(source: Path) -> list[ExportState]:
    """Every recorded export of `source` and whether it still matches the saved file."""
    now = _sha(Path(source))
    return [
        ExportState(p := _resolve_export(source, e["path"]), e["format"], p.exists(),
                    p.exists() and now is not None and e.get("source_sha256") == now)
        for e in _read_manifest(source)
    ]


def refresh_exports(source: Path, d: Delmaal, findings: Iterable | None = None) -> tuple[list[Path], list[str]]:
    """Rewrite every recorded export of `source` from `d` (call right after saving `d` to `source`).

    Returns (rewritten paths, Danish messages about those that could not be written). An export whose file was
    deleted by the user is not recreated and is forgotten."""
    findings = None if findings is None else list(findings)
    written: list[Path] = []
    errors: list[str] = []
    keep: list[dict] = []
    now = _sha(Path(source))
    for e in _read_manifest(source):
        path = _resolve_export(source, e["path"])
        if not path.exists():
            continue
        try:
            atomic_write_bytes(path, render(d, e["format"], findings))
        except OSError as exc:
            errors.append(f"Eksporten '{path.name}' kunne ikke opdateres ({exc}); den er forældet.")
            keep.append(e)
            continue
        written.append(path)
        keep.append({**e, "source_sha256": now})
    if keep or manifest_path(source).exists():
        _write_manifest(source, keep)
    return written, errors
