"""Drafts: the delmål being written plus the interview state, autosaved so no work is lost.

A draft is one JSON file `<id>.draft.json` in the drafts folder. Corrupt drafts are moved aside
(`*.corrupt-<timestamp>`), never deleted, and reported in `DraftStore.problems`.
"""

from __future__ import annotations

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

from delmaal_assistant.model import Delmaal
from delmaal_assistant.storage import (
    StorageError,
    atomic_write_text,
    describe_validation_error,
    ensure_private_dir,
)

APP_NAME = "delmaal-assistant"
DRAFT_SUFFIX = ".draft.json"
DRAFT_SCHEMA_VERSION = 1


def default_data_dir() -> Path:
    """The user's data folder (overridable with $DELMAAL_DATA_DIR or --data-dir)."""
    env = os.environ.get("DELMAAL_DATA_DIR")
    return Path(env) if env else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def _now() -> datetime:
    return datetime.now(timezone.utc)


class ConversationEntry(BaseModel):
    model_config = ConfigDict(extra="forbid")

    role: Literal["assistant", "user", "system"]
    text: str
    step: str | None = None  # interview step id the entry belongs to
    at: datetime = Field(default_factory=_now)


class Draft(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True)

    draft_schema_version: Literal[1] = DRAFT_SCHEMA_VERSION
    id: str = Field(default_factory=lambda: uuid.uuid4().hex)
    delmaal: Delmaal = Field(default_factory=Delmaal)
    step: str | None = None  # the interview step the user is on
    meeting_mode: bool = False
    conversation: list[ConversationEntry] = Field(default_factory=list)
    saved_path: str | None = None  # where the finished delmål was last saved
    updated_at: datetime = Field(default_factory=_now)


@dataclass(frozen=True)
class DraftInfo:
    id: str
    title: str
    updated_at: datetime
    path: Path


class DraftStore:
    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self.problems: list[str] = []  # Danish messages about drafts that were moved aside

    def _path(self, draft_id: str) -> Path:
        if not draft_id or any(c in draft_id for c in "/\\") or draft_id.startswith("."):
            raise StorageError(f"Ugyldigt kladde-id: {draft_id!r}")
        return self.folder / f"{draft_id}{DRAFT_SUFFIX}"

    def save(self, draft: Draft) -> Path:
        ensure_private_dir(self.folder)
        draft.updated_at = _now()
        path = self._path(draft.id)
        atomic_write_text(path, draft.model_dump_json(indent=2) + "\n")
        return path

    def _quarantine(self, path: Path, why: str) -> None:
        stamp = time.strftime("%Y%m%d-%H%M%S")
        target = path.with_name(f"{path.name}.corrupt-{stamp}")
        n = 1
        while target.exists():
            n += 1
            target = path.with_name(f"{path.name}.corrupt-{stamp}-{n}")
        try:
            os.replace(path, target)
            self.problems.append(
                f"Kladden '{path.name}' var beskadiget ({why}) og er flyttet til '{target.name}' "
                f"i {self.folder}. Den er ikke slettet."
            )
        except OSError as exc:
            self.problems.append(f"Kladden '{path.name}' er beskadiget ({why}) og kunne ikke flyttes: {exc}")

    def _read(self, path: Path) -> Draft:
        try:
            raw = path.read_bytes().decode("utf-8")
            data = json.loads(raw)
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise StorageError(f"ikke gyldig JSON: {exc}") from None
        try:
            return Draft.model_validate(data)
        except ValidationError as exc:
            raise StorageError("ugyldigt indhold:\n" + describe_validation_error(exc)) from None

    def load(self, draft_id: str) -> Draft:
        path = self._path(draft_id)
        if not path.is_file():
            raise StorageError(f"Kladden findes ikke længere: {path}")
        try:
            return self._read(path)
        except StorageError as exc:
            self._quarantine(path, str(exc).splitlines()[0])
            raise StorageError(self.problems[-1]) from None

    def list(self) -> list[DraftInfo]:
        """All readable drafts, newest first. Unreadable ones are moved aside and noted in `problems`."""
        if not self.folder.is_dir():
            return []
        out: list[DraftInfo] = []
        for path in sorted(self.folder.glob(f"*{DRAFT_SUFFIX}")):
            try:
                d = self._read(path)
            except StorageError as exc:
                self._quarantine(path, str(exc).splitlines()[0])
                continue
            except OSError:
                continue
            title = d.delmaal.title or d.delmaal.wording[:60] or "(uden titel)"
            out.append(DraftInfo(d.id, title, d.updated_at, path))
        out.sort(key=lambda i: i.updated_at, reverse=True)
        return out

    def delete(self, draft_id: str) -> None:
        try:
            self._path(draft_id).unlink()
        except FileNotFoundError:
            pass


class Settings(BaseModel):
    """Small per-user preferences, e.g. the folder the user last saved a delmål in."""

    model_config = ConfigDict(extra="ignore")

    save_dir: str | None = None
    meeting_mode_default: bool = False


def load_settings(data_dir: Path) -> Settings:
    path = Path(data_dir) / "settings.json"
    try:
        return Settings.model_validate_json(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Settings()


def save_settings(data_dir: Path, settings: Settings) -> None:
    ensure_private_dir(Path(data_dir))
    atomic_write_text(Path(data_dir) / "settings.json", settings.model_dump_json(indent=2) + "\n")
