"""Reach: the Windows route and the package as users install it.

- text output is UTF-8 whatever the console's code page (a cp1252 console with redirected output used to crash);
- no POSIX-only call is made without a guard;
- run.ps1 parses as PowerShell and calls only what exists (no PowerShell on this machine: tree-sitter's grammar);
- one version, `delmaal --version`, the LICENSE, the metadata.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from cli_inprocess import delmaal as delmaal_here

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src" / "delmaal_assistant"


def delmaal(*args: str, encoding: str = "cp1252", **kw) -> subprocess.CompletedProcess:
    """`delmaal ARGS` with stdout/stderr as pipes and the console code page of a Danish Windows PC."""
    import os

    env = dict(os.environ, PYTHONIOENCODING=encoding, PYTHONUTF8="0")
    env.pop("NO_COLOR", None)
    return subprocess.run([sys.executable, "-m", "delmaal_assistant", *args], capture_output=True, env=env,
                          timeout=120, **kw)


# ------------------------------------------------------------------------------------------ UTF-8 out


@pytest.mark.parametrize("encoding", ["cp1252", "cp850", "ascii"])
def test_text_output_is_utf8_on_a_non_utf8_console(encoding):
    r = delmaal("check", "At borgeren bliver bedre til at holde orden → ✓.", encoding=encoding)
    assert r.returncode == 1, r.stderr.decode("utf-8", "replace")
    out = r.stdout.decode("utf-8")  # strict: it must be UTF-8
    assert "advarsel" in out and "▲" in out and "→ ✓" in out
    assert b"Traceback" not in r.stderr and b"uventet fejl" not in r.stderr


def test_json_output_is_utf8_on_a_cp1252_console():
    r = delmaal("check", "--format", "json", "At borgeren går i bad → hver dag.")
    data = json.loads(r.stdout.decode("utf-8"))
    assert data["results"][0]["text"] == "At borgeren går i bad → hver dag."


def test_danish_errors_are_utf8_on_a_cp1252_console(tmp_path):
    r = delmaal("check", str(tmp_path / "findes-ikke-→.txt"))
    assert r.returncode == 2
    err = r.stderr.decode("utf-8")
    assert "findes ikke" in err and "→" in err and "Traceback" not in err
    # a usage error: what the command says and returns, in-process (tests/cli_inprocess.py: the same parser and
    # UTF-8 streams; the console's code page is the real process's above – one Python start less, issue 28)
    r = delmaal_here("--ukendt", text=False)
    assert r.returncode == 2 and "ukendte argumenter" in r.stderr.decode("utf-8")


def test_utf8_stdin_with_bom_from_a_windows_editor():
    r = delmaal("check", "--format", "json", "-", input="\ufeffAt borgeren vasker tøj hver onsdag.\r\n".encode())
    assert json.loads(r.stdout.decode("utf-8"))["results"][0]["text"] == "At borgeren vasker tøj hver onsdag."


# ------------------------------------------------------------------------------------------ POSIX-only calls

# Calls that do not exist (or do nothing useful) on Windows. Each use must sit next to a guard: a hasattr/getattr
# test, an os.name/sys.platform test, or a try that catches AttributeError (or the start-method check for fork).
POSIX_ONLY = re.compile(
    r"\bos\.(getuid|geteuid|getgid|fchmod|fchown|chown|fork|killpg|getpgid|setsid|setpgrp|sync|getloadavg|uname)\b"
    r"|\bsignal\.(SIGHUP|SIGKILL|SIGUSR1|SIGUSR2|SIGPIPE|SIGALRM|SIGCHLD|SIGQUIT|SIGTSTP|pause|alarm|setitimer)\b"
    r"|^\s*(import|from)\s+(fcntl|termios|tty|pwd|grp|resource|pty)\b"
    r"|get_context\(\"fork\"\)|\.add_signal_handler\("
)
GUARD = re.compile(r"hasattr\(|getattr\(|os\.name|sys\.platform|AttributeError|NotImplementedError|"
                   r"get_all_start_methods|WINDOWS")


def _guarded(lines: list[str], i: int) -> bool:
    return bool(GUARD.search("\n".join(lines[max(0, i - 8): i + 8])))


def _enclosing_function(tree, lineno: int) -> str | None:
    import ast

    best = None
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.lineno <= lineno <= node.end_lineno:
            if best is None or node.lineno > best.lineno:
                best = node
    return best.name if best else None


def test_no_unguarded_posix_only_calls():
    """Each POSIX-only call has a guard nearby, or sits in a function that is only ever called under one."""
    import ast

    unguarded = []
    for path in sorted(SRC.rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        lines = text.splitlines()
        tree = ast.parse(text)
        for i, line in enumerate(lines):
            if not POSIX_ONLY.search(line.split("#", 1)[0]) or _guarded(lines, i):
                continue
            func = _enclosing_function(tree, i + 1)
            calls = [j for j, other in enumerate(lines) if func and re.search(rf"\b{func}\(", other)
                     and not other.lstrip().startswith(("def ", "async def "))]
            if calls and all(_guarded(lines, j) for j in calls):
                continue
            unguarded.append(f"{path.relative_to(ROOT)}:{i + 1}: {line.strip()}")
    assert unguarded == []


def test_the_posix_only_scan_finds_what_it_should():
    assert POSIX_ONLY.search("if path.stat().st_uid == os.getuid():")
    assert POSIX_ONLY.search("import fcntl")
    assert POSIX_ONLY.search("loop.add_signal_handler(signal.SIGHUP, stop)")
    assert not POSIX_ONLY.search("os.replace(src, dst)")


# ------------------------------------------------------------------------------------------ run.ps1

# Cmdlets run.ps1 may use: all present in Windows PowerShell 5.1 (the one every Windows 10/11 has) and in pwsh 7.
PS51_CMDLETS = {"Set-Location", "Get-Command", "Select-Object", "Write-Host", "Get-FileHash", "Join-Path",
                "Test-Path", "Remove-Item", "New-Item", "Out-Null"}


def _ps1_tree():
    ts = pytest.importorskip("tree_sitter")
    tsp = pytest.importorskip("tree_sitter_powershell")
    src = (ROOT / "run.ps1").read_bytes()
    return src, ts.Parser(ts.Language(tsp.language())).parse(src)


def _nodes(node, kind):
    if node.type == kind:
        yield node
    for child in node.children:
        yield from _nodes(child, kind)


def test_run_ps1_parses_as_powershell():
    src, tree = _ps1_tree()
    errors = [src[n.start_byte:n.end_byte][:60] for n in _nodes(tree.root_node, "ERROR")]
    assert not tree.root_node.has_error, errors
    # the parser does notice broken PowerShell
    import tree_sitter as ts
    import tree_sitter_powershell as tsp

    assert ts.Parser(ts.Language(tsp.language())).parse(b"if ($x -eq { foreach ($a in ) {").root_node.has_error


def test_run_ps1_calls_only_what_exists():
    src, tree = _ps1_tree()
    text = src.decode("utf-8-sig")
    assert src.startswith(b"\xef\xbb\xbf"), "run.ps1 needs its UTF-8 BOM for Windows PowerShell 5.1"
    called = set()
    for node in _nodes(tree.root_node, "command"):
        words = src[node.start_byte:node.end_byte].decode("utf-8").split()
        if words and words[0] != "&":
            called.add(words[0])
    assert called and called <= PS51_CMDLETS, called - PS51_CMDLETS
    # what it runs natively: the venv's python and the console script pyproject.toml declares
    meta = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert list(meta["project"]["scripts"]) == ["delmaal"]
    assert "Scripts\\delmaal.exe" in text and "Scripts\\python.exe" in text
    assert "-m pip install --quiet -e ." in text and "[test]" not in text  # the app, not the test tools
    floor = re.search(r">=(\d+)\.(\d+)", meta["project"]["requires-python"]).groups()
    assert f"sys.version_info >= ({floor[0]}, {floor[1]})" in text
    assert "ExecutionPolicy Bypass" in text  # the way round Windows' default script policy is written down


def test_run_installs_the_app_not_the_test_tools():
    run = (ROOT / "run").read_text(encoding="utf-8")
    test = (ROOT / "test").read_text(encoding="utf-8")
    setup = (ROOT / "scripts" / "setup.sh").read_text(encoding="utf-8")
    assert re.search(r"^source \./scripts/setup\.sh$", run, re.M)
    assert re.search(r"^source \./scripts/setup\.sh test$", test, re.M)
    assert "spec='.[test]'" in setup and "spec='.'" in setup


def test_setup_script_installs_by_kind(tmp_path):
    """scripts/setup.sh with a stand-in python that records what would be installed."""
    import os
    import shutil

    proj = tmp_path / "proj"
    (proj / "scripts").mkdir(parents=True)
    shutil.copy(ROOT / "scripts" / "setup.sh", proj / "scripts" / "setup.sh")
    (proj / "pyproject.toml").write_text("[project]\nname = 'x'\n")
    log = tmp_path / "log"
    fake = tmp_path / "bin" / "python3"
    fake.parent.mkdir()
    # "python3 -m venv .venv" makes .venv/bin/python, which is this same script
    fake.write_text(f"""#!/bin/sh
case "$*" in
  "-c "*) exit 0 ;;
  "-m venv .venv") mkdir -p .venv/bin && cp "$0" .venv/bin/python ;;
  *) printf '%s\\n' "$*" >> {log} ;;  # not echo: dash's echo reads the regex's \\b
esac
""")
    fake.chmod(0o755)
    env = dict(os.environ, PYTHON=str(fake))

    def source(*args):
        subprocess.run(["bash", "-c", f"set -e; source ./scripts/setup.sh {' '.join(args)}"], cwd=proj, env=env,
                       check=True, capture_output=True, timeout=30)
        lines = log.read_text().splitlines() if log.exists() else []
        log.unlink(missing_ok=True)
        installs = [ln for ln in lines if ln.startswith("-m pip install")]
        compiled = [ln for ln in lines if ln.startswith("-m compileall")]
        # our own modules are compiled on every run; the installed packages once after each install, by
        # compileall (pip is told not to, issue 28), without the packages' tests and spaCy's other languages
        assert compiled[-1:] == ["-m compileall -q -j 0 src"], lines
        packages = compiled[:-1]
        assert len(packages) == len(installs), lines
        for ln in packages:
            assert ln.startswith("-m compileall -q -j 0 -x ") and ln.endswith(" .venv/lib"), ln
            excluded = re.compile(ln.split(" -x ", 1)[1].rsplit(" ", 1)[0])
            sp = "/p/.venv/lib/python3.11/site-packages/"
            for path in ("numpy/_core/tests/test_a.py", "spacy/tests/lang/da/test_b.py", "spacy/lang/de/__init__.py",
                         "spacy/lang/en/stop_words.py"):
                assert excluded.search(sp + path), path
            for path in ("spacy/lang/da/__init__.py", "spacy/lang/ja/__init__.py", "spacy/lang/__init__.py",
                         "spacy/lang/punctuation.py", "spacy/lang/tokenizer_exceptions.py", "numpy/testing/x.py",
                         "textual/app.py", "_pytest/python.py", "pytest_textual_snapshot/plugin.py"):
                assert not excluded.search(sp + path), path
        return installs

    # the stand-in answers the pip version check with "new enough": pip is not upgraded first (issue 28)
    app = "-m pip install --quiet --disable-pip-version-check --no-compile -e ."
    test = "-m pip install --quiet --disable-pip-version-check --no-compile -e .[test]"
    assert source() == [app]                                     # ./run: the app only
    assert source() == []                                        # nothing changed: no reinstall
    assert source("test") == [test]                              # ./test: with the test tools
    assert source() == []                                        # the test install has the app too
    (proj / "pyproject.toml").write_text("[project]\nname = 'y'\n")
    assert source() == [app]                                     # pyproject changed: install again


# ------------------------------------------------------------------------------------------ packaging


def test_version_has_one_source():
    from delmaal_assistant import __version__

    meta = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "version" not in meta["project"] and "version" in meta["project"]["dynamic"]
    assert meta["tool"]["hatch"]["version"]["path"] == "src/delmaal_assistant/__init__.py"
    assert re.fullmatch(r"\d+\.\d+\.\d+", __version__)
    r = delmaal_here("--version", text=False)  # in-process: what `delmaal --version` prints and returns
    assert r.returncode == 0 and r.stdout.decode().strip() == f"delmaal {__version__}"


def test_license_and_metadata():
    meta = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert (ROOT / "LICENSE").read_text(encoding="utf-8").startswith("MIT License")
    assert meta["license"] == {"text": "MIT"}
    assert "License :: OSI Approved :: MIT License" in meta["classifiers"]
    assert "Operating System :: Microsoft :: Windows" in meta["classifiers"]
    assert any(d.startswith("textual-serve") for d in meta["dependencies"])
    assert not any(d.startswith(("pytest", "hypothesis")) for d in meta["dependencies"])
