"""The export's sections come from the field registry (issue 29): fields.toml's `section` and `show`, no field list
in export.py. The output stays byte for byte what it was before the change, on every sample delmål:
`tests/data/export_snapshot.json` holds a hash of `sections()` and the Markdown and text exports of each, made
with the code before the change (`python tests/test_export_sections_registry.py` writes it anew)."""

import glob
import hashlib
import json
import sys
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SNAPSHOT = ROOT / "tests" / "data" / "export_snapshot.json"
FIXED = datetime(2026, 1, 2, 3, 4, tzinfo=timezone.utc)  # a file without created_at/updated_at gets "now"


def _samples() -> list[Path]:
    return sorted(Path(p) for p in glob.glob(str(ROOT / "tests" / "data" / "**" / "*.delmaal.json"), recursive=True))


def _digest(path: Path) -> str:
    from delmaal_assistant.core.files.storage.delmaal_json import load_delmaal
    from delmaal_assistant.core.outputs.export import render, sections

    d = load_delmaal(path)
    raw = json.loads(path.read_text(encoding="utf-8"))
    if "created_at" not in raw:
        d.created_at = FIXED
    if "updated_at" not in raw:
        d.updated_at = FIXED
    h = hashlib.sha256(repr(sections(d)).encode())
    for fmt in ("md", "txt"):
        h.update(render(d, fmt))
    return h.hexdigest()[:16]


def _key(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


def test_export_is_byte_identical_to_before_the_registry():
    want = json.loads(SNAPSHOT.read_text(encoding="utf-8"))
    got = {_key(p): _digest(p) for p in _samples()}
    assert len(got) >= 100 and set(got) == set(want)
    changed = sorted(k for k in got if got[k] != want[k])
    assert not changed, changed


def test_sections_follow_the_field_registry():
    from delmaal_assistant.core.model.fields import registry
    from delmaal_assistant.core.outputs import export

    heads = [h for h, _ in registry().sections()]
    assert heads[:2] == ["Hvad hedder delmålet", "Hvad er formålet"] and heads[-1] == "Markeringer"
    src = Path(export.__file__).read_text(encoding="utf-8")
    assert 'L("purpose")' not in src and "d.documentation.what" not in src  # no field listed by hand


if __name__ == "__main__":
    SNAPSHOT.write_text(json.dumps({_key(p): _digest(p) for p in _samples()}, indent=1, sort_keys=True) + "\n",
                        encoding="utf-8")
    print(f"wrote {SNAPSHOT}", file=sys.stderr)
