"""Command line: `delmaal` (the assistant), `delmaal check …`, `delmaal export …`, `delmaal web`, `delmaal audit …`,
`delmaal rules`, `delmaal schema`, `delmaal øv` (practice)."""

from __future__ import annotations

import argparse
import json
import os
import re
import sys


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
    from delmaal_assistant.core.model import json_schema

    json.dump(json_schema(), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return 0


def _cmd_assistant(args: argparse.Namespace) -> int:
    from delmaal_assistant.tui import run

    return run(data_dir=getattr(args, "data_dir", None)) or 0


# argparse's messages, in Danish (the parts we show: errors, usage and section titles).
_ARGPARSE_DA = [
    (re.compile(r"unrecognized arguments: (.*)"), r"ukendte argumenter: \1"),
    (re.compile(r"argument (\S+): invalid choice: (.*?) \(choose from (.*)\)"), r"\1: ugyldigt valg \2 (vælg mellem \3)"),
    (re.compile(r"argument (\S+): expected one argument"), r"\1 skal have en værdi"),
    (re.compile(r"the following arguments are required: (.*)"), r"disse argumenter mangler: \1"),
    (re.compile(r"argument (\S+): (.*)"), r"\1: \2"),
]


def _danish(message: str) -> str:
    for pattern, repl in _ARGPARSE_DA:
        if pattern.search(message):
            return pattern.sub(repl, message)
    return message


class _DanishParser(argparse.ArgumentParser):
    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("add_help", False)
        super().__init__(*args, **kwargs)
        self._positionals.title = "argumenter"
        self._optionals.title = "tilvalg"
        self.add_argument("-h", "--help", action="help", help="vis denne hjælp og afslut")

    def format_usage(self) -> str:
        return super().format_usage().replace("usage:", "brug:", 1)

    def format_help(self) -> str:
        return super().format_help().replace("usage:", "brug:", 1)

    def error(self, message: str) -> None:  # exit 2 with a Danish message, never a traceback
        self.print_usage(sys.stderr)
        from delmaal_assistant.core.sanitize import terminal_safe

        sys.stderr.write(terminal_safe(f"delmaal: fejl i kommandoen: {_danish(message)}\n"))
        sys.exit(2)


def build_parser() -> argparse.ArgumentParser:
    p = _DanishParser(
        prog="delmaal",
        description="Skriv og tjek delmål. Uden argumenter starter assistenten.",
    )
    from delmaal_assistant import __version__

    p.add_argument("--version", action="version", version=f"delmaal {__version__}",
                   help="vis versionsnummeret og afslut")
    p.add_argument("--data-dir", help="mappe til kladder og indstillinger (standard: brugerens datamappe)")
    sub = p.add_subparsers(dest="command", parser_class=_DanishParser)

    from delmaal_assistant.cli.check import add_check_parser

    add_check_parser(sub)
    from delmaal_assistant.cli.export import add_export_parser

    add_export_parser(sub)
    from delmaal_assistant.cli.web import add_web_parser

    add_web_parser(sub)
    from delmaal_assistant.cli.audit import add_audit_parser

    add_audit_parser(sub)
    from delmaal_assistant.cli.rules import add_rules_parser

    add_rules_parser(sub)
    from delmaal_assistant.cli.log import add_log_parser
    from delmaal_assistant.cli.status import add_status_parser

    add_log_parser(sub)
    add_status_parser(sub)
    from delmaal_assistant.cli.settings import add_settings_parser

    add_settings_parser(sub)
    from delmaal_assistant.cli.practice import add_practice_parser

    add_practice_parser(sub)
    s = sub.add_parser("schema", help="udskriv JSON-skemaet for en delmålsfil")
    s.set_defaults(func=_cmd_schema)
    return p


def main(argv: list[str] | None = None) -> int:
    utf8_streams()
    parser = build_parser()
    args = parser.parse_args(argv)
    func = getattr(args, "func", None)
    try:
        if func is None:
            return _cmd_assistant(args)
        return func(args)
    except KeyboardInterrupt:
        sys.stderr.write("Afbrudt.\n")
        return 130
    except BrokenPipeError:
        # The reader went away (`delmaal check … | head`): stop quietly.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except Exception as exc:  # last resort: a bug must not greet a user with a traceback (nor leak their text)
        if os.environ.get("DELMAAL_DEBUG"):
            raise
        from delmaal_assistant.core.files.crashlog import write_crash_report

        report = write_crash_report(exc, "delmaal " + (getattr(args, "command", None) or "(assistenten)"))
        where = (f"En fejlrapport uden indholdet af dine tekster er gemt i {report}; giv den gerne videre til "
                 "udviklerne.") if report else "Fejlrapporten kunne ikke gemmes."
        sys.stderr.write(
            f"delmaal: der opstod en uventet fejl i programmet (intern fejl af typen {type(exc).__name__}).\n"
            f"{where}\nKør igen med DELMAAL_DEBUG=1 for at se alle detaljer.\n"
        )
        return 2
