"""The code registry (checker.registry): every code once, filled by the loaders, read by everything that shows or
selects a code. The README's own `--ignore` and `delmaal.toml` examples must work."""

import json
import re
from pathlib import Path

import pytest

from delmaal_assistant.checker.lexicon import LexiconError, load_lexicon
from delmaal_assistant.checker.registry import code_registry
from delmaal_assistant.cli import main
from delmaal_assistant.core.model.codes import code_name, code_table, privacy_codes, smart_codes
from delmaal_assistant.core.resources import lexicon_dir

ROOT = Path(__file__).resolve().parents[1]
WORDING = "At borgeren bliver bedre til at holde orden."


def run(argv, capsys):
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_every_code_once_with_all_its_facts():
    reg = code_registry()
    assert len(reg) == len(code_table()) >= 40
    for info in reg:
        assert info.name and info.name != info.code, info.code
        assert info.severity in ("error", "warning", "suggestion"), info.code
        assert info.family in ("text", "whole", "field"), info.code
        assert info.explanation.strip() and info.followup.strip(), info.code
        assert info.resident_explain and info.resident_question, f"{info.code}: no text for the resident"
        assert any(e.flag for e in info.examples) and any(not e.flag for e in info.examples), info.code
        assert info.sources, info.code


def test_families_come_from_their_loaders():
    reg = code_registry()
    text = {r.code for r in load_lexicon("da").rules}
    assert {i.code for i in reg if i.family == "text"} == text
    assert reg["weak-purpose"].family == "field" and reg["missing-dates"].family == "whole"
    assert {"long-sentence", "readability", "passive-voice", "personal-data", "personal-name"} <= text
    # severity is the rules' own: personal-data is an error in extra.toml
    assert reg["personal-data"].severity == "error" and reg["readability"].severity == "suggestion"


def test_roles_and_privacy_come_from_the_code_table():
    assert privacy_codes() == {"personal-data", "personal-name"}
    assert "vague-verb" in smart_codes("specific") and "vague-verb" in smart_codes("measurable")
    assert smart_codes("realistic") == {"unrealistic-indicator", "timeframe-too-long"}
    assert code_name("vague-verb") == "vagt udsagnsord" and code_name("no-such-code") == "no-such-code"


def test_readme_ignore_example_works(capsys):
    """README: `delmaal check --ignore readability,long-sentence --min-level warning eksport.csv`."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "--ignore readability,long-sentence" in readme
    code, out, err = run(["check", "--ignore", "readability,long-sentence", "--min-level", "warning",
                          "--format", "json", WORDING], capsys)
    assert code == 1 and not err
    codes = {f["code"] for f in json.loads(out)["results"][0]["findings"]}
    assert "vague-verb" in codes and not codes & {"readability", "long-sentence"}


@pytest.mark.parametrize("code", [i.code for i in code_registry()])
def test_every_code_can_be_selected_and_ignored(code, capsys):
    for opt in ("--ignore", "--select"):
        rc, _out, err = run(["check", opt, code, "--format", "json", "--fail-level", "none", WORDING], capsys)
        assert rc == 0, err


def test_danish_name_is_accepted_and_a_typo_is_a_danish_error(capsys):
    rc, out, err = run(["check", "--ignore", "vagt udsagnsord", "--format", "json", WORDING], capsys)
    assert rc == 1 and "vague-verb" not in out, err
    rc, _out, err = run(["check", "--ignore", "readabilty", WORDING], capsys)
    assert rc == 2 and "ukendt kode 'readabilty'" in err and "delmaal rules" in err


def test_readme_delmaal_toml_advice_works(tmp_path, capsys, monkeypatch):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"cat > delmaal.toml <<'TOML'\n(.*?)\nTOML", readme, re.S).group(1)
    (tmp_path / "delmaal.toml").write_text(block + "\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    rc, out, err = run(["check", "--show-config"], capsys)
    assert rc == 0, err
    assert "readability" in out and "passive-voice = suggestion" in out
    rc, out, err = run(["check", "--format", "json", "--fail-level", "none",
                        "Borgerens socialpædagogiske udviklingsforløb understøttes gennem systematisk "
                        "funktionsevnevurdering og kompetenceafklaring med henblik på hverdagsmestring."], capsys)
    assert rc == 0, err
    assert "readability" not in {f["code"] for f in json.loads(out)["results"][0]["findings"]}


def test_rules_command_lists_every_code_with_name_and_examples(capsys):
    rc, out, err = run(["rules"], capsys)
    assert rc == 0 and not err
    for info in code_registry():
        assert f"{info.code} – {info.name}" in out
    assert "Fanges:" in out and "Fanges ikke:" in out
    rc, out, _ = run(["rules", "--format", "json"], capsys)
    doc = json.loads(out)
    assert [d["code"] for d in doc] == code_registry().codes()
    assert all(d["examples"]["flag"] for d in doc)
    rc, out, _ = run(["rules", "svær at læse"], capsys)
    assert rc == 0 and out.startswith("readability – svær at læse")
    rc, _, err = run(["rules", "nope"], capsys)
    assert rc == 2 and "ukendt kode 'nope'" in err


def test_a_rule_with_a_code_not_in_the_code_table_is_a_danish_load_error(tmp_path):
    folder = tmp_path / "da"
    folder.mkdir()
    for p in lexicon_dir("da").glob("*.toml"):
        (folder / p.name).write_text(p.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "new_rule.toml").write_text(
        'lang = "da"\ncode = "brand-new-code"\nmessage = "Ny."\n[[rules]]\nid = "brand-new-code/x"\ntype = "wordlist"\n'
        'words = ["xyzzy"]\nflag = ["At xyzzy."]\npass = ["At borgeren vasker tøj."]\n', encoding="utf-8")
    with pytest.raises(LexiconError, match="brand-new-code.*codes.toml"):
        load_lexicon("da", folder)


def test_the_core_group_is_declared_in_the_code_table_and_selectable(capsys):
    """CORE_CODES is made from codes.toml (group = "core"), not written again in Python; `--select core` and
    `select = ["core"]` pick exactly those codes."""
    from delmaal_assistant.checker import CORE_CODES

    assert set(CORE_CODES) == {"avoidance", "vague-verb", "missing-timeframe", "vague-quantifier", "purpose-like",
                               "staff-perspective"}
    assert set(code_registry().parse_codes("core", "--select")) == set(CORE_CODES)
    text = "At borgeren ikke bliver bedre til at ryge mindre, og Mette har cpr 010190-1234."
    code, out, _ = run(["check", "--select", "core", "--format", "json", "--fail-level", "none", text], capsys)
    got = {f["code"] for r in json.loads(out)["results"] for f in r["findings"]}
    assert code == 0 and got and got <= set(CORE_CODES)
    code, out, _ = run(["check", "--format", "json", "--fail-level", "none", text], capsys)
    assert {f["code"] for r in json.loads(out)["results"] for f in r["findings"]} - set(CORE_CODES)  # others exist
