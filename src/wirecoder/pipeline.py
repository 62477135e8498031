"""The whole single-article pipeline: Article -> parse -> field extractors -> incidents.

A ``Coder`` owns a ``Config`` and hands each stage the settings it needs, as spaCy's
``Language`` owns its pipeline's config. ``Coder.extract_article`` is the one library call that
the CLI, the spaCy component, the REST API, the evaluation and the Dask batch runs all wrap;
``wirecoder.extract`` is a default ``Coder``'s.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from typing import TYPE_CHECKING, NamedTuple

from .config import Config
from .errors import ConfigError, InputError
from .ingest.checks import check_text, new_article
from .model import Article, Event, ExtractionResult, IngestError, check_published

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .extract.places import ArticlePlaces


def as_date(value) -> date | None:
    """A publication date given as a date, a datetime or an ISO string, within the window an
    article's date must keep to (``model.check_published``); ConfigError otherwise."""
    if value is None:
        return None
    if isinstance(value, datetime):
        value = value.date()
    elif not isinstance(value, date):
        try:
            value = date.fromisoformat(str(value)[:10])
        except ValueError:
            raise ConfigError(f"published date {value!r} is not an ISO date (YYYY-MM-DD)") from None
    try:
        return check_published(value)
    except ValueError as exc:
        raise ConfigError(str(exc)) from None


_HTML_START = re.compile(r"^\s*(<!doctype html|<html|<head|<body)", re.IGNORECASE)
_HTML_TAG = re.compile(r"</?(p|div|span|a|br|script|style|article|section|h[1-6])\b[^>]*>", re.IGNORECASE)


def looks_like_html(text: str) -> bool:
    return bool(_HTML_START.match(text[:1000])) or len(_HTML_TAG.findall(text[:20000])) >= 3


class Coder:
    """Codes articles under one configuration. Cheap to make: the spaCy pipeline and the
    resources are loaded once per process and shared by every Coder."""

    def __init__(self, config: Config | None = None):
        self.config = config or Config()

    def __repr__(self) -> str:
        return f"Coder(headline_rule={self.config.headline_rule!r}, merge_window_days={self.config.merge_window_days})"

    def make_article(self, text, *, published=None, source=None, url=None, title=None) -> Article:
        """An Article from raw input; an HTML page given as text is reduced to its article first."""
        text = check_text(text, self.config.max_chars)
        if looks_like_html(text):
            from .ingest.html import html_article

            page = html_article(text, origin=url or "<text>", url=url)
            # built anew, not copied, so that the caller's fields pass the model's checks too
            return new_article(**page.model_dump(exclude={"id"}) | {
                "published": as_date(published) or page.published,
                "source": source or page.source,
                "title": title or page.title,
            })
        return new_article(text=text, published=as_date(published), source=source, url=url, title=title)

    def within_budget(self, article: Article) -> tuple[Article, str | None]:
        """The article as it is parsed: whole, or, when longer than ``max_parse_chars``, its
        beginning cut at the last paragraph or sentence end, with a note saying so. Offsets into
        the beginning are offsets into the whole, so evidence spans stay true to the article."""
        limit = self.config.max_parse_chars
        if len(article.text) <= limit:
            return article, None
        head = article.text[:limit]
        # cut where a paragraph or a sentence ends in the last fifth, else at the limit
        end = max(head.rfind("\n\n"), head.rfind(". "), head.rfind(".\n"))
        cut = end + 1 if end >= limit * 4 // 5 else limit
        note = (f"only the first {cut:,} of {len(article.text):,} characters were parsed and coded "
                f"(setting max_parse_chars={limit:,})")
        return article.model_copy(update={"text": article.text[:cut]}), note

    def extract(self, text, *, published=None, source=None, url=None, title=None) -> ExtractionResult:
        """Events and incidents of one article given as text (or an HTML page)."""
        return self.extract_article(self.make_article(text, published=published, source=source, url=url, title=title))

    def extract_article(self, article: Article) -> ExtractionResult:
        from .nlp import parse

        check_text(article.text, self.config.max_chars)
        _, turned_away = self._through_gate([article])
        if turned_away:
            return turned_away[0]
        parsed, note = self.within_budget(article)
        result = self.extract_doc(parse(parsed, truecase_threshold=self.config.truecase_threshold), article)
        return _noted(result, note)

    @property
    def gate(self):
        """The trained article gate when ``config.gate`` is on (loaded once per process), else None."""
        if not self.config.gate:
            return None
        from .judge.gate import shipped_gate

        return shipped_gate()

    def _through_gate(self, articles: list[Article]) -> tuple[list[Article], list[ExtractionResult]]:
        """The articles the gate lets through, and a result with no events, saying why, for each
        other one."""
        if self.gate is None or not articles:
            return articles, []
        passed: list[Article] = []
        turned_away: list[ExtractionResult] = []
        for article, score in zip(articles, self.gate.score(articles), strict=True):
            if score >= self.config.gate_threshold:
                passed.append(article)
            else:
                turned_away.append(ExtractionResult(article=article, warnings=[
                    f"not parsed: the article gate's score {score:.2f} is below gate_threshold "
                    f"{self.config.gate_threshold:.2f} (it reads as reporting no violence)"]))
        return passed, turned_away

    @property
    def judge(self):
        """The trained judge when ``config.judge`` is on (loaded once per process), else None."""
        if not self.config.judge:
            return None
        from .judge import shipped_judge

        return shipped_judge()

    @property
    def gazetteer(self):
        """The gazetteer of ``config.gazetteer`` (None: the bundled one), opened once per process and path."""
        from .resources.gazetteer import open_gazetteer

        return open_gazetteer(self.config.gazetteer)

    def extract_doc(self, doc, article: Article) -> ExtractionResult:
        """Run the field extractors, the judge and incident building on an already parsed doc."""
        return self._coded(self._read(doc, article), self.judge)

    def _read(self, doc, article: Article) -> _Read:
        """The field extractors' reading of a parsed doc, not yet judged."""
        from .extract.article import extract_events
        from .extract.places import read_places

        places = read_places(doc, gazetteer=self.gazetteer)  # once: the events' places and the article's country
        events = extract_events(doc, article, gazetteer=self.gazetteer, places=places,
                                court_news_days=self.config.court_news_days)
        return _Read(doc, article, places, events)

    def _coded(self, read: _Read, judge) -> ExtractionResult:
        """The judge's verdict on a doc's events (``judge``: the trained judge, or its scores of a
        batch) and the incidents they make."""
        from .extract.syntax import doc_text
        from .incidents import build_incidents
        from .judge import judge_events

        judged = judge_events(read.events, doc_text(read.doc), judge, self.config.judge_threshold,
                              published=read.article.published, recent_days=self.config.recent_days,
                              scope=self.config.judge_scope, mention_threshold=self.config.judge_mention_threshold)
        return ExtractionResult(article=read.article, events=judged.events, dropped=judged.dropped,
                                incidents=build_incidents(judged.events, self.config), country=read.places.country)

    def _batch_judge(self, reads: list[_Read]):
        """The judge for a batch of read docs: its scores of all their candidates, read in one
        call, or the judge itself when there is nothing to score or that call fails (then each
        doc is scored alone, and a failure is that doc's own)."""
        from .extract.syntax import doc_text
        from .judge import ScoredTexts, texts_to_judge

        judge = self.judge
        if judge is None:
            return None
        texts = [t for r in reads for t in texts_to_judge(r.events, doc_text(r.doc), published=r.article.published,
                                                          recent_days=self.config.recent_days)]
        if not texts:
            return judge
        try:
            return ScoredTexts(judge, texts)
        except Exception:  # noqa: BLE001 - scored doc by doc below, where a failure names its article
            return judge

    def extract_many(
        self, articles: Iterable[Article | IngestError], batch_size: int | None = None
    ) -> Iterator[ExtractionResult | IngestError]:
        """Extract a stream of articles, parsing in batches; an article that fails yields an
        IngestError naming it and the stream goes on."""
        from .nlp import parse_many

        batch_size = batch_size or self.config.nlp_batch_size
        # errors wait in the batch beside the articles so that output keeps the input's order
        pending: list[Article | IngestError] = []

        def flush() -> Iterator[ExtractionResult | IngestError]:
            passed, turned_away = self._through_gate([a for a in pending if isinstance(a, Article)])
            skipped = {id(r.article): r for r in turned_away}
            budgeted = [self.within_budget(a) for a in passed]
            parsed = iter(parse_many([b for b, _ in budgeted], batch_size=batch_size,
                                     truecase_threshold=self.config.truecase_threshold))
            notes = {id(a): note for a, (_, note) in zip(passed, budgeted, strict=True) if note}
            # every doc of the batch is read first, so that the judge scores all their candidates at once
            done: list[ExtractionResult | IngestError | _Read] = []
            for item in pending:
                if isinstance(item, IngestError):
                    done.append(item)
                    continue
                if id(item) in skipped:
                    done.append(skipped[id(item)])
                    continue
                article = item  # the whole article: its beginning alone was parsed when it is long
                _, doc = next(parsed)
                if isinstance(doc, Exception):
                    done.append(IngestError(origin=article.origin or article.id, reason=f"parse failed: {doc}"))
                    continue
                try:
                    done.append(self._read(doc, article))
                except Exception as exc:  # noqa: BLE001 - one bad article must not end a corpus run
                    done.append(_failed(article, exc))
            judge = self._batch_judge([r for r in done if isinstance(r, _Read)])
            for entry in done:
                if not isinstance(entry, _Read):
                    yield entry
                    continue
                try:
                    yield _noted(self._coded(entry, judge), notes.get(id(entry.article)))
                except Exception as exc:  # noqa: BLE001 - one bad article must not end a corpus run
                    yield _failed(entry.article, exc)
            pending.clear()

        for item in articles:
            if isinstance(item, Article):
                try:
                    check_text(item.text, self.config.max_chars)
                except InputError as exc:
                    item = IngestError(origin=item.origin or item.id, reason=str(exc))
            pending.append(item)
            if len(pending) >= batch_size:
                yield from flush()
        if pending:
            yield from flush()


class _Read(NamedTuple):
    """A parsed doc with what the field extractors read in it, before the judge."""

    doc: Doc
    article: Article
    places: ArticlePlaces
    events: list[Event]


def _failed(article: Article, exc: Exception) -> IngestError:
    return IngestError(origin=article.origin or article.id, reason=f"extraction failed: {type(exc).__name__}: {exc}")


def _noted(result: ExtractionResult, note: str | None) -> ExtractionResult:
    """The result with the parse budget's note among its warnings, when there is one."""
    return result.model_copy(update={"warnings": [*result.warnings, note]}) if note else result
