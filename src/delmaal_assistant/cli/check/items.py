"""What flows through `delmaal check` and `delmaal audit`: a checked text (Item) and a saved delmål to check."""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field as dc_field

from delmaal_assistant.checker.findings import Finding
from delmaal_assistant.core import texts

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
