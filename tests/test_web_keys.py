"""Every key of the keymap pressed in Chromium through `delmaal web`, as the browser sends it (Alt+H arrives as
ESC h, i.e. key "alt+h" carrying the character "h"): the action the screen names happens – the text it draws
appears – and no character is typed (what was typed is on disk unchanged at the end). The same walk as in the
terminal (tests/keywalk.py, tests/test_keys_pressed.py)."""

from __future__ import annotations

import json
import sys
from datetime import date

import pytest

from keywalk import ELSEWHERE, PRACTICE_NOT_WALKED, TITLE, WALK, WORDING, saved_file
from test_web_playwright import (  # noqa: F401 (chromium_pw: a fixture)
    _screen_text, _until, _wait, browser_on_server, chromium_pw,
)

pytestmark = [pytest.mark.skipif(sys.platform == "win32", reason="uses POSIX signals and /proc"), pytest.mark.slow]

_PW = {"escape": "Escape", "enter": "Enter", "tab": "Tab", "pageup": "PageUp", "pagedown": "PageDown",
       "down": "ArrowDown", "up": "ArrowUp", "ctrl": "Control", "alt": "Alt", "shift": "Shift"}


def pw_key(key: str) -> str:
    """'alt+h' → 'Alt+h', 'ctrl+s' → 'Control+s', 'f4' → 'F4', 'escape' → 'Escape'."""
    parts = key.split("+")
    out = [_PW.get(p, p.upper() if p.startswith("f") and p[1:].isdigit() else p) for p in parts]
    return "+".join(out)


#: the walk's checks that the browser test can see on disk (the rest are the terminal's: tests/test_keys_pressed.py)
ON_DISK = {
    "sent": lambda data_dir: any(e["role"] == "user" and WORDING in e["text"]
                                 for d in _drafts(data_dir) for e in d.get("conversation", [])),
    "status-written": lambda data_dir: list((data_dir / "gemte").glob("*.status.docx")),
    "practice-summary-written": lambda data_dir: (data_dir / "gemte" / "Øv dig – status.docx").exists(),
}


def _state(page, data_dir) -> str:
    """What a failed step leaves to look at: the end of the screen text the assistant sent, and each draft on disk –
    its step, the field that had focus and the cursor at the last autosave, the answers typed (title, wording) and
    the last entries of its conversation."""
    out = [f"screen (last 600 characters): {_screen_text(page)[-600:]!r}"]
    try:
        drafts = _drafts(data_dir)
    except (OSError, ValueError) as exc:
        drafts, out = [], out + [f"drafts unreadable: {exc}"]
    for d in drafts:
        dm = d.get("delmaal", {})
        out.append(f"draft: step={d.get('step')!r} focus={d.get('focus')!r} cursor={d.get('cursor')!r} "
                   f"title={dm.get('title')!r} wording={dm.get('wording')!r}")
        out += [f"  {e.get('role')}: {e.get('text', '')[:160]!r}" for e in d.get("conversation", [])[-4:]]
    return "\n".join(out)


def _drafts(data_dir):
    return [json.loads(p.read_text(encoding="utf-8")) for p in (data_dir / "drafts").glob("*.json")]


def test_every_key_of_the_walk_works_in_chromium_and_types_nothing(chromium_pw, tmp_path):
    from delmaal_assistant.core.keymap import keymap
    from test_web import RECORD

    km = keymap()
    data_dir = tmp_path / "data"
    saved = saved_file(data_dir, date.today())
    pressed: set[str] = set()
    with browser_on_server(chromium_pw, data_dir) as (browser, server):
        page = browser.new_page(viewport={"width": 1000, "height": 620})  # about 80×24 cells
        page.add_init_script(RECORD)
        page.goto(server.url)
        _until(page, "document.body.classList.contains('-first-byte') "
                     "&& window.__received.includes('Nyt delm')", 90)
        _wait(lambda: "alt+n" in _screen_text(page), 30, "the browser's keys in the key bar")
        for i, step in enumerate(WALK):
            mark = len(_screen_text(page))
            if step.kind == "press":
                page.keyboard.press(pw_key(km.key(step.arg, browser=True)))
                pressed.add(step.arg)
            elif step.kind == "key":
                page.keyboard.press(pw_key(step.arg))
            else:
                page.keyboard.type(step.arg, delay=10)
            # No step waits for time to pass: keys go on at once, as a fast user's do, and the assistant handles
            # them in order (a key that opens or closes a screen holds the next ones until that screen is ready).
            # A step waits only for what it must see: the text its action draws, or its result on disk.
            if step.text:
                _wait(lambda m=mark, s=step: s.text.lower() in _screen_text(page)[m:].lower(), 90,
                      lambda s=step, n=i: f"step {n} {s.kind} {s.arg}: {s.text!r} on screen\n{_state(page, data_dir)}")
            if step.check in ON_DISK:
                _wait(lambda s=step: ON_DISK[s.check](data_dir), 90,
                      lambda s=step, n=i: f"step {n} {s.kind} {s.arg}: {s.check} on disk\n{_state(page, data_dir)}")
        # nothing typed by a key: the answers typed are on disk exactly
        _wait(lambda: any(d["delmaal"]["title"] == TITLE and d["delmaal"]["wording"] == WORDING
                          for d in _drafts(data_dir)), 30,
              lambda: f"the typed answers on disk\n{_state(page, data_dir)}")
        # the browser's quit key ends the assistant (the page says so)
        page.keyboard.press(pw_key(km.key("quit", browser=True)))
        pressed.add("quit")
        _until(page, "document.body.classList.contains('-closed')", 30)
        assert "Serveren er stoppet" not in page.inner_text(".closed") or \
            page.evaluate("document.getElementById('closed-server').hidden")
    assert saved.exists()
    assert pressed | (ELSEWHERE - {"quit"}) | PRACTICE_NOT_WALKED == set(km.entries)
