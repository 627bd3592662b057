"""The list of exports of a saved delmål (`STEM.delmaal.exports` beside it), so they can be kept up to date.

Each entry records the export's file name, its format, the SHA-256 of the bytes we wrote (`sha256`) and of the
delmål file it was written from (`source_sha256`). Only what this program wrote and nobody changed since is ever
rewritten:
- only a plain file name *beside the delmål* is recorded or honoured: an absolute path, a `../` or any folder part
  in the manifest (a forged or stale manifest) is ignored, so a save can never reach another folder;
- a recorded export is rewritten only while the file on disk still has the hash we recorded; a file the user
  (or anyone) edited since is left alone, reported as changed by someone else, and forgotten;
- the previous content of a rewritten export is kept as `NAME.bak`, like for the delmål.
No UI here.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from delmaal_assistant.core import texts
from delmaal_assistant.core.outputs.export_formats import FORMATS
from delmaal_assistant.core.files.storage import StorageError, atomic_write_text, write_bytes_with_backup
from delmaal_assistant.core.files.storage.files import MAX_TEXT_BYTES, _read_regular

MANIFEST_SUFFIX = ".exports"


# The two conflicts an export can meet, said the same way everywhere (the review, `delmaal export`, a save that
# refreshes the recorded exports): one sentence each, the callers add what the user can do about it.

def changed_export_sentence(names: list[str]) -> str:
    """'x.md' er en tidligere eksport af dette delmål, men den er ændret af en anden siden (fx rettet i hånden)."""
    one = len(names) == 1
    return (texts.get("core.outputs.manifest.dette_delmaal_men_aendret", join=', '.join(repr_name(n) for n in names),
                      value=texts.get("core.outputs.manifest.tidligere_eksport") if one else texts.get("core.outputs.manifest.tidligere_eksporter"),
                      value2=texts.get("core.outputs.manifest.tekst") if one else 'de'))


def foreign_file_sentence(names: list[str]) -> str:
    """'x.md' findes allerede og er ikke en eksport af dette delmål."""
    one = len(names) == 1
    return (texts.get("core.outputs.manifest.findes_allerede_ikke_dette", join=', '.join(repr_name(n) for n in names),
                      value=texts.get("core.outputs.manifest.eksport") if one else texts.get("core.outputs.manifest.eksporter")))


def repr_name(name: str) -> str:
    return f"'{name}'"


def manifest_path(source: Path) -> Path:
    """Where the list of exports of a saved delmål is kept: `STEM.delmaal.exports` beside it."""
    source = Path(source)
    name = source.name
    stem = name.removesuffix(".json") if name.endswith(".delmaal.json") else Path(name).stem + ".delmaal"
    return source.with_name(stem + MANIFEST_SUFFIX)


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def file_sha256(path: Path) -> str | None:
    """SHA-256 of the regular file at `path`; None when nothing is there. Never follows a symlink and never
    blocks on a FIFO: anything but a regular file (or a file over the size limit) raises `StorageError`."""
    data = _read_regular(Path(path), MAX_TEXT_BYTES * 5)
    if data is None:
        return None
    if len(data) > MAX_TEXT_BYTES * 5:
        raise StorageError(texts.get("core.outputs.manifest.for_stor_blive_sammenlignet", name=Path(path).name))
    return sha256_bytes(data)


def _safe_sha(path: Path) -> str | None:
    try:
        return file_sha256(path)
    except (StorageError, OSError):
        return None


def plain_name_problem(name: str) -> str | None:
    """Why `name` (from a manifest) is not a plain file name beside the delmål, or None when it is."""
    if not isinstance(name, str) or not name or name in (".", ".."):
        return texts.get("core.outputs.manifest.tomt_eller_ugyldigt_navn")
    if "/" in name or "\\" in name or os.path.isabs(name) or (len(name) > 1 and name[1] == ":"):
        return texts.get("core.outputs.manifest.sti_anden_mappe")
    if any(ord(c) < 32 or ord(c) == 127 for c in name):
        return "et kontroltegn i navnet"
    return None


@dataclass
class Manifest:
    entries: list[dict] = field(default_factory=list)
    ignored: list[str] = field(default_factory=list)  # Danish notes about entries that are not honoured


def read_manifest(source: Path) -> Manifest:
    """The honoured entries of `source`'s manifest, and notes about those ignored (paths outside the folder)."""
    out = Manifest()
    try:
        raw = _read_regular(manifest_path(source), MAX_TEXT_BYTES)
        data = json.loads(raw.decode("utf-8")) if raw else None
    except (StorageError, OSError, ValueError, RecursionError):
        return out
    items = data.get("exports") if isinstance(data, dict) else None
    if not isinstance(items, list):
        return out
    for e in items:
        if not isinstance(e, dict) or e.get("format") not in FORMATS or not isinstance(e.get("path"), str):
            continue
        problem = plain_name_problem(e["path"])
        if problem is not None:
            shown = e["path"][:80].encode("unicode_escape").decode("ascii")
            out.ignored.append(texts.get("core.outputs.manifest.eksportlisten_naevner_bliver_ikke", shown=shown,
                                         problem=problem))
            continue
        out.entries.append(e)
    return out


def _write_manifest(source: Path, items: list[dict]) -> None:
    data = {"source": Path(source).name, "exports": items}
    atomic_write_text(manifest_path(source), json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def _entry_path(source: Path, e: dict) -> Path:
    return Path(source).parent / e["path"]


def beside(source: Path, out: Path) -> bool:
    """True when `out` is a file directly in the delmål's folder (the only place exports are recorded)."""
    try:
        return os.path.samefile(Path(out).parent, Path(source).parent)
    except (OSError, ValueError):
        return False


def record_export(source: Path, out: Path, fmt: str, sha256: str | None = None) -> bool:
    """Remember that `out` (format `fmt`, content hash `sha256`; read from disk when not given) was written from
    the saved delmål `source`. Only a file beside the delmål is recorded: returns False (nothing recorded) for a
    file in another folder, which is then never rewritten automatically."""
    source, out = Path(source), Path(out)
    if not beside(source, out) or plain_name_problem(out.name) is not None:
        return False
    if sha256 is None:
        sha256 = _safe_sha(out)
    items = [e for e in read_manifest(source).entries if e["path"] != out.name]
    items.append({"path": out.name, "format": fmt, "sha256": sha256, "source_sha256": _safe_sha(source)})
    _write_manifest(source, items)
    return True


def recorded_entry(source: Path, out: Path) -> dict | None:
    """The manifest entry for `out`, when it is a recorded export of `source`."""
    if not beside(source, out):
        return None
    return next((e for e in read_manifest(source).entries if e["path"] == Path(out).name), None)


def changed_since_export(entry: dict, path: Path) -> bool:
    """True when the file at `path` is not what we wrote (edited, replaced, or a legacy entry without a hash)."""
    recorded = entry.get("sha256")
    return not isinstance(recorded, str) or _safe_sha(path) != recorded


@dataclass
class ExportState:
    path: Path
    format: str
    exists: bool
    current: bool  # written from the file as it is saved now
    changed: bool = False  # the file is no longer what we wrote: someone else changed it

    @property
    def label(self) -> str:
        if not self.exists:
            return texts.get("core.outputs.manifest.findes_ikke_laengere", name=self.path.name)
        if self.changed:
            return texts.get("core.outputs.manifest.aendret_anden_siden_eksporten", name=self.path.name)
        return f"{self.path.name} ({'passer med den gemte fil' if self.current else 'FORÆLDET: skrevet før sidste gem'})"


def export_states(source: Path) -> list[ExportState]:
    """Every recorded export of `source` and whether it still matches the saved file."""
    now = _safe_sha(Path(source))
    out = []
    for e in read_manifest(source).entries:
        p = _entry_path(source, e)
        exists = os.path.lexists(p)
        changed = exists and changed_since_export(e, p)
        out.append(ExportState(p, e["format"], exists,
                               exists and not changed and now is not None and e.get("source_sha256") == now, changed))
    return out


@dataclass
class Refresh:
    written: list[Path] = field(default_factory=list)
    changed_elsewhere: list[Path] = field(default_factory=list)  # left alone: not what we wrote any more
    unverifiable: list[Path] = field(default_factory=list)  # left alone: recorded by an older version, no hash
    errors: list[str] = field(default_factory=list)  # Danish

    @property
    def messages(self) -> list[str]:
        return [
            changed_export_sentence([p.name]) + texts.get("core.outputs.manifest.ikke_overskrevet_opdateres_ikke")
            for p in self.changed_elsewhere
        ] + [
            texts.get("core.outputs.manifest.blev_eksporteret_aeldre_version", name=p.name)
            for p in self.unverifiable
        ] + self.errors


def refresh_recorded(source: Path, render_fmt, skip: Iterable[Path] = ()) -> Refresh:
    """Rewrite every recorded export of `source` with `render_fmt(fmt) -> bytes` (call right after saving).

    Only files that still hold exactly what we wrote are rewritten (the old content kept as `.bak`); those
    changed by someone else are left alone and forgotten; deleted ones are forgotten; `skip` (files the caller
    writes itself) are left to the caller."""
    res = Refresh()
    manifest = read_manifest(source)
    res.errors.extend(manifest.ignored)
    keep: list[dict] = []
    skip_names = {Path(p).name for p in skip if beside(source, p)}
    now = _safe_sha(Path(source))
    for e in manifest.entries:
        if e["path"] in skip_names:
            keep.append(e)
            continue
        path = _entry_path(source, e)
        if not os.path.lexists(path):
            continue
        if changed_since_export(e, path):
            (res.changed_elsewhere if isinstance(e.get("sha256"), str) else res.unverifiable).append(path)
            continue
        try:
            data = render_fmt(e["format"])
            write_bytes_with_backup(path, data)
        except (StorageError, OSError) as exc:
            res.errors.append(texts.get("core.outputs.manifest.eksporten_kunne_ikke_opdateres", name=path.name,
                                        exc=exc))
            keep.append(e)
            continue
        res.written.append(path)
        keep.append({**e, "sha256": sha256_bytes(data), "source_sha256": now})
    if manifest.entries or os.path.lexists(manifest_path(source)):
        _write_manifest(source, keep)
    return res
