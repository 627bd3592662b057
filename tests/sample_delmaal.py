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


def easy_of_example(tmp_path, name: str = "Bo", **fields) -> tuple[str, list[str]]:
    """«Dit delmål» of the example delmål (tests/data/good-indkoeb) with its resident called `name` and some fields
    replaced – `wording`, `actions`, `otherwise`, `measurement`, `own` (own words), `actors` (a list of
    {"name", "how"}) – built through a saved file as a user's would be: (the resident's text, the sentences left
    out)."""
    import json

    from delmaal_assistant.core.files.storage.delmaal_json import load_delmaal
    from delmaal_assistant.core.outputs.easyread import build

    d = json.loads(GOOD_FILE.read_text(encoding="utf-8").replace("TH", name))
    where = {"wording": ("wording",), "actions": ("indsats", "actions"),
             "otherwise": ("indsats", "when_resident_wants_otherwise"), "measurement": ("measurement",),
             "own": ("collaboration", "resident_own_words"), "actors": ("external_actors",)}
    for key, value in fields.items():
        *parents, last = where[key]
        node = d
        for p in parents:
            node = node[p]
        node[last] = value
    p = tmp_path / "example.delmaal.json"
    p.write_text(json.dumps(d, ensure_ascii=False), encoding="utf-8")
    e = build(load_delmaal(p))
    return e.render(), [x[1] for x in e.left_out]
