"""What keeps `delmaal web` up under many slow connections: a header-read timeout, a cap on connections that have
not sent a whole request yet, open files raised to what the system allows, and one quiet line instead of a
traceback for every failed accept.

Without these, ~1,100 connections that send part of a request and wait (no key needed) used up the 1,024 open
files a desktop session usually allows: the server could accept nothing more — the user's own tab included — and
asyncio printed a traceback for every failed accept (87,000–200,000 of them).

- A connection must send its whole request head within `HEADER_TIMEOUT` seconds, or it is closed.
- At most `max_pending` connections may be waiting for their request head at once; one more closes the oldest of
  them. A browser sends its request at once, so the user's tab is served; a connection that has sent a request
  (a page, the websocket of an open tab) is never closed by this.
- Open files are raised to the hard limit (at most `WANTED_FILES`), and `max_pending` stays well below them, so
  accept does not run out of files.
- An error the event loop would log with a traceback is one Danish line, at most one per `QUIET_SECONDS`; the
  one line per malformed request is at most 20 per `QUIET_SECONDS`, the rest counted.
"""

from __future__ import annotations

import errno
import os
import sys
import time
from collections import OrderedDict

from delmaal_assistant.core import texts

#: Seconds a connection has to send its request head (request line and headers).
HEADER_TIMEOUT = 10.0
#: Connections waiting for their request head, at most (fewer when open files are scarce).
MAX_PENDING = 256
#: Open files the server asks for (the soft limit is raised towards the hard limit, never past it).
WANTED_FILES = 8192
#: Open files kept free for the tabs' processes, pipes, the static files and the listening socket.
RESERVED_FILES = 128
#: At most one line about closed connections or loop errors in this many seconds.
QUIET_SECONDS = 10.0


def raise_open_files() -> int:
    """Raise the soft limit of open files towards the hard limit (POSIX); returns the soft limit now in force
    (0 when unknown)."""
    if os.name == "nt":  # pragma: no cover - no such limit on Windows
        return 0
    import resource  # deferred: not on Windows (POSIX only)

    try:
        soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
        want = WANTED_FILES if hard == resource.RLIM_INFINITY else min(hard, WANTED_FILES)
        if soft != resource.RLIM_INFINITY and soft < want:
            resource.setrlimit(resource.RLIMIT_NOFILE, (want, hard))
            soft = want
        return 0 if soft == resource.RLIM_INFINITY else int(soft)
    except (ValueError, OSError):
        return 0


def max_pending_for(open_files: int) -> int:
    if open_files <= 0:
        return MAX_PENDING
    return max(16, min(MAX_PENDING, (open_files - RESERVED_FILES) // 2))


class _Quiet:
    """At most `burst` lines on stderr in QUIET_SECONDS; what was left unsaid is counted into the next line."""

    def __init__(self, stream=None, burst: int = 1) -> None:
        self.stream = stream
        self.burst = burst
        self.window = -QUIET_SECONDS
        self.said = 0
        self.held = 0

    def say(self, line: str) -> None:
        now = time.monotonic()
        if now - self.window >= QUIET_SECONDS:
            self.window, self.said = now, 0
        if self.said >= self.burst:
            self.held += 1
            return
        self.said += 1
        more = texts.get("cli.web.quiet_more", n=self.held) if self.held else ""
        self.held = 0
        try:
            (self.stream or sys.stderr).write(texts.get("cli.web.quiet_line", line=line, more=more))
        except (OSError, ValueError):
            pass


class ConnectionGuard:
    """The connections of one server that have not sent a whole request head yet, oldest first."""

    def __init__(self, loop, max_pending: int = MAX_PENDING, header_timeout: float = HEADER_TIMEOUT,
                 stream=None) -> None:
        self.loop = loop
        self.max_pending = max_pending
        self.header_timeout = header_timeout
        self.pending: OrderedDict[object, tuple[object, object]] = OrderedDict()
        self.closed_slow = 0
        self.closed_over_cap = 0
        self.quiet = _Quiet(stream)
        #: one line per refused request, but never a flood: at most 20 in QUIET_SECONDS
        self.refusals = _Quiet(stream, burst=20)

    def opened(self, handler, transport) -> None:
        timer = self.loop.call_later(self.header_timeout, self._expire, handler)
        self.pending[handler] = (transport, timer)
        while len(self.pending) > self.max_pending:
            _h, (tr, t) = self.pending.popitem(last=False)
            t.cancel()
            self.closed_over_cap += 1
            _abort(tr)
            self.quiet.say(texts.get("cli.web.guard_over_cap", n=self.closed_over_cap))

    def request_seen(self, handler) -> None:
        entry = self.pending.pop(handler, None)
        if entry is not None:
            entry[1].cancel()

    def closed(self, handler) -> None:
        self.request_seen(handler)

    def _expire(self, handler) -> None:
        entry = self.pending.pop(handler, None)
        if entry is None:
            return
        self.closed_slow += 1
        _abort(entry[0])
        self.quiet.say(texts.get("cli.web.guard_slow", seconds=self.header_timeout, n=self.closed_slow))


def _abort(transport) -> None:
    try:
        transport.abort()  # frees the socket at once (close() would wait to flush)
    except (OSError, RuntimeError, AttributeError):
        pass


def quiet_loop_errors(loop, stream=None) -> None:
    """Errors the event loop would log with a traceback (a failed accept: "Too many open files") become one Danish
    line, at most one per QUIET_SECONDS."""
    quiet = _Quiet(stream)

    def handler(_loop, context) -> None:
        exc = context.get("exception")
        if isinstance(exc, OSError) and exc.errno in (errno.EMFILE, errno.ENFILE):
            quiet.say(texts.get("cli.web.guard_files"))
        else:
            quiet.say(texts.get("cli.web.guard_internal",
                                kind=type(exc).__name__ if exc else texts.get("cli.web.unknown_kind")))

    loop.set_exception_handler(handler)


__all__ = ["ConnectionGuard", "HEADER_TIMEOUT", "MAX_PENDING", "max_pending_for", "quiet_loop_errors",
           "raise_open_files"]
