"""One Word builder for every document this program writes (the delmål export and the status for the follow-up
meeting): A4 with 2 cm margins, Danish proofing on the defaults, every style and the theme, one font, a header
(the unit and the document's title), a footer "Side X af Y · Udskrevet <dato>", and a package that is true to this
program: core properties from the document (no "python-docx", no 2013 date), an app.xml naming this program
(no "Microsoft Macintosh Word", no Normal.dotm), and none of python-docx's template leftovers (the blank
thumbnail, the bibliography customXml part, stylesWithEffects).

    doc = new_document(WordMeta(title=…, subject=…, author=…, created=…, modified=…), today=…, unit_name=…)
    … add content with python-docx …
    data = finish(doc, meta)
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime, time, timezone
from pathlib import Path

from delmaal_assistant import __version__ as VERSION
from delmaal_assistant.core import texts
from delmaal_assistant.core.sanitize import export_safe, xml_text
from delmaal_assistant.core.dates import format_date

APP_NAME = "delmaal-assistant"
LANG = "da-DK"
FONT = "Calibri"
# what python-docx's default template carries that this program does not write
DROP_PARTS = re.compile(r"^(docProps/thumbnail\.[a-z]+|customXml/.*|word/stylesWithEffects\.xml)$")
DROP_REL_TYPES = ("/metadata/thumbnail", "/relationships/customXml", "/stylesWithEffects")


@dataclass(frozen=True)
class WordMeta:
    title: str
    subject: str
    created: datetime
    modified: datetime
    author: str = ""
    keywords: str = ""
    company: str = ""
    extra: dict = field(default_factory=dict)


def _utc_naive(dt: datetime) -> datetime:
    return (dt.astimezone(timezone.utc) if dt.tzinfo else dt).replace(tzinfo=None, microsecond=0)


def set_danish(doc) -> None:
    """Danish proofing everywhere: the document defaults, every style and the theme font language."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    def set_lang(rpr) -> None:
        lang = rpr.find(qn("w:lang"))
        if lang is None:
            lang = OxmlElement("w:lang")
            rpr.append(lang)
        for attr in ("w:val", "w:eastAsia"):
            lang.set(qn(attr), LANG)

    styles = doc.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is not None:
        rpr_default = defaults.find(qn("w:rPrDefault"))
        if rpr_default is not None:
            set_lang(rpr_default.get_or_add_rPr() if hasattr(rpr_default, "get_or_add_rPr")
                     else rpr_default.find(qn("w:rPr")))
    for style in styles.findall(qn("w:style")):
        rpr = style.find(qn("w:rPr"))
        if rpr is None:
            rpr = OxmlElement("w:rPr")
            style.append(rpr)
        set_lang(rpr)
    settings = doc.settings.element
    theme_lang = settings.find(qn("w:themeFontLang"))
    if theme_lang is not None:
        theme_lang.set(qn("w:val"), LANG)
        theme_lang.attrib.pop(qn("w:eastAsia"), None)


def set_font(doc, name: str = FONT) -> None:
    """One font for body and headings (the default template mixes a serif body with sans-serif headings)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    rpr = doc.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(attr), None)
    for attr in ("w:ascii", "w:hAnsi", "w:cs"):
        fonts.set(qn(attr), name)
    for style_name in ("Normal", "Title", "Heading 1", "Heading 2", "Heading 3", "Quote"):
        try:
            doc.styles[style_name].font.name = name
        except KeyError:
            pass


def field_code(paragraph, code: str) -> None:
    """A Word field (PAGE, NUMPAGES) that Word and LibreOffice fill in when they lay out the page."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), code)
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    fld.append(run)
    paragraph._p.append(fld)


def new_document(meta: WordMeta, *, today: date, header: str, unit_name: str = "", unit_logo: Path | None = None,
                 size_pt: float = 11):
    """A python-docx Document laid out as every document of this program is."""
    from docx import Document
    from docx.shared import Cm, Pt

    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)  # A4
    section.left_margin = section.right_margin = Cm(2.0)
    section.top_margin, section.bottom_margin = Cm(2.0), Cm(2.0)
    set_danish(doc)
    props = doc.core_properties
    props.title = export_safe(meta.title)
    props.subject = export_safe(meta.subject)
    props.language = LANG
    props.author = export_safe(meta.author)
    props.last_modified_by = export_safe(meta.author)
    props.comments = ""
    props.keywords = export_safe(meta.keywords)
    props.category = ""
    props.created = _utc_naive(meta.created)
    props.modified = _utc_naive(meta.modified)
    props.revision = 1
    props.identifier = APP_NAME  # the mark of this program's files (core.outputs.ownership.GENERATOR)
    props.last_printed = datetime.combine(today, time())
    head = section.header.paragraphs[0]
    if unit_logo:
        try:
            head.add_run().add_picture(str(unit_logo), height=Cm(1.0))
            head.add_run("  ")
        except Exception:  # not a picture Word can show: the header keeps the name
            pass
    if unit_name:
        head.add_run(export_safe(unit_name) + " · ").bold = True
    head.add_run(export_safe(header))
    foot = section.footer.paragraphs[0]
    foot.add_run("Side ")
    field_code(foot, "PAGE")
    foot.add_run(texts.get("core.outputs.word.tekst"))
    field_code(foot, "NUMPAGES")
    foot.add_run(f" · Udskrevet {format_date(today)}")
    doc.styles["Normal"].font.size = Pt(size_pt)
    set_font(doc)
    return doc


def app_xml(meta: WordMeta) -> bytes:
    """docProps/app.xml for this program (Word recounts pages and words when it opens the file)."""
    company = f"<Company>{xml_text(export_safe(meta.company))}</Company>" if meta.company else "<Company/>"
    return ("<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
            '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
            'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
            f"<Application>{APP_NAME} {xml_text(VERSION)}</Application><DocSecurity>0</DocSecurity>"
            f"<ScaleCrop>false</ScaleCrop>{company}<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc>"
            "<HyperlinksChanged>false</HyperlinksChanged></Properties>").encode("utf-8")


def _clean_rels(xml: bytes) -> bytes:
    text = xml.decode("utf-8")
    return re.sub(r"<Relationship [^>]*Type=\"[^\"]*(?:" + "|".join(map(re.escape, DROP_REL_TYPES))
                  + r")\"[^>]*/>", "", text).encode("utf-8")


def _clean_types(xml: bytes) -> bytes:
    text = xml.decode("utf-8")
    text = re.sub(r"<Override PartName=\"/(?:docProps/thumbnail\.[a-z]+|customXml/[^\"]*|word/stylesWithEffects\.xml)\""
                  r"[^>]*/>", "", text)
    return text.encode("utf-8")


def finish(doc, meta: WordMeta) -> bytes:
    """The document as .docx bytes, its package cleaned of the template's leftovers."""
    buf = io.BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            name = info.filename
            if DROP_PARTS.match(name):
                continue
            data = src.read(name)
            if name == "docProps/app.xml":
                data = app_xml(meta)
            elif name.endswith(".rels"):
                data = _clean_rels(data)
            elif name == "[Content_Types].xml":
                data = _clean_types(data)
            zi = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return out.getvalue()
