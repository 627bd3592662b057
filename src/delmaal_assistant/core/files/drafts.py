"""Drafts: the delmål being written plus the interview state, autosaved so no work is lost.

A draft is one JSON file `<id>.draft.json` in the drafts folder. Corrupt drafts are moved aside
(`*.corrupt-<timestamp>`), never deleted, and reported in `DraftStore.problems`.
"""

from __future__ import annotations

import errno
import glob
import json
import os
import time
import uuid
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Literal

import platformdirs
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from delmaal_assistant.core import texts
from delmaal_assistant.core.model.migrations import MigrationError, migrate
from delmaal_assistant.core.model import SCHEMA_VERSION, Delmaal
from delmaal_assistant.core.model.period import AwareDatetime
from delmaal_assistant.core.files.storage import (
    TEMP_SUFFIX,
    StorageError,
    StorageWriteError,
    _short,
    _unique_sibling,
    _why,
    atomic_write_bytes,
    atomic_write_text,
    describe_validation_error,
    ensure_private_dir,
    model_to_json,
    temp_is_stale,
)
from delmaal_assistant.core.dates import file_stamp

APP_NAME = "delmaal-assistant"
DRAFT_SUFFIX = ".draft.json"
DRAFT_SCHEMA_VERSION = 1


def default_data_dir() -> Path:
    """The user's data folder (overridable with $DELMAAL_DATA_DIR or --data-dir)."""
    env = os.environ.get("DELMAAL_DATA_DIR")
    return Path(env) if env else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _aware(dt: datetime) -> datetime:
    """Naive times (a hand-edited or foreign draft) are taken as UTC, so they can be compared."""
    return dt if dt.tzinfo is not None else dt.replace(tzinfo=timezone.utc)


class ConversationEntry(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)

    role: Literal["assistant", "user", "system"]
    text: str
    step: str | None = None  # interview step id the entry belongs to
    at: AwareDatetime = Field(default_factory=_now)


class Draft(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True, defer_build=True)

    draft_schema_version: Literal[1] = DRAFT_SCHEMA_VERSION
    id: str = Field(default_factory=lambda: uuid.uuid4().hex)
    delmaal: Delmaal = Field(default_factory=Delmaal)
    step: str | None = None  # the interview step the user is on
    meeting_mode: bool = False
    conversation: list[ConversationEntry] = Field(default_factory=list)
    #: meeting mode: the resident's own words for each field (model path), verbatim, beside the staff wording
    own_words: dict[str, str] = Field(default_factory=dict)
    #: meeting mode: the staff's steps (`staff_only`) passed without being put to the resident, by id; staff are
    #: led to them before the delmål is saved, and a step leaves the list once staff have answered or left it
    staff_steps: list[str] = Field(default_factory=list)
    saved_path: str | None = None  # where the finished delmål was last saved
    #: SHA-256 of `saved_path` as this window opened or last saved it: a save over a file that changed since
    #: (another window, another program) asks first
    saved_sha256: str | None = None
    #: where the cursor was at the last autosave: the field (its widget id in the step's form) and the position
    #: in it ([column] in a line, [row, column] in a text box); resuming puts it back there
    focus: str | None = None
    cursor: list[int] = Field(default_factory=list)
    updated_at: AwareDatetime = Field(default_factory=_now)


@dataclass(frozen=True)
class DraftInfo:
    id: str
    title: str
    updated_at: datetime
    path: Path


class _TooNew(StorageError):
    """A draft written by a newer version of the program: leave it alone, don't call it corrupt."""


#: A temp file from an interrupted write older than this is certainly not being written any more.
STALE_TEMP_SECONDS = 3600


class DraftStore:
    """The drafts folder. Every write is atomic (see `storage.atomic_write_bytes`), files are 0600 and the
    folder 0700. Damaged drafts are moved aside, never deleted; `problems` collects Danish messages about
    them (and about drafts that could not be read) for the user."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self.problems: list[str] = []  # Danish messages about drafts that were moved aside
        self._data_dir_checked = False

    def _note(self, message: str) -> None:
        if message not in self.problems:
            self.problems.append(message)

    def _path(self, draft_id: str) -> Path:
        if (
            not isinstance(draft_id, str)
            or not draft_id
            or len(draft_id) > 200
            or any(c in draft_id for c in "/\\\x00")
            or draft_id.startswith(".")
        ):
            raise StorageError(texts.get("core.files.drafts.ugyldigt_kladde_id", draft_id=repr(draft_id)))
        return self.folder / f"{draft_id}{DRAFT_SUFFIX}"

    @staticmethod
    def _id_of(path: Path) -> str:
        return path.name[: -len(DRAFT_SUFFIX)]

    def save(self, draft: Draft) -> Path:
        """Write `draft` atomically and durably; returns its path. Raises StorageWriteError (Danish)."""
        path = self._path(draft.id)
        if not self._data_dir_checked:  # the data folder is ours: owner-only, also behind a symlink (--data-dir)
            ensure_private_dir(self.folder.parent)
            self._data_dir_checked = True
        ensure_private_dir(self.folder)
        draft.updated_at = _now()
        try:
            atomic_write_text(path, model_to_json(draft))
        except StorageWriteError as exc:  # say where, once: the caller adds "Kladden kunne ikke gemmes"
            if os.path.islink(path):
                raise StorageWriteError(
                    texts.get("core.files.drafts.kladdefilen_mappen_genvej_symlink", name=path.name,
                              short=_short(self.folder), short2=_short(os.readlink(path), 80)), errno.ELOOP) from None
            reason = exc.message.split(texts.get("core.files.drafts.kunne_ikke_gemmes"), 1)[-1]
            raise StorageWriteError(texts.get("core.files.drafts.kladdefilen_mappen", name=path.name,
                                              short=_short(self.folder), reason=reason),
                                    getattr(exc, "errno", None)) from None
        return path

    def _quarantine(self, path: Path, why: str) -> str:
        """Move a damaged draft aside (never delete it); note and return the Danish message."""
        stamp = file_stamp()
        target = path.with_name(f"{path.name}.corrupt-{stamp}")
        n = 1
        while target.exists():
            n += 1
            target = path.with_name(f"{path.name}.corrupt-{stamp}-{n}")
        try:
            os.replace(path, target)
            msg = (
                texts.get("core.files.drafts.kladden_var_beskadiget_flyttet", name=path.name, why=why,
                          name2=target.name, folder=self.folder)
            )
        except OSError as exc:
            msg = (
                texts.get("core.files.drafts.kladden_beskadiget_kunne_ikke", name=path.name, why=why, why2=_why(exc))
            )
        self._note(msg)
        return msg

    def _parse(self, raw: bytes, path: Path) -> Draft:
        if not raw.strip():
            raise StorageError(texts.get("core.files.drafts.filen_tom"))
        try:
            data = json.loads(raw.decode("utf-8"))
        except UnicodeDecodeError:
            raise StorageError(texts.get("core.files.drafts.ikke_gyldig_utf_8")) from None
        except json.JSONDecodeError as exc:
            raise StorageError(texts.get("core.files.drafts.ikke_gyldig_json_linje", lineno=exc.lineno,
                                         colno=exc.colno)) from None
        except (ValueError, RecursionError):
            raise StorageError(texts.get("core.files.drafts.ikke_gyldig_json")) from None
        if not isinstance(data, dict):
            raise StorageError(texts.get("core.files.drafts.ikke_kladde"))
        dv = data.get("draft_schema_version")
        inner = data.get("delmaal")
        mv = inner.get("schema_version") if isinstance(inner, dict) else None
        for v, current in ((dv, DRAFT_SCHEMA_VERSION), (mv, SCHEMA_VERSION)):
            if isinstance(v, int) and not isinstance(v, bool) and v > current:
                raise _TooNew(
                    texts.get("core.files.drafts.kladden_lavet_nyere_version", name=path.name)
                )
        if isinstance(inner, dict) and "schema_version" in inner:
            try:
                data = {**data, "delmaal": migrate(inner)}
            except MigrationError as exc:
                raise StorageError(str(exc)) from None
        try:
            draft = Draft.model_validate(data)
        except ValidationError as exc:
            raise StorageError("ugyldigt indhold:\n" + describe_validation_error(exc)) from None
        except (ValueError, TypeError, RecursionError) as exc:
            raise StorageError(f"ugyldigt indhold ({exc})") from None
        file_id = self._id_of(path)
        if draft.id != file_id:  # copied/renamed file: the file name wins, so save() writes back to it
            draft.id = file_id
        return draft

    def _read(self, path: Path) -> Draft:
        return self._parse(path.read_bytes(), path)

    def load(self, draft_id: str) -> Draft:
        """The draft, or StorageError (Danish). A damaged draft is moved aside first (see `problems`)."""
        path = self._path(draft_id)
        if not path.is_file():
            raise StorageError(texts.get("core.files.drafts.kladden_findes_ikke_laengere", path=path))
        try:
            return self._read(path)
        except _TooNew as exc:
            self._note(str(exc))
            raise StorageError(str(exc)) from None
        except StorageError as exc:
            raise StorageError(self._quarantine(path, str(exc).splitlines()[0])) from None
        except OSError as exc:
            raise StorageError(texts.get("core.files.drafts.kladden_kunne_ikke_laeses", name=path.name,
                                         why=_why(exc, reading=True))) from None

    def list(self) -> list[DraftInfo]:
        """All readable drafts, newest first. Unreadable ones are moved aside and noted in `problems`.

        Temp files from an interrupted write (`.ID.draft.json.XXXX.tmp`) are never listed; see
        `clean_stale_temp_files`.
        """
        try:
            if not self.folder.is_dir():
                return []
        except (OSError, ValueError) as exc:
            self._note(texts.get("core.files.drafts.mappen_kladder_kunne_ikke", folder=self.folder,
                                 value=_why(exc, reading=True) if isinstance(exc, OSError) else texts.get("core.files.drafts.navnet_ugyldigt")))
            return []
        self.clean_stale_temp_files()
        out: list[DraftInfo] = []
        try:
            paths = sorted(self.folder.glob(f"*{DRAFT_SUFFIX}"))
        except OSError as exc:
            self._note(texts.get("core.files.drafts.mappen_kladder_kunne_ikke_2", folder=self.folder,
                                 why=_why(exc, reading=True)))
            return []
        for path in paths:
            if path.name.startswith(".") or not path.is_file():
                continue
            try:
                d = self._read(path)
            except _TooNew as exc:
                self._note(str(exc))
                continue
            except StorageError as exc:
                self._quarantine(path, str(exc).splitlines()[0])
                continue
            except OSError as exc:
                self._note(
                    texts.get("core.files.drafts.kladden_kunne_ikke_laeses_2", name=path.name,
                              why=_why(exc, reading=True))
                )
                continue
            title = d.delmaal.title or d.delmaal.wording[:60] or texts.get("core.files.drafts.uden_titel")
            out.append(DraftInfo(d.id, title, _aware(d.updated_at), path))
        out.sort(key=lambda i: i.updated_at, reverse=True)
        return out

    def clean_stale_temp_files(self, max_age: float = STALE_TEMP_SECONDS) -> None:
        """Deal with temp files left by a write that was killed: those whose writer process is gone (the
        process id is in the name) or older than `max_age` seconds, so a write in progress in another
        instance is never touched.

        A complete temp file (a valid draft) that is newer than the draft it belongs to — the write was
        killed between fsync and rename — is moved into place; any other stale temp file is removed.
        """
        now = time.time()
        try:
            temps = [p for p in self.folder.glob(f".*{DRAFT_SUFFIX}.*{TEMP_SUFFIX}") if p.is_file()]
        except OSError:
            return
        for tmp in temps:
            try:
                if not temp_is_stale(tmp, now, max_age):
                    continue
                target = self.folder / tmp.name[1:].split(DRAFT_SUFFIX + ".", 1)[0]
                target = target.with_name(target.name + DRAFT_SUFFIX)
                try:
                    candidate = self._parse(tmp.read_bytes(), target)
                except _TooNew:
                    continue  # written by a newer version: not ours to judge
                except (StorageError, OSError):
                    candidate = None
                promote = False
                if candidate is not None:
                    try:
                        current = self._read(target) if target.exists() else None
                    except (StorageError, OSError):
                        current = None
                    promote = current is None or _aware(candidate.updated_at) > _aware(current.updated_at)
                if promote:
                    os.replace(tmp, target)
                else:
                    tmp.unlink()
            except OSError:
                continue

    def lock(self, draft_id: str) -> DraftLock:
        """Lock the draft for this instance (one writer per draft). Raises `DraftLocked` when another running
        instance has it open; a lock left by a dead process is taken over."""
        path = self._path(draft_id)
        ensure_private_dir(self.folder)
        lock = DraftLock(path.with_name(path.name.removesuffix(DRAFT_SUFFIX) + LOCK_SUFFIX))
        lock.acquire()
        return lock

    def copy(self, draft: Draft, note: str) -> Draft:
        """A new draft with the same content and a new id (saved), e.g. when the original is open elsewhere."""
        new = draft.model_copy(deep=True)
        new.id = uuid.uuid4().hex
        new.conversation.append(ConversationEntry(role="system", text=note, step=draft.step))
        self.save(new)
        return new

    def delete(self, draft_id: str) -> None:
        path = self._path(draft_id)
        try:
            # leftovers of an interrupted write of this draft, so it cannot come back later
            for tmp in self.folder.glob(f".{glob.escape(path.name)}.*{TEMP_SUFFIX}"):
                tmp.unlink(missing_ok=True)
        except OSError:
            pass
        try:
            path.unlink()
        except FileNotFoundError:
            pass
        except OSError as exc:
            raise StorageWriteError(texts.get("core.files.drafts.kladden_kunne_ikke_slettes", why=_why(exc)), exc.errno) from None
        try:
            path.with_name(path.name.removesuffix(DRAFT_SUFFIX) + LOCK_SUFFIX).unlink()
        except OSError:
            pass


class Settings(BaseModel):
    """Small per-user preferences, e.g. the folder the user last saved a delmål in."""

    model_config = ConfigDict(extra="ignore", defer_build=True)

    save_dir: str | None = None
    meeting_mode_default: bool = False
    #: the Word export's header and document properties (`delmaal indstillinger`); empty = left out
    unit_name: str = ""
    unit_logo: str | None = None  # a PNG or JPEG shown in the Word header
    author: str = ""


def load_settings(data_dir: Path, *, strict: bool = False) -> Settings:
    """The settings (defaults when there is no settings.json). A file that cannot be read or is not valid
    settings is read as the defaults, or, with `strict` (before changing one value: the rest must not be wiped),
    a Danish `StorageError`."""
    path = Path(data_dir) / "settings.json"
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return Settings()
    except (OSError, ValueError) as exc:
        if strict:
            raise StorageError(texts.get("core.files.drafts.kunne_ikke_laeses_intet", path=path,
                                         name=type(exc).__name__)) from None
        return Settings()
    try:
        return Settings.model_validate_json(text)
    except ValueError:
        if strict:
            raise StorageError(texts.get("core.files.drafts.beskadiget_ikke_gyldige_indstillinger", path=path)) from None
        return Settings()


def save_settings(data_dir: Path, settings: Settings) -> None:
    """Write settings.json. A broken settings.json already there (the assistant read it as the defaults) is kept
    aside as `settings.json.corrupt-<time>` first, never silently wiped."""
    ensure_private_dir(Path(data_dir))
    path = Path(data_dir) / "settings.json"
    try:
        old = path.read_bytes() if path.is_file() and not path.is_symlink() else None
    except OSError:
        old = None
    if old is not None:
        try:
            Settings.model_validate_json(old)
        except ValueError:
            atomic_write_bytes(_unique_sibling(path, "corrupt"), old)
    atomic_write_text(path, model_to_json(settings))


# ====================================================================================== autosave policy


class AutosavePolicy:
    """When to write the draft while the user types. No Textual here: the UI calls `edited(now)` on every
    change, asks `due(now)` from a short periodic timer, and calls `saved()` after each write.

    A write is due `idle` seconds after the last edit (a pause) *or* `max_wait` seconds after the first
    edit not yet on disk, whichever comes first, so steady typing without pauses still reaches the disk at
    least every `max_wait` seconds. With the timer ticking every `tick` seconds a keystroke is on disk at
    most `max_wait + tick` seconds (plus the write itself) after it was typed.
    """

    def __init__(self, idle: float = 1.0, max_wait: float = 1.25, tick: float = 0.25) -> None:
        if not (0 < idle and 0 < max_wait and 0 < tick):
            raise ValueError("autosave times must be positive")
        self.idle, self.max_wait, self.tick = idle, max_wait, tick
        self._first: float | None = None  # time of the oldest edit not yet saved
        self._last: float | None = None  # time of the newest edit

    @property
    def dirty(self) -> bool:
        """True while there are edits that are not on disk."""
        return self._first is not None

    def edited(self, now: float) -> None:
        if self._first is None:
            self._first = now
        self._last = now

    def due(self, now: float) -> bool:
        if self._first is None or self._last is None:
            return False
        return now - self._last >= self.idle or now - self._first >= self.max_wait

    def saved(self) -> None:
        self._first = self._last = None

    def retry_later(self, now: float) -> None:
        """A write failed: the edits are still not on disk; try again after `idle` seconds, not every tick."""
        self._first = self._last = now

    @property
    def worst_delay(self) -> float:
        """The longest time an edit can wait for the disk (not counting the write itself)."""
        return self.max_wait + self.tick


# ====================================================================================== one writer per draft

LOCK_SUFFIX = ".lock"


@dataclass(frozen=True)
class LockOwner:
    """Who holds a draft: process id, host name and since when (from the lock file; may be unknown)."""

    pid: int | None
    host: str
    since: str


class DraftLocked(StorageError):
    """The draft is open in another running instance. `owner` says which, as far as known."""

    def __init__(self, message: str, owner: LockOwner) -> None:
        super().__init__(message)
        self.owner = owner


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (OSError, OverflowError):
        return True
    return True


class DraftLock:
    """An exclusive lock on one draft for the life of this object (release with `release()`).

    The lock file `<id>.draft.lock` sits beside the draft. On POSIX it is held with `flock`, which the
    kernel drops when the process dies however it dies, so a lock left by a killed instance is simply
    taken over. Without `flock` (Windows), the lock file's process id decides: a lock whose process is
    gone (on this host) is stale and taken over.
    """

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    @staticmethod
    def read_owner(path: Path) -> LockOwner:
        try:
            raw = json.loads(Path(path).read_text(encoding="utf-8")[:4096])
            pid = raw.get("pid")
            return LockOwner(pid if isinstance(pid, int) and not isinstance(pid, bool) else None,
                             str(raw.get("host", "")), str(raw.get("since", "")))
        except (OSError, ValueError, AttributeError, RecursionError):
            return LockOwner(None, "", "")

    def _record(self) -> bytes:
        import socket

        return json.dumps({"pid": os.getpid(), "host": socket.gethostname(),
                           "since": _now().isoformat(timespec="seconds")}).encode("utf-8")

    def acquire(self) -> None:
        """Take the lock or raise `DraftLocked` (Danish; another live instance has it) or StorageError."""
        if self._fd is not None:
            return
        try:
            import fcntl
        except ImportError:  # pragma: no cover - Windows
            fcntl = None
        flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0)
        try:
            fd = os.open(self.path, flags, 0o600)
        except OSError as exc:
            raise StorageWriteError(texts.get("core.files.drafts.kladden_kunne_ikke_laases", why=_why(exc)), exc.errno) from None
        try:
            if fcntl is not None:
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                except BlockingIOError:
                    raise self._locked() from None
            else:  # pragma: no cover - Windows: the recorded process decides
                owner = self.read_owner(self.path)
                if owner.pid and owner.pid != os.getpid() and _pid_alive(owner.pid):
                    raise self._locked()
            os.ftruncate(fd, 0)
            os.write(fd, self._record())
        except BaseException:
            os.close(fd)
            raise
        self._fd = fd

    def _locked(self) -> DraftLocked:
        owner = self.read_owner(self.path)
        who = f" (proces {owner.pid}" + (texts.get("core.files.drafts.tekst", host=owner.host) if owner.host else "") + ")" if owner.pid else ""
        return DraftLocked(
            texts.get("core.files.drafts.kladden_allerede_aaben_andet", who=who), owner)

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        # The file stays (removed with the draft): unlinking it could let two instances lock two files.
        try:
            os.close(fd)  # drops the flock
        except OSError:
            pass

    def __enter__(self) -> DraftLock:
        self.acquire()
        return self

    def __exit__(self, *exc) -> None:
        self.release()
