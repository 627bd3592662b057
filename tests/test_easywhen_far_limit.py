"""Issue 24: «Hvor tit» never says a clock time alone when the wording puts a limit word before it further away than
the line carries over («inden bussen til skolen kl. 7.45»: «Det er kl. 7.45.» would put the action at 7.45) – the
days are said without the time; a near limit is carried whole, a plain time is said. Invented wordings."""

from __future__ import annotations

import pytest

from delmaal_assistant.core.outputs.easywhen import frequency


@pytest.mark.parametrize("wording, expect", [
    ("At Bo går i bad mandag og torsdag inden bussen til skolen kl. 7.45, frem til 1. april 2027",
     "Hver mandag og torsdag."),
    ("At Bo går i bad mandag inden bussen kl. 7.45", "Hver mandag. Det er inden bussen kl. 7.45."),
    ("At Bo går tur mandag kl. 10 og fredag kl. 14", "Hver mandag kl. 10 og hver fredag kl. 14."),
    # a time after «og» is a time of its own, not the limit's («efter frokost og kl. 19»)
    ("At Bo går tur mandag efter frokost og kl. 19", "Hver mandag efter frokost. Det er kl. 19."),
])
def test_a_far_limit_keeps_the_time_out(wording, expect):
    assert frequency(wording) == expect
