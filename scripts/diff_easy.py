"""Diff "Dit delmål" between two commits over the development sets, sentence by sentence (issue 24).

    python scripts/diff_easy.py OLD NEW [SET_DIR ...] [--out DIR] [--counts-only]

OLD and NEW are git revisions, or ``.`` for the working tree of this checkout. Each is exported (``git archive``
of ``src``, ``lexicons``, ``prompts`` into a temporary folder, then ``delmaal export FILE --to easy -o -`` run
in one process per revision for speed) for every ``*.delmaal.json`` under the set folders (default
``tests/blind34 tests/blind35 tests/blind36``). Printed: per set and in total, the sentences said and left out as
stderr reports them («N sætninger er med, M er udeladt»), then for every file whose text changed the sentences
only in OLD (``-``) and only in NEW (``+``), and the left-out lines only in OLD (``-?``) and only in NEW
(``+?``). The sets are used only to count and to read what a change changed, never to take a sentence from.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

_COUNTS = re.compile(r"(\d+) sætning(?:er)? er med, (\d+) er udeladt")
_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-ZÆØÅ«'])")

# Run inside the revision's tree: export every file given on stdin (one path a line), answer JSON lines.
_RUNNER = r"""
import contextlib, io, json, sys
from delmaal_assistant.cli.main import main
for line in sys.stdin:
    path = line.rstrip("\n")
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            main(["export", path, "--to", "easy", "-o", "-"])
        except SystemExit:
            pass
        except Exception as exc:  # a traceback is a finding: keep it in the stderr text
            err.write(f"TRACEBACK {type(exc).__name__}: {exc}\n")
    print(json.dumps({"path": path, "out": out.getvalue(), "err": err.getvalue()}), flush=True)
"""


def _tree(rev: str, tmp: Path) -> Path:
    if rev == ".":
        return Path.cwd()
    dest = tmp / rev.replace("/", "_")
    dest.mkdir(parents=True, exist_ok=True)
    archive = subprocess.run(["git", "archive", rev, "src", "lexicons", "prompts"], capture_output=True, check=True)
    subprocess.run(["tar", "-x", "-C", str(dest)], input=archive.stdout, check=True)
    return dest


def _export(tree: Path, files: list[Path]) -> dict[str, tuple[str, str]]:
    env = dict(os.environ, PYTHONPATH=str(tree / "src"), TEXTUAL_ANIMATIONS="none")
    run = subprocess.run([sys.executable, "-c", _RUNNER], input="".join(f"{p}\n" for p in files),
                         capture_output=True, text=True, env=env, cwd=str(tree))
    if run.returncode:
        sys.stderr.write(run.stderr)
        raise SystemExit(f"export failed in {tree}")
    got = {}
    for line in run.stdout.splitlines():
        row = json.loads(line)
        got[row["path"]] = (row["out"], row["err"])
    return got


def _sentences(text: str) -> list[str]:
    out = []
    for line in text.splitlines():
        line = line.strip()
        if line:
            out.extend(_SPLIT.split(line))
    return out


def _left(err: str) -> list[str]:
    return [line.strip() for line in err.splitlines() if "udeladt fra" in line or "TRACEBACK" in line]


def _counts(err: str) -> tuple[int, int]:
    m = _COUNTS.search(err)
    return (int(m.group(1)), int(m.group(2))) if m else (0, 0)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("old")
    ap.add_argument("new")
    ap.add_argument("sets", nargs="*", default=["tests/blind34", "tests/blind35", "tests/blind36"])
    ap.add_argument("--out", help="also write each revision's texts to OUT/<rev>/<set>/<name>.txt(.stderr.txt)")
    ap.add_argument("--counts-only", action="store_true")
    args = ap.parse_args(argv)
    files = [p.resolve() for s in args.sets for p in sorted(Path(s).rglob("*.delmaal.json"))]
    with tempfile.TemporaryDirectory() as tmp:
        runs = {}
        for rev in (args.old, args.new):
            runs[rev] = _export(_tree(rev, Path(tmp)), files)
    if args.out:
        for rev, got in runs.items():
            for path, (out, err) in got.items():
                name = Path(path).name[: -len(".delmaal.json")]
                dest = Path(args.out) / ("worktree" if rev == "." else rev.replace("/", "_")) / Path(path).parents[1].name
                dest.mkdir(parents=True, exist_ok=True)
                (dest / f"{Path(path).parent.name}-{name}.txt").write_text(out, encoding="utf-8")
                (dest / f"{Path(path).parent.name}-{name}.stderr.txt").write_text(err, encoding="utf-8")
    totals = {rev: [0, 0] for rev in runs}
    for s in args.sets:
        line = [Path(s).name]
        for rev, got in runs.items():
            said = left = 0
            for path, (_, err) in got.items():
                if Path(path).is_relative_to(Path(s).resolve()):
                    a, b = _counts(err)
                    said, left = said + a, left + b
            totals[rev][0] += said
            totals[rev][1] += left
            line.append(f"{rev}: said {said}, left out {left}")
        print("  ".join(line))
    for rev, (said, left) in totals.items():
        print(f"TOTAL {rev}: said {said}, left out {left} ({100 * left / max(1, said + left):.1f} % left out)")
    if args.counts_only:
        return 0
    old, new = runs[args.old], runs[args.new]
    changed = 0
    for path in map(str, files):
        (o_out, o_err), (n_out, n_err) = old[path], new[path]
        if o_out == n_out and _left(o_err) == _left(n_err):
            continue
        changed += 1
        print(f"\n=== {Path(path).parent.parent.name}/{Path(path).parent.name}/{Path(path).name}")
        os_, ns = _sentences(o_out), _sentences(n_out)
        for x in os_:
            if x not in ns:
                print(f"-  {x}")
        for x in ns:
            if x not in os_:
                print(f"+  {x}")
        ol, nl = _left(o_err), _left(n_err)
        for x in ol:
            if x not in nl:
                print(f"-? {x}")
        for x in nl:
            if x not in ol:
                print(f"+? {x}")
    print(f"\n{changed} of {len(files)} files changed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
