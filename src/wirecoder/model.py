"""The typed records that cross wirecoder's stages.

Every stage (ingest, nlp, extract, incidents, store, export, api) takes and returns these
records and nothing looser. Offsets are character offsets into ``Article.text``. The JSON Schema
of the public records is generated from these classes into ``schema/`` (see
``scripts/export_schema.py``) and a test keeps the checked-in copy current.
"""

from __future__ import annotations

import hashlib
import re
from datetime import date as Date
from datetime import timedelta
from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, computed_field, field_validator


class Record(BaseModel):
    """Base of all records: strict about unknown fields, so a typo never passes silently."""

    model_config = ConfigDict(extra="forbid", frozen=False, validate_assignment=False)


# --------------------------------------------------------------------------- vocabularies


class EventType(StrEnum):
    """wirecoder's own event types; their GTD / ACLED / CAMEO mapping is ``taxonomy.json``."""

    ARMED_ASSAULT = "armed_assault"
    BOMBING = "bombing"
    ASSASSINATION = "assassination"
    HOSTAGE_TAKING = "hostage_taking"
    KIDNAPPING = "kidnapping"
    HIJACKING = "hijacking"
    FACILITY_ATTACK = "facility_attack"
    SECURITY_OPERATION = "security_operation"
    ARREST = "arrest"
    CLAIM = "claim_of_responsibility"
    ACCUSATION = "accusation"
    THREAT = "threat"
    PROTEST = "protest"
    STATEMENT = "statement"


class CountKind(StrEnum):
    KILLED = "killed"
    INJURED = "injured"
    HOSTAGES = "hostages"
    KIDNAPPED = "kidnapped"
    ARRESTED = "arrested"
    PERPETRATORS = "perpetrators"
    RELEASED = "released"


class Role(StrEnum):
    PERPETRATOR = "perpetrator"
    TARGET = "target"
    VICTIM = "victim"
    RESPONDER = "responder"
    CLAIMANT = "claimant"
    ACCUSER = "accuser"
    ACCUSED = "accused"
    DENIER = "denier"  # denies responsibility for the incident
    SPEAKER = "speaker"


class SourceKind(StrEnum):
    NEWS_AGENCY = "news_agency"
    MEDIA = "media"
    OFFICIAL = "official"
    SECURITY_SOURCE = "security_source"
    ARMED_GROUP = "armed_group"
    WITNESS = "witness"
    PERSON = "person"
    ORGANISATION = "organisation"
    OUTLET = "outlet"  # the publishing outlet itself, when nothing inside the text is cited
    UNKNOWN = "unknown"


class Precision(StrEnum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"


class Polarity(StrEnum):
    ASSERTED = "asserted"
    NEGATED = "negated"  # "denied responsibility", "no one was killed"
    HYPOTHETICAL = "hypothetical"  # threats, plans, "could", "would"


class Stage(StrEnum):
    """How far an act went (MUC-4's stage of execution)."""

    ACCOMPLISHED = "accomplished"
    ATTEMPTED = "attempted"  # "tried to", "failed to explode", "the bomb was defused"
    THREATENED = "threatened"  # threatened or planned, not carried out


class WeaponType(StrEnum):
    """Kinds of weapon, after the instrument set list of the MUC-4 task documentation."""

    GUN = "gun"
    MACHINE_GUN = "machine_gun"
    HANDGUN = "handgun"
    RIFLE = "rifle"
    MORTAR = "mortar"
    EXPLOSIVE = "explosive"
    BOMB = "bomb"
    VEHICLE_BOMB = "vehicle_bomb"
    DYNAMITE = "dynamite"
    MINE = "mine"
    GRENADE = "grenade"
    MOLOTOV_COCKTAIL = "molotov_cocktail"
    ROCKET = "rocket"
    MISSILE = "missile"
    CUTTING_DEVICE = "cutting_device"


# --------------------------------------------------------------------------- building blocks


class Span(Record):
    """A stretch of the article text: ``text == article.text[start:end]``."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str


# The publication dates an article may carry. Before 1900 is a typo or a hostile record; after
# today plus two days (time zones ahead of UTC, feeds that post-date) it would sort first in every
# list, and near year 9999 the date arithmetic of incident merging overflows.
EARLIEST_PUBLISHED = Date(1900, 1, 1)
PUBLISHED_DAYS_AHEAD = 2
# a surrogate code point in a Python str is never valid text: it cannot be encoded as UTF-8, so
# hashing or storing it fails far from where it came in
_SURROGATE = re.compile("[\ud800-\udfff]")


def latest_published() -> Date:
    """The latest publication date an article may carry today."""
    return Date.today() + timedelta(days=PUBLISHED_DAYS_AHEAD)


def check_published(value: Date) -> Date:
    """The date if an article may carry it as its publication date, else ValueError saying why."""
    latest = latest_published()
    if not EARLIEST_PUBLISHED <= value <= latest:
        raise ValueError(f"publication date {value.isoformat()} is outside "
                         f"{EARLIEST_PUBLISHED.isoformat()} .. {latest.isoformat()} (today + {PUBLISHED_DAYS_AHEAD} days)")
    return value


class Article(Record):
    """One news item as it enters the pipeline. Every way in (ingest, the API, the CLI, the
    library) builds one, so its checks are the door every record passes: valid Unicode in its
    strings and a publication date within ``EARLIEST_PUBLISHED`` .. ``latest_published()``."""

    text: str
    title: str | None = None
    url: str | None = None
    source: str | None = Field(default=None, description="publishing outlet, e.g. 'Reuters'")
    published: Date | None = Field(default=None, description=(
        "publication date, the anchor for relative dates; from 1900-01-01 to two days after today"))
    language: str = "en"
    origin: str | None = Field(default=None, description="where ingest found it: path, path:line, WARC offset")

    @field_validator("text", "title", "url", "source", "language")
    @classmethod
    def _valid_unicode(cls, value: str | None) -> str | None:
        if value is not None and (found := _SURROGATE.search(value)):
            raise ValueError(f"lone surrogate U+{ord(found.group()):04X} at character {found.start()}: not valid Unicode")
        return value

    @field_validator("published")
    @classmethod
    def _published_in_window(cls, value: Date | None) -> Date | None:
        return value if value is None else check_published(value)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def id(self) -> str:
        """Content hash: the same text from the same outlet is the same article."""
        h = hashlib.sha256()
        h.update((self.source or "").encode())
        h.update(b"\0")
        h.update(self.text.encode("utf-8", "surrogatepass"))
        return h.hexdigest()[:20]


class Place(Record):
    name: str = Field(description="the gazetteer's canonical name; for a village the gazetteer lacks, the name as the text "
                                   "writes it, at the coordinates of the unit it lies in (geonames_id is then None)")
    mention: str | None = Field(default=None, description="the name as written")
    kind: Literal["city", "admin1", "admin2", "country", "region", "site"] = "city"
    country_code: str | None = Field(default=None, description="ISO 3166-1 alpha-2")
    country: str | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonames_id: int | None = None
    precision: int | None = Field(default=None, ge=1, le=3, description=(
        "how closely the coordinates place it, as ACLED's geo_precision: 1 the named town itself, 2 near a town or"
        " in part of a region (a village the gazetteer lacks, placed at the town or district named with it), 3 a"
        " province or a country"))
    vicinity: bool = Field(default=False, description=(
        "GTD's vicinity: the text puts it near the place, not in it ('16km NE of Beni', 'on the outskirts of Kano')"))
    span: Span | None = None


class When(Record):
    date: Date
    precision: Precision = Precision.DAY
    text: str | None = Field(default=None, description="the expression as written: 'on Sunday'")
    span: Span | None = None

    def last_day(self) -> Date:
        """The last day the date may mean: its day, or the end of its week, month or year ('in
        2014' may be 31 December 2014)."""
        if self.precision is Precision.YEAR:
            return Date(self.date.year, 12, 31)
        if self.precision is Precision.MONTH:
            following = Date(self.date.year + self.date.month // 12, self.date.month % 12 + 1, 1)
            return following - timedelta(days=1)
        if self.precision is Precision.WEEK:
            return self.date + timedelta(days=6)
        return self.date


class Attribution(Record):
    """Who said a fact. ``via`` is the outlet that relayed it ("X said, according to Interfax")."""

    source: str = Field(description="normalised name of who said it")
    kind: SourceKind = SourceKind.UNKNOWN
    cue: str | None = Field(default=None, description="the cue: 'according to', 'stated', 'told'")
    via: str | None = None
    span: Span | None = None


class Hedge(Record):
    cue: str
    kind: Literal["uncertain", "reported", "alleged", "unconfirmed", "denied", "superseded"] = Field(
        default="uncertain", description="superseded: a figure a later report replaced ('earlier reports had put ...')"
    )
    span: Span


class Count(Record):
    kind: CountKind
    value: int | None = Field(default=None, description="None when the text says a number is unknown")
    low: int | None = None
    high: int | None = None
    qualifier: str | None = Field(default=None, description="'at least', 'about', 'more than', 'up to' ...")
    who: str | None = Field(default=None, description="whom the number counts: 'hostage-takers', 'guards'")
    span: Span | None = None
    word: Span | None = Field(default=None, description=(
        "the word the figure's kind was read from ('killed', 'wounded', 'dead', 'toll'): with span, the evidence of the figure"))
    sources: list[Attribution] = Field(default_factory=list)
    hedges: list[Hedge] = Field(default_factory=list)
    scope: Literal["incident", "roundup"] = Field(default="incident", description=(
        "'roundup' when the figure is told of a set of attacks or a period ('across the attacks', "
        "'in three attacks', 'this year', 'since January'): kept on the event, never one incident's headline"))
    later_death: bool = Field(default=False, description=(
        "a death among people the article told of before ('he died of his wounds', 'one of them later died'): "
        "the incident moves them from the wounded told before to its dead"))
    additional: bool = Field(default=False, description=(
        "people besides those the figures told before count ('three civilians were also killed'): the "
        "incident's toll adds them to its figure rather than weighing them against it"))


ActorKind = Literal["armed_group", "state_force", "government", "civilian", "person", "organisation", "unknown"]


class Toll(Record):
    """The dead or wounded of an incident as a coder totals them: everyone (GTD ``nkill``/``nwound``,
    ACLED ``fatalities``) and the perpetrators among them (GTD ``nkillter``/``nwoundte``)."""

    kind: CountKind = Field(description="killed or injured")
    total: int | None = Field(default=None, description="everyone: the victims' figure plus the perpetrators'")
    victims: int | None = Field(default=None, description="the headline figure of everyone but the perpetrators")
    perpetrators: int | None = Field(default=None, description="the perpetrators among them, when the text counts them")
    qualifier: str | None = Field(default=None, description="the victims' figure's qualifier: 'at least' ...")


class Actor(Record):
    role: Role
    text: str = Field(description="the mention as written")
    name: str = Field(description="normalised name: group canonical name or cleaned mention")
    group: str | None = Field(default=None, description="canonical armed group / organisation it belongs to")
    kind: ActorKind = "unknown"
    number: int | None = Field(default=None, description="how many, when the text says ('six detainees')")
    country_code: str | None = Field(default=None, description="nationality its own words give ('two U.S. citizens', "
                                     "'Russian special forces'), ISO 3166-1 alpha-2")
    span: Span | None = None


class Weapon(Record):
    type: WeaponType
    text: str | None = Field(default=None, description="the words as written; None when only the act implies it ('shot': a gun)")
    span: Span | None = None


class Event(Record):
    """One typed mention of something happening, in one sentence, with its evidence."""

    id: str
    type: EventType
    trigger: Span
    evidence: Span = Field(description="the sentence that carries the event")
    polarity: Polarity = Polarity.ASSERTED
    mention: Literal["specific", "anaphoric", "distinct", "background"] = Field(
        default="specific",
        description="anaphoric: names an occurrence told elsewhere ('the attack'); distinct: 'another attack'; "
                    "background: an earlier or other occurrence the report recalls ('revenge for US airstrikes "
                    "... earlier this month')",
    )
    date: When | None = None
    place: Place | None = None
    also_at: list[Place] = Field(
        default_factory=list,
        description="the other places of a list its act was told of ('attacked army posts in San Miguel, Usulutan and "
                    "Santa Ana'): the same act happened at each, an incident of its own")
    actors: list[Actor] = Field(default_factory=list)
    counts: list[Count] = Field(default_factory=list)
    sources: list[Attribution] = Field(default_factory=list)
    hedges: list[Hedge] = Field(default_factory=list)
    weapons: list[Weapon] = Field(default_factory=list, description="the weapons its sentence names, else the one its act implies")
    stage: Stage = Field(default=Stage.ACCOMPLISHED, description="attempted when its sentence says the act failed or was stopped")
    suicide: bool = Field(default=False, description="its sentence tells of a suicide attack ('suicide bomber')")
    confidence: float | None = Field(
        default=None, ge=0, le=1,
        description="the judge's probability that it tells an act to code; None where no judge ran")
    article_id: str | None = None


class ConflictValue(Record):
    value: int | str | None
    qualifier: str | None = None
    sources: list[str] = Field(default_factory=list)
    evidence: list[Span] = Field(default_factory=list)
    hedged: bool = False
    reports: int = Field(default=1, ge=0, description="distinct reports giving the value (syndicated copies count once)")


class Conflict(Record):
    """One field of one incident for which the sources give different values."""

    field: str = Field(description="e.g. 'counts.killed', 'date', 'place'")
    values: list[ConflictValue]
    note: str | None = None


class Incident(Record):
    """One real-world occurrence: the events (from one or many articles) that describe it."""

    id: str
    type: EventType
    types: list[EventType] = Field(default_factory=list, description="every event type merged in")
    date: When | None = None
    place: Place | None = None
    actors: list[Actor] = Field(default_factory=list)
    counts: list[Count] = Field(default_factory=list, description="headline count per kind")
    tolls: list[Toll] = Field(default_factory=list, description=(
        "killed and injured totalled over victims and perpetrators ('one soldier was killed and 15 assailants were "
        "killed': 16, of them 15 perpetrators)"))
    sources: list[str] = Field(default_factory=list)
    conflicts: list[Conflict] = Field(default_factory=list)
    evidence: list[Span] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    articles: list[str] = Field(default_factory=list, description="ids of the articles it came from")
    hedged: bool = False
    weapons: list[Weapon] = Field(default_factory=list, description="every weapon its events name, in reading order")
    stage: Stage = Field(default=Stage.ACCOMPLISHED, description="threatened when it is only a threat or a plan")
    suicide: bool = False
    confidence: float | None = Field(
        default=None, ge=0, le=1,
        description="the highest confidence of its events: as sure as its surest report; None where no judge ran")
    political: bool | None = Field(
        default=None,
        description="true when an armed group or a state force takes part, or it is a protest; None when the "
                    "text does not tell political violence from ordinary crime")


class DroppedEvent(Record):
    """A candidate event that makes no incident, and why: a rule, or the judge's score."""

    event: Event
    by: Literal["rule", "judge"]
    reason: str
    score: float | None = Field(default=None, ge=0, le=1, description="the judge's score, when it decided")


class ExtractionResult(Record):
    """What ``wirecoder.extract`` returns for one article."""

    article: Article
    events: list[Event] = Field(default_factory=list, description="the events incidents are built from")
    incidents: list[Incident] = Field(default_factory=list)
    dropped: list[DroppedEvent] = Field(default_factory=list, description="candidates that make no incident, with why")
    warnings: list[str] = Field(default_factory=list)
    country: str | None = Field(default=None, description=(
        "ISO 3166-1 alpha-2 code of the country the article is about: its dateline's, unless the text never"
        " names that country and names another at least twice; without a dateline, the one it names most"))


class IngestError(Record):
    """A record that could not be read or processed; the run goes on without it."""

    origin: str = Field(description="file, file:line or WARC offset")
    reason: str



# --------------------------------------------------------------------------- the store's records
# What the store gives back to the CLI, the REST API and the web page. The store keeps every
# source's value for every field of an incident as a Claim, so nothing a source said is lost
# when the headline value is chosen.


class Claim(Record):
    """One source's value for one field of one incident, from one article."""

    incident_id: str
    field: str = Field(description="'counts.killed', 'date', 'place', 'type' ...")
    value: int | str | None = Field(description="None when the source says the figure is unknown")
    qualifier: str | None = None
    source: str = Field(description="who said it: the cited source, else the outlet")
    article_id: str
    published: Date | None = Field(default=None, description="when the article reporting it was published")
    evidence: Span | None = None
    hedged: bool = False
    superseded: bool = Field(default=False, description="a later report from the same source replaced it")


class IncidentQuery(Record):
    """Filters for listing incidents; every field is optional and they combine with AND."""

    date_from: Date | None = None
    date_to: Date | None = None
    bbox: tuple[float, float, float, float] | None = Field(
        default=None, description="west, south, east, north in degrees"
    )
    type: list[EventType] = Field(default_factory=list)
    actor: str | None = Field(default=None, description="actor name or group, case-insensitive substring")
    source: str | None = Field(default=None, description="source name, case-insensitive substring")
    country: str | None = Field(default=None, description="ISO 3166-1 alpha-2")
    text: str | None = Field(default=None, description="free text searched in the evidence sentences")
    limit: int = Field(default=50, ge=1, le=10_000)
    offset: int = Field(default=0, ge=0)


class IncidentPage(Record):
    total: int
    items: list[Incident]


class MapPoint(Record):
    """An incident as the map draws it: its headline fields, read from the store's indexed columns."""

    id: str
    type: EventType
    date: Date | None = Field(default=None, description="the incident's date (ISO), if known")
    precision: Precision | None = Field(default=None, description="how precise the date is")
    place: str | None = Field(default=None, description="the place's name")
    country_code: str | None = Field(default=None, description="ISO 3166-1 alpha-2")
    lat: float
    lon: float
    killed: int | None = Field(default=None, description="the headline killed count, if any")
    conflicts: int = Field(default=0, description="how many fields the sources disagree on")


class MapPage(Record):
    total: int = Field(description="incidents with coordinates that match the filters")
    items: list[MapPoint]


class Membership(Record):
    """How one article came into an incident: the article that made it, or why it joined."""

    article_id: str
    joined: bool = Field(description="False for the article whose report made the incident")
    copy_of: str | None = Field(default=None, description=(
        "the earlier article this one nearly duplicates (a syndicated copy): one report, counted once"))
    score: float | None = Field(default=None, ge=0, le=1, description="how well its report agreed with the incident")
    reasons: list[str] = Field(default_factory=list, description="the evidence that it tells the same occurrence")


class IncidentDetail(Record):
    """An incident with every claim behind its fields and the articles that reported it."""

    incident: Incident
    claims: list[Claim] = Field(default_factory=list)
    articles: list[Article] = Field(default_factory=list)
    members: list[Membership] = Field(default_factory=list, description="why each article is in the incident")


class ArticleDetail(Record):
    """An article with the events read from it (their spans index into ``article.text``)."""

    article: Article
    events: list[Event] = Field(default_factory=list)
    incident_ids: list[str] = Field(default_factory=list)


class StatBucket(Record):
    key: str = Field(description="a day (ISO date), an event type or a country code")
    incidents: int
    killed: int = 0
    injured: int = 0


class StoreSummary(Record):
    """What one ``Store.add`` call did."""

    articles_added: int = 0
    articles_skipped: int = Field(default=0, description="already stored (same content hash)")
    incidents_created: int = 0
    incidents_updated: int = 0
    errors: int = 0
