"""Export every delmål of a blind set as "Dit delmål" and count what is said and left out (issue 24).

    python scripts/measure_easy.py OUT_DIR [SET_DIR ...] [--cmd DELMAAL]

For each ``*.delmaal.json`` under the set folders (default ``tests/blind34`` and ``tests/blind32``) it runs
``DELMAAL export FILE --to easy -o -`` and writes ``OUT_DIR/<set>/<name>.txt`` (what the resident reads) and
``<name>.stderr.txt`` (what staff see). It then prints, per set, the number of sentences said and left out as the
program itself reports them on stderr («N sætninger er med, M er udeladt»), and the left-out reasons grouped by
kind. Run it twice (with and without ``DELMAAL_NO_MORPH=1`` in the environment) into two folders and ``diff -r``
them against an earlier run to read every changed sentence.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

_COUNTS = re.compile(r"(\d+) sætning(?:er)? er med, (\d+) er udeladt")
_LEFT = re.compile(r"udeladt fra \"Dit delmål\" – (?P<field>[^«]*?): «(?P<text>.*)» – (?P<reason>.*)$")


def _kind(reason: str) -> str:
    """The reason without the quoted word, so reasons group by kind."""
    return re.sub(r"«[^»]*»", "«…»", reason).strip()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("sets", nargs="*", default=["tests/blind34", "tests/blind32"])
    parser.add_argument("--cmd", default=str(Path(sys.executable).with_name("delmaal")))
    args = parser.parse_args(argv)
    out = Path(args.out)
    env = dict(os.environ, TEXTUAL_ANIMATIONS="none")
    for set_dir in args.sets:
        files = sorted(Path(set_dir).rglob("*.delmaal.json"))
        dest = out / Path(set_dir).name
        dest.mkdir(parents=True, exist_ok=True)
        said = left = 0
        kinds: Counter[str] = Counter()
        for path in files:
            name = path.name[: -len(".delmaal.json")]
            run = subprocess.run([args.cmd, "export", str(path), "--to", "easy", "-o", "-"],
                                 capture_output=True, text=True, env=env)
            (dest / f"{name}.txt").write_text(run.stdout, encoding="utf-8")
            (dest / f"{name}.stderr.txt").write_text(run.stderr, encoding="utf-8")
            match = _COUNTS.search(run.stderr)
            if match:
                said += int(match.group(1))
                left += int(match.group(2))
            for line in run.stderr.splitlines():
                hit = _LEFT.search(line)
                if hit:
                    kinds[_kind(hit.group("reason"))] += 1
        print(f"{Path(set_dir).name}: {len(files)} files, said {said}, left out {left}")
        for kind, n in kinds.most_common():
            print(f"  {n:4d}  {kind}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
