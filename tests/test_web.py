"""`delmaal web` as a user meets it: a real server process, a real headless Chromium, real signals.

The assistant is drawn by xterm.js on a <canvas>, so the browser test drives Chromium over the DevTools protocol
(tests/cdp.py): it records what the page receives over the websocket, waits until the start screen has arrived
and been painted, presses a key, and checks the interview answers.
"""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

pytestmark = [pytest.mark.skipif(sys.platform == "win32", reason="uses POSIX signals and /proc"),
              pytest.mark.slow]  # a real server, its assistants and Chromium

# Runs before the page's own scripts: keep a copy of the text the server sends to the terminal.
RECORD = """(() => {
  window.__received = "";
  window.__violations = [];
  document.addEventListener("securitypolicyviolation",
    (e) => window.__violations.push(e.violatedDirective + " " + e.blockedURI));
  const decoder = new TextDecoder();
  const Native = window.WebSocket;
  window.WebSocket = function (url, protocols) {
    const ws = protocols === undefined ? new Native(url) : new Native(url, protocols);
    ws.addEventListener("message", (e) => {
      if (e.data instanceof ArrayBuffer) window.__received += decoder.decode(e.data, {stream: true});
    });
    return ws;
  };
  window.WebSocket.prototype = Native.prototype;
})();"""

# How many pixels of the terminal's text layer have been painted (canvas renderer; 0 before anything is drawn).
PAINTED = """(() => {
  const c = document.querySelector("canvas.xterm-text-layer");
  if (!c) return -1;
  const d = c.getContext("2d").getImageData(0, 0, c.width, c.height).data;
  let n = 0;
  for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++;
  return n;
})()"""


class Server:
    def __init__(self, data_dir: Path, *extra: str) -> None:
        env = dict(os.environ, TEXTUAL_ANIMATIONS="none")
        env.pop("DELMAAL_DATA_DIR", None)
        self.data_dir = data_dir
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "delmaal_assistant", "--data-dir", str(data_dir), "web", "--no-browser", *extra],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, text=True, encoding="utf-8",
        )
        self.lines: list[str] = []
        self.url = ""
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            line = self.proc.stdout.readline()
            if not line:
                break
            self.lines.append(line)
            m = re.search(r"http://127\.0\.0\.1:(\d+)/([\w-]+)/", line)
            if m:
                self.url, self.port, self.token = m.group(0), int(m.group(1)), m.group(2)
                break
        assert self.url, (self.lines, self.proc.stderr.read() if self.proc.poll() is not None else "")

    def children(self) -> list[int]:
        return [pid for pid in _pids() if _ppid(pid) == self.proc.pid]

    def stop(self, sig=signal.SIGTERM, timeout: float = 30) -> tuple[int, str]:
        if self.proc.poll() is None:
            self.proc.send_signal(sig)
        try:
            out, err = self.proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            out, err = self.proc.communicate()
            raise AssertionError(f"the server did not stop within {timeout} s on {sig!r}: {err}")
        return self.proc.returncode, "".join(self.lines) + out + err


def _pids() -> list[int]:
    return [int(p) for p in os.listdir("/proc") if p.isdigit()]


def _stat(pid: int) -> list[str] | None:
    try:
        raw = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    return raw[raw.rindex(")") + 2:].split()  # fields after the command name: state, ppid, …


def _ppid(pid: int) -> int:
    st = _stat(pid)
    return int(st[1]) if st else -1


def alive(pid: int) -> bool:
    st = _stat(pid)
    return st is not None and st[0] not in ("Z", "X")  # a zombie has exited


def wait_gone(pids: list[int], timeout: float = 20) -> list[int]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and any(alive(p) for p in pids):
        time.sleep(0.1)
    return [p for p in pids if alive(p)]


def app_processes(data_dir: Path) -> list[int]:
    """Processes running our web app with this data folder (however they were parented)."""
    found = []
    for pid in _pids():
        try:
            cmd = Path(f"/proc/{pid}/cmdline").read_bytes()
            env = Path(f"/proc/{pid}/environ").read_bytes()
        except OSError:
            continue
        if b"delmaal_assistant.cli.web" in cmd and f"DELMAAL_DATA_DIR={data_dir}".encode() in env.split(b"\0"):
            if alive(pid):
                found.append(pid)
    return found


def status(url: str, headers: dict | None = None) -> tuple[int, str]:
    req = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(req, timeout=10) as r:
            return r.status, r.read().decode("utf-8")
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode("utf-8")


@pytest.fixture
def server(tmp_path):
    s = Server(tmp_path / "data")
    yield s
    if s.proc.poll() is None:
        s.stop()


@pytest.fixture(scope="module")
def asked_server(tmp_path_factory):
    """One server for the tests that only ask it questions and leave it as they found it (the token, the headers,
    the listening socket): each server is a Python process to start (issue 28). Tests that stop it, keep an app
    running in it or count what it logged get their own (`server`)."""
    s = Server(tmp_path_factory.mktemp("asked") / "data")
    yield s
    if s.proc.poll() is None:
        s.stop()


# ------------------------------------------------------------------------------------------ in Chromium


def test_assistant_is_drawn_in_chromium_and_answers_keys(server, tmp_path):
    from cdp import Chromium

    with Chromium(size=(1200, 800)) as browser:
        browser.open(server.url, before_load=RECORD)
        arrived = browser.wait_for(
            "document.body && document.body.classList.contains('-first-byte') "
            "&& window.__received.includes('Nyt delmål') && window.__received.includes('Afslut')", timeout=90)
        assert arrived, browser.evaluate("window.__received.slice(0, 2000)")
        # no start button, no "loading" dialog left over: the terminal is what the user sees
        assert browser.evaluate("getComputedStyle(document.querySelector('.starting')).display") == "none"
        assert browser.evaluate("getComputedStyle(document.querySelector('.textual-terminal')).opacity") == "1"
        assert browser.wait_for(PAINTED + " > 5000", timeout=20), browser.evaluate(PAINTED)
        # the start screen's text, and the keys bar with the browser-safe key
        text = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", browser.evaluate("window.__received"))
        for expected in ("Delmålsassistent", "Nyt delmål", "Tjek en formulering", "Fortsæt en kladde", "alt+n"):
            assert expected in text, expected
        # keys reach the app at once (no click first): Alt+N starts a new delmål
        assert browser.evaluate("document.activeElement.className") == "xterm-helper-textarea"
        browser.press("n", "KeyN", modifiers=1)
        assert browser.wait_for("window.__received.includes('Hvad hedder delmålet')", timeout=30)
        # the app knows it has the focus: its key bar is drawn (Textual hides it while the app is blurred)
        assert browser.wait_for("window.__received.includes('Forrige')", timeout=30)
        browser.screenshot(tmp_path / "delmaal-web.png")  # kept in tmp_path for a human look
        apps = app_processes(tmp_path / "data")
        assert len(apps) == 1  # one tab, one assistant
        # Ctrl+Q ends the assistant; the page says so and offers to start again
        browser.press("q", "KeyQ", modifiers=2)
        assert browser.wait_for("document.body.classList.contains('-closed')", timeout=30)
        assert browser.evaluate("getComputedStyle(document.querySelector('.closed')).display") == "flex"
        assert "Assistenten er lukket" in browser.evaluate("document.querySelector('.closed').innerText")
        assert wait_gone(apps) == []
        # nothing on the page was blocked by its Content-Security-Policy (and so nothing tried to load from
        # elsewhere); the Start igen button below is the page's own script
        assert browser.evaluate("window.__violations") == []
        # "Start igen" starts a new assistant in the same tab: the page asks the server and reloads itself, and
        # the polls below wait for the reloaded page (one that met the old page going away would fail, see cdp.py)
        with browser.navigation():
            browser.evaluate("document.querySelector('.closed button').click()")
        assert browser.wait_for("document.body && !document.body.classList.contains('-closed') "
                                "&& document.body.classList.contains('-first-byte') "
                                "&& window.__received.includes('Nyt delmål')", timeout=90)
        assert len(app_processes(tmp_path / "data")) == 1
    # closing the tab ends its assistant
    assert wait_gone(app_processes(tmp_path / "data")) == []
    code, output = server.stop(signal.SIGTERM)
    assert code == 0 and "delmaal web er stoppet" in output


def test_url_without_token_is_refused_in_chromium(asked_server):
    server = asked_server
    from browser import dump_dom

    dom = dump_dom(f"http://127.0.0.1:{server.port}/")
    assert "Adgang nægtet" in dom and "textual-terminal" not in dom


# ------------------------------------------------------------------------------------------ the token


def test_everything_without_the_token_is_refused(asked_server):
    server = asked_server
    base = f"http://127.0.0.1:{server.port}"
    code, body = status(server.url)
    assert code == 200 and "textual-terminal" in body
    for path in ("/", "/ws", "/static/js/textual.js", f"/{server.token}x/", f"/{server.token[:-1]}/",
                 "/download/abc", f"/x/{server.token}/"):
        code, body = status(base + path)
        assert code == 403 and "Adgang nægtet" in body, path
    # the right token under a foreign host name (DNS rebinding) is refused too
    assert status(server.url, {"Host": f"evil.example:{server.port}"})[0] == 403
    # the websocket: no token, a wrong token, or a page from another origin → refused before any app starts
    for path, origin in (("/ws", None), (f"/{server.token}x/ws", None),
                         (f"/{server.token}/ws", "http://evil.example")):
        assert _ws_status(server.port, path, origin) == 403, (path, origin)
    assert app_processes(server.data_dir) == []
    # with the token the websocket is accepted
    assert _ws_status(server.port, f"/{server.token}/ws", f"http://127.0.0.1:{server.port}") == 101


def _ws_status(port: int, path: str, origin: str | None) -> int:
    """Status of a websocket upgrade request, as a browser sends it."""
    with socket.create_connection(("127.0.0.1", port), timeout=10) as s:
        lines = [f"GET {path} HTTP/1.1", f"Host: 127.0.0.1:{port}", "Upgrade: websocket", "Connection: Upgrade",
                 "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==", "Sec-WebSocket-Version: 13"]
        if origin:
            lines.append(f"Origin: {origin}")
        s.sendall(("\r\n".join(lines) + "\r\n\r\n").encode())
        return int(s.recv(4096).split(b" ", 2)[1])


def test_page_loads_nothing_from_outside_this_machine(asked_server):
    server = asked_server
    code, body = status(server.url)
    assert code == 200
    refs = re.findall(r"""(?:src|href|url)\s*[=(]\s*["']?([^"')\s>]+)""", body)
    local = (f"/{server.token}/", f"ws://127.0.0.1:{server.port}/{server.token}/")
    assert refs and all(r.startswith(local) for r in refs), refs
    assert "googleapis" not in body and "https://" not in body
    with urllib.request.urlopen(server.url, timeout=10) as r:
        csp = r.headers["Content-Security-Policy"]
    assert "default-src 'none'" in csp and "connect-src http://127.0.0.1:" in csp and " ws://127.0.0.1:" in csp


def test_listens_on_loopback_only(asked_server):
    server = asked_server
    # the server's listening socket, from the kernel's table: 127.0.0.1 and nothing else
    listening = []
    for line in Path("/proc/net/tcp").read_text().splitlines()[1:]:
        local, _remote, state = line.split()[1:4]
        addr, port = local.split(":")
        if state == "0A" and int(port, 16) == server.port:  # 0A = LISTEN
            listening.append(socket.inet_ntoa(bytes.fromhex(addr)[::-1]))
    assert listening == ["127.0.0.1"]
    v6 = Path("/proc/net/tcp6").read_text() if Path("/proc/net/tcp6").exists() else ""
    assert f":{server.port:04X} " not in v6


# ------------------------------------------------------------------------------------------ stopping


def _start_app(server: Server) -> None:
    """Open the websocket as the page does, so the server starts an assistant; return once it runs."""
    s = socket.create_connection(("127.0.0.1", server.port), timeout=10)
    s.sendall((f"GET /{server.token}/ws?width=100&height=30 HTTP/1.1\r\nHost: 127.0.0.1:{server.port}\r\n"
               "Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
               "Sec-WebSocket-Version: 13\r\n\r\n").encode())
    assert b" 101 " in s.recv(4096)
    server._sockets = getattr(server, "_sockets", []) + [s]  # keep the connection open


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM, signal.SIGHUP], ids=["ctrl-c", "sigterm", "sighup"])
def test_stopping_the_server_stops_every_app(tmp_path, sig):
    server = Server(tmp_path / "data")
    _start_app(server)
    _start_app(server)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and len(app_processes(tmp_path / "data")) < 2:
        time.sleep(0.1)
    apps = app_processes(tmp_path / "data")
    assert len(apps) == 2 and sorted(apps) == sorted(server.children())
    code, output = server.stop(sig)
    assert code == 0, output
    assert "delmaal web er stoppet" in output and "Traceback" not in output and "Unknown child" not in output
    assert "fejlrapport" not in output.lower(), output  # an app quit right after start wrote a crash report
    assert wait_gone(apps, timeout=5) == []  # gone when the server is gone, not some time later
    for s in server._sockets:
        s.close()


def test_apps_end_when_the_server_is_killed_hard(tmp_path):
    server = Server(tmp_path / "data")
    _start_app(server)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and not app_processes(tmp_path / "data"):
        time.sleep(0.1)
    apps = app_processes(tmp_path / "data")
    assert len(apps) == 1
    server.proc.kill()
    server.proc.wait()
    assert wait_gone(apps, timeout=20) == []  # the app notices its server is gone and quits
    for s in server._sockets:
        s.close()


def test_a_quit_app_process_ends_at_once_not_after_its_thread_workers(tmp_path):
    """A tab's app process told to quit (its page reloaded or closed) ends as soon as its app has quit. Python's own
    exit joins thread workers, and a checker still loading kept the old page's process alive for seconds after a
    reload (1.5–5.5 s under load). Here a worker that would run for a minute: the process still ends at once."""
    import threading

    from delmaal_assistant.cli.web.server import QUIT_GRACE, _packet

    code = ("import time\n"
            "from concurrent.futures import ThreadPoolExecutor\n"
            "ThreadPoolExecutor(1).submit(time.sleep, 60)  # joined by a normal exit, as Textual's thread workers\n"
            "from delmaal_assistant.cli.web.appprocess import app_main\n"
            "raise SystemExit(app_main())\n")
    env = {**os.environ, "TEXTUAL_DRIVER": "textual.drivers.web_driver:WebDriver", "COLUMNS": "100", "ROWS": "30",
           "DELMAAL_DATA_DIR": str(tmp_path / "data"), "PYTHONIOENCODING": "utf-8", "PYTHONUTF8": "1"}
    proc = subprocess.Popen([sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env=env)
    out = bytearray()
    readers = [threading.Thread(target=lambda s=s: [out.extend(c) for c in iter(lambda: s.read1(65536), b"")],
                                daemon=True) for s in (proc.stdout,)]
    for r in readers:
        r.start()
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and "Nyt delm" not in out.decode("utf-8", "replace"):
            time.sleep(0.1)
        assert "Nyt delm" in out.decode("utf-8", "replace"), "the start screen never came"
        proc.stdin.write(_packet(b"M", b'{"type": "quit"}'))
        proc.stdin.flush()
        start = time.monotonic()
        returncode = proc.wait(timeout=60)
        took = time.monotonic() - start
        assert returncode == 0, proc.stderr.read().decode("utf-8", "replace")[-2000:]
        assert took < QUIT_GRACE, f"the app process lived {took:.1f} s after its quit"
        assert b'"type": "exit"' in out  # it said goodbye to the server as Textual does
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


# ------------------------------------------------------------------------------------------ bad input


def test_port_in_use_and_bad_port_are_danish_errors(tmp_path):
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        r = subprocess.run([sys.executable, "-m", "delmaal_assistant", "--data-dir", str(tmp_path), "web",
                            "--no-browser", "--port", str(port)], capture_output=True, text=True, timeout=60)
    assert r.returncode == 2 and "optaget" in r.stderr and "Traceback" not in r.stderr
    for bad in ("abc", "70000", "-1"):
        r = subprocess.run([sys.executable, "-m", "delmaal_assistant", "web", "--port", bad],
                           capture_output=True, text=True, timeout=60)
        assert r.returncode == 2 and "portnummer" in r.stderr and "Traceback" not in r.stderr, bad


def test_same_data_folder_as_the_terminal_app(tmp_path):
    """`delmaal web` serves the assistant on the data folder the terminal app would use."""
    from delmaal_assistant.core.files.drafts import Draft, DraftStore

    data = tmp_path / "data"
    d = Draft()
    d.delmaal.title = "Tøjvask om onsdagen"
    DraftStore(data / "drafts").save(d)
    server = Server(data)
    try:
        from cdp import Chromium

        with Chromium() as browser:
            browser.open(server.url, before_load=RECORD)
            assert browser.wait_for("window.__received.includes('Tøjvask om onsdagen')", timeout=90), \
                browser.evaluate("window.__received.slice(0, 3000)")
    finally:
        server.stop()


async def _first_page_message(tmp_path, app_code: str):
    """A `delmaal web` server whose tab process runs `app_code` (python -c); the first message its page receives
    (the server is stopped afterwards, and must stop cleanly)."""
    import asyncio
    import io

    from aiohttp import ClientSession

    from delmaal_assistant.cli.web import WebServer

    class Fake(WebServer):
        def app_command(self) -> list[str]:
            return [sys.executable, "-c", app_code]

    server = Fake(data_dir=tmp_path / "data", open_browser=False, out=io.StringIO())
    task = asyncio.create_task(server.run())
    for _ in range(200):
        if server.url:
            break
        await asyncio.sleep(0.05)
    async with ClientSession() as session:
        origin = "http://" + server.url.split("/")[2]
        async with session.ws_connect(server.url + "ws", headers={"Origin": origin}) as ws:
            msg = await ws.receive(timeout=60)
    server.request_stop()
    assert await task == 0
    return msg


async def test_an_app_that_cannot_start_is_reported_in_the_page(tmp_path, capsys):
    """If the assistant process fails (a broken install, a damaged prompts file), the page says so in Danish
    instead of showing "Starter …" for ever; the server keeps running."""
    msg = await _first_page_message(tmp_path, "import sys; sys.stderr.write('delmaal: prompts/da er beskadiget\\n'); "
                                              "sys.exit(2)")
    assert "Assistenten kunne ikke starte" in msg.data.decode("utf-8") and "kode 2" in msg.data.decode()
    assert "fejlkode 2" in capsys.readouterr().err


async def test_browser_is_opened_through_an_owner_only_redirect_file(tmp_path, monkeypatch):
    """The default browser gets a local file that redirects to the address: the key is not on its command line
    (where `ps` would show it to other users); the file is owner-only and removed when the server stops."""
    import asyncio
    import io
    import stat
    import webbrowser

    from browser import dump_dom

    from delmaal_assistant.cli.web import WebServer

    opened: list[str] = []
    monkeypatch.setattr(webbrowser, "open", lambda uri, *a, **k: opened.append(uri) or True)
    server = WebServer(data_dir=tmp_path / "data", open_browser=True, out=io.StringIO())
    task = asyncio.create_task(server.run())
    for _ in range(200):
        if opened:
            break
        await asyncio.sleep(0.05)
    assert len(opened) == 1 and opened[0].startswith("file://") and server.token not in opened[0]
    page = Path(urllib.request.url2pathname(opened[0][len("file://"):]))
    assert stat.S_IMODE(page.stat().st_mode) == 0o600 and stat.S_IMODE(page.parent.stat().st_mode) == 0o700
    assert server.url in page.read_text(encoding="utf-8")
    # a real browser follows it to the assistant's page
    dom = ""
    for _ in range(3):  # headless Chromium under a loaded parallel run now and then prints nothing: ask again
        dom = await asyncio.to_thread(dump_dom, opened[0], wait_ms=3000)
        if dom:
            break
    assert "textual-terminal" in dom and server.token in dom
    server.request_stop()
    assert await task == 0
    assert not page.exists() and not page.parent.exists()


BROWSER_RESERVED = {"ctrl+n", "ctrl+t", "ctrl+w", "ctrl+shift+n", "ctrl+shift+t", "ctrl+shift+w", "ctrl+tab",
                    "ctrl+shift+tab",
                    # the browser's before the page's: quit, reload, help, find next, address bar, caret browsing
                    "ctrl+q", "ctrl+r", "f1", "f3", "f6", "f7"}


def test_every_browser_reserved_key_has_a_web_alternative():
    """Chromium and Firefox never pass Ctrl+N/T/W to a page: every binding on such a key needs a key in the web
    keymap that the browser lets through, shown first in the key bar, and not taken on the same screen."""
    import importlib
    import inspect
    import pkgutil

    from textual.binding import Binding

    import delmaal_assistant.tui as tui
    from delmaal_assistant.core.keymap import keymap

    WEB_KEYMAP = keymap().browser_keymap()

    import delmaal_assistant.tui.screens as screens
    from delmaal_assistant.tui.app import DelmaalApp

    checked = 0
    names = [f"delmaal_assistant.tui.{i.name}" for i in pkgutil.iter_modules(tui.__path__)]
    names += [f"delmaal_assistant.tui.screens.{i.name}" for i in pkgutil.iter_modules(screens.__path__)]
    for name in names:
        module = importlib.import_module(name)
        for _name, cls in inspect.getmembers(module, inspect.isclass):
            if not cls.__module__.startswith("delmaal_assistant."):
                continue  # Textual's own widgets (Input's Ctrl+W) are not ours to rebind
            bindings = [b for b in cls.__dict__.get("BINDINGS", []) if isinstance(b, Binding)]
            keys_here = {k.strip() for b in bindings for k in b.key.split(",")}
            for b in bindings:
                if not {k.strip() for k in b.key.split(",")} & BROWSER_RESERVED:
                    continue
                checked += 1
                assert b.id in WEB_KEYMAP, f"{cls.__name__}: {b.key} ({b.description}) has no web key"
                web_keys = [k.strip() for k in WEB_KEYMAP[b.id].split(",")]
                assert web_keys[0] not in BROWSER_RESERVED
                assert web_keys[0] not in keys_here, f"{cls.__name__}: {web_keys[0]} is taken"
    assert checked >= 8
    assert DelmaalApp  # the app's own bindings (Ctrl+Q) are in tui.app, checked above


# ------------------------------------------------------------------------------------------ issue 18: hardening


def _raw(port: int, data: bytes) -> bytes:
    """Send raw bytes as another local process could, and return the whole answer."""
    with socket.create_connection(("127.0.0.1", port), timeout=30) as s:
        s.sendall(data)
        chunks = []
        while True:
            try:
                chunk = s.recv(65536)
            except (ConnectionResetError, socket.timeout):
                break
            if not chunk:
                break
            chunks.append(chunk)
    return b"".join(chunks)


def test_malformed_requests_get_400_and_one_danish_line_never_a_traceback(server):
    tok, port = server.token, server.port
    attacks = {
        "no Host": f"GET /{tok}/ HTTP/1.1\r\n\r\n".encode(),
        "escape bytes in the request line": f"GET /{tok}/\x1b]0;titel\x07 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".encode(),
        "bad chunking": (f"POST /{tok}/ HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\n"
                         "zz\r\nabc\r\n0\r\n\r\n").encode(),
        "TLS bytes": b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03" + os.urandom(64),
    }
    for what, data in attacks.items():
        answer = _raw(port, data)
        head, _, body = answer.partition(b"\r\n\r\n")
        assert head.split(b" ", 2)[1] == b"400", (what, answer[:300])
        text = body.decode("utf-8")
        assert text.startswith("Ugyldig forespørgsel: ") and text.count("\n") == 1, (what, text)
        assert "\x1b" not in text and "titel" not in text  # the request's bytes are never echoed
    # the server still serves the page afterwards
    assert status(server.url)[0] == 200
    code, output = server.stop()
    assert code == 0 and "Traceback" not in output and "Error handling request" not in output, output
    assert output.count("afviste en ugyldig forespørgsel") == len(attacks)
    assert "\x1b" not in output


def test_wrong_host_and_origin_are_refused_with_what_is_wrong(asked_server):
    server = asked_server
    code, body = status(server.url, {"Host": f"evil.example:{server.port}"})
    assert code == 403 and "værtsnavnet 'evil.example" in body and "hemmelige nøgle" not in body
    code, body = status(server.url, {"Origin": "http://evil.example"})
    assert code == 403 and "side på 'http://evil.example'" in body and "hemmelige nøgle" not in body
    code, body = status(f"http://127.0.0.1:{server.port}/")
    assert code == 403 and "hemmelige nøgle" in body


def test_open_tabs_are_capped_with_a_danish_page(tmp_path):
    server = Server(tmp_path / "data", "--max-faner", "1")
    try:
        _start_app(server)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and len(app_processes(tmp_path / "data")) < 1:
            time.sleep(0.1)
        assert len(app_processes(tmp_path / "data")) == 1
        code, body = status(server.url)
        assert code == 503 and "Der er allerede én åben fane" in body and "--max-faner" in body
        # a page loaded before the cap was reached: its websocket is told, and no second app starts
        answer = _raw(server.port, (
            f"GET /{server.token}/ws?width=80&height=24 HTTP/1.1\r\nHost: 127.0.0.1:{server.port}\r\n"
            "Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
            "Sec-WebSocket-Version: 13\r\n\r\n").encode())
        assert b" 101 " in answer and "Luk en af dem".encode() in answer
        assert len(app_processes(tmp_path / "data")) == 1
    finally:
        for s in getattr(server, "_sockets", []):
            s.close()
        code, output = server.stop()
    assert code == 0 and "Traceback" not in output


def test_bad_tab_cap_is_a_danish_error(tmp_path):
    for bad in ("0", "abc"):
        r = subprocess.run([sys.executable, "-m", "delmaal_assistant", "web", "--max-faner", bad],
                           capture_output=True, text=True, timeout=60)
        assert r.returncode == 2 and "Traceback" not in r.stderr and ("tilladt" in r.stderr or "helt tal" in r.stderr)


def test_closing_the_terminal_window_stops_quietly_without_a_crash_report(tmp_path):
    """SIGHUP with the terminal gone (writes give EIO), an app running: no crash report, no orphan."""
    import pty

    logs = tmp_path / "logs"
    env = dict(os.environ, TEXTUAL_ANIMATIONS="none", DELMAAL_LOG_DIR=str(logs))
    env.pop("DELMAAL_DATA_DIR", None)
    master, slave = pty.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-m", "delmaal_assistant", "--data-dir", str(tmp_path / "data"), "web", "--no-browser"],
        stdin=slave, stdout=slave, stderr=slave, env=env, start_new_session=True)
    os.close(slave)
    seen = b""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not re.search(rb"http://127\.0\.0\.1:\d+/[\w-]+/", seen):
        try:
            seen += os.read(master, 4096)
        except OSError:
            break
    m = re.search(rb"http://127\.0\.0\.1:(\d+)/([\w-]+)/", seen)
    assert m, seen
    fake = Server.__new__(Server)
    fake.port, fake.token = int(m.group(1)), m.group(2).decode()
    _start_app(fake)
    while time.monotonic() < deadline and not app_processes(tmp_path / "data"):
        time.sleep(0.1)
    apps = app_processes(tmp_path / "data")
    assert len(apps) == 1
    os.close(master)  # the terminal window is closed ...
    os.killpg(proc.pid, signal.SIGHUP)  # ... and its processes get SIGHUP
    try:
        assert proc.wait(timeout=30) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
        for s in fake._sockets:
            s.close()
    assert wait_gone(apps, timeout=10) == []
    assert not logs.exists() or list(logs.iterdir()) == []


def test_hints_name_the_browser_keys_when_the_web_keymap_is_used(tmp_path):
    """The hint under each question, the help and the assistant's messages name the key that works here."""
    from delmaal_assistant.core.keymap import keymap

    WEB_KEYMAP = keymap().browser_keymap()
    from delmaal_assistant.tui.app import create_app
    from delmaal_assistant.tui.modals import keys_help

    app = create_app(data_dir=tmp_path)
    assert app.hint("{skip} går videre · {help} hjælp") == "Ctrl+N går videre · F1 hjælp"
    app.use_browser_keys()
    assert app.hint("{skip} går videre · {help} hjælp") == "Alt+N går videre · Alt+H hjælp"
    text = keys_help(app)
    for taken in ("Ctrl+N ", "Ctrl+Q ", "F1 ", "F3 ", "F6 ", "F7 "):
        assert taken not in text, taken
    assert "Alt+Q afslut" in text and "Alt+G gennemse" in text


async def test_an_app_that_ends_with_an_error_is_not_shown_as_a_normal_close(tmp_path, capsys):
    """An assistant that crashes says «exit» like one that quits, then ends with code 1 (its draft written, a report
    in the log folder). The page said «Assistenten er lukket. Kladden er gemt.» as after a normal quit (found when
    a Textual race closed a tab halfway through a meeting, session 10); now it says the assistant stopped with an
    error, and the server's window says it too."""
    from aiohttp import WSMsgType

    crash = ("import json, sys, time\n"
             "sys.stdout.buffer.write(b'__GANGLION__\\n')\n"
             "meta = json.dumps({'type': 'exit'}).encode()\n"
             "sys.stdout.buffer.write(b'M' + len(meta).to_bytes(4, 'big') + meta)\n"
             "sys.stdout.buffer.flush()\n"
             "time.sleep(0.3)\n"
             "sys.exit(1)\n")
    msg = await _first_page_message(tmp_path, crash)
    assert msg.type == WSMsgType.BINARY, msg            # not a close: the page is told
    assert "stoppede med en fejl (kode 1)" in msg.data.decode("utf-8")
    assert "fejlkode 1" in capsys.readouterr().err
