"""Places as a GTD coder writes them (issue 11): one- or two-sentence incident summaries in the
coder's fixed form ("Assailants attacked a police checkpoint in <town>, <district>, <province>,
<country>."), geocoded with the bundled gazetteer.

The summaries in ``data/summaries.jsonl`` were written for this test (none comes from an evaluation
corpus), over real towns of many countries: towns the bundled gazetteer (GeoNames cities500) has,
towns it lacks or knows under another spelling, and names with namesakes in other countries or
other provinces. Each carries the country and the coordinates of the most specific place a coder
would give: the town's (GeoNames), or, for a village no gazetteer a coder uses would hold, its
district's or province's (``level``; those coordinates are approximate centroids). A third of the
summaries (``split: holdout``) were set aside before the place rules were improved and never read
while fixing them; the two parts have floors of their own.

The prediction is the place the article's first placed event takes (as the Coder does), else the
first place found. The test fails when the country accuracy or the rate of places within 25 km
falls below its floor, and prints every miss.
"""

from __future__ import annotations

import json
import math
from datetime import date
from pathlib import Path

import pytest

from wirecoder.extract.article import extract_events
from wirecoder.extract.places import find_places
from wirecoder.model import Article

pytestmark = pytest.mark.model

SUMMARIES = [json.loads(line) for line in (Path(__file__).parent / "data" / "summaries.jsonl").read_text().splitlines() if line]
WITHIN_KM = 25

# Before the work on this set (bundled gazetteer without districts): dev (84) country 0.952, within
# 25 km 0.810; holdout (37) 0.973, 0.784. Measured when the floors were set: dev 1.000 (84/84),
# 0.905 (76/84); holdout 0.973 (36/37), 0.892 (33/37). A floor allows one miss more; raise them
# with the rules.
FLOORS = {
    ("dev", "country"): 0.98,
    ("dev", "within"): 0.89,
    ("holdout", "country"): 0.94,
    ("holdout", "within"): 0.86,
}


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(h))


def coded_place(nlp, text: str):
    """The place a coder's summary is coded at: its first placed event's, else its first place."""
    doc = nlp(text)
    article = Article(text=text, published=date(2024, 1, 1))
    for event in extract_events(doc, article):
        if event.place is not None:
            return event.place
    places = find_places(doc)
    return places[0] if places else None


def score(nlp, split: str) -> tuple[float, float, list[str]]:
    rows = [r for r in SUMMARIES if r["split"] == split]
    country_hits = within_hits = 0
    misses = []
    for r in rows:
        place = coded_place(nlp, r["text"])
        country = place.country_code if place is not None else None
        off = km(place.lat, place.lon, r["lat"], r["lon"]) if place is not None and place.lat is not None else math.inf
        country_hits += country == r["country"]
        within_hits += off <= WITHIN_KM
        if country != r["country"] or off > WITHIN_KM:
            got = "nothing" if place is None else f"{place.name} ({place.kind}, {country}) {off:.0f} km off"
            misses.append(f"{r['id']} {r['place']} ({r['level']}, {r['country']}): {got}  | {r['text']}")
    return country_hits / len(rows), within_hits / len(rows), misses


@pytest.mark.parametrize("split", ["dev", "holdout"])
def test_coder_summaries_are_placed(nlp, split):
    country, within, misses = score(nlp, split)
    print(f"\n{split}: country {country:.3f}, within {WITHIN_KM} km {within:.3f}")
    print("\n".join(misses))
    assert country >= FLOORS[(split, "country")], misses
    assert within >= FLOORS[(split, "within")], misses
