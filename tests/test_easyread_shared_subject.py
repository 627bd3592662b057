"""A delmål sentence left out as «det er uklart, hvem «sit» hører til» where a human reader sees only the resident
(b34–b42, dev data), with our own examples, both ways, with and without the analyser:
- a verb joined by «og» with no subject of its own shares the resident's: «… sammen med en medarbejder og skriver
  selv tallet ind i sit skema» → «dit skema»; «og når toget til sit arbejde» («når» with no verb after it is nå);
- not when another person may be that verb's subject («når Lis kommer og tager sin taske»), nor a thing's own
  («når bussen kommer og holder ved sit stoppested»);
- «og den 2. juni selv går ind …» (a date before the verb in subordinate order) → «og går den 2. juni selv ind …»."""

from __future__ import annotations

from sample_delmaal import easy_of_example

_PERIOD = ", fra 1. februar til 30. april 2027."


def _wording(tmp_path, text):
    said, left = easy_of_example(tmp_path, wording=text)
    return said.split("Det vil du gøre\n", 1)[1].split("\n", 1)[0], left


def test_a_verb_after_og_shares_the_residents_reflexive(tmp_path, analyser):
    said, left = _wording(tmp_path, "At Bo måler sit blodtryk hver fredag kl. 9 sammen med en medarbejder og selv "
                                    "skriver tallet ind i sit skema" + _PERIOD)
    assert said == ("Du måler dit blodtryk hver fredag kl. 9 sammen med en af os og skriver selv tallet ind i dit "
                    "skema, fra 1. februar til 30. april 2027."), (said, left)


def test_naar_with_no_verb_after_it_is_the_verb(tmp_path, analyser):
    said, left = _wording(tmp_path, "At Bo står op kl. 6.30 på sine hverdage og når toget kl. 7.15 til sit arbejde"
                                    + _PERIOD)
    assert said == ("Du står op kl. 6.30 på dine hverdage og når toget kl. 7.15 til dit arbejde, fra 1. februar til "
                    "30. april 2027."), (said, left)


def test_another_persons_clause_keeps_its_reflexive_out(tmp_path, analyser):
    said, left = _wording(tmp_path, "At Bo går ned i hallen når Lis kommer og tager sin taske" + _PERIOD)
    assert "din taske" not in said, said


def test_a_things_own_clause_is_not_the_residents(tmp_path, analyser):
    said, left = _wording(tmp_path, "At Bo står klar når bussen kommer og holder ved sit stoppested" + _PERIOD)
    assert "dit stoppested" not in said, said


def test_a_date_before_the_verb_goes_after_it(tmp_path, analyser):
    said, left = _wording(tmp_path, "At Bo øver sig på turen tre gange med en medarbejder og den 2. marts 2027 selv "
                                    "går hen til tandlægen" + _PERIOD)
    assert "og går den 2. marts 2027 selv hen til tandlægen" in said, (said, left)
