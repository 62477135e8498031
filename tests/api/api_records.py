"""Hand-built ExtractionResults for the API and browser tests that must run without the spaCy model.

Built with ``tests/factories.py``: the events are written as the extractors write them (spans index
the article text) and the incidents come from ``incidents.build_incidents``.
"""

from __future__ import annotations

from datetime import date

from factories import event, result, sentence, span

from wirecoder.model import (
    Actor,
    Article,
    Attribution,
    Count,
    CountKind,
    EventType,
    ExtractionResult,
    Hedge,
    Place,
    Role,
    SourceKind,
    When,
)

ROOT_TEXT = __import__("pathlib").Path(__file__).resolve().parents[2] / "examples"
TOKEN = "write-token-for-tests"


ROSTOV_PLACE = {"name": "Rostov-on-Don", "kind": "city", "country_code": "RU", "country": "Russia", "admin1": "Rostov",
                    "lat": 47.23135, "lon": 39.72328}


def rostov() -> ExtractionResult:
    """The seed article, with the hostage-taking's "six killed" against "unclear"."""
    text = (ROOT_TEXT / "rostov.txt").read_text()
    art = Article(text=text, published=date(2024, 6, 16), source="news report", title="Rostov prison hostage-taking")
    sunday = When(date=date(2024, 6, 16), text="on Sunday", span=span(text, "on Sunday"))
    rostov = Place(mention="Rostov", span=span(text, "Rostov", after="city of"), **ROSTOV_PLACE)
    isis = Actor(role=Role.PERPETRATOR, text="six detainees linked to ISIS", name="Islamic State",
                 group="Islamic State", kind="armed_group", number=6,
                 span=span(text, "six detainees linked to ISIS"))
    media = Attribution(source="Russian media", kind=SourceKind.MEDIA, cue="reported",
                        span=span(text, "Russian media"))
    admin = Attribution(source="prison administration", kind=SourceKind.OFFICIAL, cue="announced",
                        span=span(text, "prison administration"))
    service = Attribution(source="Russian prison service", kind=SourceKind.OFFICIAL, cue="announced",
                          via="Interfax", span=span(text, "The Russian prison service"))
    unclear = Hedge(cue="It remains unclear", kind="uncertain", span=span(text, "It remains unclear"))
    return result(
        art,
        event(art, "took two guards as hostages", EventType.HOSTAGE_TAKING, id="e1", date=sunday, place=rostov,
              actors=[isis.model_copy(update={"text": "members of the organization",
                                              "span": span(text, "members of the organization")})],
              counts=[Count(kind=CountKind.HOSTAGES, value=2, span=span(text, "two guards"), sources=[admin])],
              sources=[admin]),
        event(art, "shot dead", EventType.SECURITY_OPERATION, id="e2", date=sunday, place=rostov,
              actors=[isis, Actor(role=Role.RESPONDER, text="Russian special forces", name="Russian special forces",
                                  kind="state_force", span=span(text, "Russian special forces"))],
              counts=[Count(kind=CountKind.KILLED, value=6, who="detainees", span=span(text, "six detainees"),
                            sources=[media])],
              sources=[media]),
        event(art, span(text, "stormed", after="The Russian prison"), EventType.SECURITY_OPERATION, id="e3",
              evidence=sentence(text, "It remains unclear"), date=sunday, place=rostov, mention="anaphoric",
              counts=[Count(kind=CountKind.KILLED, value=None, who="detainees",
                            span=span(text, "how many of the six hostage-takers were killed"),
                            sources=[service], hedges=[unclear])],
              sources=[service], hedges=[unclear]),
    )


def simple(text: str, *, published: date, source: str, type_: EventType, trigger: str, place: dict | None,
           killed: int | None = None, said_by: str | None = None, actor: str | None = None,
           title: str | None = None, url: str | None = None) -> ExtractionResult:
    """One article telling one incident."""
    art = Article(text=text, published=published, source=source, title=title, url=url)
    sources = [Attribution(source=said_by, kind=SourceKind.OFFICIAL, span=span(text, said_by))] if said_by else []
    counts = []
    if killed is not None:
        counts.append(Count(kind=CountKind.KILLED, value=killed, span=span(text, str(killed)), sources=sources))
    actors = [Actor(role=Role.PERPETRATOR, text=actor, name=actor, group=actor, kind="armed_group",
                    span=span(text, actor) if actor in text else None)] if actor else []
    return result(art, event(art, trigger, type_, id="e1", day=published, place=Place(**place) if place else None,
                             actors=actors, counts=counts, sources=sources))


KABUL = {"name": "Kabul", "kind": "city", "country_code": "AF", "country": "Afghanistan", "lat": 34.5281, "lon": 69.1723}
KADUNA = {"name": "Kaduna", "kind": "city", "country_code": "NG", "country": "Nigeria", "lat": 10.5264, "lon": 7.4388}
MOGADISHU = {"name": "Mogadishu", "kind": "city", "country_code": "SO", "country": "Somalia", "lat": 2.0371, "lon": 45.3438}
BERLIN = {"name": "Berlin", "kind": "city", "country_code": "DE", "country": "Germany", "lat": 52.52, "lon": 13.405}

HOSTILE_TEXT = (
    'Gunmen attacked a market in Kaduna, killing 4 people, police said. '
    '<script>window.__pwned = (window.__pwned || 0) + 1; document.title = "pwned";</script> '
    '<img src=x onerror="window.__pwned = 1"> '
    'Readers were told to <a href="javascript:window.__pwned=1">click here</a> for more.'
)
HOSTILE_TITLE = '<img src=x onerror="window.__pwned=1"><b>Breaking</b> market attack'
HOSTILE_SOURCE = '<script>window.__pwned=1</script>Evil "Wire"'


def corpus() -> list[ExtractionResult]:
    """The seed, four plain incidents in four countries, and one hostile article."""
    return [
        rostov(),
        simple("A suicide bomber of the Islamic State Khorasan Province killed 12 people outside a ministry in Kabul "
               "on Tuesday, officials said.",
               published=date(2025, 3, 5), source="wire report", type_=EventType.BOMBING, trigger="suicide bomber",
               place=KABUL, killed=12, said_by="officials", actor="Islamic State Khorasan Province",
               title="Kabul bombing", url="https://example.org/kabul"),
        simple("Gunmen kidnapped 30 villagers near Kaduna on Friday, residents said.", published=date(2025, 2, 8),
               source="wire report", type_=EventType.KIDNAPPING, trigger="kidnapped", place=KADUNA,
               said_by="residents", title="Kaduna kidnapping"),
        simple("Al-Shabaab fighters stormed a hotel in Mogadishu, killing 21 people, police said.",
               published=date(2022, 8, 21), source="wire report", type_=EventType.HOSTAGE_TAKING, trigger="stormed",
               place=MOGADISHU, killed=21, said_by="police", actor="al-Shabaab", title="Mogadishu hotel siege"),
        simple("Police arrested six men in Berlin on Thursday, prosecutors said.", published=date(2024, 12, 6),
               source="dpa", type_=EventType.ARREST, trigger="arrested", place=BERLIN, said_by="prosecutors",
               title="Berlin arrests"),
        simple(HOSTILE_TEXT, published=date(2025, 1, 20), source=HOSTILE_SOURCE, type_=EventType.ARMED_ASSAULT,
               trigger="attacked", place=KADUNA, killed=4, said_by="police", title=HOSTILE_TITLE,
               url="javascript:window.__pwned=1"),
    ]
