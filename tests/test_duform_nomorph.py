"""Issue 24, round 4: "Dit delmål" where the analyser is missing (Windows, a Linux without apertium-dan-nor,
DELMAAL_NO_MORPH=1) leaves out what only the analyser could make certain, never guesses. Each rule: must-say
beside must-leave-out, run with the analyser switched off (`no_analyser`) and – for what must be said – also as
the machine has it. Our own sentences (none taken from a blind set)."""

from __future__ import annotations

import pytest

from delmaal_assistant.core.outputs import morph
from delmaal_assistant.core.outputs.duform import Resident, transform
from delmaal_assistant.core.outputs.easyread import _duform, _label, _label_uncertain

KAJ = Resident(("Kaj",), "han")


@pytest.fixture
def no_analyser(monkeypatch):
    """The analyser missing: no program, no cached readings (as on Windows)."""
    monkeypatch.setattr(morph, "_program", lambda: None)
    monkeypatch.setattr(morph, "_cache", {})


# ---- din/dit/dine: a noun the word lists know (or its last part), else left out
@pytest.mark.parametrize("text, expect", [
    ("Kaj reder sin dyne om morgenen.", "Du reder din dyne om morgenen."),          # a common noun (not "dit")
    ("Kaj lægger sin indkøbsliste i tasken.", "Du lægger din indkøbsliste i tasken."),  # last part "liste"
    ("Kaj vasker sit håndklæde.", "Du vasker dit håndklæde."),
    ("Kaj tager sin træning alvorligt.", "Du tager din træning alvorligt."),          # "-ing"
    ("Kajs dyne ligger på sengen.", "Din dyne ligger på sengen."),                 # the genitive: din/dit/dine
])
@pytest.mark.parametrize("analyser", [True, False])
def test_possessive_said_when_the_lists_know_the_noun(text, expect, analyser, request):
    if not analyser:
        request.getfixturevalue("no_analyser")
    assert transform(text, KAJ).sentences == [expect]


@pytest.mark.parametrize("text", ["Kajs album ligger på hylden.", "Ida pakker Kajs gymnastiktøjsnet."])
def test_possessive_left_out_without_the_analyser_when_no_list_knows_the_noun(text, no_analyser):
    res = transform(text, KAJ)
    assert not res.sentences and "din, dit eller dine" in res.left_out[0][1]


# ---- a verb the rules took for a thing subject: the person after it is not said as an object
@pytest.mark.parametrize("text", ["Hvis det ikke lykkes kører personalet i bil.",
                                  "Hvis det ikke lykkes henter Kaj selv posten."])
def test_person_after_an_unseen_verb_left_out(text, no_analyser):
    res = transform(text, KAJ)
    assert not res.sentences and "forkert dansk" in res.left_out[0][1]


@pytest.mark.parametrize("analyser", [True, False])
def test_person_as_object_after_the_subject_still_said(analyser, request):
    if not analyser:
        request.getfixturevalue("no_analyser")
    assert transform("Kaj hjælper personalet med maden.", KAJ).sentences == ["Du hjælper os med maden."]


# ---- a sentence whose subject the lists cannot see is left out ("mangler hvem")
@pytest.mark.parametrize("note", ["Vender sanduret.", "Skrives ned i bogen.", "Børster selv med hjælp.",
                                  "Vender timer.", "Respektere dit nej.", "Madpakken smøres aftenen før."])
def test_note_without_a_certain_subject_left_out(note, no_analyser):
    left = []
    assert _duform(note, "indsats", KAJ, left, "da") == ""
    assert left and "mangler hvem" in left[0][2]


@pytest.mark.parametrize("text, expect", [
    ("Kim ringer til Kaj om fredagen.", "Kim ringer til dig om fredagen."),
    ("Hver mandag vasker Kaj tøj.", "Hver mandag vasker du tøj."),
    ("Personalet minder Kaj om bussen.", "Vi minder dig om bussen."),
    ("Peter har kaffe med til Kaj.", "Peter har kaffe med til dig."),
    ("Vil Kaj med, kører vi kl. 10.", "Vil du med, kører vi kl. 10."),
    ("Fysioterapeuten fra kommunen kommer hver tirsdag.", "Fysioterapeuten fra kommunen kommer hver tirsdag."),
])
@pytest.mark.parametrize("analyser", [True, False])
def test_sentence_with_a_certain_subject_said(text, expect, analyser, request):
    if not analyser:
        request.getfixturevalue("no_analyser")
    assert _duform(text, "indsats", KAJ, [], "da") == expect


# ---- an external actor's name: its article from the lists, or left out when it may be a bare noun
@pytest.mark.parametrize("label, expect", [
    ("Diætist fra kommunen", "En diætist fra kommunen"), ("Sagsbehandler", "En sagsbehandler"),
    ("Løbe-gruppe", "En løbe-gruppe"), ("Farmor", "Farmor"), ("Træner Ole", "Træner Ole"),
    ("Jobcentret", "Jobcentret"), ("Egen læge", "Egen læge"),
])
def test_actor_label_certain_without_the_analyser(label, expect, no_analyser):
    assert _label(label) == expect and not _label_uncertain(label)


def test_actor_label_that_may_lack_its_article_is_uncertain(no_analyser):
    assert _label_uncertain("Fodbold")      # "Fodbold er også med"? a thing, a club – not known
    assert _label_uncertain("Bo")           # a name, or a noun? not known without the analyser


@pytest.mark.parametrize("how", ["Tilmeldt Kaj til holdet, giver ham en badehætte.",
                                 "Målte stolen op i marts og kommer igen i maj.",
                                 "Orienteres ved mødet i juni."])
def test_actor_note_that_may_lack_its_subject_is_left_out(no_analyser, how):
    # without the analyser a first word in -t/-te/-ede/-es may be a participle, a past tense or a passive: the note
    # has no subject that can be said («Tilmeldt du …»), so it is left out and the actor named
    from delmaal_assistant.core.model import Delmaal, ExternalActor
    from delmaal_assistant.core.outputs.easyread import build
    d = Delmaal()
    d.wording = "At Kaj går en tur hver søndag."
    d.external_actors = [ExternalActor(name="Svømmeklubben, træner Ib", how=how)]
    e = build(d)
    text = "\n".join(t for _, t in e.sections)
    assert how.split()[0] not in text and "Svømmeklubben (træner Ib) er også med." in text
    assert any(why == "ikke en hel sætning (mangler hvem)" for _, _, why in e.left_out)
