"""`delmaal audit` on saved delmål (issue 27): --group-by any column a saved delmål has (Tema, Måltype, the unit's
folder, any field by its Danish name), "(tomt)" only for what is empty, one name per problem, and headline
examples that show the problem plainly."""

from __future__ import annotations

import html
import re
import shutil
from pathlib import Path

import pytest

from delmaal_assistant.checker.findings import Finding
from delmaal_assistant.cli import main
from delmaal_assistant.cli.audit.model import example_clarity, problem_of, saved_group_values
from delmaal_assistant.cli.check import Item
from delmaal_assistant.core.files.storage import load_delmaal, save_delmaal
from delmaal_assistant.core.model import Method
from sample_delmaal import full_delmaal

DATA = Path(__file__).parent / "data" / "blind15"
THIRTY = sorted(DATA.glob("*.delmaal.json"))[:30]  # the 30 example delmål


def _audit(capsys, *argv) -> tuple[int, str]:
    code = main(["audit", *map(str, argv)])
    return code, capsys.readouterr().err


def _text(path: Path) -> str:
    raw = path.read_text(encoding="utf-8")
    return html.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", raw)))


def test_the_30_example_delmaal_group_by_theme(tmp_path, capsys):
    assert len(THIRTY) == 30
    out = tmp_path / "r.html"
    code, err = _audit(capsys, *THIRTY, "-o", out, "--group-by", "Tema")
    assert code == 0, err
    text = _text(out)
    themes = {load_delmaal(p).theme.name for p in THIRTY if load_delmaal(p).theme}
    assert len(themes) > 20
    section = text[text.index("Fordelt på Tema"):]
    assert all(t in section for t in themes)
    assert "(uden gruppe)" not in text
    counts = re.search(r"Problem (.*?) Delmål ((?:\d+ )+)", section)
    assert sum(int(n) for n in counts.group(2).split()) == 30


@pytest.mark.parametrize("column, expected", [
    ("Måltype", "Udvikle funktionsevne"), ("Tema (FFB)", "Vaske tøj"), ("theme", "Vaske tøj"),
    ("Kriminalpræventivt delmål", "Nej"), ("Enhed", "Bostedet Engly"),
])
def test_group_by_any_column_a_saved_delmaal_has(tmp_path, column, expected):
    from delmaal_assistant.core.model import ffb

    d = full_delmaal()
    d.theme = next(t for t in ffb.themes() if t.name == "Vaske tøj").concept()
    d.goal_type = ffb.goal_types()[0]
    folder = tmp_path / "Bostedet Engly"
    folder.mkdir()
    p = folder / "a.delmaal.json"
    save_delmaal(p, d, backup=False)
    assert saved_group_values(d, str(p), [column]) == (expected,)
    d.goal_type = None
    assert saved_group_values(d, str(p), ["Måltype"]) == (None,)  # empty: the delmål goes to "(uden gruppe)"


def test_an_unknown_column_for_saved_delmaal_is_refused_in_danish(tmp_path, capsys):
    code, err = _audit(capsys, THIRTY[0], "-o", tmp_path / "r.html", "--group-by", "Skostørrelse")
    assert code == 2 and "et gemt delmål har ikke den kolonne" in err and "Tema" in err
    assert not (tmp_path / "r.html").exists()


def test_tomt_only_where_the_field_is_empty(tmp_path, capsys):
    d = full_delmaal()
    d.methods = [Method(name=n, kind="metode", description="") for n in ("KRAP", "Motiverende samtale", "ICS")]
    d.evaluation_date = d.end_date.replace(month=d.end_date.month + 2)  # far outside: flagged
    d.collaboration.resident_attitude = ""
    p = tmp_path / "x.delmaal.json"
    save_delmaal(p, d, backup=False)
    out = tmp_path / "r.html"
    assert _audit(capsys, p, "-o", out)[0] == 0
    text = _text(out)
    assert "Evalueringsdato: " + d.evaluation_date.strftime("%d-%m-%Y") in text
    assert "Faglige metoder: KRAP, Motiverende samtale, ICS" in text
    assert "Beboerens holdning: (tomt)" in text  # really empty
    assert "Metode: KRAP: (tomt)" in text  # the method is there, how it is used is empty
    assert text.count("(tomt)") == 4


def test_one_name_per_problem_for_the_residents_attitude(tmp_path, capsys):
    paths = []
    for i, att in enumerate(("", "Beboeren er informeret.", "?")):
        d = full_delmaal(title=f"D{i}")
        d.collaboration.resident_attitude = att
        paths.append(tmp_path / f"d{i}.delmaal.json")
        save_delmaal(paths[-1], d, backup=False)
    out = tmp_path / "r.html"
    assert _audit(capsys, *paths, "-o", out)[0] == 0
    text = _text(out)
    share = text[text.index("Andel af delmålene med hvert problem"):text.index("Problem Niveau Delmål")]
    assert "beboerens holdning fremgår ikke 100 % (3)" in share
    assert "holdningen er uklar" not in share and "pladsholder" not in share
    # a placeholder answer counts as its field being empty
    f = Finding("placeholder-answer", "warning", 0, 0, "", "x", field="collaboration.resident_attitude")
    assert problem_of(f) == "missing-attitude"


def test_headline_examples_show_the_problem_plainly():
    f = Finding("weak-indicator-support", "warning", 0, 0, "", "x", field="indicators.levels[2].how_we_support")
    plain = Item("a", None, "Medarbejderen bliver hos hende.", f.field, [f])
    concrete = Item("b", None, "Kontaktpersonen peger på næste trin, når han går i stå ved vaskemaskinen.", f.field,
                    [f])
    timed = Item("c", None, "Vagten kommer til hende kl. 8 og kl. 20.", f.field, [f])
    ranked = sorted([concrete, timed, plain], key=lambda it: example_clarity(it, f))
    assert ranked[0] is plain and ranked[-1] is not plain


def test_saved_delmaal_are_read_when_their_turn_comes(tmp_path):
    """Issue 28: `audit` opens a saved delmål only when it is checked (memory flat in their number; in a large run
    the worker process that checks it reads and validates it, not the parent) – nothing is held after opening, and
    every file is still read and validated in its turn."""
    from delmaal_assistant.cli.check.inputs import iter_units, open_inputs, opened

    from delmaal_assistant.cli.check import Config

    inputs = open_inputs([str(p) for p in THIRTY[:3]], Config(), None, lazy_json=True)
    assert [inp.delmaal for inp in inputs] == [None, None, None]
    units = list(iter_units(inputs))
    assert [u.source for u in units] == [str(p) for p in THIRTY[:3]] and [u.delmaal for u in units] == [None] * 3
    units = [opened(u) for u in units]
    assert all(u.delmaal is not None and u.delmaal.id == load_delmaal(p).id for u, p in zip(units, THIRTY[:3]))


def test_a_broken_saved_delmaal_late_in_the_run_stops_it_in_danish(tmp_path, capsys):
    """A file that is not a delmål is found when its turn comes: exit 2, a Danish message naming it, no report."""
    bad = tmp_path / "zz.delmaal.json"
    bad.write_text('{"id": 1, "wording": [', encoding="utf-8")
    out = tmp_path / "rapport.html"
    code, err = _audit(capsys, "-o", out, *THIRTY[:5], bad)
    assert code == 2
    assert "zz.delmaal.json" in err and "ikke et gyldigt delmål" in err and "Traceback" not in err
    assert not out.exists()
