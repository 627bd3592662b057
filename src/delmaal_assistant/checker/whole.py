"""Placeholder: whole-delmål checks come with the rule engine."""
from __future__ import annotations


def check_delmaal(engine, delmaal):
    out = []
    for path, _title, text in delmaal.text_fields():
        for f in engine.check_text(text):
            out.append(f)
    return out
