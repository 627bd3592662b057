"""An outside actor's «how» that opens with a passive and names nobody before it: the passive is done TO someone
(mostly the resident: «Tilses ved tegn på …», «Vejes hver fredag») – never said with the actor as its subject
(«Din læge tilses …» is untrue: the doctor examines). Only the passives of the lexicon's `told_passives` have the
actor as their subject («Orienteres …», «Kontaktes …»: the actor is told or called). A b44 writer's kind (first look),
fixed with our own examples, both paths (the analyser fixture runs each test with and without it)."""

from __future__ import annotations

import pytest

from sample_delmaal import easy_of_example


@pytest.mark.parametrize("name, how, word", [
    ("Egen læge", "Tilses ved tegn på blærebetændelse.", "tilses"),
    ("Fysioterapeut", "Vurderes hver 3. måned, laver nyt program.", "vurderes"),
    ("Hjemmesygeplejen", "Vejes hver anden fredag på badevægten.", "vejes"),
    ("Diætisten", "Undersøges for mangel på jern i maj.", "undersøges"),
])
def test_a_passive_done_to_someone_is_never_the_actors_own(tmp_path, analyser, name, how, word):
    text, left = easy_of_example(tmp_path, name="Kim", actors=[{"name": name, "how": how}])
    assert word not in text.lower(), text  # not «Din læge tilses …», not «Du tilses …» either (not certain)
    assert how in left, left  # told to staff with its reason


@pytest.mark.parametrize("name, how, said", [
    ("Tandlægen", "Kontaktes hvis Kim har ondt.", "Tandlægen kontaktes hvis du har ondt"),
    ("Tolk (arabisk)", "Bestilles til samtalerne i jobcentret.", "bestilles til samtalerne i jobcentret"),
])
def test_a_passive_that_tells_or_books_the_actor_keeps_the_actor_as_its_subject(tmp_path, analyser, name, how, said):
    text, left = easy_of_example(tmp_path, name="Kim", actors=[{"name": name, "how": how}])
    if said in text:  # the dentist is the one contacted, the interpreter the one booked
        return
    assert how in left or any(how.split()[0] in x for x in left), (text, left)  # else left out, never another


def test_the_reason_shown_to_staff_says_who_is_missing(tmp_path):
    from delmaal_assistant.core.outputs import morph

    if not morph.available():
        pytest.skip("the analyser reads the passive; without it the note is left out for its missing subject")
    from delmaal_assistant.core.outputs.easyread import _PASSIVE_WHO
    import json
    from sample_delmaal import GOOD_FILE
    from delmaal_assistant.core.files.storage.delmaal_json import load_delmaal
    from delmaal_assistant.core.outputs.easyread import build

    d = json.loads(GOOD_FILE.read_text(encoding="utf-8"))
    d["external_actors"] = [{"name": "Egen læge", "how": "Tilses ved tegn på blærebetændelse."}]
    p = tmp_path / "x.delmaal.json"
    p.write_text(json.dumps(d, ensure_ascii=False), encoding="utf-8")
    e = build(load_delmaal(p))
    assert any(x[1] == "Tilses ved tegn på blærebetændelse." and x[2] == _PASSIVE_WHO for x in e.left_out), e.left_out
