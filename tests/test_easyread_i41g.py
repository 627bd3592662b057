"""Issue 24 (i41G): «Dit delmål» says no ungrammatical sentence made from a staff fragment – by category, with our
own Danish examples (must-say beside must-leave-out / must-stay), with and without the optional Danish analyser
(the `analyser` fixture):

1. an action or plan-B note that opens with a verb (infinitive or present) and then the resident as its object has
   staff as its subject: «Vi støtter dig …», never «Støtte du …»; not a verb-first condition, not after a sentence
   about someone else, not a noun («Påmindelser til …»);
2. a fronted adverbial, «vi» and then the finite verb get the verb second («Ved sygdom ringer vi …», as «du» had);
   a subordinate clause («Efter vi har spist, …») is not touched;
3. «Nået:»/«Nået =» before a count is «Målet er nået ved …»; before anything else the line is left out; a particle
   verb that ends its sentence without its object («Du hænger selv op») is left out; a subjectless passive second
   clause («…, skal ikke betales tilbage») is cut away and the first clause said;
4. «hjælper dig i <activity>» (from «støtter … i») is «hjælper dig med <activity>»; a place stays.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from delmaal_assistant.core.files.storage.delmaal_json import load_delmaal
from delmaal_assistant.core.outputs.duform import Resident
from delmaal_assistant.core.outputs.easyread import _duform, build

BO = Resident(("Bo",), "han")
_BASE = Path(__file__).parent / "data" / "good-indkoeb.delmaal.json"


def _easy(tmp_path, actions=None, otherwise=None, measurement=None, end_seen=None):
    d = json.loads(_BASE.read_text(encoding="utf-8").replace("TH", "Bo"))
    if actions is not None:
        d["indsats"]["actions"] = actions
    if otherwise is not None:
        d["indsats"]["when_resident_wants_otherwise"] = otherwise
    if measurement is not None:
        d["measurement"] = measurement
    if end_seen is not None:
        d["indicators"]["levels"][d["indicators"]["expected_end_level"]]["what_we_see"] = end_seen
    p = tmp_path / "x.delmaal.json"
    p.write_text(json.dumps(d, ensure_ascii=False), encoding="utf-8")
    e = build(load_delmaal(p))
    return e.render(), [x[1] for x in e.left_out]


# ---- 1. a staff action with the resident as object


@pytest.mark.parametrize("actions, said", [
    ("Hjælpe Bo med opvasken efter aftensmaden.", "Vi hjælper dig med opvasken efter aftensmaden."),
    ("Støtter Bo i påklædning om morgenen.", "Vi hjælper dig med påklædning om morgenen."),
    ("Støtte Bo i madlavning efter behov. En medarbejder går med.", "Vi hjælper dig med madlavning efter behov."),
])
def test_action_note_with_resident_as_object_gets_vi(tmp_path, analyser, actions, said):
    text, _ = _easy(tmp_path, actions=actions)
    assert said in text.splitlines()
    assert "du med" not in text and "Støtte du" not in text and "Hjælpe du" not in text


@pytest.mark.parametrize("actions, never", [
    ("Kommer Bo ikke ned, ringer vi på hos ham.", "Vi kommer"),        # a verb-first condition, its own subject
    ("Vil Bo ikke med, ringer vi til ham senere.", "Vi vil"),
    ("Hans søster kommer om lørdagen. Hjælper Bo med at bage.", "Vi hjælper"),  # after someone else: not certain
    ("Påmindelser til Bo hver morgen.", "Vi påmindelser"),             # a noun, never a verb
    ("Aflyser Bo, ringer han selv til tandlægen.", "Vi aflyser"),      # a verb-first condition, the name its subject
    ("Svarer Bo nej, spørger vi igen om en time.", "Vi svarer"),
    ("Udebliver Bo: en af os ringer til ham.", "Vi udebliver"),
])
def test_action_note_not_certainly_ours_gets_no_vi(tmp_path, analyser, actions, never):
    text, _ = _easy(tmp_path, actions=actions)
    assert never.lower() not in text.lower()


@pytest.mark.parametrize("otherwise, said", [
    ("Respektere hans valg.", "Vi respekterer dit valg."),
    ("Respektere hans valg", "Vi respekterer dit valg."),  # the note's missing full stop is added
])
def test_plan_b_infinitive_with_object_gets_vi(tmp_path, analyser, otherwise, said):
    text, left = _easy(tmp_path, otherwise=otherwise)
    assert said in text.splitlines()
    assert not any("espektere" in x for x in left)


def test_plan_b_present_in_lower_case_gets_vi_and_full_stop(tmp_path):
    # (with the analyser: «respekterer» is only a verb; without it the delmål must use it as one – see below)
    text, _ = _easy(tmp_path, otherwise="respekterer hvis han ikke vil, men spørger igen dagen efter")
    assert "Vi respekterer hvis du ikke vil, men spørger igen dagen efter." in text.splitlines()


def test_plan_b_lower_case_verb_without_analyser_needs_the_delmaals_own_use(tmp_path, analyser):
    text, left = _easy(tmp_path, otherwise="respekterer hvis han ikke vil, men spørger igen dagen efter")
    said = "Vi respekterer hvis du ikke vil, men spørger igen dagen efter."
    assert said in text.splitlines() or any(x.startswith("Respekterer hvis") for x in left)
    assert "Respekterer hvis" not in text


# ---- 2. verb second after a fronted adverbial


@pytest.mark.parametrize("otherwise, said", [
    ("Ved sygdom vi ringer til lægen i stedet.", "Ved sygdom ringer vi til lægen i stedet."),
    ("Om aftenen vi går en tur med ham.", "Om aftenen går vi en tur med dig."),
])
def test_verb_second_after_fronted_adverbial(tmp_path, analyser, otherwise, said):
    text, _ = _easy(tmp_path, otherwise=otherwise)
    assert said in text.splitlines()


@pytest.mark.parametrize("otherwise", [
    "Efter vi har spist, går vi en tur.",        # a subordinate clause first: as written
    "Før vi går, spørger vi ham.",
    "Hver gang han kommer hjem, ringer vi til ham.",  # «hver gang» takes a clause: as written
    "Om morgenen han vågner, spørger vi ham.",         # a comma, then the main clause's verb: as written
])
def test_subordinate_clause_first_is_not_moved(tmp_path, analyser, otherwise):
    text, _ = _easy(tmp_path, otherwise=otherwise)
    words = otherwise.split(",")[0].split()
    for i in range(1, len(words) - 1):  # the subject and its verb never swapped
        if words[i] in ("vi", "han"):
            swapped = " ".join(words[:i] + [words[i + 1]]) + " "
            assert swapped not in text


# ---- 3. labels, particles without object, a subjectless passive tail


@pytest.mark.parametrize("measurement, said", [
    ("Vi tæller ture i kalenderen. Nået: mindst 8 af 10 torsdage.", "Målet er nået ved mindst 8 af 10 torsdage."),
    ("Vi tæller ture i kalenderen. Nået = 9 torsdage.", "Målet er nået ved 9 torsdage."),
    ("Vi tæller ture. Nået = mindst 3 torsdage i både maj og juni.", "Målet er nået ved mindst 3 torsdage i både maj og juni."),
])
def test_reached_label_before_a_count(tmp_path, analyser, measurement, said):
    text, _ = _easy(tmp_path, measurement=measurement)
    assert said in text.splitlines()
    assert "Nået:" not in text and "Nået =" not in text


def test_reached_label_before_a_participle_is_not_said_as_a_count(tmp_path, analyser):
    text, _ = _easy(tmp_path, measurement="Vi tæller ture i kalenderen. Nået: mindst 8 torsdage og handlet selv.")
    assert "Målet er nået ved mindst 8 torsdage og handlet" not in text
    assert "Nået:" not in text


def test_reached_label_before_a_plus_participle_is_not_a_count(tmp_path, analyser):
    text, _ = _easy(tmp_path, measurement="Vi tæller ture. Nået: mindst 8 torsdage + handlet selv 4 gange.")
    assert "og handlet" not in text and "Målet er nået ved mindst 8" not in text


def test_subject_in_the_front_keeps_vi_where_it_is(analyser):
    left: list = []
    said = _duform("Derefter Bo selv, vi kigger listen igennem om fredagen.", "X", BO, left, "da")
    assert "kigger vi" not in said and not any("kigger vi" in x[1] for x in left)


def test_reached_label_before_a_verbless_note_is_left_out(tmp_path, analyser):
    text, left = _easy(tmp_path, measurement="Vi tæller ture i kalenderen. Nået: indkøb gennemført hver torsdag.")
    assert "Nået" not in text
    assert any(x.startswith("Nået:") for x in left)


def test_reached_label_before_a_whole_sentence_is_said(tmp_path, analyser):
    # (as test_easyread_i24u: a label before a whole sentence stays, like «Plan B: …»)
    text, _ = _easy(tmp_path, measurement="Vi tæller ture i kalenderen. Nået: i 8 af 10 uger har Bo handlet selv.")
    assert "Nået: i 8 af 10 uger har du handlet selv." in text.splitlines()


@pytest.mark.parametrize("seen, said", [
    ("Hænger selv op", False),
    ("Bo sætter selv i", False),
    ("Bo hænger selv tøjet op", True),
    ("Bo står selv op", True),                  # «stå op» needs no object
])
def test_particle_verb_without_object(tmp_path, analyser, seen, said):
    text, _ = _easy(tmp_path, end_seen=seen)
    assert ("når det går godt" in text) is said


def test_subjectless_passive_tail_is_cut_away(analyser):
    left: list = []
    said = _duform("Hans mor har købt en cykel til Bo, skal ikke betales tilbage.", "X", BO, left, "da")
    assert said == "Din mor har købt en cykel til dig."
    assert any(x[1] == "skal ikke betales tilbage" for x in left)


@pytest.mark.parametrize("text", [
    "Vi køber ind om fredagen, og du kan betale selv.",   # a subject after «og»
    "Din mor ringer om søndagen, skal hun nok.",         # no passive
])
def test_no_passive_tail_stays_whole(analyser, text):
    left: list = []
    assert _duform(text.replace("du ", "Bo ", 1) if "du " in text else text, "X", BO, left, "da").count(",") == 1


def test_main_clause_after_condition_is_never_cut(analyser):
    left: list = []
    said = _duform("Hvis Bo kommer for sent, skal det skrives i kalenderen.", "X", BO, left, "da")
    assert said != "Hvis du kommer for sent."
    assert not any(x[1].startswith("skal det") for x in left)


def test_particle_with_object_before_it_is_said(analyser):
    left: list = []
    said = _duform("Bo har et nyt høreapparat, som han selv sætter i.", "X", BO, left, "da")
    assert "sætter i" in said


# ---- 4. «hjælper dig med <activity>»


@pytest.mark.parametrize("text, said", [
    ("Vi støtter Bo i madlavning.", "Vi hjælper dig med madlavning."),
    ("Vi støtter Bo i tøjvask om tirsdagen.", "Vi hjælper dig med tøjvask om tirsdagen."),
    ("Vi hjælper Bo i køkkenet.", "Vi hjælper dig i køkkenet."),   # a place stays
    ("Vi hjælper Bo i gang.", "Vi hjælper dig i gang."),
])
def test_help_with_activity(analyser, text, said):
    assert _duform(text, "X", BO, [], "da") == said


@pytest.mark.parametrize("otherwise, never", [
    ("Aflyser Bo, ringer han selv til tandlægen.", "Vi aflyser"),
    ("Svarer Bo nej, spørger vi igen om en time.", "Vi svarer"),
    ("Udebliver Bo: en af os ringer til ham.", "Vi udebliver"),
    ("Peger Bo nej, ringer vi og får en ny tid.", "Vi peger"),
])
def test_plan_b_verb_first_condition_gets_no_vi(tmp_path, analyser, otherwise, never):
    text, _ = _easy(tmp_path, otherwise=otherwise)
    assert never not in text
