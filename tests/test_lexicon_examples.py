"""Every rule in lexicons/ carries examples that must flag and must pass; this runs them all, and checks that a
broken lexicon is refused at load with a Danish message naming the file, the rule and the key.

A must-flag example proves the rule itself: the rule on its own must find it (a sibling rule of the same code
does not count), and the checker as a whole must report the rule's code. A rule without examples fails the
suite (proselint's and LanguageTool's habit).
"""

import re
import shutil
from pathlib import Path

import pytest

from delmaal_assistant.checker import get_checker
from delmaal_assistant.checker.grammar import Grammar
from delmaal_assistant.checker.lexicon import LexiconError, load_lexicon
from delmaal_assistant.checker.rules import DETECTORS, SPECS, DetectorSpec, MatchSpec, PatternSpec, WordlistSpec
from delmaal_assistant.core.resources import lexicon_dir

LEX = load_lexicon("da")
ENGINE = get_checker()._engine
README = (lexicon_dir("da") / "README.md").read_text(encoding="utf-8")


def _codes(text):
    return {f.code for f in get_checker().check(text)}


@pytest.mark.parametrize("rule", LEX.rules, ids=lambda r: r.id)
def test_rule_has_examples(rule):
    assert rule.flag, f"{rule.file}: rule {rule.id} has no 'flag' examples"
    assert rule.pass_, f"{rule.file}: rule {rule.id} has no 'pass' examples"
    assert rule.message and rule.question, f"{rule.file}: rule {rule.id} needs a message and a question"
    assert rule.type in SPECS


CASES = [(r, "flag", t) for r in LEX.rules for t in r.flag] + [(r, "pass", t) for r in LEX.rules for t in r.pass_]


@pytest.mark.parametrize("rule,kind,text", CASES, ids=[f"{c[0].id}:{c[1]}:{i}" for i, c in enumerate(CASES)])
def test_rule_example(rule, kind, text):
    got = _codes(text)
    if kind == "flag":
        own = ENGINE.rule_findings(text, rule)
        assert own and all(f.rule == rule.id for f in own), f"{rule.id}: the rule itself must flag {text!r}"
        assert rule.code in got, f"{rule.id}: expected {rule.code} for {text!r}, got {sorted(got)}"
    else:
        assert rule.code not in got, f"{rule.id}: {rule.code} must not fire for {text!r}"


def test_every_detector_is_used_and_every_finding_names_its_rule():
    used = {r.detector.name for r in LEX.rules if r.detector is not None}
    assert used == set(DETECTORS), f"registered but unused: {set(DETECTORS) - used}"
    f = get_checker().check("At Jens Hansen bliver mere selvhjulpen.")
    ids = {r.id for r in LEX.rules}
    assert f and all(x.rule in ids for x in f)


def test_lexicon_files_are_tagged_danish():
    import langcodes

    for stem, data in LEX.files.items():
        assert langcodes.Language.get(data["lang"]).language == "da", stem


# ------------------------------------------------------------------------------------------- the README
def _keys(model) -> set[str]:
    return {(f.alias or name) for name, f in model.model_fields.items()}


def test_readme_documents_the_whole_rule_language():
    keys = set()
    for spec in (PatternSpec, WordlistSpec, DetectorSpec, MatchSpec):
        keys |= _keys(spec)
    for cls in DETECTORS.values():
        keys |= _keys(cls.Options) | set(cls.lists)
    keys |= _keys(Grammar)
    missing = sorted(k for k in keys if f"`{k}`" not in README)
    assert not missing, f"lexicons/da/README.md does not document {missing}"
    for piece in ("`$`", "`@", "`#`", "`~2`", "`=ikke`", "`[de]`", "`styrke+`"):
        assert piece in README, piece
    for name in (*SPECS, *DETECTORS):
        assert f"`{name}`" in README, name


# ------------------------------------------------------------------------------------------- load errors
@pytest.fixture
def lexdir(tmp_path):
    dst = tmp_path / "da"
    shutil.copytree(lexicon_dir("da"), dst)
    return dst


def _edit(path: Path, old: str, new: str, count: int = 1) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, count), encoding="utf-8")


def _load_error(folder: Path) -> str:
    with pytest.raises(LexiconError) as exc:
        load_lexicon("da", folder)
    return str(exc.value)


def test_misspelt_detector_is_a_load_error(lexdir):
    _edit(lexdir / "staff_perspective.toml", 'detector = "staff_opener"', 'detector = "staff_openr"')
    msg = _load_error(lexdir)
    assert "staff_perspective.toml" in msg and "staff-perspective/staff-opener" in msg
    assert "ukendt detektor 'staff_openr'" in msg and "staff_opener" in msg  # names the known ones


def test_unknown_key_is_a_load_error(lexdir):
    _edit(lexdir / "vague_verb.toml", "not_after_determiner = true", "not_after_determinr = true")
    msg = _load_error(lexdir)
    assert "vague_verb.toml" in msg and "regel 'vague-verb/" in msg and "'not_after_determinr'" in msg
    assert "ukendt nøgle" in msg


def test_misspelt_detector_setting_is_a_load_error(lexdir):
    _edit(lexdir / "extra.toml", "max_words = 25", "max_word = 25")
    msg = _load_error(lexdir)
    assert "extra.toml" in msg and "long-sentence/length" in msg and "'max_word'" in msg
    assert "'max_words'" in msg and "mangler" in msg


def test_missing_or_unknown_type_is_a_load_error(lexdir):
    _edit(lexdir / "avoidance.toml", 'type = "pattern"', 'type = "mønster"')
    msg = _load_error(lexdir)
    assert "avoidance.toml" in msg and "avoidance/negation" in msg and "'type'" in msg and "wordlist" in msg


def test_duplicate_list_entry_is_a_load_error(lexdir):
    _edit(lexdir / "staff_perspective.toml", 'strong_openers = ["støtte",', 'strong_openers = ["støtte", "støtte",')
    msg = _load_error(lexdir)
    assert "staff_perspective.toml" in msg and "strong_openers" in msg and "'støtte' står to gange" in msg


def test_duplicate_pattern_alternative_and_example_are_load_errors(lexdir):
    _edit(lexdir / "avoidance.toml", '"=ikke|=aldrig|=hverken"', '"=ikke|=aldrig|=ikke"')
    assert "'=ikke' står to gange" in _load_error(lexdir)
    shutil.rmtree(lexdir)
    shutil.copytree(lexicon_dir("da"), lexdir)
    _edit(lexdir / "avoidance.toml", 'flag = [\n  "At borgeren ikke bruger alle sine penge på cigaretter.",',
          'flag = [\n  "At borgeren ikke bruger alle sine penge på cigaretter.",\n'
          '  "At borgeren ikke bruger alle sine penge på cigaretter.",')
    msg = _load_error(lexdir)
    assert "avoidance/negation" in msg and "'flag'" in msg and "står to gange" in msg


def test_wordlist_refuses_pattern_operators(lexdir):
    _edit(lexdir / "vague_quantifier.toml", '"ofte", "tit",', '"ofte|tit",')
    msg = _load_error(lexdir)
    assert "vague-quantifier/frequency" in msg and "'words'" in msg and "type = \"pattern\"" in msg


def test_unknown_list_wrong_value_and_unknown_code_are_load_errors(lexdir):
    _edit(lexdir / "timeframe.toml", '"@month",', '"@monthz",')
    assert "ukendt liste '@monthz'" in _load_error(lexdir)
    shutil.rmtree(lexdir)
    shutil.copytree(lexicon_dir("da"), lexdir)
    _edit(lexdir / "vague_verb.toml", "unless_number = true", 'unless_number = "ja"')
    msg = _load_error(lexdir)
    assert "'unless_number'" in msg and "true eller false" in msg
    shutil.rmtree(lexdir)
    shutil.copytree(lexicon_dir("da"), lexdir)
    _edit(lexdir / "extra.toml", 'code = "readability"', 'code = "readabilty"')
    msg = _load_error(lexdir)
    assert "readability/lix" in msg and "ukendt kode 'readabilty'" in msg


def test_grammar_file_is_validated(lexdir):
    _edit(lexdir / "common.toml", "infinitive_marker =", "infinitive_markr =")
    msg = _load_error(lexdir)
    assert "common.toml" in msg and "'infinitive_markr'" in msg and "'infinitive_marker'" in msg


def test_no_language_words_in_the_checker_code():
    """The words the checker knows are data: no quoted lower-case word of two or more letters in the rule engine
    (messages and docstrings excepted: they are not words the checker matches)."""
    src = Path(__file__).resolve().parent.parent / "src" / "delmaal_assistant" / "checker"
    for name in ("engine.py", "lexicon.py", "extras.py", "detectors.py", "grammar.py", "patterns.py", "rules.py"):
        text = (src / name).read_text(encoding="utf-8")
        code = re.sub(r'"""(.|\n)*?"""', "", text)  # docstrings
        code = "\n".join(line.split("#")[0] for line in code.splitlines() if "LexiconError(" not in line
                         and "raise " not in line and "f\"" not in line and "ValueError(" not in line)
        words = set(re.findall(r'"([a-zæøå]{2,})"', code)) | set(re.findall(r"'([a-zæøå]{2,})'", code))
        allowed = {"main", "any", "pattern", "wordlist", "detector", "word", "gap", "num", "date", "year", "list",
                   "end", "error", "warning", "suggestion", "allow", "forbid", "pass", "flag", "type", "loc", "msg",
                   "ctx", "expected", "common", "whole", "lang", "code", "severity", "message", "question", "rules",
                   "timeframe", "patterns", "fork", "staff_subject"} | {
            k for k in README.split("`") if re.fullmatch(r"[a-z_]+", k)}
        danish = sorted(w for w in words - allowed if not w.isascii() or w in {"og", "at", "ikke", "som", "en", "et"})
        assert not danish, f"{name}: words in code {danish}"


# ------------------------------------------------------------------------------------------- secondary codes
def test_personal_name_at_any_position_carries_the_name_as_key():
    text = "Mette går med i svømmehallen. Bagefter ringer hun til Jens Hansen. Mette tager bussen hjem."
    names = [f for f in get_checker().check(text) if f.code == "personal-name"]
    assert [(f.excerpt, f.key) for f in names] == [("Mette", "Mette"), ("Jens Hansen", "Jens"), ("Mette", "Mette")]
    assert "key" not in names[0].to_json()  # the JSON contract is unchanged


def test_passive_voice_only_on_verbs():
    def passive(text):
        return [f.excerpt for f in get_checker().check(text) if f.code == "passive-voice"]

    assert passive("At hendes tøj vaskes hver onsdag, og vores cykler repareres.") == ["vaskes", "repareres"]
    assert passive("At borgerens lejlighed gøres ren, når beboernes gæster er gået.") == ["gøres"]
    assert passive("At beboeren bliver frustreret og bliver overbelastet af larm.") == []
    assert passive("At borgeren bliver hjulpet op og bliver mødt af personalet.") == ["bliver hjulpet", "bliver mødt"]
