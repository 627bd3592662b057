"""The ground the storage modules stand on: modes, the Danish storage errors, messages for operating-system errors,
and creating owner-only folders. No other module of ours is imported here (`locking` and `files` build on it)."""

from __future__ import annotations

import errno
import os
import re
from pathlib import Path

from delmaal_assistant.core import texts

FILE_MODE = 0o600


DIR_MODE = 0o700


class StorageError(Exception):
    """A file could not be read or written. The message is Danish and meant for the user."""


class StorageWriteError(StorageError, OSError):
    """Writing failed. Both a `StorageError` (Danish message) and an `OSError` (for older callers)."""

    def __init__(self, message: str, errno_: int | None = None) -> None:
        OSError.__init__(self, message)
        self.message = message
        if errno_ is not None:
            self.errno = errno_

    def __str__(self) -> str:
        return self.message


_ERRNO_DA: dict[int, str] = {
    errno.ENOSPC: texts.get("core.files.storage.base.ikke_mere_plads_disken"),
    errno.EDQUOT: texts.get("core.files.storage.base.din_diskkvote_brugt_op"),
    errno.EACCES: texts.get("core.files.storage.base.du_har_ikke_adgang"),
    errno.EPERM: texts.get("core.files.storage.base.handlingen_ikke_tilladt"),
    errno.EROFS: texts.get("core.files.storage.base.disken_skrivebeskyttet"),
    errno.ENOENT: texts.get("core.files.storage.base.mappen_findes_ikke"),
    errno.ENOTDIR: texts.get("core.files.storage.base.del_stien_fil_ikke"),
    errno.EISDIR: texts.get("core.files.storage.base.ligger_mappe_navn"),
    errno.EEXIST: texts.get("core.files.storage.base.ligger_allerede_fil_navn"),
    errno.ENAMETOOLONG: texts.get("core.files.storage.base.navnet_for_langt"),
    errno.EIO: texts.get("core.files.storage.base.opstod_fejl_disken"),
    errno.EMFILE: texts.get("core.files.storage.base.aabnet_for_mange_filer"),
    errno.ELOOP: texts.get("core.files.storage.base.stien_loekke_genveje_symlinks"),
    errno.EFBIG: texts.get("core.files.storage.base.filen_for_stor"),
    errno.EBUSY: texts.get("core.files.storage.base.filen_brug_andet_program"),
}


_ERRNO_DA_READ: dict[int, str] = {
    errno.EACCES: texts.get("core.files.storage.base.du_har_ikke_adgang_2"),
    errno.EPERM: texts.get("core.files.storage.base.du_har_ikke_adgang_2"),
    errno.ENOENT: texts.get("core.files.storage.base.findes_ikke"),
    errno.EISDIR: texts.get("core.files.storage.base.mappe_ikke_fil"),
}


def _why(exc: OSError, reading: bool = False) -> str:
    if reading and exc.errno in _ERRNO_DA_READ:
        return _ERRNO_DA_READ[exc.errno]
    if exc.errno in _ERRNO_DA:
        return _ERRNO_DA[exc.errno]
    return exc.strerror or str(exc) or type(exc).__name__


_SURROGATES = re.compile("[\ud800-\udfff]")


def _clean(text: str) -> str:
    """Replace lone surrogates (e.g. from undecodable command-line bytes) so the text can be UTF-8."""
    return _SURROGATES.sub("\ufffd", text)


def _short(path: Path | str, limit: int = 120) -> str:
    """A path for a message: long ones are shortened (a wording mistaken for a path can be 1 MB)."""
    s = _clean(str(path))
    return s if len(s) <= limit else s[: limit - 1] + "…"


def _make_private_dirs(folder: Path) -> None:
    """Create `folder` and any missing parents owner-only (0700, whatever the umask). Existing folders
    are left as they are: the user's own Documents folder is none of our business."""
    folder = Path(folder)
    missing: list[Path] = []
    p = folder
    while not p.exists() and not p.is_symlink():
        missing.append(p)
        if p.parent == p:
            break
        p = p.parent
    for d in reversed(missing):
        try:
            d.mkdir(mode=DIR_MODE)
        except FileExistsError:
            pass
        try:
            os.chmod(d, DIR_MODE)
        except OSError:
            pass
        _fsync_dir(d.parent)  # the new folder's entry must survive a crash too
    if not folder.is_dir():
        raise NotADirectoryError(errno.ENOTDIR, "not a directory", str(folder))


def _fsync_dir(folder: Path) -> None:
    try:
        dfd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(dfd)
    except OSError:
        pass
    finally:
        os.close(dfd)
