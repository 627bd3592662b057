"""`Finding.make` (how the checker makes its findings, without the frozen dataclass's `object.__setattr__` per field)
gives what `Finding(…)` gives: equal, the same hash, repr, attributes in the same order and the same pickle – on
invented values and on every finding the checker makes for the wordings and saved delmål of the data sets."""

import pickle
from dataclasses import fields

from hypothesis import given, settings
from hypothesis import strategies as st

from delmaal_assistant.checker import get_checker
from delmaal_assistant.checker.findings import Finding

text = st.text(max_size=20)
maybe = st.none() | text


def _same(a: Finding, b: Finding) -> None:
    assert a == b and hash(a) == hash(b) and repr(a) == repr(b)
    assert list(a.__dict__.items()) == list(b.__dict__.items())
    assert pickle.dumps(a) == pickle.dumps(b)
    assert pickle.loads(pickle.dumps(b)) == a


@settings(max_examples=200, deadline=None)
@given(code=text, severity=st.sampled_from(["error", "warning", "suggestion"]), start=st.integers(0, 10**6),
       length=st.integers(0, 99), excerpt=text, message=text, suggestion=maybe, question=maybe, field=maybe,
       rule=maybe, key=maybe)
def test_make_is_the_constructor(code, severity, start, length, excerpt, message, suggestion, question, field, rule,
                                 key):
    kw = dict(code=code, severity=severity, start=start, end=start + length, excerpt=excerpt, message=message,
              suggestion=suggestion, question=question, field=field, rule=rule, key=key)
    _same(Finding(**kw), Finding.make(**kw))
    args = list(kw.values())
    _same(Finding(*args), Finding.make(*args))
    _same(Finding(*args[:6]), Finding.make(*args[:6]))  # the defaults


def test_checker_findings_are_constructed_findings():
    """Every finding of the data sets' saved delmål (pattern rules, detectors, field judges, structural checks) and of
    a few wordings is what `Finding(…)` of its attributes gives."""
    from pathlib import Path

    from delmaal_assistant.core.files.storage import load_delmaal

    c = get_checker()
    found = [f for w in ("Personalet støtter Mette i at blive mere selvstændig.", "At {excerpt} støttes hver dag.",
                         "Hun skal ringe på 12345678 kl. 14 hver mandag.") for f in c.check(w)]
    for p in sorted((Path(__file__).parent / "data").rglob("*.delmaal.json")):
        found += c.check_delmaal(load_delmaal(p))
    assert len({f.rule for f in found}) > 20 and any(f.field for f in found) and any(f.key for f in found)
    names = [f.name for f in fields(Finding)]
    for f in found:
        _same(Finding(**{n: getattr(f, n) for n in names}), f)
