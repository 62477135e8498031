"""Places: the toponyms of a parsed article, geocoded from the bundled gazetteer.

``find_places(doc)`` takes the place entities of the parse (GPE, LOC, FAC), widens them by the
words around them ("the Rostov region" is a region, "the city of Rostov" a city) and picks for
each the gazetteer entry it most likely means. The choice weighs, in order of strength:

1. what the text says the place is (region word, "city of", a country name),
2. a container named right after it ("Alexandria, Louisiana"),
3. the document's context: the countries and regions it names and the nationalities it uses
   (a Russian story's "Rostov" is in Russia),
4. size: a bigger place is the likelier referent of a bare name (log population), and a
   place's own name counts more than one of its alternate spellings.

Names the gazetteer does not know (venues such as "Crocus City Hall") yield no place.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from itertools import pairwise

from spacy.tokens import Doc

from ...model import Place
from ...model import Span as TextSpan
from ...resources.gazetteer import Entry, Gazetteer, gazetteer
from ...resources.names import normalise_name
from ...resources.words import lexicon

__all__ = ["find_places", "gazetteer", "geocode"]




@cache
def _words(key: str) -> frozenset[str]:
    return frozenset(getattr(lexicon().places, key))


@dataclass
class _Mention:
    start: int  # token index
    end: int
    name: str  # the name to look up
    text: str  # the mention as written (region word included)
    want: str | None  # "admin1" | "city" | None
    candidates: tuple[Entry, ...] = ()
    container: set[str] = field(default_factory=set)  # admin1 or country codes named right after it


def _strip_region_word(name: str) -> str | None:
    words = name.split()
    if len(words) > 1 and words[-1].lower() in _words("region_words"):
        return " ".join(words[:-1])
    return None


def _locative(token) -> bool:
    """Whether a token stands where a place name stands: after a locative preposition ("near
    Gwoza"), after "the town of", or before a settlement or region word ("Chibok local
    government area")."""
    kinds = _words("region_words") | _words("settlement_words")
    if token.dep_ == "pobj" and token.head.lower_ in _words("locative_prepositions"):
        return True
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lower_ in kinds:
        return True  # "the town of Gao", "the province of Helmand"
    if token.dep_ == "dobj" and token.head.lemma_.lower() in _words("strike_verbs"):
        return True  # "troops shelled Donetsk"
    while token.dep_ in {"compound", "nmod"} and token.head is not token:
        token = token.head  # "Chibok local government area": up the chain of compounds
        if token.lower_ in kinds | _words("area_words"):
            return True
    return False


def _toponym_spans(doc: Doc, labels: set[str]):
    """Place entities of the parse, plus names the statistical NER labelled as a person or an
    organisation, or missed, that stand in a place's position (small towns often are)."""
    taken: set[int] = set()
    for ent in doc.ents:
        taken.update(range(ent.start, ent.end))
        if ent.label_ in labels or ent.label_ in {"PERSON", "ORG"} and not ent.ent_id_ and _locative(ent.root):
            yield ent
    for tok in doc:
        if tok.i in taken or tok.pos_ != "PROPN" or not tok.is_title or not _locative(tok):
            continue
        start = tok.i
        while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].i not in taken and doc[start - 1].is_title:
            start -= 1
        yield doc[start:tok.i + 1]


def _longest_name(doc: Doc, start: int, end: int, gaz: Gazetteer) -> tuple[int, int]:
    """Widen a toponym to the capitalised words around it when together they are a longer place
    name: the NER often tags only "Salvador" of "San Salvador" or "Cruz" of "Santa Cruz"."""
    for before in (2, 1):
        s = start - before
        if s < 0 or not all(t.is_title and t.is_alpha and t.ent_type_ in {"", "GPE", "LOC"} for t in doc[s:start]):
            continue
        if doc[s].i == doc[s].sent.start and doc[s].lower_ in _words("locative_prepositions"):
            continue
        if gaz.lookup(doc[s:end].text):
            start = s
            break
    if end < len(doc) and doc[end].is_title and doc[end].is_alpha and doc[end].ent_type_ in {"", "GPE", "LOC"}:
        if gaz.lookup(doc[start:end + 1].text):
            end += 1
    return start, end


def _mentions(doc: Doc, gaz: Gazetteer) -> list[_Mention]:
    labels = set(lexicon().places.labels)
    skip = {normalise_name(n) for n in lexicon().places.not_places}
    region_words, settlement_words = _words("region_words"), _words("settlement_words")
    found: list[_Mention] = []
    for ent in _toponym_spans(doc, labels):
        start, end = ent.start, ent.end
        if doc[start].lower_ == "the":
            start += 1
        if start >= end:
            continue
        start, end = _longest_name(doc, start, end, gaz)
        name = doc[start:end].text
        if normalise_name(name) in skip:
            continue
        want = None
        # "the Rostov region", "Idlib province"
        if end < len(doc) and doc[end].lower_ in region_words:
            want, end = "admin1", end + 1
        # "the region of Murcia", "the city of Rostov", "the capital Kyiv"
        before = doc[start - 1].lower_ if start >= 1 else ""
        before2 = doc[start - 2].lower_ if start >= 2 else ""
        if before == "of" and before2 in region_words:
            want = "admin1"
        elif (before == "of" and before2 in settlement_words) or before in settlement_words:
            want = "city"
        candidates = gaz.lookup(name)
        if not candidates and (shorter := _strip_region_word(name)):
            want, candidates = "admin1", gaz.lookup(shorter)
        if want == "admin1" and not any(c.kind == "admin1" for c in candidates):
            want = None  # "Gaza Strip", "Bay State": the text's region word is not the gazetteer's
        if candidates:
            found.append(_Mention(start, end, name, doc[start:end].text, want, candidates))
    # "Alexandria, Louisiana", "Kharkiv, Ukraine": the second names the container of the first
    for first, second in pairwise(found):
        if second.start == first.end + 1 and doc[first.end].text == ",":
            for c in second.candidates:
                if c.kind == "admin1" and c.admin1_code:
                    first.container.add(c.admin1_code)
                elif c.kind == "country" and c.country_code:
                    first.container.add(c.country_code)
    return found


def _score(entry: Entry, mention: _Mention, countries: Counter, regions: Counter) -> float:
    score = math.log10(entry.population + 10)
    if entry.is_name:
        score += 1.0
    if entry.kind == "country":
        score += 2.5
    elif entry.kind == "admin1":
        score -= 1.5  # a bare "Moscow" is the city, not the province that shares its name
    if mention.want and entry.kind != mention.want:
        score -= 10.0
    if mention.container:
        if entry.admin1_code in mention.container or (entry.country_code in mention.container):
            score += 6.0
        else:
            score -= 3.0
    total = sum(countries.values())
    if total and entry.country_code in countries:
        score += 3.0 * countries[entry.country_code] / total + 1.0
    if entry.admin1_code and entry.admin1_code in regions and entry.kind != "admin1":
        score += 2.5
    return score


def _best(mention: _Mention, countries: Counter, regions: Counter) -> Entry:
    return max(mention.candidates, key=lambda e: _score(e, mention, countries, regions))


def _context(doc: Doc, mentions: list[_Mention], gaz: Gazetteer) -> tuple[Counter, Counter]:
    """Countries and regions the document is about: what its unambiguous mentions resolve to
    without context, plus the nationalities it names ('Russian special forces')."""
    countries: Counter = Counter()
    regions: Counter = Counter()
    empty: Counter = Counter()
    for m in mentions:
        best = _best(m, empty, empty)
        ccs = {c.country_code for c in m.candidates}
        weight = 2.0 if best.kind == "country" or len(ccs) == 1 else 1.0
        if best.country_code:
            countries[best.country_code] += weight
        if best.kind == "admin1" and best.admin1_code:
            regions[best.admin1_code] += 1
    for ent in doc.ents:
        if ent.label_ == "NORP" and (cc := gaz.demonym_country(ent.text)):
            countries[cc] += 1.0
    return countries, regions


def find_places(doc: Doc) -> list[Place]:
    """Every geocoded toponym of the doc, in text order, with its span."""
    gaz = gazetteer()
    mentions = _mentions(doc, gaz)
    countries, regions = _context(doc, mentions, gaz)
    places = []
    chosen: dict[tuple, Entry] = {}  # a name told again in the same way means the same place
    for m in mentions:
        key = (m.name, m.want, frozenset(m.container))
        best = chosen.get(key) or chosen.setdefault(key, _best(m, countries, regions))
        span = doc[m.start:m.end]
        places.append(_place(best, gaz, mention=m.text,
                             span=TextSpan(start=span.start_char, end=span.end_char, text=span.text)))
    return places


def _place(entry: Entry, gaz: Gazetteer, *, mention: str | None = None, span: TextSpan | None = None) -> Place:
    return Place(
        name=entry.name,
        mention=mention,
        kind=entry.kind,
        country_code=entry.country_code,
        country=gaz.country_name(entry.country_code),
        admin1=gaz.admin1_name(entry.admin1_code) if entry.kind != "country" else None,
        lat=entry.lat,
        lon=entry.lon,
        geonames_id=entry.geonames_id,
        span=span,
    )


def geocode(name: str, country_code: str | None = None) -> Place | None:
    """The place a bare name most likely means (in ``country_code`` when given), or None."""
    gaz = gazetteer()
    candidates = gaz.lookup(name)
    if not candidates and (shorter := _strip_region_word(name)):
        candidates = tuple(c for c in gaz.lookup(shorter) if c.kind == "admin1")
    if country_code:
        candidates = tuple(c for c in candidates if c.country_code == country_code) or candidates
    if not candidates:
        return None
    mention = _Mention(0, 0, name, name, None, candidates)
    context = Counter({country_code: 1.0}) if country_code else Counter()
    return _place(_best(mention, context, Counter()), gaz, mention=name)
