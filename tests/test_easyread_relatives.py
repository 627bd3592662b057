"""Issue 24 (b32/b34 category): a relative named by a family word is called by it everywhere in "Dit delmål"
("din kone", "din datters"), never by first name alone – and (i37L) the first time in the body with the name the
delmål gives ("din søster Ulla"), so the name is not lost; own words are never changed; a name also used for
someone else, or a family word naming two people, is left as written. Our own texts."""

from delmaal_assistant.core.outputs.easyread import _relatives_by_role

OWN = "Det siger du selv"


def test_relative_called_by_role_everywhere():
    head, out = _relatives_by_role("Dit delmål: Gåtur med Ulla", [
        ("Hvem er med dig", "Ulla (din søster) er også med. Ulla går med dig om lørdagen."),
        ("Hvis du ikke vil", "Hvis Ulla er syg, går en af os med. Ullas hund må komme med."),
        (OWN, "«Ulla er sød.»")], OWN)
    assert head == "Dit delmål: Gåtur med din søster"
    assert out[0][1] == "Din søster Ulla er også med. Din søster går med dig om lørdagen."
    assert out[1][1] == "Hvis din søster er syg, går en af os med. Din søsters hund må komme med."
    assert out[2][1] == "«Ulla er sød.»"


def test_family_word_as_a_name_gets_din():
    _, out = _relatives_by_role("Dit delmål", [("Hvem", "Mor (Rita) er også med. Du ringer til Mor.")], OWN)
    assert out[0][1] == "Din mor Rita er også med. Du ringer til din mor."
    _, out = _relatives_by_role("Dit delmål", [("Hvem", "Mor er også med. Mor spiller kort med dig.")], OWN)
    assert out[0][1] == "Din mor er også med. Din mor spiller kort med dig."  # no name given at all


def test_left_as_written_when_not_one_person():
    texts = [("Hvem", "Søster Ulla er også med. Søster Bente er også med. Ulla ringer.")]
    assert _relatives_by_role("Dit delmål", texts, OWN)[1] == texts           # two sisters
    texts = [("Hvem", "Din kontaktperson (Ulla) ringer. Søster Ulla er også med.")]
    assert _relatives_by_role("Dit delmål", texts, OWN)[1] == texts           # "Ulla" is also the contact person


def test_family_word_before_a_replaced_name_said_once():
    _, out = _relatives_by_role("Dit delmål", [
        ("Hvem", "Hver tirsdag kommer bror Anders. Anders (bror) er også med.")], OWN)
    assert out[0][1] == "Hver tirsdag kommer din bror Anders. Din bror er også med."
    assert "bror din bror" not in out[0][1].lower()
    _, out = _relatives_by_role("Dit delmål", [("Hvem", "Faster Inge (din faster) kommer.")], OWN)
    assert "faster din faster" not in out[0][1].lower()


def test_the_name_said_once_beside_the_family_word_genitive_too():
    head, out = _relatives_by_role("Dit delmål: Gåtur med Ulla", [
        ("Hvem", "Ullas hund går med. Søster Ulla ringer søndag."), ("Hvis", "Hvis Ulla er syg, går vi.")], OWN)
    assert head == "Dit delmål: Gåtur med din søster"                      # the title: the family word only
    assert out[0][1] == "Din søster Ullas hund går med. Din søster ringer søndag."
    assert out[1][1] == "Hvis din søster er syg, går vi."
