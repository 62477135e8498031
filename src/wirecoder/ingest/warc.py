"""WARC files (plain or gzipped): each HTML response or resource record read as an article page.

warcio reads a truncated file without complaint: a cut record comes back short, a cut gzip
member ends the iteration early. We check both, so a damaged crawl says where it is damaged
(``path@offset``) after yielding every record before the damage.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from ..errors import InputError
from ..model import Article, IngestError
from ._common import ingest_error
from .checks import DEFAULT_MAX_CHARS
from .html import html_article

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def looks_like_warc(head: bytes) -> bool:
    return head.startswith(b"WARC/")


def _starts_like_web_archive(fh) -> bool:
    """WARC, or the older ARC, at the start, compressed or not. warcio reads any text as an ARC
    record, so without this check a gzipped note would pass for an (empty) archive."""
    import zlib

    head = fh.read(4096)
    fh.seek(0)
    if head.startswith(b"\x1f\x8b"):
        try:
            head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 64)
        except zlib.error:
            return False
    head = head.lstrip(b"\r\n")
    return head.startswith((b"WARC/", b"filedesc://"))


def _content_type(record) -> str:
    if record.http_headers is not None:
        return (record.http_headers.get_header("Content-Type") or "").lower()
    return (record.rec_headers.get_header("Content-Type") or "").lower()


def _status_ok(record) -> bool:
    if record.http_headers is None:
        return True  # a resource record has no HTTP status
    code = record.http_headers.get_statuscode() or ""
    return code.startswith("2")


def read_warc(
    path: Path, *, origin: str | None = None, max_chars: int = DEFAULT_MAX_CHARS
) -> Iterator[Article | IngestError]:
    """Articles from the HTML responses in a WARC. Non-HTML, non-2xx and non-response records are
    not articles and are passed over without a word; a page without article text is an
    IngestError at its offset."""
    origin = origin or str(path)
    try:
        yield from _read_records(path, origin)
    except OSError as exc:
        yield ingest_error(origin, exc)


def _read_records(path: Path, origin: str) -> Iterator[Article | IngestError]:
    from warcio.archiveiterator import ArchiveIterator

    size = path.stat().st_size
    with open(path, "rb") as fh:
        if not _starts_like_web_archive(fh):
            yield ingest_error(origin, "not a WARC file (no WARC/ header at the start)")
            return
        iterator = ArchiveIterator(fh)
        offset = 0
        records = 0
        try:
            for record in iterator:
                # Read the payload before asking for the offset: warcio's get_record_offset skips
                # to the record's end. Reading skipped records too is what reveals a cut record.
                payload = record.content_stream().read() if record.rec_type else b""
                offset = iterator.get_record_offset()
                where = f"{origin}@{offset}"
                if not record.rec_type:
                    yield ingest_error(where, "not a WARC record (no WARC-Type); file is damaged or not a WARC")
                    return
                records += 1
                wanted = (
                    record.rec_type in ("response", "resource")
                    and _content_type(record).startswith(_HTML_TYPES)
                    and _status_ok(record)
                )
                # A cut gzip member comes back as a record without a length; a cut plain record
                # leaves its length reader short.
                short = getattr(record.raw_stream, "limit", None)
                if record.length is None or short is None:
                    yield ingest_error(where, f"WARC is truncated: record at offset {offset} has no complete header")
                    return
                if short > 0:
                    yield ingest_error(where, f"WARC is truncated: record at offset {offset} is {short:,} bytes short")
                    return
                if not wanted:
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI")
                try:
                    yield html_article(payload, origin=where, url=url)
                except InputError as exc:
                    yield ingest_error(where, exc)
        except Exception as exc:  # noqa: BLE001  (warcio raises ArchiveLoadFailed, zlib and parser errors)
            yield ingest_error(f"{origin}@{iterator.offset}", f"WARC cannot be read past offset {iterator.offset}: {type(exc).__name__}: {exc}")
            return
        # Trailing newlines or padding are harmless; anything else past the last record read is not.
        fh.seek(iterator.offset)
        rest = fh.read(65536)
        if rest.strip(b"\r\n\x00") or size - iterator.offset > len(rest):
            yield ingest_error(f"{origin}@{iterator.offset}", f"WARC is truncated or damaged at offset {iterator.offset}: "
                                                              f"{size - iterator.offset:,} bytes after it could not be read")
        elif records == 0:
            yield ingest_error(origin, "WARC holds no records")
