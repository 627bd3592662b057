"""Issue 24, b36 first look, category 4: «du»/«I» is never given to someone else. Our own sentences (none taken
from a blind set), each with and without the analyser (`no_analyser`): (a) in an external actor's text a han/hun
that opens a new main clause after «;» or «og» is, most likely, the actor – left out, never «du»; (b) «de» after
a group of people («de besøgende», «de pårørende») may be that group – left out, never «I»; (c) a «Hvor tit» line
is not made from days narrowed by a condition («på de hverdage, hvor …») – it would say every one of them."""

from __future__ import annotations

import dataclasses

import pytest

from delmaal_assistant.core.outputs import morph
from delmaal_assistant.core.outputs.duform import Resident, transform
from delmaal_assistant.core.outputs.easyread import _frequency_checked
from delmaal_assistant.core.outputs.easytemplates import templates

INGE = Resident(("Inge",), "hun")
ACTOR_TEXT = dataclasses.replace(INGE, ours=False)



@pytest.mark.parametrize("how", [
    "Kommunens talepædagog øver ordene med Inge hver onsdag; hun skriver til kontaktpersonen bagefter.",
    "Diætisten vejer Inge den første mandag i måneden, og hun sender tallene til lægen.",
])
def test_actor_text_new_main_clause_pronoun_is_not_you(how, analyser):
    res = transform(how, ACTOR_TEXT, context="Talepædagogen")
    assert not any(" du " in f" {s} ".replace(",", " ") or s.startswith("Du ") for s in res.sentences), res
    assert res.left_out and all(why for _, why in res.left_out)


@pytest.mark.parametrize("how, expect", [
    # the resident named by the actor's subject clause stays «dig»; a subclause «når hun …» is still the resident
    ("Talepædagogen øver ordene med Inge, når hun er frisk.", "Talepædagogen øver ordene med dig, når du er frisk."),
])
def test_actor_text_subclause_pronoun_is_still_said(how, expect, analyser):
    res = transform(how, ACTOR_TEXT, context="Talepædagogen")
    assert res.sentences in ([expect], []), res
    if analyser:
        assert res.sentences == [expect], res


@pytest.mark.parametrize("text", [
    "Hvis Inge bliver træt, spørger en af os de besøgende, om de vil gå en tur.",
    "En af os spørger de pårørende, om de vil blive til kaffe med Inge.",
])
def test_de_after_a_group_of_people_is_never_i(text, analyser):
    res = transform(text, INGE)
    assert not any(" I " in f" {s} " for s in res.sentences), res
    assert res.left_out


def test_de_of_the_resident_and_one_other_is_still_i():
    if not morph.available():
        pytest.skip("«I» needs the analyser")
    res = transform("Kontaktpersonen ringer til Inge, og de taler om ugen.", INGE)
    assert res.sentences == ["Din kontaktperson ringer til dig, og I taler om ugen."]


@pytest.mark.parametrize("wording", [
    "At Inge selv ringer til sin leder inden kl. 8 på de hverdage, hvor hun ikke kan komme.",
    "At Inge selv melder fra på de arbejdsdage hvor hun er syg, inden kl. 7.",
    "At Inge går en tur på hverdage, hvor det ikke regner.",
])
def test_how_often_not_said_from_days_narrowed_by_a_condition(wording, analyser):
    left: list = []
    assert _frequency_checked(wording, templates("da"), left, "Hvor tit") is None
    assert left and "betingelsen" in left[0][2]


def test_how_often_still_said_for_plain_days():
    left: list = []
    f = _frequency_checked("At Inge går en tur hver tirsdag og torsdag kl. 10.", templates("da"), left, "Hvor tit")
    assert f and "tirsdag" in f.lower() and not left
