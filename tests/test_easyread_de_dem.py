"""Issue 24: «de»/«dem» that may include the resident is never said in the third person to them – by category, with
our own invented examples (analyser path: the rules for «de»/«dem» need it; without it these are left out too):

- «de» after «om»/«til»/a preposition and before a finite verb is a subject («… og om de sad sammen bagefter»), not a
  determiner: the resident and the one other person in reach are «I»; unclear → left out;
- «dem» after the resident coordinated with others («til dig og drengene … hos dem») or beside a plural thing
  («du og Amir bager boller … spiser de dem») may be the pair, the others or the things: left out, never «dem»
  beside «du» nor «jer» for the buns;
- must-say: a determiner «de» («om de første dage»), a pair acting («og de taler om» → «I taler om»), «dem» for a
  plural thing beside a pair of two («du og Amir henter brevene og læser dem»).
"""

from __future__ import annotations

import pytest

from delmaal_assistant.core.outputs.duform import Resident, transform

LEILA = Resident(("Leila",), "hun")


@pytest.mark.parametrize("text", [
    "Vi noterer efter hvert besøg om Leila havde forberedt Amir og om de sad sammen bagefter.",
    "Hvis Leila ikke vil komme ned, bringer aftenvagten mad op til Leila og drengene og sidder lidt hos dem.",
    "Hvis Leila ikke vil komme ned, bringer aftenvagten mad op til hende og drengene og sidder lidt hos dem.",
    "Leila og Amir bager boller, og bagefter spiser de dem sammen.",
])
def test_de_dem_that_may_include_the_resident_is_not_said(analyser, text):
    res = transform(text, LEILA)
    said = " ".join(res.sentences)
    assert not any(w in said.split() for w in ("de", "dem", "jer")), said


@pytest.mark.parametrize("text, expect", [
    ("Leila snakker med Amir om de første dage i skolen.", "Du snakker med Amir om de første dage i skolen."),
    ("Leila ringer til Amir, og de taler om ugen.", "Du ringer til Amir, og I taler om ugen."),
    ("Leila tager sine vitaminer, og aftenvagten tjekker dem.", "Du tager dine vitaminer, og aftenvagten tjekker dem."),
    # a plural thing that is only a noun beside a pair of two: «dem» is the things
    ("Leila og Amir henter brevene og læser dem.", "Du og Amir henter brevene og læser dem."),
])
def test_de_dem_that_is_plain_is_said(analyser, text, expect):
    said = transform(text, LEILA).sentences
    assert said == [expect] or (not analyser and said == [])
