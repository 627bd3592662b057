"""`delmaal status FILE… -o status.docx|status.html|status.md [--title TEKST]`: the status for the follow-up meeting
(seed 004), one document for a resident's delmål together: per delmål the prose status, the numbers (start,
latest, expected, trend) with a chart, the resident's own words and what is proposed next.

Bad input gives a Danish message and exit 2 and writes nothing. The document is written atomically, never through
a symlink, never over one of its inputs, and never over an existing file that is not a status of ours without
`--force`; a previous file of that name is kept as a backup (never over an existing `.bak`: numbered instead).
"""

from __future__ import annotations

import argparse
import os
import sys
from datetime import date
from pathlib import Path


def add_status_parser(sub) -> None:
    p = sub.add_parser(
        "status",
        help="status til opfølgningsmødet: et dokument for en beboers delmål (Word, HTML eller Markdown)",
        description=(
            "Skriv status på et eller flere gemte delmål (.delmaal.json) til opfølgningsmødet med kommunen: "
            "forløbet i prosa, tallene (start, seneste, forventet, udvikling) med en graf, beboerens egne ord og "
            "forslaget til det videre forløb. Formatet følger filnavnet: .docx, .html eller .md."
        ),
    )
    p.add_argument("files", nargs="+", metavar="FIL", help="gemte delmål (.delmaal.json), samme beboer")
    p.add_argument("-o", "--output", required=True, metavar="UD", help="dokumentet: status.docx, .html eller .md")
    p.add_argument("--flere-beboere", action="store_true",
                   help="tillad delmål for flere beboere i samme dokument (ellers afvises det)")
    p.add_argument("--title", default=None, metavar="TEKST",
                   help="dokumentets overskrift (standard: »Status til opfølgningsmødet«)")
    p.add_argument("--force", action="store_true",
                   help="erstat en eksisterende fil, der ikke er en status fra delmaal-assistant (den gemmes som .bak)")
    p.set_defaults(func=run_status)


class StatusInputError(Exception):
    """Danish message; exit 2."""


def run_status(args: argparse.Namespace, stdout=None, stderr=None, today: date | None = None) -> int:
    from delmaal_assistant.core.sanitize import terminal_safe

    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    try:
        return _run(args, stdout, stderr, today or date.today())
    except StatusInputError as exc:
        stderr.write(f"delmaal status: {terminal_safe(str(exc))}\n")
        return 2


def _run(args, stdout, stderr, today: date) -> int:
    from delmaal_assistant.core.sanitize import terminal_safe
    from delmaal_assistant.core.outputs.status import FORMATS, build_status, render, residents
    from delmaal_assistant.core.files.storage import (
        DELMAAL_SUFFIX,
        StorageError,
        input_clash,
        load_delmaal,
        write_bytes_with_backup,
    )
    from delmaal_assistant.core.outputs.ownership import bytes_are_ours, is_ours
    from delmaal_assistant.core.sanitize import export_safe

    out = Path(args.output)
    suffix = out.suffix.lower()
    if suffix not in FORMATS or out.name.endswith(DELMAAL_SUFFIX):
        raise StatusInputError(f"Dokumentet skal være en .docx-, .html- eller .md-fil, ikke '{out.name}'.")
    loaded = []
    seen_files: set[tuple[int, int] | str] = set()
    ids: dict[str, str] = {}
    for name in args.files:
        path = Path(name)
        try:
            d = load_delmaal(path)
        except StorageError as exc:
            raise StatusInputError(f"{exc} Intet er skrevet.") from None
        try:
            st = os.stat(path)
            key: tuple[int, int] | str = (st.st_dev, st.st_ino)
        except OSError:
            key = os.path.realpath(path)
        if key in seen_files:  # the same file given twice is one delmål
            continue
        seen_files.add(key)
        if d.id in ids:  # "Gem som kopi" keeps the id: both files are shown, and it is said
            stderr.write(f"delmaal status: bemærk: '{terminal_safe(name)}' har samme id som "
                         f"'{terminal_safe(ids[d.id])}' (den ene er nok en kopi); begge er taget med.\n")
        ids.setdefault(d.id, name)
        loaded.append((d, path))
    who = residents([d for d, _ in loaded])
    if len(who) > 1 and not getattr(args, "flere_beboere", False):
        names = "; ".join(f"{n}: " + ", ".join(terminal_safe(d.title.strip() or "uden titel") for d in ds)
                          for n, ds in who.items())
        raise StatusInputError(
            f"Delmålene handler om {len(who)} forskellige beboere ({names}). Et statusdokument er for én beboer. "
            "Skriv et dokument for hver, eller brug --flere-beboere, hvis de med vilje skal stå sammen. "
            "Intet er skrevet.")
    named = {id(d) for ds in who.values() for d in ds}
    unnamed = [d for d, _ in loaded if id(d) not in named]
    if len(loaded) > 1 and unnamed and who and not getattr(args, "flere_beboere", False):
        stderr.write("delmaal status: bemærk – " + ", ".join(terminal_safe(d.title.strip() or "uden titel")
                                                           for d in unnamed)
                     + " nævner ikke beboeren ved navn, så det kan ikke ses, om det er samme beboer.\n")
    items = [build_status(d, str(path), today) for d, path in loaded]
    if input_clash(out, args.files) is not None:
        raise StatusInputError("Dokumentet må ikke skrive over et af delmålene. Vælg et andet navn med -o.")
    if not getattr(args, "force", False) and os.path.lexists(out) and not is_ours(out):
        raise StatusInputError(f"'{out}' findes allerede og er ikke en status fra delmaal-assistant. Intet er "
                               "skrevet. Vælg et andet navn med -o, eller brug --force (den gamle fil gemmes som .bak).")
    heading = export_safe(args.title.strip()) if args.title and args.title.strip() else "Status til opfølgningsmødet"
    data = render(items, suffix, today, heading)
    try:
        write_bytes_with_backup(out, data, inputs=args.files, ours=lambda b: bytes_are_ours(b, suffix))
    except StorageError as exc:
        raise StatusInputError(str(exc)) from None
    stdout.write(f"Status for {len(items)} delmål er skrevet til {terminal_safe(str(out))}.\n")
    return 0
