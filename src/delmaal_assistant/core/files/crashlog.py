"""Crash reports without resident data.

When something unexpected goes wrong, the user must never see a traceback (Textual's would print local
variables, i.e. the whole delmål). Instead a short report is written to the user's log folder: exception
types, errno, and where (file, line, function, the line of code). Never an exception's message, never a
local variable, never field contents: a message can carry text (a KeyError's key, a UnicodeError's
character), so only the type is kept.
"""

from __future__ import annotations

import linecache
import os
import platform
import time
import traceback
from pathlib import Path
from types import TracebackType

import platformdirs

from delmaal_assistant.core.files.storage import atomic_write_text, ensure_private_dir
from delmaal_assistant.core.dates import file_stamp

APP_NAME = "delmaal-assistant"
#: at most this many reports are kept; older ones are removed
KEEP_REPORTS = 20


def log_dir() -> Path:
    """The user's log folder (overridable with $DELMAAL_LOG_DIR)."""
    env = os.environ.get("DELMAAL_LOG_DIR")
    return Path(env) if env else Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def _where(filename: str) -> str:
    """A source file name without the user's home or the install location (paths can name people)."""
    p = Path(filename)
    parts = p.parts
    for anchor in ("delmaal_assistant", "site-packages"):
        if anchor in parts:
            i = len(parts) - 1 - parts[::-1].index(anchor)
            return "/".join(parts[i:])
    return p.name


def _frames(tb: TracebackType | None) -> list[str]:
    out = []
    for frame, lineno in traceback.walk_tb(tb):
        code = frame.f_code
        line = linecache.getline(code.co_filename, lineno).strip()
        out.append(f'  {_where(code.co_filename)}:{lineno} in {code.co_name}' + (f"\n      {line}" if line else ""))
    return out


def format_report(exc: BaseException, context: str = "") -> str:
    """The report text: types and places only (see the module docstring)."""
    try:
        from importlib.metadata import version

        ours = version("delmaal-assistant")
    except Exception:
        ours = "?"
    lines = [
        "delmaal-assistant: fejlrapport (uden indholdet af dine tekster)",
        f"tidspunkt: {time.strftime('%Y-%m-%d %H:%M:%S %z')}",
        f"hvor: {context or '-'} · version {ours}",
        f"python: {platform.python_version()} · {platform.system()} {platform.machine()}",
        "",
    ]
    chain: list[BaseException] = []
    seen: set[int] = set()
    e: BaseException | None = exc
    while e is not None and id(e) not in seen and len(chain) < 10:
        seen.add(id(e))
        chain.append(e)
        inner = getattr(e, "error", None)  # e.g. Textual's WorkerFailed carries the worker's exception here
        e = e.__cause__ or (inner if isinstance(inner, BaseException) else None) or \
            (None if e.__suppress_context__ else e.__context__)
    for n, e in enumerate(reversed(chain)):
        if n:
            lines.append("\nsom førte til:")
        kind = f"{type(e).__module__}.{type(e).__qualname__}"
        errno_ = getattr(e, "errno", None)
        lines.append(f"{kind}" + (f" (errno {errno_})" if isinstance(errno_, int) else ""))
        lines.extend(_frames(e.__traceback__))
    return "\n".join(lines) + "\n"


def write_crash_report(exc: BaseException, context: str = "") -> Path | None:
    """Write the report to the log folder (owner-only) and return its path; None if it could not be
    written (the caller still tells the user something went wrong)."""
    try:
        text = format_report(exc, context)
    except Exception:  # the report must never be a second crash
        text = f"delmaal-assistant: fejlrapport\n{type(exc).__module__}.{type(exc).__qualname__}\n"
    try:
        folder = ensure_private_dir(log_dir())
        path = folder / f"fejl-{file_stamp()}-{os.getpid()}.txt"
        atomic_write_text(path, text)
    except Exception:
        return None
    try:
        old = sorted(folder.glob("fejl-*.txt"))
        for p in old[:-KEEP_REPORTS]:
            p.unlink()
    except OSError:
        pass
    return path


def crash_message(report: Path | None, *, draft_safe: bool | None = None) -> str:
    """What the user is told (Danish), pointing to the report."""
    where = (f"En fejlrapport (uden indholdet af dine tekster) er gemt i:\n  {report}\n"
             "Giv den gerne videre til den, der hjælper med programmet.") if report else \
        "Fejlrapporten kunne ikke gemmes."
    if draft_safe is True:
        head = "Delmålsassistenten stødte på en uventet fejl og er lukket. Din kladde er gemt."
    elif draft_safe is False:
        head = ("Delmålsassistenten stødte på en uventet fejl og er lukket. Kladden kunne ikke gemmes til sidst; "
                "det, der blev gemt automatisk før fejlen, er der stadig.")
    else:
        head = "Der opstod en uventet fejl."
    return f"{head}\n{where}\n"
