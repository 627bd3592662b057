"""Which .xlsx reader for `delmaal check`/`audit`: python-calamine or openpyxl (read-only)? Measured, not guessed.

Run:  python benchmarks/bench_xlsx.py [--rows 100000]

Writes a workbook like a case-system export (id, team, a wording with a line break) with openpyxl, then reads
every row with each library in a fresh process and prints wall time and peak RSS.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

READ = {
    "python-calamine": (
        "import sys\nfrom python_calamine import CalamineWorkbook\n"
        "s = CalamineWorkbook.from_path(sys.argv[1]).get_sheet_by_index(0)\n"
        "n = sum(len(str(r[2])) for r in s.iter_rows())\nprint(n)\n"
    ),
    "openpyxl read_only": (
        "import sys, openpyxl\nwb = openpyxl.load_workbook(sys.argv[1], read_only=True, data_only=True)\n"
        "n = sum(len(str(r[2] or '')) for r in wb.worksheets[0].iter_rows(values_only=True))\nwb.close()\nprint(n)\n"
    ),
}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--rows", type=int, default=100_000)
    a = ap.parse_args()
    import openpyxl

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "eksport.xlsx"
        wb = openpyxl.Workbook(write_only=True)
        ws = wb.create_sheet("Eksport")
        ws.append(["Sags-id", "Team", "Delmål"])
        for i in range(a.rows):
            ws.append([f"S-{i}", f"Team {i % 7}", f"At borgeren vasker tøj hver onsdag,\nfrem til 1. marts ({i})."])
        wb.save(path)
        print(f"{a.rows:,} rows, {path.stat().st_size / 1e6:.1f} MB")
        for name, code in READ.items():
            t0 = time.perf_counter()
            p = subprocess.Popen([sys.executable, "-c", code, str(path)], stdout=subprocess.DEVNULL)
            _pid, _status, ru = os.wait4(p.pid, 0)
            print(f"  {name:20s} {time.perf_counter() - t0:6.2f} s  {ru.ru_maxrss / 1024:6.0f} MB peak RSS")
    return 0


if __name__ == "__main__":
    sys.exit(main())
