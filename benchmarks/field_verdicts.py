"""What the assistant says to each answer: praise ("Godt"), an objection, or a note — measured with the interview's
own code path (core.session.InterviewSession.feedback), not a copy of its logic.

For one answer in a delmål: the session enters the step that asks for the answer's field, sends the answer as it
stands in the file (as if the user pressed Ctrl+S), runs the whole-delmål check the way the interview does
(`run_checks`) and reads the Feedback:

- praise:  `fb.praise` — the assistant said "Godt – svaret har det, feltet skal rumme …";
- object:  something stands in the way of moving on (`fb.pending`: a warning or error on the step's fields, or
           the wording's missing-evidence note) — the assistant asks for a revision;
- note:    neither — "Noteret." or "Det er noteret; forslagene ovenfor …" (suggestions only).

Also reported, as `../shared/tools/score_fields.py` counts it: whether the answer's field drew any content
finding (every code except personal-name, personal-data, readability, long-sentence, passive-voice).

Input: a folder of delmål variants with `answers.tsv` (columns named in its header: id or file, field, label
weak|good, category, …; the variant of row `id` is `v-<id>.delmaal.json`) and `labels.tsv` (score_fields.py's
format: its `clean` rows are the good delmål). Usage:

    .venv/bin/python benchmarks/field_verdicts.py tests/data/blind16/fields [--json OUT] [--show weak|good|all]

Figures printed: recall of weak answers (objected to, and flagged at all) per field and per category; false
objections per good delmål (content findings on the staff fields of a delmål labelled good); praise precision
(share of praised answers labelled good).
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from delmaal_assistant.checker import get_checker
from delmaal_assistant.core.files.drafts import Draft
from delmaal_assistant.core.interview import step_for_field
from delmaal_assistant.core.interview.answers import current_answer
from delmaal_assistant.core.interview.session import InterviewSession, run_checks
from delmaal_assistant.core.files.storage import load_delmaal

NOT_CONTENT = {"personal-name", "personal-data", "readability", "long-sentence", "passive-voice"}
STAFF_FIELDS = ("purpose", "measurement", "handleplan_goal", "indsats", "collaboration", "external_actors",
                "documentation")
TODAY = date(2026, 12, 1)


@dataclass
class Verdict:
    kind: str  # praise | object | note | error
    flagged: bool  # a content finding on the answer's field
    codes: tuple[str, ...]
    said: str  # what the assistant said (the feedback's messages)
    found: tuple[tuple[str, str], ...] = ()  # (code, field) of every finding the step showed


def verdict(d, path: str, checker=None, *, today: date = TODAY) -> Verdict:
    """What the interview says when the answer at `path` of `d` is sent as it stands."""
    s = InterviewSession(Draft(delmaal=d.model_copy(deep=True)), today=today)
    step = step_for_field(s.prompts, path)
    if step is None:
        raise ValueError(f"no step asks for {path!r}")
    s.enter(step, ask=False)
    if s.submit(current_answer(step, s.d)) is not None:
        return Verdict("error", False, (), "")
    fb = s.feedback(run_checks(checker or get_checker(), s.snapshot()))
    on_field = [f for f in fb.findings if (f.field or "").startswith(_prefix(path))]
    kind = "praise" if fb.praise else "object" if fb.pending else "note"
    return Verdict(kind, any(f.code not in NOT_CONTENT for f in on_field),
                   tuple(f.code for f in fb.findings), "\n".join(fb.messages),
                   tuple((f.code, f.field or "") for f in fb.findings))


def _prefix(path: str) -> str:
    """Findings on the answer's field or below it (an actor's "how" sits on external_actors[0].how or [0])."""
    if path.startswith("external_actors["):
        return path.split("]")[0] + "]"
    if path.startswith("documentation"):
        return "documentation"
    return path


def read_answers(folder: Path) -> list[dict]:
    with open(folder / "answers.tsv", encoding="utf-8", newline="") as fh:
        lines = [line for line in fh if line.strip() and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def good_files(folder: Path) -> list[Path]:
    """Delmål labelled good as a whole (labels.tsv: `clean`), for the false objections per good delmål."""
    out = []
    labels = folder / "labels.tsv"
    if labels.exists():
        for line in labels.read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if line.strip() and not line.startswith("#") and len(parts) > 1 and parts[1] == "clean":
                out.append(folder / parts[0])
    return out


def staff_objections(d, checker) -> list:
    """Content findings on the staff fields of a delmål (what score_fields.py counts as noise on a good one)."""
    return [f for f in checker.check_delmaal(d)
            if f.code not in NOT_CONTENT and (f.field or "").startswith(STAFF_FIELDS)]


def measure(folder: Path, checker=None) -> dict:
    checker = checker or get_checker()
    rows = read_answers(folder)
    loaded: dict[str, object] = {}
    results = []
    for r in rows:
        name = r.get("file") or f"v-{r['id']}.delmaal.json"  # fields16's answers.tsv: one variant per id
        r["file"] = name
        if name not in loaded:
            loaded[name] = load_delmaal(folder / name)
        v = verdict(loaded[name], r["field"], checker)
        results.append({**r, "verdict": v.kind, "flagged": v.flagged, "codes": list(v.codes), "said": v.said,
                        "found": [list(x) for x in v.found]})
    goods = good_files(folder)
    noise = {p.name: [f"{f.field}: {f.code}" for f in staff_objections(load_delmaal(p), checker)] for p in goods}
    return {"answers": results, "good_delmaal_noise": noise}


def summarise(m: dict) -> dict:
    res = m["answers"]
    weak = [r for r in res if r["label"] == "weak"]
    good = [r for r in res if r["label"] == "good"]
    praised = [r for r in res if r["verdict"] == "praise"]

    def rate(rows, key):
        return sum(1 for r in rows if key(r)) / len(rows) if rows else float("nan")

    def table(rows, by):
        t = defaultdict(list)
        for r in rows:
            t[r[by]].append(r)
        return {k: {"n": len(v), "objected": rate(v, lambda r: r["verdict"] == "object"),
                    "flagged": rate(v, lambda r: r["flagged"]),
                    "praised": rate(v, lambda r: r["verdict"] == "praise")} for k, v in sorted(t.items())}

    noise = m["good_delmaal_noise"]
    return {
        "weak": len(weak), "good": len(good),
        "weak_recall_objected": rate(weak, lambda r: r["verdict"] == "object"),
        "weak_recall_flagged": rate(weak, lambda r: r["flagged"]),
        "weak_praised": sum(1 for r in weak if r["verdict"] == "praise"),
        "good_praised": rate(good, lambda r: r["verdict"] == "praise"),
        "good_objected": rate(good, lambda r: r["verdict"] == "object"),
        "praise_n": len(praised),
        "praise_precision": rate(praised, lambda r: r["label"] == "good"),
        "good_delmaal": len(noise),
        "false_objections_per_good_delmaal": (sum(len(v) for v in noise.values()) / len(noise)) if noise else 0.0,
        "weak_by_field": table(weak, "field_kind"),
        "weak_by_category": table(weak, "category"),
        "good_by_field": table(good, "field_kind"),
    }


def field_kind(path: str) -> str:
    if path.startswith("indicators.levels"):
        return "indicators.what_we_see" if path.endswith("what_we_see") else "indicators.how_we_support"
    if path.startswith("external_actors"):
        return "external_actors"
    if path.startswith("documentation"):
        return "documentation"
    return path


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folder", type=Path)
    ap.add_argument("--json", type=Path, help="write every verdict and the summary here")
    ap.add_argument("--show", choices=("weak", "good", "all", "none"), default="none",
                    help="print the answers of that label the assistant got wrong")
    a = ap.parse_args(argv)
    m = measure(a.folder)
    for r in m["answers"]:
        r["field_kind"] = field_kind(r["field"])
    s = summarise(m)
    if a.json:
        a.json.write_text(json.dumps({"summary": s, **m}, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"answers: {s['weak']} weak, {s['good']} good; good delmål (whole): {s['good_delmaal']}")
    print(f"weak recall: objected {s['weak_recall_objected']:.2f}, flagged {s['weak_recall_flagged']:.2f}; "
          f"weak answers praised: {s['weak_praised']}")
    print(f"good answers: praised {s['good_praised']:.2f}, objected {s['good_objected']:.2f}")
    print(f"praise precision {s['praise_precision']:.2f} (of {s['praise_n']} praised); "
          f"false objections per good delmål {s['false_objections_per_good_delmaal']:.2f}")
    for title, key in (("weak, per field", "weak_by_field"), ("weak, per category", "weak_by_category"),
                       ("good, per field", "good_by_field")):
        print(f"\n{title:40} {'n':>4} {'object':>7} {'flag':>6} {'praise':>7}")
        for k, v in s[key].items():
            print(f"{k:40} {v['n']:4d} {v['objected']:7.2f} {v['flagged']:7.2f} {v['praised']:6.2f}")
    for name, found in m["good_delmaal_noise"].items():
        for f in found:
            print(f"noise  {name} {f}")
    if a.show != "none":
        for r in m["answers"]:
            wrong = (r["label"] == "weak" and r["verdict"] != "object") or (
                r["label"] == "good" and r["verdict"] != "praise")
            if wrong and a.show in ("all", r["label"]):
                print(f"\n[{r['label']}/{r.get('category', '')}] {r['file']} {r['field']} → {r['verdict']} "
                      f"{r['codes']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
