"""Placeholders ("-", "ok", "Se handleplan") in a staff field no other judge covers; runs last."""

from __future__ import annotations

from typing import TYPE_CHECKING

from delmaal_assistant.checker.findings import Finding
from delmaal_assistant.checker.whole.answer import norm_text
from delmaal_assistant.checker.whole.data import FieldData
from delmaal_assistant.checker.whole.judging import Judging, judge
from delmaal_assistant.core.model.codes import judged_fields
from delmaal_assistant.core.model.fields import registry, text_fields
from delmaal_assistant.core.resources import data_lang as _data_lang
from delmaal_assistant.checker.whole.judges.common import _generic_levels, _rf, placeholder_text, rule_code

if TYPE_CHECKING:
    from delmaal_assistant.core.model import Delmaal


def placeholder_findings(d: "Delmaal", analyze, data: FieldData, judged: set[str],
                         fields: list[tuple[str, str, str]] | None = None) -> list[Finding]:
    """"-", "ok", "Se handleplan" in a staff field that no other judge covers (`fields`: `text_fields(d)`, when
    the caller has them)."""
    out = []
    code = rule_code(data, "placeholder", "placeholder")
    reg = registry(_data_lang(d.language))
    for path, _title, text in text_fields(d) if fields is None else fields:
        if path in judged or not reg.applies(code, path):  # the fields whose `checks` do not name the code
            continue
        if placeholder_text(text, data) or norm_text(text) in ("se handleplan", "se handleplanen"):
            out.append(_rf(data, "placeholder", "placeholder", path, text=text.strip()))
    return out


@judge("placeholder", last=True)
def _placeholders(j: Judging) -> list[Finding]:
    judged = {f.field for f in j.found} | _generic_levels(j) | judged_fields(_data_lang(j.d.language))
    return placeholder_findings(j.d, j.analyze, j.data, judged, j.fields)
