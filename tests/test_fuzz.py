"""Property and fuzz tests: the checker never crashes and its spans are exact; storage round-trips; every
bad byte sequence becomes a Danish StorageError, never another exception."""

from __future__ import annotations

import json

from delmaal_strategies import delmaal as delmaal_strategy
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from delmaal_assistant.checker import SEVERITY_RANK, check, check_delmaal
from delmaal_assistant.core.files.drafts import DraftStore
from delmaal_assistant.core.model.fields import text_fields
from delmaal_assistant.core.files.storage import (
    StorageError,
    delmaal_from_data,
    load_delmaal,
    read_text_file,
    save_delmaal,
)

FUZZ = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
FEW = settings(max_examples=60, deadline=None,
               suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])

# Fragments that make the rules fire, so spans are exercised, mixed with arbitrary Unicode (including lone
# surrogates, which reach us from undecodable command-line bytes), combining marks, odd spaces and newlines.
TRIGGERS = [
    "At borgeren ", "ikke ", "undgår konflikter", "holder op med at ryge", "bliver bedre til at ", "arbejder med ",
    "Personalet støtter ", "Vi ", "Støtte til ", "Sikre at ", "mere ", "flere ture", "oftere", "af og til ",
    "trives", "bliver mere selvhjulpen", "inden 1. marts 2027", "i de næste 8 uger", "hver onsdag", "kl. 8",
    "styrkes", "bliver hjulpet", "010190-1234", "+45 12 34 56 78", "12345678", "også når han ikke har sovet",
    "så personalet ikke behøver", ".", ". ", "!", "?", "\n", "\r\n", "\u2028", "\u00a0", "\u200b", "\u0301",
    "e\u0301", "\ufeff", "👩\u200d👧", "ÆØÅ", "æøå", "ß", "İ", "ﬁ", "Ⅳ", "\t", "  ", "–", "—", "\"",
    "«", "»",
    "(", ")", "1.", "30/11", "2026-12-01", "\ud800", "\udcff",
]
any_text = st.one_of(
    st.text(st.characters(), max_size=200),  # every code point, surrogates included
    st.lists(st.one_of(st.sampled_from(TRIGGERS), st.text(st.characters(), max_size=6)), max_size=40).map("".join),
)


def assert_spans(text: str, findings) -> None:
    for f in findings:
        assert isinstance(f.start, int) and isinstance(f.end, int), f
        assert 0 <= f.start <= f.end <= len(text), (f, len(text))
        assert text[f.start:f.end] == f.excerpt, (f, text[f.start:f.end])
        assert f.severity in SEVERITY_RANK and f.severity != "none", f
        assert f.code and f.message, f


@FUZZ
@given(any_text)
def test_check_never_raises_and_spans_are_exact(text):
    assert_spans(text, check(text))


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(delmaal_strategy())
def test_check_delmaal_never_raises_and_field_spans_are_exact(d):
    fields = {path: text for path, _title, text in text_fields(d)}
    for f in check_delmaal(d):
        if f.field in fields:
            assert_spans(fields[f.field], [f])
        else:  # a whole-delmål rule about a field: empty span (findings.py)
            assert f.start == f.end == 0 and f.excerpt == "", f


# A 1 MB text checked whole (findings to its end, every span exact) is checked through the command line:
# tests/test_cli_badinput.py, test_one_megabyte_single_wording_is_checked_whole.


@FEW
@given(delmaal_strategy())
def test_load_of_save_is_identity(tmp_path_factory, d):
    p = tmp_path_factory.mktemp("rt") / "x.delmaal.json"
    save_delmaal(p, d)
    assert load_delmaal(p) == d
    save_delmaal(p, d)  # saving over it (with backup) changes nothing either
    assert load_delmaal(p) == d


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=5),
    max_leaves=20,
)
KEYS = ["schema_version", "title", "wording", "language", "start_date", "end_date", "indicators", "methods",
        "levels", "level", "start_level", "name", "collaboration", "created_at", "theme", "code", "id"]
delmaal_like = st.dictionaries(
    st.sampled_from(KEYS) | st.text(max_size=8),
    json_values | st.sampled_from([1, 0, 2, -1, "da", "xx-YY-ZZ", "2026-13-45", "2026-02-29", [], {}]),
    max_size=8,
).map(lambda d: {"schema_version": 1, **d} if len(d) % 2 else d)


@FUZZ
@given(st.one_of(json_values, delmaal_like))
def test_any_json_gives_delmaal_or_danish_storage_error(data):
    try:
        delmaal_from_data(data, "filen")
    except StorageError as exc:
        assert str(exc).strip()


@FEW
@given(st.binary(max_size=300) | any_text.map(lambda s: s.encode("utf-8", "surrogatepass")))
def test_any_bytes_as_file_give_text_or_danish_storage_error(tmp_path_factory, raw):
    folder = tmp_path_factory.mktemp("bytes")
    p = folder / "x.delmaal.json"
    p.write_bytes(raw)
    try:
        read_text_file(p)
    except StorageError:
        pass
    try:
        load_delmaal(p)
    except StorageError:
        pass
    # the same bytes as a draft: either read, or moved aside and reported -- never an exception, never lost
    store = DraftStore(folder)
    d = folder / "k.draft.json"
    d.write_bytes(raw)
    store.list()
    remaining = [q for q in folder.iterdir() if q.name.startswith("k.draft.json")]
    assert len(remaining) == 1 and remaining[0].read_bytes() == raw


@FUZZ
@given(st.lists(st.sampled_from(TRIGGERS), min_size=1, max_size=12).map("".join))
def test_findings_as_json_keep_the_check_contract(text):
    """Every finding, dumped and read back, has the contract's fields (docs/CHECKS.md): a known code and
    severity, a span of the text that the excerpt is, a Danish message; nothing is lost in the round trip."""
    from delmaal_assistant.core.model.codes import code_table

    findings = check(text)
    back = json.loads(json.dumps([f.to_json() for f in findings], ensure_ascii=False))
    assert back == [f.to_json() for f in findings]
    known = set(code_table())
    for f in back:
        assert {"code", "severity", "start", "end", "excerpt", "message"} <= set(f)
        assert f["code"] in known and f["severity"] in SEVERITY_RANK
        assert isinstance(f["start"], int) and 0 <= f["start"] <= f["end"] <= len(text)
        assert f["excerpt"] == text[f["start"]:f["end"]]
        assert f["message"].strip()


def test_a_known_wording_gives_the_findings_the_contract_shows():
    text = "At borgeren ikke ryger på værelset."
    (f,) = [f for f in check(text) if f.code == "avoidance"]
    out = json.loads(json.dumps(f.to_json(), ensure_ascii=False))
    assert (out["code"], out["severity"], out["start"], out["end"], out["excerpt"]) == (
        "avoidance", "warning", 12, 16, "ikke")
