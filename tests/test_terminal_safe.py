"""The one terminal sanitiser (`core.sanitize.terminal_safe`), on its own: it leaves no control or bidi character
whatever pieces of escape sequences it is given, does nothing to ordinary text, and neutralises issue 8's attacks
(the assistant's screens through it: tests/test_faults.py, section 6)."""

from hypothesis import given, settings
from hypothesis import strategies as st

from delmaal_assistant.core.sanitize import BIDI, terminal_safe

_CONTROL_OR_BIDI = set(range(0x00, 0x09)) | set(range(0x0B, 0x20)) | set(range(0x7F, 0xA0)) | {ord(c) for c in BIDI}


_PIECES = st.sampled_from(["\x1b", "\x1b[", "\x1b]", "\x07", "\x9b", "\x9d", "\x9c", "\x1b\\", "\r", "0;", "2J",
                           "52;c;", "?25l", *BIDI])


@settings(max_examples=150, deadline=None)
@given(st.lists(st.text(max_size=5) | _PIECES, max_size=30).map("".join))
def test_terminal_safe_leaves_no_control_or_bidi_character(text):
    safe = terminal_safe(text)
    assert not any(ord(c) in _CONTROL_OR_BIDI for c in safe)
    assert terminal_safe(safe) == safe  # idempotent: nothing left to act on


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cc", "Cf", "Cs"))))
def test_terminal_safe_keeps_ordinary_text(text):
    assert terminal_safe(text) == text


def test_terminal_safe_neutralises_the_attacks():
    out = terminal_safe("a\x1b]0;PWNED\x07b\x1b[2Jc\x1b]52;c;SGVq\x07d\u202ee\r\nf")
    assert out == "abcd[RLO]e\nf"
