"""`delmaal web`: the same assistant in the browser, served to this machine only.

Built on textual-serve's pieces (its `AppService` speaks Textual's web-driver protocol to one app process per
browser tab; its static folder has the xterm.js front end), with our own server around them because:

- we listen on 127.0.0.1 only and print the real port (also for `--port 0`);
- every URL carries a random token (`/<token>/…`); anything else, the websocket included, is refused with 403,
  so another user on the same machine cannot attach to the assistant;
- our page is Danish, loads nothing from the internet (textual-serve's page fetches a Google font) and starts
  the app at once (no "Start" button);
- the app process is started without a shell (paths with spaces, Windows), and every app process we started is
  stopped when the server stops (Ctrl+C, SIGTERM, SIGHUP, closing the console).

The browser is opened through an owner-only local redirect file, so the token never appears on a command line
that other users could read with `ps`.
"""

from delmaal_assistant.cli.web.appprocess import app_main
from delmaal_assistant.cli.web.command import add_web_parser, cmd_web
from delmaal_assistant.cli.web.server import DEFAULT_MAX_APPS, HOST, QUIT_GRACE, WebServer

__all__ = ["DEFAULT_MAX_APPS", "HOST", "QUIT_GRACE", "WebServer", "add_web_parser", "app_main", "cmd_web"]
