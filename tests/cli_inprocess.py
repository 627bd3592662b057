"""`delmaal ARGV` run in the test's own process, answered like `subprocess.run(..., capture_output=True)`.

A new `python -m delmaal_assistant` pays Python's start, the imports and the checker's spaCy load (0.2–1 s of CPU
each; the suite started about a hundred of them, issue 28). Tests that are about what a command prints, writes
and returns – not about the process itself – call `main(argv)` here instead: the same parser, the same last-resort
handler, stdout and stderr as UTF-8 byte streams (what a pipe gives the real process), the exit code of `main`
or of argparse's SystemExit, and the working folder of the call. Tests about the process itself (a kill, two
processes, a FIFO that would block, the environment's encoding, a memory limit) keep a real one.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path


def delmaal(*argv: str, cwd: str | Path | None = None, input: bytes | None = None,
            text: bool = True) -> subprocess.CompletedProcess:
    """Run `delmaal *argv` in-process; returns a CompletedProcess with returncode, stdout and stderr (str when
    `text`, else bytes). stdin is `input` (empty when None, as `subprocess.run` without a terminal)."""
    from delmaal_assistant.cli import main

    out_b, err_b = io.BytesIO(), io.BytesIO()
    # the encodings a pipe gets in the real process after cli.main.utf8_streams()
    out = io.TextIOWrapper(out_b, encoding="utf-8", errors="surrogateescape", write_through=True)
    err = io.TextIOWrapper(err_b, encoding="utf-8", errors="backslashreplace", write_through=True)
    inp = io.TextIOWrapper(io.BytesIO(input or b""), encoding="utf-8")
    saved = sys.stdin, sys.stdout, sys.stderr
    here = os.getcwd()
    sys.stdin, sys.stdout, sys.stderr = inp, out, err
    try:
        if cwd is not None:
            os.chdir(cwd)
        try:
            code = main(list(argv))
        except SystemExit as exc:  # argparse: usage errors and --version
            if exc.code is None or isinstance(exc.code, int):
                code = exc.code or 0
            else:  # a message: Python prints it and exits 1
                err.write(f"{exc.code}\n")
                code = 1
        out.flush()
        err.flush()
    finally:
        os.chdir(here)
        sys.stdin, sys.stdout, sys.stderr = saved
    stdout, stderr = out_b.getvalue(), err_b.getvalue()
    if text:
        stdout, stderr = stdout.decode("utf-8"), stderr.decode("utf-8")
    return subprocess.CompletedProcess(["delmaal", *argv], code, stdout, stderr)
