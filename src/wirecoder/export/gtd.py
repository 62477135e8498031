"""GTD's column layout (Global Terrorism Database Codebook, START), for the attacks wirecoder codes.

Only incidents whose type has a GTD attack type (``taxonomy.json``) are written: arrests, raids,
statements and protests are not GTD events, so they are left out and counted.

Codebook conventions followed: ``eventid`` is YYYYMMDD plus a four-digit sequence number; an
unknown month or day is 0; ``nperps``/``nhostkid`` -99 and ``ishostkid``/``claimed`` -9 mean
unknown; ``specificity`` 1 = the city's own coordinates, 3 = a district's, 4 = a province's,
5 = the country's; ``attacktype1`` and ``targtype1`` carry the codebook's numeric codes next to
their ``_txt`` labels. ``nperpcap`` (perpetrators captured) takes wirecoder's arrest count.
``dbsource`` is "wirecoder".
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from functools import cache

from ..model import CountKind, EventType, Incident, Precision, Role, Stage
from ..resources.words import lexicon
from ._base import Rendered, Tally, csv_chunks, csv_text
from ._records import (
    actor_label,
    actors,
    evidence_text,
    has_count,
    headline,
    total,
    type_mapping,
)
from .countries import GTD_REGION_CODES, country

GTD_COLUMNS = [
    "eventid", "iyear", "imonth", "iday", "approxdate", "extended", "country_txt", "region",
    "region_txt", "provstate", "city", "latitude", "longitude", "specificity", "vicinity", "summary",
    "success", "suicide", "doubtterr", "attacktype1", "attacktype1_txt", "targtype1", "targtype1_txt", "target1",
    "natlty1_txt", "gname", "claimed", "nperps", "nperpcap", "nkill", "nkillter", "nwound", "nwoundte", "ishostkid", "nhostkid",
    "scite1", "scite2", "scite3", "dbsource",
]

ATTACK_TYPE_CODES = {
    "Assassination": 1,
    "Armed Assault": 2,
    "Bombing/Explosion": 3,
    "Hijacking": 4,
    "Hostage Taking (Barricade Incident)": 5,
    "Hostage Taking (Kidnapping)": 6,
    "Facility/Infrastructure Attack": 7,
    "Unarmed Assault": 8,
    "Unknown": 9,
}

TARGET_TYPE_CODES = {
    "Business": 1,
    "Government (General)": 2,
    "Police": 3,
    "Military": 4,
    "Abortion Related": 5,
    "Airports & Aircraft": 6,
    "Government (Diplomatic)": 7,
    "Educational Institution": 8,
    "Food or Water Supply": 9,
    "Journalists & Media": 10,
    "Maritime": 11,
    "NGO": 12,
    "Other": 13,
    "Private Citizens & Property": 14,
    "Religious Figures/Institutions": 15,
    "Telecommunication": 16,
    "Terrorists/Non-State Militia": 17,
    "Tourists": 18,
    "Transportation": 19,
    "Unknown": 20,
    "Utilities": 21,
    "Violent Political Party": 22,
}


def _any_word(words: Iterable[str]) -> str:
    """A regex that matches any of the words where a word starts: a word ending in ``*`` is a stem
    that matches every word beginning with it, any other word only itself (``lexicon/export.json``)."""
    return "(?:" + "|".join(re.escape(w[:-1]) if w.endswith("*") else re.escape(w) + r"\b" for w in words) + ")"


@cache
def _target_words() -> list[tuple[str, re.Pattern]]:
    """For each GTD target type, the pattern of the words in a target's mention that decide it, in
    the order they are tried (``gtd_target_words`` in the export lexicon)."""
    return [(label, re.compile(rf"\b{_any_word(words)}", re.IGNORECASE))
            for label, words in lexicon().export.gtd_target_words.items()]


_TARGET_BY_KIND = {
    "civilian": "Private Citizens & Property",
    "person": "Private Citizens & Property",
    "government": "Government (General)",
    "armed_group": "Terrorists/Non-State Militia",
}


def target_type(incident: Incident) -> tuple[str, str | None]:
    """(GTD target type, target description) from the incident's first target or victim."""
    found = actors(incident, Role.TARGET, Role.VICTIM)
    if not found:
        return "Unknown", None
    first = found[0]
    for label, pattern in _target_words():
        if pattern.search(first.text) or pattern.search(first.name):
            return label, first.text
    if first.kind == "state_force":
        return "Military", first.text
    return _TARGET_BY_KIND.get(first.kind, "Unknown"), first.text


def _target_nationality(incident: Incident) -> str | None:
    """The first target's nationality when the text gives it ('two U.S. citizens'); GTD's numeric
    ``natlty1`` codes are its own, so only the name is written."""
    found = actors(incident, Role.TARGET, Role.VICTIM)
    facts = country(found[0].country_code) if found else None
    return facts.name if facts else None


_SPECIFICITY = {"city": 1, "site": 1, "admin2": 3, "admin1": 4, "country": 5, "region": 5}


def _specificity(place) -> int | None:
    """GTD specificity: the code of the unit whose coordinates are given; a village missing from
    the gazetteer and placed at the town that contains it is 2 (the codebook's "no coordinates for
    the town"), while an act near a named town keeps 1 and sets ``vicinity``."""
    if place.kind in {"city", "site"} and place.precision == 2 and not place.vicinity:
        return 2
    return _SPECIFICITY.get(place.kind)


def date_parts(incident: Incident) -> tuple[int | None, int, int]:
    """(iyear, imonth, iday) with 0 for a month or day the date's precision does not give."""
    when = incident.date
    if when is None:
        return None, 0, 0
    month = when.date.month if when.precision in (Precision.DAY, Precision.WEEK, Precision.MONTH) else 0
    day = when.date.day if when.precision is Precision.DAY else 0
    return when.date.year, month, day


def gtd_row(incident: Incident, sequence: int) -> dict:
    taxonomy = type_mapping(incident)
    attack = taxonomy.gtd_attack_type or "Unknown"
    place = incident.place
    facts = country(place.country_code if place else None)
    when = incident.date
    year, month, day = date_parts(incident)
    ymd = f"{year or 0:04d}{month:02d}{day:02d}"
    target_label, target_text = target_type(incident)
    perpetrators = actors(incident, Role.PERPETRATOR, Role.CLAIMANT)
    claimed = 1 if (EventType.CLAIM in incident.types or incident.type is EventType.CLAIM or actors(incident, Role.CLAIMANT)) else 0
    nperps = headline(incident, CountKind.PERPETRATORS)
    if nperps is None:
        nperps = next((a.number for a in perpetrators if a.number), None)
    hostkid_kinds = (CountKind.HOSTAGES, CountKind.KIDNAPPED)
    hostkid = any(has_count(incident, k) for k in hostkid_kinds) or incident.type in (
        EventType.HOSTAGE_TAKING, EventType.KIDNAPPING, EventType.HIJACKING)
    nhostkid = sum(headline(incident, k) or 0 for k in hostkid_kinds) if hostkid else None
    if hostkid and not any(headline(incident, k) is not None for k in hostkid_kinds):
        nhostkid = -99
    region = facts.gtd_region if facts else None
    sources = incident.sources
    return {
        "eventid": f"{ymd}{sequence:04d}",
        "iyear": year,
        "imonth": month if when else None,
        "iday": day if when else None,
        "approxdate": when.text if when and when.precision is not Precision.DAY and when.text else None,
        "extended": 0,
        "country_txt": (place.country if place and place.country else None) or (facts.name if facts else None),
        "region": GTD_REGION_CODES.get(region) if region else None,
        "region_txt": region,
        "provstate": (place.admin1 or (place.name if place.kind == "admin1" else None)) if place else None,
        "city": place.name if place and place.kind in ("city", "site") else None,
        "latitude": place.lat if place else None,
        "longitude": place.lon if place else None,
        "specificity": _specificity(place) if place and place.lat is not None else None,
        "vicinity": 1 if place and place.vicinity else 0,
        "summary": evidence_text(incident),
        "success": 0 if incident.stage is Stage.ATTEMPTED else 1,
        "suicide": 1 if incident.suicide else 0,
        # doubtterr: 0 when armed groups or forces take part, -9 (unknown) when the text cannot tell
        "doubtterr": 0 if incident.political else -9,
        "attacktype1": ATTACK_TYPE_CODES[attack],
        "attacktype1_txt": attack,
        "targtype1": TARGET_TYPE_CODES[target_label],
        "targtype1_txt": target_label,
        "target1": target_text,
        "natlty1_txt": _target_nationality(incident),
        "gname": actor_label(perpetrators[0]) if perpetrators else "Unknown",
        "claimed": claimed,
        "nperps": nperps if nperps is not None else -99,
        "nperpcap": headline(incident, CountKind.ARRESTED),
        "nkill": total(incident, CountKind.KILLED),
        "nkillter": total(incident, CountKind.KILLED, "perpetrators"),
        "nwound": total(incident, CountKind.INJURED),
        "nwoundte": total(incident, CountKind.INJURED, "perpetrators"),
        "ishostkid": 1 if hostkid else 0,
        "nhostkid": nhostkid,
        "scite1": sources[0] if len(sources) > 0 else None,
        "scite2": sources[1] if len(sources) > 1 else None,
        "scite3": "; ".join(sources[2:]) or None,
        "dbsource": "wirecoder",
    }


def is_gtd_event(incident: Incident) -> bool:
    return type_mapping(incident).gtd_attack_type is not None


_OMITTED_REASON = "not a GTD attack type"


def iter_gtd_rows(incidents: Iterable[Incident], tally: Tally) -> Iterator[dict]:
    """The rows of the GTD attacks among ``incidents``, the others counted in ``tally`` as left
    out. Event ids number the attacks of each date in input order, as GTD numbers the events of a
    day (one counter per date seen: small next to the incidents themselves)."""
    per_date: Counter[tuple] = Counter()
    for incident in incidents:
        if not is_gtd_event(incident):
            tally.omitted += 1
            tally.omitted_reason = _OMITTED_REASON
            continue
        key = date_parts(incident)
        per_date[key] += 1
        tally.written += 1
        yield gtd_row(incident, per_date[key])


def gtd_rows(incidents: Iterable[Incident]) -> tuple[list[dict], int]:
    """(rows, number of incidents left out as not GTD attacks)."""
    tally = Tally()
    rows = list(iter_gtd_rows(incidents, tally))
    return rows, tally.omitted


def _cells(rows: Iterable[dict]):
    return ([("" if r[c] is None else r[c]) for c in GTD_COLUMNS] for r in rows)


def _csv(rows: list[dict]) -> str:
    return csv_text(GTD_COLUMNS, _cells(rows))


def stream(incidents: Iterable[Incident], tally: Tally) -> Iterator[str]:
    yield from csv_chunks(GTD_COLUMNS, _cells(iter_gtd_rows(incidents, tally)))


def render(incidents: list[Incident]) -> Rendered:
    rows, omitted = gtd_rows(incidents)
    return Rendered(_csv(rows), len(rows), omitted, _OMITTED_REASON)
