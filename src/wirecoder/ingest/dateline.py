"""Wire-copy datelines at the start of a text: ``LIMA, 10 JAN 90 (EFE) -- [TEXT] ...``.

The MUC-3/4 corpora put one at the head of every message (see their ``text-headers-info``):
``PLACE {(COUNTRY)}, DATE {(SOURCE)} --`` where DATE is ``DD MMM {YY}`` or ``NO DATE``. Agency copy
uses the same shape with a dash: ``KABUL, March 4, 2025 (Reuters) - ...``. A dateline gives the
publication date (the anchor for "yesterday") and the outlet when nothing else does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache

from ..resources.words import lexicon

_YEAR = r"\d{4}|\d{2}"


def _month_number(word: str) -> int:
    """A month from any word its dateline writes for it: 'JAN', 'JUNE', 'SEPT.'."""
    return lexicon().dates.months[word[:3].lower()]


@cache
def _dateline() -> re.Pattern:
    # a month is any word that starts as a month's name does ("JAN", "JUNE", "SEPT.")
    month = rf"(?:{'|'.join(sorted({name[:3] for name in lexicon().dates.months}))})[A-Z]*\.?"
    # Day-month (MUC: "10 JAN 90") or month-day (MUC and AP style: "JUNE 11 89", "March 4, 2025").
    when = (
        rf"(?P<d1>\d{{1,2}})\s+(?P<m1>{month})(?:,?\s+(?P<y1>{_YEAR}))?"
        rf"|(?P<m2>{month})\s+(?P<d2>\d{{1,2}})(?:,?\s+(?P<y2>{_YEAR}))?"
        r"|(?P<nodate>NO\s+DATE)"
    )
    # The opening bracket of the source is "[" in a few MUC messages (a typing slip kept in the corpus).
    return re.compile(
        rf"""\A\s*
        (?P<place>[A-Z][^\n,()\[\]]{{0,40}}?)\s*(?:\((?P<country>[^()\n]{{1,40}})\))?\s*,\s*
        (?:{when})\s*
        (?:[(\[](?P<source>[^()\n]{{1,60}}?)\)\s*)?
        (?:--|—|–|-)(?!-)\s*""",
        re.VERBOSE | re.IGNORECASE,
    )


# "KABUL (Reuters) - ...": outlet without a date.
_SOURCE_ONLY = re.compile(
    r"\A\s*(?P<place>[A-Z][A-Z .'-]{1,40}?)\s*\((?P<source>[^()\n]{1,60})\)\s*(?:--|—|–|-)(?!-)\s*"
)


@dataclass(frozen=True)
class Dateline:
    place: str
    country: str | None
    published: date | None
    source: str | None
    end: int  # offset in the text just after the dateline's dash and the spaces after it


def _year(raw: str) -> int:
    year = int(raw)
    if len(raw) == 2:  # MUC copy is 1988-1990; two-digit years below 50 are this century
        year += 1900 if year >= 50 else 2000
    return year


def parse_dateline(text: str) -> Dateline | None:
    """The dateline at the start of ``text``, or None. A date without a year gives no date."""
    m = _dateline().match(text[:400])
    if m:
        published = None
        day, month, year = (m["d1"], m["m1"], m["y1"]) if m["d1"] else (m["d2"], m["m2"], m["y2"])
        if day and month and year:
            try:
                published = date(_year(year), _month_number(month), int(day))
            except ValueError:  # "31 FEB": keep the place and source, drop the impossible date
                published = None
        source = " ".join(m["source"].split()) if m["source"] else None
        country = m["country"].strip() if m["country"] else None
        return Dateline(" ".join(m["place"].split()), country, published, source, m.end())
    m = _SOURCE_ONLY.match(text[:200])
    if m:
        return Dateline(" ".join(m["place"].split()), None, None, " ".join(m["source"].split()), m.end())
    return None


# the section tags of wire copy after its dateline ("[TEXT]", "[ARTICLE] [MARISOL MARIN]"), or the
# end of one that a span starts inside ("Text] Ricardo Castellar")
_WIRE_TAGS = re.compile(r"\A(?:\s*\[[^\[\]\n]{1,40}\])+\s*|\A[^\[\]\n]{1,40}\]\s*")


def without_wire_tags(text: str) -> str:
    """``text`` without the section tags wire copy opens with: they tell the copy's parts (text,
    author, speaker), not what happened; a text that is all tags is kept."""
    return _WIRE_TAGS.sub("", text, count=1) or text
