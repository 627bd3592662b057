"""Every text meant for the resident in meeting mode is easy to read (LIX ≤ 30) and free of staff jargon:
step questions (`meeting`), notes and labels (`meeting_note`, `meeting_labels`), the plain indicator levels,
the resident versions of finding explanations, and the easy-read templates."""

import re
import tomllib

import pytest

from delmaal_assistant.core.outputs.easyread import lix
from delmaal_assistant.core.interview import PromptError, load_prompts
from delmaal_assistant.core.interview.loader import conversation
from delmaal_assistant.core.interview.meeting import meeting_level, resident_followup
from delmaal_assistant.core.resources import lexicon_dir, prompts_dir

#: words a resident with a cognitive disability should not meet (staff terms, template terms, English codes)
JARGON = ["smart", "smort", "indsats", "tilgang", "metode", "indikator", "støttebehov", "faglig", "faglige",
          "dokumentation", "dokumentere", "formål", "handleplan", "kriterium", "kriterier", "evaluering",
          "evaluere", "målbar", "konkret", "observerbar", "passiv", "beboeren", "borgeren", "funktionsevne",
          "pædagogisk", "kvalificere", "relevant", "realistisk", "opnåeligt", "specifik", "§",
          # KL's FFB labels (the theme list): the resident sees plain words for them
          "varetage", "ffb", "egenomsorg", "samfundsliv", "kropsstilling"]


def meeting_texts() -> list[tuple[str, str]]:
    p = load_prompts()
    out = []
    for s in p.steps:
        out.append((f"steps.toml {s.id}.meeting", s.meeting))
        if s.meeting_note:
            out.append((f"steps.toml {s.id}.meeting_note", s.meeting_note))
        for k, v in s.meeting_labels:
            out.append((f"steps.toml {s.id}.meeting_labels.{k}", v))
    for lvl in range(5):
        out.append((f"steps.toml meeting_levels.{lvl}", meeting_level(p, lvl)))
    for code in sorted(p.followups):
        e, q = resident_followup(p, type("F", (), {"code": code})())
        out += [(f"followups.toml {code}.resident_explain", e), (f"followups.toml {code}.resident_question", q)]
    for code, r in sorted(p.resident_followups.items()):
        out += [(f"followups.toml resident.{code}.explain", r.explain),
                (f"followups.toml resident.{code}.question", r.question)]
    d = p.default_followup
    out += [("followups.toml default.resident_explain", d.resident_explain),
            ("followups.toml default.resident_question", d.resident_question)]
    talk = conversation()
    for k, v in talk.resident.items():  # the session's own words to the resident (conversation.toml)
        out.append((f"conversation.toml resident.{k}", v.format(proposal="Du vasker tøj hver onsdag.")))
    with open(prompts_dir("da") / "easyread.toml", "rb") as fh:
        easy = tomllib.load(fh)
    for table in ("sections", "texts", "levels"):
        for k, v in easy[table].items():
            out.append((f"easyread.toml {table}.{k}", v.format(date="1. marts 2027", name="Kometen",
                                                               how="ringer til dig.", help="lidt hjælp",
                                                               text="Du vasker tøj.", span="3 måneder",
                                                               days="mandag", times="kl. 8", answer="ja",
                                                               means="tegn")))
    return out


TEXTS = meeting_texts()


@pytest.mark.parametrize("where,text", TEXTS, ids=[w for w, _ in TEXTS])
def test_meeting_text_is_easy_and_free_of_jargon(where, text):
    assert text.strip(), where
    names = re.findall(r"[\wæøå§]+", text)
    if len(names) <= 5 and not re.search(r"[.?!]", text):
        # a choice's name ("Arbejde", "Skole og uddannelse"): LIX is for sentences (one 7-letter word is LIX 101);
        # a name is short and its words everyday words of everyday length
        assert max(len(w) for w in names) <= 11, f"{where}: langt ord: {text}"
    else:
        assert lix(text) <= 30, f"{where}: LIX {lix(text):.0f}: {text}"
    words = set(re.findall(r"[\wæøå§]+", text.lower())) | ({"§"} if "§" in text else set())
    found = [j for j in JARGON if j in words]
    assert not found, f"{where}: fagord {found}: {text}"


def test_every_finding_code_has_a_resident_version():
    from delmaal_assistant.core.model.codes import code_names

    p = load_prompts()
    for code in set(code_names()) | all_codes():
        fu = p.followups.get(code)
        assert (fu and fu.resident_explain) or code in p.resident_followups, code


def all_codes() -> set[str]:
    """Every finding code the checker can report: the field registry's checks and the whole-delmål checks."""
    fields = tomllib.loads((prompts_dir("da") / "fields.toml").read_text(encoding="utf-8"))
    codes = {c for g in fields.get("groups", {}).values() for c in g}
    for f in fields.get("field", []):
        codes |= {c for c in f.get("checks", []) if not c.startswith("@")}
    with open(lexicon_dir("da") / "whole.toml", "rb") as fh:
        codes |= {k for k, v in tomllib.load(fh).items() if isinstance(v, dict)}
    return codes


def test_every_code_has_a_danish_name():
    from delmaal_assistant.core.model.codes import code_name, code_names

    codes = all_codes()
    assert len(codes) > 20
    for code in codes:
        assert code in code_names() and code_name(code) != code, code


def test_loader_rejects_unknown_meeting_label_keys(tmp_path):
    src = prompts_dir("da")
    for name in ("followups.toml", "smart.toml"):
        (tmp_path / name).write_text((src / name).read_text(encoding="utf-8"), encoding="utf-8")
    steps = (src / "steps.toml").read_text(encoding="utf-8")
    (tmp_path / "steps.toml").write_text(
        steps.replace('meeting_labels = { name = ', 'meeting_labels = { navn = '),
        encoding="utf-8")
    with pytest.raises(PromptError, match="ukendte nøgler i 'meeting_labels': navn"):
        load_prompts(folder=tmp_path)
    (tmp_path / "steps.toml").write_text(steps.replace('4 = "Vi hjælper dig med det hele."', ""), encoding="utf-8")
    with pytest.raises(PromptError, match="niveau 4 mangler"):
        load_prompts(folder=tmp_path)
    fu = (src / "followups.toml").read_text(encoding="utf-8")
    (tmp_path / "steps.toml").write_text(steps, encoding="utf-8")
    (tmp_path / "followups.toml").write_text(
        fu.replace('resident_question = "Hvad vil du gøre i stedet?"\n', ""), encoding="utf-8")
    with pytest.raises(PromptError, match="skal stå sammen"):
        load_prompts(folder=tmp_path)


def test_resident_followup_never_uses_staff_text():
    p = load_prompts()
    e, q = resident_followup(p, type("F", (), {"code": "avoidance"})())
    assert "SMORT" not in e and "beboeren" not in e and q == "Hvad vil du gøre i stedet?"
    e, q = resident_followup(p, type("F", (), {"code": "unknown-code"})())
    assert (e, q) == (p.default_followup.resident_explain, p.default_followup.resident_question)


def test_codes_in_messages_get_danish_names():
    from delmaal_assistant.core.model.codes import name_codes_in

    assert name_codes_in("ikke konkret endnu (vague-verb, vague-quantifier).") == \
        "ikke konkret endnu (vagt udsagnsord, vag mængde)."
    assert name_codes_in("ingen koder her") == "ingen koder her"


from delmaal_assistant.core.interview.session import DEFAULT_KEYS  # noqa: E402

STAFF_TEXTS = sorted(conversation().staff.items())


@pytest.mark.parametrize("key,text", STAFF_TEXTS, ids=[k for k, _ in STAFF_TEXTS])
def test_conversation_staff_texts_are_plain(key, text):
    """The session's own words to staff (conversation.toml [staff]) are plain Danish too: a sentence of ten words
    or more at LIX ≤ 45 (LIX says nothing about a two-word note), and no English finding code."""
    filled = text.format(error="OSError", report="/tmp/rapport.txt", reason="Der mangler en dato.",
                         elements="en rolle", proposal="At beboeren vasker tøj.", own="Jeg vasker.", n=2, names="vagt udsagnsord",
                         title="Titel", question=3, reply="ja", date="01-03-2027", suggestion="Skriv en dato.",
                         **{f"k_{b.replace('-', '_')}": k for b, k in DEFAULT_KEYS.items()})
    if len(filled.split()) >= 10:
        assert lix(filled) <= 45, f"{key}: LIX {lix(filled):.0f}: {filled}"
    assert not re.search(r"\b[a-z]+-[a-z]+-?[a-z]*\b", filled.replace("du-form", "")), f"{key}: {filled}"
