"""`delmaal web` on the command line: its parser and the command that runs the server."""

from __future__ import annotations

import argparse
import asyncio
import sys
from pathlib import Path

from delmaal_assistant.cli.web.server import DEFAULT_MAX_APPS, WebServer


def add_web_parser(sub) -> None:
    p = sub.add_parser(
        "web",
        help="åbn assistenten i browseren (kun på denne computer)",
        description="Starter assistenten i din browser. Den kører kun på denne computer (127.0.0.1), og "
        "adressen indeholder en hemmelig nøgle, så andre brugere af computeren ikke kan komme ind.",
    )
    p.add_argument("--port", type=_port, default=0,
                   help="portnummer (standard: en ledig port, som vælges automatisk)")
    p.add_argument("--no-browser", action="store_true", help="åbn ikke browseren; skriv kun adressen")
    p.add_argument("--max-faner", dest="max_apps", type=_max_apps, default=DEFAULT_MAX_APPS, metavar="N",
                   help=f"højst så mange åbne faner (assistenter) ad gangen; hver bruger ca. 100 MB "
                        f"(standard: {DEFAULT_MAX_APPS})")
    p.set_defaults(func=cmd_web)


def _max_apps(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' er ikke et helt tal") from None
    if not 1 <= value <= 100:
        raise argparse.ArgumentTypeError(f"{value} faner er ikke tilladt (1–100)")
    return value


def _port(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' er ikke et portnummer") from None
    if not 0 <= value <= 65535:
        raise argparse.ArgumentTypeError(f"{value} er ikke et portnummer (0–65535)")
    return value


def cmd_web(args: argparse.Namespace) -> int:
    try:
        import aiohttp  # noqa: F401
        import textual_serve  # noqa: F401
    except ImportError as exc:  # a broken install: say what is missing, never a traceback
        sys.stderr.write(f"delmaal web: en nødvendig pakke mangler ({exc.name}). Installér delmaal-assistant igen.\n")
        return 2
    from delmaal_assistant.core.files.drafts import default_data_dir

    data_dir = Path(args.data_dir) if getattr(args, "data_dir", None) else default_data_dir()
    server = WebServer(data_dir=data_dir.expanduser().resolve(), port=args.port, open_browser=not args.no_browser,
                       max_apps=getattr(args, "max_apps", DEFAULT_MAX_APPS))
    try:
        return asyncio.run(server.run())
    except KeyboardInterrupt:  # Windows: Ctrl+C cancels server.run (which stops the apps), then arrives here
        return 0
