"""Sentences of notes written without capitals (issue 24): a full stop before a lower-case word ends a sentence
only where the next words certainly open one; a staff title's period before a name and «eller» is no end. Own
examples, both ways."""

from __future__ import annotations

import pytest

from delmaal_assistant.core.outputs.duform.sentences import _sentences


@pytest.mark.parametrize("text, expected", [
    # a title, its name and «eller …»: one sentence (the «-r» of «eller» is no verb)
    ("tirsdag kl 10 henter pæd. Jonna eller en fra dagvagten dig ved døren.",
     ["tirsdag kl 10 henter pæd. Jonna eller en fra dagvagten dig ved døren."]),
    # lower-case notes: pronoun/der + verb, a subordinator, a fronted adverbial + verb, a staff title + verb
    ("vi sætter os i stuen. der er kaffe på kanden. når Bo har drukket, går vi.",
     ["vi sætter os i stuen.", "der er kaffe på kanden.", "når Bo har drukket, går vi."]),
    ("vi laver listen. om onsdagen køber vi ind. medarb. skriver det i bogen.",
     ["vi laver listen.", "om onsdagen køber vi ind.", "medarb. skriver det i bogen."]),
    ("Hun cykler hjem kl. 15. hun låser selv døren.", ["Hun cykler hjem kl. 15.", "hun låser selv døren."]),
])
def test_lower_case_sentence_starts(text, expected):
    assert _sentences(text) == expected


@pytest.mark.parametrize("text", [
    "Han får 500 kr. om ugen den 15. i måneden.",      # a unit, a date
    "Vi tager ca. to ture og evt. en tredje.",          # inside abbreviations
    "Det er 4. gang hun prøver.",                       # an ordinal
    "Hun tager 1 tab. hver aften før sengetid.",        # an unknown abbreviation, no verb after
    "Vi går en tur. bagefter og så videre.",            # an adverb with no verb after it
    "Personalet ringer. mor og far kommer.",            # not an opener
])
def test_no_end_where_unsure(text):
    assert _sentences(text) == [text]
