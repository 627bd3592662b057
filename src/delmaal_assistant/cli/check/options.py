"""The command-line options of `check` (and those `audit` shares) and the settings they resolve to:
--select/--ignore/--min-level and delmaal.toml, with a Danish message for every mistake."""

from __future__ import annotations

import argparse
import tomllib
from dataclasses import dataclass, replace
from dataclasses import field as dc_field
from pathlib import Path

from platformdirs import user_config_path
from pydantic import Field

from delmaal_assistant.checker.findings import SEVERITY_RANK, Finding
from delmaal_assistant.core import texts
from delmaal_assistant.core.datafile import DataModel, validate_data
from delmaal_assistant.core.files.inputs import InputError, kind_of, refuse_unless_file
from delmaal_assistant.core.severity import FAIL_LEVELS as _FAIL_LEVELS
from delmaal_assistant.core.severity import SEVERITIES, Severity

FAIL_LEVELS = _FAIL_LEVELS
MIN_LEVELS = SEVERITIES
FORMATS = ("text", "json", "jsonl", "line")
CONFIG_NAME = "delmaal.toml"


def add_common_options(c: argparse.ArgumentParser) -> None:
    """Input and filtering options shared by `check` and `audit`."""
    c.add_argument("--column", default=None, metavar="NAVN",
                   help=texts.get("cli.check.arg_column"))
    c.add_argument("--id-column", default=None, metavar="NAVN",
                   help=texts.get("cli.check.arg_id_column"))
    c.add_argument("--sheet", default=None, metavar=texts.get("cli.check.metavar_sheet"),
                   help=texts.get("cli.check.arg_sheet"))
    c.add_argument("--select", default=None, metavar=texts.get("cli.check.metavar_codes"),
                   help=texts.get("cli.check.arg_select"))
    c.add_argument("--ignore", default=None, metavar=texts.get("cli.check.metavar_codes"),
                   help=texts.get("cli.check.arg_ignore"))
    c.add_argument("--min-level", choices=MIN_LEVELS, default=None,
                   help=texts.get("cli.check.arg_min_level"))
    c.add_argument("--jobs", type=int, default=None, metavar="N",
                   help=texts.get("cli.check.arg_jobs"))


def add_check_parser(sub, func) -> None:
    c = sub.add_parser(
        "check",
        help=texts.get("cli.check.help"),
        description=texts.get("cli.check.description"),
    )
    c.add_argument("inputs", nargs="*", metavar="INPUT", help=texts.get("cli.check.arg_inputs"))
    c.add_argument("--format", choices=FORMATS, default="text",
                   help=texts.get("cli.check.arg_format"))
    c.add_argument(
        "--fail-level",
        choices=FAIL_LEVELS,
        default="warning",
        help=texts.get("cli.check.arg_fail_level"),
    )
    c.add_argument("--statistics", action="store_true", help=texts.get("cli.check.arg_statistics"))
    c.add_argument("--show-config", action="store_true", help=texts.get("cli.check.arg_show_config"))
    add_common_options(c)
    c.set_defaults(func=func)



def known_codes() -> dict[str, str]:
    """Every finding code with its default severity, from the code registry (checker.registry)."""
    return {i.code: i.severity for i in _registry()}


def _registry():
    """The code registry, loaded only when a code is named (--select/--ignore, delmaal.toml): it reads every data
    file, which a plain check does not need (start-up)."""
    from delmaal_assistant.checker.lexicon import LexiconError  # deferred: start-up (the checker)
    from delmaal_assistant.checker.registry import code_registry  # deferred: start-up

    try:
        return code_registry("da")
    except LexiconError as exc:
        raise InputError(str(exc)) from None


def _codes_arg(value: str | list | None, what: str) -> set[str] | None:
    """Codes from --select/--ignore or delmaal.toml (a code, or its Danish name), checked against the registry."""
    if value is None:
        return None
    try:
        return _registry().parse_codes(value, what)
    except ValueError as exc:
        raise InputError(str(exc)) from None


@dataclass
class Filter:
    """Which findings are shown, and at which severity (from --select/--ignore/--min-level and delmaal.toml)."""

    select: set[str] | None = None
    ignore: set[str] = dc_field(default_factory=set)
    severity: dict[str, str] = dc_field(default_factory=dict)
    min_level: str | None = None

    def apply(self, findings: list[Finding]) -> list[Finding]:
        if not (self.select is not None or self.ignore or self.severity or self.min_level):
            return findings
        out = []
        floor = SEVERITY_RANK[self.min_level] if self.min_level else 0
        for f in findings:
            if (self.select is not None and f.code not in self.select) or f.code in self.ignore:
                continue
            sev = self.severity.get(f.code)
            if sev and sev != f.severity:
                f = replace(f, severity=sev)
            if SEVERITY_RANK[f.severity] >= floor:
                out.append(f)
        return out


@dataclass
class Config:
    path: Path | None = None
    filter: Filter = dc_field(default_factory=Filter)
    column: str | None = None
    id_column: str | None = None
    column_from: str = "standard"


def find_config_file(start: Path | None = None) -> Path | None:
    """delmaal.toml in the current folder or its parents, else in the user's config folder."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        cand = folder / CONFIG_NAME
        if kind_of(cand) == "file":
            return cand
    try:
        cand = user_config_path("delmaal-assistant") / CONFIG_NAME
    except Exception:  # noqa: BLE001 - no config folder on this platform
        return None
    return cand if kind_of(cand) == "file" else None


class ConfigFile(DataModel):
    """delmaal.toml, the house rules beside the exports or in the user's config folder. Validated by the one data
    loader's rules (core.datafile): a misspelt key is a Danish error naming the file and the key."""

    ignore: list[str] | str | None = None
    select: list[str] | str | None = None
    severity: dict[str, Severity] = {}
    column: str | None = None
    id_column: str | None = Field(default=None, alias="id-column")
    min_level: Severity | None = Field(default=None, alias="min-level")


CONFIG_KEYS = {f.alias or name for name, f in ConfigFile.model_fields.items()}


def read_config(path: Path) -> ConfigFile:
    """Read and validate a delmaal.toml (InputError in Danish on any problem)."""

    refuse_unless_file(path)
    try:
        with open(path, "rb") as fh:
            raw = fh.read(1 << 20)
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise InputError(texts.get("cli.check.config_not_utf8", path=path)) from None
    except tomllib.TOMLDecodeError as exc:
        raise InputError(texts.get("cli.check.config_not_toml", path=path, error=exc)) from None
    except OSError as exc:
        raise InputError(texts.get("cli.check.config_unreadable", path=path, error=exc.strerror)) from None
    try:
        cfg = validate_data(data, ConfigFile, str(path), InputError)
    except InputError as exc:
        raise InputError(texts.get("cli.check.config_keys", error=exc, keys=', '.join(sorted(CONFIG_KEYS)))) from None
    for code in cfg.severity:
        if code not in known_codes():  # the severity table takes codes only (its keys are TOML keys)
            raise InputError(texts.get("cli.check.config_unknown_code", path=path, code=code))
    return cfg


def load_config(args: argparse.Namespace) -> Config:
    path = find_config_file()
    cfg = read_config(path) if path is not None else ConfigFile()
    where = f"'{path}'" if path else ""
    sev = cfg.severity
    data = {"ignore": cfg.ignore, "select": cfg.select, "column": cfg.column, "id-column": cfg.id_column,
            "min-level": cfg.min_level}
    ignore = (_codes_arg(data.get("ignore"), f"{where}: ignore") or set()) | (
        _codes_arg(args.ignore, "--ignore") or set())
    select = _codes_arg(args.select, "--select")
    if select is None:
        select = _codes_arg(data.get("select"), f"{where}: select")
    flt = Filter(select, ignore, dict(sev), args.min_level or data.get("min-level"))
    column = args.column or data.get("column")
    column_from = "--column" if args.column else (f"{path.name}" if data.get("column") else "standard")
    return Config(path, flt, column, args.id_column or data.get("id-column"), column_from)
