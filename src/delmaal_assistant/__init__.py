"""delmaal-assistant: write and check delmål (subgoals) in Danish social care.

The core (model, checker, storage, export) never imports Textual; the `tui` package sits on top.
"""

# The one place the version is written: pyproject.toml reads it (hatch dynamic version), `delmaal --version`
# prints it.
__version__ = "0.1.0"
