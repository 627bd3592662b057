from datetime import date

from delmaal_assistant.checker.findings import Finding
from delmaal_assistant.core.model import Delmaal
from delmaal_assistant.core.smart import smart_status


def _status(items):
    return {i.number: i.status for i in items}


def test_empty_delmaal():
    s = _status(smart_status(Delmaal(), []))
    assert s == {1: "missing", 2: "missing", 3: "human", 4: "missing", 5: "missing", 6: "human",
                 7: "missing", 8: "missing"}


def test_complete_delmaal_is_met_except_human_questions():
    d = Delmaal(wording="At beboeren vasker tøj hver onsdag.", end_date=date(2027, 3, 1),
                start_date=date(2026, 12, 1), evaluation_date=date(2027, 3, 1))
    d.collaboration.professional_justification = "Beboeren ønsker ikke at tale om det nu."
    d.documentation.what, d.documentation.who, d.documentation.how_often = "vask", "KP", "ugentligt"
    items = smart_status(d, [])
    assert _status(items) == {1: "met", 2: "met", 3: "human", 4: "met", 5: "met", 6: "human", 7: "met", 8: "met"}
    assert len(items) == 8 and items[0].question.startswith("Er delmålet specifikt")


def test_findings_make_wording_questions_missing():
    d = Delmaal(wording="At beboeren bliver bedre til at vaske tøj.")
    f = [Finding("vague-verb", "warning", 12, 28, "bliver bedre til", "m"),
         Finding("missing-timeframe", "warning", 0, 0, "", "m")]
    s = _status(smart_status(d, f))
    assert s[1] == s[2] == s[5] == "missing"
    # timeframe from the wording itself
    assert _status(smart_status(d, f[:1]))[5] == "met"
    # findings on other fields (from check_delmaal) don't count against the wording
    other = [Finding("vague-verb", "warning", 0, 3, "x", "m", field="purpose")]
    assert _status(smart_status(d, other))[1] == "met"


def test_documentation_partial_is_missing_with_reason():
    d = Delmaal()
    d.documentation.who = "KP"
    item = smart_status(d, [])[7]
    assert item.status == "missing" and "hvad" in item.reason and "hvor ofte" in item.reason
