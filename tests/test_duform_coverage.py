"""Issue 24, round 3: coverage by category without losing precision. For each category a rule that now says a
sentence to the resident has must-say examples beside must-leave-out examples of the same shape. Our own
sentences (none taken from a blind set). The analyser (Apertium) is needed for "de" → "I" and for telling
things and places from people. Every test runs with and without it (`DELMAAL_NO_MORPH=1`, as on Windows): a
must-leave-out case is left out both ways; a must-say case is said as expected with the analyser and, without it,
said the same or left out with its reason – never another wording (`said_or_left_out`)."""

from __future__ import annotations

import pytest

from delmaal_assistant.core.outputs import morph
from delmaal_assistant.core.outputs.duform import Resident, transform

KAJ = Resident(("Kaj",), "han")
EVA = Resident(("Eva",), "hun")
THEIRS_KAJ = Resident(("Kaj",), "han", ours=False)



def said(text, who=KAJ, **kw):
    return transform(text, who, **kw)


def said_or_left_out(res, expect, at=-1):
    """With the analyser: said as `expect` (a sentence at `at`, or the whole list). Without it: the expected
    sentence(s) said, or left out with a reason – and nothing said that mixes «du/dig» with a han/hun."""
    if morph.available():
        assert (res.sentences if isinstance(expect, list) else res.sentences[at]) == expect
        return
    exp = expect if isinstance(expect, list) else [expect]
    assert all(e in res.sentences for e in exp) or (res.left_out and all(why for _, why in res.left_out))
    for s in res.sentences:
        words = set(s.lower().replace(",", " ").replace(".", " ").split())
        assert not (words & {"du", "dig"} and words & {"han", "hun", "ham", "hende"}), s


# ---- "de" = the resident and the one other person in reach → "I"
@pytest.mark.parametrize("text, expect", [
    ("Bostøtten ringer til Kaj kl. 16, og de aftaler en ny tid.",
     "Din bostøtte ringer til dig kl. 16, og I aftaler en ny tid."),
    ("Kontaktpersonen henter Kaj ved bussen. Bagefter spiser de frokost i haven.",
     "Bagefter spiser I frokost i haven."),
    ("Kaj og kontaktpersonen går til banken. Derefter sætter de sig ved bordet.",
     "Derefter sætter I jer ved bordet."),
    ("Når Ida besøger Kaj om tirsdagen, spiller de kort.", "Når Ida besøger dig om tirsdagen, spiller I kort."),
    ("Efter træningen siger de andre på holdet, hvad de mener.",
     "Efter træningen siger de andre på holdet, hvad de mener."),
    ("Kaj holder de faste fridage om weekenden.", "Du holder de faste fridage om weekenden."),
])
def test_de_said_as_I_when_only_the_resident_and_one_other(text, expect):
    said_or_left_out(said(text), expect)


@pytest.mark.parametrize("text", [
    # a thing: the tablets
    "Kaj tager tabletterne med kontaktpersonen. Bagefter tæller de efter.",
    # three people in reach: the contact person, the coach and Kaj
    "Hvis Kaj ikke møder op, ringer kontaktpersonen til træneren, og de finder en ny dag.",
    # a copula: the tablets again, maybe
    "Kaj ser på sedlen med bostøtten. Er de ikke taget kl. 9, ringer vi.",
    # a group ("personalet" = us) and the physiotherapist: not the resident
    "Fysioterapeuten viser personalet, hvordan de hjælper Kaj op.",
    # nobody before it in the sentence and the sentence before was left out
    "Hvis han er træt, ringer naboen Ole. Så går de en kortere tur.",
])
def test_de_left_out_when_it_may_be_others_or_things(text):
    res = said(text)
    assert res.left_out and not any(" I " in s or s.startswith("I ") for s in res.sentences)
    assert not any(" de " in s.lower() and "dig" in s for s in res.sentences)


def test_de_left_out_without_the_analyser(monkeypatch):
    monkeypatch.setattr(morph, "available", lambda: False)
    res = said("Bostøtten ringer til Kaj kl. 16, og de aftaler en ny tid.")
    assert not res.sentences and res.left_out


# ---- han/hun: our staff however written, things and places are never the other person in reach
@pytest.mark.parametrize("text, expect", [
    ("Om fredagen spørger SSH'en Eva, hvilken film hun vil se. Efter filmen følger SSH'en hende hjem.",
     "Efter filmen følger en af os dig hjem."),
    ("Hver onsdag går en medarb. med Eva til Netto. Medarbejderen venter ved kassen, mens hun betaler.",
     "En af os venter ved kassen, mens du betaler."),
    ("Eva sætter sig i Værkstedet kl. 9. Hvis hun er træt, holder hun en pause.",
     "Hvis du er træt, holder du en pause."),
])
def test_pronoun_said_when_only_staff_or_places_are_in_reach(text, expect):
    res = said(text, EVA)
    said_or_left_out(res, expect)
    assert not res.left_out or not morph.available()


@pytest.mark.parametrize("text", [
    "Eva går med veninden Tove til Netto. Hvis hun er træt, tager de bussen hjem.",
    "Om fredagen ringer Eva til Grethe. Hvis hun ikke svarer, sender hun en sms.",
    "Naboen Ulla har givet Eva en plads ved siden af Birthe og sender hende billederne.",
])
def test_pronoun_left_out_with_another_woman_in_reach(text):
    res = said(text, EVA)
    assert res.left_out
    assert not any("hun" in s.lower().split() and "du" in s.lower().split() for s in res.sentences)


# ---- an external actor's name is one person; the actor of the other gender may stand beside "du"
def test_actor_name_with_role_is_one_person():
    res = transform("Ida kommer hver anden lørdag og spiller kort med ham, hvis hun har tid.", THEIRS_KAJ,
                    context="Kusinen Ida (værge)")
    said_or_left_out(res, ["Ida kommer hver anden lørdag og spiller kort med dig, hvis Ida har tid."])


def test_actor_of_the_same_gender_stays_out():
    res = transform("Ole kommer hver anden lørdag og spiller kort med ham, hvis han har tid.", THEIRS_KAJ,
                    context="Fætteren Ole")
    assert not res.sentences and res.left_out


def test_other_gender_pronoun_needs_its_person_in_reach():
    # "Hun" with no woman named anywhere near: left out, not said beside "du"
    res = said("Hun ringer til Kaj om søndagen.")
    assert not res.sentences and res.left_out
    # with the actor's name as context it is the actor, said by name (never "hun" beside "du")
    res = transform("Hun ringer til Kaj om søndagen.", THEIRS_KAJ, context="Moster Inge")
    said_or_left_out(res, ["Inge ringer til dig om søndagen."])


@pytest.mark.parametrize("text, context, expect", [
    ("Moren har lovet at spørge til vasken, når hun ringer om søndagen.", "",
     "Din mor har lovet at spørge til vasken, når din mor ringer om søndagen."),
    ("Hun henter Kaj ved toget og tager hans taske.", "Hans mor", "Din mor henter dig ved toget og tager din taske."),
    ("Lone ringer kl. 8. Hun siger hej til ham ved døren.", "Caféen, lederen Lone",
     "Lone siger hej til dig ved døren."),
])
def test_other_gender_said_by_name_when_only_one_person_can_be_meant(text, context, expect):
    who = THEIRS_KAJ if context else KAJ
    said_or_left_out(transform(text, who, context=context), expect)


@pytest.mark.parametrize("text, context", [
    ("Hun ringer til Kaj, og Grethe kommer, hvis hun kan.", "Moster Inge"),      # Inge or Grethe
    ("Lægen og moren taler med Kaj, når hun har tid.", ""),                      # the doctor may be "hun"
    ("Moren og mormor kommer, og hun tager kage med til Kaj.", ""),              # two women
])
def test_other_gender_left_out_when_more_than_one_may_be_meant(text, context):
    res = transform(text, THEIRS_KAJ if context else KAJ, context=context)
    assert not res.sentences and res.left_out


def test_object_is_not_its_own_clause_subject_by_position():
    # "hende" after "ved siden af Birthe": Birthe is in reach, whoever the subject is
    res = said("Korlederen har givet Eva en plads ved siden af Birthe og sender hende noderne.", EVA)
    assert not res.sentences


def test_possessive_left_out_when_one_or_many_is_unclear():
    res = said("Sønnen Mikael har lavet billeder fra hendes album.", EVA)
    assert not any("din album" in s or "dit album" in s for s in res.sentences)


# ---- grammar: a subject said as a subject («du», «vi»), never «dig»/«os»
@pytest.mark.parametrize("text, expect", [
    ("Lørdag når maden er spist godt kan Kaj vælge film.", "Lørdag når maden er spist godt kan du vælge film."),
    ("Hvis det ikke lykkes rydder personalet op den dag.", "Hvis det ikke lykkes rydder vi op den dag."),
    ("Først går Kaj og bostøtten sammen, og fra maj går Kaj alene.",
     "Først går du og din bostøtte sammen, og fra maj går du alene."),
    ("Kaj siger, at kontaktpersonen hjælper Kaj.", "Du siger, at din kontaktperson hjælper dig."),
    ("Kaj laver kaffe med sin KP.", "Du laver kaffe med din kontaktperson."),
])
def test_subject_after_a_clause_without_comma(text, expect):
    said_or_left_out(said(text), [expect])


@pytest.mark.parametrize("text", [
    "Den 3. kl. 10 sætter bostøtten og Kaj sig ved bordet.",        # would be «… og dig sig»
    "Farmor har lovet at give Kaj sin kage.",                          # «sin» is farmor's: «din» would be untrue
])
def test_left_out_when_case_or_owner_is_unclear(text):
    res = said(text)
    assert not res.sentences and res.left_out


@pytest.mark.parametrize("text, expect", [
    ("Hver fredag ser Kaj og KP (pæd. Rikke) på skemaet.", "Hver fredag ser du og din kontaktperson (Rikke) på skemaet."),
    ("Din kontaktperson (Ib, SSA) ringer.", "Din kontaktperson (Ib) ringer."),
    ("Kl. 9 kommer SSH/SSA til Kaj.", "Kl. 9 kommer en af os til dig."),
])
def test_staff_shorthand_written_out_and_not_split(text, expect):
    assert said(text).sentences == [expect]


# ---- whole sentences: level texts and actors' sentences get their certain subject; staff notes are left out
def test_level_text_and_measurement_said_as_whole_sentences():
    from delmaal_assistant.core.outputs.easyread import _duform
    left = []
    level = _duform("Rydder selv op efter maden, får hjælp til opvasken.", "niveau", KAJ, left, "da", whole=True)
    # two verbs joined by a comma only (a staff note) are said with «og» (issue 24, b36 category 2)
    assert level == "Du rydder selv op efter maden og får hjælp til opvasken." or (
        not morph.available() and level == "" and left and left[0][2])  # without the analyser: a verb?
    left = []
    assert _duform("Nået når Kaj har ryddet op 8 af 10 gange.", "måling", KAJ, left, "da") \
        == "Målet er nået, når du har ryddet op 8 af 10 gange."
    assert not left


@pytest.mark.parametrize("note", ["Tjekkes ved at en af os kigger.", "Vender timeglasset.", "Respektere dit nej."])
def test_sentence_without_subject_is_left_out(note):
    from delmaal_assistant.core.outputs.easyread import _duform
    left = []
    assert _duform(note, "indsats", KAJ, left, "da") == ""
    assert left and "mangler hvem" in left[0][2]


@pytest.mark.parametrize("label, expect", [
    ("Frisør fra centret", "En frisør fra centret"), ("Sygeplejerske fra lægehuset", "En sygeplejerske fra lægehuset"),
    ("Klubben, leder", "Klubben (leder)"),
    ("Mor", "Mor"), ("Egen læge", "Egen læge"), ("Fætter Bo", "Fætter Bo"),
    # round 35: a role before a place with a parenthesis, a noun that is also a verb, a noun the analyser lacks
    ("Rådgiver, Ydelseskontoret (boligstøtte)", "En rådgiver (Ydelseskontoret, boligstøtte)"),
    ("Misbrugsbehandler (Center for Rusmidler)", "En misbrugsbehandler (Center for Rusmidler)"),
    ("Netto (Vestergade)", "Netto (Vestergade)"),
])
def test_actor_label_as_subject(label, expect):
    from delmaal_assistant.core.outputs.easyread import _label
    assert _label(label) == expect


# ---- b32 round 2 (our own sentences): coordinated subjects, parentheses, splitting after abbreviations
@pytest.mark.parametrize("text, expect", [
    ("Om lørdagen bager KP (Sara) og Kaj boller til caféen.",
     "Om lørdagen bager din kontaktperson (Sara) og du boller til caféen."),
    ("En af os hælder olie på panden (Kaj skal ikke selv løfte gryden) og tænder.",
     "En af os hælder olie på panden (du skal ikke selv løfte gryden) og tænder."),
    ("Vi lægger tabletten i (Kaj skal ikke tage den op) og lukker låget.",
     "Vi lægger tabletten i (du skal ikke tage den op) og lukker låget."),
    ("Den første uge følges KP og Kaj ad til svømmehallen.",
     "Den første uge følges din kontaktperson og du ad til svømmehallen."),
    ("Om torsdagen mødes Ole og Kaj ved kiosken.", "Om torsdagen mødes Ole og du ved kiosken."),
])
def test_resident_coordinated_or_in_parenthesis_is_a_subject(text, expect):
    assert said(text).sentences == [expect]


@pytest.mark.parametrize("text, expect", [
    ("KP kører med Kaj (og Ida) til hallen.", ["Din kontaktperson kører med dig (og Ida) til hallen."]),
    ("Vi henter Kaj og Ida ved toget.", ["Vi henter dig og Ida ved toget."]),
])
def test_resident_as_object_stays_dig(text, expect):
    assert said(text).sentences == expect


@pytest.mark.parametrize("text, expect", [
    ("Hvis Kaj siger nej, venter medarb. 15 min og spørger igen.",
     ["Hvis du siger nej, venter en af os 15 min og spørger igen."]),
    ("Kaj hviler i ca. 5 min. og går videre.", ["Du hviler i ca. 5 min. og går videre."]),
    ("KP stiller æggeuret på 4 min. Medarb. hjælper med låget.",
     ["Din kontaktperson stiller æggeuret på 4 min.", "En af os hjælper med låget."]),
    ("Uge 1-3: pæd. cykler med til skolen.", ["Uge 1-3: en af os cykler med til skolen."]),
])
def test_sentence_split_after_abbreviations(text, expect):
    assert said(text).sentences == expect


def test_staff_word_after_a_determiner_still_left_out():
    res = said("Samme pædagog hjælper Kaj hver gang.")
    assert not res.sentences and "forkert dansk" in res.left_out[0][1]


def test_measurement_fragment_in_any_sentence_said_whole():
    from delmaal_assistant.core.outputs.easyread import _duform
    left = []
    said_ = _duform("Vi tæller hver fredag. Nået hvis Kaj har cyklet 9 af 12 gange.", "måling", KAJ, left, "da")
    assert "Målet er nået, hvis du har cyklet 9 af 12 gange." in said_
    assert "Nået hvis" not in said_ and "Nået når" not in said_
    # not a fragment at a sentence's start: left as it is
    assert _duform("Du er nået langt, når du cykler selv.", "måling", KAJ, [], "da") == \
        "Du er nået langt, når du cykler selv."


def test_hver_den_ordinal_is_not_said():
    from delmaal_assistant.core.outputs.easyread import _duform
    assert _duform("Hver den første fredag i måneden bager Kaj kage.", "indsats", KAJ, [], "da") == \
        "Den første fredag i måneden bager du kage."


@pytest.mark.parametrize("label, expect", [
    ("Kajs moster", "Kajs moster"), ("Evas søster", "Evas søster"),
    ("Rengørings-personale", "Rengørings-personale"), ("Hjemmeplejen", "Hjemmeplejen"),
    ("Ergoterapeut fra kommunen", "En ergoterapeut fra kommunen"),
])
def test_actor_label_no_article_before_a_genitive_or_a_group(label, expect):
    from delmaal_assistant.core.outputs.easyread import _label
    assert _label(label) == expect


def test_reflexive_of_a_coordinated_subject_is_jer_or_left_out():
    assert said("Kl. 15 sætter KP (Ib) og Kaj sig i bilen.").sentences == \
        ["Kl. 15 sætter din kontaktperson (Ib) og du jer i bilen."]
    res = said("Kaj og bostøtten sætter sig ved computeren.")
    assert res.sentences == ["Du og din bostøtte sætter jer ved computeren."] or (
        not res.sentences and "forkert dansk" in res.left_out[0][1])  # «jer» since issue 24 (b36)
    assert said("Kaj sætter sig ved computeren.").sentences == ["Du sætter dig ved computeren."]


def test_group_count_noun_keeps_its_article():
    from delmaal_assistant.core.outputs.easyread import _label
    assert _label("Strikke-gruppe") == "En strikke-gruppe"


# ---- b32 round 5 (our own sentences): staff notes with a bare noun and a passive are left out, staff words said
# plainly (picture cards, guidance, the guardian's legal role, "soc.pæd." after a name)
@pytest.mark.parametrize("note", ["Madpakke smøres kl. 7 sammen med aftenvagten.", "Taske pakkes aftenen før.",
                                  "Kaffe laves kl. 10 i køkkenet."])
def test_bare_noun_passive_note_left_out(note):
    from delmaal_assistant.core.outputs.easyread import _duform
    left = []
    assert _duform(note, "indsats", KAJ, left, "da") == ""
    assert left and "mangler hvem" in left[0][2]


@pytest.mark.parametrize("text, expect", [
    ("Tøjet vaskes om mandagen.", "Tøjet vaskes om mandagen."),            # definite: a whole sentence
    ("Kaj smører sin madpakke kl. 7.", "Du smører din madpakke kl. 7."),
])
def test_sentence_with_subject_and_passive_or_noun_said(text, expect):
    from delmaal_assistant.core.outputs.easyread import _duform
    assert _duform(text, "indsats", KAJ, [], "da") in (expect, "" if not morph.available() else expect)


@pytest.mark.parametrize("text, expect", [
    ("KP (Ib, soc.pæd.) ringer til Kaj kl. 9.", "Din kontaktperson (Ib) ringer til dig kl. 9."),
    ("Kaj tager jakken på med verbal guidning.", "Du tager jakken på med hjælp med ord."),
    ("Kaj får guidning til at finde bussen.", "Du får hjælp til at finde bussen."),
    ("Kaj peger på piktogramkortet.", "Du peger på billedkortet."),
    ("Hver dag ser Kaj på piktogramskemaet.", "Hver dag ser du på billedskemaet."),
    ("Fætter Ole (værge) kommer om søndagen.", "Fætter Ole kommer om søndagen."),
])
def test_staff_words_said_plainly(text, expect):
    assert said(text).sentences == [expect]


# ---- b34 first look, by category (our own sentences)
def test_person_after_a_subject_and_its_place_stays_an_object():
    # "Pædagog i klubben lader …": the words after the subject are not a fronted adverbial
    assert said("Pædagog i klubben lader Kaj vælge musik.").sentences == ["En af os i klubben lader dig vælge musik."]
    # a real fronted adverbial still puts the subject after the verb
    said_or_left_out(said("Kaj og bostøtten går ud, og fra maj går Kaj alene."),
                     ["Du og din bostøtte går ud, og fra maj går du alene."])


@pytest.mark.parametrize("text", ["Den som har aftenvagt minder Kaj om pillerne.",
                                  "Den der kommer først om lørdagen henter Kaj ved toget."])
def test_main_verb_after_a_relative_clause_left_out(text):
    res = said(text)
    assert not res.sentences and "forkert dansk" in res.left_out[0][1]


def test_den_der_har_vagt_is_our_phrase_and_the_subject():
    # i24r: "Den der har vagt" is the product's own phrase for a staff member – the main verb after it is theirs
    assert said("Den der har vagt om lørdagen henter Kaj ved toget.").sentences == \
        ["Den der har vagt om lørdagen henter dig ved toget."]


def test_staff_abbreviation_before_the_resident_ends_no_sentence():
    assert said("Hver fredag kl. 9 minder pæd. Kaj om bussen og hjælper ham med billetten.").sentences == \
        ["Hver fredag kl. 9 minder en af os dig om bussen og hjælper dig med billetten."]
    # before a new sentence's subject and verb it still ends one
    assert said("Kaj spiser med pæd. Derefter går Kaj hjem.").sentences == \
        ["Du spiser med en af os.", "Derefter går du hjem."]


def test_another_units_staff_are_not_us():
    assert said("Hvis Kaj ringer, hjælper en af os og personalet hos Ole.").sentences == \
        ["Hvis du ringer, hjælper en af os og personalet hos Ole."]
    assert said("Personalet hjælper Kaj.").sentences == ["Vi hjælper dig."]


@pytest.mark.parametrize("note", ["Snak med Kaj om hvad der skete.", "Hold pause med Kaj."])
def test_staff_instruction_left_out(note):
    from delmaal_assistant.core.outputs.easyread import _duform
    left = []
    assert _duform(note, "indsats", KAJ, left, "da") == "" and "mangler hvem" in left[0][2]


def test_naaet_ved_said_whole():
    from delmaal_assistant.core.outputs.easyread import _duform
    assert _duform("Nået ved mindst 8 af 10 ture.", "måling", KAJ, [], "da") == "Målet er nået ved mindst 8 af 10 ture."


@pytest.mark.parametrize("text, expect", [
    ("Kaj tømmer skabet med højst 1 verbal påmindelse.", "Du tømmer skabet med højst 1 påmindelse med ord."),
    ("Vi viser piktogramtavlen og giver piktogram-guidning.", "Vi viser billedtavlen og giver hjælp med billeder."),
    ("Diætisten foreslår energitæt kost til Kaj.", "Diætisten foreslår mad med mange kalorier til dig."),
])
def test_more_staff_words_said_plainly(text, expect):
    assert said(text).sentences == [expect]


@pytest.mark.parametrize("label, expect", [("Midttrafik", "Midttrafik"), ("Talepædagog fra kommunen",
                                                                           "En talepædagog fra kommunen")])
def test_one_word_name_gets_no_article(label, expect):
    from delmaal_assistant.core.outputs.easyread import _label
    assert _label(label) == expect


# ---- issue 24 (i24b): a han/hun after a sentence that was left out. It is the resident when nobody who was in
# reach of the left-out sentence (or of anything since) can be called so; else it stays left out. Both ways.
@pytest.mark.parametrize("text, expect", [
    ("Kaj cykler til værkstedet. Kontaktpersonen skriver det i Sensum. Om aftenen tjekker nattevagten hans "
     "cykellygte.", "Om aftenen tjekker nattevagten din cykellygte."),
    ("Kaj cykler til værkstedet. Kontaktpersonen skriver det i Sensum. Vi spiser. Om aftenen tjekker nattevagten "
     "hans cykellygte.", "Om aftenen tjekker nattevagten din cykellygte."),
])
def test_pronoun_after_a_left_out_sentence_with_nobody_else_in_reach(text, expect):
    if not morph.available():
        pytest.skip("without the analyser «Kaj» at the start is not known as a name: left out (tested below)")
    res = said(text)
    assert res.sentences[-1] == expect and len(res.left_out) == 1


@pytest.mark.parametrize("text", [
    # Ole is in reach of the left-out sentence: «ham» may be Ole
    "Ole kommer kl. 9. Han skriver det i Sensum. Så hjælper vi ham med kaffen.",
    "Kaj og Ole spiller kort. Kontaktpersonen skriver det i Sensum. Bagefter rydder vi op med ham.",
    # two sentences left out in a row: Ole is still in reach
    "Ole kommer kl. 9 med Kaj. Han tager ham med ud. Han skriver det i Sensum. Vi giver ham kaffe.",
    # a person word of unknown gender ("naboen") in the left-out sentence
    "Kaj går til træning. Naboen skriver det i Sensum. Vi giver ham kaffe.",
])
def test_pronoun_after_a_left_out_sentence_with_someone_else_in_reach_is_left_out(text):
    res = said(text)
    assert res.left_out and not any("dig" in s or "din " in s for s in res.sentences[1:])
    assert any("ham" in s for s, _ in res.left_out[-1:])


# ---- a non-reflexive object next to its own clause's subject is not that subject ("Han tager ham med" is two
# people; «Du tager dig med» would be untrue): left out, both ways
@pytest.mark.parametrize("text", [
    "Kaj går. Han tager ham med ud.",
    "Kaj beder ham om hjælp.",
    "Så tager han ham med ud.",
    # two men named in the text: which one «ham» is, the rules cannot tell
    "Ole kommer. Per går. Kaj beder ham om hjælp.",
    # a person of unknown gender ("naboen") may be «ham»
    "Ole og naboen kommer. Kaj beder ham om hjælp.",
    # «han» is not beside the resident in its own clause: Ole or Kaj
    "Ole hjælper Kaj, og han er glad.",
])
def test_object_pronoun_beside_a_resident_subject_is_left_out(text):
    res = said(text)
    assert not any("dig" in s for s in res.sentences)
    assert res.left_out


@pytest.mark.parametrize("text, expect", [
    ("Kaj beder os om at hjælpe ham.", "Du beder os om at hjælpe dig."),
    ("Når han er træt, hjælper vi ham.", "Når du er træt, hjælper vi dig."),
    ("Kaj vasker sig.", "Du vasker dig."),
])
def test_object_pronoun_of_another_clause_is_still_the_resident(text, expect):
    assert said(text).sentences == [expect]


# ---- the resident's gender: a han/hun that follows the resident's name in a sentence that also names a person
# of that gender for certain ("Sofie … når hun …") is not a vote. The analyser, or without it the du-form rules'
# [names] list, knows a name's gender; a name neither knows leaves the votes disagreeing (the gender unknown).
def test_gender_vote_of_a_named_other_person_is_not_counted():
    from delmaal_assistant.core.outputs.duform.resident import find_resident
    texts = ("Sofie går med Kaj på gangen, når hun besøger ham.", "Kaj siger, at han gerne vil.")
    assert find_resident("At Kaj går en tur hver dag.", texts).gender == "han"
    texts = ("Zuzu går med Kaj på gangen, når hun besøger ham.", "Kaj siger, at han gerne vil.")  # a name not listed
    assert find_resident("At Kaj går en tur hver dag.", texts).gender == ("" if not morph.name_gender("Zuzu") else "han")
    # a woman who is not named: the votes disagree, the gender is not known
    texts = ("Kaj går på gangen, når hun har tid.", "Kaj siger, at han gerne vil.")
    assert find_resident("At Kaj går en tur hver dag.", texts).gender == ""



# ---- a han/hun beside the resident in its own short clause is the one other person of that gender the whole text
# names: said by that person's name (the analyser or the [names] list knows a first name's gender; a name neither
# knows is of unknown gender, and the sentence is left out)
@pytest.mark.parametrize("text, context, expect", [
    ("Ole kommer kl. 9. Kaj beder ham om hjælp.", "", "Du beder Ole om hjælp."),
    ("Ole (bror) hjælper med tøjet, når han besøger Kaj om søndagen.", "",
     "Ole (bror) hjælper med tøjet, når Ole besøger dig om søndagen."),
    ("Hjælper med tøjet, når han besøger Kaj om søndagen.", "Ole (bror)",
     "Hjælper med tøjet, når Ole besøger dig om søndagen."),
])
def test_pronoun_beside_the_resident_said_by_the_other_persons_name(text, context, expect):
    res = said(text, context=context)
    assert res.sentences[-1] == expect
    res = said(text.replace("Ole", "Zuzu"), context=context.replace("Ole", "Zuzu"))  # a name nothing knows
    if not morph.name_gender("Zuzu") and "(bror)" not in text + context:  # («bror» says he is a man)
        assert not any("dig" in s and ("han" in s or "Zuzu besøger" in s) for s in res.sentences) and res.left_out


# ---- "Thomas (far)", "søster Birgitte": one person, not two. The han/hun of the clause whose subject they are is
# then the resident ("Jan roser ham": not Jan); a second man stays unclear.
@pytest.mark.parametrize("text, expect", [
    ("Ole (far) taler med Kaj om arbejdet og henter ham kl. 13.",
     "Ole (far) taler med dig om arbejdet og henter dig kl. 13."),
    ("Bror Ole besøger Kaj om søndagen og tager ham med på tur.",
     "Bror Ole besøger dig om søndagen og tager dig med på tur."),
    ("Eva (mor) henter Kaj og kører ham hjem.", "Eva (mor) henter dig og kører dig hjem."),
])
def test_name_and_family_word_are_one_person(text, expect):
    res = said(text)
    if morph.available():
        assert res.sentences == [expect]
    else:
        assert res.sentences in ([expect], []) and (res.sentences or res.left_out)


@pytest.mark.parametrize("text", [
    "Ole (far) kører med Kaj, så han lærer ruten.",     # «han»: Ole or Kaj
    "Bror Ole kører med Kaj, så han lærer ruten.",
    "Ole (far) og Per henter Kaj og kører ham hjem.",   # «ham»: Kaj or Per? (Per is not the subject alone)
])
def test_name_and_family_word_still_unclear_with_a_pronoun_of_either(text):
    res = said(text)
    assert not res.sentences and res.left_out


# ---- issue 24 round 4 (b34 after-reading categories; our own sentences) --------------------------------------
from delmaal_assistant.core.outputs.easyread import _duform  # noqa: E402


def _field(text, who=KAJ, **kw):
    left: list = []
    out = _duform(text, "Felt", who, left, "da", **kw)
    return out.splitlines(), [x for _, x, _ in left]


@pytest.mark.parametrize("text, leaning", [
    # the first sentence is left out (a han with another man in reach); the next one points back at it
    ("Tandlægen Ole ringer, og han tager røntgenbillede (SSA-niveau). Kaj betaler selv regningen.",
     "Du betaler selv regningen."),
    ("Tandlægen Ole ringer, og han tager røntgenbillede (SSA-niveau). Det gør han hver måned.",
     "Det gør han hver måned."),
])
def test_sentence_leaning_on_a_left_out_one_is_left_out_too(text, leaning):
    said_, left = _field(text)
    assert said_ == [], said_
    assert len(left) == 2


def test_sentence_after_a_left_out_one_with_its_own_subject_and_nothing_pointing_back_is_said():
    said_, left = _field("Tandlægen Ole ringer, og han tager røntgenbillede (SSA-niveau). Kaj går selv hjem.")
    assert left and said_ in ([], ["Du går selv hjem."])
    if morph.available():
        assert said_ == ["Du går selv hjem."]


@pytest.mark.parametrize("note", [
    "Ringer til din kontaktperson efter hver træning.",   # no subject
    "Laver te til dig, prøver igen næste dag.",        # two verbs, no subject
    "Lørdag: lang tur hvis 3 dage ok.",                   # no finite verb
    # (a bare singular role noun first, «Fysioterapeut kommer …», gets the article an actor gets since i46L:
    # tests/test_easyread_i46l.py)
    "Kommunal ergoterapeut kommer på besøg i maj.",           # bare singular role noun after an adjective
    "SSP-medarbejder holder møde med Kaj i klubben.",        # a compound role noun
])
def test_subjectless_staff_fragment_left_out(note):
    said_, left = _field(note)
    assert said_ == [] and left, said_


@pytest.mark.parametrize("text, expect", [
    ("Kaj tager bussen kl. 9, og bagefter prøver han igen.", "Du tager bussen kl. 9, og bagefter prøver du igen."),
    ("En fysioterapeut kommer hver mandag kl. 10.", "En fysioterapeut kommer hver mandag kl. 10."),
    ("Bliver det for koldt, går Kaj hjem.", "Bliver det for koldt, går du hjem."),
])
def test_whole_sentences_beside_the_fragments_still_said(text, expect):
    said_, left = _field(text)
    if morph.available():
        assert said_ == [expect], (said_, left)
    else:
        assert said_ in ([expect], []) and (said_ or left)


@pytest.mark.parametrize("text", ["Aftensmad kl. 18.30.", "Madplan med billeder."])
def test_a_plain_list_line_without_a_verb_is_left_out(text):
    # i43V (issue 24, b42): a list line with no verb was said as written; the readers count every verbless line as
    # ungrammatical – left out with its reason
    said_, left = _field(text)
    assert said_ == [] and left, (said_, left)


@pytest.mark.parametrize("text", [
    "Målet er nået, når Kaj vasker op med højst guidning fra en medarbejder 5 af 6 aftener.",
    "Målet er nået, når Kaj klarer det med verbal guidning alene.",
])
def test_staff_word_in_the_measurement_never_said_wider(text):
    said_, left = _field(text, measure=True)
    assert said_ == [] and left == [text]
    assert not any("hjælp" in s for s in said_)


def test_measurement_without_a_staff_word_is_said():
    said_, _ = _field("Målet er nået, når Kaj vasker op 5 af 6 aftener.", measure=True)
    assert said_ in (["Målet er nået, når du vasker op 5 af 6 aftener."], [])
    if morph.available():
        assert said_


@pytest.mark.parametrize("text", [
    "Mor ringer til skolen hvis K.J. ikke er mødt kl. 8.",
    "Hvis de to bliver uvenner, hjælper en af os.",
])
def test_initials_or_de_to_not_certain_left_out(text):
    said_, left = _field(text)
    assert said_ == [] and left


def test_actor_not_taking_part_gets_no_also_line():
    from delmaal_assistant.core.model import Delmaal, ExternalActor
    from delmaal_assistant.core.outputs.easyread import build
    d = Delmaal()
    d.wording = "At Kaj går en tur hver søndag."
    d.external_actors = [ExternalActor(name="Lise (søster)", how="Er ikke med i delmålet, men ved besked."),
                         ExternalActor(name="Peter (bror)", how="Deltager ikke."),
                         ExternalActor(name="Ole (far)", how="")]
    e = build(d)
    text = "\n".join(t for _, t in e.sections)
    assert "søster" not in text.lower() and "bror" not in text.lower()
    # the father, with no how: what he does is not written – never guessed as «er også med», told to staff
    assert "er også med" not in text and "far" not in text.lower()
    assert [(w, x) for w, x, why in e.left_out if why.startswith("der står ikke, hvad aktøren gør")] == [
        ("Eksterne aktører: Ole (far)", "Ole (far)")]
    assert sum(1 for w, _, why in e.left_out if why == "aktøren er ikke med i målet") == 2


def _resident_delmaal(wording, agreement, measurement, how=""):
    from delmaal_assistant.core.model import Delmaal, ExternalActor
    d = Delmaal()
    d.wording, d.measurement = wording, measurement
    d.collaboration.agreement = agreement
    if how:
        d.external_actors = [ExternalActor(name="Fritidsklubben", how=how)]
    return d


@pytest.mark.parametrize("wording, agreement, measurement, expect", [
    # the resident's first name and initials with the same first letter
    ("At Kaj går i svømmehallen hver torsdag.", "Aftalt med Kaj på hans værelse.",
     "Målet er nået, når K.L. har været i svømmehallen 8 af 10 torsdage.",
     "Målet er nået, når du har været i svømmehallen 8 af 10 torsdage."),
    # "den unge" in the wording, the agreement made with the initials
    ("At den unge går i svømmehallen hver torsdag.", "Talt med K.L. og aftalt med kontaktpersonen.",
     "Målet er nået, når K.L. har været i svømmehallen 8 af 10 torsdage.",
     "Målet er nået, når du har været i svømmehallen 8 af 10 torsdage."),
])
def test_resident_initials_in_other_fields_said_as_du(wording, agreement, measurement, expect):
    from delmaal_assistant.core.outputs.easyread import build
    e = build(_resident_delmaal(wording, agreement, measurement))
    text = "\n".join(t for _, t in e.sections)
    assert "K.L." not in text
    assert expect in text or any(x == measurement for _, x, _ in e.left_out)
    if morph.available():
        assert expect in text


@pytest.mark.parametrize("wording, agreement", [
    ("At Eva går i svømmehallen hver torsdag.", "Aftalt med Eva."),        # another first letter: someone else
    ("At den unge går i svømmehallen hver torsdag.", "Aftalt på mødet."),  # nothing ties K.L. to the resident
])
def test_initials_not_certainly_the_resident_left_out(wording, agreement):
    from delmaal_assistant.core.outputs.easyread import build
    m = "Målet er nået, når K.L. har været i svømmehallen 8 af 10 torsdage."
    e = build(_resident_delmaal(wording, agreement, m))
    text = "\n".join(t for _, t in e.sections)
    assert "K.L." not in text and "svømmehallen 8 af 10" not in text
    assert any(x == m for _, x, _ in e.left_out)


def _actor_text(name, how):
    from delmaal_assistant.core.model import Delmaal, ExternalActor
    from delmaal_assistant.core.outputs.easyread import build
    d = Delmaal()
    d.wording = "At Kaj går en tur hver søndag."
    d.external_actors = [ExternalActor(name=name, how=how)]
    e = build(d)
    return "\n".join(t for _, t in e.sections), e.left_out


@pytest.mark.skipif(not morph.available(), reason="the verb's tense is the analyser's")
@pytest.mark.parametrize("name, how, expect", [
    # a note in the past tense or the passive: the actor is its subject
    ("Ergoterapeut, Hjælpemiddelcentret", "Målte stolen op i marts og kommer igen i maj.",
     "En ergoterapeut (Hjælpemiddelcentret) målte stolen op i marts og kommer igen i maj."),
    ("Bror (Jonas)", "Inviteres til samtalen i april.", "Din bror Jonas inviteres til samtalen i april."),
])
def test_actor_note_in_the_past_or_passive_gets_the_actor_as_subject(name, how, expect):
    text, _ = _actor_text(name, how)
    assert expect in text


@pytest.mark.skipif(not morph.available(), reason="a participle is known by the analyser")
def test_actor_note_with_only_a_participle_is_not_said():
    # «Tilmeldt Kaj til holdet, …» has no finite verb: said as it is it reads «Tilmeldt du …», with the actor
    # it would be wrong Danish – the actor is named, the note left out for staff to see
    text, left = _actor_text("Svømmeklubben, træner Ib", "Tilmeldt Kaj til holdet, giver ham en badehætte.")
    assert "Tilmeldt" not in text and "Svømmeklubben (træner Ib) er også med." in text
    assert any(why == "ikke en hel sætning (mangler hvem)" for _, _, why in left)


def test_actor_with_no_role_is_not_said_to_take_part():
    text, left = _actor_text("Skolen", "Orienteret, ingen rolle.")
    assert "Skolen" not in text and "skole" not in text.lower()
    assert any(why == "aktøren er ikke med i målet" for _, _, why in left)

# ---- issue 24 round 6 (i24c): who-is-who certain from syntax. Our own sentences (none from a blind set). --------
# (a) an object «ham»/«hende» in a clause whose subject is the resident is someone else (the resident would be
# «sig»): said by the one person of that gender named before it in a phrase after a preposition, else left out –
# never «dig».
@pytest.mark.parametrize("who, text, expect", [
    (EVA, "At Eva ringer til sin søster Lise hver fredag og taler med hende i en halv time.",
     "Du ringer til din søster Lise hver fredag og taler med Lise i en halv time."),
    (KAJ, "Kaj går i biografen med Ole hver anden lørdag og køber popcorn til ham.",
     "Du går i biografen med Ole hver anden lørdag og køber popcorn til Ole."),
    (KAJ, "Kaj ringer til Ole og spørger ham om vejen.", "Du ringer til Ole og spørger Ole om vejen."),
])
def test_object_pronoun_in_the_residents_own_clause_is_the_other_person(who, text, expect):
    said_or_left_out(said(text, who), expect)


@pytest.mark.parametrize("text", [
    "Kaj går tur med Eva og viser ham parken.",          # no man named: «ham» is not Kaj, and not known – was «dig»
    "Kaj ringer til Ole og Ib og spørger ham om vejen.",  # two men
    "Kaj hjælper Ole med at bære tasken og giver ham en øl.",  # Ole is an object, not after a preposition
    "Kaj beder kontaktpersonen ringe til ham.",           # «ham» in the contact person's own verb: maybe Kaj
    "Kaj siger til Ole, at han skal hjælpe ham.",
])
def test_object_pronoun_not_certainly_placed_left_out(text):
    res = said(text)
    assert not res.sentences and res.left_out
    assert not any("dig" in s for s in res.sentences)


def test_object_pronoun_after_og_in_a_subordinate_clause_keeps_its_old_reading():
    # «gentager» may be the doctor's verb (coordinated with «ved»): «ham» is then Kaj, as before this rule
    res = said("Lægen ved at Kaj kan blive nervøs og gentager tiden for ham.")
    said_or_left_out(res, "Lægen ved at du kan blive nervøs og gentager tiden for dig.")


def test_object_pronoun_after_a_new_subject_is_still_the_resident():
    # "og den der har vagt kører ham": a new clause with its own subject – «ham» is the resident there
    # (our place after a preposition stays the place – «til bostedet», never «til os»: issue 24, i37D)
    res = said("Hvis Kaj er bange, ringer han til bostedet og den der har vagt kører ham.")
    said_or_left_out(res, "Hvis du er bange, ringer du til bostedet og den der har vagt kører dig.")


# (b) «sin mor/far/mand/kone» bound by the resident's child or partner (by the family word beside the name or in
# the actor's name) is the resident → «dig»; a parent's «sin datter», a sibling's «sin søster» never (another
# child, another sibling may be meant).
@pytest.mark.parametrize("who, text, context, expect", [
    (THEIRS_KAJ, "Ib (søn) ringer til sin far om lørdagen og spørger til ugen.", "Ib (søn)",
     "Ib (søn) ringer til dig om lørdagen og spørger til ugen."),
    (Resident(("Eva",), "hun", ours=False), "Bodil drikker kaffe med sin mor om søndagen og tager hendes kage med.",
     "Datter Bodil", "Bodil drikker kaffe med dig om søndagen og tager din kage med."),
    (Resident(("Eva",), "hun"), "Ole (mand) spiser med sin kone om søndagen.", "",
     "Ole (mand) spiser med dig om søndagen."),
])
def test_childs_or_partners_sin_mor_far_is_the_resident(who, text, context, expect):
    said_or_left_out(transform(text, who, context=context), expect)


@pytest.mark.parametrize("who, text, context", [
    (Resident(("Eva",), "hun", ours=False), "Lise (mor) henter sin datter fredag.", "Lise (mor)"),  # a sister?
    (Resident(("Eva",), "hun", ours=False), "Lise henter sin søster fredag.", "Søster Lise"),
    (THEIRS_KAJ, "Ib (søn) ringer til sin mor om lørdagen.", "Ib (søn)"),     # Kaj is a man: not his mother
    (THEIRS_KAJ, "Ib ringer til sin far om lørdagen.", "Ib (bror)"),           # a brother's father is not Kaj
])
def test_other_relatives_sin_family_word_not_the_resident(who, text, context):
    res = transform(text, who, context=context)
    assert not any("dig" in s for s in res.sentences)


# (c) "At han/hun …": the resident known by gender only. The wording is said; a first name elsewhere is the
# resident only when the resident's own account names them ("Aftalt med Kaj") and the analyser knows the name as
# one of that gender; any other first name that is not an actor's or given beside a family word is left out.
def _pronoun_delmaal(wording, actions, agreement="", actors=()):
    from delmaal_assistant.core.model import Delmaal, ExternalActor
    d = Delmaal()
    d.wording = wording
    d.indsats.actions = actions
    d.collaboration.agreement = agreement
    d.external_actors = [ExternalActor(name=n, how=h) for n, h in actors]
    return d


def _said_and_left(d):
    from delmaal_assistant.core.outputs.easyread import build
    e = build(d)
    return "\n".join(t for _, t in e.sections), [x for _, x, _ in e.left_out]


def test_wording_with_han_hun_is_said():
    text, left = _said_and_left(_pronoun_delmaal(
        "At hun selv reder sin seng hver morgen, når personalet viser hende piktogrammet.",
        "En medarbejder står ved døren."))
    assert "Du reder selv din seng hver morgen, når vi viser dig billedet." in text
    assert "Vi har ikke skrevet dit mål" not in text


def test_wording_with_han_hun_a_first_name_elsewhere_is_left_out_unless_the_account_names_them():
    d = _pronoun_delmaal("At han går til fodbold hver onsdag med sin bror Ib.",
                         "Kaj pakker selv tasken. Ib henter ham.")
    text, left = _said_and_left(d)
    assert "Du går til fodbold hver onsdag med din bror Ib." in text  # (Ib, the brother: the family word and,
    # the first time, the name)
    assert "Kaj" not in text and "Kaj pakker selv tasken." in left  # maybe the resident, maybe not
    d.collaboration.agreement = "Aftalt med Kaj på hans værelse."
    text, left = _said_and_left(d)
    if morph.available():
        assert "Du pakker selv tasken." in text and "Din bror henter dig." in text and "Kaj" not in text
    else:
        assert "Kaj" not in text


def test_compound_staff_word_made_plain():
    res = said("Kaj ser på tandbørste-piktogrammet.")
    said_or_left_out(res, "Du ser på tandbørste-billedet.")


# (d) «deres» of a subject that is the resident and one other person is «jeres»; with a plural noun or another
# person between, whose it is is not certain: left out (never «deres» about the resident).
@pytest.mark.parametrize("text, expect", [
    ("KP og Kaj taler om ugen på deres samtale om onsdagen.",
     "Din kontaktperson og du taler om ugen på jeres samtale om onsdagen."),
    ("Kaj og KP taler om ugen på deres samtale om onsdagen.",
     "Du og din kontaktperson taler om ugen på jeres samtale om onsdagen."),
])
def test_deres_of_the_resident_and_one_other_is_jeres(text, expect):
    said_or_left_out(said(text), expect)


@pytest.mark.parametrize("text", [
    "KP og Kaj taler om brevene på deres møde om onsdagen.",   # the letters' «deres»?
    "KP og Kaj taler med forældrene om deres ønsker.",         # the parents'?
])
def test_deres_not_certainly_the_residents_left_out(text):
    res = said(text)
    assert not res.sentences and res.left_out


def test_deres_of_others_stays():
    said_or_left_out(said("Kaj taler med forældrene om deres ønsker."), "Du taler med forældrene om deres ønsker.")


# (e) a staff note with no subject is never said: "Tager en snak med dig." ("en" is no subject unless "en af
# os"), an unknown -er word before a preposition ("Mailer til …") – in an actor's text it gets the actor as subject
@pytest.mark.parametrize("note", ["Tager en snak med dig, prøver igen dagen efter.", "Tager en snak med dig."])
def test_subjectless_note_with_en_left_out(note):
    out, left = _field(note)
    assert not out and left


def test_en_af_os_is_a_subject():
    out, left = _field("Kommer en af os forbi, siger du hej.")
    assert out or left  # never counted as a note without a subject only because of «en»
    if morph.available():
        assert out == ["Kommer en af os forbi, siger du hej."]


def test_unknown_er_verb_before_a_preposition_gets_the_actors_name():
    from delmaal_assistant.core.model import Delmaal, ExternalActor
    from delmaal_assistant.core.outputs.easyread import build
    d = Delmaal()
    d.wording = "At Kaj går til samtale på jobcentret hver fredag."
    d.external_actors = [ExternalActor(name="Jobcentret", how="Holder samtalen med Kaj. Mailer til KP bagefter.")]
    text = "\n".join(t for _, t in build(d).sections)
    assert "\nMailer" not in text and not text.startswith("Mailer")
    if morph.available():
        assert "Jobcentret mailer til din kontaktperson bagefter." in text


# (f) staff words: «statusattest» said as «lægeattest»; «efterværnsplan» left out
def test_statusattest_and_efterværnsplan():
    said_or_left_out(said("Lægen skriver statusattest til jobcentret om Kaj."),
                     "Lægen skriver lægeattest til jobcentret om dig.")
    res = said("Sagsbehandleren gennemgår efterværnsplanen med Kaj i marts.")
    assert not res.sentences and res.left_out


# (g) the resident's own words are verbatim – unless they name the resident (a relative relays them): then only
# the quoted words in the first person, or nothing (listed for staff); a staff paraphrase about the resident
# («Kaj siger det er fint») is not own words – said in the du-form, never quoted (issue 24, round b37)
@pytest.mark.parametrize("own, expect", [
    ("Jeg vil gerne selv.", "«Jeg vil gerne selv.»"),
    ('Hans søster fortæller at Kaj altid siger: "Jeg vil have kaffe først."', "«Jeg vil have kaffe først.»"),
    ('Hans søster fortæller at Kaj altid siger: "Kaffe først."', "«Kaffe først.»"),
    ('Hans søster fortæller at Kaj altid siger: "Han skal have kaffe først."', None),
    ("Kaj siger det er fint.", "Du siger det er fint."),
])
def test_own_words_that_name_the_resident(own, expect):
    from delmaal_assistant.core.model import Delmaal
    from delmaal_assistant.core.outputs.easyread import build
    d = Delmaal()
    d.wording = "At Kaj drikker kaffe i fællesstuen hver morgen."
    d.collaboration.resident_own_words = own
    e = build(d)
    sections = dict(e.sections)
    own_heading = [h for h in sections if "selv" in h.lower()]
    if expect is None:
        assert not own_heading and any(own in x for _, x, _ in e.left_out)
    else:
        assert sections[own_heading[0]] == expect


# (h) a role word before a first name is one person of the name's gender ("sygeplejerske Lone": a woman – a «han»
# after it is the resident), and never a verb ("Træner Lone henter Kaj": Kaj is the object – was «henter du»)
@pytest.mark.parametrize("text, expect", [
    ("Sygeplejerske Lone får besked af KP hvis Kaj springer over, og hvis han er syg.",
     "Sygeplejerske Lone får besked af din kontaktperson hvis du springer over, og hvis du er syg."),
    ("Sygeplejerske Lone får besked af KP hvis han springer over to dage i træk.",
     "Sygeplejerske Lone får besked af din kontaktperson hvis du springer over to dage i træk."),
    ("Træner Lone henter Kaj ved bussen.", "Træner Lone henter dig ved bussen."),
])
def test_role_word_before_a_name(text, expect):
    said_or_left_out(said(text), expect)


def test_role_word_before_a_name_of_the_residents_gender_still_unclear():
    res = said("Sygeplejerske Ole får besked af KP hvis han springer over to dage i træk.")
    assert not res.sentences and res.left_out


# (i) a family word that is someone else's («Oles mor», «en søster») is never said as «din mor» for a han/hun
# (was «Du ringer til Oles mor, når din mor har tid.»)
@pytest.mark.parametrize("who, text", [
    (KAJ, "Kaj ringer til Oles mor og taler med hende."),
    (KAJ, "Kaj ringer til Oles mor, når hun har tid."),
    (EVA, "Eva går med en søster og taler med hende."),
])
def test_someone_elses_family_word_never_said_as_yours(who, text):
    res = said(text, who)
    assert not any("din mor" in s or "din søster" in s for s in res.sentences)
    assert not res.sentences and res.left_out


def test_own_family_word_named_for_the_pronoun():
    said_or_left_out(said("Kaj ringer til sin mor og taler med hende."),
                     "Du ringer til din mor og taler med din mor.")
