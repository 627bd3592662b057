import io
import json
from datetime import date

import pytest

import kl_profiles

from delmaal_assistant.core.model import ffb
from delmaal_assistant.core.outputs.export import (
    NOT_CHECKED,
    export_states,
    to_docx,
    to_markdown,
    to_text,
)
from delmaal_assistant.core.outputs.publish import publish_exports, save_and_publish
from delmaal_assistant.core.model import Delmaal, ExternalActor, Method
from delmaal_assistant.core.files.storage import save_delmaal
from delmaal_assistant.core.model.fields import text_fields
from cli_inprocess import delmaal
from sample_delmaal import full_delmaal

HEADINGS = ["Hvad hedder delmålet", "Hvad er formålet", "Faglige metoder", "Indsats",
            "Samarbejdet og inddragelse af beboer", "Eksterne aktører", "Indikatorer", "Dokumentation", "Datoer",
            "Markeringer", "SMART-tjek"]


def _d() -> Delmaal:
    d = Delmaal(title="Tøjvask", wording="At beboeren vasker tøj hver onsdag.", start_date=date(2026, 12, 1),
                end_date=date(2027, 3, 1), methods=[Method(name="MI", kind="metode", description="*ugentligt*")])
    d.indicators.start_level = 3
    d.indicators.levels[0].what_we_see = "Vasker selv"
    d.crime_prevention = True
    return d


def _rich() -> Delmaal:
    d = full_delmaal()
    d.theme = ffb.search_themes("vaske tøj")[0].concept()
    d.goal_type = ffb.goal_types()[0]
    d.purpose = "Beboeren vil gerne flytte i egen lejlighed.\nHan kan selv sortere tøjet."
    d.measurement = "Delmålet er nået, når beboeren har vasket tøj mindst 10 af 12 onsdage."
    d.handleplan_goal = "At beboeren varetager egen tøjvask."
    d.collaboration.resident_own_words = "Jeg vil ikke  lugte på arbejdet."
    d.collaboration.agreement = "Aftalt på mødet 3. november."
    d.external_actors = [ExternalActor(name="Kometen", how="Minder beboeren om rent arbejdstøj.")]
    for lvl in d.indicators.levels:
        lvl.how_we_support = f"Støtte på niveau {lvl.level}: {['spørger kort', 'minder om', 'går med', 'guider trin for trin', 'gør det sammen'][lvl.level]}."
    return d


def test_markdown_has_headings_in_template_order():
    md = to_markdown(_d())
    pos = [md.index(f"## {h}") for h in HEADINGS]
    assert pos == sorted(pos)
    assert md.startswith("# Delmål: Tøjvask")
    assert "\\*ugentligt\\*" in md  # user text can't inject Markdown
    assert "01-03-2027" in md and "Kriminalpræventivt delmål" in md


def test_text_has_headings_in_template_order_and_no_indentation():
    txt = to_text(_d())
    pos = [txt.index(h.upper()) for h in HEADINGS]
    assert pos == sorted(pos)
    assert not [line for line in txt.splitlines() if line[:1].isspace()]  # pastes cleanly field by field
    assert "\nAt beboeren vasker tøj hver onsdag.\n" in txt
    assert "Niveau 0 – Ingen støttebehov" in txt and "Vasker selv" in txt


def test_text_one_paragraph_per_field():
    txt = to_text(_rich())
    paragraphs = txt.split("\n\n")
    assert "Delmålet:\nAt beboeren vasker tøj hver onsdag." in paragraphs
    # a multi-line answer stays one paragraph, its lines unindented
    assert "Formål:\nBeboeren vil gerne flytte i egen lejlighed.\n" \
           "Han kan selv sortere tøjet." in paragraphs
    # the resident's own words verbatim (double space kept)
    assert "Beboerens egne ord:\nJeg vil ikke  lugte på arbejdet." in paragraphs


def test_levels_are_exported_with_their_labels_not_bare_numbers():
    txt = to_text(_rich())
    assert "Indikator ved start:\n3 – Stort støttebehov (omfattende, meget)" in txt
    assert "Forventet indikator ved afslutning:\n2 – Moderat støttebehov (middel, noget)" in txt


def test_flags_have_their_own_heading_also_when_off():
    d = _rich()
    txt = to_text(d)
    from delmaal_assistant.core.model.fields import registry

    FLAGS_HEADING = registry().spec("crime_prevention").section  # fields.toml's `section`
    flags = txt.split(FLAGS_HEADING.upper())[1].split("SMART-TJEK")[0]
    assert "Kriminalpræventivt delmål:\nNej" in flags and "Beskæftigelsesdelmål (Kometen):\nNej" in flags
    datoer = txt.split("DATOER")[1].split(FLAGS_HEADING.upper())[0]
    assert "Kriminalpræventivt" not in datoer
    d.crime_prevention = True
    assert "Kriminalpræventivt delmål:\nJa" in to_text(d)


def test_smart_status_only_when_checked():
    d = _rich()
    unchecked = to_text(d).split("SMART-TJEK")[1]
    assert NOT_CHECKED in unchecked  # never a tick for what only the checker can settle
    q1 = [p for p in unchecked.split("\n\n") if p.startswith("1. ")][0]
    assert "Opfyldt" not in q1
    txt = to_text(d, findings=[])
    assert "1. " in txt.split("SMART-TJEK")[1] and "Opfyldt" in txt
    from delmaal_assistant.checker.findings import Finding

    vague = Finding(code="vague-verb", severity="warning", message="m", start=0, end=1, excerpt="x",
                    field="wording")
    smart = to_text(d, findings=[vague]).split("SMART-TJEK")[1]
    q1 = [p for p in smart.split("\n\n") if p.startswith("1. ")][0]
    assert "Mangler" in q1 and "vagt udsagnsord" in q1 and "vague-verb" not in q1


def test_empty_delmaal_exports():
    assert "–" in to_text(Delmaal()) and "–" in to_markdown(Delmaal())


def test_publish_exports_writes_every_format_asked_for(tmp_path):
    paths = publish_exports(_d(), tmp_path / "ny", "Tøjvask", ("md", "txt")).written
    assert [p.name for p in paths] == ["Tøjvask.md", "Tøjvask.txt"]
    assert paths[1].read_text(encoding="utf-8") == to_text(_d())


# ------------------------------------------------------------------------------------------------ docx


def test_docx_round_trips_with_every_field():
    docx = pytest.importorskip("docx")
    d = _rich()
    data = to_docx(d, findings=[])
    doc = docx.Document(io.BytesIO(data))
    body = "\n".join(p.text for p in doc.paragraphs)
    cells = "\n".join(c.text for t in doc.tables for r in t.rows for c in r.cells)
    everything = body + "\n" + cells
    for path, _title, text in text_fields(d):
        for line in text.splitlines():
            assert line in everything, (path, line)
    for h in HEADINGS:
        assert h in body
    # indicator table: level, label, what we see, how we support
    ind = doc.tables[0]
    assert [c.text for c in ind.rows[0].cells] == ["Niveau", "Betegnelse", "Hvad gør beboeren / hvad ser vi?",
                                                  "Hvordan møder/støtter vi beboeren?"]
    assert [c.text for c in ind.rows[4].cells][:2] == ["3", "Stort støttebehov (omfattende, meget)"]
    assert ind.rows[4].cells[3].text == d.indicators.levels[3].how_we_support
    assert "3 – Stort støttebehov (omfattende, meget)" in body  # start level with its label
    assert "2 – Moderat støttebehov (middel, noget)" in body
    smart = doc.tables[1]
    assert len(smart.rows) == 9 and smart.rows[5].cells[1].text == "Opfyldt"
    assert "Vaske tøj" in body and "Udvikle funktionsevne" in body and "01-03-2027" in body
    assert "Kriminalpræventivt delmål" in body
    # the resident's page: "Dit delmål" in du-form, large print
    easy = body.split("Dit delmål: Tøjvask")[1]
    assert "Det vil du gøre" in easy and "Du vasker tøj hver onsdag." in easy
    big = [r for p in doc.paragraphs if p.text == "Du vasker tøj hver onsdag." for r in p.runs]
    assert big and big[0].font.size.pt == 16


# ------------------------------------------------------------------------------------------------ refresh


def test_exports_are_rewritten_after_a_second_save(tmp_path):
    src = tmp_path / "Tøjvask.delmaal.json"
    d = _rich()
    save_delmaal(src, d)
    res = publish_exports(d, tmp_path, "Tøjvask", ("md", "txt", "easy", "fhir"), findings=[], source=src)
    out = res.written
    assert res.recorded == out  # beside the saved file, which holds this delmål: kept up to date
    assert all(s.current for s in export_states(src))
    # an edit and a second save: the exports are stale until refreshed
    d.wording = "At beboeren vasker tøj hver tirsdag."
    save_delmaal(src, d)
    assert not any(s.current for s in export_states(src))
    assert "FORÆLDET" in export_states(src)[0].label
    res = save_and_publish(src, d, findings=[])  # the real save: the recorded exports follow it
    assert res.notes == [] and sorted(res.refreshed) == sorted(out)
    assert all(s.current for s in export_states(src))
    for p in out:
        assert "tirsdag" in p.read_text(encoding="utf-8") and "onsdag." not in p.read_text(encoding="utf-8")


def test_deleted_export_is_not_recreated(tmp_path):
    src = tmp_path / "a.delmaal.json"
    d = _rich()
    save_delmaal(src, d)
    (md,) = publish_exports(d, tmp_path, "a", ("md",), source=src).recorded
    md.unlink()
    res = save_and_publish(src, d)
    assert res.refreshed == [] and res.notes == []
    assert not md.exists() and export_states(src) == []


# ------------------------------------------------------------------------------------------------ CLI


def _cli(*args, cwd):
    # in-process (tests/cli_inprocess.py): these tests are about what `export` writes and says, not the process
    return delmaal("export", *args, cwd=cwd)


def test_cli_export_every_format_and_overwrite_rules(tmp_path):
    src = tmp_path / "Tøjvask.delmaal.json"
    save_delmaal(src, _rich())
    for fmt, name in (("md", "Tøjvask.md"), ("txt", "Tøjvask.txt"), ("docx", "Tøjvask.docx"),
                      ("easy", "Tøjvask.dit-delmaal.txt"), ("fhir", "Tøjvask.fhir.json")):
        r = _cli(str(src), "--to", fmt, cwd=tmp_path)
        assert r.returncode == 0, r.stderr
        assert (tmp_path / name).exists() and name in r.stdout
    txt = (tmp_path / "Tøjvask.txt").read_text(encoding="utf-8")
    assert "SMART-TJEK" in txt and NOT_CHECKED not in txt  # the CLI runs the checker for the SMART status
    # re-exporting the same delmål overwrites its own export; another file is refused without --force
    assert _cli(str(src), "--to", "txt", cwd=tmp_path).returncode == 0
    other = tmp_path / "noter.txt"
    other.write_text("mine noter", encoding="utf-8")
    r = _cli(str(src), "--to", "txt", "-o", str(other), cwd=tmp_path)
    assert r.returncode == 2 and "findes allerede" in r.stderr and "--force" in r.stderr
    assert other.read_text(encoding="utf-8") == "mine noter"
    assert _cli(str(src), "--to", "txt", "-o", str(other), "--force", cwd=tmp_path).returncode == 0
    assert "DELMÅL: Tøjvask" in other.read_text(encoding="utf-8")
    # standard output for text formats
    r = _cli(str(src), "--to", "fhir", "-o", "-", cwd=tmp_path)
    assert r.returncode == 0 and json.loads(r.stdout)["resourceType"] == "Bundle"
    assert kl_profiles.bundle_problems(json.loads(r.stdout)) == []  # every export meets what it claims


def test_cli_export_bad_input(tmp_path):
    r = _cli(str(tmp_path / "mangler.delmaal.json"), "--to", "md", cwd=tmp_path)
    assert r.returncode == 2 and "findes ikke" in r.stderr and "Traceback" not in r.stderr
    bad = tmp_path / "bad.delmaal.json"
    bad.write_text("{ikke json", encoding="utf-8")
    r = _cli(str(bad), "--to", "md", cwd=tmp_path)
    assert r.returncode == 2 and "JSON" in r.stderr and "Traceback" not in r.stderr
    r = _cli(str(bad), "--to", "pdf", cwd=tmp_path)
    assert r.returncode == 2 and "ugyldigt valg" in r.stderr
    src = tmp_path / "ok.delmaal.json"
    save_delmaal(src, _rich())
    r = _cli(str(src), "--to", "docx", "-o", "-", cwd=tmp_path)
    assert r.returncode == 2 and "standard output" in r.stderr
    r = _cli(str(src), "--to", "md", "-o", str(tmp_path), cwd=tmp_path)
    assert r.returncode == 2 and "mappe" in r.stderr
    r = _cli(str(src), "--to", "txt", "-o", str(src), "--force", cwd=tmp_path)
    assert r.returncode == 2 and "selve delmålsfilen" in r.stderr


def test_markdown_keeps_list_starts_and_markup_as_text():
    d = full_delmaal()
    d.measurement = "1. marts tæller vi igen.\n- hver uge\n> citat\n+ plus\n2) to\n# ikke en overskrift [link](x) `kode`"
    md = to_markdown(d)
    block = md.split("**Hvordan")[1].split("\n\n")[0]
    for raw in ("\n1. marts", "\n- hver", "\n> citat", "\n+ plus", "\n2) to", "\n# ikke"):
        assert raw not in block.replace("  \n", "\n"), raw
    assert "1\\. marts" in block and "\\- hver" in block and "\\> citat" in block and "2\\) to" in block
    assert "\\[link\\]" in block and "\\`kode\\`" in block


def test_smart_names_what_is_wrong_and_quotes_end_in_an_ellipsis():
    from datetime import date

    from delmaal_assistant.core.outputs.smart import quote_excerpt

    d = full_delmaal()
    d.evaluation_date = date(2027, 6, 1)  # exists, but after the end date
    d.handleplan_goal = ("At Mads varetager sine daglige indkøb og sin økonomi med så lidt støtte som muligt "
                         "i sin egen lejlighed.")
    smart = to_text(d, findings=[]).split("SMART-TJEK")[1]
    q7 = [p for p in smart.split("\n\n") if p.startswith("7. ")][0]
    assert "Uden for perioden" in q7 and "Mangler" not in q7
    q3 = [p for p in smart.split("\n\n") if p.startswith("3. ")][0]
    quoted = q3.split("»")[1].split("«")[0]
    assert quoted.endswith("…") and d.handleplan_goal.startswith(quoted[:-1]) and not quoted[:-1].endswith(" ")
    assert quote_excerpt("kort mål", 60) == "kort mål"


def test_every_value_of_the_file_appears():
    d = full_delmaal()
    d.collaboration.guardian_involved = True
    d.collaboration.guardian_involvement = "Værgen var med på mødet."
    txt = to_text(d)
    assert "Værge inddraget:\nJa" in txt and "Værgen var med på mødet." in txt
    assert "Oprettet:" in txt and "Senest ændret:" in txt
    assert d.created_at.astimezone().strftime("%d-%m-%Y") in txt
    d.collaboration.guardian_involved = False
    d.collaboration.guardian_involvement = ""
    assert "Værge inddraget:\nNej" in to_text(d)
