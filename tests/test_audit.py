"""`delmaal audit`: the documentation lead's report from a case-system export (issue 10, items 4 and 5).

The HTML report is opened in headless Chromium (tests/browser.py) and checked for what a reader sees; the XLSX
report is opened with openpyxl as Excel would read it.
"""

from __future__ import annotations

import os
import re
import subprocess
import tempfile
from pathlib import Path

import pytest

from browser import FLAGS, dump_dom, need_chromium, screenshot
from delmaal_assistant.cli import main

openpyxl = pytest.importorskip("openpyxl")

WORDINGS = [
    ("101", "Nord", "At borgeren ikke ryger på værelset."),
    ("102", "Nord", "At borgeren bliver bedre til at lave mad."),
    ("103", "Nord", "At borgeren vasker tøj hver onsdag frem til 1. marts 2027."),
    ("104", "Syd", "At beboeren går flere ture."),
    ("105", "Syd", "Personalet støtter borgeren i at komme op om morgenen."),
    ("106", "Syd", "At borgeren ikke drikker cola i de næste 12 uger."),
    ("107", "Syd", "<script>alert('x')</script> At borgeren går en tur."),
    ("108", None, "=HYPERLINK(\"http://eksempel.invalid\",\"klik\") at borgeren går en tur."),
    ("109", "Øst", "At borgeren smører sin madpakke \u202eekkapdam\u202c\nhver morgen frem til jul."),
]


@pytest.fixture
def export(tmp_path, monkeypatch) -> Path:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.chdir(tmp_path)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Id", "Team", "Delmål"])
    for i, team, text in WORDINGS:
        ws.append([int(i), team, text])
        ws.cell(ws.max_row, 3).data_type = "s"  # a text cell, as Excel stores a typed '=…' after an apostrophe
    p = tmp_path / "eksport.xlsx"
    wb.save(p)
    return p


def _audit(argv, capsys):
    code = main(["audit", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_html_report_in_a_real_browser(export, tmp_path, capsys):
    report = tmp_path / "rapport.html"
    code, _, err = _audit([str(export), "-o", str(report), "--group-by", "team", "--id-column", "id"], capsys)
    assert code == 0, err
    assert "9 tekster tjekket" in err and str(report) in err
    raw = report.read_text(encoding="utf-8")
    # self-contained: nothing is fetched from anywhere, no script at all
    assert "<script" not in raw and not re.search(r"\b(src|href)\s*=", raw) and "@import" not in raw
    assert "\u202e" not in raw and "[RLO]" in raw  # a right-to-left override is shown, not obeyed
    need_chromium()
    dom = dump_dom(report.as_uri())
    assert "<svg" in dom and 'id="totals"' in dom
    text = re.sub(r"<[^>]+>", " ", dom)
    text = " ".join(text.split())
    assert "9 tekster tjekket" in text
    # the bars: one per code, with the number of delmål carrying it
    bars = dict(re.findall(r'<g class="bar" data-code="([^"]+)" data-count="(\d+)"', dom.split('id="groups"')[0]))
    assert int(bars["avoidance"]) == 2 and int(bars["vague-verb"]) >= 1 and int(bars["staff-perspective"]) == 1
    # grouped: one row per team plus the rows without a team
    groups = re.findall(r'<tr data-group="([^"]+)"', dom)
    assert groups == ["Nord", "Syd", "Øst", "(uden gruppe)"]
    # the three most frequent problems, with the sources' advice and examples
    problems = re.findall(r'<div class="problem" data-code="([^"]+)"', dom)
    assert len(problems) == 3 and problems[0] == "missing-timeframe"
    assert "Kofoedsmindes guide" in text and "Eksempler:" in text
    # every wording, with the markup in a wording shown as text, not run
    assert dom.count("<tr data-findings=") == len(WORDINGS)
    assert "script&gt;alert(" in dom and "<script" not in dom
    png = screenshot(report.as_uri(), tmp_path / "rapport.png", size="1200,1600")
    assert png.exists() and png.stat().st_size > 10_000


def test_html_report_prints(export, tmp_path, capsys):
    report = tmp_path / "rapport.html"
    assert _audit([str(export), "-o", str(report)], capsys)[0] == 0
    exe = need_chromium()
    pdf = tmp_path / "rapport.pdf"
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run([exe, *FLAGS, f"--user-data-dir={profile}", "--no-pdf-header-footer",
                        f"--print-to-pdf={pdf}", report.as_uri()], capture_output=True, timeout=120)
    assert pdf.exists() and pdf.read_bytes().startswith(b"%PDF")
    assert "@media print" in report.read_text(encoding="utf-8")


def test_xlsx_report(export, tmp_path, capsys):
    report = tmp_path / "rapport.xlsx"
    code, _, err = _audit([str(export), "-o", str(report), "--group-by", "Team", "--id-column", "Id"], capsys)
    assert code == 0, err
    wb = openpyxl.load_workbook(report)
    assert wb.sheetnames == ["Oversigt", "Fund"]
    fund = wb["Fund"]
    header = [c.value for c in fund[1]]
    assert header == ["Kilde", "Række", "Id", "Team", "Formulering", "Kode", "Niveau", "Uddrag", "Besked", "Forslag"]
    assert fund.freeze_panes == "A2"
    assert fund.auto_filter.ref == f"A1:J{fund.max_row}"
    rows = list(fund.iter_rows(min_row=2, values_only=True))
    assert {r[2] for r in rows} >= {"101", "102", "104", "105"}
    first = next(r for r in rows if r[2] == "101" and r[5] == "avoidance")
    assert first[1] == 2 and first[3] == "Nord" and first[7] == "ikke"
    formula = next(r for r in fund.iter_rows(min_row=2) if r[2].value == "108")
    assert formula[4].data_type == "s" and formula[4].value.startswith("=HYPERLINK")  # text, never a formula
    assert not any("\u202e" in str(v) for r in rows for v in r if v)
    summary = {r[0]: r[1] for r in wb["Oversigt"].iter_rows(values_only=True) if r and r[0]}
    assert summary["Tekster tjekket"] == len(WORDINGS)
    assert summary["avoidance"] == "advarsel"


@pytest.mark.parametrize("name", ["rapport.pdf", "mappe.html", "pipe.html"])
def test_bad_report_targets(name, export, tmp_path, capsys):
    target = tmp_path / name
    if name == "mappe.html":
        target.mkdir()
    if name == "pipe.html":
        if not hasattr(os, "mkfifo"):
            pytest.skip("no FIFOs")
        os.mkfifo(target)
    code, _, err = _audit([str(export), "-o", str(target)], capsys)
    assert code == 2 and err.strip() and "Traceback" not in err


def test_audit_reads_the_same_inputs_as_check(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    p = tmp_path / "eksport.csv"
    p.write_bytes("Delmål;Team\r\nAt borgeren går flere ture.;Nord\r\n"
                  "\"At borgeren \x1b]0;titel\x07smører madpakke \x1b[2Jhver dag.\";Syd\r\n".encode("cp1252"))
    report = tmp_path / "r.html"
    code, _, err = _audit([str(p), "-o", str(report), "--group-by", "Team"], capsys)
    assert code == 0 and "Windows-1252" in err
    html = report.read_text(encoding="utf-8")
    assert "vague-quantifier" in html and "\x1b" not in html and "\x07" not in html
    assert _audit([str(p), "-o", str(tmp_path / "r.xlsx")], capsys)[0] == 0  # control characters dropped


def test_progress_bar_only_on_a_terminal(export, tmp_path, capsys):
    import pty
    import sys

    code, _, err = _audit([str(export), "-o", str(tmp_path / "a.html")], capsys)
    assert code == 0 and "█" not in err and "░" not in err  # stderr is not a terminal here
    master, slave = pty.openpty()
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[1] / "src"), TERM="xterm")
    p = subprocess.run([sys.executable, "-m", "delmaal_assistant", "audit", str(export), "-o", str(tmp_path / "b.html")],
                       stderr=slave, stdout=subprocess.DEVNULL, env=env, timeout=120)
    os.close(slave)
    chunks = []
    while True:
        try:
            data = os.read(master, 65536)
        except OSError:
            break
        if not data:
            break
        chunks.append(data)
    os.close(master)
    shown = b"".join(chunks).decode("utf-8", "replace")
    assert p.returncode == 0 and "tjekket" in shown and "%" in shown and "█" in shown


def test_audit_of_saved_delmaal_and_a_spreadsheet_together(export, tmp_path, capsys):
    from delmaal_assistant.core.model import Method
    from delmaal_assistant.core.files.storage import save_delmaal
    from sample_delmaal import full_delmaal

    d = full_delmaal(methods=[Method(name="Low Arousal"), Method(name="KRAP"), Method(name="Tryghedsplan")])
    saved = save_delmaal(tmp_path / "toejvask.delmaal.json", d)
    for out in ("r.html", "r.xlsx"):
        code, _, err = _audit([str(saved), str(export), "-o", str(tmp_path / out)], capsys)
        assert code == 0, err
    html = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert "toejvask.delmaal.json" in html and "too-many-methods" in html
    wb = openpyxl.load_workbook(tmp_path / "r.xlsx")
    rows = list(wb["Fund"].iter_rows(values_only=True))
    k = rows[0].index("Kode")
    codes = {r[k] for r in rows[1:]}
    assert "too-many-methods" in codes and "avoidance" in codes
