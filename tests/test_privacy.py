"""Privacy: no connection leaves this machine — `delmaal check` and the terminal assistant open no socket at
all, `delmaal web` only loopback (127.0.0.1) sockets — and every file we create is owner-only (files 0600,
folders 0700), whatever the user's umask."""

from __future__ import annotations

import asyncio
import ipaddress
import os
import socket
import stat
from pathlib import Path

import pytest

from delmaal_assistant.cli import main
from delmaal_assistant.core.files.drafts import Draft, DraftStore, Settings, save_settings
from delmaal_assistant.core.model import Delmaal
from delmaal_assistant.core.files.storage import atomic_write_text, ensure_private_dir, save_delmaal

# --------------------------------------------------------------------------------------- no network


class NetworkAttempt(AssertionError):
    pass


def run(argv: list[str]) -> int:
    """`delmaal ARGV` in-process; argparse usage errors exit via SystemExit(2)."""
    try:
        return main(argv)
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else 2


@pytest.fixture
def no_network(monkeypatch):
    """Fail on any attempt to reach the network; collect attempts so a swallowed error still fails.

    Unix-domain sockets are allowed to be *created*: asyncio (and so Textual) makes a local
    `socket.socketpair()` for its event loop's self-pipe. Nothing may `connect`, resolve a name or create
    an internet socket.
    """
    attempts: list[str] = []
    real_init = socket.socket.__init__

    def fail(what: str):
        attempts.append(what)
        raise NetworkAttempt(f"network access attempted: {what}")

    def guarded_init(self, family=-1, type=-1, proto=-1, fileno=None):
        fam = socket.AF_INET if family == -1 and fileno is None else family
        if fam != socket.AF_UNIX and fam != -1:
            fail(f"socket({fam!r}, {type!r})")
        real_init(self, family, type, proto, fileno)

    monkeypatch.setattr(socket.socket, "__init__", guarded_init)
    monkeypatch.setattr(socket.socket, "connect", lambda self, addr: fail(f"connect({addr!r})"))
    monkeypatch.setattr(socket.socket, "connect_ex", lambda self, addr: fail(f"connect_ex({addr!r})"))
    monkeypatch.setattr(socket, "getaddrinfo", lambda *a, **k: fail(f"getaddrinfo{a!r}"))
    monkeypatch.setattr(socket, "gethostbyname", lambda *a, **k: fail(f"gethostbyname{a!r}"))
    monkeypatch.setattr(socket, "create_connection", lambda *a, **k: fail(f"create_connection{a!r}"))
    yield attempts
    assert attempts == [], attempts


LOOPBACK_NAMES = {"127.0.0.1", "localhost", "::1"}


def _is_loopback(host) -> bool:
    if host in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(str(host).split("%")[0]).is_loopback
    except ValueError:
        return False


@pytest.fixture
def loopback_only(monkeypatch):
    """Like `no_network`, but internet sockets may be made if they only ever bind to or connect to loopback."""
    attempts: list[str] = []
    real_bind, real_connect, real_connect_ex = socket.socket.bind, socket.socket.connect, socket.socket.connect_ex
    real_getaddrinfo = socket.getaddrinfo

    def fail(what: str):
        attempts.append(what)
        raise NetworkAttempt(f"non-loopback network access attempted: {what}")

    def check(addr, what):
        if isinstance(addr, tuple) and not _is_loopback(addr[0]):
            fail(f"{what}({addr!r})")

    def bind(self, addr):
        check(addr, "bind")
        return real_bind(self, addr)

    def connect(self, addr):
        check(addr, "connect")
        return real_connect(self, addr)

    def connect_ex(self, addr):
        check(addr, "connect_ex")
        return real_connect_ex(self, addr)

    def getaddrinfo(host, *a, **k):
        if host is not None and not _is_loopback(host if isinstance(host, str) else host.decode()):
            fail(f"getaddrinfo({host!r})")
        return real_getaddrinfo(host, *a, **k)

    monkeypatch.setattr(socket.socket, "bind", bind)
    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", connect_ex)
    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    monkeypatch.setattr(socket, "gethostbyname", lambda *a, **k: fail(f"gethostbyname{a!r}"))
    yield attempts
    assert attempts == [], attempts


def test_guard_really_catches_network_use(no_network):
    with pytest.raises(NetworkAttempt):
        socket.create_connection(("example.org", 443))
    with pytest.raises(NetworkAttempt):
        socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    with pytest.raises(NetworkAttempt):
        socket.getaddrinfo("example.org", 80)
    a, b = socket.socketpair()  # local, allowed
    a.close(), b.close()
    no_network.clear()  # the attempts above were ours


def test_delmaal_check_opens_no_socket(no_network, tmp_path, capsys):
    txt = tmp_path / "liste.txt"
    txt.write_text("At borgeren ikke ryger på værelset.\nAt borgeren vasker tøj hver onsdag inden 1. marts 2027.\n",
                   encoding="utf-8")
    csv = tmp_path / "udtraek.csv"
    csv.write_text("id,delmaal\n1,Personalet støtter beboeren i at komme op.\n", encoding="utf-8")
    saved = tmp_path / "tøjvask.delmaal.json"
    save_delmaal(saved, Delmaal(title="Tøjvask", wording="At borgeren bliver bedre til at vaske tøj."))
    codes = [
        run(["check", "At borgeren bliver bedre til at holde orden, tlf. 12 34 56 78."]),
        run(["check", "--format", "json", str(txt), str(csv), str(saved)]),
        run(["check", str(tmp_path / "findes-ikke.txt")]),
        run(["schema"]),
    ]
    # a large batch, which the checker spreads over forked worker processes
    big = tmp_path / "mange.txt"
    big.write_text("".join(f"At borgeren går en tur {i} gange om ugen.\n" for i in range(2100)), encoding="utf-8")
    codes.append(run(["check", "--format", "json", str(big)]))
    capsys.readouterr()
    assert codes[0] in (0, 1) and codes[1] in (0, 1) and codes[2] == 2 and codes[3] == 0 and codes[4] in (0, 1)


def test_loopback_guard_really_catches_outside_use(loopback_only):
    with pytest.raises(NetworkAttempt):
        socket.create_connection(("example.org", 443))
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    with pytest.raises(NetworkAttempt):
        s.bind(("0.0.0.0", 0))
    with pytest.raises(NetworkAttempt):
        s.connect(("192.0.2.1", 80))
    s.bind(("127.0.0.1", 0))  # loopback, allowed
    s.close()
    loopback_only.clear()  # the attempts above were ours


async def test_delmaal_web_uses_loopback_only(loopback_only, tmp_path):
    """The web server in-process: it listens on 127.0.0.1 only, and a browser session (page, script, websocket
    that starts an assistant) reaches nothing else. The assistant process it starts is the terminal assistant
    behind Textual's web driver, talking over pipes (its socket use is covered by the test below)."""
    import io
    import urllib.request

    from delmaal_assistant.cli.web import WebServer

    out = io.StringIO()
    server = WebServer(data_dir=tmp_path / "data", port=0, open_browser=False, out=out)
    task = asyncio.create_task(server.run())
    for _ in range(200):
        if server.url:
            break
        await asyncio.sleep(0.05)
    assert server.url.startswith("http://127.0.0.1:")

    def browse() -> tuple[str, str]:
        with urllib.request.urlopen(server.url, timeout=10) as r:
            page = r.read().decode()
        with urllib.request.urlopen(server.url + "static/js/textual.js", timeout=10) as r:
            script = r.read().decode()
        return page, script

    page, script = await asyncio.to_thread(browse)
    assert "textual-terminal" in page and len(script) > 100_000
    from aiohttp import ClientSession

    async with ClientSession() as session:
        origin = "http://" + server.url.split("/")[2]
        async with session.ws_connect(server.url + "ws?width=80&height=24", headers={"Origin": origin}) as ws:
            msg = await ws.receive(timeout=60)  # the assistant's first screen
            assert msg.data
    server.request_stop()
    assert await task == 0
    assert [p for p in server.processes if p.returncode is None] == []


# --------------------------------------------------------------------------------------- file modes


def mode(p: Path) -> int:
    return stat.S_IMODE(p.stat().st_mode)


@pytest.fixture(params=[0o022, 0o002, 0o000], ids=["umask022", "umask002", "umask000"])
def umask(request):
    old = os.umask(request.param)
    yield request.param
    os.umask(old)


def assert_private_tree(root: Path, created: list[Path]) -> None:
    for p in created:
        assert p.exists(), p
        want = 0o700 if p.is_dir() else 0o600
        assert mode(p) == want, f"{p}: {oct(mode(p))}"


def test_everything_we_create_is_owner_only(tmp_path, umask):
    data = tmp_path / "data"
    store = DraftStore(data / "drafts")
    d = Draft()
    d.delmaal.wording = "At borgeren vasker tøj hver onsdag."
    draft_file = store.save(d)
    save_settings(data, Settings(save_dir=str(tmp_path)))
    target = tmp_path / "gemt" / "nyt" / "tøjvask.delmaal.json"
    save_delmaal(target, d.delmaal)
    save_delmaal(target, d.delmaal.model_copy(update={"title": "2"}))  # makes the .bak
    other = tmp_path / "a" / "b.txt"
    atomic_write_text(other, "x")
    created = [data, data / "drafts", draft_file, data / "settings.json", tmp_path / "gemt",
               tmp_path / "gemt" / "nyt", target, target.with_name(target.name + ".bak"), tmp_path / "a", other]
    assert_private_tree(tmp_path, created)
    # a damaged draft moved aside keeps its owner-only mode
    draft_file.write_text("{")
    store.list()
    aside = list((data / "drafts").glob("*.corrupt-*"))
    assert len(aside) == 1 and mode(aside[0]) == 0o600


def test_existing_data_folder_is_tightened(tmp_path, umask):
    data = tmp_path / "data"
    data.mkdir()
    os.chmod(data, 0o755)
    DraftStore(data).save(Draft())
    ensure_private_dir(data)
    assert mode(data) == 0o700


def test_exports_are_owner_only(tmp_path, umask):
    from delmaal_assistant.core.outputs.publish import publish_exports

    d = Delmaal(title="Tøjvask", wording="At borgeren vasker tøj hver onsdag inden 1. marts 2027.")
    folder = tmp_path / "eksport" / "ny"
    paths = publish_exports(d, folder, "tøjvask", ("md", "txt", "docx", "easy", "fhir")).written
    assert paths
    assert_private_tree(tmp_path, [tmp_path / "eksport", folder, *paths])


# ------------------------------------------------------------------------------- full assistant run


async def test_full_assistant_run_opens_no_socket_and_writes_owner_only(tmp_path, no_network):
    """The real assistant with the real checker (loaded lazily, in its thread worker): new delmål, a few
    answers, live checks, autosave, review, save with export — no network, and every file 0600/folder 0700
    under umask 022."""
    from tui_helpers import answer_current, settle

    from delmaal_assistant.tui.app import create_app
    from delmaal_assistant.tui.screens import InterviewScreen, ReviewScreen

    old = os.umask(0o022)
    try:
        data = tmp_path / "data"
        out = tmp_path / "Delmål" / "ny mappe"
        app = create_app(checker=None, data_dir=data)
        notes: list[str] = []
        real_notify = app.notify
        app.notify = lambda message, *a, **k: (notes.append(str(message)), real_notify(message, *a, **k))[1]
        async with app.run_test(size=(110, 36)) as pilot:
            await settle(pilot, app)
            app.action_new_delmaal()
            await settle(pilot, app)
            assert isinstance(app.screen, InterviewScreen)
            app.checker_blocking(60)  # let the real checker finish loading (or fail) before checking text
            for _ in range(3):
                await answer_current(pilot, app)
            # typing triggers the live check and the debounced autosave
            await pilot.press(*"At beboeren")
            await settle(pilot, app)
            app.screen.autosave()
            app.screen.action_review()
            await settle(pilot, app)
            assert isinstance(app.screen, ReviewScreen)
            await pilot.press("ctrl+s")
            await settle(pilot, app)
            app.screen.query_one("#save-folder").value = str(out)
            app.screen.query_one("#save-export").value = True
            await pilot.click("#save-yes")
            await settle(pilot, app, rounds=6)
        saved = sorted(out.glob("*.delmaal.json"))
        assert saved, notes
        created = [data, data / "drafts", *(data / "drafts").iterdir(), data / "settings.json",
                   tmp_path / "Delmål", out, *out.iterdir()]
        assert len(list(out.iterdir())) >= 3  # .delmaal.json, .md, .txt
        assert_private_tree(tmp_path, created)
    finally:
        os.umask(old)
