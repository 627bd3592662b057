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


# issue 28: terminal_safe and export_safe return a text with none of the characters their substitutions act on at
# once, after one search (the audit cleans ~20 strings per row). The full substitutions, as they were, for reference:
def _full_terminal_safe(text):
    import re

    from delmaal_assistant.core.sanitize import _BIDI, _CONTROL, _ESC_SEQ

    if not text:
        return text
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _ESC_SEQ.sub("", text)
    text = _CONTROL.sub("", text)
    return _BIDI.sub(lambda m: BIDI[m.group(0)], text)


def _full_export_safe(text, show_bidi=True):
    from delmaal_assistant.core.sanitize import _BIDI, _NOT_XML

    if not text:
        return text
    if not show_bidi:
        text = _BIDI.sub("", text)
    return _NOT_XML.sub("", _full_terminal_safe(text))


_ANY_PIECE = st.sampled_from([chr(c) for c in range(0xA0)] + [*BIDI, "\ud800", "\udfff", "\ufffe", "\uffff", "æ",
                                                                "\u2000", "\u202f", "\u0600", "\U0001f600"])


@settings(max_examples=400, deadline=None)
@given(st.lists(st.text(max_size=4) | _ANY_PIECE | _PIECES, max_size=20).map("".join))
def test_the_quick_return_gives_what_the_full_substitutions_give(text):
    from delmaal_assistant.core.sanitize import export_safe

    assert terminal_safe(text) == _full_terminal_safe(text)
    assert export_safe(text) == _full_export_safe(text)
    assert export_safe(text, show_bidi=False) == _full_export_safe(text, show_bidi=False)
