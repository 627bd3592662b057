"""Spreadsheets as case systems and Excel write them (issue 10, item 1; issue 8, items 5 and 7).

Every file here is made the way Excel makes it: Danish Excel's "CSV (semikolonsepareret)" is Windows-1252 with
`;` and CRLF; "CSV UTF-8" has a BOM; "Unicode-tekst" is UTF-16 with a BOM and tabs; a cell with Alt+Enter line
breaks is quoted and holds LF; .xlsx is written with openpyxl. Each is checked through `delmaal check` as a user
runs it, and the rows must be the rows Excel shows (header = 1).
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from delmaal_assistant.cli import main
from delmaal_assistant.core.files.inputs import normalise_name
from delmaal_assistant.core.files.spreadsheets import sniff_delimiter

ROOT = Path(__file__).resolve().parents[1]
GOOD = "At borgeren vasker tøj hver onsdag frem til 1. marts 2027."
COMMA = "At beboeren vasker sit tøj hver onsdag, frem til 1. marts."
MULTI = "At borgeren bliver bedre\ntil at lave mad."


@pytest.fixture(autouse=True)
def _no_user_config(tmp_path, monkeypatch):
    """No delmaal.toml from the developer's own folders or config dir."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.chdir(tmp_path)


def check_json(argv, capsys):
    code = main(["check", "--format", "json", "--fail-level", "none", *argv])
    out, err = capsys.readouterr()
    return code, (json.loads(out) if out.strip() else None), err


def excel_csv(rows: list[list[str]], sep: str = ";") -> str:
    """A CSV the way Excel writes it: quotes only where needed, CRLF between rows, LF inside cells."""
    def cell(v: str) -> str:
        return '"' + v.replace('"', '""') + '"' if any(c in v for c in (sep, '"', "\n", "\r")) else v
    return "".join(sep.join(cell(v) for v in r) + "\r\n" for r in rows)


def test_danish_excel_semicolon_csv_cp1252_with_multiline_cell(tmp_path, capsys):
    rows = [["Sags-id", "Team", "Delmål"], ["A-17", "Nord", MULTI], ["A-18", "Syd", COMMA], ["A-19", "Nord", GOOD]]
    p = tmp_path / "eksport.csv"
    p.write_bytes(excel_csv(rows).encode("cp1252"))
    code, doc, err = check_json([str(p), "--id-column", "sags-id"], capsys)
    assert code == 0
    assert "Windows-1252" in err  # the guessed encoding is said, not silent
    res = doc["results"]
    assert [(r["row"], r["id"], r["text"]) for r in res] == [(2, "A-17", MULTI), (3, "A-18", COMMA), (4, "A-19", GOOD)]
    assert res[0]["line"] == 2 and res[1]["line"] == 4  # the text line, after the two-line cell
    assert "tøj" in res[1]["text"]
    assert not any(f["code"] == "missing-timeframe" for f in res[1]["findings"])


def test_excel_csv_utf8_with_bom(tmp_path, capsys):
    p = tmp_path / "eksport.csv"
    p.write_bytes(b"\xef\xbb\xbf" + excel_csv([["DELMÅL", "Team"], [COMMA, "Øst"]]).encode("utf-8"))
    code, doc, err = check_json([str(p)], capsys)
    assert not err
    (r,) = doc["results"]
    assert (r["row"], r["text"]) == (2, COMMA)


def test_excel_unicode_text_utf16_tabs(tmp_path, capsys):
    p = tmp_path / "eksport.tsv"
    p.write_bytes(excel_csv([["Id", "Delmål"], ["1", COMMA], ["2", MULTI]], sep="\t").encode("utf-16"))
    code, doc, err = check_json([str(p), "--id-column", "Id"], capsys)
    assert [(r["row"], r["id"], r["text"]) for r in doc["results"]] == [(2, "1", COMMA), (3, "2", MULTI)]


def test_one_column_csv_keeps_its_commas(tmp_path, capsys):
    # issue 8, item 7: this used to check "At beboeren vasker sit tøj hver onsdag" and report a missing timeframe
    p = tmp_path / "liste.csv"
    p.write_text(f"delmaal\n{COMMA}\nAt borgeren går ture, cykler og svømmer, hver uge frem til jul.\n",
                 encoding="utf-8")
    code, doc, _ = check_json([str(p)], capsys)
    texts = [r["text"] for r in doc["results"]]
    assert texts[0] == COMMA and texts[1].endswith("frem til jul.")
    assert not any(f["code"] == "missing-timeframe" for r in doc["results"] for f in r["findings"])


def test_english_excel_comma_csv_with_quoted_commas(tmp_path, capsys):
    p = tmp_path / "export.csv"
    p.write_text(excel_csv([["id", "delmaal", "note"], ["7", COMMA, "x;y"]], sep=","), encoding="utf-8")
    code, doc, _ = check_json([str(p), "--id-column", "id"], capsys)
    (r,) = doc["results"]
    assert (r["id"], r["text"]) == ("7", COMMA)


def test_unquoted_comma_in_the_last_column_stays_in_the_wording(tmp_path, capsys):
    p = tmp_path / "haand.csv"
    p.write_text(f"id,delmaal\n1,{COMMA}\n2,{GOOD}\n", encoding="utf-8")
    code, doc, _ = check_json([str(p)], capsys)
    assert [r["text"] for r in doc["results"]] == [COMMA, GOOD]


def test_xlsx_written_by_openpyxl_first_sheet_rows_and_ids(tmp_path, capsys):
    openpyxl = pytest.importorskip("openpyxl")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Eksport"
    ws.append(["Borger-id", "Team", "Delmål"])
    ws.append([4711, "Nord", MULTI])
    ws.append([None, None, None])  # an empty row in the middle: Excel still counts it
    ws.append([4712, "Syd", COMMA])
    other = wb.create_sheet("Noter")
    other.append(["delmaal"])
    other.append(["At personalet støtter borgeren."])
    p = tmp_path / "eksport.xlsx"
    wb.save(p)
    code, doc, _ = check_json([str(p), "--id-column", "borger-id"], capsys)
    assert [(r["row"], r["id"], r["text"]) for r in doc["results"]] == [(2, "4711", MULTI), (4, "4712", COMMA)]
    code, doc, _ = check_json([str(p), "--sheet", "Noter"], capsys)
    assert [(r["row"], r["text"]) for r in doc["results"]] == [(2, "At personalet støtter borgeren.")]


def test_xlsx_unknown_sheet_and_not_a_workbook(tmp_path, capsys):
    openpyxl = pytest.importorskip("openpyxl")
    wb = openpyxl.Workbook()
    wb.active.append(["delmaal"])
    p = tmp_path / "a.xlsx"
    wb.save(p)
    assert main(["check", str(p), "--sheet", "Ark9"]) == 2
    assert "Ark9" in capsys.readouterr().err
    fake = tmp_path / "b.xlsx"
    fake.write_text("delmaal\nx\n", encoding="utf-8")
    assert main(["check", str(fake)]) == 2
    err = capsys.readouterr().err
    assert "Excel" in err and "Traceback" not in err


def test_column_names_case_and_danish_letters():
    assert normalise_name("Delmål") == normalise_name("delmaal") == normalise_name(" DELMÅL ") == "delmaal"
    assert normalise_name("\ufeffSags-id") == normalise_name("sags_id")


@pytest.mark.parametrize("sample,expected", [
    ("a;b\n1;2,3\n4;5\n", (";", False)),
    ("a,b\n1,2\n", (",", False)),
    ("a\tb\n1\t2\n", ("\t", False)),
    ("delmaal\nx, y\nz, w\n", ("\x1f", True)),
])
def test_sniff_delimiter(sample, expected):
    assert sniff_delimiter(sample) == expected


def test_missing_column_names_the_columns(tmp_path, capsys):
    p = tmp_path / "a.csv"
    p.write_bytes(excel_csv([["Id", "Tekst"], ["1", GOOD]]).encode("cp1252"))
    assert main(["check", str(p)]) == 2
    err = capsys.readouterr().err
    assert "'Id', 'Tekst'" in err and "--column" in err
    code, doc, _ = check_json([str(p), "--column", "TEKST"], capsys)
    assert doc["results"][0]["text"] == GOOD


# ------------------------------------------------------------------------------ special files (issue 8, 5)
def _proc(args, **kw):
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    return subprocess.run([sys.executable, "-m", "delmaal_assistant", *args], capture_output=True, env=env,
                          timeout=60, **kw)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this platform")
@pytest.mark.parametrize("name", ["pipe.txt", "pipe.csv", "pipe.xlsx", "pipe.delmaal.json", "link-to-pipe.csv"])
def test_fifo_is_refused_at_once(tmp_path, name):
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    target = tmp_path / name
    if name.startswith("link"):
        target.symlink_to(fifo)
    else:
        os.rename(fifo, target)
    r = _proc(["check", str(target)])  # used to hang for ever; the timeout above would fail the test
    err = r.stderr.decode()
    assert r.returncode == 2 and "FIFO" in err and "Traceback" not in err


@pytest.mark.parametrize("path,word", [("/dev/zero", "enhed"), ("/dev/null", "enhed")])
def test_devices_are_refused(path, word, capsys):
    if not os.path.exists(path):
        pytest.skip(f"{path} findes ikke")
    assert main(["check", path]) == 2
    assert word in capsys.readouterr().err


def test_socket_is_refused(tmp_path, capsys):
    import socket

    sock_path = tmp_path / "s.csv"
    s = socket.socket(socket.AF_UNIX)
    try:
        s.bind(str(sock_path))
    except OSError:
        pytest.skip("unix sockets unavailable")
    try:
        assert main(["check", str(sock_path)]) == 2
        assert "socket" in capsys.readouterr().err
    finally:
        s.close()


def test_empty_argument_is_not_a_folder(capsys):
    assert main(["check", ""]) == 2
    err = capsys.readouterr().err
    assert "mappe" not in err and "tom" in err


def test_stdin_without_newlines_is_bounded(monkeypatch, capsys):
    from delmaal_assistant.core.files import inputs

    monkeypatch.setattr(inputs, "MAX_LINE_CHARS", 1000)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"x" * 5000), encoding="utf-8"))
    assert main(["check", "-"]) == 2
    assert "linje 1" in capsys.readouterr().err


def test_empty_rows_above_the_header_count_as_rows(tmp_path, capsys):
    p = tmp_path / "eksport.csv"
    p.write_bytes(excel_csv([[""], ["Delmål"], [COMMA]]).encode("utf-8-sig"))
    code, doc, _ = check_json([str(p)], capsys)
    assert [(r["row"], r["text"]) for r in doc["results"]] == [(3, COMMA)]


def test_a_late_input_error_keeps_the_json_valid_and_exits_2(tmp_path, capsys):
    good = tmp_path / "a.txt"
    good.write_text(GOOD + "\n", encoding="utf-8")
    empty = tmp_path / "b.csv"
    empty.write_text("delmaal\n", encoding="utf-8")
    code = main(["check", "--format", "json", str(good), str(empty)])
    out, err = capsys.readouterr()
    doc = json.loads(out)
    assert code == 2 and "b.csv" in doc["error"] and "b.csv" in err
    assert all(r["text"] == GOOD for r in doc["results"])  # results checked before the error may be there
