"""Issue 24 (i24v): a reflexive right after the resident said as subject in the inverted order ("tjekker han
sig ud") is the resident's own – «tjekker du dig ud», never «du … sig». With the analyser and without it
(`no_analyser`, as on Windows). Our own delmål, none taken from a blind set."""

from __future__ import annotations


from delmaal_assistant.core.outputs.easyread import build
from sample_delmaal import full_delmaal



def _text(d) -> str:
    return "\n".join(body for _, body in build(d).sections)


def _library_delmaal(measurement: str):
    d = full_delmaal(wording="At borgeren selv låner bøger på biblioteket hver torsdag, når han er i byen.")
    d.measurement = measurement
    return d


def test_reflexive_after_inverted_du_is_dig(analyser):
    text = _text(_library_delmaal("Bibliotekaren og vagten ser efter: melder han sig ved skranken, "
                                  "finder han selv hylden."))
    assert " du sig" not in text
    assert "melder du dig ved skranken" in text


def test_reflexive_of_someone_else_is_not_made_dig(analyser):
    # «sig» bound by a staff subject, not right after «du»: it stays the staff's own (or the sentence is left out)
    text = _text(_library_delmaal("Om torsdagen sætter vagten sig ved siden af ham i bussen."))
    assert "vagten dig" not in text.lower()
    assert "sætter du dig" not in text


# ---- a name that is also a pronoun ("Hans") right after a role noun is a name
def test_name_like_a_pronoun_after_a_role_noun_stays_a_name(analyser):
    d = _library_delmaal("Bibliotekaren sætter et kryds, når han har lånt.")
    d.indsats.actions = "Læseklubben, bibliotekar Hans, læser højt for holdet hver torsdag."
    text = _text(d)
    assert "bibliotekar din" not in text and "bibliotekar dine" not in text
    assert "bibliotekar Hans" in text


def test_lower_case_pronoun_after_a_role_noun_is_still_the_pronoun(analyser):
    # «hans» written small is the pronoun: the resident's own, said «dine»/«din» or left out – never a name «Hans»
    d = _library_delmaal("Bibliotekaren sætter et kryds, når han har lånt.")
    d.indsats.actions = "Vagten pakker hans taske om torsdagen."
    text = _text(d)
    assert "Hans" not in text
