"""«Dit delmål»: the resident right after a verb's inverted subject and before a bare plural noun is the indirect
object («Hver torsdag giver morgenvagten Bo opgaver» → «… giver morgenvagten dig opgaver»), as right after the verb
(«KP giver Bo planer»); a compound the analyser knows only by its last part («sorteringsopgaver») is that plural
noun. Session 11: the resident was said as the subject of the noun read as a verb – «giver morgenvagten du
opgaver», «(butikken) giver du sorteringsopgaver» (a blind reader: untrue). Without the analyser the -r word is
not known: left out. Our own examples."""

from __future__ import annotations

import pytest

from delmaal_assistant.core.outputs import morph
from sample_delmaal import easy_of_example


def _said(tmp_path, actions=None, actors=None):
    fields = {k: v for k, v in (("actions", actions), ("actors", actors)) if v is not None}
    return easy_of_example(tmp_path, **fields)


@pytest.mark.parametrize("actions, said", [
    ("Hver torsdag giver morgenvagten Bo opgaver.", "Hver torsdag giver morgenvagten dig opgaver."),
    ("Om fredagen giver vi Bo sorteringsopgaver.", "Om fredagen giver vi dig sorteringsopgaver."),
    ("Pædagogen giver Bo madplaner hver søndag.", "giver dig madplaner hver søndag."),
])
def test_resident_before_a_plural_noun_is_the_object(tmp_path, analyser, actions, said):
    text, left = _said(tmp_path, actions=actions)
    assert " du opgaver" not in text and " du sorteringsopgaver" not in text and " du madplaner" not in text
    if morph.available():
        assert said in text, (text, left)
    else:
        assert actions in left, (text, left)


def test_an_actor_giving_the_resident_tasks(tmp_path, analyser):
    text, left = _said(tmp_path, actors=[{"name": "Genbrugsbutikken, butiksleder Lis",
                                          "how": "Giver Bo sorteringsopgaver og ringer hvis Bo vil gå."}])
    assert "giver du" not in text, text
    if morph.available():
        assert "giver dig sorteringsopgaver og ringer hvis du vil gå." in text, (text, left)


def test_resident_as_subject_after_an_adverbial_stays_the_subject(tmp_path, analyser):
    text, left = _said(tmp_path, actions="Hver torsdag giver Bo katten mad.")
    assert "Hver torsdag giver du katten mad." in text, (text, left)
