"""Issue 24 (i43P): who a han/hun is, where it is certain and the rules still doubted – by category, with our own
Danish examples (must-say beside must-stay-out), with and without the optional analyser.

1. «en kollega»/«kollegaen» after one of our staff in the same sentence («… går medarbejderen ud og lader en
   kollega komme ind», «SSA'en eller en kollega …») is a colleague of theirs: our staff, never a han/hun, so a
   «hun» after it is the resident. A colleague someone owns («hendes kollega», «Bos kollega»), one placed at another
   workplace («en kollega fra værkstedet») or one with no staff member before it in its sentence («En kollega
   henter …») is a person who may be the han/hun: left out as before.
"""

from __future__ import annotations

import pytest

from delmaal_assistant.core.outputs.easyread import build
from sample_delmaal import full_delmaal

WORDING = "At Tove selv går i bad hver tirsdag."
OTHERWISE = "Hvis du ikke kan eller ikke har lyst"
NEXT = "Bliver hun vred, holder vi en pause og prøver igen næste dag."
SAID = "Bliver du vred, holder vi en pause og prøver igen næste dag."


def _otherwise(text: str) -> tuple[str, list[str]]:
    d = full_delmaal(wording=WORDING)
    d.indsats.when_resident_wants_otherwise = text
    e = build(d)
    left = [x[1] for x in e.left_out if x[0] == "Når beboeren vil noget andet"]
    return dict(e.sections).get(OTHERWISE, ""), left


@pytest.mark.parametrize("first", [
    "Siger Tove nej, går medarbejderen ud og lader en kollega komme ind.",
    "Siger Tove nej, går kp. ud, og en kollega kommer ind i stedet.",
    "Siger Tove nej, beder vi en anden kollega om at tage over.",
    "Siger Tove nej, går SSA'en eller en kollega ud af badeværelset.",
])
def test_a_colleague_of_our_staff_is_no_han_hun(analyser, first):
    body, left = _otherwise(first + " " + NEXT)
    assert SAID in body, (body, left)


@pytest.mark.parametrize("first", [
    # someone owns the colleague: the resident's or another's workmate, who may be «hun»
    "Siger Tove nej, ringer kp. til hendes kollega.",
    "Siger Tove nej, ringer kp. til Bos kollega.",
    # a colleague at another workplace
    "Siger Tove nej, taler kp. med en kollega fra værkstedet.",
    # no staff member before it in its sentence
    "En kollega henter Tove, hvis hun siger nej.",
])
def test_a_colleague_who_may_be_the_han_hun_stays_out(analyser, first):
    body, left = _otherwise(first + " " + NEXT)
    assert "vred" not in body, body
    assert any("vred" in x for x in left), left


# 2. a brand or service written with a capital inside the word («MobilePay», «MitID», «SuperBrugsen») is never a
#    person: a «hun» after a sentence that names one (and nobody else) is the resident. A first name or a surname
#    («ringer til Lykke», «Maria McKenzie») stays someone who may be «hun».

PAY = "At Rikke selv betaler sin husleje hver måned."


def _actions(actions: str) -> tuple[str, list[str]]:
    d = full_delmaal(wording=PAY)
    d.indsats.actions = actions
    e = build(d)
    return "\n".join(body for _, body in e.sections), [x[1] for x in e.left_out]


@pytest.mark.parametrize("brand", ["MobilePay", "MitID", "NemKonto", "SuperBrugsen"])
def test_a_brand_written_with_an_inner_capital_is_no_person(analyser, brand):
    said, left = _actions(f"Kp. viser Rikke skærmen med {brand}. Hun tjekker selv saldoen bagefter.")
    assert "Du tjekker selv saldoen bagefter." in said, (said, left)


@pytest.mark.parametrize("who", ["Maria", "Lykke", "Maria McKenzie"])
def test_a_person_named_before_still_may_be_the_han_hun(analyser, who):
    said, left = _actions(f"Kp. ringer til {who}. Hun tjekker selv saldoen bagefter.")
    assert "saldoen" not in said, said
    assert any("saldoen" in x for x in left), left
