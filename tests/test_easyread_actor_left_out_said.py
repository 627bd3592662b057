"""An outside actor whose name is left out of «Dit delmål» has what it does left out too – and staff are told so
(session 11: a blind reader found an actor's «how» in neither the resident's text nor the staff's list of what was
left out; the list named only the actor). Our own examples."""

from __future__ import annotations

from sample_delmaal import easy_of_example


def test_every_actor_text_is_either_said_or_listed_for_staff(tmp_path, analyser):
    # (a wording without «At …»: who the resident is, is unclear – the actor's name is left out)
    text, left = easy_of_example(tmp_path, name="TH", wording="Indkøb hver torsdag inden 1. marts 2027.",
                                 actors=[{"name": "Brugsen, uddeler Lis",
                                          "how": "Giver TH en kurv og ringer hvis han går."}])
    assert "kurv" in text or any("kurv" in x for x in left), (text, left)
    assert not any(x == "Brugsen (uddeler Lis)" for x in left) or any("kurv" in x for x in left), left
