"""Municipal-scale benchmark for `delmaal check` and `delmaal audit` (issue 10).

Run:  python benchmarks/bench_batch.py [--sizes 10000,100000] [--before PATH/TO/OLD/src] [--skip-audit]

Inputs are generated here by combining phrases (nothing large is committed). For each size, side by side in one
run so host noise hits both alike:
  - the floor: a process that imports spaCy and tokenizes the same lines from stdin;
  - `delmaal check -` in JSON, JSONL and text format (default workers) and JSON with --jobs 1;
  - with --before, the same JSON/text runs with another source tree on PYTHONPATH (e.g. main before the change);
  - wall time and peak RSS of each process (from wait4: the largest of the process and its reaped workers).
Then `delmaal audit` of 10,000 spreadsheet rows to HTML and to XLSX.
Targets: 100,000 on stdin ≤ 3× the floor; peak RSS ≤ 200 MB at 10,000 and 100,000 (flat); audit ≤ 10 s each.
"""

from __future__ import annotations

import argparse
import csv
import itertools
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

SUBJECTS = ["At borgeren", "At beboeren", "At JK", "Beboeren", "At den unge", "At barnet", "At Sofie",
            "Personalet sikrer at borgeren", "At borgeren selv", "At beboeren sammen med personalet"]
ACTIONS = ["vasker tøj", "ikke ryger på værelset", "bliver bedre til at lave mad", "går en tur", "ringer til sin mor",
           "tager sin medicin", "rydder op på værelset", "deltager i fællesspisning", "bliver mere selvhjulpen",
           "møder op på værkstedet kl. 8", "betaler sin husleje", "arbejder på at få en bedre døgnrytme",
           "smører sin madpakke", "undgår konflikter med naboen", "tager bussen til værkstedet",
           "drikker mindre cola", "handler ind efter en indkøbsliste", "går i bad", "står op",
           "lægger sin medicin i doseringsæsken", "får styr på sin økonomi", "går flere ture"]
FREQ = ["hver onsdag", "to gange om ugen", "hver morgen", "", "ofte", "mindst tre gange om ugen", "hver dag kl. 7",
        "på hverdage", "en gang om måneden", "af og til"]
FRAMES = ["frem til 1. marts 2027", "i de næste 12 uger", "inden jul", "", "inden udgangen af februar",
          "i perioden 1.2.-30.4.", "senest uge 14", "frem til sommerferien", "i 10 uger", ""]
EXTRA = ["", ", også når han er træt", ", når hun kommer hjem fra arbejde",
         ", så personalet ikke behøver at minde ham om det", " sammen med sin kontaktperson",
         " med støtte fra personalet", ", uden at der mangler noget", ", og fortæller det selv til personalet"]
TEAMS = ["Nord", "Syd", "Øst", "Vest", "Bostøtte", "Botilbud A", "Botilbud B"]


def wordings(n: int, seed: int = 7) -> list[str]:
    combos = list(itertools.product(SUBJECTS, ACTIONS, FREQ, FRAMES, EXTRA))
    random.Random(seed).shuffle(combos)
    out = []
    for k in range(n):
        s, a, f, t, e = combos[k % len(combos)]
        out.append(" ".join(x for x in (s, a, f, t) if x) + e + ".")
    return out


def measure(args: list[str], stdin_path: Path | None, env: dict) -> tuple[float, float, float]:
    """Wall seconds, peak RSS in MB (the largest of the process and its reaped workers) and CPU seconds (user +
    system, workers included). CPU time is far less sensitive to a busy host than wall time."""
    with open(stdin_path or os.devnull, "rb") as fin, open(os.devnull, "wb") as fout:
        t0 = time.perf_counter()
        p = subprocess.Popen(args, stdin=fin, stdout=fout, stderr=subprocess.PIPE, env=env)
        _pid, status, ru = os.wait4(p.pid, 0)
        wall = time.perf_counter() - t0
        p.returncode = os.waitstatus_to_exitcode(status)
        err = p.stderr.read().decode("utf-8", "replace") if p.stderr else ""
        if p.stderr:
            p.stderr.close()
    if p.returncode not in (0, 1):
        raise SystemExit(f"{args[:4]} failed ({p.returncode}): {err[:400]}")
    return wall, ru.ru_maxrss / 1024, ru.ru_utime + ru.ru_stime


FLOOR = ("import sys, spacy\n"
         "nlp = spacy.blank('da')\n"
         "n = 0\n"
         "for line in sys.stdin:\n"
         "    n += len(nlp.make_doc(line.strip()))\n"
         "print(n)\n")


def env_for(src: Path) -> dict:
    return dict(os.environ, PYTHONPATH=str(src), PYTHONWARNINGS="ignore")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="10000,100000")
    ap.add_argument("--before", default=None, help="a src/ folder of an older version to compare with")
    ap.add_argument("--skip-audit", action="store_true")
    a = ap.parse_args()
    py = sys.executable
    after = env_for(ROOT / "src")
    before = env_for(Path(a.before)) if a.before else None
    try:
        load = os.getloadavg()[0]
    except OSError:
        load = float("nan")
    print(f"machine: {os.cpu_count()} cores, load average {load:.1f}, Python {sys.version.split()[0]}")
    with tempfile.TemporaryDirectory() as tmp:
        tmpd = Path(tmp)
        for n in [int(x) for x in a.sizes.split(",")]:
            path = tmpd / f"w{n}.txt"
            path.write_text("".join(t + "\n" for t in wordings(n)), encoding="utf-8")
            print(f"\n{n:,} wordings on stdin ({path.stat().st_size / 1e6:.1f} MB)")
            floor = measure([py, "-c", FLOOR], path, after)
            print(f"  {'':44s} {'wall':>8s}  {'peak RSS':>9s}  {'CPU':>8s}  wall/floor")
            print(f"  {'floor: spaCy tokenizing the same lines':44s} {floor[0]:6.2f} s  {floor[1]:6.0f} MB  "
                  f"{floor[2]:6.2f} s")
            runs = [
                ("after: check --format json", ["--format", "json"], after),
                ("after: check --format jsonl", ["--format", "jsonl"], after),
                ("after: check (text)", [], after),
                ("after: check --format json --jobs 1", ["--format", "json", "--jobs", "1"], after),
            ]
            if before:
                runs += [
                    ("before: check --format json", ["--format", "json"], before),
                    ("before: check (text)", [], before),
                    ("before: check --format json --jobs 1", ["--format", "json", "--jobs", "1"], before),
                ]
            for label, extra, env in runs:
                wall, rss, cpu = measure([py, "-m", "delmaal_assistant", "check", "--fail-level", "none", *extra,
                                          "-"], path, env)
                print(f"  {label:44s} {wall:6.2f} s  {rss:6.0f} MB  {cpu:6.2f} s  {wall / floor[0]:4.1f}×")
        if not a.skip_audit:
            n = 10_000
            csv_path = tmpd / "eksport.csv"
            with open(csv_path, "w", encoding="cp1252", newline="") as fh:
                w = csv.writer(fh, delimiter=";")
                w.writerow(["Sags-id", "Team", "Delmål"])
                for i, t in enumerate(wordings(n, seed=11)):
                    w.writerow([f"S-{i:05d}", TEAMS[i % len(TEAMS)], t])
            print(f"\naudit of {n:,} rows (cp1252 ;-CSV as Danish Excel writes it)")
            for out in ("rapport.html", "rapport.xlsx"):
                wall, rss, cpu = measure([py, "-m", "delmaal_assistant", "audit", str(csv_path), "-o", str(tmpd / out),
                                        "--group-by", "Team", "--id-column", "Sags-id"], None, after)
                size = (tmpd / out).stat().st_size / 1e6
                print(f"  {'audit → ' + out:44s} {wall:6.2f} s  {rss:6.0f} MB  {cpu:6.2f} s  ({size:.1f} MB file)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
