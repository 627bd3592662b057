"""Each fact in one home (issue 29): no Python module outside its home writes a list of finding codes, the Danish
month names, the severity names or an escaper of its own. The checks read the source (`ast`), as a grep would,
so a new list written by hand fails here and names the file and line.

Homes: the finding codes are declared in `lexicons/da/codes.toml` (read by `core/model/codes.py`); the two
named code sets the checker asks its engine for are each written once (`GOAL_WORDING_CODES`, `MEASURED_CODES`);
the month names live in `core/dates.py`, the severities in `core/severity.py`, every escaper (terminal, export,
Markdown, HTML, XML) in `core/sanitize.py`. (The lexicon's own `months` word list in `lexicons/da/common.toml`
is data for matching, with the abbreviations – not Python.)
"""

from __future__ import annotations

import ast
import functools
from pathlib import Path

import pytest

from delmaal_assistant.core.dates import MONTHS_DA
from delmaal_assistant.core.model.codes import code_table
from delmaal_assistant.core.severity import SEVERITIES

PKG = Path(__file__).resolve().parents[1] / "src" / "delmaal_assistant"
MODULES = sorted(PKG.rglob("*.py"))

#: (module, the name it is assigned to): the code lists that are allowed, each its list's one home
CODE_LIST_HOMES = {("checker/whole/judges/common.py", "GOAL_WORDING_CODES"),
                   ("checker/whole/orchestrate.py", "MEASURED_CODES")}


def _rel(path: Path) -> str:
    return path.relative_to(PKG).as_posix()


def _literals(tree: ast.AST):
    """Every collection literal of the module with the name it is assigned to (None when it is not assigned at the
    module's top or a class's top): (node, name, its string constants)."""
    owner: dict[int, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names = [t.id for t in targets if isinstance(t, ast.Name)]
            if names and node.value is not None:
                for sub in ast.walk(node.value):
                    owner[id(sub)] = names[0]
    for node in ast.walk(tree):
        if isinstance(node, (ast.Tuple, ast.List, ast.Set)):
            items = node.elts
        elif isinstance(node, ast.Dict):
            items = [k for k in node.keys if k is not None]
        else:
            continue
        strings = [e.value for e in items if isinstance(e, ast.Constant) and isinstance(e.value, str)]
        yield node, owner.get(id(node)), strings


@functools.cache
def trees() -> list:
    """Every module's syntax tree, parsed once per test process when a test first asks (not at collection: every
    test worker collects this module, and parsing the whole package there cost each of them about a second)."""
    return [(_rel(path), ast.parse(path.read_text(encoding="utf-8"))) for path in MODULES]


def test_the_scan_sees_every_module():
    assert len(trees()) > 150 and any(rel == "core/dates.py" for rel, _ in trees())


def test_no_list_of_finding_codes_outside_its_home():
    codes = set(code_table("da"))
    assert {"vague-verb", "purpose-like", "missing-dates"} <= codes
    found = []
    for rel, tree in trees():
        for node, name, strings in _literals(tree):
            hits = [s for s in strings if s in codes]
            if len(hits) >= 2 and (rel, name) not in CODE_LIST_HOMES:
                found.append(f"{rel}:{node.lineno} {name or ''} {hits}")
    assert not found, "codes are declared in lexicons/da/codes.toml, not listed in Python:\n" + "\n".join(found)


def test_the_allowed_code_lists_are_each_written_once():
    for rel, name in CODE_LIST_HOMES:
        defs = [(r, n.lineno) for r, tree in trees() for n in ast.walk(tree)
                if isinstance(n, ast.Assign) and any(isinstance(t, ast.Name) and t.id == name for t in n.targets)]
        assert [r for r, _ in defs] == [rel], (name, defs)


def test_no_month_list_outside_core_dates():
    months = set(MONTHS_DA)
    found = [f"{rel}:{node.lineno}" for rel, tree in trees() for node, _, strings in _literals(tree)
             if rel != "core/dates.py" and len(months & {s.lower() for s in strings}) >= 3]
    assert not found, "the Danish month names live in core/dates.py (MONTHS_DA):\n" + "\n".join(found)


def test_no_severity_list_outside_core_severity():
    """No tuple, list or set of severity names outside core/severity.py. A medium's look of each severity (a
    colour, a mark, a terminal style) is a table keyed by severity in that medium's module; it must name every
    severity, so a new severity fails here until each medium has shown it."""
    sev = set(SEVERITIES)
    found, looks = [], []
    for rel, tree in trees():
        if rel == "core/severity.py":
            continue
        for node, name, strings in _literals(tree):
            if len(sev & set(strings)) < 2:
                continue
            if isinstance(node, ast.Dict) and name:
                looks.append(name)
                if set(strings) != sev:
                    found.append(f"{rel}:{node.lineno} {name}: the look of {sorted(sev - set(strings))} is missing")
            else:
                found.append(f"{rel}:{node.lineno} {name or ''} {strings}")
    assert not found, "the severities live in core/severity.py:\n" + "\n".join(found)
    assert {"BAR_COLOUR", "SEV_MARK", "SEVERITY_STYLE"} <= set(looks)


ESCAPE_MODULES = ("html", "xml.sax.saxutils", "markupsafe", "cgi")
ENTITIES = ("&amp;", "&lt;", "&gt;", "&quot;", "&#x27;", "&#39;")


def _escapers(rel: str, tree: ast.AST) -> list[str]:
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out += [f"{rel}:{node.lineno} import {a.name}" for a in node.names if a.name in ESCAPE_MODULES]
        elif isinstance(node, ast.ImportFrom) and node.module in ESCAPE_MODULES:
            out.append(f"{rel}:{node.lineno} from {node.module} import …")
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and any(e in node.value for e in ENTITIES):
            out.append(f"{rel}:{node.lineno} {node.value!r}")
    return out


def test_no_escaper_outside_core_sanitize():
    found = [hit for rel, tree in trees() if rel != "core/sanitize.py" for hit in _escapers(rel, tree)]
    assert not found, "escapers live in core/sanitize.py (html_text, xml_text, markdown_text …):\n" + "\n".join(found)


@pytest.mark.parametrize("source,kind", [
    ('CODES = ("vague-verb", "purpose-like")\n', "codes"),
    ('def f():\n    return x in ["januar", "februar", "marts"]\n', "months"),
    ('LEVELS = {"error": 3, "warning": 2}\n', "severity"),
    ('from xml.sax.saxutils import escape\n', "escaper"),
    ('def f(t):\n    return t.replace("<", "&lt;")\n', "escaper"),
])
def test_the_scans_find_what_they_look_for(source, kind):
    """Each scan above flags a list or escaper written by hand (so a passing scan means something)."""
    tree = ast.parse(source)
    if kind == "escaper":
        assert _escapers("x.py", tree)
        return
    want = {"codes": set(code_table("da")), "months": set(MONTHS_DA), "severity": set(SEVERITIES)}[kind]
    assert any(len(want & set(strings)) >= (3 if kind == "months" else 2) for _, _, strings in _literals(tree))
