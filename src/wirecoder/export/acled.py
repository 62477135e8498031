"""ACLED's column layout (ACLED Codebook, 2023 export columns), filled with what wirecoder knows.

Column facts this follows: ``time_precision`` 1 = day, 2 = week, 3 = month or vaguer;
``geo_precision`` 1 = the town itself, 2 = a district or near a town, 3 = a province or larger;
``inter1``/``inter2`` the numeric actor classes 1 State forces, 2 Rebel groups, 3 Political
militias, 4 Identity militias, 5 Rioters, 6 Protesters, 7 Civilians, 8 External/Other forces;
``interaction`` the two inter codes, lower first (a lone actor's code times ten); ``iso`` the ISO
3166-1 numeric country code; ``civilian_targeting`` "Civilian targeting" when civilians are the
target. Unnamed perpetrators are "Unidentified Armed Group (Country)" (coded 3) and civilian victims
"Civilians (Country)", as ACLED names them. ``fatalities`` is 0 when no death toll is reported,
as in ACLED, and empty when the text says a toll exists but not its number.

Fields wirecoder has no ground for are left empty: ``source_scale``, ``tags``, ``timestamp``,
``admin2`` (unless the place is a district) and ``admin3``. ``event_id_cnty`` carries the
wirecoder incident id.

The event type comes from ``taxonomy.json`` and is refined by the actors, as ACLED's rules are:
an armed assault on state forces or an armed group is a battle (armed clash), not violence
against civilians; a suicide bombing is sub-event "Suicide bomb".
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from ..model import CountKind, EventType, Incident, Precision, Role
from ._base import Rendered, Tally, counted, csv_chunks, csv_text
from ._records import actor_label, actors, evidence_text, has_count, total, type_mapping
from .countries import country

ACLED_COLUMNS = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
    "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
    "fatalities", "tags", "timestamp",
]

STATE_FORCES, REBELS, MILITIAS, CIVILIANS, EXTERNAL = 1, 2, 3, 7, 8
_INTER_BY_KIND = {"state_force": STATE_FORCES, "government": STATE_FORCES, "armed_group": REBELS, "civilian": CIVILIANS, "organisation": EXTERNAL}

_TIME_PRECISION = {Precision.DAY: 1, Precision.WEEK: 2, Precision.MONTH: 3, Precision.YEAR: 3}
_GEO_PRECISION = {"city": 1, "site": 1, "admin2": 2, "admin1": 3, "country": 3, "region": 3}
_DISORDER = {
    "Battles": "Political violence",
    "Explosions/Remote violence": "Political violence",
    "Violence against civilians": "Political violence",
    "Protests": "Demonstrations",
    "Strategic developments": "Strategic developments",
}

# Which roles make up ACLED's actor 1 (the side that acts) and actor 2 (the side acted on).
_SIDES: dict[EventType, tuple[tuple[Role, ...], tuple[Role, ...]]] = {
    EventType.SECURITY_OPERATION: ((Role.RESPONDER,), (Role.PERPETRATOR, Role.TARGET, Role.ACCUSED)),
    EventType.ARREST: ((Role.RESPONDER,), (Role.PERPETRATOR, Role.ACCUSED, Role.TARGET, Role.VICTIM)),
    EventType.CLAIM: ((Role.CLAIMANT, Role.PERPETRATOR), (Role.VICTIM, Role.TARGET)),
    EventType.ACCUSATION: ((Role.ACCUSER,), (Role.ACCUSED,)),
    EventType.STATEMENT: ((Role.SPEAKER,), ()),
    EventType.PROTEST: ((Role.PERPETRATOR,), (Role.TARGET,)),
}
# Victims first: ACLED names the people harmed; GTD (which wants the intended target) differs.
_DEFAULT_SIDES = ((Role.PERPETRATOR, Role.CLAIMANT), (Role.VICTIM, Role.TARGET))


def _in_country(name: str, country_name: str | None) -> str:
    return f"{name} ({country_name})" if country_name else name


def _side(incident: Incident, roles, *, acting: bool, country_name: str | None, attack: bool):
    """(actor name, associated actors, inter code) for one side. The unnamed side that carries
    out an attack is an armed group; an unnamed raiding force is no such group."""
    found = actors(incident, *roles)
    if not found:
        if acting and attack:
            return _in_country("Unidentified Armed Group", country_name), "", MILITIAS
        return "", "", None
    first = found[0]
    inter = _INTER_BY_KIND.get(first.kind)
    if inter is None and not acting and first.kind == "person":
        inter = CIVILIANS  # a named person on the receiving end is a civilian unless the text says otherwise
    name = actor_label(first)
    if inter == CIVILIANS:
        name = _in_country("Civilians", country_name)
    assoc = "; ".join(actor_label(a) for a in found[1:])
    return name, assoc, inter


def _interaction(inter1: int | None, inter2: int | None) -> int | None:
    if inter1 and inter2:
        low, high = sorted((inter1, inter2))
        return low * 10 + high
    if inter1:
        return inter1 * 10
    return None


def acled_row(incident: Incident) -> dict:
    taxonomy = type_mapping(incident)
    place = incident.place
    facts = country(place.country_code if place else None)
    country_name = (place.country if place and place.country else None) or (facts.name if facts else None)
    acting_roles, acted_on_roles = _SIDES.get(incident.type, _DEFAULT_SIDES)
    actor1, assoc1, inter1 = _side(incident, acting_roles, acting=True, country_name=country_name, attack=taxonomy.attack)
    actor2, assoc2, inter2 = _side(incident, acted_on_roles, acting=False, country_name=country_name, attack=taxonomy.attack)

    event_type, sub_event_type = taxonomy.acled_event_type, taxonomy.acled_sub_event_type
    if incident.type is EventType.ARMED_ASSAULT and inter2 in (STATE_FORCES, REBELS, MILITIAS):
        event_type, sub_event_type = "Battles", "Armed clash"
    if incident.type is EventType.BOMBING and incident.suicide:
        sub_event_type = "Suicide bomb"

    when = incident.date
    if has_count(incident, CountKind.KILLED):
        fatalities = total(incident, CountKind.KILLED)  # everyone, the perpetrators included
    else:
        fatalities = 0
    return {
        "event_id_cnty": incident.id,
        "event_date": when.date.isoformat() if when else None,
        "year": when.date.year if when else None,
        "time_precision": _TIME_PRECISION[when.precision] if when else None,
        "disorder_type": _DISORDER.get(event_type),
        "event_type": event_type,
        "sub_event_type": sub_event_type,
        "actor1": actor1,
        "assoc_actor_1": assoc1,
        "inter1": inter1,
        "actor2": actor2,
        "assoc_actor_2": assoc2,
        "inter2": inter2,
        "interaction": _interaction(inter1, inter2),
        "civilian_targeting": "Civilian targeting" if inter2 == CIVILIANS else "",
        "iso": facts.numeric if facts else None,
        "region": facts.acled_region if facts else None,
        "country": country_name,
        "admin1": (place.admin1 or (place.name if place.kind == "admin1" else None)) if place else None,
        "admin2": place.name if place and place.kind == "admin2" else None,
        "admin3": None,
        "location": place.name if place and place.kind not in ("country", "region") else None,
        "latitude": round(place.lat, 4) if place and place.lat is not None else None,
        "longitude": round(place.lon, 4) if place and place.lon is not None else None,
        "geo_precision": (place.precision or _GEO_PRECISION.get(place.kind)) if place and place.lat is not None else None,
        "source": "; ".join(incident.sources),
        "source_scale": None,
        "notes": evidence_text(incident),
        "fatalities": fatalities,
        "tags": None,
        "timestamp": None,
    }


def acled_rows(incidents: Iterable[Incident]) -> list[dict]:
    return [acled_row(i) for i in incidents]


def _cells(rows: Iterable[dict]):
    return ([("" if r[c] is None else r[c]) for c in ACLED_COLUMNS] for r in rows)


def to_acled_csv(incidents: Iterable[Incident]) -> str:
    return csv_text(ACLED_COLUMNS, _cells(acled_rows(incidents)))


def stream(incidents: Iterable[Incident], tally: Tally) -> Iterator[str]:
    yield from csv_chunks(ACLED_COLUMNS, _cells(acled_row(i) for i in counted(incidents, tally)))


def render(incidents: list[Incident]) -> Rendered:
    return Rendered(to_acled_csv(incidents), len(incidents))
