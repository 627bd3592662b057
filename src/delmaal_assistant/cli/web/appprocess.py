"""The app process behind one browser tab: the assistant driven over stdin/stdout (Textual's web driver), its
browser-safe keys (from the one keymap), and its watch on the server."""

from __future__ import annotations

import atexit
import os
import sys
import threading
import time

from delmaal_assistant.cli.web.server import QUIT_GRACE
from delmaal_assistant.core.files.storage.locking import writes_done
from delmaal_assistant.core.interview import PromptError

# ------------------------------------------------------------------------------------------ the app process

def _watch_parent(app) -> None:
    """End the app if the server process disappears without stopping it (killed hard): no orphans."""
    parent = os.getppid()

    def watch() -> None:
        while True:
            time.sleep(1.0)
            if os.getppid() != parent:
                try:
                    app.call_from_thread(app.exit)
                except Exception:
                    pass
                time.sleep(QUIT_GRACE)
                os._exit(0)

    threading.Thread(target=watch, name="delmaal-parent-watch", daemon=True).start()


def app_main() -> int:
    """One assistant, driven by the web server over stdin/stdout (Textual's web driver)."""
    from delmaal_assistant.tui.app import create_app  # deferred: start-up (Textual)

    try:
        app = create_app(data_dir=None)  # DELMAAL_DATA_DIR, set by the server
    except PromptError as exc:
        sys.stderr.write(f"delmaal: {exc}\n")
        return 2
    app.use_browser_keys()  # the keys the browser lets through (prompts/da/keys.toml)
    app.web_tab = os.environ.get("DELMAAL_WEB_TAB") or None
    if os.name == "posix":
        _watch_parent(app)
    app.run()
    code = app.return_code or 0
    if os.name == "posix":
        _end_now(code)
    return code


def _end_now(code: int) -> None:
    """End the process as soon as the app has quit (its draft saved, its lock let go), without waiting for its
    thread workers: Python's exit joins them, and a checker still loading or a check still running kept a quit
    tab's process alive for seconds (1.5–5.5 s after a reload, measured 6 Dec under load; the server then had to
    terminate it). A write in progress is finished first (`writes_done`); read-only work is simply dropped."""
    writes_done(timeout=QUIT_GRACE / 2)
    try:
        atexit._run_exitfuncs()  # our own exit handlers (the word analyser's process), as a normal exit would
    except Exception:
        pass
    for stream in (sys.stdout, sys.stderr, sys.__stdout__, sys.__stderr__):
        try:
            stream.flush()
        except (OSError, ValueError):
            pass
    os._exit(code)
