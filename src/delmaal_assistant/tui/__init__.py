"""The Textual assistant. Only this package imports Textual."""


def run(data_dir=None) -> int:
    from delmaal_assistant.tui.app import run_app

    return run_app(data_dir=data_dir)
