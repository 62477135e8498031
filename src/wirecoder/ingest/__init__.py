"""Stage 1: files, folders and feed URLs in, ``Article`` records out.

``read_articles`` takes any mix of paths and URLs and yields an ``Article`` for every article it
finds and an ``IngestError`` (origin and one-line reason) for everything it cannot read; a bad
file or line never stops the stream. The format is chosen by extension, then by the first bytes.

Formats: plain text (with sidecar, ``index.tsv`` or dateline metadata), MUC message files,
JSON Lines, JSON, HTML, RSS/Atom, WARC. See the module of each.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from ..model import Article, IngestError
from ._common import ingest_error, printable, with_source
from ._decode import decode_text, sniff_binary
from .checks import DEFAULT_MAX_CHARS
from .dateline import Dateline, parse_dateline
from .feed import looks_like_feed, read_feed, read_url
from .html import read_html
from .jsonl import read_json, read_jsonl
from .muc import looks_like_muc, read_muc_file, read_muc_messages
from .plain import INDEX_NAME, SIDECAR_SUFFIX, read_text_file
from .warc import looks_like_warc, read_warc

__all__ = [
    "FORMATS",
    "Dateline",
    "decode_text",
    "detect_format",
    "parse_dateline",
    "read_articles",
    "read_file",
    "read_muc_messages",
    "read_url",
]

Reader = Callable[..., Iterator[Article | IngestError]]


FORMATS: dict[str, Reader] = {
    "text": read_text_file,
    "muc": read_muc_file,
    "jsonl": read_jsonl,
    "json": read_json,
    "html": read_html,
    "feed": read_feed,
    "warc": read_warc,
}

_BY_SUFFIX = {
    ".txt": "text", ".text": "text",
    ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".json": "json",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".rss": "feed", ".atom": "feed", ".xml": "feed",  # XML that is not a feed gets "not a readable feed"
    ".warc": "warc", ".arc": "warc",
}
# Read when walking a folder; anything else there (README.md, images, index.tsv) is not an article.
# Extensionless files are read too: the MUC corpora are extensionless.
_FOLDER_FORMATS = set(_BY_SUFFIX) | {".xml", ".gz", ""}


def _suffix(path: Path) -> str:
    name = path.name.lower()
    for double in (".warc.gz", ".arc.gz"):
        if name.endswith(double):
            return ".warc"
    return path.suffix.lower()


def detect_format(path: Path, head: bytes | None = None) -> str:
    """The reader name for ``path``: the extension when it is unambiguous, else the first bytes."""
    by_suffix = _BY_SUFFIX.get(_suffix(path))
    if by_suffix in ("jsonl", "json", "warc"):
        return by_suffix
    if head is None:
        with open(path, "rb") as fh:
            head = fh.read(4096)
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if looks_like_warc(stripped):
        return "warc"
    if by_suffix == "feed" or (stripped.startswith(b"<") and looks_like_feed(stripped)):
        return "feed"
    lowered = stripped[:1024].lower()
    if by_suffix == "html" or lowered.startswith((b"<!doctype html", b"<html")) or b"<html" in lowered[:512]:
        return "html"
    if by_suffix in (None, "text") and not sniff_binary(head):
        try:
            if looks_like_muc(head.decode("utf-8", "ignore")):
                return "muc"
        except UnicodeDecodeError:
            pass
    return "text"


def read_file(
    path: str | Path, *, fmt: str | None = None, max_chars: int = DEFAULT_MAX_CHARS
) -> Iterator[Article | IngestError]:
    """The articles of one file, in the given format or the detected one."""
    path = Path(path)
    origin = printable(str(path))
    try:
        fmt = fmt or detect_format(path)
    except OSError as exc:
        yield ingest_error(origin, exc)
        return
    reader = FORMATS.get(fmt)
    if reader is None:
        yield ingest_error(origin, f"unknown format {fmt!r}; known: {', '.join(FORMATS)}")
        return
    yield from reader(path, origin=origin, max_chars=max_chars)


def _is_url(item: str) -> bool:
    # Any scheme counts, so "ftp://..." gets "unsupported scheme" rather than "no such file".
    return bool(re.match(r"[A-Za-z][A-Za-z0-9+.-]*://", item))


def _folder_files(folder: Path) -> Iterator[Path]:
    """Article files under ``folder``, sorted, skipping hidden entries, sidecars and indexes."""
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            path = Path(root) / name
            if name.startswith(".") or name.endswith(SIDECAR_SUFFIX) or name == INDEX_NAME:
                continue
            if _suffix(path) in _FOLDER_FORMATS:
                yield path


def _read_one(item: str | os.PathLike, max_chars: int) -> Iterator[Article | IngestError]:
    if isinstance(item, str) and _is_url(item):
        yield from read_url(item, max_chars=max_chars)
        return
    path = Path(item)
    if path.is_dir():
        for child in _folder_files(path):
            yield from read_file(child, max_chars=max_chars)
    elif path.exists():
        yield from read_file(path, max_chars=max_chars)
    else:
        yield ingest_error(str(item), "no such file or folder")


def read_articles(
    paths_or_urls: Iterable[str | os.PathLike] | str | os.PathLike,
    *,
    default_source: str | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
) -> Iterator[Article | IngestError]:
    """Every article in the given files, folders (recursively) and feed URLs, in order.

    ``default_source`` names the outlet of articles whose input does not say it; a file larger
    than ten times ``max_chars`` is refused unread.
    """
    if isinstance(paths_or_urls, (str, os.PathLike)):
        paths_or_urls = [paths_or_urls]
    for item in paths_or_urls:
        for record in _read_one(item, max_chars):
            yield with_source(record, default_source) if isinstance(record, Article) else record
