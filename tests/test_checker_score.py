"""Regression guard: the checker's precision and recall on the labelled sets stay at the issue's targets.

tests/data/dev2.tsv … dev6.tsv were written independently of the rules (see their headers): dev2 in a textbook
style, dev3 in the terse style of case-system exports, dev4 in a formal register, dev5 by six staff personas,
dev6 from children's care with long sentences and fragments, dev7 adversarial (idioms and hard negatives), dev8
ordinary real-world style, dev9 real-world public documents (kvalitetsstandarder, bosted pages, handleplan excerpts:
many written as a service formål) and dev10 terse case-system notes and institution-level text (issue 9; both
scored at first look before any rule was changed for them: see the README). ../shared/examples/dev.tsv is the
shared development set (skipped when shared/ is not beside the project).
"""

from pathlib import Path

import pytest

from delmaal_assistant.checker import CORE_CODES, get_checker
from outside import SHARED, shared

ROOT = Path(__file__).resolve().parent.parent
SETS = {
    "dev2": ROOT / "tests" / "data" / "dev2.tsv",
    "dev3": ROOT / "tests" / "data" / "dev3.tsv",
    "dev4": ROOT / "tests" / "data" / "dev4.tsv",
    "dev5": ROOT / "tests" / "data" / "dev5.tsv",
    "dev6": ROOT / "tests" / "data" / "dev6.tsv",
    "dev7": ROOT / "tests" / "data" / "dev7.tsv",
    "dev8": ROOT / "tests" / "data" / "dev8.tsv",
    "dev9": ROOT / "tests" / "data" / "dev9.tsv",
    "dev10": ROOT / "tests" / "data" / "dev10.tsv",
    "dev": SHARED / "examples" / "dev.tsv",
}


def load(path):
    items = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        ident, codes, text = line.split("\t")
        sure = {c.strip() for c in codes.split(",") if c.strip() not in ("", "-") and not c.strip().startswith("?")}
        unsure = {c.strip()[1:] for c in codes.split(",") if c.strip().startswith("?")}
        items.append((ident, sure, unsure, text))
    return items


def score(items):
    tp = dict.fromkeys(CORE_CODES, 0)
    fp, fn = dict(tp), dict(tp)
    wrong = []
    for ident, sure, unsure, text in items:
        got = {f.code for f in get_checker().check(text)}
        for c in CORE_CODES:
            if c in unsure:
                continue
            if c in sure and c in got:
                tp[c] += 1
            elif c in got:
                fp[c] += 1
                wrong.append(f"{ident} extra {c}: {text}")
            elif c in sure:
                fn[c] += 1
                wrong.append(f"{ident} missed {c}: {text}")
    return tp, fp, fn, wrong


@pytest.mark.parametrize("name", sorted(SETS))
def test_recall_and_precision(name):
    path = SETS[name]
    if name == "dev":
        path = shared("examples/dev.tsv")  # the team's labelled set (skipped, with the reason, on a clone alone)
    tp, fp, fn, wrong = score(load(path))
    report = "\n".join(wrong)
    for c in CORE_CODES:
        if tp[c] + fn[c]:
            assert tp[c] / (tp[c] + fn[c]) >= 0.90, f"{name}: recall of {c} below 0.90\n{report}"
    T, F = sum(tp.values()), sum(fp.values())
    assert T / (T + F) >= 0.95, f"{name}: micro precision below 0.95\n{report}"
    if name != "dev":
        for c in CORE_CODES:
            if tp[c] + fp[c]:
                assert tp[c] / (tp[c] + fp[c]) >= 0.95, f"{name}: precision of {c} below 0.95\n{report}"
