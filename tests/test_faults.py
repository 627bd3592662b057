"""Fault injection: the attacks of issue 8 ("Never lose a keystroke, never harm the machine"), tried again the
way they were first made. Process faults (SIGKILL while typing, SIGTERM, closing the terminal, a second
instance, a killed save) use real processes; the assistant runs in a pseudo-terminal like a user's.
"""

from __future__ import annotations

import errno
import json
import os
import signal
import socket
import stat
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from ptyapp import PtyApp  # noqa: E402
from tui_helpers import answer_current, settle  # noqa: E402

from delmaal_assistant.core.files.drafts import AutosavePolicy, Draft, DraftLocked, DraftStore  # noqa: E402
from delmaal_assistant.core.outputs.publish import publish_exports  # noqa: E402
from delmaal_assistant.core.model import Delmaal  # noqa: E402
from delmaal_assistant.core.files.storage import (  # noqa: E402
    StorageError,
    StorageWriteError,
    atomic_write_text,
    load_delmaal,
    remove_stale_temp_files,
    save_delmaal,
)

TODAY = date(2026, 11, 22)
EVIL_TITLE = "Tøjvask\x1b]0;PWNED\x07\x1b[2J\x1b]52;c;SGVq\x07\u202eonsdag"
ESCAPES = (b"\x1b]0;PWNED", b"\x1b[2J", b"\x1b]52", "\u202e".encode())


async def press_button(pilot, app, selector: str) -> None:
    """Focus a button and press Enter, as with the keyboard (a click could land on a notification)."""
    app.screen.query_one(selector).focus()
    await pilot.press("enter")


def _drafts(data: Path) -> list[Draft]:
    store = DraftStore(data / "drafts")
    return [store.load(i.id) for i in store.list()]


# ============================================================================ 1. autosave: steady typing, signals


def test_autosave_policy_has_a_maximum_wait_however_steady_the_typing():
    p = AutosavePolicy(idle=1.0, max_wait=1.5, tick=0.25)
    assert not p.dirty and not p.due(0.0)
    keys = [round(i * 0.2, 2) for i in range(50)]  # a keystroke every 0.2 s for 10 s, never a pause
    saves = []
    for step in range(0, 1100, 5):  # the clock in 0.05 s steps; the timer looks every `tick`
        now = step / 100
        if now in keys:
            p.edited(now)
        if step % 25 == 0 and p.due(now):
            saves.append(now)
            p.saved()
    assert saves  # the old debounce never fired while the keys kept coming
    for k in keys:  # every keystroke reached the disk within the promised time
        assert min(t for t in saves if t >= k) - k <= p.worst_delay <= 2.0
    p.edited(20.0)
    assert not p.due(20.5) and p.due(21.0)  # a pause: saved after `idle`
    p.retry_later(21.0)
    assert p.dirty and not p.due(21.5) and p.due(22.0)  # a failed write is retried, not every tick


@pytest.mark.slow  # a real process killed
def test_steady_typing_reaches_disk_and_survives_sigkill(tmp_path):
    """Attack 1: type steadily (a key every 0.15 s, no pause longer than that), SIGKILL. The old autosave
    restarted its 1.5 s timer on every key and lost everything."""
    data = tmp_path / "data"
    text = "Tøjvask om onsdagen i vaskekælderen"
    with PtyApp(data) as app:
        assert app.wait_for("Nyt delmål"), app.output[-2000:]
        app.type("\x0e")  # Ctrl+N: a new delmål, the first question is the title
        assert app.wait_for("Spørgsmål 1")
        typed, seen, lag = 0, [], []
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and typed < len(text):
            app.type(text[typed])
            typed += 1
            time.sleep(0.15)  # the typing rhythm itself, not a wait for the program
            drafts = list((data / "drafts").glob("*.draft.json"))
            if drafts:
                on_disk = json.loads(drafts[0].read_text(encoding="utf-8"))["delmaal"]["title"]  # atomic writes
                if not seen or seen[-1] != on_disk:
                    seen.append(on_disk)
                lag.append(typed - len(on_disk))
        app.kill(signal.SIGKILL)
        assert app.wait() == -signal.SIGKILL
    # while the keys kept coming (never a pause longer than 0.15 s) the draft was written again and again
    assert len(seen) >= 2, seen
    assert all(text.startswith(s) for s in seen)
    [draft] = _drafts(data)
    saved = draft.delmaal.title
    assert text.startswith(saved) and len(saved) >= len(seen[-1])  # the kill took nothing that was on disk
    print(f"steady typing: {len(saved)} of {len(text)} characters on disk at SIGKILL; "
          f"characters behind while typing: max {max(lag)}, at the kill {len(text) - len(saved)}")


@pytest.mark.slow  # a real process killed
@pytest.mark.parametrize("how", ["SIGTERM", "close the terminal (SIGHUP)"])
def test_sigterm_and_closing_the_terminal_write_the_draft_first(tmp_path, how):
    """Attack 1 (signals) and 6 (escape codes in an opened draft): resume a draft whose title carries
    escape codes and a right-to-left override, type a few keys (less than the autosave wait), then SIGTERM or
    close the window. The keys are on disk; nothing from the file acted on the terminal."""
    data = tmp_path / "data"
    store = DraftStore(data / "drafts")
    d = Draft(step="title")
    d.delmaal.title = EVIL_TITLE
    d.delmaal.wording = "At beboeren vasker tøj\x1b]0;PWNED\x07 hver onsdag."
    store.save(d)
    with PtyApp(data) as app:
        assert app.wait_for("Fortsæt en kladde"), app.output[-2000:]
        app.type("\t")  # to the list of drafts (the newest is highlighted)
        mark = len(app.output)
        app.type("\r")
        assert app.wait_for("Spørgsmål 1", start=mark)
        mark = len(app.output)
        app.type(" X1")  # a few keys (appended, or replacing the title if it was still selected on focus)
        assert app.wait_for(" X1", start=mark)  # drawn, so the program has them
        if how == "SIGTERM":
            app.kill(signal.SIGTERM)
            code = app.wait()
            assert code == 128 + signal.SIGTERM
            assert app.wait_for("Kladden er gemt")
        else:
            app.close_terminal()
            code = app.wait()
            assert code in (128 + signal.SIGHUP, -signal.SIGHUP)
        output = bytes(app.output)
    [saved] = _drafts(data)
    assert saved.delmaal.title.endswith(" X1")  # the keys typed just before the signal are on disk
    assert saved.delmaal.wording == d.delmaal.wording  # what came from the file is stored as it was
    for bad in ESCAPES:
        assert bad not in output, bad


# ============================================================================ 2. one writer per draft

HOLDER = """
import sys, time
from delmaal_assistant.core.files.drafts import DraftStore
lock = DraftStore(sys.argv[1]).lock(sys.argv[2])
print("locked", flush=True)
time.sleep(120)
"""


def _hold_lock(folder: Path, draft_id: str) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(Path(__file__).parent.parent / "src"),
                                                       os.environ.get("PYTHONPATH", "")]))
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(folder), draft_id], stdout=subprocess.PIPE,
                            env=env)
    assert proc.stdout.readline() == b"locked\n"
    return proc


def test_second_instance_is_refused_and_a_dead_holders_lock_is_taken_over(tmp_path):
    store = DraftStore(tmp_path / "drafts")
    d = Draft()
    store.save(d)
    holder = _hold_lock(store.folder, d.id)
    try:
        with pytest.raises(DraftLocked) as ei:
            store.lock(d.id)
        assert ei.value.owner.pid == holder.pid and "andet vindue" in str(ei.value)
    finally:
        holder.kill()  # SIGKILL: no clean-up of its own
        holder.wait()
        holder.stdout.close()
    lock = store.lock(d.id)  # the stale lock of the dead process is taken over
    assert lock.held
    with pytest.raises(DraftLocked):
        store.lock(d.id)  # and now it is ours: a second lock (like a second window) is refused
    lock.release()
    store.lock(d.id).release()


async def test_assistant_offers_read_only_view_or_a_copy_of_a_draft_open_elsewhere(tmp_path, fake_checker):
    from delmaal_assistant.tui.app import create_app
    from delmaal_assistant.tui.modals import DraftLockedScreen, DraftViewScreen
    from delmaal_assistant.tui.screens import InterviewScreen

    data = tmp_path / "data"
    store = DraftStore(data / "drafts")
    d = Draft(step="wording")
    d.delmaal.title = "Tøjvask"
    d.delmaal.wording = "Svar sendt i det andet vindue"
    store.save(d)
    original = (store.folder / f"{d.id}.draft.json").read_bytes()
    holder = _hold_lock(store.folder, d.id)
    try:
        app = create_app(checker=fake_checker, data_dir=data, today=TODAY)
        async with app.run_test(size=(110, 36)) as pilot:
            await settle(pilot, app)
            app.screen.resume(d.id)
            await settle(pilot, app)
            assert isinstance(app.screen, DraftLockedScreen)
            assert "åben i et andet vindue" in str(app.screen.query_one("#locked-text").render())
            await press_button(pilot, app, "#locked-view")
            await settle(pilot, app)
            assert isinstance(app.screen, DraftViewScreen)
            assert "Svar sendt i det andet vindue" in str(app.screen.query_one("#view-text").render())
            await pilot.press("escape")
            await settle(pilot, app)
            app.screen.resume(d.id)
            await settle(pilot, app)
            await press_button(pilot, app, "#locked-copy")
            await settle(pilot, app)
            assert isinstance(app.screen, InterviewScreen)
            copy = app.screen.draft
            assert copy.id != d.id and copy.delmaal.wording == d.delmaal.wording
            app.screen.form.query_one("#answer-input").text = "Ændret i kopien"
            app.screen.flush()
    finally:
        holder.kill()
        holder.wait()
        holder.stdout.close()
    assert (store.folder / f"{d.id}.draft.json").read_bytes() == original  # the other window's draft: untouched
    assert store.load(copy.id).delmaal.wording == "Ændret i kopien"


# ============================================================================ 3. saves and exports


def test_saving_never_follows_symlinks_dangling_or_not(tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    folder = tmp_path / "gem"
    folder.mkdir()
    dangling = folder / "a.delmaal.json"
    dangling.symlink_to(outside / "new" / "deep" / "x.delmaal.json")
    victim = outside / "victim.txt"
    victim.write_text("må ikke ændres")
    to_file = folder / "b.delmaal.json"
    to_file.symlink_to(victim)
    for link in (dangling, to_file):
        with pytest.raises(StorageWriteError, match="genvej"):
            save_delmaal(link, Delmaal(title="x"))
        assert link.is_symlink()
    assert sorted(p.name for p in outside.iterdir()) == ["victim.txt"]  # no file, no folders out there
    assert victim.read_text() == "må ikke ændres"
    assert sorted(p.name for p in folder.iterdir()) == ["a.delmaal.json", "b.delmaal.json"]  # no temp left


def test_devices_fifos_and_sockets_are_refused_at_once(tmp_path):
    fifo = tmp_path / "pipe.delmaal.json"
    os.mkfifo(fifo)
    sock_path = tmp_path / "s.delmaal.json"
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(sock_path))
    null_link = tmp_path / "null.delmaal.json"
    null_link.symlink_to("/dev/null")
    zero_link = tmp_path / "zero.delmaal.json"
    zero_link.symlink_to("/dev/zero")
    try:
        for target in (fifo, sock_path, null_link, zero_link, Path("/dev/null")):
            with pytest.raises(StorageWriteError):
                save_delmaal(target, Delmaal(title="x"))  # would block (FIFO) or read forever (/dev/zero)
            with pytest.raises(StorageWriteError):
                atomic_write_text(target, "x")
        os.mkfifo(tmp_path / "eksport.md")
        with pytest.raises(StorageWriteError, match="FIFO"):
            publish_exports(Delmaal(title="x"), tmp_path, "eksport", ("md", "txt"), replace=True)
        with pytest.raises(StorageError, match="FIFO"):
            load_delmaal(fifo)  # opening it for reading would wait for a writer forever
        with pytest.raises(StorageError, match="enhed"):
            load_delmaal(Path("/dev/zero"))
    finally:
        sock.close()
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)  # the device node is still a device node
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode) and null_link.is_symlink()


def test_exports_keep_the_old_files_as_bak(tmp_path):
    first = publish_exports(Delmaal(title="Første"), tmp_path, "tøjvask", ("md", "txt")).written
    before = {p.name: p.read_bytes() for p in first}
    publish_exports(Delmaal(title="Anden"), tmp_path, "tøjvask", ("md", "txt"), replace=True)  # "Erstat"
    for p in first:
        assert "Anden" in p.read_text(encoding="utf-8")
        assert (tmp_path / f"{p.name}.bak").read_bytes() == before[p.name]
    (tmp_path / "link.md").symlink_to(tmp_path / "elsewhere.md")
    with pytest.raises(StorageWriteError, match="genvej"):
        publish_exports(Delmaal(title="x"), tmp_path, "link", ("md", "txt"), replace=True)
    assert not (tmp_path / "elsewhere.md").exists()


@pytest.mark.slow  # a real process killed
def test_temp_files_of_a_killed_save_are_removed_from_the_save_folder(tmp_path):
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()  # a process id that is gone now, like a save killed mid-way
    leftover = tmp_path / f".tøjvask.delmaal.json.{dead.pid}.abcd1234.tmp"
    leftover.write_text('{"half": ')
    live = tmp_path / f".andet.delmaal.json.{os.getpid()}.abcd1234.tmp"  # a save in progress: kept
    live.write_text('{"half": ')
    foreign = tmp_path / f".noget.andet.{dead.pid}.abcd1234.tmp"  # not a file we write: not ours to touch
    foreign.write_text("x")
    save_delmaal(tmp_path / "tøjvask.delmaal.json", Delmaal(title="x"))
    assert not leftover.exists() and live.exists() and foreign.exists()
    assert remove_stale_temp_files(tmp_path) == []


# ============================================================================ 4. no traceback, no resident data

SECRET = "Anna Hansen 010101-1234"


def test_cli_crash_gives_danish_message_and_a_report_without_contents(tmp_path, monkeypatch, capsys):
    from delmaal_assistant.cli import check as check_mod
    from delmaal_assistant.cli.main import main

    def boom(args, *a, **k):
        raise KeyError(SECRET)

    monkeypatch.setenv("DELMAAL_LOG_DIR", str(tmp_path / "log"))
    monkeypatch.delenv("DELMAAL_DEBUG", raising=False)
    monkeypatch.setattr(check_mod, "run_check", boom)
    assert main(["check", SECRET]) == 2
    err = capsys.readouterr().err
    assert "uventet fejl" in err and "KeyError" in err and SECRET not in err and "Traceback" not in err
    [report] = (tmp_path / "log").iterdir()
    assert str(report) in err
    text = report.read_text(encoding="utf-8")
    assert "builtins.KeyError" in text and "boom" in text and SECRET not in text
    assert stat.S_IMODE(report.stat().st_mode) == 0o600
    assert stat.S_IMODE((tmp_path / "log").stat().st_mode) == 0o700


async def test_assistant_crash_prints_no_traceback_saves_the_draft_and_writes_a_report(
        tmp_path, fake_checker, monkeypatch, capsys):
    from delmaal_assistant.tui import screens
    from delmaal_assistant.tui.app import create_app

    monkeypatch.setenv("DELMAAL_LOG_DIR", str(tmp_path / "log"))
    real = screens.InterviewScreen.update_side

    def fragile(self):
        if "010101" in self.d.title:
            resident = self.d.title  # noqa: F841 - a local with resident data, as in the real traceback
            raise ValueError(self.d.title)
        return real(self)

    monkeypatch.setattr(screens.InterviewScreen, "update_side", fragile)
    data = tmp_path / "data"
    app = create_app(checker=fake_checker, data_dir=data, today=TODAY)
    with pytest.raises(ValueError):  # run_test hands the error to the test; a user sees only the message
        async with app.run_test(size=(110, 36)) as pilot:
            app.action_new_delmaal()
            await settle(pilot, app)
            app.screen.form.query_one("#answer-input").value = SECRET
            await settle(pilot, app)
    captured = capsys.readouterr()
    shown = captured.out + captured.err
    assert "uventet fejl" in shown and "Din kladde er gemt" in shown
    assert SECRET not in shown and "Traceback" not in shown and "resident" not in shown
    [report] = (tmp_path / "log").iterdir()
    assert str(report.parent) in shown.replace("\n", "")
    assert "builtins.ValueError" in report.read_text(encoding="utf-8")
    assert SECRET not in report.read_text(encoding="utf-8")
    [draft] = _drafts(data)
    assert draft.delmaal.title == SECRET  # typed a moment before the crash, not lost


async def test_save_dialog_refuses_bad_targets_in_danish_without_crashing(tmp_path, fake_checker):
    """Attack 4/5: a 300-character file name or folder part (ENAMETOOLONG crashed the assistant and printed the
    delmål), a FIFO (froze it), a link to /dev/zero (read without limit)."""
    from delmaal_assistant.tui.app import create_app
    from delmaal_assistant.tui.modals import SaveScreen
    from delmaal_assistant.tui.screens import ReviewScreen

    save_dir = tmp_path / "gem"
    save_dir.mkdir()
    os.mkfifo(save_dir / "pipe.delmaal.json")
    (save_dir / "link.delmaal.json").symlink_to("/dev/zero")
    attacks = [
        (save_dir, "x" * 300, "Filnavnet er for langt"),
        (save_dir / ("y" * 300), "tøjvask", "mappens navn er for lang"),
        (save_dir, "pipe", "FIFO"),
        (save_dir, "link", "genvej"),
    ]
    app = create_app(checker=fake_checker, data_dir=tmp_path / "data", today=TODAY)
    async with app.run_test(size=(110, 36)) as pilot:
        app.action_new_delmaal()
        await settle(pilot, app)
        await answer_current(pilot, app)
        app.screen.action_review()
        await settle(pilot, app)
        assert isinstance(app.screen, ReviewScreen)
        await pilot.press("ctrl+s")
        await settle(pilot, app)
        for folder, name, expected in attacks:
            assert isinstance(app.screen, SaveScreen)  # still asking: nothing was opened or written
            app.screen.query_one("#save-error").update("")
            app.screen.query_one("#save-folder").value = str(folder)
            app.screen.query_one("#save-name").value = name
            app.screen.query_one("#save-name").focus()
            await pilot.press("enter")  # like the user: Enter in the name field
            await settle(pilot, app)
            assert isinstance(app.screen, SaveScreen)
            assert expected.lower() in str(app.screen.query_one("#save-error").render()).lower()
        await pilot.press("escape")
        await settle(pilot, app)
        assert isinstance(app.screen, ReviewScreen)
    assert sorted(p.name for p in save_dir.iterdir()) == ["link.delmaal.json", "pipe.delmaal.json"]


# ============================================================================ 5. special files, huge JSON


async def test_fifo_as_open_path_is_refused_at_once(tmp_path, fake_checker):
    from delmaal_assistant.tui.app import create_app
    from delmaal_assistant.tui.screens import StartScreen

    fifo = tmp_path / "pipe.delmaal.json"
    os.mkfifo(fifo)
    app = create_app(checker=fake_checker, data_dir=tmp_path / "data", today=TODAY)
    notes: list[str] = []
    real_notify = app.notify
    app.notify = lambda message, *a, **k: (notes.append(str(message)), real_notify(message, *a, **k))[1]
    async with app.run_test(size=(110, 36)) as pilot:
        await settle(pilot, app)
        await pilot.press("ctrl+o")
        app.screen.query_one("#open-path").value = str(fifo)
        await pilot.press("enter")
        await settle(pilot, app)
        assert isinstance(app.screen, StartScreen)
        assert any("FIFO" in n and "ikke en almindelig fil" in n for n in notes), notes


# `delmaal check` of deep or huge JSON: tests/test_cli_badinput.py


# ============================================================================ 6. terminal safety

# The sanitiser itself (every control and bidi character, idempotent, ordinary text kept): tests/test_terminal_safe.py


async def test_assistant_shows_no_escape_codes_from_an_opened_file(tmp_path, fake_checker):
    from delmaal_assistant.tui.app import TerminalSafeFilter, create_app

    p = tmp_path / "ond.delmaal.json"
    save_delmaal(p, Delmaal(title=EVIL_TITLE, wording="At beboeren\x1b[2J vasker tøj frem til 2027."))
    app = create_app(checker=fake_checker, data_dir=tmp_path / "data", today=TODAY)
    async with app.run_test(size=(110, 36)) as pilot:
        await settle(pilot, app)
        app.screen.open_file(p)
        await settle(pilot, app)
        rendered = {f"{type(w).__name__}#{w.id}": str(w.render()) for s in app.screen_stack for w in s.query("Static")}
        rendered["sub_titles"] = app.screen.sub_title + app.screen_stack[-2].sub_title
        assert any("[RLO]" in r for r in rendered.values())
        assert not [k for k, r in rendered.items() if "\x1b" in r or "\u202e" in r]
        assert any(isinstance(f, TerminalSafeFilter) for f in app.get_line_filters())  # Inputs too


# ============================================================================ 8. lemma cache


def test_broken_lemma_cache_is_rebuilt_and_the_folder_is_private(tmp_path, monkeypatch):
    from delmaal_assistant.checker import nlp

    import gzip

    folder = tmp_path / "cache" / "delmaal"
    monkeypatch.setenv("DELMAAL_CACHE_DIR", str(folder))
    small = tmp_path / "da_lemma_lookup.json.gz"  # a small table in the installed one's format: quick builds
    with gzip.open(small, "wt", encoding="utf-8") as fh:
        json.dump({"vasker": "vaske", "vaskede": "vaske"}, fh)
    monkeypatch.setattr(nlp, "_lookups_table_path", lambda: small)
    old = os.umask(0)
    try:
        nlp.LemmaTable()  # builds it
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
        [cache] = folder.glob("*.sqlite3")
        assert stat.S_IMODE(cache.stat().st_mode) == 0o600
        cache.write_bytes(b"")  # the attack: an empty cache file
        table = nlp.LemmaTable()
    finally:
        os.umask(old)
    assert table.rebuilt and table.get("vasker") == "vaske"
    assert [p.name for p in folder.iterdir()] == [cache.name]  # rebuilt in place, no temp left


# ============================================================================ 10. Ctrl+Q with a read-only data folder


async def test_ctrl_q_says_the_draft_was_not_saved(tmp_path, fake_checker, monkeypatch):
    from delmaal_assistant.core.files import drafts
    from delmaal_assistant.tui.app import create_app
    from delmaal_assistant.tui.modals import ConfirmScreen

    data = tmp_path / "data"
    app = create_app(checker=fake_checker, data_dir=data, today=TODAY)
    async with app.run_test(size=(110, 36)) as pilot:
        app.action_new_delmaal()
        await settle(pilot, app)
        app.screen.form.query_one("#answer-input").value = "Tøjvask"
        await pilot.pause()
        if os.geteuid() == 0:  # root writes anywhere: make the folder read-only the way the OS reports it
            def read_only(path, text):
                raise StorageWriteError(f"'{path}' kunne ikke gemmes: disken er skrivebeskyttet.", errno.EROFS)

            monkeypatch.setattr(drafts, "atomic_write_text", read_only)
        else:
            for p in (data, data / "drafts"):
                p.chmod(0o500)
        await pilot.press("ctrl+q")
        await settle(pilot, app)
        assert isinstance(app.screen, ConfirmScreen)
        text = str(app.screen.query_one("#confirm-text").render())
        assert "Kladden er ikke gemt" in text and ("skrivebeskyttet" in text or "adgang" in text), text
        await press_button(pilot, app, "#confirm-no")  # "Bliv": the user stays and can save elsewhere
        await settle(pilot, app)
        assert app.is_running and app.screen.form is not None
        await pilot.press("ctrl+q")
        await settle(pilot, app)
        await press_button(pilot, app, "#confirm-yes")
        await settle(pilot, app)
        assert any("IKKE gemt" in n for n in app.exit_notes)
    for p in (data, data / "drafts"):
        if p.exists():
            p.chmod(0o700)


async def test_a_checker_that_fails_is_never_shown_as_praise(tmp_path, fake_checker):
    """Attack 8, second half: with the checker failing, the assistant said "Godt – ingen bemærkninger"."""
    from tui_helpers import log_texts

    from delmaal_assistant.tui.app import create_app

    def broken(text):
        raise RuntimeError("lemma cache")

    fake_checker.check = broken
    app = create_app(checker=fake_checker, data_dir=tmp_path / "data", today=TODAY)
    async with app.run_test(size=(110, 36)) as pilot:
        app.action_new_delmaal()
        await settle(pilot, app)
        await answer_current(pilot, app)  # the title: it could not be checked either, so move on by hand
        if app.screen.step.id == "title":
            await pilot.press("ctrl+n")
            await settle(pilot, app)
        await answer_current(pilot, app, {"#answer-input": "At beboeren vasker tøj hver onsdag frem til marts."})
        said = "\n".join(log_texts(app.screen))
        assert "kunne ikke tjekkes" in said and "ingen bemærkninger" not in said.lower() and "godt" not in said.lower()


async def test_assistant_asks_before_an_export_replaces_files(tmp_path, fake_checker):
    from delmaal_assistant.tui.app import create_app
    from delmaal_assistant.tui.modals import ConfirmScreen, SaveScreen
    from delmaal_assistant.tui.screens import ReviewScreen

    folder = tmp_path / "eksport"
    folder.mkdir()
    app = create_app(checker=fake_checker, data_dir=tmp_path / "data", today=TODAY)
    async with app.run_test(size=(110, 36)) as pilot:
        app.action_new_delmaal()
        await settle(pilot, app)
        await answer_current(pilot, app)
        app.screen.action_review()
        await settle(pilot, app)
        for round_ in (1, 2, 3):
            assert isinstance(app.screen, ReviewScreen)
            await pilot.press("ctrl+e")
            await settle(pilot, app)
            assert isinstance(app.screen, SaveScreen)
            app.screen.query_one("#save-folder").value = str(folder)
            app.screen.query_one("#save-name").value = "tøjvask"
            app.screen.query_one("#save-name").focus()
            await pilot.press("enter")
            await settle(pilot, app)
            if round_ == 1:
                continue  # nothing there yet: written without a question
            assert isinstance(app.screen, ConfirmScreen)
            assert "findes allerede" in str(app.screen.query_one("#confirm-text").render())
            if round_ == 2:
                (folder / "tøjvask.md").write_text("mine egne noter")  # changed by hand meanwhile
                await press_button(pilot, app, "#confirm-no")  # declined: nothing is touched
                await settle(pilot, app)
                assert (folder / "tøjvask.md").read_text() == "mine egne noter"
            else:
                await press_button(pilot, app, "#confirm-yes")
                await settle(pilot, app)
    assert (folder / "tøjvask.md.bak").read_text() == "mine egne noter"  # replaced, and kept
    assert "Tøjvask" in (folder / "tøjvask.md").read_text(encoding="utf-8")
