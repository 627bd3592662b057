"""Reading and writing delmål files and drafts: atomic, owner-only, validated with Danish errors."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from delmaal_assistant.model import SCHEMA_VERSION, Delmaal

DELMAAL_SUFFIX = ".delmaal.json"
FILE_MODE = 0o600
DIR_MODE = 0o700


class StorageError(Exception):
    """A file could not be read or written. The message is Danish and meant for the user."""


def ensure_private_dir(path: Path) -> Path:
    """Create `path` (and parents) owner-only; tighten an existing folder we own."""
    path = Path(path)
    path.mkdir(parents=True, exist_ok=True, mode=DIR_MODE)
    try:
        if path.stat().st_uid == os.getuid():
            os.chmod(path, DIR_MODE)
    except (OSError, AttributeError):
        pass
    return path


def atomic_write_text(path: Path, text: str) -> None:
    """Write `text` to `path` so that a crash leaves either the old or the new file, never a mix.

    Temp file in the same folder, flush + fsync, `os.replace`, then fsync of the folder. Mode 0600.
    """
    path = Path(path)
    folder = path.parent
    folder.mkdir(parents=True, exist_ok=True, mode=DIR_MODE)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        os.fchmod(fd, FILE_MODE)
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    try:
        dfd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(dfd)
        finally:
            os.close(dfd)
    except OSError:
        pass


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


def read_text_file(path: Path, what: str = "filen") -> str:
    """Read a UTF-8 text file, turning every failure into a Danish StorageError."""
    path = Path(path)
    if not path.exists():
        raise StorageError(f"{what} '{path}' findes ikke.")
    if path.is_dir():
        raise StorageError(f"'{path}' er en mappe, ikke en fil.")
    try:
        data = path.read_bytes()
    except PermissionError:
        raise StorageError(f"Du har ikke adgang til at læse '{path}'.") from None
    except OSError as exc:
        raise StorageError(f"'{path}' kunne ikke læses: {exc.strerror or exc}.") from None
    if b"\x00" in data[:8192]:
        raise StorageError(f"'{path}' ser ud til at være en binær fil, ikke tekst.")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise StorageError(f"'{path}' er ikke gemt som UTF-8-tekst og kan ikke læses.") from None
    return text


def delmaal_from_data(data: Any, source: str = "filen") -> Delmaal:
    """Validate parsed JSON as a delmål (migrating older schema versions)."""
    if not isinstance(data, dict):
        raise StorageError(f"{source} indeholder ikke et delmål (forventede et JSON-objekt).")
    if "schema_version" not in data:
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
    from delmaal_assistant.migrations import migrate

    data = migrate(data)
    try:
        return Delmaal.model_validate(data)
    except ValidationError as exc:
        raise StorageError(f"{source} er ikke et gyldigt delmål:\n{describe_validation_error(exc)}") from None


def load_delmaal(path: Path) -> Delmaal:
    path = Path(path)
    text = read_text_file(path, "Delmålsfilen")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise StorageError(
            f"'{path}' er ikke gyldig JSON (linje {exc.lineno}, kolonne {exc.colno}): filen er måske beskadiget."
        ) from None
    return delmaal_from_data(data, f"'{path}'")


def delmaal_to_json(d: Delmaal) -> str:
    return d.model_dump_json(indent=2) + "\n"


def save_delmaal(path: Path, d: Delmaal, *, backup: bool = True) -> Path:
    """Write the delmål atomically. An existing file is kept as `NAME.delmaal.json.bak` first."""
    path = Path(path)
    ensure_private_dir(path.parent)
    if backup and path.is_file():
        bak = path.with_name(path.name + ".bak")
        atomic_write_text(bak, path.read_text(encoding="utf-8", errors="replace"))
    atomic_write_text(path, delmaal_to_json(d))
    return path


def safe_filename(title: str, fallback: str = "delmaal") -> str:
    """A portable file name stem from a title (Danish letters kept)."""
    keep = []
    for ch in title.strip():
        if ch.isalnum() or ch in "-_ ":
            keep.append(ch)
    stem = "".join(keep).strip().replace(" ", "-")[:60].strip("-")
    return stem or fallback
