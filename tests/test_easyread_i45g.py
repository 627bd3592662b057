"""Issue 24 (i45G): "Dit delmål" says the delmål sentence where every word is certain, and never shows a staff note –
by category, with our own invented Danish examples (must-say beside must-not-say), with and without the analyser.

1. the delmål sentence: a reflexive in an infinitive «ved at / uden at / i stedet for at» after the comma that closes
   a subordinate clause of a thing belongs to the main clause's subject, the resident («… i stedet for at slå dig»);
   not after a clause of another person; «din kontaktperson» as a receiver before a thing of the resident's («viser
   din kontaktperson dit skema») is no doubled possessive («din bror din bror» still is); «Du giver/viser en af os
   dit …» is no fronted object («Du henter en af os» still is);
2. a verbless staff note after the last comma of a whole sentence in a «how» («…, samtale hver 3. uge», «…, ingen
   kniv på bordet», «…, obs. vægt») is cut and listed as left out; «obs.» never ends a sentence; the last item of a
   list, a time and a phrase of its own after the comma stay.
"""

from __future__ import annotations

import pytest

from delmaal_assistant.core.outputs.easyread import build

from test_easyread_i43g import _delmaal, _said, _text  # the same small delmål and reading helpers (one copy)

_PLACEHOLDER = "Vi har ikke skrevet dit mål i let sprog endnu."


def _goal(easy) -> str:
    return easy.sections[0][1]


# ---- 1. the delmål sentence


@pytest.mark.parametrize("wording, expect", [
    ("At Ole viser sit blå kort og går ind på sit værelse, når han mærker at det bliver for larmende, i stedet for at "
     "slå sig på benene.",
     "Du viser dit blå kort og går ind på dit værelse, når du mærker at det bliver for larmende, i stedet for at slå "
     "dig på benene."),
    ("At Ole går ud i haven, når det bliver for meget, i stedet for at råbe ad sin nabo.",
     "Du går ud i haven, når det bliver for meget, i stedet for at råbe ad din nabo."),
    ("At Ole selv betaler sin kaffe i kantinen hver fredag, når klubben holder møde, ved at vise sit kort.",
     "Du betaler selv din kaffe i kantinen hver fredag, når klubben holder møde, ved at vise dit kort."),
    ("At Ole hver aften kl. 21 fortæller aftenvagten, hvordan dagen er gået, ved at pege på sin smiley-tavle.",
     "Hver aften kl. 21 fortæller du aftenvagten, hvordan dagen er gået, ved at pege på din smiley-tavle."),
])
def test_an_infinitive_after_a_closed_clause_of_a_thing_is_the_residents(analyser, tmp_path, wording, expect):
    easy = build(_delmaal(tmp_path, wording=wording))
    assert _goal(easy).startswith(expect), (_goal(easy), easy.left_out)


def test_an_infinitive_after_a_clause_of_another_person_is_not_guessed(analyser, tmp_path):
    # «…, når hans bror kommer, uden at tage sin jakke»: whose jacket – the rules do not decide it for the resident
    easy = build(_delmaal(tmp_path, wording="At Ole går ud, når hans bror kommer, uden at tage sin jakke."))
    assert "uden at tage din jakke" not in _text(easy), _said(easy)


@pytest.mark.parametrize("wording, expect", [
    ("At Ole viser sin kontaktperson sit ugeskema hver mandag.", "Du viser din kontaktperson dit ugeskema hver mandag."),
    ("At Ole sammen med sin kontaktperson skriver sine ønsker ned i sin bog hver torsdag.",
     "Du skriver sammen med din kontaktperson dine ønsker ned i din bog hver torsdag."),
])
def test_din_kontaktperson_then_a_thing_is_said(analyser, tmp_path, wording, expect):
    easy = build(_delmaal(tmp_path, wording=wording))
    assert _goal(easy).startswith(expect), (_goal(easy), easy.left_out)


def test_a_possessive_said_twice_is_still_left_out(analyser, tmp_path):
    easy = build(_delmaal(tmp_path, wording="At Ole går med sin bror sin bror hver torsdag."))
    assert _goal(easy).startswith(_PLACEHOLDER), _goal(easy)
    assert "din bror din bror" not in _text(easy)


@pytest.mark.parametrize("wording, expect", [
    ("At Ole giver en medarbejder sit grønne kort, når han har brug for en pause.",
     "Du giver en af os dit grønne kort, når du har brug for en pause."),
    ("At Ole viser en medarbejder sin madplan hver søndag.", "Du viser en af os din madplan hver søndag."),
])
def test_du_gives_one_of_us_a_thing(analyser, tmp_path, wording, expect):
    easy = build(_delmaal(tmp_path, wording=wording))
    assert _goal(easy).startswith(expect), (_goal(easy), easy.left_out)


def test_a_fronted_object_is_still_not_said_as_du(analyser, tmp_path):
    # «Ole henter medarbejderen kl. 8» may be «medarbejderen henter Ole»: never «Du henter en af os»
    easy = build(_delmaal(tmp_path, actions="Vi øver turen med Ole.\nOle henter en medarbejder kl. 8."))
    assert "Du henter en af os" not in _text(easy), _said(easy)


# ---- 2. a verbless staff note after the comma


@pytest.mark.parametrize("label, how, expect, note", [
    ("Psykiatrisk team", "Ser på medicinen hvis Ole bliver mere urolig, samtale hver 3. uge.",
     "Det psykiatriske team ser på medicinen hvis du bliver mere urolig.", "samtale hver 3. uge"),
    ("Diætist", "Taler med Ole hver måned, obs. vægt.", "En diætist taler med dig hver måned.", "obs. vægt"),
])
def test_an_actors_verbless_tail_is_cut(analyser, tmp_path, label, how, expect, note):
    easy = build(_delmaal(tmp_path, actors=[{"name": label, "how": how}]))
    assert expect in _said(easy), (_said(easy), easy.left_out)
    assert note not in _text(easy) and "obs." not in _text(easy)
    assert any(x[1] == note for x in easy.left_out), easy.left_out


@pytest.mark.parametrize("source, expect, note", [
    ("En af os sidder hos Ole ved bordet og lægger en ske frem, ingen kniv på bordet.",
     "En af os sidder hos dig ved bordet og lægger en ske frem.", "ingen kniv på bordet"),
    ("En af os går med Ole til tandlægen, obs. blodtryk.", "En af os går med dig til tandlægen.", "obs. blodtryk"),
])
def test_a_staff_steps_verbless_tail_is_cut(analyser, tmp_path, source, expect, note):
    easy = build(_delmaal(tmp_path, actions=f"Vi øver turen med Ole.\n{source}"))
    assert expect in _text(easy), (_said(easy), easy.left_out)
    assert note not in _text(easy)


@pytest.mark.parametrize("source, expect", [
    ("Ole køber mælk, brød og ost i Netto.", "Du køber mælk, brød og ost i Netto."),       # a list's last items
    ("Ole går til svømning om tirsdagen, hver uge.", "Du går til svømning om tirsdagen, hver uge."),  # a time
    ("Ole dækker bord, din kontaktperson hjælper.", "din kontaktperson hjælper"),           # a clause of its own
])
def test_a_tail_that_belongs_to_the_sentence_stays(analyser, tmp_path, source, expect):
    easy = build(_delmaal(tmp_path, actions=f"Vi øver turen med Ole.\n{source}"))
    assert expect in _text(easy) or not any("efter kommaet)" in x[2] for x in easy.left_out), (_said(easy),
                                                                                                easy.left_out)
    assert not any("efter kommaet)" in x[2] for x in easy.left_out), easy.left_out


@pytest.mark.parametrize("source, expect", [
    ("Obs. Ole skal have sin medicin kl. 8.", ["Du skal have din medicin kl. 8."]),
    ("Vi går med Ole til lægen, obs. Lægen skal se på foden.", ["Vi går med dig til lægen.", "Lægen skal se på foden."]),
    ("Vi går med Ole til lægen (obs. blodtryk).", ["Vi går med dig til lægen (pas på blodtryk)."]),
])
def test_obs_never_ends_or_splits_a_sentence(analyser, tmp_path, source, expect):
    easy = build(_delmaal(tmp_path, actions=f"Vi øver turen med Ole.\n{source}"))
    for e in expect:
        assert e in _text(easy), (_said(easy), easy.left_out)
    assert "obs." not in _text(easy).lower() and "obs" not in _text(easy).lower().split()


# ---- 3. two roles joined by a slash or «eller»: said when every part is certain


@pytest.mark.parametrize("source, expect", [
    ("Kp/aftenvagt går med Ole til bussen.", "Din kontaktperson eller aftenvagten går med dig til bussen."),
    ("Kp/medarb. går med Ole til bussen.", "Din kontaktperson eller en af os går med dig til bussen."),
    ("SSA/pædagog følger Ole til bussen.", "En af os følger dig til bussen."),
    ("Dagvagt/SSA tjekker dosisæsken kl. 10.", "En af os tjekker dosisæsken kl. 10."),
    ("Morgenvagt/aftenvagt går med Ole ud på badeværelset.",
     "En af os går med dig ud på badeværelset."),  # (two of our shifts: one of us)
    ("SSA/sygeplejerske kommer til Ole ved bordet.", "En af os eller en sygeplejerske kommer til dig ved bordet."),
])
def test_two_roles_are_said_when_every_part_is_certain(analyser, tmp_path, source, expect):
    easy = build(_delmaal(tmp_path, actions=f"Vi øver turen med Ole.\n{source}"))
    # (the contact person and one of us may be said «en af os» by the pair rule of the easy text: true too)
    ours = expect.split(" går ")[0] in ("Din kontaktperson eller aftenvagten", "Din kontaktperson eller en af os")
    assert expect in _text(easy) or (ours and "En af os går med dig til bussen." in _text(easy)), (
        _said(easy), easy.left_out)


@pytest.mark.parametrize("source, never", [
    ("Medarb./far står ved døren, når Ole kommer.", "en af os eller far"),   # a family word bare: not guessed
    ("Pæd. Lone/medarb. går med Ole.", "en medarbejder"),                      # a name in the pair
    ("Ole går til fysioterapeut eller ergoterapeut.", "en fysioterapeut"),      # two outside jobs: as written
    ("SSA/hjemmehjælper følger Ole i kørestol.", "følger du"),                  # a job in -er: not rewritten
])
def test_a_pair_that_is_not_certain_is_not_rewritten(analyser, tmp_path, source, never):
    easy = build(_delmaal(tmp_path, actions=f"Vi øver turen med Ole.\n{source}"))
    assert never not in _text(easy).lower(), (_said(easy), easy.left_out)


@pytest.mark.parametrize("source, expect", [
    # a bracket of two of our abbreviations stays the bracket the rules said before (never «(en af os)»)
    ("Kl. 7.30 banker morgenvagten (SSA eller SSH) på og følger Ole ud på badet.",
     "Kl. 7.30 banker morgenvagten på og følger dig ud på badet."),
    # two of our abbreviations: «en af os» as before, the pronoun after it the resident's
    ("SSH/SSA på morgenvagt hjælper Ole med tøjet og følger ham til stuen.",
     "En af os på morgenvagt hjælper dig med tøjet og følger dig til stuen."),
])
def test_pairs_the_rules_said_before_stay_so(analyser, tmp_path, source, expect):
    easy = build(_delmaal(tmp_path, actions=f"Vi øver turen med Ole.\n{source}"))
    assert expect in _text(easy), (_said(easy), easy.left_out)
    assert "(en af os)" not in _text(easy)


@pytest.mark.parametrize("source, expect", [
    ("Fredag laver Ole og en af os planen sammen: tøj frem, madpakke, alarm kl. 5.45.", "alarm kl. 5.45."),
    ("Samværet er i stuen, overvåget af en pædagog fra centret.", "overvåget af en pædagog fra centret."),
])
def test_a_lists_last_item_or_a_participle_is_no_note(analyser, tmp_path, source, expect):
    easy = build(_delmaal(tmp_path, actions=f"Vi øver turen med Ole.\n{source}"))
    assert expect in _text(easy), (_said(easy), easy.left_out)


def test_the_delmaal_sentences_own_tail_is_never_cut(analyser, tmp_path):
    easy = build(_delmaal(tmp_path, wording="At Ole går til svømning hver tirsdag kl. 16, frem til 31. marts 2027."))
    assert "frem til 31. marts 2027" in _goal(easy), (_goal(easy), easy.left_out)


def test_obs_first_is_dropped(analyser, tmp_path):
    easy = build(_delmaal(tmp_path, actions="Vi øver turen med Ole.\nObs. fristen for ansøgningen er 15/3."))
    assert "obs" not in _text(easy).lower().replace("kontaktperson", "")


def test_our_subject_and_a_verb_that_is_also_a_noun_make_a_whole_part(analyser, tmp_path):
    # «lægger» is also a noun to the analyser: after «En af os» it is the verb – the tail is cut; without the
    # analyser «skeer» reads as a verb in -r, so the tail is no certain note and the sentence is said as before
    easy = build(_delmaal(tmp_path, actions="Vi øver turen med Ole.\n"
                                            "En af os lægger en ske frem ved Oles plads, ingen store skeer på bordet."))
    cut = "En af os lægger en ske frem ved din plads."
    whole = "En af os lægger en ske frem ved din plads, ingen store skeer på bordet."
    assert (cut if analyser else whole) in _said(easy), (_said(easy), easy.left_out)
