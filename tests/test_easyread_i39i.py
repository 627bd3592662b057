"""Issue 24 (i39I): who the resident is when the wording is not «At …», and staff-word leftovers – by category, with
our own Danish examples (must-say beside must-leave-out), with and without the optional Danish analyser (the
`analyser` fixture).

1. a wording whose subject is the resident's initials without «At» – with or without periods or a space («B.K.
   møder …», «K. L. går …», «KL cykler …», «T. tager …») – finds the resident as «At B.K. …» does, and every field
   says them as «du» («Målet er nået, når KL har …» → «… når du har …»); an acronym or a staff abbreviation first
   («SSA hjælper …», «KP går med …») is never the resident; so too a name or initials after a fronted time and its
   verb («Hver tirsdag går Vibeke …», «Om aftenen tager S.V. …») when the wording names nobody else;
2. «sin/sit/sine» in such a wording, whose only person is the resident, is «din/dit/dine» – also between an «At»
   clause's subject and its verb («At Ulrik med sin stok går …» → «Med din stok går du …») and after a thing's
   subordinate clause closed by «, og» + a verb; a relative clause right after the subject, or a verb right after a
   determiner, leaves the sentence out (never «Der har du …, selv tager …», «Med en rollator du selv går …»);
3. initials match only as written: «de»/«dem» are never «DE»; «de to» before a counted plural noun («holder vi de to
   billeder op») is things, never the resident and someone else – «De to går en tur» stays uncertain;
4. staff-word leftovers: «kp.» before «hun er …» ends its sentence (never «… din kontaktperson du er glad»);
   «kp-samtalen» after «vi» is «samtalen med din kontaktperson» («jeres» only where the clause pairs the two);
   «ergo.» with a capital after it mid-sentence ends nothing (and is staff-only, like «fys.»); a count before a staff title («2 kp.») is left
   out, never «2 din kontaktperson».
"""

from __future__ import annotations

import re

import pytest

from delmaal_assistant.core.outputs.duform import Resident, find_resident, transform
from delmaal_assistant.core.outputs.duform.rules import rules as load_rules
from delmaal_assistant.core.outputs.duform.sentences import _sentences
from delmaal_assistant.core.outputs.easyread import _resident_unsure, build
from tests.sample_delmaal import full_delmaal

IDA = Resident(("Ida",), "hun")


def _easy(wording: str, measurement: str, actions: str, title: str = "Tøjvask"):
    d = full_delmaal(title=title, wording=wording)
    d.measurement = measurement
    d.indsats.actions = actions
    return build(d)


def _said(e) -> list[str]:
    return [s for line in e.render().splitlines() for s in _sentences(line)]


# ---- 1. initials as the wording's subject, without «At»


@pytest.mark.parametrize("wording, measurement, actions, must", [
    ("R.J. møder ind i caféen mandag og onsdag kl. 9-13 og dækker bord.",
     "Målet er nået, når R.J. har mødt ind 10 gange.",
     "Vi minder R.J. om det aftenen før. R.J. får en huskeseddel.",
     ["Du møder ind i caféen mandag og onsdag kl. 9-13 og dækker bord.",
      "Målet er nået, når du har mødt ind 10 gange.", "Vi minder dig om det aftenen før.",
      "Du får en huskeseddel."]),
    ("P. går til fodbold med en medarbejder om torsdagen kl. 16.",
     "Målet er nået, når P. har været med 6 torsdage.",
     "En medarbejder går med P. og venter ved banen.",
     ["Du går til fodbold med en af os om torsdagen kl. 16.", "Målet er nået, når du har været med 6 torsdage.",
      "En af os går med dig og venter ved banen."]),
    ("MS vander blomsterne i stuen hver fredag.",
     "Målet er nået, når MS har vandet blomsterne 8 fredage.",
     "Vi stiller kanden frem til MS.",
     ["Du vander blomsterne i stuen hver fredag.", "Målet er nået, når du har vandet blomsterne 8 fredage.",
      "Vi stiller kanden frem til dig."]),
    ("At G. sorterer sit affald i køkkenet hver søndag.",
     "Målet er nået, når G.s affald er sorteret 8 søndage.",
     "Vi går med G. til containerne. Bagefter drikker G. kaffe med os.",
     ["Du sorterer dit affald i køkkenet hver søndag.", "Målet er nået, når dit affald er sorteret 8 søndage.",
      "Vi går med dig til containerne.", "Bagefter drikker du kaffe med os."]),
    ("H. J. lægger sit vasketøj i kurven hver aften.",
     "Målet er nået, når H. J. har gjort det 20 aftener.",
     "Vi siger godnat til H. J. ved kurven.",
     ["Du lægger dit vasketøj i kurven hver aften.", "Målet er nået, når du har gjort det 20 aftener.",
      "Vi siger godnat til dig ved kurven."]),
])
def test_initials_subject_said_as_du_in_every_field(analyser, wording, measurement, actions, must):
    e = _easy(wording, measurement, actions)
    said = _said(e)
    for s in must:
        assert s in said, (s, said, e.left_out)
    text = e.render()
    for ini in ("R.J", "RJ", "P.", "MS", "H. J", "H.J", "J.", "G.", "G"):
        assert not re.search(rf"(?<![\wæøå]){re.escape(ini)}(?![\wæøå])", text), (ini, text)
    assert not any("begynder ikke med «At" in why for _, _, why in e.left_out), e.left_out
    assert not re.search(r"\b(?:dig|du)\. [a-zæøå]", text), text  # one initial's dot never left after «dig»


@pytest.mark.parametrize("wording, name", [
    ("B.K. møder ind på værkstedet.", "B.K"),
    ("K. L. går til træning.", "K. L"),
    ("KL går til træning.", "KL"),
    ("T. cykler til købmanden.", "T"),
    ("At K. L. taler med sin kontaktperson.", "K. L"),
    ("B.K. selv møder ind.", "B.K"),
])
def test_initials_found_as_the_resident(wording, name):
    found = find_resident(wording)
    assert found is not None and found.names[0] == name, found
    assert "K." not in found.names  # «K. L.» is one person, not a first name «K.»


@pytest.mark.parametrize("wording", [
    "SSA hjælper Ole med badet.",     # an acronym: the staff member, not the resident
    "KP går med til lægen.",          # a staff abbreviation
    "EU støtter projektet.",
    "B.K. værkstedet om mandagen.",   # no finite verb after the initials: not a clause's subject
])
def test_acronym_or_no_verb_is_not_the_resident(wording):
    found = find_resident(wording)
    assert found is None or found.names[0] not in ("SSA", "KP", "EU", "B.K"), found


@pytest.mark.parametrize("wording, measurement, actions, must", [
    ("Om aftenen tager S.V. selv sin medicin fra æsken.", "Målet er nået, når S.V. har taget den 20 aftener.",
     "Vi fylder æsken om søndagen.",
     ["Om aftenen tager du selv din medicin fra æsken.", "Målet er nået, når du har taget den 20 aftener."]),
    ("Hver tirsdag går Vibeke til zumba med en medarbejder.", "Målet er nået, når Vibeke har været med 8 gange.",
     "Vi pakker tasken med Vibeke mandag aften.",
     ["Hver tirsdag går du til zumba med en af os.", "Vi pakker tasken med dig mandag aften."]),
    ("Efter aftensmaden ringer KJ til sin søster.", "Målet er nået, når KJ har ringet 10 gange.",
     "Vi minder KJ om det ved bordet.",
     ["Efter aftensmaden ringer du til din søster.", "Vi minder dig om det ved bordet."]),
])
def test_fronted_time_then_resident_as_subject(analyser, wording, measurement, actions, must):
    e = _easy(wording, measurement, actions)
    said = _said(e)
    for s in must:
        assert s in said, (s, said, e.left_out)


@pytest.mark.parametrize("wording", [
    "Hver mandag kommer Lise og hjælper Vibeke med tøjet.",   # two people named: who the resident is is not plain
    "Om morgenen hjælper SSA med badet.",
    "Om morgenen kommer bussen kl. 8.",
])
def test_fronted_time_with_another_person_or_no_name_finds_nobody(wording):
    found = find_resident(wording)
    assert found is None, found


# ---- 2. «sin/sit/sine» of the resident in such a wording


@pytest.mark.parametrize("wording, expect", [
    ("B.K. tager selv sin medicin kl. 8.", "Du tager selv din medicin kl. 8."),
    ("KL rydder sit værelse og sorterer sine bøger om lørdagen.",
     "Du rydder dit værelse og sorterer dine bøger om lørdagen."),
    ("At J. P. tømmer selv sin postkasse hver fredag.", "Du tømmer selv din postkasse hver fredag."),
])
def test_reflexive_of_initials_subject_is_din(analyser, wording, expect):
    e = _easy(wording, "Målet er nået efter 8 uger.", "Vi går med de første gange.")
    assert expect in _said(e), (_said(e), e.left_out)
    assert not any("sin" in why for _, _, why in e.left_out), e.left_out


@pytest.mark.parametrize("wording, expect", [
    # a reflexive between the «At» clause's subject and its verb is the subject's
    ("At Ulrik med sin stok går en tur hver dag.", "Med din stok går du en tur hver dag."),
    ("At Ulrik efter sin frokost selv vasker sin kop op.", "Efter din frokost vasker du selv din kop op."),
    ("At Ulrik på sin cykel kører til værkstedet.", "På din cykel kører du til værkstedet."),
    # after a subordinate clause whose subject is a thing, «, og» + a verb goes back to the resident
    ("At Ulrik selv tager sin medicin, når uret bipper kl. 8, og sætter sit glas i vasken.",
     "Du tager selv din medicin, når uret bipper kl. 8, og sætter dit glas i vasken."),
])
def test_reflexive_of_the_only_person_said(analyser, wording, expect):
    res = transform(wording, Resident(("Ulrik",), "han"))
    assert res.sentences == [expect], (res.sentences, res.left_out)


@pytest.mark.parametrize("wording", [
    # a person's subordinate clause before «, og»: whose verb it is, the grammar does not say
    "At Ulrik selv tager sin medicin, som en medarbejder har lagt frem, og sætter sit glas i vasken.",
    # a relative clause right after the subject: never «Der har du svært …, selv tager …»
    "At Ulrik, der har svært ved at huske det, selv tager sin medicin.",
    # a word after a determiner is never the «At» clause's verb («Med en rollator du selv går …»)
    "At Ulrik med en rollator selv går ned til postkassen.",
])
def test_reflexive_or_verb_not_certain_left_out(analyser, wording):
    res = transform(wording, Resident(("Ulrik",), "han"))
    assert not res.sentences, res.sentences


# ---- 3. «de»/«dem»/«de to» are never initials; «de to» + a plural noun is things


def test_lower_case_de_is_not_the_initials_de(analyser):
    e = _easy("At DE vander sine planter hver mandag.", "Målet er nået, når DE har vandet 8 gange.",
              "Vi stiller de nye potter frem, og DE vælger. De andre beboere venter.")
    said = _said(e)
    assert "Du vander dine planter hver mandag." in said, said
    assert "De andre beboere venter." in said, (said, e.left_out)
    assert not any(re.search(r"\b(?:[Dd]u andre|[Dd]ig nye)\b", s) for s in said), said


@pytest.mark.parametrize("sent", [
    "Ved frokost holder vi de to billeder op, og du peger.",
    "Vi går med, når de to hunde skal fodres.",
])
def test_de_to_before_a_plural_noun_is_things(analyser, sent):
    assert not _resident_unsure(sent, load_rules())


@pytest.mark.parametrize("sent", [
    "De to går en tur i parken.",
    "Vi kører de to til hallen.",
    "Så tager de to bussen hjem.",      # «bussen» is no plural: «de to» are the subject
    "De to beboere går sammen.",         # people, one of them maybe the resident
    "Vi ringer til A.K. om aftenen.",    # initials that are not the resident's
])
def test_de_to_people_or_initials_stay_uncertain(analyser, sent):
    assert _resident_unsure(sent, load_rules())


# ---- 4. staff-word leftovers


def test_title_before_a_pronoun_subject_ends_the_sentence(analyser):
    res = transform("Ida taler med kp. hun er glad bagefter.", IDA)
    assert res.sentences == ["Du taler med din kontaktperson.", "Du er glad bagefter."], res.sentences


@pytest.mark.parametrize("text", [
    "Ida ringer til kp. der kommer med det samme.",   # «kp., der kommer»: who, not a new sentence
    "Ida går med pæd. hver tirsdag.",
])
def test_title_before_other_lower_case_words_ends_nothing(text):
    assert len(_sentences(text)) == 1, _sentences(text)


@pytest.mark.parametrize("text, expect", [
    ("Vi taler om ugen ved kp-samtalen.", "Vi taler om ugen ved samtalen med din kontaktperson."),
    ("Ida har kp-samtalen hver tirsdag.", "Du har samtalen med din kontaktperson hver tirsdag."),
    ("Kp. og Ida taler om ugen ved kp-samtalen.", "Din kontaktperson og du taler om ugen ved jeres faste samtale."),
])
def test_kp_talk_is_one_residents_talk(analyser, text, expect):
    assert transform(text, IDA).sentences == [expect]


@pytest.mark.parametrize("text", [
    "Fys. viser øvelser, så Ergo. Kan se det.",
    "2 kp. går med Ida til lægen.",
    "To kp. er med.",
])
def test_staff_word_leftovers_are_left_out(analyser, text):
    res = transform(text, IDA)
    assert not res.sentences, res.sentences
    assert res.left_out


@pytest.mark.parametrize("text, expect", [
    ("Ida går med to af os.", ["Du går med to af os."]),
    ("Ida går kl. 2 med kp.", ["Du går kl. 2 med din kontaktperson."]),
    # the sentence after it is its own
    ("Ida går til ergo. Bagefter spiser hun.", ["Du går til ergoterapeuten.", "Bagefter spiser du."]),
    # (b45: a therapist written short where only a person fits, and a number of staff, are said – not left out)
    ("Ergo. kommer om tirsdagen.", ["Ergoterapeuten kommer om tirsdagen."]),
    ("Ida får hjælp af 2 medarb.", ["Du får hjælp af 2 medarbejdere."]),
])
def test_counts_and_clock_times_still_said(analyser, text, expect):
    assert transform(text, IDA).sentences == expect
