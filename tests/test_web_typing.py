"""Typed text lands in order in the browser too (issue 26, point 2): in Chromium through `delmaal web`, bursts of a
held Backspace and fast typing in the one-line title field, while the real checker loads and its live checks
finish in the middle of the bursts. What the field holds is read from the autosaved draft."""

from __future__ import annotations

import json
import sys

import pytest

from test_web_playwright import (  # noqa: F401 (chromium_pw: a fixture)
    _draft, _open_first_question, _open_start_page, _screen_text, _wait, browser_on_server, chromium_pw,
)

pytestmark = [pytest.mark.skipif(sys.platform == "win32", reason="uses POSIX signals and /proc"), pytest.mark.slow]

TEXTS = ["Mere tøjvask", "Visuel støtte", "Strukturpædagogik", "Low Arousal æøå", "Tøjvask om onsdagen"]


def test_bursts_with_backspace_in_the_browser_land_in_order(chromium_pw, tmp_path):

    data_dir = tmp_path / "data"
    with browser_on_server(chromium_pw, data_dir) as (browser, server):
        page = _open_first_question(browser, server.url)
        typed = ""
        for i, text in enumerate(TEXTS):
            # a held Backspace (more than the field holds), then the words as fast as the browser sends
            for _ in range(len(typed) + 5):
                page.keyboard.press("Backspace")
            page.keyboard.type(text, delay=0 if i % 2 else 15)
            typed = text
            _wait(lambda t=text: _draft(data_dir)["delmaal"]["title"] == t, 60,
                  lambda t=text: f"{t!r} on disk (there: {_draft(data_dir)['delmaal']['title']!r})")


def test_keys_typed_without_waiting_reach_the_screen_that_comes_in_the_browser(chromium_pw, tmp_path):
    """Issue 26: Enter on "Nyt delmål" and the title typed at once; the help key and letters at once; Enter (closing
    the help) and more text at once – in Chromium through `delmaal web`, nothing lands under the new screen or is lost."""

    data_dir = tmp_path / "data"
    with browser_on_server(chromium_pw, data_dir) as (browser, server):
        page = _open_start_page(browser, server.url)
        _wait(lambda: "alt+n" in _screen_text(page), 30, "alt+n in the key bar")
        page.keyboard.press("Enter")  # the menu's first entry: a new delmål …
        page.keyboard.type("Tøjvask", delay=0)  # … and its title, typed before the screen exists
        _wait(lambda: _draft(data_dir)["delmaal"]["title"] == "Tøjvask", 60,
              lambda: f"'Tøjvask' on disk (there: {_draft(data_dir)['delmaal']['title']!r})")
        page.keyboard.press("Alt+h")  # the help, and letters typed at once: for the help, not the title
        page.keyboard.type("abc", delay=0)
        _wait(lambda: "Hjælp" in _screen_text(page), 30, "the help")
        # back with Enter (it closes the help too), and text typed at once: into the title
        page.keyboard.press("Enter")
        page.keyboard.type(" om onsdagen", delay=0)
        _wait(lambda: _draft(data_dir)["delmaal"]["title"] == "Tøjvask om onsdagen", 60,
              lambda: f"'Tøjvask om onsdagen' on disk (there: {_draft(data_dir)['delmaal']['title']!r})")
        # and with Esc: the page's terminal sends Esc as the byte ESC, and ESC followed at once by "s" was read as
        # Alt+S (the help stayed open, the s was lost); the server now passes a lone Esc on unambiguously
        mark = len(_screen_text(page))
        page.keyboard.press("Alt+h")
        _wait(lambda: "Gode eksempler" in _screen_text(page)[mark:], 30, "the help again")
        page.keyboard.press("Escape")
        page.keyboard.type("s og fredagen", delay=0)
        _wait(lambda: _draft(data_dir)["delmaal"]["title"] == "Tøjvask om onsdagens og fredagen", 60,
              lambda: f"'… onsdagens og fredagen' on disk (there: {_draft(data_dir)['delmaal']['title']!r})")
        # the select-all key the help names (Alt+A here): the whole answer is selected, so typing replaces it
        page.keyboard.press("Alt+a")
        page.keyboard.type("Vask", delay=0)
        _wait(lambda: _draft(data_dir)["delmaal"]["title"] == "Vask", 60,
              lambda: f"'Vask' on disk (there: {_draft(data_dir)['delmaal']['title']!r})")
        # Ctrl+A (a Windows habit) is not select-all here: as in the terminal, the cursor goes to the start
        page.keyboard.press("Control+a")
        page.keyboard.type("Tøj", delay=0)
        _wait(lambda: _draft(data_dir)["delmaal"]["title"] == "TøjVask", 60,
              lambda: f"'TøjVask' on disk (there: {_draft(data_dir)['delmaal']['title']!r})")


def test_space_and_up_do_what_the_hints_say_in_the_browser(chromium_pw, tmp_path):
    """Keys the hints name that the key walk does not press (tests/test_keymap.py): the guardian step's hint says
    "Mellemrum: kryds til/fra" – in Chromium Space ticks the box and ticks it off again; the goal type's says
    "↑↓ og Enter vælger" – ↑ moves up the list and Enter chooses and sends."""

    data_dir = tmp_path / "data"
    with browser_on_server(chromium_pw, data_dir) as (browser, server):
        page = _open_start_page(browser, server.url)
        _wait(lambda: "alt+n" in _screen_text(page), 30, "alt+n in the key bar")
        page.keyboard.press("Alt+n")
        page.keyboard.type("Tøjvask", delay=0)
        _wait(lambda: _draft(data_dir)["delmaal"]["title"] == "Tøjvask", 60, "the title on disk")
        mark = len(_screen_text(page))
        page.keyboard.press("Control+p")
        page.keyboard.type("Gå til: Værge", delay=0)
        _wait(lambda: "Har en værge været" in _screen_text(page)[mark:], 60, "the command found")
        mark = len(_screen_text(page))
        page.keyboard.press("Enter")
        _wait(lambda: "Mellemrum: kryds til/fra" in _screen_text(page)[mark:], 60, "the guardian step's hint")

        def involved():
            return _draft(data_dir)["delmaal"]["collaboration"]["guardian_involved"]

        page.keyboard.press("Space")
        _wait(lambda: involved() is True, 60, lambda: f"the box ticked on disk (there: {involved()})")
        page.keyboard.press("Space")
        _wait(lambda: involved() is False, 60, lambda: f"the box ticked off on disk (there: {involved()})")

        # the goal type's hint says "↑↓ og Enter vælger og sender": End to the last type, ↑ to the one above it
        mark = len(_screen_text(page))
        page.keyboard.press("Control+p")
        page.keyboard.type("Gå til: Måltype", delay=0)
        _wait(lambda: "Hvilken måltype er det" in _screen_text(page)[mark:], 60, "the command found")
        mark = len(_screen_text(page))
        page.keyboard.press("Enter")
        _wait(lambda: "og Enter vælger og sender" in _screen_text(page)[mark:], 60, "the goal type's hint")
        page.keyboard.press("End")
        page.keyboard.press("ArrowUp")
        page.keyboard.press("Enter")

        def goal_type():
            return json.dumps(_draft(data_dir)["delmaal"]["goal_type"], ensure_ascii=False)

        _wait(lambda: "Fastholde" in goal_type(), 60, lambda: f"the middle goal type on disk (there: {goal_type()})")


def _queued_bytes(pid: int) -> int:
    """How many bytes wait unread in the stdin pipe of process `pid` (a second reader on the same pipe, asked
    with FIONREAD: nothing is read from it)."""
    import fcntl
    import os
    import struct
    import termios

    fd = os.open(f"/proc/{pid}/fd/0", os.O_RDONLY | os.O_NONBLOCK)
    try:
        return struct.unpack("i", fcntl.ioctl(fd, termios.FIONREAD, b"\0\0\0\0"))[0]
    finally:
        os.close(fd)


def test_keys_read_in_one_go_after_gaa_videre_are_sent_whole_in_the_browser(chromium_pw, tmp_path):
    """The key walk's steps 37–39 as a loaded machine delivers them (issue 26): «gå videre» (Alt+N), the wording
    and Ctrl+S typed while the assistant gets no CPU, so that it reads them all in one go. The assistant's process
    is stopped (SIGSTOP) while the browser types, until every key waits in its stdin, then let go. Before, the
    keys after Alt+N were held while the next step was shown and let go together, and Ctrl+S read the answer box
    before it had inserted the letters: «Svar: (tomt)», the wording never sent."""
    import os
    import signal

    from delmaal_assistant.cli.web.server import _packet, unambiguous_keys
    from keywalk import WORDING

    data_dir = tmp_path / "data"
    with browser_on_server(chromium_pw, data_dir) as (browser, server):
        page = _open_first_question(browser, server.url)
        page.keyboard.type("Tøjvask", delay=0)
        _wait(lambda: _draft(data_dir)["delmaal"]["title"] == "Tøjvask", 60, "the title on disk")
        apps = [pid for pid in server.children() if b"--app" in open(f"/proc/{pid}/cmdline", "rb").read()]
        assert len(apps) == 1, apps
        app = apps[0]
        # what the page sends for these keys, as the server writes it to the assistant's stdin
        sent = ["\x1bn", *WORDING, "\x13"]
        expected = sum(len(_packet(b"D", unambiguous_keys(k).encode("utf-8"))) for k in sent)
        os.kill(app, signal.SIGSTOP)
        try:
            page.keyboard.press("Alt+n")
            page.keyboard.type(WORDING, delay=0)
            page.keyboard.press("Control+s")
            _wait(lambda: _queued_bytes(app) >= expected, 30,
                  lambda: f"{expected} bytes of keys in the assistant's stdin (there: {_queued_bytes(app)})")
        finally:
            os.kill(app, signal.SIGCONT)
        _wait(lambda: any(e["role"] == "user" and WORDING in e["text"] for e in _draft(data_dir)["conversation"]),
              90, lambda: f"the wording sent (the draft: {_draft(data_dir)['delmaal']['wording']!r}, "
                          f"{[e['text'][:80] for e in _draft(data_dir)['conversation'][-3:]]})")
        assert _draft(data_dir)["delmaal"]["title"] == "Tøjvask"
