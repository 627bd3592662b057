"""Issue 24 (i37D): "Dit delmål" – who "we" are, where sentences end, and the fields that fall out. By category,
each must-say beside a must-leave-out, our own Danish examples (psykiatri, handicap, unge, herberg, ældre), none
taken from a blind set. Tests that take `analyser` run with the analyser as the machine has it and without it.

1. only our own staff are «vi»/«en af os»: an outside service («DP», jobcentret, hjemmeplejen …) never is, and our
   own place after a preposition is the place («rundt om bostedet»), never «os»;
"""

from __future__ import annotations

from pathlib import Path

import pytest

from delmaal_assistant.core.model import ExternalActor
from delmaal_assistant.core.outputs.duform import Resident, load_rules, transform
from delmaal_assistant.core.outputs.duform.rules import DuformRulesError
from delmaal_assistant.core.outputs.easyread import build
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
