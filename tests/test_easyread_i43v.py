"""Issue 24 (i43V): no verbless staff note is shown to the resident as a sentence – by kind, with our own Danish
examples (must-leave-out beside must-say), with and without the optional analyser.

1. no finite verb in the main clause (only in a «hvis»/«hvor» clause or a verb-first condition): «Hjælp ved
   behov.», «Ellers dagen efter.», «Siger du nej: kun én tur til.», «Vejledning hvis du stadig siger nej.» – left
   out with the reason shown to staff; an outside actor's verbless «how» leaves the actor said as «… er også med.»;
2. a verbless note before the first comma, then a verb with nobody doing it («Kursus 2 timer, øver skiltene.») or a
   clause of its own («Maling i marts, en af os kører med.») – left out;
3. a «når»/«hvis» clause with no subject and no verb («… når træt») in the title or a sentence – left out (not
   «hvis muligt», «når nødvendigt»);
4. said as before: a sentence with a time or a count before its verb («Kl. 8 …», «Inden kl. 9 …»), a verb-first
   condition with its main clause, a relative clause before the main verb, a question.
"""

from __future__ import annotations

import pytest

from delmaal_assistant.core.model import ExternalActor
from delmaal_assistant.core.outputs.easyread import build
from sample_delmaal import full_delmaal

WORDING = "At Asger selv cykler til værkstedet hver tirsdag."


def _easy(actions=None, otherwise=None, actors=(), title=None):
    d = full_delmaal(wording=WORDING)
    if title is not None:
        d.title = title
    if actions is not None:
        d.indsats.actions = actions
    if otherwise is not None:
        d.indsats.when_resident_wants_otherwise = otherwise
    d.external_actors = [ExternalActor(name=n, how=h) for n, h in actors]
    return build(d)


def _said(e) -> list[str]:
    return [x for _, body in e.sections for x in body.split("\n")]


def _left(e) -> list[str]:
    return [x for _, x, _ in e.left_out]


# ---- 1. no finite verb in the main clause


@pytest.mark.parametrize("note, gone", [
    ("Vi spørger igen dagen efter. Hjælp ved behov.", "ved behov"),
    ("Vi spørger igen dagen efter. Kun te efter kl. 20.", "Kun te"),
    ("Vi spørger igen dagen efter. Aldrig pres.", "Aldrig pres"),
    ("Siger Asger nej: kun én tur til.", "kun én tur til"),
    ("Vi spørger igen dagen efter. Hvis ikke, så næste tirsdag.", "næste tirsdag"),
    ("Vi spørger igen dagen efter. Vejledning hvis Asger stadig siger nej.", "Vejledning"),
    ("Vi spørger igen dagen efter. Kan Asger ikke så kaffe i haven og nyt forsøg dagen efter.", "kaffe i haven"),
])
def test_a_note_without_a_main_verb_is_left_out(analyser, note, gone):
    e = _easy(otherwise=note)
    assert not any(gone in x for x in _said(e)), _said(e)
    assert any(gone in x for x in _left(e)), e.left_out
    assert "Vi spørger igen dagen efter." in _said(e) or not note.startswith("Vi spørger"), _said(e)


def test_an_actors_verbless_how_leaves_the_actor_said(analyser):
    e = _easy(actors=[("Cykelklubben", "Hjælp med dækket ved behov.")])
    assert not any("Hjælp med" in x for x in _said(e)), _said(e)
    assert any("Hjælp med dækket" in x for x in _left(e)), e.left_out
    assert any(x.startswith("Cykelklubben er også med") for x in _said(e)), _said(e)


# ---- 2. a verbless part before the comma


@pytest.mark.parametrize("actions, gone", [
    ("Maling i marts, en af os kører med.", "Maling"),
    ("Cykeltjek hver anden uge, Asger har sin hjelm med.", "Cykeltjek"),
])
def test_a_note_then_a_clause_of_its_own_is_left_out(analyser, actions, gone):
    e = _easy(actions=actions)
    assert not any(gone in x for x in _said(e)), _said(e)
    assert any(gone in x for x in _left(e)), e.left_out


def test_a_note_then_a_verb_with_nobody_is_left_out(analyser):
    e = _easy(actors=[("Sprogskolen", "Kursus 2 timer om torsdagen, øver skiltene med Asger.")])
    assert not any("øver skiltene" in x for x in _said(e)), _said(e)
    assert any("Kursus 2 timer" in x for x in _left(e)), e.left_out


# ---- 3. a «når»/«hvis» clause with nobody and no verb


def test_a_title_with_a_verbless_when_clause_is_not_said(analyser):
    e = _easy(title="At gå en tur når træt")
    assert "træt" not in e.title, e.title
    assert any("træt" in x for x in _left(e)), e.left_out


@pytest.mark.parametrize("title", ["At ringe til værkstedet hvis muligt", "At cykle når det er tørvejr"])
def test_a_title_with_its_whole_clause_is_said(analyser, title):
    e = _easy(title=title)
    assert title.split()[-1] in e.title, (e.title, e.left_out)


def test_a_sentence_with_a_verbless_when_clause_is_left_out(analyser):
    e = _easy(actions="Vi går en tur med Asger når sur.")
    assert not any("når sur" in x for x in _said(e)), _said(e)
    assert any("når sur" in x for x in _left(e)), e.left_out


# ---- 4. must say


@pytest.mark.parametrize("actions, said", [
    ("Kl. 8 minder en af os Asger om cyklen.", "Kl. 8 minder en af os dig om cyklen."),
    ("Inden kl. 9 ringer vi til værkstedet.", "Inden kl. 9 ringer vi til værkstedet."),
    ("Om tirsdagen går en af os med Asger ned til cyklen.", "Om tirsdagen går en af os med dig ned til cyklen."),
    ("Vi ringer til værkstedet, hvis Asger ikke er kommet kl. 9.",
     "Vi ringer til værkstedet, hvis du ikke er kommet kl. 9."),
    ("Efter Asger har spist, går vi ned til cyklen.", "Efter du har spist, går vi ned til cyklen."),
    ("Der er en cykelhjelm til Asger i gangen.", "Der er en cykelhjelm til dig i gangen."),
])
def test_a_sentence_with_its_main_verb_is_said(analyser, actions, said):
    e = _easy(actions=actions)
    assert said in _said(e), (_said(e), e.left_out)


@pytest.mark.parametrize("otherwise, said", [
    ("Siger Asger nej, spørger vi igen dagen efter.", "Siger du nej, spørger vi igen dagen efter."),
    ("Har Asger glemt cyklen, ringer vi til værkstedet.", "Har du glemt cyklen, ringer vi til værkstedet."),
])
def test_a_condition_with_its_main_clause_is_said(analyser, otherwise, said):
    e = _easy(otherwise=otherwise)
    assert said in _said(e), (_said(e), e.left_out)


def test_an_actors_how_with_its_verb_is_said(analyser):
    e = _easy(actors=[("Cykelklubben", "Træner med Asger hver fredag kl. 15 i hallen.")])
    assert "Cykelklubben træner med dig hver fredag kl. 15 i hallen." in _said(e), (_said(e), e.left_out)


# ---- 5. a level text that opens with a verb that is an imperative and a present tense too («Gør …»)


@pytest.mark.parametrize("see, said", [
    ("Gør rent når vi har banket på, alle 3 rum.", "Du gør rent når vi har banket på, alle 3 rum."),
    ("Gør det hele selv.", "Du gør det hele selv."),
])
def test_a_level_text_that_opens_with_gor_has_du(analyser, see, said):
    d = full_delmaal(wording="At Asger selv gør rent på værelset hver fredag.")
    d.indicators.levels[d.indicators.expected_end_level].what_we_see = see
    e = build(d)
    assert any(x.endswith(": " + said) for x in _said(e)), (_said(e), e.left_out)
    assert not any(x.endswith(": " + see) for x in _said(e)), _said(e)


# ---- 6. a meeting noun first, with a time for certain: said with «Der er» (the verb that is certain)


@pytest.mark.parametrize("how, said", [
    ("Samtale med Asger hver tirsdag kl. 10 i klubben.", "Der er samtale med dig hver tirsdag kl. 10 i klubben."),
    ("Træning om torsdagen i hallen.", "Der er træning om torsdagen i hallen."),
])
def test_a_meeting_noun_first_with_its_time_is_said_with_der_er(analyser, how, said):
    e = _easy(actors=[("Cykelklubben", how)])
    assert any(said in x for x in _said(e)), (_said(e), e.left_out)


@pytest.mark.parametrize("how", ["Samtale med Asger om cyklen.", "Kaffe med Asger hver tirsdag kl. 10."])
def test_no_der_er_without_a_meeting_noun_and_a_time(analyser, how):
    e = _easy(actors=[("Cykelklubben", how)])
    assert not any("Der er" in x for x in _said(e)), _said(e)


@pytest.mark.parametrize("actions, said", [
    ("Er der post til Asger, læser en af os den med ham om tirsdagen.",
     "Er der post til dig, læser en af os den med dig om tirsdagen."),
    ("Værkstedslederen ved at Asger kommer kl. 9.", "Værkstedslederen ved at du kommer kl. 9."),
])
def test_der_after_its_verb_and_ved_as_knows_keep_the_sentence(analyser, actions, said):
    e = _easy(actions=actions)
    assert said in _said(e), (_said(e), e.left_out)


@pytest.mark.parametrize("actions, said", [
    ("Vi ser om Asger når bussen kl. 8.", "Vi ser om du når bussen kl. 8."),
    ("Vi ringer når chaufføren kom for sent.", "Vi ringer når chaufføren kom for sent."),
])
def test_naar_as_a_verb_or_with_its_subject_is_said(analyser, actions, said):
    e = _easy(actions=actions)
    assert said in _said(e), (_said(e), e.left_out)
