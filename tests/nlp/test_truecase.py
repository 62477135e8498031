"""Truecasing keeps every offset and restores the capitals English puts in."""

from hypothesis import given, settings
from hypothesis import strategies as st

from wirecoder.nlp.truecase import truecase


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_length_is_kept_for_any_text(text):
    assert len(truecase(text)) == len(text)


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=st.sampled_from("ABCDEFGHIJKLMNOPQRSTUVWXYZ .,-()[]\"'\n0123456789İßŉ")))
def test_length_is_kept_for_wire_copy(text):
    out = truecase(text)
    assert len(out) == len(text)
    assert out.lower() == text.lower() or any(len(c.lower()) != 1 for c in text)


def test_sentence_starts_names_and_places():
    text = "LIMA, 10 JAN 90 (EFE) -- [TEXT] PRESIDENT ALAN GARCIA SAID THAT I WILL GO TO BOGOTA ON MONDAY."
    out = truecase(text)
    assert out.startswith("Lima, 10 Jan 90 (EFE) -- [Text] President Alan Garcia said that I will go to Bogota on Monday.")


def test_acronyms_stay_in_capitals():
    out = truecase("THE NATIONAL LIBERATION ARMY (ELN) AND THE FMLN ATTACKED U.S. OFFICES.")
    assert "(ELN)" in out and "FMLN" in out and "U.S." in out
    assert "National Liberation Army (ELN)" in out  # the name its acronym spells


def test_multiword_places_and_common_words():
    out = truecase("THE POLICE IN SAN SALVADOR SAID IT MAY RAIN. IT HAPPENED ON 3 MAY.")
    assert "The police in San Salvador said it may rain." in out
    assert "on 3 May." in out


def test_mixed_case_text_is_only_lowered_where_upper():
    assert len(truecase("Already Mixed Case.")) == len("Already Mixed Case.")
