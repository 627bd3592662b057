"""The app process behind one browser tab: the assistant driven over stdin/stdout (Textual's web driver), its
browser-safe keys, and its watch on the server."""

from __future__ import annotations

import os
import sys
import threading
import time

from delmaal_assistant.cli.web.server import QUIT_GRACE

# ------------------------------------------------------------------------------------------ the app process

# Browsers keep some keys for themselves: Ctrl+N, Ctrl+T, Ctrl+W and Ctrl+Q never reach a page; F1 (help),
# Ctrl+R (reload), F3 (find), F6 (address bar) and F7 (caret browsing) are the browser's first. In the browser
# those bindings get an Alt alternative, listed first, so the footer, the hint under each question, the help
# and every message name the key that works (`DelmaalApp.key_label`).
WEB_KEYMAP = {
    "start-new": "alt+n,ctrl+n",
    "start-check": "alt+t,ctrl+t",
    "skip": "alt+n,ctrl+n",
    "quit": "alt+q,ctrl+q",
    "help": "alt+h,f1",
    "help-close-f1": "alt+h,f1",
    "review": "alt+g,f3",
    "use-proposal": "alt+u,f6",
    "select-all": "alt+a,f7",
    "review-read": "alt+r,ctrl+r",
}


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
    from delmaal_assistant.core.interview import PromptError
    from delmaal_assistant.tui.app import create_app

    try:
        app = create_app(data_dir=None)  # DELMAAL_DATA_DIR, set by the server
    except PromptError as exc:
        sys.stderr.write(f"delmaal: {exc}\n")
        return 2
    app.update_keymap(WEB_KEYMAP)
    app.web_tab = os.environ.get("DELMAAL_WEB_TAB") or None
    if os.name == "posix":
        _watch_parent(app)
    app.run()
    return app.return_code or 0
