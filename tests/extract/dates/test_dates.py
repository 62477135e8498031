from datetime import date

import pytest

from wirecoder.extract.dates import find_dates, resolve_date
from wirecoder.model import Precision

SUNDAY = date(2024, 6, 16)  # the seed's publication date


def _resolved(expression, published=SUNDAY):
    when = resolve_date(expression, published)
    return None if when is None else (when.date, when.precision)


@pytest.mark.parametrize(
    "expression,expected",
    [
        # the same weekday as the publication date is that day, not a week back
        ("on Sunday", (date(2024, 6, 16), Precision.DAY)),
        ("Sunday", (date(2024, 6, 16), Precision.DAY)),
        ("last Sunday", (date(2024, 6, 9), Precision.DAY)),
        ("early Saturday", (date(2024, 6, 15), Precision.DAY)),
        ("late Friday", (date(2024, 6, 14), Precision.DAY)),
        ("overnight on Saturday", (date(2024, 6, 15), Precision.DAY)),
        ("early on Friday", (date(2024, 6, 14), Precision.DAY)),
        ("Friday evening", (date(2024, 6, 14), Precision.DAY)),
        ("in the early hours of Monday", (date(2024, 6, 10), Precision.DAY)),
        ("Monday's", (date(2024, 6, 10), Precision.DAY)),
        ("yesterday", (date(2024, 6, 15), Precision.DAY)),
        ("three days ago", (date(2024, 6, 13), Precision.DAY)),
        ("March 22", (date(2024, 3, 22), Precision.DAY)),
        ("on March 22", (date(2024, 3, 22), Precision.DAY)),
        ("22 March", (date(2024, 3, 22), Precision.DAY)),
        ("Friday, March 22", (date(2024, 3, 22), Precision.DAY)),
        # a month-day after the publication date is last year's
        ("July 4", (date(2023, 7, 4), Precision.DAY)),
        ("December 31", (date(2023, 12, 31), Precision.DAY)),
        ("May 24", (date(2024, 5, 24), Precision.DAY)),
        ("March 22, 2019", (date(2019, 3, 22), Precision.DAY)),
        ("2024-06-01", (date(2024, 6, 1), Precision.DAY)),
        ("last week", (date(2024, 6, 3), Precision.WEEK)),
        ("earlier this week", (date(2024, 6, 10), Precision.WEEK)),
        ("in March", (date(2024, 3, 1), Precision.MONTH)),
        ("in August", (date(2023, 8, 1), Precision.MONTH)),
        ("mid-March", (date(2024, 3, 1), Precision.MONTH)),
        ("last month", (date(2024, 5, 1), Precision.MONTH)),
        ("March 2019", (date(2019, 3, 1), Precision.MONTH)),
        ("in 2004", (date(2004, 1, 1), Precision.YEAR)),
        ("since 2004", (date(2004, 1, 1), Precision.YEAR)),
        ("last year", (date(2023, 1, 1), Precision.YEAR)),
    ],
)
def test_resolve_relative_to_publication(expression, expected):
    assert _resolved(expression) == expected


@pytest.mark.parametrize(
    "expression",
    ["nearly three months", "for the first time", "three years", "less than a week", "30-hour",
     "the 1990s", "since then", "between 19 and 31", "the 78th minute", "", "   "],
)
def test_durations_and_vague_phrases_are_not_dates(expression):
    assert resolve_date(expression, SUNDAY) is None


def test_weekday_follows_the_publication_weekday():
    # published on a Wednesday: "Tuesday" is the day before, "Thursday" six days before
    wednesday = date(2025, 3, 5)
    assert _resolved("on Tuesday", wednesday) == (date(2025, 3, 4), Precision.DAY)
    assert _resolved("Thursday", wednesday) == (date(2025, 2, 27), Precision.DAY)


def test_without_publication_date_only_absolute_dates():
    assert resolve_date("on Sunday", None) is None
    assert resolve_date("March 22", None) is None
    assert resolve_date("yesterday", None) is None
    assert resolve_date("in March", None) is None
    assert _resolved("March 22, 2024", None) == (date(2024, 3, 22), Precision.DAY)
    assert _resolved("in 2004", None) == (date(2004, 1, 1), Precision.YEAR)


def test_muc_datelines_with_two_digit_years():
    assert _resolved("10 JAN 90", None) == (date(1990, 1, 10), Precision.DAY)
    assert _resolved("10 JAN 90", date(1990, 1, 12)) == (date(1990, 1, 10), Precision.DAY)
    assert _resolved("25 MAY 89", date(1990, 1, 12)) == (date(1989, 5, 25), Precision.DAY)
    # a two-digit year is never put after the publication year
    assert _resolved("3 FEB 24", date(2024, 6, 16)) == (date(2024, 2, 3), Precision.DAY)


def test_text_is_kept_as_written():
    assert resolve_date("Early Saturday", SUNDAY).text == "Early Saturday"


def test_slow_path_for_numeric_dates():
    assert _resolved("5/6/2024", SUNDAY)[0].year == 2024





def _dates(nlp, text, published=SUNDAY):
    return [(d.span.text, d.date, d.precision) for d in find_dates(nlp(text), published)]


@pytest.mark.model
def test_find_dates_in_the_seed_sentences(nlp):
    text = (
        "Later, the Interfax news agency reported that the hostage-takers were killed when special "
        "forces stormed the facility on Sunday. It was on March 22 that gunmen opened fire inside the "
        "\"Crocus City Hall\" near Moscow, the highest death toll in an attack on Russian soil since 2004."
    )
    assert _dates(nlp, text) == [
        ("on Sunday", date(2024, 6, 16), Precision.DAY),
        ("on March 22", date(2024, 3, 22), Precision.DAY),
        ("since 2004", date(2004, 1, 1), Precision.YEAR),
    ]


@pytest.mark.model
def test_find_dates_skips_durations_and_keeps_spans(nlp):
    text = "After nearly three months in hiding, the suspect was arrested early Saturday in Lagos."
    doc = nlp(text)
    found = find_dates(doc, SUNDAY)
    assert [(d.span.text, d.date) for d in found] == [("early Saturday", date(2024, 6, 15))]
    span = found[0].span
    assert text[span.start:span.end] == span.text


@pytest.mark.model
def test_find_dates_on_a_sentence_span_gives_doc_offsets(nlp):
    doc = nlp("Police said nothing. Gunmen stormed the Hayat Hotel in Mogadishu on Friday evening.")
    second = list(doc.sents)[1]
    (when,) = find_dates(second, date(2022, 8, 21))
    assert when.date == date(2022, 8, 19)
    assert doc.text[when.span.start:when.span.end] == when.span.text == "on Friday evening"


@pytest.mark.model
def test_find_dates_possessive_and_relative_weeks(nlp):
    published = date(2025, 6, 26)  # a Thursday
    text = "The death toll from Monday's twin bombings in Maiduguri rose to 32 last week, officials said."
    found = _dates(nlp, text, published)
    assert ("Monday", date(2025, 6, 23), Precision.DAY) in found
    assert ("last week", date(2025, 6, 16), Precision.WEEK) in found


@pytest.mark.model
def test_find_dates_without_publication_date(nlp):
    text = "SAN SALVADOR, 10 JAN 90 -- Guerrillas attacked a police post on Sunday."
    found = _dates(nlp, text, None)
    assert found == [("10 JAN 90", date(1990, 1, 10), Precision.DAY)]


@pytest.mark.model
def test_the_datelines_date_dates_nothing_told(nlp):
    text = "SAN SALVADOR, 10 JAN 90 -- Guerrillas attacked a police post on Sunday."
    assert _dates(nlp, text, date(1990, 1, 10)) == [("on Sunday", date(1990, 1, 7), Precision.DAY)]
    # a date further on is the text's even when it is the day of publication
    later = "LIMA, 10 JAN 90 (EFE) -- [TEXT] The judge was shot dead on 10 January in his office."
    assert [d for d, _, _ in _dates(nlp, later, date(1990, 1, 10))] == ["on 10 January"]


@pytest.mark.model
def test_military_time_and_far_future_years_are_not_dates(nlp):
    published = date(1989, 11, 13)
    doc = nlp("Radio coverage began at 2005 GMT on 12 November; the leader was shot at 1500 (2000 GMT) today.")
    assert [(w.date, w.span.text) for w in find_dates(doc, published)] == [
        (date(1989, 11, 12), "on 12 November"), (date(1989, 11, 13), "today")]
    assert find_dates(nlp("The plan runs until 2005."), published) == []


# --------------------------------------------------------------------------- times of day and old years


@pytest.mark.parametrize(
    "expression",
    ["shortly before 7 pm", "at around 11:30pm local time", "at 1810 (2210 GMT)", "2210 GMT",
     "at 7:30 a.m.", "at midnight", "just after 23:15"],
)
def test_a_time_of_day_alone_is_the_publication_day(expression):
    assert _resolved(expression) == (SUNDAY, Precision.DAY)
    assert resolve_date(expression, None) is None


def test_a_time_of_day_beside_a_day_is_that_day():
    assert _resolved("Friday at 7 pm") == (date(2024, 6, 14), Precision.DAY)
    assert _resolved("late Thursday night") == (date(2024, 6, 13), Precision.DAY)
    assert _resolved("on 27 August at 1800", date(1989, 8, 28)) == (date(1989, 8, 27), Precision.DAY)


@pytest.mark.model
def test_a_clock_time_is_never_a_year(nlp):
    published = date(1989, 3, 21)
    doc = nlp("Army sappers defused the bomb planted outside the ministry at 1810 (2210 GMT).")
    assert _dates(nlp, doc.text, published) == [("at 1810 (2210 GMT)", published, Precision.DAY)]
    assert _dates(nlp, "The fire broke out after the explosions at\n1830, police said.", published) == [
        ("at\n1830", published, Precision.DAY)]
    assert _dates(nlp, "The bomb went off at the office at No. 1810 on Main Street.", published) == []
    # without a publication date a clock time dates nothing, and is still no year
    assert _dates(nlp, "Troops defused the bomb at 1810 (2210 GMT).", None) == []


@pytest.mark.model
def test_a_house_number_before_a_street_is_no_year(nlp):
    published = date(2009, 3, 20)
    assert _dates(nlp, "Jane Doe, 19, of 1935 Orchard St., was arrested at the house.", published) == []
    assert _dates(nlp, "Police were called to 2517 Memphis Street after the shooting.", published) == []
    # a year before a capitalised word that names no street stays a year
    assert [d[1].year for d in _dates(nlp, "The plant opened in 1998 Reuters reported.", published)] == [1998]


@pytest.mark.model
def test_times_of_day_resolve_with_the_publication_date(nlp):
    assert _dates(nlp, "A car bomb exploded late Thursday outside the ministry.") == [
        ("late Thursday", date(2024, 6, 13), Precision.DAY)]
    assert _dates(nlp, "The blast hit the market at around 11:30pm local time, police said.") == [
        ("at around 11:30pm local time", SUNDAY, Precision.DAY)]
    assert _dates(nlp, "Gunmen opened fire on worshippers shortly before 7 pm.") == [
        ("shortly before 7 pm", SUNDAY, Precision.DAY)]


@pytest.mark.model
def test_a_day_in_the_sentence_wins_over_its_time_of_day(nlp):
    found = _dates(nlp, "Gunmen opened fire shortly before 7 pm on Friday, killing four.")
    assert found == [("on Friday", date(2024, 6, 14), Precision.DAY)]
    # the date in parentheses is the GMT one; the local day is the sentence's
    published = date(1989, 10, 18)
    found = _dates(nlp, "He was shot as he arrived home on 17 October at 1950 (0050 GMT 18 October).", published)
    assert found == [("on 17 October", date(1989, 10, 17), Precision.DAY)]


@pytest.mark.model
def test_years_back_only_when_the_text_writes_the_year_or_counts_back_to_it(nlp):
    published = date(1989, 12, 10)
    assert _dates(nlp, "Rebels burned the same town ten years ago.", published) == [
        ("ten years ago", date(1979, 1, 1), Precision.YEAR)]
    assert _dates(nlp, "The rebels were founded during the 1960's in the mountains.", published) == []
    assert _dates(nlp, "Travellers said that on 23 September\n28 bodies were found.", date(1988, 9, 25)) == [
        ("on 23 September", date(1988, 9, 23), Precision.DAY)]
    assert _dates(nlp, "Rebels attacked the town on March 3, 1988, killing five.", published) == [
        ("on March 3, 1988", date(1988, 3, 3), Precision.DAY)]
    assert _dates(nlp, "The party that bombed the bridge in 1985 denied it.", published) == [
        ("in 1985", date(1985, 1, 1), Precision.YEAR)]
    # "last year" runs to 31 December: not more than a year back
    assert _dates(nlp, "The same group attacked the base last year.", published) == [
        ("last year", date(1988, 1, 1), Precision.YEAR)]


@pytest.mark.model
def test_the_last_year_is_a_stretch_of_time_not_a_date(nlp):
    published = date(1989, 9, 22)
    assert _dates(nlp, "The officers staged two failed coups in the last year and a half.", published) == []
    assert _dates(nlp, "Bombings have doubled over the last month, the police said.", published) == []
    assert _dates(nlp, "Rebels blew up a pylon last month.", published) == [("last month", date(1989, 8, 1), Precision.MONTH)]


@pytest.mark.model
def test_a_march_is_no_month(nlp):
    doc = nlp("Thousands of people joined a march against the new law on Saturday.")
    assert [w.text for w in find_dates(doc, date(2024, 6, 10))] == ["on Saturday"]
    assert [w.date for w in find_dates(nlp("The talks resumed in March."), date(2024, 6, 10))] == [date(2024, 3, 1)]


@pytest.mark.parametrize(
    "expression,expected",
    [
        # "last" and "this" are part of these dates: a modifier before them leaves them whole
        ("late last year", (date(2023, 1, 1), Precision.YEAR)),
        ("since last year", (date(2023, 1, 1), Precision.YEAR)),
        ("early last month", (date(2024, 5, 1), Precision.MONTH)),
        ("early this week", (date(2024, 6, 10), Precision.WEEK)),
        ("early this morning", (SUNDAY, Precision.DAY)),
    ],
)
def test_a_modifier_before_a_relative_date_keeps_it(expression, expected):
    assert _resolved(expression) == expected


@pytest.mark.model
def test_a_relative_date_is_found_with_the_word_before_it(nlp):
    published = date(1990, 1, 25)
    # "since" stays in the expression, which is how the event extractor knows a period starts there
    assert _dates(nlp, "Since last year the rebels have blown up the pipeline 30 times.", published) == [
        ("Since last year", date(1989, 1, 1), Precision.YEAR)]
    assert _dates(nlp, "The settlers came back to the valley late last year.", published) == [
        ("late last year", date(1989, 1, 1), Precision.YEAR)]
