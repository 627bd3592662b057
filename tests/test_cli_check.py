"""`delmaal check` per the contract in CHECKS.md: inputs, formats, exit status, marking, colour."""

import io
import json
from datetime import date

import pytest

from delmaal_assistant.cli import main
from delmaal_assistant.core.model import Method
from delmaal_assistant.core.storage import save_delmaal
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


def test_check_many_in_parallel_equals_one_by_one():
    from delmaal_assistant.checker import PARALLEL_MIN, get_checker

    c = get_checker()
    texts = [BAD, GOOD, "At beboeren går flere ture, når han er glad.", "Personalet støtter borgeren."]
    batch = [f"{t} ({i})" for i in range(PARALLEL_MIN // len(texts) + 1) for t in texts]
    assert len(batch) >= PARALLEL_MIN
    assert c.check_many(batch, workers=2) == [c.check(t) for t in batch]
