"""Is an existing report ours? The reports the command line writes (`delmaal status`, `delmaal audit`) carry a
mark of the program, so a later run may replace its own earlier report but never, without `--force`, a file that
is not ours (the municipality's workbook, someone's notes.md)."""

from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path

#: The mark: `<meta name="generator">` in HTML, the identifier in a Word or Excel file's properties, an unused link
#: reference definition at the end of Markdown (text from a delmål cannot forge it: `markdown_safe` escapes `[`).
GENERATOR = "delmaal-assistant"
HTML_META = f'<meta name="generator" content="{GENERATOR}">'
MD_MARK = f"[{GENERATOR}]: #"  # a link reference definition: renders as nothing, and is no raw HTML


def bytes_are_ours(data: bytes, suffix: str) -> bool:
    """True when `data` (a file's content; `suffix` its type) is a report this program wrote, by its mark. Used
    for backups too: a `.bak` holding an earlier report of ours may be updated in place."""
    suffix = suffix.lower()
    if suffix in (".docx", ".xlsx"):
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as z:
                info = z.getinfo("docProps/core.xml")
                return info.file_size <= 1 << 20 and GENERATOR.encode() in z.read(info)
        except (zipfile.BadZipFile, KeyError, OSError, ValueError, RuntimeError, EOFError, NotImplementedError):
            return False
    if suffix in (".html", ".htm"):
        return HTML_META.encode() in data[:8192]
    if suffix == ".md":
        return MD_MARK.encode() in data[-4096:]
    return False


def is_ours(path: Path | str) -> bool:
    """True when the regular file at `path` is a report this program wrote (by its mark). Never follows a
    symlink, never blocks on a FIFO; anything unreadable is not ours."""
    path = Path(path)
    suffix = path.suffix.lower()
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
    except (OSError, ValueError):
        return False
    try:
        import stat

        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return False
        with os.fdopen(os.dup(fd), "rb") as fh:
            if suffix in (".docx", ".xlsx"):
                try:
                    with zipfile.ZipFile(fh) as z:
                        info = z.getinfo("docProps/core.xml")
                        if info.file_size > 1 << 20:
                            return False
                        return GENERATOR.encode() in z.read(info)
                except (zipfile.BadZipFile, KeyError, OSError, ValueError, RuntimeError, EOFError):
                    return False
            if suffix in (".html", ".htm"):
                return HTML_META.encode() in fh.read(8192)
            if suffix == ".md":
                size = os.fstat(fd).st_size
                fh.seek(max(0, size - 4096))
                return MD_MARK.encode() in fh.read()
            return False
    except OSError:
        return False
    finally:
        os.close(fd)


__all__ = ["GENERATOR", "HTML_META", "MD_MARK", "bytes_are_ours", "is_ours"]
