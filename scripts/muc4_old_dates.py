"""Incidents dated more than a year before their message although the text never writes that year
(issue 11's dates bar): codes every MUC-4 message of a split (dev by default, the tuning split)
and lists each such incident with the date expression it took and its sentence.

The text gives the year when it writes it ('1988', '15 APR 88') or when the expression taken
names it relative to the message ('last year', 'late last year', 'two years ago'): those dates
are within the bar and are listed apart, for reading, not counted.

    .venv/bin/python scripts/muc4_old_dates.py [--data ../shared/data] [--split dev] [--limit N]
"""

from __future__ import annotations

import argparse
import re
from datetime import date, timedelta

from wirecoder.evaluate.muc4 import read_messages, split_files
from wirecoder.extract.dates import counts_back
from wirecoder.model import Precision
from wirecoder.pipeline import Coder

MAX_DAYS_BEFORE = 365


def last_day(when) -> date:
    """The last day a date of its precision covers ('last year' runs to 31 December)."""
    if when.precision == Precision.YEAR:
        return date(when.date.year, 12, 31)
    if when.precision == Precision.MONTH:
        following = date(when.date.year + when.date.month // 12, when.date.month % 12 + 1, 1)
        return following - timedelta(days=1)
    if when.precision == Precision.WEEK:
        return when.date + timedelta(days=6)
    return when.date


def writes_year(text: str, year: int) -> bool:
    """Whether the text gives the year: '1988', or '88' standing alone ('15 APR 88', "in '88")."""
    return bool(re.search(rf"\b{year}\b", text) or re.search(rf"(?<![\d,.]){year % 100:02d}\b(?![\d,.])", text))


def names_year_relatively(expression: str | None) -> bool:
    """Whether a date expression names its year from the message's ('late last year', 'two years
    ago'): the text says which year as plainly as by writing it."""
    text = " ".join((expression or "").lower().split())
    return re.search(r"\b(?:last|previous) year\b", text) is not None or counts_back(text)


def old_dates(results, messages) -> tuple[int, int, list[str], int, list[str]]:
    """(incidents, dated incidents, descriptions of the too-old ones, how many of those are too old
    even by the last day their date covers, descriptions of those whose expression names the year
    relatively: 'last year' in an August story is the year before, running to 31 December)."""
    total = dated = by_last_day = 0
    found, relative = [], []
    for (mid, article), result in zip(messages, results):
        for incident in getattr(result, "incidents", []):
            total += 1
            when = incident.date
            if when is None or article.published is None:
                continue
            dated += 1
            published: date = article.published
            if (published - when.date).days > MAX_DAYS_BEFORE and not writes_year(article.text, when.date.year):
                sentence = next((e.evidence.text for e in incident.events if e.date is not None), "")
                listed = relative if names_year_relatively(when.text) else found
                by_last_day += listed is found and (published - last_day(when)).days > MAX_DAYS_BEFORE
                listed.append(f"{mid} published {published}: {incident.type.value} dated {when.date} "
                              f"({when.precision.value}) from {when.text!r} | {' '.join(sentence.split())[:300]}")
    return total, dated, found, by_last_day, relative


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default="../shared/data")
    ap.add_argument("--split", default="dev")
    ap.add_argument("--limit", type=int)
    args = ap.parse_args()
    text_files, key_files = split_files(args.data, args.split)
    _, messages = read_messages(text_files, key_files, args.limit)
    results = list(Coder().extract_many([a for _, a in messages]))
    total, dated, found, by_last_day, relative = old_dates(results, messages)
    print(f"{len(messages)} messages, {total} incidents, {dated} dated; "
          f"{len(found)} dated more than {MAX_DAYS_BEFORE} days before the message without the text giving the year "
          f"({by_last_day} of them even by the last day their date covers)")
    print("\n".join(found))
    print(f"\n{len(relative)} more whose date expression names the year from the message's ('last year'):")
    print("\n".join(relative))


if __name__ == "__main__":
    main()
