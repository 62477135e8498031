"""The country an article is about, from what its places tell: the country its dateline is in and
how often the text after the dateline names each country (by its name or its people's).

The dateline says where the report was filed, which is usually where its events are ("LIMA, 11
JAN 90 (EFE) --"), but not always: a report filed in Moscow about El Salvador names El Salvador and
never the Soviet Union. A coder reads "the capital" as that country's, and the MUC-4 location of an
incident the text places nowhere is that country (TASKDOC 7.4 note 5).
"""

from __future__ import annotations

from collections import Counter

# a dateline country the text never names loses to one it names at least this often
NAMED_ENOUGH = 2


def article_country(dateline: str | None, named: Counter) -> str | None:
    """The country (ISO code) an article is about: its ``dateline``'s, unless the text never names
    that country and names another at least twice (``named``: country -> how often the text after
    the dateline names it); without a dateline, the country it names most (the first named on a tie).
    None when it tells of no country."""
    top = named.most_common(1)[0] if named else None
    if dateline and (named[dateline] or top is None or top[1] < NAMED_ENOUGH):
        return dateline
    return top[0] if top else dateline
