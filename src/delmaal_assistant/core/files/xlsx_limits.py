"""Limits on an .xlsx before the reader runs: its unpacked size, the number of cells, the sheet's dimensions and
the memory the reader would need, all read from the archive itself.

python-calamine reads a whole sheet into one dense grid (about 32 bytes a cell, from the first to the last cell
present) and copies a shared string into every cell that uses it. A 3 MB workbook can therefore ask for gigabytes,
and one cell at XFD1048576 beside A1 for 550 GB, which aborts the process (a Rust "memory allocation failed", exit
134) where no Python code can catch it. `check_xlsx` streams the archive's parts — never more than the sizes its
directory declares — and refuses such a file with a Danish message before calamine opens it.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
import zlib
from array import array
from dataclasses import dataclass
from typing import IO

from delmaal_assistant.core import texts

#: Everything unpacked together (the sheets, shared strings, styles …).
MAX_UNPACKED_BYTES = 512 * 1024 * 1024
#: Parts in the archive.
MAX_PARTS = 10_000
#: Cells present in the sheet that is read.
MAX_CELLS = 5_000_000
#: The reader's grid: rows × columns from the first to the last cell present.
MAX_AREA = 12_000_000
#: What the reader would hold: the grid (32 bytes a cell), the shared strings, and a copy of a shared string in each
#: cell that uses it.
MAX_READER_BYTES = 768 * 1024 * 1024
_CELL_BYTES = 32
_CHUNK = 4 * 1024 * 1024
#: One row's XML longer than this is not a row any case system writes.
_MAX_ROW_XML = 128 * 1024 * 1024

_MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"


class XlsxTooBig(ValueError):
    """The workbook is over a limit, or its archive is damaged. The message is Danish."""


@dataclass
class SheetShape:
    cells: int = 0
    min_row: int = 0
    max_row: int = 0
    min_col: int = 0
    max_col: int = 0
    string_bytes: int = 0

    @property
    def area(self) -> int:
        if not self.cells:
            return 0
        return (self.max_row - self.min_row + 1) * (self.max_col - self.min_col + 1)


_COL_RE = re.compile(rb"([A-Za-z]{1,4})(\d{1,8})$")
_ATTR_R = re.compile(rb"""\br\s*=\s*["']([^"']*)["']""")
_ATTR_T = re.compile(rb"""\bt\s*=\s*["']([^"']*)["']""")
_TAG = re.compile(rb"<(?:\w+:)?(row|c)\b([^>]*?)(/?)>", re.S)
_CELL_END = re.compile(rb"</(?:\w+:)?c\s*>")
_V = re.compile(rb"<(?:\w+:)?v\b[^>]*>([^<]*)<")
_TAGS = re.compile(rb"<[^>]*>")
_SI = re.compile(rb"<(?:\w+:)?si\b[^>]*>(.*?)</(?:\w+:)?si\s*>|<(?:\w+:)?si\b[^>]*/>", re.S)


def _col_number(letters: bytes) -> int:
    n = 0
    for ch in letters.upper():
        n = n * 26 + (ch - 64)
    return n


def _too_big(display: str, why: str) -> XlsxTooBig:
    return XlsxTooBig(texts.get("core.files.xlsx_limits.for_stor_blive_laest", display=display, why=why))


def _read_part(z: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int = 8 * 1024 * 1024) -> bytes:
    if info.file_size > limit:
        raise XlsxTooBig("part")
    with z.open(info) as fh:
        return fh.read(limit + 1)


def _first_sheet_part(z: zipfile.ZipFile, names: dict[str, zipfile.ZipInfo], sheet: str | None) -> str | None:
    """The archive name of the sheet the reader opens (by name, else the first in the workbook)."""
    import xml.etree.ElementTree as ET

    try:
        wb = ET.fromstring(_read_part(z, names["xl/workbook.xml"]))
        rels = ET.fromstring(_read_part(z, names["xl/_rels/workbook.xml.rels"]))
    except (KeyError, ET.ParseError, XlsxTooBig):
        return None
    targets = {r.get("Id"): r.get("Target", "") for r in rels.iter(f"{{{_PKG_REL_NS}}}Relationship")}
    for s in wb.iter(f"{{{_MAIN_NS}}}sheet"):
        if sheet is not None and s.get("name") != sheet:
            continue
        target = targets.get(s.get(f"{{{_REL_NS}}}id"))
        if not target:
            return None
        return target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join("xl", target))
    return None


def _shared_lengths(z: zipfile.ZipFile, info: zipfile.ZipInfo | None) -> tuple[array, int]:
    """The length in bytes of each shared string's text, and their sum."""
    lengths = array("q")
    total = 0
    if info is None:
        return lengths, 0
    buf = b""
    with z.open(info) as fh:
        while True:
            chunk = fh.read(_CHUNK)
            buf += chunk
            end = 0
            for m in _SI.finditer(buf):
                n = len(_TAGS.sub(b"", m.group(1))) if m.group(1) is not None else 0
                lengths.append(n)
                total += n
                end = m.end()
                if len(lengths) > MAX_CELLS:
                    raise XlsxTooBig(texts.get("core.files.xlsx_limits.over_delte_tekster", max_cells=MAX_CELLS).replace(",", "."))
            buf = buf[end:]
            if not chunk:
                break
            if len(buf) > _MAX_ROW_XML:
                raise XlsxTooBig(texts.get("core.files.xlsx_limits.enkelt_tekst_fylder_over"))
    return lengths, total


def _scan_sheet(fh: IO[bytes], shared: array) -> SheetShape:
    shape = SheetShape()
    row = 0
    col = 0
    buf = b""
    first = True
    while True:
        chunk = fh.read(_CHUNK)
        buf += chunk
        cut = len(buf) if not chunk else buf.rfind(b"</row>")  # only whole rows are scanned
        if cut < 0:
            if len(buf) > _MAX_ROW_XML:
                raise XlsxTooBig(texts.get("core.files.xlsx_limits.enkelt_raekke_fylder_over"))
            continue
        block, buf = buf[:cut], buf[cut:]
        pos = 0
        while True:
            m = _TAG.search(block, pos)
            if m is None:
                break
            kind, attrs, closed = m.group(1), m.group(2), m.group(3)
            pos = m.end()
            r = _ATTR_R.search(attrs)
            if kind == b"row":
                row = int(r.group(1)) if r and r.group(1).isdigit() else row + 1
                col = 0
                continue
            content = b""
            if not closed:
                e = _CELL_END.search(block, pos)
                if e is None:
                    break
                content, pos = block[pos:e.start()], e.end()
            ref = _COL_RE.match(r.group(1)) if r else None
            if ref:
                col, row = _col_number(ref.group(1)), int(ref.group(2))
            else:
                col += 1
            shape.cells += 1
            if first:
                shape.min_row = shape.max_row = row
                shape.min_col = shape.max_col = col
                first = False
            else:
                shape.min_row, shape.max_row = min(shape.min_row, row), max(shape.max_row, row)
                shape.min_col, shape.max_col = min(shape.min_col, col), max(shape.max_col, col)
            t = _ATTR_T.search(attrs)
            kind_t = t.group(1) if t else b"n"
            if kind_t == b"s":
                v = _V.search(content)
                if v and v.group(1).strip().isdigit():
                    i = int(v.group(1))
                    if 0 <= i < len(shared):
                        shape.string_bytes += shared[i]
            elif content:
                shape.string_bytes += len(_TAGS.sub(b"", content))
            if shape.cells > MAX_CELLS:
                raise XlsxTooBig(texts.get("core.files.xlsx_limits.arket_har_over_celler", max_cells=MAX_CELLS).replace(",", "."))
        if not chunk:
            break
    return shape


def check_xlsx(fh: IO[bytes], display: str, sheet: str | None = None) -> SheetShape | None:
    """Refuse (`XlsxTooBig`, Danish) a workbook over the limits, reading `fh` (the opened .xlsx) as an archive.
    Returns the read sheet's shape, or None when the archive cannot be understood here (calamine then gives its
    own "cannot be read" message; nothing large is ever read to find that out)."""
    try:
        z = zipfile.ZipFile(fh)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return None
    with z:
        infos = z.infolist()
        if len(infos) > MAX_PARTS:
            raise _too_big(display, texts.get("core.files.xlsx_limits.arkivet_har_dele", infos=len(infos)))
        unpacked = sum(i.file_size for i in infos)
        if unpacked > MAX_UNPACKED_BYTES:
            raise _too_big(display, texts.get("core.files.xlsx_limits.fylder_mb_udpakket_graensen",
                                              value=unpacked // (1024 * 1024),
                                              value2=MAX_UNPACKED_BYTES // (1024 * 1024)))
        names = {i.filename: i for i in infos}
        part = _first_sheet_part(z, names, sheet)
        if part is None or part not in names:
            return None
        try:
            shared, shared_total = _shared_lengths(z, names.get("xl/sharedStrings.xml"))
            with z.open(names[part]) as sheet_fh:
                shape = _scan_sheet(sheet_fh, shared)
        except XlsxTooBig as exc:
            raise _too_big(display, str(exc)) from None
        except NotImplementedError:
            return None  # a compression zipfile does not know: calamine decides
        except (zipfile.BadZipFile, OSError, ValueError, EOFError, RuntimeError, zlib.error):
            # a checksum or size that does not match its directory: never handed to a reader that might trust
            # the data over the directory
            raise XlsxTooBig(texts.get("core.files.xlsx_limits.kan_ikke_laeses_excel", display=display)) from None
        if shape.area > MAX_AREA:
            last = texts.get("core.files.xlsx_limits.raekke_kolonne", max_row=shape.max_row, max_col=shape.max_col)
            raise _too_big(display, texts.get("core.files.xlsx_limits.arket_for_stort_cellerne", area=shape.area,
                                              last=last)
                           .replace(",", "."))
        need = shape.area * _CELL_BYTES + shared_total + shape.string_bytes
        if need > MAX_READER_BYTES:
            raise _too_big(display, texts.get("core.files.xlsx_limits.laese_arket_ville_kraeve",
                                              value=need // (1024 * 1024), value2=MAX_READER_BYTES // (1024 * 1024)))
        return shape


__all__ = ["MAX_AREA", "MAX_CELLS", "MAX_READER_BYTES", "MAX_UNPACKED_BYTES", "XlsxTooBig", "check_xlsx"]
