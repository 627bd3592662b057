"""A staff abbreviation with a period does not start a new sentence in «Dit delmål»: «… viser bst. på mobilen …»
was shown «… viser bst. På mobilen …» and «Torsd. før ringer …» as «Torsd. Før ringer …» – one sentence cut in two
for the reader (b41's after-reading: 8 of one part's 16 sentences broken by the program). «bst.» (bostøtte) and
the weekdays as staff shorten them are in duform.toml's [abbreviations] `lower_after`: no capital after them, while
whether they end a sentence stays the splitter's; a sentence written in lower case after a word's full stop still
gets its capital."""

from __future__ import annotations

import pytest

from delmaal_assistant.core.outputs.duform.sentences import _sentences
from delmaal_assistant.core.outputs.easyread import _capitalised


@pytest.mark.parametrize("text, shown", [
    ("Du viser bst. på mobilen, at regningen er betalt.", "Du viser bst. på mobilen, at regningen er betalt."),
    ("Torsd. før ringer vi til dig.", "Torsd. før ringer vi til dig."),
    ("Vi ses tirs. og fre. i caféen.", "Vi ses tirs. og fre. i caféen."),
    ("du rydder op. derefter går vi en tur.", "Du rydder op. Derefter går vi en tur."),
    ("Du går i bad. bussen kommer 8.40.", "Du går i bad. Bussen kommer 8.40."),
    ("Det gør man. du gør det selv.", "Det gør man. Du gør det selv."),
])
def test_capitals_only_where_a_sentence_begins(text, shown):
    assert _capitalised(text) == shown


def test_the_abbreviations_end_no_sentence():
    assert _sentences("Torsd. før ringer bst. til dig og minder om aftalen.") == [
        "Torsd. før ringer bst. til dig og minder om aftalen."]
