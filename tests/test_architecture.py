"""Layers you can see: the import-linter contracts in pyproject.toml, and the core paying nothing for the UI."""

import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest

import delmaal_assistant

ROOT = Path(__file__).resolve().parents[1]


def _modules(prefix: str) -> list[str]:
    pkg = __import__(prefix, fromlist=["_"])
    return [prefix] + [m.name for m in pkgutil.walk_packages(pkg.__path__, prefix + ".")]


def test_import_contracts_hold():
    """core and checker import no textual, rich, tui or cli; tui does not import cli (pyproject.toml)."""
    r = subprocess.run([sys.executable, "-c", "from importlinter.cli import lint_imports_command; lint_imports_command()"],
                       cwd=ROOT, capture_output=True, text=True)
    assert r.returncode == 0, r.stdout[-3000:] + r.stderr[-2000:]
    assert "BROKEN" not in r.stdout and "KEPT" in r.stdout


def test_every_core_and_checker_module_imports_without_textual():
    mods = _modules("delmaal_assistant.core") + _modules("delmaal_assistant.checker") + _modules("delmaal_assistant.cli")
    assert len(mods) > 10
    code = (
        "import sys, importlib\n"
        f"for m in {mods!r}: importlib.import_module(m)\n"
        "from delmaal_assistant.checker import check\ncheck('At borgeren vasker tøj hver onsdag.')\n"
        # the interview's prompts loaded too (test_interview checked this in a process of its own)
        "from delmaal_assistant.core.interview import load_prompts\nload_prompts()\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'rich') or m.startswith('delmaal_assistant.tui'))\n"
        "print(bad); sys.exit(1 if bad else 0)\n"
    )
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert r.returncode == 0, f"the core imported the UI: {r.stdout} {r.stderr}"


def test_layout_has_the_four_layers():
    pkg = Path(delmaal_assistant.__file__).parent
    for layer in ("core", "checker", "cli", "tui"):
        assert (pkg / layer / "__init__.py").is_file(), layer
    flat = sorted(p.name for p in pkg.glob("*.py") if p.name not in ("__init__.py", "__main__.py"))
    assert flat == [], f"modules outside the layers: {flat}"


def test_core_imports_its_own_modules_at_module_top():
    """No module of the core imports another of ours inside a function (that was how the model ↔ fields ↔
    storage ↔ migrations cycle was hidden); the layers contracts in pyproject.toml keep the top-level imports
    acyclic. Imports of optional or heavy third-party packages inside functions (docx, dateparser, pyttsx3,
    fcntl …) are fine: they are not ours and carry their reason beside them."""
    import ast

    offenders = []
    for path in sorted((Path(delmaal_assistant.__file__).parent / "core").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for fn in ast.walk(tree):
            if isinstance(fn, (ast.FunctionDef, ast.AsyncFunctionDef)):
                for node in ast.walk(fn):
                    if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("delmaal_assistant"):
                        offenders.append(f"{path.name}:{node.lineno} {node.module}")
                    if isinstance(node, ast.Import) and any(a.name.startswith("delmaal_assistant") for a in node.names):
                        offenders.append(f"{path.name}:{node.lineno}")
    assert not offenders, offenders



@pytest.mark.parametrize("package", ["cli", "tui"])
def test_cli_and_tui_import_at_module_top_or_say_why(package):
    """An import inside a function in cli/ or tui/ is there only to defer a heavy import past start-up (the
    checker, docx, openpyxl, aiohttp, Textual, the screens, the exports) and says so beside it
    ("# deferred: …" or why it waits for after start-up, on its line or in the comment just above); everything
    else is imported at the module's top."""
    import ast

    offenders = []
    for path in sorted((Path(delmaal_assistant.__file__).parent / package).rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        lines = source.splitlines()
        for fn in ast.walk(ast.parse(source)):
            if isinstance(fn, (ast.FunctionDef, ast.AsyncFunctionDef)):
                for node in ast.walk(fn):
                    if isinstance(node, (ast.Import, ast.ImportFrom)):
                        near, i = [lines[node.lineno - 1]], node.lineno - 2
                        while i >= 0 and lines[i].lstrip().startswith("#"):  # the comment block just above
                            near.append(lines[i])
                            i -= 1
                        if not any("# deferred" in x or "start-up" in x for x in near):
                            offenders.append(f"{path.relative_to(path.parents[1])}:{node.lineno}")
    assert not offenders, offenders


def test_checker_imports_its_own_modules_at_module_top_or_says_why():
    """The checker too: an import of ours inside a function is there only for start-up (spaCy loads when a checker
    is made, not when `delmaal check` imports the package for its finding types), and says so beside it."""
    import ast

    offenders = []
    for path in sorted((Path(delmaal_assistant.__file__).parent / "checker").rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        lines = source.splitlines()
        for fn in ast.walk(ast.parse(source)):
            if isinstance(fn, (ast.FunctionDef, ast.AsyncFunctionDef)):
                for node in ast.walk(fn):
                    if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("delmaal_assistant"):
                        if "start-up" not in lines[node.lineno - 1]:
                            offenders.append(f"{path.name}:{node.lineno} {node.module}")
    assert not offenders, offenders
