"""Reading wordings as case systems and Excel write them: text lines, CSV/TSV, .xlsx — streamed, checker-free.

Every path is checked before it is opened (folders, FIFOs, devices and sockets are refused at once, and the
check is repeated on the open descriptor so a swapped file cannot slip through); reads are bounded. A file is
opened and validated (encoding, header, column) when its `Source` is made, so a bad file is reported before
anything is checked; its records are then read one at a time, so memory stays flat however long the file is.

Spreadsheet conventions (docs/CHECKS.md, "Saved delmål, spreadsheets, summaries"):
- CSV/TSV: the delimiter is found from several records (`;` first, as Danish Excel writes it); a file whose
  header has no delimiter is one column and keeps its commas; quoted cells may span lines.
- Encodings: UTF-8 with or without BOM, UTF-16 with BOM, and — when the bytes are not UTF-8 — the legacy
  encoding charset-normalizer finds (Excel's "CSV (semikolonsepareret)" is Windows-1252), announced by a note.
- `row` is the row number the spreadsheet shows: the header is row 1, and a cell with line breaks is still one
  row. `.xlsx` is read with python-calamine (benchmarks/bench_xlsx.py: 10× faster than openpyxl, less memory).
- Columns are found by name, case-insensitively and with å = aa, æ = ae, ø = oe: `Delmål` matches `delmaal`.

CSV/TSV and .xlsx sources are in `spreadsheets.py` (`open_spreadsheet`); paths, encodings, columns, the `Source`
they share and plain text are here.
"""

from __future__ import annotations

import codecs
import io
import errno
import os
import re
import stat
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from delmaal_assistant.core import texts
from delmaal_assistant.core.files.storage.files import _looks_utf16

#: the largest input file read (a municipality's whole export is a few tens of MB)
MAX_FILE_BYTES = 1024 * 1024 * 1024
#: the longest line or cell read; longer input is refused with a message naming the limit
MAX_LINE_CHARS = 16 * 1024 * 1024
SPREADSHEET_TYPES = (".csv", ".tsv", ".xlsx")
TEXT_TYPES = (".txt",)
DEFAULT_COLUMN = "delmaal"
_SNIFF_BYTES = 256 * 1024
_LEGACY_OK = {"cp1252", "windows-1252", "latin_1", "iso8859_15", "iso8859_1", "cp850", "mac_roman", "cp865"}
_ENCODING_NAMES = {"cp1252": "Windows-1252", "latin_1": "ISO-8859-1", "iso8859_15": "ISO-8859-15",
                   "cp850": "DOS (cp850)", "cp865": "DOS nordisk (cp865)", "mac_roman": "Mac Roman"}


class InputError(Exception):
    """Unreadable or unsuitable input. The message is Danish and meant for the user (exit 2 on the CLI)."""


@dataclass(slots=True)
class Record:
    """One wording to check. `line` is the text line it starts on (1-based); `row` is the spreadsheet row
    (header = 1), None for plain text; `id`/`group` are the values of --id-column/--group-by; `extra` the
    values of the columns asked for with `Source.read_also` (e.g. a second --group-by, a date column)."""

    source: str
    line: int | None
    text: str
    row: int | None = None
    id: str | None = None
    group: str | None = None
    extra: tuple[str | None, ...] | None = None


# ---------------------------------------------------------------------------------------------- paths
def _short(path: str | Path, limit: int = 80) -> str:
    s = str(path)
    return s if len(s) <= limit else "…" + s[-(limit - 1):]


def kind_of(path: str | Path) -> str:
    """"file", "dir", "fifo", "device", "socket", "other", "missing", "denied", "loop" (symlinks that point at
    each other) or "invalid"."""
    try:
        mode = os.stat(path).st_mode
    except (FileNotFoundError, NotADirectoryError):
        return "missing"
    except PermissionError:
        return "denied"
    except OSError as exc:  # a long wording is "File name too long"
        return "loop" if exc.errno == errno.ELOOP else "invalid"
    except ValueError:  # NUL bytes
        return "invalid"
    return _kind_of_mode(mode)


def _kind_of_mode(mode: int) -> str:
    if stat.S_ISREG(mode):
        return "file"
    if stat.S_ISDIR(mode):
        return "dir"
    if stat.S_ISFIFO(mode):
        return "fifo"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "device"
    if stat.S_ISSOCK(mode):
        return "socket"
    return "other"


_NOT_A_FILE = {
    "dir": texts.get("core.files.inputs.mappe_angiv_fil_txt"),
    "fifo": texts.get("core.files.inputs.navngivet_pipe_fifo_ikke"),
    "device": texts.get("core.files.inputs.enhed_ikke_almindelig_fil"),
    "socket": texts.get("core.files.inputs.socket_ikke_almindelig_fil"),
    "other": texts.get("core.files.inputs.ikke_almindelig_fil_laeses"),
    "loop": texts.get("core.files.inputs.loekke_genveje_symlinks_peger"),
}


def refuse_unless_file(path: str | Path) -> None:
    """InputError unless `path` is an existing regular file (symlinks followed) that we may read."""
    k = kind_of(path)
    p = _short(path)
    if k == "file":
        return
    if k == "missing":
        if os.path.islink(path):
            raise InputError(texts.get("core.files.inputs.genvej_fil_ikke_findes", p=p))
        raise InputError(texts.get("core.files.inputs.filen_findes_ikke", p=p))
    if k == "denied":
        raise InputError(texts.get("core.files.inputs.du_har_ikke_adgang", p=p))
    if k == "invalid":
        raise InputError(texts.get("core.files.inputs.kan_ikke_bruges_filnavn", p=p))
    raise InputError(_NOT_A_FILE[k].format(p=p))


def open_regular(path: str | Path):
    """A binary file object for a regular file, opened without blocking (a FIFO swapped in after the check
    cannot hang us) and checked again on the descriptor."""
    refuse_unless_file(path)
    p = _short(path)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    except PermissionError:
        raise InputError(texts.get("core.files.inputs.du_har_ikke_adgang_2", p=p)) from None
    except OSError as exc:
        raise InputError(texts.get("core.files.inputs.kunne_ikke_aabnes", p=p,
                                   value=exc.strerror or texts.get("core.files.inputs.ukendt_aarsag"))) from None
    try:
        st = os.fstat(fd)
        k = _kind_of_mode(st.st_mode)
        if k != "file":
            raise InputError(_NOT_A_FILE[k].format(p=p))
        if st.st_size > MAX_FILE_BYTES:
            raise InputError(texts.get("core.files.inputs.for_stor_mb_graensen", p=p,
                                       value=st.st_size // (1024 * 1024), value2=MAX_FILE_BYTES // (1024 * 1024)))
        if getattr(os, "O_NONBLOCK", 0):  # POSIX: reads from here on block as usual
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


# ---------------------------------------------------------------------------------------------- encodings
@dataclass
class Decoded:
    encoding: str  # a Python codec name
    bom: int  # bytes to skip
    note: str | None  # a message for stderr (a guessed legacy encoding)


def detect_encoding(fh, display: str) -> Decoded:
    """Find the encoding of a seekable binary file: BOMs, then UTF-8 (checked over the whole file, in blocks),
    then charset-normalizer for legacy encodings. Leaves `fh` at offset 0."""
    head = fh.read(4)
    fh.seek(0)
    if head.startswith(codecs.BOM_UTF8):
        enc = Decoded("utf-8", 3, None)
    elif head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return Decoded("utf-16", 0, None)  # the codec reads the BOM itself
    else:
        enc = Decoded("utf-8", 0, None)
    dec = codecs.getincrementaldecoder("utf-8")()
    sample = b""
    fh.seek(enc.bom)
    pos = enc.bom
    bad_at = None
    while True:
        block = fh.read(1 << 20)
        if len(sample) < _SNIFF_BYTES:
            sample += block[: _SNIFF_BYTES - len(sample)]
        if b"\x00" in block[:8192] and pos < 8192 + enc.bom:
            fh.seek(0)
            if _looks_utf16(block[:8192]):
                raise InputError(texts.get("core.files.inputs.gemt_utf_16_unicode", display=display))
            raise InputError(texts.get("core.files.inputs.ser_ud_vaere_binaer", display=display))
        try:
            dec.decode(block, final=not block)
        except UnicodeDecodeError as exc:
            bad_at = pos + exc.start
            break
        if not block:
            break
        pos += len(block)
    fh.seek(0)
    if bad_at is None:
        return enc
    # Not UTF-8: let charset-normalizer judge a window around the first bad byte plus the start.
    fh.seek(max(0, bad_at - 4096))
    window = fh.read(1 << 16)
    fh.seek(0)
    name = _guess_legacy(sample[:1 << 16] + b"\n" + window)
    if name is None or name.replace("-", "_") not in _LEGACY_OK:
        line = _line_of(fh, bad_at)
        raise InputError(
            texts.get("core.files.inputs.ikke_utf_8_tekst", display=display, line=line)
        )
    shown = _ENCODING_NAMES.get(name.replace("-", "_"), name)
    return Decoded(name, 0, texts.get("core.files.inputs.ikke_utf_8_laeses", display=display, shown=shown))


_DANISH_EXTRA = set("æøåÆØÅéÉüÜöÖäÄ–—’‘“”…§½«»°")


def _guess_legacy(data: bytes) -> str | None:
    """The legacy encoding of `data`: charset-normalizer's best candidate among Western ones; for short
    samples (where it may guess an Asian encoding), Windows-1252 when that decodes to Danish letters."""
    from charset_normalizer import from_bytes

    for match in from_bytes(data):
        name = codecs.lookup(match.encoding).name
        if name.replace("-", "_") in _LEGACY_OK:
            return name
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    extra = [c for c in text if ord(c) > 127]
    if extra and sum(c in _DANISH_EXTRA for c in extra) >= 0.8 * len(extra):
        return "cp1252"
    return None


def _line_of(fh, offset: int) -> int:
    fh.seek(0)
    n = fh.read(offset).count(b"\n") + 1
    fh.seek(0)
    return n


class _CountingReader(io.RawIOBase):
    """Counts the bytes handed on (for the progress bar)."""

    def __init__(self, fh) -> None:
        self._fh = fh
        self.count = 0

    def readable(self) -> bool:
        return True

    def readinto(self, b) -> int:
        n = self._fh.readinto(b)
        self.count += n or 0
        return n

    def close(self) -> None:
        self._fh.close()
        super().close()


# ---------------------------------------------------------------------------------------------- columns
def normalise_name(name: object) -> str:
    s = "" if name is None else str(name)
    s = s.replace("\ufeff", "").strip().casefold()
    for a, b in (("å", "aa"), ("æ", "ae"), ("ø", "oe")):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c) and not c.isspace() and c not in "_-.")


def find_column(header: list[str], want: str, display: str, option: str | None) -> int:
    """Index of `want` in `header` (normalised names); InputError listing the columns if it is missing."""
    key = normalise_name(want)
    for i, h in enumerate(header):
        if normalise_name(h) == key:
            return i
    shown = ", ".join(f"'{str(h).strip()}'" for h in header if str(h).strip()) or texts.get("core.files.inputs.ingen")
    hint = texts.get("core.files.inputs.brug_navn_for_vaelge", option=option) if option else ""
    raise InputError(texts.get("core.files.inputs.har_ingen_kolonne_kolonnerne", display=display, want=want,
                               shown=shown, hint=hint))


def cell_text(value: object) -> str:
    """A cell's value as the user sees it: whole numbers without '.0', dates as ISO dates."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "SAND" if value else "FALSK"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


# ---------------------------------------------------------------------------------------------- sources
@dataclass
class Columns:
    text: str | None = None  # None: DEFAULT_COLUMN
    id: str | None = None
    group: str | None = None
    sheet: str | None = None


class Source:
    """An opened, validated input. `records()` yields its wordings once; `done`/`size` measure progress."""

    name: str
    size: int = 0
    note: str | None = None

    @property
    def done(self) -> int:
        return 0

    def read_also(self, columns: list[str | None]) -> None:
        """Carry these columns' values on every record (`Record.extra`, in this order). A name the sheet does not
        have is an InputError listing its columns; None keeps a place that stays empty. Call before records()."""
        header = getattr(self, "header", None)
        if header is None:
            return  # plain text and standard input have no columns
        display = getattr(self, "display", self.name)
        self._extra = [find_column(header, c, display, None) if c else None for c in columns]

    def find_header(self, pattern: str) -> str | None:
        """The first column whose name matches `pattern` (a regular expression, case-insensitive), if any."""
        for h in getattr(self, "header", None) or []:
            if h and re.fullmatch(pattern, h.strip(), re.IGNORECASE):
                return h
        return None

    def _extra_values(self, cells: list, text=lambda v: v) -> tuple[str | None, ...] | None:
        idx = getattr(self, "_extra", None)
        if not idx:
            return None
        return tuple(text(cells[i]).strip() or None if i is not None and i < len(cells) else None for i in idx)

    def records(self) -> Iterator[Record]:
        raise NotImplementedError

    def close(self) -> None:
        pass


class TextSource(Source):
    """Plain text, one wording per non-empty line (a .txt file or standard input)."""

    def __init__(self, name: str, binary, size: int = 0, encoding: str = "utf-8-sig", display: str | None = None,
                 note: str | None = None) -> None:
        self.name = name
        self.display = display or name
        self._counter = _CountingReader(binary)
        self._buffered = io.BufferedReader(self._counter, 1 << 16)
        self._encoding = encoding
        self.size = size
        self.note = note

    @property
    def done(self) -> int:
        return self._counter.count

    def records(self) -> Iterator[Record]:
        dec_factory = codecs.getincrementaldecoder(self._encoding)
        where = "Standard input" if self.name == "-" else f"'{self.display}'"
        dec = dec_factory()
        n = 0
        readline = self._buffered.readline
        first = True
        while True:
            raw = readline(MAX_LINE_CHARS + 1)
            if not raw:
                break
            n += 1
            if first and b"\x00" in raw[:8192] and self._encoding.startswith("utf-8"):
                raise InputError(texts.get("core.files.inputs.ser_ud_vaere_binaere", where=where))
            if len(raw) > MAX_LINE_CHARS and not raw.endswith(b"\n"):
                raise InputError(texts.get("core.files.inputs.linje_laengere_end_mb", where=where, n=n,
                                           value=MAX_LINE_CHARS // (1024 * 1024)))
            first = False
            try:
                line = dec.decode(raw)
            except UnicodeDecodeError:
                raise InputError(texts.get("core.files.inputs.ikke_utf_8_tekst_2", where=where, n=n)
                                 ) from None
            text = line.strip()
            if text:
                yield Record(self.name, n, text)

    def close(self) -> None:
        self._buffered.close()


def open_text_file(path: str) -> TextSource:
    fh = open_regular(path)
    try:
        size = os.fstat(fh.fileno()).st_size
        enc = detect_encoding(fh, _short(path))
        fh.seek(enc.bom)
        return TextSource(path, fh, size, enc.encoding, _short(path), enc.note)
    except BaseException:
        fh.close()
        raise


def open_stdin(stream) -> TextSource:
    binary = getattr(stream, "buffer", None)
    if binary is None:  # a text stream (tests): encode back to bytes lazily
        binary = io.BytesIO(stream.read().encode("utf-8"))
    return TextSource("-", binary, 0, "utf-8-sig")
