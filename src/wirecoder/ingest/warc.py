"""WARC files (plain or gzipped): each HTML response or resource record read as an article page.

warcio reads a truncated file without complaint: a cut record comes back short, a cut gzip
member ends the iteration early. We check both, so a damaged crawl says where it is damaged
(``path@offset``) after yielding every record before the damage.

A record's payload is read only once its headers say it is wanted: an HTML page whose declared
length is at most ten times ``max_chars`` (the cap every reader applies to a file's bytes). Other
records are skipped unread (warcio steps over them in small blocks), a larger page is one error
line, and no more than that limit is ever read from a payload, whose decoding (gzip or chunked
transfer) can make it longer than declared.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from ..errors import InputError, TooLargeError
from ..model import Article, IngestError
from ._common import ingest_error, max_bytes
from .checks import DEFAULT_MAX_CHARS
from .html import html_article

_HTML_TYPES = ("text/html", "application/xhtml+xml")
# Bytes read at a time from the archive and from a gzip-encoded payload: deflate expands up to
# ~1000-fold and warcio inflates a whole block at once, so its default 16 KB could become 16 MB in
# memory from one read of a gzip bomb; 2 KB keeps that to about 2 MB.
_BLOCK_BYTES = 2048


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


def _payload_stream(record):
    """``record.content_stream()`` (the HTTP body with its gzip, deflate or brotli and chunked
    encodings undone) decoded in small blocks, for the reason ``_BLOCK_BYTES`` gives."""
    from warcio.bufferedreaders import BufferedReader, ChunkedDataReader

    if not record.http_headers:
        return record.raw_stream
    encoding = (record.http_headers.get_header("content-encoding") or "").lower() or None
    if encoding not in BufferedReader.get_supported_decompressors():
        encoding = None
    if record.http_headers.get_header("transfer-encoding") == "chunked":
        return ChunkedDataReader(record.raw_stream, block_size=_BLOCK_BYTES, decomp_type=encoding)
    if encoding:
        return BufferedReader(record.raw_stream, block_size=_BLOCK_BYTES, decomp_type=encoding)
    return record.raw_stream


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
        yield from _read_records(path, origin, max_chars)
    except OSError as exc:
        yield ingest_error(origin, exc)


def _read_records(path: Path, origin: str, max_chars: int) -> Iterator[Article | IngestError]:
    from warcio.archiveiterator import ArchiveIterator

    size = path.stat().st_size
    limit = max_bytes(max_chars)
    with open(path, "rb") as fh:
        if not _starts_like_web_archive(fh):
            yield ingest_error(origin, "not a WARC file (no WARC/ header at the start)")
            return
        iterator = ArchiveIterator(fh, block_size=_BLOCK_BYTES)
        offset = 0
        records = 0
        try:
            for record in iterator:
                # The headers decide whether the payload is read at all, and how much of it
                wanted = bool(record.rec_type) and (
                    record.rec_type in ("response", "resource")
                    and _content_type(record).startswith(_HTML_TYPES)
                    and _status_ok(record)
                )
                declared = record.length or 0
                payload = b""
                if wanted and declared <= limit:
                    payload = _payload_stream(record).read(limit + 1)
                # Asked for after the payload: warcio's get_record_offset steps to the record's end,
                # reading what is left in blocks and dropping it. That step is what reveals a cut record.
                offset = iterator.get_record_offset()
                where = f"{origin}@{offset}"
                if not record.rec_type:
                    yield ingest_error(where, "not a WARC record (no WARC-Type); file is damaged or not a WARC")
                    return
                records += 1
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
                if declared > limit or len(payload) > limit:
                    size_note = f"declares {declared:,} bytes" if declared > limit else f"holds more than {limit:,} bytes"
                    yield ingest_error(where, TooLargeError(
                        f"WARC record {size_note}, more than 10 x max_chars={max_chars:,}; not read"))
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
