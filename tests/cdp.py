"""A minimal Chrome DevTools Protocol client over `--remote-debugging-pipe` (no network port of its own).

`delmaal web` draws the assistant on a <canvas> (xterm.js), so `--dump-dom` cannot show its text and virtual time
does not wait for the app process. This drives headless Chromium in real time instead: open a page, run a script
before the page's own, evaluate expressions, poll until a condition holds, press keys, take a screenshot.

A `Runtime.evaluate` that meets a navigation of the page fails («Inspected target navigated or closed»): Chromium
drops a command that is under way when the document it runs in is replaced. So `open()` returns once the page has
loaded, and a test that makes the page navigate itself (the page's "Start igen" reloads it) says so with
`with browser.navigation(): …`, which returns once the new document has loaded; polling in between would race the
reload (the flake of 6 Dec: 1 reload in 20 met by a tight poll, a rare one at the 0.2 s poll). A navigation nobody
announced still fails loudly: it would be the page going away under the user.
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
import queue
import subprocess
import tempfile
import threading
import time
from pathlib import Path

from browser import FLAGS, need_chromium


class CDPError(RuntimeError):
    pass


class Chromium:
    def __init__(self, *, size: tuple[int, int] = (1200, 800)) -> None:
        exe = need_chromium()
        self._profile = tempfile.TemporaryDirectory()
        to_chrome_r, self._to_chrome = os.pipe()
        self._from_chrome, from_chrome_w = os.pipe()
        # Chromium reads commands on fd 3 and writes replies on fd 4; our other descriptors are close-on-exec.
        self.proc = subprocess.Popen(
            [exe, *FLAGS, f"--user-data-dir={self._profile.name}", f"--window-size={size[0]},{size[1]}",
             "--remote-debugging-pipe", "about:blank"],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            close_fds=False, preexec_fn=_fds_to_3_4(to_chrome_r, from_chrome_w),
        )
        os.close(to_chrome_r)
        os.close(from_chrome_w)
        self._next_id = 0
        self._replies: dict[int, queue.Queue] = {}
        self._lock = threading.Lock()
        self._loaded = threading.Condition()
        self._loads = 0  # load events of the page's documents (its top frame), counted by the reader thread
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()
        self.session: str | None = None

    def _read(self) -> None:
        buf = b""
        with os.fdopen(self._from_chrome, "rb", buffering=0) as f:
            while True:
                chunk = f.read(65536)
                if not chunk:
                    break
                buf += chunk
                while b"\0" in buf:
                    raw, buf = buf.split(b"\0", 1)
                    msg = json.loads(raw)
                    if "id" in msg:
                        with self._lock:
                            q = self._replies.get(msg["id"])
                        if q is not None:
                            q.put(msg)
                    elif msg.get("method") == "Page.loadEventFired" and msg.get("sessionId") == self.session:
                        with self._loaded:
                            self._loads += 1
                            self._loaded.notify_all()

    def send(self, method: str, params: dict | None = None, *, timeout: float = 30, session: bool = True) -> dict:
        with self._lock:
            self._next_id += 1
            mid = self._next_id
            q: queue.Queue = queue.Queue()
            self._replies[mid] = q
        msg = {"id": mid, "method": method, "params": params or {}}
        if session and self.session:
            msg["sessionId"] = self.session
        os.write(self._to_chrome, json.dumps(msg).encode() + b"\0")
        try:
            reply = q.get(timeout=timeout)
        except queue.Empty:
            raise CDPError(f"no reply to {method} within {timeout} s") from None
        if "error" in reply:
            raise CDPError(f"{method}: {reply['error']}")
        return reply.get("result", {})

    def open(self, url: str, *, before_load: str | None = None) -> None:
        target = self.send("Target.createTarget", {"url": "about:blank"}, session=False)["targetId"]
        self.session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True},
                                 session=False)["sessionId"]
        self.send("Page.enable")
        self.send("Runtime.enable")
        if before_load:
            self.send("Page.addScriptToEvaluateOnNewDocument", {"source": before_load})
        with self.navigation():
            reply = self.send("Page.navigate", {"url": url})
        if reply.get("errorText"):
            raise CDPError(f"Page.navigate {url}: {reply['errorText']}")

    @contextlib.contextmanager
    def navigation(self, *, timeout: float = 60):
        """Around what makes the page navigate (a click on a button that reloads it): returns once the new
        document has loaded, so nothing is evaluated while the old one is being replaced."""
        with self._loaded:
            before = self._loads
        yield
        with self._loaded:
            if not self._loaded.wait_for(lambda: self._loads > before, timeout=timeout):
                raise CDPError(f"the page did not load a new document within {timeout} s")

    def evaluate(self, expression: str):
        result = self.send("Runtime.evaluate", {"expression": expression, "returnByValue": True})
        if "exceptionDetails" in result:
            raise CDPError(f"{expression}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def wait_for(self, expression: str, *, timeout: float = 60, interval: float = 0.2):
        """Poll `expression` until it is truthy (a condition, not a fixed sleep); its last value on timeout."""
        deadline = time.monotonic() + timeout
        value = None
        while time.monotonic() < deadline:
            value = self.evaluate(expression)
            if value:
                return value
            time.sleep(interval)
        return value

    def press(self, key: str, code: str, *, modifiers: int = 0, text: str = "") -> None:
        """A key press as the user's keyboard sends it (modifiers: 1 Alt, 2 Ctrl, 4 Meta, 8 Shift)."""
        base = {"key": key, "code": code, "modifiers": modifiers,
                "windowsVirtualKeyCode": ord(key.upper()) if len(key) == 1 else 0}
        self.send("Input.dispatchKeyEvent", {"type": "keyDown", **base, **({"text": text} if text else {})})
        self.send("Input.dispatchKeyEvent", {"type": "keyUp", **base})

    def screenshot(self, out: Path) -> Path:
        data = self.send("Page.captureScreenshot", {"format": "png"})["data"]
        out.write_bytes(base64.b64decode(data))
        return out

    def close(self) -> None:
        try:
            self.send("Browser.close", session=False, timeout=5)
        except (CDPError, OSError):
            pass
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        try:
            os.close(self._to_chrome)
        except OSError:
            pass
        self._profile.cleanup()

    def __enter__(self) -> "Chromium":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _fds_to_3_4(read_fd: int, write_fd: int):
    def setup() -> None:  # in the child, before exec: put the pipe ends where Chromium expects them
        r, w = os.dup(read_fd), os.dup(write_fd)
        os.dup2(r, 3)
        os.dup2(w, 4)
        os.close(r)
        os.close(w)

    return setup
