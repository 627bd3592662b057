"""The prompts data and the interview core (no UI)."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from delmaal_assistant.checker.findings import CORE_CODES, Finding
from delmaal_assistant.core.interview import (
    AnswerError,
    PromptError,
    followup_for,
    get_field,
    load_prompts,
    next_step,
    parse_date,
    suggested_dates,
)
from delmaal_assistant.core.interview.answers import apply_answer, current_answer
from delmaal_assistant.core.dates import DateError
from delmaal_assistant.core.model import Delmaal, validate_language_tag
from delmaal_assistant.core.resources import prompts_dir

# the codes contract, in the repository (docs/CHECKS.md)
CHECKS_MD = Path(__file__).resolve().parents[1] / "docs" / "CHECKS.md"
TEMPLATE_ORDER = [
    "title", "wording", "purpose", "measurement", "handleplan_goal", "theme", "goal_type", "methods",
    "indsats.actions", "indsats.when_resident_wants_otherwise", "collaboration.resident_attitude",
    "collaboration.resident_own_words", "collaboration.agreement", "collaboration.guardian_involved",
    "collaboration.professional_justification", "external_actors", "indicators.start_level",
    "indicators.levels", "documentation.what", "start_date", "crime_prevention",
]


def test_every_prompts_file_loads_with_a_valid_lang_tag():
    import tomllib

    files = sorted(prompts_dir("da").glob("*.toml"))
    assert {f.name for f in files} >= {"steps.toml", "followups.toml", "smart.toml"}
    for f in files:
        data = tomllib.loads(f.read_text(encoding="utf-8"))
        assert validate_language_tag(data["lang"]) == "da", f
    p = load_prompts("da")
    assert p.lang == "da"
    assert len(p.smart_questions) == 8


def test_steps_follow_the_template_order_and_fields_exist():
    p = load_prompts()
    fields = [f for s in p.steps for f in s.fields]
    positions = [fields.index(f) for f in TEMPLATE_ORDER]
    assert positions == sorted(positions)
    d = Delmaal()
    for s in p.steps:
        assert s.question and s.meeting and s.help, s.id
        for f in s.fields:
            get_field(d, f)
    assert [s.id for s in p.steps if s.kind == "indicator"] == [f"indicator_{n}" for n in range(5)]


def test_meeting_questions_are_short_and_du_form():
    for s in load_prompts().steps:
        if s.id in ("justification",):
            continue
        assert re.search(r"\b(du|dig|din|dit|dine)\b", s.meeting, re.I), s.id
        sentences = [x for x in re.split(r"[.?!]\s*", s.meeting) if x.strip()]
        assert max(len(x.split()) for x in sentences) <= 16, s.id


def _core_codes_from_checks_md() -> list[str]:
    text = CHECKS_MD.read_text(encoding="utf-8")  # in the repository: never skipped
    core = text.split("## The six core codes", 1)[1].split("## Further", 1)[0]
    return re.findall(r"^\| `([a-z-]+)` \|", core, re.M)


def test_every_core_code_has_a_followup():
    p = load_prompts()
    codes = _core_codes_from_checks_md()
    assert set(codes) >= set(CORE_CODES)
    for code in list(codes) + ["passive-voice", "long-sentence", "personal-data"]:
        assert code in p.followups, code
    assert p.followups["avoidance"].question == "Hvad skal beboeren gøre i stedet?"
    assert p.followups["missing-timeframe"].question == "Hvornår skal delmålet være nået?"
    assert p.followups["vague-verb"].question == "Hvad vil man kunne se beboeren gøre?"
    assert p.followups["staff-perspective"].question == "Hvad gør beboeren selv?"


def test_checker_question_wins_over_data():
    p = load_prompts()
    f = Finding("avoidance", "warning", 0, 4, "ikke", "Lang besked", question="Hvad gør han så?")
    assert followup_for(p, f) == (p.followups["avoidance"].explain, "Hvad gør han så?")
    g = Finding("new-code", "warning", 0, 0, "", "")
    assert followup_for(p, g) == (p.default_followup.explain, p.default_followup.question)
    h = Finding("new-code", "warning", 0, 0, "", "Checkerens forklaring")
    assert followup_for(p, h) == ("Checkerens forklaring", p.default_followup.question)


@pytest.mark.parametrize("broken, message", [
    ('lang = "da"\n[[step]\n', "beskadiget"),
    ('lang = "xx-not-a-tag-!!"\n', "lang"),
    ('[[step]]\nid="a"\n', "lang"),
])
def test_broken_prompts_give_a_danish_error(tmp_path, broken, message):
    src = prompts_dir("da")
    for name in ("followups.toml", "smart.toml"):
        (tmp_path / name).write_text((src / name).read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "steps.toml").write_text(broken, encoding="utf-8")
    with pytest.raises(PromptError, match=message) as exc:
        load_prompts(folder=tmp_path)
    assert "steps.toml" in str(exc.value)


def test_unknown_field_in_prompts_is_rejected(tmp_path):
    src = prompts_dir("da")
    for name in ("followups.toml", "smart.toml"):
        (tmp_path / name).write_text((src / name).read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "steps.toml").write_text(
        'lang = "da"\n[[step]]\nid = "x"\nkind = "text"\ntitle = "X"\nfields = ["nope"]\n'
        'question = "?"\nmeeting = "?"\nhelp = "h"\n', encoding="utf-8")
    with pytest.raises(PromptError, match="findes ikke i delmålsmodellen"):
        load_prompts(folder=tmp_path)


def test_justification_only_asked_without_attitude():
    p = load_prompts()
    d = Delmaal()
    assert next_step(p, "guardian", d).id == "justification"
    d.collaboration.resident_attitude = "Glad for det"
    assert next_step(p, "guardian", d).id == "external_actors"
    assert next_step(p, "flags", d) is None


@pytest.mark.parametrize("text, expected", [
    ("01-03-2027", date(2027, 3, 1)), ("1.3.2027", date(2027, 3, 1)), ("01/03/2027", date(2027, 3, 1)),
    ("2027-03-01", date(2027, 3, 1)), ("", None),
])
def test_parse_date(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize("bad", ["31-02-2027", "hej med dig", "2027/13/01", "03-2027"])
def test_bad_dates_give_danish_errors(bad):
    with pytest.raises(DateError, match="dato"):
        parse_date(bad)
    step = next(s for s in load_prompts().steps if s.kind == "dates")
    with pytest.raises(AnswerError, match="dato"):  # the same, as an answer to the dates step
        apply_answer(step, Delmaal(), {"start": bad})


def test_suggested_dates_are_about_three_months():
    assert suggested_dates(date(2026, 11, 30)) == (date(2026, 11, 30), date(2027, 2, 28), date(2027, 2, 28))


def test_apply_answer_round_trips_every_kind():
    p = load_prompts()
    d = Delmaal()
    answers = {
        "title": {"text": "T"},
        "theme": {"code": next(t.code for t in __import__("delmaal_assistant.core.model.ffb", fromlist=["x"]).themes())},
        "goal_type": {"code": __import__("delmaal_assistant.core.model.ffb", fromlist=["x"]).goal_types()[0].code},
        "methods": {"methods": [{"name": "MI", "kind": "metode", "description": "ugentligt"},
                                {"name": "", "kind": "metode", "description": ""}]},
        "guardian": {"involved": True, "how": "telefon"},
        "external_actors": {"text": "Kometen – praktik\nSagsbehandler: orienteres"},
        "levels": {"start": 3, "end": 2},
        "indicator_2": {"what_we_see": "ser", "how_we_support": "støtter"},
        "documentation": {"what": "a", "who": "b", "how_often": "c"},
        "dates": {"start": "01-12-2026", "end": "28-02-2027", "evaluation": "2027-02-28"},
        "flags": {"crime_prevention": True, "employment": False},
    }
    for sid, answer in answers.items():
        apply_answer(p.step(sid), d, answer)
    assert d.methods[0].name == "MI" and len(d.methods) == 1
    assert [(a.name, a.how) for a in d.external_actors] == [("Kometen", "praktik"), ("Sagsbehandler", "orienteres")]
    assert d.indicators.levels[2].what_we_see == "ser"
    assert d.end_date == date(2027, 2, 28) and d.crime_prevention
    assert current_answer(p.step("dates"), d)["start"] == "01-12-2026"
    assert current_answer(p.step("external_actors"), d)["text"] == "Kometen – praktik\nSagsbehandler – orienteres"
    with pytest.raises(AnswerError, match="før startdatoen"):
        apply_answer(p.step("dates"), d, {"start": "01-03-2027", "end": "01-01-2027"})
    apply_answer(p.step("dates"), d, {"start": "x", "end": "y"}, lenient=True)  # typing: no error


def test_field_titles_for_finding_paths():
    from delmaal_assistant.core.interview import field_title

    p = load_prompts()
    assert field_title(p, "collaboration.resident_attitude") == "Beboerens holdning"
    assert field_title(p, "methods[1].description") == "Metode (2)"
    assert field_title(p, "indicators.levels[2].what_we_see") == "Hvad gør beboeren / hvad ser vi (niveau 2)"
    assert field_title(p, "start_date") == "Startdato"
    assert field_title(p, "documentation") == "Dokumentation"
    assert field_title(p, "nonsense") == "nonsense"


def test_end_date_suggestion_uses_the_date_in_the_wording():
    from delmaal_assistant.core.interview import last_date_in_text

    assert last_date_in_text("At beboeren vasker tøj hver onsdag frem til 1. marts 2027.") == date(2027, 3, 1)
    assert last_date_in_text("i perioden 01-12-2026 til 28-02-2027") == date(2027, 2, 28)
    assert last_date_in_text("hver onsdag kl. 16") is None
    today = date(2026, 11, 22)
    assert suggested_dates(today, "frem til 1. marts 2027")[1] == date(2027, 3, 1)
    assert suggested_dates(today, "frem til 1. marts 2030")[1] == date(2027, 2, 22)  # too far: ignore


def test_a_period_in_the_wording_gives_both_dates():
    today = date(2026, 9, 15)
    period = "At beboeren vasker tøj hver onsdag fra 1. oktober til 31. december 2026."
    assert suggested_dates(today, period) == (date(2026, 10, 1), date(2026, 12, 31), date(2026, 12, 31))
    # the start may lie before today (a period already begun); its year comes from the end date
    assert suggested_dates(date(2026, 12, 6), period)[:2] == (date(2026, 10, 1), date(2026, 12, 31))
    assert suggested_dates(today, "i perioden 01-10-2026 til 28-02-2027")[:2] == (date(2026, 10, 1), date(2027, 2, 28))
    # must pass: one date is still only the end date; dates out of order are not a period
    assert suggested_dates(today, "frem til 1. marts 2027")[:2] == (today, date(2027, 3, 1))
    assert suggested_dates(today, "senest 31. december 2026, startet 1. oktober 2025")[0] == today


def _step(p, step_id):
    return next(s for s in p.steps if s.id == step_id)


