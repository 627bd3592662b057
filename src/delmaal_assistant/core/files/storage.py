"""Reading and writing delmål files and drafts: atomic, owner-only, validated with Danish errors."""

from __future__ import annotations

import codecs
import errno
import json
import os
import re
import stat
import tempfile
import time
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError
from pydantic_core import PydanticSerializationError

from delmaal_assistant.core.model import SCHEMA_VERSION, Delmaal
from delmaal_assistant.core.model.period import Evaluation, Observation
from delmaal_assistant.core.model.migrations import MigrationError, migrate

DELMAAL_SUFFIX = ".delmaal.json"
FILE_MODE = 0o600
DIR_MODE = 0o700
TEMP_SUFFIX = ".tmp"
#: Largest text file `read_text_file` reads (1 MB must work; this guards against /dev/zero and the like).
MAX_TEXT_BYTES = 20 * 1024 * 1024


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
    errno.ENOSPC: "der er ikke mere plads på disken",
    errno.EDQUOT: "din diskkvote er brugt op",
    errno.EACCES: "du har ikke adgang til at skrive der",
    errno.EPERM: "handlingen er ikke tilladt",
    errno.EROFS: "disken er skrivebeskyttet",
    errno.ENOENT: "mappen findes ikke",
    errno.ENOTDIR: "en del af stien er en fil, ikke en mappe",
    errno.EISDIR: "der ligger en mappe med det navn",
    errno.EEXIST: "der ligger allerede en fil med det navn",
    errno.ENAMETOOLONG: "navnet er for langt",
    errno.EIO: "der opstod en fejl på disken",
    errno.EMFILE: "der er åbnet for mange filer",
    errno.ELOOP: "stien er en løkke af genveje (symlinks)",
    errno.EFBIG: "filen er for stor",
    errno.EBUSY: "filen er i brug af et andet program",
}


_ERRNO_DA_READ: dict[int, str] = {
    errno.EACCES: "du har ikke adgang til at læse den",
    errno.EPERM: "du har ikke adgang til at læse den",
    errno.ENOENT: "den findes ikke",
    errno.EISDIR: "det er en mappe, ikke en fil",
}


def _why(exc: OSError, reading: bool = False) -> str:
    if reading and exc.errno in _ERRNO_DA_READ:
        return _ERRNO_DA_READ[exc.errno]
    if exc.errno in _ERRNO_DA:
        return _ERRNO_DA[exc.errno]
    return exc.strerror or str(exc) or type(exc).__name__


def _short(path: Path | str, limit: int = 120) -> str:
    """A path for a message: long ones are shortened (a wording mistaken for a path can be 1 MB)."""
    s = _clean(str(path))
    return s if len(s) <= limit else s[: limit - 1] + "…"


def _write_error(path: Path, exc: OSError, what: str = "gemmes") -> StorageWriteError:
    return StorageWriteError(f"'{_short(path)}' kunne ikke {what}: {_why(exc)}.", exc.errno)


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
        return "en FIFO (navngivet rør)"
    if stat.S_ISSOCK(mode):
        return "en socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "en enhed (device)"
    return "ikke en almindelig fil"


def write_target_problem(path: Path) -> tuple[str, int] | None:
    """Why `path` is no place to write a file, as (Danish reason, errno), or None if it is.

    Only a missing name or an existing regular file may be written: a symlink (dangling ones included) is
    never followed, and folders, devices, FIFOs and sockets are refused. Never opens the path, so a FIFO
    cannot block; odd names (too long, NUL, unencodable) give a reason instead of an exception.
    """
    path = Path(path)
    if not _encodable(path):
        return "navnet er ugyldigt", errno.EINVAL
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        return None
    except OSError as exc:
        if exc.errno == errno.ENOTDIR:
            return _ERRNO_DA[errno.ENOTDIR], errno.ENOTDIR
        return _why(exc), exc.errno or errno.EINVAL
    except ValueError:
        return "navnet er ugyldigt", errno.EINVAL
    mode = st.st_mode
    if stat.S_ISLNK(mode):
        try:
            target = os.readlink(path)
        except OSError:
            target = "?"
        return (f"det er en genvej (symlink) til '{_short(target, 80)}', og der gemmes ikke gennem genveje. "
                "Vælg den rigtige mappe eller et andet navn", errno.ELOOP)
    if stat.S_ISDIR(mode):
        return _ERRNO_DA[errno.EISDIR], errno.EISDIR
    if not stat.S_ISREG(mode):
        return f"det er {_kind_da(mode)}, ikke en almindelig fil, og den overskrives ikke", errno.EINVAL
    return None


def _refuse_target(path: Path) -> None:
    problem = write_target_problem(path)
    if problem is not None:
        raise StorageWriteError(f"'{_short(path)}' kunne ikke gemmes: {problem[0]}.", problem[1])


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
            raise StorageError(f"'{_short(path)}' er en genvej (symlink) og bliver ikke fulgt.") from None
        raise
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            if stat.S_ISDIR(st.st_mode):
                raise StorageError(f"'{_short(path)}' er en mappe, ikke en fil.")
            raise StorageError(f"'{_short(path)}' er {_kind_da(st.st_mode)}, ikke en almindelig fil.")
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


_SURROGATES = re.compile("[\ud800-\udfff]")


def _clean(text: str) -> str:
    """Replace lone surrogates (e.g. from undecodable command-line bytes) so the text can be UTF-8."""
    return _SURROGATES.sub("\ufffd", text)


def model_to_json(model: BaseModel) -> str:
    """Pretty JSON of a model. Never fails on lone surrogates in text: they become U+FFFD."""
    try:
        return model.model_dump_json(indent=2) + "\n"
    except PydanticSerializationError:
        return _clean(json.dumps(model.model_dump(mode="json"), ensure_ascii=False, indent=2)) + "\n"


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
            raise StorageWriteError(f"'{_short(path)}' kunne ikke oprettes som mappe: der ligger en fil med det navn.",
                                    errno.EEXIST) from None
        raise _write_error(path, exc, "oprettes") from None
    try:
        if path.stat().st_uid == os.getuid():
            os.chmod(path, DIR_MODE)
    except (OSError, AttributeError):
        pass
    return path


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
    Missing folders are created owner-only. Failures raise `StorageWriteError` (Danish; also an OSError).
    """
    path = Path(path)
    _refuse_target(path)
    folder = path.parent
    try:
        _make_private_dirs(folder)
    except OSError as exc:
        if exc.errno in (errno.EEXIST, errno.ENOTDIR):
            raise StorageWriteError(f"'{_short(path)}' kunne ikke gemmes: {_ERRNO_DA[errno.ENOTDIR]}.",
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
        raise StorageWriteError(f"'{_short(path)}' kunne ikke gemmes: navnet er ugyldigt.", errno.EINVAL) from None
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


def _field_path(loc: tuple[Any, ...]) -> str:
    parts: list[str] = []
    for p in loc:
        if isinstance(p, int):
            parts.append(f"[{p}]")
        else:
            parts.append(("." if parts else "") + str(p))
    return "".join(parts) or "(hele filen)"


_PYDANTIC_DA = {
    "missing": "feltet mangler",
    "extra_forbidden": "feltet kendes ikke",
    "string_type": "skal være tekst",
    "int_type": "skal være et helt tal",
    "int_parsing": "skal være et helt tal",
    "bool_type": "skal være sand eller falsk",
    "bool_parsing": "skal være sand eller falsk",
    "date_from_datetime_parsing": "skal være en dato (ÅÅÅÅ-MM-DD)",
    "date_parsing": "skal være en dato (ÅÅÅÅ-MM-DD)",
    "date_type": "skal være en dato (ÅÅÅÅ-MM-DD)",
    "datetime_parsing": "skal være et tidspunkt (ÅÅÅÅ-MM-DDTTT:MM)",
    "datetime_from_date_parsing": "skal være et tidspunkt (ÅÅÅÅ-MM-DDTTT:MM)",
    "greater_than_equal": "er for lille",
    "less_than_equal": "er for stort",
    "list_type": "skal være en liste",
    "model_type": "skal være et objekt",
    "dict_type": "skal være et objekt",
    "literal_error": "har en værdi, der ikke er tilladt",
    "string_too_short": "må ikke være tom",
}


def describe_validation_error(exc: ValidationError) -> str:
    """Danish, one line per problem: which field, what is wrong."""
    lines = []
    for err in exc.errors():
        where = _field_path(tuple(err.get("loc", ())))
        kind = err.get("type", "")
        if kind in ("value_error", "assertion_error"):
            msg = str(err.get("ctx", {}).get("error", err.get("msg", "")))
        else:
            msg = _PYDANTIC_DA.get(kind, err.get("msg", "ugyldig værdi"))
        lines.append(f"  • {where}: {msg}")
    return "\n".join(lines)


def _read_bytes(path: Path, limit: int | None = None) -> bytes:
    with open(path, "rb") as fh:
        return fh.read() if limit is None else fh.read(limit + 1)


def read_text_file(path: Path, what: str = "filen", *, regular_only: bool = False) -> str:
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
            raise StorageError(f"{what} '{_short(path)}' peger på en fil, der ikke findes.") from None
        raise StorageError(f"{what} '{_short(path)}' findes ikke.") from None
    except PermissionError:
        raise StorageError(f"Du har ikke adgang til at læse '{_short(path)}'.") from None
    except (OSError, ValueError) as exc:  # e.g. a name over 255 bytes, or a NUL character in it
        why = _why(exc, reading=True) if isinstance(exc, OSError) else "navnet er ugyldigt"
        raise StorageError(f"{what} '{_short(path)}' kunne ikke læses: {why}.") from None
    if stat.S_ISDIR(st.st_mode):
        raise StorageError(f"'{_short(path)}' er en mappe, ikke en fil.")
    if regular_only and not stat.S_ISREG(st.st_mode):
        raise StorageError(f"'{_short(path)}' er {_kind_da(st.st_mode)}, ikke en almindelig fil, og kan ikke åbnes.")
    try:
        if regular_only:  # the path is followed here (a link to a saved delmål is fine), never blocks
            data = _read_regular(Path(os.path.realpath(path)), MAX_TEXT_BYTES) or b""
        else:
            data = _read_bytes(path, MAX_TEXT_BYTES)
    except PermissionError:
        raise StorageError(f"Du har ikke adgang til at læse '{_short(path)}'.") from None
    except OSError as exc:
        raise StorageError(f"'{_short(path)}' kunne ikke læses: {_why(exc, reading=True)}.") from None
    if len(data) > MAX_TEXT_BYTES:
        raise StorageError(
            f"'{_short(path)}' er for stor til at blive læst (over {MAX_TEXT_BYTES // (1024 * 1024)} MB)."
        )
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise StorageError(
            f"'{_short(path)}' er gemt som UTF-16 (\"Unicode-tekst\"). Gem den som UTF-8 "
            f"(i Excel: \"CSV UTF-8\") og prøv igen."
        )
    if b"\x00" in data[:8192]:
        raise StorageError(f"'{_short(path)}' ser ud til at være en binær fil, ikke tekst.")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise StorageError(
            f"'{_short(path)}' er ikke gemt som UTF-8-tekst og kan ikke læses (første ugyldige tegn er på linje "
            f"{line}). Gem filen som UTF-8 (i Excel: \"CSV UTF-8\") og prøv igen."
        ) from None
    return text


def parse_json_text(text: str, source: str = "filen") -> Any:
    """`json.loads` with Danish errors, also for input that makes the json module itself give up."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise StorageError(
            f"{source} er ikke gyldig JSON (linje {exc.lineno}, kolonne {exc.colno}): filen er måske beskadiget."
        ) from None
    except (ValueError, RecursionError, MemoryError):  # e.g. 10 000 nested lists, a 5 000-digit number
        raise StorageError(f"{source} er ikke gyldig JSON, som programmet kan læse: filen er måske beskadiget.") \
            from None


def delmaal_from_data(data: Any, source: str = "filen") -> Delmaal:
    """Validate parsed JSON as a delmål (migrating older schema versions). Raises StorageError only."""
    if not isinstance(data, dict):
        raise StorageError(f"{source} indeholder ikke et delmål (forventede et JSON-objekt).")
    if "schema_version" not in data:
        if "draft_schema_version" in data:
            raise StorageError(
                f"{source} er en kladde fra assistenten, ikke et gemt delmål. Åbn den i assistenten og gem "
                "delmålet derfra."
            )
        raise StorageError(
            f"{source} er ikke en delmålsfil fra delmaal-assistant (feltet 'schema_version' mangler)."
        )
    version = data.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise StorageError(f"{source} har en ugyldig skemaversion: {version!r}.")
    if version > SCHEMA_VERSION:
        raise StorageError(
            f"{source} er lavet med en nyere version af programmet (skemaversion {version}); "
            f"denne version forstår op til {SCHEMA_VERSION}. Opdatér programmet."
        )
    try:
        data = migrate(data)
    except MigrationError as exc:
        raise StorageError(f"{source} kan ikke læses: {exc}.") from None
    try:
        return Delmaal.model_validate(data)
    except ValidationError as exc:
        raise StorageError(f"{source} er ikke et gyldigt delmål:\n{describe_validation_error(exc)}") from None
    except (ValueError, TypeError, RecursionError) as exc:  # defensive: never a traceback for bad files
        raise StorageError(f"{source} er ikke et gyldigt delmål ({exc}).") from None


def _lone_surrogate_field(data: Any) -> str | None:
    """The field path of the first text (or key) in parsed JSON holding a lone surrogate (an escaped
    "\\ud800" the json module lets through), or None. Iterative: deep data cannot overflow the stack."""
    stack: list[tuple[Any, tuple[Any, ...]]] = [(data, ())]
    while stack:
        value, loc = stack.pop()
        if isinstance(value, str):
            if _SURROGATES.search(value):
                return _field_path(loc)
        elif isinstance(value, dict):
            for k, v in value.items():
                if isinstance(k, str) and _SURROGATES.search(k):
                    return _field_path(loc)
                stack.append((v, loc + (k,)))
        elif isinstance(value, list):
            stack.extend((v, loc + (i,)) for i, v in enumerate(value))
    return None


def delmaal_from_json_text(text: str, source: str = "filen") -> Delmaal:
    """A delmål from the text of a .delmaal.json file. Every problem, also input the json module gives up
    on (100 000 levels of nesting, a 5 000-digit number, an escaped lone surrogate), is a Danish
    `StorageError` saying the file is not a valid delmål."""
    if not text.strip():
        raise StorageError(f"{source} er tom: der er intet delmål i den.")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise StorageError(
            f"{source} er ikke et gyldigt delmål: det er ikke gyldig JSON (linje {exc.lineno}, kolonne "
            f"{exc.colno}). Filen er måske beskadiget."
        ) from None
    except RecursionError:
        raise StorageError(f"{source} er ikke et gyldigt delmål: JSON'en er indlejret for dybt.") from None
    except (ValueError, MemoryError):  # e.g. a 5 000-digit number
        raise StorageError(
            f"{source} er ikke et gyldigt delmål: den indeholder et tal med for mange cifre eller en anden "
            "værdi, der ikke kan læses."
        ) from None
    where = _lone_surrogate_field(data)
    if where is not None:
        raise StorageError(
            f"{source} er ikke et gyldigt delmål: feltet {where} indeholder et ugyldigt tegn (en enlig "
            "surrogat, fx \\ud800). Filen er måske beskadiget."
        )
    return delmaal_from_data(data, source)


def load_delmaal(path: Path) -> Delmaal:
    """Read a saved delmål. Only a regular file is read (a FIFO or device is refused at once, never
    blocks), at most `MAX_TEXT_BYTES`; every problem is a Danish `StorageError`."""
    path = Path(path)
    text = read_text_file(path, "Delmålsfilen", regular_only=True)
    return delmaal_from_json_text(text, f"'{_short(path)}'")


def delmaal_to_json(d: Delmaal) -> str:
    return model_to_json(d)


def _looks_like_delmaal(data: bytes) -> bool:
    """True if `data` is a JSON object with an integer schema_version (of any version)."""
    try:
        obj = json.loads(data.decode("utf-8-sig"))
    except (ValueError, RecursionError):
        return False
    v = obj.get("schema_version") if isinstance(obj, dict) else None
    return isinstance(v, int) and not isinstance(v, bool)


def _unique_sibling(path: Path, tag: str) -> Path:
    stamp = time.strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.{tag}-{stamp}")
    n = 1
    while target.exists() or target.is_symlink():
        n += 1
        target = path.with_name(f"{path.name}.{tag}-{stamp}-{n}")
    return target


def backup_path(path: Path) -> Path:
    return Path(path).with_name(Path(path).name + ".bak")


def _existing_for_backup(path: Path) -> bytes | None:
    """The current content of `path` (None if there is none), read safely so it can be backed up."""
    try:
        old = _read_regular(path, MAX_TEXT_BYTES)
    except StorageError as exc:
        raise StorageError(f"{exc} Intet er overskrevet; gem under et andet navn.") from None
    except OSError as exc:
        raise StorageError(
            f"Den eksisterende fil '{_short(path)}' kunne ikke læses ({_why(exc, reading=True)}), så der kunne ikke "
            "tages en sikkerhedskopi af den. Intet er overskrevet; gem under et andet navn."
        ) from None
    if old is not None and len(old) > MAX_TEXT_BYTES:
        raise StorageError(
            f"Den eksisterende fil '{_short(path)}' er over {MAX_TEXT_BYTES // (1024 * 1024)} MB, så der tages ikke "
            "en sikkerhedskopi af den. Intet er overskrevet; gem under et andet navn."
        )
    return old


def save_delmaal(path: Path, d: Delmaal, *, backup: bool = True, notes: list[str] | None = None) -> Path:
    """Write the delmål atomically (0600; missing folders 0700). Returns the path written.

    Only a new name or an existing regular file is written: a symlink is never followed, and a folder,
    device, FIFO or socket is refused (Danish `StorageWriteError`).
    With `backup`, an existing file is first copied byte for byte, atomically, to `NAME.delmaal.json.bak`
    (replacing the previous backup). If the existing file is *not* a delmål (damaged, or something else),
    it is copied to `NAME.delmaal.json.corrupt-<time>` instead, so a good `.bak` is not overwritten with
    garbage; a Danish note about it is appended to `notes`. If the existing file cannot be read, nothing is
    written (StorageError): we never replace what we could not back up. Stale temp files of an interrupted
    earlier save in the folder are removed.
    """
    path = Path(path)
    problem = write_target_problem(path)
    if problem is not None:
        if problem[1] == errno.EISDIR:
            raise StorageWriteError(f"'{_short(path)}' er en mappe. Vælg et filnavn.", errno.EISDIR)
        raise StorageWriteError(f"'{_short(path)}' kunne ikke gemmes: {problem[0]}.", problem[1])
    data = delmaal_to_json(d).encode("utf-8")
    if backup:
        old = _existing_for_backup(path)
        kept = keep_observations_on_disk(old, d)  # observations are append-only: never dropped by a save
        if kept is not d:
            data = delmaal_to_json(kept).encode("utf-8")
        if old and old != data:
            if _looks_like_delmaal(old):
                atomic_write_bytes(backup_path(path), old)
            else:
                aside = _unique_sibling(path, "corrupt")
                atomic_write_bytes(aside, old)
                if notes is not None:
                    notes.append(
                        f"Den fil, der lå på '{path.name}', var ikke et gyldigt delmål. Den er gemt som "
                        f"'{aside.name}' og ikke slettet."
                    )
    atomic_write_bytes(path, data)
    remove_stale_temp_files(path.parent)
    return path


def write_with_backup(path: Path, text: str) -> Path:
    """`write_bytes_with_backup` of `text` as UTF-8."""
    return write_bytes_with_backup(path, _clean(text).encode("utf-8"))


def write_bytes_with_backup(path: Path, data: bytes) -> Path:
    """`atomic_write_bytes`, keeping the previous content (if any, and different) as `NAME.bak`, as saves do.
    Used for exports. Same refusals as `atomic_write_bytes`."""
    path = Path(path)
    _refuse_target(path)
    old = _existing_for_backup(path)
    if old and old != data:
        atomic_write_bytes(backup_path(path), old)
    atomic_write_bytes(path, data)
    return path


def delmaal_filename(name: str) -> str:
    """The file name a delmål is saved under when the user types `name` (".delmaal.json" added)."""
    return name if name.endswith(DELMAAL_SUFFIX) else name.removesuffix(".json") + DELMAAL_SUFFIX


def safe_filename(title: str, fallback: str = "delmaal") -> str:
    """A portable file name stem from a title (Danish letters kept)."""
    keep = []
    for ch in title.strip():
        if ch.isalnum() or ch in "-_ ":
            keep.append(ch)
    stem = "".join(keep).strip().replace(" ", "-")[:60].strip("-")
    return stem or fallback


def keep_observations_on_disk(old: bytes | None, d: Delmaal) -> Delmaal:
    """`d` with every observation that the file on disk (`old`, the same delmål) has and `d` lacks, in date
    order, and the evaluation on disk when `d` has none: neither is dropped by saving an older copy (the assistant
    had the file open while `delmaal log` added an observation). Anything unreadable in `old` is ignored."""
    if not old:
        return d
    try:
        data = json.loads(old.decode("utf-8-sig"))
    except (ValueError, RecursionError):
        return d
    if not isinstance(data, dict) or data.get("id") != d.id or not isinstance(data.get("observations"), list):
        return d
    have = {o.id for o in d.observations}
    out = d
    if d.evaluation is None and isinstance(data.get("evaluation"), dict):  # an evaluation is never undone either
        try:
            ev = Evaluation.model_validate(data["evaluation"])
        except ValueError:
            ev = None
        if ev is not None:
            out = d.model_copy(deep=True)
            out.evaluation = ev
    extra = []
    for raw in data["observations"]:
        if isinstance(raw, dict) and raw.get("id") not in have:
            try:
                extra.append(Observation.model_validate(raw))
            except ValueError:
                continue
    if not extra:
        return out
    out = out.model_copy(deep=True) if out is d else out
    out.observations = sorted([*d.observations, *extra], key=lambda o: (o.observed_on, o.recorded_at))
    return out
