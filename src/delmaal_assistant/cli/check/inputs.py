"""Every input of a run opened and validated before anything is checked (exit 2 and a Danish message for a bad
one), then read as units in order: a wording (Record) or a saved delmål (DelmaalInput)."""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from delmaal_assistant.cli.check.items import DelmaalInput, _json_delmaal, opened  # noqa: F401 (opened: for callers)
from delmaal_assistant.cli.check.options import Config
from delmaal_assistant.core import texts
from delmaal_assistant.core.files.inputs import (
    SPREADSHEET_TYPES,
    Columns,
    InputError,
    Record,
    Source,
    kind_of,
    open_stdin,
    open_text_file,
    refuse_unless_file,
)
from delmaal_assistant.core.files.spreadsheets import open_spreadsheet

FILE_TYPES = (".txt", ".json", *SPREADSHEET_TYPES)
_LOOKS_LIKE_PATH = re.compile(r"^[^\s]*(/|\\|\.[A-Za-z][A-Za-z0-9]{0,7})$")


def open_inputs(inputs: list[str], cfg: Config, stdin, sheet: str | None = None,
                group: str | None = None, lazy_json: bool = False) -> list[Source | DelmaalInput | Record]:
    """Every input opened and validated, in order: Sources (files, stdin), saved delmål, or a single wording.
    With lazy_json (`delmaal audit`), a saved delmål is only checked to be a regular file here; it is read and
    validated where it is checked (`opened`: in the worker process that checks it), so 10,000 of them are never
    in memory at once, and a bad one is reported when its turn comes."""
    if not inputs:
        raise InputError(texts.get("cli.check.no_inputs"))
    out: list[Source | DelmaalInput | Record] = []
    used_stdin = False
    cols = Columns(cfg.column, cfg.id_column, group, sheet)
    try:
        for arg in inputs:
            if arg == "-":
                if used_stdin:
                    raise InputError(texts.get("cli.check.stdin_twice"))
                used_stdin = True
                out.append(open_stdin(stdin))
                continue
            if not arg.strip():
                raise InputError(texts.get("cli.check.empty_wording"))
            kind = kind_of(arg)
            if kind in ("missing", "invalid") and not (kind == "missing" and _LOOKS_LIKE_PATH.match(arg)):
                out.append(Record("argument", None, _argv_text(arg).strip()))
                continue
            refuse_unless_file(arg)  # folders, FIFOs, devices, sockets, missing files: a Danish message
            path = Path(arg)  # (one Path per input: an audit may name 10,000 files)
            suffix = path.suffix.lower()
            if suffix not in FILE_TYPES:
                raise InputError(texts.get("cli.check.bad_suffix", path=arg,
                                           suffix=suffix or texts.get("cli.check.no_suffix")))
            if suffix == ".json":
                out.append(DelmaalInput(str(path), None) if lazy_json else _json_delmaal(path))
            elif suffix in SPREADSHEET_TYPES:
                out.append(open_spreadsheet(arg, cols))
            else:
                out.append(open_text_file(arg))
    except BaseException:
        close_inputs(out)
        raise
    return out


def _argv_text(arg: str) -> str:
    """An argument as the user typed it: in a C/POSIX locale Python decodes argv as ASCII with surrogate
    escapes, so 'går' arrives as 'g\\udcc3\\udca5r'; the bytes are UTF-8 (or replaced if they are not)."""
    if not any("\udc80" <= c <= "\udcff" for c in arg):
        return arg
    try:
        return os.fsencode(arg).decode("utf-8", errors="replace")
    except UnicodeError:
        return arg


def close_inputs(inputs: Iterable) -> None:
    for s in inputs:
        if isinstance(s, Source):
            s.close()


def iter_units(opened: list, strict_empty: bool = True) -> Iterator[Record | DelmaalInput]:
    """The records of every input in order; an input with no wordings at all is an input error."""
    for s in opened:
        if isinstance(s, Source):
            n = 0
            for rec in s.records():
                n += 1
                yield rec
            if n == 0 and strict_empty:
                if s.name == "-":
                    raise InputError(texts.get("cli.check.stdin_empty"))
                raise InputError(texts.get("cli.check.file_empty", path=s.name))
        else:
            yield s  # a saved delmål not opened yet (open_inputs' lazy_json) is opened where it is checked

