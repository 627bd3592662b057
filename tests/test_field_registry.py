"""The field registry (prompts/da/fields.toml) is the one source for labels and which checks apply where."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from delmaal_assistant.checker import get_checker
from delmaal_assistant.checker.whole import whole_config
from snippets import delmaal_from_snippet
from delmaal_assistant.core.model.fields import FieldRegistryError, load_registry, pattern_of, registry
from delmaal_assistant.core.interview import load_prompts

ROOT = Path(__file__).resolve().parents[1]
CONTENT = {"long-sentence", "readability", "passive-voice", "personal-data", "personal-name"}


def _known_codes() -> set[str]:
    eng = get_checker()._engine
    text_codes = {r.code for r in eng.lex.rules} if hasattr(eng.lex, "rules") else set()
    whole = {c for c, v in whole_config().items() if isinstance(v, dict) and "message" in v}
    judges = {c for c, v in tomllib.loads((ROOT / "lexicons/da/field_rules.toml").read_text("utf-8")).items()
              if isinstance(v, dict) and "field" in v}
    core = {"avoidance", "vague-verb", "missing-timeframe", "vague-quantifier", "purpose-like", "staff-perspective"}
    return text_codes | whole | judges | core | CONTENT


def test_every_code_in_the_registry_is_a_real_check():
    known = _known_codes()
    for spec in registry().specs:
        unknown = spec.checks - known
        assert not unknown, f"{spec.path}: {sorted(unknown)}"


def test_every_judged_field_has_a_rule_for_its_content():
    for spec in registry().specs:
        if spec.judged:
            assert spec.checks - CONTENT, f"{spec.path} is judged but only has prose/privacy checks"


def test_every_whole_and_judge_example_finding_is_allowed_on_its_field():
    """A rule whose findings the registry would drop silently is a rule that never reaches anyone."""
    eng = get_checker()._engine
    reg = registry()
    data = tomllib.loads((ROOT / "lexicons/da/field_rules.toml").read_text("utf-8"))
    examples = [ex for c in list(data.values()) + list(whole_config().values()) if isinstance(c, dict)
                for sub in [c] + [v for v in c.values() if isinstance(v, dict)]
                for ex in sub.get("flag", []) if isinstance(ex, dict)]
    assert len(examples) > 20
    from delmaal_assistant.checker.whole import field_findings, whole_findings
    cfg = eng.lex.section("whole")
    for ex in examples:
        d = delmaal_from_snippet(ex)
        for f in whole_findings(cfg, d) + field_findings(eng, d, cfg):
            assert reg.applies(f.code, f.field), f"{f.code} on {f.field} ({pattern_of(f.field or '')}) is not in fields.toml"


def test_every_step_field_has_a_label():
    reg = registry()
    for step in load_prompts().steps:
        for f in step.fields:
            assert reg.spec(f) is not None, f


def test_broken_registry_gives_a_danish_error_naming_field_and_key(tmp_path):
    good = (ROOT / "prompts/da/fields.toml").read_text("utf-8")
    (tmp_path / "fields.toml").write_text(good.replace('path = "purpose"\nlabel = "Formål"',
                                                       'path = "purpose"\nlabl = "Formål"'), "utf-8")
    with pytest.raises(FieldRegistryError, match=r"fields.toml': tabellen \[field 'purpose'\], nøglen 'l(a)?b(e)?l'"):
        load_registry(folder=tmp_path)
    (tmp_path / "fields.toml").write_text(good.replace('path = "purpose"', 'path = "purpse"'), "utf-8")
    with pytest.raises(FieldRegistryError, match="findes ikke i delmålsmodellen"):
        load_registry(folder=tmp_path)
    (tmp_path / "fields.toml").write_text(good.replace('"@privacy"', '"@privat"', 1), "utf-8")
    with pytest.raises(FieldRegistryError, match="gruppen '@privat' findes ikke"):
        load_registry(folder=tmp_path)


def test_a_personal_name_is_reported_once_per_delmaal_where_it_first_appears():
    from delmaal_assistant.checker import check_delmaal
    from sample_delmaal import good_delmaal

    d = good_delmaal()
    d.purpose = "Mette går med til Netto om torsdagen og kan selv betale. " + d.purpose
    d.indsats.actions = "Kontaktpersonen går med Mette de første tre torsdage. " + d.indsats.actions
    names = [f for f in check_delmaal(d) if f.code == "personal-name" and "mette" in f.excerpt.lower()]
    assert [f.field for f in names] == ["purpose"]


def test_passive_voice_is_not_judged_in_staff_prose():
    from delmaal_assistant.checker import check_delmaal
    from sample_delmaal import good_delmaal

    d = good_delmaal()
    d.documentation.what = "Det noteres i Sensum, om indkøbet blev gennemført."
    d.indsats.actions = "Maden skæres ud i køkkenet. " + d.indsats.actions
    assert not [f for f in check_delmaal(d) if f.code == "passive-voice" and f.field != "wording"]


def test_text_fields_come_from_the_registry(tmp_path):
    """text_fields() lists every text entry of the registry that holds text, in the registry's order, with the
    registry's labels – no list of paths of its own."""
    from delmaal_assistant.core.model.fields import registry, text_fields
    from delmaal_assistant.core.model.paths import FieldPath
    from sample_delmaal import full_delmaal

    d = full_delmaal()
    got = text_fields(d)
    reg = registry()
    paths = [p for p, _, _ in got]
    assert len(paths) == len(set(paths)) and len(paths) >= 10
    for path, label, text in got:
        assert reg.spec(path) is not None and label.startswith(reg.spec(path).label.split(" (")[0])
        assert FieldPath.parse(path).get(d) == text and text.strip()
    order = [s.path for s in reg.specs]
    assert [order.index(reg.spec(p).path) for p in paths if "[" not in p] == sorted(
        order.index(reg.spec(p).path) for p in paths if "[" not in p)
    for spec in reg.specs:  # every plain text entry with text is there
        if "[*]" not in spec.path:
            value = FieldPath.parse(spec.path).get(d)
            if isinstance(value, str) and value.strip():
                assert spec.path in paths, spec.path


def test_dit_delmaal_fingerprint_reads_the_registrys_easy_fields(tmp_path, monkeypatch):
    """The approval fingerprint of "Dit delmål" is made from the registry's `easy` fields: a field given an `easy`
    number changes the fingerprint when it changes; a number used twice is refused in Danish."""
    from delmaal_assistant.core.outputs import easyread
    from sample_delmaal import full_delmaal

    good = (ROOT / "prompts/da/fields.toml").read_text("utf-8")
    assert [s.path for s in registry().easy_fields()][:2] == ["wording", "start_date"]
    (tmp_path / "fields.toml").write_text(good.replace('path = "purpose"\n', 'path = "purpose"\neasy = 14\n'), "utf-8")
    with_purpose = load_registry(folder=tmp_path)
    d = full_delmaal()
    before = easyread.basis(d)
    d.purpose = d.purpose + " Mere."
    assert easyread.basis(d) == before  # the purpose is staff-only: not in the resident's text
    monkeypatch.setattr(easyread, "registry", lambda lang="da": with_purpose)
    changed = easyread.basis(d)
    d.purpose = d.purpose + " Endnu mere."
    assert easyread.basis(d) != changed
    (tmp_path / "fields.toml").write_text(good.replace('path = "purpose"\n', 'path = "purpose"\neasy = 1\n'), "utf-8")
    with pytest.raises(FieldRegistryError, match="nøgle 'easy': nummeret 1 har feltet 'wording' allerede"):
        load_registry(folder=tmp_path)
