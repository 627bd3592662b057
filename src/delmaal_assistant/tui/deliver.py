"""Files for a browser user (`delmaal web`): what is saved or exported on the server's disk is also handed to the
browser as a download with its own name (Textual's `App.deliver_binary`, carried by textual-serve's download
manager and our server's /download route), so a user on the browser route never has to find the server's folder.
In the terminal nothing changes: the files are where the message says."""

from __future__ import annotations

from pathlib import Path

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
        import io

        app.deliver_binary(io.BytesIO(data), save_filename=Path(path).name, open_method="download",
                           mime_type=mime_type(Path(path)))
        sent.append(Path(path).name)
    if not sent:
        return ""
    return ("Browseren henter " + ("filen" if len(sent) == 1 else "filerne") + " til dig (se Overførsler): "
            + ", ".join(sent) + f". Kopien på serveren ligger i {Path(paths[0]).parent}.")
