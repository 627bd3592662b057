"""`delmaal web` end to end in a real Chromium driven by Playwright (PyPI's `playwright`, on Debian's system
Chromium: launched with `executable_path`, never a downloaded browser).

A new user's path: start the server in a temporary data folder, open the page, start a delmål with the key the
page shows (Alt+N), answer three questions with æ, ø and å, type a little of the fourth, reload the page, and
land on the fourth question of the same draft with the typed text still there – on screen and on disk. Then
stop the server and see the page say so (instead of offering "Start igen").
"""

from __future__ import annotations

import json
import re
import signal
import sys
import time
import weakref
from contextlib import contextmanager
from pathlib import Path

import pytest

from browser import find_chromium

pytestmark = [pytest.mark.skipif(sys.platform == "win32", reason="uses POSIX signals and /proc"),
              pytest.mark.slow]  # Playwright in Chromium

ANSWERS = [
    ("title", "Tøjvask på værkstedet"),
    ("wording", "At beboeren sætter vasken i gang hver onsdag kl. 16 frem til 1. marts 2027, også når "
                "det føles svært."),
    ("purpose", "Beboeren vil gerne have rent arbejdstøj og være glad for at gå på værkstedet i Århus."),
]
TYPED = "Nået når beboeren har vasket tøj 10 af 12 onsdage – æøå"

ESCAPES = re.compile(r"\x1b(\[[0-9;?<>=]*[ -/]*[@-~]|\][^\x07\x1b]*(\x07|\x1b\\)|[PX^_][^\x1b]*\x1b\\|.)")


def _chromium() -> str:
    try:
        import playwright  # noqa: F401
    except ImportError:
        pytest.skip("playwright er ikke installeret (pip install -e '.[test]'); browsertesten springes over")
    path = find_chromium()
    if path is None:
        pytest.skip("Chromium findes ikke på maskinen (Debian: apt-get install chromium); Playwright-testen "
                    "springes over – den henter aldrig selv en browser")
    return path


#: page → (a mark of its current document, how much of its `window.__received` was fetched – in JavaScript's
#: UTF-16 units, which `slice` counts –, that text, the same without terminal codes).
#: `_screen_text` is polled every 0.2 s: asking the page for all it had received each time sent the whole growing
#: stream of redraws through the DevTools protocol and Playwright's driver again and again – in the key walk of
#: test_web_keys.py 214 polls of up to 3.9 MB, 270 MB in all, a third of that test's CPU (issue 28).
_RECEIVED: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()

# What arrived since the last call (`n` characters were fetched then); all of it when the page is a new document –
# a reload or a navigation starts `window.__received` anew, and the new document has no mark yet.
_SINCE = """([mark, n]) => {
  const r = window.__received;
  if (r === undefined) return [null, null, 0];
  if (window.__pyMark === undefined) window.__pyMark = Math.random();
  return window.__pyMark === mark ? [mark, r.slice(n), r.length] : [window.__pyMark, r, r.length];
}"""


def _screen_text(page) -> str:
    """What the assistant sent to this page's current document so far (`window.__received`), without terminal
    control codes. Only what arrived since the last call crosses from the browser; the codes are stripped from the
    whole text as before (an escape sequence may be split between two messages)."""
    mark, fetched, raw, text = _RECEIVED.get(page, (None, 0, "", ""))
    new_mark, more, length = page.evaluate(_SINCE, [mark, fetched])
    if more is None:
        raise TypeError("the page records nothing: window.__received is not set")
    if new_mark != mark or more:
        raw = raw + more if new_mark == mark else more
        text = ESCAPES.sub("", raw)
    _RECEIVED[page] = (new_mark, length, raw, text)
    return text


def _draft(data_dir: Path) -> dict:
    files = list((data_dir / "drafts").glob("*.json"))
    assert len(files) == 1, files
    return json.loads(files[0].read_text(encoding="utf-8"))


def _wait(predicate, timeout: float, what: str):
    deadline = time.monotonic() + timeout
    last = None
    while time.monotonic() < deadline:
        try:
            last = predicate()
        except (FileNotFoundError, ValueError, AssertionError, json.JSONDecodeError):
            last = None
        if last:
            return last
        time.sleep(0.2)
    raise AssertionError(f"timed out waiting for {what() if callable(what) else what}")


def _until(page, expression: str, timeout: float):
    """Poll a page expression (Playwright's wait_for_function evaluates strings with eval, which the page's
    Content-Security-Policy rightly forbids; evaluate() runs through the DevTools protocol instead)."""
    return _wait(lambda: page.evaluate(expression), timeout, expression)


@pytest.fixture
def chromium_pw(chromium_session):
    """The worker's headless Chromium (Playwright; `chromium_session` in conftest.py: one for every browser test of
    a worker, not one per module – issue 28), for one test (skips without one). Each test still gets its own
    server, data folder and browser contexts (`browser_on_server` closes them)."""
    return chromium_session


@contextmanager
def browser_on_server(browser, data_dir):
    """A `delmaal web` server on `data_dir` beside the module's Chromium (`chromium_pw`); afterwards every page and
    context the test opened is closed (cookies, sessionStorage and downloads go with them) and the server stopped,
    whatever the test did to them."""
    from test_web import Server

    assert not browser.contexts, "a browser context left open by an earlier test"
    server = Server(data_dir)
    try:
        yield browser, server
    finally:
        try:
            for context in browser.contexts:
                context.close()
        finally:
            if server.proc.poll() is None:
                server.stop()


def _open_start_page(browser, url: str, **page_options):
    """A page of `delmaal web` (1200×800, the received bytes recorded in `window.__received`), once its start
    screen has arrived."""
    from test_web import RECORD

    page = browser.new_page(viewport={"width": 1200, "height": 800}, **page_options)
    page.add_init_script(RECORD)
    page.goto(url)
    _until(page, "document.body.classList.contains('-first-byte') && window.__received.includes('Nyt delm')", 90)
    return page


def _open_first_question(browser, url):
    """The start page, then a new delmål with the browser's key (Alt+N, shown in the key bar): its first question."""
    page = _open_start_page(browser, url)
    _wait(lambda: "alt+n" in _screen_text(page), 30, "alt+n in the key bar")
    page.keyboard.press("Alt+n")
    _wait(lambda: "Hvad hedder delmålet" in _screen_text(page), 60, "the first question")
    return page


def test_answers_with_aeoeaa_survive_a_reload_and_a_stopped_server_is_said(chromium_pw, tmp_path):
    from test_web import app_processes, wait_gone

    from delmaal_assistant.cli.web.server import APP_END_WITHIN

    data_dir = tmp_path / "data"
    with browser_on_server(chromium_pw, data_dir) as (browser, server):
        page = _open_start_page(browser, server.url)
        # the key bar shows the browser's key for a new delmål; Ctrl+N would open a new window
        _wait(lambda: "alt+n" in _screen_text(page), 30, "alt+n in the key bar")
        page.keyboard.press("Alt+n")
        _wait(lambda: "Hvad hedder delmålet" in _screen_text(page), 60, "the first question")
        # the hint under the question names keys that work in the browser
        _wait(lambda: "Alt+N går videre" in _screen_text(page), 30, "the browser's keys in the hint")
        assert "Ctrl+N går videre" not in _screen_text(page)

        for step_id, answer in ANSWERS:
            if step_id != "title":  # a new draft is written with its first answer
                _wait(lambda s=step_id: _draft(data_dir)["step"] == s, 60, f"the step {step_id}")
            page.keyboard.type(answer, delay=5)
            page.keyboard.press("Enter")
            # sent and checked: either on to the next question, or findings – then go on anyway
            _wait(lambda a=answer: a in json.dumps(_draft(data_dir)["delmaal"], ensure_ascii=False),
                  90, f"the answer to {step_id} on disk")
            try:
                _wait(lambda s=step_id: _draft(data_dir)["step"] != s, 20, "the next question")
            except AssertionError:
                page.keyboard.press("Alt+n")
                _wait(lambda s=step_id: _draft(data_dir)["step"] != s, 30, "the next question")
        fourth = _draft(data_dir)["step"]
        assert fourth == "measurement"
        page.keyboard.type(TYPED, delay=5)
        # typed (not sent) text is autosaved within ~2 s
        _wait(lambda: _draft(data_dir)["delmaal"]["measurement"] == TYPED, 30,
              lambda: f"the typed text on disk (there: {_draft(data_dir)['delmaal']['measurement']!r})")

        old_app = app_processes(data_dir)
        assert len(old_app) == 1, old_app
        page.reload()
        _until(page, "document.body.classList.contains('-first-byte') "
                     "&& window.__received.includes('Spørgsmål')", 90)
        text = _wait(lambda: (t := _screen_text(page)) and "Du var ved" in t and t, 60,
                     "the resumed question after the reload")
        assert "Spørgsmål 4 af" in text, text[-3000:]
        assert "Hvordan måler I" in text
        assert TYPED[:30] in text  # the typed answer is back in the field
        # the old page's assistant ends: it let go of the draft before the new one could open it (above), and its
        # process is gone within the server's promise (it quits by itself in well under a second)
        assert wait_gone(old_app, APP_END_WITHIN) == [], "the old page's assistant still runs"
        assert len(app_processes(data_dir)) == 1  # only the new page's assistant
        d = _draft(data_dir)
        assert d["step"] == "measurement"
        assert d["delmaal"]["title"] == ANSWERS[0][1]
        assert d["delmaal"]["wording"] == ANSWERS[1][1]
        assert d["delmaal"]["purpose"] == ANSWERS[2][1]
        assert d["delmaal"]["measurement"] == TYPED
        # typing on after the reload continues the text (cursor at the end, not in front of it)
        page.keyboard.type(" i alt", delay=5)
        _wait(lambda: _draft(data_dir)["delmaal"]["measurement"] == TYPED + " i alt", 30,
              "the continued text on disk")

        # the server stops: the page says so, and does not offer "Start igen"
        apps = app_processes(data_dir)
        code, _out = server.stop(signal.SIGTERM)
        assert code == 0
        assert wait_gone(apps) == []
        _until(page, "document.body.classList.contains('-closed') && "
                     "!document.getElementById('closed-server').hidden", 30)
        shown = page.inner_text(".closed")
        assert "Serveren er stoppet" in shown and "Start igen" not in shown
    assert _draft(data_dir)["delmaal"]["measurement"] == TYPED + " i alt"


def test_the_workers_one_chromium_leaves_room_for_asyncio_tests(chromium_pw, chromium_session, request):
    """One Chromium serves every browser test of a worker (`chromium_session`, conftest.py). Between its calls
    Playwright's sync API leaves its loop marked as running on the worker's thread, which made an asyncio test
    after a browser test fail at once; the hook in conftest.py hides the mark for a test without the browser and
    puts it back, and the browser still answers afterwards."""
    import asyncio

    conftest = next(p for p in request.config.pluginmanager.get_plugins()
                    if str(getattr(p, "__file__", "")).endswith(str(Path("tests") / "conftest.py")))
    def run_a_loop():
        coro = asyncio.sleep(0, "ran")
        try:
            return asyncio.run(coro)
        finally:
            coro.close()  # never started when refused

    assert chromium_pw is chromium_session and chromium_pw.is_connected()
    with pytest.raises(RuntimeError):  # what an asyncio test met beside the browser's loop
        run_a_loop()

    class NoBrowserTest:
        fixturenames = ["tmp_path"]

    around = conftest.pytest_runtest_protocol(NoBrowserTest(), None)
    next(around)  # before a test without the browser
    assert run_a_loop() == "ran"
    with pytest.raises(StopIteration):
        next(around)  # after it
    with pytest.raises(RuntimeError):  # the mark is back for Playwright
        run_a_loop()
    page = chromium_pw.new_page()
    try:
        page.set_content("<p>æøå</p>")
        assert page.inner_text("p") == "æøå"
    finally:
        page.close()
        for context in chromium_pw.contexts:
            context.close()
