"""An Enter typed before the assistant's first screen arrives as Enter (cli/earlykeys.py).

Before, the terminal kept its line discipline until Textual started (1–2 s on a busy machine): Enter typed ahead
was turned into a line feed, read as Ctrl+J, and «Nyt delmål» was not picked (found in a real terminal, round 36)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import termios
import time

import pytest

from delmaal_assistant.cli import earlykeys

pytestmark = pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs a pseudo-terminal")


def test_hold_turns_off_cr_to_lf_and_echo_and_restore_puts_the_terminal_back():
    master, slave = os.openpty()
    try:
        before = termios.tcgetattr(slave)
        assert before[0] & termios.ICRNL  # a fresh terminal turns Enter into a line feed
        restore = earlykeys.hold(slave)
        assert restore is not None
        held = termios.tcgetattr(slave)
        assert not held[0] & termios.ICRNL and not held[3] & (termios.ECHO | termios.ICANON)
        os.write(master, b"\r")
        assert os.read(slave, 10) == b"\r"  # Enter stays Enter, readable at once
        restore()
        assert termios.tcgetattr(slave) == before
    finally:
        os.close(master)
        os.close(slave)


def test_hold_leaves_what_is_not_a_terminal_alone():
    r, w = os.pipe()
    try:
        assert earlykeys.hold(r) is None
    finally:
        os.close(r)
        os.close(w)


CHILD = r"""
import sys, termios
import importlib
m = importlib.import_module("delmaal_assistant.cli.main")
def assistant(args):
    print("under the assistant: ICRNL", bool(termios.tcgetattr(0)[0] & termios.ICRNL), flush=True)
    return 0
m._cmd_assistant = assistant
sys.argv = ["delmaal"] + sys.argv[1:]
try:
    code = m.main()
except SystemExit as e:  # --help
    code = e.code
print("after: ICRNL", bool(termios.tcgetattr(0)[0] & termios.ICRNL), "exit", code, flush=True)
"""


@pytest.mark.parametrize("argv, held", [([], True), (["check", "--help"], False)])
def test_main_holds_keys_for_the_assistant_only_and_gives_the_terminal_back(argv, held):
    """A real process on a pseudo-terminal: the assistant starts with Enter kept as Enter; a subcommand that reads
    no keys leaves the terminal alone; either way the terminal is as it was when `delmaal` ends."""
    master, slave = os.openpty()
    try:
        p = subprocess.run([sys.executable, "-c", CHILD, *argv], stdin=slave, stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, text=True, timeout=60)
    finally:
        os.close(master)
        os.close(slave)
    lines = p.stdout.splitlines()
    assert lines, p.stderr[-2000:]
    if not argv:
        assert "under the assistant: ICRNL False" in lines
    assert lines[-1] == "after: ICRNL True exit 0"
    assert held == (not argv)


@pytest.mark.slow  # a real process on a pseudo-terminal
def test_keys_typed_before_the_program_started_open_a_new_delmaal_and_write_its_title(tmp_path):
    """Enter and a title typed while `./run` set up the program the first time (the shell's terminal: CR→LF and
    echo on, nothing reading) were lost: the Enter waited in the queue as a line feed and was read as Ctrl+J, so
    the start screen stayed and the title went nowhere. They are now replayed first, as typed."""
    import threading

    from ptyapp import PtyApp

    from delmaal_assistant.core.files.drafts import DraftStore

    data = tmp_path / "data"
    started = threading.Event()
    with PtyApp(data, started=started) as app:
        app.type("\r")  # Enter on the start screen's first choice, «Nyt delmål»
        app.type("Tøjvask")
        time.sleep(0.2)  # the keys reach the line discipline before the program exists (not a wait for it)
        started.set()
        assert app.wait_for("Spørgsmål 1", timeout=90), app.output[-2000:].decode("utf-8", "replace")
        drafts = data / "drafts"
        deadline = time.monotonic() + 60  # the title typed ahead reaches the draft (autosave) – polled, not slept
        while time.monotonic() < deadline and not any(
                json.loads(f.read_text(encoding="utf-8"))["delmaal"]["title"] == "Tøjvask"
                for f in drafts.glob("*.draft.json")):
            time.sleep(0.05)
        app.type("\x11")  # Ctrl+Q: the draft is saved on the way out
        assert app.wait() == 0
    store = DraftStore(data / "drafts")
    [draft] = [store.load(i.id) for i in store.list()]
    assert draft.delmaal.title == "Tøjvask"


def test_keys_queued_when_the_terminal_is_held_are_given_back_with_enter_as_enter():
    master, slave = os.openpty()
    try:
        os.write(master, "ab\rø".encode())  # typed under the shell's line discipline: «ab» + Enter, then «ø»
        time.sleep(0.05)
        restore = earlykeys.hold(slave)
        assert restore is not None
        assert earlykeys.typed_before() == "ab\rø"
        assert earlykeys.typed_before() == ""  # taken once
        restore()
    finally:
        os.close(master)
        os.close(slave)
