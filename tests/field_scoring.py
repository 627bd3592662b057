"""Score the field judges on a labelled set of answers (tests/data/fields_dev.tsv; columns in its header).

Each answer is laid into an otherwise empty delmål on its field; a *weak* answer must draw a content finding
on that field, an *ok* one none. `?` rows are not scored. Run as a script to print precision/recall per field
and every disagreement:  PYTHONPATH=src python tests/field_scoring.py tests/data/fields_dev.tsv
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from pathlib import Path

NOT_CONTENT = {"personal-name", "personal-data", "readability", "long-sentence",
               # passive voice is normal in staff prose (FIELDS.md); which text codes apply to which field is the
               # field registry's business, not the judges'
               "passive-voice"}
_LEVEL = re.compile(r"niveau\s*(\d)", re.I)
_DOC = re.compile(r"(hvad|hvem|hvor ofte)\s*:", re.I)


def read_rows(path: Path) -> list[dict]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if parts[0] == "id":
            continue
        rid, field, label, text = parts[:4]
        rows.append({"id": rid, "field": field, "label": label, "text": text,
                     "why": parts[4] if len(parts) > 4 else ""})
    return rows


def snippet(row: dict) -> tuple[dict, str]:
    """(partial delmål, path prefix the finding must sit on) for one labelled answer."""
    field, text = row["field"], row["text"]
    if field == "external_actors":
        m = re.split(r"\s+[–—-]\s+|:\s+", text, maxsplit=1)
        name, how = (m[0], m[1]) if len(m) == 2 else (text, "")
        return {"external_actors": [{"name": name.strip() or "?", "how": how.strip()}]}, "external_actors[0]"
    if field == "indicators.what_we_see":
        m = _LEVEL.search(row["why"])
        level = int(m.group(1)) if m else 2
        path = f"indicators.levels[{level}].what_we_see"
        return {path: text}, path
    if field == "documentation":
        parts = {"hvad": "", "hvem": "", "hvor ofte": ""}
        marks = list(_DOC.finditer(text))
        for n, m in enumerate(marks):
            end = marks[n + 1].start() if n + 1 < len(marks) else len(text)
            parts[m.group(1).lower()] = text[m.end():end].strip().rstrip(";").strip()
        if not marks:
            parts["hvad"] = text
        return {"documentation.what": parts["hvad"], "documentation.who": parts["hvem"],
                "documentation.how_often": parts["hvor ofte"]}, "documentation"
    return {field: text}, field


def flagged(checker, row: dict) -> list:
    from snippets import delmaal_from_snippet

    snip, prefix = snippet(row)
    d = delmaal_from_snippet(snip)
    return [f for f in checker.check_delmaal(d)
            if f.code not in NOT_CONTENT and (f.field or "").startswith(prefix)]


def score(checker, rows: list[dict]) -> tuple[dict, list[str]]:
    """{field: {"tp", "fp", "fn", "tn"}} plus one line per disagreement."""
    table: dict[str, dict[str, int]] = defaultdict(lambda: {"tp": 0, "fp": 0, "fn": 0, "tn": 0})
    notes = []
    for row in rows:
        if row["label"] not in ("ok", "weak"):
            continue
        found = flagged(checker, row)
        weak = row["label"] == "weak"
        key = ("tp" if found else "fn") if weak else ("fp" if found else "tn")
        table[row["field"]][key] += 1
        if key in ("fp", "fn"):
            what = ", ".join(f.rule or f.code for f in found) or "-"
            notes.append(f"{key.upper()} {row['id']} {row['field']}: «{row['text']}» [{what}] ({row['why']})")
    return dict(table), notes


def pr(c: dict) -> tuple[float, float]:
    p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 1.0
    r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 1.0
    return p, r


def total(table: dict) -> dict:
    out = {"tp": 0, "fp": 0, "fn": 0, "tn": 0}
    for c in table.values():
        for k in out:
            out[k] += c[k]
    return out


def main(argv: list[str]) -> int:
    from delmaal_assistant.checker import get_checker

    rows = read_rows(Path(argv[1]))
    table, notes = score(get_checker(), rows)
    for line in notes:
        print(line)
    print(f"{'field':42} {'prec':>5} {'rec':>5}  tp fp fn tn")
    for field, c in sorted(table.items()) + [("ALL", total(table))]:
        p, r = pr(c)
        print(f"{field:42} {p:5.2f} {r:5.2f}  {c['tp']:2} {c['fp']:2} {c['fn']:2} {c['tn']:2}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
