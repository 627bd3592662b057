"""Issue 24 (i39G): «Dit delmål» says no ungrammatical sentence – by category, with our own Danish examples
(must-say beside must-leave-out or must-repair), with and without the optional Danish analyser (the `analyser`
fixture; a rule that only the analyser can read is tested on that path, and the other path must not guess).

1. an indirect question keeps its subject first («spørger vi om du vil …», «hvor du skal hen»), never «om, vil du»;
   a question said as it was asked inside a sentence («spørger hvad vil du have») is left out;
2. the resident alone as the subject after «… og» with a thing before it gets «din/dig», never «jeres/jer»;
3. «os» in a subject of two: «Naboen og os maler» → «Naboen og vi maler» where the sentence opens so, left out
   elsewhere; «en af os og du» is a subject and is said;
4. an infinitive where the finite verb must stand («du bære», «…, tilbyde vi») is left out;
5. a compound whose gender the analyser's split and its last part disagree on is given no din/dit;
6. a bare singular noun (or an adjective for a person) as a subject, at a clause's start or after a fronted time,
   is left out with the analyser; substances, activities, names and fronted objects are said;
7. a clause with a verb and nobody doing it: a noun-or-verb first word, a verb after a semicolon or dash, a verb
   after an abbreviation's period;
8. no verb at all, with a person opening it («En af os.», «Nattevagten kl. 2.»), or a verbless clause with a
   person before a comma and a subjectless verb after it; a slash list with the resident in it.
"""

from __future__ import annotations

import pytest

from delmaal_assistant.core.outputs import morph
from delmaal_assistant.core.outputs.duform import Resident, transform
from delmaal_assistant.core.outputs.duform.rules import rules as load_rules
from delmaal_assistant.core.outputs.duform.surface import _Skip, _word_order
from delmaal_assistant.core.outputs.easyread import _duform

BO = Resident(("Bo",), "han")
TINE = Resident(("Tine",), "hun")


def _said(text: str, who: Resident = BO, where: str = "Indsats") -> tuple[str, list]:
    left: list = []
    return _duform(text, where, who, left, "da"), left


# ---- 1. indirect questions


@pytest.mark.parametrize("text, expect", [
    ("Hvis Bo ikke vil spise frokost spørger vi om Bo vil have en sandwich.",
     "Hvis du ikke vil spise frokost spørger vi om du vil have en sandwich."),
    ("Hvis Bo ikke vil sige hvor Bo skal hen, accepterer vi det.",
     "Hvis du ikke vil sige hvor du skal hen, accepterer vi det."),
    ("Hvis Bo ikke ved hvad Bo skal købe, hjælper vi med en liste.",
     "Hvis du ikke ved hvad du skal købe, hjælper vi med en liste."),
    ("Hvis Bo er træt Bo går i seng.", "Hvis du er træt, går du i seng."),   # the main clause's order is mended
])
def test_indirect_question_keeps_its_subject_first(analyser, text, expect):
    assert transform(text, BO).sentences == [expect]


@pytest.mark.parametrize("text", [
    "Ved bordet spørger vi hvad vil Bo have og venter.",
    "Om morgenen spørger vi om vil Bo med ud.",
])
def test_question_asked_inside_a_sentence_is_left_out(analyser, text):
    said, left = _said(text)
    assert said == "" and left, said


# ---- 2. the resident alone after «… og»


def test_thing_before_og_is_no_second_subject(analyser):
    res = transform("Når maden er klar, siger vi værsgo og Bo tager sin tallerken.", BO)
    assert res.sentences == ["Når maden er klar, siger vi værsgo og du tager din tallerken."]


@pytest.mark.parametrize("text, expect", [
    ("Bo og Lise sætter sig sammen i sofaen.", "Du og Lise sætter jer sammen i sofaen."),
    ("Kontaktpersonen og Bo sætter sig ved bordet.", "Din kontaktperson og du sætter jer ved bordet."),
])
def test_two_people_are_still_jer(analyser, text, expect):
    assert transform(text, BO).sentences == [expect]


def test_jeres_never_for_one_after_a_thing(analyser):
    said, _ = _said("Efter maden siger vi tak og Bo tager sin kop og sætter sig i sin stol.")
    assert "jer" not in said.split() and "jeres" not in said, said


# ---- 3. «os» in a subject of two


@pytest.mark.parametrize("text, expect", [
    ("Naboen og os maler hegnet i maj.", "Naboen og vi maler hegnet i maj."),
    ("Pedellen og os bærer reolen op.", "Pedellen og vi bærer reolen op."),
])
def test_os_in_a_subject_at_the_start_is_vi(analyser, text, expect):
    assert transform(text, BO).sentences == [expect]


def test_os_in_a_subject_inside_is_left_out(analyser):
    said, left = _said("Vi hjælper Bo i gang, og bagefter Bo og os rydder op.")
    assert said == "" and left


@pytest.mark.parametrize("text, expect", [
    ("Medarbejderen og Bo gennemgår listen sammen om søndagen.", "En af os og du gennemgår listen sammen om søndagen."),
    ("Vi ringer til frisøren og os går derhen bagefter.", None),   # «os går»: left out, not mended
])
def test_en_af_os_og_du_is_a_subject(analyser, text, expect):
    res = transform(text, BO)
    if expect is None:
        assert not res.sentences
    else:
        assert res.sentences == [expect]


# ---- 4. an infinitive where the finite verb must stand


@pytest.mark.parametrize("text", [
    "Vil Bo ikke, acceptere vi det og spørger igen i morgen.",
    "Vil Bo ikke det acceptere vi det.",
    "Hvis Bo er træt, informere vi aftenvagten.",
])
def test_infinitive_in_ere_as_the_verb_is_left_out(analyser, text):
    said, left = _said(text)
    assert said == "" and left, said


@pytest.mark.parametrize("text", [
    "Vi går sammen ned i kælderen, Bo hente posen.",
    "Hvis Bo er træt, tilbyde vi en pause.",
])
def test_infinitive_as_the_verb_with_the_analyser(analyser, text):
    said, left = _said(text)
    if analyser:
        assert said == "" and left, said
    else:
        assert said != "" or left  # without the analyser an -e infinitive is not told from a past tense


@pytest.mark.parametrize("text, expect", [
    ("Kan Bo bære posen selv, går vi med.", "Kan du bære posen selv, går vi med."),
    ("Jo længere Bo går, jo bedre sover Bo.", "Jo længere du går, jo bedre sover du."),
])
def test_infinitive_after_its_modal_and_comparatives_are_said(analyser, text, expect):
    assert transform(text, BO).sentences == [expect]


def test_word_order_check_reads_comparatives_after_jo():
    _word_order("Jo tidligere du kommer, jo mere når vi.", load_rules())
    with pytest.raises(_Skip):
        _word_order("Vil du ikke, informere vi din kontaktperson.", load_rules())


# ---- 5. a compound's gender


def test_compound_split_against_its_last_part_gives_no_possessive(analyser, monkeypatch):
    if not analyser:
        pytest.skip("the split is the analyser's")
    real = morph.compound_readings
    monkeypatch.setattr(morph, "compound_readings",
                        lambda w: frozenset({"n.ut.sg.ind"}) if w.lower() == "stempelkort" else real(w))
    res = transform("Klubben stempler Bos stempelkort hver gang.", BO)
    assert not res.sentences and "stempelkort" in res.left_out[0][1]


def test_compound_that_agrees_is_said(analyser):
    assert transform("Vi giver Bo hans sundhedskort.", BO).sentences == ["Vi giver dig dit sundhedskort."]


# ---- 6. a bare singular noun as the subject


@pytest.mark.parametrize("text", [
    "Kok laver maden kl. 11.",
    "Hvis vi er færdige: vikar rydder op.",
    "Vi går i køkkenet, elev viser opvaskeren frem.",
    "Efter frokost rydder elev op.",
    "Ung hjælper Bo med at dække bord.",
])
def test_bare_noun_subject_left_out_with_the_analyser(analyser, text):
    said, left = _said(text)
    if analyser:
        assert said == "" and any("«en» eller «et»" in why for _, _, why in left), (said, left)


@pytest.mark.parametrize("text, expect", [
    ("Kaffe står klar kl. 10.", "Kaffe står klar kl. 10."),
    ("Træning starter kl. 10.", "Træning starter kl. 10."),
    ("Morgenmad spiser vi kl. 8.", "Morgenmad spiser vi kl. 8."),
    ("Rollatoren står ved døren om natten.", "Rollatoren står ved døren om natten."),
    ("Lise kommer på besøg om søndagen.", "Lise kommer på besøg om søndagen."),
    ("Om morgenen spiser Bo havregryn.", "Om morgenen spiser du havregryn."),
])
def test_mass_nouns_names_and_fronted_objects_are_said(analyser, text, expect):
    said, _ = _said(text)
    assert said == expect


# ---- 7. a verb with nobody doing it


@pytest.mark.parametrize("text", [
    "Vi ringer til Bo kl. 10 – kommer igen kl. 11.",
    "Vi henter Bo kl. 9; ringer til lægen, hvis Bo er syg.",
    "Husleje, el osv. betales fra kontoen. Trækkes automatisk den 1.",
])
def test_subjectless_clause_after_a_break_is_left_out(analyser, text):
    said, left = _said(text)
    assert "kommer igen" not in said and "ringer til lægen" not in said and "Trækkes" not in said, said
    assert left


def test_noun_or_verb_first_without_subject_left_out(analyser):
    said, left = _said("Sælger gamle blade, når Bo har læst dem.")
    if analyser:
        assert said == "" and left


def test_unknown_passive_first_left_out(analyser):
    said, left = _said("Afstemmes på skemaet i kontoret.", where="Hvordan det måles")
    assert said == "" and left


@pytest.mark.parametrize("text, expect", [
    ("Vi banker på kl. 10 – er døren låst, går vi igen.", "Vi banker på kl. 10 – er døren låst, går vi igen."),
    ("Sælger du noget, hjælper vi med prisen.", "Sælger du noget, hjælper vi med prisen."),
])
def test_conditions_and_inverted_subjects_are_said(analyser, text, expect):
    said, _ = _said(text)
    assert said == expect


# ---- 8. no verb, with a person


@pytest.mark.parametrize("text", [
    "Vi vækker Bo kl. 7 og hjælper Bo op. En af os.",
    "Nattevagten kl. 2 og kl. 4.",
    "Fredag Bos kontaktperson 10 min, gennemgår listen med Bo.",
    "Hver tirsdag møde med bostøtte/Bo/mor på kontoret.",
])
def test_verbless_with_a_person_left_out(analyser, text):
    said, left = _said(text)
    assert "En af os." not in said and "Nattevagten kl." not in said and "10 min," not in said \
        and "/" not in said, said
    assert left


@pytest.mark.parametrize("text, expect", [
    ("Bo følges med en af os til bussen.", "Du følges med en af os til bussen."),
])
def test_notes_about_a_thing_and_deponents_are_said(analyser, text, expect):
    said, _ = _said(text)
    assert said == expect


def test_a_note_about_a_thing_without_a_verb_is_left_out(analyser):
    """i43V (issue 24, b42): «Mandag 10 min rollespil med din kontaktperson.» was said as a note about a thing; the
    readers count a verbless note as ungrammatical – left out with its reason."""
    said, left = _said("Mandag 10 min rollespil med Bos kontaktperson.")
    assert said == "" and left, (said, left)
