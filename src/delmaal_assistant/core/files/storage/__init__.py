"""Reading and writing delmål files and drafts: atomic, owner-only, validated with Danish errors.

Split by job: `files` (file safety, atomic writes, safe reads), `locking` (the one write lock), `backups` (the
one writer: lock, no inputs, numbered backups),
`delmaal_json` (load/save of a delmål with Danish error translations), `names` (file names). Everything is
re-exported here, so `from delmaal_assistant.core.files.storage import …` works as before.
"""

from __future__ import annotations

from delmaal_assistant.core.files.storage.backups import (  # noqa: F401
    MAX_BACKUPS,
    _existing_for_backup,
    _unique_sibling,
    backup_path,
    backup_paths,
    input_clash,
    keep_backup,
    numbered_backup_path,
    refuse_input,
    write_bytes_with_backup,
    write_with_backup,
)
from delmaal_assistant.core.files.storage.delmaal_json import (  # noqa: F401
    _PYDANTIC_DA,
    _field_path,
    _lone_surrogate_field,
    _looks_like_delmaal,
    delmaal_from_data,
    delmaal_from_json_text,
    delmaal_to_json,
    keep_observations_on_disk,
    describe_validation_error,
    only_observations_added,
    same_apart_from_observations,
    load_delmaal,
    model_to_json,
    parse_json_text,
    save_delmaal,
)
from delmaal_assistant.core.files.storage.files import (  # noqa: F401
    DIR_MODE,
    FILE_MODE,
    MAX_TEXT_BYTES,
    STALE_TEMP_SECONDS,
    TEMP_SUFFIX,
    StorageError,
    StorageWriteError,
    _clean,
    _encodable,
    _kind_da,
    _probe,
    _read_bytes,
    _read_regular,
    _refuse_target,
    _short,
    _why,
    _write_error,
    atomic_write_bytes,
    atomic_write_text,
    ensure_private_dir,
    read_text_file,
    remove_stale_temp_files,
    temp_is_stale,
    write_target_problem,
)
from delmaal_assistant.core.files.storage import locking  # noqa: F401
from delmaal_assistant.core.files.storage.locking import LOCK_TIMEOUT, file_turn  # noqa: F401
from delmaal_assistant.core.files.storage.names import DELMAAL_SUFFIX, delmaal_filename, safe_filename  # noqa: F401
