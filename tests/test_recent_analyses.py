"""Issue 28: a text met again in a later delmål (a municipality's files repeat method descriptions, documentation
answers, indicator levels) is neither tokenized nor matched again: the engine keeps each thread's last texts'
analyses (`Engine.recent_analysis`). A kept analysis must give exactly what a fresh one gives, whatever the delmål
that filled its memo; the keep is bounded and per thread."""

from __future__ import annotations

import threading
from dataclasses import asdict
from pathlib import Path

import pytest

from delmaal_assistant.checker import engine as engine_mod
from delmaal_assistant.checker import get_checker
from delmaal_assistant.core.files.storage import load_delmaal

DATA = Path(__file__).resolve().parent / "data"


def _files() -> list[Path]:
    return sorted(p for p in DATA.rglob("*.delmaal.json") if "blind" not in p.as_posix())


def _as_json(findings) -> list[dict]:
    return [asdict(f) for f in findings]


def _fresh(checker, d):
    """The findings with nothing kept from before (the thread's keep emptied first and after)."""
    checker._engine._local.analyses = None
    try:
        return _as_json(checker.check_delmaal(d))
    finally:
        checker._engine._local.analyses = None


def test_a_kept_analysis_finds_what_a_fresh_one_finds():
    checker = get_checker()
    ds = [load_delmaal(p) for p in _files()]
    assert len(ds) >= 10
    fresh = [_fresh(checker, d) for d in ds]
    checker._engine._local.analyses = None
    # every delmål twice, in two orders: the second time each text comes from the keep, its memo filled by the
    # checks of other delmål (other codes asked first, other names, another voice)
    for d, want in zip(ds + ds[::-1], fresh + fresh[::-1]):
        assert _as_json(checker.check_delmaal(d)) == want
    assert len(checker._engine._local.analyses) > 0


def test_a_changed_delmaal_with_a_kept_text_is_judged_on_its_own_text(monkeypatch):
    """The same method description in two delmål with other wordings and names: the kept text's memo keys name
    what they depend on (the resident's names, the voice), so the second delmål is judged as if checked alone."""
    checker = get_checker()
    d = load_delmaal(_files()[0])
    other = d.model_copy(update={"wording": "At Bente går en tur hver tirsdag kl. 10 sammen med en medarbejder."})
    want = _fresh(checker, other)
    checker.check_delmaal(d)  # fills the keep with d's texts
    assert _as_json(checker.check_delmaal(other)) == want


def test_the_keep_is_bounded(monkeypatch):
    checker = get_checker()
    monkeypatch.setattr(engine_mod, "RECENT_TEXTS", 5)
    checker._engine._local.analyses = None
    try:
        for d in [load_delmaal(p) for p in _files()[:4]] * 2:  # kept from a text's second time on
            checker.check_delmaal(d)
        assert len(checker._engine._local.analyses) == 5
        long_text = "At gå en tur. " * (engine_mod.RECENT_MAX_CHARS // 10)
        checker._engine.recent_analysis(long_text)
        checker._engine.recent_analysis(long_text)
        assert long_text not in checker._engine._local.analyses
    finally:
        checker._engine._local.analyses = None


def test_each_thread_keeps_its_own():
    """An analysis's memo is filled as checks ask, so two threads never share one."""
    eng = get_checker()._engine
    text = "Hun går en tur hver dag."
    eng.recent_analysis(text)
    mine = eng.recent_analysis(text)
    assert eng.recent_analysis(text) is mine
    theirs = []
    t = threading.Thread(target=lambda: theirs.extend(eng.recent_analysis(text) for _ in range(3)))
    t.start()
    t.join()
    assert len(theirs) == 3 and theirs[2] is theirs[1] and theirs[1] is not mine
    assert [x.text for x in theirs[1].toks] == [x.text for x in mine.toks]


def test_a_text_is_kept_from_its_second_time(monkeypatch):
    eng = get_checker()._engine
    monkeypatch.setattr(engine_mod, "RECENT_TEXTS", 2)
    eng._local.analyses = None
    try:
        once = "At gå en tur hver onsdag kl. 14."
        eng.recent_analysis(once)
        assert not eng._local.analyses  # met once: not kept (texts of one delmål only would churn the keep)
        for text in ("At gå en tur hver mandag.", "At gå en tur hver tirsdag.", once):
            eng.recent_analysis(text)
            eng.recent_analysis(text)
        # full: the kept texts had their second chance (each came round once), then the oldest makes room
        assert list(eng._local.analyses) == ["At gå en tur hver mandag.", "At gå en tur hver tirsdag."]
        eng.recent_analysis(once)
        assert list(eng._local.analyses) == ["At gå en tur hver tirsdag.", once]
    finally:
        eng._local.analyses = None


@pytest.mark.parametrize("path", _files()[:3], ids=lambda p: p.name)
def test_copies_with_new_ids_find_the_same(path):
    checker = get_checker()
    d = load_delmaal(path)
    want = _fresh(checker, d)
    for k in range(3):
        copy = d.model_copy(update={"id": f"copy-{k}"})
        assert _as_json(checker.check_delmaal(copy)) == want


def _text_fields_by_walking(d):
    """text_fields as it was before its walk was made once per registry: every path parsed and walked, every
    label asked of the registry (the definition the faster one is held to)."""
    from delmaal_assistant.core.model.fields import registry
    from delmaal_assistant.core.model.paths import FieldPath
    from delmaal_assistant.core.resources import data_lang

    reg = registry(data_lang(d.language))
    out = []

    def add(path, text, name=""):
        if isinstance(text, str) and text.strip():
            spec = reg.spec(path)
            label = f"{spec.label if spec else path}: {name}" if name else reg.label(path)
            out.append((path, label, text))

    specs = list(reg.specs)
    i = 0
    while i < len(specs):
        path = specs[i].path
        if "[*]." not in path:
            add(path, FieldPath.parse(path).get(d))
            i += 1
            continue
        prefix = path.split("[*].", 1)[0]
        group = []
        while i < len(specs) and specs[i].path.startswith(prefix + "[*]."):
            group.append(specs[i].path.split("[*].", 1)[1])
            i += 1
        for k, item in enumerate(FieldPath.parse(prefix).get(d) or []):
            at = getattr(item, "level", k)
            for sub in group:
                add(f"{prefix}[{at}].{sub}", getattr(item, sub, None), getattr(item, "name", "") or "")
    return out


def test_text_fields_are_those_of_walking_every_path():
    from delmaal_assistant.core.model.fields import text_fields

    ds = [load_delmaal(p) for p in _files()]
    assert any(d.methods and d.external_actors for d in ds)  # items with names
    for d in ds:
        assert text_fields(d) == _text_fields_by_walking(d)


def test_attr_is_getattr():
    """text_fields' fast getattr: a model's field, a name it lacks, a private attribute, a plain object."""
    from pydantic import BaseModel, PrivateAttr

    from delmaal_assistant.core.model.fields import _attr

    class Item(BaseModel):
        name: str = "x"
        _level: int = PrivateAttr(default=3)

    class Plain:
        level = 2

    item = Item()
    for obj in (item, Plain(), object()):
        for attr in ("name", "level", "_level", "missing"):
            assert _attr(obj, attr, "default") == getattr(obj, attr, "default"), (obj, attr)


def test_files_in_a_cycle_longer_than_the_keep_still_hit(monkeypatch):
    """Copies checked in turn (a, b, c, a, b, c, …) with room for two: what is kept and used again stays, so two of
    every three texts hit, rather than each text pushing out the one needed next (plain least-recently-used)."""
    eng = get_checker()._engine
    monkeypatch.setattr(engine_mod, "RECENT_TEXTS", 2)
    eng._local.analyses = None
    texts = ["At gå en tur hver mandag.", "At gå en tur hver tirsdag.", "At gå en tur hver onsdag."]
    try:
        hits = []
        for _ in range(5):
            for t in texts:
                hits.append(t in eng._local.analyses if eng._local.analyses is not None else False)
                eng.recent_analysis(t)
        assert sum(hits[-6:]) == 4
        assert len(eng._local.analyses) == 2
    finally:
        eng._local.analyses = None
