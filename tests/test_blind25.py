"""Regression guard for issue 25's sets (tests/data/blind25/: blind at first look on 2026-12-06, development data
since): the field judges keep the figures reached after the category fixes (README "Figures", blind25/README.md),
and `delmaal check` on a saved delmål and the interview say the same about every answer (one judge, two
front-ends). The field answers are laid into their delmål by the set's own make.py, in a temporary folder, and
judged through the interview's own feedback (benchmarks/field_verdicts.py)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from delmaal_assistant.checker import get_checker
from delmaal_assistant.core.files.storage import load_delmaal
from delmaal_assistant.core.interview import step_for_field
from delmaal_assistant.core.interview.loader import default_prompts

ROOT = Path(__file__).resolve().parent.parent
SET = ROOT / "tests" / "data" / "blind25"
COMPLETE = sorted((SET / "complete").glob("*.delmaal.json"))
sys.path.insert(0, str(ROOT / "benchmarks"))


@pytest.fixture(scope="module")
def field_set(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("fields25")
    for f in (SET / "fields").iterdir():
        shutil.copy(f, folder / f.name)
    subprocess.run([sys.executable, str(folder / "make.py")], check=True, capture_output=True)
    return folder


@pytest.fixture(scope="module")
def measured(field_set):
    import field_verdicts

    m = field_verdicts.measure(field_set)
    for r in m["answers"]:
        r["field_kind"] = field_verdicts.field_kind(r["field"])
    return m, field_verdicts.summarise(m)


def test_the_sets_are_there():
    assert len(COMPLETE) >= 40
    rows = [line for line in (SET / "fields" / "answers.tsv").read_text(encoding="utf-8").splitlines()[1:]
            if line.strip()]
    assert len(rows) >= 300


def test_field_judges_hold(measured):
    m, s = measured
    wrong = [f"{r['label']} {r['id']} {r['field']} → {r['verdict']} {r['codes']}: {r['text'][:100]}"
             for r in m["answers"] if (r["label"] == "weak" and not r["flagged"])
             or (r["verdict"] == "praise" and r["label"] != "good")]
    report = "\n".join(wrong)
    assert s["weak_recall_flagged"] >= 0.97, report  # after: 199/201 = 0.99 (first look 0.79)
    assert s["praise_precision"] >= 0.97, report  # after: 127/129 = 0.98 (first look 0.72)
    assert s["false_objections_per_good_delmaal"] <= 0.02, m["good_delmaal_noise"]  # after 0 (first look 0.36)
    assert s["good_praised"] >= 0.88  # after: 0.93 (first look 0.79): a good answer still hears "Godt"


def test_first_person_good_answers_are_not_objected_to(measured):
    """A resident's own account ("Jeg går selv ned, når I har banket på") is judged for what it says."""
    m, _ = measured
    fp = [r for r in m["answers"] if r["label"] == "good" and r["writer"] == "first-person"]
    objected = [f"{r['id']} {r['field']} {r['codes']}: {r['text'][:100]}" for r in fp if r["verdict"] == "object"]
    assert len(fp) >= 20
    assert len(objected) <= 0.02 * len(fp), "\n".join(objected)  # after: 0/25 (first look 6/25)


def test_good_complete_delmaal_draw_no_content_findings():
    import field_verdicts

    checker = get_checker()
    noise = [f"{p.name} {f.field}: {f.rule}" for p in COMPLETE
             for f in field_verdicts.staff_objections(load_delmaal(p), checker)]
    assert len(noise) <= 0.1 * len(COMPLETE) / 2, "\n".join(noise)  # after: 0 of 46 (first look 34)


def _cli_findings(files: list[Path], cwd: Path) -> dict[str, set[tuple[str, str]]]:
    """`delmaal check --format json`: (code, field) per file. Run in-process (tests/cli_inprocess.py: the same
    parser and output as the command; what is compared here is what it reports, not the process) – a process of
    its own cost a Python start and a checker load per run (issue 28)."""
    from cli_inprocess import delmaal

    p = delmaal("check", "--format", "json", "--fail-level", "none", "--jobs", "1", *map(str, files), cwd=cwd)
    assert p.returncode == 0, p.stderr[-2000:]
    out: dict[str, set[tuple[str, str]]] = {}
    for r in json.loads(p.stdout)["results"]:
        for f in r["findings"]:
            out.setdefault(Path(r["source"]).name, set()).add((f["code"], r.get("field") or ""))
    return out


def test_check_and_the_interview_agree_on_every_answer(field_set, measured, tmp_path):
    """For every answer of both sets: what the interview shows on the step that asks for it is exactly what
    `delmaal check FILE.delmaal.json` reports on that step's fields."""
    import field_verdicts

    m, _ = measured
    prompts = default_prompts()
    checker = get_checker()
    cases = [(field_set / r["file"], r["field"], {tuple(x) for x in r["found"]}) for r in m["answers"]]
    staff_paths = ("purpose", "measurement", "handleplan_goal", "methods[0].description", "indsats.actions",
                   "indsats.when_resident_wants_otherwise", "collaboration.resident_attitude",
                   "collaboration.professional_justification", "external_actors[0].how", "documentation.what",
                   *(f"indicators.levels[{n}].what_we_see" for n in range(5)))
    for p in COMPLETE:
        d = load_delmaal(p)
        for path in staff_paths:
            if path.startswith("external_actors") and not d.external_actors:
                continue
            if path.startswith("methods") and not d.methods:
                continue
            v = field_verdicts.verdict(d, path, checker)
            cases.append((p, path, set(v.found)))
    cli = _cli_findings(sorted({c[0] for c in cases}), tmp_path)
    wrong = []
    for path_file, field, interview in cases:
        step = step_for_field(prompts, field)
        said = {(code, f) for code, f in cli.get(path_file.name, set()) if step.owns(f)}
        if said != interview:
            wrong.append(f"{path_file.name} {field}: check {sorted(said - interview)} / interview "
                         f"{sorted(interview - said)}")
    assert len(cases) >= 300 + 40 * 10
    assert not wrong, "\n".join(wrong[:20])
