"""Issue 24 (i39L): «Dit delmål» says what is plainly true instead of leaving it out, and never says it untrue –
by category, with our own Danish examples (must-say beside must-leave-out), with and without the optional Danish
analyser (the `analyser` fixture).

1. the first of two verbs the subject shares goes when all the staff-only part is in it and the sentence opens with
   its subject («Massøren fører journal og masserer Villy» → «Massøren masserer dig»); never after a fronted time or
   place, across a comma, or when a clause opens between the verb and «og»;
2. a first name the analyser knows only as a surname, a common noun or not at all, after «med»/«hos» (a surname
   after any person preposition), is another person: a han/hun beside it is left out, never «du»;
3. «Hans» first in a sentence before a verb or «og» is the name or «his» – never said as «Din».
"""

from __future__ import annotations

import pytest

from delmaal_assistant.core.outputs.duform import Resident, transform
from delmaal_assistant.core.outputs.duform.rules import rules as load_rules
from delmaal_assistant.core.outputs.duform.surface import _without_staff_clause

VILLY = Resident(("Villy",), "han")
GURLI = Resident(("Gurli",), "hun")


# ---- 1. the first of two shared verbs, when the staff-only part is all in it


@pytest.mark.parametrize("text, who, expect", [
    ("Massøren fører journal over behandlingerne og masserer Villy hver anden fredag.", VILLY,
     "Massøren masserer dig hver anden fredag."),
    ("Frode (frisør i byen) laver skalering af håret og klipper Villy i salonen.", VILLY,
     "Frode (frisør i byen) klipper dig i salonen."),
    ("Vi skriver det i journalen og går med Gurli til bussen.", GURLI, "Vi går med dig til bussen."),
    # (the last of the two verbs goes as before: «… og fører journal» – `_without_staff_clause`)
    ("Massøren masserer Villy og fører journal over skaleringen.", VILLY, "Massøren masserer dig."),
    ("Tandlægen har lavet en vurdering af tænderne og ringer til Gurli, hvis tiden flyttes.", GURLI,
     "Tandlægen ringer til dig, hvis tiden flyttes."),
])
def test_first_staff_verb_cut_rest_said(analyser, text, who, expect):
    assert transform(text, who).sentences == [expect]


@pytest.mark.parametrize("text, who", [
    # a fronted time: the subject comes after the verb («Hver fredag fører massøren …»)
    ("Hver fredag fører massøren journal og masserer Villy.", VILLY),
    # a verb first (a condition or a question): no subject before it
    ("Fører vi journal og ringer til Villy?", VILLY),
    # a comma before «og»: a list or a clause of its own
    ("Massøren fører journal, skriver til lægen og masserer Villy.", VILLY),
    # a clause opens before «og»: «og» may join it
    ("Massøren spørger, om vi fører journal og masserer Villy.", VILLY),
    ("Massøren ved hvornår vi fører journal og masserer Villy.", VILLY),
    # after «og» no finite verb: nothing the subject does alone
    ("Massøren fører journal og skalering.", VILLY),
])
def test_first_staff_verb_not_cut(analyser, text, who):
    res = transform(text, who)
    assert not res.sentences, res.sentences
    assert res.left_out


def test_cut_keeps_the_subject_and_the_tail_as_written(analyser):
    r = load_rules()
    assert _without_staff_clause("Lene fører journal og ringer til os.", r) == "Lene ringer til os."
    assert _without_staff_clause("Om aftenen fører Lene journal og ringer til os.", r) is None


# ---- 2. a first name the analyser lists by no first name


@pytest.mark.parametrize("text, who", [
    ("Villy går tur med Storm, og han bærer tasken.", VILLY),          # a surname and a noun
    ("Villy spiller kort med Vinter, og han vinder tit.", VILLY),
    ("Gurli går tur med Lilje, og hun bærer tasken.", GURLI),          # a common noun only
    ("Gurli bager kage hos Yrsa, og hun tager den med hjem.", GURLI),  # not known at all
    ("Villy ringer til Vinter, når han er ked af det.", VILLY),
])
def test_unlisted_name_is_another_person(analyser, text, who):
    res = transform(text, who)
    assert not any(" du " in f" {s} " or s.startswith("Du ") for s in res.sentences), res.sentences
    assert res.left_out


@pytest.mark.parametrize("text, who, expect", [
    # a place, a shop or an abbreviation after a preposition is no person
    ("Villy går i Netto, og han køber mælk.", VILLY, "Du går i Netto, og du køber mælk."),
    ("Gurli går på Værkstedet, og hun maler.", GURLI, "Du går på Værkstedet, og du maler."),
    ("Villy tager bussen til VUC, og han har sin madpakke med.", VILLY,
     "Du tager bussen til VUC, og du har din madpakke med."),
])
def test_place_after_preposition_is_no_person(text, who, expect):
    assert transform(text, who).sentences == [expect]


# ---- 3. «Hans» first in a sentence


@pytest.mark.parametrize("text", [
    "Hans går med Villy til bussen.",
    "Hans og Villy går til bussen.",
    "Hans kører Villy hjem om søndagen.",
])
def test_hans_as_first_word_before_a_verb_never_din(analyser, text):
    res = transform(text, VILLY)
    assert not any(s.startswith("Din ") for s in res.sentences), res.sentences
    assert res.left_out


@pytest.mark.parametrize("text, expect", [
    ("Hans cykel står i skuret.", "Din cykel står i skuret."),
    ("Hans bror kommer om søndagen.", "Din bror kommer om søndagen."),
])
def test_hans_before_a_noun_is_his(analyser, text, expect):
    assert transform(text, VILLY).sentences == [expect]


def test_resident_called_hans_is_du(analyser):
    assert transform("Hans går til bussen.", Resident(("Hans",), "han")).sentences == ["Du går til bussen."]
