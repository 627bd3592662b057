"""Staff's shorthand for two verbs of one subject – the second after a comma with nobody before it («Kommer hver
anden uge, øver synkning med Bo») – is said with «og» («… kommer hver anden uge og øver synkning med dig»): a second
verb with no subject is not correct Danish (b43's readers counted it ungrammatical). Never joined: a fronted clause
(«Når du kommer hjem, tager du …»), a verb with its own subject after it, a list that has its «og» already, a role
before a name («…, leder Ole tager imod»). Our own examples, both paths."""

from __future__ import annotations

import pytest

from sample_delmaal import easy_of_example


@pytest.mark.parametrize("actions, said", [
    ("Kontaktpersonen kommer kl. 9, hjælper Kim med badet.", "Din kontaktperson kommer kl. 9 og hjælper dig med badet."),
    ("Vi går i Netto, køber ind, bærer varerne hjem.", "Vi går i Netto, køber ind og bærer varerne hjem."),
])
def test_a_second_verb_with_nobody_is_joined_with_og(tmp_path, analyser, actions, said):
    text, left = easy_of_example(tmp_path, name="Kim", actions=actions)
    assert said in text or actions in left, (text, left)
    assert said.replace(" og ", ", ", 1) not in text


def test_an_actors_second_verb_is_joined(tmp_path, analyser):
    text, left = easy_of_example(tmp_path, name="Kim", actors=[
        {"name": "Ergoterapeut", "how": "Kommer hver anden uge, øver synkning med Kim."}])
    assert "En ergoterapeut kommer hver anden uge og øver synkning med dig." in text, text


@pytest.mark.parametrize("actions, kept", [
    ("Når Kim kommer hjem, tager han skoene af.", "Når du kommer hjem, tager du skoene af."),
    ("Kim står op kl. 7, spiser morgenmad og tager bussen.", "Du står op kl. 7, spiser morgenmad og tager bussen."),
])
def test_no_join_where_the_comma_is_right(tmp_path, analyser, actions, kept):
    text, left = easy_of_example(tmp_path, name="Kim", actions=actions)
    assert kept in text or actions in left, (text, left)


def test_the_join_alone():
    from delmaal_assistant.core.outputs.duform import rules
    from delmaal_assistant.core.outputs.easyread import _second_verb_joined

    r = rules()
    assert _second_verb_joined("Hvis du er træt, hjælper vi dig.", r) == "Hvis du er træt, hjælper vi dig."
    assert _second_verb_joined("Klubben har åbent hver tirsdag, leder Ole tager imod.", r) == \
        "Klubben har åbent hver tirsdag, leder Ole tager imod."
    assert _second_verb_joined("Du går hjem, så hjælper vi dig.", r) == "Du går hjem, så hjælper vi dig."
