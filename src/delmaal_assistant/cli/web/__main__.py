"""`python -m delmaal_assistant.cli.web --app`: one app process, started by the server."""

import sys

from delmaal_assistant.cli.web.appprocess import app_main

if __name__ == "__main__":
    if sys.argv[1:] == ["--app"]:
        raise SystemExit(app_main())
    sys.stderr.write("Brug: delmaal web\n")
    raise SystemExit(2)
