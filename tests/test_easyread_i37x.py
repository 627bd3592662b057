"""Issue 24 (i37X): six kinds of untrue or broken sentences in "Dit delmål", each by category with our own Danish
examples (must-say beside must-leave-out), run with and without the analyser (the `analyser` fixture).

1. a staff word in a general or negated statement means all of us: «vi»/«os», never «en af os» (which under
   «ikke»/«altid» says something else); left out when the plural would need «sig» or an adjective changed;
2. «du» as subject and «dig» as the non-reflexive object of the same clause («du … hente dig») is two people in one
   «du»: never said; a real reflexive («du skynder dig») and «dig selv» stay;
4. a field label as the subject («Egen læge ser på …») is the resident's own: «Din læge …»;
6. a criterion written as a main clause about the resident is said «Målet er nået, når …» (`criterion_sentences`);
3. the resident's name called out in speech («spørger: hvad vil du have, Jonas?») is never «dig»/«du,»: left out;
7. «Hvor tit» never joins the clock times of different actions or days into one line: left out, staff told;
8. staff shorthand with no certain plain word («SPV», «fys.») is left out with the reason; «kp» is written out.
"""

from __future__ import annotations

import pytest

from delmaal_assistant.core.outputs.duform import Resident, transform
from delmaal_assistant.core.outputs.duform.rules import rules as load_rules
from delmaal_assistant.core.outputs.duform.surface import _Skip, _safety
from delmaal_assistant.core.outputs.easyread import criterion_sentences

JONAS = Resident(("Jonas",), "han")


@pytest.mark.parametrize("text, expect", [
    # general/negated: all of us
    ("Medarbejderen låner ikke penge ud til Jonas.", "Vi låner ikke penge ud til dig."),
    ("Medarb. giver aldrig Jonas en smøg.", "Vi giver dig aldrig en smøg."),
    ("Pædagogen banker altid på, før hun går ind til Jonas.", None),  # «hun»: not ours to resolve
    ("Medarbejderen siger altid farvel til Jonas.", "Vi siger altid farvel til dig."),
    ("SP drikker aldrig alkohol sammen med Jonas.", "Vi drikker aldrig alkohol sammen med dig."),
    ("Jonas må ikke ringe til medarbejderen efter kl. 23.", "Du må ikke ringe til os efter kl. 23."),
    # one of us, said as before: no negation or «altid» in the staff word's own clause
    ("Medarbejderen følger Jonas til tandlægen.", "En af os følger dig til tandlægen."),
    ("Medarbejderen hjælper, hvis Jonas ikke kan selv.", "En af os hjælper, hvis du ikke kan selv."),
    # the «ikke» of a condition before an inverted main clause is not the staff word's: one of us, as before
    ("Hvis Jonas ikke tør tage bussen kører medarbejderen Jonas.", "Hvis du ikke tør tage bussen kører en af os dig."),
    ("I morgen går medarbejderen ikke ind til Jonas.", "I morgen går vi ikke ind til dig."),
    ("Hvis Jonas ikke vil betale selv den dag betaler Jonas sammen med medarbejderen.",
     "Hvis du ikke vil betale selv den dag betaler du sammen med en af os."),
    ("Der er altid en medarbejder til stede, når Jonas laver mad.",
     "Der er altid en af os til stede, når du laver mad."),
])
def test_staff_word_general_is_all_of_us(analyser, text, expect):
    res = transform(text, JONAS)
    if expect is None:
        assert not any("en af os" in s.lower() for s in res.sentences)
        return
    assert res.sentences == [expect]


@pytest.mark.parametrize("text", [
    "Medarbejderen sætter sig ikke ind i Jonas' bil.",   # «Vi sætter sig» would be broken
    "Medarbejderen er ikke vred på Jonas.",              # «Vi er ikke vred» would be broken
])
def test_staff_word_general_left_out_when_plural_breaks(analyser, text):
    res = transform(text, JONAS)
    assert res.sentences == []
    assert res.left_out and "forkert dansk" in res.left_out[0][1]


@pytest.mark.parametrize("text", [
    "Du skal ikke gå ind og hente dig.",
    "Du står klar og chaufføren kører dig.",          # no comma, but «og» + a new subject: still one «du»?
    "Du ringer på og venter på dig.",
    "Du spørger dig om lov.",
    "Du følger dig hjem.",
])
def test_du_and_non_reflexive_dig_never_said(text):
    rules = load_rules()
    if text.startswith("Du står klar og chaufføren"):
        _safety(text, Resident(("Jonas",), "han"), rules)  # «chaufføren kører dig»: its own clause, said
        return
    with pytest.raises(_Skip) as e:
        _safety(text, Resident(("Jonas",), "han"), rules)
    assert e.value.why == "self"


@pytest.mark.parametrize("text", [
    "Du skynder dig og vasker dig.",
    "Du klæder dig på og henter dig selv et glas vand.",
    "Du venter, og vi henter dig kl. 8.",
    "Du står klar, når chaufføren henter dig.",
])
def test_real_reflexive_and_own_clause_stay(text):
    _safety(text, Resident(("Jonas",), "han"), load_rules())


@pytest.mark.parametrize("text, said", [
    ("Jonas ringer på, og Jonas skal ikke hente Jonas.", False),
    ("Jonas skynder sig og henter sin jakke.", True),
    ("Jonas venter i stuen, og pædagogen henter Jonas kl. 8.", True),
])
def test_du_dig_through_transform(analyser, text, said):
    res = transform(text, JONAS)
    assert bool(res.sentences) == said, res
    if said:
        assert not res.left_out


# ---- 4. a field label as the subject: «Egen læge» is the resident's own – «Din læge», never «Egen læge ser …»
@pytest.mark.parametrize("text, expect", [
    ("Egen læge ser på Jonas' blodprøver.", "Din læge ser på dine blodprøver."),
    ("Egen læge er også med.", "Din læge er også med."),
    ("Eget netværk hjælper Jonas med flytningen.", "Dit netværk hjælper dig med flytningen."),
    # not a label at the sentence's start: as written
    ("Jonas ringer selv til egen læge.", "Du ringer selv til egen læge."),
])
def test_label_as_subject(analyser, text, expect):
    said = transform(text, JONAS).sentences
    # without the analyser a word it cannot place may leave the sentence out – never «Egen læge …»
    assert said == [expect] or (not analyser and said == [])


@pytest.mark.parametrize("how, expect", [
    ("Ser på medicinen hver 3. måned.", "Din læge ser på medicinen hver 3. måned."),
    ("Er med på turen.", "Din læge er med på turen."),
])
def test_label_actor_name(analyser, how, expect):
    from delmaal_assistant.core.model import ExternalActor
    from delmaal_assistant.core.outputs.easyread import build
    from sample_delmaal import full_delmaal

    d = full_delmaal()
    d.external_actors = [ExternalActor(name="Egen læge", how=how)]
    text = "\n".join(body for _, body in build(d).sections)
    assert expect in text
    assert "Egen læge" not in text


# ---- 6. a criterion written as a main clause about the resident is said in the frame «Målet er nået, når …»
@pytest.mark.parametrize("text, expect", [
    ("Jonas har deltaget i mindst 4 af de 5 træninger og har selv pakket tasken.",
     "Målet er nået, når Jonas har deltaget i mindst 4 af de 5 træninger og selv har pakket tasken."),
    ("Beboeren er ikke kommet for sent på arbejde i 6 af ugerne.",
     "Målet er nået, når beboeren ikke er kommet for sent på arbejde i 6 af ugerne."),
    ("Jonas tager sin medicin 13 af 14 dage.", "Målet er nået, når Jonas tager sin medicin 13 af 14 dage."),
    # not about the resident, a modal, or already in the frame: as written
    ("Kontaktpersonen noterer hver fredag, om Jonas har været på arbejde.",
     "Kontaktpersonen noterer hver fredag, om Jonas har været på arbejde."),
    ("Jonas skal have været til træning 4 gange.", "Jonas skal have været til træning 4 gange."),
    ("Målet er nået, når Jonas har trænet 4 gange.", "Målet er nået, når Jonas har trænet 4 gange."),
])
def test_criterion_main_clause_framed(text, expect):
    assert criterion_sentences(text, who=("Jonas",)) == expect


def test_criterion_main_clause_in_the_text(analyser):
    from delmaal_assistant.core.outputs.easyread import build
    from sample_delmaal import full_delmaal

    d = full_delmaal(wording="At Jonas deltager i træningen om tirsdagen.")
    d.measurement = "Jonas har deltaget i mindst 4 af de 5 træninger og har selv pakket tasken."
    text = "\n".join(body for _, body in build(d).sections)
    assert "Målet er nået, når du har deltaget i mindst 4 af de 5 træninger og selv har pakket " in text
    assert "Du har deltaget" not in text


@pytest.mark.parametrize("text", [
    "Jonas sætter selv et kryds i kalenderen.",                                   # how, not how much
    "Jonas sætter selv et kryds i kalenderen. Nået når han har trænet 4 gange.",  # the criterion is the second
])
def test_how_it_is_measured_is_no_criterion(text):
    assert criterion_sentences(text, who=("Jonas",)).startswith("Jonas sætter selv et kryds")


# ---- 8. staff shorthand with no certain plain word is left out with the reason; «kp» in lower case is written out
@pytest.mark.parametrize("text, expect", [
    ("SPV følger Jonas til tandlægen.", None),
    ("Jonas træner med fys. hver torsdag.", None),
    ("Jonas går til fysioterapi hver torsdag.", "Du går til fysioterapi hver torsdag."),
    ("Jonas får fysisk træning om mandagen.", "Du får fysisk træning om mandagen."),
    ("Jonas ringer til kp hver søndag.", "Du ringer til din kontaktperson hver søndag."),
    ("Jonas taler med kp'en om ugen.", "Du taler med din kontaktperson om ugen."),
])
def test_staff_shorthand(analyser, text, expect):
    res = transform(text, JONAS)
    if expect is None:
        assert res.sentences == [] and "personalet" in res.left_out[0][1]
    else:
        assert res.sentences == [expect]


# ---- 3. the resident's name called out in speech without quotation marks: never «…, dig?» or «du, …»
@pytest.mark.parametrize("text, said", [
    ("Pædagogen spørger: hvad vil du have, Jonas?", None),
    ("Pædagogen siger: Jonas, nu skal du i bad.", None),
    ("Jonas, Ole og Kim går i byen.", "Du, Ole og Kim går i byen."),
    ("Pædagogen spørger, om Jonas vil have kaffe.", "En af os spørger, om du vil have kaffe."),
])
def test_vocative_name_in_speech(analyser, text, said):
    res = transform(text, JONAS)
    if said is None:
        assert res.sentences == [] and "taler til beboeren" in res.left_out[0][1]
    else:
        assert res.sentences == [said]


# ---- 7. «Hvor tit» never joins the times of different actions or days: the line is left out, staff are told
@pytest.mark.parametrize("wording, said", [
    ("At Jonas hver søndag til torsdag senest kl. 22.30 afleverer sin telefon på kontoret og henter den kl. 7 "
     "næste morgen.", False),
    ("At Jonas hver lørdag kl. 10 støvsuger stuen og kl. 11 tørrer støv af.", False),
    ("At Jonas hver mandag fra kl. 9 til kl. 12 er på værkstedet.", True),
    ("At Jonas hver fredag kl. 10 handler ind.", True),
    ("At Jonas hver tirsdag kl. 8 møder ind på værkstedet og arbejder til kl. 14.", True),  # a span
])
def test_hvor_tit_times_of_different_actions(wording, said):
    from delmaal_assistant.core.outputs.easytemplates import templates
    from delmaal_assistant.core.outputs.easywhen import _frequency_checked

    left: list = []
    f = _frequency_checked(wording, templates(), left, "Hvor tit")
    assert bool(f) == said, (f, left)
    if not said:
        assert left and "forskellige ting" in left[0][2]
