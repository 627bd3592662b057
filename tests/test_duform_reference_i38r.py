"""Issue 24, round 38 (i38R): a han/hun whose person the grammar makes certain is said, with and without the
analyser. Our own sentences (none taken from a blind set). The category: a non-reflexive «ham»/«hende»/«hans»/
«hendes» is never its own clause's subject («sig»/«sin» otherwise) – and the subject is everyone a sentence-first
subject names: a name with its role in brackets («En nevø (Asger)», «Preben (værge og nevø)», «Værestedet Lyngen
(mentor Gunnar)»), a family word and a name – one person. The same holds for the people
in reach of a sentence left out before it, when each of them is named in that subject. Left out as before: a
genitive in the subject («Frodes bror»), a person in an object or after a preposition, a comma, clause opener or new
subject between the verb and the pronoun, an infinitive between them («lader X låne hendes …»: the infinitive's
own subject), and anyone in reach who is not the subject."""

from __future__ import annotations

import pytest

from delmaal_assistant.core.outputs.duform import Resident, transform

VILLADS = Resident(("Villads",), "han")
INGRID = Resident(("Ingrid",), "hun")


@pytest.mark.parametrize("who, text, expect", [
    # a family word with the name in brackets, the name with its role in brackets: one person, the subject
    (VILLADS, "En nevø (Asger) henter Villads kl. 9 og følger ham hjem.",
     "En nevø (Asger) henter dig kl. 9 og følger dig hjem."),
    (INGRID, "En svigerinde (Annette) rydder op sammen med hende.",
     "En svigerinde (Annette) rydder op sammen med dig."),
    (VILLADS, "Preben (værge og nevø) sætter pengene ind på hans konto.",
     "Preben (værge og nevø) sætter pengene ind på din konto."),
    # a place of two words and its person in brackets; «om» here is a preposition, not a clause
    (VILLADS, "Værestedet Lyngen (mentor Gunnar) taler med Villads om hans uge.",
     "Værestedet Lyngen (mentor Gunnar) taler med dig om din uge."),
])
def test_pronoun_of_a_named_subject_is_the_resident(who, text, expect, analyser):
    res = transform(text, who)
    assert res.sentences == [expect], res


def test_after_a_left_out_sentence_the_one_in_reach_is_the_subject(analyser):
    # the sentence before is left out (its «hun» may be Esther); Esther, the only woman in reach of it, is the subject of
    # the next one – its «hende» is not her
    text = "Esther (veninde) kommer, når hun har fri. Esther (veninde) hjælper hende med regningerne."
    res = transform(text, INGRID)
    assert res.sentences == ["Esther (veninde) hjælper dig med regningerne."], res
    assert [s for s, _ in res.left_out] == ["Esther (veninde) kommer, når hun har fri."], res


@pytest.mark.parametrize("who, text", [
    # two people, one of them with a role in brackets, or either of two: «hende» may be one of them
    # (test_duform_coverage holds the same for «Ole (far) og Per … ham»)
    (INGRID, "Annette (nabo) og Esther henter Ingrid og følger hende hjem."),
    (INGRID, "Annette eller aftenvagten sætter sig ved siden af hende."),
    # a genitive in the subject: its person is not the subject («Frodes bror … ham» may be Frode)
    (VILLADS, "Frodes bror henter Villads og følger ham hjem."),
    (INGRID, "Annettes mor henter Ingrid og følger hende hjem."),
    # another person as an object, after a preposition, in a relative clause, or the subject of a clause of its own
    (VILLADS, "Vagn henter Villads og Erling og følger ham hjem."),
    (VILLADS, "Vagn viser Erling billedet og roser ham."),
    (VILLADS, "Vagn med sin søn Erling henter ham."),
    (VILLADS, "Vagn, der kender Erling, henter ham."),
    (VILLADS, "Vagn henter Villads, og Erling følger ham hjem."),
    (INGRID, "Annette (søster) ringer til Esther og spørger til hendes datter."),
    # an infinitive between the verb and the pronoun: its own subject is not «hendes»
    (INGRID, "Annette (nabo) beder Esther om at hjælpe hende."),
    (INGRID, "Annette (nabo) lader Esther låne hendes cykel."),
    # a woman in reach who is not the subject
    (INGRID, "Esther (nabo) ringer. Annette (søster) følger hende hjem."),
    # after a left-out sentence: someone in reach of it who is not the subject
    (INGRID, "Annette kommer, når hun har fri. Esther (veninde) hjælper hende med regningerne."),
    # a subject pronoun is not what this reads («Esther henter Ingrid, når hun har fri»: maybe Esther)
    (INGRID, "En veninde (Esther) henter Ingrid, når hun har fri."),
])
def test_pronoun_that_may_be_someone_else_is_still_left_out(who, text, analyser):
    res = transform(text, who)
    last = text.rstrip(".").split(". ")[-1] + "."
    assert last in [s for s, _ in res.left_out], res
    assert not any("dig" in s or "din" in s for s in res.sentences if s.startswith(last.split()[0])), res


def test_an_indefinite_family_word_with_its_name_becomes_din():
    # the sentence above, now said, names the relative «En nevø (Asger)»: the relative is called «din nevø»
    # (with the name the first time), never «En din nevø»
    from delmaal_assistant.core.outputs.easyread import _relatives_by_role

    _, out = _relatives_by_role("Dit delmål", [
        ("Hvem", "En nevø (Asger) henter dig kl. 9 og følger dig hjem. Asger ringer, hvis bussen er forsinket."),
        ("Hvis", "Hvis du er syg, ringer en af os til en kusine (Esther).")], "Det siger du selv")
    assert out[0][1] == "Din nevø Asger henter dig kl. 9 og følger dig hjem. Din nevø ringer, hvis bussen er " \
                        "forsinket."
    assert out[1][1] == "Hvis du er syg, ringer en af os til din kusine Esther."
