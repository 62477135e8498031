"""Incident records built by hand: every export test reads the same three."""

from datetime import date

import pytest

from wirecoder.model import (
    Actor,
    Conflict,
    ConflictValue,
    Count,
    CountKind,
    EventType,
    Incident,
    Place,
    Precision,
    Role,
    Span,
    When,
)

BOMBING_SENTENCE = (
    "At least 12 people were killed and 30 others wounded when a suicide bomber blew himself up "
    "outside a government ministry in Kabul on Tuesday, officials said."
)


@pytest.fixture
def kabul_bombing() -> Incident:
    return Incident(
        id="inc-kabul",
        type=EventType.BOMBING,
        types=[EventType.BOMBING, EventType.CLAIM],
        date=When(date=date(2025, 3, 4), precision=Precision.DAY, text="on Tuesday"),
        place=Place(name="Kabul", mention="Kabul", kind="city", country_code="AF", country="Afghanistan",
                    admin1="Kabul", lat=34.5281, lon=69.1723, geonames_id=1138958),
        actors=[
            Actor(role=Role.PERPETRATOR, text="a suicide bomber", name="suicide bomber", group="Islamic State Khorasan Province", kind="armed_group"),
            Actor(role=Role.CLAIMANT, text="The Islamic State Khorasan Province", name="Islamic State Khorasan Province", group="Islamic State Khorasan Province", kind="armed_group"),
            Actor(role=Role.VICTIM, text="12 people", name="people", kind="civilian", number=12),
            Actor(role=Role.TARGET, text="a government ministry", name="government ministry", kind="government"),
        ],
        counts=[
            Count(kind=CountKind.KILLED, value=12, low=12, qualifier="at least"),
            Count(kind=CountKind.INJURED, value=30),
        ],
        sources=["officials", "Reuters"],
        conflicts=[Conflict(field="counts.killed", values=[ConflictValue(value=12, sources=["officials"]), ConflictValue(value=14, sources=["Reuters"])])],
        evidence=[Span(start=0, end=len(BOMBING_SENTENCE), text=BOMBING_SENTENCE)],
        articles=["a1", "a2"],
        suicide=True,  # "a suicide bomber": what the weapons extractor reads from the sentence
    )


@pytest.fixture
def mopti_assault() -> Incident:
    text = "Gunmen attacked an army post in central Mali's Mopti region last month, killing an unknown number of soldiers."
    return Incident(
        id="inc-mopti",
        type=EventType.ARMED_ASSAULT,
        types=[EventType.ARMED_ASSAULT],
        date=When(date=date(2025, 4, 1), precision=Precision.MONTH, text="last month"),
        place=Place(name="Mopti", kind="admin1", country_code="ML", country="Mali", lat=14.5, lon=-4.2),
        actors=[Actor(role=Role.TARGET, text="soldiers", name="soldiers", kind="state_force")],
        counts=[Count(kind=CountKind.KILLED, value=None, qualifier="unknown")],
        sources=["AFP"],
        evidence=[Span(start=0, end=len(text), text=text)],
        hedged=True,
    )


@pytest.fixture
def berlin_arrests() -> Incident:
    return Incident(
        id="inc-berlin",
        type=EventType.ARREST,
        types=[EventType.ARREST],
        date=When(date=date(2024, 12, 5), precision=Precision.DAY),
        place=Place(name="Berlin", kind="city", country_code="DE", country="Germany"),  # no coordinates
        actors=[
            Actor(role=Role.RESPONDER, text="police", name="police", kind="state_force"),
            Actor(role=Role.ACCUSED, text="six men", name="men", kind="person", number=6),
        ],
        counts=[Count(kind=CountKind.ARRESTED, value=6)],
        sources=["dpa"],
    )


@pytest.fixture
def incidents(kabul_bombing, mopti_assault, berlin_arrests) -> list[Incident]:
    return [kabul_bombing, mopti_assault, berlin_arrests]
