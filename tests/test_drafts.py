"""drafts.py: autosaved drafts are never lost; damaged ones are moved aside (never deleted) and reported."""

from __future__ import annotations

import json
import os
import stat
import time
from pathlib import Path

import pytest

from delmaal_assistant.core.files import drafts as drafts_mod
from delmaal_assistant.core.model import migrations
from delmaal_assistant.core.files.drafts import (
    Draft,
    DraftStore,
    Settings,
    load_settings,
    save_settings,
)
from delmaal_assistant.core.model import SCHEMA_VERSION
from delmaal_assistant.core.files.storage import StorageError


def mode(p: Path) -> int:
    return stat.S_IMODE(p.stat().st_mode)


def make(title: str = "", wording: str = "") -> Draft:
    d = Draft()
    d.delmaal.title = title
    d.delmaal.wording = wording
    return d


def age(p: Path, seconds: float) -> None:
    t = time.time() - seconds
    os.utime(p, (t, t))


@pytest.fixture
def store(tmp_path) -> DraftStore:
    return DraftStore(tmp_path / "data" / "kladder")


def test_save_load_roundtrip_owner_only(store):
    d = make("Tøjvask", "At borgeren vasker tøj hver onsdag.\nNy linje.")
    d.step = "wording"
    p = store.save(d)
    assert mode(p) == 0o600 and mode(store.folder) == 0o700 and mode(store.folder.parent) == 0o700
    back = store.load(d.id)
    assert back == d
    assert [i.id for i in store.list()] == [d.id]
    assert store.problems == []


def test_list_newest_first_with_title_fallbacks(store):
    a, b, c = make("A"), make("", "Formuleringen " * 10), make()
    for d in (a, b, c):
        store.save(d)
    infos = store.list()
    assert [i.id for i in infos] == [c.id, b.id, a.id]
    assert infos[0].title == "(uden titel)" and infos[1].title == ("Formuleringen " * 10)[:60]


def test_fresh_temp_file_from_another_write_is_ignored_and_kept(store):
    d = make("x")
    store.save(d)
    tmp = store.folder / f".{d.id}.draft.json.abc123.tmp"
    tmp.write_text('{"half": ')
    assert [i.id for i in store.list()] == [d.id]
    assert tmp.exists()  # could be a write in progress in another window: not ours to touch yet
    assert store.problems == []


def test_stale_incomplete_temp_file_is_removed(store):
    d = make("x")
    store.save(d)
    tmp = store.folder / f".{d.id}.draft.json.abc123.tmp"
    tmp.write_text('{"half": ')
    age(tmp, 2 * drafts_mod.STALE_TEMP_SECONDS)
    assert [i.id for i in store.list()] == [d.id]
    assert not tmp.exists()
    assert store.load(d.id).delmaal.title == "x"


def test_stale_complete_newer_temp_file_is_recovered(store):
    # killed after fsync of the temp file but before the rename: the newer content is complete
    d = make("gammel")
    store.save(d)
    newer = d.model_copy(deep=True)
    newer.delmaal.title = "ny"
    newer.updated_at = drafts_mod._now()
    tmp = store.folder / f".{d.id}.draft.json.k1ll3d.tmp"
    tmp.write_text(newer.model_dump_json())
    age(tmp, 2 * drafts_mod.STALE_TEMP_SECONDS)
    store.list()
    assert not tmp.exists()
    assert store.load(d.id).delmaal.title == "ny"


def test_stale_complete_older_temp_file_does_not_win(store):
    d = make("gammel")
    old = d.model_dump_json()
    d.delmaal.title = "ny"
    store.save(d)
    tmp = store.folder / f".{d.id}.draft.json.k1ll3d.tmp"
    tmp.write_text(old)
    age(tmp, 2 * drafts_mod.STALE_TEMP_SECONDS)
    store.list()
    assert store.load(d.id).delmaal.title == "ny" and not tmp.exists()


def test_delete_removes_the_draft_and_its_temp_leftovers(store):
    d = make("x")
    store.save(d)
    tmp = store.folder / f".{d.id}.draft.json.k1ll3d.tmp"
    tmp.write_text(d.model_dump_json())
    other = make("y")
    store.save(other)
    store.delete(d.id)
    store.delete(d.id)  # twice is fine
    assert not tmp.exists()
    assert [i.id for i in store.list()] == [other.id]


CORRUPT = {
    "half-written": lambda d: d.model_dump_json(indent=2).encode()[:-40],
    "empty": lambda d: b"",
    "binary": lambda d: os.urandom(64) + b"\x00",
    "not utf-8": lambda d: d.model_dump_json().replace("x", "ø").encode("latin-1"),
    "wrong shape": lambda d: b"[1, 2, 3]",
    "invalid content": lambda d: d.model_dump_json().replace('"meeting_mode":false', '"meeting_mode":"måske"')
    .encode(),
    "deep": lambda d: b"[" * 50_000,
}


@pytest.mark.parametrize("kind", list(CORRUPT))
def test_corrupt_draft_is_moved_aside_not_deleted_and_reported(store, kind):
    good, bad = make("god"), make("x")
    store.save(good)
    p = store.save(bad)
    raw = CORRUPT[kind](bad)
    p.write_bytes(raw)
    assert [i.id for i in store.list()] == [good.id]
    assert not p.exists()
    aside = list(store.folder.glob(f"{p.name}.corrupt-*"))
    assert len(aside) == 1 and aside[0].read_bytes() == raw
    assert len(store.problems) == 1
    msg = store.problems[0]
    assert "beskadiget" in msg and "ikke slettet" in msg and aside[0].name in msg
    # listing again does not repeat the message or touch the moved file
    store.list()
    assert len(store.problems) == 1 and aside[0].read_bytes() == raw


def test_load_of_corrupt_draft_moves_it_aside_and_raises_danish(store):
    d = make("x")
    p = store.save(d)
    p.write_text('{"id": ')
    with pytest.raises(StorageError, match="ikke slettet"):
        store.load(d.id)
    assert not p.exists() and list(store.folder.glob("*.corrupt-*"))


def test_two_quarantines_in_the_same_second_do_not_clobber(store):
    d = make("x")
    p = store.save(d)
    p.write_text("{1")
    store.list()
    p.write_text("{2")
    store.list()
    aside = sorted(q.read_text() for q in store.folder.glob("*.corrupt-*"))
    assert aside == ["{1", "{2"]


def test_draft_from_a_newer_program_version_is_left_alone(store):
    d = make("fremtid")
    p = store.save(d)
    data = json.loads(p.read_text())
    data["delmaal"]["schema_version"] = SCHEMA_VERSION + 1
    data["delmaal"]["new_field"] = "x"
    p.write_text(json.dumps(data))
    raw = p.read_bytes()
    assert store.list() == []
    assert p.read_bytes() == raw and not list(store.folder.glob("*.corrupt-*"))
    assert any("nyere version" in m for m in store.problems)
    with pytest.raises(StorageError, match="nyere version"):
        store.load(d.id)
    assert p.read_bytes() == raw
    data["draft_schema_version"] = 99
    p.write_text(json.dumps(data))
    assert store.list() == [] and p.exists()


def test_draft_with_older_delmaal_schema_is_migrated(store, monkeypatch):
    reg: dict = {}

    @migrations.step(SCHEMA_VERSION - 1, reg)
    def _dummy(d):
        return dict(d, schema_version=SCHEMA_VERSION, title=d.get("title", "") + " (opgraderet)")

    monkeypatch.setattr(migrations, "STEPS", reg)
    d = make("gammel")
    p = store.save(d)
    data = json.loads(p.read_text())
    data["delmaal"]["schema_version"] = SCHEMA_VERSION - 1
    p.write_text(json.dumps(data))
    assert store.load(d.id).delmaal.title == "gammel (opgraderet)"


def test_copied_draft_file_keeps_its_own_identity(store):
    d = make("original")
    p = store.save(d)
    copy = store.folder / "kopi.draft.json"
    copy.write_bytes(p.read_bytes())
    ids = {i.id for i in store.list()}
    assert ids == {d.id, "kopi"}
    c = store.load("kopi")
    c.delmaal.title = "ændret kopi"
    assert store.save(c) == copy  # saving the copy must not overwrite the original
    assert store.load(d.id).delmaal.title == "original"


def test_unreadable_draft_is_reported_not_moved(store, monkeypatch):
    d = make("x")
    p = store.save(d)
    real = Path.read_bytes

    def denied(self):
        if self == p:
            raise PermissionError(13, "Permission denied")
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", denied)  # like chmod 000 (tests run as root here)
    assert store.list() == []
    assert p.exists() and any("ikke adgang til at læse" in m for m in store.problems)
    with pytest.raises(StorageError, match="kunne ikke læses"):
        store.load(d.id)
    assert p.exists()


@pytest.mark.parametrize("bad", ["", "../x", "a/b", ".hidden", "a\\b", "a\x00b", "x" * 300])
def test_bad_ids_are_rejected(store, bad):
    with pytest.raises(StorageError, match="Ugyldigt kladde-id"):
        store.load(bad)
    with pytest.raises(StorageError):
        store.delete(bad)


def test_save_survives_unencodable_text(store):
    d = make("a\udcffb")
    store.save(d)
    assert store.load(d.id).delmaal.title == "a\ufffdb"


def test_save_into_a_file_instead_of_folder_is_danish_error(tmp_path):
    (tmp_path / "kladder").write_text("ups")
    store = DraftStore(tmp_path / "kladder")
    with pytest.raises(StorageError, match="fil"):
        store.save(make("x"))
    assert store.list() == []
    assert (tmp_path / "kladder").read_text() == "ups"


def test_settings_roundtrip_owner_only_and_corrupt_settings_fall_back(tmp_path):
    data = tmp_path / "data"
    save_settings(data, Settings(save_dir="/tmp/x", meeting_mode_default=True))
    f = data / "settings.json"
    assert mode(f) == 0o600 and mode(data) == 0o700
    assert load_settings(data) == Settings(save_dir="/tmp/x", meeting_mode_default=True)
    for raw in (b"{", b"\xff\xfe", b"[]", b'{"meeting_mode_default": "vist"}'):
        f.write_bytes(raw)
        assert load_settings(data) == Settings()
    assert load_settings(tmp_path / "nowhere") == Settings()


# ------------------------------------------------------------------ in the assistant: the user is told


async def test_assistant_tells_user_about_damaged_draft_and_bad_files(tmp_path, fake_checker):
    from tui_helpers import settle

    from delmaal_assistant.tui.app import create_app
    from delmaal_assistant.tui.screens import StartScreen

    data = tmp_path / "data"
    store = DraftStore(data / "drafts")
    good = make("God kladde")
    store.save(good)
    bad = store.save(make("x"))
    bad.write_text('{"draft_schema_version": 1, "delmaal": {"title": "halv')
    (tmp_path / "mappe").mkdir()
    invalid = tmp_path / "x.delmaal.json"
    invalid.write_bytes(b'{"schema_version": 1, "title": ')
    future = tmp_path / "ny.delmaal.json"
    future.write_text(json.dumps({"schema_version": SCHEMA_VERSION + 1}))
    latin = tmp_path / "l.delmaal.json"
    latin.write_bytes('{"schema_version": 1, "title": "Tøj"}'.encode("latin-1"))
    before = {p: p.read_bytes() for p in (invalid, future, latin)}

    app = create_app(checker=fake_checker, data_dir=data)
    notes: list[str] = []
    real_notify = app.notify
    app.notify = lambda message, *a, **k: (notes.append(str(message)), real_notify(message, *a, **k))[1]
    async with app.run_test(size=(110, 36)) as pilot:
        await settle(pilot, app)
        assert isinstance(app.screen, StartScreen)
        assert any("beskadiget" in n and "ikke slettet" in n for n in notes), notes
        expected = {
            tmp_path / "mappe": "mappe",
            tmp_path / "findes-ikke.delmaal.json": "findes ikke",
            invalid: "ikke gyldig JSON",
            future: "nyere version",
            latin: "UTF-8",
        }
        for path, words in expected.items():
            notes.clear()
            app.screen.open_file(path)
            await settle(pilot, app)
            assert isinstance(app.screen, StartScreen)
            assert any(words in n for n in notes), (path, notes)
    assert {p: p.read_bytes() for p in before} == before
    assert list((data / "drafts").glob("*.corrupt-*"))
    assert [i.id for i in DraftStore(data / "drafts").list()] == [good.id]


async def test_assistant_save_to_impossible_place_is_told_and_draft_kept(tmp_path, fake_checker):
    from tui_helpers import answer_current, settle

    from delmaal_assistant.tui.app import create_app
    from delmaal_assistant.tui.screens import ReviewScreen

    data = tmp_path / "data"
    blocker = tmp_path / "ikke-en-mappe"
    blocker.write_text("en fil")
    app = create_app(checker=fake_checker, data_dir=data)
    notes: list[str] = []
    real_notify = app.notify
    app.notify = lambda message, *a, **k: (notes.append(str(message)), real_notify(message, *a, **k))[1]
    async with app.run_test(size=(110, 36)) as pilot:
        await settle(pilot, app)
        app.action_new_delmaal()
        await settle(pilot, app)
        await answer_current(pilot, app)  # title
        app.screen.action_review()
        await settle(pilot, app)
        assert isinstance(app.screen, ReviewScreen)
        await pilot.press("ctrl+s")
        await settle(pilot, app)
        app.screen.query_one("#save-folder").value = str(blocker / "under")
        await pilot.click("#save-yes")
        await settle(pilot, app, rounds=6)
        # told at once in the dialog (checked before anything is written), in Danish
        assert "fil, ikke en mappe" in str(app.screen.query_one("#save-error").render()), notes
    assert blocker.read_text() == "en fil"
    [info] = DraftStore(data / "drafts").list()
    assert info.title == "Tøjvask om onsdagen"


def test_naive_timestamps_do_not_break_listing(store):
    a = make("a")
    store.save(a)
    p = store.save(make("b"))
    data = json.loads(p.read_text())
    data["updated_at"] = "2000-01-01T10:00:00"  # no time zone (hand-edited, or another tool)
    p.write_text(json.dumps(data))
    assert [i.title for i in store.list()] == ["a", "b"]


def test_damaged_draft_that_cannot_be_moved_is_reported_and_left(store, monkeypatch):
    d = make("x")
    p = store.save(d)
    p.write_text("{")

    def no_replace(a, b):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", no_replace)
    assert store.list() == []
    with pytest.raises(StorageError, match="kunne ikke flyttes til side"):
        store.load(d.id)
    monkeypatch.undo()
    assert p.read_text() == "{"
    assert len(store.problems) == 1 and "ikke slettet" in store.problems[0]


async def test_assistant_quit_right_after_typing_keeps_the_text(tmp_path, fake_checker):
    """Quitting (Ctrl+Q) inside the autosave debounce must not lose what was just typed."""
    from tui_helpers import settle

    from delmaal_assistant.tui.app import create_app

    data = tmp_path / "data"
    app = create_app(checker=fake_checker, data_dir=data)
    async with app.run_test(size=(110, 36)) as pilot:
        await settle(pilot, app)
        app.action_new_delmaal()
        await settle(pilot, app)
        await pilot.press(*"Vasketøj")
        await pilot.press("ctrl+q")
    [info] = DraftStore(data / "drafts").list()
    assert info.title == "Vasketøj"


def test_draft_lock_is_owner_only_exclusive_and_goes_with_the_draft(store):
    from delmaal_assistant.core.files.drafts import DraftLocked

    d = make("x")
    store.save(d)
    lock = store.lock(d.id)
    path = store.folder / f"{d.id}.lock"
    assert mode(path) == 0o600 and json.loads(path.read_text())["pid"] == os.getpid()
    with pytest.raises(DraftLocked, match="andet vindue"):
        store.lock(d.id)
    assert [i.id for i in store.list()] == [d.id] and store.problems == []  # a lock file is not a draft
    lock.release()
    store.lock(d.id).release()
    store.delete(d.id)
    assert list(store.folder.iterdir()) == []


def test_copy_of_a_draft_gets_its_own_id_and_a_note(store):
    d = make("Tøjvask", "At beboeren vasker tøj.")
    store.save(d)
    c = store.copy(d, "Kopi.")
    assert c.id != d.id and store.load(c.id).delmaal.wording == d.delmaal.wording
    assert store.load(c.id).conversation[-1].text == "Kopi." and store.load(d.id).conversation == []
