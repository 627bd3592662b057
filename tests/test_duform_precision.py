"""Issue 24: precision before coverage in "Dit delmål" – own must-pass/must-leave-out examples by category of
error (wrong person, grammar, staff words, when-expressions, titles, level texts, approval). None of these
sentences is taken from a blind set."""

from __future__ import annotations

import re

import pytest

from delmaal_assistant.core.outputs import morph
from delmaal_assistant.core.outputs.duform import Resident, transform
from delmaal_assistant.core.outputs.easyread import _frequency_checked, _verb_headed, frequency, templates

LISE = Resident(("Lise",), "hun")
BO = Resident(("Bo",), "han")


def said(text, who=LISE, **kw):
    return transform(text, who, **kw)


# ---- who does what: a han/hun that may be someone else is left out, never said as "du"
@pytest.mark.parametrize("text", [
    "Veninden Sanne henter Lise om lørdagen. Hvis hun er syg, ringer hun til kontaktpersonen.",
    "Moster kommer hver onsdag med kage til Lise. Hun giver besked, hvis hun ikke kan.",
])
def test_pronoun_with_another_woman_in_reach_is_left_out(text):
    res = said(text)
    assert len(res.left_out) == 1 and "du" not in res.left_out[0][0]
    assert not any("Hvis du" in s or "giver du" in s.lower() for s in res.sentences)


def test_actor_context_is_in_reach():
    res = said("Hvis hun er forhindret, skriver hun en sms til Lise.", context="Kusinen Maja")
    assert not res.sentences and res.left_out


def test_external_actors_staff_are_not_us():
    theirs = Resident(("Bo",), "han", ours=False)
    res = transform("Personalet i svømmehallen tager imod Bo ved indgangen.", theirs)
    assert res.text == "Personalet i svømmehallen tager imod dig ved indgangen."


# ---- grammar
@pytest.mark.parametrize("text, expect", [
    ("Efter aftensmaden rydder Bo selv bordet.", "Efter aftensmaden rydder du selv bordet."),
    ("Hjemme igen hænger Bo jakken på knagen.", "Hjemme igen hænger du jakken på knagen."),
    ("Kommer det til at regne, tager Bo regnjakken på.", "Kommer det til at regne, tager du regnjakken på."),
    ("Naboen låner ikke Bo sin bil.", "Naboen låner dig ikke sin bil."),
    ("At Bo selv reder sengen, og at Bo selv støvsuger om fredagen.",
     "Du reder selv sengen, og du støvsuger selv om fredagen."),
    ("Den pædagog, der har aftenvagt, minder Bo om det.", "Den af os, der har aftenvagt, minder dig om det."),
    ("Kontaktpersonen (KP) går med Bo til tandlægen.", "Din kontaktperson går med dig til tandlægen."),
])
def test_grammar_aware_substitution(text, expect):
    assert said(text, BO).text == expect


@pytest.mark.parametrize("text", [
    "Samme pædagog følger Bo hele ugen.",                   # "Samme en af os"
    "Hver anden mandag mødes KP, Bo og jobkonsulenten.",    # "dig" as a subject
    "Sygeplejersken siger 'Bo, nu er det tid' og venter.",  # someone speaking to him: not "dig"
])
def test_unsure_grammar_is_left_out(text):
    res = said(text, BO)
    assert not res.sentences and res.left_out


@pytest.mark.skipif(morph.available(), reason="without the analyser only")
def test_unlisted_er_noun_after_possessive_is_not_guessed():
    res = said("Bos hjælpeklodser ligger i skabet.", BO)
    assert not res.sentences


# ---- staff words
@pytest.mark.parametrize("text, expect", [
    ("Medarb. ringer på hos Bo kl. 9.", "En af os ringer på hos dig kl. 9."),
    ("SSA'en tjekker medicinen med Bo.", "En af os tjekker medicinen med dig."),
    ("Om fredagen taler KP og Bo om ugen ved KP-samtalen.",
     "Om fredagen taler din kontaktperson og du om ugen ved jeres faste samtale."),
    ("Datteren Eva ringer til Bo om søndagen.", "Din datter Eva ringer til dig om søndagen."),
])
def test_staff_words_in_plain_words(text, expect):
    assert said(text, BO).text == expect


@pytest.mark.parametrize("text", ["Pgl. tager med Bo til lægen.", "Vi guider Bo hånd-over-hånd.",
                                  "Det tages op ved kvartalsevalueringen."])
def test_staff_only_words_left_out(text):
    assert not said(text, BO).sentences


# ---- when-expressions
@pytest.mark.parametrize("wording", [
    "At Bo går en tur mindst 4 gange om ugen.",
    "At Bo cykler til arbejde på hverdage kl. 7.15.",
    "At Bo spiller bordtennis mandag og onsdag kl. 17 og hver anden lørdag.",
])
def test_frequency_never_loses_what_makes_it(wording):
    left: list = []
    f = _frequency_checked(wording, templates(), left, "Hvor tit")
    assert f is None or all(q in f.lower() for q in ("mindst", "hverdage", "hver anden") if q in wording)
    if f is None:
        assert left


def test_frequency_plain_case_is_said():
    assert frequency("At Bo vander blomsterne hver søndag kl. 11.") == "Hver søndag kl. 11."
    assert _frequency_checked("At Bo spiser morgenmad alle dage kl. 8.", templates(), [], "x") == \
        "Alle dage. Det er kl. 8."


# ---- titles
@pytest.mark.parametrize("title, verb", [("Vasker sit eget tøj", True), ("Tager sin medicin selv", True),
                                         ("Overførsler", False), ("Hvilepauser", False),
                                         ("Kørestol til badeværelset", False)])
def test_noun_headed_title_never_gets_du(title, verb):
    assert _verb_headed(title, "da") is verb


# ---- point 3: an approval that holds, a re-draft that keeps staff's edits
def _own(n: str = "01"):
    from pathlib import Path

    from delmaal_assistant.core.files.storage import load_delmaal
    return load_delmaal(Path(__file__).parent / "data" / "own15" / f"{n}.delmaal.json")


@pytest.mark.parametrize("change", [
    lambda d: setattr(d, "measurement", d.measurement + " Vi tæller efter hver fredag."),
    lambda d: setattr(d.indicators, "expected_end_level", 4 - (d.indicators.expected_end_level or 0)),
    lambda d: setattr(d.indicators, "start_level", 4 - (d.indicators.start_level or 0)),
    lambda d: setattr(d.indicators.levels[0], "what_we_see", "Noget helt andet."),
    lambda d: setattr(d.collaboration, "resident_own_words", "Det vil jeg gerne prøve."),
    lambda d: setattr(d, "title", "En anden titel"),
])
def test_any_change_to_what_the_text_says_voids_the_approval(change):
    from datetime import date

    from delmaal_assistant.core.outputs.easyread import approval_lapsed, approve, build, is_approved
    d = _own()
    approve(d, build(d).render(), date(2027, 1, 5))
    assert is_approved(d)
    change(d)
    assert approval_lapsed(d) and not is_approved(d)


def test_redraft_keeps_edits_where_the_source_did_not_change_and_lists_the_rest():
    from datetime import date

    from delmaal_assistant.core.outputs.easyread import approve, build, redraft
    d = _own()
    draft = build(d).render()
    lines = draft.splitlines()
    edited_i = next(i for i, x in enumerate(lines) if x.startswith("Du starter den"))
    lines[edited_i] = "Vi begynder sammen den dag, du vælger."
    approve(d, "\n".join(lines), date(2027, 1, 5))
    d.measurement = "Målet er nået, når du har gjort det 8 gange."
    text, changed = redraft(d)
    assert "Vi begynder sammen den dag, du vælger." in text       # staff's edit kept: its source is the same
    assert any("8 gange" in x for x in changed)                   # the new sentence is marked for staff
    assert "8 gange" in text


def test_verb_headed_title_said_as_a_goal_heading_never_du_plus_word():
    from delmaal_assistant.core.outputs.easyread import build
    d = _own()
    d.wording = "At Bo tager selv sin medicin kl. 8 hver morgen."
    d.title = "Tager sin medicin selv"
    head = build(d).title
    assert head == "Dit delmål: At tage din medicin selv"


@pytest.mark.skipif(not morph.available(), reason="needs Apertium's Danish analyser (apertium-dan-nor); without it "
                    "the title is left out, tested below")
def test_noun_headed_title_kept_as_it_is_with_the_analyser():
    from delmaal_assistant.core.outputs.easyread import build
    d = _own()
    d.wording = "At Bo tager selv sin medicin kl. 8 hver morgen."
    d.title = "Rollator til badeværelset"
    assert build(d).title == "Dit delmål: Rollator til badeværelset"


@pytest.mark.parametrize("text, expect", [
    ("Bliver det for koldt, går Bo en kortere tur.", "Bliver det for koldt, går du en kortere tur."),
    ("Bliver Bo træt, stopper pædagogen, sætter sig ved Bo og venter.",
     "Bliver du træt, stopper en af os, sætter sig ved dig og venter."),
    ("Vi finder Bos varme jakke frem.", "Vi finder din varme jakke frem."),
    ("Vi lægger Bos nye håndklæde frem.", "Vi lægger dit nye håndklæde frem."),
])
def test_condition_first_and_adjective_before_noun(text, expect):
    assert said(text, BO).text == expect


def test_without_the_analyser_an_uncertain_verb_title_is_left_out(monkeypatch):
    """Where Apertium is missing (Windows): a title that may begin with a verb is not guessed – "Dit delmål"."""
    from delmaal_assistant.core.outputs.easyread import build
    monkeypatch.setattr(morph, "available", lambda: False)
    monkeypatch.setattr(morph, "readings", lambda w: frozenset())
    d = _own()
    d.wording = "At Bo går en tur med sin rollator hver dag kl. 10."
    d.title = "Rollatorture hver dag"
    e = build(d)
    assert e.title in ("Dit delmål", "Dit delmål: Rollatorture hver dag")
    d.title = "Gåture hver formiddag"
    e = build(d)
    assert not e.title.startswith("Dit delmål: Du ") and not e.title.startswith("Dit delmål: Går")


# Issue 24 round 2: a han/hun carried across sentences when nobody else in the field (and its context) can be
# that han/hun; a person word of unknown gender ("lægen") or a name keeps it left out.
@pytest.mark.parametrize("text, who, gender", [
    ("Lægen kommer om tirsdagen. Hvis hun ikke kan, ringer vi.", "Else", "hun"),
    ("Sygeplejersken kommer kl. 9. Hun tager blodtryk.", "Else", "hun"),
    ("Mikkel går i Netto med sin bror. Hver mandag tager han en ny kuvert.", "Sigurd", "han"),
    ("Vi ringer til Henrik. Hvis han er syg, kommer vi.", "Sigurd", "han"),
])
def test_han_hun_with_another_possible_person_in_the_field_is_left_out(text, who, gender):
    res = transform(text, Resident((who,), gender))
    assert not any(re.search(r"\b(du|dig|din|dit|dine)\b", s, re.IGNORECASE) for s in res.sentences)
    assert res.left_out


@pytest.mark.parametrize("text, who, gender, expect", [
    ("Kuverterne ligger i skuffen. Hver mandag tager han en ny kuvert.", "Sigurd", "han",
     "Kuverterne ligger i skuffen. Hver mandag tager du en ny kuvert."),
    ("Morgenvagten banker på kl. 8. Hvis hun ikke er stået op, banker morgenvagten igen kl. 9.", "Else", "hun",
     "Morgenvagten banker på kl. 8. Hvis du ikke er stået op, banker morgenvagten igen kl. 9."),
    ("Vi handler i Føtex om fredagen. Bagefter bærer han selv posen.", "Sigurd", "han",
     "Vi handler i Føtex om fredagen. Bagefter bærer du selv posen."),
])
def test_han_hun_with_nobody_else_in_the_field_is_the_resident(text, who, gender, expect):
    res = transform(text, Resident((who,), gender))
    if not morph.available() and re.search(r"(?<!^)(?<![.] )(?<!\bi )\b[A-ZÆØÅ]", text):
        assert res.left_out  # without the analyser a capitalised word may be a name: left out, never guessed
        # (after «i» it is a place: «i Føtex»)
    else:
        assert res.text == expect


def test_without_the_analyser_a_capitalised_word_keeps_the_han_hun_out(monkeypatch):
    monkeypatch.setattr(morph, "available", lambda: False)
    res = transform("Vi ringer til Føtex om fredagen. Bagefter bærer han selv posen.", Resident(("Sigurd",), "han"))
    assert "du" not in res.text.split()
    # «i Føtex» is a place and «Hanne» a woman ([names]): neither is this «han»
    res = transform("Vi handler med Hanne i Føtex om fredagen. Bagefter bærer han selv posen.",
                    Resident(("Sigurd",), "han"))
    assert "Bagefter bærer du selv posen." in res.text


# Issue 24 round 2: a staff-only aside goes, the resident's fact in the same sentence stays
@pytest.mark.parametrize("text, expect", [
    ("Målet er nået, når Bo har smurt madpakken selv på 9 af 10 dage (indikatorniveau 1).",
     "Målet er nået, når du har smurt madpakken selv på 9 af 10 dage."),
    ("Bo sætter selv et flueben på sit skema, og nattevagten noterer det i Sensum.",
     "Du sætter selv et flueben på dit skema."),
])
def test_staff_only_aside_is_cut_and_the_fact_kept(text, expect):
    assert said(text, Resident(("Bo",), "han")).text == expect


@pytest.mark.parametrize("text", [
    "Hvis Bo er træt, flyttes turen, og det skrives i Sensum.",       # a condition: the main clause would go
    "Bo skriver det i Sensum, og vi ser på det sammen.",              # the staff word is in the main clause
    "Vil Bo ikke, noteres det i Bosted, og vi spørger igen.",
])
def test_staff_only_word_outside_an_aside_keeps_the_sentence_out(text):
    res = transform(text, Resident(("Bo",), "han"))
    assert not res.sentences and res.left_out


# Issue 24 round 2: "før"/"inden" + a noun phrase is a preposition (the resident stays the subject); "de X, der …"
# is "those X", not a person
@pytest.mark.parametrize("text, expect", [
    ("At Bo tager sin insulin før hvert måltid og skriver tallet i sin bog.",
     "Du tager din insulin før hvert måltid og skriver tallet i din bog."),
    ("At Bo hænger de kort, der ligger på bordet, op på sin tavle.",
     "Du hænger de kort, der ligger på bordet, op på din tavle."),
])
def test_preposition_before_and_demonstrative_de(text, expect):
    assert said(text, Resident(("Bo",), "han")).text == expect


@pytest.mark.parametrize("text", [
    "Bo går i Netto, før de lukker, og køber sin mad.",    # "før de lukker": a clause, "de" are others
    "Tirsdag går de til Netto sammen.",                      # "de": who?
])
def test_before_a_clause_and_de_as_person_stay_out(text):
    res = transform(text, Resident(("Bo",), "han"))
    assert not res.sentences and res.left_out


def test_after_a_semicolon_the_finite_verb_comes_before_its_subject():
    text = "Vi venter til kl. 9; har Bo ikke spist til den tid, spørger vi igen."
    assert said(text, Resident(("Bo",), "han")).text == "Vi venter til kl. 9; har du ikke spist til den tid, spørger vi igen."


def test_a_cut_that_leaves_nothing_about_the_resident_stays_out():
    res = transform("Skolen ringer kl. 9, og kontaktpersonen skriver det i Sensum.", Resident(("Bo",), "han"))
    assert not res.sentences and res.left_out
