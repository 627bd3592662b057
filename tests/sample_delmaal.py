"""A complete, well-formed delmål for tests (override fields with keyword arguments)."""

from datetime import date

from delmaal_assistant.core.model import Collaboration, Delmaal, DocumentationPlan, Indicators, Method


def full_delmaal(**kw) -> Delmaal:
    base = dict(
        title="Tøjvask",
        wording="At beboeren vasker tøj hver onsdag.",
        methods=[Method(name="Motiverende samtale", kind="metode",
                        description="Kontaktpersonen holder en kort samtale hver mandag om ugens tøjvask.")],
        collaboration=Collaboration(resident_attitude="Beboeren vil gerne selv vaske sit tøj."),
        indicators=Indicators(start_level=3, expected_end_level=2),
        documentation=DocumentationPlan(what="Om tøjet er vasket", who="Kontaktpersonen", how_often="Hver onsdag"),
        start_date=date(2026, 12, 1),
        end_date=date(2027, 3, 1),
        evaluation_date=date(2027, 2, 15),
    )
    base.update(kw)
    d = Delmaal(**base)
    d.indsats.actions = "Kontaktpersonen går med i vaskekælderen de første tre onsdage."
    d.indsats.when_resident_wants_otherwise = "Vi spørger igen næste dag og tilbyder at gå med."
    for lvl in d.indicators.levels:
        lvl.what_we_see = f"Beboeren vasker tøj med {['ingen', 'en påmindelse', 'følgeskab', 'guidning', 'fuld hjælp'][lvl.level]}."
    return d


GOOD_FILE = __import__("pathlib").Path(__file__).parent / "data" / "good-indkoeb.delmaal.json"


def good_delmaal() -> Delmaal:
    """A good delmål in every field (shared/examples/fields/good-indkoeb, schema version 1, migrated on load)."""
    from delmaal_assistant.core.files.storage import load_delmaal

    return load_delmaal(GOOD_FILE)
