"""Upgrading saved delmål from older schema versions to the current one.

Each step takes the dict of version N and returns the dict of version N+1; steps are registered with
`@step(N)`. A change to the model adds a step here, bumps `model.SCHEMA_VERSION`, and adds a test with a
real file of the older version.

`migrate` never mutates its input and raises `MigrationError` (with a Danish message) when a file
cannot be brought to the current version; storage turns that into a `StorageError` for the user.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Mapping
from typing import Any

from delmaal_assistant.core import texts
from delmaal_assistant.core.model import SCHEMA_VERSION

Step = Callable[[dict[str, Any]], dict[str, Any]]

#: from-version -> step producing version from+1
STEPS: dict[int, Step] = {}


class MigrationError(ValueError):
    """A delmål could not be upgraded. The message is Danish and meant for the user."""


def step(from_version: int, registry: dict[int, Step] | None = None) -> Callable[[Step], Step]:
    """Register `func` as the upgrade from `from_version` to `from_version + 1`."""
    reg = STEPS if registry is None else registry

    def deco(func: Step) -> Step:
        if from_version in reg:
            raise ValueError(f"migration step from version {from_version} registered twice")
        reg[from_version] = func
        return func

    return deco


def _version_of(data: Mapping[str, Any]) -> int:
    version = data.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise MigrationError(texts.get("core.model.migrations.skemaversionen_ugyldig", version=repr(version)))
    return version


def migrate(
    data: dict[str, Any],
    *,
    target: int = SCHEMA_VERSION,
    steps: Mapping[int, Step] | None = None,
    in_place: bool = False,
) -> dict[str, Any]:
    """Return `data` upgraded to schema version `target` (a deep copy; the input is left untouched).

    A dict without `schema_version` is taken to be current (callers that read files check for the field
    themselves). A version newer than `target` is an error: this program is too old to read it.
    `in_place=True`: the steps work on `data` itself, not a copy – for data nobody else holds (just parsed from a
    file's text), where the deep copy was a sixth of opening an older saved delmål.
    """
    steps = STEPS if steps is None else steps
    if "schema_version" not in data:
        return data
    version = _version_of(data)
    if version > target:
        raise MigrationError(
            texts.get("core.model.migrations.filen_lavet_nyere_version", version=version, target=target)
        )
    if version == target:
        return data
    out = data if in_place else copy.deepcopy(data)
    while version < target:
        func = steps.get(version)
        if func is None:
            raise MigrationError(
                texts.get("core.model.migrations.skemaversion_kendes_ikke_kan", version=version, target=target)
            )
        try:
            result = func(out)
        except MigrationError:
            raise
        except Exception as exc:  # a bug in a step must not crash the program with a traceback
            raise MigrationError(
                texts.get("core.model.migrations.opgraderingen_fra_skemaversion_mislykkedes", version=version,
                          value=version + 1, exc=exc)
            ) from exc
        if not isinstance(result, dict) or _version_of(result) != version + 1:
            raise MigrationError(
                texts.get("core.model.migrations.opgraderingen_fra_skemaversion_gav", version=version,
                          value=version + 1)
            )
        out, version = result, version + 1
    return out


@step(1)
def _v1_to_v2(data: dict[str, Any]) -> dict[str, Any]:
    """Version 2 stores a person's yes to SMART questions 3 and 6; a version-1 file has none."""
    data.setdefault("smart_confirmations", [])
    data["schema_version"] = 2
    return data


@step(2)
def _v2_to_v3(data: dict[str, Any]) -> dict[str, Any]:
    """Version 3 follows the delmål through its period (issue 21): dated observations, the evaluation and the
    delmål it continues. A version-2 file has none of them."""
    data.setdefault("observations", [])
    data.setdefault("evaluation", None)
    data.setdefault("continues_id", None)
    data["schema_version"] = 3
    return data


@step(3)
def _v3_to_v4(data: dict[str, Any]) -> dict[str, Any]:
    """Version 4 stores "Dit delmål" as staff approved it; an older file has no approved text (its easy-read
    text was always made on the fly, so it is a draft until staff approve it)."""
    data.setdefault("resident_text", None)
    data["schema_version"] = 4
    return data
