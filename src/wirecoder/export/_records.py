"""Reading incidents the way every flat format needs: headline counts, actors by role, the
taxonomy mapping, coordinates. Shared so CSV, Parquet, GeoJSON, ACLED and GTD agree."""

from __future__ import annotations

from ..model import Actor, CountKind, Incident, Role
from ..resources.taxonomy import TypeMapping, mapping


def headline(incident: Incident, kind: CountKind) -> int | None:
    """The incident's headline figure of one kind; None when it has none or the text says unknown."""
    for count in incident.counts:
        if count.kind is kind:
            return count.value if count.value is not None else count.low
    return None


def total(incident: Incident, kind: CountKind, part: str = "total") -> int | None:
    """Everyone killed or injured, perpetrators included (``part="total"``), or only the
    perpetrators (``part="perpetrators"``): the codebooks' totals (GTD nkill/nkillter, ACLED
    fatalities). Falls back on the headline figure for records made before tolls were kept."""
    for toll in incident.tolls:
        if toll.kind is kind:
            return getattr(toll, part)
    return headline(incident, kind) if part == "total" else None


def has_count(incident: Incident, kind: CountKind) -> bool:
    return any(c.kind is kind for c in incident.counts)


def qualifier(incident: Incident, kind: CountKind) -> str | None:
    for count in incident.counts:
        if count.kind is kind:
            return count.qualifier
    return None


def actor_label(actor: Actor) -> str:
    return actor.group or actor.name


def actors(incident: Incident, *roles: Role) -> list[Actor]:
    """Actors in any of ``roles``, in role order then mention order, one per label."""
    seen: set[str] = set()
    found = []
    for role in roles:
        for actor in incident.actors:
            label = actor_label(actor)
            if actor.role is role and label.lower() not in seen:
                seen.add(label.lower())
                found.append(actor)
    return found


def labels(incident: Incident, *roles: Role) -> list[str]:
    return [actor_label(a) for a in actors(incident, *roles)]


def type_mapping(incident: Incident) -> TypeMapping:
    return mapping(incident.type)


def coordinates(incident: Incident) -> tuple[float, float] | None:
    """(lon, lat) when the incident has a valid position, else None."""
    place = incident.place
    if place is None or place.lat is None or place.lon is None:
        return None
    if not (-90 <= place.lat <= 90 and -180 <= place.lon <= 180):
        return None
    return place.lon, place.lat


def evidence_text(incident: Incident, limit: int = 1000) -> str:
    """The incident's evidence sentences, deduplicated, as one line of at most ``limit`` chars."""
    seen: list[str] = []
    for span in incident.evidence or [e.evidence for e in incident.events]:
        sentence = " ".join(span.text.split())
        if sentence and sentence not in seen:
            seen.append(sentence)
    text = " ".join(seen)
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"
