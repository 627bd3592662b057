"""Following a delmål through its period (issue 21): the schema-2 → 3 migration, `delmaal log`, append-only
observations, progression numbers, and the status for the follow-up meeting (`delmaal status`) read back with
python-docx and rendered in headless Chromium."""

from __future__ import annotations

import io
import json
import os
import re
import sys
import zipfile
from datetime import date, timedelta
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from browser import dump_dom, screenshot  # noqa: E402

from delmaal_assistant.cli.main import main  # noqa: E402
from delmaal_assistant.core.model.migrations import migrate  # noqa: E402
from delmaal_assistant.core.model import SCHEMA_VERSION, Delmaal  # noqa: E402
from delmaal_assistant.core.files.observations import (  # noqa: E402
    ObservationError,
    append_observation,
    judge_note,
    new_observation,
    next_delmaal,
    progress,
    trend,
)
from delmaal_assistant.core.model.period import Evaluation, Observation  # noqa: E402
from delmaal_assistant.core.files.storage import load_delmaal, save_delmaal  # noqa: E402

TODAY = date.today()
START = TODAY - timedelta(days=70)
END = TODAY + timedelta(days=20)


def make_delmaal(**kw) -> Delmaal:
    d = Delmaal(title="Tøjvask", wording="At beboeren selv vasker sit tøj hver onsdag i vaskekælderen.",
                measurement="Beboeren har vasket sit tøj selv 8 af de 10 sidste onsdage.",
                start_date=START, end_date=END, evaluation_date=TODAY - timedelta(days=1), **kw)
    d.indicators.start_level, d.indicators.expected_end_level = 3, 1
    for n, t in enumerate(["Vasker selv og lægger tøjet sammen uden påmindelse.", "Vasker selv efter en påmindelse.",
                           "Sætter vasken i gang, når en medarbejder går med.", "Går med ned; medarbejderen sætter "
                           "vasken i gang.", "Går ikke med ned i vaskekælderen."]):
        d.indicators.levels[n].what_we_see = t
    d.collaboration.resident_own_words = "Jeg vil gerne selv kunne vaske mit tøj."
    return d


@pytest.fixture
def saved(tmp_path) -> Path:
    path = tmp_path / "Tøjvask.delmaal.json"
    save_delmaal(path, make_delmaal(), backup=False)
    return path


# ============================================================================================ migration


def test_a_version_2_file_is_upgraded_with_an_empty_period(tmp_path):
    """A real schema-2 file (as the previous release wrote it) opens, gains no observations, saves as the current
    version."""
    v2 = json.loads(make_delmaal().model_dump_json())
    for key in ("observations", "evaluation", "continues_id", "resident_text"):
        v2.pop(key)
    v2["schema_version"] = 2
    path = tmp_path / "gammel.delmaal.json"
    path.write_text(json.dumps(v2, ensure_ascii=False), encoding="utf-8")
    d = load_delmaal(path)
    assert SCHEMA_VERSION == 4 and d.schema_version == 4
    assert d.observations == [] and d.evaluation is None and d.continues_id is None
    assert d.title == "Tøjvask" and d.indicators.start_level == 3
    up = migrate(v2)
    assert up["schema_version"] == 4 and up["observations"] == [] and v2["schema_version"] == 2  # input untouched
    save_delmaal(path, d)
    assert json.loads(path.read_text(encoding="utf-8"))["schema_version"] == 4
    assert json.loads((tmp_path / "gammel.delmaal.json.bak").read_text(encoding="utf-8"))["schema_version"] == 2


def test_a_version_1_file_goes_through_every_step(tmp_path):
    v1 = json.loads(make_delmaal().model_dump_json())
    for key in ("observations", "evaluation", "continues_id", "smart_confirmations", "resident_text"):
        v1.pop(key)
    v1["schema_version"] = 1
    out = migrate(v1)
    assert out["schema_version"] == 4 and out["smart_confirmations"] == [] and out["observations"] == []
    assert out["resident_text"] is None


# ============================================================================================ delmaal log


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_log_appends_dated_observations_and_keeps_a_backup(saved, capsys):
    before = saved.read_bytes()
    code, out, err = run(capsys, "log", str(saved), "--level", "2", "--note",
                         "Beboeren satte selv vasken i gang onsdag efter en påmindelse.",
                         "--date", (TODAY - timedelta(days=10)).strftime("%d-%m-%Y"), "--by", "Mette")
    assert code == 0, err
    assert "Observation gemt" in out and "niveau 2" in out and "bevæger sig mod det forventede niveau" in out
    code, out, err = run(capsys, "log", str(saved), "--level", "1", "--note", "Beboeren vaskede selv onsdag og "
                         "torsdag uden påmindelse.")
    assert code == 0, err
    d = load_delmaal(saved)
    assert [(o.level, o.by) for o in d.observations] == [(2, "Mette"), (1, "")]
    assert d.observations[1].observed_on == TODAY  # no --date: today
    assert json.loads(Path(str(saved) + ".bak").read_text(encoding="utf-8"))["observations"][0]["level"] == 2
    assert before != saved.read_bytes() and (saved.stat().st_mode & 0o777) == 0o600


@pytest.mark.parametrize("args, words", [
    (["--level", "5"], "fra 0 til 4"),
    (["--level", "-1"], "fra 0 til 4"),
    (["--level", "to"], "helt tal"),
    (["--level", "2", "--date", "01-01-2020"], "før delmålets periode"),
    (["--level", "2", "--date", (END + timedelta(days=400)).strftime("%d-%m-%Y")], "fremtiden"),
    (["--level", "2", "--date", "31-02-2026"], "ikke en gyldig dato"),
])
def test_log_refuses_bad_input_in_danish_with_exit_2_and_writes_nothing(saved, capsys, args, words):
    before = saved.read_bytes()
    code, out, err = run(capsys, "log", str(saved), "--note", "Beboeren gik selv med ned.", *args)
    assert code == 2 and words in err and "Traceback" not in err
    assert saved.read_bytes() == before and not Path(str(saved) + ".bak").exists()


def test_log_refuses_a_date_after_the_period(tmp_path, capsys):
    path = tmp_path / "kort.delmaal.json"
    save_delmaal(path, make_delmaal().model_copy(update={"end_date": TODAY - timedelta(days=3),
                                                         "evaluation_date": None}), backup=False)
    code, _out, err = run(capsys, "log", str(path), "--level", "2", "--note", "Gik selv med ned.")
    assert code == 2 and "efter delmålets periode" in err


def test_log_refuses_unreadable_files_and_symlinks(tmp_path, saved, capsys):
    code, _o, err = run(capsys, "log", str(tmp_path / "findes-ikke.delmaal.json"), "--level", "1", "--note", "x y")
    assert code == 2 and "findes ikke" in err
    (tmp_path / "rod.delmaal.json").write_text("{ikke json", encoding="utf-8")
    code, _o, err = run(capsys, "log", str(tmp_path / "rod.delmaal.json"), "--level", "1", "--note", "x y")
    assert code == 2 and "ikke et gyldigt delmål" in err
    link = tmp_path / "genvej.delmaal.json"
    link.symlink_to(saved)
    before = saved.read_bytes()
    code, _o, err = run(capsys, "log", str(link), "--level", "1", "--note", "Vaskede selv onsdag.")
    assert code == 2 and "Traceback" not in err
    assert saved.read_bytes() == before and link.is_symlink()  # never written through the link
    code, _o, err = run(capsys, "log", str(saved), "--level", "1", "--note", "   ")
    assert code == 2 and "--note er tom" in err
    code, _o, err = run(capsys, "log", str(saved), "--level", "1", "--note", "Gik selv \udcff ned")  # undecodable
    assert code == 2 and "tegnkodning" in err and saved.read_bytes() == before
    os.mkfifo(tmp_path / "rør.delmaal.json")
    code, _o, err = run(capsys, "log", str(tmp_path / "rør.delmaal.json"), "--level", "1", "--note", "x y")
    assert code == 2 and "FIFO" in err  # refused at once, never blocks


def test_log_judges_the_note_like_an_indicator_text(saved, capsys):
    """A feeling instead of what was seen gets the indicator judge's remark; the observation is still kept."""
    code, _out, err = run(capsys, "log", str(saved), "--level", "2", "--note", "Han var glad og tryg")
    assert code == 0
    assert "bemærk til beskrivelsen" in err and "følelse" in err
    code, _out, err = run(capsys, "log", str(saved), "--level", "2", "--note",
                          "Beboeren sorterede selv tøjet og satte vasken i gang onsdag kl. 16.")
    assert code == 0 and "bemærk" not in err
    assert len(load_delmaal(saved).observations) == 2


def test_judge_note_uses_the_indicator_judge(fake_checker):
    from delmaal_assistant.checker import get_checker

    d = make_delmaal()
    assert [f.code for f in judge_note(get_checker(), d, 2, "Han har det godt og er tryg")] == ["indicator-feeling"]
    assert judge_note(get_checker(), d, 2, "Beboeren satte selv vasken i gang onsdag.") == []


# ============================================================================================ append-only


def test_a_save_from_an_older_copy_never_drops_observations_or_the_evaluation(saved):
    old_copy = load_delmaal(saved)  # the assistant has the file open …
    append_observation(saved, Observation(observed_on=TODAY, level=2, note="Gik selv ned."), today=TODAY)  # … log
    d = load_delmaal(saved)
    d.evaluation = Evaluation(evaluated_on=TODAY, criterion_met="partly", level_now=2, next_step="continue")
    save_delmaal(saved, d)
    old_copy.purpose = "Rent arbejdstøj."
    save_delmaal(saved, old_copy)  # … and saves its older copy
    now = load_delmaal(saved)
    assert now.purpose == "Rent arbejdstøj." and [o.note for o in now.observations] == ["Gik selv ned."]
    assert now.evaluation is not None and now.evaluation.level_now == 2


def test_observations_are_validated(saved):
    d = load_delmaal(saved)
    with pytest.raises(ObservationError, match="fremtiden"):
        new_observation(d, level=1, note="x", on=TODAY + timedelta(days=1), today=TODAY)
    with pytest.raises(ObservationError, match="0 til 4"):
        new_observation(d, level=7, note="x", on=TODAY, today=TODAY)
    with pytest.raises(ObservationError, match="beskrivelse"):
        new_observation(d, level=1, note="  ", on=TODAY, today=TODAY)


# ============================================================================================ progression


@pytest.mark.parametrize("start, latest, expected, out", [
    (3, 2, 1, "toward"), (3, 1, 1, "reached"), (3, 0, 1, "reached"), (3, 3, 1, "same"), (3, 4, 1, "away"),
    (1, 2, 3, "toward"), (2, 2, 2, "reached"), (2, 3, 2, "away"), (None, 2, 1, "unknown"), (3, None, 1, "unknown"),
])
def test_trend_against_start_and_expected(start, latest, expected, out):
    assert trend(start, latest, expected) == out


def test_progress_takes_the_latest_by_date_and_the_evaluation_after_it():
    d = make_delmaal()
    d.observations = [Observation(observed_on=TODAY - timedelta(days=2), level=1, note="b"),
                      Observation(observed_on=TODAY - timedelta(days=20), level=3, note="a")]
    p = progress(d)
    assert (p.start, p.latest, p.expected, p.trend, p.count) == (3, 1, 1, "reached", 2)
    d.evaluation = Evaluation(evaluated_on=TODAY, criterion_met="partly", level_now=2, next_step="adjust")
    assert progress(d).latest == 2


def test_next_delmaal_carries_title_theme_type_and_the_reached_level():
    from delmaal_assistant.core.model import CodedConcept

    d = make_delmaal(theme=CodedConcept(code="t1", name="Praktiske opgaver i hjemmet"),
                     goal_type=CodedConcept(code="g1", name="Udvikle"))
    ev = Evaluation(evaluated_on=TODAY, criterion_met="yes", level_now=1, next_step="new")
    new = next_delmaal(d, ev)
    assert (new.title, new.theme.code, new.goal_type.code) == ("Tøjvask", "t1", "g1")
    assert new.indicators.start_level == 1 and new.continues_id == d.id and new.id != d.id
    assert new.wording == "" and new.observations == [] and new.start_date is None


# ============================================================================================ delmaal status


def five_observations(path: Path, capsys) -> None:
    for i, (days, level) in enumerate([(60, 3), (45, 3), (30, 2), (15, 2), (2, 1)]):
        code, _o, err = run(capsys, "log", str(path), "--level", str(level), "--note",
                            f"Observation {i + 1}: beboeren satte selv vasken i gang onsdag.",
                            "--date", (TODAY - timedelta(days=days)).strftime("%d-%m-%Y"), "--by", "KP")
        assert code == 0, err


def test_status_docx_round_trips_with_prose_numbers_own_words_next_and_a_chart(saved, tmp_path, capsys):
    import docx

    five_observations(saved, capsys)
    d = load_delmaal(saved)
    d.evaluation = Evaluation(evaluated_on=TODAY, criterion_met="partly", evidence="Vasket selv 6 af 10 onsdage.",
                              level_now=1, worked="Sedlen på køleskabet.", did_not_work="Optaget vaskekælder.",
                              resident_view="Jeg kan godt selv nu, men jeg vil have sedlen.", next_step="adjust",
                              next_note="Påmindelsen trappes ned til hver anden uge.")
    save_delmaal(saved, d)
    other = tmp_path / "Indkøb.delmaal.json"
    save_delmaal(other, make_delmaal().model_copy(update={"title": "Indkøb"}), backup=False)
    out = tmp_path / "status.docx"
    code, stdout, err = run(capsys, "status", str(saved), str(other), "-o", str(out))
    assert code == 0, err and "2 delmål" in stdout
    doc = docx.Document(str(out))
    text = "\n".join(p.text for p in doc.paragraphs)
    cells = ["|".join(c.text for c in row.cells) for t in doc.tables for row in t.rows]
    assert "Status til opfølgningsmødet" in text and "1. Tøjvask" in text and "2. Indkøb" in text
    assert "Ved start blev niveauet vurderet til 3" in text and "5 observationer" in text
    assert "Jeg kan godt selv nu, men jeg vil have sedlen." in text  # verbatim
    assert "Justér delmålet: Påmindelsen trappes ned til hver anden uge." in text
    assert "Niveau ved start|3 (stort støttebehov)" in cells
    assert any(c.startswith("Seneste niveau|1 (let støttebehov)") for c in cells)
    assert "Forventet ved afslutning|1 (let støttebehov)" in cells and "Udvikling|på det forventede niveau ved seneste måling" in cells
    # "8 af de 10 sidste onsdage" with five observations: not enough to say it is met
    assert any(c.startswith("Succeskriteriet|kan ikke afgøres") for c in cells)
    assert "1 – Let støttebehov|Vasker selv efter en påmindelse." in cells  # what the numbers mean here
    # the second delmål has no observations: said, not guessed
    assert "Der er ikke registreret observationer i perioden" in text
    assert "er passeret for 1 dag siden, og delmålet er ikke evalueret" in text  # evaluation_date was yesterday
    with zipfile.ZipFile(out) as z:
        pngs = [n for n in z.namelist() if n.startswith("word/media/") and n.endswith(".png")]
        assert len(pngs) == 2 and all(z.read(n)[:8] == b"\x89PNG\r\n\x1a\n" for n in pngs)
    assert len(doc.inline_shapes) == 2


def test_status_html_in_a_real_browser(saved, tmp_path, capsys):
    five_observations(saved, capsys)
    out = tmp_path / "status.html"
    code, _o, err = run(capsys, "status", str(saved), "-o", str(out), "--title", "Status for JA")
    assert code == 0, err
    html_text = out.read_text(encoding="utf-8")
    assert "<svg" in html_text and "<metadata" not in html_text
    assert not re.search(r'(src|href)="https?:', html_text)  # one self-contained file: nothing fetched
    dom = dump_dom(out.as_uri())
    assert "Status for JA" in dom and "Beboerens egne ord" in dom and "Jeg vil gerne selv kunne vaske mit tøj." in dom
    assert "Observationer (5)" in dom  # the chart's legend is text in the inline SVG
    assert "Forventet ved afslutning: 1" in dom and dom.count("<tr>") >= 10
    png = screenshot(out.as_uri(), tmp_path / "status.png", size="1000,1600")
    assert png.exists() and png.stat().st_size > 20_000  # something was drawn


def test_status_markdown_has_the_text_chart_and_refuses_bad_targets(saved, tmp_path, capsys):
    five_observations(saved, capsys)
    out = tmp_path / "status.md"
    assert run(capsys, "status", str(saved), "-o", str(out))[0] == 0
    md = out.read_text(encoding="utf-8")
    assert "| Niveau ved start | 3 (stort støttebehov) |" in md and "■ start" in md and md.count("●") >= 4
    code, _o, err = run(capsys, "status", str(saved), "-o", str(tmp_path / "status.pdf"))
    assert code == 2 and ".docx" in err
    code, _o, err = run(capsys, "status", str(saved), "-o", str(saved))
    assert code == 2
    code, _o, err = run(capsys, "status", str(tmp_path / "nej.delmaal.json"), "-o", str(out))
    assert code == 2 and "findes ikke" in err
    link = tmp_path / "link.md"
    link.symlink_to(tmp_path / "andet.md")
    code, _o, err = run(capsys, "status", str(saved), "-o", str(link))
    assert code == 2 and not (tmp_path / "andet.md").exists()
    out.write_text("min egen fil", encoding="utf-8")
    code, _o, err = run(capsys, "status", str(saved), "-o", str(out))  # not ours: refused (issue 30)
    assert code == 2 and "--force" in err and out.read_text(encoding="utf-8") == "min egen fil"
    assert run(capsys, "status", str(saved), "-o", str(out), "--force")[0] == 0
    assert (tmp_path / "status.md.bak").read_text(encoding="utf-8") == "min egen fil"  # kept


def test_status_strips_control_codes(tmp_path, capsys):
    path = tmp_path / "x.delmaal.json"
    d = make_delmaal()
    d.title = "Tøjvask\x1b]0;PWNED\x07\x1b[2J"
    d.observations = [Observation(observed_on=TODAY, level=2, note="Gik selv\x1b[31m ned")]
    save_delmaal(path, d, backup=False)
    for suffix in (".md", ".html", ".docx"):
        out = tmp_path / f"s{suffix}"
        assert run(capsys, "status", str(path), "-o", str(out))[0] == 0
        data = out.read_bytes()
        if suffix == ".docx":
            with zipfile.ZipFile(io.BytesIO(data)) as z:
                data = z.read("word/document.xml")
        assert b"\x1b" not in data and b"PWNED" not in data


# ============================================================================================ delmaal audit


def test_audit_gains_progression_by_theme(tmp_path, capsys):
    from delmaal_assistant.core.model import CodedConcept

    def one(name: str, theme: str | None, levels: list[int]) -> Path:
        d = make_delmaal(theme=CodedConcept(code=theme, name=theme) if theme else None)
        d.observations = [Observation(observed_on=TODAY - timedelta(days=10 - i), level=lv, note="Gik selv ned.")
                          for i, lv in enumerate(levels)]
        path = tmp_path / f"{name}.delmaal.json"
        save_delmaal(path, d, backup=False)
        return path

    files = [one("a", "Praktiske opgaver", [2]), one("b", "Praktiske opgaver", [3, 4]),
             one("c", "Socialt liv", [1]), one("d", None, [])]
    report = tmp_path / "rapport.html"
    code, _o, err = run(capsys, "audit", *map(str, files), "-o", str(report))
    assert code == 0, err
    dom = dump_dom(report.as_uri())
    assert "Progression i delmålene" in dom
    assert "<b>67 %</b> af de 3 delmål" in dom  # a (toward) and c (reached) of a, b, c; d has no level since
    assert '<tr data-group="Praktiske opgaver"><td>Praktiske opgaver</td><td class="num">2</td><td class="num">2' \
           '</td><td class="num">50 % (1)</td><td class="num">0</td><td class="num">0</td><td class="num">1</td>' in dom
    assert '<tr data-group="Socialt liv"><td>Socialt liv</td><td class="num">1</td><td class="num">1</td>' \
           '<td class="num">100 % (1)</td><td class="num">1</td>' in dom
    xlsx = tmp_path / "rapport.xlsx"
    assert run(capsys, "audit", *map(str, files), "-o", str(xlsx))[0] == 0
    import openpyxl

    rows = list(openpyxl.load_workbook(xlsx)["Progression"].values)
    assert rows[-1][:4] == ("I alt", 4, 3, pytest.approx(2 / 3))
    # a spreadsheet-only audit has no progression section
    csv = tmp_path / "x.csv"
    csv.write_text("Delmål\nAt beboeren vasker tøj hver onsdag frem til 1. marts 2027.\n", encoding="utf-8")
    assert run(capsys, "audit", str(csv), "-o", str(report))[0] == 0
    assert "progression" not in report.read_text(encoding="utf-8")


def test_two_writers_appending_at_once_lose_no_observation(saved):
    """Two processes (two windows, a script) each append 15 observations to the same file at the same time."""
    import subprocess

    code = (
        "import sys; from datetime import date; "
        "from delmaal_assistant.core.files.observations import append_observation; "
        "from delmaal_assistant.core.model.period import Observation\n"
        "for i in range(15):\n"
        "    append_observation(sys.argv[1], Observation(observed_on=date.today(), level=2, "
        "note=f'{sys.argv[2]} {i}'), today=date.today())\n"
    )
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(Path(__file__).parent.parent / "src"),
                                                       os.environ.get("PYTHONPATH", "")]))
    procs = [subprocess.Popen([sys.executable, "-c", code, str(saved), who], env=env) for who in ("A", "B")]
    assert [p.wait(timeout=120) for p in procs] == [0, 0]
    notes = sorted(o.note for o in load_delmaal(saved).observations)
    assert notes == sorted([f"A {i}" for i in range(15)] + [f"B {i}" for i in range(15)])
