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


def add_log_parser(sub) -> None:
    p = sub.add_parser(
        "log",
        help="registrér en dateret observation af indikatorniveauet i et gemt delmål",
        description=(
            "Tilføj en observation til et gemt delmål (.delmaal.json): niveauet på delmålets egen skala 0-4, hvad "
            "I så, hvem og hvornår. Observationer tilføjes altid; en gammel ændres aldrig. Filen skrives sikkert, "
            "og den forrige udgave gemmes som .bak."
        ),
    )
    p.add_argument("file", metavar="FIL", help="det gemte delmål (.delmaal.json)")
    p.add_argument("--level", required=True, metavar="N", help="niveauet 0-4, der blev set")
    p.add_argument("--note", required=True, metavar="TEKST", help="hvad I så beboeren gøre")
    p.add_argument("--date", default=None, metavar="DD-MM-ÅÅÅÅ", help="dagen for observationen (standard: i dag)")
    p.add_argument("--by", default="", metavar="NAVN", help="hvem registrerer (fx dit navn eller din rolle)")
    p.set_defaults(func=run_log)


class LogInputError(Exception):
    """Danish message; exit 2."""


def _level(raw: str) -> int:
    try:
        n = int(str(raw).strip())
    except ValueError:
        raise LogInputError(f"--level skal være et helt tal fra 0 til 4, ikke '{raw}'.") from None
    if not 0 <= n <= 4:
        raise LogInputError(f"--level skal være fra 0 til 4 (delmålets indikatorskala), ikke {n}.")
    return n


def run_log(args: argparse.Namespace, stdout=None, stderr=None, checker=None, today: date | None = None) -> int:
    from delmaal_assistant.core.sanitize import terminal_safe

    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    try:
        return _run(args, stdout, stderr, checker, today or date.today())
    except LogInputError as exc:
        stderr.write(f"delmaal log: {terminal_safe(str(exc))}\n")
        return 2


def _run(args, stdout, stderr, checker, today: date) -> int:
    from delmaal_assistant.core.dates import DateError, parse_date
    from delmaal_assistant.core.files.observations import (
        ObservationError,
        append_observation,
        fmt,
        judge_note,
        new_observation,
        progress,
    )
    from delmaal_assistant.core.sanitize import terminal_safe
    from delmaal_assistant.core.files.storage import StorageError, load_delmaal

    level = _level(args.level)
    for opt, value in (("--note", args.note), ("--by", args.by), ("--date", args.date)):
        try:
            (value or "").encode("utf-8")
        except UnicodeEncodeError:  # bytes the terminal's encoding could not decode (a lone surrogate)
            raise LogInputError(f"{opt} indeholder tegn, der ikke kan læses (terminalens tegnkodning er måske ikke "
                                "UTF-8). Skriv teksten igen.") from None
    note = args.note or ""
    if not note.strip():
        raise LogInputError("--note er tom. Skriv, hvad I så beboeren gøre.")
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
        raise LogInputError(f"{exc} Intet er gemt." if isinstance(exc, ObservationError) else str(exc)) from None
    p = progress(d)
    stdout.write(
        f"Observation gemt i {terminal_safe(path.name)}: {fmt(on)}, niveau {level}. "
        f"{p.count} observation{'er' if p.count != 1 else ''} i alt; start {p.start if p.start is not None else '–'}, "
        f"seneste {p.latest if p.latest is not None else '–'}, forventet "
        f"{p.expected if p.expected is not None else '–'}: {p.trend_da}.\n"
    )
    try:
        if checker is None:
            from delmaal_assistant.checker import get_checker

            checker = get_checker(d.language.split("-")[0] or "da")
        findings = judge_note(checker, d, level, note)
    except Exception as exc:  # noqa: BLE001 - the observation is saved; the judging is a help
        stderr.write(f"delmaal log: beskrivelsen kunne ikke tjekkes ({type(exc).__name__}); observationen er gemt.\n")
        return 0
    if findings:
        from delmaal_assistant.core.model.codes import code_name

        stderr.write("delmaal log: bemærk til beskrivelsen (observationen er gemt):\n")
        for f in findings:
            stderr.write(f"  - {code_name(f.code)}: {terminal_safe(f.message)}\n")
            if f.question:
                stderr.write(f"    Spørg: {terminal_safe(f.question)}\n")
    return 0
