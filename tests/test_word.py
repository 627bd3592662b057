"""The Word export opened the way Word reads it (python-docx and the raw XML): A4, Danish proofing on every style,
properties from the delmål, header and footer, fixed column widths, repeating header rows, the agreement block,
and no crash on control characters; and `delmaal indstillinger`, which sets what the export reads."""

import io
import json
import struct
import zlib
from datetime import date, datetime, timezone

import pytest

from delmaal_assistant.cli import main
from delmaal_assistant.core.outputs.export import DocxLayout, to_docx
from delmaal_assistant.core.outputs.publish import publish_exports
from delmaal_assistant.core.model import ExternalActor, Method
from delmaal_assistant.core.files.storage import save_delmaal
from sample_delmaal import full_delmaal

docx = pytest.importorskip("docx")
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Cm  # noqa: E402

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def png_bytes(w: int = 4, h: int = 2) -> bytes:
    """A real (tiny) PNG, written by hand."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    raw = b"".join(b"\x00" + b"\x80\x20\x20" * w for _ in range(h))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def _open(data: bytes):
    return docx.Document(io.BytesIO(data))


def _delmaal(**kw):
    d = full_delmaal(**kw)
    d.created_at = datetime(2026, 11, 3, 9, 30, tzinfo=timezone.utc)
    d.updated_at = datetime(2026, 11, 20, 14, 0, tzinfo=timezone.utc)
    return d


def test_a4_with_margins_and_danish_proofing_on_every_style():
    doc = _open(to_docx(_delmaal(), findings=[], layout=DocxLayout()))
    for s in doc.sections:
        assert abs(s.page_width - Cm(21.0)) < Cm(0.05) and abs(s.page_height - Cm(29.7)) < Cm(0.05)
        assert abs(s.left_margin - Cm(2.0)) < Cm(0.05)
    styles = doc.styles.element
    default = styles.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr")).find(qn("w:lang"))
    assert default.get(qn("w:val")) == "da-DK"
    every = styles.findall(qn("w:style"))
    assert len(every) > 20
    for st in every:
        if st.get(qn("w:type")) in ("paragraph", "character", "table"):
            lang = st.find(qn("w:rPr")).find(qn("w:lang")) if st.find(qn("w:rPr")) is not None else None
            assert lang is not None and lang.get(qn("w:val")) == "da-DK", st.get(qn("w:styleId"))
    # and nothing in the body says otherwise (no run with an English language)
    body_langs = {el.get(qn("w:val")) for el in doc.element.body.iter(qn("w:lang"))}
    assert body_langs <= {"da-DK"}


def test_properties_come_from_the_delmaal_and_author_is_empty_by_default():
    doc = _open(to_docx(_delmaal(title="Tøjvask"), findings=[], layout=DocxLayout()))
    p = doc.core_properties
    assert p.title == "Delmål: Tøjvask"
    fonts = doc.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr")).find(qn("w:rFonts"))
    assert fonts.get(qn("w:ascii")) == "Calibri" and fonts.get(qn("w:asciiTheme")) is None  # one font throughout
    assert p.created.replace(tzinfo=None) == datetime(2026, 11, 3, 9, 30)
    assert p.modified.replace(tzinfo=None) == datetime(2026, 11, 20, 14, 0)
    assert p.author == "" and p.last_modified_by == ""
    assert "python-docx" not in (p.author + p.comments + p.last_modified_by)
    assert p.language == "da-DK"


def test_author_from_the_settings():
    doc = _open(to_docx(_delmaal(), findings=[], layout=DocxLayout(author="Mette Holm")))
    assert doc.core_properties.author == "Mette Holm"


def test_header_has_title_and_unit_and_footer_has_page_x_of_y_and_print_date(tmp_path):
    logo = tmp_path / "logo.png"
    logo.write_bytes(png_bytes())
    data = to_docx(_delmaal(title="Tøjvask"), findings=[],
                   layout=DocxLayout(unit_name="Bo- og Naboskab", unit_logo=logo), today=date(2026, 12, 1))
    doc = _open(data)
    sec = doc.sections[0]
    head = sec.header.paragraphs[0]
    assert "Bo- og Naboskab" in head.text and "Delmål: Tøjvask" in head.text
    assert head._p.findall(".//" + qn("w:drawing")), "the logo is in the header"
    foot = sec.footer.paragraphs[0]._p
    instr = [f.get(qn("w:instr")).strip() for f in foot.iter(qn("w:fldSimple"))]
    assert instr == ["PAGE", "NUMPAGES"]
    text = "".join(t.text for t in foot.iter(qn("w:t")))
    assert text.startswith("Side 1 af 1") and "Udskrevet 01-12-2026" in text


def test_without_unit_the_header_is_only_the_title():
    doc = _open(to_docx(_delmaal(title="Tøjvask"), findings=[], layout=DocxLayout()))
    assert doc.sections[0].header.paragraphs[0].text == "Delmål: Tøjvask"


def test_tables_have_fixed_widths_within_the_page_and_repeating_headers():
    doc = _open(to_docx(_delmaal(), findings=[], layout=DocxLayout()))
    assert len(doc.tables) >= 3  # indicators, SMART, agreement
    text_width = Cm(21.0 - 4.0)
    for t in doc.tables:
        assert t._tbl.tblPr.find(qn("w:tblLayout")) is not None or t.autofit is False
        widths = [c.width for c in t.rows[0].cells]
        assert all(w is not None for w in widths)
        assert sum(widths) <= text_width + Cm(0.05)
        for row in t.rows[1:]:  # every row has the header's widths
            assert [c.width for c in row.cells] == widths
        # a fixed-layout table is drawn from its grid: the grid must carry the same widths (seen in LibreOffice:
        # without w:gridCol widths the columns came out equal)
        grid = [int(g.get(qn("w:w"))) for g in t._tbl.tblGrid.findall(qn("w:gridCol"))]
        assert grid == [int(w.twips) for w in widths]
        assert all(r._tr.trPr.find(qn("w:cantSplit")) is not None for r in t.rows)  # no row cut across pages
        trpr = t.rows[0]._tr.trPr
        assert trpr is not None and trpr.find(qn("w:tblHeader")) is not None
        assert all(r._tr.trPr is None or r._tr.trPr.find(qn("w:tblHeader")) is None for r in t.rows[1:])
    ind = doc.tables[0]
    w = [c.width for c in ind.rows[0].cells]
    assert w[0] < w[1] < w[2] and w[2] == w[3]  # the level is narrow; the two text columns get the room


def _agreement(doc):
    t = doc.tables[-1]
    assert [c.text for c in t.rows[0].cells] == ["Aftalt med", "Dato", "Underskrift"]
    return [r.cells[0].text for r in t.rows[1:]]


def test_agreement_block_with_guardian_only_when_involved():
    d = _delmaal()
    d.collaboration.agreement = "Aftalt på mødet 3. november."
    doc = _open(to_docx(d, findings=[], layout=DocxLayout()))
    assert _agreement(doc) == ["Beboer", "Kontaktperson"]
    body = "\n".join(p.text for p in doc.paragraphs)
    assert "Aftale" in body and "Aftalt på mødet 3. november." in body
    d.collaboration.guardian_involved = True
    assert _agreement(_open(to_docx(d, findings=[], layout=DocxLayout()))) == ["Beboer", "Værge", "Kontaktperson"]


CONTROL = "\x00\x01\x07\x0b\x0c\x1b[31m\x7f\ufffe"


def _poisoned():
    d = _delmaal(title=f"Tøj{CONTROL}vask")
    d.wording = f"At beboeren vasker tøj{CONTROL} hver onsdag."
    d.purpose = f"Formål{CONTROL}"
    d.measurement = f"Måling{CONTROL}"
    d.handleplan_goal = f"Handleplan{CONTROL}"
    d.methods = [Method(name=f"Metode{CONTROL}", kind="metode", description=f"Beskrivelse{CONTROL}")]
    d.indsats.actions = f"Handling{CONTROL}"
    d.collaboration.resident_own_words = f"Mine ord{CONTROL}"
    d.collaboration.agreement = f"Aftale{CONTROL}"
    d.collaboration.guardian_involved = True
    d.collaboration.guardian_involvement = f"Værge{CONTROL}"
    d.external_actors = [ExternalActor(name=f"Kometen{CONTROL}", how=f"Minder om{CONTROL}")]
    for lvl in d.indicators.levels:
        lvl.what_we_see = f"Ser{CONTROL}{lvl.level}"
        lvl.how_we_support = f"Støtter{CONTROL}{lvl.level}"
    d.documentation.what = f"Hvad{CONTROL}"
    return d


def test_control_characters_in_every_field_do_not_crash_the_export():
    d = _poisoned()
    data = to_docx(d, findings=[], layout=DocxLayout(unit_name=f"Enhed{CONTROL}", author=f"Forfatter{CONTROL}"))
    doc = _open(data)
    everything = "\n".join(p.text for p in doc.paragraphs) + "".join(
        c.text for t in doc.tables for r in t.rows for c in r.cells)
    assert "At beboeren vasker tøj hver onsdag." in everything  # the text stays, the controls go
    assert not any(ch in everything for ch in "\x00\x01\x07\x0b\x1b\x7f")
    assert doc.core_properties.title.startswith("Delmål: Tøj") and "\x00" not in doc.core_properties.title
    assert "Støtter3" in everything and "Tøjvask" in doc.sections[0].header.paragraphs[0].text


def test_control_characters_do_not_crash_the_reviews_export(tmp_path):
    """The review screen writes its files through publish_exports: every format survives the same text."""
    d = _poisoned()
    written = publish_exports(d, tmp_path, "Tøjvask", ("md", "txt", "docx", "easy", "fhir"), findings=[]).written
    assert [p.suffix for p in written] == [".md", ".txt", ".docx", ".txt", ".json"]
    _open(written[2].read_bytes())
    json.loads(written[4].read_text(encoding="utf-8"))
    for p in (written[0], written[1], written[3]):
        assert "\x1b" not in p.read_text(encoding="utf-8")


def test_control_characters_do_not_crash_the_cli_export(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("DELMAAL_DATA_DIR", str(tmp_path / "data"))
    src = tmp_path / "Tøjvask.delmaal.json"
    save_delmaal(src, _poisoned())
    assert main(["export", str(src), "--to", "docx", "-o", str(tmp_path / "ud.docx")]) == 0
    _open((tmp_path / "ud.docx").read_bytes())


# ------------------------------------------------------------------------------------ delmaal indstillinger


def test_settings_command_sets_what_the_word_export_reads(tmp_path, capsys, monkeypatch):
    data = tmp_path / "data"
    monkeypatch.setenv("DELMAAL_DATA_DIR", str(data))
    assert main(["indstillinger"]) == 0
    out = capsys.readouterr().out
    assert "enhed:     (ingen)" in out and "forfatter: (ingen" in out
    logo = tmp_path / "logo.png"
    logo.write_bytes(png_bytes())
    assert main(["indstillinger", "--enhed", "Bo- og Naboskab", "--logo", str(logo), "--forfatter", "Mette Holm"]) == 0
    out = capsys.readouterr().out
    assert "Gemt." in out and "Bo- og Naboskab" in out and "Mette Holm" in out
    logo.unlink()  # the export keeps working: the settings hold a copy
    src = tmp_path / "Tøjvask.delmaal.json"
    save_delmaal(src, _delmaal(title="Tøjvask"))
    assert main(["export", str(src), "--to", "docx", "-o", str(tmp_path / "ud.docx")]) == 0
    doc = _open((tmp_path / "ud.docx").read_bytes())
    head = doc.sections[0].header.paragraphs[0]
    assert "Bo- og Naboskab" in head.text and head._p.findall(".//" + qn("w:drawing"))
    assert doc.core_properties.author == "Mette Holm"
    # an empty value removes a setting
    assert main(["indstillinger", "--logo", "", "--forfatter", ""]) == 0
    saved = json.loads((data / "settings.json").read_text(encoding="utf-8"))
    assert saved["unit_logo"] is None and saved["author"] == "" and saved["unit_name"] == "Bo- og Naboskab"


@pytest.mark.parametrize("content, why", [
    (b"GIF89a\x01\x00\x01\x00", "ikke et PNG- eller JPEG-billede"),
    (b"hello, world", "ikke et PNG- eller JPEG-billede"),
    (b"\x89PNG\r\n\x1a\n" + b"\x00" * 10, "beskadiget"),
])
def test_settings_logo_must_be_a_png_or_jpeg(tmp_path, capsys, monkeypatch, content, why):
    monkeypatch.setenv("DELMAAL_DATA_DIR", str(tmp_path / "data"))
    bad = tmp_path / "logo.png"
    bad.write_bytes(content)
    assert main(["indstillinger", "--logo", str(bad)]) == 2
    err = capsys.readouterr().err
    assert why in err and "Traceback" not in err
    assert not (tmp_path / "data" / "settings.json").exists()


def test_settings_logo_missing_or_a_folder(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("DELMAAL_DATA_DIR", str(tmp_path / "data"))
    assert main(["indstillinger", "--logo", str(tmp_path / "findes-ikke.png")]) == 2
    assert main(["indstillinger", "--logo", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert err.count("delmaal indstillinger: Logoet") == 2 and "Traceback" not in err
