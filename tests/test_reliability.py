"""Issue 18's attacks on files and output, each as a test: only our own files are rewritten, a file changed
elsewhere is never silently replaced, nothing printed or exported carries terminal codes, Word never fails on a
control character, and every message says what is wrong (Danish). The command line runs as a real process."""

from __future__ import annotations

import json
import os
import stat
import zipfile
from pathlib import Path

import pytest

from delmaal_assistant.core.files.drafts import Draft, DraftStore
from delmaal_assistant.core.outputs.export import export_states, render, to_docx
from delmaal_assistant.core.outputs.manifest import file_sha256, manifest_path, read_manifest
from delmaal_assistant.core.model import Delmaal
from delmaal_assistant.core.outputs.publish import (
    ChangedOnDisk,
    ExportConflict,
    current_stamp,
    publish_export,
    publish_exports,
    save_and_publish,
)
from delmaal_assistant.core.files.storage import StorageError, backup_path, load_delmaal, read_text_file, save_delmaal
from cli_inprocess import delmaal
from sample_delmaal import full_delmaal

ESC_TITLE = "\x1b]0;OVERTAGET\x07"
ESC_CLIP = "\x1b]52;c;ZWNobyBoYWNr\x07"


def _cli(*args, cwd):
    # in-process (tests/cli_inprocess.py): what `export` prints and writes, not the process
    return delmaal("export", *args, cwd=cwd)


def _saved(tmp_path, **kw) -> Path:
    d = full_delmaal(title="Tøjvask", **kw)
    return save_delmaal(tmp_path / "Tøjvask.delmaal.json", d)


# ------------------------------------------------------------------------------ 1. only our own files


def test_a_forged_manifest_cannot_make_a_save_overwrite_other_files(tmp_path):
    folder = tmp_path / "mappe"
    folder.mkdir()
    src = _saved(folder)
    victim_abs = tmp_path / "vigtig.txt"
    victim_up = tmp_path / "op.txt"
    for v in (victim_abs, victim_up):
        v.write_text("brugerens egen fil\n", encoding="utf-8")
    sha = file_sha256(victim_abs)  # even with the right hash: a path outside the folder is never honoured
    manifest_path(src).write_text(json.dumps({"exports": [
        {"path": str(victim_abs), "format": "txt", "sha256": sha},
        {"path": "../op.txt", "format": "txt", "sha256": sha},
        {"path": "sub/../../op.txt", "format": "md", "sha256": sha},
    ]}), encoding="utf-8")
    assert read_manifest(src).entries == [] and len(read_manifest(src).ignored) == 3
    res = save_and_publish(src, load_delmaal(src), expected=current_stamp(src))
    assert victim_abs.read_text(encoding="utf-8") == "brugerens egen fil\n"
    assert victim_up.read_text(encoding="utf-8") == "brugerens egen fil\n"
    assert res.refreshed == [] and any("kun eksporter ved siden af delmålet" in n for n in res.notes)


def test_an_export_the_user_edited_is_left_alone_and_listed(tmp_path):
    src = _saved(tmp_path)
    d = load_delmaal(src)
    out = publish_exports(d, tmp_path, "Tøjvask", ("md", "txt"), [], source=src)
    txt, md = tmp_path / "Tøjvask.txt", tmp_path / "Tøjvask.md"
    assert sorted(out.recorded) == sorted([md, txt])
    entries = {e["path"]: e for e in read_manifest(src).entries}
    assert entries["Tøjvask.txt"]["sha256"] == file_sha256(txt) and entries["Tøjvask.txt"]["format"] == "txt"
    edited = txt.read_text(encoding="utf-8") + "\nMin egen tilføjelse før jeg satte den ind i Sensum.\n"
    txt.write_text(edited, encoding="utf-8")
    assert [s.changed for s in export_states(src) if s.path == txt] == [True]
    before_md = md.read_bytes()
    d.wording = "At beboeren vasker tøj hver tirsdag."
    res = save_and_publish(src, d, [], expected=current_stamp(src))
    assert txt.read_text(encoding="utf-8") == edited  # the user's edits survive the save
    assert res.changed_elsewhere == [txt] and any("ændret af en anden" in n for n in res.notes)
    assert res.refreshed == [md] and "tirsdag" in md.read_text(encoding="utf-8")
    assert backup_path(md).read_bytes() == before_md  # a .bak like for the delmål
    assert [e["path"] for e in read_manifest(src).entries] == ["Tøjvask.md"]  # no longer ours to rewrite


def test_exports_elsewhere_are_written_but_not_recorded(tmp_path):
    src = _saved(tmp_path)
    other = tmp_path / "andet"
    res = publish_export(load_delmaal(src), "txt", other / "x.txt", [], source=src)
    assert (other / "x.txt").exists() and res.recorded == [] and "samme mappe" in res.notes[0]
    assert read_manifest(src).entries == []


def test_cli_export_never_overwrites_a_changed_listed_file_without_force(tmp_path):
    src = _saved(tmp_path)
    r = _cli(str(src), "--to", "txt", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    txt = tmp_path / "Tøjvask.txt"
    assert _cli(str(src), "--to", "txt", cwd=tmp_path).returncode == 0  # unchanged: re-export is fine
    txt.write_text("rettet i hånden\n", encoding="utf-8")
    r = _cli(str(src), "--to", "txt", "-o", "Tøjvask.txt", cwd=tmp_path)
    assert r.returncode == 2 and "ændret af en anden" in r.stderr and "--force" in r.stderr
    assert txt.read_text(encoding="utf-8") == "rettet i hånden\n"
    r = _cli(str(src), "--to", "txt", "-o", "Tøjvask.txt", "--force", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert backup_path(txt).read_text(encoding="utf-8") == "rettet i hånden\n" and "SMART" in txt.read_text("utf-8")


# ------------------------------------------------------------------------------ 2. two windows, one file


def test_saving_over_a_file_changed_since_it_was_opened_raises_and_writes_nothing(tmp_path):
    src = _saved(tmp_path)
    window_a = current_stamp(src)  # both windows open the same file
    window_b = current_stamp(src)
    d_b = load_delmaal(src)
    d_b.wording = "At beboeren vasker tøj hver tirsdag (vindue B)."
    res_b = save_and_publish(src, d_b, expected=window_b)
    assert res_b.saved_stamp == current_stamp(src)
    d_a = load_delmaal(src)
    d_a.wording = "At beboeren vasker tøj hver fredag (vindue A)."
    with pytest.raises(ChangedOnDisk, match="ændret, siden du åbnede"):
        save_and_publish(src, d_a, expected=window_a)
    assert "vindue B" in load_delmaal(src).wording  # B's save is still in the file
    save_and_publish(src, d_a, expected=window_a, replace=True)  # the user chose "Erstat"
    assert "vindue A" in load_delmaal(src).wording and "vindue B" in load_delmaal(backup_path(src)).wording


# ------------------------------------------------------------------------------ 3. escape codes, 5. Word


def _hostile() -> Delmaal:
    d = full_delmaal(title=f"Tøjvask{ESC_TITLE}")
    d.wording = f"At beboeren{ESC_CLIP} vasker tøj\x01\x08 hver onsdag \u202egnirkat\u202c."
    d.purpose = "Formål med \x0b lodret tab og \x7f DEL og \x9b31m 8-bit CSI."
    return d


@pytest.mark.parametrize("fmt", ["md", "txt", "easy", "fhir"])
def test_exported_text_formats_carry_no_terminal_codes(fmt):
    text = render(_hostile(), fmt, []).decode("utf-8")
    assert "\x1b" not in text and "\x07" not in text and "\x01" not in text and "\x9b" not in text
    assert "OVERTAGET" not in text and "ZWNobyBoYWNr" not in text
    assert "\u202e" not in text
    if fmt == "easy":  # the resident's text: bidi controls removed, no markers
        assert "[RLO]" not in text and "gnirkat" in text
    else:  # bidi controls shown as `check` shows them (Markdown escapes the brackets: it renders as "[RLO]")
        assert "[RLO]" in text.replace("\\[", "[").replace("\\]", "]")


def test_word_export_never_fails_on_control_characters():
    d = _hostile()
    d.indsats.actions = "Personalet\x00 støtter\ufffe med tøjet\x1f."
    data = to_docx(d, [])
    xml = zipfile.ZipFile(__import__("io").BytesIO(data)).read("word/document.xml").decode("utf-8")
    assert "støtter" in xml and "\x00" not in xml and "\x1b" not in xml


def test_cli_export_prints_no_escape_codes_and_word_works(tmp_path):
    name = f"navn{ESC_TITLE}.delmaal.json"  # a file received from elsewhere (we never write such names ourselves)
    src = tmp_path / name
    os.rename(save_delmaal(tmp_path / "navn.delmaal.json", _hostile()), src)
    r = _cli(name, "--to", "txt", "-o", "-", cwd=tmp_path)
    assert r.returncode == 0 and "\x1b" not in r.stdout and "\x07" not in r.stdout and "[RLO]" in r.stdout
    r = _cli(name, "--to", "md", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert "\x1b" not in r.stdout + r.stderr and "Eksporteret" in r.stdout
    md = next(p for p in tmp_path.iterdir() if p.name.endswith(".md"))
    assert "\x1b" not in md.read_text(encoding="utf-8")
    r = _cli(name, "--to", "docx", "-o", "ord.docx", cwd=tmp_path)  # a control character crashed this
    assert r.returncode == 0 and "uventet" not in r.stderr, r.stderr
    assert zipfile.is_zipfile(tmp_path / "ord.docx")
    r = _cli(str(tmp_path / f"mangler{ESC_CLIP}.delmaal.json"), "--to", "txt", cwd=tmp_path)
    assert r.returncode == 2 and "\x1b" not in r.stderr and "findes ikke" in r.stderr
    assert src.exists()


# ------------------------------------------------------------------------------ 7. clear messages


def test_a_300_character_output_name_and_a_newline_get_specific_messages(tmp_path):
    src = _saved(tmp_path)
    r = _cli(str(src), "--to", "txt", "-o", "x" * 300 + ".txt", cwd=tmp_path)
    assert r.returncode == 2 and "for langt" in r.stderr and "uventet" not in r.stderr, r.stderr
    r = _cli(str(src), "--to", "txt", "-o", "linje\nskift.txt", cwd=tmp_path)
    assert r.returncode == 2 and "linjeskift" in r.stderr
    assert not any("\n" in p.name for p in tmp_path.iterdir())
    with pytest.raises(StorageError, match="linjeskift"):
        save_delmaal(tmp_path / "ny\nlinje.delmaal.json", Delmaal(title="x"))


def test_utf16_without_bom_is_called_utf16_not_binary(tmp_path):
    p = tmp_path / "u16.txt"
    p.write_bytes("delmaal\nAt beboeren vasker tøj\n".encode("utf-16-le"))
    with pytest.raises(StorageError, match="UTF-16") as ei:
        read_text_file(p)
    assert "binær" not in str(ei.value)
    r = delmaal("check", str(p))
    assert r.returncode == 2 and "UTF-16" in r.stderr and "binær" not in r.stderr


def test_a_draft_that_is_a_symlink_is_named_once(tmp_path):
    store = DraftStore(tmp_path / "data" / "drafts")
    d = Draft()
    path = store.save(d)
    path.unlink()
    path.symlink_to(tmp_path / "andetsteds.json")
    with pytest.raises(StorageError) as ei:
        store.save(d)
    msg = str(ei.value)
    assert "genvej" in msg and "kunne ikke gemmes" not in msg and "kladdefilen" in msg, msg
    assert not (tmp_path / "andetsteds.json").exists()


def test_data_folder_behind_a_symlink_is_made_owner_only(tmp_path):
    real = tmp_path / "rigtig"
    real.mkdir(mode=0o755)
    real.chmod(0o755)
    link = tmp_path / "genvej"
    link.symlink_to(real)
    DraftStore(link / "drafts").save(Draft())
    assert stat.S_IMODE(os.stat(real).st_mode) == 0o700
    assert stat.S_IMODE(os.stat(real / "drafts").st_mode) == 0o700


def test_publish_export_conflicts(tmp_path):
    src = _saved(tmp_path)
    foreign = tmp_path / "fremmed.txt"
    foreign.write_text("ikke vores\n", encoding="utf-8")
    with pytest.raises(ExportConflict, match="ikke en eksport"):
        publish_export(load_delmaal(src), "txt", foreign, [], source=src)
    assert foreign.read_text(encoding="utf-8") == "ikke vores\n"


def test_a_legacy_manifest_entry_without_a_hash_is_not_overwritten(tmp_path):
    src = _saved(tmp_path)
    txt = tmp_path / "Tøjvask.txt"
    txt.write_text("eksport fra en ældre version, måske rettet siden\n", encoding="utf-8")
    manifest_path(src).write_text(json.dumps({"exports": [{"path": "Tøjvask.txt", "format": "txt",
                                                           "source_sha256": "x"}]}), encoding="utf-8")
    res = save_and_publish(src, load_delmaal(src), expected=current_stamp(src))
    assert txt.read_text(encoding="utf-8").startswith("eksport fra en ældre version")
    assert res.changed_elsewhere == [txt] and any("ældre version" in n for n in res.notes)
