"""SMART by FIELDS.md: a ✓ only on positive evidence, never beside a finding that contradicts it."""

from datetime import date

import pytest

from delmaal_assistant.checker import check_delmaal
from delmaal_assistant.checker.findings import Finding
from delmaal_assistant.core.model import Delmaal
from delmaal_assistant.core.outputs.smart import confirm, drop_stale_confirmations, smart_status

from sample_delmaal import good_delmaal


def _status(items):
    return {i.number: i.status for i in items}


def _complete() -> Delmaal:
    d = Delmaal(wording="At beboeren vasker tøj hver onsdag.", end_date=date(2027, 3, 1),
                start_date=date(2026, 12, 1), evaluation_date=date(2027, 3, 1),
                measurement="Nået, når beboeren har vasket tøj mindst 10 af 12 onsdage.",
                handleplan_goal="At beboeren varetager egen tøjvask.")
    d.collaboration.professional_justification = "Beboeren ønsker ikke at tale om det nu."
    d.documentation.what, d.documentation.who, d.documentation.how_often = "vask", "KP", "hver onsdag"
    return d


def test_empty_delmaal_has_nothing_met():
    s = _status(smart_status(Delmaal(), []))
    assert s == {1: "missing", 2: "missing", 3: "missing", 4: "missing", 5: "missing", 6: "ask",
                 7: "missing", 8: "missing"}


def test_complete_delmaal_is_met_except_what_a_person_must_confirm():
    items = smart_status(_complete(), [])
    assert _status(items) == {1: "met", 2: "met", 3: "ask", 4: "met", 5: "met", 6: "ask", 7: "met", 8: "met"}
    assert len(items) == 8 and items[0].question.startswith("Er delmålet specifikt")


@pytest.mark.parametrize("wording, why", [
    ("At beboeren støvsuger.", "no frequency, occasion or amount"),
    ("At beboeren støvsuger sit værelse frem til 1. marts 2027.", "a date is a timeframe, not a criterion"),
    ("At BK er glad hver dag frem til 1. marts 2027.", "an inner state, not an action"),
])
def test_no_positive_evidence_no_tick(wording, why):
    d = _complete()
    d.wording = wording
    s = _status(smart_status(d, []))
    assert s[1] == "missing" and s[2] == "missing", why


@pytest.mark.parametrize("code", ["staff-perspective", "avoidance", "vague-verb", "purpose-like"])
def test_never_a_tick_beside_a_contradicting_finding(code):
    d = _complete()
    f = Finding(code, "warning", 0, 5, "At be", "m", field="wording")
    assert _status(smart_status(d, [f]))[1] == "missing"


def test_findings_on_other_fields_do_not_count_against_the_wording():
    d = _complete()
    other = [Finding("vague-verb", "warning", 0, 3, "x", "m", field="purpose")]
    assert _status(smart_status(d, other))[1] == "met"


def test_weak_measurement_or_documentation_is_missing():
    d = _complete()
    f = Finding("measurement-no-criterion", "warning", 0, 0, "", "m", field="measurement")
    assert _status(smart_status(d, [f]))[2] == "missing"
    g = Finding("documentation-weak", "warning", 0, 0, "", "m", field="documentation.how_often")
    item = smart_status(d, [g])[7]
    assert item.status == "missing" and "hvor ofte" in item.reason


def test_documentation_partial_is_missing_with_reason():
    d = Delmaal()
    d.documentation.who = "KP"
    item = smart_status(d, [])[7]
    assert item.status == "missing" and "hvad" in item.reason and "hvor ofte" in item.reason


def test_checker_failure_is_unknown_not_met():
    items = smart_status(_complete(), [], checked=False)
    s = _status(items)
    assert s[1] == s[2] == s[4] == s[8] == "unknown"
    assert all(i.as_json()["status"] in ("met", "missing", "ask") for i in items)


def test_confirmation_is_stored_and_cleared_when_wording_or_dates_change():
    d = _complete()
    confirm(d, 3, date(2026, 11, 27))
    confirm(d, 6, date(2026, 11, 27))
    items = smart_status(d, [])
    assert _status(items)[3] == _status(items)[6] == "met"
    assert "bekræftet 27-11-2026" in items[2].reason
    again = Delmaal.model_validate_json(d.model_dump_json())
    assert _status(smart_status(again, []))[3] == "met"
    d.end_date = date(2027, 2, 27)
    assert _status(smart_status(d, []))[6] == "ask" and _status(smart_status(d, []))[3] == "met"
    d.wording = "At beboeren vasker tøj hver tirsdag."
    assert _status(smart_status(d, []))[3] == "ask"
    assert drop_stale_confirmations(d) and d.smart_confirmations == []


def test_unrealistic_indicator_blocks_a_confirmed_realistic():
    d = _complete()
    confirm(d, 6, date(2026, 11, 27))
    f = Finding("unrealistic-indicator", "warning", 0, 0, "", "m", field="indicators.expected_end_level")
    assert _status(smart_status(d, [f]))[6] == "missing"


def test_good_sample_delmaal_earns_its_ticks_from_the_real_checker():
    d = good_delmaal()
    s = _status(smart_status(d, check_delmaal(d)))
    assert s[1] == s[2] == s[5] == s[7] == "met", s
