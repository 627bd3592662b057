"""Issue 24 (i40K): "Dit delmål" from telegraphic staff notes – by category, with our own invented Danish examples
(must-say beside must-leave-out), with and without the optional Danish analyser.

1. staff initials the delmål defines as ours («bostøtte (RN)», «RN (bostøtte)», «din bostøtte (bostøtte = RN)»,
   «kp RN», listed alone as who documents) are said by the role («din bostøtte», «din kontaktperson», «en af os»):
   never «RN» to the resident; initials nobody defines leave the sentence out with the reason for staff;
2. the resident with a double first name is found by their initials in every form («A-M», «A.-M.», «A.M.», «AM»);
   never initials the delmål defines as staff;
3. a bare role word in notes («Dagvagt siger …», «…, venter nattevagt …», «Kp/medarb. sidder med …») is said with its
   article («Dagvagten siger …», «En af os sidder med …») – never left out for an en/et doubt, never said bare;
4. a note that answers the sentence before («Igen nej: …», «Stadig nej -> …», «Målet er nået ved 16.») goes with it
   when that sentence is left out, and is said when it is said.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from delmaal_assistant.core.files.storage.delmaal_json import load_delmaal
from delmaal_assistant.core.outputs.duform import rules as du_rules
from delmaal_assistant.core.outputs.easyread import build
from delmaal_assistant.core.outputs.staffnotes import say_bare_roles, staff_initials, staff_named

_BASE = Path(__file__).parent / "data" / "good-indkoeb.delmaal.json"
_EMPTY_LEVELS = [{"level": i, "what_we_see": "", "how_we_support": ""} for i in range(5)]


def _delmaal(tmp_path, name: str, actions: str, *, other: str = "", measurement: str = "",
             who: str = "Kontaktpersonen", wording: str = "", agreement: str = "", actors: list | None = None):
    d = json.loads(_BASE.read_text(encoding="utf-8"))
    d["title"] = "Handle ind"
    d["wording"] = wording or f"At {name} selv handler ind med sin liste hver tirsdag fra 1. december 2026 til 1. marts 2027."
    d["purpose"] = f"{name} bor i egen lejlighed."
    d["measurement"] = measurement or f"Målet er nået, når {name} har handlet selv 10 af 13 tirsdage."
    d["indsats"] = {"actions": actions, "when_resident_wants_otherwise": other}
    d["collaboration"].update({"resident_attitude": f"{name} vil gerne selv handle.",
                               "agreement": agreement or f"Aftalt med {name} 20. november.",
                               "resident_own_words": ""})
    d["documentation"]["who"] = who
    d["external_actors"] = actors or []
    d["indicators"]["levels"] = _EMPTY_LEVELS
    p = tmp_path / "x.delmaal.json"
    p.write_text(json.dumps(d, ensure_ascii=False), encoding="utf-8")
    return load_delmaal(p)


def _said(easy) -> list[str]:
    return [s for _, text in easy.sections for s in text.splitlines()]


def _left(easy) -> list[str]:
    return [s for _, s, _ in easy.left_out]


# ---- 1. staff initials said by their role


@pytest.mark.parametrize("actions, who, expect", [
    ("Mandag skriver Ida listen med sin bostøtte (bostøtte = JT). JT ringer om mandagen. Ved kassen venter JT udenfor.",
     "JT", ["Mandag skriver du listen med din bostøtte.", "Din bostøtte ringer om mandagen.",
            "Ved kassen venter din bostøtte udenfor."]),
    ("Bostøtte (JT) ringer om mandagen. Ved kassen venter JT udenfor.", "JT",
     ["Ved kassen venter din bostøtte udenfor."]),
    ("JT (kontaktperson) ringer om mandagen. Ida ringer til JT, hvis hun bliver i tvivl.", "JT",
     ["Din kontaktperson ringer om mandagen.", "Du ringer til din kontaktperson, hvis du bliver i tvivl."]),
    ("Kp JT ringer om mandagen. JT's telefon er åben til kl. 15.", "Kontaktpersonen",
     ["Din kontaktperson ringer om mandagen."]),
    # listed alone as who documents, in a unit that speaks of bostøtte only: the resident's bostøtte
    ("Ida og hendes bostøtte skriver listen. Ved kassen venter JT udenfor.", "JT",
     ["Ved kassen venter din bostøtte udenfor."]),
    # … and in a unit with more staff words: one of us
    ("Aftenvagten minder Ida om listen. Ved kassen venter JT udenfor.", "JT og PV",
     ["Ved kassen venter en af os udenfor."]),
])
def test_staff_initials_said_by_their_role(analyser, tmp_path, actions, who, expect):
    easy = build(_delmaal(tmp_path, "Ida", actions, who=who))
    said = _said(easy)
    for x in expect:
        assert x in said, (said, easy.left_out)
    assert not any("JT" in s for s in said), said


@pytest.mark.parametrize("actions", [
    "Ved kassen venter JT udenfor.",           # defined nowhere: one of us, the resident or someone else
    "JT ringer om mandagen og spørger til listen.",
])
def test_undefined_initials_left_out_with_the_reason(analyser, tmp_path, actions):
    easy = build(_delmaal(tmp_path, "Ida", actions, who="Kontaktpersonen"))
    assert not any("JT" in s for s in _said(easy)), _said(easy)
    assert any("«JT»" in why for _, _, why in easy.left_out), easy.left_out


def test_initials_of_an_actor_are_not_staff(analyser, tmp_path):
    actors = [{"name": "Butikken ABC", "how": "Har en ekstra kasse åben om tirsdagen."}]
    easy = build(_delmaal(tmp_path, "Ida", "Ida handler i ABC om tirsdagen.", actors=actors, who="ABC"))
    said = _said(easy)
    assert "Du handler i ABC om tirsdagen." in said, (said, easy.left_out)
    assert not any("bostøtte" in s or "en af os" in s.lower() for s in said), said


def test_the_residents_initials_are_never_staff(analyser, tmp_path):
    easy = build(_delmaal(tmp_path, "TK", "Bostøtten ringer til TK om mandagen. TK skriver selv listen.",
                          wording="At TK selv handler ind med sin liste hver tirsdag fra 1. december 2026 til "
                                  "1. marts 2027.", who="TK og bostøtten"))
    said = _said(easy)
    assert "Du skriver selv listen." in said, (said, easy.left_out)
    assert not any("TK" in s for s in said), said


# ---- 2. the resident's initials in every form


@pytest.mark.parametrize("form", ["L-M", "L.-M.", "L.M.", "LM", "L. M."])
def test_double_name_initials_are_the_resident(analyser, tmp_path, form):
    actions = f"Tirsdag kl. 10 minder kontaktpersonen {form} om listen. {form} skriver selv tre varer på listen."
    easy = build(_delmaal(tmp_path, "Lise-Marie", actions, other=f"Hvis {form} ikke vil, spørger vi igen kl. 13."))
    said = _said(easy)
    assert "Tirsdag kl. 10 minder din kontaktperson dig om listen." in said, (said, easy.left_out)
    assert "Du skriver selv tre varer på listen." in said, (said, easy.left_out)
    assert "Hvis du ikke vil, spørger vi igen kl. 13." in said, (said, easy.left_out)
    assert not any("L" in s.replace("Lise", "") and ("LM" in s or "L-M" in s or "L." in s) for s in said), said


def test_initials_in_the_wording_found_in_every_form(analyser, tmp_path):
    wording = "At L.-M. selv handler ind med sin liste hver tirsdag fra 1. december 2026 til 1. marts 2027."
    easy = build(_delmaal(tmp_path, "L-M", "L-M skriver selv tre varer på listen.", wording=wording))
    said = _said(easy)
    assert "Du skriver selv tre varer på listen." in said, (said, easy.left_out)
    assert "Du handler selv ind med din liste hver tirsdag fra 1. december 2026 til 1. marts 2027." in said


def test_initials_defined_as_staff_are_not_the_resident(analyser, tmp_path):
    # the resident Lise-Marie, and a bostøtte whose initials are LM too: LM is the bostøtte
    actions = "Lise-Marie skriver listen med sin bostøtte (LM). LM venter udenfor."
    easy = build(_delmaal(tmp_path, "Lise-Marie", actions, who="LM"))
    said = _said(easy)
    assert "Du skriver listen med din bostøtte." in said, (said, easy.left_out)
    assert "Din bostøtte venter udenfor." in said, (said, easy.left_out)


# ---- 3. bare role words said with their article


@pytest.mark.parametrize("actions, expect", [
    ("Dagvagt viser Ida et billede af listen efter morgenmaden.",
     "Dagvagten viser dig et billede af listen efter morgenmaden."),
    ("Aftenvagt tjekker kl 22, at listen ligger på bordet.", "Aftenvagten tjekker kl 22, at listen ligger på bordet."),
    ("Kontaktperson sætter kurven frem om mandagen.", "Din kontaktperson sætter kurven frem om mandagen."),
    ("Kp/medarb. går med mandag og onsdag kl 10-11.", "En af os går med mandag og onsdag kl 10-11."),
    ("Pæd./medarb. går med om onsdagen.", "En af os går med om onsdagen."),
    ("Medarbejder ringer til Ida om morgenen.", "En af os ringer til dig om morgenen."),
    ("Ida skriver listen med kontaktperson om mandagen.", "Du skriver listen med din kontaktperson om mandagen."),
])
def test_bare_role_said_with_its_article(analyser, tmp_path, actions, expect):
    easy = build(_delmaal(tmp_path, "Ida", actions))
    assert expect in _said(easy), (_said(easy), easy.left_out)


def test_bare_role_after_a_comma_and_its_verb(analyser, tmp_path):
    easy = build(_delmaal(tmp_path, "Ida", "Nattevagten lægger listen frem.",
                          other="Hvis Ida ikke vil, venter dagvagt en halv time og spørger igen."))
    assert "Hvis du ikke vil, venter dagvagten en halv time og spørger igen." in _said(easy), easy.left_out


@pytest.mark.parametrize("text", [
    "Hun er kontaktperson for to andre beboere.",      # a predicate, not someone acting
    "Bostøtte er bevilget til og med marts.",           # the service, not a person
    "Hun uddanner sig som pædagog.",
    "Hun bor i egen lejlighed med bostøtte.",          # the service, not a person
    "Kontaktperson-samtalen er om torsdagen.",          # a compound's part
])
def test_bare_role_not_a_subject_stays_as_written(analyser, text):
    assert say_bare_roles(text, du_rules()) == text


def test_bare_role_word_never_said_bare(analyser, tmp_path):
    easy = build(_delmaal(tmp_path, "Ida", "Kontaktperson sætter kurven frem. Dagvagt går med ind i butikken."))
    assert not any(s.startswith(("Kontaktperson ", "Dagvagt ")) for s in _said(easy)), _said(easy)


# ---- 4. a note that answers the sentence before goes with it


def test_answer_to_a_left_out_sentence_goes_with_it(analyser, tmp_path):
    actions = ("Kl. 9 banker dagvagten på og spørger, om Ida er klar. Tjekket kl. 9.15. "
               "Igen nej: dagvagten kommer tilbage kl. 10. Stadig nej -> vi skriver det i dagbogen.")
    easy = build(_delmaal(tmp_path, "Ida", actions))
    said = _said(easy)
    assert not any(s.startswith(("Igen nej", "Stadig nej")) for s in said), said
    assert any(s.startswith("Igen nej") for s in _left(easy)), easy.left_out


def test_answer_said_when_the_sentence_before_is_said(analyser, tmp_path):
    actions = "Hvis Ida siger nej, venter vi 10 minutter. Igen nej: dagvagten kommer tilbage kl. 10."
    said = _said(build(_delmaal(tmp_path, "Ida", actions)))
    assert "Hvis du siger nej, venter vi 10 minutter." in said, said
    assert "Igen nej: dagvagten kommer tilbage kl. 10." in said, said


def test_bare_count_goes_with_the_counting_sentence(analyser, tmp_path):
    easy = build(_delmaal(tmp_path, "Ida", "Dagvagten går med.",
                          measurement="Tælles i skemaet hver tirsdag, når Ida har handlet selv. Målet er nået ved 9."))
    said = _said(easy)
    assert "Målet er nået ved 9." not in said, said
    assert "Målet er nået ved 9." in _left(easy), easy.left_out


def test_bare_count_said_after_its_counting_sentence(analyser, tmp_path):
    easy = build(_delmaal(tmp_path, "Ida", "Dagvagten går med.",
                          measurement="Vi tæller, hvor mange tirsdage du handler selv. Målet er nået ved 9."))
    assert "Målet er nået ved 9." in _said(easy), (_said(easy), easy.left_out)


def test_nothing_to_do_leaves_the_delmaal_as_it_is(tmp_path):
    d = load_delmaal(_BASE)
    assert staff_named(d, du_rules(), set()) == d


@pytest.mark.parametrize("form", ["L-M's", "L.-M.s", "LM's"])
def test_double_name_initials_in_the_genitive(analyser, tmp_path, form):
    easy = build(_delmaal(tmp_path, "Lise-Marie", f"Kontaktpersonen lægger {form} liste på bordet."))
    assert "Din kontaktperson lægger din liste på bordet." in _said(easy), (_said(easy), easy.left_out)


def test_her_bostoette_is_no_other_han_hun(analyser, tmp_path):
    # «sin bostøtte» is our staff (a role): the «hende» after it is the resident, as after «sin kontaktperson»
    easy = build(_delmaal(tmp_path, "Ida", "Ida skriver listen med sin bostøtte (bostøtte = JT). JT ringer dagen "
                                           "før og minder hende om turen.", who="JT"))
    assert "Din bostøtte ringer dagen før og minder dig om turen." in _said(easy), (_said(easy), easy.left_out)


@pytest.mark.parametrize("actions, expect", [
    # capitals that are a thing or a word written for weight, not a person's initials: said
    ("Ida ser nyheder på TV2 og DR om aftenen.", "Du ser nyheder på TV2 og DR om aftenen."),
    ("Ida søger SU i august.", "Du søger SU i august."),
    ("Hvis Ida viser tegnet STOP, holder vi pause.", "Hvis du viser tegnet STOP, holder vi pause."),
    ("Ida skriver listen OG handler selv.", "Du skriver listen OG handler selv."),
])
def test_capitals_that_are_no_person_are_said(analyser, tmp_path, actions, expect):
    easy = build(_delmaal(tmp_path, "Ida", actions))
    assert expect in _said(easy), (_said(easy), easy.left_out)


def test_abbreviation_period_that_ends_the_sentence_stays(analyser, tmp_path):
    easy = build(_delmaal(tmp_path, "Ida", "Ida skriver listen med medarb. Om torsdagen går Ida selv i butikken."))
    said = _said(easy)
    assert "Om torsdagen går du selv i butikken." in said, (said, easy.left_out)
    assert not any("medarbejderen Om" in s or "en af os Om" in s for s in said), said


def test_a_role_with_an_article_before_initials_is_no_title(analyser):
    # «kører en medarbejder TK»: TK is whom the staff member drives, never the staff member's initials
    assert staff_initials(["Kl. 9 kører en medarbejder TK til lægen."], "", du_rules(), set()) == {}
    assert staff_initials(["Kp TK ringer kl. 9. Medarb. TK går med."], "", du_rules(), set()) == \
        {"TK": "medarbejderen"}  # two roles, one of us


def test_a_role_before_a_name_stays_a_title(analyser):
    text = "Hvis det sker igen, taler kontaktperson Rikke med hende om det."
    assert say_bare_roles(text, du_rules()) == text
