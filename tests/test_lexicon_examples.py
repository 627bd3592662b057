"""Every rule in lexicons/ carries examples that must flag and must pass; this runs them all.

A rule without examples fails the suite (proselint's and LanguageTool's habit).
"""

import pytest

from delmaal_assistant.checker import get_checker
from delmaal_assistant.checker.lexicon import load_lexicon

LEX = load_lexicon("da")
EXTRA = LEX.section("extra")


def _codes(text):
    return {f.code for f in get_checker().check(text)}


@pytest.mark.parametrize("rule", LEX.rules, ids=lambda r: r.id)
def test_rule_has_examples(rule):
    assert rule.flag, f"{rule.file}: rule {rule.id} has no 'flag' examples"
    assert rule.pass_, f"{rule.file}: rule {rule.id} has no 'pass' examples"
    assert rule.message and rule.question, f"{rule.file}: rule {rule.id} needs a message and a question"


CASES = [(r.id, r.code, "flag", t) for r in LEX.rules for t in r.flag] + [
    (r.id, r.code, "pass", t) for r in LEX.rules for t in r.pass_
]


@pytest.mark.parametrize("rule_id,code,kind,text", CASES, ids=[f"{c[0]}:{c[2]}:{i}" for i, c in enumerate(CASES)])
def test_rule_example(rule_id, code, kind, text):
    got = _codes(text)
    if kind == "flag":
        assert code in got, f"{rule_id}: expected {code} for {text!r}, got {sorted(got)}"
    else:
        assert code not in got, f"{rule_id}: {code} must not fire for {text!r}"


@pytest.mark.parametrize("code", ["long-sentence", "readability", "passive-voice", "personal-data", "personal-name"])
def test_extra_check_examples(code):
    section = EXTRA[code]
    assert section.get("flag") and section.get("pass"), f"extra.toml [{code}] needs flag and pass examples"
    for text in section["flag"]:
        assert code in _codes(text), f"{code} should fire for {text!r}"
    for text in section["pass"]:
        assert code not in _codes(text), f"{code} must not fire for {text!r}"


def test_lexicon_files_are_tagged_danish():
    import langcodes

    for stem, data in LEX.files.items():
        assert langcodes.Language.get(data["lang"]).language == "da", stem
