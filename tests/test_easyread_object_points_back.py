"""«den»/«dem» as the object of a sentence's first verbs stands for a thing of the sentence before: after that
sentence was left out, the resident cannot know what it is («Din kontaktperson læser den med dig …» after the
sentence about the story was left out – a b44 reader's kind after the fixes, our own examples, both paths). After a
sentence said, it is said as before; «den» as an article («den sociale historie») is no pointer."""

from __future__ import annotations

from sample_delmaal import easy_of_example


def test_den_after_a_left_out_sentence_is_left_out_too(tmp_path, analyser):
    text, left = easy_of_example(tmp_path, name="Kim", actions=(
        "Kp. har lavet en social historie om tandlægen og SSA laminerer den. "
        "Kontaktpersonen læser den med Kim mandag og torsdag aften."))
    assert "læser den med dig" not in text, text
    assert any("læser den med" in x for x in left), left


def test_den_after_a_sentence_said_is_said(tmp_path, analyser):
    text, _left = easy_of_example(tmp_path, name="Kim", actions=(
        "Kontaktpersonen har lavet en plan for ugen. Kontaktpersonen læser den med Kim hver mandag."))
    assert "Din kontaktperson læser den med dig hver mandag." in text, text


def test_den_as_an_article_is_no_pointer():
    from delmaal_assistant.core.outputs.easyread import _object_points_back

    assert not _object_points_back("Din kontaktperson læser den sociale historie med dig.")
    assert _object_points_back("Vi hænger dem op i gangen.")
    assert _object_points_back("Din kontaktperson læser den med dig.")


def test_den_whose_thing_was_cut_as_staff_only_takes_the_sentence_with_it(tmp_path, analyser):
    """«Kp. har lavet den sociale historie og læser den med Bo»: the method term's part is cut as staff-only, and
    «den» was in it – never «Din kontaktperson læser den med dig» (b44 after, W1; our own example)."""
    text, left = easy_of_example(tmp_path, name="Kim", actions=(
        "Kp. har lavet den sociale historie og læser den med Kim mandag og torsdag aften."))
    assert "læser den med dig" not in text, text
    assert any("læser den med" in x for x in left), left
