"""storage.py: atomic durable writes, backups, owner-only files, Danish errors for every bad file."""

from __future__ import annotations

import errno
import json
import os
import stat
from datetime import date
from pathlib import Path

import pytest

from delmaal_assistant.core.files import storage
from delmaal_assistant.core.model import migrations
from delmaal_assistant.core.model.migrations import MigrationError, migrate
from delmaal_assistant.core.model import SCHEMA_VERSION, Delmaal
from delmaal_assistant.core.files.storage import (
    StorageError,
    StorageWriteError,
    atomic_write_bytes,
    atomic_write_text,
    delmaal_from_data,
    ensure_private_dir,
    load_delmaal,
    read_text_file,
    save_delmaal,
)

DANISH = ("findes", "mappe", "fil", "delmål", "JSON", "version", "læses", "gemmes", "tom", "gyldig")


def mode(p: Path) -> int:
    return stat.S_IMODE(p.stat().st_mode)


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def assert_danish(msg: str) -> None:
    assert msg and "Traceback" not in msg
    assert any(w in msg for w in DANISH), msg


# --- atomic writes -------------------------------------------------------------------------------


def test_atomic_write_creates_owner_only_file_and_leaves_no_temp(tmp_path):
    p = tmp_path / "a.txt"
    atomic_write_text(p, "hej æøå\n")
    assert p.read_text(encoding="utf-8") == "hej æøå\n"
    assert mode(p) == 0o600
    assert leftovers(tmp_path) == []


def test_atomic_write_tightens_mode_of_replaced_file(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("gammel")
    os.chmod(p, 0o644)
    atomic_write_text(p, "ny")
    assert p.read_text() == "ny" and mode(p) == 0o600


def test_atomic_write_fsyncs_file_and_folder_and_uses_replace(tmp_path, monkeypatch):
    calls: list[str] = []
    real_fsync, real_replace = os.fsync, os.replace
    monkeypatch.setattr(os, "fsync", lambda fd: (calls.append("fsync"), real_fsync(fd))[1])
    monkeypatch.setattr(os, "replace", lambda a, b: (calls.append("replace"), real_replace(a, b))[1])
    atomic_write_text(tmp_path / "x.json", "{}")
    assert calls == ["fsync", "replace", "fsync"]  # data before rename, folder entry after


@pytest.mark.parametrize("where", ["write", "fsync", "replace"])
def test_failed_write_keeps_old_file_and_removes_temp(tmp_path, monkeypatch, where):
    p = tmp_path / "k.draft.json"
    atomic_write_text(p, "OLD")

    def boom(*a, **k):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, where, boom)
    with pytest.raises(StorageWriteError) as ei:
        atomic_write_text(p, "NEW" * 1000)
    monkeypatch.undo()
    assert p.read_text() == "OLD"
    assert leftovers(tmp_path) == []
    # both a StorageError (Danish, for new callers) and an OSError (for callers written before)
    assert isinstance(ei.value, StorageError) and isinstance(ei.value, OSError)
    assert ei.value.errno == errno.ENOSPC
    assert "plads på disken" in str(ei.value)


def test_write_onto_a_folder_or_below_a_file_is_a_danish_error(tmp_path):
    (tmp_path / "mappe").mkdir()
    with pytest.raises(StorageWriteError, match="mappe"):
        atomic_write_text(tmp_path / "mappe", "x")
    (tmp_path / "fil").write_text("x")
    with pytest.raises(StorageWriteError, match="fil, ikke en mappe"):
        atomic_write_text(tmp_path / "fil" / "under" / "a.json", "x")
    assert (tmp_path / "fil").read_text() == "x"


def test_write_never_follows_a_symlink(tmp_path):
    real = tmp_path / "real.txt"
    real.write_text("old")
    link = tmp_path / "link.txt"
    link.symlink_to(real)
    with pytest.raises(StorageWriteError, match="genvej"):
        atomic_write_text(link, "new")
    assert link.is_symlink() and real.read_text() == "old"
    assert leftovers(tmp_path) == []


def test_lone_surrogates_are_replaced_not_fatal(tmp_path):
    # e.g. `delmaal check $'\xff'` gives '\udcff' in sys.argv; it must not make saving impossible
    atomic_write_text(tmp_path / "s.txt", "a\udcffb")
    assert (tmp_path / "s.txt").read_text(encoding="utf-8") == "a\ufffdb"
    d = Delmaal(wording="a\udcffb")
    save_delmaal(tmp_path / "s.delmaal.json", d)
    assert load_delmaal(tmp_path / "s.delmaal.json").wording == "a\ufffdb"


def test_missing_folders_are_created_owner_only_existing_ones_untouched(tmp_path):
    shared = tmp_path / "Dokumenter"
    shared.mkdir()
    os.chmod(shared, 0o755)
    target = shared / "ny" / "mappe" / "x.delmaal.json"
    save_delmaal(target, Delmaal(title="t"))
    assert mode(shared) == 0o755  # the user's own folder is not ours to tighten
    assert mode(shared / "ny") == 0o700 and mode(shared / "ny" / "mappe") == 0o700
    assert mode(target) == 0o600


def test_ensure_private_dir_tightens_our_folder_and_reports_a_file_in_the_way(tmp_path):
    d = tmp_path / "data"
    d.mkdir(mode=0o755)
    os.chmod(d, 0o755)
    ensure_private_dir(d)
    assert mode(d) == 0o700
    (tmp_path / "f").write_text("")
    with pytest.raises(StorageWriteError, match="fil"):
        ensure_private_dir(tmp_path / "f")


# --- save_delmaal and backups ----------------------------------------------------------------------


def test_save_keeps_previous_version_as_backup_byte_for_byte(tmp_path):
    p = tmp_path / "tøjvask.delmaal.json"
    d1 = Delmaal(title="første", wording="At borgeren vasker tøj hver onsdag.")
    save_delmaal(p, d1)
    assert not storage.backup_path(p).exists()
    first = p.read_bytes()
    d2 = d1.model_copy(update={"title": "anden"})
    save_delmaal(p, d2)
    bak = storage.backup_path(p)
    assert bak.read_bytes() == first
    assert mode(bak) == 0o600 and mode(p) == 0o600
    assert load_delmaal(p) == d2 and load_delmaal(bak) == d1
    assert leftovers(tmp_path) == []


def test_backup_is_written_atomically(tmp_path, monkeypatch):
    p = tmp_path / "x.delmaal.json"
    save_delmaal(p, Delmaal(title="1"))
    written: list[str] = []
    real = storage.atomic_write_bytes
    spy = lambda path, data: (written.append(Path(path).name), real(path, data))[1]  # noqa: E731
    monkeypatch.setattr(storage.delmaal_json, "atomic_write_bytes", spy)
    monkeypatch.setattr(storage.backups, "atomic_write_bytes", spy)  # the backup is written by the one writer
    save_delmaal(p, Delmaal(title="2"))
    assert written == ["x.delmaal.json.bak", "x.delmaal.json"]  # backup first, both atomic


def test_saving_unchanged_content_does_not_overwrite_older_backup(tmp_path):
    p = tmp_path / "x.delmaal.json"
    d1, d2 = Delmaal(title="1"), Delmaal(title="2")
    save_delmaal(p, d1)
    save_delmaal(p, d2)
    save_delmaal(p, d2)  # pressing "Gem" twice
    assert load_delmaal(storage.backup_path(p)) == d1


def test_backup_false_writes_no_backup(tmp_path):
    p = tmp_path / "x.delmaal.json"
    save_delmaal(p, Delmaal(title="1"))
    save_delmaal(p, Delmaal(title="2"), backup=False)
    assert not storage.backup_path(p).exists()


@pytest.mark.parametrize("garbage", [b'{"schema_version": 1, "title": "halv', b"\xff\xfe\x00binary", b"hello"])
def test_corrupt_existing_target_is_kept_aside_and_good_backup_survives(tmp_path, garbage):
    p = tmp_path / "x.delmaal.json"
    d1 = Delmaal(title="1")
    save_delmaal(p, d1)
    save_delmaal(p, Delmaal(title="2"))  # .bak = d1
    p.write_bytes(garbage)  # damaged by something else (half-copied, wrong program, ...)
    notes: list[str] = []
    d3 = Delmaal(title="3")
    save_delmaal(p, d3, notes=notes)
    assert load_delmaal(p) == d3
    assert load_delmaal(storage.backup_path(p)) == d1  # the good backup is not replaced by garbage
    aside = [q for q in tmp_path.iterdir() if ".corrupt-" in q.name]
    assert len(aside) == 1 and aside[0].read_bytes() == garbage and mode(aside[0]) == 0o600
    assert notes and "ikke slettet" in notes[0]


def test_unreadable_existing_target_is_not_overwritten(tmp_path, monkeypatch):
    p = tmp_path / "x.delmaal.json"
    save_delmaal(p, Delmaal(title="1"))
    before = p.read_bytes()

    def denied(path, limit=None):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(storage.files, "_read_regular", denied)  # like chmod 000 (tests run as root here)
    with pytest.raises(StorageError, match="Intet er overskrevet"):
        save_delmaal(p, Delmaal(title="2"))
    monkeypatch.undo()
    assert p.read_bytes() == before


def test_save_onto_a_folder_is_a_danish_error(tmp_path):
    (tmp_path / "x.delmaal.json").mkdir()
    with pytest.raises(StorageError, match="mappe"):
        save_delmaal(tmp_path / "x.delmaal.json", Delmaal())


# --- reading: every bad file is a Danish StorageError, never another exception -----------------------


def test_read_text_file_errors(tmp_path):
    cases = {}
    cases["findes ikke"] = tmp_path / "nope.txt"
    (tmp_path / "dir").mkdir()
    cases["er en mappe"] = tmp_path / "dir"
    (tmp_path / "bin.txt").write_bytes(b"PK\x03\x04\x00\x00\x14\x00")
    cases["binær"] = tmp_path / "bin.txt"
    (tmp_path / "u16.txt").write_bytes("delmaal\nAt borgeren\n".encode("utf-16"))
    cases["UTF-16"] = tmp_path / "u16.txt"
    (tmp_path / "latin1.txt").write_bytes("linje 1\nAt borgeren går en tur i skoven\n".encode("latin-1"))
    cases["linje 2"] = tmp_path / "latin1.txt"
    (tmp_path / "dangling").symlink_to(tmp_path / "gone")
    cases["peger på"] = tmp_path / "dangling"
    for expected, path in cases.items():
        with pytest.raises(StorageError) as ei:
            read_text_file(path)
        assert expected in str(ei.value), (path, str(ei.value))


def test_read_text_file_strips_bom_and_limits_size(tmp_path, monkeypatch):
    p = tmp_path / "bom.csv"
    p.write_bytes(b"\xef\xbb\xbfdelmaal\nx\n")
    assert read_text_file(p) == "delmaal\nx\n"
    monkeypatch.setattr(storage.files, "MAX_TEXT_BYTES", 10)
    with pytest.raises(StorageError, match="for stor"):
        read_text_file(p)


def test_one_megabyte_text_file_reads(tmp_path):
    p = tmp_path / "big.txt"
    p.write_text(("At borgeren vasker tøj hver onsdag i de næste 8 uger. " * 20 + "\n") * 1000, encoding="utf-8")
    assert p.stat().st_size > 1_000_000
    assert read_text_file(p).count("\n") == 1000


BAD_JSON: dict[str, tuple[bytes, str]] = {
    "empty": (b"", "tom"),
    "blank": (b"  \n", "tom"),
    "invalid": (b'{"schema_version": 1,', "ikke gyldig JSON"),
    "truncated": (Delmaal(title="x").model_dump_json().encode()[:-7], "ikke gyldig JSON"),
    "deeply nested": (b"[" * 100_000 + b"]" * 100_000, "ikke et gyldigt delmål"),
    "5000-digit number": (b'{"schema_version": ' + b"1" * 5000 + b"}", "ikke et gyldigt delmål"),
    "lone surrogate": (b'{"schema_version": 1, "wording": "At \\ud800 beboeren"}', "ikke et gyldigt delmål"),
    "list": (b"[1, 2]", "JSON-objekt"),
    "string": ('"delmål"'.encode(), "JSON-objekt"),
    "other schema": (b'{"name": "x", "version": 3}', "schema_version"),
    "check output": (b'{"schema": "delmaal-check/1", "results": []}', "schema_version"),
    "draft": (b'{"draft_schema_version": 1, "delmaal": {}}', "kladde"),
    "future version": (b'{"schema_version": 7, "title": "fra fremtiden"}', "nyere version"),
    "version as string": (b'{"schema_version": "1"}', "ugyldig skemaversion"),
    "version bool": (b'{"schema_version": true}', "ugyldig skemaversion"),
    "version 0 (never existed)": (b'{"schema_version": 0}', "kan ikke opgraderes"),
    "negative version": (b'{"schema_version": -3}', "kan ikke opgraderes"),
    "unknown field": (b'{"schema_version": 1, "cpr": "x"}', "feltet kendes ikke"),
    "wrong type": (b'{"schema_version": 1, "title": 5}', "skal være tekst"),
    "dates reversed": (b'{"schema_version": 1, "start_date": "2027-02-01", "end_date": "2027-01-01"}',
                       "slutdatoen ligger før startdatoen"),
    "bad date": (b'{"schema_version": 1, "start_date": "31-12-2026"}', "dato"),
    "bad level": (b'{"schema_version": 1, "indicators": {"start_level": 9}}', "for stort"),
    "bad language": (b'{"schema_version": 1, "language": "klingon!!"}', "sprogkode"),
    "binary": (b"\x00\x01\x02\x03", "binær"),
    "latin-1": ('{"schema_version": 1, "title": "Tøj"}'.encode("latin-1"), "UTF-8"),
    "nan": (b'{"schema_version": 1, "title": NaN}', "skal være tekst"),
}


@pytest.mark.parametrize("name", list(BAD_JSON))
def test_load_delmaal_bad_files_give_danish_storage_error(tmp_path, name):
    raw, expected = BAD_JSON[name]
    p = tmp_path / "x.delmaal.json"
    p.write_bytes(raw)
    with pytest.raises(StorageError) as ei:
        load_delmaal(p)
    assert expected in str(ei.value), str(ei.value)
    assert p.read_bytes() == raw  # reading never changes the file


def test_future_version_message(tmp_path):
    p = tmp_path / "ny.delmaal.json"
    p.write_text(json.dumps({"schema_version": SCHEMA_VERSION + 1}))
    msg = str(pytest.raises(StorageError, load_delmaal, p).value)
    assert "nyere version af programmet" in msg and "Opdatér programmet" in msg


def test_missing_schema_version_is_rejected_clearly():
    data = json.loads(Delmaal(title="t").model_dump_json())
    del data["schema_version"]
    msg = str(pytest.raises(StorageError, delmaal_from_data, data).value)
    assert "schema_version" in msg and "mangler" in msg


# --- migrations ------------------------------------------------------------------------------------


def test_migration_chain_runs_registered_steps_in_order_without_mutating_input():
    reg: dict = {}

    @migrations.step(1, reg)
    def _v1_to_v2(d):
        d["schema_version"] = 2
        d["renamed"] = d.pop("title")
        return d

    @migrations.step(2, reg)
    def _v2_to_v3(d):
        d["schema_version"] = 3
        d["extra"] = [d["renamed"]]
        return d

    original = {"schema_version": 1, "title": "t"}
    out = migrate(original, target=3, steps=reg)
    assert out == {"schema_version": 3, "renamed": "t", "extra": ["t"]}
    assert original == {"schema_version": 1, "title": "t"}
    assert migrate({"schema_version": 3}, target=3, steps=reg) == {"schema_version": 3}
    assert migrate({"schema_version": 2, "renamed": "r"}, target=3, steps=reg)["extra"] == ["r"]
    with pytest.raises(ValueError):
        migrations.step(1, reg)(lambda d: d)  # registering a step twice is a programming error


def test_migration_errors_are_danish_migration_errors():
    reg = {1: lambda d: {**d, "schema_version": 3}, 2: lambda d: 1 / 0}
    with pytest.raises(MigrationError, match="gav ikke skemaversion 2"):
        migrate({"schema_version": 1}, target=2, steps=reg)
    with pytest.raises(MigrationError, match="mislykkedes"):
        migrate({"schema_version": 2}, target=3, steps=reg)
    with pytest.raises(MigrationError, match="kan ikke opgraderes"):
        migrate({"schema_version": 0}, target=3, steps=reg)
    with pytest.raises(MigrationError, match="nyere version"):
        migrate({"schema_version": 4}, target=3, steps=reg)


def test_loading_runs_registered_migration_steps(tmp_path, monkeypatch):
    # A dummy step registered for the test only, to prove load_delmaal goes through the chain.
    reg: dict = {}

    @migrations.step(SCHEMA_VERSION - 1, reg)
    def _dummy(d):
        d = dict(d, schema_version=SCHEMA_VERSION)
        d["title"] = d.pop("overskrift")
        return d

    monkeypatch.setattr(migrations, "STEPS", reg)
    p = tmp_path / "old.delmaal.json"
    p.write_text(json.dumps({"schema_version": SCHEMA_VERSION - 1, "overskrift": "Tøjvask",
                             "start_date": "2026-12-01"}))
    d = load_delmaal(p)
    assert d.title == "Tøjvask" and d.start_date == date(2026, 12, 1) and d.schema_version == SCHEMA_VERSION


# --- odd names: too long for the file system, NUL characters --------------------------------------


def test_odd_names_give_danish_errors_not_oserror(tmp_path):
    long = tmp_path / ("x" * 300 + ".delmaal.json")
    with pytest.raises(StorageError, match="navnet er for langt"):
        load_delmaal(long)
    with pytest.raises(StorageError, match="navnet er for langt"):
        read_text_file(Path("At borgeren går en tur hver dag " * 20))  # a wording mistaken for a path
    with pytest.raises(StorageWriteError, match="navnet er for langt"):
        save_delmaal(long, Delmaal())
    with pytest.raises(StorageError):
        read_text_file(tmp_path / "a\x00b")
    with pytest.raises(StorageWriteError, match="ugyldigt"):
        atomic_write_text(tmp_path / "a\x00b", "x")
    msg = str(pytest.raises(StorageError, read_text_file, Path("ø" * 100_000)).value)
    assert len(msg) < 300  # a huge "path" is not echoed back whole


def test_name_close_to_the_limit_can_be_saved(tmp_path):
    name = "æ" * 120 + ".delmaal.json"  # 253 bytes: fine for the file system, too long for ".NAME.XXXX.tmp"
    save_delmaal(tmp_path / name, Delmaal(title="lang"))
    save_delmaal(tmp_path / name, Delmaal(title="lang 2"), backup=False)
    assert load_delmaal(tmp_path / name).title == "lang 2"
    # NAME.bak would be over the limit: a clear error, and the file is left as it was
    with pytest.raises(StorageWriteError, match="for langt"):
        save_delmaal(tmp_path / name, Delmaal(title="lang 3"))
    assert load_delmaal(tmp_path / name).title == "lang 2"
    assert leftovers(tmp_path) == []


def test_undecodable_and_unencodable_names(tmp_path):
    # '\udcff' is how Python spells a non-UTF-8 byte in a real file name: a valid place to write
    ok = tmp_path / "l\udcffn" / "x.txt"
    atomic_write_text(ok, "x")
    assert read_text_file(ok) == "x"
    # '\ud800' cannot be a file name at all: a Danish error whose message can itself be printed
    bad = tmp_path / "a\ud800b.txt"
    for call in (lambda: atomic_write_text(bad, "x"), lambda: read_text_file(bad), lambda: load_delmaal(bad)):
        with pytest.raises(StorageError) as ei:
            call()
        str(ei.value).encode("utf-8")
