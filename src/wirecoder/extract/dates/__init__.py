"""Dates of events: expressions as written ("on Sunday", "early Saturday", "March 22", "in 2004",
"10 JAN 90") resolved against the article's publication date into a ``When`` with a precision.

Two public functions:

* ``resolve_date(expression, published)`` turns one expression into a ``When`` (no span) or None.
  Relative expressions need ``published``; without it only absolute dates (those that carry a
  year) resolve. Durations and vague phrases ("nearly three months", "for the first time", "three
  years") are not dates and give None, never a day.
* ``find_dates(sent_or_doc, published)`` finds the expressions in parsed text (spaCy DATE/TIME
  entities plus regular patterns the statistical NER misses) and resolves them, with spans.

Conventions: a weekday means its most recent occurrence on or before the publication date (a
Sunday story's "on Sunday" is that same Sunday); "last <weekday>" is strictly before it. A
month-day later in the year than the publication date means last year. Week precision dates
are the Monday of that week, month precision the first of the month, year precision 1 January.
A time of day is never a year ("at 1810 (2210 GMT)"): alone it is the publication day, and in a
sentence that also tells a day, that day dates the sentence. ``find_dates`` gives no date more
than a year before publication unless the expression writes its year ("in 1985", "March 3, 1988"),
or counts back to it ("ten years ago", a year ten before the publication's). The date of the
text's own dateline ("LIMA, 10 JAN 90 --") is the publication's, and no date of anything told.
Common forms are resolved by regular expressions; dateparser (slow) is called only for leftover
candidates that name a month or carry a numeric date, and its answers are cached.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from functools import cache, lru_cache

from spacy.tokens import Doc, Span

from ...ingest.dateline import parse_dateline
from ...model import Precision, When
from ...model import Span as TextSpan
from ...resources.words import lexicon
from ..syntax import doc_text, ents_within, used_as_common_noun

# --------------------------------------------------------------------------- patterns

# units that count back within the day of the report: "in the past few hours" is the dateline's day
_WITHIN_A_DAY = {"hour", "minute"}


@cache
def _patterns() -> dict[str, re.Pattern]:
    lex = lexicon().dates
    month = "|".join(sorted(lex.months, key=len, reverse=True))
    weekday = "|".join(sorted(lex.weekdays, key=len, reverse=True))
    day = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
    year = r"(?P<year>\d{4}|'?\d{2})"
    numbers = "|".join(sorted((re.escape(w) for w in lex.number_words), key=len, reverse=True))
    units = "|".join(lex.units)
    within_day = "|".join(u for u, unit in lex.units.items() if unit in _WITHIN_A_DAY)
    return {
        # "march 22", "march 22nd, 2024", "mar. 22 2024"
        "month_day": re.compile(rf"^(?P<month>{month})\.? {day}(?:,? {year})?$"),
        # "22 march", "22nd of march 2024", "10 jan 90" (MUC datelines)
        "day_month": re.compile(rf"^{day}(?: of)? (?P<month>{month})\.?,?(?: {year})?$"),
        # "march 2024", "march of 2024", "march" alone
        "month_year": re.compile(rf"^(?P<month>{month})\.?(?:,? (?:of )?(?P<year>\d{{4}}))?$"),
        "year": re.compile(r"^(?P<year>1[89]\d\d|20\d\d)$"),
        "iso": re.compile(r"^(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})$"),
        "weekday": re.compile(rf"^(?P<last>last |this |past )?(?P<weekday>{weekday})\.?$"),
        # "friday, march 22": the weekday adds nothing once the month-day is known
        "weekday_prefix": re.compile(rf"^(?:{weekday})\.?,? (?=\S)"),
        "relative_unit": re.compile(r"^(?:(?:earlier|later) )?(?P<which>this|last|previous|the previous) (?P<unit>week|month|year)$"),
        "weekend": re.compile(r"^(?:(?:over|during|at) )?(?:the |this |last |past )?weekend$"),
        "ago": re.compile(rf"^(?:about |some |nearly |almost |around |more than |over )?(?P<n>\d+|{numbers}) (?P<unit>{units}) ago$"),
        # "in the past few hours", "during the last 24 hours": the stretch up to a broadcast's telling
        "last_hours": re.compile(rf"^(?:in|during|within|over) the (?:past|last) (?:(?:\d+|few|{numbers}) )?(?:{within_day})$"),
        "decade": re.compile(r"\d0'?s\b"),
    }


# Where a candidate starts or ends in running text: used by find_dates to find expressions the
# statistical NER misses and to widen an entity to the modifiers before it ("early Saturday").
@cache
def _text_patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    lex = lexicon().dates
    month = "|".join(sorted(lex.months, key=len, reverse=True))
    weekday = "|".join(sorted(lex.weekdays, key=len, reverse=True))
    long_weekday = "|".join(w for w in lex.weekdays if len(w) > 4)
    long_month = "|".join(m for m in lex.months if len(m) > 3 or m == "may")
    offsets = "|".join(sorted((re.escape(w) for w in lex.day_offsets), key=len, reverse=True))
    numbers = "|".join(sorted((re.escape(w) for w in lex.number_words), key=len, reverse=True))
    units = "|".join(lex.units)
    within_day = "|".join(u for u, unit in lex.units.items() if unit in _WITHIN_A_DAY)
    candidate = re.compile(
        rf"""\b(?:
            (?:(?:{long_weekday}),?\s+)?(?:{month})\.?\s+[0-3]?\d(?:st|nd|rd|th)?\b(?:,?\s+\d{{4}})?   # March 22(, 2024)
          | (?:(?:{long_weekday}),?\s+)?[0-3]?\d(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{month})\.?(?:,?\s+\d{{4}}|,?[ \t]+'?\d{{2}})?\b  # (Friday,) 22 March, 10 JAN 90
          | (?:last\s+|this\s+)?(?:{long_weekday})\b                                                 # Sunday, last Friday
          | (?:{offsets})\b                                                                           # yesterday
          | (?:earlier\s+|later\s+)?(?:this|last|previous)\s+(?:week|month|year)\b                    # last week
          | (?:over\s+)?the\s+weekend\b
          | (?:{numbers}|\d+)\s+(?:{units})\s+ago\b                                                   # three days ago
          | (?:in|during|within|over)\s+the\s+(?:past|last)\s+(?:(?:few|{numbers}|\d+)\s+)?(?:{within_day})\b  # in the past few hours
          | (?:in|since|until|from|by|during|of)\s+(?:(?:early|late|mid-?)\s*)?(?:(?:{long_month})\s+)?(?:19|20)\d\d\b  # in 2004
          | (?:in|since|until|during|by|from|early|late|mid-?)\s*(?:{long_month})\b                    # in March
          | \d{{4}}-\d{{2}}-\d{{2}}\b
        )""",
        re.IGNORECASE | re.VERBOSE,
    )
    # "from", "of", "by", "the" before a date more often belong to something else ("the toll from
    # Monday's bombings"), so they are not taken into the expression
    leading = "|".join(re.escape(m) for m in sorted(lex.leading_modifiers, key=len, reverse=True) if m not in lex.not_widened)
    before = re.compile(rf"(?:\b(?:{leading}|last|this)\s+)+$", re.IGNORECASE)
    trailing = "|".join(re.escape(m) for m in sorted(lex.trailing_modifiers, key=len, reverse=True))
    after = re.compile(rf"^\s+(?:{trailing})\b", re.IGNORECASE)
    del weekday
    return candidate, before, after


@cache
def _time_pattern() -> re.Pattern:
    """A time of day as wire copy writes it, with the words around it: "shortly before 7 pm",
    "at around 11:30pm local time", "2210 GMT", "at 1810 (2210 GMT)", "at midnight". A four-digit
    figure is a clock time only after "at" or before a clock word or a parenthesised time, so that
    "in 1985" and "the 1981 Chevrolet" stay years."""
    lex = lexicon().dates
    approximators = "|".join(re.escape(w) for w in sorted(lex.time_approximators, key=len, reverse=True))
    clock = "|".join(re.escape(w) for w in sorted(lex.clock_words, key=len, reverse=True))
    named = "|".join(re.escape(w) for w in lex.named_times)
    hour, minute = r"(?:[01]?\d|2[0-3])", r"[0-5]\d"
    military = rf"(?:[01]\d|2[0-3]){minute}"
    # a bare four-digit time only after "at" or an approximator with it: "at approximately 1100"
    after_at = "|".join(rf"(?<=\b{re.escape(w)}\s)" for w in sorted(lex.time_approximators) if w.split()[0] == "at")
    return re.compile(
        rf"""(?:\b(?:{approximators})\s+)*(?:
              (?<![\d:.,]){hour}(?:[:.]{minute})?\s*[ap](?:\.m\b\.?|m\b)            # 7 pm, 11:30pm, 7.30 a.m.
            | (?<![\d:.,]){hour}:{minute}(?![\d:])                                # 23:30
            | (?<![\d:.,]){military}(?=\s*(?:(?:{clock})\b|\(\s*\d))               # 2210 GMT, 1810 (2210 GMT)
            | (?:{after_at}){military}\b(?![,.]?\d)                                  # at (about) 1810
            | \bat\s+(?:{named})\b                                                  # at midnight
        )(?:\s*(?:{clock})\b)?(?:\s*\([^()]{{0,40}}\))?""",
        re.IGNORECASE | re.VERBOSE,
    )


def _is_time_of_day(expression: str) -> bool:
    """Whether an expression tells only a time of day ("at around 11:30pm local time"), no day."""
    without_time, times = _time_pattern().subn(" ", expression)
    return times > 0 and not _strip_modifiers(_normalise(without_time))[0]


# --------------------------------------------------------------------------- resolution


def _normalise(expression: str) -> str:
    text = expression.lower().replace("\u2019", "'").replace("\u2013", "-")
    text = re.sub(r"(?<!\d)'s\b", "", text)  # "monday's bombings", not "the 1960's"
    text = re.sub(r"[^\w\s'\-/.,]", " ", text)
    text = re.sub(r"\s+", " ", text).strip(" .,")
    return text


def _is_relative_form(text: str) -> bool:
    """Whether an expression is one that ``_relative`` reads whole ("last year", "this morning",
    "the weekend", "three days ago"): stripping its "last" or "this" would leave a bare unit."""
    p = _patterns()
    return text in lexicon().dates.day_offsets or any(
        p[name].match(text) for name in ("relative_unit", "weekend", "ago", "last_hours"))


def _strip_modifiers(text: str) -> tuple[str, bool]:
    """The expression without the words around a date that do not change which day it is
    ("early", "on", "overnight", "evening"); the flag says whether "last" was among them, which
    makes a weekday strictly past."""
    lex = lexicon().dates
    leading = sorted(lex.leading_modifiers, key=len, reverse=True)
    trailing = sorted(lex.trailing_modifiers, key=len, reverse=True)
    strictly_past = tuple(f"{word} " for word in lex.strictly_past)
    strict = False
    changed = True
    while changed and text:
        changed = False
        if _is_relative_form(text):
            break  # "late last year", "early this week": the "last" or "this" is part of the date
        if past := next((p for p in strictly_past if text.startswith(p)), None):
            strict, text, changed = True, text[len(past):], True
            continue
        if text.startswith("this "):
            text, changed = text[5:], True
            continue
        for mod in leading:
            if text.startswith(mod + " ") or (mod.endswith("-") and text.startswith(mod)):
                text, changed = text[len(mod):].lstrip(" "), True
                break
        if _is_relative_form(text):
            break
        for mod in trailing:
            if text.endswith(" " + mod):
                text, changed = text[: -len(mod) - 1].rstrip(), True
                break
    return text.strip(" ,"), strict


def _two_digit_year(yy: int, published: date | None) -> int:
    """A two-digit year in the century that puts it at or just before the publication year
    ("90" in a 1990 dateline is 1990, "24" in a 2024 story 2024); without a publication date
    the POSIX pivot (69-99 -> 1900s, 00-68 -> 2000s)."""
    if published is not None:
        for century in (2000, 1900, 1800):
            if century + yy <= published.year + 1:
                return century + yy
    return 1900 + yy if yy >= 69 else 2000 + yy


def _year(raw: str | None, published: date | None) -> int | None:
    if raw is None:
        return None
    raw = raw.lstrip("'")
    return int(raw) if len(raw) == 4 else _two_digit_year(int(raw), published)


def _number(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    return lexicon().dates.number_words.get(word)


def _monday(d: date) -> date:
    return d - timedelta(days=d.weekday())


def _shift_months(d: date, months: int) -> date:
    index = d.year * 12 + (d.month - 1) + months
    return date(index // 12, index % 12 + 1, 1)


def _when(d: date | None, precision: Precision, expression: str) -> When | None:
    return None if d is None else When(date=d, precision=precision, text=expression.strip())


def _month_day(month: int, day: int, year: int | None, published: date | None) -> date | None:
    try:
        if year is not None:
            return date(year, month, day)
        if published is None:
            return None
        d = date(published.year, month, day)
        return d if d <= published else date(published.year - 1, month, day)
    except ValueError:
        return None


def _relative(text: str, published: date) -> tuple[date, Precision] | None:
    """Expressions relative to the publication date that must be read before modifiers are
    stripped, since "last" is part of their meaning ("last week", "three days ago")."""
    lex = lexicon().dates
    p = _patterns()
    if text in lex.day_offsets:
        return published + timedelta(days=lex.day_offsets[text]), Precision.DAY
    if m := p["relative_unit"].match(text):
        back = 0 if m["which"] == "this" else 1
        if m["unit"] == "week":
            return _monday(published) - timedelta(weeks=back), Precision.WEEK
        if m["unit"] == "month":
            return _shift_months(published, -back), Precision.MONTH
        return date(published.year - back, 1, 1), Precision.YEAR
    if p["weekend"].match(text):
        saturday = published - timedelta(days=(published.weekday() - 5) % 7)
        if text.split()[-2:-1] == ["last"] and saturday + timedelta(days=1) >= published:
            saturday -= timedelta(weeks=1)
        return _monday(saturday), Precision.WEEK
    if p["last_hours"].match(text):
        return published, Precision.DAY
    if m := p["ago"].match(text):
        n = _number(m["n"])
        unit = lex.units[m["unit"]]
        if n is None:
            return None
        if unit in _WITHIN_A_DAY:
            # "a few minutes ago" is the bulletin's own day; a death told so dates only the death
            # (extract/article.py keeps a later death's day off the act that hurt)
            return published, Precision.DAY
        if m["unit"] == "fortnight":
            n *= 2
        if unit == "day":
            return published - timedelta(days=n), Precision.DAY
        if unit == "week":
            return _monday(published - timedelta(weeks=n)), Precision.WEEK
        if unit == "month":
            return _shift_months(published, -n), Precision.MONTH
        return date(published.year - n, 1, 1), Precision.YEAR
    return None


def _is_duration(text: str) -> bool:
    """Lengths of time and vague references: "nearly three months", "for the first time",
    "three years", "the 1990s", "24-hour"."""
    words = set(re.split(r"[\s\-]+", text))
    return bool(words & set(lexicon().dates.duration_words)) or bool(_patterns()["decade"].search(text))


def _absolute(text: str, published: date | None) -> tuple[date, Precision] | None:
    lex = lexicon().dates
    p = _patterns()
    months = lex.months
    told_weekday = p["weekday_prefix"].match(text)
    text = p["weekday_prefix"].sub("", text)
    if m := p["iso"].match(text):
        try:
            return date(int(m["year"]), int(m["month"]), int(m["day"])), Precision.DAY
        except ValueError:
            return None
    for name in ("month_day", "day_month"):
        if m := p[name].match(text):
            year = _year(m["year"], published)
            if year is None and told_weekday and published is not None:
                year = _year_of_weekday(months[m["month"]], int(m["day"]), told_weekday.group(0), published)
            d = _month_day(months[m["month"]], int(m["day"]), year, published)
            return (d, Precision.DAY) if d else None
    if m := p["month_year"].match(text):
        month = months[m["month"]]
        if m["year"]:
            return date(int(m["year"]), month, 1), Precision.MONTH
        if published is None:
            return None
        year = published.year if month <= published.month else published.year - 1
        return date(year, month, 1), Precision.MONTH
    if m := p["year"].match(text):
        return date(int(m["year"]), 1, 1), Precision.YEAR
    return None


def _year_of_weekday(month: int, day: int, weekday: str, published: date) -> int | None:
    """The year, of the publication's or the one before, in which a day of the month falls on the
    weekday written with it: "Sunday, 25 February" in a report of Thursday 22 February is the
    coming Sunday, not a February of the year before. None when neither year agrees."""
    wanted = lexicon().dates.weekdays[re.sub(r"[^a-z]", "", weekday.lower())]
    for year in (published.year, published.year - 1):
        try:
            if date(year, month, day).weekday() == wanted:
                return year
        except ValueError:
            continue
    return None


def _weekday(text: str, strict: bool, published: date) -> date | None:
    m = _patterns()["weekday"].match(text)
    if not m:
        return None
    strict = strict or (m["last"] or "").strip() in lexicon().dates.strictly_past
    back = (published.weekday() - lexicon().dates.weekdays[m["weekday"]]) % 7
    if back == 0 and strict:
        back = 7
    return published - timedelta(days=back)


@lru_cache(maxsize=4096)
def _dateparser(text: str, published: date | None) -> tuple[date, Precision] | None:
    """The slow path, for forms the patterns above do not know ("5/6/2024", "Jan 5th '24").
    Only expressions naming a month or written as a numeric date reach it."""
    from dateparser.date import DateDataParser

    settings = {"PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}
    if published is not None:
        settings["RELATIVE_BASE"] = datetime(published.year, published.month, published.day)
    try:
        data = DateDataParser(languages=["en"], settings=settings).get_date_data(text)
    except (ValueError, TypeError, OverflowError, KeyError, AttributeError, IndexError):
        # dateparser raises a variety of errors on odd input; none is ours to report
        return None
    if data is None or data.date_obj is None:
        return None
    precision = {"day": Precision.DAY, "week": Precision.WEEK, "month": Precision.MONTH, "year": Precision.YEAR}.get(
        data.period or "day", Precision.DAY
    )
    return data.date_obj.date(), precision


@lru_cache(maxsize=8192)
def _resolve(norm: str, published: date | None) -> tuple[date, Precision] | None:
    if published is not None and (hit := _relative(norm, published)):
        return hit
    core, strict = _strip_modifiers(norm)
    if published is not None and (hit := _relative(core, published)):
        return hit
    if not core or _is_duration(core) or _patterns()["ago"].match(norm):
        return None
    if hit := _absolute(core, published):
        return hit
    if published is not None and (d := _weekday(core, strict, published)):
        return d, Precision.DAY
    # the slow path only for something that still looks like a calendar date
    months = lexicon().dates.months
    names_month = any(w.strip(".,") in months for w in core.split())
    numeric = re.fullmatch(r"\d{1,4}[/.]\d{1,2}[/.]\d{2,4}", core) is not None
    has_year = re.search(r"\b(1[89]|20)\d\d\b", core) is not None
    if (names_month and re.search(r"\d", core)) or numeric:
        if published is None and not has_year:
            return None
        return _dateparser(core, published)
    return None


def resolve_date(expression: str, published: date | None) -> When | None:
    """The date an expression names, relative to the publication date, or None when it names
    no date (a duration, a vague phrase) or needs a publication date that is not given.

    >>> resolve_date("on Sunday", date(2024, 6, 16)).date
    datetime.date(2024, 6, 16)
    """
    if not expression or not expression.strip():
        return None
    # a time of day is no year ("at 1810"); alone it is the publication day ("shortly before
    # 7 pm"), beside a day it is that day ("Friday at 7 pm")
    if _is_time_of_day(expression):
        return None if published is None else _when(published, Precision.DAY, expression)
    hit = _resolve(_normalise(_time_pattern().sub(" ", expression)), published)
    if hit is None:
        return None
    return _when(hit[0], hit[1], expression)


# --------------------------------------------------------------------------- finding


def _candidates(span: Span) -> list[tuple[int, int]]:
    """Character ranges (absolute in the doc) of possible date expressions in a span."""
    doc = span.doc
    ranges = [(e.start_char, e.end_char) for e in ents_within(span) if e.label_ in {"DATE", "TIME"}]
    candidate, _, _ = _text_patterns()
    for m in candidate.finditer(span.text):
        ranges.append((span.start_char + m.start(), span.start_char + m.end()))
    # possessives are part of the token ("Monday's"), not of the date; "the 1960's" is a decade
    text = doc_text(doc)
    return [(s, e - 2 if text[s:e].endswith(("'s", "\u2019s")) and not text[e - 3].isdigit() else e) for s, e in ranges]


def _widen(text: str, start: int, end: int, floor: int, ceiling: int) -> tuple[int, int]:
    """The expression with the modifiers written around it ("early Saturday", "Friday evening")."""
    _, before, after = _text_patterns()
    window_start = max(floor, start - 40)
    if m := before.search(text[window_start:start]):
        start = window_start + m.start()
    if m := after.match(text[end:min(ceiling, end + 20)]):
        end += m.end()
    return start, end


def counts_back(expression: str) -> bool:
    """Whether an expression counts back from the publication date ("ten years ago"), which says
    which year as plainly as "last year" does (and makes what it dates history, not news)."""
    return bool(_patterns()["ago"].match(_normalise(expression)))


def _states_year(expression: str) -> bool:
    """Whether an expression writes its year: "in 1985", "March 3, 1988", "10 JAN 88" (a MUC
    dateline's two-digit year), but not "three years ago" or "last year"."""
    if re.search(r"\b(?:1[89]|20)\d\d\b", expression):
        return True
    core, _ = _strip_modifiers(_normalise(expression))
    core = _patterns()["weekday_prefix"].sub("", core)
    return any((m := _patterns()[name].match(core)) and m["year"] for name in ("month_day", "day_month"))


def _is_number_not_year(text: str, start: int, end: int) -> bool:
    """A bare four-digit figure after "No." or "number", or before a street's name ("1935
    Orchard St.", "2517 Memphis Street"), is a house or street number."""
    figure = re.search(r"(?:^|\s)(\d{4})$", text[start:end])  # "1935", or "of 1935" as widened
    if figure is None or (figure.start(1) > 0 and _states_year(text[start:end][:figure.start(1)])):
        return False
    start += figure.start(1)
    words = lexicon().dates
    markers = "|".join(re.escape(w) for w in sorted(words.number_markers, key=len, reverse=True))
    if re.search(rf"(?:^|\W)(?:{markers})\s*$", text[max(0, start - 12):start], re.IGNORECASE):
        return True
    streets = "|".join(re.escape(w) for w in sorted(words.street_words, key=len, reverse=True))
    # one to three capitalised words, then the street word: "S.W. 75th St." needs no year either
    return re.match(rf"\s+(?:[A-Z0-9][\w'.-]*\s+){{1,3}}(?i:{streets})\b", text[end:end + 60]) is not None


def _is_stretch_of_time(text: str, start: int, end: int) -> bool:
    """'in the last year and a half', 'over the last week': with 'the', 'last <unit>' is the
    stretch of time up to the telling, not the calendar unit before it ('last year' is)."""
    if re.match(r"the\s+(?:last|past)\s+(?:week|month|year)\b", text[start:end], re.IGNORECASE):
        return True  # the entity tagger's "the last month"
    return (re.match(r"(?:last|past)\s", text[start:end], re.IGNORECASE) is not None
            and re.search(r"\bthe\s+$", text[max(0, start - 6):start], re.IGNORECASE) is not None)


def _sentence_start(doc: Doc, start: int, end: int) -> int:
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.sent.start if span is not None and doc.has_annotation("SENT_START") else 0


def _is_common_noun(doc: Doc, start: int, end: int) -> bool:
    """A month's name used as the common noun ("joined a march"), which the entity tagger may
    call a date."""
    words = doc.char_span(start, end, alignment_mode="expand")
    return words is not None and len(words) == 1 and used_as_common_noun(words[0])


def find_dates(sent_or_doc: Doc | Span, published: date | None) -> list[When]:
    """Every date expression in a sentence (or whole doc) that names a date, in text order, each
    with its span; overlapping expressions give one, the longest that resolves."""
    span = sent_or_doc[:] if isinstance(sent_or_doc, Doc) else sent_or_doc
    text = doc_text(span.doc)
    # the dateline's date ("LIMA, 11 JAN 90 --") is the day the report was filed, the anchor of
    # "today"; it dates nothing the report tells (without a publication date it is the only anchor)
    dateline = parse_dateline(text) if published is not None and span.start_char < 400 else None
    filed_by = dateline.end if dateline is not None and dateline.published is not None else 0
    # times of day ("at 1810 (2210 GMT)", "shortly before 7 pm"): candidates of their own, and
    # nothing inside one is a date ("1810" is no year, "18 OCTOBER" in "(0050 GMT 18 OCTOBER)" is GMT's)
    times = [(span.start_char + m.start(), span.start_char + m.end()) for m in _time_pattern().finditer(text[span.start_char:span.end_char])]
    found: list[When] = []
    time_found: list[When] = []
    for start, end in sorted(set(_candidates(span)) | set(times)):
        if start < filed_by:
            continue
        if any(s <= start and end <= e and (s, e) != (start, end) for s, e in times):
            continue
        if _is_number_not_year(text, start, end):
            continue  # "at No. 1810 on 34th Street"
        if re.fullmatch(r"\d{3}0", text[start:end]) and re.match(r"['\u2019]?s\b", text[end:end + 3], re.IGNORECASE):
            continue  # "the 1960's": a decade
        if _is_stretch_of_time(text, start, end):
            continue  # "two failed coups in the last year and a half"
        if _is_common_noun(span.doc, start, end):
            continue  # "joined a march against the law": the walk, not the month
        wide = (start, end) if (start, end) in times else _widen(text, start, end, span.start_char, span.end_char)
        # an expression that only resolves without its widened modifiers still counts
        for s, e in dict.fromkeys((wide, (start, end))):
            when = resolve_date(text[s:e], published)
            if when is not None and published is not None and (when.date - published).days > 366:
                when = None  # a bare "2005" in a 1989 report is no date of anything told in it
            if (when is not None and published is not None and (published - when.last_day()).days > 366
                    and not _states_year(text[s:e]) and not counts_back(text[s:e])):
                when = None  # "23 SEPTEMBER\n28 bodies": years back only when the text says which
            if when is not None:
                when.span = TextSpan(start=s, end=e, text=text[s:e])
                (time_found if _is_time_of_day(text[s:e]) else found).append(when)
                break
    # a time of day dates an event only where its sentence tells no day ("at 1910 tonight, 15 March")
    dated = {_sentence_start(span.doc, w.span.start, w.span.end) for w in found}
    found += [w for w in time_found if _sentence_start(span.doc, w.span.start, w.span.end) not in dated]
    found.sort(key=lambda w: (w.span.start, -(w.span.end - w.span.start)))
    kept: list[When] = []
    for when in found:
        if kept and when.span.start < kept[-1].span.end:
            if when.span.end - when.span.start > kept[-1].span.end - kept[-1].span.start:
                kept[-1] = when
            continue
        kept.append(when)
    return kept
