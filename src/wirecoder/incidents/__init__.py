"""Stage 4: events -> incidents.

``group_events`` decides which events of one article tell the same real-world occurrence;
``build_incident`` derives an incident's headline fields, sources and conflicts from its events.
Cross-article resolution (``incidents.resolve``) reuses ``build_incident`` on the union of events.

Every function that depends on a tunable takes the ``Config`` it runs under from its caller.

Headline rule (setting ``headline_rule``):
- ``lowest_credible`` (default, as ACLED codes fatalities): the lowest figure that some source
  asserts without a hedge; hedged or unknown figures never win but are kept as conflicts.
- ``majority``: the figure most sources give, ties going to the lower figure.
Every other figure stays in the incident as a ``Conflict`` naming its sources.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from datetime import date as Date

from ..config import Config, HeadlineRule
from ..extract.counts import about_a_subgroup, is_vague
from ..judge import told_as_not_happening
from ..model import (
    Actor,
    Attribution,
    Conflict,
    ConflictValue,
    Count,
    CountKind,
    Event,
    EventType,
    Incident,
    Place,
    Polarity,
    Precision,
    Role,
    Stage,
    Toll,
    Weapon,
    WeaponType,
    When,
)
from ..resources.taxonomy import attack_types, type_priority
from ..resources.words import lexicon

# the acts with perpetrators and victims; a raid of security forces is violent but no attack
ATTACKS = attack_types()
# which type names the incident when several are merged: the most specific attack first
TYPE_PRIORITY = type_priority()
# events that happen because of another occurrence and join it when one is told nearby
SATELLITES = {EventType.CLAIM, EventType.ARREST, EventType.SECURITY_OPERATION}
_PLACE_RANK = {"site": 0, "city": 1, "admin2": 2, "admin1": 3, "region": 4, "country": 5}
DAY_SLACK = 1  # "late last night" and "early this morning" tell one act: a day apart is the same day


def distance_km(a: Place, b: Place) -> float | None:
    if None in (a.lat, a.lon, b.lat, b.lon):
        return None
    p1, p2 = math.radians(a.lat), math.radians(b.lat)
    dp, dl = p2 - p1, math.radians(b.lon - a.lon)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def at_its_container(place: Place) -> bool:
    """A town placed at the coordinates of the province or country it lies in (a village the
    gazetteer lacks): how far it is from another place is not known."""
    return place.kind in {"city", "admin2", "site"} and place.precision == 3


def places_agree(a: Place | None, b: Place | None, max_km: float) -> bool:
    """Two places can be where one incident happened: unknown, nested (a city in its region or
    country) or at most ``max_km`` apart. A town placed at its container's coordinates
    (``at_its_container``) agrees as its container would."""
    if a is None or b is None:
        return True
    if a.country_code and b.country_code and a.country_code != b.country_code:
        return False
    if "country" in (a.kind, b.kind) or "region" in (a.kind, b.kind) and not (a.admin1 and b.admin1):
        return True  # a region beyond one province ('Darfur', 'the Caucasus') holds places as a country does
    if (({a.kind, b.kind} & {"admin1", "region"}) or at_its_container(a) or at_its_container(b)) and a.admin1 and b.admin1:
        return a.admin1 == b.admin1
    if at_its_container(a) or at_its_container(b):
        return True
    d = distance_km(a, b)
    return d is None or d <= max_km


def dates_agree(a: When | None, b: When | None, window_days: int) -> bool:
    if a is None or b is None:
        return True
    gap = abs((a.date - b.date).days)
    if a.precision is Precision.DAY and b.precision is Precision.DAY:
        return gap <= window_days
    if Precision.YEAR in (a.precision, b.precision):
        return a.date.year == b.date.year
    return gap <= 31


# what a rescue, a claim or arrests can follow: violence, or a protest that police broke up
_SATELLITE_HOSTS = {*ATTACKS, EventType.PROTEST}


def _types_agree(types: set[EventType], event: Event) -> bool:
    if event.type in types:
        return True
    if event.type in SATELLITES:
        return bool(types & _SATELLITE_HOSTS) or types <= SATELLITES
    if types <= SATELLITES:
        return event.type in _SATELLITE_HOSTS
    return event.type in ATTACKS and bool(types & ATTACKS)


def _day(event: Event) -> Date | None:
    """The day an event was told on, when the text gives one."""
    return event.date.date if event.date is not None and event.date.precision is Precision.DAY else None


def _hurt_people(event: Event) -> bool:
    """The act counts dead or wounded, or names or describes people as its victims."""
    return (any(c.kind in {CountKind.KILLED, CountKind.INJURED} for c in event.counts)
            or any(a.role is Role.VICTIM and a.kind in {"person", "civilian"} for a in event.actors))


def _named_by_its_place(event: Event) -> bool:
    """'the massacre of San Francisco': an act referred to by the name of the place it is known
    by, the place as its noun's complement. Told beside acts told without a place ("the massacre of the
    Jesuits"), it is another act the readers know by that name, not where those happened."""
    if event.mention != "anaphoric" or event.place is None or event.place.span is None:
        return False
    start = event.evidence.start
    between = event.evidence.text[event.trigger.end - start: event.place.span.start - start]
    return between.split() == ["of"]


def _place_key(p: Place | None) -> tuple | None:
    return None if p is None else (p.name, p.kind, p.country_code, p.admin1, p.lat, p.lon)


def _date_key(w: When | None) -> tuple | None:
    return None if w is None else (w.date, w.precision)


class _Group:
    """Events told as one occurrence, with the distinct (place, date, aftermath?) facts among
    them, so that testing a new event costs the number of distinct facts, not of events."""

    def __init__(self, event: Event, config: Config):
        self.config = config
        # an earlier or other occurrence the article recalls ("revenge for US airstrikes ...
        # earlier this month"): it keeps its own events and lends nothing to the news
        self.background = event.mention == "background"
        self.events: list[Event] = []
        self.types: set[EventType] = set()
        self.sentences: set[int] = set()
        self.facts: dict[tuple, tuple[Place | None, When | None, bool]] = {}
        self.people: set[str] = set()  # the people its acts harmed, by name
        self.told: dict[int, str] = {}  # its sentences' words, lowercased, by where they start
        self.add(event)

    def add(self, event: Event) -> None:
        self.events.append(event)
        self.types.add(event.type)
        self.sentences.add(event.evidence.start)
        self.people |= named_victims(event)
        self.told.setdefault(event.evidence.start, " " + " ".join(re.findall(r"\w+", event.evidence.text.lower())) + " ")
        satellite = event.type in SATELLITES
        key = (_place_key(event.place), _date_key(event.date), satellite)
        self.facts.setdefault(key, (event.place, event.date, satellite))

    def near(self, place: Place) -> bool:
        """Whether a place is the town or site of the group's events or, when the group knows
        only its region, lies in that region."""
        towns = [p for p, _, _ in self.facts.values() if p is not None and p.kind in {"city", "site"}]
        if towns:
            limit = self.config.merge_distance_km

            def close(t: Place) -> bool:
                if at_its_container(t) or at_its_container(place):
                    return t.name.lower() == place.name.lower()  # no distance to tell: the village itself
                return (d := distance_km(t, place)) is not None and d <= limit
            return any(close(t) for t in towns)
        regions = [p for p, _, _ in self.facts.values() if p is not None and p.kind == "admin1"]
        return any(r.admin1 and r.admin1 == place.admin1 for r in regions)

    def harmed_one_of(self, event: Event) -> bool:
        """Whether the event harms a person the group's acts harmed ("Oqueli was kidnapped ... the
        assassination of Oqueli")."""
        return any(same_person(a, b) for a in named_victims(event) for b in self.people)

    def names_someone_of(self, event: Event) -> bool:
        """Whether the group's sentences name one of the people the event harmed, by surname: "Italian
        Dino Rossy" is among the kidnapped even where only the first of them was read as a victim,
        and "Marta Orozco Lopez, her mother" may be of the family that the attack on "Marta Luz Lopez" hit."""
        surnames = {words[-1] for name in named_victims(event) if (words := re.findall(r"\w+", name))}
        return any(f" {surname} " in text for surname in surnames for text in self.told.values())

    def told_on_another_day(self, event: Event) -> bool:
        """Whether the event is an act told on a day more than ``DAY_SLACK`` from a day one of the
        group's acts was told on ("the Jesuits were killed this morning ... on Monday soldiers raided
        their homes"; "a bus was burned today ... a truck was blown up in the same street three days
        ago"): two acts on two days are two occurrences, however alike. Not so for a release, a claim
        or an arrest, which come days after their act, nor for an act against a person the group's
        acts harmed ("kidnapped on Tuesday ... confirmed yesterday Mir's kidnapping"), nor for an act
        that hurt people unless it counts others than the group's acts did. Only the days of the
        group's specific acts count: a reference ("the attack") may be dated by its telling."""
        day = _day(event)
        if day is None or event.type in SATELLITES or self.harmed_one_of(event) or self.names_one_of_its_people(event):
            return False
        if _hurt_people(event) and not self.counts_others(event):
            return False  # "he was shot on Sunday" after "died on Tuesday": whom it hurt may be whom the group's acts hurt
        days = {d for e in self.events if e.mention == "specific" and e.type not in SATELLITES and (d := _day(e)) is not None}
        return any(abs((d - day).days) > DAY_SLACK for d in days)

    def counts_others(self, event: Event) -> bool:
        """Whether the event counts dead or wounded by figures none of the group's acts gives ("28
        bodies were found" beside "shot 16 peasants"): other people than the group's acts hurt."""
        def figures(e: Event) -> set[tuple[CountKind, int]]:
            return {(c.kind, c.value) for c in e.counts if c.kind in {CountKind.KILLED, CountKind.INJURED} and c.value}
        told = figures(event)
        group = set().union(*(figures(e) for e in self.events))
        return bool(told) and bool(group) and not told & group

    def names_one_of_its_people(self, event: Event) -> bool:
        """Whether the event's sentence names, by surname, a person the group's acts harmed."""
        told = " " + " ".join(re.findall(r"\w+", event.evidence.text.lower())) + " "
        return any(f" {words[-1]} " in told for name in self.people if (words := re.findall(r"\w+", name)))

    def fits(self, event: Event) -> bool:
        if not _types_agree(self.types, event):
            return False
        if any(e.trigger.start == event.trigger.start and e.article_id == event.article_id for e in self.events):
            return False  # one act told of the places of a list (``one_per_place``): another place, another incident
        if self.told_on_another_day(event):
            return False
        if _named_by_its_place(event) and not any(p is not None for p, _, _ in self.facts.values()):
            # it would lend its place to acts told without one: it is another act, known by that name
            return False
        if self.people and event.evidence.start not in self.sentences and named_victims(event) and not self.names_someone_of(event):
            # the killing of one named person and, told apart, that of another the group's sentences
            # never name are two acts ("Garcia Alvarado was killed ... Rodriguez Porth's assassination")
            return False
        for place, when, satellite in self.facts.values():
            if not places_agree(place, event.place, self.config.merge_distance_km):
                return False
            # a rescue or arrest comes later than the act: only places must agree
            if not (satellite or event.type in SATELLITES) and not dates_agree(when, event.date, self.config.merge_window_days):
                return False
        return True


def group_events(events: Iterable[Event], config: Config) -> list[list[Event]]:
    """Group one article's events (in text order) into incidents.

    An event joins an earlier group when types, places and dates agree and it is tied to that
    group: it is in the same sentence, it refers back ("the attack"), it is a consequence of an
    earlier act (a claim, a rescue, arrests), it is the same kind of act, or it harmed a person the
    group's acts harmed ("kidnapped Hector Oqueli ... Oqueli was murdered"). An act told apart that
    harmed a named person whom none of a group's sentences names is another occurrence than that
    group's acts against named people, however alike; so is an act told on a day more than a day
    from one of the group's acts (``_Group.told_on_another_day``), and an act referred to by
    its place's name ("the massacre of San Francisco") beside acts told without a place. An act told
    of the places of a list is an act at each of them, each an incident (``one_per_place``).
    Hypothetical and negated violence ("planned an attack", "no attack took place") makes no incident.

    A background event (told as earlier or as the cause of the news: "revenge for US airstrikes
    ... earlier this month", "since 1959, when ...") is an incident of its own, joined only by the
    background told with it in its sentence; later mentions refer to the news, and to a background
    only when nothing the news tells fits them. A background with neither date nor place
    names no occurrence anyone could code, and makes no incident.
    """
    groups: list[_Group] = []
    ordered_events = _in_reading_order(copy for event in events for copy in one_per_place(event))
    back_refs = {e.evidence.start for e in ordered_events if e.mention == "anaphoric"}
    for event in ordered_events:
        if told_as_not_happening(event):
            continue  # a plot, a denied attack, or "no group has claimed" with nobody to name
        if event.mention == "distinct":
            groups.append(_Group(event, config))
            continue
        if event.mention == "background":
            told_with = [g for g in groups if g.background and event.evidence.start in g.sentences and g.fits(event)]
            if told_with:
                told_with[-1].add(event)
            else:
                groups.append(_Group(event, config))
            continue
        # a later death ("two of the injured died on Tuesday") is of people an act told before hurt
        linked = event.mention == "anaphoric" or event.type in SATELLITES or (
            event.place is None and event.date is None and event.type in ATTACKS
        ) or any(c.later_death for c in event.counts)
        target = None
        # the news first; a background only when nothing of the news can be meant
        for pool in ([g for g in groups if not g.background], [g for g in groups if g.background]):
            same_sentence = [g for g in pool if event.evidence.start in g.sentences and g.fits(event)]
            if same_sentence:
                target = same_sentence[-1]
                break
            fitting = _last_fitting(pool, event, back_refs)
            if fitting is not None:
                target = fitting if linked or event.type in fitting.types or fitting.harmed_one_of(event) else None
                break
        if target is None:
            groups.append(_Group(event, config))
        else:
            target.add(event)
            # the group last told about is the one a later "the attack" or "arrests" refers to
            groups.remove(target)
            groups.append(target)
    kept = [g for g in groups if not (g.background or _only_referred_to(g.events))
            or any(e.date is not None or e.place is not None for e in g.events)]
    ordered = sorted(kept, key=lambda g: (g.events[0].evidence.start, g.events[0].trigger.start))
    return [g.events for g in ordered]


def one_per_place(event: Event) -> list[Event]:
    """The event, and the same act at each other place of the list it was told of (``Event.also_at``:
    "bombed power pylons in Usulutan, Chalatenango and La Union" is an act in each of them)."""
    if not event.also_at:
        return [event]
    # a figure told of the act in all of them is the list's, no one place's ("killed 20 peasants in A, B and C")
    counts = [c.model_copy(update={"scope": "roundup"}) if c.kind in {CountKind.KILLED, CountKind.INJURED} else c for c in event.counts]
    return [event.model_copy(update={"counts": counts}),
            *(event.model_copy(update={"id": f"{event.id}.{n}", "place": place, "also_at": [], "counts": counts})
              for n, place in enumerate(event.also_at, 1))]


def named_victims(event: Event) -> set[str]:
    """The people an act harmed whom the text names ("Hector Oqueli", not "a guard"), lowercased;
    for a release or rescue, the people it freed ("Senator Gomez was released ... kidnapped on 15
    February": the release told first joins the kidnapping of the same person)."""
    if event.type not in ATTACKS and event.type is not EventType.SECURITY_OPERATION:
        return set()
    return {" ".join(a.name.lower().split()) for a in event.actors if a.role is Role.VICTIM and a.kind == "person"}


def same_person(a: str, b: str) -> bool:
    """Whether two names name one person: one holds every word of the other ("Rodriguez Porth",
    "Antonio Rodriguez Porth"; a second surname or a first name told once)."""
    x, y = set(a.split()), set(b.split())
    return x <= y or y <= x


def _only_referred_to(events: list[Event]) -> bool:
    """'Russia is most likely responsible for the attack', 'the shooting has reopened the debate':
    an act the article only ever refers to, told nowhere, is one its readers know from elsewhere."""
    determiners = lexicon().events.anaphoric_determiners
    return all(e.mention == "anaphoric" and not any(c.value for c in e.counts)
               and _word_before(e) in determiners for e in events)


def _word_before(event: Event) -> str:
    """The word just before the trigger in its sentence ('the' of 'the attack'); a headline's bare
    noun ('Man City bus attack') has a name or nothing there."""
    head = event.evidence.text[: max(0, event.trigger.start - event.evidence.start)].split()
    return head[-1].lower() if head else ""


def _last_fitting(groups: list[_Group], event: Event, back_refs: set[int]) -> _Group | None:
    """The group last told about that the event could belong to."""
    for group in reversed(groups):
        if not group.fits(event):
            continue
        if event.type in SATELLITES and event.place is not None and event.evidence.start not in back_refs:
            # arrests elsewhere belong to an earlier incident only if it happened near
            # them, unless the sentence points back ("arrested over the attack")
            if not group.near(event.place):
                continue
        return group
    return None


def _in_reading_order(events: Iterable[Event]) -> list[Event]:
    """Text order, except that within a sentence a bare back-reference ("The Crocus Attack: ...
    gunmen opened fire") waits for the specific events it names, so it joins them and not an
    earlier incident."""
    def bare(e: Event) -> bool:
        return e.mention == "anaphoric" and e.place is None and e.date is None

    return sorted(events, key=lambda e: (e.article_id or "", e.evidence.start, bare(e)))


def incident_id(events: list[Event]) -> str:
    """Stable id from the first event: re-running an article gives the same incident ids."""
    first = min(events, key=lambda e: (e.article_id or "", e.trigger.start))
    return hashlib.sha1(f"{first.article_id}:{first.id}".encode()).hexdigest()[:16]


def _source_names(attributions: Iterable[Attribution]) -> list[str]:
    names: list[str] = []
    for a in attributions:
        for name in (a.source, a.via):
            if name and name not in names:
                names.append(name)
    return names


def _primary_type(events: list[Event]) -> EventType:
    # an anaphoric mention ("the attack", a toll update) names no type of its own when a specific one is told
    # but a claim "for the bombing" is about the bombing: the act outranks what followed it
    types = {e.type for e in events if e.mention != "anaphoric"}
    if not types & ATTACKS:
        types |= {e.type for e in events}
    return next(t for t in TYPE_PRIORITY if t in types)


def _headline_events(events: list[Event]) -> list[Event]:
    """The events that say when and where the act itself happened (not its aftermath)."""
    core = [e for e in events if e.type not in SATELLITES] or events
    return core


def _pick_date(events: list[Event]) -> tuple[When | None, Conflict | None]:
    dated = [e for e in _headline_events(events) if e.date is not None] or [e for e in events if e.date is not None]
    if not dated:
        return None, None
    by_date: dict = defaultdict(list)
    for e in dated:
        by_date[(e.date.date, e.date.precision)].append(e)
    # the most precise, then most often given date names the incident
    order = sorted(by_date, key=lambda k: (list(Precision).index(k[1]), -len(by_date[k]), k[0]))
    chosen = by_date[order[0]][0].date
    days = {k for k in by_date if k[1] is Precision.DAY}
    conflict = None
    if len(days) > 1:
        conflict = Conflict(
            field="date",
            values=[
                ConflictValue(value=k[0].isoformat(), sources=_source_names(a for e in by_date[k] for a in e.sources),
                              evidence=[e.evidence for e in by_date[k]])
                for k in sorted(days)
            ],
        )
    return chosen, conflict


def _pick_place(events: list[Event]) -> Place | None:
    placed = [e.place for e in _headline_events(events) if e.place is not None] or [e.place for e in events if e.place is not None]
    if not placed:
        return None
    told = Counter(_place_key(p) for p in placed)
    finest = min(placed, key=lambda p: (_place_rank(p), -told[_place_key(p)]))
    # "in Chalatenango department" beside a town of another province: the text says the act was in
    # the province; the town is some other part of the story (where a source or a unit sits)
    stated = [p for p in placed if p.kind == "admin1" and _names_its_kind(p) and p.country_code == finest.country_code
              and finest.kind in {"site", "city", "admin2"} and p.admin1 != finest.admin1
              and told[_place_key(p)] >= told[_place_key(finest)]]
    return max(stated, key=lambda p: told[_place_key(p)]) if stated else finest


def _place_rank(place: Place) -> int:
    """How coarse a place is: a site first, a country last but for a region that spans countries
    ('the Middle East'); a region of one country ('Darfur') is finer than the country."""
    if place.kind == "region" and not place.country_code:
        return _PLACE_RANK["country"] + 1
    return _PLACE_RANK.get(place.kind, 9)


def _names_its_kind(place: Place) -> bool:
    """Whether the text called the place a province ('Chalatenango department', 'the province of Idlib')."""
    words = (place.mention or "").lower().split()
    region_words = set(lexicon().places.region_words)
    return len(words) > 1 and (words[-1] in region_words or words[0] in region_words)


def _same_name(a: str, b: str) -> bool:
    """'Bortnikov' and 'Alexander Bortnikov', 'special forces' and 'Russian special forces'."""
    a, b = a.lower(), b.lower()
    return a == b or a.endswith(" " + b) or b.endswith(" " + a)


def _merge_actors(events: list[Event]) -> list[Actor]:
    """One actor per role and group (or name): 'members of the organization', 'six detainees
    linked to ISIS' and 'elements of ISIS' are one perpetrator, the Islamic State, six of them.
    The people a satellite event acts on (those arrested after an attack) are no targets of the
    incident itself; its counts keep them."""
    attacked = any(e.type in ATTACKS for e in events)
    # responders answering an act ("stormed the prison the hostage-takers held"), not a raid alone
    responded = attacked and any(a.role is Role.RESPONDER for e in events for a in e.actors)
    merged: dict[tuple[Role, str], Actor] = {}
    for event in events:
        for actor in event.actors:
            if attacked and event.type in SATELLITES and actor.role is Role.TARGET:
                continue
            if responded and actor.role is Role.VICTIM and actor.name.lower().rsplit(" ", 1)[-1] in lexicon().people.perpetrators:
                # "special forces shot dead six hostage-takers": whom the responders killed are the
                # incident's perpetrators, not its victims
                actor = actor.model_copy(update={"role": Role.PERPETRATOR})
            existing = next((k for k in merged if k[0] is actor.role and not actor.group and _same_name(k[1], actor.name)), None)
            if existing is not None and len(actor.name) > len(existing[1]):
                old = merged.pop(existing)
                merged[(actor.role, actor.name.lower())] = old.model_copy(update={
                    "name": actor.name, "text": actor.text, "country_code": actor.country_code or old.country_code})
                continue
            if existing is not None:
                continue
            key = (actor.role, (actor.group or actor.name).lower())
            have = merged.get(key)
            if have is None:
                merged[key] = actor.model_copy()
                continue
            richer = actor if (actor.number or 0) > (have.number or 0) else have
            merged[key] = richer.model_copy(update={
                "group": have.group or actor.group,
                "number": max(filter(None, [have.number, actor.number]), default=None),
                "kind": have.kind if have.kind != "unknown" else actor.kind,
                "country_code": have.country_code or actor.country_code,
            })
    # a perpetrator named only by its head noun ("the detainees") folds into a grouped one of that
    # noun; when the act has one named perpetrator group, its unnamed perpetrators ("the inmates",
    # "the hostage-takers") are that group's people and fold into it too
    actors = list(merged.values())
    groups = {a.group for a in actors if a.role is Role.PERPETRATOR and a.group}

    def folded(actor: Actor) -> bool:
        if actor.group is not None:
            return False
        if any(o is not actor and o.role == actor.role and o.group and o.name.lower() == actor.name.lower() for o in actors):
            return True
        return len(groups) == 1 and actor.role is Role.PERPETRATOR and actor.kind not in {"state_force", "government"}

    gone = [folded(a) for a in actors]
    out = [a for a, g in zip(actors, gone) if not g]
    most = max((a.number or 0 for a, g in zip(actors, gone) if g and a.role is Role.PERPETRATOR), default=0)
    if len(groups) == 1 and most:
        out = [a.model_copy(update={"number": max(a.number or 0, most)}) if a.role is Role.PERPETRATOR and a.group else a
               for a in out]
    return out


def counts_perpetrators(count: Count, perpetrator_names: set[str]) -> bool:
    """Whether a count is of the perpetrators ("all six attackers were killed") rather than of their
    victims: the two are different sets of people, never two views of one figure."""
    who = (count.who or "").lower()
    words = set(who.replace("-", " - ").split()) | {who}
    if words & lexicon().people.perpetrators:
        return True
    # a perpetrator's name counts them when it names whom the count counts ("detainees linked to
    # ISIS", "members of the FMLN", "FMLN members"), not when it qualifies other people: "a police
    # officer" is no count of the police who shot the assailant
    people = lexicon().people
    others = (set(lexicon().counts.singular_people) | set(lexicon().actors.civilian_heads)
              | set(lexicon().actors.state_force_heads)) - set(people.perpetrator_heads)
    tokens = who.split()
    for name in perpetrator_names:
        size = len(name.split())
        for i in range(len(tokens) - size + 1):
            if " ".join(tokens[i:i + size]) == name and (i + size == len(tokens) or tokens[i + size] not in others):
                return True
    return False


def _merge_counts(events: list[Event], actors: list[Actor], rule: HeadlineRule,
                  reports: Mapping[str, str] | None = None) -> tuple[list[Count], list[Conflict], list[Toll]]:
    """Headline counts and conflicts. ``reports`` maps an article to the report it carries (a
    syndicated copy to the article it copies): a report counts once, however many outlets print it."""
    perpetrator_names = {a.name.lower() for a in actors if a.role is Role.PERPETRATOR}
    revised, emptied = _after_later_deaths(events, perpetrator_names)
    by_kind: dict[tuple[CountKind, bool], list[Count]] = defaultdict(list)
    report_of: dict[int, str] = {}  # by id() of the count: the report that gives it
    for event in events:
        for count in (revised.get(id(c), c) for c in event.counts):
            if count is None:
                continue  # a later death added to the dead told before it
            report_of[id(count)] = (reports or {}).get(event.article_id or "", event.article_id or "")
            if about_a_subgroup(count) and id(count) not in emptied:
                continue  # "no consulate staff were hurt": kept on its event, no figure of the incident
            if count.scope == "roundup":
                continue  # "20 killed across the attacks": the set's figure, neither headline nor conflict
            perp = count.kind in {CountKind.KILLED, CountKind.INJURED} and counts_perpetrators(count, perpetrator_names)
            by_kind[(count.kind, perp)].append(count)
    headlines: dict[CountKind, Count] = {}
    chosen_by: dict[tuple[CountKind, bool], Count] = {}  # the figure chosen for the victims, and for the perpetrators
    conflicts: list[Conflict] = []
    # victims' figures first: when both are told, the incident's headline counts the victims
    for (kind, perp), counts in sorted(by_kind.items(), key=lambda item: item[0][1]):
        groups: dict[tuple, list[Count]] = defaultdict(list)
        for c in counts:
            groups[(c.value, c.qualifier if c.value is not None else "unknown")].append(c)
        credible = {k: g for k, g in groups.items() if k[0] is not None and not all(c.hedges for c in g)}
        # a vague quantity ("scores of other people") never beats a number a source gives
        credible = {k: g for k, g in credible.items() if not all(is_vague(c) for c in g)} or credible
        key = _figure_chosen(credible, rule, report_of) if credible else next(iter(groups))
        chosen = groups[key]
        sources: list[Attribution] = []
        for c in chosen:
            sources.extend(s for s in c.sources if (s.source, s.via) not in {(x.source, x.via) for x in sources})
        chosen_by[(kind, perp)] = _with_the_others(counts, credible, rule, report_of) or chosen[0]
        if key[0] == 0 and all(id(c) in emptied for c in chosen):
            continue  # the wounded all died: no one was hurt and lived, yet no text says "no one was hurt"
        if kind not in headlines:
            headlines[kind] = chosen[0].model_copy(update={"sources": sources, "hedges": [h for c in chosen for h in c.hedges]})
        if len(groups) > 1:
            conflicts.append(Conflict(
                field=f"counts.{kind.value}",
                values=[
                    ConflictValue(
                        value=k[0], qualifier=k[1], sources=_source_names(s for c in g for s in c.sources),
                        evidence=[c.span for c in g if c.span is not None], hedged=any(c.hedges for c in g) or k[0] is None,
                        reports=len({report_of[id(c)] for c in g}),
                    )
                    for k, g in groups.items()
                ],
                note=("among the perpetrators; " if perp else "") + f"headline by rule {rule}: {key[0]}",
            ))
    order = list(CountKind)
    return sorted(headlines.values(), key=lambda c: order.index(c.kind)), conflicts, _tolls(chosen_by)


def _figure_chosen(groups: Mapping[tuple, list[Count]], rule: HeadlineRule, report_of: Mapping[int, str]) -> tuple:
    """The key (value, qualifier) of the figure ``rule`` makes the headline among credible groups:
    the one most reports give under ``majority`` (the lower on a tie), else the lowest."""
    if rule == "majority":
        return max(groups, key=lambda k: (len(_supporters(groups[k], report_of)), -k[0]))
    return min(groups, key=lambda k: k[0])


def _with_the_others(counts: list[Count], credible: Mapping[tuple, list[Count]], rule: HeadlineRule,
                     report_of: Mapping[int, str]) -> Count | None:
    """The figure a coder totals when a report tells people besides those it counted first ("two
    soldiers were killed ... three civilians were also killed": 5): the figure the rule picks among
    those told before such a group in its report, plus each such group once. None when there is no
    such group, or no figure before it to add it to (a background toll told later is none)."""
    def where(c: Count) -> int:
        return c.span.start if c.span is not None else -1

    adds = [c for c in counts if c.additional and c.value and not c.hedges]
    before = {k: [c for c in g if not c.additional and any(report_of[id(c)] == report_of[id(a)] and where(c) < where(a) for a in adds)]
              for k, g in credible.items()}
    base = {k: g for k, g in before.items() if g}
    if not base:
        return None
    # the same figure of the same people told again ("police also said five people were killed") is no more
    told = {(c.value, (c.who or "").lower()) for g in base.values() for c in g}
    more = {(c.value, (c.who or "").lower()): c.value for c in adds if (c.value, (c.who or "").lower()) not in told}
    if not more:
        return None
    first = base[_figure_chosen(base, rule, report_of)][0]
    return first.model_copy(update={"value": first.value + sum(more.values())})


def _after_later_deaths(events: list[Event], perpetrator_names: set[str]) -> tuple[dict[int, Count | None], set[int]]:
    """The figures of each report once its later deaths are settled ("Gunmen shot a shopkeeper. He
    died of his wounds in hospital": 1 killed, 0 injured). A later death (``Count.later_death``)
    moves its people from the wounded that the same report told before it to the dead told before
    it, or is the report's first figure of the dead; figures told after it already count it. A
    report that told no wounded before it keeps it as an ordinary figure of the dead.

    Returns the revised counts by id() of the counts they replace (None: a death added to the
    figures before it, no figure of its own), and the ids of the revised wounded figures it
    emptied. The counts on the events stay as they were told: each sentence keeps its evidence."""
    revised: dict[int, Count | None] = {}
    by_report: dict[str, list[tuple[int, Count]]] = defaultdict(list)
    for event in events:
        for count in event.counts:
            if count.kind in {CountKind.KILLED, CountKind.INJURED} and count.scope == "incident" and not about_a_subgroup(count):
                where = count.span.start if count.span is not None else event.evidence.start
                by_report[event.article_id or ""].append((where, count))

    def now(count: Count) -> Count | None:
        return revised.get(id(count), count)

    def moved(count: Count, by: int) -> Count:
        value = max(0, count.value + by)  # type: ignore[operator]
        return count.model_copy(update={"value": value, "low": value if count.low is not None else None,
                                        "high": value if count.high is not None else None, "later_death": False})

    for told in by_report.values():
        told.sort(key=lambda item: item[0])
        settled: dict[int, Count | None] = {}  # by where the death is told: one count may sit on two events
        for where, death in told:
            if not death.later_death or not death.value:
                continue
            if where in settled:
                if id(death) not in revised:
                    revised[id(death)] = settled[where]
                continue
            side = counts_perpetrators(death, perpetrator_names)
            earlier = [c for w, c in told if w < where and (n := now(c)) is not None and n.value is not None
                       and not n.later_death and counts_perpetrators(c, perpetrator_names) == side]
            wounded = [c for c in earlier if c.kind is CountKind.INJURED and now(c).value]  # type: ignore[union-attr]
            if not wounded:
                settled[where] = death
                continue  # nobody told hurt before it: an ordinary figure of the dead
            dead = [c for c in earlier if c.kind is CountKind.KILLED]
            for c in wounded:
                revised[id(c)] = moved(now(c), -death.value)  # type: ignore[arg-type]
            for c in dead:
                revised[id(c)] = moved(now(c), death.value)  # type: ignore[arg-type]
            # the first death told is the report's figure of the dead; a later one adds to it
            revised[id(death)] = settled[where] = None if dead else death.model_copy(update={"later_death": False})
    emptied = {id(c) for c in revised.values() if c is not None and c.kind is CountKind.INJURED and c.value == 0}
    return revised, emptied


def _tolls(chosen_by: Mapping[tuple[CountKind, bool], Count]) -> list[Toll]:
    """Killed and injured totalled as GTD and ACLED total them: everyone who died, the
    perpetrators included ("one soldier was killed and 15 assailants were killed": 16, of them 15
    perpetrators). An unknown figure ("it remains unclear how many") adds nothing."""
    tolls = []
    for kind in (CountKind.KILLED, CountKind.INJURED):
        victims, perpetrators = chosen_by.get((kind, False)), chosen_by.get((kind, True))
        if victims is None and perpetrators is None:
            continue
        known = [c.value for c in (victims, perpetrators) if c is not None and c.value is not None]
        tolls.append(Toll(
            kind=kind, total=sum(known) if known else None,
            victims=victims.value if victims is not None else None,
            perpetrators=perpetrators.value if perpetrators is not None else None,
            qualifier=victims.qualifier if victims is not None else perpetrators.qualifier if perpetrators else None,
        ))
    return tolls


def _supporters(counts: list[Count], report_of: Mapping[int, str]) -> set[tuple[str, str | None]]:
    """Who gives a figure, for the majority rule: each source once per report (a report without a
    cited source supports it once)."""
    return {(report_of[id(c)], s.source) for c in counts for s in (c.sources or [None])}  # type: ignore[misc]


def _merge_weapons(events: list[Event]) -> list[Weapon]:
    """The weapons the events name, once each, in reading order; when none is named, those only
    an act implies ("shot": a gun)."""
    named: dict[tuple, Weapon] = {}
    implied: dict[tuple, Weapon] = {}
    for e in events:
        for w in e.weapons:
            (named if w.text else implied).setdefault((w.type, (w.text or "").lower()), w)
    return list((named or implied).values())


def _stage(events: list[Event], types: list[EventType]) -> Stage:
    """Threatened when the incident is only a threat or every report of it is hypothetical;
    attempted when a report says the act failed or was stopped; else accomplished."""
    if all(e.polarity is Polarity.HYPOTHETICAL for e in events) or (EventType.THREAT in types and not ATTACKS & set(types)):
        return Stage.THREATENED
    return Stage.ATTEMPTED if any(e.stage is Stage.ATTEMPTED for e in events) else Stage.ACCOMPLISHED


def build_incident(events: list[Event], config: Config, incident_id_: str | None = None,
                   reports: Mapping[str, str] | None = None) -> Incident:
    """An incident from its events: type by priority, most precise date, most specific place,
    merged actors, headline counts by the ``headline_rule`` setting, every disagreement a Conflict."""
    if not events:
        raise ValueError("an incident needs at least one event")
    events = sorted(events, key=lambda e: (e.article_id or "", e.trigger.start))
    date, date_conflict = _pick_date(events)
    actors = _merge_actors(events)
    counts, conflicts, tolls = _merge_counts(events, actors, config.headline_rule, reports)
    if date_conflict:
        conflicts.insert(0, date_conflict)
    evidence = list({(e.evidence.start, e.evidence.end): e.evidence for e in events}.values())
    types = []
    for e in events:
        if e.type not in types:
            types.append(e.type)
    return Incident(
        id=incident_id_ or incident_id(events),
        type=_primary_type(events),
        types=types,
        date=date,
        place=_pick_place(events),
        actors=actors,
        counts=counts,
        tolls=tolls,
        sources=_source_names(a for e in events for a in e.sources),
        conflicts=conflicts,
        evidence=evidence,
        events=events,
        articles=list(dict.fromkeys(e.article_id for e in events if e.article_id)),
        hedged=any(e.hedges or any(c.hedges for c in e.counts) for e in events),
        weapons=_merge_weapons(events),
        stage=_stage(events, types),
        suicide=any(e.suicide for e in events),
        confidence=max((e.confidence for e in events if e.confidence is not None), default=None),
        political=_political(types, actors, _merge_weapons(events), any(e.suicide for e in events)),
    )


# who makes violence political: an armed group or a state's forces taking part, on either side
_POLITICAL_KINDS = {"armed_group", "state_force"}
# the means of political violence that crime hardly uses: explosives and military arms
_POLITICAL_MEANS = {WeaponType.BOMB, WeaponType.VEHICLE_BOMB, WeaponType.EXPLOSIVE, WeaponType.DYNAMITE, WeaponType.MINE,
                    WeaponType.MORTAR, WeaponType.ROCKET, WeaponType.MISSILE}


def _political(types: list[EventType], actors: list[Actor], weapons: list[Weapon], suicide: bool) -> bool | None:
    """True when an armed group or a state force is among the actors (by kind, by group name, or
    by the words insurgents and soldiers go by), people protested, or the means were a suicide
    attack, explosives or military arms; else None: "gunmen" may be insurgents or robbers, and
    only a coder's context knowledge tells."""
    if EventType.PROTEST in types or suicide or any(w.type in _POLITICAL_MEANS for w in weapons):
        return True
    forces = lexicon().actors
    armed = lexicon().people.armed_group_members | (forces.state_force_heads - forces.state_force_heads_needing_modifier)
    if any(a.kind in _POLITICAL_KINDS or a.group or _head(a.text) in armed for a in actors):
        return True
    return None


def _head(text: str) -> str:
    words = text.lower().split()
    return words[-1].strip(".,'\"") if words else ""


def build_incidents(events: list[Event], config: Config) -> list[Incident]:
    return [build_incident(group, config) for group in group_events(events, config)]


