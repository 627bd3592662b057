"""Issue 28: the checker was made several times faster without changing one finding. The findings of every data set
(saved delmål, blind16's variants, every labelled wording, 3,000 generated wordings) were written once from the code
at the round's start (6a13daa) as one digest per item (tests/golden_findings.py); here they are compared byte for
byte. A change that means to change findings rewrites the file: `python tests/golden_findings.py --write
tests/golden/findings.json` (and says so in its commit)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

import golden_findings  # noqa: E402

GOLDEN = ROOT / "tests" / "golden" / "findings.json"


def test_findings_of_every_data_set_are_those_of_the_golden_file():
    want = json.loads(GOLDEN.read_text(encoding="utf-8"))
    got = golden_findings.collect()
    assert len(want) > 6000
    common = want.keys() & got.keys()
    # ../shared may be missing on a fresh clone: then its items are absent here, and everything else must be there
    missing = {k for k in want.keys() - got.keys() if "shared/examples" not in k}
    assert not missing, sorted(missing)[:20]
    assert len(common) > 5000
    differ = sorted(k for k in common if want[k] != got[k])
    assert not differ, (f"{len(differ)} items find otherwise than the golden file (rewrite it only when the change "
                        f"means to change findings): {differ[:20]}")
