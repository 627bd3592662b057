"""An outside actor's «how» left out for a han/hun in doubt (the actor of the resident's own gender: whose is
«han»?) is said up to the clause that holds it – when the part before it is a whole, true sentence alone – and the
part cut away is told to staff (issue 24: «Din bror … er også med.» or nothing, where «Din bror kommer hver fredag»
was certain). Never a cut whose kept part a condition, a side clause, «men» or a negation could reach past. Our own
examples, with and without the analyser."""

from __future__ import annotations

from sample_delmaal import easy_of_example

WORDING = "At Bo handler ind hver torsdag."


def _said(tmp_path, how: str, name: str = "Kaj (bror)", resident: str = "Bo", wording: str = WORDING):
    text, left = easy_of_example(tmp_path, name=resident, wording=wording, actors=[{"name": name, "how": how}])
    return text, left


# ---- must say: the part before the clause in doubt


def test_coordinated_verb_phrase_after_a_comma_is_cut_away(tmp_path, analyser):
    text, left = _said(tmp_path, "Kommer hver fredag og drikker kaffe, og ringer til kontoret hvis han bliver "
                                 "forhindret.")
    assert "Din bror Kaj kommer hver fredag og drikker kaffe." in text, text
    assert "forhindret" not in text and "hvis du" not in text, text
    assert any(x.startswith("og ringer til kontoret hvis han") for x in left), left


def test_purpose_clause_with_the_pronoun_is_cut_away(tmp_path, analyser):
    text, left = _said(tmp_path, "Onklen Kaj henter Bo lørdag kl. 10 så han kan se fodbold.", name="Onklen Kaj")
    assert "henter dig lørdag kl. 10." in text, text
    assert "fodbold" not in text, text
    assert any("så han kan se fodbold" in x for x in left), left


def test_new_clause_after_a_comma_with_the_pronoun_is_cut_away(tmp_path, analyser):
    text, left = _said(tmp_path, "Onklen Kaj henter Bo lørdag kl. 10, han har lovet at køre ham hjem igen.",
                       name="Onklen Kaj")
    assert "henter dig lørdag kl. 10." in text, text
    assert "lovet" not in text, text


def test_a_list_cut_before_its_og_gets_its_og(tmp_path, analyser):
    text, left = _said(tmp_path, "Giver Lis en kop te, slukker radioen og spørger hvordan hun har det.",
                       name="Karen (søster)", resident="Lis", wording="At Lis handler ind hver torsdag.")
    assert "en kop te og slukker radioen." in text, text
    assert "en kop te, slukker radioen." not in text and "har det" not in text, text


def test_another_man_named_so_ham_is_not_certain_the_part_before_is_said(tmp_path, analyser):
    # «hjælper ham»: Ole or Bo – never «hjælper dig»; «kommer om søndagen med Ole» is certain
    text, left = _said(tmp_path, "Kommer om søndagen med Ole og hjælper ham med opvasken.")
    assert "hjælper dig" not in text and "opvask" not in text, text
    assert "kommer om søndagen med Ole." in text, text


# ---- must leave out: the kept part could be untrue alone


def test_a_condition_after_and_without_comma_may_hold_for_all_left_out(tmp_path, analyser):
    text, left = _said(tmp_path, "Kommer om søndagen og går tur med Bo hvis han har tid.")
    assert "om søndagen" not in text, text


def test_a_condition_in_the_kept_part_left_out(tmp_path, analyser):
    text, left = _said(tmp_path, "Ringer hvis Bo er syg og han ikke kan komme.")
    assert "ringer hvis" not in text.lower() and "syg" not in text, text


def test_a_negation_before_a_side_clause_left_out(tmp_path, analyser):
    text, left = _said(tmp_path, "Henter ikke Bo om lørdagen, før han har ringet.")
    assert "henter ikke" not in text, text


def test_men_is_never_cut_before(tmp_path, analyser):
    text, left = _said(tmp_path, "Kommer om søndagen, men går hjem hvis han bliver træt.")
    assert "om søndagen" not in text, text


def test_a_noun_list_cut_before_its_og_left_out(tmp_path, analyser):
    text, left = _said(tmp_path, "Giver Lis en kop te, en avis og spørger hvordan hun har det.",
                       name="Karen (søster)", resident="Lis", wording="At Lis handler ind hver torsdag.")
    assert "kop te" not in text, text


def test_actor_of_the_other_gender_said_whole_as_before(tmp_path, analyser):
    # a woman's «hun» beside a man: hers, said by her name as before – no cut
    text, left = _said(tmp_path, "Kommer hver fredag og ringer til kontoret, hvis hun er forsinket.",
                       name="Lene (søster)")
    assert "Din søster Lene kommer hver fredag og ringer til kontoret" in text, text


# ---- the grammar fixes the cut made visible


def test_shortened_noun_after_an_adjective_said_bare(tmp_path, analyser):
    text, left = _said(tmp_path, "Psykiatrisk afd. ringer til Bo om mandagen.", name="Regionen")
    assert "psykiatrisk afdelingen" not in text.lower(), text


def test_apostrophe_genitive_of_a_name_said_by_family_word(tmp_path, analyser):
    text, left = easy_of_example(tmp_path, name="Bo", wording="At Bo laver mad til sig selv og Klaus.",
                                 actors=[{"name": "Klaus (kæreste)", "how": "Spiser med."},
                                         {"name": "Klaus' bostøtte, Ib", "how": "Koordinerer med KP."}])
    assert "kæreste'" not in text, text
    assert "Din kærestes bostøtte" in text, text


def test_two_people_joined_by_og_are_never_cut_apart(tmp_path, analyser):
    # «henter Bo og Ole ved døren»: one object of two people – never «… henter dig.» (Ole cut away)
    text, left = _said(tmp_path, "Henter Bo og Ole ved døren og kører dem hjem bagefter.")
    assert "henter dig." not in text and "henter dig ved" not in text, text


# ---- knock-on: «Den 1. i måneden …», «De første 4 uger …» is a time of the goal, not a word pointing back

ACTIONS = ("Onsdag aften laver din kontaktperson indkøbslisten sammen med Bo ud fra billedkortene. "
           "Vi noterer hver torsdag i Sensum om Bo har handlet. {next}")


def test_a_date_after_a_left_out_sentence_is_said(tmp_path, analyser):
    text, left = easy_of_example(tmp_path, name="Bo", wording=WORDING,
                                 actions=ACTIONS.format(next="Den 1. i måneden giver vi Bo et nyt kort."))
    assert "Den 1. i måneden giver vi dig et nyt kort." in text, (text, left)


def test_the_first_weeks_after_a_left_out_sentence_are_said(tmp_path, analyser):
    text, left = easy_of_example(tmp_path, name="Bo", wording=WORDING,
                                 actions=ACTIONS.format(next="De første 4 uger går en af os med i butikken."))
    assert "De første 4 uger går en af os med i butikken." in text, (text, left)


def test_those_days_after_a_left_out_sentence_stay_out(tmp_path, analyser):
    # «De 2 dage …», «De første 3 gange …»: days or times the left-out sentence named – never said as if it stood
    for nxt in ("De 2 dage ringer vi til Bo kl. 10.", "De første 3 gange ringer vi til Bo kl. 10."):
        text, left = easy_of_example(tmp_path, name="Bo", wording=WORDING, actions=ACTIONS.format(next=nxt))
        assert "ringer vi til dig kl. 10" not in text, (nxt, text)
