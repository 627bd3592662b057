"""The Textual assistant. Only this package imports Textual."""


def run(data_dir=None, start: str | None = None, typed_before: str = "") -> int:
    """`start="practice"` opens "Øv dig" instead of the start screen (`delmaal øv`); `typed_before`: keys typed
    before the assistant held the terminal, replayed first (cli/earlykeys.py)."""
    from delmaal_assistant.tui.app import run_app  # deferred: start-up (Textual)

    return run_app(data_dir=data_dir, start=start, typed_before=typed_before)
