"""Helpers every reader shares: turning InputErrors into IngestErrors, dates, size guards."""

from __future__ import annotations

import time
from datetime import date, datetime
from pathlib import Path

from ..errors import InputError, TooLargeError
from ..model import Article, IngestError


def printable(text: str) -> str:
    """Text that can be written as UTF-8: a file name that is not valid UTF-8 comes to Python with
    lone surrogates (``\\udcff``), which would fail the store's insert; they are spelled out."""
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def ingest_error(origin: str, exc: BaseException | str) -> IngestError:
    """One line: the reason, without a traceback, whatever the exception carried."""
    reason = exc if isinstance(exc, str) else (str(exc) or type(exc).__name__)
    if not isinstance(exc, (str, InputError)):
        reason = f"{type(exc).__name__}: {reason}"
    return IngestError(origin=printable(origin), reason=printable(" ".join(reason.split())))


def parse_date(value) -> date | None:
    """An ISO date or datetime (string, date, datetime, feedparser struct_time) as a date; None if
    absent; ValueError if present but not a date."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, time.struct_time):
        return date(value.tm_year, value.tm_mon, value.tm_mday)
    raw = str(value).strip()
    try:
        return date.fromisoformat(raw[:10])
    except ValueError:
        pass
    try:
        return datetime.fromisoformat(raw).date()  # 3.11+ reads "Z" and offsets
    except ValueError:
        raise ValueError(f"published {raw!r} is not an ISO date (YYYY-MM-DD)") from None


def max_bytes(max_chars: int) -> int:
    # UTF-8 spends at most 4 bytes a character; HTML markup is often several times its text,
    # so a page gets ten times the article limit before it is refused unread.
    return max_chars * 10


def read_bytes_limited(path: Path, max_chars: int) -> bytes:
    size = path.stat().st_size
    if size > max_bytes(max_chars):
        raise TooLargeError(f"file has {size:,} bytes, more than 10 x max_chars={max_chars:,}")
    return path.read_bytes()


def with_source(article: Article, source: str | None) -> Article:
    if source and not article.source:
        return article.model_copy(update={"source": source})
    return article
