"""One Word standard for every document (issue 27): the delmål export and the status for the follow-up meeting
pass the same checks – A4, da-DK, a header, a footer "Side X af Y", a package true to this program (app.xml,
core.xml, no thumbnail, no customXml, every relationship resolving) – and both render to PDF with LibreOffice
(skipped, with the reason, where it is not installed)."""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile
from datetime import date, datetime, timezone
from io import BytesIO
from pathlib import Path, PurePosixPath

import pytest

from delmaal_assistant import __version__
from delmaal_assistant.core.model.period import Observation
from delmaal_assistant.core.outputs.export import DocxLayout, to_docx
from delmaal_assistant.core.outputs.status import build_status, render_docx
from sample_delmaal import full_delmaal

docx = pytest.importorskip("docx")
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Cm  # noqa: E402

TODAY = date(2027, 2, 20)


def _delmaal():
    d = full_delmaal()
    d.created_at = datetime(2026, 11, 3, 9, 30, tzinfo=timezone.utc)
    d.updated_at = datetime(2026, 11, 20, 14, 0, tzinfo=timezone.utc)
    d.measurement = "Beboeren er på niveau 2 eller lavere i 3 uger i træk."
    d.observations = [Observation(observed_on=date(2027, 1, day), level=lvl, note="Vaskede selv med følgeskab.")
                      for day, lvl in ((5, 3), (12, 2), (19, 2), (26, 2))]
    return d


def export_docx() -> bytes:
    return to_docx(_delmaal(), findings=[], layout=DocxLayout(unit_name="Bostedet Engly"), today=TODAY)


def status_docx() -> bytes:
    d = _delmaal()
    return render_docx([build_status(d, "x", TODAY), build_status(full_delmaal(title="Indkøb"), "y", TODAY)],
                       TODAY, "Status til opfølgningsmødet", author="", unit_name="Bostedet Engly")


DOCS = {"export": export_docx, "status": status_docx}


def word_problems(data: bytes) -> list[str]:
    """Every check of the one standard; a list of what fails."""
    out = []
    z = zipfile.ZipFile(BytesIO(data))
    names = set(z.namelist())
    for bad in ("docProps/thumbnail.jpeg", "word/stylesWithEffects.xml"):
        if bad in names:
            out.append(f"template leftover {bad}")
    if any(n.startswith("customXml/") for n in names):
        out.append("template leftover customXml (bibliography)")
    app = z.read("docProps/app.xml").decode("utf-8")
    if "Microsoft" in app or "Normal.dotm" in app or "<Template" in app:
        out.append("app.xml names Word or its template")
    if f"<Application>delmaal-assistant {__version__}</Application>" not in app:
        out.append("app.xml does not name this program")
    core = z.read("docProps/core.xml").decode("utf-8")
    if "python-docx" in core or "2013-12-23" in core:
        out.append("core.xml from python-docx's template")
    if "<dc:language>da-DK</dc:language>" not in core:
        out.append("core.xml language is not da-DK")
    types = z.read("[Content_Types].xml").decode("utf-8")
    for rels in [n for n in names if n.endswith(".rels")]:
        base = PurePosixPath(rels).parent.parent
        for m in re.finditer(r'<Relationship [^>]*Target="([^"]+)"[^>]*/>', z.read(rels).decode("utf-8")):
            if 'TargetMode="External"' in m.group(0):
                continue
            target = str((base / m.group(1)).as_posix())
            parts = []
            for p in target.split("/"):
                if p == "..":
                    parts.pop()
                elif p not in ("", "."):
                    parts.append(p)
            if "/".join(parts) not in names:
                out.append(f"{rels} points to a missing part {m.group(1)}")
    for m in re.finditer(r'<Override PartName="/([^"]+)"', types):
        if m.group(1) not in names:
            out.append(f"[Content_Types].xml names a missing part {m.group(1)}")
    doc = docx.Document(BytesIO(data))
    for s in doc.sections:
        if abs(s.page_width - Cm(21.0)) > Cm(0.05) or abs(s.page_height - Cm(29.7)) > Cm(0.05):
            out.append("not A4")
        if not "".join(p.text for p in s.header.paragraphs).strip():
            out.append("no header")
        foot = s.footer._element.xml
        if "Side " not in foot or 'w:instr="PAGE"' not in foot or 'w:instr="NUMPAGES"' not in foot:
            out.append("no footer Side X af Y")
    styles = doc.styles.element
    langs = {el.get(qn("w:val")) for el in styles.iter(qn("w:lang"))} | {
        el.get(qn("w:val")) for el in doc.element.body.iter(qn("w:lang"))}
    if langs != {"da-DK"}:
        out.append(f"languages {sorted(x or '' for x in langs)}")
    theme = doc.settings.element.find(qn("w:themeFontLang"))
    if theme is not None and theme.get(qn("w:val")) != "da-DK":
        out.append("settings themeFontLang not da-DK")
    if doc.core_properties.created.year < 2020:
        out.append("created date from the template")
    return out


@pytest.mark.parametrize("kind", DOCS)
def test_both_documents_pass_the_same_word_checks(kind):
    assert word_problems(DOCS[kind]()) == []


def test_the_checks_flag_python_docx_defaults():
    buf = BytesIO()
    docx.Document().save(buf)
    problems = word_problems(buf.getvalue())
    for expected in ("thumbnail", "customXml", "app.xml names Word", "core.xml from python-docx", "not A4",
                     "no header", "no footer", "languages"):
        assert any(expected in p for p in problems), expected


SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice er ikke installeret (Debian: libreoffice-writer-nogui)")
@pytest.mark.parametrize("kind", DOCS)
def test_both_render_to_pdf_with_libreoffice(kind, tmp_path):
    src = tmp_path / f"{kind}.docx"
    src.write_bytes(DOCS[kind]())
    profile = tmp_path / "lo-profile"
    r = subprocess.run([SOFFICE, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                        "--outdir", str(tmp_path), str(src)], capture_output=True, text=True, timeout=240)
    pdf = tmp_path / f"{kind}.pdf"
    assert r.returncode == 0 and pdf.exists(), r.stderr
    raw = pdf.read_bytes()
    assert raw.startswith(b"%PDF")
    boxes = re.findall(rb"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]", raw)
    assert boxes and all(abs(float(w) - 595.3) < 1.5 and abs(float(h) - 841.9) < 1.5 for w, h in boxes)  # A4
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True).stdout
        pages = text.split("\f")
        pages = [p for p in pages if p.strip()]
        n = len(pages)
        assert n >= 2
        for i, page in enumerate(pages, 1):
            assert f"Side {i} af {n}" in page, (i, page[-300:])
            assert "Bostedet Engly" in page  # the header on every page
        if kind == "status":
            assert "er nået" in text and "lavere er bedre" in text
        if shutil.which("pdftoppm"):  # pages as PNG, for a person to look at (kept beside the PDF)
            subprocess.run(["pdftoppm", "-png", "-r", "50", str(pdf), str(tmp_path / kind)], check=True, timeout=120)
            assert list(tmp_path.glob(f"{kind}-*.png"))
