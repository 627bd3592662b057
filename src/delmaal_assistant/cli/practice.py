"""`delmaal øv`: "Øv dig" — practice on invented cases, judged by the interview's own judges (terminal UI; the
same screen is on the start screen and in `delmaal web`). `delmaal øv --status` prints the progress per kind;
`-o FIL.html|.docx|.txt` writes it as a summary to show one's leader. Only counts are stored, never what was typed.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from delmaal_assistant.cli import earlykeys
from delmaal_assistant.core import texts
from delmaal_assistant.core.datafile import DataLoadError
from delmaal_assistant.core.files.drafts import default_data_dir
from delmaal_assistant.core.files.storage import DELMAAL_SUFFIX, StorageError, write_bytes_with_backup
from delmaal_assistant.core.sanitize import terminal_safe


def add_practice_parser(sub) -> None:
    p = sub.add_parser(
        "øv", aliases=["ov"],
        help=texts.get("cli.practice.help"),
        description=texts.get("cli.practice.description"),
    )
    p.add_argument("--status", action="store_true", help=texts.get("cli.practice.arg_status"))
    p.add_argument("-o", "--output", metavar="FIL",
                   help=texts.get("cli.practice.arg_output"))
    p.add_argument("--navn", default="", metavar="NAVN", help=texts.get("cli.practice.arg_name"))
    p.set_defaults(func=run_practice)


def run_practice(args: argparse.Namespace, stdout=None, stderr=None) -> int:
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    data_dir = getattr(args, "data_dir", None)
    if not args.status and not args.output:
        from delmaal_assistant.tui import run  # deferred: start-up (Textual)

        return run(data_dir=data_dir, start="practice", typed_before=earlykeys.typed_before()) or 0
    from delmaal_assistant.core.practice import ProgressStore, bank  # deferred: start-up (the exercise bank)
    from delmaal_assistant.core.practice.summary import FORMATS, render, render_text  # deferred: start-up (docx)

    try:
        b = bank()
    except DataLoadError as exc:
        stderr.write(texts.get("cli.practice.error", error=terminal_safe(str(exc))))
        return 2
    store = ProgressStore(Path(data_dir) if data_dir else default_data_dir())
    progress = store.load()
    if store.problem:
        stderr.write(texts.get("cli.practice.error", error=terminal_safe(store.problem)))
    name = terminal_safe(args.navn.strip())
    if args.output:
        out = Path(args.output)
        if out.suffix.lower() not in FORMATS or out.name.endswith(DELMAAL_SUFFIX):
            stderr.write(texts.get("cli.practice.bad_suffix", name=terminal_safe(out.name)))
            return 2
        try:
            write_bytes_with_backup(out, render(out.suffix, progress, b, name))
        except StorageError as exc:
            stderr.write(texts.get("cli.practice.error", error=terminal_safe(str(exc))))
            return 2
        stdout.write(texts.get("cli.practice.written", path=terminal_safe(str(out))))
        if not args.status:
            return 0
    stdout.write(render_text(progress, b, name))
    return 0
