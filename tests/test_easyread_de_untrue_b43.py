"""Two untrue sentences a blind reader found (b43 after), with our own examples, both ways (with the analyser; without
it «de» is never said as «I» unless the pair acts together – unchanged):
- «Hvis der er penge tilbage, kommer de i hans pung» was said «… kommer I i din pung»: a plural thing before «de» in
  its sentence may be what «de» is – never «I»;
- a resident the delmål calls neither han nor hun («de» as their own word): «… sms'er til kontaktpersonen, når de
  sidder i bussen» was said «når I sidder i bussen» – «I» would put the contact person in the bus. Left out unless
  the resident and another person are named as a pair before it."""

from __future__ import annotations

import json

from sample_delmaal import GOOD_FILE, easy_of_example


def test_a_plural_thing_before_de_is_never_you_two(tmp_path, analyser):
    text, left = easy_of_example(tmp_path, actions="Kontaktpersonen giver Bo 100 kr. om fredagen. Hvis der er penge "
                                                   "tilbage kommer de i hans pung.")
    assert "kommer I" not in text, text
    assert any("kommer de i hans pung" in x for x in left), left


def test_a_pair_with_the_resident_is_still_you_two(tmp_path, analyser):
    text, left = easy_of_example(tmp_path, actions="Kontaktpersonen ringer til Bo om mandagen, og de taler om ugen.")
    if "I taler" not in text:  # without the analyser «de» is left out here (unchanged)
        assert any("de taler om ugen" in x for x in left), left


def _without_gender(tmp_path, actions: str) -> tuple[str, list[str]]:
    from delmaal_assistant.core.files.storage.delmaal_json import load_delmaal
    from delmaal_assistant.core.outputs.easyread import build

    raw = GOOD_FILE.read_text(encoding="utf-8").replace("TH", "Robin")
    for a, b in ((" ham ", " dem "), (" han ", " de "), ("Han ", "De "), (" hans ", " deres ")):
        raw = raw.replace(a, b)
    d = json.loads(raw)
    d["indsats"]["actions"] = actions
    p = tmp_path / "x.delmaal.json"
    p.write_text(json.dumps(d, ensure_ascii=False), encoding="utf-8")
    e = build(load_delmaal(p))
    return e.render(), [x[1] for x in e.left_out]


def test_a_resident_called_de_is_not_you_two(tmp_path, analyser):
    text, left = _without_gender(tmp_path, "Robin sender en sms til kontaktpersonen, når de sidder i bussen.")
    assert "når I sidder" not in text, text


def test_a_pair_named_before_de_is_you_two_also_then(tmp_path, analyser):
    text, left = _without_gender(tmp_path, "Robin og kontaktpersonen går ned til bussen, og de venter sammen ved "
                                           "stoppestedet.")
    if "venter sammen" in text:
        assert "og I venter sammen ved stoppestedet" in text, text



def test_the_resident_with_a_named_person_is_you_two(tmp_path, analyser):
    from delmaal_assistant.core.outputs import morph

    text, left = _without_gender(tmp_path, "Robin laver selv en aftale med Sara, før de mødes i byen.")
    if morph.available():  # (without the analyser «de» is said «I» only when the pair acts together – unchanged)
        assert "før I mødes i byen" in text, (text, left)
    else:
        assert "mødes" not in text, text


# ---- an actor's «how» that begins with its verb and was read without the actor (b43 after: «Din storebror … er også
# med. Har lovet … så du ser du også gør det» – the brother's «han» said «du», and a sentence with nobody in it)


def test_an_actors_how_read_without_its_actor_is_left_out(tmp_path, analyser):
    text, left = easy_of_example(tmp_path, actors=[
        {"name": "Kasper (storebror)", "how": "Har lovet at tage med i bussen en morgen så Bo ser han også gør det."}])
    assert "ser du" not in text and "Har lovet" not in text, text
    assert "Din storebror Kasper er også med." in text, text
    assert any("så Bo ser han også gør det" in x for x in left), left


def test_an_actors_how_with_its_verb_first_is_still_said_with_the_actor(tmp_path, analyser):
    text, left = easy_of_example(tmp_path, actors=[
        {"name": "Kasper (storebror)", "how": "Har lovet at tage med i bussen en morgen i februar."}])
    assert "Din storebror Kasper har lovet at tage med i bussen en morgen i februar." in text, (text, left)
