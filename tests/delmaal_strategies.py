"""Hypothesis strategies for delmål (shared by the fuzz and storage tests)."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from hypothesis import strategies as st

from delmaal_assistant.core.model import (
    CodedConcept,
    Collaboration,
    Delmaal,
    DocumentationPlan,
    ExternalActor,
    IndicatorLevel,
    Indicators,
    Indsats,
    Method,
)

# Arbitrary Unicode that can be stored as UTF-8 (lone surrogates cannot; storage replaces them, see
# test_storage.test_lone_surrogates_are_replaced_not_fatal), with newlines and Danish letters favoured.
_chars = st.characters(codec="utf-8")
text = st.one_of(
    st.text(_chars, max_size=60),
    st.lists(
        st.one_of(
            st.sampled_from(["\n", "\r\n", "\t", " ", "æøå ÆØÅ", "é", "\u00a0", "\u2028", "👩‍👧", "\ufeff"]),
            st.text(_chars, max_size=12),
        ),
        max_size=8,
    ).map("".join),
)
nonempty_text = text.filter(lambda s: len(s) >= 1)

aware_datetimes = st.datetimes(
    min_value=datetime(1900, 1, 1),
    max_value=datetime(2200, 12, 31),
    timezones=st.one_of(
        st.just(timezone.utc),
        st.integers(-14 * 60, 14 * 60).map(lambda m: timezone(timedelta(minutes=m))),
    ),
)
dates = st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 12, 31))
levels = st.integers(0, 4)


@st.composite
def start_end(draw):
    a = draw(st.none() | dates)
    b = draw(st.none() | dates)
    if a and b and b < a:
        a, b = b, a
    return a, b


@st.composite
def indicators(draw):
    order = draw(st.permutations(range(5)))
    lv = [IndicatorLevel(level=i, what_we_see=draw(text), how_we_support=draw(text)) for i in order]
    return Indicators(start_level=draw(st.none() | levels), expected_end_level=draw(st.none() | levels),
                      levels=lv)


coded = st.builds(CodedConcept, code=nonempty_text, name=nonempty_text, system=nonempty_text)


@st.composite
def delmaal(draw) -> Delmaal:
    start, end = draw(start_end())
    return Delmaal(
        language=draw(st.sampled_from(["da", "da-DK", "en", "kl", "fo", "sv", "nb"])),
        id=draw(st.one_of(st.uuids().map(lambda u: u.hex), text)),
        title=draw(text),
        wording=draw(text),
        purpose=draw(text),
        measurement=draw(text),
        handleplan_goal=draw(text),
        theme=draw(st.none() | coded),
        goal_type=draw(st.none() | coded),
        methods=draw(st.lists(st.builds(Method, name=nonempty_text,
                                        kind=st.sampled_from(["metode", "tilgang", "ukendt"]),
                                        description=text), max_size=3)),
        indsats=draw(st.builds(Indsats, actions=text, when_resident_wants_otherwise=text)),
        collaboration=draw(st.builds(
            Collaboration, resident_attitude=text, resident_own_words=text, agreement=text,
            guardian_involved=st.booleans(), guardian_involvement=text, professional_justification=text)),
        external_actors=draw(st.lists(st.builds(ExternalActor, name=nonempty_text, how=text), max_size=3)),
        indicators=draw(indicators()),
        documentation=draw(st.builds(DocumentationPlan, what=text, who=text, how_often=text)),
        start_date=start,
        end_date=end,
        evaluation_date=draw(st.none() | dates),
        crime_prevention=draw(st.booleans()),
        employment=draw(st.booleans()),
        created_at=draw(aware_datetimes),
        updated_at=draw(aware_datetimes),
    )
