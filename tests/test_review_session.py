"""The review without a UI (core.interview.review.ReviewSession): save, export, conflicts, approval – what the
review screen only shows."""

from __future__ import annotations

import json
from datetime import date

import pytest

from delmaal_assistant.core.files.drafts import Draft
from delmaal_assistant.core.files.storage import load_delmaal
from delmaal_assistant.core.interview.review import ChangedOnDisk, ReviewSession
from delmaal_assistant.core.interview.session import CheckRun, InterviewSession

from sample_delmaal import good_delmaal

TODAY = date(2026, 11, 27)


def _review(tmp_path) -> ReviewSession:
    draft = Draft(delmaal=good_delmaal())
    return ReviewSession(InterviewSession(draft, today=TODAY, save=lambda d: None))


def test_save_writes_the_file_and_its_exports_and_remembers_them(tmp_path):
    r = _review(tmp_path)
    path = r.save_path(tmp_path, "mads")
    assert path.name == "mads.delmaal.json"
    assert r.save_conflicts(path, True) == ([], [])
    out = r.save(path, True)
    assert load_delmaal(path).wording == r.delmaal.wording
    assert r.draft.saved_path == str(path) and r.draft.saved_sha256
    assert (tmp_path / "mads.md").exists() and (tmp_path / "mads.txt").exists()
    assert "Gemt som" in out.message and "mads.md" in out.message
    current, stale, changed = r.export_states()
    assert sorted(current) == ["mads.md", "mads.txt"] and stale == [] and changed == []
    assert r.stem() == "mads" and r.folder(tmp_path / "else") == tmp_path


def test_a_file_changed_by_someone_else_is_not_overwritten_silently(tmp_path):
    r = _review(tmp_path)
    path = r.save_path(tmp_path, "mads.delmaal.json")
    r.save(path, False)
    data = json.loads(path.read_text(encoding="utf-8"))
    data["title"] = "ændret i et andet vindue"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(ChangedOnDisk):
        r.save(path, False)
    r.save(path, False, replace_changed=True)
    assert load_delmaal(path).title == r.delmaal.title


def test_foreign_files_in_the_way_of_an_export_are_reported_and_a_copy_name_is_free(tmp_path):
    r = _review(tmp_path)
    (tmp_path / "mads.md").write_text("someone else's notes", encoding="utf-8")
    foreign, changed = r.export_conflicts(tmp_path, "mads", ("md", "txt"), None)
    assert [p.name for p in foreign] == ["mads.md"] and changed == []
    stem = r.copy_stem(tmp_path, "mads", ("md", "txt"))
    assert stem == "mads (kopi)"
    msg = r.export(tmp_path, stem, ("md",)).message
    assert (tmp_path / "mads (kopi).md").exists() and "ikke gemt endnu" in msg
    assert (tmp_path / "mads.md").read_text(encoding="utf-8") == "someone else's notes"


def test_findings_reach_the_exports_only_after_a_check_that_ran(tmp_path):
    r = _review(tmp_path)
    assert r.smart_findings() is None
    r.record(CheckRun(findings=(), ok=False, error="sprogtjekket kunne ikke starte"))
    assert r.findings is None and r.smart_findings() is None
    r.record(CheckRun(findings=()))
    assert r.findings == [] and r.smart_findings() == []


def test_approving_dit_delmaal_stores_the_text(tmp_path):
    r = _review(tmp_path)
    text, left, note = r.easy_for_approval()
    assert text.strip() and note == ""
    mark, lapsed, _ = r.easy_state()
    assert mark and not lapsed
    assert r.approve_easy(text) is None
    assert r.delmaal.resident_text.text == text and r.easy_state()[0] == ""
