"""One loader for the TOML data files (`lexicons/<lang>/`, `prompts/<lang>/`): read, check the language tag,
validate with a pydantic model, and say in Danish what is wrong, naming the file, the table and the key.

    data = load_data(path, MyFile)        # MyFile: a DataModel (extra="forbid"; defaults live in the model)

A misspelt key is never ignored: every model forbids unknown keys, so "sevrity" is "en ukendt nøgle (stavefejl?)"
instead of a silent default or a KeyError later. Every data-file error is a `DataLoadError` (the lexicon, field
registry, interview and code-table errors are its subclasses), whose text is a whole Danish sentence.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ConfigDict, ValidationError

from delmaal_assistant.core.langtag import DataFileError, read_tagged_toml

__all__ = ["DataLoadError", "DataModel", "load_data", "validate_data", "danish_validation_errors", "describe_error",
           "where_in"]


class DataLoadError(Exception):
    """A data file is missing, unreadable or invalid. The message is Danish and names file, table and key."""


class DataModel(BaseModel):
    """Base of every data-file model: unknown keys are errors; defaults are written here, never in code."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True, defer_build=True)


M = TypeVar("M", bound=BaseModel)

_TYPE_DA = {
    "string_type": "skal være en tekst i anførselstegn",
    "int_type": "skal være et helt tal",
    "int_parsing": "skal være et helt tal",
    "float_type": "skal være et tal",
    "float_parsing": "skal være et tal",
    "bool_type": "skal være true eller false",
    "bool_parsing": "skal være true eller false",
    "list_type": "skal være en liste: [\"…\", \"…\"]",
    "tuple_type": "skal være en liste",
    "dict_type": "skal være en tabel",
    "model_type": "skal være en tabel",
    "model_attributes_type": "skal være en tabel",
    "too_short": "må ikke være tom",
    "string_too_short": "må ikke være tom",
    "too_long": "har for mange elementer",
    "missing": "mangler",
    "extra_forbidden": "er en ukendt nøgle (stavefejl?)",
    "greater_than_equal": "er for lille",
    "less_than_equal": "er for stor",
    "greater_than": "er for lille",
    "less_than": "er for stor",
}


class _Named:
    """A list item named by its own key (`where_in`)."""

    def __init__(self, name: str) -> None:
        self.name = name


def where_in(loc: tuple[Any, ...], raw: Any = None, item_key: str | None = None) -> tuple[str, str]:
    """A pydantic error location as (table, key): ('codes', 'vague-verb', 'nmae') → ('[codes.vague-verb]', 'nmae');
    ('step', 1, 'qustion') → ('[step nr. 2]', 'qustion'): list positions are counted from 1, as people count.
    With `raw` (the file's data) and `item_key` a list item is named by that key of its own when it has one:
    ('field', 2, 'lable') with item_key "path" → ('[field 'purpose']', 'lable')."""
    names: list[Any] = ["pass" if x == "pass_" else x for x in loc]
    if raw is not None and item_key:
        node = raw
        for i, x in enumerate(loc):
            node = node.get(x) if isinstance(node, dict) else (
                node[x] if isinstance(node, list) and isinstance(x, int) and x < len(node) else None)
            named = isinstance(node, dict) and isinstance(node.get(item_key), str)
            if isinstance(x, int) and named and i < len(loc) - 1:
                names[i] = _Named(node[item_key])  # type: ignore[index]
    k = len(names) - 1  # the key is the last name; a trailing list position belongs to it ("flag nr. 2")
    while k > 0 and isinstance(names[k], (int, _Named)):
        k -= 1

    def join(parts: list) -> str:
        out = ""
        for x in parts:
            out += (f" '{x.name}'" if isinstance(x, _Named) else f" nr. {x + 1}" if isinstance(x, int)
                    else (f".{x}" if out else str(x)))
        return out

    key = join(names[k:]) if names else "?"
    table = f"[{join(names[:k])}]" if k > 0 else "(øverst i filen)"
    return table, key


def describe_error(err: dict) -> str:
    """What is wrong with one pydantic error's value, in Danish ("er en ukendt nøgle (stavefejl?)")."""
    typ = err.get("type", "")
    ctx = err.get("ctx") or {}
    if typ == "literal_error":
        return f"skal være en af {str(ctx.get('expected', '')).replace(' or ', ' eller ')}"
    if typ in ("value_error", "assertion_error"):
        return str(ctx.get("error", err.get("msg", ""))).removeprefix("Value error, ")
    if typ in ("greater_than_equal", "greater_than") and ("ge" in ctx or "gt" in ctx):
        return f"skal være mindst {ctx.get('ge', ctx.get('gt'))}"
    if typ in ("less_than_equal", "less_than") and ("le" in ctx or "lt" in ctx):
        return f"skal være højst {ctx.get('le', ctx.get('lt'))}"
    return _TYPE_DA.get(typ, f"har en forkert værdi ({err.get('msg', '')})")


def danish_validation_errors(exc: ValidationError, hidden: tuple[str, ...] = (), raw: Any = None,
                             item_key: str | None = None) -> str:
    """Every pydantic error as a Danish sentence: "tabellen [x.y], nøglen 'z' …", joined by '; '. Names in
    `hidden` are the model's own grouping, not the file's, and are left out of the location; `raw` and
    `item_key` name list items by a key of their own (`where_in`)."""
    parts = []
    for err in exc.errors():
        table, key = where_in(tuple(x for x in err.get("loc", ()) if x not in hidden), raw, item_key)
        parts.append(f"tabellen {table}, nøglen '{key}' {describe_error(err)}" if table != "(øverst i filen)"
                     else f"nøglen '{key}' {describe_error(err)}")
    return "; ".join(dict.fromkeys(parts))


def validate_data(raw: dict[str, Any], model: type[M], name: str, error: type[Exception] = DataLoadError,
                  hidden: tuple[str, ...] = (), item_key: str | None = None) -> M:
    """Validate already-parsed data of the file `name` (e.g. a section of a lexicon) with `model`; `item_key`
    names the items of a list of tables by that key in the error ("[field 'purpose']" for "[field nr. 3]")."""
    try:
        return model.model_validate(raw)
    except ValidationError as exc:
        raise error(f"Datafilen '{name}': {danish_validation_errors(exc, hidden, raw, item_key)}.") from None


def load_data(path: Path, model: type[M], error: type[Exception] = DataLoadError, item_key: str | None = None) -> M:
    """Read the TOML data file at `path` (its `lang` tag checked) and validate it with `model`."""
    path = Path(path)
    try:
        raw = read_tagged_toml(path)
    except DataFileError as exc:
        raise error(f"Datafilen '{path.name}' {exc}.") from None
    return validate_data(raw, model, path.name, error, item_key=item_key)
