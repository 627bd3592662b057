"""First person → a proposed third-person delmål wording, and delmål text → du-form (rules in person.toml)."""

import pytest

from delmaal_assistant.core.outputs.person import (
    PersonRulesError,
    load_person_rules,
    propose_third_person,
    third_person_text,
    to_second_person,
)

MUST_TRANSFORM = [
    ("Jeg vil selv vaske mit tøj hver onsdag, indtil 1. marts.",
     "At beboeren selv vasker sit tøj hver onsdag, indtil 1. marts."),
    ("Jeg vil gerne lave min egen mad to gange om ugen.", "At beboeren laver sin egen mad to gange om ugen."),
    ("Jeg skal huske at tage mine piller hver morgen.", "At beboeren husker at tage sine piller hver morgen."),
    ("Jeg går i bad hver morgen.", "At beboeren går i bad hver morgen."),
    ("jeg vil rydde op på mit værelse hver søndag", "At beboeren rydder op på sit værelse hver søndag."),
    ("Jeg vil selv vaske mig hver morgen.", "At beboeren selv vasker sig hver morgen."),
    ("\"Jeg vil gå en tur hver dag.\"", "At beboeren går en tur hver dag."),
    ("Jeg vil være klar kl. 7 hver dag.", "At beboeren er klar kl. 7 hver dag."),
    ("Jeg vil ikke ryge på værelset, når jeg har gæster.",
     "At beboeren ikke ryger på værelset, når beboeren har gæster."),
]
MUST_NOT = [
    "",
    "   ",
    "At beboeren vasker tøj hver onsdag.",      # already a delmål wording
    "Beboeren vasker tøj.",
    "Vi minder ham om vasken.",                 # not the resident's first person
    "Jeg ved det ikke.",                        # not a goal
    "Jeg synes, det er svært.",
    "Jeg er glad for mit værelse.",
    "Jeg vil i bad.",                           # no verb after the intention
    "Jeg vil vaske tøj. Det er vigtigt for mig.",  # several sentences: the user writes those
    "Han sagde: jeg vil vaske tøj.",
]


@pytest.mark.parametrize("text,expected", MUST_TRANSFORM)
def test_must_transform(text, expected):
    assert propose_third_person(text) == expected


@pytest.mark.parametrize("text", MUST_NOT)
def test_must_not_transform(text):
    assert propose_third_person(text) is None


def test_double_spaces_in_the_rest_are_kept():
    assert propose_third_person("Jeg vil vaske  mit tøj.") == "At beboeren vasker  sit tøj."


DU_FORM = [
    ("At beboeren selv vasker sit tøj hver onsdag, indtil 1. marts.",
     "Du vasker selv dit tøj hver onsdag, indtil 1. marts."),
    ("At beboeren overholder sit ugebudget på 500 kr.", "Du overholder dit ugebudget på 500 kr."),
    ("At JH tømmer opvaskemaskinen hver dag.", "Du tømmer opvaskemaskinen hver dag."),
    ("Kontaktpersonen går med beboeren i vaskekælderen.", "Kontaktpersonen går med dig i vaskekælderen."),
    ("Hvis beboeren ikke vil, aftaler vi en ny dag.", "Hvis du ikke vil, aftaler vi en ny dag."),
    ("Beboerens tøj er rent.", "Dit tøj er rent."),
    ("Jeg vil selv vaske mit tøj.", "Du vil selv vaske dit tøj."),
    ("Vi spørger igen næste dag.", "Vi spørger igen næste dag."),
]


@pytest.mark.parametrize("text,expected", DU_FORM)
def test_du_form(text, expected):
    assert to_second_person(text) == expected


def test_broken_rules_file_gives_danish_error(tmp_path):
    p = tmp_path / "person.toml"
    p.write_text('lang = "da"\nsubject = "beboeren"\n', encoding="utf-8")
    with pytest.raises(PersonRulesError, match="mangler"):
        load_person_rules(p)
    p.write_text('lang = "da"\n[[[', encoding="utf-8")
    with pytest.raises(PersonRulesError, match="beskadiget"):
        load_person_rules(p)


THIRD_PERSON_TEXT = [
    ("Om jeg har vasket mit tøj.", "Om beboeren har vasket sit tøj."),
    ("I minder mig om det.", "I minder beboeren om det."),
    ("I minder mig om min vask, og jeg går selv ned.", "I minder beboeren om beboerens vask, og beboeren går selv ned."),
    ("Jeg vasker mig selv.", "Beboeren vasker sig selv."),
]


@pytest.mark.parametrize("text,expected", THIRD_PERSON_TEXT)
def test_third_person_text(text, expected):
    assert third_person_text(text) == expected


@pytest.mark.parametrize("text", ["", "Kontaktpersonen noterer hver onsdag.", "Vi minder ham om det."])
def test_third_person_text_leaves_other_text(text):
    assert third_person_text(text) is None


@pytest.mark.parametrize("own, proposal", [
    # a clause with a subject of its own: a reflexive there would point at that subject («sin søster Lone cykler»)
    ("Jeg vil cykle til værkstedet hver tirsdag, min søster cykler med de første gange.",
     "At beboeren cykler til værkstedet hver tirsdag, beboerens søster cykler med de første gange."),
    ("Jeg vil selv tage min medicin hver morgen, når min kontaktperson minder mig om det.",
     "At beboeren selv tager sin medicin hver morgen, når beboerens kontaktperson minder beboeren om det."),
    # the resident's own clause keeps the reflexive, also after «så jeg …»
    ("Jeg vil gå en tur med min hund hver dag, så jeg kan passe på mig selv.",
     "At beboeren går en tur med sin hund hver dag, så beboeren kan passe på sig selv."),
])
def test_proposal_reflexive_only_in_the_residents_own_clause(own, proposal):
    from delmaal_assistant.core.outputs.person import propose_third_person
    assert propose_third_person(own) == proposal
