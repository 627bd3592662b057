"""delmaal-assistant: write and check delmål (subgoals) in Danish social care.

The core (model, checker, storage, export) never imports Textual; the `tui` package sits on top.
"""

__version__ = "0.1.0"
