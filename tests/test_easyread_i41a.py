"""Issue 24 (i41A): external actors, conditions and what a resident without speech showed in "Dit delmål" – by
category, with our own Danish examples (must-say beside must-leave-out), with and without the optional analyser.

1. a sentence never loses its condition: a «Hvis …»/«Når …»/«Ved …» left out by itself right after the sentence it
   belongs to takes that sentence along; «Ellers …» after a left-out sentence is left out; a staff part cut away
   with a condition in it takes the whole sentence;
2. an actor kept out («… har bedt om, at broren ikke inddrages», «Skal ikke kontaktes», «Ønsker ikke at være med»)
   is never «… er også med» – the actor's line is left out whole; an «ikke» inside a condition is no such thing;
3. an actor's «how» that is a note of what the actor was told («Orienteret om målet.») is said with the actor as
   the one told («Klubben er orienteret om målet.»), never reduced to «… er også med»;
4. an answer shown by a sign, a nod or a device, with the answer written («Ja (viser med tegn)», «Talemaskine:
   "…"») is said «Du sagde ja med tegn.» under «Det viste du os»; an account of gestures is never quoted as the
   resident's own words; spoken own words stay as they are.
"""

from __future__ import annotations

import pytest

from delmaal_assistant.core.model import ExternalActor
from delmaal_assistant.core.outputs.easyread import build
from sample_delmaal import full_delmaal

WORDING = "At Asger selv cykler til værkstedet hver tirsdag."


def _easy(actors=(), own=None, actions=None):
    d = full_delmaal(wording=WORDING)
    d.collaboration.resident_attitude = "Asger vil gerne cykle, når han har det godt."
    d.external_actors = [ExternalActor(name=n, how=h) for n, h in actors]
    if own is not None:
        d.collaboration.resident_own_words = own
    if actions is not None:
        d.indsats.actions = actions
    return build(d)


def _help(e) -> str:
    return dict(e.sections).get("Hvem er med dig", "")


def _all(e) -> str:
    return "\n".join(body for _, body in e.sections)


# ---- 1. conditions


@pytest.mark.parametrize("actors, actions, never", [
    # the condition as a sentence of its own after what it is the condition of
    ((("Værkstedet", "Ringer til bostøtten. Hvis Asger ikke er mødt kl. 9.15."),), None, "ringer til din bostøtte"),
    ((("Cykelsmeden", "Lapper dækket. Når det er punkteret."),), None, "lapper dækket"),
    ((("Værkstedet", "Giver besked til bostøtten. Ved afbud."),), None, "giver besked"),
    ((), "En af os går med til værkstedet om tirsdagen. Hvis Asger ikke er klar kl. 9.", "går med til værkstedet"),
    # a staff part cut away with the condition in it
    ((), "En af os går med til værkstedet og dokumenterer i Sensum, hvis Asger ikke vil.", "går med til værkstedet"),
])
def test_a_sentence_is_never_said_without_its_condition(analyser, actors, actions, never):
    e = _easy(actors, actions=actions)
    said = _all(e).lower()
    assert never not in said, said
    assert any(never in x.lower() for _, x, _ in e.left_out), e.left_out


@pytest.mark.parametrize("actors, expect", [
    ((("Værkstedet", "Ringer til bostøtten, hvis Asger ikke er mødt kl. 9.15."),),
     "Værkstedet ringer til din bostøtte, hvis du ikke er mødt kl. 9.15."),
    ((("Cykelsmeden", "Cykelsmeden lapper dækket, når det er punkteret."),),
     "Cykelsmeden lapper dækket, når det er punkteret."),
    # a whole conditional sentence after another: both stand on their own
    ((("Cykelsmeden", "Cykelsmeden tjekker bremserne hver måned. Hvis bremserne er slidte, skifter cykelsmeden dem."),),
     "Cykelsmeden tjekker bremserne hver måned."),
])
def test_a_condition_in_its_sentence_is_said_with_it(analyser, actors, expect):
    assert expect in _help(_easy(actors)), _help(_easy(actors))


def test_ellers_after_a_left_out_sentence_is_left_out(analyser):
    # «Kaffe hver søndag.» is a note (left out): «Ellers …» would say the call is the other way of nothing
    # (i43V: «Besøg hver søndag.» is said now – «Der er besøg hver søndag.», a meeting noun with its time)
    e = _easy((("Søsteren Mette", "Kaffe hver søndag. Ellers ringer Mette om mandagen."),))
    assert "Ellers" not in _all(e), _all(e)


# ---- 2. an actor kept out


@pytest.mark.parametrize("name, how", [
    ("Broren", "Asger har bedt om, at broren ikke inddrages."),
    ("Broren", "Skal ikke kontaktes – det ønsker Asger ikke."),
    ("Moster Inger", "Ønsker ikke at være med."),
    ("Broren", "Ikke inddraget efter Asgers ønske."),
    ("Broren", "Asger ønsker ikke, at broren er med."),
    ("Broren", "Må ikke kontaktes om målet."),
    ("Broren", "Er ikke med længere."),
    ("Broren", "Ingen kontakt efter aftale med Asger."),
    ("Broren (ikke inddraget)", ""),
    # other words for it (the b41 after-reading found «… bedt om at <bror> ikke blandes ind i det» said as «er også med»)
    ("Bror, Mads", "Asger har bedt om at Mads ikke blandes ind i det."),
    ("Faren", "Skal holdes udenfor efter Asgers ønske."),
    ("Søster", "Må ikke blande sig i cykelturene."),
])
def test_an_actor_kept_out_is_never_said_to_be_with_you(analyser, name, how):
    e = _easy(((name, how),))
    help_ = _help(e)
    assert "også med" not in help_, help_
    assert "bror" not in help_.lower() and "moster" not in help_.lower(), help_
    assert any(w.startswith("Eksterne aktører") for w, _, _ in e.left_out), e.left_out


@pytest.mark.parametrize("name, how, expect", [
    # «ikke» inside a condition: the actor does take part
    ("Værkstedet", "Ringer til bostøtten, hvis Asger ikke er mødt kl. 9.15.", "Værkstedet ringer til din bostøtte"),
    ("Broren", "Broren kører Asger til værkstedet, når bussen ikke kører.", "Din bror kører dig til værkstedet"),
])
def test_an_actor_with_ikke_in_a_condition_is_said(analyser, name, how, expect):
    assert expect in _help(_easy(((name, how),))), _help(_easy(((name, how),)))


# ---- 3. what the actor was told


@pytest.mark.parametrize("name, how, expect", [
    ("Cykelklubben", "Orienteret om målet.", "Cykelklubben er orienteret om målet."),
    ("Cykelklubben", "Informeret.", "Cykelklubben er informeret."),
    ("Cykelklubben", "Inviteret til mødet i marts.", "Cykelklubben er inviteret til mødet i marts."),
])
def test_a_note_of_what_the_actor_was_told_is_said(analyser, name, how, expect):
    help_ = _help(_easy(((name, how),)))
    assert expect in help_, help_
    assert "også med" not in help_, help_


def test_a_participle_about_someone_else_is_not_said_of_the_actor(analyser):
    # «Tilmeldt Asger …»: who was signed up is the resident – never «Cykelklubben er tilmeldt …»
    help_ = _help(_easy((("Cykelklubben", "Tilmeldt Asger til løbet i maj."),)))
    assert "er tilmeldt" not in help_, help_


# ---- 4. what a resident without speech showed


@pytest.mark.parametrize("own, expect", [
    ("Ja (viser med tegn)", "Du sagde ja med tegn."),
    ("«Nej» (med tegn)", "Du sagde nej med tegn."),
    ("ja (nik)", "Du sagde ja med et nik."),
    ("Ja – via talemaskine", "Du sagde ja med talemaskinen."),
    ("Viser med tegn: ja", "Du sagde ja med tegn."),
    ("Har med tegn vist ja.", "Du sagde ja med tegn."),
    ("Via talemaskine: Jeg vil gerne cykle.", "Du sagde «Jeg vil gerne cykle» med talemaskinen."),
    ("Tegn til tale: «cykel, ja»", "Du sagde «cykel, ja» med tegn."),
    ("JA (tegn)", "Du sagde ja med tegn."),
])
def test_an_answer_shown_by_sign_nod_or_device_is_said_as_shown(analyser, own, expect):
    sections = dict(_easy(own=own).sections)
    assert sections.get("Det viste du os") == expect, sections
    assert "Det sagde du selv" not in sections, sections


@pytest.mark.parametrize("own", [
    "Ingen ord. Peger på billedet af cyklen.",
    "Nik og smil ved billedet af cyklen.",
    "Tegner en cykel.",
    "Kan ikke tale – nikker ved billedet af cyklen (= ja).",
])
def test_an_account_of_gestures_is_never_quoted_as_own_words(analyser, own):
    sections = dict(_easy(own=own).sections)
    assert "Det sagde du selv" not in sections, sections
    assert "«" not in _all(_easy(own=own)), sections


@pytest.mark.parametrize("own", [
    "Han vil gerne (tegn)",            # a han/hun in the answer: whose words?
    "Asger vil cykle (tegn)",          # the resident named in the answer: staff's words
    "Cykel – ja – måske (tegn)",       # not one plain answer
    "Ja (viser med hænderne)",         # a way of showing the lists do not know
])
def test_an_answer_not_certain_is_not_said_as_shown(analyser, own):
    assert "Du sagde" not in _all(_easy(own=own)), _all(_easy(own=own))


@pytest.mark.parametrize("own, expect", [
    ("Jeg vil gerne cykle.", "«Jeg vil gerne cykle.»"),
    ("Jeg vil selv pumpe cyklen", "«Jeg vil selv pumpe cyklen.»"),  # (a line typed without one gets its full stop)
])
def test_spoken_own_words_stay_as_they_are(analyser, own, expect):
    assert dict(_easy(own=own).sections).get("Det sagde du selv") == expect


@pytest.mark.parametrize("name, how, expect", [
    # a wish about what the resident does, or a «how» that only says how the actor takes part: the actor is with you
    ("Mor", "Mor ringer til Asger hver søndag og spørger til cyklingen.", "Din mor ringer til dig hver søndag"),
    ("Cykelklubben", "Klubben cykler uden om byen med Asger om lørdagen.", "uden om byen"),
    ("Mor", "Mor blander saftevand til Asger før turen.", "Din mor blander saftevand til dig"),
])
def test_an_actor_who_takes_part_is_not_kept_out(analyser, name, how, expect):
    assert expect in _help(_easy(((name, how),))), _help(_easy(((name, how),)))


@pytest.mark.parametrize("text, alone", [
    ("Hvis du ikke er klar kl. 9.", True),
    ("Hvis du ikke tager medicinen.", True),
    ("Ved afbud.", True),
    ("Når den er punkteret.", True),
    # a main clause after the condition, with or without its comma: a sentence of its own
    ("Hvis du ikke vil op kommer nattevagten igen efter 10 min.", False),
    ("Hvis du er træt kan du hvile dig på bænken.", False),
    ("Hvis du cykler for stærkt, siger vi det.", False),
    ("Hvis det er punkteret kontaktes cykelsmeden.", False),
    ("Hvis du ikke svarer ringer bostøtten til Asgers mor.", False),
    ("Ved afbud ringer værkstedet til os.", False),
    ("Hvis du hellere vil cykle fredag er det fint.", False),
])
def test_a_condition_alone_is_told_from_a_conditional_sentence(analyser, text, alone):
    from delmaal_assistant.core.outputs.duform import rules
    from delmaal_assistant.core.outputs.easyread import _condition_alone

    assert _condition_alone(text, rules("da")) is alone


# ---- after the b41 reading: a whole own-words field in brackets is staff's note, never quoted


@pytest.mark.parametrize("own, shown", [
    ("(Peger på billedet af cyklen og siger 'ja').", "Du peger på billedet af cyklen og siger 'ja'."),
    ("(Nikker og smiler, da vi viser billedet.)", "Du nikker og smiler, da vi viser billedet."),
])
def test_a_bracketed_account_is_said_as_shown_never_quoted(analyser, own, shown):
    sections = dict(_easy(own=own).sections)
    assert "Det sagde du selv" not in sections, sections.get("Det sagde du selv")
    assert sections.get("Det viste du os") == shown


def test_a_bracketed_note_that_is_no_account_is_left_out(analyser):
    e = _easy(own="(God dag i dag.)")
    assert "God dag" not in _all(e)


@pytest.mark.parametrize("own, said", [
    ("(Jeg vil gerne cykle.)", "«(Jeg vil gerne cykle.)»"),          # first person in brackets: words said; no «.).»
    ("Jeg vil cykle (når det er tørt)", "«Jeg vil cykle (når det er tørt).»"),
])
def test_own_words_in_brackets_end_once(analyser, own, said):
    assert dict(_easy(own=own).sections).get("Det sagde du selv") == said
