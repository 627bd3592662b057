"""Issue 24 (i44G): "Dit delmål" never says a sentence the program itself made ungrammatical – by category, with our
own invented Danish examples (must-say beside must-not-say), with and without the analyser.

1. object case: the resident after an actor's certain subject and its finite verb is «dig» («En behandler … måler
   dig»), «du» only where a verb of saying opens a clause with it («En læge siger du må …»);
2. possessive agreement: «dit ok»; a second noun after «og» of another gender gets its own possessive («dit ur og din
   taske»);
3. a name whose apposition names its role is not given the role before it too («Karen, naboen ovenpå» – never «din
   nabo Karen, naboen ovenpå»);
4. no sentence ends inside a bracket or a quotation («(obs. allergi!)», «"godt gået. Nu går vi hjem"»); staff's «obs.»
   first in a bracket is said «pas på»;
5. staff roles: a word after a count is never a verb that gets the resident as subject («i 3 mdr dig»); an actor's
   «service / role» label is «En role (service)»; a bare role beside «en af os» («X/en af os», «en af os eller X»)
   is never said; a comma inside a bracket is no front for verb-second («(hånden ryster, lægger du dig ned)»);
6. an actor's «how» that opens with a plural noun and then when («Samtaler hver tirsdag …») is a note: never «X
   samtaler hver tirsdag».
"""

from __future__ import annotations


import pytest

from delmaal_assistant.core.outputs.duform.resident import find_resident
from delmaal_assistant.core.outputs.duform.sentences import inside_enclosure
from delmaal_assistant.core.outputs.duform.transform import transform
from delmaal_assistant.core.outputs.easyread import build

from test_easyread_i43g import _delmaal, _said, _text  # the same small delmål and reading helpers (one copy)


def _du(sentence: str) -> list[str]:
    return transform(sentence, find_resident("At Ole går en tur.", (), "da"), "da").sentences


# ---- 1. object case after an actor's certain subject


@pytest.mark.parametrize("label, how, expect, never", [
    # a label whose first word is also a verb («Behandler»): the name after the actor's verb is its object
    ("Behandler og fysioterapeut i kommunen", "Måler Ole hver fredag og retter skinnen; sender svar til kp.",
     "måler dig hver fredag", "måler du"),
    ("Behandler i kommunen", "Viser Ole øvelserne hver uge.", "viser dig øvelserne", "viser du"),
    ("Sygeplejerske", "Ser Ole hver fredag og spørger Ole om søvnen.", "ser dig hver fredag", "ser du"),
])
def test_the_resident_after_the_actors_verb_is_dig(analyser, tmp_path, label, how, expect, never):
    easy = build(_delmaal(tmp_path, actors=[{"name": label, "how": how}]))
    assert any(expect in s for s in _said(easy)), (_said(easy), easy.left_out)
    assert never not in _text(easy)


def test_du_stays_where_a_verb_of_saying_opens_a_clause(analyser, tmp_path):
    easy = build(_delmaal(tmp_path, actors=[{"name": "Læge", "how": "Siger Ole må gå alene nu."}]))
    assert "En læge siger du må gå alene nu." in _said(easy), (_said(easy), easy.left_out)
    assert "siger dig" not in _text(easy)


# ---- 2. possessive agreement


def test_ok_is_neuter(analyser, tmp_path):
    easy = build(_delmaal(tmp_path, actors=[{"name": "Psykolog i kommunen", "how": "Får kopi af skemaet med Oles ok."}]))
    assert "En psykolog i kommunen får kopi af skemaet med dit ok." in _said(easy), (_said(easy), easy.left_out)
    assert "din ok" not in _text(easy)


@pytest.mark.parametrize("source, expect, never", [
    ("Vi tjekker hans ur og taske hver morgen.", "Vi tjekker dit ur og din taske hver morgen.", "dit ur og taske"),
    ("Vi tjekker hans jakke og tøj hver morgen.", "Vi tjekker din jakke og dit tøj hver morgen.", "din jakke og tøj"),
    # the same gender: one possessive is enough; a verb after «og» is no noun
    ("Vi finder hans sko og strømper.", "Vi finder dine sko og strømper.", "dine sko og dine"),
    ("Ole tager sin jakke og går ud.", "Du tager din jakke og går ud.", "din går"),
])
def test_second_noun_of_another_gender_gets_its_own_possessive(analyser, tmp_path, source, expect, never):
    easy = build(_delmaal(tmp_path, actions=f"Vi øver turen med Ole. {source}"))
    assert expect in _said(easy), (_said(easy), easy.left_out)
    assert never not in _text(easy)


# ---- 3. apposition


def test_a_role_in_apposition_is_not_said_before_the_name_too(analyser, tmp_path):
    easy = build(_delmaal(tmp_path, actions="Vi har talt med Karen, naboen ovenpå, om at Ole må låne cyklen.",
                          actors=[{"name": "Naboen Karen", "how": "Låner Ole sin cykel om lørdagen."}]))
    assert "Vi har talt med Karen, naboen ovenpå, om at du må låne cyklen." in _said(easy), (_said(easy), easy.left_out)
    assert "din nabo Karen, naboen" not in _text(easy)


def test_a_name_without_apposition_still_gets_its_role(analyser, tmp_path):
    easy = build(_delmaal(tmp_path, actions="Vi øver turen med Ole. Karen vinker til Ole fra altanen.",
                          actors=[{"name": "Naboen Karen", "how": ""}]))
    assert any("din nabo Karen" in s.replace("Din", "din") for s in _said(easy)), (_said(easy), easy.left_out)


# ---- 4. brackets, quotes, abbreviations


def test_inside_enclosure():
    assert inside_enclosure("Vi holder øje (obs.", " allergi!). Vi roser.")
    assert inside_enclosure('Vi siger "godt gået.', ' Nu går vi" og roser.')
    assert not inside_enclosure("Vi holder øje (obs. allergi!).", " Vi roser.")
    assert not inside_enclosure("Vi holder øje (et bracket never closed.", " Vi roser.")


@pytest.mark.parametrize("source, expect", [
    # (staff's «obs.» first in a bracket is «pas på» to the resident)
    ("Vi holder øje med rødme/hævelse (obs. allergi!).", "Vi holder øje med rødme/hævelse (pas på allergi!)."),
    ('Vi siger "godt gået. Nu går vi hjem" og roser ham.', 'Vi siger "godt gået. Nu går vi hjem" og roser dig.'),
])
def test_no_cut_inside_a_bracket_or_a_quote(analyser, tmp_path, source, expect):
    easy = build(_delmaal(tmp_path, actions=f"Vi går med Ole. {source} Når han er færdig, roser vi."))
    assert expect in _said(easy), (_said(easy), easy.left_out)
    assert not any(s.endswith(("(obs.", "gået.")) for s in _said(easy))
    assert not any(x[1].startswith(("allergi", "Nu går")) for x in easy.left_out)


# ---- 5. staff roles, counts, word order


def test_a_word_after_a_count_is_never_a_verb_with_the_resident(analyser):
    said = _du("At Ole går en tur rundt om søen tirsdag og fredag kl. 10 i 3 mdr.")
    assert said == ["Du går en tur rundt om søen tirsdag og fredag kl. 10 i 3 mdr."], said
    # a time of day before the verb is no count: the coordinated verb keeps its subject as before
    assert _du("At Ole vasker tøj mandag og torsdag kl. 10 bærer kurven ned.") == [
        "Du vasker tøj mandag og torsdag kl. 10 bærer du kurven ned."]


@pytest.mark.parametrize("label, expect", [
    ("Telebus / chauffør", "En chauffør (Telebus) henter"),
    ("Taxa/chauffør", "En chauffør (Taxa) henter"),
])
def test_a_service_and_its_role_is_said_as_the_role(analyser, tmp_path, label, expect):
    easy = build(_delmaal(tmp_path, actors=[{"name": label, "how": "Henter kl. 9 ved døren og kører hjem kl. 15."}]))
    assert any(s.startswith(expect) for s in _said(easy)), (_said(easy), easy.left_out)
    assert " / chauffør" not in _text(easy) and "taxa/chauffør" not in _text(easy).lower()


def test_two_roles_with_a_slash_are_not_turned_into_one(analyser, tmp_path):
    easy = build(_delmaal(tmp_path, actors=[{"name": "Ergoterapeut/fysioterapeut", "how": "Kommer hver uge."}]))
    assert "En ergoterapeut/fysioterapeut kommer hver uge." in _said(easy), (_said(easy), easy.left_out)


@pytest.mark.parametrize("source", [
    "omsorgsmedhjælper/SSA følger ham i kørestol.",
    "SSA/hjemmehjælper følger ham i kørestol.",
    "SSA eller omsorgsmedhjælper følger ham til bussen.",
])
def test_a_bare_role_beside_en_af_os_is_never_said(analyser, tmp_path, source):
    easy = build(_delmaal(tmp_path, actions=f"Vi øver turen med Ole.\n- {source}"))
    text = _text(easy).lower()
    assert "/en af os" not in text and "en af os/" not in text and "en af os eller omsorg" not in text, _said(easy)
    assert any(source.rstrip(".").split()[-1] in x[1] for x in easy.left_out), easy.left_out


def test_two_of_our_roles_are_still_en_af_os(analyser):
    assert _du("Pædagog eller SSA følger ham.") == ["En af os følger dig."]


def test_a_comma_inside_a_bracket_is_no_front(analyser):
    said = _du("Når Ole er træt (hånden ryster, han lægger sig ned) stopper vi.")
    assert said == ["Når du er træt (hånden ryster, du lægger dig ned) stopper vi."], said
    assert _du("Når Ole er træt, han lægger sig ned.") == ["Når du er træt, lægger du dig ned."]


# ---- 6. a noun note after the actor's name


def test_a_plural_noun_then_when_is_a_note_not_the_actors_verb(analyser, tmp_path):
    easy = build(_delmaal(tmp_path, actors=[
        {"name": "Psykiatrien", "how": "Samtaler hver tirsdag kl. 10, øver vejrtrækning i samtalerne."}]))
    assert "samtaler hver" not in _text(easy), _said(easy)
    assert "Psykiatrien er også med." in _said(easy), (_said(easy), easy.left_out)


@pytest.mark.parametrize("label, how, expect", [
    ("Fysioterapeut", "Træner hver mandag med Ole i hallen.", "En fysioterapeut træner hver mandag med dig i hallen."),
    ("Hjemmeplejen", "Hjælper hver morgen med badet.", "Hjemmeplejen hjælper hver morgen med badet."),
])
def test_a_verb_then_when_is_still_the_actors_verb(analyser, tmp_path, label, how, expect):
    easy = build(_delmaal(tmp_path, actors=[{"name": label, "how": how}]))
    assert expect in _said(easy), (_said(easy), easy.left_out)
