"""Test helper: an otherwise empty delmål with a rule example's values laid over it (the per-rule example tests
of the field judges and whole checks, and the field scoring)."""

from __future__ import annotations

import re
from typing import Any

from delmaal_assistant.core.model import Delmaal

_PATH = re.compile(r"([A-Za-z_]+)(?:\[(\d+)\])?")


def delmaal_from_snippet(snippet: "str | dict", field: str | None = None) -> Delmaal:
    """An otherwise empty delmål with the snippet's values laid over it: {"indsats.actions": "…",
    "indicators.levels[2].what_we_see": "…", "external_actors": [{"name": …, "how": …}]}. A plain text is
    the value of `field`. Used by the per-rule example tests."""
    if isinstance(snippet, str):
        if not field:
            raise ValueError("a text example needs the rule's field")
        snippet = {field: snippet}
    data = Delmaal().model_dump(mode="json")
    for path, value in snippet.items():
        node: Any = data
        keys = path.split(".")
        for n, key in enumerate(keys):
            m = _PATH.fullmatch(key)
            if not m:
                raise ValueError(f"bad path {path!r}")
            name, idx = m.group(1), m.group(2)
            last = n == len(keys) - 1
            if idx is None:
                if last:
                    node[name] = value
                else:
                    node = node[name]
            else:
                seq = node[name]
                if last:
                    seq[int(idx)] = value
                else:
                    node = seq[int(idx)]
    return Delmaal.model_validate(data)
