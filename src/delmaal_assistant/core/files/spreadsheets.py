"""Reading spreadsheets as case systems and Excel write them: CSV/TSV (the delimiter found from several records,
quoted cells over several lines) and .xlsx (python-calamine, its size checked before it is read) — streamed,
one record at a time. Paths, encodings, columns and plain text are `inputs.py`'s."""

from __future__ import annotations

import codecs
import csv
import io
import os
from collections.abc import Callable, Iterator
from pathlib import Path

from delmaal_assistant.core import texts
from delmaal_assistant.core.files.inputs import (
    _SNIFF_BYTES,
    DEFAULT_COLUMN,
    MAX_LINE_CHARS,
    Columns,
    InputError,
    Record,
    Source,
    _CountingReader,
    _short,
    cell_text,
    detect_encoding,
    find_column,
    open_regular,
)
from delmaal_assistant.core.files.xlsx_limits import XlsxTooBig, check_xlsx


class CsvSource(Source):
    def __init__(self, path: str, cols: Columns, warn: Callable[[str], None] | None = None) -> None:
        self.name = path
        self.display = _short(path)
        fh = open_regular(path)
        try:
            self.size = os.fstat(fh.fileno()).st_size
            enc = detect_encoding(fh, self.display)
            self.note = enc.note
            fh.seek(enc.bom)
            sample = codecs.getincrementaldecoder(enc.encoding)(errors="replace").decode(fh.read(_SNIFF_BYTES))
            fh.seek(enc.bom)
            self._counter = _CountingReader(fh)
            self._text = io.TextIOWrapper(io.BufferedReader(self._counter, 1 << 16), encoding=enc.encoding,
                                          newline="")
            self.delimiter, self.one_column = sniff_delimiter(sample, tab_first=path.lower().endswith(".tsv"))
            csv.field_size_limit(MAX_LINE_CHARS)
            self._reader = csv.reader(self._text, delimiter=self.delimiter, quotechar='"', doublequote=True,
                                      skipinitialspace=False, strict=False)
            self._header_row = 1
            try:
                header = next(self._reader)
                while not any(h.strip() for h in header):  # empty rows above the header: Excel counts them
                    header = next(self._reader)
                    self._header_row += 1
            except StopIteration:
                raise InputError(texts.get("core.files.spreadsheets.tom_ingen_kolonneoverskrifter",
                                           display=self.display)) from None
            except (csv.Error, UnicodeDecodeError) as exc:
                raise InputError(texts.get("core.files.spreadsheets.kan_ikke_laeses_csv", display=self.display,
                                           csv_reason=_csv_reason(exc))) from None
            self.header = [h.strip() for h in header]
            self._col = find_column(self.header, cols.text or DEFAULT_COLUMN, self.display,
                                    None if cols.text else "--column")
            self._id = find_column(self.header, cols.id, self.display, None) if cols.id else None
            self._group = find_column(self.header, cols.group, self.display, None) if cols.group else None
            self._header_line = self._reader.line_num
        except BaseException:
            fh.close()
            raise

    @property
    def done(self) -> int:
        return self._counter.count

    def records(self) -> Iterator[Record]:
        reader = self._reader
        col, idc, grp = self._col, self._id, self._group
        last_col = col == len(self.header) - 1 and not self.one_column
        delim = self.delimiter
        row = self._header_row
        line = self._header_line + 1
        try:
            for fields in reader:
                row += 1
                start = line
                line = reader.line_num + 1
                if col < len(fields):
                    text = fields[col]
                    if last_col and len(fields) > len(self.header):
                        # an unquoted delimiter inside the last column: the wording keeps it
                        text = delim.join(fields[col:])
                    text = text.strip()
                    if "\r" in text:  # a line break typed in a cell, written as CRLF by some systems
                        text = text.replace("\r\n", "\n").replace("\r", "\n")
                    if text:
                        yield Record(self.name, start, text, row,
                                     fields[idc].strip() if idc is not None and idc < len(fields) else None,
                                     fields[grp].strip() if grp is not None and grp < len(fields) else None,
                                     self._extra_values(fields))
        except (csv.Error, UnicodeDecodeError) as exc:
            raise InputError(texts.get("core.files.spreadsheets.kan_ikke_laeses_csv_2", display=self.display,
                                       value=row + 1, csv_reason=_csv_reason(exc))
                             ) from None

    def close(self) -> None:
        try:
            self._text.close()
        except Exception:  # noqa: BLE001 - closing a read-only file
            pass


def _csv_reason(exc: Exception) -> str:
    msg = str(exc)
    if "field larger than field limit" in msg:
        return texts.get("core.files.spreadsheets.celle_laengere_end_mb", value=MAX_LINE_CHARS // (1024 * 1024))
    if "NUL" in msg or "line contains NUL" in msg:
        return texts.get("core.files.spreadsheets.filen_indeholder_nul_tegn")
    if isinstance(exc, UnicodeDecodeError):
        return texts.get("core.files.spreadsheets.tegnsaettet_skifter_undervejs_filen")
    return "ugyldig CSV"


def sniff_delimiter(sample: str, tab_first: bool = False) -> tuple[str, bool]:
    """The delimiter of a CSV sample and whether the file is one column.

    A candidate wins when the header splits into more than one field with it and (nearly) every following
    record in the sample has the header's number of fields. `;` is tried first, as Danish Excel writes it.
    When no candidate splits the header, the file has one column and commas are part of the wordings."""
    order = ["\t", ";", ","] if tab_first else [";", "\t", ","]
    if sample and sample[-1] not in "\r\n":  # drop a record cut off by the sample's end
        cut = max(sample.rfind("\n"), sample.rfind("\r"))
        sample = sample[:cut + 1] if cut > 0 else sample
    best = None
    for d in order:
        try:
            rows = list(csv.reader(io.StringIO(sample, newline=""), delimiter=d, strict=False))
        except csv.Error:
            continue
        rows = [r for r in rows if r]
        if not rows or len(rows[0]) < 2:
            continue
        width = len(rows[0])
        body = rows[1:21]
        fits = sum(1 for r in body if len(r) == width)
        if not body or fits >= 0.8 * len(body):
            return d, False
        if best is None or fits > best[1]:
            best = (d, fits)
    if best is not None:
        return best[0], False
    return "\x1f", True  # one column: a delimiter that never occurs in text


class XlsxSource(Source):
    def __init__(self, path: str, cols: Columns) -> None:
        self.name = path
        self.display = _short(path)
        self.note = None
        with open_regular(path) as fh:  # checks the path; calamine opens it by name afterwards
            self.size = os.fstat(fh.fileno()).st_size
            magic = fh.read(4)
            if magic != b"PK\x03\x04":
                raise InputError(texts.get("core.files.spreadsheets.ikke_excel_projektmappe_xlsx",
                                           display=self.display))
            try:  # unpacked size, cells, dimensions and the reader's memory, from the archive, before calamine
                check_xlsx(fh, self.display, cols.sheet)
            except XlsxTooBig as exc:
                raise InputError(str(exc)) from None
        try:
            from python_calamine import CalamineWorkbook

            wb = CalamineWorkbook.from_path(path)
            names = list(wb.sheet_names)
            if cols.sheet is not None:
                if cols.sheet not in names:
                    shown = ", ".join(f"'{n}'" for n in names)
                    raise InputError(texts.get("core.files.spreadsheets.har_intet_ark_arkene", display=self.display,
                                               sheet=cols.sheet, shown=shown))
                sheet = wb.get_sheet_by_name(cols.sheet)
            else:
                sheet = wb.get_sheet_by_index(0)
            self._rows = sheet.iter_rows()
        except InputError:
            raise
        except Exception:  # noqa: BLE001 - calamine's errors are many; any is an unreadable workbook
            raise InputError(texts.get("core.files.spreadsheets.kan_ikke_laeses_excel", display=self.display)) from None
        self.size = max(1, sheet.height)
        self._done = 0
        header = None
        self._row = 0
        for r in self._rows:
            self._row += 1
            if any(cell_text(c).strip() for c in r):
                header = [cell_text(c).strip() for c in r]
                break
        if header is None:
            raise InputError(texts.get("core.files.spreadsheets.tom_ingen_kolonneoverskrifter", display=self.display))
        self.header = header
        self._col = find_column(header, cols.text or DEFAULT_COLUMN, self.display, None if cols.text else "--column")
        self._id = find_column(header, cols.id, self.display, None) if cols.id else None
        self._group = find_column(header, cols.group, self.display, None) if cols.group else None

    @property
    def done(self) -> int:
        return self._row

    def records(self) -> Iterator[Record]:
        col, idc, grp = self._col, self._id, self._group
        for r in self._rows:
            self._row += 1
            if col < len(r):
                text = cell_text(r[col]).strip()
                if len(text) > MAX_LINE_CHARS:
                    raise InputError(texts.get("core.files.spreadsheets.raekke_cellen_for_lang", display=self.display,
                                               row=self._row))
                if text:
                    yield Record(self.name, self._row, text, self._row,
                                 cell_text(r[idc]).strip() if idc is not None and idc < len(r) else None,
                                 cell_text(r[grp]).strip() if grp is not None and grp < len(r) else None,
                                 self._extra_values(r, cell_text))


def open_spreadsheet(path: str, cols: Columns) -> Source:
    suffix = Path(path).suffix.lower()
    if suffix == ".xlsx":
        return XlsxSource(path, cols)
    return CsvSource(path, cols)
