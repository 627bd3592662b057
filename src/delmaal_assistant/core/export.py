"""Export a delmål laid out by the template's fields (seed 000), for pasting into Sensum/Bosted/Nexus.

Markdown and plain text; Danish headings in template order. No UI here.
"""

from __future__ import annotations

import os
from pathlib import Path

from delmaal_assistant.core.model import LEVEL_LABELS, Delmaal
from delmaal_assistant.core.storage import ensure_private_dir, remove_stale_temp_files, write_with_backup


def _d(v) -> str:
    return v.strftime("%d-%m-%Y") if v else "–"


def sections(d: Delmaal) -> list[tuple[str, list[tuple[str, str]]]]:
    """The delmål as (heading, [(label, text)]) in template order. Empty values are shown as '–'."""
    c = d.collaboration
    methods = [
        (f"{m.name} ({m.kind})", m.description or "–") for m in d.methods
    ] or [("Metoder", "–")]
    actors = [(a.name, a.how or "–") for a in d.external_actors] or [("Eksterne aktører", "Ingen")]
    ind = d.indicators
    levels = [
        (f"{lvl.level}. {LEVEL_LABELS[lvl.level]}",
         f"Hvad gør beboeren / hvad ser vi: {lvl.what_we_see or '–'}\n"
         f"Hvordan møder/støtter vi beboeren: {lvl.how_we_support or '–'}")
        for lvl in ind.levels
    ]
    flags = []
    if d.crime_prevention:
        flags.append("Kriminalpræventivt delmål")
    if d.employment:
        flags.append("Beskæftigelsesdelmål (Kometen)")
    return [
        ("Hvad hedder delmålet", [("", d.title or "–")]),
        ("Hvad er formålet", [
            ("Delmålet", d.wording or "–"),
            ("Hvad handler delmålet om, og hvorfor", d.purpose or "–"),
            ("Hvordan måler vi, at delmålet er nået", d.measurement or "–"),
            ("Mål i handleplanen", d.handleplan_goal or "–"),
            ("Tema (FFB)", d.theme.name if d.theme else "–"),
            ("Måltype (FFB)", d.goal_type.name if d.goal_type else "–"),
        ]),
        ("Faglige metoder", methods),
        ("Indsats", [
            ("Konkrete handlinger", d.indsats.actions or "–"),
            ("Når beboeren ikke kan eller vil noget andet", d.indsats.when_resident_wants_otherwise or "–"),
        ]),
        ("Samarbejdet og inddragelse af beboer", [
            ("Beboerens holdning", c.resident_attitude or "–"),
            ("Beboerens egne ord", c.resident_own_words or "–"),
            ("Sådan er samarbejdet aftalt", c.agreement or "–"),
            ("Værge", (c.guardian_involvement or "Ja") if c.guardian_involved else "Ingen værge inddraget"),
        ] + ([("Faglig begrundelse", c.professional_justification)] if c.professional_justification else [])),
        ("Eksterne aktører", actors),
        ("Indikatorer", [
            ("Ved delmålets opstart", "–" if ind.start_level is None else str(ind.start_level)),
            ("Forventes ved delmålets afslutning", "–" if ind.expected_end_level is None else str(ind.expected_end_level)),
        ] + levels),
        ("Dokumentation", [
            ("Hvad dokumenteres", d.documentation.what or "–"),
            ("Hvem dokumenterer", d.documentation.who or "–"),
            ("Hvor ofte / hvornår", d.documentation.how_often or "–"),
        ]),
        ("Datoer", [
            ("Startdato", _d(d.start_date)),
            ("Slutdato", _d(d.end_date)),
            ("Evalueringsdato", _d(d.evaluation_date)),
        ] + ([("Markering", ", ".join(flags))] if flags else [])),
    ]


def _md_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("*", "\\*").replace("_", "\\_").replace("#", "\\#")


def to_markdown(d: Delmaal) -> str:
    out = [f"# Delmål: {_md_escape(d.title or 'uden titel')}", ""]
    for heading, rows in sections(d):
        out.append(f"## {heading}")
        out.append("")
        for label, text in rows:
            body = _md_escape(text).replace("\n", "  \n")
            out.append(f"**{_md_escape(label)}:**  \n{body}" if label else body)
            out.append("")
    return "\n".join(out).rstrip() + "\n"


def to_text(d: Delmaal) -> str:
    out = [f"DELMÅL: {d.title or 'uden titel'}", ""]
    for heading, rows in sections(d):
        out.append(heading.upper())
        for label, text in rows:
            if label:
                out.append(f"{label}:")
            out.extend("  " + line for line in text.splitlines() or [""])
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def export_paths(folder: Path, stem: str) -> list[Path]:
    """The files `write_exports` writes: STEM.md and STEM.txt in `folder`."""
    return [Path(folder) / f"{stem}.md", Path(folder) / f"{stem}.txt"]


def existing_exports(folder: Path, stem: str) -> list[Path]:
    """Those of the export files that already exist (or something else sits under their names): the user is
    asked before they are replaced."""
    return [p for p in export_paths(folder, stem) if os.path.lexists(p)]


def write_exports(d: Delmaal, folder: Path, stem: str) -> list[Path]:
    """Write STEM.md and STEM.txt in `folder` (atomically) and return their paths. An existing file is kept
    as NAME.bak (like saves); symlinks, devices, FIFOs and sockets are refused (StorageWriteError)."""
    folder = Path(folder)
    if not folder.is_dir():  # never tighten an existing folder the user chose; only create missing ones
        ensure_private_dir(folder)
    md, txt = export_paths(folder, stem)
    write_with_backup(md, to_markdown(d))
    write_with_backup(txt, to_text(d))
    remove_stale_temp_files(folder)
    return [md, txt]
