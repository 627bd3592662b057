"""The program's own Danish texts, in one home: `prompts/<lang>/messages/<area>.toml` (cli, core, checker, tui),
as the conversation's texts live in `conversation.toml`. Code names a text by key and fills its placeholders:

    texts.get("cli.export.written", fmt="Markdown", path=out, note="")

The key's first part is the file (`cli` → `messages/cli.toml`), the rest the table and the key in it
(`[export]`, `written = "Eksporteret ({fmt}): {path}{note}"`). Placeholders are `str.format` fields, so a literal
brace is written `{{` `}}` in the file.

Read through the one loader (`core.datafile`): the file must carry its `lang` tag, every table and key is a
lower-case name, every value a non-empty text or a table, every placeholder well-formed – otherwise a Danish
`DataLoadError` naming the file, the table and the key. A key the code asks for that the file lacks, or a
placeholder the caller does not fill, is a `TextError` naming the file and the key (with the nearest key the file
has, for a misspelling). `verify()` (run by the tests) compares the keys the code uses with those in the files,
both ways: a key in a file that no code uses is refused as "en ukendt nøgle (stavefejl?)".
"""

from __future__ import annotations

import ast
import difflib
import re
import string
import warnings
from functools import lru_cache
from pathlib import Path
from typing import Any

from pydantic import RootModel, field_validator

from delmaal_assistant.core.datafile import DataLoadError, validate_data
from delmaal_assistant.core.langtag import DataFileError, read_tagged_toml
from delmaal_assistant.core.resources import prompts_dir

__all__ = ["AREAS", "TextError", "get", "keys_in_file", "keys_used", "placeholders", "verify"]

#: one file per area, named by the package whose texts it holds
AREAS = ("cli", "core", "checker", "tui")

_NAME = re.compile(r"^[a-z][a-z0-9_]*$")
_PKG = Path(__file__).resolve().parent.parent  # the delmaal_assistant package


class TextError(DataLoadError):
    """A text key is missing from its file or a placeholder is not filled (a Danish message)."""


def placeholders(text: str) -> set[str]:
    """The names of the `{…}` fields of `text` (ValueError when a brace is unmatched or a field has no name)."""
    names = set()
    for _, field, _, _ in string.Formatter().parse(text):
        if field is None:
            continue
        name = re.split(r"[.\[]", field, maxsplit=1)[0]
        if not name.isidentifier():
            raise ValueError(f"pladsholderen '{{{field}}}' skal have et navn (en tuborgklamme skrives {{{{ }}}})")
        names.add(name)
    return names


class _Texts(RootModel[dict[str, Any]]):
    """A messages file: tables (nested as deep as wanted) of texts; `lang` at the top."""

    @field_validator("root")
    @classmethod
    def _check(cls, root: dict[str, Any]) -> dict[str, Any]:
        def walk(table: dict[str, Any], where: str) -> None:
            for key, value in table.items():
                if where == "" and key == "lang":
                    continue
                at = f"tabellen [{where}], nøglen '{key}'" if where else f"nøglen '{key}'"
                if not _NAME.match(key):
                    raise ValueError(f"{at} skal skrives med små bogstaver, tal og _ (fx file_missing)")
                if isinstance(value, dict):
                    walk(value, f"{where}.{key}" if where else key)
                elif isinstance(value, str):
                    if not value.strip():
                        raise ValueError(f"{at} må ikke være tom")
                    try:
                        placeholders(value)
                    except ValueError as exc:
                        raise ValueError(f"{at}: ugyldig pladsholder ({exc})") from None
                else:
                    raise ValueError(f"{at} skal være en tekst i anførselstegn eller en tabel")

        walk(root, "")
        return root


def _path(area: str, lang: str, folder: Path | None = None) -> Path:
    return (folder or prompts_dir(lang)) / "messages" / f"{area}.toml"


def _flatten(table: dict[str, Any], prefix: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for key, value in table.items():
        if isinstance(value, dict):
            out.update(_flatten(value, f"{prefix}.{key}"))
        elif key != "lang":
            out[f"{prefix}.{key}"] = value
    return out


def load_area(area: str, lang: str = "da", folder: Path | None = None) -> dict[str, str]:
    """Every text of one area's file, by full key ("cli.export.written")."""
    path = _path(area, lang, folder)
    try:
        raw = read_tagged_toml(path)
    except DataFileError as exc:
        raise DataLoadError(f"Datafilen 'messages/{path.name}' {exc}.") from None
    validate_data(raw, _Texts, f"messages/{path.name}")
    return _flatten(raw, area)


@lru_cache(maxsize=8)
def _area(area: str, lang: str) -> dict[str, str]:
    return load_area(area, lang)


def get(key: str, lang: str = "da", /, **slots: Any) -> str:
    """The text `key` ("cli.export.written") with its placeholders filled from `slots`."""
    area = key.split(".", 1)[0]
    if area not in AREAS:
        raise TextError(f"Teksten '{key}' hører ikke til en af tekstfilerne ({', '.join(AREAS)}).")
    found = _area(area, lang)
    try:
        text = found[key]
    except KeyError:
        near = difflib.get_close_matches(key, found, n=1)
        hint = f" (stavefejl? filen har '{near[0]}')" if near else ""
        raise TextError(f"Datafilen 'messages/{area}.toml' mangler teksten '{key}'{hint}.") from None
    try:
        return text.format(**slots)
    except (KeyError, IndexError) as exc:
        raise TextError(f"Datafilen 'messages/{area}.toml', teksten '{key}': pladsholderen {exc} er ikke "
                        "udfyldt af koden.") from None


# ------------------------------------------------------------------------------------------ checking both ways
def keys_used(src: Path | None = None) -> dict[str, list[tuple[str, int, set[str] | None, bool]]]:
    """Every literal key of a `texts.get("…", …)` call in the package's source (a key is a literal, or one of two
    in `"a" if … else "b"`): key → [(module, line, the keyword names given, or None when `**slots` passes them,
    whether the call picks one of two keys)]."""
    src = src or _PKG
    out: dict[str, list[tuple[str, int, set[str] | None, bool]]] = {}
    for path in sorted(src.rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        if "from delmaal_assistant.core import texts" not in source:  # `texts` is then some other name
            continue
        with warnings.catch_warnings():  # a module's own escape sequences are not this check's business
            warnings.simplefilter("ignore", SyntaxWarning)
            warnings.simplefilter("ignore", DeprecationWarning)
            tree = ast.parse(source)
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "get"
                    and isinstance(node.func.value, ast.Name) and node.func.value.id == "texts" and node.args):
                first = node.args[0]
                keys = [first.body, first.orelse] if isinstance(first, ast.IfExp) else [first]  # "a" if … else "b"
                if not all(isinstance(k, ast.Constant) and isinstance(k.value, str) for k in keys):
                    raise TextError(f"{path.relative_to(src)}:{node.lineno}: texts.get skal have nøglen som en "
                                    "fast tekst, så den kan findes i filen.")
                kws = None if any(k.arg is None for k in node.keywords) else {k.arg for k in node.keywords}
                for k in keys:
                    out.setdefault(k.value, []).append((str(path.relative_to(src)), node.lineno, kws, len(keys) > 1))
    return out


def keys_in_file(lang: str = "da", folder: Path | None = None) -> dict[str, str]:
    found: dict[str, str] = {}
    for area in AREAS:
        if _path(area, lang, folder).exists():
            found.update(load_area(area, lang, folder))
    return found


def verify(lang: str = "da", folder: Path | None = None, src: Path | None = None) -> None:
    """Every key the code uses is in its file with the placeholders the call fills, and every key in the files is
    used: otherwise a Danish DataLoadError naming the file and the key."""
    used, found = keys_used(src), keys_in_file(lang, folder)
    problems = []
    for key in sorted(set(found) - set(used)):
        problems.append(f"Datafilen 'messages/{key.split('.')[0]}.toml': nøglen '{key}' er en ukendt nøgle "
                        "(stavefejl?) – ingen kode bruger den")
    for key, calls in sorted(used.items()):
        if key not in found:
            mod, line = calls[0][:2]
            problems.append(f"Datafilen 'messages/{key.split('.')[0]}.toml' mangler teksten '{key}' ({mod}:{line})")
            continue
        want = placeholders(found[key])
        for mod, line, given, either in calls:
            # a call that picks one of two texts may fill a placeholder only the other one has
            if given is not None and (not want <= given if either else given != want):
                problems.append(f"Datafilen 'messages/{key.split('.')[0]}.toml', teksten '{key}' har pladsholderne "
                                f"{sorted(want)}, men {mod}:{line} udfylder {sorted(given)}")
    if problems:
        raise DataLoadError("; ".join(problems) + ".")
