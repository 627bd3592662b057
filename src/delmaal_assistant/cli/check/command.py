"""`delmaal check` itself, and the run that `delmaal audit` shares with it: settings loaded, inputs opened and
validated, the checker loaded, worker processes decided — then results streamed in input order."""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from delmaal_assistant.checker import get_checker
from delmaal_assistant.cli.check.inputs import close_inputs, iter_units, open_inputs
from delmaal_assistant.cli.check.items import DelmaalInput, Item
from delmaal_assistant.cli.check.options import Config, load_config
from delmaal_assistant.cli.check.pipeline import check_stream, resolve_jobs
from delmaal_assistant.cli.check.stats import Stats
from delmaal_assistant.cli.check.writers import (
    JsonlWriter,
    JsonWriter,
    LineWriter,
    TextWriter,
    _Style,
    _use_colour,
)
from delmaal_assistant.core import texts
from delmaal_assistant.core.files.inputs import InputError, Record, Source
from delmaal_assistant.core.sanitize import terminal_safe


def utf8_streams(stdout, stderr):
    """stdout/stderr write UTF-8 on every platform (a Windows console or a C locale included)."""
    for s in (stdout, stderr):
        reconf = getattr(s, "reconfigure", None)
        enc = (getattr(s, "encoding", None) or "").lower().replace("_", "-")
        if reconf is not None and enc not in ("utf-8", "utf8"):
            try:
                reconf(encoding="utf-8", errors="replace")
            except (ValueError, OSError):  # pragma: no cover - a closed or special stream
                pass
        elif reconf is not None:
            try:
                reconf(errors="replace")  # a lone surrogate from a broken argument must not crash the output
            except (ValueError, OSError):  # pragma: no cover
                pass
    return stdout, stderr


def get_default_checker(stderr, prog: str):
    from delmaal_assistant.checker.lexicon import LexiconError  # deferred: start-up (the checker)

    try:
        return get_checker()
    except LexiconError as exc:
        raise InputError(texts.get("cli.check.lexicon_failed", error=exc)) from None


def unexpected(prog: str, exc: BaseException, stderr) -> int:
    if os.environ.get("DELMAAL_DEBUG"):
        raise exc
    stderr.write(texts.get("cli.check.unexpected", prog=prog, kind=type(exc).__name__))
    return 2


def show_config(cfg: Config, args: argparse.Namespace, out) -> None:
    f = cfg.filter
    lines = [
        texts.get("cli.check.show_file", value=cfg.path if cfg.path else texts.get("cli.check.show_file_none")),
        texts.get("cli.check.show_column", value=cfg.column or texts.get("cli.check.show_column_default"),
                  source=cfg.column_from),
        texts.get("cli.check.show_id_column", value=cfg.id_column or texts.get("cli.check.show_none")),
        texts.get("cli.check.show_select", value=', '.join(sorted(f.select)) if f.select is not None
                  else texts.get("cli.check.show_all")),
        texts.get("cli.check.show_ignore", value=', '.join(sorted(f.ignore)) or texts.get("cli.check.show_none")),
        texts.get("cli.check.show_severity", value=", ".join(f"{k} = {v}" for k, v in sorted(f.severity.items()))
                  or texts.get("cli.check.show_severity_default")),
        texts.get("cli.check.show_min_level", value=f.min_level or texts.get("cli.check.show_min_level_none")),
        texts.get("cli.check.show_fail_level", value=getattr(args, 'fail_level', 'warning')),
        texts.get("cli.check.show_jobs", value=resolve_jobs(getattr(args, 'jobs', None))),
    ]
    out.write("\n".join(terminal_safe(x) for x in lines) + "\n")


@dataclass
class Run:
    """A prepared run: settings, the opened inputs, the checker and the number of worker processes.
    Close it (or use it in `with`) to close the inputs."""

    prog: str
    cfg: Config
    opened: list
    checker: object
    jobs: int

    def units(self) -> Iterator[Record | DelmaalInput]:
        return iter_units(self.opened)

    def results(self, units: Iterable | None = None, smart: bool = True, note=None) -> Iterator[Item]:
        """Checked results in input order (a saved delmål: its fields, then its whole-delmål result; with
        smart=False without its SMART status; with `note`, what it took from each saved delmål: check_stream)."""
        return check_stream(self.units() if units is None else units, self.checker, self.jobs, self.cfg.filter,
                            smart, note)

    @property
    def sources(self) -> list[Source]:
        return [s for s in self.opened if isinstance(s, Source)]

    def names(self) -> list[str]:
        """The inputs' names as a reader knows them ("standard input" for -)."""
        names = [s.name if isinstance(s, Source) else getattr(s, "source", "") for s in self.opened]
        return [("standard input" if x == "-" else x) for x in names if x]

    def close(self) -> None:
        close_inputs(self.opened)

    def __enter__(self) -> Run:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def start_run(args: argparse.Namespace, stdin, stderr, prog: str, checker=None, group=None,
              before_checker: Callable[[Config, list], None] | None = None, lazy_json: bool = False) -> Run:
    """Settings, inputs and checker for `check` and `audit` (InputError with a Danish message on a bad input;
    the inputs are closed again if anything fails). `group` is the --group-by column(s) of spreadsheets;
    `lazy_json`: saved delmål are read when their turn comes (open_inputs)."""
    cfg = load_config(args)
    opened = open_inputs(args.inputs, cfg, stdin, args.sheet, group, lazy_json)
    try:
        for s in opened:
            if isinstance(s, Source) and s.note:
                stderr.write(f"{prog}: {terminal_safe(s.note)}\n")
        if before_checker is not None:
            before_checker(cfg, opened)
        if checker is None:
            checker = get_default_checker(stderr, prog)
        jobs = resolve_jobs(args.jobs, lambda m: stderr.write(f"{prog}: {m}\n"))
    except BaseException:
        close_inputs(opened)
        raise
    return Run(prog, cfg, opened, checker, jobs)


def run_check(args: argparse.Namespace, stdin=None, stdout=None, stderr=None, checker=None) -> int:
    stdout, stderr = utf8_streams(stdout or sys.stdout, stderr or sys.stderr)
    stdin = stdin or sys.stdin
    prog = "delmaal check"
    if args.jobs is not None and args.jobs < 1:
        stderr.write(texts.get("cli.check.jobs_min", prog=prog))
        return 2
    run: Run | None = None
    writer = None
    try:
        if args.show_config:
            show_config(load_config(args), args, stdout)
            return 0

        def prompt(cfg, opened) -> None:
            if any(isinstance(s, Source) and s.name == "-" for s in opened) and _isatty(stdin):
                stderr.write(texts.get("cli.check.type_here"))

        run = start_run(args, stdin, stderr, prog, checker, before_checker=prompt)
        if args.format == "json":
            writer = JsonWriter(stdout)
        elif args.format == "jsonl":
            writer = JsonlWriter(stdout)
        elif args.format == "line":
            writer = LineWriter(stdout)
        else:
            writer = TextWriter(stdout, _Style(_use_colour(stdout)), shutil.get_terminal_size((100, 24)).columns)
        stats = Stats()
        for item in run.results():
            writer.write(item)
            stats.count(item)
        writer.finish(stats, args.statistics)
        stdout.flush()
        return 1 if stats.failing(args.fail_level) else 0
    except InputError as exc:
        if writer is not None:
            writer.abort(str(exc))
            stdout.flush()
        stderr.write(f"{prog}: {terminal_safe(str(exc))}\n")
        return 2
    except (KeyboardInterrupt, BrokenPipeError):
        raise
    except MemoryError as exc:
        return unexpected(prog, exc, stderr)
    except Exception as exc:  # noqa: BLE001 - never a traceback with resident data
        return unexpected(prog, exc, stderr)
    finally:
        if run is not None:
            run.close()


def _isatty(stream) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False
