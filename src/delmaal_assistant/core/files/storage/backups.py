"""The one writer for files the user sees (saves and exports) and their backups.

Every write of ours goes through the same rules (`write_bytes_with_backup`, and `save_delmaal` for a delmål):
- it holds the folder's write lock (`locking.file_turn`), which never falls back to writing without it;
- the file is replaced atomically, never through a symlink, never over a folder, device, FIFO or a read-only file;
- never over an input of the same run (`inputs`: the same file by name, link or hard link);
- the previous content is kept as a backup, but never over an existing `.bak`: `NAME.bak` when it is free, else
  the next numbered one `NAME.2.bak`, `NAME.3.bak`, … A backup already holding exactly that content is not made
  twice, and a `.bak` that `ours` recognises (a saved delmål's earlier version of the same delmål) is updated in
  place, so saving a delmål again and again does not fill the folder.
"""

from __future__ import annotations

import errno
import os
import re
import time
from pathlib import Path
from typing import Callable, Iterable

from delmaal_assistant.core import texts
from delmaal_assistant.core.files.storage import files
from delmaal_assistant.core.files.storage.files import (
    StorageError,
    StorageWriteError,
    _clean,
    _refuse_target,
    _short,
    _why,
    atomic_write_bytes,
)
from delmaal_assistant.core.dates import file_stamp
from delmaal_assistant.core.files.storage.locking import file_turn

#: More numbered backups of one file than this is a folder being filled; the writer then stops (Danish error).
MAX_BACKUPS = 999


def backup_path(path: Path) -> Path:
    """The first backup name, `NAME.bak` (later ones are numbered: `backup_paths`)."""
    return Path(path).with_name(Path(path).name + ".bak")


def numbered_backup_path(path: Path, n: int) -> Path:
    path = Path(path)
    return backup_path(path) if n <= 1 else path.with_name(f"{path.name}.{n}.bak")


def backup_paths(path: Path) -> list[Path]:
    """The backups of `path` that exist, oldest number first (`NAME.bak`, `NAME.2.bak`, …)."""
    path = Path(path)
    pat = re.compile(re.escape(path.name) + r"(?:\.(\d+))?\.bak$")
    found: list[tuple[int, Path]] = []
    try:
        names = os.listdir(path.parent)
    except (OSError, ValueError):
        return []
    for name in names:
        m = pat.fullmatch(name)
        if m:
            found.append((int(m.group(1) or 1), path.with_name(name)))
    return [p for _n, p in sorted(found)]


def _unique_sibling(path: Path, tag: str) -> Path:
    stamp = file_stamp()
    target = path.with_name(f"{path.name}.{tag}-{stamp}")
    n = 1
    while target.exists() or target.is_symlink():
        n += 1
        target = path.with_name(f"{path.name}.{tag}-{stamp}-{n}")
    return target


def _existing_for_backup(path: Path) -> bytes | None:
    """The current content of `path` (None if there is none), read safely so it can be backed up."""
    try:
        old = files._read_regular(path, files.MAX_TEXT_BYTES)
    except StorageError as exc:
        raise StorageError(texts.get("core.files.storage.backups.intet_overskrevet_gem_under", exc=exc)) from None
    except OSError as exc:
        raise StorageError(
            texts.get("core.files.storage.backups.eksisterende_fil_kunne_ikke", short=_short(path),
                      why=_why(exc, reading=True))
        ) from None
    if old is not None and len(old) > files.MAX_TEXT_BYTES:
        raise StorageError(
            texts.get("core.files.storage.backups.eksisterende_fil_over_mb", short=_short(path),
                      value=files.MAX_TEXT_BYTES // (1024 * 1024))
        )
    return old


def _read_small(path: Path) -> bytes | None:
    try:
        return files._read_regular(path, files.MAX_TEXT_BYTES)
    except (StorageError, OSError):
        return None


def keep_backup(path: Path, old: bytes, ours: Callable[[bytes], bool] | None = None) -> Path | None:
    """Keep `old` (the content `path` had) as a backup beside it, never over a `.bak` that is not ours.

    Nothing is written when a backup already holds exactly `old`. A backup `ours` accepts is replaced; otherwise
    the first free name of `NAME.bak`, `NAME.2.bak`, … is used. Call it holding `file_turn(path)`. Returns the
    backup written (None: already kept)."""
    path = Path(path)
    existing = backup_paths(path)
    for p in reversed(existing):  # the newest first: a save repeated without changes makes no new backup
        if _read_small(p) == old:
            return None
    if ours is not None:
        for p in reversed(existing):
            content = _read_small(p)
            if content is not None and ours(content):
                atomic_write_bytes(p, old)
                return p
    for n in range(1, MAX_BACKUPS + 1):
        cand = numbered_backup_path(path, n)
        if not os.path.lexists(cand):
            atomic_write_bytes(cand, old)
            return cand
    raise StorageWriteError(texts.get("core.files.storage.backups.har_allerede_sikkerhedskopier_bak",
                                      short=_short(path), max_backups=MAX_BACKUPS), errno.EEXIST)


def _identity(path: Path | str) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return None
    return st.st_dev, st.st_ino


def input_clash(path: Path, inputs: Iterable[Path | str]) -> Path | None:
    """The input of this run that `path` is (by name, symlink or hard link), or None.

    An input that exists is compared by identity alone (one stat; `realpath` walks every part of the name and
    cost ~25 µs per input, three times per audit of 10,000 files): when `path` exists, the same resolved name
    means the same file, so comparing the two files' identity finds every clash the names would; when `path`
    does not exist, no existing file resolves to its name. An input that does not exist (a wording typed as an
    argument, a dangling name) is compared by its resolved name, as before."""
    path = Path(path)
    me = _identity(path)
    real: str | None = None
    for inp in inputs:
        if inp in ("-", None):
            continue
        ident = _identity(inp)  # (a str is stat-ed as it is: no Path made per input)
        if ident is not None:
            if ident == me:
                return Path(inp)
            continue
        if real is None:
            try:
                real = os.path.realpath(path)
            except (OSError, ValueError):
                real = str(path)
        try:
            if os.path.realpath(inp) == real:
                return Path(inp)
        except (OSError, ValueError):
            continue
    return None


def refuse_input(path: Path, inputs: Iterable[Path | str]) -> None:
    clash = input_clash(path, inputs)
    if clash is not None:
        raise StorageWriteError(
            texts.get("core.files.storage.backups.de_filer_laeses_denne", short=_short(path), short2=_short(clash)), errno.EEXIST)


def write_with_backup(path: Path, text: str, **kw) -> Path:
    """`write_bytes_with_backup` of `text` as UTF-8."""
    return write_bytes_with_backup(path, _clean(text).encode("utf-8"), **kw)


def write_bytes_with_backup(path: Path, data: bytes, *, inputs: Iterable[Path | str] = (), backup: bool = True,
                            ours: Callable[[bytes], bool] | None = None) -> Path:
    """Write `data` to `path` under the folder's lock, atomically, keeping the previous content (if any, and
    different) as a backup (`keep_backup`, never over a `.bak` that is not ours). Refused (Danish
    `StorageWriteError`, nothing written): a symlink, folder, device, FIFO or read-only file at `path`, or `path`
    being one of this run's `inputs`."""
    path = Path(path)
    inputs = list(inputs)
    _refuse_target(path)
    refuse_input(path, inputs)
    with file_turn(path):
        _refuse_target(path)
        old = _existing_for_backup(path)
        if old and backup and old != data:
            keep_backup(path, old, ours)
        atomic_write_bytes(path, data)
    return path
