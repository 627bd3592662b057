"""'Dit delmål' (issue 24, round b36): a when-line keeps every clock time or is left out; a staff instruction after
a condition about the resident is never said to «du»; staff of another organisation are never «en af os».
Own examples, with and without the optional Danish analyser."""

from __future__ import annotations

import re

import pytest

from delmaal_assistant.core.outputs.duform import Resident
from delmaal_assistant.core.outputs.easyread import _duform
from delmaal_assistant.core.outputs.easytemplates import templates
from delmaal_assistant.core.outputs.easywhen import _frequency_checked



def _say(text: str):
    left: list = []
    out = _duform(text, "Indsats", Resident(("Ole",), "han"), left, "da")
    return out, left


# ---- 1. «Hvor tit» carries every clock time of a list, or is left out


@pytest.mark.parametrize("wording", [
    "Ole tager sin medicin 2 gange om dagen (kl. 8.00 og 20.00).",
    "Ole går en tur 3 gange om dagen, kl. 10, 13.30 og 16.",
    "Ole ringer til sin datter hver dag kl. 17 eller 18.30.",
])
def test_when_line_that_would_keep_only_the_first_time_is_left_out(analyser, wording):
    left: list = []
    assert _frequency_checked(wording, templates(), left, "Hvor tit") is None
    assert left and "klokkeslættet" in left[0][2]


@pytest.mark.parametrize("wording, said", [
    ("Ole går i svømmehallen hver onsdag kl. 18.", "Hver onsdag kl. 18."),
    ("Ole spiser morgenmad hver dag kl. 8.30.", "kl. 8.30."),
])
def test_when_line_with_one_time_is_still_said(analyser, wording, said):
    out = _frequency_checked(wording, templates(), [], "Hvor tit")
    assert out and said in out


# ---- 2. a staff instruction after a condition about the resident


@pytest.mark.parametrize("text", [
    "Vil Ole ikke: giv ham lidt tid og spørg igen efter frokost.",
    "Siger Ole nej, vent ti minutter og prøv igen.",
])
def test_staff_imperative_after_condition_is_left_out(analyser, text):
    out, left = _say(text)
    assert "Vil du ikke: giv" not in out and "Siger du nej, vent" not in out
    assert not out.strip()
    assert any("besked til personalet" in why for _, _, why in left)


@pytest.mark.parametrize("text, must", [
    ("Vil Ole ikke, tilbyder vi at gå med ham.", "tilbyder vi"),
    ("Siger Ole nej, spørger vi igen næste dag.", "spørger vi igen"),
    ("Er Ole syg, venter træningen til næste uge.", "venter træningen"),
    ("Kan Ole ikke komme afsted: ring til træneren sammen.", "ring til træneren sammen"),
    ("Vil Ole ikke, springes turen over den dag.", "springes turen over"),
    ("Kommer Ole ikke kl 9 ringer vi én gang, ikke mere.", "ringer vi én gang, ikke mere"),
])
def test_condition_with_a_sentence_for_us_stays_said(analyser, text, must):
    out, _left = _say(text)
    assert must in out and out.startswith(("Vil du ikke", "Siger du nej", "Er du syg", "Kan du ikke", "Vil du ikke", "Kommer du ikke"))


def test_sentence_after_a_staff_instruction_left_out_stays_said(analyser):
    out, _left = _say("Vil Ole ikke: giv ham et glas vand. Er Ole træt, spørger vi igen om en time.")
    assert out == "Er du træt, spørger vi igen om en time."


# ---- 3. staff of another organisation are not «en af os»


@pytest.mark.parametrize("text", [
    "Pædagogen fra værkstedet viser Ole, hvor han skal sætte sin cykel.",
    "Pæd. fra aktivitetscentret ringer til Ole om fredagen.",
])
def test_staff_of_another_place_never_en_af_os(analyser, text):
    out, left = _say(text)
    assert "af os fra" not in out and "af os på" not in out
    # (i37D: said as theirs – «Pædagogen fra værkstedet viser dig …» – or left out with the reason)
    assert re.search(r"Pædagogen fra (?:værkstedet|aktivitetscentret) (?:viser|ringer til) dig", out) or any(
        why for _, _, why in left)


def test_our_staff_still_en_af_os(analyser):
    out, _left = _say("Pædagogen går med Ole ned til bussen.")
    assert "af os" in out
