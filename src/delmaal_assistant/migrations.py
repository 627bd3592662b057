"""Upgrading saved delmål from older schema versions to the current one.

Each step takes the dict of version N and returns version N+1. Version 1 is the first released schema,
so there are no steps yet; a future change to the model adds `_v1_to_v2` here and a test with an old file.
"""

from __future__ import annotations

from typing import Any, Callable

from delmaal_assistant.model import SCHEMA_VERSION

STEPS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}


def migrate(data: dict[str, Any]) -> dict[str, Any]:
    version = data.get("schema_version", SCHEMA_VERSION)
    while version < SCHEMA_VERSION:
        step = STEPS.get(version)
        if step is None:
            raise ValueError(f"ingen opgradering fra skemaversion {version}")
        data = step(dict(data))
        version = data["schema_version"]
    return data
