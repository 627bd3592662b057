"""Command line: `delmaal` (the assistant), `delmaal check …`, `delmaal export …`, `delmaal web`, `delmaal audit …`,
`delmaal rules`, `delmaal schema`, `delmaal øv` (practice)."""

from __future__ import annotations

import argparse
import importlib
import json
import os
import re
import sys

from delmaal_assistant import __version__
from delmaal_assistant.core import texts
from delmaal_assistant.core.model import json_schema
from delmaal_assistant.core.sanitize import terminal_safe
from delmaal_assistant.cli import earlykeys
from delmaal_assistant.cli.earlykeys import hold as hold_keys


def utf8_streams() -> None:
    """Text out is always UTF-8, whatever the console's code page (Windows: cp1252/cp850 when redirected).

    A Windows console itself is written through the wide-character API and already says "utf-8"; a pipe or a
    file would otherwise get cp1252, which cannot encode "→" or "✓" and would crash or garble JSON.
    """
    for name, errors in (("stdout", "surrogateescape"), ("stderr", "backslashreplace")):
        stream = getattr(sys, name)
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "").replace("_", "")
        if encoding != "utf8" and hasattr(stream, "reconfigure"):
            try:
                stream.reconfigure(encoding="utf-8", errors=errors)
            except (ValueError, OSError):  # a stream that cannot change (already used, closed): leave it
                pass


def _cmd_schema(args: argparse.Namespace) -> int:
    json.dump(json_schema(), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return 0


def _cmd_assistant(args: argparse.Namespace) -> int:
    from delmaal_assistant.tui import run  # deferred: start-up (Textual)

    return run(data_dir=getattr(args, "data_dir", None), typed_before=earlykeys.typed_before()) or 0


# argparse's messages, in Danish (the parts we show: errors, usage and section titles): its English pattern and
# the key of our text, whose placeholders are the pattern's named groups.
_ARGPARSE_DA = [
    (re.compile(r"unrecognized arguments: (?P<args>.*)"), "cli.main.argparse_unrecognized"),
    (re.compile(r"argument (?P<arg>\S+): invalid choice: (?P<value>.*?) \(choose from (?P<choices>.*)\)"),
     "cli.main.argparse_invalid_choice"),
    (re.compile(r"argument (?P<arg>\S+): expected one argument"), "cli.main.argparse_expected_one"),
    (re.compile(r"the following arguments are required: (?P<args>.*)"), "cli.main.argparse_required"),
    (re.compile(r"argument (?P<arg>\S+): (?P<message>.*)"), "cli.main.argparse_argument"),
]


def _danish(message: str) -> str:
    keys = {  # each key named once here, so the tests find them (tests/test_texts.py)
        "cli.main.argparse_unrecognized": lambda m: texts.get("cli.main.argparse_unrecognized", args=m["args"]),
        "cli.main.argparse_invalid_choice": lambda m: texts.get("cli.main.argparse_invalid_choice", arg=m["arg"],
                                                                value=m["value"], choices=m["choices"]),
        "cli.main.argparse_expected_one": lambda m: texts.get("cli.main.argparse_expected_one", arg=m["arg"]),
        "cli.main.argparse_required": lambda m: texts.get("cli.main.argparse_required", args=m["args"]),
        "cli.main.argparse_argument": lambda m: texts.get("cli.main.argparse_argument", arg=m["arg"],
                                                          message=m["message"]),
    }
    for pattern, key in _ARGPARSE_DA:
        if pattern.search(message):
            return pattern.sub(keys[key], message)
    return message


class _DanishParser(argparse.ArgumentParser):
    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("add_help", False)
        super().__init__(*args, **kwargs)
        self._positionals.title = texts.get("cli.main.positionals")
        self._optionals.title = texts.get("cli.main.optionals")
        self.add_argument("-h", "--help", action="help", help=texts.get("cli.main.arg_help"))

    def format_usage(self) -> str:
        return super().format_usage().replace("usage:", texts.get("cli.main.usage"), 1)

    def format_help(self) -> str:
        return super().format_help().replace("usage:", texts.get("cli.main.usage"), 1)

    def error(self, message: str) -> None:  # exit 2 with a Danish message, never a traceback
        self.print_usage(sys.stderr)

        sys.stderr.write(terminal_safe(texts.get("cli.main.command_error", message=_danish(message))))
        sys.exit(2)


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The command line; with `only`, just that command's parser (see COMMANDS)."""
    p = _DanishParser(
        prog="delmaal",
        description=texts.get("cli.main.description"),
    )

    p.add_argument("--version", action="version", version=f"delmaal {__version__}",
                   help=texts.get("cli.main.arg_version"))
    p.add_argument("--data-dir", help=texts.get("cli.main.arg_data_dir"))
    sub = p.add_subparsers(dest="command", parser_class=_DanishParser)
    for name, (module, maker) in COMMANDS.items():
        if only is None or name == only:
            getattr(importlib.import_module(module), maker)(sub)
    if only in (None, "schema"):
        s = sub.add_parser("schema", help=texts.get("cli.main.schema_help"))
        s.set_defaults(func=_cmd_schema)
    return p


# Each command (in the order of `delmaal --help`) and the function that adds its parser. A run of one command builds
# only that command's parser: the others import the code registry, the interview data and the web server, about
# 0.13 s of CPU at every start of `delmaal check` (issue 28).
COMMANDS: dict[str, tuple[str, str]] = {
    "check": ("delmaal_assistant.cli.check", "add_check_parser"),
    "export": ("delmaal_assistant.cli.export", "add_export_parser"),
    "web": ("delmaal_assistant.cli.web", "add_web_parser"),
    "audit": ("delmaal_assistant.cli.audit", "add_audit_parser"),
    "rules": ("delmaal_assistant.cli.rules", "add_rules_parser"),
    "log": ("delmaal_assistant.cli.log", "add_log_parser"),
    "status": ("delmaal_assistant.cli.status", "add_status_parser"),
    "indstillinger": ("delmaal_assistant.cli.settings", "add_settings_parser"),
    "øv": ("delmaal_assistant.cli.practice", "add_practice_parser"),  # also "ov" (an alias: the whole parser)
}


def command_in(argv: list[str]) -> str | None:
    """The command `argv` runs, when that is plain to see (`--data-dir DIR` may come first); None for the
    assistant, `--help`, `--version`, an unknown command or option – those get the whole parser."""
    it = iter(argv)
    for arg in it:
        if arg == "--data-dir":
            next(it, None)
        elif arg.startswith("--data-dir="):
            continue
        elif arg.startswith("-"):
            return None
        else:
            return arg if arg in COMMANDS or arg == "schema" else None
    return None


def main(argv: list[str] | None = None) -> int:
    command = command_in(sys.argv[1:] if argv is None else list(argv))
    # the assistant in this terminal: an Enter typed before its first screen must arrive as Enter (cli/earlykeys.py)
    restore = hold_keys() if argv is None and command in (None, "øv") else None
    try:
        return _main(argv, command)
    finally:
        if restore is not None:
            restore()


def _main(argv: list[str] | None, command: str | None) -> int:
    utf8_streams()
    parser = build_parser(command)
    args = parser.parse_args(argv)
    func = getattr(args, "func", None)
    try:
        if func is None:
            return _cmd_assistant(args)
        return func(args)
    except KeyboardInterrupt:
        sys.stderr.write(texts.get("cli.main.interrupted"))
        return 130
    except BrokenPipeError:
        # The reader went away (`delmaal check … | head`): stop quietly.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except Exception as exc:  # last resort: a bug must not greet a user with a traceback (nor leak their text)
        # (its texts stay here: the last resort must speak even when the data files are what is broken)
        if os.environ.get("DELMAAL_DEBUG"):
            raise
        from delmaal_assistant.core.files.crashlog import write_crash_report  # deferred: start-up (only after a crash)

        report = write_crash_report(exc, "delmaal " + (getattr(args, "command", None) or "(assistenten)"))
        where = (f"En fejlrapport uden indholdet af dine tekster er gemt i {report}; giv den gerne videre til "
                 "udviklerne.") if report else "Fejlrapporten kunne ikke gemmes."
        sys.stderr.write(
            f"delmaal: der opstod en uventet fejl i programmet (intern fejl af typen {type(exc).__name__}).\n"
            f"{where}\nKør igen med DELMAAL_DEBUG=1 for at se alle detaljer.\n"
        )
        return 2
