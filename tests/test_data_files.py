"""One data-file loader (core.datafile): a misspelt key in any TOML data file is a Danish load error that names
the file and the key — at the top of the file and inside a table — never a silent default or a KeyError later."""

import re
import shutil
from pathlib import Path

import pytest

from delmaal_assistant.core.datafile import DataLoadError
from delmaal_assistant.core.resources import lexicon_dir, prompts_dir

LEX, PROMPTS = lexicon_dir("da"), prompts_dir("da")
TYPO = "noegle_med_stavefejl"


def _load(kind: str, folder: Path):
    """Load the data the way the program does, from `folder` (a copy of lexicons/da or prompts/da)."""
    if kind == "lexicon":
        from delmaal_assistant.checker.lexicon import load_lexicon
        from delmaal_assistant.checker.whole import parse_field_data

        lex = load_lexicon("da", folder)
        parse_field_data(lex.section("field_rules"), lex.section("timeframe").get("months", []))
    elif kind == "codes":
        from delmaal_assistant.core.model.codes import load_code_table

        load_code_table(folder / "codes.toml")
    elif kind == "person":
        from delmaal_assistant.core.outputs.person import load_person_rules

        load_person_rules(folder / "person.toml")
    elif kind == "duform":
        from delmaal_assistant.core.outputs.duform import load_rules

        load_rules(folder / "duform.toml")
    elif kind == "easyread":
        from delmaal_assistant.core.outputs.easyread import load_templates

        load_templates(folder / "easyread.toml")
    elif kind == "prompts":
        from delmaal_assistant.core.interview import load_prompts
        from delmaal_assistant.core.interview.loader import load_conversation
        from delmaal_assistant.core.outputs.smart import load_evidence

        load_prompts("da", folder)
        load_evidence(folder / "smart.toml")
        load_conversation(folder / "conversation.toml")
    elif kind == "practice":
        from delmaal_assistant.core.interview import default_prompts
        from delmaal_assistant.core.practice import load_bank

        load_bank(folder / "practice.toml", {s.id: s.kind for s in default_prompts("da").steps})
    elif kind == "keys":
        from delmaal_assistant.core.datafile import load_data
        from delmaal_assistant.core.keymap import KeymapError, KeymapFile

        load_data(folder / "keys.toml", KeymapFile, KeymapError)
    elif kind == "registry":
        from delmaal_assistant.core.model.fields import load_registry

        load_registry("da", folder)
    elif kind == "messages":
        from delmaal_assistant.core import texts

        texts.verify("da", folder)  # every key of messages/*.toml must be one the code uses
    else:  # pragma: no cover
        raise AssertionError(kind)


# (file, loader, the line after which the misspelt key goes: None = the top of the file, after `lang`)
CASES = [
    (f"{p.name}", "lexicon", where)
    for p in sorted(LEX.glob("*.toml")) if p.stem not in ("codes", "person", "duform", "common", "field_rules", "whole")
    for where in (None, r"^\[\[rules\]\]$")
] + [
    ("common.toml", "lexicon", None),
    ("field_rules.toml", "lexicon", None),
    ("field_rules.toml", "lexicon", r"^\[weak-purpose\]$"),
    ("field_rules.toml", "lexicon", r"^\[weak-purpose\.too-short\]$"),
    ("field_rules.toml", "lexicon", r"^\[thresholds\]$"),
    ("whole.toml", "lexicon", None),
    ("whole.toml", "lexicon", r"^\[missing-attitude\]$"),
    ("codes.toml", "codes", None),
    ("codes.toml", "codes", r"^\[vague-verb\]$"),
    ("person.toml", "person", None),
    ("person.toml", "person", r"^\[intent\]$"),
    ("person.toml", "person", r"^\[staff_wording\]$"),
    ("duform.toml", "duform", None),
    ("duform.toml", "duform", r"^\[lists\]$"),
    ("duform.toml", "duform", r"^\[possessive\]$"),
    ("easyread.toml", "easyread", None),
    ("easyread.toml", "easyread", r"^\[texts\]$"),
    ("easyread.toml", "easyread", r"^\[sections\]$"),
    ("steps.toml", "prompts", None),
    ("steps.toml", "prompts", r"^\[\[step\]\]$"),
    ("followups.toml", "prompts", None),
    ("followups.toml", "prompts", r"^\[followup\.avoidance\]$"),
    ("followups.toml", "prompts", r"^\[default\]$"),
    ("followups.toml", "prompts", r"^\[resident\.missing-wording\]$"),
    ("smart.toml", "prompts", None),
    ("smart.toml", "prompts", r"^\[evidence\]$"),
    ("smart.toml", "prompts", r"^\[reasons\]$"),
    ("smart.toml", "prompts", r"^\[verdicts\]$"),
    ("conversation.toml", "prompts", None),
    ("conversation.toml", "prompts", r"^\[staff\]$"),
    ("conversation.toml", "prompts", r"^\[resident\]$"),
    ("fields.toml", "registry", None),
    ("fields.toml", "registry", r"^\[\[field\]\]$"),
    ("practice.toml", "practice", None),
    ("practice.toml", "practice", r"^\[texts\]$"),
    ("practice.toml", "practice", r"^\[kinds\.indsats\]$"),
    ("practice.toml", "practice", r"^\[\[exercise\]\]$"),
    ("practice.toml", "practice", r"^\[\[exercise\.part\]\]$"),
    ("keys.toml", "keys", None),
    ("keys.toml", "keys", r"^\[\[key\]\]$"),
] + [
    (f"messages/{p.name}", "messages", where)
    for p in sorted((PROMPTS / "messages").glob("*.toml"))
    for where in (None, r"^\[[a-z_.]+\]$")  # at the top, and in the file's first table
]
PROMPT_KINDS = ("prompts", "easyread", "registry", "practice", "keys", "messages")


def _copy(kind: str, tmp_path: Path) -> Path:
    src = PROMPTS if kind in PROMPT_KINDS else LEX
    dst = tmp_path / "da"
    shutil.copytree(src, dst)
    return dst


def test_every_data_file_has_a_case():
    """Every TOML file under lexicons/da and prompts/da (sub-folders too: messages/) has a misspelt-key case."""
    covered = {(("prompts" if k in PROMPT_KINDS else "lexicons"), f) for f, k, _ in CASES}
    every = ({("lexicons", p.relative_to(LEX).as_posix()) for p in LEX.rglob("*.toml")}
             | {("prompts", p.relative_to(PROMPTS).as_posix()) for p in PROMPTS.rglob("*.toml")})
    assert every <= covered, sorted(every - covered)


@pytest.mark.parametrize("name,kind,where", CASES, ids=[f"{f}:{k}:{w or 'top'}" for f, k, w in CASES])
def test_a_misspelt_key_is_a_danish_error_naming_file_and_key(name, kind, where, tmp_path):
    folder = _copy(kind, tmp_path)
    path = folder / name
    lines = path.read_text(encoding="utf-8").splitlines()
    pattern = re.compile(where or r"^lang\s*=")
    at = next(i for i, line in enumerate(lines) if pattern.match(line))
    lines.insert(at + 1, f'{TYPO} = "x"')
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(DataLoadError) as info:
        _load(kind, folder)
    msg = str(info.value)
    assert name in msg and TYPO in msg, msg
    assert "ukendt" in msg, msg  # Danish, and says what is wrong


@pytest.mark.parametrize("text,key", [
    ('ignore = ["readability"]\n' + TYPO + ' = "x"\n', TYPO),
    ('[severity]\npassive-voice = "forslag"\n', "passive-voice"),
    ('min-levle = "warning"\n', "min-levle"),
])
def test_delmaal_toml_a_misspelt_key_or_value_is_a_danish_error_naming_file_and_key(text, key, tmp_path):
    """The user's own data file, delmaal.toml, goes through the same validation (cli.check.options.ConfigFile)."""
    from delmaal_assistant.cli.check.options import read_config
    from delmaal_assistant.core.files.inputs import InputError

    path = tmp_path / "delmaal.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as info:
        read_config(path)
    msg = str(info.value)
    assert "delmaal.toml" in msg and key in msg and ("ukendt" in msg or "skal være en af" in msg), msg
    assert " or " not in msg  # Danish throughout
    path.write_text('ignore = ["readability"]\nmin-level = "warning"\n[severity]\npassive-voice = "suggestion"\n',
                    encoding="utf-8")
    cfg = read_config(path)
    assert cfg.ignore == ["readability"] and cfg.min_level == "warning" and cfg.severity == {
        "passive-voice": "suggestion"}
