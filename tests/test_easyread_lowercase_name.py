"""Issue 24: the resident's first name typed in lower case by hurried staff («når birthe har spist …») is the
resident: said in du-form when the analyser knows the lower-case form as no Danish word, and never said in the
third person on either path (without the analyser the sentence is left out, staff told). A name whose lower-case
form is a word («Rose» / «en rose», «Mark» / «en mark») is matched only as written. Invented examples."""

from __future__ import annotations

import pytest

from delmaal_assistant.core.outputs.duform import Resident, transform

BIRTHE = Resident(("Birthe",), "hun")
ROSE = Resident(("Rose",), "hun")


@pytest.mark.parametrize("text, expect", [
    ("Målet er nået, når birthe har spist morgenmad 5 dage om ugen.",
     "Målet er nået, når du har spist morgenmad 5 dage om ugen."),
    ("Aftenvagten minder birthe om tandbørstningen kl. 21.", "Aftenvagten minder dig om tandbørstningen kl. 21."),
])
def test_lower_case_name_is_the_resident(analyser, text, expect):
    res = transform(text, BIRTHE)
    if analyser:
        assert res.sentences == [expect]
    else:
        assert res.sentences == [] and res.left_out  # never «… når birthe har spist …» to Birthe herself
    assert not any("birthe" in s for s in res.sentences)


@pytest.mark.parametrize("text, expect", [
    ("Rose vander en rose i vindueskarmen hver mandag.", "Du vander en rose i vindueskarmen hver mandag."),
])
def test_a_name_that_is_also_a_word_is_matched_as_written(analyser, text, expect):
    res = transform(text, ROSE)
    assert res.sentences == [expect] or (not analyser and res.sentences == [])
