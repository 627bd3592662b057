"""A sentence adverbial of several words before the verb («Så vidt muligt tager Bo …», «Som regel henter Bo …»)
is no subject: the resident after the verb is its subject – «… tager du …», never «… tager dig …» (a b44 writer's
kind at first look, «Så vidt muligt tager dig imod …»; our own examples, both paths: said right or left out)."""

from __future__ import annotations

import pytest

from sample_delmaal import easy_of_example


@pytest.mark.parametrize("sentence, said", [
    ("Så vidt muligt tager Kim selv imod fysioterapeuten.", "Så vidt muligt tager du selv imod fysioterapeuten."),
    ("Som regel henter Kim selv posten.", "Som regel henter du selv posten."),
    ("Nogle gange glemmer Kim sin taske.", "Nogle gange glemmer du din taske."),
    ("Hvis muligt smører Kim selv sin madpakke.", "Hvis muligt smører du selv din madpakke."),
])
def test_the_resident_after_a_fronted_adverbial_is_the_subject(tmp_path, analyser, sentence, said):
    text, left = easy_of_example(tmp_path, name="Kim", actions=sentence)
    assert "dig selv imod" not in text and " dig selv posten" not in text, text
    for line in text.splitlines():
        assert not line.startswith(said.split(" du ")[0] + " ") or line == said, line
    assert said in text or any(said in x or sentence in x for x in left), (text, left)


def test_an_object_after_a_subject_is_still_dig(tmp_path, analyser):
    text, _left = easy_of_example(tmp_path, name="Kim", actions="Som regel henter kontaktpersonen Kim ved bussen.")
    assert "henter du" not in text, text
