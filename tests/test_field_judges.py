"""The mentor's field judges (docs/FIELDS.md): every rule's own examples, as data."""

import pytest

from delmaal_assistant.checker import check_delmaal
from delmaal_assistant.checker.whole import field_data
from snippets import delmaal_from_snippet
from delmaal_assistant.core.model import ExternalActor

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


# ------------------------------------------------------------------------------------------ data validation
def _raw():
    import copy

    from delmaal_assistant.checker.lexicon import load_lexicon

    lex = load_lexicon("da")
    return copy.deepcopy(lex.section("field_rules")), lex.section("timeframe")["months"]


def test_every_rule_has_flag_and_pass_examples():
    for r in DATA.rules.values():
        assert r.flag and r.pass_ and r.message and r.question, r.id


@pytest.mark.parametrize("change,words", [
    (lambda d: d["weak-indsats"]["too-short"].update(severity="kritisk"), ["weak-indsats.too-short", "severity"]),
    (lambda d: d["weak-indsats"]["too-short"].update(flagg=["x"]), ["weak-indsats.too-short", "flagg"]),
    (lambda d: d["weak-indsats"]["too-short"].pop("pass"), ["weak-indsats.too-short", "pass", "mangler"]),
    (lambda d: d["weak-purpose"].pop("no-reason"), ["weak-purpose", "no-reason"]),
    (lambda d: d["elements"]["role"].append("[vi]"), ["role", "mønster"]),
    (lambda d: d["elements"].update(rolle=["vi"]), ["rolle"]),
    (lambda d: d["units"].append("uge"), ["units", "dubletter", "uge"]),
    (lambda d: d["thresholds"].update(purpose_min_word=3), ["thresholds", "purpose_min_word"]),
])
def test_bad_fields_data_is_a_danish_error_naming_the_place(change, words):
    from delmaal_assistant.checker.lexicon import LexiconError
    from delmaal_assistant.checker.whole import parse_field_data

    raw, months = _raw()
    change(raw)
    with pytest.raises(LexiconError) as exc:
        parse_field_data(raw, months)
    for w in words:
        assert w in str(exc.value), str(exc.value)


# ------------------------------------------------------------------------------------ findings on their field
STAFF = ("purpose", "measurement", "handleplan_goal", "indsats", "collaboration", "external_actors", "documentation")
NOT_CONTENT = {"personal-name", "personal-data", "readability", "long-sentence", "passive-voice"}


def test_the_good_sample_delmaal_draws_no_content_finding_on_staff_fields():
    from sample_delmaal import full_delmaal

    d = full_delmaal(purpose=("Beboeren kan selv starte vaskemaskinen og kan lide rent tøj, men glemmer at tømme "
                              "den, så tøjet bliver surt. Derfor kræver det faste aftaler."),
                     measurement="Nået, når han har vasket tøj mindst 10 af de 13 onsdage.",
                     handleplan_goal="At beboeren varetager egen tøjvask.")
    for sample in (full_delmaal(), d):
        noisy = [(f.field, f.rule) for f in check_delmaal(sample)
                 if f.code not in NOT_CONTENT and (f.field or "").startswith(STAFF)]
        assert noisy == []


def test_each_weak_answer_sits_on_its_field():
    from sample_delmaal import full_delmaal

    d = full_delmaal(purpose="Han skal lære at vaske.", measurement="Det evalueres i teamet.",
                     handleplan_goal="At PJ bliver mere selvhjulpen.")
    d.indsats.actions = "Personalet hjælper ham."
    d.indsats.when_resident_wants_otherwise = "Så prøver vi igen en anden dag."
    d.external_actors = [ExternalActor(name="Jobcentret")]
    d.indicators.levels[2].what_we_see = "Klarer det delvist med noget støtte."
    d.documentation.how_often = "Løbende."
    got = {(f.field, f.code, f.severity) for f in check_delmaal(d)}
    assert {("purpose", "weak-purpose", "warning"), ("measurement", "weak-measurement", "warning"),
            ("handleplan_goal", "handleplan-goal-formaal", "suggestion"),
            ("indsats.actions", "weak-indsats", "warning"),
            ("indsats.when_resident_wants_otherwise", "weak-when-resident-wants-otherwise", "warning"),
            ("external_actors[0]", "actor-without-how", "warning"),
            ("indicators.levels[2].what_we_see", "generic-indicator", "warning"),
            ("documentation.how_often", "weak-documentation", "warning")} <= got


def test_check_shows_an_actor_without_how_on_that_actors_result(tmp_path):
    import json

    from cli_inprocess import delmaal

    from sample_delmaal import full_delmaal

    from delmaal_assistant.core.files.storage import save_delmaal

    d = full_delmaal()
    d.external_actors = [ExternalActor(name="Jobcentret")]
    d.collaboration.resident_attitude = "ok"
    path = save_delmaal(tmp_path / "x.delmaal.json", d)
    p = delmaal("check", "--format", "json", str(path))  # in-process (tests/cli_inprocess.py)
    res = {r.get("field"): r for r in json.loads(p.stdout)["results"]}
    assert res["external_actors[0]"]["text"] == "Jobcentret"
    assert [f["code"] for f in res["external_actors[0]"]["findings"]] == ["actor-without-how"]
    assert [f["code"] for f in res["collaboration.resident_attitude"]["findings"]] == ["weak-attitude"]
    text = delmaal("check", str(path)).stdout
    assert "Eksterne aktører (1)  Jobcentret" in text and "actor-without-how" in text


# ------------------------------------------------------------------------------------------ the labelled set
def test_score_on_the_labelled_field_answers():
    """tests/data/fields_dev.tsv: 214 scored answers (ok/weak) labelled blind to the software. First look (before any change
    made because of it): precision 0.94, recall 0.76; the judges were then generalised on its disagreements,
    so these figures are a development score, not a held-out one."""
    from pathlib import Path

    from field_scoring import pr, read_rows, score, total

    from delmaal_assistant.checker import get_checker

    rows = read_rows(Path(__file__).parent / "data" / "fields_dev.tsv")
    table, notes = score(get_checker(), rows)
    p, r = pr(total(table))
    assert p >= 0.95 and r >= 0.95, notes
    for field, c in table.items():
        fp, fr = pr(c)
        assert fp >= 0.85 and fr >= 0.85, (field, c, notes)
