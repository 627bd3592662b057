"""The interview session (core, no UI): what the assistant says about each answer, and that it agrees with
`delmaal check` on the saved file."""

from __future__ import annotations

import json
from datetime import date

import pytest

from delmaal_assistant.checker import get_checker
from delmaal_assistant.cli import main
from delmaal_assistant.core.files.drafts import Draft
from delmaal_assistant.core.interview.session import CheckRun, InterviewSession, run_checks
from delmaal_assistant.core.files.storage import save_delmaal

from sample_delmaal import good_delmaal

TODAY = date(2026, 11, 27)


def _session(d=None) -> InterviewSession:
    draft = Draft(delmaal=d) if d is not None else Draft()
    return InterviewSession(draft, today=TODAY)


def _at(s: InterviewSession, step_id: str) -> None:
    s.enter(s.prompts.step(step_id), ask=False)


def _send(s: InterviewSession, answer: dict, checker=None):
    assert s.submit(answer) is None
    return s.feedback(run_checks(checker or get_checker(), s.snapshot()))


def test_a_good_answer_is_praised_with_what_its_field_holds():
    s = _session(good_delmaal())
    _at(s, "wording")
    fb = _send(s, {"text": s.d.wording})
    assert fb.praise and fb.advance and fb.findings == []
    assert s.draft.conversation[-1].text.startswith("Godt")


def test_no_praise_for_a_wording_without_positive_evidence():
    s = _session()
    _at(s, "wording")
    fb = _send(s, {"text": "At beboeren støvsuger sit værelse frem til 1. marts 2027."})
    assert not fb.praise and not fb.advance and fb.pending
    assert "hvor ofte" in s.draft.conversation[-2].text.lower()


def test_a_failing_checker_is_never_praise():
    class Broken:
        def check_delmaal(self, d):
            raise RuntimeError("lemma cache broken")

    s = _session(good_delmaal())
    _at(s, "wording")
    fb = _send(s, {"text": s.d.wording}, checker=Broken())
    said = "\n".join(e.text for e in s.draft.conversation)
    assert not fb.ok and not fb.praise and not fb.advance
    assert "kunne ikke tjekkes" in said and "Godt" not in said
    assert {i.status for i in s.smart()[:2]} == {"unknown"}


def test_a_checker_that_never_started_is_not_all_clear():
    run = run_checks(None, good_delmaal(), unavailable="Sprogtjekket kunne ikke starte: x.")
    assert run == CheckRun((), False, "Sprogtjekket kunne ikke starte: x.")


def test_generic_indicator_text_is_objected_to_on_its_step():
    s = _session(good_delmaal())
    _at(s, "indicator_0")
    fb = _send(s, {"what_we_see": "Ingen hjælp", "how_we_support": "Vi spørger"})
    assert [f.code for f in fb.findings] == ["generic-indicator"] and not fb.advance
    assert fb.focus == "indicators.levels[0].what_we_see"


def test_unrealistic_levels_are_objected_to_on_the_levels_step():
    s = _session(good_delmaal())
    _at(s, "levels")
    fb = _send(s, {"start": 4, "end": 0})
    assert "unrealistic-indicator" in [f.code for f in fb.findings] and not fb.advance


def test_trailing_newlines_are_not_stored():
    s = _session()
    _at(s, "purpose")
    s.submit({"text": "TH kan selv finde vej til Netto.\n\n"})
    assert s.d.purpose == "TH kan selv finde vej til Netto."


def test_confirmation_is_a_persons_act_and_follows_the_wording():
    s = _session(good_delmaal())
    assert s.smart()[2].status == "ask"
    note = s.toggle_confirmation(3)
    assert "bekræftet" in note and s.smart()[2].status == "met"
    s.keep_typed(None)
    _at(s, "wording")
    s.keep_typed({"text": "At TH selv handler ind i Fakta hver fredag frem til 4. marts 2027."})
    assert s.smart()[2].status == "ask" and s.d.smart_confirmations == []


@pytest.mark.parametrize("step_id, answer", [
    ("wording", {"text": "At TH bliver bedre til at handle ind."}),
    ("purpose", {"text": "Personalet hjælper ham."}),
    ("indsats", {"text": "Personalet hjælper ham."}),
    ("when_otherwise", {"text": "Så prøver vi igen en anden dag."}),
    ("measurement", {"text": "Det vurderes løbende."}),
    ("indicator_2", {"what_we_see": "Har et moderat støttebehov", "how_we_support": "Vi hjælper"}),
    ("documentation", {"what": "Sensum", "who": "Personalet", "how_often": "løbende"}),
])
def test_the_interview_and_check_on_the_saved_file_agree(tmp_path, capsys, step_id, answer):
    """For the same answer, the findings the interview shows on a step are exactly the findings that
    `delmaal check FILE.delmaal.json` puts on that step's fields."""
    s = _session(good_delmaal())
    _at(s, step_id)
    fb = _send(s, answer)
    path = tmp_path / "x.delmaal.json"
    save_delmaal(path, s.d)
    assert main(["check", "--format", "json", "--fail-level", "none", str(path)]) == 0
    results = json.loads(capsys.readouterr().out)["results"]
    from_check = sorted((r["field"], f["code"], f["start"]) for r in results for f in r["findings"]
                        if s.step.owns(r.get("field")))
    from_interview = sorted((f.field, f.code, f.start) for f in fb.findings)
    assert from_interview == from_check


def test_dates_as_danes_write_them_and_an_end_date_that_disagrees_with_the_wording():
    s = _session(good_delmaal())
    s.d.wording = "At TH selv handler ind i Netto hver torsdag indtil 1. marts."
    _at(s, "dates")
    fb = _send(s, {"start": "3.12.26", "end": "27/2-2027", "evaluation": "1. februar 2027"})
    assert (s.d.start_date, s.d.end_date, s.d.evaluation_date) == (date(2026, 12, 3), date(2027, 2, 27),
                                                                   date(2027, 2, 1))
    assert [f.code for f in fb.findings] == ["end-date-disagrees"] and not fb.advance
    assert "01-03-2027" in fb.findings[0].message and fb.focus == "end_date"
    fb = _send(s, {"start": "3.12.26", "end": "1. marts 2027", "evaluation": "1. februar 2027"})
    assert fb.findings == [] and fb.advance


def test_a_good_delmaal_walked_step_by_step_draws_no_objection_and_earned_praise():
    """Every step answered with the good delmål's own answers: the assistant moves on every time, praises only
    judged fields, and the SMART panel ends with every question met that evidence can meet."""
    from delmaal_assistant.core.interview.answers import current_answer

    good = good_delmaal()
    s = _session(good_delmaal())
    step, _ = s.first_step()
    praised = []
    while step is not None:
        s.enter(step, ask=False)
        fb = _send(s, current_answer(step, good))
        assert fb.advance and not fb.pending, (step.id, [f.code for f in fb.findings], fb.messages)
        if fb.praise:
            praised.append(step.id)
        step = s.next()
    assert {"wording", "purpose", "measurement", "indsats", "when_otherwise", "attitude", "documentation"} <= set(praised)
    assert "title" not in praised and "own_words" not in praised  # no judge there: no "Godt"
    status = {i.number: i.status for i in s.smart()}
    assert status == {1: "met", 2: "met", 3: "ask", 4: "met", 5: "met", 6: "ask", 7: "met", 8: "met"}


@pytest.mark.parametrize("step_id, answer, code", [
    ("indsats", {"text": "Personalet hjælper ham."}, "weak-indsats"),
    ("when_otherwise", {"text": "Så prøver vi igen en anden dag."}, "weak-when-resident-wants-otherwise"),
    ("handleplan_goal", {"text": "At PJ bliver mere selvhjulpen"}, "handleplan-goal-formaal"),
    ("purpose", {"text": "PJ skal have hjælp til at gøre rent på sit værelse, fordi det roder meget."}, "weak-purpose"),
    ("external_actors", {"text": "Jobcentret"}, "actor-without-how"),
    ("attitude", {"text": "Informeret."}, "weak-attitude"),
    ("measurement", {"text": "Det vurderes løbende i teamet."}, "weak-measurement"),
])
def test_weak_answers_from_the_issue_are_never_praised(step_id, answer, code):
    s = _session(good_delmaal())
    _at(s, step_id)
    fb = _send(s, answer)
    assert code in [f.code for f in fb.findings] and not fb.praise
    said = "\n".join(e.text for e in s.draft.conversation)
    assert "Godt" not in said


def test_going_on_anyway_with_a_box_changed_after_the_check_says_what_is_kept():
    """Ctrl+N after a check's points: «… ikke rettet» is about the checked answer; when the box was changed after
    the check (typed ahead while it ran, or edited), the kept answer is another text, and the note says so."""
    weak = "At beboeren bliver bedre til at vaske tøj"
    for typed, changed in ((weak, False), (weak + " fordi hun gerne vil have rent tøj", True)):
        s = _session()
        _at(s, "wording")
        fb = _send(s, {"text": weak})
        n = s.point_count()
        assert not fb.advance and n >= 1
        s.keep_typed({"text": typed})  # what the screen does with the box before going on (Ctrl+N)
        s.skip_note()
        last = s.draft.conversation[-1]
        assert last.role == "system"
        assert s.d.wording == typed  # what the box held is kept, never lost
        if changed:
            assert "med svaret, som det står nu" in last.text and "ikke rettet" not in last.text, last.text
        else:
            assert "ikke rettet" in last.text and "som det står nu" not in last.text, last.text
