"""Whole-delmål checks (seed 000's template and SMART questions 4-8)."""

from datetime import date

import pytest

from delmaal_assistant.core.model import ffb
from delmaal_assistant.checker import check_delmaal
from delmaal_assistant.core.model import Collaboration, DocumentationPlan, Method
from sample_delmaal import full_delmaal as _full_delmaal


def codes(d):
    return {f.code for f in check_delmaal(d) if f.start == f.end == 0 and f.excerpt == ""}


def test_complete_delmaal_is_clean():
    assert codes(_full_delmaal()) == set()


def test_attitude_or_professional_justification():
    assert "missing-attitude" in codes(_full_delmaal(collaboration=Collaboration()))
    ok = _full_delmaal(collaboration=Collaboration(professional_justification="Beboeren kan ikke udtrykke sig verbalt."))
    assert "missing-attitude" not in codes(ok)


def test_guardian_involvement_must_be_described():
    d = _full_delmaal(collaboration=Collaboration(resident_attitude="Vil gerne", guardian_involved=True))
    assert "missing-guardian-description" in codes(d)


@pytest.mark.parametrize("methods,expected", [
    ([], {"missing-method"}),
    ([Method(name="Low Arousal")], {"approach-as-method"}),
    ([Method(name="Low Arousal", kind="metode")], {"approach-as-method"}),
    ([Method(name="Ressourcefokuseret tilgang", kind="tilgang")], {"approach-as-method"}),
    ([Method(name="Motiverende samtale"), Method(name="Tryghedsplan"), Method(name="Piktogrammer")],
     {"too-many-methods"}),
])
def test_methods(methods, expected):
    assert expected <= codes(_full_delmaal(methods=methods))


def test_dates_missing_too_long_and_evaluation_outside():
    d = _full_delmaal(start_date=None, end_date=None, evaluation_date=None)
    found = [f for f in check_delmaal(d) if f.code == "missing-dates"]
    assert {f.field for f in found} == {"start_date", "end_date", "evaluation_date"}
    long = _full_delmaal(start_date=date(2026, 12, 1), end_date=date(2027, 12, 1), evaluation_date=date(2027, 6, 1))
    assert "timeframe-too-long" in codes(long)
    outside = _full_delmaal(evaluation_date=date(2027, 6, 1))
    assert "evaluation-outside-period" in codes(outside)


def test_indicators_unrealistic_and_no_progress_for_udvikle():
    d = _full_delmaal()
    d.indicators.start_level, d.indicators.expected_end_level = 4, 0
    assert "unrealistic-indicator" in codes(d)
    d = _full_delmaal(goal_type=ffb.goal_type_by_name("Udvikle funktionsevne"))
    d.indicators.start_level, d.indicators.expected_end_level = 2, 2
    assert "indicator-no-progress" in codes(d)
    d = _full_delmaal(goal_type=ffb.goal_type_by_name("Fastholde funktionsevne"))
    d.indicators.start_level, d.indicators.expected_end_level = 2, 2
    assert "indicator-no-progress" not in codes(d)
    d = _full_delmaal()
    d.indicators.start_level = None
    assert "missing-indicator-levels" in codes(d)


def test_generic_and_missing_indicator_texts():
    d = _full_delmaal()
    d.indicators.levels[2].what_we_see = "Moderat støttebehov"
    d.indicators.levels[4].what_we_see = ""
    found = {f.code: f for f in check_delmaal(d)}
    assert found["generic-indicator"].field == "indicators.levels[2].what_we_see"
    assert "4" in found["missing-indicator-texts"].message


def test_documentation_plan_parts():
    d = _full_delmaal(documentation=DocumentationPlan(what="Om tøjet er vasket"))
    f = next(f for f in check_delmaal(d) if f.code == "missing-documentation-plan")
    assert "hvem" in f.message and "hvor ofte" in f.message


def test_text_fields_are_checked_with_field_paths_and_staff_text_allowed_in_indsats():
    d = _full_delmaal(wording="Personalet støtter beboeren i at vaske tøj.")
    d.indsats.actions = "Personalet støtter beboeren i vaskekælderen."
    fields = {(f.field, f.code) for f in check_delmaal(d)}
    assert ("wording", "staff-perspective") in fields
    assert ("indsats.actions", "staff-perspective") not in fields


def test_resident_own_words_are_not_corrected():
    d = _full_delmaal(collaboration=Collaboration(resident_own_words="Jeg gider ikke være mere afhængig af jer."))
    assert not [f for f in check_delmaal(d) if f.field == "collaboration.resident_own_words"]


# ---------------------------------------------------------------------------------------- examples as data
from delmaal_assistant.checker.whole import whole_config  # noqa: E402
from snippets import delmaal_from_snippet  # noqa: E402

WHOLE = {code: c for code, c in whole_config().items() if isinstance(c, dict) and "message" in c}
EXAMPLES = [(code, code, kind, ex) for code, c in WHOLE.items() for kind in ("flag", "pass") for ex in c.get(kind, [])]
EXAMPLES += [(f"{code}/{name}", code, kind, ex) for code, c in WHOLE.items() for name, sub in c.items()
             if isinstance(sub, dict) for kind in ("flag", "pass") for ex in sub.get(kind, [])]


def test_every_whole_check_has_examples_of_both_kinds():
    for code, c in WHOLE.items():
        assert c.get("flag") and c.get("pass"), f"[{code}] needs flag and pass examples"


@pytest.mark.parametrize("rule,code,kind,example", EXAMPLES,
                         ids=[f"{e[0]}:{e[2]}:{n}" for n, e in enumerate(EXAMPLES)])
def test_whole_check_examples(rule, code, kind, example):
    """Each example is a small delmål; the check itself (its rule id), not a sibling, must fire or stay quiet."""
    rules = {f.rule for f in check_delmaal(delmaal_from_snippet(example))}
    if kind == "flag":
        assert rule in rules, f"{rule} should flag {example}; got {sorted(r for r in rules if r)}"
    else:
        assert rule not in rules, f"{rule} should pass {example}"


def test_half_a_documentation_plan_is_pointed_out_on_each_missing_part():
    d = _full_delmaal(documentation=DocumentationPlan(what="Om tøjet er vasket"))
    found = [f for f in check_delmaal(d) if f.code == "missing-documentation-plan"]
    assert {f.field for f in found} == {"documentation.who", "documentation.how_often"}
    assert any("hvem" in f.message for f in found) and any("hvor ofte" in f.message for f in found)
    empty = _full_delmaal(documentation=DocumentationPlan())
    [f] = [f for f in check_delmaal(empty) if f.code == "missing-documentation-plan"]
    assert f.field == "documentation"


def test_whole_findings_about_one_field_carry_its_exact_path():
    d = _full_delmaal()
    d.indicators.levels[3].what_we_see = ""
    d.indicators.expected_end_level = None
    fields = {f.code: f.field for f in check_delmaal(d)}
    assert fields["missing-indicator-texts"] == "indicators.levels[3].what_we_see"
    assert fields["missing-indicator-levels"] == "indicators.expected_end_level"


def test_a_text_over_spacys_max_length_does_not_crash_the_whole_check():
    """A 1.2 M character field (pasted by mistake) is checked in pieces by the checker, not a crash."""
    from delmaal_assistant.checker import get_checker
    from delmaal_assistant.core.model import Delmaal

    d = Delmaal(wording="At beboeren ikke ryger på værelset. " + "At beboeren vasker tøj. " * 50_000,
                purpose="Hun kan godt lide at have rent tøj. " * 34_000)
    assert len(d.wording) > 1_000_000 and len(d.purpose) > 1_000_000
    found = get_checker().check_delmaal(d)
    av = [f for f in found if f.code == "avoidance" and f.field == "wording"]
    assert av and d.wording[av[0].start:av[0].end] == "ikke"
