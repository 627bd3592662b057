"""A delmål as a JSON file: load (validated, migrated) and save (atomic, with backup), every problem a Danish
`StorageError` naming the field."""

from __future__ import annotations

import errno
import json
import re
from pathlib import Path
from typing import Any, Callable, Iterable

from pydantic import BaseModel, ValidationError
from pydantic_core import PydanticSerializationError

from delmaal_assistant.core import texts
from delmaal_assistant.core.model import SCHEMA_VERSION, Delmaal
from delmaal_assistant.core.model.migrations import MigrationError, migrate
from delmaal_assistant.core.model.period import Evaluation, Observation
from delmaal_assistant.core.files.storage.backups import _existing_for_backup, _unique_sibling, keep_backup, refuse_input
from delmaal_assistant.core.files.storage.locking import file_turn
from delmaal_assistant.core.files.storage.files import (
    _SURROGATES,
    StorageError,
    StorageWriteError,
    _clean,
    _short,
    atomic_write_bytes,
    read_text_file,
    remove_stale_temp_files,
    write_target_problem,
)

def model_to_json(model: BaseModel) -> str:
    """Pretty JSON of a model. Never fails on lone surrogates in text: they become U+FFFD."""
    try:
        return model.model_dump_json(indent=2) + "\n"
    except PydanticSerializationError:
        return _clean(json.dumps(model.model_dump(mode="json"), ensure_ascii=False, indent=2)) + "\n"


def _field_path(loc: tuple[Any, ...]) -> str:
    parts: list[str] = []
    for p in loc:
        if isinstance(p, int):
            parts.append(f"[{p}]")
        else:
            parts.append(("." if parts else "") + str(p))
    return "".join(parts) or texts.get("core.files.storage.delmaal_json.hele_filen")


_PYDANTIC_DA = {
    "missing": "feltet mangler",
    "extra_forbidden": texts.get("core.files.storage.delmaal_json.feltet_kendes_ikke"),
    "string_type": texts.get("core.files.storage.delmaal_json.skal_vaere_tekst"),
    "int_type": texts.get("core.files.storage.delmaal_json.skal_vaere_helt_tal"),
    "int_parsing": texts.get("core.files.storage.delmaal_json.skal_vaere_helt_tal"),
    "bool_type": texts.get("core.files.storage.delmaal_json.skal_vaere_sand_eller"),
    "bool_parsing": texts.get("core.files.storage.delmaal_json.skal_vaere_sand_eller"),
    "date_from_datetime_parsing": texts.get("core.files.storage.delmaal_json.skal_vaere_dato_aaaaaaaa"),
    "date_parsing": texts.get("core.files.storage.delmaal_json.skal_vaere_dato_aaaaaaaa"),
    "date_type": texts.get("core.files.storage.delmaal_json.skal_vaere_dato_aaaaaaaa"),
    "datetime_parsing": texts.get("core.files.storage.delmaal_json.skal_vaere_tidspunkt_aaaaaaaa"),
    "datetime_from_date_parsing": texts.get("core.files.storage.delmaal_json.skal_vaere_tidspunkt_aaaaaaaa"),
    "greater_than_equal": texts.get("core.files.storage.delmaal_json.for_lille"),
    "less_than_equal": texts.get("core.files.storage.delmaal_json.for_stort"),
    "list_type": texts.get("core.files.storage.delmaal_json.skal_vaere_liste"),
    "model_type": texts.get("core.files.storage.delmaal_json.skal_vaere_objekt"),
    "dict_type": texts.get("core.files.storage.delmaal_json.skal_vaere_objekt"),
    "literal_error": texts.get("core.files.storage.delmaal_json.har_vaerdi_ikke_tilladt"),
    "string_too_short": texts.get("core.files.storage.delmaal_json.maa_ikke_vaere_tom"),
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
            msg = _PYDANTIC_DA.get(kind, err.get("msg", texts.get("core.files.storage.delmaal_json.ugyldig_vaerdi")))
        lines.append(f"  • {where}: {msg}")
    return "\n".join(lines)


def parse_json_text(text: str, source: str = texts.get("core.files.storage.delmaal_json.filen")) -> Any:
    """`json.loads` with Danish errors, also for input that makes the json module itself give up."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise StorageError(
            texts.get("core.files.storage.delmaal_json.ikke_gyldig_json_linje", source=source, lineno=exc.lineno,
                      colno=exc.colno)
        ) from None
    except (ValueError, RecursionError, MemoryError):  # e.g. 10 000 nested lists, a 5 000-digit number
        raise StorageError(texts.get("core.files.storage.delmaal_json.ikke_gyldig_json_programmet", source=source)) \
            from None


def delmaal_from_data(data: Any, source: str = texts.get("core.files.storage.delmaal_json.filen"),
                      owned: bool = False) -> Delmaal:
    """Validate parsed JSON as a delmål (migrating older schema versions). Raises StorageError only.
    `owned=True`: `data` is the caller's own fresh parse, so an older version is upgraded in place (no copy)."""
    if not isinstance(data, dict):
        raise StorageError(texts.get("core.files.storage.delmaal_json.indeholder_ikke_delmaal_forventede",
                                     source=source))
    if "schema_version" not in data:
        if "draft_schema_version" in data:
            raise StorageError(
                texts.get("core.files.storage.delmaal_json.kladde_fra_assistenten_ikke", source=source)
            )
        raise StorageError(
            texts.get("core.files.storage.delmaal_json.ikke_delmaalsfil_fra_delmaal", source=source)
        )
    version = data.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise StorageError(texts.get("core.files.storage.delmaal_json.har_ugyldig_skemaversion", source=source,
                                     version=repr(version)))
    if version > SCHEMA_VERSION:
        raise StorageError(
            texts.get("core.files.storage.delmaal_json.lavet_nyere_version_programmet", source=source,
                      version=version, schema_version=SCHEMA_VERSION)
        )
    try:
        data = migrate(data, in_place=owned)
    except MigrationError as exc:
        raise StorageError(texts.get("core.files.storage.delmaal_json.kan_ikke_laeses", source=source, exc=exc)) from None
    try:
        return Delmaal.model_validate(data)
    except ValidationError as exc:
        raise StorageError(texts.get("core.files.storage.delmaal_json.ikke_gyldigt_delmaal", source=source,
                                     describe_validation_error=describe_validation_error(exc))) from None
    except (ValueError, TypeError, RecursionError) as exc:  # defensive: never a traceback for bad files
        raise StorageError(texts.get("core.files.storage.delmaal_json.ikke_gyldigt_delmaal_2", source=source, exc=exc)) from None


#: in a file's text, what can become a lone surrogate once parsed: an escape of one (\\ud800-\\udfff, either case)
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


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


def delmaal_from_json_text(text: str, source: str = texts.get("core.files.storage.delmaal_json.filen")) -> Delmaal:
    """A delmål from the text of a .delmaal.json file. Every problem, also input the json module gives up
    on (100 000 levels of nesting, a 5 000-digit number, an escaped lone surrogate), is a Danish
    `StorageError` saying the file is not a valid delmål."""
    if not text.strip():
        raise StorageError(texts.get("core.files.storage.delmaal_json.tom_intet_delmaal", source=source))
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise StorageError(
            texts.get("core.files.storage.delmaal_json.ikke_gyldigt_delmaal_ikke", source=source, lineno=exc.lineno,
                      colno=exc.colno)
        ) from None
    except RecursionError:
        raise StorageError(texts.get("core.files.storage.delmaal_json.ikke_gyldigt_delmaal_json", source=source)) from None
    except (ValueError, MemoryError):  # e.g. a 5 000-digit number
        raise StorageError(
            texts.get("core.files.storage.delmaal_json.ikke_gyldigt_delmaal_indeholder", source=source)
        ) from None
    # the walk over every value only when the text could hold a lone surrogate at all (an escape of one, or one
    # already in the text): most files have neither, and the walk was a tenth of opening a saved delmål
    where = (_lone_surrogate_field(data) if _SURROGATE_ESCAPE.search(text) or _SURROGATES.search(text)
             else None)
    if where is not None:
        raise StorageError(
            texts.get("core.files.storage.delmaal_json.ikke_gyldigt_delmaal_feltet", source=source, where=where)
        )
    return delmaal_from_data(data, source, owned=True)


def load_delmaal(path: Path) -> Delmaal:
    """Read a saved delmål. Only a regular file is read (a FIFO or device is refused at once, never
    blocks), at most `MAX_TEXT_BYTES`; every problem is a Danish `StorageError`."""
    path = Path(path)
    text = read_text_file(path, texts.get("core.files.storage.delmaal_json.delmaalsfilen"), regular_only=True)
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


def _same_delmaal(delmaal_id: str) -> "Callable[[bytes], bool]":
    """A backup is ours to update when it is an earlier version of this same delmål (same id)."""

    def ours(content: bytes) -> bool:
        try:
            obj = json.loads(content.decode("utf-8-sig"))
        except (ValueError, RecursionError):
            return False
        return isinstance(obj, dict) and isinstance(obj.get("schema_version"), int) and obj.get("id") == delmaal_id

    return ours


def save_delmaal(path: Path, d: Delmaal, *, backup: bool = True, notes: list[str] | None = None,
                 inputs: "Iterable[Path | str]" = ()) -> Path:
    """Write the delmål atomically (0600; missing folders 0700). Returns the path written.

    Every save of a delmål — the assistant's save, *Erstat*, "Gem som kopi", `delmaal log` — holds the folder's
    write lock (`locking.file_turn`, the same as `delmaal log`) while it reads the file on disk, merges the
    observations and evaluation there that `d` lacks (`keep_observations_on_disk`: append-only) and writes.
    Only a new name or an existing regular, writable file is written: a symlink is never followed, and a folder,
    device, FIFO, socket, read-only file or an input of the same run (`inputs`) is refused (Danish
    `StorageWriteError`). With `backup`, the existing file is first kept as a backup (`keep_backup`: `NAME.bak`,
    or a numbered one, never over a `.bak` that is not an earlier version of this delmål). If the existing file
    is *not* a delmål (damaged, or something else), it is copied to `NAME.delmaal.json.corrupt-<time>` instead,
    and a Danish note about it is appended to `notes`. If the existing file cannot be read, nothing is written
    (StorageError): we never replace what we could not back up. Stale temp files of an interrupted earlier save
    in the folder are removed.
    """
    path = Path(path)
    problem = write_target_problem(path)
    if problem is not None:
        if problem[1] == errno.EISDIR:
            raise StorageWriteError(texts.get("core.files.storage.delmaal_json.mappe_vaelg_filnavn",
                                              short=_short(path)), errno.EISDIR)
        raise StorageWriteError(texts.get("core.files.storage.delmaal_json.kunne_ikke_gemmes", short=_short(path),
                                          problem=problem[0]), problem[1])
    refuse_input(path, inputs)
    with file_turn(path):
        problem = write_target_problem(path)  # again, holding the lock
        if problem is not None:
            raise StorageWriteError(texts.get("core.files.storage.delmaal_json.kunne_ikke_gemmes", short=_short(path),
                                              problem=problem[0]), problem[1])
        data = delmaal_to_json(d).encode("utf-8")
        old = _existing_for_backup(path)
        kept = keep_observations_on_disk(old, d)  # observations are append-only: never dropped by a save
        if kept is not d:
            data = delmaal_to_json(kept).encode("utf-8")
        if backup and old and old != data:
            if _looks_like_delmaal(old):
                keep_backup(path, old, _same_delmaal(d.id))
            else:
                aside = _unique_sibling(path, "corrupt")
                atomic_write_bytes(aside, old)
                if notes is not None:
                    notes.append(
                        texts.get("core.files.storage.delmaal_json.fil_laa_var_ikke", name=path.name, name2=aside.name)
                    )
        atomic_write_bytes(path, data)
    remove_stale_temp_files(path.parent)
    return path


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


#: what a save never takes from the window's copy alone: observations and the evaluation are append-only and
#: merged from the file on disk (`keep_observations_on_disk`); the times move with every write.
APPEND_ONLY_FIELDS = frozenset({"observations", "evaluation", "updated_at", "created_at"})


def same_apart_from_observations(a: Delmaal, b: Delmaal) -> bool:
    """True when `a` and `b` say the same delmål and differ at most in their observations, evaluation and
    times: e.g. the saved file after observations were logged, and the assistant's copy of it."""
    return a.model_dump(mode="json", exclude=set(APPEND_ONLY_FIELDS)) == \
        b.model_dump(mode="json", exclude=set(APPEND_ONLY_FIELDS))


def only_observations_added(path: Path, d: Delmaal) -> bool:
    """True when the delmål saved at `path` is `d` with at most observations or an evaluation added (logged
    since this window saved it): saving `d` there loses nothing, for the save merges those. False when the file
    cannot be read or says something else."""
    try:
        on_disk = load_delmaal(Path(path))
    except Exception:  # noqa: BLE001 - unreadable or not a delmål: it changed in a way that counts
        return False
    if on_disk.id != d.id or not same_apart_from_observations(on_disk, d):
        return False
    if d.evaluation is not None and d.evaluation != on_disk.evaluation:
        return False
    have = {o.id for o in on_disk.observations}
    return all(o.id in have for o in d.observations)

