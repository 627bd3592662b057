"""The language tags answered without langcodes (issue 28: start-up) are exactly what langcodes answers, and a
fresh start of the assistant's core does not import langcodes when every data file says "da"."""

from __future__ import annotations

import subprocess
import sys

import langcodes
import pytest

from delmaal_assistant.core.langtag import NORMAL_TAGS, validate_language_tag


@pytest.mark.parametrize("tag", sorted(NORMAL_TAGS))
def test_each_fast_tag_is_valid_and_already_normal_for_langcodes(tag):
    assert langcodes.tag_is_valid(tag)
    assert langcodes.standardize_tag(tag) == tag
    assert validate_language_tag(f"  {tag} ") == tag


@pytest.mark.parametrize("tag,want", [("DA", "da"), ("da_dk", "da-DK"), ("dan", "da")])
def test_other_tags_still_go_through_langcodes(tag, want):
    assert validate_language_tag(tag) == want


@pytest.mark.parametrize("bad", ["", "   ", "xx-yy-zz-!!", "dansk"])
def test_bad_tags_are_refused_in_danish(bad):
    with pytest.raises(ValueError, match="sprogkode"):
        validate_language_tag(bad)


def test_loading_the_shipped_data_files_does_not_import_langcodes():
    code = ("import sys\n"
            "from delmaal_assistant.core.model.fields import registry\n"
            "from delmaal_assistant.core.interview import loader\n"
            "registry()\n"
            "print('langcodes' in sys.modules)\n")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr[-1500:]
    assert r.stdout.strip() == "False"
