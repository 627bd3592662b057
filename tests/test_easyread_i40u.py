"""Issue 24 (i40U): five kinds of untrue sentence in "Dit delmål" – by category, with our own Danish examples
(must-say beside must-leave-out), with and without the optional Danish analyser.

1. the resident's own words written as «han»/«hun» alone are said in the du-form only when that pronoun is, each
   time, the one whose wish, view or words are told («Han vil gerne …»); a «han» that may be someone the resident
   speaks of («han skal bare lade være med at larme» of a neighbour) is left out – never «Du skal …» – and words
   with a han/hun but no «jeg» are never quoted as the resident's words;
2. what stands in quotation marks (' ', " ", « », “ ”, „ “) is someone's own words: no person in it is changed –
   not a staff title, not a relative's name turned into «din søn» – the sentence is left out if it would be;
3. a staff title of another workplace (had by it – «Skolen har en pædagog (Kim)» – or placed at it – «pædagogen
   på plejehjemmet») is never «en af os»/«vi»: said as written;
4. a staff instruction after a condition about the resident, with a dash between them («Vil han ikke – spørg igen
   ved kaffen»), is left out as the comma and colon forms are;
5. «Hvor tit» carries the relation of a time to the occasion it is told by («inden bussen kl. 7.45», never «Det er
   kl. 7.45.»), and two days where one is told by the other («om fredagen før besøget hver anden lørdag») are no
   list of two («Hver fredag og hver anden lørdag» would make the Friday weekly).
"""

from __future__ import annotations

import pytest

from delmaal_assistant.core.outputs.duform import Resident, transform
from delmaal_assistant.core.outputs.easyread import build
from sample_delmaal import full_delmaal

BJARKE = Resident(("Bjarke",), "han")
SIGNE = Resident(("Signe",), "hun")


def _easy(wording: str = "At Bjarke selv vasker sit tøj hver onsdag.", **fields):
    d = full_delmaal(wording=wording)
    name = wording.split()[1]
    # the resident's gender, as a delmål gives it elsewhere
    d.collaboration.resident_attitude = f"{name} vil gerne selv vaske, når {'hun' if name == 'Signe' else 'han'} har tid."
    for k, v in fields.items():
        if k == "own":
            d.collaboration.resident_own_words = v
        elif k == "actions":
            d.indsats.actions = v
        elif k == "otherwise":
            d.indsats.when_resident_wants_otherwise = v
        else:
            setattr(d, k, v)
    return build(d)


def _all_said(e) -> str:
    return "\n".join(body for _, body in e.sections)


# ---- 1. the resident's own words


@pytest.mark.parametrize("wording, own", [
    # the resident's words about someone else, written down as said: «han»/«hun» may be that other person
    ("At Bjarke selv vasker sit tøj hver onsdag.", "han skal bare holde op med at banke på væggen om natten"),
    ("At Bjarke selv vasker sit tøj hver onsdag.", "Han må ikke tage pladsen ved vinduet."),
    ("At Signe selv vasker sit tøj hver onsdag.", "hun skal lade være med at låne tøjet"),
    # a woman's words told of a man: not his words in quotes, and no «du» in them
    ("At Bjarke selv vasker sit tøj hver onsdag.", "hun siger at hendes kæreste larmer om aftenen"),
])
def test_own_words_with_a_pronoun_that_may_be_another_are_left_out(analyser, wording, own):
    e = _easy(wording, own=own)
    sections = dict(e.sections)
    assert "Det sagde du selv" not in sections, sections
    assert any(w == "Beboerens egne ord" for w, _, _ in e.left_out), e.left_out
    assert "Du skal bare" not in _all_said(e) and "«" not in _all_said(e)


@pytest.mark.parametrize("wording, own, expect", [
    # the pronoun is the one whose wish or words are told: the resident, said in the du-form
    ("At Bjarke selv vasker sit tøj hver onsdag.", "Han vil gerne selv vælge vaskepulver.",
     "Du vil gerne selv vælge vaskepulver."),
    ("At Signe selv vasker sit tøj hver onsdag.", "Hun synes, det er rart at have rent tøj.",
     "Du synes, det er rart at have rent tøj."),
    # «hun siger at hendes …» of a woman with no other woman in reach: she tells of her own brother
    ("At Signe selv vasker sit tøj hver onsdag.", "hun siger at hendes bror skal lade være med at ringe om natten",
     "Du siger at din bror skal lade være med at ringe om natten."),  # a sentence ends (round 8)
    # first person: the resident's words as they are, a «han» in them someone else
    ("At Bjarke selv vasker sit tøj hver onsdag.", "Jeg vil ikke have, at han rører mit vasketøj.",
     "«Jeg vil ikke have, at han rører mit vasketøj.»"),
    # no person at all: the words as they are
    ("At Bjarke selv vasker sit tøj hver onsdag.", "Onsdag er fint.", "«Onsdag er fint.»"),
    # the resident by name: placed by the rules
    ("At Bjarke selv vasker sit tøj hver onsdag.", "Bjarke siger, det er fint.", "Du siger, det er fint."),
])
def test_own_words_said_when_certain(analyser, wording, own, expect):
    sections = dict(_easy(wording, own=own).sections)
    assert sections.get("Det sagde du selv") == expect, sections


# ---- 2. quoted words are never changed


@pytest.mark.parametrize("text", [
    "Kontaktpersonen øver med Bjarke at sige «kontaktpersonen henter mig kl. 15» til chaufføren.",
    "Bjarke skriver 'pædagogen er sød' i sin bog.",
    'Bjarke øver at sige "personalet kommer snart" i telefonen.',
    "Bjarke øver at sige „medarbejderen hjælper mig“ ved kassen.",
])
def test_a_staff_word_inside_quotes_leaves_the_sentence_out(analyser, text):
    res = transform(text, BJARKE)
    assert not res.sentences and res.left_out, res


@pytest.mark.parametrize("text, expect", [
    ("Bjarke øver at sige „jeg vil gerne betale“ ved kassen.", "Du øver at sige „jeg vil gerne betale“ ved kassen."),
    ('Bjarke siger "tak for maden" til kokken.', 'Du siger "tak for maden" til kokken.'),
    # the apostrophe of a genitive is no quotation mark
    ("Bjarkes mor og Oles far kommer på besøg om søndagen.", "Din mor og Oles far kommer på besøg om søndagen."),
])
def test_quoted_words_kept_as_written(analyser, text, expect):
    assert transform(text, BJARKE).sentences == [expect]


def test_a_relative_named_inside_quotes_keeps_the_name(analyser):
    e = _easy(actions="Bjarke henter sin datter Mille i børnehaven om onsdagen. Kontaktpersonen øver med Bjarke "
                      "at sige en kort sætning til pædagogen (fx 'Mille skal hentes kl. 15').")
    said = _all_said(e)
    assert "'Mille skal hentes kl. 15'" in said, said
    assert "'din datter skal hentes" not in said and "din datter Mille" in said, said


# ---- 3. another workplace's staff


@pytest.mark.parametrize("text, expect", [
    ("Skolen har en pædagog (Kim), som tager imod Bjarke om morgenen.",
     "Skolen har en pædagog (Kim), som tager imod dig om morgenen."),
    ("Ældrecentret har en SSA (Jytte), der hjælper Bjarkes mor med at ringe.",
     "Ældrecentret har en medarbejder (Jytte), der hjælper din mor med at ringe."),
    ("Krisecentret i Vejle har en medarbejder (Maja), der ringer til Bjarke.",
     "Krisecentret i Vejle har en medarbejder (Maja), der ringer til dig."),
    ("Pædagogen på plejehjemmet ringer til Bjarke om fredagen.", "Pædagogen på plejehjemmet ringer til dig om fredagen."),
    ("Jytte er SSA på ældrecentret og ringer til Bjarke.", "Jytte er medarbejder på ældrecentret og ringer til dig."),
])
def test_another_workplaces_staff_is_not_us(analyser, text, expect):
    res = transform(text, BJARKE)
    assert res.sentences == [expect], res
    assert "en af os" not in " ".join(res.sentences)


@pytest.mark.parametrize("text, expect", [
    # our own staff stay «en af os»/«vi»
    ("En pædagog går med Bjarke til tandlægen.", "En af os går med dig til tandlægen."),
    ("Pædagogen på bostedet ringer til Bjarke.", "En af os på bostedet ringer til dig."),
    ("Pædagogen hjælper Bjarke i køkkenet.", "En af os hjælper dig i køkkenet."),
])
def test_our_own_staff_stay_us(analyser, text, expect):
    assert transform(text, BJARKE).sentences == [expect]


# ---- 4. a staff instruction after a condition and a dash


@pytest.mark.parametrize("otherwise", [
    "Vil han ikke – spørg igen ved kaffen kl. 10.",
    "Hvis han ikke vil - så spørg igen efter frokost.",
    "Siger han nej — prøv igen næste dag.",
    "Er han træt – lad ham hvile en time.",
])
def test_staff_instruction_after_a_dash_is_left_out(analyser, otherwise):
    e = _easy(otherwise=otherwise)
    said = _all_said(e)
    assert not any(w in said for w in ("spørg igen", "prøv igen", "lad dig")), said
    assert e.left_out


@pytest.mark.parametrize("otherwise, expect", [
    ("Vil han ikke – vi spørger igen efter frokost.", "Vil du ikke – vi spørger igen efter frokost."),
    ("Vil han ikke – så tager vi en pause.", "Vil du ikke – så tager vi en pause."),
])
def test_what_we_do_after_a_dash_is_said(analyser, otherwise, expect):
    assert expect in _all_said(_easy(otherwise=otherwise))


# ---- 5. «Hvor tit»


def _often(wording: str):
    e = _easy(wording)
    return dict(e.sections).get("Hvor tit"), e.left_out


@pytest.mark.parametrize("wording, expect", [
    ("At Bjarke selv står op og er klar inden bussen kl. 7.30 på hverdage.", "På hverdage. Det er inden bussen kl. 7.30."),
    ("At Bjarke selv vasker op efter aftensmaden kl. 18.30 hver dag.", "Hver dag. Det er efter aftensmaden kl. 18.30."),
    ("At Bjarke selv går i bad før morgenmaden kl. 8 hver tirsdag og fredag.",
     "Hver tirsdag og fredag. Det er før morgenmaden kl. 8."),
    ("At Bjarke selv tager sin medicin før kl. 9 hver morgen.", "Hver morgen. Det er før kl. 9."),
    ("At Bjarke går til svømning kl. 16 hver torsdag.", "Hver torsdag. Det er kl. 16."),
])
def test_a_time_keeps_what_it_is_told_by(analyser, wording, expect):
    said, _ = _often(wording)
    assert said == expect


@pytest.mark.parametrize("wording", [
    "At Bjarke pakker sin taske om torsdagen før sit besøg hos sin far hver anden fredag.",
    "At Bjarke ringer til sin søster hver mandag efter besøget hver anden søndag.",
    "At Bjarke hver anden onsdag handler ind inden sin tur til byen om torsdagen.",
])
def test_a_day_told_by_another_is_no_list(analyser, wording):
    said, left = _often(wording)
    assert said is None and any(w == "Hvor tit" for w, _, _ in left), (said, left)


@pytest.mark.parametrize("wording, expect", [
    ("At Bjarke hver tirsdag og hver anden lørdag spiller bordtennis.", "Hver tirsdag og hver anden lørdag."),
    ("At Bjarke går i svømmehallen om mandagen og om torsdagen.", "Hver mandag og hver torsdag."),
])
def test_a_list_of_days_is_said(analyser, wording, expect):
    said, _ = _often(wording)
    assert said == expect


# ---- read on the development sets: what the checks above must not catch


def test_a_quotation_cut_away_with_a_staff_note_is_no_change(analyser):
    res = transform('Målet er nået, når Bjarke selv har sat krydset (noteres med "B" i Nexus).', BJARKE)
    assert res.sentences == ["Målet er nået, når du selv har sat krydset."], res


def test_som_before_a_staff_abbreviation_is_the_relative_pronoun(analyser):
    res = transform("Lægen ordinerer en salve, som SSA smører på efter badet.", BJARKE)
    assert res.sentences == ["Lægen ordinerer en salve, som en af os smører på efter badet."], res


@pytest.mark.parametrize("wording, expect", [
    ("At Bjarke selv vasker sit tøj efter arbejde ca. kl. 16 hver fredag.", "Hver fredag. Det er efter arbejde ca. kl. 16."),
])
def test_a_limit_before_an_approximate_time(analyser, wording, expect):
    said, _ = _often(wording)
    assert said == expect
