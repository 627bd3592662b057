"""Issue 24 (i41K): staff words and initials in "Dit delmål" – by category, with our own invented Danish examples
(must-say beside must-leave-out), with and without the optional Danish analyser.

1. staff initials that are also a word the rules know («PC», «OK») are said by their role where the delmål defines
   them beside a role in a parenthesis («bostøtten (PC)») and they act as a person; any other place of them in that
   delmål leaves the sentence out (it may be the thing or the person) – never the initials to the resident;
   initials nobody defines that act as a person anywhere leave every sentence with them out («… med RN»);
2. the staff-only filter keeps out staff-only documentation, but a plain word of the resident's life is said: a
   follow-up talk is a talk («opfølgningssamtale» → «samtale»), «forældremyndighed» is an everyday word;
3. staff titles and roles the resident may take for a name: «SSA'eren» is one of us; a bare «mentor» is «din mentor».
"""

from __future__ import annotations

import pytest

from delmaal_assistant.core.outputs.duform import rules as du_rules
from delmaal_assistant.core.outputs.duform.surface import _own_helpers
from delmaal_assistant.core.outputs.easyread import build
from test_easyread_i40k import _delmaal, _left, _said


# ---- 1. initials that are also a word; initials that act as a person somewhere


def test_word_initials_defined_as_staff_said_by_their_role(analyser, tmp_path):
    actions = ("Ida skriver listen med sin bostøtte (PC). PC ringer om mandagen. Ved kassen venter PC udenfor. "
               "Hvis Ida vil, går PC med ind.")
    easy = build(_delmaal(tmp_path, "Ida", actions, who="Bostøtten"))
    said = _said(easy)
    for x in ("Du skriver listen med din bostøtte.", "Din bostøtte ringer om mandagen.",
              "Ved kassen venter din bostøtte udenfor.", "Hvis du vil, går din bostøtte med ind."):
        assert x in said, (said, easy.left_out)
    assert not any("PC" in s for s in said), said


@pytest.mark.parametrize("text", [
    "Om aftenen ser Ida film på PC.",    # the thing or the person? not certain in this delmål
    "Ida tænder PC om aftenen.",
])
def test_word_initials_defined_as_staff_elsewhere_left_out(analyser, tmp_path, text):
    easy = build(_delmaal(tmp_path, "Ida", "Ida skriver listen med sin bostøtte (PC). " + text, who="Bostøtten"))
    assert not any("PC" in s for s in _said(easy)), _said(easy)
    assert any("«PC»" in why for _, _, why in easy.left_out), easy.left_out


@pytest.mark.parametrize("text, expect", [
    # a delmål where nobody has these initials: the thing, said as written
    ("Om aftenen ser Ida film på sin PC.", "Om aftenen ser du film på din PC."),
    ("Ida tænder PC kl. 19.", "Du tænder PC kl. 19."),
])
def test_word_in_capitals_said_where_nobody_has_those_initials(analyser, tmp_path, text, expect):
    easy = build(_delmaal(tmp_path, "Ida", text))
    assert expect in _said(easy), (_said(easy), easy.left_out)


def test_undefined_initials_acting_somewhere_leave_every_sentence_with_them_out(analyser, tmp_path):
    easy = build(_delmaal(tmp_path, "Ida", "RN ringer om mandagen. Ida går i butikken med RN. Ida betaler selv."))
    said = _said(easy)
    assert "Du betaler selv." in said, (said, easy.left_out)
    assert not any("RN" in s for s in said), said
    assert sum("«RN»" in why for _, _, why in easy.left_out) == 2, easy.left_out


def test_capitals_that_never_act_as_a_person_are_said(analyser, tmp_path):
    easy = build(_delmaal(tmp_path, "Ida", "Ida søger SU i august. Ida går med SU-papirerne til kommunen."))
    assert "Du søger SU i august." in _said(easy), (_said(easy), easy.left_out)


# ---- 2. the staff-only filter: staff documentation out, the resident's life in plain words


@pytest.mark.parametrize("text, expect", [
    ("Ida har en opfølgningssamtale med sin sagsbehandler hver anden måned.",
     "Du har en samtale med din sagsbehandler hver anden måned."),
    ("Ida spørger sin advokat om sagen om forældremyndighed.",
     "Du spørger din advokat om sagen om forældremyndighed."),
])
def test_a_plain_word_of_the_residents_life_is_said(analyser, tmp_path, text, expect):
    easy = build(_delmaal(tmp_path, "Ida", text))
    assert expect in _said(easy), (_said(easy), easy.left_out)


@pytest.mark.parametrize("text", [
    "Kontaktpersonen laver opfølgning hver fredag.",
    "Kontaktpersonen skriver i journalen hver fredag.",
    "Vi tager det op på teammødet.",
])
def test_staff_only_documentation_stays_out(analyser, tmp_path, text):
    easy = build(_delmaal(tmp_path, "Ida", "Ida skriver selv listen. " + text))
    assert text in _left(easy), (_said(easy), easy.left_out)


# ---- 3. staff titles and roles the resident may take for a name


def test_ssa_title_with_its_article_is_one_of_us(analyser, tmp_path):
    easy = build(_delmaal(tmp_path, "Ida", "Ida betaler, mens SSA'eren venter ved kassen. SSA'eren tjekker bonen."))
    said = _said(easy)
    assert "Du betaler, mens en af os venter ved kassen." in said, (said, easy.left_out)
    assert "En af os tjekker bonen." in said, (said, easy.left_out)
    assert not any("SSA" in s for s in said), said


def test_bare_mentor_is_the_residents_mentor(analyser, tmp_path):
    easy = build(_delmaal(tmp_path, "Ida", "Ida skriver selv listen.",
                          measurement="Mentor og kontaktpersonen ser listen igennem hver fredag. Ida ringer til "
                                      "mentor, hvis hun er syg."))
    said = _said(easy)
    assert "Din mentor og din kontaktperson ser listen igennem hver fredag." in said, (said, easy.left_out)
    assert "Du ringer til din mentor, hvis du er syg." in said, (said, easy.left_out)


@pytest.mark.parametrize("text, expect", [
    ("Mentor ringer kl. 8.", "Din mentor ringer kl. 8."),
    ("Du sidder hos mentor.", "Du sidder hos din mentor."),
    # someone else's, a kind of person, a predicate: as written
    ("Lederens mentor ringer.", None),
    ("Du får en mentor.", None),
    ("Du er mentor for en ny kollega.", None),
    ("Kasper arbejder som mentor.", None),
    ("Din mentor ringer.", None),
    ("Mentoren ringer.", None),
])
def test_own_helper_said_as_the_residents_only_when_bare(text, expect):
    assert _own_helpers(text, du_rules()) == (expect or text)


def test_legal_role_label_of_a_relative_is_for_staff(analyser, tmp_path):
    actors = [{"name": "Far (forældremyndighed)", "how": "Ringer til Ida søndag aften og spørger til listen."}]
    easy = build(_delmaal(tmp_path, "Ida", "Ida skriver selv listen.", actors=actors))
    said = _said(easy)
    assert "Din far ringer til dig søndag aften og spørger til listen." in said, (said, easy.left_out)
    assert not any("forældremyndighed" in s for s in said), said


@pytest.mark.parametrize("text, expect", [
    # «til» before the resident and a «når/hvis» clause is the preposition (the resident is the object), never
    # the conjunction «til» (until) – «til du når du …» is broken Danish
    ("Far siger det samme til Ida når hun er hjemme om søndagen.",
     "Din far siger det samme til dig når du er hjemme om søndagen."),
    ("Far ringer til Ida hvis hun glemmer listen.", "Din far ringer til dig hvis du glemmer listen."),
    # the conjunction is still found
    ("Vi venter, til Ida er klar.", "Vi venter, til du er klar."),
])
def test_til_before_a_clause_opener_is_the_preposition(analyser, tmp_path, text, expect):
    easy = build(_delmaal(tmp_path, "Ida", "Ida skriver selv listen. " + text))
    said = _said(easy)
    assert expect in said, (said, easy.left_out)
    assert not any("til du når" in s or "til du hvis" in s for s in said), said


@pytest.mark.parametrize("measurement, expect", [
    # staff's evaluation joined to the criterion: the criterion is said, the evaluation is not
    ("Vi tæller listerne. Evalueres hver 3. måned og nået når Ida har skrevet listen 10 gange.",
     "Målet er nået, når du har skrevet listen 10 gange."),
    ("Evalueres hver måned og målet er nået, når Ida selv har handlet 8 gange.",
     "Målet er nået, når du selv har handlet 8 gange."),
])
def test_criterion_said_without_the_evaluation_joined_to_it(analyser, tmp_path, measurement, expect):
    easy = build(_delmaal(tmp_path, "Ida", "Ida skriver selv listen.", measurement=measurement))
    said = _said(easy)
    assert expect in said, (said, easy.left_out)
    assert not any("valuer" in s for s in said), said


def test_evaluation_alone_stays_out(analyser, tmp_path):
    easy = build(_delmaal(tmp_path, "Ida", "Ida skriver selv listen.",
                          measurement="Vi tæller listerne. Evalueres på teammødet hver 3. måned."))
    assert "Evalueres på teammødet hver 3. måned." in _left(easy), (_said(easy), easy.left_out)
