"""RSS and Atom feeds, from files or from a URL the user gives (the one network access wirecoder
makes). Each entry is an article: title and content (or summary) as text, the entry's published
date, the feed's title as the outlet.
"""

from __future__ import annotations

import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

from ..errors import InputError
from ..model import Article, IngestError
from ._common import ingest_error, max_bytes, parse_date, read_bytes_limited
from ._htmltext import html_to_text
from .checks import DEFAULT_MAX_CHARS, check_text, new_article

FETCH_TIMEOUT_SECONDS = 30
USER_AGENT = "wirecoder (+https://github.com/wirecoder; feed reader)"


def looks_like_feed(head: bytes) -> bool:
    """RSS, RDF or Atom root element near the start of the document."""
    lowered = head[:2048].lower()
    return any(tag in lowered for tag in (b"<rss", b"<feed", b"<rdf:rdf"))


def _entry_text(entry) -> str:
    # Prefer the full content over the summary: summaries are often the first sentence only.
    body = ""
    for content in entry.get("content") or []:
        value = html_to_text(content.get("value") or "")
        if len(value) > len(body):
            body = value
    summary = html_to_text(entry.get("summary") or "")
    if len(summary) > len(body):
        body = summary
    title = html_to_text(entry.get("title") or "")
    return "\n\n".join(part for part in (title, body) if part)


def _entry_date(entry):
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        if entry.get(key):
            try:
                return parse_date(entry[key])
            except ValueError:
                continue
    return None


def feed_articles(data: bytes, *, origin: str) -> Iterator[Article | IngestError]:
    """The entries of one feed document; origin of entry N is ``origin#N``."""
    import feedparser

    parsed = feedparser.parse(data)
    entries = parsed.get("entries") or []
    if not entries:
        if parsed.get("bozo"):
            reason = parsed.get("bozo_exception")
            yield ingest_error(origin, f"not a readable RSS/Atom feed: {reason}")
        else:
            yield ingest_error(origin, "feed has no entries")
        return
    outlet = html_to_text(parsed.feed.get("title") or "") or None
    for n, entry in enumerate(entries, 1):
        where = f"{origin}#{n}"
        try:
            yield new_article(
                text=check_text(_entry_text(entry)),
                title=html_to_text(entry.get("title") or "") or None,
                url=entry.get("link") or None,
                source=outlet,
                published=_entry_date(entry),
                origin=where,
            )
        except InputError as exc:
            yield ingest_error(where, exc)


def read_feed(
    path: Path, *, origin: str | None = None, max_chars: int = DEFAULT_MAX_CHARS
) -> Iterator[Article | IngestError]:
    origin = origin or str(path)
    try:
        data = read_bytes_limited(path, max_chars)
    except (InputError, OSError) as exc:
        yield ingest_error(origin, exc)
        return
    yield from feed_articles(data, origin=origin)


def fetch(url: str, *, timeout: float = FETCH_TIMEOUT_SECONDS, max_chars: int = DEFAULT_MAX_CHARS) -> tuple[bytes, str]:
    """The body and content type at ``url``; InputError on any network or HTTP failure."""
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": "application/rss+xml, application/atom+xml, application/xml, text/xml, text/html;q=0.5"})
    limit = max_bytes(max_chars)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            data = response.read(limit + 1)
            content_type = response.headers.get("Content-Type", "")
    except urllib.error.HTTPError as exc:
        raise InputError(f"HTTP {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        raise InputError(f"cannot fetch: {exc.reason}") from None
    except (OSError, ValueError) as exc:  # timeouts, bad URLs
        raise InputError(f"cannot fetch: {exc}") from None
    if len(data) > limit:
        raise InputError(f"response is larger than {limit:,} bytes")
    return data, content_type


def read_url(url: str, *, max_chars: int = DEFAULT_MAX_CHARS) -> Iterator[Article | IngestError]:
    """A feed URL (http, https or file). A URL that turns out to serve an HTML page is read as
    one article rather than refused: users paste article links where feeds were expected."""
    scheme = urllib.parse.urlsplit(url).scheme.lower()
    if scheme not in ("http", "https", "file"):
        yield ingest_error(url, f"unsupported URL scheme {scheme!r}; give an http(s) or file URL")
        return
    try:
        data, content_type = fetch(url, max_chars=max_chars)
    except InputError as exc:
        yield ingest_error(url, exc)
        return
    if looks_like_feed(data) or "xml" in content_type:
        yield from feed_articles(data, origin=url)
        return
    from .html import html_article

    try:
        yield html_article(data, origin=url, url=url)
    except InputError as exc:
        yield ingest_error(url, f"neither a feed nor an article page: {exc}")
