"""`delmaal check`: check delmål wording from an argument, standard input, text files, spreadsheets (.csv, .tsv,
.xlsx) or saved delmål (.json). Contract: docs/CHECKS.md.

One job per module:
  options   the command-line options and delmaal.toml (Filter, Config)
  inputs    every input opened and validated before anything is checked (exit 2 and a Danish message)
  pipeline  checking in input order, in worker processes for large inputs (bounded queues, flat memory)
  stats     the counts (one Stats type, shared with `delmaal audit`; shares over delmål, not fields)
  writers   text, json, jsonl and line output
  command   `run_check`, and `start_run`/`Run`: the prepared run that `delmaal audit` uses too
"""

from __future__ import annotations

from delmaal_assistant.cli.check import options as _options
from delmaal_assistant.cli.check.command import (
    Run,
    get_default_checker,
    run_check,
    show_config,
    start_run,
    unexpected,
    utf8_streams,
)
from delmaal_assistant.cli.check.inputs import FILE_TYPES, close_inputs, iter_units, open_inputs
from delmaal_assistant.cli.check.items import WHOLE_FIELD, DelmaalInput, Item
from delmaal_assistant.cli.check.options import (
    CONFIG_NAME,
    FAIL_LEVELS,
    FORMATS,
    MIN_LEVELS,
    Config,
    Filter,
    add_common_options,
    known_codes,
    load_config,
)
from delmaal_assistant.cli.check.pipeline import PARALLEL_MIN, check_stream, check_text, resolve_jobs
from delmaal_assistant.cli.check.stats import CodeCount, Stats, Tally, Unit, count_da, distinct, tally
from delmaal_assistant.cli.check.writers import _use_colour, first_sentence, item_json, json_safe
from delmaal_assistant.core.files.inputs import InputError, Source


def add_check_parser(sub) -> None:
    # `run_check` is looked up here when the command runs, so a test (or an embedding) can replace it on this module
    _options.add_check_parser(sub, lambda args, *a, **k: run_check(args, *a, **k))


__all__ = [
    "CONFIG_NAME", "FAIL_LEVELS", "FILE_TYPES", "FORMATS", "MIN_LEVELS", "PARALLEL_MIN", "WHOLE_FIELD",
    "CodeCount", "Config", "DelmaalInput", "Filter", "InputError", "Item", "Run", "Source", "Stats", "Tally", "Unit",
    "_use_colour", "add_check_parser", "add_common_options", "check_stream", "check_text", "close_inputs",
    "count_da", "distinct", "first_sentence", "get_default_checker", "item_json", "iter_units", "json_safe",
    "known_codes", "load_config", "open_inputs", "resolve_jobs", "run_check", "show_config", "start_run",
    "tally", "unexpected", "utf8_streams",
]
