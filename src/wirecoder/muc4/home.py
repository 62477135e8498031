"""The country an article is about, for the incidents it places nowhere.

TASKDOC 7.4 note 5: the location slot is never left blank; at least the country goes in, inferred
when the text does not place the incident. The dateline says where the report was filed, which is
usually where its events are ("LIMA, 11 JAN 90 (EFE) --"), but not always: a report filed in
Moscow about El Salvador names El Salvador and never the Soviet Union.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from ..resources.gazetteer import gazetteer

# 'SAN SALVADOR, 3 JAN 90 (ACAN-EFE) --', 'PANAMA CITY (PANAMA), 12 JAN 90 --', 'KABUL, Afghanistan (AP) —':
# the place before the first comma, an optional country in brackets, the rest up to the dash
_DATELINE = re.compile(r"\A\s*([A-Za-z][A-Za-z .'-]{1,40}?)\s*(?:\(([A-Za-z .]{2,30})\))?\s*,([^\n]{0,80}?)(?:--|—)")
# a dateline country the text never names loses to one it names at least this often
_NAMED_ENOUGH = 2


@cache
def _country_codes() -> dict[str, str]:
    """Upper-case country name -> ISO code."""
    return {name.upper(): cc for cc, name in gazetteer().countries().items()}


def _dateline_country(match: re.Match) -> str | None:
    codes = _country_codes()
    place, bracketed, rest = match.group(1), match.group(2), match.group(3)
    second = rest.split(",")[0].split("(")[0].strip()  # 'KABUL, Afghanistan (AP)'
    for name in (bracketed, second, place):
        if name and name.strip().upper() in codes:
            return codes[name.strip().upper()]
    towns = [e for e in gazetteer().lookup(place) if e.kind in {"city", "admin1"}]
    return towns[0].country_code if towns else None


def named_countries(text: str) -> Counter:
    """How often the text names each country, by its name or its people ('Salvadoran')."""
    codes = _country_codes()
    gaz = gazetteer()
    words = re.findall(r"[A-Za-z]+", text)
    found: Counter = Counter()
    i = 0
    while i < len(words):
        for n in (3, 2, 1):
            name = " ".join(words[i:i + n]).upper()
            if name in codes:
                found[codes[name]] += 1
                i += n
                break
        else:
            if cc := gaz.demonym_country(words[i]):
                found[cc] += 1
            i += 1
    return found


def article_country(text: str | None) -> str | None:
    """The ISO code of the country an article is about: its dateline's, unless the text never
    names that country and names another at least twice; without a dateline, the country it
    names most. None when it tells of no country."""
    if not text:
        return None
    match = _DATELINE.match(text)
    dateline = _dateline_country(match) if match else None
    named = named_countries(text[match.end():] if match else text)
    if dateline and (named[dateline] or not named or named.most_common(1)[0][1] < _NAMED_ENOUGH):
        return dateline
    return named.most_common(1)[0][0] if named else dateline
