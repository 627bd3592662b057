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

from delmaal_assistant.core import texts
from delmaal_assistant.core.files.storage import (
    DELMAAL_SUFFIX,
    StorageError,
    input_clash,
    load_delmaal,
    write_bytes_with_backup,
)
from delmaal_assistant.core.outputs.ownership import bytes_are_ours, is_ours
from delmaal_assistant.core.sanitize import export_safe
from delmaal_assistant.core.sanitize import terminal_safe


def add_status_parser(sub) -> None:
    p = sub.add_parser(
        "status",
        help=texts.get("cli.status.help"),
        description=texts.get("cli.status.description"),
    )
    p.add_argument("files", nargs="+", metavar="FIL", help=texts.get("cli.status.arg_files"))
    p.add_argument("-o", "--output", required=True, metavar="UD", help=texts.get("cli.status.arg_output"))
    p.add_argument("--flere-beboere", action="store_true",
                   help=texts.get("cli.status.arg_several"))
    p.add_argument("--title", default=None, metavar=texts.get("cli.status.metavar_text"),
                   help=texts.get("cli.status.arg_title"))
    p.add_argument("--force", action="store_true",
                   help=texts.get("cli.status.arg_force"))
    p.set_defaults(func=run_status)


class StatusInputError(Exception):
    """Danish message; exit 2."""


def run_status(args: argparse.Namespace, stdout=None, stderr=None, today: date | None = None) -> int:
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    try:
        return _run(args, stdout, stderr, today or date.today())
    except StatusInputError as exc:
        stderr.write(texts.get("cli.status.error", error=terminal_safe(str(exc))))
        return 2


def _run(args, stdout, stderr, today: date) -> int:
    # deferred: start-up (docx, matplotlib)
    from delmaal_assistant.core.outputs.status import FORMATS, build_status, render, residents

    out = Path(args.output)
    suffix = out.suffix.lower()
    if suffix not in FORMATS or out.name.endswith(DELMAAL_SUFFIX):
        raise StatusInputError(texts.get("cli.status.bad_suffix", name=out.name))
    loaded = []
    seen_files: set[tuple[int, int] | str] = set()
    ids: dict[str, str] = {}
    for name in args.files:
        path = Path(name)
        try:
            d = load_delmaal(path)
        except StorageError as exc:
            raise StatusInputError(texts.get("cli.status.nothing_written", error=exc)) from None
        try:
            st = os.stat(path)
            key: tuple[int, int] | str = (st.st_dev, st.st_ino)
        except OSError:
            key = os.path.realpath(path)
        if key in seen_files:  # the same file given twice is one delmål
            continue
        seen_files.add(key)
        if d.id in ids:  # "Gem som kopi" keeps the id: both files are shown, and it is said
            stderr.write(texts.get("cli.status.same_id", name=terminal_safe(name), other=terminal_safe(ids[d.id])))
        ids.setdefault(d.id, name)
        loaded.append((d, path))
    who = residents([d for d, _ in loaded])
    if len(who) > 1 and not getattr(args, "flere_beboere", False):
        untitled = texts.get("cli.status.untitled")
        names = "; ".join(texts.get("cli.status.resident_titles", resident=n, titles=", ".join(
            terminal_safe(d.title.strip() or untitled) for d in ds)) for n, ds in who.items())
        raise StatusInputError(texts.get("cli.status.several_residents", n=len(who), names=names))
    named = {id(d) for ds in who.values() for d in ds}
    unnamed = [d for d, _ in loaded if id(d) not in named]
    if len(loaded) > 1 and unnamed and who and not getattr(args, "flere_beboere", False):
        untitled = texts.get("cli.status.untitled")
        stderr.write(texts.get("cli.status.unnamed", titles=", ".join(terminal_safe(d.title.strip() or untitled)
                                                                      for d in unnamed)))
    items = [build_status(d, str(path), today) for d, path in loaded]
    if input_clash(out, args.files) is not None:
        raise StatusInputError(texts.get("cli.status.over_input"))
    if not getattr(args, "force", False) and os.path.lexists(out) and not is_ours(out):
        raise StatusInputError(texts.get("cli.status.not_ours", path=out))
    heading = export_safe(args.title.strip()) if args.title and args.title.strip() else texts.get("cli.status.heading")
    data = render(items, suffix, today, heading)
    try:
        write_bytes_with_backup(out, data, inputs=args.files, ours=lambda b: bytes_are_ours(b, suffix))
    except StorageError as exc:
        raise StatusInputError(str(exc)) from None
    stdout.write(texts.get("cli.status.written", n=len(items), path=terminal_safe(str(out))))
    return 0
