from datetime import date

from delmaal_assistant.core.export import to_markdown, to_text, write_exports
from delmaal_assistant.core.model import Delmaal, Method

HEADINGS = ["Hvad hedder delmålet", "Hvad er formålet", "Faglige metoder", "Indsats",
            "Samarbejdet og inddragelse af beboer", "Eksterne aktører", "Indikatorer", "Dokumentation", "Datoer"]


def _d() -> Delmaal:
    d = Delmaal(title="Tøjvask", wording="At beboeren vasker tøj hver onsdag.", start_date=date(2026, 12, 1),
                end_date=date(2027, 3, 1), methods=[Method(name="MI", kind="metode", description="*ugentligt*")])
    d.indicators.start_level = 3
    d.indicators.levels[0].what_we_see = "Vasker selv"
    d.crime_prevention = True
    return d


def test_markdown_has_headings_in_template_order():
    md = to_markdown(_d())
    pos = [md.index(f"## {h}") for h in HEADINGS]
    assert pos == sorted(pos)
    assert md.startswith("# Delmål: Tøjvask")
    assert "\\*ugentligt\\*" in md  # user text can't inject Markdown
    assert "01-03-2027" in md and "Kriminalpræventivt delmål" in md


def test_text_has_headings_in_template_order():
    txt = to_text(_d())
    pos = [txt.index(h.upper()) for h in HEADINGS]
    assert pos == sorted(pos)
    assert "  At beboeren vasker tøj hver onsdag." in txt
    assert "0. Ingen støttebehov" in txt and "Vasker selv" in txt


def test_empty_delmaal_exports():
    assert "–" in to_text(Delmaal()) and "–" in to_markdown(Delmaal())


def test_write_exports(tmp_path):
    paths = write_exports(_d(), tmp_path / "ny", "Tøjvask")
    assert [p.name for p in paths] == ["Tøjvask.md", "Tøjvask.txt"]
    assert paths[1].read_text(encoding="utf-8") == to_text(_d())
