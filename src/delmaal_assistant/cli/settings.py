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

PROG = "delmaal indstillinger"
MAX_LOGO_BYTES = 5 * 1024 * 1024
MAX_TEXT = 200
_MAGIC = {b"\x89PNG\r\n\x1a\n": ".png", b"\xff\xd8\xff": ".jpg"}


class SettingsError(Exception):
    """A Danish message for the user (exit 2)."""


def add_settings_parser(sub) -> None:
    s = sub.add_parser(
        "indstillinger",
        help="vis eller sæt enhedens navn, logo og forfatter til Word-eksporten",
        description=(
            "Vis eller sæt de indstillinger, Word-eksporten bruger: enhedens navn og logo øverst på hver side og "
            "forfatteren i dokumentets egenskaber. Uden tilvalg vises de nuværende indstillinger. En tom værdi "
            "(fx --logo \"\") fjerner indstillingen."
        ),
    )
    s.add_argument("--enhed", metavar="NAVN", default=None, help="enhedens navn i sidehovedet, fx \"Bo- og Naboskab\"")
    s.add_argument("--logo", metavar="FIL", default=None, help="enhedens logo i sidehovedet (en PNG- eller JPEG-fil)")
    s.add_argument("--forfatter", metavar="NAVN", default=None,
                   help="forfatteren i Word-filens egenskaber (standard: ingen)")
    s.set_defaults(func=run_settings)


def _text(value: str, what: str) -> str:
    from delmaal_assistant.core.sanitize import terminal_safe

    clean = " ".join(terminal_safe(value).split())
    if len(clean) > MAX_TEXT:
        raise SettingsError(f"{what} må højst være {MAX_TEXT} tegn.")
    return clean


def _logo_bytes(path: str) -> tuple[bytes, str]:
    """The logo file's bytes and suffix; SettingsError unless it is a readable PNG or JPEG file."""
    from delmaal_assistant.core.files.inputs import InputError, kind_of, refuse_unless_file
    from delmaal_assistant.core.sanitize import terminal_safe

    kind = kind_of(path)
    if kind in ("fifo", "device", "socket", "other", "dir", "loop"):  # said about a logo, not about wordings
        what = {"fifo": "en navngivet pipe (FIFO)", "device": "en enhed", "socket": "en socket",
                "dir": "en mappe", "loop": "en løkke af genveje (symlinks)"}.get(kind, "ikke en almindelig fil")
        raise SettingsError(f"Logoet '{terminal_safe(path)}' er {what}, ikke en billedfil, og læses ikke. Angiv en "
                            "PNG- eller JPEG-fil.")
    try:
        refuse_unless_file(path)  # missing files, no access: a Danish message
    except InputError as exc:
        raise SettingsError(f"Logoet: {exc}") from None
    try:
        with open(path, "rb") as fh:
            data = fh.read(MAX_LOGO_BYTES + 1)
    except OSError as exc:
        raise SettingsError(f"Logoet '{path}' kunne ikke læses ({exc.strerror}).") from None
    if len(data) > MAX_LOGO_BYTES:
        raise SettingsError(f"Logoet '{path}' er større end {MAX_LOGO_BYTES // (1024 * 1024)} MB; brug et mindre billede.")
    suffix = next((s for magic, s in _MAGIC.items() if data.startswith(magic)), None)
    if suffix is None:
        raise SettingsError(f"Logoet '{path}' er ikke et PNG- eller JPEG-billede. Gem logoet som .png eller .jpg "
                            "og prøv igen.")
    try:  # the header must be able to show it: python-docx reads the size from the picture
        from docx.image.image import Image

        Image.from_blob(data)
    except Exception:  # noqa: BLE001 - a damaged picture
        raise SettingsError(f"Logoet '{path}' ser ud til at være et beskadiget billede.") from None
    return data, suffix


def show(settings, data_dir: Path, out) -> None:
    from delmaal_assistant.core.sanitize import terminal_safe

    lines = [
        f"Indstillinger i {data_dir / 'settings.json'}:",
        f"  enhed:     {settings.unit_name or '(ingen)'}",
        f"  logo:      {settings.unit_logo or '(intet)'}",
        f"  forfatter: {settings.author or '(ingen – Word-filen får ingen forfatter)'}",
        "Word-eksporten viser enhedens navn og logo i sidehovedet og forfatteren i filens egenskaber.",
    ]
    out.write("\n".join(terminal_safe(x) for x in lines) + "\n")


def run_settings(args: argparse.Namespace, stdout=None, stderr=None) -> int:
    from delmaal_assistant.core.files.drafts import default_data_dir, load_settings, save_settings
    from delmaal_assistant.core.files.storage import StorageError, atomic_write_bytes, ensure_private_dir

    stdout, stderr = stdout or sys.stdout, stderr or sys.stderr
    data_dir = Path(args.data_dir) if getattr(args, "data_dir", None) else default_data_dir()
    try:
        settings = load_settings(data_dir, strict=True)  # a broken file is never read as empty and wiped
        changed = False
        if args.enhed is not None:
            settings.unit_name = _text(args.enhed, "Enhedens navn")
            changed = True
        if args.forfatter is not None:
            settings.author = _text(args.forfatter, "Forfatteren")
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
            stdout.write("Gemt.\n")
        show(settings, data_dir, stdout)
        return 0
    except SettingsError as exc:
        stderr.write(f"{PROG}: {exc}\n")
        return 2
    except (StorageError, OSError) as exc:
        stderr.write(f"{PROG}: indstillingerne kunne ikke gemmes ({exc}).\n")
        return 2
