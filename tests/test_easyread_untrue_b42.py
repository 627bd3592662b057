"""Two kinds of untrue sentence a blind reader found after session 11's fixes (b42), with our own examples, both
ways, with and without the analyser:
- a father's «… når sønnen er hjemme» was said «… når din søn er hjemme»: when an actor is the resident's parent, a
  «sønnen»/«datteren» may be the resident – left out, told to staff (a delmål whose actors are the resident's
  children keeps «Datteren Lone» as «din datter»);
- own words that are a question without its «?» («Hvad nu hvis han siger nej», about a friend) were said «Hvad nu
  hvis du siger nej.»: a question is the resident's own speech – never put in du-form."""

from __future__ import annotations

from sample_delmaal import easy_of_example


def _said(tmp_path, actors=None, own=None):
    fields = {k: v for k, v in (("actors", actors), ("own", own)) if v is not None}
    return easy_of_example(tmp_path, **fields)


def test_a_parents_son_is_never_said_your_son(tmp_path, analyser):
    text, left = _said(tmp_path, actors=[{"name": "Far", "how": "Bruger de samme billeder, når sønnen er hjemme "
                                                                "hver anden weekend. Ringer søndag aften."}])
    assert "din søn" not in text, text
    assert any("sønnen er hjemme" in x for x in left), left
    assert "Din far ringer søndag aften." in text, (text, left)


def test_a_residents_own_daughter_is_still_your_daughter(tmp_path, analyser):
    text, left = _said(tmp_path, actors=[{"name": "Datteren Lis", "how": "Ringer søndag aften."}])
    assert "Din datter Lis ringer søndag aften." in text, (text, left)


def test_a_question_in_own_words_is_never_put_in_du_form(tmp_path, analyser):
    text, left = _said(tmp_path, own="Hvad nu hvis han siger nej")
    assert "du siger nej" not in text, text


def test_a_staff_paraphrase_in_own_words_is_still_said(tmp_path, analyser):
    text, left = _said(tmp_path, own="Han vil gerne selv lave mad om onsdagen.")
    assert "Du vil gerne selv lave mad om onsdagen." in text, (text, left)


def _said_actions(tmp_path, actions):
    return easy_of_example(tmp_path, actions=actions)


def test_a_things_reflexive_in_a_parenthesis_is_never_yours(tmp_path, analyser):
    # «… (den flytter sig)» after «Bo og pædagogen skriver …» was said «(den flytter jer)»
    text, left = _said_actions(tmp_path, "Om morgenen skriver Bo og pædagogen tiden for bussen på tavlen "
                                         "(den flytter sig).")
    assert "flytter jer" not in text and "flytter dig" not in text, text


def test_a_parenthesis_without_a_clause_keeps_the_residents_reflexive(tmp_path, analyser):
    text, left = _said_actions(tmp_path, "Bo vasker sit tøj hver onsdag (eller på sin fridag).")
    assert "Du vasker dit tøj hver onsdag (eller på din fridag)." in text, (text, left)


def test_a_relative_after_a_comma_owns_its_reflexive(tmp_path, analyser):
    # «…, far har selv arbejdet på sin arbejdsplads» (the father's) was said «… på din arbejdsplads»
    text, left = _said(tmp_path, actors=[{"name": "Far", "how": "Snakker med Bo i weekenden om at skole og arbejde "
                                                                "godt kan gå sammen, far har selv arbejdet på sin "
                                                                "arbejdsplads."}])
    assert "din arbejdsplads" not in text, text


def test_a_pronoun_before_the_resident_named_in_its_clause_is_someone_else(analyser):
    # «… derefter venter hun på at beboeren trykker» (the «hun» is staff) was said «… venter du på at du trykker»
    from delmaal_assistant.core.outputs.duform import Resident, transform

    said = transform("Hun tager tasken med. Medarbejderen trykker færdig på appen de første uger, derefter venter "
                     "hun på at beboeren trykker.", Resident(("beboeren",), "hun")).sentences
    assert "Du tager tasken med." in said, said
    assert not any("venter du på at du" in x for x in said), said


def test_a_condition_with_its_verb_first_may_name_the_resident_after_it(tmp_path, analyser):
    text, left = easy_of_example(tmp_path, otherwise="Vil Bo ikke, spørger vi igen. Vil han stadig ikke, "
                                                     "tilbyder vi Bo at gå med.")
    assert "Vil du stadig ikke, tilbyder vi dig at gå med." in text, (text, left)
