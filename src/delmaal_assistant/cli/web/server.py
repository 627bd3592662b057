"""The server: one aiohttp server on 127.0.0.1, one app process per websocket, all stopped on exit."""

from __future__ import annotations

import asyncio
import functools
import json
import os
import re
import secrets
import shutil
import signal
import sys
import tempfile
import webbrowser
from pathlib import Path
from urllib.parse import quote, unquote

from delmaal_assistant.cli.web.guard import ConnectionGuard, max_pending_for, quiet_loop_errors, raise_open_files
from delmaal_assistant.cli.web.page import (
    PAGE,
    PAGE_JS,
    TOO_MANY,
    _bad_request_reason,
    _tabs,
)
from delmaal_assistant.core import texts
from delmaal_assistant.core.files.storage import StorageError, write_bytes_with_backup
from delmaal_assistant.core.keymap import keymap
from delmaal_assistant.core.sanitize import html_text, terminal_safe

#: the largest delmål file a browser may upload (a delmål is a few kB; its observations add little)
UPLOAD_MAX = 2_000_000
HOST = "127.0.0.1"
QUIT_GRACE = 3.0  # seconds an app gets to quit on its own before it is terminated, then killed
#: a tab's app process is gone at most this long after its websocket closed (a reload, a closed tab): asked to
#: quit, waited for, terminated, killed – QUIT_GRACE each (`_stop_service`). Normally it quits by itself in < 1 s.
APP_END_WITHIN = 4 * QUIT_GRACE
#: app processes (open tabs) at most, by default: each is a Python process of about 100 MB (README, bench_web.py)
DEFAULT_MAX_APPS = 4


@functools.cache
def _runner_class():
    """aiohttp's AppRunner, whose connection handler answers a malformed request with 400 and one Danish line
    (and one line on stderr) instead of logging a traceback and echoing the request's bytes."""
    from aiohttp import web  # deferred: start-up (aiohttp)
    from aiohttp.web_protocol import RequestHandler  # deferred: start-up
    from aiohttp.web_server import Server  # deferred: start-up

    class QuietHandler(RequestHandler):
        # issue 30: a connection that sends no whole request head in time, or one too many of those, is closed
        def connection_made(self, transport) -> None:
            super().connection_made(transport)
            guard = getattr(self._manager, "delmaal_guard", None)
            if guard is not None:
                guard.opened(self, transport)

        def data_received(self, data: bytes) -> None:
            super().data_received(data)
            if self._request_count:
                guard = getattr(self._manager, "delmaal_guard", None)
                if guard is not None:
                    guard.request_seen(self)

        def connection_lost(self, exc) -> None:
            guard = getattr(self._manager, "delmaal_guard", None)
            if guard is not None:
                guard.closed(self)
            super().connection_lost(exc)

        def handle_error(self, request, status: int = 500, exc: BaseException | None = None,
                         message: str | None = None):
            if status >= 500:
                note = texts.get("cli.web.internal_error_note")
                line = texts.get("cli.web.internal_error_line",
                                 kind=type(exc).__name__ if exc else texts.get("cli.web.unknown_kind"))
            else:
                reason = _bad_request_reason(exc)
                note = texts.get("cli.web.bad_request_note", reason=reason)
                line = texts.get("cli.web.bad_request_line", reason=reason)
            guard = getattr(self._manager, "delmaal_guard", None)
            if guard is not None:  # never a flood of lines either (issue 30)
                guard.refusals.say(terminal_safe(line).removeprefix("delmaal web: "))
            else:
                try:
                    sys.stderr.write(terminal_safe(line) + "\n")
                except (OSError, ValueError):
                    pass
            if request.writer.output_size > 0:
                raise ConnectionError("response already sent")
            resp = web.Response(status=status, text=note + "\n", content_type="text/plain", charset="utf-8")
            resp.force_close()
            return resp

    class QuietServer(Server):
        def __call__(self):
            return QuietHandler(self, loop=self._loop, **self._kwargs)

    class QuietRunner(web.AppRunner):
        async def _make_server(self):
            server = await super()._make_server()
            server.__class__ = QuietServer  # same state, our handler class
            server.delmaal_guard = ConnectionGuard(asyncio.get_running_loop(), max_pending_for(raise_open_files()))
            return server

    return QuietRunner


def _static_dir() -> Path:
    import textual_serve  # deferred: start-up (textual_serve)

    return Path(textual_serve.__file__).resolve().parent / "static"


# ------------------------------------------------------------------------------------------ the server



#: Esc as the kitty keyboard protocol writes it (CSI 27 u), which Textual's parser reads as Esc at once
ESCAPE_KEY = "\x1b[27u"


def unambiguous_keys(data: str) -> str:
    """One message of keys from the browser, for the assistant's stdin: Esc and Alt+letter in the kitty keyboard
    protocol's form, which cannot be read as anything else.

    The page's terminal (xterm.js) sends one message per key press: Esc as the lone byte ESC, Alt+H as ESC h.
    Textual's parser takes a lone ESC for Esc, and ESC h for Alt+H, only when nothing follows within 0.1 s; on
    the way to the assistant two messages can arrive as one read (the browser, this server or the assistant busy
    for a moment). Then Esc followed by S was read as Alt+S (on the period screen the observation dialog stayed
    open and S, "status", was lost – the key walk's failures under load), and Alt+H followed at once by Esc typed
    "^h" into the answer and Esc went to the screen underneath (issue 26). Sent as CSI 27 u and CSI 104;3 u, each
    key is whole by itself. Only a message of exactly one such key is changed (a paste arrives bracketed)."""
    if data == "\x1b":
        return ESCAPE_KEY
    if len(data) == 2 and data[0] == "\x1b" and data[1].isalpha() and data[1].islower():
        return f"\x1b[{ord(data[1])};3u"  # Alt+letter: the same key ('alt+h') as before, without the wait
    return data


class WebServer:
    """One aiohttp server on 127.0.0.1; one app process per websocket; all of them stopped on exit."""

    def __init__(self, *, data_dir: Path, port: int = 0, open_browser: bool = True, token: str | None = None,
                 out=None, max_apps: int = DEFAULT_MAX_APPS) -> None:
        self.data_dir = data_dir
        self.max_apps = max_apps
        self._starting = 0  # app processes being started (not yet in `processes`)
        self.port = port
        self.open_browser = open_browser
        self.token = token or secrets.token_urlsafe(24)
        self.out = out or sys.stdout
        self.processes: set[asyncio.subprocess.Process] = set()
        self.url = ""
        self._stop: asyncio.Event | None = None
        self._redirect_dir: str | None = None
        self.stopped_by: str | None = None  # the signal that stopped the server, if any
        #: files an assistant delivers to its browser (a saved delmål, an export), by single-use key
        self._downloads = None

    # -- requests

    def _refusal(self, request) -> str | None:
        """Why the request is refused (a Danish text for the 403 answer), or None when it is allowed."""
        # Host must be this machine under a name we serve (guards against DNS rebinding, on top of the token).
        raw_host = request.headers.get("Host", request.host or "")
        host = raw_host.rsplit(":", 1)[0].strip("[]").lower()
        if host not in ("127.0.0.1", "localhost"):
            return texts.get("cli.web.refused_host", host=terminal_safe(raw_host)[:80])
        parts = request.path.split("/", 2)  # "", token, rest
        if len(parts) < 3 or not secrets.compare_digest(parts[1].encode(), self.token.encode()):
            return texts.get("cli.web.refused")
        origin = request.headers.get("Origin")
        if origin is not None and origin not in (f"http://127.0.0.1:{self.port}", f"http://localhost:{self.port}"):
            # a page from elsewhere: no websocket
            return texts.get("cli.web.refused_origin", origin=terminal_safe(origin)[:80])
        return None

    def _allowed(self, request) -> bool:
        return self._refusal(request) is None

    def live_apps(self) -> int:
        """App processes running or being started: the open tabs."""
        return self._starting + sum(1 for p in self.processes if p.returncode is None)

    def _make_app(self):
        from aiohttp import web  # deferred: start-up (aiohttp)

        @web.middleware
        async def guard(request, handler):
            refusal = self._refusal(request)
            if refusal is not None:
                resp = web.Response(status=403, text=refusal, content_type="text/plain", charset="utf-8")
                resp.force_close()  # a refused client keeps no connection open (issue 30: 1,100 of them)
                return resp
            response = await handler(request)
            response.headers.setdefault("Cache-Control", "no-store")
            response.headers.setdefault("Referrer-Policy", "no-referrer")
            return response

        app = web.Application(middlewares=[guard])
        prefix = f"/{self.token}"
        app.add_routes([
            web.get(prefix + "/", self.handle_index),
            web.get(prefix + "/ws", self.handle_websocket),
            web.get(prefix + "/ws/{tab}", self.handle_websocket),
            web.get(prefix + "/page.js", self.handle_page_js),
            web.get(prefix + "/alive", self.handle_alive),
            web.get(prefix + "/download/{key}", self.handle_download),
            web.post(prefix + "/upload/{tab}", self.handle_upload),
            web.static(prefix + "/static", _static_dir()),
        ])
        return app

    async def handle_index(self, request):
        from aiohttp import web  # deferred: start-up (aiohttp)

        if self.live_apps() >= self.max_apps:
            page = TOO_MANY.format(n=self.max_apps, tabs=_tabs(self.max_apps),
                                   quit_key=keymap().label("quit", browser=True))
            return web.Response(status=503, text=page, content_type="text/html", charset="utf-8")
        base = f"http://{HOST}:{self.port}/{self.token}"
        body = PAGE.format(static=html_text(f"/{self.token}/static/"),
                           page_js=html_text(f"/{self.token}/page.js"),
                           websocket=html_text(f"ws://{HOST}:{self.port}/{self.token}/ws"))
        return web.Response(text=body, content_type="text/html", charset="utf-8",
                            headers={"Content-Security-Policy": _csp(base)})

    @property
    def downloads(self):
        """One download manager for every tab (textual-serve's): the page fetches a delivered file by its key."""
        if self._downloads is None:
            from textual_serve.download_manager import DownloadManager  # deferred: start-up (textual_serve)

            self._downloads = DownloadManager()
        return self._downloads

    async def handle_download(self, request):
        """A file the assistant delivers to the browser (save, export): streamed from the tab's app process under
        the single-use key Textual made for it (a 128-bit random hex), only behind this server's own token."""
        from aiohttp import web  # deferred: start-up (aiohttp)

        key = request.match_info["key"]
        if not re.fullmatch(r"[0-9a-f]{32}", key):
            raise web.HTTPNotFound(text=texts.get("cli.web.download_gone"))
        try:
            meta = await self.downloads.get_download_metadata(key)
        except KeyError:
            raise web.HTTPNotFound(text=texts.get("cli.web.download_gone_again")) from None
        response = web.StreamResponse()
        content_type = meta.mime_type or "application/octet-stream"
        if meta.encoding:
            content_type += f"; charset={meta.encoding}"
        response.headers["Content-Type"] = content_type
        response.headers["Content-Disposition"] = content_disposition(meta.file_name)
        response.headers["X-Content-Type-Options"] = "nosniff"
        await response.prepare(request)
        async for chunk in self.downloads.download(key):
            await response.write(chunk)
        await response.write_eof()
        return response

    async def handle_upload(self, request):
        """A saved delmål the user picked on their own computer (the start screen's "Åbn … fra din computer"):
        stored owner-only in DATA/web-uploads/TAB/, where that tab's assistant opens it. Only a *.json of at most
        UPLOAD_MAX bytes, under a plain name."""
        from aiohttp import web  # deferred: start-up (aiohttp)

        tab = request.match_info["tab"]
        if not re.fullmatch(r"[A-Za-z0-9_-]{8,64}", tab):
            raise web.HTTPNotFound(text=texts.get("cli.web.unknown_tab"))

        name = Path(unquote(request.headers.get("X-Filnavn", "")).strip()).name
        name = re.sub(r"[^\w .()-]", "_", name)[:120]
        if not name.lower().endswith(".json"):
            return web.Response(status=400, text=texts.get("cli.web.upload_not_json"), charset="utf-8")
        data = bytearray()
        async for chunk in request.content.iter_chunked(65536):
            data += chunk
            if len(data) > UPLOAD_MAX:
                return web.Response(status=413, text=texts.get("cli.web.upload_too_big"), charset="utf-8")
        folder = self.data_dir / "web-uploads" / tab
        try:
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            write_bytes_with_backup(folder / name, bytes(data))
        except (OSError, StorageError) as exc:
            return web.Response(status=400, text=texts.get("cli.web.upload_failed", error=exc), charset="utf-8")
        return web.Response(status=204)

    async def handle_alive(self, request):
        """The page asks whether the server still runs, to say "Serveren er stoppet" only when it has: yes, however
        many tabs are open (the page itself answers 503 to a tab too many)."""
        from aiohttp import web  # deferred: start-up (aiohttp)

        return web.Response(status=204)

    async def handle_page_js(self, request):
        from aiohttp import web  # deferred: start-up (aiohttp)

        return web.Response(text=PAGE_JS, content_type="text/javascript", charset="utf-8")

    async def handle_websocket(self, request):
        from aiohttp import WSMsgType, web  # deferred: start-up (aiohttp)

        ws = web.WebSocketResponse(heartbeat=15)
        await ws.prepare(request)
        if self.live_apps() >= self.max_apps:  # a page loaded earlier, or opened twice: no app beyond the cap
            try:
                note = texts.get("cli.web.too_many_terminal", n=self.max_apps, tabs=_tabs(self.max_apps))
                await ws.send_bytes(note.encode("utf-8"))
            except ConnectionError:
                pass
            await ws.close()
            return ws
        self._starting += 1
        width = _int(request.query.get("width"), 80)
        height = _int(request.query.get("height"), 24)
        tab = request.match_info.get("tab", "")
        async def close_page() -> None:
            """The assistant said it ends: a normal quit closes the page ("Assistenten er lukket. Kladden er
            gemt."); an end after an error (exit code ≠ 0: a crash, its draft written and a report in the log
            folder) leaves the page open for `_watch_app` to say so – it was shown as a normal close."""
            process = service._process
            if process is not None:
                try:
                    code = await asyncio.wait_for(process.wait(), QUIT_GRACE)
                except asyncio.TimeoutError:
                    code = None
                if code not in (0, None):
                    return
            await ws.close()

        service = _AppProcess(self, write_bytes=ws.send_bytes, write_str=ws.send_str, close=close_page,
                              download_manager=self.downloads,
                              tab=tab if re.fullmatch(r"[A-Za-z0-9_-]{8,64}", tab) else "")
        watcher = None
        try:
            try:
                await service.start(width, height)
            finally:
                self._starting -= 1
            watcher = asyncio.create_task(self._watch_app(service, ws))
            async for message in ws:
                if message.type != WSMsgType.TEXT:
                    continue
                try:
                    kind, *rest = json.loads(message.data)
                except (ValueError, TypeError):
                    continue
                data = rest[0] if rest else None
                if kind == "stdin" and isinstance(data, str):
                    await service.send_bytes(unambiguous_keys(data).encode("utf-8"))
                elif kind == "resize" and isinstance(data, dict):
                    await service.set_terminal_size(_int(data.get("width"), 80), _int(data.get("height"), 24))
                elif kind == "ping":
                    await ws.send_json(["pong", data])
                elif kind == "blur":
                    await service.blur()
                elif kind == "focus":
                    await service.focus()
        except asyncio.CancelledError:
            pass
        finally:
            await _stop_service(service)
            if service._process is not None and service._process.returncode is not None:
                self.processes.discard(service._process)  # stopped and reaped: forget it
            if watcher is not None:
                watcher.cancel()
            if not ws.closed:
                await ws.close()
        return ws

    async def _watch_app(self, service, ws) -> None:
        """When the app process ends by itself: a normal quit closes the page's session ("Assistenten er
        lukket"); a failure is said in the page, in Danish, instead of leaving "Starter …" up for ever."""
        process = service._process
        code = await process.wait()
        if ws.closed:
            return
        if code == 0:
            await ws.close()
            return
        message = texts.get("cli.web.app_failed_page", code=code)
        try:
            await ws.send_bytes(message.encode("utf-8"))
        except ConnectionError:
            pass
        if self._stop is None or not self._stop.is_set():  # not when everything is being stopped anyway
            try:
                sys.stderr.write(texts.get("cli.web.app_failed", code=code))
            except (OSError, ValueError):
                pass

    # -- app processes

    def app_command(self) -> list[str]:
        return [sys.executable, "-m", "delmaal_assistant.cli.web", "--app"]

    def app_environment(self) -> dict[str, str]:
        return {"DELMAAL_DATA_DIR": str(self.data_dir), "PYTHONIOENCODING": "utf-8", "PYTHONUTF8": "1"}

    async def stop_all_apps(self) -> None:
        """Ask every app we started to quit (it saves its draft), then terminate, then kill what is left."""
        live = [p for p in self.processes if p.returncode is None]
        for p in live:
            try:
                p.stdin.write(_packet(b"M", json.dumps({"type": "quit"}).encode()))
            except (RuntimeError, ConnectionError, AttributeError):
                pass
        for action in ("wait", "terminate", "kill"):
            live = [p for p in live if p.returncode is None]
            if not live:
                break
            if action != "wait":
                for p in live:
                    _signal_child(p, action)
            await asyncio.wait([asyncio.ensure_future(p.wait()) for p in live], timeout=QUIT_GRACE)

    # -- running

    async def run(self) -> int:
        from aiohttp import web  # deferred: start-up (aiohttp)

        self._stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        quiet_loop_errors(loop)  # a failed accept is one line, never a traceback per attempt
        for name in ("SIGINT", "SIGTERM", "SIGHUP"):  # SIGHUP: the terminal window was closed (not on Windows)
            sig = getattr(signal, name, None)
            if sig is None:
                continue
            try:
                loop.add_signal_handler(sig, self._on_signal, name)
            except (NotImplementedError, RuntimeError, ValueError):
                pass  # Windows: Ctrl+C arrives as KeyboardInterrupt / cancellation; cleanup below still runs
        runner = _runner_class()(self._make_app(), handle_signals=False, access_log=None, shutdown_timeout=2)
        await runner.setup()
        try:
            site = web.TCPSite(runner, HOST, self.port)
            try:
                await site.start()
            except OSError as exc:
                sys.stderr.write(texts.get("cli.web.cannot_listen", host=HOST, port=self.port,
                                           error=exc.strerror or exc))
                return 2
            self.port = site._server.sockets[0].getsockname()[1]
            self.url = f"http://{HOST}:{self.port}/{self.token}/"
            self._announce()
            await self._stop.wait()
            return 0
        finally:
            await self.stop_all_apps()
            await runner.cleanup()
            self._remove_redirect()
            self._say(texts.get("cli.web.stopped"))  # a closed terminal (SIGHUP) cannot be told: no error either

    def _on_signal(self, name: str) -> None:
        self.stopped_by = name
        self._stop.set()

    def _say(self, text: str) -> None:
        """Write to our terminal; a terminal that is gone (closed window: EIO, a broken pipe) is no crash."""
        try:
            self.out.write(text)
            self.out.flush()
        except (OSError, ValueError):
            pass

    def request_stop(self) -> None:
        if self._stop is not None:
            self._stop.set()

    def _announce(self) -> None:
        self._say(texts.get("cli.web.announce", url=self.url))
        if self.open_browser and not self._open_browser():
            self._say(texts.get("cli.web.no_browser"))

    def _open_browser(self) -> bool:
        """Open the URL via an owner-only local file that redirects to it: the token stays off command lines."""
        try:
            self._redirect_dir = tempfile.mkdtemp(prefix="delmaal-web-")  # 0700
            page = Path(self._redirect_dir) / "aabn.html"
            fd = os.open(page, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
            with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as f:
                target = html_text(self.url)
                f.write(texts.get("cli.web.redirect_page", target=target))
            return bool(webbrowser.open(page.as_uri()))
        except Exception:  # no browser, no temp folder: the printed URL still works
            return False

    def _remove_redirect(self) -> None:
        if self._redirect_dir:
            shutil.rmtree(self._redirect_dir, ignore_errors=True)
            self._redirect_dir = None


def _csp(base: str) -> str:
    # Nothing may load from or connect to anywhere but this server.
    ws = "ws://" + base.split("://", 1)[1].split("/", 1)[0]
    origin = base.rsplit("/", 1)[0]
    return (f"default-src 'none'; script-src {origin}; style-src {origin} 'unsafe-inline'; font-src {origin}; "
            f"img-src {origin} data:; connect-src {origin} {ws}; form-action 'none'; base-uri 'none'")


def _int(value, default: int) -> int:
    try:
        return max(1, min(int(value), 1000))
    except (TypeError, ValueError):
        return default


def _packet(kind: bytes, payload: bytes) -> bytes:
    return kind + len(payload).to_bytes(4, "big") + payload


async def _stop_service(service) -> None:
    """Ask the app to quit, then terminate, then kill; always wait for its exit, so asyncio reaps it (an
    unreaped process would later be reaped by the transport's finaliser and logged as "Unknown child")."""
    try:
        await asyncio.wait_for(service.stop(), QUIT_GRACE)
    except (asyncio.TimeoutError, Exception):
        pass
    process = service._process
    if process is None:
        return
    for action in (None, "terminate", "kill"):
        if process.returncode is not None:
            return
        if action:
            _signal_child(process, action)
        try:
            await asyncio.wait_for(process.wait(), QUIT_GRACE)
            return
        except asyncio.TimeoutError:
            continue


def _signal_child(process, action: str) -> None:
    """Terminate or kill an app process we started and have not reaped, without reaping it. asyncio's
    `Process.terminate()`/`kill()` go through `Popen.send_signal`, which first polls: a process that had just quit
    (a zombie asyncio's child watcher had not yet waited for – under load, right at the end of the grace time) was
    reaped there, and the watcher then logged «Unknown child process pid …, will report returncode 255» into the
    server's output (a CI failure of tests/test_web.py in round 36). Until we reap it the pid cannot be reused, so
    a plain signal reaches the right process (a zombie ignores it)."""
    pid = getattr(process, "pid", None)
    if pid is None or process.returncode is not None:
        return
    sig = signal.SIGTERM if action == "terminate" else getattr(signal, "SIGKILL", signal.SIGTERM)
    try:
        if sys.platform == "win32":  # no zombies there, and os.kill is TerminateProcess
            getattr(process, action)()
        else:
            os.kill(pid, sig)
    except (ProcessLookupError, PermissionError):
        pass


@functools.cache
def _app_service_class():
    from textual_serve.app_service import AppService  # deferred: start-up (textual_serve)

    class AppProcess(AppService):
        """textual-serve's AppService, started without a shell and registered with the server."""

        def __init__(self, server: WebServer, tab: str = "", **kwargs) -> None:
            super().__init__("delmaal", **kwargs)
            self.server = server
            self.tab = tab

        async def _open_app_process(self, width: int = 80, height: int = 24):
            env = self._build_environment(width=width, height=height)
            env.update(self.server.app_environment())
            if self.tab:
                env["DELMAAL_WEB_TAB"] = self.tab
            process = await asyncio.create_subprocess_exec(
                *self.server.app_command(), stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE,
                stderr=asyncio.subprocess.PIPE, env=env)
            self._process = process
            self._stdin = process.stdin
            self.server.processes.add(process)
            return process

    return AppProcess


def _AppProcess(server: WebServer, **kwargs):
    return _app_service_class()(server, **kwargs)


def content_disposition(name: str) -> str:
    """`attachment` with the file's own name, also when it has æ, ø, å (RFC 6266/5987: an ASCII fallback and the
    UTF-8 name); never a path, a quote or a control character."""

    name = re.sub(r'[\x00-\x1f\x7f"\\/]', "_", Path(name).name) or "delmaal"
    ascii_name = name.encode("ascii", "replace").decode("ascii").replace("?", "_")
    return f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(name, safe='')}"
