"""One writer at a time in a folder: the lock every write of ours takes (`file_turn`).

The lock is an exclusive `flock` on the folder the file is written in. The folder is used, not the file, because
every write of ours replaces the file atomically (a new inode): a lock on the file itself would be lost with it,
and a lock file beside it would clutter the user's folder. A folder's inode stays, so every writer of a file — the
assistant's save, *Erstat*, "Gem som kopi", `delmaal log`, an export, two windows — takes its turn on the same lock.
The kernel drops the lock of a killed process.

The lock never falls back to writing without it: a writer that does not get its turn within `LOCK_TIMEOUT` seconds
(or cannot open the folder to lock it) raises `StorageWriteError` and writes nothing. Within one thread the lock is
re-entrant (`append_observation` holds it around `save_delmaal`, which takes it too); another thread of the same
process waits like another process. Where `fcntl` is missing (Windows) there is no `flock`; there each save still
merges the observations on disk, but two writers are not kept apart.
"""

from __future__ import annotations

import errno
import os
import threading
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from delmaal_assistant.core import texts
from delmaal_assistant.core.files.storage.base import StorageWriteError, _make_private_dirs, _short, _why

#: How long a writer waits for its turn before it gives up (and writes nothing).
LOCK_TIMEOUT = 120.0

_local = threading.local()

#: writers inside `file_turn` in this process (any thread): a process that ends early waits for them (`writes_done`)
_writing = 0
_writing_changed = threading.Condition()


def _enter_write() -> None:
    global _writing
    with _writing_changed:
        _writing += 1


def _leave_write() -> None:
    global _writing
    with _writing_changed:
        _writing -= 1
        _writing_changed.notify_all()


def writes_done(timeout: float) -> bool:
    """Wait until no thread of this process is inside `file_turn` (waiting for its turn or writing), at most
    `timeout` seconds; True when none is. For a process that ends without waiting for its other threads (the web
    app process after its app has quit): a write in progress is finished, read-only work is not waited for."""
    with _writing_changed:
        return _writing_changed.wait_for(lambda: _writing == 0, timeout)


def _held() -> dict[str, int]:
    held = getattr(_local, "held", None)
    if held is None:
        held = _local.held = {}
    return held


def _folder_key(path: Path) -> Path:
    folder = Path(path).parent
    try:
        return Path(os.path.realpath(folder))
    except (OSError, ValueError):
        return folder


def _busy(path: Path) -> StorageWriteError:
    return StorageWriteError(
        texts.get("core.files.storage.locking.kunne_ikke_gemmes_filen", short=_short(path), lock_timeout=LOCK_TIMEOUT), errno.EBUSY)


@contextmanager
def file_turn(path: Path | str) -> Iterator[None]:
    """Hold the write lock for `path` (its folder) while the block runs. Missing folders are created owner-only
    first (as the write would). Raises `StorageWriteError` (Danish) when the turn cannot be had."""
    if os.name == "nt":  # pragma: no cover - no flock on Windows (see the module's docstring)
        yield
        return
    path = Path(path)
    key = str(_folder_key(path))
    held = _held()
    if held.get(key):
        held[key] += 1
        try:
            yield
        finally:
            held[key] -= 1
        return
    _enter_write()
    try:
        with _folder_turn(path, key, held):
            yield
    finally:
        _leave_write()


@contextmanager
def _folder_turn(path: Path, key: str, held: dict[str, int]) -> Iterator[None]:
    if os.name == "nt":  # pragma: no cover - file_turn never comes here on Windows (no flock)
        raise NotImplementedError("flock")
    import fcntl

    folder = Path(key)
    if not folder.is_dir():
        try:
            _make_private_dirs(folder)
        except OSError as exc:
            raise StorageWriteError(texts.get("core.files.storage.locking.kunne_ikke_gemmes", short=_short(path),
                                              why=_why(exc)), exc.errno) from None
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | getattr(os, "O_CLOEXEC", 0))
    except OSError as exc:
        raise StorageWriteError(
            texts.get("core.files.storage.locking.kunne_ikke_gemmes_mappen", short=_short(path), why=_why(exc)), exc.errno) from None
    try:
        deadline = time.monotonic() + LOCK_TIMEOUT
        pause = 0.002
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                pass
            except OSError as exc:
                if exc.errno not in (errno.EAGAIN, errno.EACCES, errno.EINTR):
                    raise StorageWriteError(texts.get("core.files.storage.locking.kunne_ikke_laases_intet",
                                                      short=_short(path), why=_why(exc)),
                                            exc.errno) from None
            if time.monotonic() >= deadline:
                raise _busy(path)
            time.sleep(pause)
            pause = min(pause * 1.5, 0.05)
        held[key] = 1
        try:
            yield
        finally:
            held.pop(key, None)
    finally:
        os.close(fd)  # closing releases the lock


__all__ = ["LOCK_TIMEOUT", "file_turn", "writes_done"]
