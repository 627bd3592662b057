"""Errors to a log file in the user's log folder – without resident text.

A log line holds the time, where it happened, the exception's type and the code locations of its traceback
(file, line, function). Never the exception's message or local variables: both may carry what a resident said.
"""

from __future__ import annotations

import os
import traceback
from datetime import datetime, timezone
from pathlib import Path

import platformdirs

APP_NAME = "delmaal-assistant"


def log_dir() -> Path:
    env = os.environ.get("DELMAAL_LOG_DIR")
    return Path(env) if env else Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def describe(exc: BaseException) -> str:
    """Type and code locations of an exception (and its causes), no message, no locals."""
    lines = []
    seen = set()
    e: BaseException | None = exc
    while e is not None and id(e) not in seen:
        seen.add(id(e))
        lines.append(f"{type(e).__module__}.{type(e).__qualname__}")
        for fr in traceback.extract_tb(e.__traceback__):
            lines.append(f"  {Path(fr.filename).name}:{fr.lineno} in {fr.name}")
        e = e.__cause__ or e.__context__
    return "\n".join(lines)


def log_exception(where: str, exc: BaseException) -> Path | None:
    """Append a report of `exc` to the log file; returns its path, or None when it could not be written."""
    try:
        folder = log_dir()
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        path = folder / "fejl.log"
        stamp = datetime.now(timezone.utc).isoformat(timespec="seconds")
        fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0), 0o600)
        with os.fdopen(fd, "a", encoding="utf-8") as fh:
            fh.write(f"{stamp} {where}\n{describe(exc)}\n\n")
        return path
    except OSError:
        return None
