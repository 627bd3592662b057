"""Backups: the previous content of a file kept as `NAME.bak` (atomically) before it is replaced."""

from __future__ import annotations

from pathlib import Path

from delmaal_assistant.core.files.storage import files
from delmaal_assistant.core.files.storage.files import (
    StorageError,
    _clean,
    _refuse_target,
    _short,
    _why,
    atomic_write_bytes,
)
from delmaal_assistant.core.dates import file_stamp

def backup_path(path: Path) -> Path:
    return Path(path).with_name(Path(path).name + ".bak")


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
        raise StorageError(f"{exc} Intet er overskrevet; gem under et andet navn.") from None
    except OSError as exc:
        raise StorageError(
            f"Den eksisterende fil '{_short(path)}' kunne ikke læses ({_why(exc, reading=True)}), så der kunne ikke "
            "tages en sikkerhedskopi af den. Intet er overskrevet; gem under et andet navn."
        ) from None
    if old is not None and len(old) > files.MAX_TEXT_BYTES:
        raise StorageError(
            f"Den eksisterende fil '{_short(path)}' er over {files.MAX_TEXT_BYTES // (1024 * 1024)} MB, så der tages ikke "
            "en sikkerhedskopi af den. Intet er overskrevet; gem under et andet navn."
        )
    return old


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
