"""`delmaal web` on the command line: its parser and the command that runs the server."""

from __future__ import annotations

import argparse
import asyncio
import sys
from pathlib import Path

from delmaal_assistant.cli.web.server import DEFAULT_MAX_APPS, WebServer
from delmaal_assistant.core import texts
from delmaal_assistant.core.files.drafts import default_data_dir


def add_web_parser(sub) -> None:
    p = sub.add_parser(
        "web",
        help=texts.get("cli.web.help"),
        description=texts.get("cli.web.description"),
    )
    p.add_argument("--port", type=_port, default=0, help=texts.get("cli.web.arg_port"))
    p.add_argument("--no-browser", action="store_true", help=texts.get("cli.web.arg_no_browser"))
    p.add_argument("--max-faner", dest="max_apps", type=_max_apps, default=DEFAULT_MAX_APPS, metavar="N",
                   help=texts.get("cli.web.arg_max_tabs", n=DEFAULT_MAX_APPS))
    p.set_defaults(func=cmd_web)


def _max_apps(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(texts.get("cli.web.not_int", text=text)) from None
    if not 1 <= value <= 100:
        raise argparse.ArgumentTypeError(texts.get("cli.web.tabs_range", n=value))
    return value


def _port(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(texts.get("cli.web.not_port", text=text)) from None
    if not 0 <= value <= 65535:
        raise argparse.ArgumentTypeError(texts.get("cli.web.port_range", n=value))
    return value


def cmd_web(args: argparse.Namespace) -> int:
    try:
        # deferred: start-up (aiohttp; a broken install is said in Danish)
        import aiohttp  # noqa: F401
        # deferred: start-up
        import textual_serve  # noqa: F401
    except ImportError as exc:  # a broken install: say what is missing, never a traceback
        sys.stderr.write(texts.get("cli.web.package_missing", name=exc.name))
        return 2

    data_dir = Path(args.data_dir) if getattr(args, "data_dir", None) else default_data_dir()
    server = WebServer(data_dir=data_dir.expanduser().resolve(), port=args.port, open_browser=not args.no_browser,
                       max_apps=getattr(args, "max_apps", DEFAULT_MAX_APPS))
    try:
        return asyncio.run(server.run())
    except KeyboardInterrupt:  # Windows: Ctrl+C cancels server.run (which stops the apps), then arrives here
        return 0
