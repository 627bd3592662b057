"""The field-judge registry (issue 29): judges register with @judge, their codes and rule names are declared once
in codes.toml (judge_rules, judge_fields), and field_rules.toml must define exactly those rules."""

import pytest

from delmaal_assistant.checker.lexicon import LexiconError, load_lexicon
from delmaal_assistant.checker.whole import JUDGES, field_data, parse_field_data
from delmaal_assistant.checker.whole.judging import registered_judges
from delmaal_assistant.core.model.codes import CodeNamesError, judge_rules, judged_fields, load_code_table


def test_every_judge_code_is_reported_by_exactly_one_registered_judge():
    reported = [c for e in JUDGES.values() for c in e.codes]
    assert len(reported) == len(set(reported)), reported
    assert set(reported) == set(judge_rules()), set(reported) ^ set(judge_rules())
    assert registered_judges()[-1].name == "placeholder"  # reads what the others found


def test_field_rules_are_generated_from_the_code_table():
    rules = field_data().rules
    assert {(c, n) for c, names in judge_rules().items() for n in names} == set(rules)
    assert judge_rules()["weak-purpose"] == ("too-short", "restated-goal", "no-resource", "no-reason")
    assert "documentation.who" in judged_fields() and "title" not in judged_fields()


def test_a_rule_missing_from_codes_toml_is_refused_in_danish():
    lex = load_lexicon("da")
    codes = dict(judge_rules())
    codes["weak-purpose"] = codes["weak-purpose"][:-1]  # field_rules.toml has a rule codes.toml does not name
    with pytest.raises(LexiconError, match=r"judge_rules i codes.toml"):
        parse_field_data(lex.section("field_rules"), codes=codes)


def test_a_misspelt_judge_key_in_codes_toml_is_refused(tmp_path):
    p = tmp_path / "codes.toml"
    p.write_text('lang = "da"\n[weak-purpose]\nname = "tyndt formål"\njudge_rule = ["too-short"]\n', encoding="utf-8")
    with pytest.raises(CodeNamesError, match="judge_rule"):
        load_code_table(p)


def test_field_findings_has_no_dispatch_chain():
    import inspect

    from delmaal_assistant.checker.whole import judges

    src = inspect.getsource(judges.field_findings)
    assert "registered_judges()" in src and "if d." not in src


def test_a_judge_takes_its_codes_from_codes_toml():
    assert JUDGES["indicators"].codes == ("indicator-feeling", "indicator-repeated", "indicator-staff-action")
    assert JUDGES["purpose"].codes == ("weak-purpose",)


def test_a_judge_code_without_its_judge_is_refused(tmp_path):
    p = tmp_path / "codes.toml"
    p.write_text('lang = "da"\n[weak-purpose]\nname = "tyndt formål"\njudge_rules = ["too-short"]\n', encoding="utf-8")
    with pytest.raises(CodeNamesError, match="judge"):
        load_code_table(p)


def test_the_judges_name_no_code_of_their_own():
    """A judge names its rules; the codes it reports come from its registry entry (codes.toml). The only code
    literals left in the judges are the wording checker's and the structural checks' codes they ask for."""
    import ast
    from pathlib import Path

    from delmaal_assistant.checker.whole import judges
    from delmaal_assistant.core.model.codes import code_table

    # a judge's own name may be spelt as its code; only the codes of the judges' entries count
    judge_codes = {c for c, e in code_table().items() if e.judge} - {e.judge for e in code_table().values()}
    for path in Path(judges.__file__).parent.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        literals = {n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str)}
        assert not literals & judge_codes, (path.name, literals & judge_codes)
