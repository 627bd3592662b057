"""`input_clash` (a report or export never written over an input of its run) compares existing inputs by
identity only (issue 28: `realpath` per input cost ~0.25 s per pass in an audit of 10,000 files). It must name
the same input as the former comparison – resolved names first, then identity – in every case: the same name,
another spelling of it, a symlink either way, a hard link, a missing output, a wording typed as an argument, a
dangling link."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from delmaal_assistant.core.files.storage import input_clash


def _former(path: Path, inputs) -> Path | None:
    """The comparison before the change, kept here as the reference."""
    def identity(p):
        try:
            st = os.stat(p)
        except (OSError, ValueError):
            return None
        return st.st_dev, st.st_ino

    path = Path(path)
    me = identity(path)
    try:
        real = os.path.realpath(path)
    except (OSError, ValueError):
        real = str(path)
    for inp in inputs:
        if inp in ("-", None):
            continue
        try:
            if os.path.realpath(inp) == real:
                return Path(inp)
        except (OSError, ValueError):
            continue
        if me is not None and identity(Path(inp)) == me:
            return Path(inp)
    return None


@pytest.fixture
def place(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.delmaal.json").write_text("{}", encoding="utf-8")
    (tmp_path / "b.delmaal.json").write_text("{}", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    return tmp_path


def _cases(t: Path):
    rep = t / "rapport.html"
    yield "no clash, report missing", rep, ["a.delmaal.json", "b.delmaal.json"]
    yield "the report is an input by name", t / "a.delmaal.json", ["b.delmaal.json", "a.delmaal.json"]
    yield "another spelling of the name", t / "a.delmaal.json", ["sub/../a.delmaal.json"]
    yield "relative report, absolute input", Path("a.delmaal.json"), [str(t / "a.delmaal.json")]
    os.symlink(t / "a.delmaal.json", t / "link.json")
    yield "an input is a symlink to the report", t / "a.delmaal.json", ["b.delmaal.json", "link.json"]
    yield "the report is a symlink to an input", t / "link.json", ["a.delmaal.json"]
    os.link(t / "b.delmaal.json", t / "hard.json")
    yield "a hard link", t / "hard.json", ["a.delmaal.json", "b.delmaal.json"]
    yield "a wording that reads like the missing report's name", rep, ["At borgeren går en tur.", "rapport.html"]
    os.symlink(t / "nowhere.html", t / "dangling.json")
    yield "a dangling link to the missing report", t / "nowhere.html", ["dangling.json"]
    yield "stdin and None", rep, ["-", None, "a.delmaal.json"]
    yield "a name with a NUL", rep, ["a\0b", "b.delmaal.json"]
    (t / "rapport.html").write_text("x", encoding="utf-8")
    yield "report exists, no clash", rep, ["a.delmaal.json", "b.delmaal.json", "At borgeren går en tur."]


def test_same_input_named_as_before(place):
    seen = 0
    for what, out, inputs in _cases(place):
        assert input_clash(out, inputs) == _former(out, inputs), what
        seen += 1
    assert seen == 12


def test_clashes_found(place):
    a = place / "a.delmaal.json"
    os.symlink(a, place / "l.json")
    assert input_clash(a, ["b.delmaal.json", "l.json"]) == Path("l.json")
    assert input_clash(place / "l.json", ["a.delmaal.json"]) == Path("a.delmaal.json")
    assert input_clash(place / "x.html", ["a.delmaal.json", "b.delmaal.json"]) is None
