"""File safety: atomic, owner-only writes that never follow a symlink or replace what is not a regular file;
safe reading of text files; stale temp files; Danish messages for operating-system errors."""

from __future__ import annotations

import codecs
import errno
import os
import re
import stat
import tempfile
import time
from pathlib import Path

from delmaal_assistant.core import texts
from delmaal_assistant.core.files.storage.base import (  # noqa: F401  (re-exported: the names lived here)
    _ERRNO_DA,
    _ERRNO_DA_READ,
    _SURROGATES,
    DIR_MODE,
    FILE_MODE,
    StorageError,
    StorageWriteError,
    _clean,
    _fsync_dir,
    _make_private_dirs,
    _short,
    _why,
)
from delmaal_assistant.core.files.storage.locking import file_turn

TEMP_SUFFIX = ".tmp"


#: Largest text file `read_text_file` reads (1 MB must work; this guards against /dev/zero and the like).
MAX_TEXT_BYTES = 20 * 1024 * 1024


def _write_error(path: Path, exc: OSError, what: str = "gemmes") -> StorageWriteError:
    return StorageWriteError(texts.get("core.files.storage.files.kunne_ikke", short=_short(path), what=what,
                                       why=_why(exc)), exc.errno)


def _encodable(path: Path) -> bool:
    """False for names no file system accepts: a NUL, or a lone surrogate the file-system encoding rejects."""
    try:
        return b"\x00" not in os.fsencode(path)
    except (UnicodeError, TypeError):
        return False


def _probe(path: Path) -> tuple[bool, bool, bool]:
    """(is_symlink, exists, is_dir) without raising: odd names (too long, NUL) count as absent."""
    try:
        return os.path.islink(path), os.path.exists(path), os.path.isdir(path)
    except (OSError, ValueError):
        return False, False, False


def _kind_da(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return texts.get("core.files.storage.files.fifo_navngivet_roer")
    if stat.S_ISSOCK(mode):
        return "en socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "en enhed (device)"
    return texts.get("core.files.storage.files.ikke_almindelig_fil")


def write_target_problem(path: Path) -> tuple[str, int] | None:
    """Why `path` is no place to write a file, as (Danish reason, errno), or None if it is.

    Only a missing name or an existing regular file may be written: a symlink (dangling ones included) is
    never followed, and folders, devices, FIFOs and sockets are refused. Never opens the path, so a FIFO
    cannot block; odd names (too long, NUL, unencodable) give a reason instead of an exception.
    """
    path = Path(path)
    if not _encodable(path):
        return texts.get("core.files.storage.files.navnet_ugyldigt"), errno.EINVAL
    if any(ord(c) < 32 or 127 <= ord(c) < 160 for c in path.name):
        return (texts.get("core.files.storage.files.navnet_indeholder_linjeskift_eller"),
                errno.EINVAL)
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        return None
    except OSError as exc:
        if exc.errno == errno.ENOTDIR:
            return _ERRNO_DA[errno.ENOTDIR], errno.ENOTDIR
        return _why(exc), exc.errno or errno.EINVAL
    except ValueError:
        return texts.get("core.files.storage.files.navnet_ugyldigt"), errno.EINVAL
    mode = st.st_mode
    if stat.S_ISLNK(mode):
        try:
            target = os.readlink(path)
        except OSError:
            target = "?"
        return (texts.get("core.files.storage.files.genvej_symlink_gemmes_ikke", short=_short(target, 80)), errno.ELOOP)
    if stat.S_ISDIR(mode):
        return _ERRNO_DA[errno.EISDIR], errno.EISDIR
    if not stat.S_ISREG(mode):
        return texts.get("core.files.storage.files.ikke_almindelig_fil_overskrives", kind_da=_kind_da(mode)), errno.EINVAL
    if not mode & stat.S_IWUSR:  # 0444: someone made it read-only on purpose (also when we run as root)
        return (texts.get("core.files.storage.files.filen_skrivebeskyttet_overskrives_ikke"), errno.EACCES)
    return None


def _refuse_target(path: Path) -> None:
    problem = write_target_problem(path)
    if problem is not None:
        raise StorageWriteError(texts.get("core.files.storage.files.kunne_ikke_gemmes", short=_short(path),
                                          problem=problem[0]), problem[1])


def _read_regular(path: Path, limit: int) -> bytes | None:
    """The bytes of the regular file at `path` (at most `limit` + 1 of them), or None if nothing is there.

    Never follows a symlink and never blocks on a FIFO (`O_NOFOLLOW | O_NONBLOCK`); anything but a regular
    file raises `StorageError`; other failures raise OSError.
    """
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    try:
        fd = os.open(path, flags | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        return None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise StorageError(texts.get("core.files.storage.files.genvej_symlink_bliver_ikke", short=_short(path))) from None
        raise
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            if stat.S_ISDIR(st.st_mode):
                raise StorageError(texts.get("core.files.storage.files.mappe_ikke_fil", short=_short(path)))
            raise StorageError(texts.get("core.files.storage.files.ikke_almindelig_fil_2", short=_short(path),
                                         kind_da=_kind_da(st.st_mode)))
        chunks: list[bytes] = []
        got = 0
        while got <= limit:
            chunk = os.read(fd, min(1 << 20, limit + 1 - got))
            if not chunk:
                break
            chunks.append(chunk)
            got += len(chunk)
        return b"".join(chunks)
    finally:
        os.close(fd)


#: Temp files are `.NAME.<pid>.<random>.tmp`: a leftover whose process is gone is certainly stale.
_TEMP_RE = re.compile(r"^\.(?P<name>.+)\.(?P<pid>\d+)\.[A-Za-z0-9_]{8}" + re.escape(TEMP_SUFFIX) + "$")


#: Any temp file older than this is stale, whoever wrote it (a reused process id).
STALE_TEMP_SECONDS = 3600


def _pid_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError, OverflowError):
        return True  # another user's process, or cannot tell: assume alive
    return True


def temp_is_stale(path: Path, now: float | None = None, max_age: float = STALE_TEMP_SECONDS) -> bool:
    """True for a temp file of an interrupted write: its writer process is gone, or it is older than
    `max_age`. A temp file of a write still in progress (in this or another live instance) is not stale."""
    m = _TEMP_RE.match(path.name)
    try:
        age = (time.time() if now is None else now) - os.lstat(path).st_mtime
    except OSError:
        return False
    if age >= max_age:
        return True
    return bool(m) and not _pid_alive(int(m.group("pid")))


#: The files this program writes in a user's folder; only their temp files are ever cleaned up there.
_OUR_NAMES = re.compile(r"(\.delmaal\.json|\.delmaal\.exports|\.md|\.txt|\.docx|\.fhir\.json|\.delmaal-)(\.bak)?$"
                        r"|^delmaal-$")


def remove_stale_temp_files(folder: Path) -> list[Path]:
    """Remove temp files an interrupted save of ours left in `folder` (the user's save folder): only names
    of files we write (`.X.delmaal.json.<pid>.<rnd>.tmp`, .md, .txt, .bak), only when stale. Returns them."""
    removed: list[Path] = []
    try:
        names = os.listdir(folder)
    except (OSError, ValueError):
        return removed
    for name in names:
        m = _TEMP_RE.match(name)
        if not m or not _OUR_NAMES.search(m.group("name")):
            continue
        p = Path(folder) / name
        try:
            if stat.S_ISREG(os.lstat(p).st_mode) and temp_is_stale(p):
                os.unlink(p)
                removed.append(p)
        except OSError:
            continue
    return removed


def ensure_private_dir(path: Path) -> Path:
    """Create `path` (and missing parents) owner-only; tighten an existing folder we own to 0700.

    Meant for the program's own folders (data folder, drafts). Raises `StorageWriteError`.
    """
    path = Path(path)
    try:
        _make_private_dirs(path)
    except OSError as exc:
        _link, exists, isdir = _probe(path)
        if exists and not isdir:
            raise StorageWriteError(texts.get("core.files.storage.files.kunne_ikke_oprettes_mappe", short=_short(path)),
                                    errno.EEXIST) from None
        raise _write_error(path, exc, "oprettes") from None
    try:
        if path.stat().st_uid == os.getuid():
            os.chmod(path, DIR_MODE)
    except (OSError, AttributeError):
        pass
    return path


def _replace(src: str, dst: Path) -> None:
    """`os.replace`; on Windows, retry briefly while a virus scanner or indexer holds the target open."""
    tries = 10 if os.name == "nt" else 1
    for i in range(tries):
        try:
            os.replace(src, dst)
            return
        except PermissionError:
            if i == tries - 1:
                raise
            time.sleep(0.05 * (i + 1))


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write `data` to `path` so that a crash leaves either the old or the new file, never a mix.

    Temp file `.NAME.<pid>.XXXXXXXX.tmp` in the same folder (mode 0600 from the start), write, flush + fsync,
    `os.replace`, then fsync of the folder. Only a new name or an existing regular file is written: a symlink
    at `path` (also a dangling one) is refused, never followed, and so are folders, devices, FIFOs and sockets.
    Missing folders are created owner-only; a read-only file (no owner write bit) is refused. The write holds
    the folder's write lock (`locking.file_turn`). Failures raise `StorageWriteError` (Danish; also an OSError).
    """
    path = Path(path)
    _refuse_target(path)
    with file_turn(path):
        _atomic_write_locked(path, data)


def _atomic_write_locked(path: Path, data: bytes) -> None:
    folder = path.parent
    try:
        _make_private_dirs(folder)
    except OSError as exc:
        if exc.errno in (errno.EEXIST, errno.ENOTDIR):
            raise StorageWriteError(texts.get("core.files.storage.files.kunne_ikke_gemmes_2", short=_short(path),
                                              errno_da=_ERRNO_DA[errno.ENOTDIR]),
                                    errno.ENOTDIR) from None
        raise _write_error(path, exc) from None
    # The temp name is ".NAME.<pid>.XXXXXXXX.tmp"; for a name near the 255-byte limit use a shorter prefix.
    pid = os.getpid()
    long_name = len(path.name.encode("utf-8", "surrogatepass")) > 200
    prefix = f".delmaal-.{pid}." if long_name else f".{path.name}.{pid}."
    try:
        fd, tmp = tempfile.mkstemp(prefix=prefix, suffix=TEMP_SUFFIX, dir=folder)
    except OSError as exc:
        raise _write_error(path, exc) from None
    except ValueError:  # a name the file system cannot encode (e.g. a lone surrogate)
        raise StorageWriteError(texts.get("core.files.storage.files.kunne_ikke_gemmes_navnet", short=_short(path)), errno.EINVAL) from None
    try:
        try:
            if hasattr(os, "fchmod"):  # POSIX; mkstemp already uses 0600, be explicit (no fchmod on Windows)
                os.fchmod(fd, FILE_MODE)
            view = memoryview(data)
            while view:
                n = os.write(fd, view)
                view = view[n:]
            os.fsync(fd)
        finally:
            os.close(fd)
        _refuse_target(path)  # checked again right before the rename: a link made meanwhile is not replaced
        _replace(tmp, path)
    except BaseException as exc:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        if isinstance(exc, OSError) and not isinstance(exc, StorageError):
            raise _write_error(path, exc) from None
        raise
    _fsync_dir(folder)


def atomic_write_text(path: Path, text: str) -> None:
    """`atomic_write_bytes` of `text` as UTF-8 (lone surrogates become U+FFFD instead of failing)."""
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError:
        data = _clean(text).encode("utf-8")
    atomic_write_bytes(path, data)


def _read_bytes(path: Path, limit: int | None = None) -> bytes:
    with open(path, "rb") as fh:
        return fh.read() if limit is None else fh.read(limit + 1)


def _looks_utf16(sample: bytes) -> bool:
    """True for text saved as UTF-16 without a byte-order mark: in Latin-script text every other byte is 0."""
    n = len(sample) // 2 * 2
    if n < 8:
        return False
    even, odd = sample[0:n:2], sample[1:n:2]
    ez, oz = even.count(0) / len(even), odd.count(0) / len(odd)
    return (oz > 0.6 and ez < 0.05) or (ez > 0.6 and oz < 0.05)


def read_text_file(path: Path, what: str = texts.get("core.files.storage.files.filen"), *, regular_only: bool = False) -> str:
    """Read a UTF-8 text file, turning every failure into a Danish StorageError.

    A UTF-8 byte-order mark is dropped. Binary files, UTF-16 files and files over `MAX_TEXT_BYTES`
    are refused with a message that says what to do. With `regular_only`, anything but a regular file
    (FIFO, device, socket) is refused before it is read, and the read can never block.
    """
    path = Path(path)
    try:
        st = os.stat(path)
    except (FileNotFoundError, NotADirectoryError):
        if os.path.islink(path):
            raise StorageError(texts.get("core.files.storage.files.peger_fil_ikke_findes", what=what,
                                         short=_short(path))) from None
        raise StorageError(texts.get("core.files.storage.files.findes_ikke", what=what, short=_short(path))) from None
    except PermissionError:
        raise StorageError(texts.get("core.files.storage.files.du_har_ikke_adgang", short=_short(path))) from None
    except (OSError, ValueError) as exc:  # e.g. a name over 255 bytes, or a NUL character in it
        why = _why(exc, reading=True) if isinstance(exc, OSError) else texts.get("core.files.storage.files.navnet_ugyldigt")
        raise StorageError(texts.get("core.files.storage.files.kunne_ikke_laeses", what=what, short=_short(path),
                                     why=why)) from None
    if stat.S_ISDIR(st.st_mode):
        raise StorageError(texts.get("core.files.storage.files.mappe_ikke_fil", short=_short(path)))
    if regular_only and not stat.S_ISREG(st.st_mode):
        raise StorageError(texts.get("core.files.storage.files.ikke_almindelig_fil_kan", short=_short(path),
                                     kind_da=_kind_da(st.st_mode)))
    try:
        if regular_only:  # the path is followed here (a link to a saved delmål is fine), never blocks
            data = _read_regular(Path(os.path.realpath(path)), MAX_TEXT_BYTES) or b""
        else:
            data = _read_bytes(path, MAX_TEXT_BYTES)
    except PermissionError:
        raise StorageError(texts.get("core.files.storage.files.du_har_ikke_adgang", short=_short(path))) from None
    except OSError as exc:
        raise StorageError(texts.get("core.files.storage.files.kunne_ikke_laeses_2", short=_short(path),
                                     why=_why(exc, reading=True))) from None
    if len(data) > MAX_TEXT_BYTES:
        raise StorageError(
            texts.get("core.files.storage.files.for_stor_blive_laest", short=_short(path),
                      value=MAX_TEXT_BYTES // (1024 * 1024))
        )
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise StorageError(
            texts.get("core.files.storage.files.gemt_utf_16_unicode", short=_short(path))
        )
    if b"\x00" in data[:8192]:
        if _looks_utf16(data[:8192]):
            raise StorageError(
                texts.get("core.files.storage.files.gemt_utf_16_unicode_2", short=_short(path))
            )
        raise StorageError(texts.get("core.files.storage.files.ser_ud_vaere_binaer", short=_short(path)))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise StorageError(
            texts.get("core.files.storage.files.ikke_gemt_utf_8", short=_short(path), line=line)
        ) from None
    return text
