"""The assistant as a user runs it: a real process in a pseudo-terminal (for tests/test_faults.py).

    app = PtyApp(data_dir)            # `python -m delmaal_assistant` with its own terminal (110×34)
    app.wait_for("Nyt delmål")        # wait until this text has been drawn
    app.type("abc")                   # keystrokes, as the terminal sends them
    app.close_terminal()              # like closing the window: the kernel sends SIGHUP
    app.kill(signal.SIGKILL); app.wait()

Everything the program writes to the terminal is kept in `app.output` (bytes).
"""

from __future__ import annotations

import fcntl
import os
import pty
import select
import signal
import struct
import sys
import termios
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


class PtyApp:
    def __init__(self, data_dir: Path, *, cols: int = 110, rows: int = 34, extra_env: dict | None = None,
                 started: threading.Event | None = None) -> None:
        """`started`: the program starts only when this is set – keys typed before that wait in the terminal's
        queue as keys typed while `./run` sets up the program do (the terminal as the shell left it)."""
        env = dict(os.environ, DELMAAL_DATA_DIR=str(data_dir), TERM="xterm-256color", TEXTUAL_ANIMATIONS="none")
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT / "src"), env.get("PYTHONPATH", "")]))
        env.update(extra_env or {})
        go_r, go_w = os.pipe() if started is not None else (-1, -1)
        pid, fd = pty.fork()
        if pid == 0:  # the child: a session leader whose controlling terminal is the pty
            try:
                if started is not None:
                    os.read(go_r, 1)  # the parent says when (its keys are in the terminal's queue by then)
                os.execve(sys.executable, [sys.executable, "-m", "delmaal_assistant"], env)
            finally:
                os._exit(127)
        self.pid, self.fd = pid, fd
        fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
        self.output = bytearray()
        self._stop = threading.Event()
        self._closed = False
        self.returncode: int | None = None
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()
        if started is not None:
            os.close(go_r)

            def go() -> None:
                started.wait()
                os.write(go_w, b"g")
                os.close(go_w)

            threading.Thread(target=go, daemon=True).start()

    def _read(self) -> None:
        while not self._stop.is_set():
            try:
                ready, _, _ = select.select([self.fd], [], [], 0.05)
                if ready:
                    chunk = os.read(self.fd, 65536)
                    if not chunk:
                        break
                    self.output.extend(chunk)
            except (OSError, ValueError):
                break

    def wait_for(self, text: str | bytes, timeout: float = 60.0, start: int = 0) -> bool:
        """Wait until `text` appears in the output (after byte `start`); False on timeout or exit."""
        needle = text.encode() if isinstance(text, str) else text
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            if needle in self.output[start:]:
                return True
            if self.poll() is not None:
                return needle in self.output[start:]
            time.sleep(0.02)
        return False

    def type(self, text: str | bytes) -> None:
        os.write(self.fd, text.encode() if isinstance(text, str) else text)

    def kill(self, sig: int) -> None:
        if self.returncode is None:
            os.kill(self.pid, sig)

    def poll(self) -> int | None:
        if self.returncode is None:
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                self.returncode = os.waitstatus_to_exitcode(status)
        return self.returncode

    def wait(self, timeout: float = 30.0) -> int:
        end = time.monotonic() + timeout
        while self.poll() is None:
            if time.monotonic() > end:
                self.kill(signal.SIGKILL)
                os.waitpid(self.pid, 0)
                raise TimeoutError("the assistant did not exit")
            time.sleep(0.02)
        return self.returncode

    def close_terminal(self) -> None:
        """Close the terminal window: the master side goes away, the kernel hangs up the session."""
        self._stop.set()
        self._reader.join()
        if not self._closed:
            os.close(self.fd)
            self._closed = True

    def close(self) -> None:
        if self.poll() is None:
            self.kill(signal.SIGKILL)
            try:
                self.wait(10)
            except TimeoutError:
                pass
        self.close_terminal()

    def __enter__(self) -> PtyApp:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
