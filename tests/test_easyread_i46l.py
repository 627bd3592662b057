"""«Dit delmål»: true staff notes that were left out for reasons other than pronouns (issue 24, i46L), built by
category with invented examples, both with and without the Danish analyser:

- a bare staff role word that is the subject of a clause after a comma, semicolon or dash is said by its definite
  form, as at a sentence's start («…, aftenvagt hjælper ham» → «…, aftenvagten hjælper dig»);
- a staff step in the actions that opens with its verb and has the resident as an object later in its main clause
  has «vi» as its subject («Lægger tandbørsten i hånden på Kim …» → «Vi lægger tandbørsten i hånden på dig …»).
"""

from __future__ import annotations

import pytest

from sample_delmaal import easy_of_example


@pytest.mark.parametrize("written, said", [
    ("Kim lægger tøjet frem om aftenen, aftenvagt hjælper ham.",
     "Du lægger tøjet frem om aftenen, aftenvagten hjælper dig."),
    ("Kim dækker bord; nattevagt kigger ind kl. 23.", "Du dækker bord; nattevagten kigger ind kl. 23."),
    ("Kim rydder op efter maden – dagvagt roser ham.", "Du rydder op efter maden – dagvagten roser dig."),
    ("Kim rydder op, kp roser ham.", "Du rydder op, din kontaktperson roser dig."),
])
def test_a_bare_role_after_a_comma_is_said_by_its_definite_form(tmp_path, analyser, written, said):
    text, left = easy_of_example(tmp_path, name="Kim", actions=written)
    assert said in text, (text, left)


@pytest.mark.parametrize("written", [
    "Kim ringer, aftenvagt er på kontoret.",   # «er»: the shift itself may be meant («dagvagt er kl. 7-15»)
    "Kim går i seng, aftenvagt slukket.",      # no verb after the role: not its clause's subject for certain
])
def test_a_bare_role_after_a_comma_without_a_certain_verb_is_not_said_with_an_article(tmp_path, analyser, written):
    text, left = easy_of_example(tmp_path, name="Kim", actions=written)
    assert "aftenvagten" not in text, text


@pytest.mark.parametrize("written, said", [
    ("Lægger tandbørsten i hånden på Kim og tæller til 10.",
     "Vi lægger tandbørsten i hånden på dig og tæller til 10."),
    ("Går ned i vaskekælderen med ham.", "Vi går ned i vaskekælderen med dig."),
    ("Kører til svømning med Kim.", "Vi kører til svømning med dig."),
    ("Vi spiser kl. 12. Går en tur i haven med Kim bagefter.", "Vi går en tur i haven med dig bagefter."),
])
def test_a_staff_step_with_the_resident_later_in_it_has_vi_as_subject(tmp_path, analyser, written, said):
    text, left = easy_of_example(tmp_path, name="Kim", actions=written)
    assert said in text, (text, left)


@pytest.mark.parametrize("written", [
    "Lægger selv tøjet frem til ham.",             # «selv»: the resident may be the one who does it
    "Tager sin jakke og går med ham.",             # a reflexive: the same
    "Mor kommer søndag. Går en tur med ham.",      # after a sentence about someone else: the note may go on with her
    "Henter bussen ham ikke, ringer vi.",          # a verb-first condition, its subject after the verb
    "Hjælper går med ham.",                        # a noun first, its verb after it
    "Lægge dynen over ham og slukke lyset.",       # the second verb would stay an infinitive
    "Lægge dynen over ham, slukke lyset.",
    "Går ikke med ham.",                           # an adverb before a subject that may follow
    "Samtaler med Kim om det.",                    # a plural noun opens a note with no verb
    "Onsdage kl. 15 træner Kim med instruktøren.",  # a time first, never a verb
])
def test_a_note_that_may_not_be_ours_gets_no_vi(tmp_path, analyser, written):
    text, left = easy_of_example(tmp_path, name="Kim", actions=written)
    assert not any(line.startswith("Vi ") and ("dig" in line or "din" in line) and "handler" not in line
                   for line in text.splitlines()), text


@pytest.mark.parametrize("field, written, said", [
    ("otherwise", "Vil Kim hellere gå selv, spørger vi om vi må gå med til døren.",
     "Vil du hellere gå selv, spørger vi om vi må gå med til døren."),
    ("otherwise", "Hvis Kim er ked af det, spørger vi ham om vi skal ringe til hans søster.",
     "Hvis du er ked af det, spørger vi dig om vi skal ringe til din søster."),
    ("measurement", "Målet er nået, når Kim har ventet ved døren til han blev hentet mindst 6 af 8 gange.",
     "Målet er nået, når du har ventet ved døren til du blev hentet mindst 6 af 8 gange."),
])
def test_om_and_til_as_a_conjunction_before_their_verb_are_said(tmp_path, analyser, field, written, said):
    # «om vi må …» (whether we may), «til du blev …» (until you were): a conjunction, never «om os», «til dig»
    text, left = easy_of_example(tmp_path, name="Kim", **{field: written})
    assert said in text, (text, left)


@pytest.mark.parametrize("written", [
    "Kommer Kim for sent, taler vi om vi med ham.",     # «om vi» with no verb after it: not a clause
    "Kim giver kortet til du ved kassen.",              # «til du» with no verb: the object form is missing
])
def test_om_vi_and_til_du_without_a_verb_stay_out(tmp_path, analyser, written):
    text, left = easy_of_example(tmp_path, name="Kim", otherwise=written)
    assert " om vi med" not in text and "til du ved" not in text, text


@pytest.mark.parametrize("written, said", [
    ("Fredag kl. 10 går kp. eller en anden mt. med Kim til banken.",
     "Fredag kl. 10 går din kontaktperson eller en anden medarbejder med dig til banken."),
    ("Kim ringer til en anden mt., hvis kp. ikke er der.",
     "Du ringer til en anden medarbejder, hvis din kontaktperson ikke er der."),
])
def test_mt_after_en_anden_is_the_plain_noun(tmp_path, analyser, written, said):
    # «en anden mt.» (another staff member): «en anden medarbejder», never «en anden medarbejderen»
    text, left = easy_of_example(tmp_path, name="Kim", actions=written)
    assert said in text, (text, left)


@pytest.mark.parametrize("written, said", [
    ("Socialrådgiver søger om boligstøtte til Kim.", "En socialrådgiver søger om boligstøtte til dig."),
    ("Psykiater ser Kim hver 8. uge.", "En psykiater ser dig hver 8. uge."),
    ("Chauffør henter Kim kl. 8.", "En chauffør henter dig kl. 8."),
    ("Ergoterapeut kommer i januar.", "En ergoterapeut kommer i januar."),
    ("Fysioterapeut kommer hver mandag kl. 10.", "En fysioterapeut kommer hver mandag kl. 10."),
    ("Mødeleder spørger Kim først.", "En mødeleder spørger dig først."),
])
def test_a_bare_role_noun_as_subject_gets_the_article_an_actor_gets(tmp_path, analyser, written, said):
    # the same article as the actor «Ergoterapeut» gets as a name («En ergoterapeut …»), never left out for it
    text, left = easy_of_example(tmp_path, name="Kim", actions=written)
    assert said in text, (text, left)


@pytest.mark.parametrize("written, never", [
    ("Mor ringer til Kim søndag.", "En mor"),              # a family word: «Din mor»
    ("Vejleder Ole ringer til Kim.", "En vejleder"),        # a title before a name: the name says who
    ("Husleje går via betalingsservice.", "En husleje"),    # not a person's role
    ("Taxa kommer kl. 8.", "En taxa"),
    ("Taske pakkes aftenen før.", "En taske"),           # a thing, and a passive
    ("Værge har godkendt budgettet.", "En værge"),        # (no role noun of [person_plurals]: left out as before)
    ("Kommunal ergoterapeut kommer i maj.", "En kommunal"),  # an adjective first: the article is not certain
])
def test_no_article_for_what_is_not_a_bare_role(tmp_path, analyser, written, never):
    text, _ = easy_of_example(tmp_path, name="Kim", actions=written)
    assert never not in text, text


@pytest.mark.parametrize("written", [
    "Har spist for meget slik: ingen skæld ud, aftenvagten skriver det.",
    "Er gået hjem før tid: vi ringer til Kim om aftenen.",
])
def test_a_verb_with_nobody_before_a_colon_in_plan_b_is_never_ours(tmp_path, analyser, written):
    # the note's label names what the resident did – «Vi har spist …» would put it on us (untrue)
    text, _ = easy_of_example(tmp_path, name="Kim", otherwise=written)
    assert "Vi har spist" not in text and "Vi er gået" not in text, text


def test_a_role_noun_before_a_colon_note_gets_no_article(tmp_path, analyser):
    text, _ = easy_of_example(tmp_path, name="Kim", measurement="Træner skriver på tavlen: mødt kl. 10, gået kl. 12.")
    assert "En træner" not in text, text


def test_a_bare_role_after_a_verbless_note_stays_a_note(tmp_path, analyser):
    # «Fodbad hver aften, aftenvagt tæller til 10»: the part before the comma has no verb – no role word is mended
    # into a sentence that stays a note
    text, _ = easy_of_example(tmp_path, name="Kim", actions="Fodbad hver aften, aftenvagt tæller til 10 minutter.")
    assert "aftenvagten tæller" not in text, text
