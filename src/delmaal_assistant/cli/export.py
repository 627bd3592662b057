"""`delmaal export FILE.delmaal.json --to md|txt|docx|easy|fhir [-o OUT] [--force]`.

Without -o the export is written beside the delmål with the format's suffix (Tøjvask.delmaal.json →
Tøjvask.md, Tøjvask.dit-delmaal.txt, Tøjvask.fhir.json …); `-o -` writes text formats to standard output.

Overwriting (decided as a user would expect from a command that may run in a script, so it never asks):
- an existing file that is an earlier export *of this same delmål* is rewritten (that is what re-exporting
  after an edit means);
- any other existing file is left alone: exit 2 with a Danish message, unless `--force`.
Every export written to a file is remembered beside the delmål (`STEM.delmaal.exports`), so the assistant
rewrites it after each save and the export never disagrees with the saved file.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from delmaal_assistant.core.export_formats import FORMATS


class ExportInputError(Exception):
    """Bad usage or unreadable input: Danish message, exit 2."""


def add_export_parser(sub) -> None:
    e = sub.add_parser(
        "export",
        help="eksportér et gemt delmål (Markdown, ren tekst, Word, let sprog til beboeren, FHIR)",
        description=(
            "Eksportér et gemt delmål (.delmaal.json). Formater: "
            + "; ".join(f"{k} = {v[1]} ({v[0]})" for k, v in FORMATS.items())
            + ". Uden -o skrives filen ved siden af delmålet. En eksisterende fil overskrives kun, hvis den er "
            "en tidligere eksport af samme delmål, eller med --force."
        ),
    )
    e.add_argument("file", metavar="FIL", help="det gemte delmål (.delmaal.json)")
    e.add_argument("--to", dest="fmt", choices=tuple(FORMATS), required=True, help="eksportformat")
    e.add_argument("-o", "--output", metavar="UD", default=None,
                   help="filen, der skrives (standard: ved siden af delmålet); - for standard output")
    e.add_argument("--force", action="store_true", help="overskriv en eksisterende fil, der ikke er en eksport")
    e.set_defaults(func=run_export)


def _default_out(source: Path, fmt: str) -> Path:
    name = source.name
    stem = name.removesuffix(".delmaal.json") if name.endswith(".delmaal.json") else source.stem
    return source.with_name(stem + FORMATS[fmt][0])


def _findings(d, fmt: str):
    """The checker's findings for the SMART status (md, txt, docx); None when it cannot run (then the export
    says the wording was not assessed, rather than ticking anything)."""
    if fmt not in ("md", "txt", "docx"):
        return None
    try:
        from delmaal_assistant.checker import get_checker

        return list(get_checker().check_delmaal(d))
    except Exception as exc:  # the export is still useful without the SMART ticks
        sys.stderr.write(f"delmaal: sprogtjekket kunne ikke køre ({exc}); SMART-tjekket står som ikke vurderet.\n")
        return None


def _easy_note(d) -> None:
    """To staff on stderr (never in the text): "Dit delmål" is a draft, and what the rules left out and why."""
    from delmaal_assistant.core.easyread import build, draft_mark
    from delmaal_assistant.core.sanitize import terminal_safe

    mark = draft_mark(d)
    if not mark:
        return
    left = build(d).left_out
    sys.stderr.write(f"delmaal: \"Dit delmål\" er et udkast ({mark}): læs og godkend det i gennemsynet (Ctrl+G).\n")
    for where, sent, why in left:
        sys.stderr.write(terminal_safe(f"delmaal: udeladt fra \"Dit delmål\" – {where}: «{sent}» – {why}") + "\n")


def run_export(args: argparse.Namespace) -> int:
    try:
        return _run(args)
    except ExportInputError as exc:
        sys.stderr.write(f"delmaal: {exc}\n")
        return 2


def _run(args: argparse.Namespace) -> int:
    from delmaal_assistant.core.storage import StorageError, load_delmaal

    source = Path(args.file)
    if not source.exists():
        raise ExportInputError(f"Filen '{source}' findes ikke.")
    if source.is_dir():
        raise ExportInputError(f"'{source}' er en mappe. Angiv en gemt delmålsfil (.delmaal.json).")
    try:
        d = load_delmaal(source)
    except StorageError as exc:
        raise ExportInputError(str(exc)) from None
    fmt = args.fmt
    if fmt in ("easy", "docx"):
        _easy_note(d)
    if args.output == "-":
        if fmt == "docx":
            raise ExportInputError("Word-filer (docx) kan ikke skrives til standard output. Angiv en fil med -o.")
        from delmaal_assistant.core.export import render

        data = render(d, fmt, _findings(d, fmt))
        sys.stdout.write(data.decode("utf-8"))
        sys.stdout.flush()
        return 0
    out = Path(args.output) if args.output else _default_out(source, fmt)
    if out.is_dir():
        raise ExportInputError(f"'{out}' er en mappe. Angiv et filnavn med -o.")
    try:
        if out.resolve() == source.resolve():
            raise ExportInputError("Eksporten kan ikke skrives oven i selve delmålsfilen. Vælg et andet navn.")
    except OSError:
        pass
    if out.exists() and not args.force:
        from delmaal_assistant.core.export import export_states

        ours = any(s.path.resolve() == out.resolve() for s in export_states(source))
        if not ours:
            raise ExportInputError(
                f"'{out}' findes allerede og er ikke en eksport af dette delmål. Intet er overskrevet. "
                "Vælg et andet navn med -o, eller brug --force for at overskrive den."
            )
    findings = _findings(d, fmt)
    from delmaal_assistant.core.export import write_export

    try:
        write_export(d, fmt, out, findings)
    except (StorageError, OSError) as exc:
        raise ExportInputError(f"Eksporten kunne ikke skrives: {exc}") from None
    try:
        from delmaal_assistant.core.export import record_export

        record_export(source, out, fmt)
        note = ""
    except (StorageError, OSError) as exc:
        note = (f" (kunne ikke huske eksporten ved siden af delmålet: {exc}; den opdateres ikke automatisk, "
                "når delmålet gemmes igen)")
    sys.stdout.write(f"Eksporteret ({FORMATS[fmt][1]}): {out}{note}\n")
    return 0
