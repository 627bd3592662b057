#!/usr/bin/env python3
"""Build one variant delmål per row of answers.tsv and write labels.tsv (score_fields.py format).

Each variant is its base file (good-NN.delmaal.json) with exactly one answer replaced.
- `methods` and `external_actors`: the text column is a JSON list and replaces the whole list.
- `collaboration.professional_justification`: the resident's attitude is also set to "" (the
  justification is then the answer that must carry the field).
- `indicators.levels[N].what_we_see|how_we_support`: replaces that level's text.
Usage: python3 make.py   (run in this folder or anywhere; paths are relative to this file)
"""
import json, re, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
LIST_FIELDS = {"methods", "external_actors"}


def set_path(doc, path, value):
    parts = []
    for p in path.split("."):
        m = re.fullmatch(r"(\w+)\[(\d+)\]", p)
        if m:
            parts += [m.group(1), int(m.group(2))]
        else:
            parts.append(p)
    obj = doc
    for p in parts[:-1]:
        obj = obj[p]
    last = parts[-1]
    if isinstance(last, str) and last not in obj:
        raise KeyError(f"{path}: no such field in base")
    obj[last] = value


def main():
    for old in HERE.glob("v-*.delmaal.json"):
        old.unlink()
    lines = (HERE / "answers.tsv").read_text(encoding="utf-8").splitlines()
    header = lines[0].split("\t")
    assert header == ["id", "base", "field", "label", "category", "writer", "text"], header
    bases = sorted(HERE.glob("good-*.delmaal.json"))
    labels = ["# file\texpect\tcodes\twhy"]
    labels += [f"{b.name}\tclean\t-\tbase good delmål" for b in bases]
    n = 0
    for ln, line in enumerate(lines[1:], 2):
        if not line.strip():
            continue
        cols = line.split("\t")
        if len(cols) != 7:
            sys.exit(f"answers.tsv line {ln}: expected 7 columns, got {len(cols)}")
        rid, base, field, label, category, _writer, text = cols
        doc = json.loads((HERE / f"{base}.delmaal.json").read_text(encoding="utf-8"))
        value = json.loads(text) if field in LIST_FIELDS else text
        if field == "collaboration.professional_justification":
            doc["collaboration"]["resident_attitude"] = ""
        set_path(doc, field, value)
        name = f"v-{rid}.delmaal.json"
        with open(HERE / name, "w", encoding="utf-8") as f:
            json.dump(doc, f, ensure_ascii=False, indent=2)
            f.write("\n")
        if label == "weak":
            labels.append(f"{name}\t{field}\t-\t{category}")
        elif label == "good":
            labels.append(f"{name}\tclean\t-\tgood alternative for {field}")
        else:
            sys.exit(f"answers.tsv line {ln}: label must be weak or good, not {label!r}")
        n += 1
    (HERE / "labels.tsv").write_text("\n".join(labels) + "\n", encoding="utf-8")
    print(f"{n} variants from {len(bases)} base files; labels.tsv has {len(labels) - 1} rows")


if __name__ == "__main__":
    main()
