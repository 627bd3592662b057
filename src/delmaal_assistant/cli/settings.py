"""`delmaal indstillinger [--enhed NAVN] [--logo FIL] [--forfatter NAVN]`: the settings the Word export reads.

Without options the current settings are printed. The unit's name and logo go into the Word header, the author
into the document's properties (empty by default: Word then shows no author rather than a program's name). The
logo is checked (a PNG or JPEG file) and a copy is kept in the data folder, so the export still finds it after
the original is moved. An empty value (`--enhed ""`, `--logo ""`) removes the setting.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from delmaal_assistant.core import texts
from delmaal_assistant.core.files.drafts import default_data_dir, load_settings, save_settings
from delmaal_assistant.core.files.inputs import InputError, kind_of, refuse_unless_file
from delmaal_assistant.core.files.storage import StorageError, atomic_write_bytes, ensure_private_dir
from delmaal_assistant.core.sanitize import terminal_safe
PROG = "delmaal indstillinger"
MAX_LOGO_BYTES = 5 * 1024 * 1024
MAX_TEXT = 200
_MAGIC = {b"\x89PNG\r\n\x1a\n": ".png", b"\xff\xd8\xff": ".jpg"}


class SettingsError(Exception):
    """A Danish message for the user (exit 2)."""


def add_settings_parser(sub) -> None:
    s = sub.add_parser(
        "indstillinger",
        help=texts.get("cli.settings.help"),
        description=texts.get("cli.settings.description"),
    )
    s.add_argument("--enhed", metavar=texts.get("cli.settings.metavar_name"), default=None,
                   help=texts.get("cli.settings.arg_unit"))
    s.add_argument("--logo", metavar=texts.get("cli.settings.metavar_file"), default=None,
                   help=texts.get("cli.settings.arg_logo"))
    s.add_argument("--forfatter", metavar=texts.get("cli.settings.metavar_name"), default=None,
                   help=texts.get("cli.settings.arg_author"))
    s.set_defaults(func=run_settings)


def _text(value: str, what: str) -> str:
    clean = " ".join(terminal_safe(value).split())
    if len(clean) > MAX_TEXT:
        raise SettingsError(texts.get("cli.settings.too_long", what=what, n=MAX_TEXT))
    return clean


def _logo_bytes(path: str) -> tuple[bytes, str]:
    """The logo file's bytes and suffix; SettingsError unless it is a readable PNG or JPEG file."""

    kind = kind_of(path)
    if kind in ("fifo", "device", "socket", "other", "dir", "loop"):  # said about a logo, not about wordings
        what = {"fifo": texts.get("cli.settings.kind_fifo"), "device": texts.get("cli.settings.kind_device"),
                "socket": texts.get("cli.settings.kind_socket"), "dir": texts.get("cli.settings.kind_dir"),
                "loop": texts.get("cli.settings.kind_loop")}.get(kind) or texts.get("cli.settings.kind_other")
        raise SettingsError(texts.get("cli.settings.logo_not_file", path=terminal_safe(path), what=what))
    try:
        refuse_unless_file(path)  # missing files, no access: a Danish message
    except InputError as exc:
        raise SettingsError(texts.get("cli.settings.logo_error", error=exc)) from None
    try:
        with open(path, "rb") as fh:
            data = fh.read(MAX_LOGO_BYTES + 1)
    except OSError as exc:
        raise SettingsError(texts.get("cli.settings.logo_unreadable", path=path, error=exc.strerror)) from None
    if len(data) > MAX_LOGO_BYTES:
        raise SettingsError(texts.get("cli.settings.logo_too_big", path=path,
                                      mb=MAX_LOGO_BYTES // (1024 * 1024)))
    suffix = next((s for magic, s in _MAGIC.items() if data.startswith(magic)), None)
    if suffix is None:
        raise SettingsError(texts.get("cli.settings.logo_not_image", path=path))
    try:  # the header must be able to show it: python-docx reads the size from the picture
        from docx.image.image import Image  # deferred: start-up (docx)

        Image.from_blob(data)
    except Exception:  # noqa: BLE001 - a damaged picture
        raise SettingsError(texts.get("cli.settings.logo_damaged", path=path)) from None
    return data, suffix


def show(settings, data_dir: Path, out) -> None:
    lines = [
        texts.get("cli.settings.shown_in", path=data_dir / 'settings.json'),
        texts.get("cli.settings.unit", value=settings.unit_name or texts.get("cli.settings.unit_none")),
        texts.get("cli.settings.logo", value=settings.unit_logo or texts.get("cli.settings.logo_none")),
        texts.get("cli.settings.author", value=settings.author or texts.get("cli.settings.author_none")),
        texts.get("cli.settings.where_shown"),
    ]
    out.write("\n".join(terminal_safe(x) for x in lines) + "\n")


def run_settings(args: argparse.Namespace, stdout=None, stderr=None) -> int:
    stdout, stderr = stdout or sys.stdout, stderr or sys.stderr
    data_dir = Path(args.data_dir) if getattr(args, "data_dir", None) else default_data_dir()
    try:
        settings = load_settings(data_dir, strict=True)  # a broken file is never read as empty and wiped
        changed = False
        if args.enhed is not None:
            settings.unit_name = _text(args.enhed, texts.get("cli.settings.unit_name"))
            changed = True
        if args.forfatter is not None:
            settings.author = _text(args.forfatter, texts.get("cli.settings.author_name"))
            changed = True
        if args.logo is not None:
            if not args.logo.strip():
                settings.unit_logo = None
            else:
                data, suffix = _logo_bytes(args.logo)
                ensure_private_dir(data_dir)
                copy = data_dir / f"enhedslogo{suffix}"
                atomic_write_bytes(copy, data)
                for other in (".png", ".jpg"):
                    stale = data_dir / f"enhedslogo{other}"
                    if other != suffix and stale.is_file() and not stale.is_symlink():
                        stale.unlink()
                settings.unit_logo = str(copy.resolve())
            changed = True
        if changed:
            save_settings(data_dir, settings)
            stdout.write(texts.get("cli.settings.saved"))
        show(settings, data_dir, stdout)
        return 0
    except SettingsError as exc:
        stderr.write(texts.get("cli.settings.error", prog=PROG, error=exc))
        return 2
    except (StorageError, OSError) as exc:
        stderr.write(texts.get("cli.settings.not_saved", prog=PROG, error=exc))
        return 2
