"""Issue 24 (i42P): a han/hun left out for doubt where the language makes it certain – by category, with our own
Danish examples (must-say beside must-stay-out), with and without the optional analyser.

1. «stadig»/«fortsat» after the subject («Vil han stadig ikke, …», «Hvis hun stadig ikke vil, …», «Bliver han stadig
   siddende, …») presupposes that the same one had that predicate before: when the field said it before of the
   resident by name, and of nobody else, the pronoun is the resident – also with another man/woman in between
   («Hvis Kaj ikke vil, ringer Ole til sin bror. Vil han stadig ikke, …»). Left out when someone else had it too
   («… og Ole ikke vil køre»), when nobody had it (the predicate differs), or with «heller ikke» (someone else as
   well).
2. a gender stated of the resident by name or initials («KB er en kvinde på 40 år», mostly in the purpose) when
   neither the han/hun votes nor the name told it: then «hun» is read as for any resident known to be a woman.
   Not when the texts state both genders, when the statement is about someone else, or when a han/hun of the other
   gender stands with nobody else named near it (the texts may call the resident so).
3. «de» right before a count of time («de torsdage, hvor …», «de aftener du …», «gæster de dage») is its
   determiner, never a person: a subject «de» has its verb next. After a verb whose subject slot is open («Om
   sommeren tager de uger af gangen») it stays the pronoun (left out or «I» as before).
"""

from __future__ import annotations

import pytest

from delmaal_assistant.core.model import ExternalActor
from delmaal_assistant.core.outputs.easyread import build
from sample_delmaal import full_delmaal

WORDING = "At Kaj selv cykler til værkstedet hver tirsdag."
OTHERWISE = "Hvis du ikke kan eller ikke har lyst"


def _otherwise(text: str) -> tuple[str, list[str]]:
    d = full_delmaal(wording=WORDING)
    d.indsats.when_resident_wants_otherwise = text
    e = build(d)
    left = [x[1] for x in e.left_out if x[0] == "Når beboeren vil noget andet"]
    return dict(e.sections).get(OTHERWISE, ""), left


@pytest.mark.parametrize("text, said", [
    ("Hvis Kaj ikke vil cykle, ringer Ole til sin bror. Vil han stadig ikke, ringer vi til værkstedet.",
     "Vil du stadig ikke, ringer vi til værkstedet."),
    ("Hvis Kaj ikke vil cykle, spørger Ole, om han vil gå i stedet. Vil han stadig ikke, ringer vi til værkstedet.",
     "Vil du stadig ikke, ringer vi til værkstedet."),
    ("Hvis Kaj bliver siddende i stuen: Ole siger det igen. Bliver han stadig siddende, skriver vi det ned.",
     "Bliver du stadig siddende, skriver vi det ned."),
    ("Vil Kaj ikke cykle, foreslår Ole bussen. Hvis han stadig ikke vil, ringer vi til værkstedet.",
     "Hvis du stadig ikke vil, ringer vi til værkstedet."),
    ("Hvis Kaj ikke er klar, ringer Ole til værkstedet. Er han stadig ikke klar kører vi ham senere.",
     "Er du stadig ikke klar kører vi dig senere."),
])
def test_a_pronoun_whose_predicate_goes_on_is_the_resident(analyser, text, said):
    body, _ = _otherwise(text)
    assert said in body, body


@pytest.mark.parametrize("text, gone", [
    # someone else had the same predicate before: either may be meant
    ("Hvis Kaj ikke vil cykle, og Ole ikke vil køre, venter vi. Vil han stadig ikke, ringer vi til værkstedet.",
     "stadig"),
    ("Hvis Ole ikke vil køre, cykler Kaj. Vil han stadig ikke, ringer vi til værkstedet.", "stadig"),
    # the predicate went on for nobody named: «ryster på hovedet» is not «ikke vil vælge»
    ("Hvis Kaj ryster på hovedet, spørger Ole, om han vil vente. Vil han stadig ikke vælge, vælger Ole for ham.",
     "stadig"),
    # «heller ikke»: someone else as well
    ("Hvis Kaj ikke vil cykle, ringer vi til Ole. Vil han heller ikke, ringer vi til værkstedet.", "heller"),
    # a positive predicate before, a negative one now: not the same
    ("Hvis Kaj vil cykle, går Ole med. Vil han stadig ikke, ringer vi til værkstedet.", "stadig"),
])
def test_a_pronoun_whose_predicate_is_not_the_residents_alone_stays_out(analyser, text, gone):
    body, left = _otherwise(text)
    assert gone not in body, body
    assert any(gone in x for x in left), left


SWIM = "At KB svømmer i hallen hver tirsdag."


def _indsats(purpose: str, actions: str) -> tuple[str, list[str]]:
    d = full_delmaal(wording=SWIM)
    d.purpose = purpose
    d.indsats.actions = actions
    d.collaboration.resident_attitude = ""
    # the driver's «han» beside KB's «hun»: the han/hun votes disagree, the name (initials) says nothing
    d.external_actors = [ExternalActor(name="Kørselskontoret, fast chauffør (Bo)",
                                       how="Henter KB kl. 9. Han ringer, hvis han er forsinket.")]
    e = build(d)
    return "\n".join(body for _, body in e.sections), [x[1] for x in e.left_out]


@pytest.mark.parametrize("purpose", ["KB er en kvinde på 40 år og bor i lejligheden.",
                                     "KB er en ung kvinde, der elsker vand."])
def test_a_gender_stated_of_the_resident_makes_her_pronoun_hers(analyser, purpose):
    said, _ = _indsats(purpose, "KB får et klistermærke, når hun kommer hjem.")
    assert "Du får et klistermærke, når du kommer hjem." in said, said


@pytest.mark.parametrize("purpose, actions", [
    # nothing says who «hun» is
    ("KB har svømmet som barn.", "KB får et klistermærke, når hun kommer hjem."),
    # the statement is about someone else
    ("KB bor med Lis. Lis er en kvinde på 40 år.", "KB får et klistermærke, når hun kommer hjem."),
    # both genders stated
    ("KB er en kvinde på 40 år. KB er en mand, skriver værgen.", "KB får et klistermærke, når hun kommer hjem."),
    # a «han» with nobody else named: the texts may call the resident so
    ("KB er en kvinde på 40 år.", "KB får et klistermærke, når hun kommer hjem. Han ringer bagefter."),
])
def test_a_gender_not_stated_for_certain_leaves_the_pronoun_out(analyser, purpose, actions):
    said, left = _indsats(purpose, actions)
    assert "klistermærke" not in said, said
    assert any("klistermærke" in x for x in left), left


def _measured(text: str) -> tuple[str, list[str]]:
    d = full_delmaal(wording=WORDING)
    d.measurement = text
    e = build(d)
    return "\n".join(body for _, body in e.sections), [x[1] for x in e.left_out]


@pytest.mark.parametrize("text, said", [
    ("Vi tæller de torsdage, hvor Kaj har cyklet selv.", "Vi tæller de torsdage, hvor du har cyklet selv."),
    ("Vi tæller de aftener Kaj har cyklet selv.", "Vi tæller de aftener du har cyklet selv."),
])
def test_de_before_a_count_of_time_is_its_determiner(analyser, text, said):
    body, _ = _measured(text)
    assert said in body, body


@pytest.mark.parametrize("text, word", [
    ("Vi tæller de dage de begge har cyklet.", "begge"),  # the second «de» is people: the resident and who?
])
def test_de_as_a_person_beside_a_count_of_time_stays_out(analyser, text, word):
    body, left = _measured(text)
    assert word not in body, body
    assert any(word in x for x in left), left


def test_de_after_a_verb_with_its_subject_slot_open_is_still_the_pronoun(analyser):
    body, left = _measured("Kaj og Ole cykler. Om sommeren tager de uger af gangen.")
    assert "tager de uger" not in body, body
