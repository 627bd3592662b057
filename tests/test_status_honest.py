"""The status says only what holds (issue 27): "nået" only when the observations meet the measurement criterion
over its window; setbacks named; a passed evaluation date said; one resident per document; the chart says which
way is better."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from delmaal_assistant.cli.main import main
from delmaal_assistant.core.files.observations import progress
from delmaal_assistant.core.files.storage import save_delmaal
from delmaal_assistant.core.model import Delmaal
from delmaal_assistant.core.model.criterion import check, parse
from delmaal_assistant.core.model.period import Observation
from delmaal_assistant.core.outputs.status import build_status, numbers_rows, render_html, render_md

TODAY = date.today()


def _d(title: str, measurement: str, levels: list[tuple[int, int]], wording: str = "At Mads vasker tøj hver "
       "onsdag.", start_days: int = 300, end_days: int = 30, eval_days: int = 20) -> Delmaal:
    d = Delmaal(title=title, wording=wording, measurement=measurement, start_date=TODAY - timedelta(days=start_days),
                end_date=TODAY + timedelta(days=end_days), evaluation_date=TODAY + timedelta(days=eval_days))
    d.indicators.start_level, d.indicators.expected_end_level = 3, 1
    d.observations = [Observation(observed_on=TODAY - timedelta(days=ago), level=lvl, note=f"Set {ago} dage siden.")
                      for ago, lvl in levels]
    return d


FOUR_WEEKS = "Mads er på niveau 1 eller lavere i 4 uger i træk."
MET = _d("Tøjvask", FOUR_WEEKS, [(60, 3), (40, 2), (27, 1), (20, 1), (13, 1), (6, 1), (1, 1)])
FOUR_DAYS = _d("Indkøb", FOUR_WEEKS, [(4, 2), (3, 1), (2, 3), (1, 1)])  # 2, 1, 3, 1 over four days
OLD_ONE = _d("Oprydning", FOUR_WEEKS, [(270, 1)], end_days=0, eval_days=-5)  # one level 1, nine months ago
EIGHT_OF_TEN = _d("Bad", "Mads går i bad selv 8 af de 10 sidste gange.", [(30 - 3 * i, lvl) for i, lvl in enumerate(
    [1, 2, 1, 1, 2, 1, 2, 1, 1, 1])])  # 7 of 10


@pytest.mark.parametrize("text, level, window, count", [
    ("Niveau 1 i 4 uger i træk", 1, 28, None),
    ("fra niveau 3 til niveau 1 over to måneder", 1, 60, None),
    ("8 af de 10 sidste onsdage", None, None, (8, 10)),
    ("tre af de sidste fire gange, de seneste 14 dage", None, 14, (3, 4)),
    ("når det går bedre", None, None, None),
])
def test_the_criterion_is_read_as_a_rule(text, level, window, count):
    c = parse(text, None)
    assert (c.level, c.window_days, c.count) == (level, window, count)


def test_nået_only_where_the_observations_meet_the_criterion_over_its_window():
    assert check(MET.measurement, 1, MET.observations, TODAY).state == "met"
    four = check(FOUR_DAYS.measurement, 1, FOUR_DAYS.observations, TODAY)
    assert four.state == "not_met" and "niveauet 3" in four.text
    old = check(OLD_ONE.measurement, 1, OLD_ONE.observations, TODAY, OLD_ONE.end_date)
    assert old.state == "undecided" and "dækker ikke" in old.text
    eight = check(EIGHT_OF_TEN.measurement, 1, EIGHT_OF_TEN.observations, TODAY)
    assert eight.state == "not_met" and "7 af de seneste 10" in eight.text
    vague = check("Det vurderes løbende.", 1, MET.observations, TODAY)
    assert vague.state == "undecided" and "over hvor lang tid" in vague.text


def test_setbacks_are_named_and_never_called_progress():
    d = _d("Tøjvask", FOUR_WEEKS, [(20, 2), (10, 1), (2, 2)])  # 3 → 2 → 1 → 2
    p = progress(d)
    assert "mod det forventede" not in p.trend_da and "tilbageskridt fra niveau 1" in p.trend_da
    d = _d("Tøjvask", FOUR_WEEKS, [(20, 2), (10, 1), (2, 3)])  # back at the start level
    assert progress(d).trend_da.startswith("tilbage på startniveauet")


def test_a_passed_evaluation_date_is_said():
    s = build_status(OLD_ONE, "x", TODAY)
    assert any("er passeret for 5 dage siden" in p for p in s.prose)
    assert ("Evaluering", s.overdue) in numbers_rows(s)
    assert not build_status(MET, "x", TODAY).overdue


def _run(capsys, *args) -> tuple[int, str, str]:
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_three_delmaal_status_says_naaet_only_where_it_is(tmp_path, capsys):
    import docx

    paths = []
    for d in (MET, FOUR_DAYS, EIGHT_OF_TEN):
        p = tmp_path / f"{d.title}.delmaal.json"
        save_delmaal(p, d, backup=False)
        paths.append(str(p))
    out = tmp_path / "status.docx"
    code, _o, err = _run(capsys, "status", *paths, "-o", str(out))
    assert code == 0, err
    doc = docx.Document(str(out))
    rows = [[c.text for c in r.cells] for t in doc.tables for r in t.rows]
    crit = [r[1] for r in rows if r[0] == "Succeskriteriet"]
    assert [c.split(" (")[0] for c in crit] == ["nået", "ikke nået", "ikke nået"]
    text = "\n".join(p.text for p in doc.paragraphs)
    assert text.count(") er nået:") == 1 and "nået" not in text.split("2. Indkøb")[1].replace("ikke nået", "")
    md = tmp_path / "status.md"
    assert _run(capsys, "status", *paths, "-o", str(md))[0] == 0
    assert "Lavere niveau = mindre støtte = bedre." in md.read_text(encoding="utf-8")


def test_one_resident_per_document(tmp_path, capsys):
    paths = []
    for name in ("Mads", "Sofie", "K.L."):
        p = tmp_path / f"{name}.delmaal.json"
        save_delmaal(p, _d(f"Tøjvask {name}", FOUR_WEEKS, [(5, 2)], wording=f"At {name} vasker tøj hver onsdag."),
                     backup=False)
        paths.append(str(p))
    out = tmp_path / "status.docx"
    code, _o, err = _run(capsys, "status", *paths, "-o", str(out))
    assert code == 2 and "3 forskellige beboere" in err and "--flere-beboere" in err and not out.exists()
    assert "Traceback" not in err
    code, _o, err = _run(capsys, "status", *paths, "-o", str(out), "--flere-beboere")
    assert code == 0 and out.exists()
    # the same resident in two delmål is fine
    code, _o, err = _run(capsys, "status", paths[0], str(Path(paths[0])), "-o", str(tmp_path / "a.md"))
    assert code == 0


def test_the_chart_says_which_way_is_better():
    s = build_status(MET, "x", TODAY)
    html = render_html([s], TODAY, "Status")
    assert "lavere er bedre" in html and "lavere er bedre →" in html  # the chart's own axis says it too
    assert "lavere er bedre" in render_md([s], TODAY, "Status")
