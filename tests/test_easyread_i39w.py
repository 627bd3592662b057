"""Issue 24 (i39W): «Det vil du gøre» says the delmål's own sentence instead of the placeholder – by category, with
our own Danish examples (must-say beside must-leave-out), with and without the optional Danish analyser.

1. a degree word between the «At» clause's subject and its verb («At Mette højst drikker …») goes after the verb, as
   in a main clause («Du drikker højst …»): it was read as a fronted time – «sin» in the second verb was then left
   unclear with the analyser, and without it «Højst drikker dig …» was said; before a count it stays with the count;
2. an office named by its ending («Kriminalforsorgen», «Socialtjenesten») is no han/hun ([lists]
   organisation_heads): the han in a condition after it is the resident; a person named beside it still is not;
3. «de to» after a preposition before a plural noun that is also a verb form («på én af de to retter») is a thing
   counted (after a preposition the pronoun is «dem»): never the resident and someone else;
4. a wording opening «first name + a word that is a role and a verb» («Liva træner …», with the analyser also
   «Bastian mødes …») is about the resident, as «Liva går …» is – never when the name is an external actor's, or
   when the wording names someone else with a capital.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from delmaal_assistant.core.files.storage.delmaal_json import load_delmaal
from delmaal_assistant.core.outputs.duform import Resident, transform
from delmaal_assistant.core.outputs.duform import rules as du_rules
from delmaal_assistant.core.outputs.duform.resident import find_resident
from delmaal_assistant.core.outputs.easyread import _resident_unsure, build

LIVA = Resident(("Liva",), "hun")
BASTIAN = Resident(("Bastian",), "han")
BORGEREN = Resident(("borgeren",), "")

_BASE = Path(__file__).parent / "data" / "good-indkoeb.delmaal.json"


def _easy(tmp_path, wording: str, name: str = "Liva", gender: str = "hun", actors: list | None = None):
    text = _BASE.read_text(encoding="utf-8").replace("TH", name)
    if gender == "hun":
        for a, b in ((" han ", " hun "), (" ham ", " hende "), ("Han ", "Hun "), (" ham.", " hende."),
                     (" ham,", " hende,")):
            text = text.replace(a, b)
    d = json.loads(text)
    d["wording"] = wording
    if actors is not None:
        d["external_actors"] = actors
    p = tmp_path / "x.delmaal.json"
    p.write_text(json.dumps(d, ensure_ascii=False), encoding="utf-8")
    return build(load_delmaal(p))


# ---- 1. a degree word before the «At» clause's verb


@pytest.mark.parametrize("text, who, expect", [
    ("At Liva højst spiser 2 stykker slik om dagen og noterer antallet i sin bog hver aften.", LIVA,
     "Du spiser højst 2 stykker slik om dagen og skriver antallet i din bog hver aften."),
    ("At borgeren højst drikker 3 kopper kaffe om dagen og skriver tallet i sit skema.", BORGEREN,
     "Du drikker højst 3 kopper kaffe om dagen og skriver tallet i dit skema."),
    ("At Bastian mindst går 2 ture om ugen og tager sin hund med.", BASTIAN,
     "Du går mindst 2 ture om ugen og tager din hund med."),
    ("At Bastian næsten altid rydder sit bord efter maden.", BASTIAN, "Du rydder næsten altid dit bord efter maden."),
    ("At Liva om morgenen højst bruger 20 minutter på badet og selv tørrer sit hår.", LIVA,
     "Om morgenen bruger du højst 20 minutter på badet og tørrer selv dit hår."),
])
def test_degree_word_before_the_verb_goes_after_it(analyser, text, who, expect):
    assert transform(text, who).sentences == [expect]


@pytest.mark.parametrize("text, who, expect", [
    # before a count the degree word belongs to the count: the whole count is fronted
    ("At Liva mindst 3 ud af 4 fredage selv vasker tøj.", LIVA, "Mindst 3 ud af 4 fredage vasker du selv tøj."),
    ("At Bastian højst 2 gange om ugen køber chips.", BASTIAN, "Højst 2 gange om ugen køber du chips."),
])
def test_degree_word_before_a_count_stays_with_it(analyser, text, who, expect):
    assert transform(text, who).sentences == [expect]


def test_degree_word_never_said_as_a_fronted_time(analyser):
    res = transform("At Liva højst ryger 5 smøger om dagen og skriver det i sin bog.", LIVA)
    assert not any(s.startswith("Højst") or " dig " in s for s in res.sentences), res


def test_degree_word_wording_reaches_det_vil_du_goere(analyser, tmp_path):
    e = _easy(tmp_path, "At Liva højst spiser 2 stykker slik om dagen og noterer antallet i sin bog hver aften.")
    assert e.sections[0][1] == "Du spiser højst 2 stykker slik om dagen og skriver antallet i din bog hver aften."


# ---- 2. an office by its ending is no han/hun


@pytest.mark.parametrize("text, expect", [
    ("Bastian møder hos Kriminalforsorgen hver mandag kl. 8 og ringer til sin tilsynsførende, hvis han bliver syg.",
     "Du møder hos Kriminalforsorgen hver mandag kl. 8 og ringer til din tilsynsførende, hvis du bliver syg."),
    ("Bastian går til Socialtjenesten om torsdagen, hvis han mangler penge.",
     "Du går til Socialtjenesten om torsdagen, hvis du mangler penge."),
])
def test_office_is_no_han(analyser, text, expect):
    assert transform(text, BASTIAN).sentences == [expect]


@pytest.mark.parametrize("text", [
    # a man named beside the office, or a relative: the «han» may be him
    "Bastian møder hos Kriminalforsorgen med Kasper, hvis han har fri.",
    "Bastian ringer til sin bror fra Kriminalforsorgen, hvis han er forsinket.",
])
def test_person_beside_the_office_still_left_out(analyser, text):
    res = transform(text, BASTIAN)
    assert not res.sentences, res
    assert res.left_out


def test_office_wording_reaches_det_vil_du_goere(analyser, tmp_path):
    e = _easy(tmp_path, "Bastian møder hos Kriminalforsorgen hver mandag kl. 8 og ringer til sin tilsynsførende, "
                        "hvis han bliver syg.", "Bastian", "han")
    assert e.sections[0][1].startswith("Du møder hos Kriminalforsorgen hver mandag kl. 8 og ringer til din ")


# ---- 3. «de to» after a preposition before a plural noun that is also a verb form


@pytest.mark.parametrize("sent", [
    "Du trykker på én af de to retter på skærmen.",
    "Du vælger mellem de to retter i kantinen.",
    "Du sætter kaffe i de to kopper.",
])
def test_de_to_after_preposition_is_things(analyser, sent):
    assert not _resident_unsure(sent, du_rules("da"))


@pytest.mark.parametrize("sent", [
    "De to retter bordet sammen.",           # the first words: «de to» may be people
    "Du går med de to til bussen.",          # no noun after it
    "Efter de to retter maden, spiser I.",   # «efter» opens a clause: «de» may be the subject
    "Du spiser, som de to retter maden.",
])
def test_de_to_that_may_be_people_stays_unsure(analyser, sent):
    assert _resident_unsure(sent, du_rules("da"))


def test_de_to_wording_reaches_det_vil_du_goere(analyser, tmp_path):
    e = _easy(tmp_path, "At Liva selv vælger sin frokost i kantinen og peger på én af de to retter hver dag.")
    assert e.sections[0][1] == "Du vælger selv din frokost i kantinen og peger på én af de to retter hver dag."


# ---- 4. a first name, then a word that is a role and a verb


def test_name_then_role_verb_is_the_resident(analyser, tmp_path):
    e = _easy(tmp_path, "Liva træner i fitnesscentret tirsdag kl. 16 sammen med fysioterapeuten de første 2 uger og "
                        "derefter selv.")
    assert e.sections[0][1] == ("Du træner i fitnesscentret tirsdag kl. 16 sammen med fysioterapeuten de første 2 "
                                "uger og derefter selv.")
    assert find_resident("Bastian vejleder de nye på værkstedet hver fredag.").names == ("Bastian",)


def test_name_then_passive_verb_with_the_analyser(analyser):
    found = find_resident("Bastian mødes med sin mentor hver mandag.")
    assert (found is not None) == analyser


@pytest.mark.parametrize("wording", [
    "Liva træner Bastian i fitnesscentret hver tirsdag.",    # another name with a capital: Liva may be the coach
    "Træner Liva går med i fitnesscentret.",                 # the role word before the name
    "Bastian far ringer hver søndag.",                       # a family word (a genitive without «s»), not a verb
])
def test_name_then_role_word_not_guessed(analyser, wording):
    assert find_resident(wording) is None


def test_actor_name_first_is_not_the_resident(analyser, tmp_path):
    actors = [{"name": "Liva (søster)", "how": "Liva kommer på besøg om søndagen."}]
    for wording in ("Liva træner i fitnesscentret hver tirsdag.", "Liva går i fitnesscentret hver tirsdag."):
        e = _easy(tmp_path, wording, "Bastian", "han", actors)
        assert not e.sections[0][1].startswith("Du "), e.sections[0][1]
