"""The side panel's "DELMÅLET" rows come from the field registry (issue 29: fields.toml's `panel`), and are what they
were before on every sample delmål: `tests/data/side_panel_snapshot.json`, made with the code before the change
(`python tests/test_side_panel_registry.py` writes it anew)."""

import glob
import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SNAPSHOT = ROOT / "tests" / "data" / "side_panel_snapshot.json"


def _samples() -> list[Path]:
    return sorted(Path(p) for p in glob.glob(str(ROOT / "tests" / "data" / "**" / "*.delmaal.json"), recursive=True))


def _rows(path: Path) -> list:
    from delmaal_assistant.core.files.storage.delmaal_json import load_delmaal
    from delmaal_assistant.core.model.fields import registry
    from delmaal_assistant.tui.screens.interview_parts.side import side_rows

    return side_rows(load_delmaal(path), registry())


def _digest(path: Path) -> str:
    return hashlib.sha256(repr(_rows(path)).encode()).hexdigest()[:16]


def test_side_panel_rows_are_what_they_were():
    want = json.loads(SNAPSHOT.read_text(encoding="utf-8"))
    got = {p.relative_to(ROOT).as_posix(): _digest(p) for p in _samples()}
    assert len(got) >= 100 and set(got) == set(want)
    assert not sorted(k for k in got if got[k] != want[k])


if __name__ == "__main__":
    SNAPSHOT.write_text(json.dumps({p.relative_to(ROOT).as_posix(): _digest(p) for p in _samples()}, indent=1,
                                   sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {SNAPSHOT}", file=sys.stderr)
