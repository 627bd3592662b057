"""The mentor's field judges (../shared/domain/FIELDS.md): every rule's own examples, as data."""

import pytest

from delmaal_assistant.checker import check_delmaal
from delmaal_assistant.checker.whole import delmaal_from_snippet, field_data

DATA = field_data()
CASES = [(r.id, r.field, kind, ex) for r in DATA.rules.values()
         for kind, exs in (("flag", r.flag), ("pass", r.pass_)) for ex in exs]


def _rules(snippet, field):
    return {f.rule for f in check_delmaal(delmaal_from_snippet(snippet, field))}


@pytest.mark.parametrize("rule,field,kind,example", CASES, ids=[f"{c[0]}:{c[2]}:{n}" for n, c in enumerate(CASES)])
def test_rule_examples(rule, field, kind, example):
    got = _rules(example, field)
    if kind == "flag":
        assert rule in got, f"{rule} should flag {example!r}; got {sorted(r for r in got if r)}"
    else:
        assert rule not in got, f"{rule} should pass {example!r}"
