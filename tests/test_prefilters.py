"""Issue 28: the cheap tests that let the checker skip work must be exact – a text they skip is one where the full
test could find nothing. Each pre-filter is held to the tests it stands in front of."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from delmaal_assistant.checker.extras import CPR_RE, NUMBER_HINT_RE, PHONE_GROUPED_RE, PHONE_PLAIN_RE

# digit runs of the lengths the patterns are made of (pairs, fours, six, eight, ten)
_DIGITS = st.sampled_from([1, 2, 2, 2, 3, 4, 4, 6, 8, 10]).flatmap(
    lambda n: st.text(alphabet="0123456789", min_size=n, max_size=n))
# texts of digits and the characters the three number patterns look at (separators, "+45", dates, clock times)
_NUMBERISH = st.lists(st.one_of(_DIGITS, _DIGITS,
                                st.sampled_from([" ", "-", ".", "/", ":", ",", "+45", "+45 ", "kl. ", "tlf. ", "a"])),
                      max_size=12).map("".join)


@settings(max_examples=3000, deadline=None)
@given(_NUMBERISH)
def test_the_number_hint_is_in_every_text_a_cpr_or_phone_number_is_found_in(text):
    found = any(r.search(text) for r in (CPR_RE, PHONE_GROUPED_RE, PHONE_PLAIN_RE))
    assert not found or NUMBER_HINT_RE.search(text)


def test_the_number_hint_on_invented_examples():
    # each kind of number the personal-data rule reports: the hint is there
    for text in ("cpr 010203-1234", "0102031234", "ring 12 34 56 78", "tlf. 12-34-56-78", "tlf. 1234 5678",
                 "tlf. 12345678", "+45 12 34 56 78"):
        assert NUMBER_HINT_RE.search(text), text
    # dates, years, clock times and short counts: none (the three patterns are not searched)
    for text in ("Talt igennem 01.03.2026 (notat 1234).", "i 2026 og 2027", "kl. 13.45-14.30", "uge 12, 3 gange",
                 "1/3-2027 til 30/4-2027"):
        assert not NUMBER_HINT_RE.search(text), text
        assert not any(r.search(text) for r in (CPR_RE, PHONE_GROUPED_RE, PHONE_PLAIN_RE)), text
