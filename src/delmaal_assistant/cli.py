"""Command line: `delmaal` (the assistant), `delmaal check …`, `delmaal schema`."""

from __future__ import annotations

import argparse
import json
import os
import sys


def _cmd_schema(args: argparse.Namespace) -> int:
    from delmaal_assistant.model import json_schema

    json.dump(json_schema(), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return 0


def _cmd_assistant(args: argparse.Namespace) -> int:
    from delmaal_assistant.tui import run

    return run(data_dir=getattr(args, "data_dir", None)) or 0


class _DanishParser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # exit 2 with a Danish hint, never a traceback
        self.print_usage(sys.stderr)
        sys.stderr.write(f"delmaal: fejl i kommandoen: {message}\n")
        sys.exit(2)


def build_parser() -> argparse.ArgumentParser:
    p = _DanishParser(
        prog="delmaal",
        description="Skriv og tjek delmål. Uden argumenter starter assistenten.",
    )
    p.add_argument("--data-dir", help="mappe til kladder og indstillinger (standard: brugerens datamappe)")
    sub = p.add_subparsers(dest="command", parser_class=_DanishParser)

    from delmaal_assistant.cli_check import add_check_parser

    add_check_parser(sub)
    s = sub.add_parser("schema", help="udskriv JSON-skemaet for en delmålsfil")
    s.set_defaults(func=_cmd_schema)
    return p


def main(argv: list[str] | None = None) -> int:
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
    except Exception as exc:  # last resort: a bug must not greet a user with a traceback
        if os.environ.get("DELMAAL_DEBUG"):
            raise
        sys.stderr.write(
            f"delmaal: der opstod en uventet fejl ({type(exc).__name__}: {exc}).\n"
            "Kør igen med DELMAAL_DEBUG=1 for at se detaljerne, og giv dem videre til udviklerne.\n"
        )
        return 2
