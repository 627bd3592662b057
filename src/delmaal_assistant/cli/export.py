"""`delmaal export FILE.delmaal.json --to md|txt|docx|easy|fhir [-o OUT] [--force]`.

Without -o the export is written beside the delmål with the format's suffix (Tøjvask.delmaal.json →
Tøjvask.md, Tøjvask.dit-delmaal.txt, Tøjvask.fhir.json …); `-o -` writes text formats to standard output.

Overwriting (decided as a user would expect from a command that may run in a script, so it never asks):
- an existing file that is an earlier export *of this same delmål* and still holds what was written is rewritten
  (that is what re-exporting after an edit means);
- any other existing file — also an earlier export that someone changed since — is left alone: exit 2 with a
  Danish message, unless `--force` (the old content is then kept as NAME.bak).
The policy is core/publish.py's, the same the assistant uses. Every export written beside the delmål is
remembered (`STEM.delmaal.exports`, with a hash of what was written), so the assistant rewrites it after each
save — unless someone changed it meanwhile. Everything printed goes through the terminal sanitiser.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from delmaal_assistant.core.keymap import keymap
from delmaal_assistant.core.outputs.export_formats import FORMATS, REGISTRY


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
    e.add_argument("--subject", metavar="REFERENCE", default=None,
                   help="kun FHIR: borgerens reference i kommunens system (Patient/ID, https://…/Patient/ID eller "
                        "urn:uuid:…); uden den står der kun »Beboeren«. Aldrig et CPR-nummer")
    e.add_argument("--funktionsevne", metavar="0-4", default=None,
                   help="kun FHIR: temaets funktionsevneniveau nu (0 = ingen … 4 = fuldstændig nedsat "
                        "funktionsevne), til KL's indberetning")
    e.add_argument("--forventet-funktionsevne", metavar="0-4", default=None,
                   help="kun FHIR: det forventede funktionsevneniveau i indsatsmålet, til KL's indberetning")
    e.set_defaults(func=run_export)


def _default_out(source: Path, fmt: str) -> Path:
    """Beside the delmål, with the format's suffix; escape codes and control characters in the delmål's name
    are left out of the export's name (we never write such names)."""
    from delmaal_assistant.core.sanitize import terminal_safe

    name = source.name
    stem = name.removesuffix(".delmaal.json") if name.endswith(".delmaal.json") else source.stem
    stem = terminal_safe(stem).replace("\n", "").replace("\t", " ") or "delmaal"
    return source.with_name(stem + FORMATS[fmt][0])


def _findings(d, fmt: str):
    """The checker's findings for the SMART status (the formats that carry it); None when it cannot run (then the
    export says the wording was not assessed, rather than ticking anything)."""
    if not REGISTRY[fmt].smart:
        return None
    try:
        from delmaal_assistant.checker import get_checker

        return list(get_checker().check_delmaal(d))
    except Exception as exc:  # the export is still useful without the SMART ticks
        _say(f"delmaal: sprogtjekket kunne ikke køre ({exc}); SMART-tjekket står som ikke vurderet.\n", sys.stderr)
        return None


def _easy_note(d) -> None:
    """To staff on stderr (never in the text): "Dit delmål" is a draft, and what the rules left out and why."""
    from delmaal_assistant.core.outputs.easyread import build, draft_mark
    from delmaal_assistant.core.sanitize import terminal_safe

    mark = draft_mark(d)
    if not mark:
        return
    e = build(d)
    left = e.left_out
    sys.stderr.write(f"delmaal: \"Dit delmål\" er et udkast ({mark}): læs og godkend det i gennemsynet "
                     f"({keymap().label('review-approve-easy')}).\n")
    sys.stderr.write(f"delmaal: \"Dit delmål\": {e.counts_note()}\n")
    for where, sent, why in left:
        sys.stderr.write(terminal_safe(f"delmaal: udeladt fra \"Dit delmål\" – {where}: «{sent}» – {why}") + "\n")


def run_export(args: argparse.Namespace) -> int:
    try:
        return _run(args)
    except ExportInputError as exc:
        _say(f"delmaal: {exc}\n", sys.stderr)
        return 2


def _say(text: str, stream=None) -> None:
    """Everything printed goes through the one terminal sanitiser (file names and texts may carry escape codes)."""
    from delmaal_assistant.core.sanitize import terminal_safe

    (stream or sys.stdout).write(terminal_safe(text))


def _output_problem(out: str) -> str | None:
    """Why the -o name cannot be used, in Danish, or None."""
    if any(ord(c) < 32 or ord(c) == 127 for c in out):
        return ("Navnet efter -o indeholder et linjeskift eller et andet kontroltegn. Vælg et navn uden "
                "kontroltegn.")
    name = Path(out).name
    try:
        too_long = len(os.fsencode(name)) > 255
    except (UnicodeError, ValueError):
        return "Navnet efter -o indeholder tegn, som filsystemet ikke kan gemme. Vælg et andet navn."
    if too_long:
        return (f"Filnavnet efter -o er for langt ({len(name)} tegn); filsystemet tillader højst 255 byte i et "
                "filnavn. Vælg et kortere navn.")
    return None


def _fhir_context(args: argparse.Namespace, fmt: str):
    """--subject, --funktionsevne, --forventet-funktionsevne checked (FHIR only), as a FhirContext or None."""
    given = {opt: getattr(args, attr, None) for opt, attr in (("--subject", "subject"),
                                                              ("--funktionsevne", "funktionsevne"),
                                                              ("--forventet-funktionsevne", "forventet_funktionsevne"))}
    given = {k: v for k, v in given.items() if v is not None}
    if not given:
        return None
    if not REGISTRY[fmt].subject:
        takes = " og ".join(f"{n.upper()}-eksporten (--to {n})" for n, f in REGISTRY.items() if f.subject)
        raise ExportInputError(f"{', '.join(given)} gælder kun {takes}.")
    from delmaal_assistant.core.outputs.fhir import FhirContext, SubjectError, check_level, check_subject

    try:
        return FhirContext(
            subject=check_subject(given["--subject"]) if "--subject" in given else None,
            funktionsevne=check_level(given["--funktionsevne"], "--funktionsevne") if "--funktionsevne" in given
            else None,
            forventet_funktionsevne=check_level(given["--forventet-funktionsevne"], "--forventet-funktionsevne")
            if "--forventet-funktionsevne" in given else None,
        )
    except SubjectError as exc:
        raise ExportInputError(str(exc)) from None


def _fhir_note(d, fmt: str, ctx) -> None:
    """Say on stderr when the indsatsmål cannot claim KL's reporting profile, and why."""
    if fmt != "fhir":
        return
    from delmaal_assistant.core.outputs.fhir import missing_for_reporting

    missing = missing_for_reporting(d, ctx)
    if missing:
        _say("Bemærk: indsatsmålet og tilstanden sendes uden KL's indberetningsprofil (FFB-indberetning 1.0.0), "
             "fordi " + "; ".join(missing) + ".\n", sys.stderr)


def _run(args: argparse.Namespace) -> int:
    from delmaal_assistant.core.files.storage import StorageError, load_delmaal

    source = Path(args.file)
    try:
        exists, is_dir = source.exists(), source.is_dir()
    except (OSError, ValueError):
        exists = is_dir = False
    if not exists and not is_dir and not os.path.lexists(source):
        raise ExportInputError(f"Filen '{source}' findes ikke.")
    if is_dir:
        raise ExportInputError(f"'{source}' er en mappe. Angiv en gemt delmålsfil (.delmaal.json).")
    try:
        d = load_delmaal(source)
    except StorageError as exc:
        raise ExportInputError(str(exc)) from None
    fmt = args.fmt
    subject = _fhir_context(args, fmt)
    if REGISTRY[fmt].easy:  # "Dit delmål" is in it: say when it is still a draft
        _easy_note(d)
    _fhir_note(d, fmt, subject)
    if args.output == "-":
        if REGISTRY[fmt].binary:
            raise ExportInputError(f"{REGISTRY[fmt].description} ({fmt}) kan ikke skrives til standard output. "
                                   "Angiv en fil med -o.")
        from delmaal_assistant.core.outputs.export import render

        data = render(d, fmt, _findings(d, fmt), subject)  # export-safe already; printed through the sanitiser too
        _say(data.decode("utf-8"))
        sys.stdout.flush()
        return 0
    if args.output is not None:
        problem = _output_problem(args.output)
        if problem:
            raise ExportInputError(problem)
    out = Path(args.output) if args.output else _default_out(source, fmt)
    try:
        out_is_dir = out.is_dir()
    except (OSError, ValueError) as exc:
        from delmaal_assistant.core.files.storage import _why

        why = _why(exc) if isinstance(exc, OSError) else "navnet er ugyldigt"
        raise ExportInputError(f"'{out}' kan ikke bruges som udfil: {why}.") from None
    if out_is_dir:
        raise ExportInputError(f"'{out}' er en mappe. Angiv et filnavn med -o.")
    try:
        if out.resolve() == source.resolve():
            raise ExportInputError("Eksporten kan ikke skrives oven i selve delmålsfilen. Vælg et andet navn.")
    except OSError:
        pass
    from delmaal_assistant.core.outputs.publish import ExportConflict, export_conflict, publish_export

    kind = export_conflict(source, out)
    if kind is not None and not args.force:
        raise ExportInputError(f"{ExportConflict(out, kind)} Brug --force for at erstatte den (den gamle gemmes som "
                               ".bak), eller vælg et andet navn med -o.")
    findings = _findings(d, fmt)
    try:
        res = publish_export(d, fmt, out, findings, source=source, replace=args.force, subject=subject)
    except ExportConflict as exc:  # the file appeared or changed meanwhile
        raise ExportInputError(str(exc)) from None
    except (StorageError, OSError) as exc:
        raise ExportInputError(f"Eksporten kunne ikke skrives: {exc}") from None
    note = "".join(f" ({n})" for n in res.notes)
    _say(f"Eksporteret ({FORMATS[fmt][1]}): {out}{note}\n")
    return 0
