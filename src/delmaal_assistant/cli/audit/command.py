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
from delmaal_assistant.cli.audit.page import render_html_bytes, row_html, row_pieces
from delmaal_assistant.cli.audit.progress import Progression, add_progression
from delmaal_assistant.cli.audit.workbook import render_xlsx
from delmaal_assistant.cli.check import (
    WHOLE_FIELD,
    DelmaalInput,
    InputError,
    Source,
    add_common_options,
    start_run,
    unexpected,
    utf8_streams,
)
from delmaal_assistant.core import texts
from delmaal_assistant.core.files.inputs import kind_of
from delmaal_assistant.core.files.storage import StorageError, write_bytes_with_backup
from delmaal_assistant.core.files.storage import input_clash
from delmaal_assistant.core.outputs.ownership import bytes_are_ours
from delmaal_assistant.core.outputs.ownership import is_ours
from delmaal_assistant.core.sanitize import terminal_safe


def add_audit_parser(sub) -> None:
    a = sub.add_parser(
        "audit",
        help=texts.get("cli.audit.help"),
        description=texts.get("cli.audit.description"),
    )
    a.add_argument("inputs", nargs="*", metavar="INPUT", help=texts.get("cli.audit.arg_inputs"))
    a.add_argument("-o", "--output", required=True, metavar=texts.get("cli.audit.metavar_report"),
                   help=texts.get("cli.audit.arg_output"))
    a.add_argument("--group-by", action="append", default=None, metavar=texts.get("cli.audit.metavar_column"),
                   help=texts.get("cli.audit.arg_group_by"))
    a.add_argument("--date-column", default=None, metavar=texts.get("cli.audit.metavar_column"),
                   help=texts.get("cli.audit.arg_date_column"))
    a.add_argument("--title", default=None, help=texts.get("cli.audit.arg_title"))
    a.add_argument("--force", action="store_true", help=texts.get("cli.audit.arg_force"))
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
        self.stream.write(texts.get("cli.audit.progress_line", bar=bar, percent=frac * 100, count=count,
                                    seconds=now - self.t0))
        self.stream.flush()

    def close(self) -> None:
        if self.on:
            self.stream.write("\r" + " " * 70 + "\r")
            self.stream.flush()





def _saved_month(inp: DelmaalInput) -> str | None:
    """The month of a saved delmål: its creation date (the file's date when the file has none)."""
    created = getattr(inp.delmaal, "created_at", None)
    if created is None:
        try:
            created = datetime.fromtimestamp(os.stat(inp.source).st_mtime)
        except OSError:
            return None
    return month_of(created)


def _refuse_output(out: Path, inputs: list[str], force: bool) -> None:
    """The report is never written over an input of this run, nor (without --force) over a file that is not a
    report of ours (core.outputs.ownership)."""

    clash = input_clash(out, [i for i in inputs if i != "-"])
    if clash is not None:
        raise InputError(texts.get("cli.audit.output_is_input", path=out, input=clash))
    if not force and os.path.lexists(out) and not is_ours(out):
        raise InputError(texts.get("cli.audit.not_ours", path=out))


def run_audit(args: argparse.Namespace, stdin=None, stdout=None, stderr=None, checker=None) -> int:
    stdout, stderr = utf8_streams(stdout or sys.stdout, stderr or sys.stderr)
    stdin = stdin or sys.stdin
    prog = "delmaal audit"
    if args.jobs is not None and args.jobs < 1:
        stderr.write(texts.get("cli.audit.jobs_min", prog=prog))
        return 2
    out = Path(args.output)
    suffix = out.suffix.lower()
    group_by = [g for g in (args.group_by or []) if g is not None]
    run = None
    try:
        if suffix not in REPORT_TYPES:
            raise InputError(texts.get("cli.audit.bad_suffix", suffix=suffix or out.name))
        k = kind_of(out)
        if k not in ("file", "missing"):
            raise InputError(texts.get("cli.audit.not_a_file", path=out))
        _refuse_output(out, args.inputs, getattr(args, "force", False))
        if len(group_by) > MAX_GROUP_BY:
            raise InputError(texts.get("cli.audit.group_by_max", n=MAX_GROUP_BY))
        if any(not g.strip() for g in group_by):
            raise InputError(texts.get("cli.audit.group_by_empty"))
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
                        before_checker=columns, lazy_json=True)
        saved = [inp for inp in run.opened if isinstance(inp, DelmaalInput)]
        if saved and group_by:
            unknown = [g for g in group_by if saved_group_column(g) is None]
            if unknown and not any(isinstance(s, Source) for s in run.opened):
                raise InputError(texts.get("cli.audit.group_by_saved", columns=', '.join(repr(g) for g in unknown)))
        # each saved delmål is read and validated where it is checked (start_run's lazy_json: in a worker process
        # of a large run), and its month, --group-by values and progression are taken there (`noted`) and come back
        # on its whole result: the parent neither reads nor validates it, and memory stays flat in the number of
        # delmål. The HTML report is rendered row by row as the delmål come (a saved delmål's row where it is checked,
        # `row_pieces`; only what depends on the rows before it in order, `row_html`); the workbook reads every row at the end
        progression = Progression()
        audit = Audit(group_by, {}, {}, render_row=None if suffix == ".xlsx" else row_html)

        def noted(inp: DelmaalInput, items: list) -> tuple:
            # where the delmål is checked: all the audit takes from it that does not depend on the rows before it
            # (its counts, its advice and examples per code, the HTML report's row but for its number: row_html
            # joins it in order), so that this process only adds up
            # the HTML report (rows rendered here) needs back only the results with findings: the rest are left out
            html = audit.render_row is not None
            summary, row = audit.saved_summary(items, saved_group_values(inp.delmaal, inp.source, group_by), trim=html)
            pieces = row_pieces(row) if html else None
            return _saved_month(inp), progression.seen(inp), summary, pieces

        progress = Progress(stderr, run.opened)
        fields: list = []  # a saved delmål's field results, until its whole result closes it
        try:
            # (the report shows no SMART status: the workers do not work it out)
            for item in run.results(progress.counted(run.units()), smart=False, note=noted):
                if item.field is None:  # a wording
                    audit.add(item)
                elif item.field != WHOLE_FIELD:
                    fields.append(item)
                    continue
                else:  # a saved delmål's whole result: what `noted` took from it
                    month, seen, summary, pieces = item.note
                    item.note = None
                    progression.add_seen(seen)
                    fields.append(item)
                    audit.add_saved(fields, summary, month, pieces)
                    fields = []
                progress.update(audit.stats.results)
        finally:
            progress.close()
        names = run.names()
        title = args.title or texts.get("cli.audit.title", names=", ".join(Path(x).name for x in names[:3])
                                        + (" …" if len(names) > 3 else ""))
        if suffix == ".xlsx":
            data = render_xlsx(audit, title, labels)
        else:
            data = render_html_bytes(audit, title, names, labels)
        data = add_progression(data, suffix, progression.result())  # saved delmål: toward the expected level

        try:
            _refuse_output(out, args.inputs, getattr(args, "force", False))  # again: the run took a while

            # an earlier report of ours in NAME.bak may be updated; anything else there stays (numbered backups)
            write_bytes_with_backup(out, data, inputs=args.inputs, ours=lambda b: bytes_are_ours(b, suffix))
        except StorageError as exc:
            raise InputError(str(exc)) from None
        top = ", ".join(f"{code_name(c.code)} {pct(c.units, audit.n)}" for c in audit.stats.ordered()[:3])
        stderr.write(texts.get("cli.audit.done", prog=prog, n=audit.n, with_findings=audit.stats.units_with_findings,
                               top=texts.get("cli.audit.done_top", top=top) if top else "",
                               path=terminal_safe(str(out))))
        return 0
    except InputError as exc:
        stderr.write(texts.get("cli.audit.error", prog=prog, error=terminal_safe(str(exc))))
        return 2
    except (KeyboardInterrupt, BrokenPipeError):
        raise
    except Exception as exc:  # noqa: BLE001 - never a traceback with resident data
        return unexpected(prog, exc, stderr)
    finally:
        if run is not None:
            run.close()

