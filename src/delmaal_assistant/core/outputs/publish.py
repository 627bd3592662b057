"""Publishing a delmål: the one use case behind the review screen's save/export and `delmaal export`.

- `save_and_publish`: save the delmål (atomically, `.bak` of the previous file) — but not over a file that changed
  since this window opened or last saved it (`ChangedOnDisk`, the caller asks: replace, save as a copy, cancel) —
  then rewrite its recorded exports that nobody else changed, and write any exports asked for beside it.
- `publish_export`: write one export under the one overwrite policy (`export_conflict`) and record it when it is
  beside the saved delmål it was written from.

The overwrite policy, the same for the assistant and the command line:
- a new name is written;
- an existing file that is a recorded export of this delmål and still holds what we wrote is rewritten;
- anything else that exists — a file that is not our export, or our export changed by someone else — is only
  replaced when the user said so (`replace=True`: the dialog's "Erstat", or `--force`); its old content is kept
  as `NAME.bak`.
No UI here: every message is Danish and meant for the user.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from delmaal_assistant.core import texts
from delmaal_assistant.core.outputs.export import FORMATS, export_paths, render
from delmaal_assistant.core.outputs.fhir import FhirContext
from delmaal_assistant.core.outputs.manifest import (
    beside,
    changed_export_sentence,
    changed_since_export,
    foreign_file_sentence,
    file_sha256,
    record_export,
    recorded_entry,
    refresh_recorded,
    sha256_bytes,
)
from delmaal_assistant.core.model import Delmaal
from delmaal_assistant.core.files.storage import (
    StorageError,
    ensure_private_dir,
    file_turn,
    load_delmaal,
    only_observations_added,
    remove_stale_temp_files,
    save_delmaal,
    write_bytes_with_backup,
)
from delmaal_assistant.core.files.storage.files import _short

#: the kinds of `export_conflict`
FOREIGN = "foreign"  # an existing file that is not a recorded export of this delmål
CHANGED = "changed"  # our recorded export, changed by someone else since we wrote it


class ChangedOnDisk(StorageError):
    """The saved file changed since this window opened or saved it (another window, another program)."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        super().__init__(
            texts.get("core.outputs.publish.aendret_siden_du_aabnede", short=_short(self.path))
        )


class ExportConflict(StorageError):
    """An export would replace a file the policy does not let it replace without the user's word."""

    def __init__(self, path: Path, kind: str) -> None:
        self.path, self.kind = Path(path), kind
        sentence = changed_export_sentence if kind == CHANGED else foreign_file_sentence
        super().__init__(sentence([_short(self.path)]) + texts.get("core.outputs.publish.intet_overskrevet"))


def current_stamp(path: Path) -> str | None:
    """What a window remembers about the file it opened or saved: the SHA-256 of its bytes (None: no file)."""
    try:
        return file_sha256(path)
    except (StorageError, OSError):
        return None


def copy_name(path: Path) -> Path:
    """A free name for "save as a copy" beside `path`: `Tøjvask (kopi).delmaal.json`, `… (kopi 2)…`."""
    path = Path(path)
    name = path.name
    for suffix in sorted([".delmaal.json", *(s for s, _ in FORMATS.values())], key=len, reverse=True):
        if name.endswith(suffix):
            stem, ext = name[: -len(suffix)], suffix
            break
    else:
        stem, ext = path.stem, path.suffix
    n = 1
    while True:
        cand = path.with_name(f"{stem} (kopi{'' if n == 1 else f' {n}'}){ext}")
        if not os.path.lexists(cand):
            return cand
        n += 1


def export_conflict(source: Path | None, out: Path) -> str | None:
    """None when `out` may be written without asking; else FOREIGN or CHANGED (see the module's policy)."""
    out = Path(out)
    if not os.path.lexists(out):
        return None
    entry = recorded_entry(source, out) if source is not None else None
    if entry is None:
        return FOREIGN
    return CHANGED if changed_since_export(entry, out) else None


def _source_matches(source: Path | None, d: Delmaal) -> bool:
    if source is None or not os.path.exists(source):
        return False
    try:
        return load_delmaal(source) == d
    except (StorageError, OSError):
        return False


@dataclass
class Published:
    """What a publish did. `notes` are Danish, for the user."""

    saved: Path | None = None
    saved_stamp: str | None = None  # the saved file's hash: the window's new "as opened" stamp
    written: list[Path] = field(default_factory=list)  # exports written now
    recorded: list[Path] = field(default_factory=list)  # of those, the ones kept up to date automatically
    refreshed: list[Path] = field(default_factory=list)  # recorded exports rewritten to match the save
    changed_elsewhere: list[Path] = field(default_factory=list)  # recorded exports left alone
    notes: list[str] = field(default_factory=list)


def publish_export(d: Delmaal, fmt: str, out: Path, findings: Iterable | None = None, *,
                   source: Path | None = None, replace: bool = False,
                   subject: FhirContext | str | None = None) -> Published:
    """Write one export of `d` to `out` under the overwrite policy (`ExportConflict` unless `replace`), keeping
    the old content as `.bak`, and record it in `source`'s manifest when it is beside the saved delmål and `d`
    is what is saved there. `subject`: FHIR only, what the caller adds (core.outputs.fhir.FhirContext: the citizen's reference, the
    funktionsevneniveau now and expected); such
    an export is not recorded, since a save does not know the reference to write it again. Failures raise
    `StorageError` (Danish)."""
    out = Path(out)
    kind = export_conflict(source, out)
    if kind is not None and not replace:
        raise ExportConflict(out, kind)
    if not out.parent.is_dir():  # never tighten an existing folder the user chose; only create missing ones
        ensure_private_dir(out.parent)
    data = render(d, fmt, findings, subject)
    write_bytes_with_backup(out, data, inputs=[source] if source is not None else ())  # never over the delmål
    res = Published(written=[out])
    if subject:
        res.notes.append(texts.get("core.outputs.publish.borgerreference_opdateres_ikke_automatisk"))
    elif source is not None and _source_matches(source, d):
        try:
            recorded = record_export(source, out, fmt, sha256_bytes(data))
        except (StorageError, OSError) as exc:
            res.notes.append(texts.get("core.outputs.publish.eksporten_kunne_ikke_huskes", exc=exc))
            return res
        if recorded:
            res.recorded.append(out)
        else:
            res.notes.append(texts.get("core.outputs.publish.ligger_ikke_samme_mappe", name=out.name))
    elif source is not None:
        res.notes.append(texts.get("core.outputs.publish.eksporten_viser_delmaalet_staar"))
    return res


def publish_exports(d: Delmaal, folder: Path, stem: str, formats: Iterable[str], findings: Iterable | None = None,
                    *, source: Path | None = None, replace: bool = False) -> Published:
    """`publish_export` for each format as `folder/STEM + suffix`. All conflicts are checked before anything is
    written (`ExportConflict` for the first), so either all are written or none."""
    formats = tuple(formats)
    findings = None if findings is None else list(findings)
    paths = export_paths(folder, stem, formats)
    if not replace:
        for p in paths:
            kind = export_conflict(source, p)
            if kind is not None:
                raise ExportConflict(p, kind)
    total = Published()
    for fmt, p in zip(formats, paths):
        one = publish_export(d, fmt, p, findings, source=source, replace=True)
        total.written += one.written
        total.recorded += one.recorded
        for n in one.notes:
            if n not in total.notes:
                total.notes.append(n)
    remove_stale_temp_files(Path(folder))
    return total


def save_and_publish(path: Path, d: Delmaal, findings: Iterable | None = None, *, expected: str | None = None,
                     replace: bool = False, formats: Iterable[str] = ()) -> Published:
    """Save `d` to `path`, then keep its exports in step.

    `expected` is the stamp (`current_stamp`) of the file as this window last saw it; when the file on disk is
    no longer that (another window or program saved over it), `ChangedOnDisk` is raised and nothing is written,
    unless `replace` (the user chose "Erstat"). Then the recorded exports that still hold what we wrote are
    rewritten (others are left alone and listed in `changed_elsewhere`), and `formats` are exported beside the
    file (their conflicts were the dialog's to ask about: written with `replace`)."""
    path = Path(path)
    findings = None if findings is None else list(findings)
    res = Published()
    with file_turn(path):  # the same lock as `delmaal log`: nothing is appended between the check and the write
        if expected is not None and not replace and os.path.lexists(path) and current_stamp(path) != expected \
                and not only_observations_added(path, d):  # observations logged since: merged, nothing lost
            raise ChangedOnDisk(path)
        save_delmaal(path, d, notes=res.notes)  # merges the observations on disk that `d` lacks
        res.saved = path
        # the stamp of what is on disk now (with any merged observation), not of the window's copy
        res.saved_stamp = current_stamp(path)
    formats = tuple(formats)
    stem = path.name.removesuffix(".delmaal.json")
    own = export_paths(path.parent, stem, formats)
    try:  # the delmål is saved: a problem with its exports is a note, never "not saved"
        ref = refresh_recorded(path, lambda fmt: render(d, fmt, findings), skip=own)
    except (StorageError, OSError) as exc:
        res.notes.append(texts.get("core.outputs.publish.eksporterne_kunne_ikke_holdes", exc=exc))
    else:
        res.refreshed, res.changed_elsewhere = ref.written, ref.changed_elsewhere + ref.unverifiable
        res.notes += ref.messages
    if formats:
        try:
            out = publish_exports(d, path.parent, stem, formats, findings, source=path, replace=True)
        except (StorageError, OSError) as exc:
            res.notes.append(texts.get("core.outputs.publish.eksporten_mislykkedes", exc=exc))
        else:
            res.written, res.recorded = out.written, out.recorded
    return res


__all__ = [
    "CHANGED", "FOREIGN", "ChangedOnDisk", "ExportConflict", "Published", "beside", "copy_name", "current_stamp",
    "export_conflict", "publish_export", "publish_exports", "save_and_publish",
]
