"""An outside actor whose name is left out of «Dit delmål» has what it does left out too – and staff are told so
(session 11: a blind reader found an actor's «how» in neither the resident's text nor the staff's list of what was
left out; the list named only the actor). Our own examples."""

from __future__ import annotations

import json
from pathlib import Path

from delmaal_assistant.core.files.storage.delmaal_json import load_delmaal
from delmaal_assistant.core.outputs.easyread import build

_BASE = Path(__file__).parent / "data" / "good-indkoeb.delmaal.json"


def _build(tmp_path, **fields):
    d = json.loads(_BASE.read_text(encoding="utf-8"))
    d.update(fields)
    p = tmp_path / "x.delmaal.json"
    p.write_text(json.dumps(d, ensure_ascii=False), encoding="utf-8")
    return build(load_delmaal(p))


def test_every_actor_text_is_either_said_or_listed_for_staff(tmp_path, analyser):
    how = "Giver TH en kurv og ringer hvis han går."
    e = _build(tmp_path, wording="Indkøb hver torsdag inden 1. marts 2027.",  # no «At …»: who the resident is, unclear
               external_actors=[{"name": "Brugsen, uddeler Lis", "how": how}])
    text, left = e.render(), [x[1] for x in e.left_out]
    assert "kurv" in text or any("kurv" in x for x in left), (text, left)
