"""The one factory of synthetic records for the tests: events written as the extractors write
them (spans index the article's text, evidence is the trigger's sentence) and extraction results
whose incidents come from ``incidents.build_incidents``, so a store sees what the pipeline gives it.

Importable from every test (``tests/`` is on the path, see ``tests/conftest.py``) and from
``scripts/loadtest.py``.
"""

from __future__ import annotations

from datetime import date

from wirecoder.config import Config
from wirecoder.incidents import build_incident, build_incidents
from wirecoder.model import (
    Article,
    Attribution,
    Count,
    CountKind,
    Event,
    EventType,
    ExtractionResult,
    Place,
    SourceKind,
    Span,
    When,
)


def span(text: str, part: str, after: str | None = None) -> Span:
    """``part``'s first occurrence in ``text`` (at or after ``after``'s, if given)."""
    start = text.index(part, text.index(after) if after else 0)
    return Span(start=start, end=start + len(part), text=part)


def sentence(text: str, part: str | Span) -> Span:
    """The sentence of ``text`` (ended by ". " or a line break) that holds ``part`` (its first
    occurrence, or that span)."""
    at = part.start if isinstance(part, Span) else text.index(part)
    before = text.rfind(". ", 0, at)
    start = max(before + 2 if before >= 0 else 0, text.rfind("\n", 0, at) + 1)
    end = text.find(". ", at)
    end = len(text) if end < 0 else end + 1
    return Span(start=start, end=end, text=text[start:end])


def attribution(name: str, kind: SourceKind = SourceKind.MEDIA, via: str | None = None, **kw) -> Attribution:
    """``name`` said it (relayed by ``via``)."""
    return Attribution(source=name, kind=kind, via=via, **kw)


def event(article: Article, trigger: str | Span, etype: EventType, *, day: date | None = None, id: str | None = None,
          **kw) -> Event:
    """An event of ``article`` at ``trigger`` (its text, or a span), its evidence the trigger's
    sentence, on ``day`` (day-precise) if given; ``id`` defaults to one from the trigger's offset."""
    trig = trigger if isinstance(trigger, Span) else span(article.text, trigger)
    if "evidence" not in kw:
        kw["evidence"] = sentence(article.text, trig)
    if day is not None:
        kw.setdefault("date", When(date=day))
    return Event(id=id or f"e{trig.start}", type=etype, trigger=trig, article_id=article.id, **kw)


def count(article: Article, part: str, kind: CountKind, value: int | None, *sources: Attribution, **kw) -> Count:
    """A count read from ``part`` of ``article``, said by ``sources``."""
    return Count(kind=kind, value=value, span=span(article.text, part), sources=list(sources), **kw)


def result(article: Article, *events: Event, config: Config | None = None) -> ExtractionResult:
    """What the extractor gives for ``article``: its events and the incidents built from them."""
    return ExtractionResult(article=article, events=list(events),
                            incidents=build_incidents(list(events), config or Config()))


MEDELLIN = Place(name="Medellín", mention="Medellin", kind="city", country_code="CO", country="Colombia",
                 admin1="Antioquia", lat=6.25184, lon=-75.56359, geonames_id=3674962)


def _one_incident_per_event(article: Article, *triggers: str) -> ExtractionResult:
    """An article whose bombing the extractor told as one incident per sentence."""
    events = [event(article, trigger, EventType.BOMBING, day=date(1989, 12, 6), place=MEDELLIN) for trigger in triggers]
    return ExtractionResult(article=article, events=events, incidents=[build_incident([e], Config()) for e in events])


def bombing_told_twice_then_tied() -> tuple[ExtractionResult, ExtractionResult]:
    """A report whose one car bombing was kept as two incidents (one per sentence), and a later
    report sufficient for both, which folds them into one in a store."""
    first = _one_incident_per_event(Article(
        text="A car bomb exploded outside the security police headquarters in Medellin on Wednesday. "
             "The blast destroyed the headquarters' facade and wounded 40 people, police said.",
        source="AFP", published=date(1989, 12, 6)), "car bomb exploded", "blast")
    later = _one_incident_per_event(Article(
        text="The car bomb at the security police headquarters in Medellin on Wednesday wounded 40 people and "
             "destroyed its facade, the mayor said.", source="EFE", published=date(1989, 12, 7)), "car bomb")
    return first, later


def store_with_a_fold(url: str) -> tuple[str, str]:
    """A store at ``url`` holding the bombing of ``bombing_told_twice_then_tied`` after the fold:
    the id folded away and the id that stays."""
    from wirecoder.model import IncidentQuery
    from wirecoder.store import open_store

    first, later = bombing_told_twice_then_tied()
    with open_store(url) as store:
        store.add([first])
        two = {i.id for i in store.incidents(IncidentQuery()).items}
        store.add([later])
        (kept,) = {i.id for i in store.incidents(IncidentQuery()).items}
    (gone,) = two - {kept}
    return gone, kept
