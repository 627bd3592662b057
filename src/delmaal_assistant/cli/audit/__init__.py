"""`delmaal audit INPUT… -o REPORT.html|REPORT.xlsx [--group-by COLUMN]…`: the documentation lead's report.

The inputs are read and checked exactly as `delmaal check` does (`start_run`: same readers, filters,
delmaal.toml and worker pool), and counted with the same `Stats`: **one delmål is one unit** — a wording, or a
saved delmål file with all its fields — so every share is "of the delmål", never of fields.

The HTML report is one self-contained file (no network, no script; links only inside the page) built from a list
of sections (`SECTIONS`; another section is one more entry): overview, problems (chart + table with Danish names
and one explanation per code), each --group-by (a cross-table for two), the trend by month, the most important
problems with examples linked to their rows, every problem with its delmål, and every delmål with its fields and
findings. It prints on A4 with every column. The workbook has the same figures (percent formats), one row per
delmål (also those without findings) and one row per finding.

One job per module: model (the figures: Row, Audit, the codes' names and explanations), page (the HTML and its
SECTIONS), workbook (the XLSX), command (options, progress, `run_audit`).
"""

from __future__ import annotations

from delmaal_assistant.cli.audit.command import Progress, add_audit_parser, run_audit
from delmaal_assistant.cli.audit.model import Audit, Row, code_explanation, code_name, month_of, pct
from delmaal_assistant.cli.audit.page import SECTIONS, Report, Section, own_message, render_html, svg_bars
from delmaal_assistant.cli.audit.workbook import render_xlsx

__all__ = ["SECTIONS", "Audit", "Progress", "Report", "Row", "Section", "add_audit_parser", "code_explanation",
           "code_name", "month_of", "own_message", "pct", "render_html", "render_xlsx", "run_audit", "svg_bars"]
