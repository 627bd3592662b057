"""The findings of every data set, as one digest per item, to compare two versions of the checker byte for byte.

    PYTHONPATH=/path/to/other/src python tests/golden_findings.py --write tests/golden/findings.json
    python tests/golden_findings.py --compare tests/golden/findings.json

Items: every saved delmål of tests/data and ../shared/examples (`check_delmaal`: the wording rules on each field, the
whole-delmål checks, the field judges), blind16's field answers laid into their delmål by the set's own make.py, and
every wording and field answer of the labelled sets (the text column of each .tsv, `check`) and 3,000 generated
wordings (benchmarks/bench_batch.py's). Each item's digest is
the SHA-256 of its findings as JSON (every attribute, in order). Written once from the code at the start of issue 28
(6a13daa) and compared by tests/test_golden_findings.py: a change that makes the checker faster must not change one
finding. A change that *means* to change findings rewrites the file with --write (and says so in its commit).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import subprocess
import sys
import tempfile
from dataclasses import asdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def _digest(findings) -> str:
    raw = json.dumps([asdict(f) for f in findings], ensure_ascii=False, sort_keys=False, default=str)
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:20]


def _texts() -> dict[str, str]:
    out: dict[str, str] = {}
    tsvs = sorted((ROOT / "tests" / "data").rglob("*.tsv"))
    tsvs += sorted((SHARED / "examples").rglob("*.tsv")) if SHARED.is_dir() else []
    for path in tsvs:
        rel = path.relative_to(ROOT.parent if path.is_relative_to(SHARED) else ROOT).as_posix()
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip() and not line.startswith("#"):
                out[f"{rel}:{n}"] = max(line.split("\t"), key=len)
    return out


def _delmaal_files(tmp: Path) -> dict[str, Path]:
    files = {p.relative_to(ROOT).as_posix(): p for p in sorted((ROOT / "tests" / "data").rglob("*.delmaal.json"))}
    if SHARED.is_dir():
        files |= {p.relative_to(ROOT.parent).as_posix(): p for p in sorted((SHARED / "examples").rglob("*.delmaal.json"))}
    variants = tmp / "fields16"
    shutil.copytree(ROOT / "tests" / "data" / "blind16" / "fields", variants)
    subprocess.run([sys.executable, str(variants / "make.py")], check=True, capture_output=True)
    files |= {f"blind16-variants/{p.name}": p for p in sorted(variants.glob("v-*.delmaal.json"))}
    return files


def collect() -> dict[str, str]:
    from delmaal_assistant.checker import get_checker
    from delmaal_assistant.core.files.storage import load_delmaal

    checker = get_checker()
    out: dict[str, str] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for key, path in _delmaal_files(Path(tmp)).items():
            out[f"delmaal {key}"] = _digest(checker.check_delmaal(load_delmaal(path)))
    for key, text in _texts().items():
        out[f"wording {key}"] = _digest(checker.check(text))
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from bench_batch import wordings  # generated wordings (the stream benchmark's), deterministic

    for n, text in enumerate(wordings(3000)):
        out[f"generated wording {n}"] = _digest(checker.check(text))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    g = ap.add_mutually_exclusive_group(required=True)
    g.add_argument("--write", type=Path)
    g.add_argument("--compare", type=Path)
    a = ap.parse_args()
    got = collect()
    if a.write:
        a.write.parent.mkdir(parents=True, exist_ok=True)
        a.write.write_text(json.dumps(got, indent=0, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"{len(got)} items written to {a.write}")
        return 0
    want = json.loads(a.compare.read_text(encoding="utf-8"))
    differ = sorted(k for k in want.keys() & got.keys() if want[k] != got[k])
    print(f"{len(want.keys() & got.keys())} items compared, {len(differ)} differ; "
          f"{len(want.keys() - got.keys())} only in the file, {len(got.keys() - want.keys())} only here")
    for k in differ[:50]:
        print("  differs:", k)
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
