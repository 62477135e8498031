"""The country an article is about, from what its places tell: the country its dateline is in and
how often the text after the dateline names each country (by its name or its people's).

The dateline says where the report was filed, which is usually where its events are ("LIMA, 11
JAN 90 (EFE) --"), but not always: a report filed in Moscow about El Salvador names El Salvador and
the Soviet Union seldom if ever, and one filed in Managua about the killing of Salvadoran priests
names El Salvador and its people twice as often as Nicaragua. A coder reads "the capital" as that
country's, and the MUC-4 location of an incident the text places nowhere is that country (TASKDOC
7.4 note 5).
"""

from __future__ import annotations

from collections import Counter

# a dateline country loses to one the text names at least this often ...
NAMED_ENOUGH = 2
# ... and more than this many times as often as the dateline's. On MUC-4 dev (694 messages whose key locates an
# incident) the key's country is found in 620; with the dateline losing only when the text never
# names it, 595; at three times as often, 611; at one and a half, 619 (with more wrong turns)
OUTNAMED = 2


def article_country(dateline: str | None, named: Counter) -> str | None:
    """The country (ISO code) an article is about: its ``dateline``'s, unless the text names another
    at least twice and more than twice as often as the dateline's (``named``: country -> how often the text
    after the dateline names it); without a dateline, the country it names most (the first named on
    a tie). None when it tells of no country."""
    top = named.most_common(1)[0] if named else None
    if dateline and (top is None or top[0] == dateline or top[1] < NAMED_ENOUGH or named[dateline] * OUTNAMED >= top[1]):
        return dateline
    return top[0] if top else dateline
