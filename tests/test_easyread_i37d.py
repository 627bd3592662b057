"""Issue 24 (i37D): "Dit delmål" – who "we" are, where sentences end, and the fields that fall out. By category,
each must-say beside a must-leave-out, our own Danish examples (psykiatri, handicap, unge, herberg, ældre), none
taken from a blind set. Tests that take `analyser` run with the analyser as the machine has it and without it.

1. only our own staff are «vi»/«en af os»: an outside service («DP», jobcentret, hjemmeplejen …) never is, and our
   own place after a preposition is the place («rundt om bostedet»), never «os»;
2. abbreviations with a period («Medarb. (Kurt)», «pæd. Lone», «kl.», «f.eks.») end no sentence – one list in
   duform.toml, also for the searches for a sentence's first word;
3. a measurement that is a «når»/«hvis» clause alone is said «Målet er nået, når …» (`criterion_sentences`);
4. a wording in lower case («at Maja …») or with our staff as subject («Personalet støtter Maja i at …») finds the
   resident as «At Maja …» does; sentence starts in the resident's text get their capital;
5. a title is said, or staff are told on stderr why not;
6. staff's account of what a resident without speech showed is said in the du-form under «Det viste du os»,
   never quoted under «Det sagde du selv»;
7. a name that may be the resident's (the wording says «den unge», initials or «hun») is never said – also as the
   subject of a «når»-clause or the object in a level note.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from delmaal_assistant.core.model import ExternalActor
from delmaal_assistant.core.outputs.duform import Resident, load_rules, transform
from delmaal_assistant.core.outputs.duform.rules import DuformRulesError
from delmaal_assistant.core.outputs.duform.sentences import ABBREV_DOT, _sentences, mask_abbreviations
from delmaal_assistant.core.outputs.easyread import _capitalised, build, criterion_sentences
from delmaal_assistant.core.resources import lexicon_dir
from sample_delmaal import full_delmaal

METTE = Resident(("Mette",), "hun")
OLE = Resident(("Ole",), "han")


def _text(d) -> tuple[str, str, list]:
    e = build(d)
    return e.title, "\n".join(body for _, body in e.sections), list(e.left_out)


# ---- 1. who "we" are
@pytest.mark.parametrize("text, expect", [
    # psykiatri: the district psychiatry is an outside service, written out, never «en af os»
    ("Ved tegn på uro ringer Mette eller Søren til DP samme dag.",
     "Ved tegn på uro ringer du eller Søren til distriktspsykiatrien samme dag."),
    ("DP ringer til Mette hver fredag.", "Distriktspsykiatrien ringer til dig hver fredag."),
    ("DP's sygeplejerske kommer hver anden uge.", "Distriktspsykiatriens sygeplejerske kommer hver anden uge."),
    # ældre / handicap: other outside services stay themselves
    ("Hjemmeplejen hjælper Mette med bad om tirsdagen.", "Hjemmeplejen hjælper dig med bad om tirsdagen."),
    ("Mette går med sin mor til jobcentret.", "Du går med din mor til jobcentret."),
    ("Kommunen betaler Mettes buskort.", "Kommunen betaler dit buskort."),
    # our own staff are still «vi»/«en af os»
    ("Personalet følger Mette til misbrugscentret.", "Vi følger dig til misbrugscentret."),
    ("Pædagogen ringer til jobcentret med Mette.", "En af os ringer til jobcentret med dig."),
    # herberg / handicap: our own place after a preposition is the place, never «os»
    ("Mette går en tur rundt om bostedet hver dag.", "Du går en tur rundt om bostedet hver dag."),
    ("Mette spiser morgenmad på botilbuddet.", "Du spiser morgenmad på botilbuddet."),
    ("Mette cykler hjem fra institutionen.", "Du cykler hjem fra institutionen."),
    # … but the place as the one who acts is «vi»
    ("Bostedet betaler halvdelen af turen.", "Vi betaler halvdelen af turen."),
])
def test_only_our_own_staff_are_us(text, expect, analyser):
    res = transform(text, METTE)
    assert res.sentences == [expect] or (not analyser and res.left_out), (res.sentences, res.left_out)
    assert "en af os" not in " ".join(res.sentences) or "Pædagogen" in text
    assert "om os" not in " ".join(res.sentences) and "fra os" not in " ".join(res.sentences)


@pytest.mark.parametrize("text, expect", [
    # the staff of an outside service or place stay theirs, never «en af os»/«vi»
    ("Pædagogen på værestedet tager imod Mette.", "Pædagogen på værestedet tager imod dig."),
    ("En medarbejder fra misbrugscentret kommer hver uge.", "En medarbejder fra misbrugscentret kommer hver uge."),
    ("Personalet på misbrugscentret udleverer medicinen til Mette.",
     "Personalet på misbrugscentret udleverer medicinen til dig."),
    ("Medarbejderen fra jobcentret ringer til Mette hver mandag.",
     "Medarbejderen fra jobcentret ringer til dig hver mandag."),
    ("Hjemmeplejens medarbejder kommer kl. 8 og hjælper Mette med bad.",
     "Hjemmeplejens medarbejder kommer kl. 8 og hjælper dig med bad."),
    ("Pæd. fra aktivitetscentret ringer til Mette om fredagen.",
     "Pædagogen fra aktivitetscentret ringer til dig om fredagen."),
    # ours stay ours
    ("En pædagog fra bostedet går med Mette.", "En af os fra bostedet går med dig."),
    ("Personalet følger Mette til jobcentret.", "Vi følger dig til jobcentret."),
])
def test_outside_staff_are_theirs(text, expect):
    res = transform(text, METTE)
    assert res.sentences == [expect], res


def test_outside_staff_as_a_bare_noun_is_left_out():
    # «Pædagog på værestedet ringer …» – neither «en af os» nor a bare noun as the subject
    res = transform("Pædagog på værestedet ringer til Mette.", METTE)
    assert not res.sentences and res.left_out


def test_title_with_an_outside_service_is_not_us(analyser):
    d = full_delmaal(title="Samtaler i DP", wording="At Mette går til samtale i DP hver anden tirsdag.")
    title, text, _ = _text(d)
    assert "en af os" not in title + text
    assert title == "Dit delmål: Samtaler i distriktspsykiatrien"
    assert "Du går til samtale i distriktspsykiatrien hver anden tirsdag." in text


def _rules_copy(tmp_path: Path, old: str, new: str) -> Path:
    src = (lexicon_dir("da") / "duform.toml").read_text(encoding="utf-8")
    assert old in src
    p = tmp_path / "duform.toml"
    p.write_text(src.replace(old, new, 1), encoding="utf-8")
    return p


def test_loader_refuses_an_outside_service_as_us(tmp_path):
    # the set of "us" words is closed: an outside service under [staff] is refused with a Danish message
    p = _rules_copy(tmp_path, '"teamet" = { subject = "vi", object = "os" }',
                    '"teamet" = { subject = "vi", object = "os" }\n"hjemmeplejen" = { subject = "vi", object = "os" }')
    with pytest.raises(DuformRulesError, match="hjemmeplejen"):
        load_rules(p)
    p = _rules_copy(tmp_path, 'genitive = "distriktspsykiatriens"', 'genitive = "vores"')
    with pytest.raises(DuformRulesError, match="DP"):
        load_rules(p)


def test_loader_takes_the_shipped_rules():
    r = load_rules(lexicon_dir("da") / "duform.toml")
    assert "bostedet" in r.places and "dp" not in r.staff
    assert r.abbreviations["DP"][0] == "distriktspsykiatrien"


# ---- 2. abbreviations with a period are not sentence ends (one list: [abbreviations] in duform.toml)
@pytest.mark.parametrize("text, expect", [
    ("Medarb. (Kurt) kigger ind kl. 14.15 og tjekker at Ole er klar. Fredag kl 16 sætter medarb. en film på.",
     ["Medarb. (Kurt) kigger ind kl. 14.15 og tjekker at Ole er klar.", "Fredag kl 16 sætter medarb. en film på."]),
    ("Pæd. Lone banker på kl. 7. Medarb. Kurt kigger ind.", ["Pæd. Lone banker på kl. 7.", "Medarb. Kurt kigger ind."]),
    ("Hvis Ole ikke vil, spørger pæd. igen, f.eks. med en kop kaffe. Ca. hver anden gang går Ole selv.",
     ["Hvis Ole ikke vil, spørger pæd. igen, f.eks. med en kop kaffe.", "Ca. hver anden gang går Ole selv."]),
    ("Ole ringer bl.a. til Søren. Evt. Lis er med. Inkl. Lis er de tre.",
     ["Ole ringer bl.a. til Søren.", "Evt. Lis er med.", "Inkl. Lis er de tre."]),
    ("Ole ringer på tlf. 12345678 ang. bussen. Mht. Netto handler Ole selv.",
     ["Ole ringer på tlf. 12345678 ang. bussen.", "Mht. Netto handler Ole selv."]),
    # a title as the subject of the clause just opened, or with its name after a preposition
    ("Ole står op kl. 7, når pæd. Kurt banker på.", ["Ole står op kl. 7, når pæd. Kurt banker på."]),
    ("I omklædningen: Ole og pæd. Thomas går ind sammen.", ["I omklædningen: Ole og pæd. Thomas går ind sammen."]),
    ("Ole går med medarb. Lone til bussen.", ["Ole går med medarb. Lone til bussen."]),
    # must end: a title at the end of its sentence, minutes before a capital word, a date before a capital word
    ("Ole får hjælp fra pæd. Derefter går han.", ["Ole får hjælp fra pæd.", "Derefter går han."]),
    ("Ole får hjælp af pæd. Kaj går med.", ["Ole får hjælp af pæd.", "Kaj går med."]),
    ("Ole går med pæd. Han er glad.", ["Ole går med pæd.", "Han er glad."]),
    ("Ole går en tur på 20 min. Derefter spiser han.", ["Ole går en tur på 20 min.", "Derefter spiser han."]),
    ("Ole ringer d. 5. maj. Lis kommer også.", ["Ole ringer d. 5. maj.", "Lis kommer også."]),
])
def test_abbreviations_do_not_end_sentences(text, expect):
    assert _sentences(text) == expect


def test_masked_abbreviations_keep_offsets_and_real_ends():
    text = "Medarb. Kurt kigger ind kl. 14. Ole går en tur på 10 min. Nået når han er hjemme."
    masked = mask_abbreviations(text)
    assert len(masked) == len(text)
    assert masked.startswith("Medarb" + ABBREV_DOT + " Kurt") and "kl" + ABBREV_DOT + " 14" in masked
    assert "10 min. Nået" in masked  # the minutes' period ends the sentence too


@pytest.mark.parametrize("wording, actions, expect", [
    # handicap: a staff title with the helper's name after it is not a sentence of its own
    ("At Ole tager sin jakke på selv hver morgen.", "Medarb. (Kurt) kigger ind kl. 7.45 og tjekker at Ole er klar.",
     "En af os (Kurt) kigger ind kl. 7.45 og tjekker at du er klar."),
    # unge: «pæd.» opening the sentence before a name
    ("At Ole står op kl. 7 på skoledage.", "Pæd. Lone banker på kl. 7 og minder Ole om bussen.",
     "Pædagogen Lone banker på kl. 7 og minder dig om bussen."),
    # ældre: the name after the title is the helper, never taken for the resident ("borgeren" stays «du»)
    ("At borgeren går en tur hver formiddag.", "Pæd. Lone ringer til borgeren kl. 10. Pæd. Lone går med.",
     "Pædagogen Lone ringer til dig kl. 10.\nPædagogen Lone går med."),
    ("At Ole står op kl. 7, når pæd. Kurt banker på.", "Vi sætter en vækkeur.",
     "Du står op kl. 7, når pædagogen Kurt banker på."),
])
def test_staff_title_at_the_start_keeps_the_sentence(wording, actions, expect):
    # (also «…, når pæd. Kurt banker på» – was «Du står op kl. 7, når en af os.» and the rest lost)
    d = full_delmaal(wording=wording)
    d.indsats.actions = actions
    _, text, left = _text(d)
    assert expect in text, (text, left)
    assert not any(s.strip() in ("Medarb.", "Pæd.") or s.startswith("(Kurt)") for _, s, _ in left)


# ---- 3. the measurement said as a full sentence wherever the criterion is a «når»/«hvis» clause
@pytest.mark.parametrize("measurement, expect", [
    ("Når Mette har gået 10 ture, og vi har talt om det.",
     "Målet er nået, når du har gået 10 ture, og vi har talt om det."),
    ("når Mette har gået 10 ture", "Målet er nået, når du har gået 10 ture."),
    ("Succeskriterium: når Mette har gået 10 ture.", "Målet er nået, når du har gået 10 ture."),
    ("Delmålet er opnået, når Mette har gået 10 ture.", "Målet er nået, når du har gået 10 ture."),
    ("Når Mette selv har ringet 8 af 10 gange, evt. med hjælp.",
     "Målet er nået, når du selv har ringet 8 af 10 gange, måske med hjælp."),
    ("Vi tæller turene. Hvis Mette går 10 ture.", "Målet er nået, hvis du går 10 ture."),
    # must stay as written: the main clause is there already
    ("Når Mette har gået 10 ture, er målet nået.", "Når du har gået 10 ture, er målet nået."),
    ("Hvis Mette ikke vil gå, er det også i orden.", "Hvis du ikke vil gå, er det også i orden."),
])
def test_criterion_clause_is_a_full_sentence(measurement, expect):
    d = full_delmaal(wording="At Mette går en tur hver tirsdag.", measurement=measurement)
    _, text, left = _text(d)
    assert expect in text, (text, left)
    assert not any(line.startswith(("Når du har gået 10 ture.", "når")) for line in text.splitlines())


def test_criterion_sentences_is_the_one_source():
    assert criterion_sentences("Kriterie: når hun har ringet 8 gange") == "Målet er nået, når hun har ringet 8 gange."
    assert criterion_sentences("Hvis du vælger ikke at stemme er det også respekteret, men så er målet ikke nået.") \
        == "Hvis du vælger ikke at stemme er det også respekteret, men så er målet ikke nået."


# ---- 4. wordings in lower case or with our staff as subject: the resident found as for «At Maja …»
@pytest.mark.parametrize("wording, expect", [
    # unge: «at» in lower case
    ("at Maja selv smører sin madpakke hver morgen.", "Du smører selv din madpakke hver morgen."),
    ("at beboeren selv smører sin madpakke hver morgen.", "Du smører selv din madpakke hver morgen."),
    # psykiatri / handicap: our staff as subject – said with «vi … dig», the resident found
    ("Personalet støtter Maja i at smøre sin madpakke hver morgen.",
     "Vi hjælper dig med at smøre din madpakke hver morgen."),
    ("Medarbejderne støtter beboeren i selv at smøre sin madpakke hver morgen.",
     "Vi hjælper dig med selv at smøre din madpakke hver morgen."),
    ("Vi hjælper Maja med at tage sin medicin kl. 8 hver dag.",
     "Vi hjælper dig med at tage din medicin kl. 8 hver dag."),
    # ældre: «Maja skal …»
    ("Maja skal smøre sin madpakke hver morgen kl. 7.30.", "Du skal smøre din madpakke hver morgen kl. 7.30."),
])
def test_wording_not_starting_with_At_is_said_and_the_name_never_leaks(wording, expect):
    d = full_delmaal(title="Madpakke", wording=wording)
    d.indsats.actions = "Personalet står ved siden af Maja den første måned." if "Maja" in wording else \
        "Personalet står ved siden af beboeren den første måned."
    d.indicators.levels[2].what_we_see = "Maja smører madpakken, når en af os minder hende om det." \
        if "Maja" in wording else "Beboeren smører madpakken, når en af os minder hende om det."
    title, text, left = _text(d)
    assert expect in text, (text, left)
    assert "Vi står ved siden af dig den første måned." in text
    assert "Du smører madpakken, når en af os minder dig om det." in text
    assert "Maja" not in title + text and "beboeren" not in text.lower()
    assert not any("begynder ikke med «At" in why for _, _, why in left)


@pytest.mark.parametrize("wording", [
    # must leave out: the person helped is not named, or someone else is («hans mor»)
    "Personalet støtter hende i at smøre sin madpakke hver morgen.",
    "Personalet hjælper hans mor med at handle ind hver fredag.",
])
def test_staff_subject_without_a_resident_is_left_out(wording):
    d = full_delmaal(title="Madpakke", wording=wording)
    _, text, left = _text(d)
    assert "dig" not in text.split("\n")[0]
    assert any(w == "Delmålet" for w, _, _ in left)


def test_helped_is_never_hjaelper_i_at():
    res = transform("Kontaktpersonen støtter Mette i at handle ind hver fredag.", METTE)
    assert res.sentences == ["Din kontaktperson hjælper dig med at handle ind hver fredag."]


@pytest.mark.parametrize("text, expect", [
    ("du står op. derefter spiser du.", "Du står op. Derefter spiser du."),
    ("Du ringer kl. 8 og spiser ca. kl. 9.", "Du ringer kl. 8 og spiser ca. kl. 9."),
    ("Vi ses den 5. marts.", "Vi ses den 5. marts."),
    ("Du bruger højst 700 kr. om ugen og 100 kr. pr. dag.", "Du bruger højst 700 kr. om ugen og 100 kr. pr. dag."),
    ("De første 3 mdr. følger en af os dig.", "De første 3 mdr. følger en af os dig."),
])
def test_sentence_starts_are_capitalised(text, expect):
    assert _capitalised(text) == expect


def test_a_level_note_after_a_full_stop_keeps_its_subject():
    # handicap: «… ved siden af. Går med …» – the second note's subject is the resident, «Du», never «dig»
    d = full_delmaal(wording="At borgeren booker tid hos tandlægen inden 31. maj 2027.")
    d.indicators.levels[2].what_we_see = "Booker når en medarb. sidder ved siden af. Går med en medarb. til tandlægen."
    _, text, _ = _text(d)
    assert "Du booker når en af os sidder ved siden af. Du går med en af os til tandlægen." in text


# ---- 5. a title is said, or staff are told why not – never dropped silently
@pytest.mark.parametrize("title, wording, expect", [
    # ældre: the resident's name before a place – the place is the title
    ("Inger hos frisøren", "At Inger går til frisør hver 6. uge.", "Dit delmål: Hos frisøren"),
    # herberg: a plain noun title
    ("Tøjvask", "At Ole vasker sit tøj hver onsdag.", "Dit delmål: Tøjvask"),
    # psykiatri: a verb-headed title said as what you do
    ("Tager sin medicin", "At Ole tager sin medicin kl. 8 hver dag.", "Dit delmål: At tage din medicin"),
])
def test_title_said(title, wording, expect, analyser):
    d = full_delmaal(title=title, wording=wording)
    t, _, left = _text(d)
    assert t == expect or (not analyser and t == "Dit delmål" and any(w == "Titel" for w, _, _ in left)), (t, left)


@pytest.mark.parametrize("title", [
    "Styr på køkkenet i udslusningen",   # unge: «Styr» may be read as a verb
    "Samvær med far",                    # unge: «Samvær» may be read as a verb without the analyser
    "Mad. Og motion",                    # two sentences
])
def test_title_not_said_is_told_to_staff(title, analyser):
    d = full_delmaal(title=title, wording="At Lise vasker op hver aften inden kl. 21.")
    t, _, left = _text(d)
    assert t.startswith("Dit delmål")
    if t == "Dit delmål":
        assert [s for w, s, _ in left if w == "Titel"] == [title]
    else:
        assert not t.startswith("Dit delmål: Du ") and "\n" not in t


def test_no_title_is_silent_only_when_there_is_none():
    d = full_delmaal(title="", wording="At Lise vasker op hver aften inden kl. 21.")
    t, _, left = _text(d)
    assert t == "Dit delmål" and not any(w == "Titel" for w, _, _ in left)


# ---- 7. the resident's name never leaks through a field: replaced, or the sentence left out
@pytest.mark.parametrize("wording, field, text", [
    # ældre: «den unge»/«borgeren» in the wording, a first name in a «når»-clause of the measurement
    ("At borgeren går i bad to gange om ugen.", "measurement",
     "Når Birgitte går i bad, når en af os banker på, i 8 af 10 uger."),
    # handicap: initials in the wording, the name with the same first letter in the measurement
    ("At BH går i bad to gange om ugen.", "measurement",
     "Målet er nået, når Birgitte går i bad, når en af os banker på."),
    # psykiatri: only «hun» in the wording, the name in the level text
    ("At hun går i bad to gange om ugen.", "level", "Birgitte går i bad, når en af os minder hende om det."),
    # unge: «den unge», the name as a level note's object
    ("At den unge går i bad to gange om ugen.", "level", "Går i bad, når en af os minder Birgitte om det."),
])
def test_a_name_that_may_be_the_resident_is_never_said(wording, field, text):
    d = full_delmaal(wording=wording)
    if field == "measurement":
        d.measurement = text
    else:
        d.indicators.levels[d.indicators.expected_end_level].what_we_see = text
    title, said, left = _text(d)
    assert "Birgitte" not in title + said
    # left out – or, where the analyser knows Birgitte as a woman's name doing the wording's verb, said as «du»
    assert any("Birgitte" in s for _, s, _ in left) or "Du går i bad, når en af os minder dig om det." in said


@pytest.mark.parametrize("wording, measurement, expect", [
    # must say: the resident's own name is «du»; someone with another first letter than the initials is not them
    ("At Birgitte går i bad to gange om ugen.", "Målet er nået, når Birgitte går i bad, når en af os banker på.",
     "Målet er nået, når du går i bad, når en af os banker på."),
    ("At den unge går i bad to gange om ugen.", "Når den unge går i bad, når en af os banker på, i 8 af 10 uger.",
     "Målet er nået, når du går i bad, når en af os banker på, i 8 af 10 uger."),
])
def test_the_residents_own_name_in_the_measurement_is_du(wording, measurement, expect):
    d = full_delmaal(wording=wording, measurement=measurement)
    _, said, left = _text(d)
    assert expect in said, (said, left)


# ---- 6. own words given through staff, for residents who cannot speak: «Det viste du os», never quoted as said
@pytest.mark.parametrize("wording, own, expect", [
    # handicap: staff's account with the resident's name, «hun» only in it
    ("At Line laver mad med en af os hver torsdag.",
     "Line kiggede op (ja), da vi spurgte, om hun ville lave mad om torsdagen.",
     "Du kiggede op (ja), da vi spurgte, om du ville lave mad om torsdagen."),
    # handicap: a note that begins with what the resident does
    ("At Line laver mad med en af os hver torsdag.", "Peger på billedet af køkkenet.",
     "Du peger på billedet af køkkenet."),
    ("At Line laver mad med en af os hver torsdag.", 'Siger "nej" med øjnene, når hun ikke vil.',
     'Du siger "nej" med øjnene, når du ikke vil.'),
    # ældre: known only as «hun»
    ("At hun drikker et glas vand efter frokost hver dag.", "Nikker og smiler, når vi viser billedet af glasset.",
     "Du nikker og smiler, når vi viser billedet af glasset."),
])
def test_what_the_resident_showed_is_said_as_shown(wording, own, expect):
    d = full_delmaal(wording=wording)
    d.collaboration.resident_own_words = own
    e = build(d)
    sections = dict(e.sections)
    assert sections.get("Det viste du os") == expect, (e.sections, e.left_out)
    assert "Det sagde du selv" not in sections


@pytest.mark.parametrize("own, said", [
    # must stay the resident's words: first person, a relayed quote, a short answer, their name for themselves
    ("Jeg vil gerne lave pizza.", "«Jeg vil gerne lave pizza.»"),
    ('Lines mor fortæller, at Line altid har sagt: "Mad er godt"', "«Mad er godt.»"),  # a sentence ends (round 8)
    ("Ja tak, det er fint.", "«Ja tak, det er fint.»"),
])
def test_words_the_resident_said_stay_their_words(own, said):
    d = full_delmaal(wording="At Line laver mad med en af os hver torsdag.")
    d.collaboration.resident_own_words = own
    sections = dict(build(d).sections)
    assert sections.get("Det sagde du selv") == said and "Det viste du os" not in sections


@pytest.mark.parametrize("own", [
    "Søren nikkede, da vi spurgte.",               # someone else (or the resident by another name): not said
    "Line vaske selv. Mandag.",                    # the resident's own words naming herself: not an account
])
def test_an_account_that_may_not_be_the_resident_is_left_out(own):
    d = full_delmaal(wording="At Line laver mad med en af os hver torsdag.")
    d.collaboration.resident_own_words = own
    e = build(d)
    sections = dict(e.sections)
    assert "Det viste du os" not in sections and "Det sagde du selv" not in sections
    assert any(w == "Beboerens egne ord" for w, _, _ in e.left_out)


def test_loader_refuses_an_abbreviation_twice_or_with_its_period(tmp_path):
    # [abbreviations] is the one list of the sentence splitters: each word once, written without the period
    p = _rules_copy(tmp_path, 'units = ["min",', 'units = ["kl", "min",')
    with pytest.raises(DuformRulesError, match="kl"):
        load_rules(p)
    p = _rules_copy(tmp_path, 'units = ["min",', 'units = ["min.",')
    with pytest.raises(DuformRulesError):
        load_rules(p)


@pytest.mark.parametrize("wording", [
    "Målet er at Maja smører sin madpakke hver morgen.",     # was «Du er at Maja smører …»
    "Målet er, at Maja smører sin madpakke hver morgen.",
    "Delmål: at Maja smører sin madpakke hver morgen.",
    "- at Maja smører sin madpakke hver morgen.",
])
def test_a_lead_in_before_the_at_clause_is_not_said(wording):
    d = full_delmaal(wording=wording)
    d.indsats.actions = "Personalet står ved siden af Maja den første måned."
    _, text, left = _text(d)
    assert text.startswith("Du smører din madpakke hver morgen.\n"), (text, left)
    assert "Vi står ved siden af dig den første måned." in text and "Maja" not in text


def test_a_name_beside_a_role_wording_is_not_said_where_it_may_be_the_resident():
    # herberg: «Beboeren …» in the wording, «Maja» after «ved siden af» where nobody else is the resident
    d = full_delmaal(wording="Beboeren skal smøre sin madpakke hver morgen.")
    d.indsats.actions = "Personalet står ved siden af Maja den første måned. Den unge spiser med Lis om fredagen."
    _, text, left = _text(d)
    assert "Maja" not in text and any("Maja" in s for _, s, _ in left)
    assert "Du spiser med Lis om fredagen." in text  # beside the resident, Lis is someone else
