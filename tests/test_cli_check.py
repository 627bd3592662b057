"""`delmaal check` per the contract in CHECKS.md: inputs, formats, exit status, marking, colour."""

import io
import json
from datetime import date

import pytest

from delmaal_assistant.cli import main
from delmaal_assistant.core.model import Method
from delmaal_assistant.core.files.storage import save_delmaal
from sample_delmaal import full_delmaal as _full_delmaal

BAD = "At borgeren ikke bruger alle sine penge på cigaretter."
GOOD = "At borgeren vasker tøj hver onsdag frem til 1. marts 2027."


def run(argv, capsys, monkeypatch=None, stdin=None):
    if stdin is not None:
        monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(stdin.encode("utf-8")), encoding="utf-8"))
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_one_wording_json(capsys):
    code, out, err = run(["check", "--format", "json", BAD], capsys)
    assert code == 1 and not err
    doc = json.loads(out)
    assert doc["schema"] == "delmaal-check/1"
    (r,) = doc["results"]
    assert (r["index"], r["source"], r["text"]) == (0, "argument", BAD)
    av = next(f for f in r["findings"] if f["code"] == "avoidance")
    assert (av["start"], av["end"], av["excerpt"], av["severity"]) == (12, 16, "ikke", "warning")
    assert BAD[av["start"]:av["end"]] == av["excerpt"]
    assert av["message"] and av["suggestion"] and av["question"]


def test_good_wording_exit_0(capsys):
    code, out, _ = run(["check", "--format", "json", GOOD], capsys)
    assert code == 0
    assert json.loads(out)["results"][0]["findings"] == []


def test_stdin_one_wording_per_non_empty_line_in_order(capsys, monkeypatch):
    code, out, _ = run(["check", "--format", "json", "-"], capsys, monkeypatch, stdin=f"{GOOD}\n\n   \n{BAD}\n")
    res = json.loads(out)["results"]
    assert [(r["index"], r["line"], r["text"]) for r in res] == [(0, 1, GOOD), (1, 4, BAD)]
    assert code == 1


def test_txt_and_csv_files_with_column(tmp_path, capsys):
    txt = tmp_path / "liste.txt"
    txt.write_text(f"{GOOD}\n{BAD}\n", encoding="utf-8")
    csv_ = tmp_path / "udtraek.csv"
    csv_.write_text(f'id;formulering\n1;"{BAD}"\n', encoding="utf-8")
    code, out, _ = run(["check", "--format", "json", str(txt), str(csv_), "--column", "formulering"], capsys)
    res = json.loads(out)["results"]
    assert [(r["source"], r["line"]) for r in res] == [(str(txt), 1), (str(txt), 2), (str(csv_), 2)]
    assert code == 1


def test_csv_default_column_delmaal(tmp_path, capsys):
    p = tmp_path / "a.csv"
    p.write_text(f"delmaal,note\n{GOOD},x\n", encoding="utf-8")
    code, out, _ = run(["check", "--format", "json", str(p)], capsys)
    assert code == 0 and json.loads(out)["results"][0]["text"] == GOOD


@pytest.mark.parametrize("level,expected", [("error", 0), ("warning", 1), ("suggestion", 1), ("none", 0)])
def test_fail_levels(level, expected, capsys):
    assert run(["check", "--fail-level", level, BAD], capsys)[0] == expected


def test_personal_data_is_an_error(capsys):
    code, out, _ = run(["check", "--format", "json", "--fail-level", "error", "Ring til mor på 22 33 44 55 frem til jul."],
                       capsys)
    assert code == 1
    assert any(f["code"] == "personal-data" and f["severity"] == "error"
               for f in json.loads(out)["results"][0]["findings"])


def test_text_output_marks_the_excerpt_without_colour_when_piped(capsys, monkeypatch):
    monkeypatch.delenv("NO_COLOR", raising=False)
    code, out, _ = run(["check", BAD], capsys)
    assert "»ikke«" in out and "advarsel" in out and "[avoidance]" in out
    assert "Spørg: Hvad skal beboeren gøre i stedet?" in out
    assert "\033[" not in out  # not a terminal: no colour codes


def test_colour_on_a_terminal_unless_no_color(monkeypatch):
    from delmaal_assistant.cli import check as cli_check

    class Tty(io.StringIO):
        def isatty(self):
            return True

    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("TERM", "xterm")
    assert cli_check._use_colour(Tty())
    monkeypatch.setenv("NO_COLOR", "1")
    assert not cli_check._use_colour(Tty())


def test_saved_delmaal_json_checks_fields_and_whole(tmp_path, capsys):
    d = _full_delmaal(methods=[Method(name="Low Arousal"), Method(name="Motiverende samtale"), Method(name="KRAP"),
                               Method(name="Tryghedsplan")])
    path = save_delmaal(tmp_path / "toejvask.delmaal.json", d)
    code, out, _ = run(["check", "--format", "json", str(path)], capsys)
    res = json.loads(out)["results"]
    wording = next(r for r in res if r.get("field") == "wording")
    # the end date is set, so the wording needs no timeframe of its own
    assert not any(f["code"] == "missing-timeframe" for f in wording["findings"])
    whole = res[-1]
    assert whole["field"] == "(hele delmålet)" and len(whole["smart"]) == 8
    assert whole["label"] == "Hele delmålet"  # the label from the message file, not None
    # every finding sits on the field it concerns
    methods = next(r for r in res if r.get("field") == "methods")
    assert [f["code"] for f in methods["findings"]] == ["too-many-methods"] and methods["label"] == "Faglige metoder"
    first = next(r for r in res if r.get("field") == "methods[0]")
    assert [f["code"] for f in first["findings"]] == ["approach-as-method"]
    assert first["text"] == "Low Arousal"
    assert code == 1


def test_a_good_whole_delmaal_has_no_whole_findings(tmp_path, capsys):
    path = save_delmaal(tmp_path / "ok.delmaal.json", _full_delmaal())
    code, out, _ = run(["check", "--format", "json", str(path)], capsys)
    res = json.loads(out)["results"]
    assert res[-1]["findings"] == [], res[-1]["findings"]
    assert all(not r["findings"] for r in res if r.get("field") in ("methods", "indicators", "documentation"))


def test_schema_command_prints_json_schema(capsys):
    code, out, _ = run(["schema"], capsys)
    schema = json.loads(out)
    assert code == 0 and schema["title"] == "Delmål" and "schema_version" in schema["properties"]


# ------------------------------------------------------------------------------ issue 10: formats, summaries
import os  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def clean_config(tmp_path, monkeypatch):
    """A working folder without delmaal.toml above it, and an empty user config folder."""
    work = tmp_path / "arbejde"
    work.mkdir()
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.chdir(work)
    return work


def test_jsonl_one_result_per_line_with_statistics(capsys, monkeypatch, clean_config):
    code, out, _ = run(["check", "--format", "jsonl", "--statistics", "-"], capsys, monkeypatch,
                       stdin=f"{GOOD}\n{BAD}\n{BAD}\n")
    lines = [json.loads(x) for x in out.splitlines()]
    assert [x["index"] for x in lines[:3]] == [0, 1, 2] and lines[1]["text"] == BAD
    stats = lines[-1]["statistics"]
    assert stats["results"] == 3 and stats["by_code"]["avoidance"] == {"findings": 2, "results": 2, "delmaal": 2,
                                                                        "severity": "warning"}
    assert stats["delmaal"] == 3  # a wording is one delmål


def test_statistics_count_a_saved_delmaal_once_however_many_fields(capsys, tmp_path, clean_config):
    """Shares are over delmål: a saved file with problems in several fields is one delmål with the problem."""
    from delmaal_assistant.core.model import Delmaal

    p = tmp_path / "a.delmaal.json"
    d = Delmaal(title="x", wording="Bliver bedre til at gå ture.", purpose="Hun skal ikke ryge.",
                measurement="Bliver bedre til at gå ture.")
    p.write_text(d.model_dump_json(), encoding="utf-8")
    code, out, _ = run(["check", "--format", "json", "--statistics", str(p)], capsys)
    st = json.loads(out)["statistics"]
    assert st["delmaal"] == 1 and st["results"] > 2
    assert all(c["delmaal"] == 1 for c in st["by_code"].values())
    assert any(c["results"] > 1 for c in st["by_code"].values())  # the field count stays in "results"


def test_json_statistics_object(capsys, monkeypatch, clean_config):
    code, out, _ = run(["check", "--format", "json", "--statistics", "-"], capsys, monkeypatch, stdin=f"{BAD}\n{GOOD}\n")
    doc = json.loads(out)
    assert doc["schema"] == "delmaal-check/1" and len(doc["results"]) == 2
    assert doc["statistics"]["by_code"]["avoidance"]["results"] == 1
    assert doc["statistics"]["results_with_findings"] == 1


def test_line_format(capsys, tmp_path, clean_config):
    p = tmp_path / "a.csv"
    p.write_text(f"id;delmaal\n9;{BAD}\n", encoding="utf-8")
    code, out, _ = run(["check", "--format", "line", "--id-column", "id", str(p)], capsys)
    line = next(x for x in out.splitlines() if " avoidance: " in x)
    assert line.startswith(f"{p}:2:13: warning avoidance: ") and line.endswith("[9]")


def test_text_statistics_and_teaching_text_once(capsys, monkeypatch, clean_config):
    code, out, _ = run(["check", "--statistics", "-"], capsys, monkeypatch, stdin=f"{BAD}\n{BAD}\n{BAD}\n")
    assert out.count("Efter SMORT") == 1  # the full explanation once, then a pointer back
    assert " ".join(out.split()).count("forklaringen står ved første [avoidance]") == 2
    assert "Statistik" in out and "avoidance" in out.split("Statistik")[1]


def test_min_level_select_ignore(capsys, clean_config):
    text = "At borgeren ikke ryger på værelset."
    _, out, _ = run(["check", "--format", "json", text], capsys)
    codes = {f["code"] for f in json.loads(out)["results"][0]["findings"]}
    assert {"avoidance", "missing-timeframe"} <= codes
    _, out, _ = run(["check", "--format", "json", "--ignore", "missing-timeframe", text], capsys)
    assert "missing-timeframe" not in {f["code"] for f in json.loads(out)["results"][0]["findings"]}
    _, out, _ = run(["check", "--format", "json", "--select", "missing-timeframe", text], capsys)
    assert {f["code"] for f in json.loads(out)["results"][0]["findings"]} == {"missing-timeframe"}
    _, out, _ = run(["check", "--format", "json", "--min-level", "error", text], capsys)
    assert json.loads(out)["results"][0]["findings"] == []
    code, _, err = run(["check", "--ignore", "no-such-code", text], capsys)
    assert code == 2 and "no-such-code" in err


def test_delmaal_toml_in_a_parent_folder(capsys, tmp_path, clean_config):
    (tmp_path / "delmaal.toml").write_text(
        'ignore = ["missing-timeframe"]\ncolumn = "Formulering"\n[severity]\navoidance = "error"\n', encoding="utf-8")
    p = clean_config / "x.csv"
    p.write_text(f"Formulering\n{BAD}\n", encoding="utf-8")
    code, out, _ = run(["check", "--format", "json", "--fail-level", "error", str(p)], capsys)
    found = json.loads(out)["results"][0]["findings"]
    assert {f["code"]: f["severity"] for f in found}.get("avoidance") == "error"
    assert "missing-timeframe" not in {f["code"] for f in found}
    assert code == 1
    code, out, _ = run(["check", "--show-config"], capsys)
    assert code == 0 and str(tmp_path / "delmaal.toml") in out and "missing-timeframe" in out and "Formulering" in out


def test_user_config_folder_and_bad_config(capsys, tmp_path, clean_config):
    cfg = tmp_path / "config" / "delmaal-assistant"
    cfg.mkdir(parents=True)
    (cfg / "delmaal.toml").write_text('ignore = ["avoidance"]\n', encoding="utf-8")
    _, out, _ = run(["check", "--format", "json", BAD], capsys)
    assert "avoidance" not in {f["code"] for f in json.loads(out)["results"][0]["findings"]}
    (cfg / "delmaal.toml").write_text('ignore = ["avoidance"\n', encoding="utf-8")
    code, _, err = run(["check", BAD], capsys)
    assert code == 2 and "delmaal.toml" in err and "Traceback" not in err
    (cfg / "delmaal.toml").write_text('ignorer = ["avoidance"]\n', encoding="utf-8")
    code, _, err = run(["check", BAD], capsys)
    assert code == 2 and "ignorer" in err


def test_escape_sequences_neutralised_in_text_and_escaped_in_json(capsys, clean_config):
    evil = "At borgeren \x1b]0;ejet\x07ikke \x1b[2Jryger \x1b]52;c;aGVq\x07på værelset \u202egnirts\u202c."
    _, out, _ = run(["check", evil], capsys)
    assert "\x1b" not in out and "\x07" not in out and "\u202e" not in out
    assert "[RLO]" in out
    _, out, _ = run(["check", "--format", "json", evil], capsys)
    assert "\x1b" not in out and "\u202e" not in out and "\\u001b" in out and "\\u202e" in out
    assert json.loads(out)["results"][0]["text"] == evil  # the data itself is kept exactly


def test_text_longer_than_spacy_max_length_is_checked_in_pieces():
    """The checker itself cuts a text over spaCy's max_length into pieces (checker/nlp.py), for every caller."""
    from delmaal_assistant.checker import Checker, get_checker

    whole_checker = get_checker()
    small = Checker()
    small._engine.analyzer.max_length = 200  # as if spaCy's limit were 200 characters
    text = "At borgeren går en tur. " * 20 + "At borgeren ikke ryger på værelset. " + "At borgeren går en tur. " * 20
    whole = whole_checker.check(text)
    pieces = small.check(text)
    av_whole = [(f.start, f.end) for f in whole if f.code == "avoidance"]
    av_pieces = [(f.start, f.end) for f in pieces if f.code == "avoidance"]
    assert av_pieces == av_whole and all(text[a:b] == "ikke" for a, b in av_pieces)
    assert [f.code for f in pieces].count("missing-timeframe") == 1
    assert [(f.code, f.start, f.end) for f in pieces] == [(f.code, f.start, f.end) for f in whole]
    with_tf = text + "Frem til 1. marts 2027."
    assert not any(f.code == "missing-timeframe" for f in small.check(with_tf))
    # one long line without a sentence end is cut at spaces, never inside a word
    line = "borgeren går en tur " * 40
    assert [t.text for t in small._engine.analyze(line).toks] == line.split()


def test_jobs_capped_at_cpu_count(capsys, clean_config):
    code, out, err = run(["check", "--jobs", "100000", GOOD], capsys)
    assert code == 0 and "--jobs 100000 er sat ned til" in err


def _proc(args, stdin: bytes = b""):
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    return subprocess.run([sys.executable, "-m", "delmaal_assistant", *args], input=stdin, capture_output=True,
                          env=env, timeout=300)


# The worker pool on wordings streamed on stdin (input order, two workers byte for byte one) is checked together with
# saved delmål and a file of wordings in one pair of runs: tests/test_fast_path.py,
# test_worker_pool_keeps_input_order_and_equals_one_core.


def test_stdout_is_utf8_even_in_a_c_locale():
    env_args = ["check", "--format", "text", "At borgeren går en tur på værelset i 8 uger."]
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"), LC_ALL="C", LANG="C", PYTHONIOENCODING="ascii",
               PYTHONUTF8="0")
    r = subprocess.run([sys.executable, "-m", "delmaal_assistant", *env_args], capture_output=True, env=env, timeout=60)
    assert r.returncode in (0, 1), r.stderr
    assert "går en tur på værelset".encode() in r.stdout


def test_lone_surrogate_from_a_file_is_escaped_in_json_not_replaced(tmp_path, clean_config):
    # in-process (tests/cli_inprocess.py: the command's parser, last-resort handler and UTF-8 byte streams of a
    # pipe); what is tested is what it writes and returns, not the process (two Python starts less, issue 28)
    from cli_inprocess import delmaal

    def _proc(argv):
        return delmaal(*argv, text=False)

    p = tmp_path / "x.txt"
    p.write_bytes(b"At borgeren g\xc3\xa5r en tur \xed\xa0\x80 frem til jul.\n")  # CESU-style surrogate bytes
    r = _proc(["check", "--format", "json", str(p)])
    err = r.stderr.decode()
    assert "Traceback" not in err and r.returncode in (0, 1, 2), err
    if r.returncode != 2:
        json.loads(r.stdout)  # valid JSON, whatever was in the file
    q = tmp_path / "s.delmaal.json"
    q.write_text('{"schema_version": 1, "title": "\\ud800 x", "wording": "At borgeren går en tur."}', encoding="utf-8")
    r = _proc(["check", "--format", "json", str(q)])
    # a saved delmål with a lone surrogate is damaged: refused in Danish (issue 8), never a traceback
    err = r.stderr.decode()
    assert r.returncode == 2 and "ikke et gyldigt delmål" in err and "surrogat" in err, err
