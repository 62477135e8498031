"""Cross-article resolution: a new article's incident joins a stored incident that tells the same
real-world occurrence, and the merged incident is rebuilt from the union of their events.

Pure functions over model records: ``resolve_incident`` decides whether an incoming incident is new or
joins a stored one, and what that incident becomes (``best_match``, then ``merge``); the store fetches
its candidates (blocked on a date window and the country) and the matched one's events through the
functions it passes, writes the result and its ``claims``. Nothing here reads or writes a database.

Matching (``compare``). Two incidents cannot be one occurrence when their types are
incompatible (compatible: the same type, two attacks, or an act and its aftermath: a claim, a
rescue, arrests), their places disagree (other countries, or further apart than
``merge_distance_km`` unless nested), a day one of them gives is further than
``merge_window_days`` from a day the other gives, or they name two different perpetrator groups;
an incident never joins one that already holds events of its own article (the extractor kept
them apart on purpose). Nothing forbidding it is not enough: a merge needs positive evidence (the
same day with the same town and key terms in common, a named actor, the people it happened to
described alike with key terms in common, or more key terms, between two towns of reports that
say which town; or, with dates that fit, the same town or the same named person and shared key terms, or most key terms
shared; or, for an undated follow-up weeks later, the same town, the people it happened to
described alike and key terms in common; or a near-duplicate article); without the same day, the
same town needs key terms beyond its own name's, a named group's and the act's; two reports that each name
the people it happened to, and name other people, need most key terms or a named actor in
common. Key terms are compared report by report, never with the union of a merged incident's
reports: that union grows with every report that joins until any new report from the same city
shares most of its words, and the incident drifts into a whole campaign (eight reports of a week
of fighting in San Salvador, in the MUC-4 dev clustering). One word in common is no evidence.
Among the candidates with enough evidence, the same report's incident wins, then the highest score

    0.25 * type + 0.20 * date + 0.25 * place + 0.10 * actors + 0.20 * text     (each in [0, 1])

ties going to the older incident. Each match carries its evidence in words, kept by the store.

One occurrence can still start two stored incidents, when the reports that began them had too
little in common (an unplaced report of a union-hall bombing and a placed one of the same day) or
one article told it twice. A report that is sufficient evidence for both then ties them: the
other incidents it suffices for are absorbed into the one it joins when they are one occurrence
(``_one_occurrence``: told on the very same day, not in two towns, and sufficient evidence for
each other in their own right), and the store folds them into it.

Merging reuses ``incidents.build_incident`` on the union of events, so the headline values, the
conflicts between sources and the ``headline_rule`` are one implementation. Before that, a figure
that a later report replaced is marked with a ``superseded`` hedge (it never wins a headline but
stays in the conflicts and the claims): a casualty toll (killed, injured) superseded by a higher
one published on a later day ("the death toll rose to 145"), or any figure superseded by a
different one from the same source on a later day.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date as Date
from functools import lru_cache

from ..config import Config
from ..ingest.dateline import parse_dateline, without_wire_tags
from ..model import Actor, Claim, CountKind, Event, Hedge, Incident, Place, Precision, Role, Span, When
from ..resources.gazetteer import gazetteer
from ..resources.names import normalise_name
from ..resources.taxonomy import attack_types, mapping
from ..resources.terms import key_terms, shared_terms, term_weight
from ..resources.words import lexicon
from . import (
    DAY_SLACK,  # "last night" in one report is the day before "on Tuesday" in the next
    SATELLITES,
    at_its_container,
    build_incident,
    counts_perpetrators,
    dates_agree,
    distance_km,
    places_agree,
    same_person,
)

__all__ = [
    "Comparison", "Match", "Members", "Resolution", "best_match", "compare", "claims", "mark_superseded", "merge", "reference_date",
    "resolve_incident", "score",
]

WEIGHTS = {"type": 0.25, "date": 0.20, "place": 0.25, "actors": 0.10, "text": 0.20}
# Positive evidence a merge needs (missing evidence never merges). Measured on the MUC-4 dev
# clustering (``wirecoder eval merge``): reports of one incident that agree on the day share a
# fifth to a half of their key terms, while reports of two incidents on one day in one city
# rarely share a third; without a place on both sides, or without the same day, it takes more.
TEXT_WITH_DAY_AND_PLACE = 0.05  # key terms shared, with the day and the town agreeing: more than a word or two of the kind
TEXT_WITH_DAY = 0.3  # key terms shared, with the day agreeing
TEXT_WITH_PLACE = 0.2  # key terms shared, with the town agreeing and the dates not disagreeing
TEXT_ALONE = 0.6  # key terms shared, with the dates fitting, when nothing else ties the reports
MIN_SHARED_TERMS = 2  # key terms in common below this count are no evidence
# the key-term weight from which a word describing the people it happened to says who they were:
# "Jesuits" 2.4, "nuns" 2.0; not "priests" 1.5, "journalists" 1.2, "civilians" 1.4
RARE_VICTIM_WORD = 2.0
# two less rare words in common describe them as well as one rare word: "Mormon missionaries" (1.8, 1.9)
RARE_VICTIM_PAIR = 1.5
# two reports that each name the day of their act tell one act only when the days are this close
# (a report's 'last night' and another's 'early this morning', a day misread across time zones);
# further apart, in one city in a wave of attacks, they tell two (the wider merge window is for
# reports that name no day)
TWO_DAYS_APART = 2
# tolls that only grow as the dead and wounded are counted: a higher later figure replaces a lower one
CUMULATIVE = frozenset({CountKind.KILLED, CountKind.INJURED})
_GROUP_ROLES = (Role.PERPETRATOR, Role.CLAIMANT)
_VICTIM_ROLES = (Role.VICTIM, Role.TARGET)
_TOWN_KINDS = frozenset({"site", "city", "admin2"})
_PLURAL = re.compile(r"[a-z][^s\W]s\Z", re.IGNORECASE)  # "citizens", "Jesuits"; not "press", "bus"


@dataclass(frozen=True)
class Match:
    """The stored incident an incoming one joins, how well they agree (0..1, by part) and why:
    the evidence in words, for ``wirecoder incidents ID --explain``."""

    incident: Incident
    score: float
    parts: dict[str, float]
    reasons: tuple[str, ...] = ()
    # other stored incidents the incoming one is sufficient evidence for, and that tell the same
    # occurrence as ``incident`` (``_one_occurrence``): they are absorbed into it
    absorbed: tuple[Incident, ...] = ()


# --------------------------------------------------------------------------- scoring


def reference_date(incident: Incident, published: Mapping[str, Date | None] | None = None) -> Date | None:
    """The date an incident is blocked on: its own date, else the earliest publication date of
    its articles (an occurrence is reported on or after the day it happened)."""
    if incident.date is not None:
        return incident.date.date
    days = [d for a in incident.articles if (d := (published or {}).get(a)) is not None]
    return min(days) if days else None


def _type_score(a: Incident, b: Incident) -> float | None:
    if a.type == b.type:
        return 1.0
    attack_a, attack_b = a.type in attack_types(), b.type in attack_types()
    if attack_a and attack_b:
        return 0.8 if set(a.types) & set(b.types) else 0.6
    if (attack_a and b.type in SATELLITES) or (attack_b and a.type in SATELLITES):
        return 0.7  # an act and its aftermath told alone: a claim, a rescue, arrests
    if set(a.types) & set(b.types) and a.type in SATELLITES and b.type in SATELLITES:
        return 0.6
    return None


def _other_kinds_of_attack(a: Incident, b: Incident) -> bool:
    """Both are attacks, and of other kinds: no type of one is of a kind (ACLED's sub-event type,
    ``taxonomy.json``) of a type of the other. A kidnapping and a bombing in one city on one day
    are two acts, which the town and a few words of the city's news do not make one; a shooting and
    an assassination are both ACLED's "Attack", and may be one act told two ways."""
    if a.type not in attack_types() or b.type not in attack_types():
        return False

    def kinds(incident: Incident) -> set[str]:
        return {mapping(t).acled_sub_event_type for t in {incident.type, *incident.types}}
    return not kinds(a) & kinds(b)


def _date_score(a: When | None, b: When | None, window_days: int, ref_a: Date | None = None, ref_b: Date | None = None
                ) -> float | None:
    if a is None and b is None:
        # two undated reports: published within the window of each other is all there is
        if ref_a is not None and ref_b is not None and abs((ref_a - ref_b).days) <= window_days:
            return 0.5
        return 0.3
    if a is None or b is None:
        # an undated report (a claim, a toll update) published within the window after the act
        dated, ref = (b, ref_a) if a is None else (a, ref_b)
        if ref is not None and dated.precision is Precision.DAY:
            gap = (ref - dated.date).days
            if 0 <= gap <= window_days:
                return 0.7
        return 0.3
    if not dates_agree(a, b, window_days):
        return None
    if a.precision is Precision.DAY and b.precision is Precision.DAY:
        gap = abs((a.date - b.date).days)
        return 1.0 - gap / (window_days + 1)
    return 0.5


def _same_place(a: Place, b: Place) -> bool:
    if a.geonames_id is not None and a.geonames_id == b.geonames_id:
        return True
    return a.name.lower() == b.name.lower() and a.kind == b.kind and a.country_code == b.country_code


def _place_score(a: Place | None, b: Place | None, max_km: float) -> float | None:
    if a is None and b is None:
        return 0.0
    if a is None or b is None:
        return 0.3
    if not places_agree(a, b, max_km):
        return None
    if _same_place(a, b):
        return 0.5 if a.kind == "country" else 1.0
    d = None if at_its_container(a) or at_its_container(b) else distance_km(a, b)
    if d is not None and "country" not in (a.kind, b.kind) and {a.kind, b.kind} <= _TOWN_KINDS:
        return 0.9 if d <= 5 else 0.7
    return 0.6 if "country" not in (a.kind, b.kind) else 0.4  # nested: a town in its region, or in its country


def _groups(incident: Incident) -> set[str]:
    return {(a.group or a.name).lower() for a in incident.actors if a.role in _GROUP_ROLES and a.group}


def _names(incident: Incident) -> set[str]:
    """The actors named, not described: a group, or a person's name ("Ignacio Ellacuria");
    "gunmen", "three people" or "the Jesuit priests" could be anyone of their kind."""
    return {(a.group or a.name).lower() for a in incident.actors if a.group or a.kind == "person"}


def _person_in_common(a: Incident, b: Incident) -> bool:
    """Both name one person ("Francisco Amico Ferrari", "Francisco Antonio Amico Ferrari"): a name
    says which occurrence a report tells as a town does."""
    def people(incident: Incident) -> set[str]:
        return {" ".join(x.name.lower().split()) for x in incident.actors if x.kind == "person" and not x.group}
    return any(same_person(x, y) for x in people(a) for y in people(b))


def _victim_names(incident: Incident, people_only: bool = True) -> set[str]:
    """The words of the names of the people it happened to ("Marta Luz Lopez": marta, luz, lopez);
    with ``people_only`` False, of every name of theirs, a surname not read as a person's too."""
    return {w for a in incident.actors if a.role in _VICTIM_ROLES and (a.kind == "person" or not people_only)
            for w in a.name.lower().split() if len(w) > 2}


def _unnamed_many(incident: Incident) -> bool:
    """It tells of people it happened to as a number or a plural ("two U.S. citizens", "the
    Jesuits"): the people one report names may be others of them than another report names.
    Buildings and vehicles hit ("nine party headquarters", "two buses") are no people."""
    return any(a.role in _VICTIM_ROLES and a.kind != "person" and not _a_thing(a)
               and ((a.number or 0) > 1 or _PLURAL.search(a.name) is not None) for a in incident.actors)


def _a_thing(actor: Actor) -> bool:
    """A building, a vehicle or a piece of property by the head of its name (actors.json
    thing_heads), one or many ("buses", "branches")."""
    words = actor.name.lower().split()
    if not words:
        return False
    head = words[-1]
    forms = {head, _without_plural_s(head), head[:-2] if head.endswith("es") else head}
    return bool(forms & lexicon().actors.thing_heads)


def _other_victims(a: Incident, b: Incident) -> bool:
    """Each names the people it happened to, all of them, and they are other people: neither's
    names are among the other's ("Hector Oqueli" is not another man than "Oqueli", kidnapped with
    "Gilda Flores")."""
    va, vb = _victim_names(a), _victim_names(b)
    if not va or not vb or va & _victim_names(b, people_only=False) or vb & _victim_names(a, people_only=False):
        return False
    return not (_unnamed_many(a) or _unnamed_many(b))


def _without_plural_s(word: str) -> str:
    """A word with a plural's "s" dropped, so that "Jesuits" and "Jesuit" compare."""
    return word[:-1] if word.endswith("s") and len(word) > 3 else word


def _victim_words(incident: Incident) -> dict[str, float]:
    """The words describing the people it happened to, unnamed ("six Jesuits", "the Jesuit
    priests": jesuit, priest, six), a plural's "s" dropped so that the two compare, each with the
    weight of its rarest form as written (``term_weight``). A nationality ("Salvadoran",
    "Colombian") is left out: it says where they come from, and the people of the country a report
    is from are the victims of most of the attacks it tells."""
    words: dict[str, float] = {}
    for actor in incident.actors:
        if actor.role in _VICTIM_ROLES and actor.kind != "person":
            # a possessor says whose it was ("President Cristiani's residence"), not who was hurt
            for word in re.findall(r"[a-z]+", re.sub(r"[\w-]+['’]s\b", " ", actor.name.lower())):
                if gazetteer().demonym_country(word) is None:
                    stem = _without_plural_s(word)
                    words[stem] = max(words.get(stem, 0.0), term_weight(word))
    return words


@lru_cache(maxsize=1)
def _fighter_words() -> frozenset[str]:
    """The words for people who take part in the fighting ("guerrillas", "rebels", "gunmen"; the
    people one captures, of the events lexicon): rare in general English, but they describe the
    fallen of every clash of a war alike."""
    return frozenset(_without_plural_s(w) for w in lexicon().events.needs_object["capture"])


def _victims_alike(a: Incident, b: Incident) -> bool:
    """Both tell who it happened to alike: a rare word describes them in both ("the murder of six
    Jesuits", "the Jesuit priests were killed"; ``RARE_VICTIM_WORD``: not "civilians", "priests",
    "journalists", which many attacks hit, nor a word for fighters) or two less rare words do
    (``RARE_VICTIM_PAIR``: "Mormon missionaries"), or both name one of them."""
    wa, wb = _victim_words(a), _victim_words(b)
    shared = [min(wa[w], wb[w]) for w in wa.keys() & wb.keys() - _fighter_words()]
    if any(weight >= RARE_VICTIM_WORD for weight in shared) or sum(weight >= RARE_VICTIM_PAIR for weight in shared) >= 2:
        return True

    def named(incident: Incident) -> set[str]:
        return {" ".join(x.name.lower().split()) for x in incident.actors if x.role in _VICTIM_ROLES and x.kind == "person"}
    return any(same_person(x, y) for x in named(a) for y in named(b))


def _follow_up(a: When | None, b: When | None, ref_a: Date | None, ref_b: Date | None) -> bool:
    """One gives a day, the other none and was published on or after that day, weeks later
    perhaps (the store blocks candidates on a month): an investigation's or a reaction's report
    that only refers to the act."""
    day_a = a.date if a is not None and a.precision is Precision.DAY else None
    day_b = b.date if b is not None and b.precision is Precision.DAY else None
    if day_a is not None and day_b is None:
        return ref_b is not None and ref_b >= day_a
    if day_b is not None and day_a is None:
        return ref_a is not None and ref_a >= day_b
    return False


def _actor_score(a: Incident, b: Incident) -> float | None:
    ga, gb = _groups(a), _groups(b)
    if ga and gb:
        return 1.0 if ga & gb else None  # two named perpetrator groups that differ: two occurrences
    if ga & _names(b) or gb & _names(a):
        return 0.9
    return 0.7 if _names(a) & _names(b) else 0.3


def _says_which_town(place: Place | None) -> bool:
    """A place that says in which town it happened (a town, a site, a district), and where that
    is: not a region or the country, nor a village the gazetteer lacks, placed at its container
    ("San Ramon, a town close to the capital")."""
    return place is not None and place.kind in _TOWN_KINDS and not at_its_container(place)


def _terms_by_report(incident: Incident, placed_only: bool = False) -> list[dict[str, float]]:
    """The key terms of each article's evidence, apart. A merged incident's union of terms grows
    with every report that joins, until any new report from the same city finds most of its terms
    somewhere in it: compared report by report, an incident cannot drift into a whole campaign.
    With ``placed_only``, only the reports that say in which town it happened (``_says_which_town``). A stored
    incident without its events loaded has only the union, placed as it is."""
    by_article: dict[str | None, list[str]] = defaultdict(list)
    placed: set[str | None] = set()
    for e in incident.events:
        text = _told(e.evidence.text)
        if text not in by_article[e.article_id]:
            by_article[e.article_id].append(text)
        if _says_which_town(e.place):
            placed.add(e.article_id)
    if not by_article:
        return [_terms_of(tuple(s.text for s in incident.evidence))] if _says_which_town(incident.place) or not placed_only else []
    return [_terms_of(tuple(texts)) for article, texts in by_article.items() if article in placed or not placed_only]


def _shared_with_a_report(a: Incident, b: Incident, placed_only: bool = False) -> tuple[float, list[str]]:
    """The key terms one report of ``a`` shares with one report of ``b``, at best (with
    ``placed_only``, of the reports that say in which town it happened). One word in common is a
    coincidence, not evidence (``MIN_SHARED_TERMS``)."""
    pairs = [shared_terms(x, y) for x in _terms_by_report(a, placed_only) for y in _terms_by_report(b, placed_only)]
    share, shared = max(pairs, key=lambda s: s[0], default=(0.0, []))
    return (share, shared) if len(shared) >= MIN_SHARED_TERMS else (0.0, [])


def _told(sentence: str) -> str:
    """A sentence without the wire header a first sentence can carry ("BOGOTA, 7 SEP 89 (DPA) --
    [TEXT]"): the city, month and agency of the dateline are shared by every report an agency
    files from that city that month, and say nothing of which occurrence it tells."""
    dateline = parse_dateline(sentence)
    rest = sentence[dateline.end:] if dateline is not None else sentence
    return without_wire_tags(rest)


@lru_cache(maxsize=4096)
def _terms_of(sentences: tuple[str, ...]) -> dict[str, float]:
    # a stored incident is compared with every new report in its window: its terms are read once
    return key_terms(sentences)


@dataclass(frozen=True)
class Comparison:
    """Two incidents compared: the score (0..1) and its parts, whether the evidence suffices to
    merge them, and the evidence in words."""

    score: float
    parts: dict[str, float]
    sufficient: bool
    reasons: tuple[str, ...]


def _particulars(shared: Sequence[str], a: Incident, b: Incident) -> list[str]:
    """The shared key terms that are not words of either's place, of a named group's name, or
    of the words that told its act (its triggers and weapons): a town ("San Salvador": san,
    salvador) or a group ("FMLN") both name is compared already, and every report from that town,
    or of that group's campaign, shares its words; "attack" or "dynamite" tell the kind of act,
    which every report of such an act shares."""
    told = [p.name for p in (a.place, b.place) if p is not None]
    told += [t for i in (a, b) for x in i.actors if x.group for t in (x.group, x.name, x.text)]
    told += [t for i in (a, b) for e in i.events for t in (e.trigger.text, *(w.text for w in e.weapons if w.text))]
    # compared as names are, without case or accents: the place "Medellín", the key term "medellin"
    words = {w for t in told for w in normalise_name(t).split()}
    return [w for w in shared if not (parts := set(normalise_name(w).split())) or not parts <= words]


def _same_day(a: When | None, b: When | None) -> bool:
    return (a is not None and b is not None and a.precision is Precision.DAY and b.precision is Precision.DAY
            and abs((a.date - b.date).days) <= DAY_SLACK)


def _days_told(incident: Incident) -> list[Date]:
    """Every day some report gives for the incident: its date and the other values of its date
    conflict."""
    days = [incident.date.date] if incident.date is not None and incident.date.precision is Precision.DAY else []
    for conflict in incident.conflicts:
        if conflict.field == "date":
            days += [Date.fromisoformat(v.value) for v in conflict.values if isinstance(v.value, str)]
    return days


def _days_disagree(a: Incident, b: Incident, window_days: int) -> bool:
    """Some day told of one is further than the window from some day told of the other: merged
    reports keep every day they gave, so an incident cannot drift day by day along a chain."""
    return any(abs((x - y).days) > window_days for x in _days_told(a) for y in _days_told(b))


def _dates_fit(a: When | None, b: When | None, ref_a: Date | None, ref_b: Date | None, window_days: int) -> bool:
    """Days that agree within the window (two days named: within ``TWO_DAYS_APART`` too), or a
    report without a day (undated, or only a month or year) published within the window after the
    other's day, or two such reports published
    within the window of each other. A shared month says nothing: a month holds many attacks."""
    day_a = a.date if a is not None and a.precision is Precision.DAY else None
    day_b = b.date if b is not None and b.precision is Precision.DAY else None
    if day_a is not None and day_b is not None:
        return abs((day_a - day_b).days) <= min(window_days, TWO_DAYS_APART)
    if day_a is None and day_b is None:
        return ref_a is not None and ref_b is not None and abs((ref_a - ref_b).days) <= window_days
    day, ref = (day_a, ref_b) if day_a is not None else (day_b, ref_a)
    return ref is not None and 0 <= (ref - day).days <= window_days  # type: ignore[operator]


def _parts_allowed(a: Incident, b: Incident, config: Config, ref_a: Date | None, ref_b: Date | None,
                   country_a: str | None) -> dict[str, float] | None:
    """The type, date, place and actor parts of a comparison; None when one of them, the days the
    incidents' reports gave, or the country ``a``'s article tells of rules the pair out."""
    parts: dict[str, float] = {}
    for name, value in (
        ("type", _type_score(a, b)),
        ("date", _date_score(a.date, b.date, config.merge_window_days, ref_a, ref_b)),
        ("place", _place_score(a.place, b.place, config.merge_distance_km)),
        ("actors", _actor_score(a, b)),
    ):
        if value is None:
            return None
        parts[name] = value
    if _days_disagree(a, b, config.merge_window_days):
        return None
    if a.place is None and country_a and b.place is not None and b.place.country_code not in (None, country_a):
        return None
    return parts


def compare(a: Incident, b: Incident, config: Config, ref_a: Date | None = None, ref_b: Date | None = None,
            *, duplicate: bool = False, country_a: str | None = None) -> Comparison | None:
    """Whether two incidents can be one occurrence and what says they are; None when something
    says they are not (incompatible types, other countries, places or dates that disagree, two
    different named groups). ``ref_a`` and ``ref_b`` are their reference dates
    (``reference_date``), used when one is undated; ``duplicate``: an article of one is a
    near-duplicate of an article of the other (the same report, syndicated); ``country_a``: the
    country ``a``'s article tells of, when ``a`` itself is placed nowhere (a report from Lima about
    an unplaced bombing does not join one in San Salvador).

    The evidence that suffices: a near-duplicate article; or the same day (``DAY_SLACK``) and the
    same place (the town, or within 5 km) with key terms in common, a named actor in common, or
    shared key terms (``TEXT_WITH_DAY`` when both are placed, and when placed in two towns shared
    by reports that say which town, ``_says_which_town``; ``TEXT_ALONE`` when not placed), or the
    people it happened to described alike (``_victims_alike``) and shared key terms
    (``TEXT_WITH_PLACE``); or,
    without the same day but with dates that fit (one undated and published just after, or days
    within the window), the same place or a person both name, and shared key terms
    (``TEXT_WITH_PLACE``), or ``TEXT_ALONE`` of them; or, for an undated report published after
    the other's day, as long after as the store's candidates reach (``_follow_up``), the same
    place, the people it happened to described alike (``_victims_alike``) and shared key terms
    (``TEXT_WITH_PLACE``). Where the same place stands in for the same day, two of the shared key
    terms must be other than the place's words, a named group's and the words that told the act
    (``_particulars``). The same place says nothing of two attacks of other kinds, a kidnapping and
    a bombing (``_other_kinds_of_attack``). When each names the people it happened to and they are other people
    (``_other_victims``), only ``TEXT_ALONE`` or a named actor will do. Key terms are those one
    report of each shares at best (``_shared_with_a_report``), without a first sentence's wire
    header; a stored incident passed without its events is compared as one report."""
    parts = _parts_allowed(a, b, config, ref_a, ref_b, country_a)
    if parts is None:
        return None
    share, shared = _shared_with_a_report(a, b)
    parts["text"] = round(share, 4)
    same_day = _same_day(a.date, b.date)
    dates_fit = _dates_fit(a.date, b.date, ref_a, ref_b, config.merge_window_days)
    reasons: list[str] = [f"types agree ({a.type.value}, {b.type.value})"]
    if duplicate:
        reasons.append("an article of one is a near-duplicate of an article of the other")
    if same_day:
        reasons.append(f"same day ({a.date.date.isoformat()}, {b.date.date.isoformat()})")  # type: ignore[union-attr]
    elif dates_fit:
        reasons.append("dates fit (within the window, or a report without a day published just after)")
    # a kidnapping and a bombing in one town: the town is no evidence that they are one act
    same_place = parts["place"] >= 0.9 and not _other_kinds_of_attack(a, b)
    if same_place:
        reasons.append(f"same place ({a.place.name}, {b.place.name})")  # type: ignore[union-attr]
    named = parts["actors"] >= 0.7
    if named:
        reasons.append("named actors in common: " + ", ".join(sorted((_groups(a) | _names(a)) & (_groups(b) | _names(b)))))
    if shared:
        reasons.append(f"key terms in common ({share:.0%}): " + ", ".join(shared[:6]))
    placed_both = a.place is not None and b.place is not None  # and agreeing, or compare would have stopped
    # placed in two towns, the words in common must come from reports that say which: a report of
    # a merged incident that does not ("guerrillas attacked ... San Ramon, a town close to the
    # capital", a village the gazetteer lacks) cannot tie one town's attack to another town's on
    # an election day of attacks everywhere
    two_towns = not same_place and _says_which_town(a.place) and _says_which_town(b.place)
    share_placed = _shared_with_a_report(a, b, placed_only=True)[0] if two_towns else share
    # each names the people it happened to, and they are other people: two murders in one city on
    # one day share the city, the day and the words of the kind; only most of the particulars will do
    other_victims = not named and _other_victims(a, b)
    if other_victims:
        reasons.append("the people it happened to differ")
    alike = _victims_alike(a, b)
    if alike:
        reasons.append("the people it happened to described alike")
    # the same town and shared words need words beyond the town's and a named group's own
    particulars = len(_particulars(shared, a, b)) >= MIN_SHARED_TERMS
    # weeks later, an undated report of an investigation or a reaction: only the same town and the
    # same people it happened to, with particulars in common, say which act it refers to
    follow_up = not dates_fit and _follow_up(a.date, b.date, ref_a, ref_b)
    sufficient = (
        duplicate
        or (dates_fit and share >= TEXT_ALONE)
        or (not other_victims and (
            (same_day and ((same_place and share >= TEXT_WITH_DAY_AND_PLACE) or named or (share_placed >= TEXT_WITH_DAY and placed_both)
                          or (alike and share >= TEXT_WITH_PLACE)))
            or (dates_fit and ((same_place and particulars) or _person_in_common(a, b)) and share >= TEXT_WITH_PLACE)
            or (follow_up and same_place and particulars and alike and share >= TEXT_WITH_PLACE)
        ))
    )
    total = round(sum(WEIGHTS[k] * v for k, v in parts.items()), 4)
    return Comparison(total, parts, sufficient, tuple(reasons))


def score(a: Incident, b: Incident, config: Config, ref_a: Date | None = None, ref_b: Date | None = None
          ) -> tuple[float, dict[str, float]] | None:
    """How well two incidents agree to be one occurrence, with the parts; None when they cannot."""
    compared = compare(a, b, config, ref_a, ref_b)
    return None if compared is None else (compared.score, compared.parts)


def best_match(
    incident: Incident, candidates: Iterable[Incident], config: Config,
    refs: Mapping[str, Date | None] | None = None, duplicates: Iterable[str] = (), country: str | None = None,
    events_of: Callable[[str], Sequence[Event]] | None = None,
) -> Match | None:
    """The candidate ``incident`` should join, or None. Candidates come oldest first; a candidate
    that already holds events of one of ``incident``'s articles is never chosen, nor one without
    sufficient positive evidence (``compare``); among the rest, the same report's incident wins,
    then the highest score, ties going to the older; the other sufficient candidates that are one
    occurrence with it (``_one_occurrence``) are in the match's ``absorbed``.
    ``refs`` gives reference dates by incident id; ``duplicates`` are the stored articles the
    incoming one nearly duplicates (a candidate holding one of them is the same report's incident);
    ``events_of`` loads the events of a stored candidate that nothing rules out, so that key terms
    are compared report by report (``_terms_by_report``)."""
    refs = refs or {}
    own = set(incident.articles)
    copies = set(duplicates)
    best: Match | None = None
    best_rank: tuple[bool, float] = (False, -1.0)
    sufficient: list[Incident] = []
    for candidate in candidates:
        if candidate.id == incident.id or own & set(candidate.articles):
            continue
        duplicate = bool(copies & set(candidate.articles))
        ref_a, ref_b = refs.get(incident.id), refs.get(candidate.id)
        if not candidate.events and events_of is not None:
            if _parts_allowed(incident, candidate, config, ref_a, ref_b, country) is None:
                continue
            # nothing rules the candidate out: its reports are read to compare their terms one by one
            candidate = candidate.model_copy(update={"events": list(events_of(candidate.id))})
        compared = compare(incident, candidate, config, ref_a, ref_b, duplicate=duplicate, country_a=country)
        if compared is None or not compared.sufficient:
            continue
        sufficient.append(candidate)
        rank = (duplicate, compared.score)  # the same report's incident first, then the best agreement
        if rank > best_rank:
            best, best_rank = Match(candidate, compared.score, compared.parts, compared.reasons), rank
    if best is None:
        return None
    absorbed = tuple(c for c in sufficient if c.id != best.incident.id and _one_occurrence(best.incident, c, config, refs))
    if not absorbed:
        return best
    tied = "ties it to " + ", ".join(c.id for c in absorbed) + ", the same occurrence told the same day: absorbed"
    return replace(best, absorbed=absorbed, reasons=(*best.reasons, tied))


def _told_on_the_day(incident: Incident) -> bool:
    return incident.date is not None and incident.date.precision is Precision.DAY


def _one_occurrence(a: Incident, b: Incident, config: Config, refs: Mapping[str, Date | None]) -> bool:
    """Whether two stored incidents, both sufficiently like one incoming report, are one occurrence
    kept apart only because the reports that started them had too little in common, or one article
    told it twice: both are dated to the very same day (``DAY_SLACK`` does not stretch here: two
    bombings of one night in one city are told a day apart), they are not placed in two towns, and
    each is sufficient evidence for the other (``compare``), now that both have grown."""
    if not (_told_on_the_day(a) and _told_on_the_day(b) and a.date.date == b.date.date):  # type: ignore[union-attr]
        return False
    if _says_which_town(a.place) and _says_which_town(b.place) and not _same_place(a.place, b.place):  # type: ignore[arg-type]
        return False
    compared = compare(b, a, config, refs.get(b.id), refs.get(a.id))
    return compared is not None and compared.sufficient


# --------------------------------------------------------------------------- merging


def _count_key(event: Event, count, perpetrator_names: set[str]) -> tuple[CountKind, bool]:
    perp = count.kind in CUMULATIVE and counts_perpetrators(count, perpetrator_names)
    return count.kind, perp


def _count_sources(event: Event, count) -> set[str]:
    return {a.source for a in (count.sources or event.sources)} | {a.via for a in (count.sources or event.sources) if a.via}


def mark_superseded(events: Sequence[Event], published: Mapping[str, Date | None]) -> list[Event]:
    """Copies of ``events`` in which every figure that a later report replaced carries a
    ``superseded`` hedge: a lower killed/injured toll once a higher one is published on a later
    day, or any figure once its own source gives another on a later day. Figures of one day are
    left alone: they are the sources' disagreement, for the headline rule to settle."""
    perpetrator_names = {a.name.lower() for e in events for a in e.actors if a.role is Role.PERPETRATOR}
    figures: dict[tuple[CountKind, bool], list[tuple[int, int, Date, int, set[str]]]] = defaultdict(list)
    for ei, event in enumerate(events):
        day = published.get(event.article_id or "")
        if day is None:
            continue
        for ci, count in enumerate(event.counts):
            if count.value is None or count.hedges:
                continue
            figures[_count_key(event, count, perpetrator_names)].append(
                (ei, ci, day, count.value, _count_sources(event, count)))
    replaced: dict[tuple[int, int], tuple[int, Date, set[str]]] = {}
    for (kind, _perp), items in figures.items():
        for ei, ci, day, value, sources in items:
            later = [
                (bool(sources & s2), d2, v2, s2) for _e2, _c2, d2, v2, s2 in items
                if d2 > day and v2 != value and ((kind in CUMULATIVE and v2 > value) or sources & s2)
            ]
            if later:  # named after the source's own revision first, else the latest, highest figure
                _same, d2, v2, s2 = max(later, key=lambda x: (x[0], x[1], x[2]))
                replaced[(ei, ci)] = (v2, d2, s2)
    if not replaced:
        return list(events)
    out: list[Event] = []
    for ei, event in enumerate(events):
        marks = [(ci, r) for (e, ci), r in replaced.items() if e == ei]
        if not marks:
            out.append(event)
            continue
        counts = list(event.counts)
        for ci, (value, day, sources) in marks:
            count = counts[ci]
            span: Span = count.span or event.evidence
            cue = f"superseded by {value} reported on {day.isoformat()}" + (f" ({', '.join(sorted(sources))})" if sources else "")
            counts[ci] = count.model_copy(update={"hedges": [*count.hedges, Hedge(cue=cue, kind="superseded", span=span)]})
        out.append(event.model_copy(update={"counts": counts}))
    return out


def merge(events: Iterable[Event], incident_id: str, published: Mapping[str, Date | None], config: Config,
          copies: Mapping[str, str] | None = None) -> Incident:
    """One incident from the union of events from one or many articles, under ``incident_id``.
    ``copies`` maps a syndicated copy to the article it copies: one report, counted once."""
    unique: dict[tuple[str | None, str], Event] = {}
    for e in events:
        unique.setdefault((e.article_id, e.id), e)
    return build_incident(mark_superseded(list(unique.values()), published), config, incident_id, reports=copies)


# --------------------------------------------------------------------------- resolving


@dataclass(frozen=True)
class Members:
    """A stored incident's events, the publication day and outlet of each of their articles, and
    the article each syndicated copy among them copies."""

    events: list[Event]
    published: dict[str, Date | None]
    outlets: dict[str, str | None]
    copies: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Resolution:
    """What one incoming incident does to the stored ones. ``match`` None: ``incident`` is a new
    one; else it is the matched stored incident rebuilt from its events, those of the stored
    incidents it absorbs (``absorbed``: the store folds them into it) and the incoming ones.
    ``published`` and ``outlets`` cover every article of ``incident`` (its claims are made from them)."""

    incident: Incident
    match: Match | None
    published: dict[str, Date | None]
    outlets: dict[str, str | None]
    copies: dict[str, str] = field(default_factory=dict)

    @property
    def created(self) -> bool:
        return self.match is None

    @property
    def absorbed(self) -> tuple[str, ...]:
        return tuple(other.id for other in self.match.absorbed) if self.match else ()


# the stored incidents that could be a draft with this reference date (blocked on that date and its
# country, oldest first), and their reference dates by id
CandidatesOf = Callable[[Incident, Date | None], tuple[Sequence[Incident], Mapping[str, Date | None]]]
# a stored incident's members, by its id
MembersOf = Callable[[str], Members]


def resolve_incident(
    events: Sequence[Event], incident_id: str, published: Mapping[str, Date | None],
    outlets: Mapping[str, str | None], config: Config, *, candidates_of: CandidatesOf, members_of: MembersOf,
    copy_of: str | None = None, country: str | None = None,
) -> Resolution:
    """Resolve one incoming incident, the ``events`` of one new article under ``incident_id``,
    against the stored ones: its draft is matched (``best_match``) among ``candidates_of(draft,
    reference date)``; a match is rebuilt from ``members_of(its id)`` and ``events``, else the draft
    is new. ``published`` and ``outlets`` give the new article's publication day and outlet;
    ``copy_of`` the stored article it nearly duplicates, if any (the same report, syndicated);
    ``country`` the one country the article's placed incidents lie in, if they agree on one."""
    draft = merge(events, incident_id, published, config)
    ref = reference_date(draft, published)
    candidates, refs = candidates_of(draft, ref)
    match = best_match(draft, candidates, config, refs={**refs, draft.id: ref}, duplicates=[copy_of] if copy_of else (),
                       country=country, events_of=lambda incident_id: members_of(incident_id).events)
    own_copies = {a: copy_of for a in published} if copy_of else {}
    if match is None:
        return Resolution(draft, None, dict(published), dict(outlets), own_copies)
    stored = [members_of(match.incident.id), *(members_of(other.id) for other in match.absorbed)]
    all_published = {k: v for m in stored for k, v in m.published.items()} | dict(published)
    all_outlets = {k: v for m in stored for k, v in m.outlets.items()} | dict(outlets)
    all_copies = {k: v for m in stored for k, v in m.copies.items()} | own_copies
    merged = merge([*(e for m in stored for e in m.events), *events], match.incident.id, all_published, config, all_copies)
    return Resolution(merged, match, all_published, all_outlets, all_copies)


# --------------------------------------------------------------------------- claims


def _name(a) -> str:
    return f"{a.source} (via {a.via})" if a.via and a.via != a.source else a.source


def _attributions(event: Event, sources, outlets: Mapping[str, str | None]) -> list[str]:
    names = [_name(a) for a in sources] or [_name(a) for a in event.sources]
    if not names:
        names = [outlets.get(event.article_id or "") or "unattributed"]
    return list(dict.fromkeys(names))


def claims(
    incident: Incident, published: Mapping[str, Date | None], outlets: Mapping[str, str | None] | None = None
) -> list[Claim]:
    """Every source's value for every field of ``incident``, one Claim per (field, value, source,
    article): the type, the date, the place, each count (perpetrators' tolls apart, as
    ``counts.killed.perpetrators``) and the named perpetrators and claimants. A claim's source is
    who said it, with the outlet that relayed it: "law enforcement source (via TASS)". Figures carrying a
    ``superseded`` hedge are claims with ``superseded=True``; other hedges set ``hedged``."""
    outlets = outlets or {}
    perpetrator_names = {a.name.lower() for a in incident.actors if a.role is Role.PERPETRATOR}
    out: list[Claim] = []
    seen: set[tuple] = set()

    def add(field, value, qualifier, source, event: Event, evidence, hedged=False, superseded=False):
        key = (field, value, qualifier, source, event.article_id)
        if key in seen:
            return
        seen.add(key)
        out.append(Claim(
            incident_id=incident.id, field=field, value=value, qualifier=qualifier, source=source,
            article_id=event.article_id or "", published=published.get(event.article_id or ""),
            evidence=evidence, hedged=hedged, superseded=superseded,
        ))

    for event in incident.events:
        event_hedged = bool(event.hedges) or event.polarity.value != "asserted"
        for source in _attributions(event, [], outlets):
            if event.mention != "anaphoric":
                add("type", event.type.value, None, source, event, event.trigger, event_hedged)
            if event.date is not None and event.type not in SATELLITES:
                add("date", event.date.date.isoformat(), event.date.precision.value, source, event,
                    event.date.span or event.evidence, event_hedged)
            if event.place is not None and event.type not in SATELLITES:
                add("place", event.place.name, event.place.kind, source, event, event.place.span or event.evidence, event_hedged)
            for actor in event.actors:
                if actor.role in _GROUP_ROLES and (actor.group or actor.kind != "unknown"):
                    add(f"actors.{actor.role.value}", actor.group or actor.name, None, source, event,
                        actor.span or event.evidence, event_hedged)
        for count in event.counts:
            kind, perp = _count_key(event, count, perpetrator_names)
            field = f"counts.{kind.value}" + (".perpetrators" if perp else "")
            superseded = any(h.kind == "superseded" for h in count.hedges)
            hedged = any(h.kind != "superseded" for h in count.hedges) or count.value is None
            for source in _attributions(event, count.sources, outlets):
                add(field, count.value, count.qualifier, source, event, count.span or event.evidence, hedged, superseded)
    return out

