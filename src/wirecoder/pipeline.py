"""The whole single-article pipeline: Article -> parse -> field extractors -> incidents.

``extract_article`` is the one library call that the CLI, the spaCy component, the REST API,
the evaluation and the Dask batch runs all wrap.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date, datetime

from . import settings
from .errors import BinaryInputError, ConfigError, EmptyInputError, EncodingError, InputError, TooLargeError
from .model import Article, ExtractionResult, IngestError


def _as_date(value) -> date | None:
    if value is None or isinstance(value, date) and not isinstance(value, datetime):
        return value
    if isinstance(value, datetime):
        return value.date()
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        raise ConfigError(f"published date {value!r} is not an ISO date (YYYY-MM-DD)") from None


def check_text(text: str | bytes) -> str:
    """The text if it can be read as an article, else an InputError saying why."""
    if isinstance(text, bytes):
        if b"\x00" in text[:8192]:
            raise BinaryInputError("input looks binary (NUL bytes), not article text")
        try:
            text = text.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise EncodingError(f"input is not valid UTF-8 (byte {exc.start})") from None
    if not isinstance(text, str):
        raise InputError(f"article text must be str or bytes, not {type(text).__name__}")
    limit = settings.get("max_chars")
    if len(text) > limit:
        raise TooLargeError(f"article has {len(text):,} characters, more than max_chars={limit:,}")
    if "\x00" in text[:8192]:
        raise BinaryInputError("input looks binary (NUL characters), not article text")
    if not text.strip():
        raise EmptyInputError("article text is empty")
    return text


def make_article(text, *, published=None, source=None, url=None, title=None) -> Article:
    return Article(text=check_text(text), published=_as_date(published), source=source, url=url, title=title)


def extract(text, *, published=None, source=None, url=None, title=None) -> ExtractionResult:
    return extract_article(make_article(text, published=published, source=source, url=url, title=title))


def extract_article(article: Article) -> ExtractionResult:
    from .nlp import parse

    doc = parse(article)
    return extract_doc(doc, article)


def extract_doc(doc, article: Article) -> ExtractionResult:
    """Run the field extractors and incident building on an already parsed doc."""
    raise NotImplementedError  # filled in by the extraction stage


def extract_many(articles: Iterable[Article | IngestError], batch_size: int | None = None) -> Iterator[ExtractionResult | IngestError]:
    """Extract a stream of articles, parsing in batches; a failing article yields an IngestError and the stream goes on."""
    raise NotImplementedError
