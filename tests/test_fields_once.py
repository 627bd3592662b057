"""Issue 28: a saved delmål's free-text fields are read once (the audit's pipeline reads them and hands them to
the checker, which hands them to the judges). Handed in or read by the checker itself, the findings are the same –
on every saved delmål of the data sets."""

from __future__ import annotations

from pathlib import Path

import pytest

from delmaal_assistant.checker import get_checker
from delmaal_assistant.core.files.storage import load_delmaal
from delmaal_assistant.core.model.fields import text_fields

ROOT = Path(__file__).resolve().parent.parent
FILES = sorted((ROOT / "tests" / "data").rglob("*.delmaal.json"))


def test_there_are_saved_delmaal_to_compare():
    assert len(FILES) > 50


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_findings_are_the_same_with_the_fields_handed_in(path):
    checker = get_checker()
    d = load_delmaal(path)
    assert checker.check_delmaal(d, text_fields(d)) == checker.check_delmaal(d)
