"""Issue 24 (i40T): "Dit delmål" leaves out fewer true sentences for a wrong reason – by category, with our own
Danish examples (must-say beside must-leave-out), with and without the optional Danish analyser.

1. «du» and «dig» in two clauses are not two persons: the two-persons test (`_safety`, reason "self") reads a
   parenthesis apart from the clause around it («… sammen med dig (du tager …)»), a question word before a subject
   as a clause of its own («om din søvn og hvad du kan gøre»), and a fronted condition after «, og» gets the comma
   Danish puts before its main clause («…, og hvis du siger nej … , taler …»); «du … henter dig» in one clause, also
   around an aside in parentheses, is still left out;
2. «Hvor tit» loses a degree word («mindst», «højst», «ca.», «op til») only when it measures the when (a frequency,
   a count of days or occasions, a time of day, a clock time) – not another number of the wording («bliver mindst 15
   minutter», «bruger højst 200 kr.»), and «op til» with no number after it is no limit («møder op til»); a count of
   the days or a fraction of them («alle 4 onsdage i maj», «i 8 ud af 10 uger») and the when of something not to be
   done («ikke … efter kl. 23») are never said as a plain «Hver …» line;
3. an «At» clause whose subject is the resident and one other person («At Sanne og hendes veninde aftaler …», «At
   Karl og Lone laver …») is said with that subject («Du og din veninde aftaler …») instead of the placeholder, and
   «de» in the clause opened right after its verb («…, hvor de skal spise») is the pair, «I»; with a third person or a
   thing named before «de», or a reflexive of the pair, it stays left out.
"""

from __future__ import annotations

import pytest

from delmaal_assistant.core.outputs.duform import Resident, transform
from delmaal_assistant.core.outputs.duform import rules as du_rules
from delmaal_assistant.core.outputs.duform.surface import _Skip, _safety
from delmaal_assistant.core.outputs.easytemplates import templates
from delmaal_assistant.core.outputs.easywhen import _frequency_checked

KARL = Resident(("Karl",), "han")
SANNE = Resident(("Sanne",), "hun")


# ---- 1. «du» and «dig» in two clauses


@pytest.mark.parametrize("text, who, expect", [
    ("Vi noterer det, og hvis Karl siger nej 3 gange på en uge taler kontaktpersonen med ham om hvorfor.", KARL,
     "Vi skriver det, og hvis du siger nej 3 gange på en uge, taler din kontaktperson med dig om hvorfor."),
    ("Hvis Sanne er træt, gør vi det sammen med hende (hun tager trøjen på, vi hjælper med bukserne).", SANNE,
     "Hvis du er træt, gør vi det sammen med dig (du tager trøjen på, vi hjælper med bukserne)."),
    ("Tirsdag aften laver Sanne mad selv, fredag kl. 17 laver bostøtten mad sammen med hende (hun skærer ud).",
     SANNE, "Tirsdag aften laver du mad selv, fredag kl. 17 laver din bostøtte mad sammen med dig (du skærer ud)."),
])
def test_du_and_dig_in_two_clauses_are_said(analyser, text, who, expect):
    assert transform(text, who).sentences == [expect]


def test_a_question_word_opens_a_clause_of_its_own():
    rules = du_rules("da")
    _safety("Samtale med dig hver tirsdag om din søvn og hvad du kan gøre i stedet.", KARL, rules)
    _safety("Vi taler med dig om, hvem du vil invitere.", KARL, rules)


@pytest.mark.parametrize("text", [
    "Du henter (kl. 16) dig ved stationen.",          # an aside inside the clause: still one «du» and one «dig»
    "Du kører (med bussen) sammen med dig til byen.",
    "Hvis det regner, taler du med dig om turen (du bestemmer).",
    "Du taler med dig om hvorfor.",
])
def test_du_and_dig_in_one_clause_stay_left_out(text):
    with pytest.raises(_Skip) as e:
        _safety(text, KARL, du_rules("da"))
    assert e.value.why == "self"


def test_two_men_as_han_and_ham_stay_left_out(analyser):
    res = transform("Karl og hans bror går i byen, og han betaler for ham (han har pengene).", KARL)
    assert res.sentences == [] and res.left_out


# ---- 2. «Hvor tit» and the degree word of another number


@pytest.mark.parametrize("wording, expect", [
    ("At Karl går til fodbold hver anden onsdag og skriver højst 2 sider om kampen i sin dagbog.",
     "Hver anden onsdag."),
    ("At Sanne møder op til undervisningen hver mandag kl. 9 i 3 måneder.", "Hver mandag kl. 9."),
    ("At Karl ringer til sin søster hver lørdag kl. 11 og taler med hende i mindst 10 minutter.",
     "Hver lørdag kl. 11."),
    ("At Karl køber ind hver torsdag og bruger højst 200 kr.", "Hver torsdag."),
    ("At Karl går en tur på mindst 2 km sammen med en medarbejder tirsdag og fredag efter frokost.",
     "Hver tirsdag og fredag efter frokost."),
    ("At Karl laver mad hver onsdag og bliver ved komfuret mindst 10 minutter hver gang.", "Hver onsdag."),
    ("At Karl øver sig mindst 3 gange om ugen og går op til køreprøven i maj.", "Mindst 3 gange om ugen."),
])
def test_a_degree_word_of_another_number_is_not_lost(analyser, wording, expect):
    left: list = []
    assert _frequency_checked(wording, templates(), left, "Hvor tit") == expect, left


@pytest.mark.parametrize("wording", [
    "At Karl går til træning hver tirsdag og torsdag, mindst 10 af de 16 træninger.",
    "At Karl møder op til 3 gange om ugen i værkstedet mandag, onsdag og fredag.",
    "At Karl drikker højst 2 kopper kaffe om dagen på hverdage.",
    "At Karl er i skole kl. 8 på hverdage og bliver til mindst kl. 14.",
    "At Karl går i bad mindst hver anden dag inden kl. 10.",
    "At Karl spiser med i spisesalen mandag og torsdag kl. 12, mindst 7 af 8 gange.",
    "At Karl drikker mindst 6 glas vand (2 liter) om dagen kl. 8.",
    "At Karl bager boller hver fredag, mindst 3 fredage om måneden.",
    "At Karl henter sine lommepenge hver fredag og bruger højst 50 kr. om dagen.",  # «kr.» ends no phrase
    # a count or a fraction of the days, without a degree word
    "At Karl træner hver mandag kl. 17 og bliver mindst en time, i 8 ud af 10 uger.",
    "At Karl går til svømning alle 4 onsdage i maj kl. 10.",
    # the when of what is not to be done
    "At Karl ikke ser tv efter kl. 23 på hverdage.",
])
def test_a_when_that_would_lose_its_limit_stays_left_out(analyser, wording):
    left: list = []
    assert _frequency_checked(wording, templates(), left, "Hvor tit") is None
    assert left


# ---- 3. the resident and one other person as the «At» clause's subject


@pytest.mark.parametrize("text, who, expect", [
    ("At Sanne og hendes kæreste bestemmer, hvor de skal spise, hver lørdag i 3 måneder.", SANNE,
     "Du og din kæreste bestemmer, hvor I skal spise, hver lørdag i 3 måneder."),
    ("At Sanne og hendes veninde aftaler hvad de skal spise om søndagen hver fredag.", SANNE,
     "Du og din veninde aftaler hvad I skal spise om søndagen hver fredag."),
    ("At Karl og hans far ser fodbold hver søndag i 3 måneder.", KARL,
     "Du og din far ser fodbold hver søndag i 3 måneder."),
    ("At Karl og Lone laver mad sammen hver fredag.", KARL, "Du og Lone laver mad sammen hver fredag."),
])
def test_the_resident_and_one_other_as_subject_is_said(analyser, text, who, expect):
    assert transform(text, who).sentences == [expect]


@pytest.mark.parametrize("text", [
    "At Karl og hans far vasker bilerne, når de er beskidte.",                  # «de» may be the cars
    "At Karl og hans far ringer til Lone og spørger, hvad de skal have med.",   # a third person in reach
    "At Karl og hans far taler med kontaktpersonen om, hvad de skal lave i ferien.",
    "At Karl og hans far sætter sig i sofaen hver søndag.",                     # the pair's reflexive is «jer»
    "At Karl og hans bror går i byen, og han betaler.",                         # two men: «han» is either
])
def test_the_pair_stays_left_out_where_it_is_not_certain(analyser, text):
    res = transform(text, KARL)
    assert res.sentences == [] and res.left_out, res


def test_the_pair_in_dit_delmaal_replaces_the_placeholder(analyser):
    from sample_delmaal import full_delmaal

    from delmaal_assistant.core.outputs.easyread import build

    d = full_delmaal(wording="At Birthe og hendes søster aftaler, hvornår de skal gå i biografen, hver søndag.")
    text = "\n".join(body for _, body in build(d).sections)
    assert "Du og din søster aftaler, hvornår I skal gå i biografen, hver søndag." in text, text
    assert "Vi har ikke skrevet dit mål i let sprog endnu" not in text
