"""Issue 24 (i42A): outside actors said fully, «Hvor tit» kept where the wording says it plainly, and staff roles
with a word before them – by category, with our own invented Danish examples (must-say beside must-not-say), with
and without the optional analyser (the `analyser` fixture).

1. an actor's label is a noun phrase the resident reads right: a friend, a girlfriend, a neighbour named by the word
   before or after the name is the resident's own («Ven Torkild» → «Din ven Torkild», «Vibeke (veninde)» → «Din
   veninde Vibeke»), never «Ven Torkild er også med.»; an adjective and a place noun is one particular place («Det
   neurologiske ambulatorium (…)», never «Et neurologisk ambulatorium»); a listed role noun alone gets its article
   («En diætist er også med.», never «Diætist er også med.»), a person described by an adjective keeps «en»;
2. an actor's «how» keeps the actor as subject where who does what is certain: a part after «;» that opens with its
   finite verb, and a bare role noun that is the actor's own role («Sagsbehandler holder …» after «Sagsbehandler på
   rådhuset») – never «X er også med.» with the how's bare noun after it;
3. «Hvor tit»: «hver hverdag» said as written; «mindst»/«højst» before a number and a thing that is no when-word and
   has no rate after it («mindst 40 minutter», «mindst tre naboer») measures that thing, so the line is said – with a
   rate («mindst 3 job om ugen», «højst 200 kr. om ugen»), a count of occasions or a frequency it stays out;
4. a staff role word after an adjective with its determiner («en mandlig medarbejder», «den faste pædagog»), after a
   genitive («Værkstedets pæd.») or as what a named person is in brackets («(Esben, erfaren pæd.)») is said as the plain
   noun, never «Værkstedets pædagogen» nor left out; without such a word «en pædagog» is still «en af os».
"""

from __future__ import annotations

import pytest

from delmaal_assistant.core.model import ExternalActor
from delmaal_assistant.core.outputs.easyread import build
from delmaal_assistant.core.outputs.easytemplates import templates
from delmaal_assistant.core.outputs.easywhen import _frequency_checked
from sample_delmaal import full_delmaal

WORDING = "At Ingolf vasker tøj hver onsdag."


def _easy(actors=(), actions=None):
    d = full_delmaal(wording=WORDING)
    d.external_actors = [ExternalActor(name=n, how=h) for n, h in actors]
    if actions is not None:
        d.indsats.actions = actions
    return build(d)


def _help(e) -> str:
    return dict(e.sections).get("Hvem er med dig", "")


# ---- 1. labels
@pytest.mark.parametrize("name, how, expect", [
    ("Ven Torkild", "Ringer til Ingolf hver søndag.", "Din ven Torkild ringer til dig hver søndag."),
    ("Ven Torkild", "Er med på turen.", "Din ven Torkild er med på turen."),
    ("Folmer (ven)", "Er med på turen.", "Din ven Folmer er med på turen."),
    ("Nabo Merethe", "Kigger forbi om aftenen.", "Din nabo Merethe kigger forbi om aftenen."),
    ("Veninde (Vibeke)", "Går med i biografen.", "Din veninde Vibeke går med i biografen."),
    ("Vibeke, veninde", "Går med i biografen.", "Din veninde Vibeke går med i biografen."),
    ("Neurologisk ambulatorium, sygeplejerske Svanhild", "Ringer til kontaktpersonen, hvis Ingolf ikke er kommet kl. 11.",
     "Det neurologiske ambulatorium (sygeplejerske Svanhild) ringer til din kontaktperson, hvis du ikke er kommet kl. 11."),
    ("Diætist", "Er med på turen.", "En diætist er med på turen."),
    # family words keep their form as before (a relative first named by the family word and the name)
    ("Fætter, Asbjørn", "Henter Ingolf ved døren kl. 16.", "Din fætter Asbjørn henter dig ved døren kl. 16."),
    ("Mor, Gudrun", "Lader Ingolf selv betale i Netto.", "Din mor Gudrun lader dig selv betale i Netto."),
    # the family word's definite form before the name
    ("Naboen Arvid", "Er med på turen.", "Din nabo Arvid er med på turen."),
])
def test_actor_label_reads_right(analyser, name, how, expect):
    text = _help(_easy([(name, how)]))
    assert expect in text, text


@pytest.mark.parametrize("name, how, never", [
    ("Ven Torkild", "", "Ven Torkild er"),
    ("Veninde (Vibeke)", "Går med i biografen.", "Veninden din veninde"),
    ("Neurologisk ambulatorium, sygeplejerske Svanhild", "Ringer hver fredag.", "Et neurologisk"),
    ("Kommunal madordning", "Bringer mad hver tirsdag.", "En kommunal madordning"),
    ("Diætist", "Er med på turen.", "\nDiætist er med på turen."),
])
def test_actor_label_never_broken(analyser, name, how, never):
    text = "\n" + _help(_easy([(name, how)]))
    assert never not in text, text


def test_manden_is_no_family_word(analyser):
    # «Manden Hans»: «the man» – anyone's, never «din mand Hans»
    text = _help(_easy([("Manden Bendt fra kiosken", "Har varerne klar.")]))
    assert "din mand" not in text.lower(), text


def test_genitive_with_apostrophe_of_a_friend(analyser):
    text = _help(_easy([("Vibeke (veninde)", "Går med i biografen om fredagen.")],
                       actions="Vibeke's bror kører jer hjem kl. 22."))
    assert "veninde's" not in text, text


def test_a_described_person_keeps_its_article(analyser):
    # a person noun after the adjective is one of many: «En frivillig besøgsven …» (as before) – or, without the
    # analyser, not said; never «Den frivillige besøgsven»
    text = _help(_easy([("Frivillig besøgsven", "Kommer hver tirsdag.")]))
    assert "Den frivillige" not in text, text
    if analyser:
        assert "En frivillig besøgsven kommer hver tirsdag." in text, text


# ---- 2. the actor as subject of its how
def test_part_after_semicolon_gets_the_actor(analyser):
    text = _help(_easy([("Folmer, besøgsven",
                         "Henter Ingolf onsdag kl. 16; giver kontaktpersonen besked, hvis Ingolf ikke kommer.")]))
    assert "Folmer (besøgsven) henter dig onsdag kl. 16." in text, text
    assert "Folmer (besøgsven) giver din kontaktperson besked, hvis du ikke kommer." in text, text


def test_condition_after_semicolon_gets_no_subject(analyser):
    # «…; er hun forhindret, giver hun besked»: a verb and its subject – a condition, never «Folmer er hun forhindret»
    text = _help(_easy([("Folmer, besøgsven", "Spiser med om søndagen; er han forhindret, giver han besked.")]))
    assert "besøgsven) er han" not in text, text


def test_part_after_semicolon_without_verb_gets_no_subject(analyser):
    text = _help(_easy([("Klubben", "Holder åbent om tirsdagen; træneren tager imod.")]))
    assert "Klubben træneren" not in text and "Klubben tager" not in text, text


def test_later_sentence_opening_with_its_verb_gets_the_actor(analyser):
    text = _help(_easy([("Mor Gudrun", "Kommer lørdag og hjælper Ingolf med håret. Køber balsam.")]))
    assert "Din mor køber balsam." in text, text


def test_later_sentence_with_a_noun_subject_gets_no_actor(analyser):
    # «Møder kommer …»: a noun and then its verb – never «Din mor møder kommer …»; «Kører du selv, …»: a condition
    text = _help(_easy([("Mor Gudrun", "Kommer lørdag. Kører du selv, venter hun ved bussen.")]))
    assert "Din mor kører" not in text, text


def test_later_note_with_a_second_verb_after_a_comma_stays_as_it_was(analyser):
    # without the analyser the lists' -r verb is not given the actor when a second verb with no subject follows
    # a comma (with the analyser `_as_sentences` reads the verb as before this change – not this rule's)
    if analyser:
        pytest.skip("the analyser path gives the subject in `_as_sentences`, unchanged by i42A")
    text = _help(_easy([("Mor Gudrun", "Ringer hver aften. Taler ikke om mad, har aftalt det med kontaktpersonen.")]))
    assert "Din mor taler ikke om mad, har" not in text, text


def test_bare_role_noun_of_the_actor_is_the_actor(analyser):
    text = _help(_easy([("Sagsbehandler på rådhuset", "Sagsbehandler holder et møde med Ingolf i marts.")]))
    assert "En sagsbehandler på rådhuset holder et møde med dig i marts." in text, text
    assert "er også med" not in text, text


# ---- 3. «Hvor tit»
@pytest.mark.parametrize("wording, expect", [
    ("At Ingolf går en tur på mindst 40 minutter i parken hver anden søndag kl. 10.", "Hver anden søndag kl. 10."),
    ("At Ingolf hilser på mindst tre naboer i opgangen kl. 9 hver tirsdag og fredag.",
     "Hver tirsdag og fredag. Det er kl. 9."),
    ("At Ingolf rydder mindst 2 skabe op hver fredag.", "Hver fredag."),
    ("At Ingolf børster tænder hver hverdag kl. 7.", "Hver hverdag kl. 7."),
    # a total over the period is no frequency: the schedule is said
    ("At Ingolf går til keramik hver onsdag kl. 17-18, mindst 10 gange frem til 31. marts 2027.",
     "Hver onsdag kl. 17-18."),
])
def test_hvor_tit_said(analyser, wording, expect):
    left: list = []
    assert _frequency_checked(wording, templates(), left, "Hvor tit") == expect, left


@pytest.mark.parametrize("wording", [
    "At Ingolf søger mindst 3 job om ugen hver mandag og onsdag.",        # a rate: how often he applies
    "At Ingolf svømmer mindst 2 gange om ugen, tirsdag og torsdag kl. 16.",  # the frequency itself
    "At Ingolf bruger højst 200 kr. om ugen og går i banken hver torsdag.",  # a rate of money: kept out as before
    "At Ingolf kommer til mindst 8 af de 10 træninger hver onsdag kl. 18.",  # a count of occasions
    "At Ingolf drikker højst 3 kopper kaffe om dagen på hverdage.",
    "At Ingolf bestiller tid hos frisøren mindst 3 hverdage i forvejen.",   # a count of days: the when's own
    "At Ingolf møder tirsdag og torsdag kl. 9 og er der mindst 75 % af undervisningen.",  # a share of the occasions
])
def test_hvor_tit_still_left_out(analyser, wording):
    left: list = []
    assert _frequency_checked(wording, templates(), left, "Hvor tit") is None
    assert left


# ---- 4. staff roles with a word before them
@pytest.mark.parametrize("actions, expect", [
    ("Tirsdag går en mandlig medarbejder med Ingolf til svømning.",
     "Tirsdag går en mandlig medarbejder med dig til svømning."),
    ("Tirsdag går en mandlig medarb. med Ingolf til svømning.",
     "Tirsdag går en mandlig medarbejder med dig til svømning."),
    ("Den faste pædagog hjælper Ingolf med vasken.", "Den faste pædagog hjælper dig med vasken."),
    ("Hvis Ingolf siger nej, prøver vi igen en time senere med en anden medarbejder.",
     "Hvis du siger nej, prøver vi igen en time senere med en anden medarbejder."),
    ("Værkstedets pæd. (Esben) viser Ingolf maskinen den første uge.",
     "Værkstedets pædagog (Esben) viser dig maskinen den første uge."),
    ("Kontaktpersonen (Esben, erfaren pæd.) læser post med Ingolf hver mandag kl. 10.",
     "Din kontaktperson (Esben, erfaren pædagog) læser post med dig hver mandag kl. 10."),
    ("Sigrid (pæd., KP) taler med Ingolf hver fredag.", "Sigrid (din kontaktperson) taler med dig hver fredag."),
    # without a word before it the staff word is still ours
    ("Tirsdag går en pædagog med Ingolf til svømning.", "Tirsdag går en af os med dig til svømning."),
])
def test_staff_role_with_a_word_before_it(analyser, actions, expect):
    text = _help(_easy(actions=actions))
    assert expect in text, text


def test_genitive_staff_word_never_definite(analyser):
    text = _help(_easy(actions="Værkstedets pæd. (Esben) viser Ingolf maskinen den første uge."))
    assert "pædagogen" not in text and "en af os (Esben)" not in text, text
