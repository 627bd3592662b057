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

from delmaal_assistant.core import texts
from delmaal_assistant.core.files.storage import StorageError, load_delmaal
from delmaal_assistant.core.files.storage import _why
from delmaal_assistant.core.keymap import keymap
from delmaal_assistant.core.outputs.export_formats import FORMATS, REGISTRY
from delmaal_assistant.core.sanitize import terminal_safe


class ExportInputError(Exception):
    """Bad usage or unreadable input: Danish message, exit 2."""


def add_export_parser(sub) -> None:
    e = sub.add_parser(
        "export",
        help=texts.get("cli.export.help"),
        description=texts.get("cli.export.description", formats="; ".join(
            texts.get("cli.export.format_item", name=k, description=v[1], suffix=v[0]) for k, v in FORMATS.items())),
    )
    e.add_argument("file", metavar="FIL", help=texts.get("cli.export.arg_file"))
    e.add_argument("--to", dest="fmt", choices=tuple(FORMATS), required=True, help=texts.get("cli.export.arg_to"))
    e.add_argument("-o", "--output", metavar="UD", default=None,
                   help=texts.get("cli.export.arg_output"))
    e.add_argument("--force", action="store_true", help=texts.get("cli.export.arg_force"))
    e.add_argument("--subject", metavar="REFERENCE", default=None,
                   help=texts.get("cli.export.arg_subject"))
    e.add_argument("--funktionsevne", metavar="0-4", default=None,
                   help=texts.get("cli.export.arg_level"))
    e.add_argument("--forventet-funktionsevne", metavar="0-4", default=None,
                   help=texts.get("cli.export.arg_expected_level"))
    e.set_defaults(func=run_export)


def _default_out(source: Path, fmt: str) -> Path:
    """Beside the delmål, with the format's suffix; escape codes and control characters in the delmål's name
    are left out of the export's name (we never write such names)."""

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
        from delmaal_assistant.checker import get_checker  # deferred: start-up (the checker)

        return list(get_checker().check_delmaal(d))
    except Exception as exc:  # the export is still useful without the SMART ticks
        _say(texts.get("cli.export.checker_failed", error=exc), sys.stderr)
        return None


def _easy_note(d) -> None:
    """To staff on stderr (never in the text): "Dit delmål" is a draft, and what the rules left out and why."""
    # deferred: start-up ("Dit delmål" and the du-form rules)
    from delmaal_assistant.core.outputs.easyread import build, draft_mark

    mark = draft_mark(d)
    if not mark:
        return
    e = build(d)
    left = e.left_out
    sys.stderr.write(texts.get("cli.export.easy_draft", mark=mark, key=keymap().label('review-approve-easy')))
    sys.stderr.write(texts.get("cli.export.easy_counts", counts=e.counts_note()))
    for where, sent, why in left:
        sys.stderr.write(terminal_safe(texts.get("cli.export.easy_left_out", where=where, sentence=sent, why=why))
                         + "\n")


def run_export(args: argparse.Namespace) -> int:
    try:
        return _run(args)
    except ExportInputError as exc:
        _say(texts.get("cli.export.error", error=exc), sys.stderr)
        return 2


def _say(text: str, stream=None) -> None:
    """Everything printed goes through the one terminal sanitiser (file names and texts may carry escape codes)."""

    (stream or sys.stdout).write(terminal_safe(text))


def _output_problem(out: str) -> str | None:
    """Why the -o name cannot be used, in Danish, or None."""
    if any(ord(c) < 32 or ord(c) == 127 for c in out):
        return texts.get("cli.export.output_control")
    name = Path(out).name
    try:
        too_long = len(os.fsencode(name)) > 255
    except (UnicodeError, ValueError):
        return texts.get("cli.export.output_unencodable")
    if too_long:
        return texts.get("cli.export.output_too_long", n=len(name))
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
        takes = texts.get("cli.export.subject_and").join(
            texts.get("cli.export.subject_format", upper=n.upper(), name=n) for n, f in REGISTRY.items() if f.subject)
        raise ExportInputError(texts.get("cli.export.subject_only", options=", ".join(given), formats=takes))
    # deferred: start-up (FHIR)
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
    from delmaal_assistant.core.outputs.fhir import missing_for_reporting  # deferred: start-up (FHIR)

    missing = missing_for_reporting(d, ctx)
    if missing:
        _say(texts.get("cli.export.fhir_no_reporting", reasons="; ".join(missing)), sys.stderr)


def _run(args: argparse.Namespace) -> int:
    source = Path(args.file)
    try:
        exists, is_dir = source.exists(), source.is_dir()
    except (OSError, ValueError):
        exists = is_dir = False
    if not exists and not is_dir and not os.path.lexists(source):
        raise ExportInputError(texts.get("cli.export.no_file", path=source))
    if is_dir:
        raise ExportInputError(texts.get("cli.export.is_folder", path=source))
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
            raise ExportInputError(texts.get("cli.export.no_stdout", description=REGISTRY[fmt].description, fmt=fmt))
        from delmaal_assistant.core.outputs.export import render  # deferred: start-up (the exports, docx)

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
        why = _why(exc) if isinstance(exc, OSError) else texts.get("cli.export.name_invalid")
        raise ExportInputError(texts.get("cli.export.output_unusable", path=out, why=why)) from None
    if out_is_dir:
        raise ExportInputError(texts.get("cli.export.output_is_folder", path=out))
    try:
        if out.resolve() == source.resolve():
            raise ExportInputError(texts.get("cli.export.onto_itself"))
    except OSError:
        pass
    # deferred: start-up (the exports, docx)
    from delmaal_assistant.core.outputs.publish import ExportConflict, export_conflict, publish_export

    kind = export_conflict(source, out)
    if kind is not None and not args.force:
        raise ExportInputError(texts.get("cli.export.conflict", conflict=ExportConflict(out, kind)))
    findings = _findings(d, fmt)
    try:
        res = publish_export(d, fmt, out, findings, source=source, replace=args.force, subject=subject)
    except ExportConflict as exc:  # the file appeared or changed meanwhile
        raise ExportInputError(str(exc)) from None
    except (StorageError, OSError) as exc:
        raise ExportInputError(texts.get("cli.export.not_written", error=exc)) from None
    note = "".join(f" ({n})" for n in res.notes)
    _say(texts.get("cli.export.written", fmt=FORMATS[fmt][1], path=out, note=note))
    return 0
