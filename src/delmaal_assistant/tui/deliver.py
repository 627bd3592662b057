"""Files for a browser user (`delmaal web`): what is saved or exported on the server's disk is also handed to the
browser as a download with its own name (Textual's `App.deliver_binary`, carried by textual-serve's download
manager and our server's /download route), so a user on the browser route never has to find the server's folder.
In the terminal nothing changes: the files are where the message says."""

from __future__ import annotations

import re
from pathlib import Path

from delmaal_assistant.core import texts
import io

#: what the browser is told a file is (by its ending)
MIME = {
    ".json": "application/json",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".txt": "text/plain",
    ".md": "text/markdown",
}


def mime_type(path: Path) -> str:
    return MIME.get(path.suffix.lower(), "application/octet-stream")


def deliver_files(app, paths: list[Path]) -> str:
    """In the browser: send each file as a download; returns a Danish sentence to add to the message (which names
    the server-side copies already), or "" in the terminal or when nothing was sent."""
    if not getattr(app, "in_browser", False) or not paths:
        return ""
    sent = []
    for path in paths:
        try:
            data = Path(path).read_bytes()
        except OSError:
            continue

        app.deliver_binary(io.BytesIO(data), save_filename=Path(path).name, open_method="download",
                           mime_type=mime_type(Path(path)))
        sent.append(Path(path).name)
    if not sent:
        return ""
    return ("Browseren henter " + (texts.get("tui.deliver.filen") if len(sent) == 1 else "filerne") + texts.get("tui.deliver.dig_se_overfoersler")
            + ", ".join(sent) + texts.get("tui.deliver.kopien_serveren_ligger", parent=Path(paths[0]).parent))


#: the address the page recognises as "let the user pick a file to upload" (cli/web/page.py)
UPLOAD_URL = "/upload-delmaal"


def upload_folder(app) -> Path | None:
    """Where the server puts a delmål this tab's user uploads (DATA/web-uploads/TAB/), or None outside the browser."""
    tab = getattr(app, "web_tab", None)
    if not getattr(app, "in_browser", False) or not tab or not re.fullmatch(r"[A-Za-z0-9_-]{8,64}", tab):
        return None
    return app.data_dir / "web-uploads" / tab


def ask_for_upload(app, opened) -> None:
    """The browser: ask the page to let the user pick a saved delmål on their own computer; the server stores it in
    `upload_folder(app)`, and `opened(path)` is called with that server-side copy when it arrives (up to 10
    minutes; a later pick is taken too)."""
    folder = upload_folder(app)
    if folder is None:
        return
    before = {p.name for p in folder.glob("*.json")} if folder.is_dir() else set()
    app.open_url(UPLOAD_URL, new_tab=False)
    state = {"ticks": 0}

    def look() -> None:
        state["ticks"] += 1
        new = sorted((p for p in folder.glob("*.json") if p.name not in before), key=lambda p: p.stat().st_mtime) \
            if folder.is_dir() else []
        if new:
            timer.stop()
            opened(new[-1])
        elif state["ticks"] > 1200:
            timer.stop()

    timer = app.set_interval(0.5, look)
