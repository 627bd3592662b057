"""`delmaal audit` itself: options, the run shared with `delmaal check`, a progress bar on a terminal, the report."""

from __future__ import annotations

import argparse
import os
import re
import sys
import time
from datetime import datetime
from pathlib import Path

from delmaal_assistant.cli.audit.model import (
    DATE_HEADER,
    MAX_GROUP_BY,
    REPORT_TYPES,
    Audit,
    code_name,
    month_of,
    pct,
    saved_group_column,
    saved_group_values,
)
from delmaal_assistant.cli.audit.page import render_html, row_html
from delmaal_assistant.cli.audit.progress import add_progression, progression_of
from delmaal_assistant.cli.audit.workbook import render_xlsx
from delmaal_assistant.cli.check import (
    DelmaalInput,
    InputError,
    Source,
    add_common_options,
    start_run,
    unexpected,
    utf8_streams,
)
from delmaal_assistant.core.files.inputs import kind_of
from delmaal_assistant.core.sanitize import terminal_safe


def add_audit_parser(sub) -> None:
    a = sub.add_parser(
        "audit",
        help="rapport over mange delmål (HTML eller Excel) til dokumentationsansvarlige",
        description=(
            "Tjek alle delmål i en eller flere eksporter (.csv, .tsv, .xlsx, .txt) eller gemte delmål (.json) og "
            "skriv en rapport: hvor stor en andel af delmålene har hvert problem, fordelt på fx team med "
            "--group-by (to gange giver en krydstabel), udviklingen måned for måned, de vigtigste problemer med "
            "eksempler og råd, og hvert delmål med sine fund. .html er én fil uden netværk, der kan printes på A4; "
            ".xlsx har et oversigtsark, ét ark med hvert delmål og ét med hvert fund."
        ),
    )
    a.add_argument("inputs", nargs="*", metavar="INPUT", help="fil(er) eller - for standard input")
    a.add_argument("-o", "--output", required=True, metavar="RAPPORT", help="rapportfilen: .html eller .xlsx")
    a.add_argument("--group-by", action="append", default=None, metavar="KOLONNE",
                   help="del tallene op efter denne kolonne (fx Team); kan gives to gange for en krydstabel")
    a.add_argument("--date-column", default=None, metavar="KOLONNE",
                   help="kolonnen med en dato til udviklingen pr. måned (standard: en kolonne, der hedder fx "
                        "Dato eller Oprettet; gemte delmål bruger deres oprettelsesdato)")
    a.add_argument("--title", default=None, help="rapportens titel (standard: filnavnene)")
    a.add_argument("--force", action="store_true",
                   help="erstat en eksisterende fil, der ikke er en rapport fra delmaal-assistant (den gemmes som .bak)")
    add_common_options(a)
    a.set_defaults(func=run_audit)



class Progress:
    """A progress bar on stderr, only when stderr is a terminal; measured in bytes (or rows) read."""

    def __init__(self, stream, sources: list) -> None:
        self.stream = stream
        self.sources = [s for s in sources if isinstance(s, Source)]
        try:
            self.on = stream.isatty() and os.environ.get("TERM") != "dumb"
        except (AttributeError, ValueError):
            self.on = False
        self.last = 0.0
        self.t0 = time.monotonic()

    def counted(self, units):
        """Pass the units on, counting how many have been read (ahead of the checking)."""
        self.read = 0
        for u in units:
            self.read += 1
            yield u

    def update(self, count: int, force: bool = False) -> None:
        if not self.on:
            return
        now = time.monotonic()
        if not force and now - self.last < 0.2:
            return
        self.last = now
        total = sum(s.size for s in self.sources)
        done = sum(s.done for s in self.sources)
        # bytes read run ahead of the checking (buffers, the worker queue): scale by checked / read
        frac = min(1.0, done / total) * min(1.0, count / max(1, getattr(self, "read", count))) if total else 0.0
        width = 30
        bar = "█" * int(frac * width) + "░" * (width - int(frac * width))
        self.stream.write(f"\r{bar} {frac * 100:3.0f} %  {count} tjekket  {now - self.t0:4.0f} s ")
        self.stream.flush()

    def close(self) -> None:
        if self.on:
            self.stream.write("\r" + " " * 70 + "\r")
            self.stream.flush()





def _saved_months(opened: list) -> dict[str, str]:
    """The month of each saved delmål: its creation date (the file's date when the file has none)."""
    out = {}
    for inp in opened:
        if isinstance(inp, DelmaalInput):
            created = getattr(inp.delmaal, "created_at", None)
            if created is None:
                try:
                    created = datetime.fromtimestamp(os.stat(inp.source).st_mtime)
                except OSError:
                    continue
            out[inp.source] = month_of(created)
    return out


def _refuse_output(out: Path, inputs: list[str], force: bool) -> None:
    """The report is never written over an input of this run, nor (without --force) over a file that is not a
    report of ours (core.outputs.ownership)."""
    from delmaal_assistant.core.files.storage import input_clash
    from delmaal_assistant.core.outputs.ownership import is_ours

    clash = input_clash(out, [i for i in inputs if i != "-"])
    if clash is not None:
        raise InputError(f"'{out}' er en af de filer, der tjekkes (inddata: '{clash}'). Rapporten skrives ikke "
                         "over den; vælg et andet navn med -o. Intet er skrevet.")
    if not force and os.path.lexists(out) and not is_ours(out):
        raise InputError(f"'{out}' findes allerede og er ikke en rapport fra delmaal-assistant. Intet er skrevet. "
                         "Vælg et andet navn med -o, eller brug --force (den gamle fil gemmes som .bak).")


def run_audit(args: argparse.Namespace, stdin=None, stdout=None, stderr=None, checker=None) -> int:
    stdout, stderr = utf8_streams(stdout or sys.stdout, stderr or sys.stderr)
    stdin = stdin or sys.stdin
    prog = "delmaal audit"
    if args.jobs is not None and args.jobs < 1:
        stderr.write(f"{prog}: --jobs skal være 1 eller mere.\n")
        return 2
    out = Path(args.output)
    suffix = out.suffix.lower()
    group_by = [g for g in (args.group_by or []) if g is not None]
    run = None
    try:
        if suffix not in REPORT_TYPES:
            raise InputError(f"Rapporten skal være en .html- eller .xlsx-fil, ikke '{suffix or out.name}'.")
        k = kind_of(out)
        if k not in ("file", "missing"):
            raise InputError(f"'{out}' er ikke en almindelig fil; rapporten skrives ikke dertil.")
        _refuse_output(out, args.inputs, getattr(args, "force", False))
        if len(group_by) > MAX_GROUP_BY:
            raise InputError(f"--group-by kan gives højst {MAX_GROUP_BY} gange (to giver en krydstabel).")
        if any(not g.strip() for g in group_by):
            raise InputError("--group-by skal have navnet på en kolonne, fx --group-by Team.")
        labels = list(group_by)

        def columns(cfg, opened) -> None:
            # every --group-by column and the date column ride along on each record (Record.extra)
            for s in opened:
                if not isinstance(s, Source):
                    continue
                date_col = args.date_column or s.find_header(DATE_HEADER)
                s.read_also([*group_by, date_col])
                for i, g in enumerate(group_by):  # the column's name as the spreadsheet writes it
                    h = s.find_header(re.escape(g))
                    if h and labels[i] == g:
                        labels[i] = h

        run = start_run(args, stdin, stderr, prog, checker, group_by[0] if group_by else None,
                        before_checker=columns)
        saved = [inp for inp in run.opened if isinstance(inp, DelmaalInput)]
        if saved and group_by:
            unknown = [g for g in group_by if saved_group_column(g) is None]
            if unknown and not any(isinstance(s, Source) for s in run.opened):
                raise InputError(
                    f"--group-by {', '.join(repr(g) for g in unknown)}: et gemt delmål har ikke den kolonne. Brug "
                    "fx Tema, Måltype, Enhed (mappen, delmålet ligger i), Startdato eller et andet felts navn.")
        progression = progression_of(run.opened)  # before the check: the pool lets go of each opened delmål
        # the HTML report is rendered row by row as the delmål come (memory flat in their number); the workbook
        # reads every row at the end
        audit = Audit(group_by, _saved_months(run.opened),
                      {inp.source: saved_group_values(inp.delmaal, inp.source, group_by) for inp in saved},
                      render_row=None if suffix == ".xlsx" else row_html)
        progress = Progress(stderr, run.opened)
        try:
            for item in run.results(progress.counted(run.units())):
                audit.add(item)
                progress.update(audit.stats.results)
        finally:
            progress.close()
        names = run.names()
        title = args.title or ("Sprogtjek af delmål: " + ", ".join(Path(x).name for x in names[:3])
                               + (" …" if len(names) > 3 else ""))
        if suffix == ".xlsx":
            data = render_xlsx(audit, title, labels)
        else:
            data = render_html(audit, title, names, labels).encode("utf-8")
        data = add_progression(data, suffix, progression)  # saved delmål: progression toward the expected level
        from delmaal_assistant.core.files.storage import StorageError, write_bytes_with_backup

        try:
            _refuse_output(out, args.inputs, getattr(args, "force", False))  # again: the run took a while
            from delmaal_assistant.core.outputs.ownership import bytes_are_ours

            # an earlier report of ours in NAME.bak may be updated; anything else there stays (numbered backups)
            write_bytes_with_backup(out, data, inputs=args.inputs, ours=lambda b: bytes_are_ours(b, suffix))
        except StorageError as exc:
            raise InputError(str(exc)) from None
        top = ", ".join(f"{code_name(c.code)} {pct(c.units, audit.n)}" for c in audit.stats.ordered()[:3])
        stderr.write(f"{prog}: {audit.n} delmål tjekket, {audit.stats.units_with_findings} med fund"
                     + (f" (hyppigst: {top})" if top else "")
                     + f". Rapporten er skrevet til {terminal_safe(str(out))}.\n")
        return 0
    except InputError as exc:
        stderr.write(f"{prog}: {terminal_safe(str(exc))}\n")
        return 2
    except (KeyboardInterrupt, BrokenPipeError):
        raise
    except Exception as exc:  # noqa: BLE001 - never a traceback with resident data
        return unexpected(prog, exc, stderr)
    finally:
        if run is not None:
            run.close()

