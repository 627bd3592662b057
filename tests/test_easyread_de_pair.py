"""Issue 24 (i24y): «De … sammen» after a sentence that names exactly the resident and «en af os» (a writer who
already wrote the staff member in our form) is the pair, said «I»; with anyone else in reach it stays left out.
Our own delmål, with the analyser as the machine has it and switched off (as on Windows)."""

from __future__ import annotations


from delmaal_assistant.core.outputs.easyread import build
from sample_delmaal import full_delmaal



def _said_and_left(actions):
    d = full_delmaal(wording="At Birthe selv tager toget til sin søster hver anden søndag.")
    d.indsats.actions = actions
    t = build(d)
    return "\n".join(body for _, body in t.sections), [s for _, s, _ in t.left_out]


def test_de_together_after_the_resident_and_en_af_os_is_i(analyser):
    text, left = _said_and_left("Hver søndag går Birthe og en af os til bussen. De køber kaffe sammen.")
    assert "Hver søndag går du og en af os til bussen." in text
    assert "I køber kaffe sammen." in text
    assert "De køber kaffe sammen." not in left


def test_de_stays_left_out_with_a_third_person_in_reach(analyser):
    text, left = _said_and_left("Hver søndag går Birthe og en af os til bussen, og Lise kommer med. "
                                "De køber kaffe sammen.")
    assert "I køber" not in text
    assert "De køber kaffe sammen." in left


def test_de_after_vi_stays_left_out(analyser):
    # «vi» is the staff as a group: «de» after it may be more than the two of you
    text, left = _said_and_left("Vi går med Birthe til bussen. De køber kaffe sammen.")
    assert "I køber" not in text
    assert "De køber kaffe sammen." in left
