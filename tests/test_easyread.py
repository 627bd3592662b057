"""'Dit delmål': easy-read du-form text for the resident, from rules and templates in prompts/da/easyread.toml."""

import re
from datetime import date

import pytest

from delmaal_assistant.core.outputs.easyread import EasyReadError, easy_read, frequency, lix, load_templates, sections
from delmaal_assistant.core.model import Delmaal, ExternalActor
from sample_delmaal import full_delmaal


def _sample() -> Delmaal:
    d = full_delmaal()
    d.measurement = ("Delmålet er nået, når beboeren har vasket tøj mindst 10 af 12 onsdage. "
                     "Vi noterer hver onsdag i journalen.")
    d.external_actors = [ExternalActor(name="Kometen", how="Minder beboeren om rent arbejdstøj om mandagen.")]
    d.collaboration.resident_own_words = "Jeg vil ikke  lugte, når jeg er på arbejde."
    return d


def test_sample_reads_easily_in_du_form():
    text = easy_read(_sample())
    assert lix(text) <= 30, (lix(text), text)
    heads = [h for h, _ in sections(_sample())]
    assert heads == ["Det vil du gøre", "Hvor tit", "Start og slut", "Hvem er med dig",
                     "Hvis du ikke kan eller ikke har lyst", "Sådan ser vi, at det går godt", "Det sagde du selv"]
    assert "Du vasker tøj hver onsdag." in text
    assert "Hver onsdag." in text
    assert "Du skal nå målet senest den 1. marts 2027." in text and "Den 15. februar 2027" in text
    assert "Kometen minder dig om rent arbejdstøj" in text
    assert "Nu har du brug for meget hjælp." in text and "noget hjælp" in text
    # the resident is "du", never "beboeren" or "borgeren"; staff words in everyday words
    body = text.split("Det sagde du selv")[0]
    assert not re.search(r"\b(beboeren|borgeren|beboerens|delmålet)\b", body, re.IGNORECASE)
    # the resident's own words verbatim, double space kept
    assert "«Jeg vil ikke  lugte, når jeg er på arbejde.»" in text


def test_every_sentence_is_short():
    text = easy_read(_sample())
    for sentence in re.split(r"[.!?]\s|\n", text):
        assert len(sentence.split()) <= 15, sentence


def test_empty_delmaal_says_so():
    text = easy_read(Delmaal())
    assert "Vi har ikke skrevet dit mål endnu." in text
    assert "Hvor tit" not in text and "Start og slut" not in text  # nothing invented


def test_frequency():
    assert frequency("At beboeren går i bad hver morgen.") == "Hver morgen."
    assert frequency("At beboeren laver mad to gange om ugen.") == "To gange om ugen."
    assert frequency("At beboeren vasker tøj.") is None


def test_start_equals_end_is_said_plainly():
    d = full_delmaal()
    d.indicators.expected_end_level = d.indicators.start_level
    assert "stadig" in easy_read(d)


def test_broken_templates_give_danish_error(tmp_path):
    p = tmp_path / "easyread.toml"
    p.write_text('lang = "da"\ntitle = "x"\n', encoding="utf-8")
    with pytest.raises(EasyReadError, match="mangler"):
        load_templates(p)


def test_lix_counts_long_words_and_sentences():
    assert lix("Du går i vaskekælderen. Du vasker.") == pytest.approx(3 + 100 * 1 / 6)
    assert lix("") == 0


def test_the_day_of_the_month_stays_in_how_often():
    from delmaal_assistant.core.outputs.easyread import frequency

    assert frequency("At Lise betaler sin husleje i netbanken den 1. i hver måned frem til 1. juni 2027.") == \
        "Den 1. i hver måned."
    assert frequency("At Lise tømmer sin postkasse hver måned frem til 1. juni 2027.") == "Hver måned."


def test_a_helper_sentence_said_in_full_elsewhere_is_not_repeated():
    from delmaal_assistant.core.outputs.easyread import _without_repeats

    assert _without_repeats(["Plejehjemmet tager imod dig ved døren.",
                             "Plejehjemmet tager imod dig ved døren og har kaffe klar.", "Din bror henter dig."]) == \
        ["Plejehjemmet tager imod dig ved døren og har kaffe klar.", "Din bror henter dig."]
    assert _without_repeats(["Din bror henter dig.", "Din bror henter dig."]) == ["Din bror henter dig."]


@pytest.mark.parametrize("wording, expect", [
    # the time of a clause about someone else is not the time of the resident's action
    ("At Kaj går ned i kantinen på hverdage, så han er der når køkkenet åbner kl. 11.30.", "På hverdage."),
    ("At Kaj står ved døren hver fredag, når taxaen kommer kl. 15.", "Hver fredag."),
    ("At Kaj sidder klar i stuen hver torsdag, når hans søster Lone ringer kl. 18.", "Hver torsdag."),
    # the resident's own time stays, also beside someone else's
    ("At Kaj spiser morgenmad kl. 7 hver dag, når vagten kommer kl. 7.", "Hver dag. Det er kl. 7."),
    ("At Kaj går i seng senest kl. 23, når han har set nyheder.", "Det er senest kl. 23."),
])
def test_when_line_leaves_out_the_time_of_someone_elses_clause(wording, expect):
    from delmaal_assistant.core.outputs.easywhen import frequency
    assert frequency(wording) == expect
