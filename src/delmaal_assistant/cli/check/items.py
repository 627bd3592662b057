"""What flows through `delmaal check` and `delmaal audit`: a checked text (Item) and a saved delmål to check."""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field as dc_field
from pathlib import Path

from delmaal_assistant.checker.findings import Finding
from delmaal_assistant.core import texts
from delmaal_assistant.core.files.inputs import InputError, refuse_unless_file
from delmaal_assistant.core.files.storage import StorageError, delmaal_from_json_text, read_text_file

WHOLE_FIELD = texts.get("cli.check.whole_field")  # the field of the result that closes a saved delmål (whole-delmål findings, SMART)


@dataclass(slots=True)
class Item:
    """One checked text with its findings (a wording, or one field of a saved delmål)."""

    source: str
    line: int | None
    text: str
    field: str | None = None
    findings: list[Finding] = dc_field(default_factory=list)
    row: int | None = None
    id: str | None = None
    group: str | None = None
    smart: list | None = None  # whole-delmål result of a saved delmål: the SMART items (core.smart.SmartItem)
    label: str | None = None  # the field's Danish label (saved delmål), from the field registry
    extra: tuple[str | None, ...] | None = None  # values of further columns (Source.read_also): audit's groups, dates
    note: object = None  # whole-delmål result of a saved delmål: what check_stream's `note` took from the model


@dataclass
class DelmaalInput:
    source: str
    # model.Delmaal (imported lazily); None: not opened yet (the audit's lazy_json) – it is read and validated
    # where it is checked (a worker process is sent its name alone: the parent neither reads nor validates it)
    delmaal: object


def _json_delmaal(path: Path) -> DelmaalInput:
    """A saved delmål read and validated (InputError with a Danish message when it cannot be)."""
    refuse_unless_file(path)  # a FIFO or device must not be opened (it could block for ever)
    try:
        text = read_text_file(path, texts.get("cli.check.the_file"))
    except StorageError as exc:
        raise InputError(str(exc)) from None
    try:
        # deep or huge JSON, an escaped lone surrogate: all "ikke et gyldigt delmål" (core.storage)
        return DelmaalInput(str(path), delmaal_from_json_text(text, f"'{path}'"))
    except StorageError as exc:
        raise InputError(str(exc)) from None
    except RecursionError:
        raise InputError(texts.get("cli.check.json_too_deep", path=path)) from None


def opened(inp: DelmaalInput) -> DelmaalInput:
    """A saved delmål read and validated if it was not yet (open_inputs' lazy_json: where it is checked, in the
    worker process of a large run); InputError if it cannot be."""
    return inp if inp.delmaal is not None else _json_delmaal(Path(inp.source))
