"""Issue 24, round 5 (i24r): "Dit delmål" says more by rules that make a sentence certain, never by guessing.
Each category has must-say beside must-leave-out examples, run with the analyser and without it (as on Windows).
Our own delmål texts (none taken from a blind set)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from delmaal_assistant.core.files.storage import load_delmaal
from delmaal_assistant.core.outputs import morph
from delmaal_assistant.core.model import ExternalActor
from delmaal_assistant.core.outputs.easyread import build



def _own():
    d = load_delmaal(Path(__file__).parent / "data" / "own15" / "01.delmaal.json")
    d.external_actors = []
    d.collaboration.resident_attitude = ""
    d.collaboration.agreement = ""
    d.collaboration.professional_justification = ""
    d.measurement = ""
    return d


def _said(d) -> str:
    return build(d).render()


def _left(d) -> list[str]:
    return [s for _, s, _ in build(d).left_out]


# ---- 1. initials: the resident when their own account starts with them ------------------------------------------
def _initials(attitude: str, justification: str = "", wording: str = "At den unge rydder op på sit værelse "
              "hver lørdag kl. 10."):
    d = _own()
    d.wording = wording
    d.collaboration.resident_attitude = attitude
    d.collaboration.professional_justification = justification
    d.indsats.actions = "TK støvsuger gulvet, mens KP tømmer skraldespanden."
    d.indsats.when_resident_wants_otherwise = "Hvis TK er træt, rydder vi op sammen."
    return d


def test_capital_initials_first_in_the_residents_own_account_are_the_resident(analyser):
    d = _initials("TK er glad for planen og har selv valgt lørdag.")
    text = _said(d)
    assert "Du støvsuger gulvet, mens din kontaktperson tømmer skraldespanden." in text
    assert "Hvis du er træt, rydder vi op sammen." in text
    assert "TK" not in text


@pytest.mark.parametrize("attitude", [
    "Han er glad for planen.",                 # the account does not name the initials
    "Mor siger, at TK er glad for planen.",    # the initials are not the account's own subject
    "KP er glad for planen, TK også.",         # a staff abbreviation first is never the resident
])
def test_initials_not_made_certain_are_left_out(attitude, analyser):
    d = _initials(attitude)
    text = _said(d)
    assert "TK" not in text and "Du støvsuger" not in text
    assert any("TK støvsuger" in s for s in _left(d))


def test_dotted_initials_first_in_staffs_reasons_are_the_resident(analyser):
    d = _initials("", "M.J. kan ikke sige sin mening i ord, men smiler, når vi rydder op.",
                  wording="At hun rydder op på sit værelse hver lørdag kl. 10.")
    d.indsats.actions = "Vi giver M.J. kosten og peger på gulvet."
    text = _said(d)
    assert "Vi giver dig kosten og peger på gulvet." in text
    assert "M.J." not in text


def test_dotted_initials_someone_else_speaks_of_are_left_out(analyser):
    d = _initials("", "Mor fortæller, at M.J. smiler, når vi rydder op.",
                  wording="At hun rydder op på sit værelse hver lørdag kl. 10.")
    d.indsats.actions = "Vi giver M.J. kosten og peger på gulvet."
    text = _said(d)
    assert "giver dig kosten" not in text and "M.J." not in text


# ---- 2. the criterion: "Målet er nået, når han/hun …" is the resident's ---------------------------------------------
def _criterion(measurement: str, wording: str = "At Lise går en tur på 20 minutter hver dag kl. 14."):
    d = _own()
    d.wording = wording
    d.indsats.actions = "Mormor Else går med om søndagen."
    d.indsats.when_resident_wants_otherwise = ""
    d.measurement = measurement
    return d


def test_criterion_pronoun_right_after_naar_is_the_resident(analyser):
    d = _criterion("Mormor Else spørger hver søndag, hvordan det går. Nået når hun har gået tur 8 af 10 dage.")
    assert "Målet er nået, når du har gået tur 8 af 10 dage." in _said(d)


@pytest.mark.parametrize("measurement, left", [
    # the pronoun is not the criterion's first person: mormor may be "hun"
    ("Mormor Else spørger hver søndag. Nået når mormor siger, at hun har gået 8 af 10 dage.", "at hun har gået"),
    # not a criterion: "hun" after another woman stays uncertain
    ("Mormor Else spørger hver søndag. Når hun har tid, går de en ekstra tur.", "Når hun har tid"),
])
def test_pronoun_outside_the_criterion_start_stays_left_out(measurement, left, analyser):
    d = _criterion(measurement)
    assert any(left in s for s in _left(d))
    assert "du har gået 8" not in _said(d) and "Når du har tid" not in _said(d)


def test_criterion_pronoun_of_the_other_gender_is_left_out(analyser):
    d = _criterion("Lise skriver selv i kalenderen, når hun har gået. Nået når han har gået tur 8 af 10 dage.")
    # Lise is "hun": "han" is someone else
    assert "du har gået tur" not in _said(d)
    assert any("han har gået tur" in s for s in _left(d))


# ---- 3. a han/hun coordinated with the resident ("han og Mikkel", "Mikkel og han") is the other one -----------------
def _pair(name: str, how: str):
    from delmaal_assistant.core.model import ExternalActor
    d = _criterion("Lise skriver i kalenderen, når hun har gået.")
    d.indsats.actions = "En af os går med de første to uger."
    d.external_actors = [ExternalActor(name=name, how=how)]
    return d


def test_pronoun_coordinated_with_the_resident_is_the_one_other_woman(analyser):
    d = _pair("Søster Ulla", "Ulla ringer til Lise hver fredag, og hun og Lise taler om ugen.")
    text = _said(d)
    if analyser:  # without the analyser other rules may still leave it out – never said wrongly
        assert "Din søster ringer til dig hver fredag, og din søster og du taler om ugen." in text
    assert "og du og du" not in text and "hun og du" not in text and "og du taler" not in text.replace(
        "din søster og du taler", "")


@pytest.mark.parametrize("name, how", [
    # two women besides Lise: which one talks with her is not certain
    ("Søster Ulla", "Ulla og veninden Bente ringer til Lise hver fredag, og hun og Lise taler om ugen."),
])
def test_pronoun_coordinated_with_the_resident_left_out_when_two_may_be_meant(name, how, analyser):
    d = _pair(name, how)
    assert "taler om ugen" not in _said(d)
    assert any("hun og Lise taler" in s for s in _left(d))


def test_resident_and_pronoun_object_then_new_subject_is_not_coordination(analyser):
    # "… med hende og hun skriver …": «hende» is an object, «hun» the next clause's subject – not a pair
    d = _pair("Søster Ulla", "Ringer hver fredag.")
    d.indsats.actions = "Om søndagen sætter en af os sig med hende og hun skriver listen."
    assert "Din søster og du skriver" not in _said(d) and "Ulla og du" not in _said(d)


# ---- 4. a level text that starts with its verb: without the analyser, a verb the delmål itself uses ---------------
def _level(seen: str):
    d = _own()
    d.wording = "At Lise selv tømmer opvaskemaskinen hver aften kl. 19."
    d.indsats.actions = "En af os minder hende om det de første uger."
    d.indicators.levels[1].what_we_see = seen
    return d


def test_level_text_verb_first_said_with_du_when_the_delmaal_uses_the_verb(analyser):
    text = _said(_level("Tømmer selv efter en påmindelse."))
    assert "Sådan ser det ud, når det går godt: Du tømmer selv efter en påmindelse." in text


@pytest.mark.parametrize("seen", ["Påmindelser hver aften, tømmer halvdelen.", "Tallerkener først, så glas."])
def test_level_text_that_may_start_with_a_plural_noun_is_never_given_du(seen, analyser):
    d = _level(seen)
    text = _said(d)
    assert "Du påmindelser" not in text and "Du tallerkener" not in text
    if not analyser:
        assert seen.split()[0] not in text.split("Sådan ser det ud", 1)[-1]  # left out, not said bare


# ---- 5. a staff word opening a clause of its own after a comma or "(" is "en af os" ---------------------------------
@pytest.mark.parametrize("actions, expect", [
    ("Lise vasker op i sit køkken, medarb. er med.", "Du vasker op i dit køkken, en af os er med."),
    ("Lise ringer selv til sin mor (SSH sidder ved siden af).", "Du ringer selv til din mor (en af os sidder ved siden af)."),
])
def test_staff_word_as_the_subject_of_its_own_clause_is_en_af_os(actions, expect, analyser):
    d = _level("")
    d.indsats.actions = actions
    assert expect in _said(d)


@pytest.mark.parametrize("actions", [
    "Lise vasker op i sit køkken, medarb. kun til stede.",   # no verb after the staff word: a note
    "Trang over 5 → planen, medarb. går med.",              # no verb before the comma: a note
    "Lise vasker op, samme medarb. hjælper.",                 # «samme en af os» would be broken Danish
])
def test_staff_word_after_a_comma_without_its_own_clause_stays_left_out(actions, analyser):
    d = _level("")
    d.indsats.actions = actions
    assert "en af os" not in _said(d).split("Hvem er med dig", 1)[-1].split("\n\n", 1)[0]
    assert any(actions[:12] in s for s in _left(d))


# ---- 6. «ham»/«hende» in a clause whose subject is the one person of that gender in reach is not them -------------
def test_object_pronoun_beside_the_actor_as_subject_is_the_resident(analyser):
    d = _pair("Veninden Ulla", "Ulla går med hende til tandlægen.")
    # (a friend is named by her role like a relative since i42A: «Din veninde Ulla er også med. Din veninde går …»)
    assert "Din veninde går med dig til tandlægen." in _said(d)


@pytest.mark.parametrize("how, left", [
    # two women in reach before it: «hende» may be Bente
    ("Ulla og Bente kommer om fredagen. Ulla går med hende til tandlægen.", "Ulla går med hende"),
    # «hun» as the subject is not covered by the rule: it may be Ulla
    ("Ulla kommer om fredagen. Hun går til tandlægen.", "Hun går til tandlægen"),
])
def test_pronoun_with_another_possible_woman_stays_left_out(how, left, analyser):
    d = _pair("Veninden Ulla", how)
    assert any(left in s for s in _left(d))
    assert "med dig til tandlægen" not in _said(d) and "Du går til tandlægen" not in _said(d)


# ---- 7. a fronted condition and its main clause are two clauses: «du» in one, «dig» in the other -------------------
def test_condition_then_main_clause_gets_its_comma_and_is_said(analyser):
    d = _level("")
    d.indsats.when_resident_wants_otherwise = "Nægter Lise to dage i træk tager KP en snak med hende."
    said = "Nægter du to dage i træk, tager din kontaktperson en snak med dig."
    if analyser:
        assert said in _said(d)
    else:  # without the analyser «hende» after «KP» stays unclear: left out, never said otherwise
        assert said in _said(d) or any("Nægter Lise" in s for s in _left(d))
    assert "Nægter du to dage i træk tager" not in _said(d)


def test_the_du_dig_safety_net_still_holds_inside_one_clause():
    from delmaal_assistant.core.outputs.duform import Resident
    from delmaal_assistant.core.outputs.duform.rules import rules
    from delmaal_assistant.core.outputs.duform.surface import _Skip, _safety
    lise, r = Resident(("Lise",), "hun"), rules("da")
    for wrong in ("Du går en tur med dig.", "Efter maden går du med dig til bussen."):
        with pytest.raises(_Skip):
            _safety(wrong, lise, r)
    for right in ("Nægter du to dage i træk, tager vi en snak med dig.", "Du læser højt eller en af os læser for dig."):
        _safety(right, lise, r)


def test_no_comma_after_a_fronted_adverbial_or_inside_the_goal(analyser):
    d = _level("")
    d.wording = "At Lise tager bus 5 fra stoppestedet ved bostedet til værkstedet hver dag kl. 8."
    d.indsats.actions = "Efter maden går Lise selv tilbage til sin stue."
    text = _said(d)
    assert "Efter maden går du selv tilbage til din stue." in text
    assert "stoppestedet, ved" not in text and "Efter maden," not in text


# ---- 8. without the analyser: «de» doing something «sammen» is the resident and the one other person in reach ----
def _de(monkeypatch_free_text: str):
    from delmaal_assistant.core.outputs.duform import Resident, transform
    return transform(monkeypatch_free_text, Resident(("Lise",), "hun"))


def test_de_together_is_i_without_the_analyser(analyser):
    res = _de("Kontaktpersonen og Lise laver budget. Søndag kl. 16 tæller de sammen.")
    assert res.sentences == ["Din kontaktperson og du laver budget.", "Søndag kl. 16 tæller I sammen."]


@pytest.mark.parametrize("text", [
    "Lise lægger pengene i kuverterne. De ligger sammen i skuffen.",        # things: a state verb
    "Lise lægger pengene i kuverterne. De tælles sammen om søndagen.",      # things: a passive
    "Kontaktpersonen, Ulla og Lise laver budget. Søndag tæller de sammen.",  # two others: who is «de»?
    "Lise lægger kuverterne i skuffen, og de tæller sammen 600 kr.",          # a plural thing in the sentence
])
def test_de_that_may_be_things_or_a_group_is_never_i(text, analyser):
    res = _de(text)
    assert not any(" I " in f" {s} " for s in res.sentences)


# ---- 9. «At hun …»: a capitalised word after a possessive or an article is a thing, not maybe her name ---------------
def test_capitalised_thing_after_a_possessive_is_not_a_name(analyser):
    d = _level("")
    d.wording = "At hun tager bussen alene hver torsdag kl. 13 og selv tjekker ind med sit Rejsekort."
    assert "Du tager bussen alene hver torsdag kl. 13 og tjekker selv ind med dit Rejsekort." in _said(d)


def test_capitalised_word_that_may_be_her_name_stays_left_out(analyser):
    d = _level("")
    d.wording = "At hun tager bussen alene hver torsdag kl. 13."
    d.indsats.actions = "Torsdag går Sanne med til stoppestedet."   # Sanne may be her own name
    assert "Sanne" not in _said(d)
    assert any("Sanne" in s for s in _left(d))


# ---- 10. «lade sig gøre» is an idiom of «det», not a reflexive whose owner is unclear ------------------------------
def test_lade_sig_goere_is_said_as_it_is(analyser):
    res = _de("Hvis Lise er syg, flytter vi tiden, hvis det kan lade sig gøre.")
    assert res.sentences == ["Hvis du er syg, flytter vi tiden, hvis det kan lade sig gøre."]


def test_other_reflexives_after_lade_are_not_taken_for_the_idiom(analyser):
    res = _de("Lise kan lade sig hente ved bussen.")   # the resident's own «sig»: «dig», never kept as «sig»
    assert not any("lade sig" in s for s in res.sentences)


# ---- 11. «Den der har vagt …» (our own phrase for a staff member) is the subject; the person after the verb its object
def test_den_der_har_vagt_is_the_subject(analyser):
    res = _de("Den der har vagt om mandagen henter Lise i stuen kl. 9.")
    assert res.sentences == ["Den der har vagt om mandagen henter dig i stuen kl. 9."]


def test_other_relative_subjects_stay_left_out(analyser):
    res = _de("Den der kommer først om mandagen henter Lise i stuen.")   # whose verb is «henter»? not guessed
    assert not res.sentences and res.left_out


@pytest.mark.parametrize("text, context", [
    ("Ole kommer kl. 9. Når Ole kommer, går vi med ham til bussen.", ""),   # the subject is «vi»: «ham» may be Ole
    ("Når Ole kommer, går vi med ham til bussen.", ""),
    ("Når Ole kommer, går vi med ham til bussen.", "Vennen Ole"),
])
def test_object_pronoun_beside_vi_as_subject_stays_left_out(text, context, analyser):
    from delmaal_assistant.core.outputs.duform import Resident, transform
    res = transform(text, Resident(("Kaj",), "han"), context=context)
    assert not any("med dig" in s for s in res.sentences)
    assert any("med ham til bussen" in s for s, _ in res.left_out)


# ---- 12. «… ringer vi til Ida sammen med hende»: who is called is not who calls along ---------------------------------
def test_sammen_med_hende_is_not_the_one_called_in_the_same_clause(analyser):
    res = _de("Er Lise urolig, ringer vi til Ida sammen med hende.")
    assert res.sentences == ["Er du urolig, ringer vi til Ida sammen med dig."]


@pytest.mark.parametrize("text", [
    "Ida og Bente kommer kl. 9. Vi ringer til Ida sammen med hende.",  # Bente in reach may be «hende»
    "Lise og Ida ringer til mor. Bagefter går vi sammen med hende.",   # Ida is not in the same clause
])
def test_sammen_med_hende_with_another_woman_possible_stays_left_out(text, analyser):
    res = _de(text)
    assert not any("sammen med dig" in s for s in res.sentences)


# ---- 13. the resident's gender: a sentence that starts with another person's first name casts no vote --------------
def test_a_man_named_first_in_his_sentence_does_not_make_her_han(analyser):
    d = _level("")
    d.wording = "At Lise spiser sin middag i fællesstuen mindst 4 dage om ugen."
    d.indsats.actions = "Knud spiser med, de dage han kommer. En af os følger Lise, så hun er der før de andre."
    text = _said(d)
    if analyser:  # the analyser knows «Knud» as a man's name: Lise is «hun»
        assert "En af os følger dig, så du er der før de andre." in text
    assert "så du er der før de andre" in text or any("så hun er der" in s for s in _left(d))
    assert "de dage du kommer" not in text


# ---- 14. «… når han/hun er på besøg» beside the resident: the visitor is the other person -----------------------------
def test_the_visitor_is_the_actor_not_the_resident(analyser):
    d = _pair("Søster Ulla", "Ulla går med Lise til caféen, når hun er på besøg.")
    text = _said(d)
    if analyser:
        assert "Din søster går med dig til caféen, når din søster er på besøg." in text
    assert "når du er på besøg" not in text


@pytest.mark.parametrize("how", [
    "Ulla går med Lise til caféen, når hun er på besøg hos sin mor.",   # «hos …»: Lise may be the visitor
    "Ulla og Bente går med Lise til caféen, når hun er på besøg.",      # two women: which one visits?
])
def test_the_visitor_left_out_when_not_certain(how, analyser):
    d = _pair("Søster Ulla", how)
    text = _said(d)
    assert "er på besøg" not in text


# ---- i37L 1. two people of the resident's gender: a first name's gender is known without the analyser too
# ([names] in duform.toml), and the resident's own by their first name when no han/hun says it. Said where the
# grammar makes the roles certain; left out where a han/hun may be either man.
def _shopping(actions: str, wording: str = "At Jonas selv køber ind i Netto hver torsdag kl. 15."):
    d = _own()
    d.wording = wording
    d.indsats.actions = actions
    d.indsats.when_resident_wants_otherwise = ""
    return d


@pytest.mark.parametrize("actions, said", [
    # «ham» is the object of a clause whose subject is the resident: the other man, by name
    ("Jonas viser listen til Peter og følger ham rundt.", "Du viser listen til Peter og følger Peter rundt."),
    # «ham» is the object of Peter's own clause: never Peter, so the resident
    ("Hvis Jonas glemmer listen, hjælper Peter ham med at huske varerne.",
     "Hvis du glemmer listen, hjælper Peter dig med at huske varerne."),
    # a listed first name that ends like a verb is the subject, not a verb without one
    ("Peter kører Jonas til Netto.", "Peter kører dig til Netto."),
    ("Peter minder Jonas om listen, og Jonas tager den med.", "Peter minder dig om listen, og du tager den med."),
    ("Søren venter ved kassen, mens Jonas handler.", "Søren venter ved kassen, mens du handler."),
])
def test_two_men_with_clear_roles_are_said(actions, said, analyser):
    d = _shopping(actions)
    assert said in _said(d)
    # nothing of the actions left out (the fixture's level lines are judged by their own rules, both ways)
    assert not [s for where, s, _ in build(d).left_out if where.startswith("Indsats") or s in actions]


@pytest.mark.parametrize("actions, left", [
    ("Peter går med, og han betaler selv ved kassen.", "og han betaler"),        # Peter or Jonas pays
    ("Peter går med Jonas, og han hjælper ham med at finde varerne.", "og han hjælper"),
    ("Peter går med. Han bærer poserne.", "Han bærer poserne."),                  # the sentence before: Peter
    ("Jonas går med Peter. Han bærer poserne.", "Han bærer poserne."),
])
def test_two_men_with_a_pronoun_either_may_be_are_left_out(actions, left, analyser):
    d = _shopping(actions)
    assert any(left in s for s in _left(d))
    assert "du betaler" not in _said(d) and "Du bærer" not in _said(d) and "du hjælper" not in _said(d)


def test_the_residents_gender_by_first_name_only_when_no_pronoun_of_the_other_says_otherwise(analyser):
    from delmaal_assistant.core.outputs.duform.resident import find_resident
    assert find_resident("At Jonas køber ind.", ("Peter går med.",)).gender == "han"
    assert find_resident("At Hanne køber ind.", ()).gender == "hun"
    # a «han» in a sentence that names no one else: maybe the resident after all – not known
    assert find_resident("At Hanne køber ind.", ("Når han har betalt, går vi hjem.",)).gender == ""
    # a «han» beside another man's name is his
    assert find_resident("At Hanne køber ind.", ("Peter går med, når han har tid.",)).gender == "hun"
    assert find_resident("At Kim køber ind.", ()).gender == ""      # a name given to both: not in the list


# ---- i37L 2. never the untrue opposite: a subject that ends in «den der har vagt» before the main verb; the resident
# after that verb is its object, so «viser du …» and «følger <the staff member>» would be untrue – left out
@pytest.mark.parametrize("actions", [
    "Pædagog Mette eller den der har aftenvagt mandag kl. 18 viser Sofie billedet på skemaet og følger hende ud i "
    "køkkenet.",
    "Mette eller den der har vagt viser Sofie billedet og følger hende ud.",
    "Mette eller de som har vagt viser Sofie billedet og følger hende ud.",
])
def test_resident_after_the_main_verb_of_a_den_der_subject_is_never_du(actions, analyser):
    d = _shopping(actions, wording="At Sofie bager brød tirsdag kl. 9.30.")
    text = _said(d)
    assert "viser du" not in text and "følger Mette" not in text
    assert any("viser Sofie" in s for s in _left(d))


@pytest.mark.parametrize("actions, said", [
    ("Mette viser Sofie billedet og følger hende ud.", "Mette viser dig billedet og følger dig ud."),
    ("Den der har vagt om aftenen viser Sofie billedet og følger hende ud.",
     "Den der har vagt om aftenen viser dig billedet og følger dig ud."),
    ("Når den der har vagt kommer, viser Sofie billedet til Mette.", "Når den der har vagt kommer, viser du billedet "
     "til Mette."),
])
def test_the_staff_member_as_subject_and_the_resident_as_object_are_said(actions, said, analyser):
    d = _shopping(actions, wording="At Sofie bager brød tirsdag kl. 9.30.")
    assert said in _said(d)


# ---- i37L: a trade studied is not our staff: «læser til SOSU/pædagog» is never «læser til en af os»
@pytest.mark.parametrize("actions", [
    "Sofie og kæresten Julie læser sammen på biblioteket, Julie læser til SOSU.",
    "Sofie taler med sin veninde, der uddanner sig til pædagog.",
])
def test_a_trade_studied_is_not_one_of_us(actions, analyser):
    d = _shopping(actions, wording="At Sofie laver lektier på biblioteket hver onsdag.")
    assert "en af os" not in _said(d)
    assert any(actions == s for s in _left(d))


# ---- i37L 3. an external actor's «how» is said when who does what is certain (not reduced to «X er også med.»)
def _with_actor(name: str, how: str, wording: str = "At Jonas selv køber ind i Netto hver torsdag kl. 15."):
    from delmaal_assistant.core.model import ExternalActor
    d = _shopping("En af os går med.", wording=wording)
    d.external_actors = [ExternalActor(name=name, how=how)]
    return d


@pytest.mark.parametrize("name, how, said", [
    ("Jobcentret, mentor", "Mødes med Jonas hver anden tirsdag.", "mødes med dig hver anden tirsdag."),
    ("Mentor fra jobcentret", "Mentoren mødes med Jonas hver anden tirsdag.",
     "Mentoren mødes med dig hver anden tirsdag."),
    ("Mor", "Hun ringer til Jonas hver søndag og spørger til ugen.",
     "Din mor ringer til dig hver søndag og spørger til ugen."),
    ("Søster Lene", "Lene handler med Jonas den første lørdag i måneden, og han betaler selv sine varer.",
     "og du betaler selv dine varer."),
])
def test_actor_how_said_when_who_does_what_is_certain(name, how, said, analyser):
    d = _with_actor(name, how)
    assert said in _said(d), _left(d)


@pytest.mark.parametrize("name, how, wording", [
    ("Far (Peter)", "Peter ringer til Jonas søndag kl. 18, og han spørger til ugen.", None),  # Peter or Jonas
    ("Mor", "Mor henter Sofie fredag, og hun sover hjemme til søndag.",                      # mor or Sofie
     "At Sofie selv køber ind i Netto hver torsdag kl. 15."),
])
def test_actor_how_with_a_pronoun_either_may_be_is_left_out(name, how, wording, analyser):
    # (i44A: the clause with the pronoun is left out; the part before it, a whole sentence alone, is said)
    d = _with_actor(name, how, **({"wording": wording} if wording else {}))
    clause = how.split(", og ", 1)[1]
    assert any(clause in x for x in _left(d)), _left(d)
    assert clause.split(" ", 1)[1] not in _said(d)


# ---- i37L 6. the delmål sentence in many shapes: said in the du-form where a reader plainly can, never as written
# (with the resident's name) and never garbled
def _wording(w: str):
    d = _shopping("En af os går med.", wording=w)
    lines = _said(d).splitlines()
    return lines[lines.index("Det vil du gøre") + 1]


@pytest.mark.parametrize("wording, said", [
    ("At Jonas selv køber ind i Netto hver torsdag kl. 15.", "Du køber selv ind i Netto hver torsdag kl. 15."),
    ("Jonas skal selv købe ind i Netto hver torsdag kl. 15.", "Du skal selv købe ind i Netto hver torsdag kl. 15."),
    ("Jonas vil gerne selv købe ind i Netto hver torsdag.", "Du vil gerne selv købe ind i Netto hver torsdag."),
    ("Borgeren vil selv købe ind i Netto hver torsdag kl. 15.", "Du vil selv købe ind i Netto hver torsdag kl. 15."),
    ("Borgeren skal lære at købe ind i Netto hver torsdag.", "Du skal lære at købe ind i Netto hver torsdag."),
    ("At borgeren lærer at købe ind i Netto hver torsdag kl. 15.",
     "Du lærer at købe ind i Netto hver torsdag kl. 15."),
    ("Jonas køber selv ind i Netto hver torsdag kl. 15.", "Du køber selv ind i Netto hver torsdag kl. 15."),
    ("At Jonas selv kan købe ind i Netto hver torsdag kl. 15.", "Du kan selv købe ind i Netto hver torsdag kl. 15."),
    ("- At Jonas selv køber ind i Netto hver torsdag kl. 15.", "Du køber selv ind i Netto hver torsdag kl. 15."),
    ("• Jonas køber selv ind i Netto hver torsdag kl. 15", "Du køber selv ind i Netto hver torsdag kl. 15."),
    ("Delmål: At Jonas selv køber ind i Netto hver torsdag kl. 15.",
     "Du køber selv ind i Netto hver torsdag kl. 15."),
    ("Målet er, at Jonas selv køber ind i Netto hver torsdag kl. 15.",
     "Du køber selv ind i Netto hver torsdag kl. 15."),
    ("At Jonas køber ind i Netto hver torsdag kl. 15 og selv betaler ved kassen.",
     "Du køber ind i Netto hver torsdag kl. 15 og betaler selv ved kassen."),
    ("At Jonas bliver bedre til selv at købe ind i Netto hver torsdag.",
     "Du bliver bedre til selv at købe ind i Netto hver torsdag."),
    ("At Jonas øver sig i at købe ind i Netto hver torsdag kl. 15.",
     "Du øver dig i at købe ind i Netto hver torsdag kl. 15."),
    ("Beboeren køber selv ind i Netto hver torsdag kl. 15.", "Du køber selv ind i Netto hver torsdag kl. 15."),
    ("At Jonas hver torsdag kl. 15 selv køber ind i Netto.", "Hver torsdag kl. 15 køber du selv ind i Netto."),
    ("At Jonas mindst 3 ud af 4 torsdage selv køber ind i Netto.",
     "Mindst 3 ud af 4 torsdage køber du selv ind i Netto."),
    ("At Jonas får købt ind i Netto hver torsdag kl. 15.", "Du får købt ind i Netto hver torsdag kl. 15."),
    ("At Jonas kommer i Netto og køber ind hver torsdag kl. 15.",
     "Du kommer i Netto og køber ind hver torsdag kl. 15."),
    ("At Jonas selv vil købe ind hver torsdag.", "Du vil selv købe ind hver torsdag."),
])
def test_delmaal_sentence_shapes_said_in_du_form(wording, said, analyser):
    assert _wording(wording) == said


@pytest.mark.parametrize("wording", [
    "Indkøb i Netto hver torsdag kl. 15 foretages af Jonas selv.",   # nobody found as the resident: the name stays
    "At der købes ind i Netto hver torsdag kl. 15 af Jonas.",
    "Han skal selv købe ind i Netto hver torsdag kl. 15.",
])
def test_delmaal_sentence_that_cannot_be_placed_is_not_said_as_written(wording, analyser):
    said = _wording(wording)
    assert "Jonas" not in said and not said.startswith(("Du er,", "Han", "Indkøb")), said


@pytest.mark.parametrize("wording, said", [
    ("At Jonas efter aftensmaden selv vasker op hver dag.", "Efter aftensmaden vasker du selv op hver dag."),
    ("At Jonas i løbet af ugen selv handler ind to gange.", "I løbet af ugen handler du selv ind to gange."),
    ("At Jonas 3 gange om ugen selv går en tur.", "3 gange om ugen går du selv en tur."),
    ("At Jonas i 8 uger selv tager sin medicin kl. 8.", "I 8 uger tager du selv din medicin kl. 8."),
    ("At Jonas i perioden fra 1. marts til 31. maj selv tager sin medicin kl. 8.",
     "I perioden fra 1. marts til 31. maj tager du selv din medicin kl. 8."),
    ("At Jonas uden påmindelse tager sin medicin kl. 8.", "Uden påmindelse tager du din medicin kl. 8."),
    ("At Jonas med højst én påmindelse tager sin medicin kl. 8.",
     "Med højst én påmindelse tager du din medicin kl. 8."),
    ("At Jonas fremover selv tager sin medicin kl. 8.", "Du tager fremover selv din medicin kl. 8."),
    ("At Jonas selvstændigt tager sin medicin kl. 8.", "Du tager selvstændigt din medicin kl. 8."),
])
def test_delmaal_sentence_with_a_phrase_before_the_verb_is_said(wording, said, analyser):
    assert _wording(wording) == said


def test_delmaal_sentence_whose_verb_is_not_certain_is_not_garbled(analyser):
    # «computer» is no verb («På sin computer du selv skriver …» would be broken Danish)
    said = _wording("At Jonas på sin computer selv skriver en mail hver dag.")
    assert said in ("Vi har ikke skrevet dit mål i let sprog endnu. Spørg din kontaktperson.",
                    "På din computer skriver du selv en mail hver dag.")
    # a person inside the phrase before the verb: without the analyser not placed (left out)
    said = _wording("At Jonas i samarbejde med sin kontaktperson køber ind hver torsdag.")
    assert "Jonas" not in said
    if not analyser:
        assert said == "Vi har ikke skrevet dit mål i let sprog endnu. Spørg din kontaktperson."


# ---- i37L: without the analyser a place («i Netto», «Kulturhuset») or a first name of the other gender does not
# stop the resident from being the only «hun» of the text; an unknown capitalised word or a woman's name does
@pytest.mark.parametrize("after, said", [
    ("Hvis hun vil, går en af os med i Netto bagefter.", "Hvis du vil, går en af os med i Netto bagefter."),
    ("Hvis hun vil, går Peter med til Kulturhuset bagefter.", "Hvis du vil, går Peter med til Kulturhuset bagefter."),
])
def test_places_and_men_do_not_make_her_uncertain(after, said, analyser):
    d = _shopping(f"Vi bruger KRAP, når Sofie handler. {after}", wording="At Sofie handler hver fredag.")
    assert said in _said(d), _left(d)


@pytest.mark.parametrize("before", [
    "Vi bruger KRAP, når Sofie handler med Mette.",   # another woman in the left-out sentence
    "Vi bruger KRAP, når Sofie handler med Zuzu.",    # a name nothing knows
])
def test_another_woman_or_an_unknown_name_keeps_her_uncertain(before, analyser):
    after = "Hvis hun vil, går en af os med i Netto bagefter."
    d = _shopping(f"{before} {after}", wording="At Sofie handler hver fredag.")
    if "Zuzu" in before and morph.available():
        return  # (the analyser says whether a capitalised word is a name; one it does not know is not taken for one)
    assert after in _left(d)


# ---- i37L: the other gender's han/hun named in the sentence before is that person, the resident's is the resident
@pytest.mark.parametrize("actions, said", [
    ("Mor ringer onsdag. Han fortæller hende om ugen.", "Du fortæller din mor om ugen."),
    ("Hanne går med. Hun venter ved kassen, mens han handler.", "Hanne venter ved kassen, mens du handler."),
])
def test_pronouns_of_both_genders_after_a_named_woman(actions, said, analyser):
    d = _shopping(actions)
    assert said in _said(d), _left(d)


def test_two_women_and_a_hun_stay_left_out(analyser):
    d = _shopping("Hanne går med i Netto. Hun venter ved kassen, mens hun handler.",
                  wording="At Sofie selv køber ind i Netto hver torsdag kl. 15.")
    assert "Hun venter ved kassen, mens hun handler." in _left(d)


# ---- round 37: staff notes of one word, or a few words with no verb, are no sentences on either path -------------
@pytest.mark.parametrize("how, note", [
    ("Samtaler.", "Samtaler."),          # a noun the analyser also reads as a verb
    ("Hjælper.", "Hjælper."),            # a verb alone
    ("Motiveres.", "Motiveres."),        # a passive alone
    ("Efter behov.", "Efter behov."),    # no verb
])
def test_an_actors_note_of_one_word_or_no_verb_is_never_said(analyser, how, note):
    d = _own()
    d.external_actors = [ExternalActor(name="Hjemmeplejen", how=how)]
    text = _said(d)
    assert note not in text and note.rstrip(".").lower() not in text.lower()  # («Hjemmeplejen motiveres.» neither)
    assert [s for _, s, _ in build(d).left_out if note.rstrip(".").lower() in s.lower()]  # staff are told


def test_a_whole_short_sentence_is_still_said(analyser):
    d = _shopping("Peter venter udenfor.")
    assert "Peter venter udenfor." in _said(d)
