"""The core must not pay for the UI: importing any core module must not import Textual."""

import subprocess
import sys

CORE_MODULES = [
    "delmaal_assistant.model",
    "delmaal_assistant.storage",
    "delmaal_assistant.ffb",
    "delmaal_assistant.checker",
    "delmaal_assistant.cli",
]


def test_core_does_not_import_textual():
    code = (
        "import sys\n"
        + "".join(f"import {m}\n" for m in CORE_MODULES)
        + "from delmaal_assistant.checker import check\ncheck('At borgeren vasker tøj hver onsdag.')\n"
        + "bad = sorted(m for m in sys.modules if m == 'textual' or m.startswith('textual.'))\n"
        + "print(bad); sys.exit(1 if bad else 0)\n"
    )
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert r.returncode == 0, f"core imported textual: {r.stdout} {r.stderr}"
