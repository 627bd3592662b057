"""The command line: `delmaal`, `delmaal check` and the other subcommands."""

from delmaal_assistant.cli.main import main

__all__ = ["main"]
