"""Issue 24 (i44L): a verbless staff note about the resident's day with nothing uncertain in it is said as a LIST
LINE under its section («– Fodbad 10 minutter»), never as a sentence with a full stop, never glued into one, never
with a subject the delmål does not give – in the indsats (after «Sådan hjælper vi dig:») and in plan B (after «Så
gør vi sådan:»). Staff-only notes, conditions, rules, persons, verbs of staff's and steps that count from a note left
out are left out as before. Rendered in the plain text (a dash line), Word (a «List Bullet» paragraph), read aloud
(the item alone with a full stop, no dash). Our own invented examples, with and without the analyser."""

from __future__ import annotations

import io

import pytest

from delmaal_assistant.core.outputs.easylist import LIST_MARK, is_list_line, item, spoken
from delmaal_assistant.core.outputs.easyread import build, speech_text
from sample_delmaal import full_delmaal

WORDING = "At Asger selv vasker sit ansigt hver morgen."
LEAD_HELP = "Sådan hjælper vi dig:"
LEAD_OTHERWISE = "Så gør vi sådan:"


def _d(actions=None, otherwise=None):
    d = full_delmaal(wording=WORDING)
    if actions is not None:
        d.indsats.actions = actions
    if otherwise is not None:
        d.indsats.when_resident_wants_otherwise = otherwise
    return d


def _section(e, key_heading: str) -> list[str]:
    return next((body.split("\n") for h, body in e.sections if h == key_heading), [])


HELP = "Hvem er med dig"
OTHERWISE = "Hvis du ikke kan eller ikke har lyst"


def _left(e) -> list[str]:
    return [x for _, x, _ in e.left_out]


# ---- 1. said as a list line, both paths


@pytest.mark.parametrize("note, line", [
    ("Kl. 19 aftenkaffe i stuen.", "Kl. 19 aftenkaffe i stuen"),
    ("Tur i haven hver fredag kl. 14", "Tur i haven hver fredag kl. 14"),
    ("Kørestol ind til vasken", "Kørestol ind til vasken"),
    ("Musik fra højttaleren (lav).", "Musik fra højttaleren (lav)"),
    ("Onsdag 15 min kortspil med din kontaktperson", "Onsdag 15 minutter kortspil med din kontaktperson"),
    ("Lørdag aften sms fra en af os.", "Lørdag aften sms fra en af os"),
    ("Ind i bilen med rampen", "Ind i bilen med rampen"),
    ("Kl. 8 havregrød eller yoghurt", "Kl. 8 havregrød eller yoghurt"),
])
def test_a_verbless_step_is_said_as_a_list_line(analyser, note, line):
    e = build(_d(actions=f"Vi går med dig ud på badeværelset.\n{note}"))
    said = _section(e, HELP)
    assert LIST_MARK + line in said, said
    assert said.index(LEAD_HELP) == said.index(LIST_MARK + line) - 1, said  # the lead-in right before the list
    assert not any(line in x for x in _left(e)), e.left_out
    assert not any(x.startswith(LIST_MARK) and x.endswith(".") for x in said), said  # never a full stop


def test_minutes_and_a_label_with_the_analyser(analyser):
    if not analyser:
        pytest.skip("a compound noun first («Fodbad») is known as a noun only by the analyser")
    e = build(_d(actions="Vi går med dig ud på badeværelset.\nFodbad 10 min.\nEfter badet: creme på ryggen"))
    said = _section(e, HELP)
    assert LIST_MARK + "Fodbad 10 minutter" in said, said
    assert LIST_MARK + "Efter badet: creme på ryggen" in said, said
    assert said.count(LEAD_HELP) == 1, said  # consecutive notes are one list


def test_a_step_in_plan_b_has_its_own_lead_in(analyser):
    e = build(_d(otherwise="Vi spørger igen om en time.\nKaffe i haven i stedet"))
    said = _section(e, OTHERWISE)
    if LIST_MARK + "Kaffe i haven i stedet" in said:
        assert said[said.index(LIST_MARK + "Kaffe i haven i stedet") - 1] == LEAD_OTHERWISE, said
    else:  # (without the analyser «kaffe» may be unknown: then it is left out, never said as a sentence)
        assert not any("Kaffe i haven" in x for x in said), said


def test_no_list_line_no_lead_in(analyser):
    e = build(_d(actions="Vi går med dig ud på badeværelset."))
    assert LEAD_HELP not in _section(e, HELP)


# ---- 2. left out as before, both paths


@pytest.mark.parametrize("note, gone", [
    ("Obs. tør hud.", "tør hud"),           # a staff mark
    ("Obs:", "Obs"),                        # a bare label
    ("Ved behov.", "Ved behov"),            # a condition without content
    ("Hjælp ved behov.", "ved behov"),
    ("Ingen kaffe efter kl. 20.", "Ingen kaffe"),  # a rule: who says it is not certain
    ("Ellers næste onsdag.", "næste onsdag"),  # an alternative to what is not said
    ("Evalueres i marts.", "Evalueres"),    # staff's record
    ("Dokumenteres i journalen.", "Dokumenteres"),
    ("Kaffe med Bo i stuen", "Bo"),  # a person the line cannot place
    ("Aftenvagt: kaffe kl. 20", "kaffe kl. 20"),   # a staff role as the label
    ("Synge hele tiden", "Synge"),          # staff's infinitive
    ("Vask dig med kluden", "Vask dig"),    # an imperative with its object
    ("Måske tur i haven", "tur i haven"),   # a doubt
    ("Tur i haven, evt. kaffe", "evt"),
    ("Kun te efter kl. 20.", "Kun te"),
    ("Vand → ben → krop", "ben"),           # staff's arrows
    ("Skema kl. 20", "Skema"),              # a record
    ("Hver dag kl. 20", "kl. 20"),          # a time with no step
    ("Tid: 20 min", "20 min"),
    ("Onsdag sms 'god morgen'", "god morgen"),  # someone's words in quotes
    ("Kaffe med sygeplejerske", "Kaffe"),   # a bare role: who it is is not said
    ("Uge 2 du alene i køkkenet", "alene i køkkenet"),  # a subject without its verb (elliptical)
    ("Kl. 8 kaffe, du og en af os", "kaffe, du"),
    # a person with the verb left out (b44's reader: a staff note); «med din kontaktperson» stays a step
    ("Besøgsdag: bus kl. 9, din kontaktperson med, kaffe i kantinen", "din kontaktperson med"),
])
def test_a_staff_note_is_never_a_list_line(analyser, note, gone):
    e = build(_d(actions=f"Vi går med dig ud på badeværelset.\n{note}"))
    said = [x for _, body in e.sections for x in body.split("\n")]
    assert not any(gone.lower() in x.lower() for x in said), said
    assert LEAD_HELP not in said, said


@pytest.mark.parametrize("actions", [
    "Vi går med dig ud på badeværelset.\nObs. tør hud.\nCreme på armene bagefter",
    "Vi går med dig ud på badeværelset.\nEvalueres i marts.\nCreme på armene bagefter",
    "Creme på armene bagefter",  # (first in its field: after nothing)
    "Vi går med dig ud på badeværelset.\nEvalueres i marts.\nCreme i stuen efter med musik",
    "Vi går med dig ud på badeværelset.\nEvalueres i marts.\nEfter det creme på armene",
])
def test_a_step_after_a_note_left_out_is_not_said(analyser, actions):
    # «… bagefter» counts from the note before it: left out when that note is
    e = build(_d(actions=actions))
    said = _section(e, HELP)
    assert not any("Creme" in x for x in said), said


def test_a_step_after_a_step_said_is_said(analyser):
    e = build(_d(actions="Vi går med dig ud på badeværelset.\nKørestol ind til vasken\nMusik fra højttaleren bagefter"))
    assert LIST_MARK + "Musik fra højttaleren bagefter" in _section(e, HELP), _section(e, HELP)


def test_not_in_the_wording_the_measurement_or_an_actors_how(analyser):
    from delmaal_assistant.core.model import ExternalActor

    d = _d(actions="Vi går med dig ud på badeværelset.")
    d.measurement = "Tur i haven hver fredag kl. 14"
    d.external_actors = [ExternalActor(name="Fysioterapeuten", how="Tur i haven hver fredag kl. 14")]
    e = build(d)
    assert not any(is_list_line(x) for _, body in e.sections for x in body.split("\n")), e.sections


# ---- 3. rendering


def test_text_word_and_speech(analyser, tmp_path):
    from docx import Document

    from delmaal_assistant.core.outputs.export_formats import renderer

    d = _d(actions="Vi går med dig ud på badeværelset.\nKørestol ind til vasken\nMusik fra højttaleren (lav)\n"
                   "Vi tørrer dig med det varme håndklæde.")
    e = build(d)
    text = e.render()
    assert "\nSådan hjælper vi dig:\n– Kørestol ind til vasken\n– Musik fra højttaleren (lav)\n" in text, text
    assert "Af de" in e.counts_note() and "2 linjer i en liste" in e.counts_note(), e.counts_note()
    # Word: a bullet paragraph of the list style, its dash not typed
    doc = Document(io.BytesIO(renderer("docx")(d, None, None)))
    bullets = [p.text for p in doc.paragraphs if p.style.name == "List Bullet"]
    assert bullets == ["Kørestol ind til vasken", "Musik fra højttaleren (lav)"], bullets
    assert not any(p.text.startswith("– K") for p in doc.paragraphs), [p.text for p in doc.paragraphs]
    # read aloud: each item alone, with a full stop for the pause, no dash
    spoken_text = speech_text(d)
    assert "\nKørestol ind til vasken.\nMusik fra højttaleren (lav).\n" in spoken_text, spoken_text
    assert "–" not in spoken_text.split("Sådan hjælper vi dig:", 1)[1].split("Hvis du ikke", 1)[0]


def test_the_list_helpers():
    assert is_list_line("– Fodbad") and is_list_line("- Fodbad") and is_list_line("• Fodbad")
    assert not is_list_line("Fodbad.") and not is_list_line("–") and not is_list_line("Du er – som altid – glad.")
    assert item("– Fodbad 10 minutter") == "Fodbad 10 minutter"
    assert spoken("Sådan hjælper vi dig:\n– Fodbad\n– Kaffe.") == "Sådan hjælper vi dig:\nFodbad.\nKaffe."


def test_an_approved_text_with_staffs_dash_lines_is_a_word_list(tmp_path):
    from datetime import date

    from docx import Document

    from delmaal_assistant.core.outputs.easyread import approve
    from delmaal_assistant.core.outputs.export_formats import renderer

    d = _d(actions="Vi går med dig ud på badeværelset.")
    approve(d, "Dit delmål: Tøjvask\n\nHvem er med dig\nVi går med dig.\n- Fodbad\n- Kaffe bagefter\n", date(2026, 12, 7))
    doc = Document(io.BytesIO(renderer("docx")(d, None, None)))
    assert [p.text for p in doc.paragraphs if p.style.name == "List Bullet"] == ["Fodbad", "Kaffe bagefter"]
