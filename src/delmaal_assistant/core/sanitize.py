"""Text from input made safe to print or render: no terminal control codes, bidi controls made visible.

A checked file or an opened delmål may carry escape sequences (ESC ]0; window title, ESC [2J, OSC 52 clipboard
writes) or right-to-left overrides. `terminal_safe` is applied to every text before it reaches a terminal or a
Textual widget; the stored text is never changed.

Also the one home of escaping text for the documents we write: `markdown_text` (exports, the status report)
and `html_text` (the status and audit pages, the web server's page).
"""

from __future__ import annotations

import html
import re

# A whole escape sequence (CSI, OSC, DCS/SOS/PM/APC strings, two-byte ESC sequences), then any single C0/C1
# control character other than tab and newline.
_ESC_SEQ = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"            # CSI … final byte
    r"|\x1b[\]PX^_][^\x07\x1b]*(?:\x07|\x1b\\)?"  # OSC/DCS/SOS/PM/APC … BEL or ST (or unterminated)
    r"|\x9b[0-?]*[ -/]*[@-~]"            # 8-bit CSI
    r"|[\x9d\x90\x98\x9e\x9f][^\x07\x9c\x1b]*(?:\x07|\x9c)?"  # 8-bit OSC/DCS/… strings
    r"|\x1b[ -/]*[0-~]?"                  # other ESC sequences (and a lone ESC)
)
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
#: bidi controls shown as a visible marker instead of silently reordering the text around them
BIDI = {
    "\u202a": "[LRE]", "\u202b": "[RLE]", "\u202c": "[PDF]", "\u202d": "[LRO]", "\u202e": "[RLO]",
    "\u2066": "[LRI]", "\u2067": "[RLI]", "\u2068": "[FSI]", "\u2069": "[PDI]",
    "\u200e": "[LRM]", "\u200f": "[RLM]", "\u061c": "[ALM]",
}
_BIDI = re.compile("[" + "".join(BIDI) + "]")
#: every character any of the substitutions below starts at (an escape sequence begins with a C0/C1 control): a
#: text with none of them – nearly every text – comes back as it is after one search instead of five
_TERMINAL_WORK = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f" + "".join(BIDI) + "]")
_EXPORT_WORK = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f" + "".join(BIDI) + "\ud800-\udfff\ufffe\uffff]")


def terminal_safe(text: str) -> str:
    """`text` without escape sequences or control characters (tab and newline kept), bidi controls visible.

    Carriage returns become newlines so a CRLF text keeps its lines but cannot overwrite what was printed.
    """
    if not text or not _TERMINAL_WORK.search(text):
        return text
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _ESC_SEQ.sub("", text)
    text = _CONTROL.sub("", text)
    return _BIDI.sub(lambda m: BIDI[m.group(0)], text)


#: Characters XML 1.0 cannot hold even after `terminal_safe` (Word documents are XML): lone surrogates and the
#: non-characters U+FFFE/U+FFFF.
_NOT_XML = re.compile("[\ud800-\udfff\ufffe\uffff]")


def export_safe(text: str, *, show_bidi: bool = True) -> str:
    """`terminal_safe` for exported files (text, Markdown, Word, FHIR): no escape or control codes, bidi controls
    visible (or removed, `show_bidi=False`, for the resident's own text), nothing an XML document cannot hold."""
    if not text or not _EXPORT_WORK.search(text):
        return text
    if not show_bidi:
        text = _BIDI.sub("", text)
    return _NOT_XML.sub("", terminal_safe(text))


def markdown_safe(text: str) -> str:
    """`export_safe` for Markdown: the text as written, never markup (`markdown_text` after `export_safe`), so raw
    HTML (`<img onerror=…>`, `<script>`), images (`![…](…)`), links (`[…](javascript:…)`) and autolinks
    (`<javascript:…>`) stay text in every CommonMark renderer."""
    return markdown_text(export_safe(text)) if text else text


def export_safe_data(value, *, show_bidi: bool = True):
    """`export_safe` on every string in nested dicts and lists (a model dump), keys included."""
    if isinstance(value, str):
        return export_safe(value, show_bidi=show_bidi)
    if isinstance(value, dict):
        return {export_safe_data(k, show_bidi=show_bidi): export_safe_data(v, show_bidi=show_bidi)
                for k, v in value.items()}
    if isinstance(value, list):
        return [export_safe_data(v, show_bidi=show_bidi) for v in value]
    return value


_MD_INLINE = str.maketrans({c: "\\" + c for c in "\\*_#`[]<>|"})
_MD_LIST_NUMBER = re.compile(r"^(\s*\d+)([.)])(?=\s|$)")
_MD_LINE_START = re.compile(r"^(\s*)([-+=>~])")


def markdown_text(text: str) -> str:
    """Markdown for the text as written: inline markup escaped, and no line read as a list, quote or heading
    ("1. marts …", "- en ting", "> …" stay text)."""
    out = []
    for line in text.translate(_MD_INLINE).split("\n"):
        line = _MD_LIST_NUMBER.sub(r"\1\\\2", line)
        line = _MD_LINE_START.sub(r"\1\\\2", line)
        out.append(line)
    return "\n".join(out)


def html_text(text: str) -> str:
    """Text (or an attribute value) for an HTML page: <, >, & and both quotes escaped."""
    return html.escape(text, quote=True)


def xml_text(text: str) -> str:
    """Text for an XML element (a Word package part such as docProps/app.xml): &, < and > escaped."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
