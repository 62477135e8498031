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


def _same_length(text: str) -> str:
    out = truecase(text)
    assert len(out) == len(text)
    return out


def test_given_names_outside_the_hand_list_open_a_name():
    out = _same_length("SOLDIERS DETAINED TEODORO ANSELMO BENAVIDES QUINTANILLA, A TEACHER, ON FRIDAY.")
    assert "detained Teodoro Anselmo Benavides Quintanilla, a teacher," in out


def test_an_unlisted_surname_after_a_listed_given_name_is_capitalised():
    out = _same_length("THE BODY OF HIGINIO ZORRILLAGA WAS FOUND NEAR THE RIVER.")
    assert "The body of Higinio Zorrillaga was found near the river." in out


def test_a_given_name_before_a_common_word_stays_lower_case():
    # one word is no name: a listed given name opens a name only before another name word
    out = _same_length("WITNESSES SAID WILFREDO SAID NOTHING.")
    assert "wilfredo said nothing" in out


def test_given_names_that_are_english_words_are_names_only_inside_a_name():
    out = _same_length("POLICE QUESTIONED ANSELMO GRACE ORDONEZ. REPORTERS ASKED WHAT WILL GLORIA ORDONEZ DO.")
    assert "questioned Anselmo Grace Ordonez." in out
    assert "asked what will Gloria Ordonez do." in out
    out = _same_length("THE ARMY WILL MARK THE DAY WITH GRACE. HIS SON ANSELMO ORDONEZ SPOKE.")
    assert "The army will mark the day with grace." in out
    assert "His son Anselmo Ordonez spoke." in out


def test_a_frequent_english_word_ends_a_name():
    out = _same_length("THE HIGINIO ZORRILLAGA GOVERNMENT FELL. TEODORO QUINTANILLA DIED ON MONDAY.")
    assert "The Higinio Zorrillaga government fell." in out
    assert "Teodoro Quintanilla died on Monday." in out


def test_a_verb_before_a_surname_is_not_read_as_a_given_name():
    out = _same_length("HE SAID SALAZAR HAD LEFT THE CAPITAL.")
    assert out.startswith("He said Salazar had left")


def test_a_capitalised_listed_name_carries_on_into_listed_surnames_only():
    out = _same_length("JUDGE AVILA QUINTANILLA SPOKE. THE AVILA NEWSPAPER REPORTED IT.")
    assert "Avila Quintanilla spoke." in out
    assert "The Avila newspaper reported it." in out


def test_a_name_stops_at_punctuation():
    out = _same_length("THEY SHOT TEODORO BENAVIDES, ZORRILLAGA TOLD REPORTERS.")
    assert "shot Teodoro Benavides, zorrillaga told" in out


def test_a_multi_word_name_is_matched_only_from_a_word_that_opens_one():
    from wirecoder.nlp.truecase import _multi_name_openers

    assert {"san", "los"} <= _multi_name_openers()
    assert "police" not in _multi_name_openers()
    out = truecase("THE MAYOR OF LOS ANGELES FLEW TO SAN SALVADOR ON TUESDAY.")
    assert out == "The mayor of Los Angeles flew to San Salvador on Tuesday."


def test_wire_copy_in_any_script_is_lowered_letter_by_letter():
    from wirecoder.nlp.truecase import _lowered

    assert _lowered("POLICE SAID") == list("police said")
    # non-ASCII letters lower one by one, never by context (a final sigma) nor into two letters
    assert _lowered("ΟΔΟΣ İZMIR") == ["ο", "δ", "ο", "σ", " ", "İ", "z", "m", "i", "r"]
