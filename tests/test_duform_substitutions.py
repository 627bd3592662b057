"""Issue 24, b36 first look, category 3: broken substitutions and labels. Our own sentences (none taken from a
blind set), each with and without the analyser (`no_analyser`; without it: said the same or left out with a
reason). (a) a compound staff title abbreviated with a dot («bostøttemedarb.») is written out and never ends the
sentence; «en medarb. <Name>» goes on; (b) «du og X» (and «X og du») as subject take «jer»/«jeres», never
«dig»/«din»."""

from __future__ import annotations

import pytest

from delmaal_assistant.core.outputs import morph
from delmaal_assistant.core.outputs.duform import Resident, transform
from delmaal_assistant.core.outputs.duform.sentences import _sentences

KAJ = Resident(("Kaj",), "han")


@pytest.fixture(params=[True, False], ids=["analyser", "no-analyser"])
def analyser(request, monkeypatch):
    if not request.param:
        monkeypatch.setattr(morph, "_program", lambda: None)
        monkeypatch.setattr(morph, "_cache", {})
    return request.param


def _check(text, expect, analyser):
    res = transform(text, KAJ)
    if analyser:
        assert res.sentences == expect, res
    else:
        assert res.sentences == expect or (not res.sentences and res.left_out), res
    assert not any("medarb." in s for s in res.sentences)


@pytest.mark.parametrize("text, expect", [
    ("Bostøttemedarb. går med Kaj til lægen.", ["Bostøttemedarbejderen går med dig til lægen."]),
    ("Om fredagen kigger STU-medarb. på skemaet med Kaj.", ["Om fredagen kigger STU-medarbejderen på skemaet med dig."]),
    ("Hver onsdag kører en medarb. Kaj til svømning.", ["Hver onsdag kører en af os dig til svømning."]),
])
def test_abbreviated_staff_title_is_written_out_and_does_not_cut_the_sentence(text, expect, analyser):
    assert len(_sentences(text)) == 1
    _check(text, expect, analyser)


def test_abbreviation_before_a_new_sentence_still_ends_it():
    assert _sentences("Kl. 9 kommer en medarb. Derefter går Kaj selv.") == ["Kl. 9 kommer en medarb.",
                                                                             "Derefter går Kaj selv."]


@pytest.mark.parametrize("text, expect", [
    ("I marts sætter Kaj og bostøttemedarb. sig sammen og skriver budgettet.",
     ["I marts sætter du og bostøttemedarbejderen jer sammen og skriver budgettet."]),
    ("Kontaktpersonen og Kaj sætter sig ved bordet.", ["Din kontaktperson og du sætter jer ved bordet."]),
    ("Kaj og kontaktpersonen tager sine jakker på.", ["Du og din kontaktperson tager jeres jakker på."]),
    # not a compound subject: «og» between two clauses, or after a preposition
    ("Kaj sætter sig i sofaen og spiser sin mad.", ["Du sætter dig i sofaen og spiser din mad."]),
])
def test_du_og_x_as_subject_take_jer(text, expect, analyser):
    _check(text, expect, analyser)
    res = transform(text, KAJ)
    assert not any(" og du dig" in s or "du og" in s.lower() and " dig " in f" {s} " and "jer" not in s
                   for s in res.sentences), res
