"""Issue 24 (i38W): «Dit delmål» never says an untrue sentence – by category, with our own Danish examples
(must-say beside must-leave-out), with and without the optional Danish analyser (the `analyser` fixture).

1. a han/hun that is the other person is never made «dig»: an object pronoun after a person named by what they are
   («chaufføren», «naboen») in its own clause («… ringer vi til chaufføren og beder ham vente») or as the subject of
   an earlier clause («Kommer chaufføren ikke, ringer vi til ham»), and the resident
   as subject and non-reflexive object of one clause over «eller»/«og» without a new subject («Hun kan ringe eller
   skrive til hende» → never «Du kan ringe eller skrive til dig»);
2. «Hvor tit» carries every time and time of day of the wording, or is left out («efter morgenmaden og kl. 20» is
   not «Det er kl. 20.», «morgen og aften» is not «Om aftenen»);
3. an approximation before a time is carried over as written («ca. kl. 16», «omkring kl. 8», «ved 16-tiden»,
   «tidligst kl. 6»), never shortened to «kl. 16»;
4. weekdays are said as the wording joins them: a range («mandag-torsdag») or a choice («mandag eller torsdag») is
   never «Hver mandag og hver torsdag».
"""

from __future__ import annotations

import pytest

from delmaal_assistant.core.outputs.duform import Resident, transform
from delmaal_assistant.core.outputs.duform.rules import rules as load_rules
from delmaal_assistant.core.outputs.duform.surface import _safety, _Skip
from delmaal_assistant.core.outputs.easytemplates import templates
from delmaal_assistant.core.outputs.easywhen import _frequency_checked

OLE = Resident(("Ole",), "han")
IDA = Resident(("Ida",), "hun")


# ---- 1. the other person is never «dig»


@pytest.mark.parametrize("text, who", [
    ("Er bussen sen, ringer vi til chaufføren og beder ham vente.", OLE),
    ("Vi går over til naboen og spørger ham om en stige.", OLE),
    ("Kommer taxaen ikke, ringer vi til vognmanden og beder ham sende en ny.", OLE),
    ("Vi ringer til frisøren og beder hende flytte tiden.", IDA),
    ("Hvis chaufføren ikke svarer, skriver vi til ham.", OLE),     # the subject of an earlier clause
    ("Kommer frisøren for sent, venter vi på hende.", IDA),
    ("Naboen kommer tit forbi, og vi giver ham kaffe.", OLE),
    ("Hun kan ringe eller skrive til hende døgnet rundt.", IDA),
    ("Han kan sms'e eller ringe til ham, når han er ked af det.", OLE),
])
def test_other_person_never_said_as_dig(analyser, text, who):
    res = transform(text, who)
    assert not any("dig" in s.split() or "dig." in s for s in res.sentences), res.sentences
    assert res.left_out, res.sentences


@pytest.mark.parametrize("text, who, expect", [
    ("Chaufføren hjælper ham ind i bussen.", OLE, "Chaufføren hjælper dig ind i bussen."),
    ("Hun kan tage bussen eller cykle hjem.", IDA, "Du kan tage bussen eller cykle hjem."),
    ("Han går i bad og vasker sig selv.", OLE, "Du går i bad og vasker dig selv."),
    ("Vi går med ham til naboen.", OLE, "Vi går med dig til naboen."),
    # the subject of the pronoun's own clause, also over a comma, is never its object
    ("Frisøren kommer hver fredag, klipper ham og går igen.", OLE, "Frisøren kommer hver fredag, klipper dig og går igen."),
    ("Hun kan spise med os eller tage maden med hjem til sig selv.", IDA,
     "Du kan spise med os eller tage maden med hjem til dig selv."),
])
def test_resident_still_said(analyser, text, who, expect):
    assert transform(text, who).sentences == [expect]


@pytest.mark.parametrize("text", [
    "Du kan ringe eller skrive til dig hele dagen.",
    "Du kan spise og snakke med dig om aftenen.",
])
def test_du_and_dig_over_coordinated_verbs_never_said(text):
    with pytest.raises(_Skip) as e:
        _safety(text, OLE, load_rules())
    assert e.value.why == "self"


@pytest.mark.parametrize("text", [
    "Din kontaktperson sætter sig med dig og du skriver listen.",   # «og du»: a clause of its own
    "En af os spørger, om du vil med, og går med dig.",
    "Vi vasker sammen med dig onsdag, så du har rent tøj.",
])
def test_dig_in_its_own_clause_is_said(text):
    _safety(text, OLE, load_rules())


# ---- 2.–4. «Hvor tit»


def _when(wording: str):
    left: list = []
    return _frequency_checked(wording, templates(), left, "Hvor tit"), left


@pytest.mark.parametrize("wording", [
    # two times of the day, one kept
    "At Ole tager sin medicin efter morgenmaden og kl. 20.",
    "At Ole tager sin medicin efter morgenmaden og kl. 20 hver dag.",
    "At Ole tager sin medicin morgen og aften, om aftenen kl. 19.30.",
    "At Ole tager sin medicin morgen og aften kl. 19.30.",
    "At Ole børster tænder hver morgen og aften.",
    "At Ole tager sin medicin kl. 8 og igen om aftenen.",
    "At Ole børster tænder om morgenen og om aftenen kl. 21.",
    "At Ole tager sin medicin om morgenen og ved sengetid.",
    "At Ole tager sin medicin efter frokost og før sengetid hver dag.",
    "At Ole går til træning hver mandag og torsdag kl. 17 og kl. 18.",
    # a choice of times said as both
    "At Ole står op kl. 7 eller kl. 8 på hverdage.",
    # weekdays as a range or a choice
    "At Ole går til træning mandag-torsdag kl. 17.",
    "At Ole går til træning mandag–torsdag.",
    "At Ole går til træning mandag eller torsdag.",
    "At Ole går til træning mandag og/eller torsdag.",
    "At Ole går til træning mandag/torsdag kl. 17.",
    "At Ole går til træning enten mandag eller torsdag kl. 17.",
    # someone else's clock time beside the resident's: «Det er kl. 7.30» alone would move the first one
    "At Ole selv står op, når hans mobil ringer kl. 6.45 på hverdage, og er klar ved døren kl. 7.30.",
])
def test_when_line_that_would_lose_a_time_or_a_day_is_left_out(analyser, wording):
    said, left = _when(wording)
    assert said is None, said
    assert left and left[0][0] == "Hvor tit"


@pytest.mark.parametrize("wording, said", [
    # approximations carried over as written
    ("At Ole går en tur ca. kl. 16 hver dag.", "Hver dag. Det er ca. kl. 16."),
    ("At Ole går en tur cirka kl. 16 hver dag.", "Hver dag. Det er cirka kl. 16."),
    ("At Ole går en tur omkring kl. 8 hver dag.", "Hver dag. Det er omkring kl. 8."),
    ("At Ole går en tur ved 16-tiden hver dag.", "Hver dag. Det er ved 16-tiden."),
    ("At Ole står op tidligst kl. 6 på hverdage.", "På hverdage. Det er tidligst kl. 6."),
    ("At Ole går i seng senest kl. 22 hver aften.", "Hver aften. Det er senest kl. 22."),
    # a span is one time; a meal right after the day goes with it
    ("At Ole går til træning mandag og torsdag kl. 17-19.", "Hver mandag og torsdag kl. 17-19."),
    ("At Ole går til træning mandag og torsdag kl. 17–19.", "Hver mandag og torsdag kl. 17–19."),
    ("At Ole vander blomsterne hver onsdag efter aftensmaden.", "Hver onsdag efter aftensmaden."),
    ("At Ole barberer sig hver morgen efter morgenmaden.", "Hver morgen efter morgenmaden."),
    # days and times as the wording joins them
    ("At Ole går til træning mandag og torsdag.", "Hver mandag og torsdag."),
    ("At Ole går til træning mandag kl. 17 og torsdag kl. 18.", "Hver mandag kl. 17 og hver torsdag kl. 18."),
    ("At Ole ringer til sin søster søndag aften og onsdag.", "Hver søndag aften og hver onsdag."),
    ("At Ole tager medicin to gange dagligt, kl. 8 og kl. 20.", "Dagligt. Det er kl. 8 og kl. 20."),
    # one meal, no time of day in the line: what it says is true
    ("At Ole handler ind til aftensmaden hver tirsdag.", "Hver tirsdag."),
    # a time of someone else's beside a line with no clock time
    ("At Ole selv tager tøj på om morgenen på hverdage, så han er klar, når bussen kommer kl. 7.45.",
     "Om morgenen på hverdage."),
])
def test_when_line_said_whole(analyser, wording, said):
    got, left = _when(wording)
    assert got == said, left
