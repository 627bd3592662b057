"""An outside actor's label said as a subject (b44 after: «Palliativt team (…) inddrages …», «Ældrepsykiatrisk team /
psykiater ser på …» – a bare label pasted in as the subject): an adjective the analyser does not know but that is
regular («…isk», «…ivt») before a place or team noun gets the definite form («Det palliative team»); a service of
two words and a person's role after a slash is the role from the service («En psykiater (Ældrepsykiatrisk team)»).
Our own examples; both paths (the team noun's gender is the analyser's or the lists')."""

from __future__ import annotations

import pytest

from sample_delmaal import easy_of_example


@pytest.mark.parametrize("name, how, said", [
    ("Palliativt team (Hospice-udeteamet)", "Kommer på besøg i foråret.",
     "Det palliative team (Hospice-udeteamet) kommer på besøg i foråret."),
    ("Socialpsykiatrisk team", "Kommer hver anden uge.", "Det socialpsykiatriske team kommer hver anden uge."),
])
def test_an_adjective_team_is_said_with_its_article(tmp_path, analyser, name, how, said):
    text, left = easy_of_example(tmp_path, name="Kim", actors=[{"name": name, "how": how}])
    assert said in text or how in left, (text, left)
    assert f"\n{name.split(' (')[0]} " not in text, text  # never the bare label first on a line


def test_a_two_word_service_and_a_role_after_a_slash_is_the_role(tmp_path):
    from delmaal_assistant.core.outputs.easyread import _slash_role

    assert _slash_role("Ældrepsykiatrisk team / psykiater") == "Psykiater (Ældrepsykiatrisk team)"
    assert _slash_role("Ergoterapeut/fysioterapeut") == "Ergoterapeut/fysioterapeut"  # two people, as written
