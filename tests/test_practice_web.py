""""Øv dig" in `delmaal web`, in a real Chromium (Debian's, through Playwright's `executable_path`): from the start
screen to an exercise, a weak answer judged, the model answer, the next exercise with the browser's key (Alt+N),
and the progress on disk — counts only."""

from __future__ import annotations

import json
import sys

import pytest

from test_web_playwright import (  # noqa: F401 (chromium_pw: a fixture)
    _open_start_page, _screen_text, _wait, browser_on_server, chromium_pw,
)

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="uses POSIX signals and /proc")


def test_a_practice_exercise_in_the_browser(chromium_pw, tmp_path):
    data_dir = tmp_path / "data"
    progress = data_dir / "practice" / "progress.json"
    with browser_on_server(chromium_pw, data_dir) as (browser, server):
        page = _open_start_page(browser, server.url)
        _wait(lambda: "opdigtede sager" in _screen_text(page), 30, "Øv dig on the start screen")
        page.keyboard.press("ArrowDown")
        page.keyboard.press("ArrowDown")
        page.keyboard.press("Enter")
        _wait(lambda: "Det svage svar" in _screen_text(page), 60, "the first exercise")
        # the hint names the keys that work in the browser: Alt+N, not Ctrl+N (a new window)
        _wait(lambda: "Alt+N: vis forbilledet" in _screen_text(page), 30, "the browser's key in the hint")
        page.keyboard.press("Control+s")  # the weak answer as it stands: the judges object
        _wait(lambda: "Forsøg 1 af 3" in _screen_text(page), 120, "the judges' verdict")
        assert "→" in _screen_text(page)  # the judge's question
        page.keyboard.press("Alt+n")  # show the model answer
        _wait(lambda: "Forbillede" in _screen_text(page), 30, "the model answer")
        page.keyboard.press("Alt+n")  # the next exercise: recorded
        _wait(lambda: progress.is_file() and json.loads(progress.read_text())["done"], 30,
              "the progress on disk")
        data = json.loads(progress.read_text(encoding="utf-8"))
        assert sum(k["done"] for k in data["kinds"].values()) == 1
        assert not list(data_dir.rglob("*.delmaal.json"))
