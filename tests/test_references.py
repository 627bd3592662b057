"""Every document the code or the README refers to is in the repository (issue 29): the domain documents are in
`docs/` in the project's own words, and what only the team's `../shared` folder holds – the guides, the shared
labelled sets, the outside judges – is named as optional (README "Outside judges and shared sets"; the tests that
use it skip with the reason, tests/outside.py)."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FILES = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True).stdout.split()
#: where the code and the README speak: the README, the source, the data files and their READMEs, the tests' code
SPEAKERS = [f for f in FILES if f == "README.md" or f.endswith(".py") and f.startswith(("src/", "tests/", "scripts/"))
            or f.startswith(("prompts/", "lexicons/")) or f.startswith("docs/")]
OPTIONAL_SHARED = ("tools/", "examples/", "seeds/")
#: a document: a Markdown file named in capitals (README.md, FIELDS.md, READING.md), with or without its folder –
#: lower-case names ("status.md", "x.md") are files the program writes in the tests and examples
_MD = re.compile(r"(?<![\w./-])((?:[\w.-]+/)*[A-Z][A-Z0-9_-]*\.md)\b")
_SHARED = re.compile(r"\.\./shared/([\w./{},*-]+)")


def _text(path: str) -> str:
    return (ROOT / path).read_text(encoding="utf-8")


def test_every_markdown_document_named_is_in_the_repository():
    names = {Path(f).name for f in FILES}
    missing, seen = [], set()
    for f in SPEAKERS:
        for ref in _MD.findall(_text(f)):
            seen.add(Path(ref).name)
            if "/" in ref and not ref.startswith("../"):
                ok = ref in FILES or (ROOT / Path(f).parent / ref).is_file() or any(x.endswith("/" + ref) for x in FILES)
            else:
                ok = Path(ref).name in names
            if not ok:
                missing.append(f"{f}: {ref}")
    assert not missing, "\n".join(missing)
    assert {"FIELDS.md", "CHECKS.md", "DELMAAL.md", "README.md"} <= seen  # the scan does see the references


def test_the_domain_documents_are_ours():
    assert {"docs/DELMAAL.md", "docs/FIELDS.md", "docs/CHECKS.md"} <= set(FILES)
    outside = [f for f in SPEAKERS if "shared/domain" in _text(f) and f != "tests/test_references.py"]
    assert not outside, f"the domain is in docs/, not ../shared/domain: {outside}"


def test_what_only_the_shared_folder_holds_is_named_as_optional():
    refs = [(f, r) for f in SPEAKERS if f != "tests/test_references.py"  # this test names what it looks for
            for r in _SHARED.findall(_text(f)) if "{" not in r]  # "../shared/{part}": a template, not a path
    assert refs  # the README does name the outside judges
    wrong = [f"{f}: ../shared/{r}" for f, r in refs if not (r.rstrip("/,.") + "/").startswith(OPTIONAL_SHARED)]
    assert not wrong, "\n".join(wrong)
    readme = _text("README.md")
    assert "**Outside judges and shared sets (optional).**" in readme and "tests/outside.py" in readme
