"""Two safety nets of "Dit delmål" that left out true sentences (b42, dev data), with our own examples, both ways,
with and without the analyser:
- «… og at han selv vasker sig …» → «og du vasker dig selv …» was taken for «du og Ida sætter dig» (a pair whose
  reflexive is «jer»): after a comma, «og du» opens a clause of its own – its reflexive is «dig»; a pair stays out;
- «medmindre» opens a clause of its own: «Vi ringer ikke til ham, medmindre han ikke er hjemme» without the comma
  was read as «du» and «dig» in one clause (two people) – «Vi ringer ikke til dig medmindre du …» is one person."""

from __future__ import annotations

from sample_delmaal import easy_of_example


def test_and_you_after_a_comma_keeps_your_reflexive(tmp_path, analyser):
    text, left = easy_of_example(
        tmp_path, wording="At Bo går til svømning hver tirsdag kl. 16 i Hallen, og at han selv tørrer sig bagefter, "
                          "fra 1. februar til 30. april 2027.")
    assert "og du tørrer dig selv bagefter" in text, (text, left)


def test_a_pair_with_you_and_a_reflexive_is_still_left_out(tmp_path, analyser):
    text, left = easy_of_example(tmp_path, actions="Bo og Ida sætter sig ved bordet kl. 12 og spiser sammen.")
    assert "sætter dig" not in text and "sætter sig" not in text, text


def test_unless_opens_a_clause_of_its_own(tmp_path, analyser):
    text, left = easy_of_example(tmp_path, actions="Vi ringer ikke til ham om aftenen medmindre han ikke er kommet "
                                                   "hjem kl. 22.")
    assert "Vi ringer ikke til dig om aftenen medmindre du ikke er kommet hjem kl. 22." in text, (text, left)



def test_and_after_a_comma_is_no_pair_before_them(tmp_path, analyser):
    # «om ugen, og han …»: «ugen og han» is no pair of people – «dem» are the counted things
    text, left = easy_of_example(
        tmp_path, wording="At Bo ikke drikker mere end 3 sodavand om ugen, og at han selv køber dem i kiosken, "
                          "fra 1. februar til 30. april 2027.")
    assert "og du køber dem selv i kiosken" in text, (text, left)


def test_the_residents_own_things_in_the_plural_are_them(tmp_path, analyser):
    # «sine busbilletter … dem»: the plural possessive says more than one thing – past a unit's full stop («kr.»)
    text, left = easy_of_example(
        tmp_path, wording="At Bo køber sine busbilletter for 300 kr. hver fredag sammen med en medarbejder og selv "
                          "lægger dem i sin pung, fra 1. februar til 30. april 2027.")
    assert "Du køber dine busbilletter for 300 kr. hver fredag" in text and "lægger dem selv i din pung" in text, \
        (text, left)


def test_them_after_a_pair_with_you_is_still_left_out(tmp_path, analyser):
    text, left = easy_of_example(tmp_path, actions="Bo og Ida bager boller om fredagen og spiser dem sammen.")
    assert "spiser dem" not in text, text
