"""Diff "Dit delmål" between two commits over the development sets (issue 24): every sentence a change alters.

    python scripts/diff_easy.py OLD NEW [SET_DIR ...] [--out DIR] [--nomorph]

OLD and NEW are commits (or the word ``WORK`` for the working tree of this checkout). Each is checked out with
``git archive`` (src, lexicons, prompts) into ``DIR/<commit>/tree`` and every ``*.delmaal.json`` under the set
folders (default ``tests/blind34 tests/blind35 tests/blind36``) is exported with ``export FILE --to easy -o -`` in
one Python process per commit (the CLI's ``main`` called in-process: same parser and output, no start-up per
file). The texts go to ``DIR/<commit>/<set>/<name>.txt`` (+ ``.stderr.txt``). Then, per file, the resident's
lines that differ are printed (``-`` old, ``+`` new) with the staff's left-out lines that differ, and at the end
the said/left-out totals of both (as the program reports them on stderr) and the number of changed files.
The sets are only counted and read here; nothing in them is used to write a rule.
"""

from __future__ import annotations

import argparse
import difflib
import os
import re
import subprocess
import sys
import tarfile
import io
from pathlib import Path

_COUNTS = re.compile(r"(\d+) sætning(?:er)? er med, (\d+) er udeladt")
_RUNNER = r"""
import io, sys
from pathlib import Path
from delmaal_assistant.cli import main
out_dir = Path(sys.argv[1])
for line in sys.stdin:
    src, name = line.rstrip('\n').split('\t')
    ob, eb = io.BytesIO(), io.BytesIO()
    o = io.TextIOWrapper(ob, encoding='utf-8', write_through=True)
    e = io.TextIOWrapper(eb, encoding='utf-8', write_through=True)
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = o, e
    try:
        try:
            main(['export', src, '--to', 'easy', '-o', '-'])
        except SystemExit:
            pass
    finally:
        sys.stdout, sys.stderr = saved
    (out_dir / (name + '.txt')).write_bytes(ob.getvalue())
    (out_dir / (name + '.stderr.txt')).write_bytes(eb.getvalue())
"""


def _tree(commit: str, root: Path, repo: Path) -> Path:
    if commit == "WORK":
        return repo
    dest = root / commit / "tree"
    if not (dest / "src").is_dir():
        dest.mkdir(parents=True, exist_ok=True)
        data = subprocess.run(["git", "-C", str(repo), "archive", commit, "src", "lexicons", "prompts"],
                              check=True, capture_output=True).stdout
        with tarfile.open(fileobj=io.BytesIO(data)) as tar:
            tar.extractall(dest)
    return dest


def _export(commit: str, sets: list[Path], root: Path, repo: Path, nomorph: bool) -> Path:
    tree = _tree(commit, root, repo)
    base = root / commit
    env = dict(os.environ, PYTHONPATH=str(tree / "src"), TEXTUAL_ANIMATIONS="none")
    if nomorph:
        env["DELMAAL_NO_MORPH"] = "1"
    for set_dir in sets:
        dest = base / set_dir.name
        if commit != "WORK" and dest.is_dir() and any(dest.iterdir()):
            continue  # a commit's texts do not change: exported once
        dest.mkdir(parents=True, exist_ok=True)
        jobs = "".join(f"{p.resolve()}\t{p.name[:-len('.delmaal.json')]}\n"
                       for p in sorted(set_dir.rglob("*.delmaal.json")))
        subprocess.run([sys.executable, "-c", _RUNNER, str(dest)], input=jobs, text=True, env=env, check=True)
    return base


def _resident(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.strip()]


def _staff(text: str) -> list[str]:
    return [line for line in text.splitlines() if "udeladt" in line]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("old")
    parser.add_argument("new")
    parser.add_argument("sets", nargs="*", default=["tests/blind34", "tests/blind35", "tests/blind36"])
    parser.add_argument("--out", default="/tmp/diff_easy")
    parser.add_argument("--nomorph", action="store_true")
    args = parser.parse_args(argv)
    repo = Path(__file__).resolve().parent.parent
    root = Path(args.out) / ("nomorph" if args.nomorph else "morph")
    sets = [Path(s) for s in args.sets]
    bases = [_export(c, sets, root, repo, args.nomorph) for c in (args.old, args.new)]
    totals = [[0, 0], [0, 0]]
    changed = 0
    for set_dir in sets:
        for path in sorted((bases[0] / set_dir.name).glob("*.txt")):
            if path.name.endswith(".stderr.txt"):
                continue
            name = path.name[:-4]
            texts = [(b / set_dir.name / f"{name}.txt").read_text(encoding="utf-8") for b in bases]
            errs = [(b / set_dir.name / f"{name}.stderr.txt").read_text(encoding="utf-8") for b in bases]
            for i, err in enumerate(errs):
                m = _COUNTS.search(err)
                if m:
                    totals[i][0] += int(m.group(1))
                    totals[i][1] += int(m.group(2))
            said = [ln for ln in difflib.ndiff(_resident(texts[0]), _resident(texts[1])) if ln[:1] in "+-"]
            left = [ln for ln in difflib.ndiff(_staff(errs[0]), _staff(errs[1])) if ln[:1] in "+-"]
            if said or left:
                changed += 1
                print(f"=== {set_dir.name}/{name}")
                for ln in said:
                    print("  " + ln)
                for ln in left:
                    print("  staff " + ln)
    for i, c in enumerate((args.old, args.new)):
        print(f"{c}: said {totals[i][0]}, left out {totals[i][1]}")
    print(f"changed files: {changed}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
