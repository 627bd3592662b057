"""Count what issue 29 point 5 moves out of Python: Danish user-facing string literals in `src/` and imports
inside functions in `cli/` and `tui/`.

    python scripts/count_texts.py [SRC] [--list] [--imports]

A Danish user-facing literal: a string constant or f-string (its constant parts, `{}` for each value) that holds
æ/ø/å or a Danish function word, and is not a docstring, a bare string statement, a dict key or subscript, an
operand of a comparison (`x == "ikke"`, `x in ("og", "eller")`: data the code matches, not text it shows), an
argument of a `re` call (patterns), or the key of a `texts.get("…")` call. The heuristic is stated here so
before/after counts are made the same way; `--list` prints every literal counted, by module.
"""

from __future__ import annotations

import ast
import re
import sys
from collections import Counter
from pathlib import Path

_DANISH = re.compile(
    r"[æøåÆØÅ]|\b(og|ikke|er|det|den|til|med|kan|skal|der|som|har|du|af|eller|ved|ingen|intet|hvad|hvis|når|"
    r"kunne|blev|være|også|fra|efter|uden|eksport\w*|filen|mappen|delmål\w*|tjek\w*|gem|luk|tilbage|"
    r"ja|nej|annuller|fortryd|hjælp|afslut|videre|beboer\w*|personale\w*|kladde\w*|svar\w*|tekst\w*)\b",
    re.IGNORECASE)


def _docstring_ids(tree: ast.AST) -> set[int]:
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            body = getattr(node, "body", [])
            for stmt in body:
                if isinstance(stmt, ast.Expr) and isinstance(stmt.value, (ast.Constant, ast.JoinedStr)):
                    out.add(id(stmt.value))
    return out


def _excluded_ids(tree: ast.AST) -> set[int]:
    """Nodes (and everything under them) that are data, not text shown to a user."""
    roots: list[ast.AST] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Dict):
            roots += [k for k in node.keys if k is not None]
        elif isinstance(node, ast.Subscript):
            roots.append(node.slice)
        elif isinstance(node, ast.Compare):
            roots += [node.left, *node.comparators]
        elif isinstance(node, ast.Call):
            f = node.func
            if isinstance(f, ast.Attribute) and isinstance(f.value, ast.Name) and f.value.id in ("re", "regex"):
                roots += node.args
            if isinstance(f, ast.Attribute) and f.attr in ("debug",):
                roots += node.args
            if (isinstance(f, ast.Attribute) and f.attr == "get" and isinstance(f.value, ast.Name)
                    and f.value.id == "texts" and node.args):
                roots.append(node.args[0])  # the key of a text in prompts/<lang>/messages/, not a text
    out: set[int] = set()
    for r in roots:
        for sub in ast.walk(r):
            out.add(id(sub))
    return out


def _text(node: ast.AST) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value if isinstance(v, ast.Constant) else "{}" for v in node.values)
    return None


def danish_literals(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip = _docstring_ids(tree) | _excluded_ids(tree)
    # constant parts of an f-string are counted with the f-string, not alone
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            skip |= {id(v) for v in node.values if isinstance(v, ast.Constant)}
    out = []
    for node in ast.walk(tree):
        if id(node) in skip:
            continue
        s = _text(node)
        if s is not None and _DANISH.search(s):
            out.append((node.lineno, s))
    return sorted(out)


def inner_imports(path: Path) -> list[int]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    lines = []
    for fn in ast.walk(tree):
        if isinstance(fn, (ast.FunctionDef, ast.AsyncFunctionDef)):
            for node in ast.walk(fn):
                if isinstance(node, (ast.Import, ast.ImportFrom)):
                    lines.append(node.lineno)
    return sorted(set(lines))


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    src = Path(args[0]) if args else Path(__file__).resolve().parent.parent / "src" / "delmaal_assistant"
    per_pkg: Counter[str] = Counter()
    imports: Counter[str] = Counter()
    for path in sorted(src.rglob("*.py")):
        rel = path.relative_to(src)
        pkg = rel.parts[0] if len(rel.parts) > 1 else "(root)"
        found = danish_literals(path)
        per_pkg[pkg] += len(found)
        if "--list" in argv and found:
            print(f"== {rel} ({len(found)})")
            for line, s in found:
                print(f"  {line}: {s[:110]!r}")
        if pkg in ("cli", "tui"):
            inner = inner_imports(path)
            imports[pkg] += len(inner)
            if "--imports" in argv and inner:
                print(f"== imports in functions {rel}: {inner}")
    print("Danish user-facing literals:", ", ".join(f"{k} {v}" for k, v in sorted(per_pkg.items())),
          f"– total {sum(per_pkg.values())}")
    print("imports inside functions:", ", ".join(f"{k} {v}" for k, v in sorted(imports.items())),
          f"– total {sum(imports.values())}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
