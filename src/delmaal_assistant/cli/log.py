"""`delmaal log FILE.delmaal.json --level N --note "…" [--date DD-MM-YYYY] [--by NAME]`: record a dated
observation of the indicator level in a saved delmål (appended; the file is written atomically, `.bak` kept).

Bad input (a level outside 0-4, a date outside the delmål's period or in the future, a file that cannot be read
or written) gives a Danish message and exit 2; nothing is written then. The note is judged like an indicator
text ("what we see": observable behaviour, not a feeling); remarks are printed, the observation is kept.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from delmaal_assistant.core import texts
from delmaal_assistant.core.dates import DateError, parse_date
from delmaal_assistant.core.files.observations import (
    ObservationError,
    append_observation,
    fmt,
    judge_note,
    new_observation,
    progress,
)
from delmaal_assistant.core.files.storage import StorageError, load_delmaal
from delmaal_assistant.core.model.codes import code_name
from delmaal_assistant.core.sanitize import terminal_safe


def add_log_parser(sub) -> None:
    p = sub.add_parser(
        "log",
        help=texts.get("cli.log.help"),
        description=texts.get("cli.log.description"),
    )
    p.add_argument("file", metavar="FIL", help=texts.get("cli.log.arg_file"))
    p.add_argument("--level", required=True, metavar="N", help=texts.get("cli.log.arg_level"))
    p.add_argument("--note", required=True, metavar=texts.get("cli.log.metavar_text"),
                   help=texts.get("cli.log.arg_note"))
    p.add_argument("--date", default=None, metavar=texts.get("cli.log.metavar_date"),
                   help=texts.get("cli.log.arg_date"))
    p.add_argument("--by", default="", metavar=texts.get("cli.log.metavar_name"),
                   help=texts.get("cli.log.arg_by"))
    p.set_defaults(func=run_log)


class LogInputError(Exception):
    """Danish message; exit 2."""


def _level(raw: str) -> int:
    try:
        n = int(str(raw).strip())
    except ValueError:
        raise LogInputError(texts.get("cli.log.level_not_int", raw=raw)) from None
    if not 0 <= n <= 4:
        raise LogInputError(texts.get("cli.log.level_range", n=n))
    return n


def run_log(args: argparse.Namespace, stdout=None, stderr=None, checker=None, today: date | None = None) -> int:
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    try:
        return _run(args, stdout, stderr, checker, today or date.today())
    except LogInputError as exc:
        stderr.write(texts.get("cli.log.error", error=terminal_safe(str(exc))))
        return 2


def _run(args, stdout, stderr, checker, today: date) -> int:
    level = _level(args.level)
    for opt, value in (("--note", args.note), ("--by", args.by), ("--date", args.date)):
        try:
            (value or "").encode("utf-8")
        except UnicodeEncodeError:  # bytes the terminal's encoding could not decode (a lone surrogate)
            raise LogInputError(texts.get("cli.log.unreadable", option=opt)) from None
    note = args.note or ""
    if not note.strip():
        raise LogInputError(texts.get("cli.log.note_empty"))
    try:
        on = parse_date(args.date, today) if args.date else today
    except DateError as exc:
        raise LogInputError(f"--date: {exc}") from None
    path = Path(args.file)
    try:
        d = load_delmaal(path)
        obs = new_observation(d, level=level, note=note, on=on, by=args.by or "", today=today)
        d = append_observation(path, obs, today=today)
    except (StorageError, ObservationError) as exc:
        raise LogInputError(texts.get("cli.log.nothing_saved", error=exc) if isinstance(exc, ObservationError) else str(exc)) from None
    p = progress(d)
    stdout.write(texts.get(
        "cli.log.saved", name=terminal_safe(path.name), date=fmt(on), level=level,
        observations=texts.get("cli.log.observations_one" if p.count == 1 else "cli.log.observations_many", n=p.count),
        start=p.start if p.start is not None else '–', latest=p.latest if p.latest is not None else '–',
        expected=p.expected if p.expected is not None else '–', trend=p.trend_da))
    try:
        if checker is None:
            from delmaal_assistant.checker import get_checker  # deferred: start-up (the checker)

            checker = get_checker(d.language.split("-")[0] or "da")
        findings = judge_note(checker, d, level, note)
    except Exception as exc:  # noqa: BLE001 - the observation is saved; the judging is a help
        stderr.write(texts.get("cli.log.not_judged", error=type(exc).__name__))
        return 0
    if findings:
        stderr.write(texts.get("cli.log.remarks"))
        for f in findings:
            stderr.write(texts.get("cli.log.remark", name=code_name(f.code), message=terminal_safe(f.message)))
            if f.question:
                stderr.write(texts.get("cli.log.ask", question=terminal_safe(f.question)))
    return 0
