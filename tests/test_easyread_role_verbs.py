"""«Dit delmål»: a word that is both a role noun and a verb («træner», «leder», «lærer») after a fronted adverbial and
before a person is the verb, and the person after it its subject (session 11: «Tirsdage kl. 14 træner dig med sin
ven Ole.» – the role noun took the subject's place and the resident was said as its object, with «sin» left over).
A role noun before a name in apposition stays a person («Hver tirsdag kommer træner Ole …»). Our own examples, with
and without the Danish analyser (without it a sentence the safety net cannot read as whole is left out)."""

from __future__ import annotations

import pytest

from delmaal_assistant.core.outputs import morph
from sample_delmaal import easy_of_example


def _said(tmp_path, actions):
    return easy_of_example(tmp_path, actions=actions)


@pytest.mark.parametrize("actions, said", [
    ("Hver tirsdag træner Bo med sin ven Ole.", "Hver tirsdag træner du med din ven Ole."),
    ("Tirsdage kl. 14 træner Bo med sin ven Ole.", "Tirsdage kl. 14 træner du med din ven Ole."),
    ("Om torsdagen leder Bo morgenmødet i værkstedet.", "Om torsdagen leder du morgenmødet i værkstedet."),
    ("Hver fredag lærer Bo at bage brød sammen med kokken.", "Hver fredag lærer du at bage brød sammen med kokken."),
])
def test_role_verb_after_a_fronted_adverbial_is_the_verb(tmp_path, analyser, actions, said):
    text, left = _said(tmp_path, actions)
    assert said in text, (text, left)
    assert "træner dig" not in text and "leder dig" not in text and "lærer dig at" not in text


@pytest.mark.parametrize("actions, said", [
    ("Hver tirsdag kommer træner Ole og henter Bo.", "Hver tirsdag kommer træner Ole og henter dig."),
    ("Træner Ole henter Bo hver tirsdag.", "Træner Ole henter dig hver tirsdag."),
    ("Hver tirsdag ringer lærer Bente til Bo.", "Hver tirsdag ringer lærer Bente til dig."),
    ("Hver tirsdag træner Ole Bo i fodbold.", "Hver tirsdag træner Ole dig i fodbold."),
])
def test_role_noun_before_a_name_stays_a_person(tmp_path, analyser, actions, said):
    text, left = _said(tmp_path, actions)
    assert said in text, (text, left)


@pytest.mark.parametrize("actions", ["Om torsdagen træner Ole med Bo i hallen.",
                                     "Hver fredag lærer kokken Bo at bage brød."])
def test_another_person_training_the_resident_is_never_said_as_the_resident(tmp_path, analyser, actions):
    text, left = _said(tmp_path, actions)
    assert "træner du" not in text and "lærer du" not in text
    if morph.available():
        assert ("Ole med dig" in text) or ("kokken dig at bage" in text), (text, left)
