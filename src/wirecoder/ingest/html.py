"""HTML pages: trafilatura finds the main text, title, date and site name.

A page with no article (a login form, an index of links) is an IngestError, not an article made
of menu entries: trafilatura returns whatever text it finds, so we ask for running prose.
"""

from __future__ import annotations

import logging
import re
import warnings
from collections.abc import Iterator
from pathlib import Path

from ..errors import InputError
from ..model import Article, IngestError
from ._common import ingest_error, parse_date, read_bytes_limited
from ._decode import sniff_binary
from .checks import DEFAULT_MAX_CHARS, check_text, new_article

# A sentence-like line: enough words, ending as prose ends. Menus and link lists never have one.
_MIN_WORDS = 8
_PROSE_END = re.compile(r"[.!?\"'”’»)]\s*$")


def has_prose(text: str) -> bool:
    return any(len(line.split()) >= _MIN_WORDS and _PROSE_END.search(line) for line in text.splitlines())


def _quiet_extractor_logs() -> None:
    # trafilatura logs an ERROR for every page it finds empty; with no logging configured Python
    # prints those to stderr, doubling the IngestError we yield. A level the user set is kept.
    for name in ("trafilatura", "htmldate", "courlan"):
        logger = logging.getLogger(name)
        if logger.level == logging.NOTSET:
            logger.setLevel(logging.CRITICAL)


def html_article(content: bytes | str, *, origin: str, url: str | None = None) -> Article:
    """The article in one HTML page; InputError when the page holds none."""
    import trafilatura

    _quiet_extractor_logs()

    if isinstance(content, bytes):
        binary = sniff_binary(content[:8192])
        if binary:
            raise InputError(f"input is {binary}, not an HTML page")
    with warnings.catch_warnings():
        # lxml's FutureWarning about element truth-testing comes from inside trafilatura.
        warnings.simplefilter("ignore", FutureWarning)
        try:
            doc = trafilatura.bare_extraction(content, url=url, with_metadata=True, include_comments=False)
        except Exception as exc:  # noqa: BLE001  (trafilatura/lxml raise many types on hostile markup)
            raise InputError(f"HTML could not be parsed: {type(exc).__name__}: {exc}") from None
    if doc is None:
        raise InputError("page has no article text")
    meta = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    text = (meta.get("text") or "").strip()
    title = (meta.get("title") or "").strip() or None
    if title:
        # trafilatura repeats the headline as the first line; the title has its own field.
        first, _, rest = text.partition("\n")
        if first.strip() == title and rest.strip():
            text = rest.strip()
    if not has_prose(text):
        raise InputError("page has no article text (no paragraph of running prose)")
    try:
        published = parse_date(meta.get("date"))
    except ValueError:
        published = None  # a garbled page date is not worth losing the article over
    return new_article(
        text=check_text(text),
        title=title,
        url=url or meta.get("url") or None,
        source=(meta.get("sitename") or "").strip() or None,
        published=published,
        origin=origin,
    )


def read_html(
    path: Path, *, origin: str | None = None, max_chars: int = DEFAULT_MAX_CHARS
) -> Iterator[Article | IngestError]:
    origin = origin or str(path)
    try:
        yield html_article(read_bytes_limited(path, max_chars), origin=origin)
    except (InputError, OSError) as exc:
        yield ingest_error(origin, exc)
