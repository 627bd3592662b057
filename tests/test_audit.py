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
    assert "9 delmål tjekket" in err and str(report) in err
    raw = report.read_text(encoding="utf-8")
    # self-contained: nothing is fetched from anywhere, no script at all; links only inside the page
    assert "<script" not in raw and not re.search(r"\bsrc\s*=", raw) and "@import" not in raw
    assert not re.search(r'\bhref\s*=\s*"(?!#)', raw)
    assert "\u202e" not in raw and "[RLO]" in raw  # a right-to-left override is shown, not obeyed
    need_chromium()
    dom = dump_dom(report.as_uri())
    assert "<svg" in dom and 'id="totals"' in dom
    text = re.sub(r"<[^>]+>", " ", dom)
    text = " ".join(text.split())
    assert "9 delmål tjekket" in text
    # the bars: one per code, with the number of delmål carrying it
    bars = dict(re.findall(r'<g class="bar" data-code="([^"]+)" data-count="(\d+)"', dom.split('id="groups"')[0]))
    assert int(bars["avoidance"]) == 2 and int(bars["vague-verb"]) >= 1 and int(bars["staff-perspective"]) == 1
    # grouped: one column per team plus the delmål without a team
    groups = re.findall(r'<th class="num" data-group="([^"]+)"', dom)
    assert groups == ["Nord", "Syd", "Øst", "(uden gruppe)"]
    # the three most frequent problems, with the sources' advice and examples
    top = dom.split('<section id="top">')[1].split("</section>")[0]
    problems = re.findall(r'<div class="problem" data-code="([^"]+)"', top)
    assert len(problems) == 3 and problems[0] == "missing-timeframe"
    assert "Kofoedsmindes guide" in text and "Eksempler:" in text
    # every wording, with the markup in a wording shown as text, not run
    assert len(re.findall(r'<tr id="r-\d+" data-findings=', dom)) == len(WORDINGS)
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
    assert wb.sheetnames == ["Oversigt", "Delmål", "Fund"]
    fund = wb["Fund"]
    header = [c.value for c in fund[1]]
    assert header == ["Nr.", "Kilde", "Række", "Id", "Team", "Felt", "Formulering", "Problem", "Niveau", "Uddrag",
                      "Besked", "Forslag", "Kode"]
    assert fund.freeze_panes == "A2"
    assert fund.auto_filter.ref == f"A1:M{fund.max_row}"
    rows = list(fund.iter_rows(min_row=2, values_only=True))
    assert {r[3] for r in rows} >= {"101", "102", "104", "105"}
    first = next(r for r in rows if r[3] == "101" and r[12] == "avoidance")
    assert first[2] == 2 and first[4] == "Nord" and first[9] == "ikke"
    assert first[7] == "noget, der skal undgås"  # the problem by its Danish name; the code only in the last column
    formula = next(r for r in fund.iter_rows(min_row=2) if r[3].value == "108")
    assert formula[6].data_type == "s" and formula[6].value.startswith("=HYPERLINK")  # text, never a formula
    assert formula[6].alignment.wrap_text
    assert not any("\u202e" in str(v) for r in rows for v in r if v)
    summary: dict = {}
    for r in wb["Oversigt"].iter_rows(values_only=True):
        if r and r[0]:
            summary.setdefault(r[0], r[1:])  # the first table (the group table below repeats the names)
    assert summary["Delmål tjekket"][0] == len(WORDINGS)
    assert summary["noget, der skal undgås"][0] == "advarsel"
    assert "avoidance" not in summary  # Danish names where people read
    # shares are numbers formatted as percentages, not fractions
    ov = wb["Oversigt"]
    share = next(r for r in ov.iter_rows() if r[0].value == "noget, der skal undgås")[3]
    assert share.number_format == "0%" and abs(share.value - 2 / 9) < 1e-9
    # every input row, also those without findings, on the Delmål sheet
    ds = list(wb["Delmål"].iter_rows(values_only=True))
    assert ds[0][:4] == ("Nr.", "Kilde", "Række", "Id") and len(ds) == 1 + len(WORDINGS)
    ok = [r for r in ds[1:] if r[3] == "103"]
    assert ok and ok[0][ds[0].index("Fund")] == 0 and ok[0][ds[0].index("Værste niveau")] == "ingen fund"
    # printed from Excel/LibreOffice: A4, every column on the page, the header on every page, wrapped rows tall
    # enough for their text (without heights the wrapped texts overlapped the next rows in LibreOffice)
    for name in ("Oversigt", "Delmål", "Fund"):
        sheet = wb[name]
        assert sheet.page_setup.paperSize == 9 and sheet.page_setup.fitToWidth == 1
        assert sheet.sheet_properties.pageSetUpPr.fitToPage
    assert wb["Fund"].print_title_rows in ("1:1", "$1:$1")
    two_lines = next(r for r in wb["Delmål"].iter_rows(min_row=2) if r[3].value == "109")  # a line break in it
    assert (wb["Delmål"].row_dimensions[two_lines[0].row].height or 0) >= 30


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


# ------------------------------------------------------------------------------- issue 19: what a lead reads


def _saved_set(tmp_path, created_months=((2026, 1), (2026, 1), (2026, 3))):
    """Three saved delmål: one good, one with problems in several fields, one with a duplicate-prone wording."""
    from datetime import datetime, timezone

    from delmaal_assistant.core.files.storage import save_delmaal
    from sample_delmaal import full_delmaal

    good = full_delmaal(title="Tøjvask")
    bad = full_delmaal(title="Madlavning", wording="At beboeren bliver bedre til at lave mad.")
    bad.purpose = "Hun skal blive bedre til at lave mad, og hun skal ikke spise slik."
    bad.indsats.actions = "Vi støtter hende efter behov."
    third = full_delmaal(title="Ture", wording="At beboeren ikke ryger på værelset.")
    paths = []
    for d, name, (y, m) in zip((good, bad, third), ("toejvask", "mad", "ture"), created_months):
        d.created_at = datetime(y, m, 5, 12, tzinfo=timezone.utc)
        paths.append(save_delmaal(tmp_path / f"{name}.delmaal.json", d))
    return paths


def _text(dom: str) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", dom).split())


def _visible(raw: str) -> str:
    """The page's text without markup, attributes, the style sheet or the title."""
    body = raw.split("<body>", 1)[1]
    return _text(body)


def test_saved_delmaal_count_once_with_their_fields_grouped(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    paths = _saved_set(tmp_path)
    report = tmp_path / "r.html"
    code, _, err = _audit([*map(str, paths), "-o", str(report)], capsys)
    assert code == 0, err
    assert "3 delmål tjekket" in err
    raw = report.read_text(encoding="utf-8")
    # one row per delmål in "Alle delmål", its fields under it
    rows = re.findall(r'<tr id="r-(\d+)" data-findings="(\d+)">(.*?)</tr>', raw, re.S)
    assert [r[0] for r in rows] == ["1", "2", "3"]
    mad = rows[1][2]
    assert "Madlavning" in mad and "Delmålet:" in mad and "Formål:" in mad  # several fields, one row
    # shares are over the 3 delmål: no code can be on more delmål than there are
    bars = {c: int(n) for c, n in re.findall(r'<g class="bar" data-code="([^"]+)" data-count="(\d+)"', raw)}
    assert bars and max(bars.values()) <= 3
    assert bars.get("vague-verb") == 1  # found in two fields of one delmål: one delmål
    # the XLSX: one row per delmål, also the good one
    assert _audit([*map(str, paths), "-o", str(tmp_path / "r.xlsx")], capsys)[0] == 0
    ds = list(openpyxl.load_workbook(tmp_path / "r.xlsx")["Delmål"].iter_rows(values_only=True))
    assert len(ds) == 4 and [r[ds[0].index("Delmål")] for r in ds[1:]] == ["Tøjvask", "Madlavning", "Ture"]


def test_danish_names_where_people_read_codes_in_data_attributes(export, tmp_path, capsys):
    from delmaal_assistant.core.model.codes import code_name, code_names

    report = tmp_path / "r.html"
    assert _audit([str(export), "-o", str(report), "--group-by", "Team"], capsys)[0] == 0
    raw = report.read_text(encoding="utf-8")
    seen = _visible(raw)
    codes = set(re.findall(r'data-code="([^"]+)"', raw))
    assert {"avoidance", "staff-perspective", "missing-timeframe"} <= codes
    for c in codes:
        assert code_name(c) in seen, c
        assert not re.search(rf"(?<![\w-]){re.escape(c)}(?![\w-])", seen), f"code {c} shown to the reader"
    assert len(code_names()) > 20


def test_one_explanation_per_code_and_the_rows_own_message_beside_it(tmp_path, capsys, monkeypatch):
    from delmaal_assistant.cli.audit import code_explanation

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    p = tmp_path / "e.csv"
    long1 = "At borgeren " + "går en tur og " * 12 + "hviler sig hver dag frem til 1. marts 2027."
    long2 = "At borgeren " + "vasker op og " * 20 + "rydder af hver aften frem til 1. marts 2027."
    p.write_text(f"Delmål\nAt borgeren bliver bedre til at lave mad frem til 1. marts 2027.\n{long1}\n{long2}\n",
                 encoding="utf-8")
    report = tmp_path / "r.html"
    assert _audit([str(p), "-o", str(report)], capsys)[0] == 0
    raw = report.read_text(encoding="utf-8")
    for code in ("vague-verb", "long-sentence"):
        row = re.search(rf'<tr data-code="{code}">(.*?)</tr>', raw, re.S).group(1)
        explanation = code_explanation(code)
        assert explanation and "{" not in explanation and html_escape(explanation) in row
        assert "bliver bedre til" not in row and " ord)" not in row  # not one row's message
    # each row carries its own words: the excerpt and what the finding says about that row
    r1 = re.search(r'<tr id="r-1".*?</tr>', raw, re.S).group(0)
    assert "»bliver bedre til" in r1
    m2 = re.findall(r'<span class="msg">(.*?)</span>', re.search(r'<tr id="r-2".*?</tr>', raw, re.S).group(0))
    m3 = re.findall(r'<span class="msg">(.*?)</span>', re.search(r'<tr id="r-3".*?</tr>', raw, re.S).group(0))
    assert any("ord)" in m for m in m2) and any("ord)" in m for m in m3) and m2 != m3


def html_escape(s: str) -> str:
    import html

    return html.escape(s)


def test_no_duplicate_findings_on_a_row(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    paths = _saved_set(tmp_path)
    report = tmp_path / "r.html"
    assert _audit([*map(str, paths), "-o", str(report)], capsys)[0] == 0
    raw = report.read_text(encoding="utf-8")
    for n, body in re.findall(r'<tr id="r-(\d+)" data-findings="\d+">(.*?)</tr>', raw, re.S):
        for block in re.findall(r'<div class="field"><span class="field-label">[^<]*</span><ul>(.*?)</ul>', body):
            items = re.findall(r"<li>(.*?)</li>", block)
            assert len(items) == len(set(items)), (n, items)


def test_table_of_contents_and_every_example_links_to_its_row(export, tmp_path, capsys):
    report = tmp_path / "r.html"
    assert _audit([str(export), "-o", str(report), "--group-by", "Team"], capsys)[0] == 0
    raw = report.read_text(encoding="utf-8")
    toc = re.search(r'<nav class="toc" id="toc">(.*?)</nav>', raw, re.S).group(1)
    targets = re.findall(r'href="#([^"]+)"', toc)
    assert targets[:3] == ["totals", "chart", "groups"] and "all" in targets and "top" in targets
    ids = set(re.findall(r'\bid="([^"]+)"', raw))
    assert set(targets) <= ids
    examples = re.findall(r'<p class="example">(.*?)</p>', raw, re.S)
    assert examples and all(re.search(r'href="#r-\d+"', ex) for ex in examples)
    assert set(re.findall(r'href="#([^"]+)"', raw)) <= ids  # no link points nowhere
    # the chart's bars link to the code's section, which links to every delmål with it
    bar = re.search(r'<g class="bar" data-code="avoidance"[^>]*><a href="#(kode-avoidance)">', raw)
    assert bar
    section = re.search(r'<div class="problem" id="kode-avoidance".*?</div>', raw, re.S).group(0)
    assert len(re.findall(r'href="#r-\d+"', section.split("Alle delmål med problemet")[1])) == 2


def test_group_by_twice_gives_a_cross_table(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    p = tmp_path / "e.csv"
    p.write_text("Team;Afdeling;Delmål\nNord;Bo 1;At borgeren ikke ryger.\nNord;Bo 2;At borgeren går flere ture.\n"
                 "Syd;Bo 1;At borgeren vasker tøj hver onsdag frem til 1. marts 2027.\n", encoding="utf-8")
    report = tmp_path / "r.html"
    code, _, err = _audit([str(p), "-o", str(report), "--group-by", "team", "--group-by", "Afdeling"], capsys)
    assert code == 0, err
    raw = report.read_text(encoding="utf-8")
    assert 'id="group-table"' in raw and 'id="group-table-2"' in raw and 'id="cross-table"' in raw
    assert "Team × Afdeling" in raw  # the columns' names as the file writes them
    cells = dict(re.findall(r'data-cell="([^"]+)">([^<]*)<', raw))
    assert cells["Nord|Bo 1"] == "1 · 100 %" and cells["Syd|Bo 1"].startswith("1 · ") and cells["Syd|Bo 2"] == "–"
    assert _audit([str(p), "-o", str(tmp_path / "r.xlsx"), "--group-by", "team", "--group-by", "Afdeling"],
                  capsys)[0] == 0
    code, _, err = _audit([str(p), "-o", str(report), "--group-by", "a", "--group-by", "b", "--group-by", "c"],
                          capsys)
    assert code == 2 and "højst 2" in err
    code, _, err = _audit([str(p), "-o", str(report), "--group-by", "Team", "--group-by", "Hus"], capsys)
    assert code == 2 and "'Hus'" in err and "Traceback" not in err


def test_trend_by_month_from_a_date_column_or_the_files_dates(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    p = tmp_path / "e.csv"
    p.write_text("Oprettet;Delmål\n03-01-2026;At borgeren ikke ryger.\n2026-01-20;At borgeren går flere ture.\n"
                 "1.3.26;At borgeren vasker tøj hver onsdag frem til 1. marts 2027.\n;At borgeren går.\n",
                 encoding="utf-8")
    report = tmp_path / "r.html"
    assert _audit([str(p), "-o", str(report)], capsys)[0] == 0
    raw = report.read_text(encoding="utf-8")
    months = re.findall(r'<tr data-month="([^"]+)"><td>([^<]+)</td><td class="num">(\d+)</td>', raw)
    assert months == [("2026-01", "januar 2026", "2"), ("2026-03", "marts 2026", "1"), ("(uden dato)", "(uden dato)", "1")]
    # saved delmål: their creation dates
    paths = _saved_set(tmp_path)
    assert _audit([*map(str, paths), "-o", str(report)], capsys)[0] == 0
    raw = report.read_text(encoding="utf-8")
    assert re.findall(r'<tr data-month="([^"]+)">', raw) == ["2026-01", "2026-03"]
    # one month is no trend: the section is left out
    same = _saved_set(tmp_path / "same", created_months=((2026, 2),) * 3) if (tmp_path / "same").mkdir() is None else []
    assert _audit([*map(str, same), "-o", str(report)], capsys)[0] == 0
    assert 'id="trend"' not in report.read_text(encoding="utf-8")


def test_suggestions_rank_below_warnings(tmp_path, capsys, monkeypatch):
    from delmaal_assistant.checker.findings import SEVERITY_RANK

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    long = "At borgeren " + "vasker op og " * 20 + "rydder af hver aften frem til 1. marts 2027."
    p = tmp_path / "e.csv"
    p.write_text(f"Delmål\n{long}\n{long}\n{long}\nAt borgeren ikke ryger frem til 1. marts 2027.\n",
                 encoding="utf-8")
    report = tmp_path / "r.html"
    assert _audit([str(p), "-o", str(report)], capsys)[0] == 0
    raw = report.read_text(encoding="utf-8")
    bars = re.findall(r'<g class="bar" data-code="([^"]+)" data-count="(\d+)"', raw)
    assert bars[0] == ("avoidance", "1") and ("long-sentence", "3") in bars  # 1 warning before 3 suggestions
    table = re.search(r'<table id="codes">(.*?)</table>', raw, re.S).group(1)
    sevs = re.findall(r'<span class="sev-(\w+)">', table)
    assert "suggestion" in sevs and "warning" in sevs
    assert [SEVERITY_RANK[s] for s in sevs] == sorted((SEVERITY_RANK[s] for s in sevs), reverse=True)
    top = raw.split('<section id="top">')[1].split("</section>")[0]
    assert "sev-suggestion" not in top.split("<h3>")[1]  # the most important problem is not a suggestion


def test_print_is_a4_and_keeps_every_column(tmp_path, capsys, monkeypatch):
    """Many teams: the team table is printed with every column (teams are columns, headers wrap or turn)."""
    import shutil

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    teams = [f"Team {c}" for c in "ABCDEFGHIJKL"]
    p = tmp_path / "e.csv"
    p.write_text("Team;Delmål\n" + "".join(f"{t};At borgeren ikke ryger.\n{t};At borgeren går ture.\n"
                                          for t in teams), encoding="utf-8")
    report = tmp_path / "r.html"
    assert _audit([str(p), "-o", str(report), "--group-by", "Team"], capsys)[0] == 0
    raw = report.read_text(encoding="utf-8")
    assert "size: A4" in raw and "th.rot" in raw
    exe = need_chromium()
    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext (poppler-utils) findes ikke; PDF'ens tekst kan ikke læses")
    pdf = tmp_path / "r.pdf"
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run([exe, *FLAGS, f"--user-data-dir={profile}", "--no-pdf-header-footer",
                        f"--print-to-pdf={pdf}", report.as_uri()], capture_output=True, timeout=120)
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    assert re.search(r"Page size:\s+59[45]\.\d+ x 84[12]\.\d+ pts \(A4\)", info), info
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True).stdout
    flat = re.sub(r"\s+", "", text)
    for t in teams:  # every team's column is on the page (rotated headers read as one word each)
        assert t.replace(" ", "") in flat or t.replace(" ", "")[::-1] in flat, t


def test_a_finding_about_the_whole_wording_does_not_hide_the_others(export, tmp_path, capsys):
    """Seen in the browser: "ingen tidsramme" marked the whole wording, so "ikke" (avoidance) could not be seen."""
    report = tmp_path / "r.html"
    assert _audit([str(export), "-o", str(report), "--id-column", "Id"], capsys)[0] == 0
    raw = report.read_text(encoding="utf-8")
    row = re.search(r'<tr id="r-1".*?</tr>', raw, re.S).group(0)
    assert "At borgeren <mark>ikke</mark> ryger på værelset." in row
    assert "»ikke«" in row and "»At borgeren ikke" not in row  # the whole text is not quoted again
