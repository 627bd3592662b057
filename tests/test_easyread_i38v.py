"""Issue 24 (i38V): who the resident is when the wording names them by role or in the staff's perspective, staff
and clinical words that reached the resident, and the resident's own medicine held back as staff-only – by
category with our own invented examples (must-say beside must-leave-out), each with and without the analyser.

1. a wording in the staff's perspective («Støtte borgeren i at …», «Hjælpe den unge med at …», «Motivere Ahmed til
   at …») has the one helped as the resident and is said «Vi hjælper dig med at …»; a wording whose role word is one
   of `wording_roles` («At barnet selv …») makes that word the resident in every field of that delmål – never in a
   delmål about someone else, where «barnet» may be their child;
2. staff routines and clinical words are said plainly where one word is certain («JC» → «jobcentret», «pt.» after a
   verb → «lige nu», «er dehydreret» → «mangler væske», «borger» without its article → the resident) and otherwise
   left out with the reason («overlap», «døgnrapporten», «sparring», «gangfunktionen», «mutismen», «efter model»);
3. the resident's own diagnosis or its medicine («sin ADHD-medicin», «sin ADHD») is theirs to hear about; someone
   else's diagnosis stays staff-only.
"""

from __future__ import annotations

import pytest

from delmaal_assistant.core.model import ExternalActor
from delmaal_assistant.core.outputs.duform.rules import rules, wording_role
from delmaal_assistant.core.outputs.easyread import build
from tests.sample_delmaal import full_delmaal


def _text(wording: str, actions: str | None = None, measurement: str = "", other: str | None = None,
          levels: tuple[str, ...] = (), actors: tuple[tuple[str, str], ...] = ()):
    d = full_delmaal(wording=wording)
    if actions is not None:
        d.indsats.actions = actions
    if other is not None:
        d.indsats.when_resident_wants_otherwise = other
    d.measurement = measurement
    for lvl, t in zip(d.indicators.levels, levels):
        lvl.what_we_see = t
    for name, how in actors:
        d.external_actors.append(ExternalActor(name=name, how=how))
    e = build(d)
    return dict(e.sections), e.render(), e.left_out


# ------------------------------------------------------------------------------------------- 1. who the resident is

@pytest.mark.parametrize("wording, said", [
    ("Støtte borgeren i at åbne sin post hver mandag kl. 10.",
     "Vi hjælper dig med at åbne din post hver mandag kl. 10."),
    ("Hjælpe den unge med at stå op kl. 7 på skoledage.", "Vi hjælper dig med at stå op kl. 7 på skoledage."),
    ("At hjælpe beboeren med selv at rede sin seng om fredagen.",
     "Vi hjælper dig med selv at rede din seng om fredagen."),
    ("Motivere Ahmed til selv at gå i bad tirsdag og fredag.",
     "Vi opmuntrer dig til selv at gå i bad tirsdag og fredag."),
])
def test_staff_perspective_wording_finds_the_resident(analyser, wording, said):
    sections, text, left = _text(wording, actions="Vi sidder med ved bordet. Borgeren åbner selv brevene.")
    assert sections["Det vil du gøre"] == said
    assert not any("hvem beboeren er" in why for _, _, why in left)


def test_staff_perspective_wording_says_the_role_word_as_du(analyser):
    sections, text, left = _text("Guide beboeren til at tage sin medicin kl. 8 hver morgen.",
                                 actions="Vi lægger æsken frem. Beboeren tager selv pillerne.",
                                 measurement="Når beboeren har taget medicinen 25 af 28 morgener.")
    assert "Du tager selv pillerne." in text
    assert "Målet er nået, når du har taget medicinen 25 af 28 morgener." in text
    assert "beboeren" not in text.lower().replace("beboerens", "")


@pytest.mark.parametrize("wording", [
    "At øve sig i at gå med rollator til spisesalen.",   # the resident practises: no one helped is named
    "Støtte op om at Lis kommer ud at gå.",               # «op» is no one
    "Støtte kontaktpersonen i at ringe til værgen.",      # our staff is not the resident
])
def test_not_a_staff_perspective_wording_stays_unclear(analyser, wording):
    sections, text, left = _text(wording)
    assert sections["Det vil du gøre"].startswith("Vi har ikke skrevet dit mål")
    assert any(where == "Delmålet" and sent.split()[0] == wording.split()[0] for where, sent, _ in left)


def test_wording_role_word_is_the_resident_everywhere(analyser):
    sections, text, left = _text("At barnet selv hænger sin jakke på knagen, når hun kommer fra skole.",
                                 actions="Pædagogen minder barnet om knagen. Barnet hænger selv jakken op.",
                                 measurement="Når barnet har gjort det 4 ud af 5 dage.")
    assert sections["Det vil du gøre"] == "Du hænger selv din jakke på knagen, når du kommer fra skole."
    assert "En af os minder dig om knagen." in text
    assert "Du hænger selv jakken op." in text
    assert "Målet er nået, når du har gjort det 4 ud af 5 dage." in text
    assert "barnet" not in text.lower()


def test_wording_role_word_with_a_genitive_and_a_family_word(analyser):
    sections, text, left = _text("Hjælpe drengen med at pakke sin skoletaske hver aften kl. 19.",
                                 actions="Drengen pakker tasken. Drengens far ringer om søndagen.")
    assert sections["Det vil du gøre"] == "Vi hjælper dig med at pakke din skoletaske hver aften kl. 19."
    assert "Du pakker tasken." in text and "Din far ringer om søndagen." in text
    assert "drengen" not in text.lower()


def test_role_word_in_a_delmaal_about_someone_else_stays_someone_else(analyser):
    sections, text, left = _text("At Maja selv henter barnet i børnehaven hver tirsdag kl. 15.",
                                 actions="Kontaktpersonen går med de første gange. Barnet venter i garderoben.",
                                 measurement="Når Maja har hentet barnet 10 af 12 tirsdage.")
    assert sections["Det vil du gøre"] == "Du henter selv barnet i børnehaven hver tirsdag kl. 15."
    assert "Barnet venter i garderoben." in text
    assert "Du venter" not in text


def test_wording_role_is_scoped_to_one_delmaal():
    assert ("barnet",) not in rules().generic_subjects
    with wording_role("barnet"):
        assert ("barnet",) in rules().generic_subjects and "barnet" not in rules().others
    with wording_role("kontaktpersonen"):  # not a role word of the list: nothing changes
        assert ("kontaktpersonen",) not in rules().generic_subjects
    assert ("barnet",) not in rules().generic_subjects


def test_role_wording_with_a_first_name_only_when_certain(analyser):
    # the name is the subject of the wording's own verb, and again in another field, in no other role: the resident
    sections, text, left = _text("At barnet selv hænger sin jakke på knagen, når hun kommer fra skole.",
                                 actions="Pædagogen minder Ida om knagen. Ida hænger selv jakken op.",
                                 measurement="Når Ida har gjort det 4 ud af 5 dage.",
                                 levels=("Ida hænger jakken op uden hjælp.",) * 5)
    assert "Du hænger selv jakken op." in text
    assert "Ida" not in text
    # the name only once, not with the wording's verb: not certain – left out, never said in the third person
    sections, text, left = _text("At pigen selv smører sin madpakke hver skoledag.",
                                 actions="Pædagogen står ved siden af. Ida tager selv pålæg.")
    assert "Ida" not in text
    # a name that is also an actor's is never the resident: left out, never «du»
    sections, text, left = _text("At pigen selv smører sin madpakke hver skoledag.",
                                 actions="Emma smører maden sammen med hende.",
                                 actors=(("Emma (veninde)", "Kommer nogle gange om morgenen."),))
    assert "Du smører maden sammen" not in text


# ------------------------------------------------------------------------------------------- 2. staff words

@pytest.mark.parametrize("source, said", [
    ("JC ringer til Karsten hver måned.", "Jobcentret ringer til dig hver måned."),
    ("Karsten ringer selv til JC om mandagen.", "Du ringer selv til jobcentret om mandagen."),
    ("Karsten har pt. ondt i ryggen.", "Du har lige nu ondt i ryggen."),
    ("Karsten er p.t. meget træt om morgenen.", "Du er lige nu meget træt om morgenen."),
    ("Hvis Karsten er dehydreret, ringer vi til lægen.", "Hvis du mangler væske, ringer vi til lægen."),
    ("Kontaktpersonen går sammen med borger kl 18 til apoteket.",
     "Din kontaktperson går sammen med dig kl 18 til apoteket."),
    ("Borger ringer selv til lægen.", "Du ringer selv til lægen."),
    ("Når borger kommer hjem, spiser vi sammen.", "Når du kommer hjem, spiser vi sammen."),
])
def test_staff_word_said_plainly(analyser, source, said):
    sections, text, left = _text("At Karsten selv tager sin medicin kl. 8 hver morgen.", actions=source)
    assert sections["Hvem er med dig"] == said


@pytest.mark.parametrize("source, word", [
    ("Ved overlap kl. 15 fortæller vi hinanden, hvordan det gik.", "overlap"),
    ("Vi skriver i døgnrapporten, om Karsten tog medicinen.", "døgnrapport"),
    ("Kontaktpersonen får sparring af teamlederen.", "sparring"),
    ("Vi følger med i gangfunktionen.", "gangfunktion"),
    ("Vi arbejder med mutismen.", "mutis"),
    ("Vi laver madplanen efter model.", "efter model"),
    ("Pt. tager selv sin medicin.", "pt."),               # the patient or «for tiden»: not guessed
    ("Om lørdagen hjælper pt. Karsten med opvasken.", "pt."),  # after the verb, but the subject's place
    ("Vi holder øje med tegn på dehydrering.", "dehydr"),  # no verb to say it plainly with
])
def test_staff_word_left_out_with_reason(analyser, source, word):
    sections, text, left = _text("At Karsten selv tager sin medicin kl. 8 hver morgen.", actions=source)
    assert "Hvem er med dig" not in sections
    assert any(sent.startswith(source[:12]) and f"({word})" in why.lower() for _, sent, why in left)


@pytest.mark.parametrize("source", [
    "Karsten er glad for at være borger i kommunen.",   # a citizen, not the resident's role word
    "En anden beboer går med.",
])
def test_bare_role_word_as_a_kind_of_person_stays(analyser, source):
    sections, text, left = _text("At Karsten selv tager sin medicin kl. 8 hver morgen.", actions=source)
    said = sections.get("Hvem er med dig", "")
    assert "dig" not in said.replace("Du ", "").split() and said.split()[-2:] == source.split()[-2:]


# ------------------------------------------------------------------------------------------- 3. own medicine

@pytest.mark.parametrize("wording, said", [
    ("At Karsten selv tager sin ADHD-medicin kl. 8 hver morgen.", "Du tager selv din ADHD-medicin kl. 8 hver morgen."),
    ("At Karsten lærer om sin ADHD sammen med sin kontaktperson hver torsdag.",
     "Du lærer om din ADHD sammen med din kontaktperson hver torsdag."),
    ("At Karsten selv tager sin insulin kl. 8 hver morgen.", "Du tager selv din insulin kl. 8 hver morgen."),
])
def test_own_medicine_and_diagnosis_are_said(analyser, wording, said):
    sections, text, left = _text(wording)
    assert sections["Det vil du gøre"] == said


def test_someone_elses_diagnosis_stays_staff_only(analyser):
    sections, text, left = _text("At Karsten selv tager sin medicin kl. 8 hver morgen.",
                                 actions="Karstens bror har også ADHD og kommer på besøg.")
    assert "ADHD" not in text
    # the brother's diagnosis is cut with the first of the two verbs (i39L), or the sentence is left out
    assert "bror kommer på besøg" in text or any("(adhd)" in why for _, _, why in left)


@pytest.mark.parametrize("source, said", [
    # the staff-only part is the last of two verbs the subject shares: cut, the resident's fact said
    ("Kontaktpersonen ringer til Karsten og skriver i døgnrapporten.", "Din kontaktperson ringer til dig."),
    ("Psykologen har samtaler med Karsten hver anden onsdag og giver sparring til KP.",
     "Psykologen har samtaler med dig hver anden onsdag."),
    # a negation over both verbs: never cut, the whole sentence left out
    ("Vi taler ikke om det og skriver i døgnrapporten.", None),
    # the staff word before «og» in a sentence that opens with its subject: the first verb cut (i39L)
    ("Vi skriver i døgnrapporten og ringer til Karsten.", "Vi ringer til dig."),
])
def test_staff_only_second_verb_is_cut(analyser, source, said):
    sections, text, left = _text("At Karsten selv tager sin medicin kl. 8 hver morgen.", actions=source)
    if said is None:
        assert "Hvem er med dig" not in sections and left
    else:
        assert sections["Hvem er med dig"] == said


@pytest.mark.parametrize("wording", ["TK går i svømmehallen hver torsdag kl. 10.",
                                     "At TK går i svømmehallen hver torsdag kl. 10."])
def test_initials_wording_and_names_of_another_letter(analyser, wording):
    # «Lone» can never be «TK»: said as written; «Tove» does what the wording says TK does: the resident
    sections, text, left = _text(wording,
                                 actions="En af os (Lone eller Bo) kører i bussen. Lone venter i cafeen bagefter.",
                                 levels=("Tove går selv i vandet.",) * 5)
    assert sections["Hvem er med dig"].split("\n") == ["En af os (Lone eller Bo) kører i bussen.",
                                                   "Lone venter i cafeen bagefter."]
    assert "Tove" not in text and "Du går selv i vandet." in text


@pytest.mark.parametrize("wording, said", [
    # the role word first without its «At», a finite verb after it
    ("Den unge rydder selv op på sit værelse om søndagen.", "Du rydder selv op på dit værelse om søndagen."),
    ("Drengen børster selv tænder morgen og aften.", "Du børster selv tænder morgen og aften."),
    # a passive support verb with no one said to help: «får hjælp til», true whoever helps
    ("At borgeren støttes i at rydde op på sit værelse om søndagen.",
     "Du får hjælp til at rydde op på dit værelse om søndagen."),
    ("Sofie hjælpes med selv at smøre sin madpakke.", "Du får hjælp til selv at smøre din madpakke."),
])
def test_role_first_and_passive_support_wordings(analyser, wording, said):
    sections, text, left = _text(wording, actions="Vi minder dig om det.")
    assert sections["Det vil du gøre"] == said


def test_passive_support_of_our_staff_is_not_the_resident(analyser):
    sections, text, left = _text("Personalet støttes i at bruge billedtavlen.")
    assert "får hjælp" not in text and "Du " not in sections["Det vil du gøre"]
