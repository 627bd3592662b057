"""Issue 24 (i46P): a resident whose gender the texts left unknown although they tell it – by category, with our own
Danish examples (must-say beside must-stay-out), with and without the optional analyser.

F1. A family word's genitive names that person («mors billede … hende», «fars bil … ham»): a han/hun in such a
    sentence may be that person – it casts no vote for the resident's gender and does not make a gender known by
    the name doubtful (`resident._person_word_gender`).
F2. The han/hun votes disagree only through a sentence that also names a person of unknown gender or our staff
    («SSA'en … ringer hun til sygeplejersken»): the gender is the one the han/hun right after the resident's name
    tells, when every sentence naming nobody else agrees and no han/hun of the other gender stands where nobody
    who may be called so is named. Not when a sentence naming nobody else disagrees, nor without a han/hun right
    after the resident's name.
E1. «de» in a clause opened right after the verb of a subject that is the resident and one other person, with
    only an adverb that names no one between («Kaj og hans bror aftaler selv, hvad de …», «… spiser sammen, når de
    …»): the pair, «I» (`reference._pair_asks`). Not with anything else between («… vasker bilerne, når de …»,
    «… aftaler med Lone, hvad de …»), not with two people beside the resident.
"""

from __future__ import annotations

import pytest

from delmaal_assistant.core.outputs.duform import Resident, transform
from delmaal_assistant.core.outputs.duform.resident import find_resident
from delmaal_assistant.core.outputs.easyread import build
from sample_delmaal import full_delmaal


def _actions(wording: str, actions: str, purpose: str = "") -> tuple[str, list[str]]:
    d = full_delmaal(wording=wording)
    d.indsats.actions = actions
    d.purpose = purpose
    d.collaboration.resident_attitude = ""
    d.external_actors = []
    e = build(d)
    return "\n".join(body for _, body in e.sections), [x[1] for x in e.left_out]


# ---- F1: a family word's genitive


@pytest.mark.parametrize("wording, texts, gender", [
    ("At Kaj ringer hjem hver søndag.",
     ("Kaj trykker på mors billede og taler med hende.", "Han lægger selv telefonen bagefter."), "han"),
    ("At Ida ringer hjem hver søndag.",
     ("Ida ser sin fars billede og ringer til ham.", "Hun lægger selv telefonen bagefter."), "hun"),
    # initials (no gender by the name): «han» may be the father – no vote, the gender stays unknown
    ("At KB kører til træning hver mandag.", ("KB kører i fars bil, og han betaler benzinen.",), ""),
    ("At KB kører til træning hver mandag.", ("KB låner sin søsters cykel, når hun ikke skal bruge den.",), ""),
])
def test_a_family_genitive_names_that_person(analyser, wording, texts, gender):
    assert find_resident(wording, texts).gender == gender


def test_a_family_genitive_makes_the_residents_own_pronoun_said(analyser):
    body, left = _actions("At Kaj ringer til sin mor hver søndag kl. 17.",
                          "Kaj trykker på mors billede og taler med hende. Han lægger selv telefonen bagefter.")
    assert "Du lægger selv telefonen bagefter." in body, (body, left)


def test_a_han_of_the_other_person_after_the_genitive_is_never_du(analyser):
    # the resident is a man; a «han» beside another man in the same sentence stays in doubt as before
    body, left = _actions("At Kaj ringer til sin mor hver søndag kl. 17.",
                          "Kaj trykker på mors billede. Kaj viser billedet til sin bror Ole, og han smiler.")
    assert "smiler" not in body, body
    assert any("smiler" in x for x in left), left


# ---- F2: votes that disagree only through a sentence naming a person of unknown gender or our staff

TB = "At TB selv tager sin medicin kl. 8 hver morgen."


def test_a_vote_beside_a_person_of_unknown_gender_does_not_hide_the_gender(analyser):
    body, left = _actions(TB, "Hvis TB siger, at han er træt, sætter vi os ved bordet. Han tager pillerne ved sit "
                              "eget bord. SSA'en ringer til lægen, hvis hun ser noget.")
    assert "Du tager pillerne ved dit eget bord." in body, (body, left)
    assert "hvis du ser noget" not in body, body


@pytest.mark.parametrize("actions", [
    # a sentence naming nobody else says «hun»: the texts may call the resident so
    "Hvis TB siger, at han er træt, sætter vi os ved bordet. Han tager pillerne ved sit eget bord. "
    "Hun ringer hjem, hvis der er noget.",
    # no han/hun right after the resident's name: the votes alone, and they disagree
    "Han tager pillerne ved sit eget bord. SSA'en ringer til lægen, hvis hun ser noget.",
    # the han/hun after the name disagree themselves
    "Hvis TB siger, at han er træt, sætter vi os ved bordet. Når TB siger, at hun er træt, venter vi. "
    "Han tager pillerne ved sit eget bord. SSA'en ringer til lægen, hvis hun ser noget.",
])
def test_a_gender_not_told_for_certain_leaves_the_pronoun_out(analyser, actions):
    body, left = _actions(TB, actions)
    assert "pillerne" not in body, body
    assert any("pillerne" in x for x in left), left


# ---- E1: the pair's «de» after an adverb that names no one

KAJ = Resident(("Kaj",), "han")


@pytest.mark.parametrize("text, expect", [
    ("Kaj og hans bror aftaler selv, hvad de vil snakke om.", "Du og din bror aftaler selv, hvad I vil snakke om."),
    ("Kaj og hans søster bestemmer selv, hvor de skal spise.", "Du og din søster bestemmer selv, hvor I skal spise."),
    ("Kaj og Ole aftaler selv, hvornår de mødes.", "Du og Ole aftaler selv, hvornår I mødes."),
])
def test_the_pairs_de_after_an_adverb_is_i(analyser, text, expect):
    assert transform(text, KAJ).sentences == [expect]


@pytest.mark.parametrize("text", [
    "Kaj og Ole henter selv bilerne, når de er klar.",             # a thing between: «de» may be the cars
    "Kaj og Ole aftaler med Lone, hvad de skal lave.",             # a third person between
    "Kaj og Ole aftaler selv med Lone, hvad de skal lave.",
    "Kaj og hans bror Ole aftaler selv, hvad de vil snakke om.",   # (the rules count two people beside him)
    "Kaj og Ole aftaler selv i morgen, hvad de skal lave.",        # more than an adverb between
])
def test_the_pairs_de_stays_out_with_more_between(analyser, text):
    res = transform(text, KAJ)
    assert res.sentences == [] and res.left_out, res
