""""Dit delmål" of a delmål whose wording names the resident only by a role or in the staff's perspective
(«Støtte borgeren i at …», «At barnet …» with the name only in other fields): never a crash – b38's first look
lost two residents' whole texts to an AttributeError when the measurement was read with no resident found. Own
examples."""

from __future__ import annotations

import pytest

from delmaal_assistant.core.outputs.easyread import build
from tests.sample_delmaal import full_delmaal


@pytest.mark.parametrize("wording, measurement", [
    ("Støtte borgeren i at åbne sin post hver mandag kl. 10.", "Nået når posten er åbnet 10 af 12 mandage."),
    ("At barnet selv hænger jakken på knagen, når hun kommer fra skole.", "når Ida har gjort det 4 ud af 5 dage."),
    ("Personalet guider til morgenbad tirsdag og fredag.", "Målet er nået, når badet er taget 20 gange."),
    ("Hjælpe den unge med at komme op kl. 7.", "når han er oppe 3 dage om ugen."),
])
def test_role_only_wording_gives_a_text(wording, measurement):
    d = full_delmaal(wording=wording)
    d.measurement = measurement
    e = build(d)
    assert e.title.strip() and e.render().strip()
    assert e.said_count >= 1
