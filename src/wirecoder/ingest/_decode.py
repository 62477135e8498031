"""Bytes to article text: BOMs, UTF-8, legacy 8-bit encodings, and the refusals (binary, broken UTF-8).

Every failure is an ``InputError`` subclass with a one-line reason; the readers turn it into an
``IngestError`` naming the origin.
"""

from __future__ import annotations

import codecs
import re

from ..errors import BinaryInputError, EncodingError
from .checks import check_text

# Formats that are plainly not article text, known by their first bytes; naming them beats "binary".
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"\x7fELF", "an executable"),
    (b"\xd0\xcf\x11\xe0", "an old Office document"),
)

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# A UTF-8 lead byte followed by a continuation byte. Legacy 8-bit text (Latin-1, cp1252) almost
# never has that pair, so its presence in undecodable bytes means "UTF-8 that got damaged",
# which we refuse rather than guess at: a guess would silently turn it into mojibake.
_UTF8_PAIR = re.compile(rb"[\xc2-\xf4][\x80-\xbf]")


def sniff_binary(head: bytes) -> str | None:
    """What binary format ``head`` starts with, or None when it may be text."""
    for magic, name in _MAGIC:
        if head.startswith(magic):
            return name
    if any(head.startswith(bom) for bom, _ in _BOMS):
        return None  # UTF-16/32 text has NUL bytes but is text
    if b"\x00" in head[:8192]:
        return "binary data (NUL bytes)"
    return None


def decode_text(data: bytes, *, encoding: str | None = None) -> str:
    """The text of ``data``, checked by ``pipeline.check_text``; an InputError saying why not."""
    if encoding:
        try:
            return check_text(data.decode(encoding))
        except (UnicodeDecodeError, LookupError) as exc:
            raise EncodingError(f"input cannot be decoded as {encoding}: {exc}") from None
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return check_text(data.decode(codec))
            except UnicodeDecodeError as exc:
                raise EncodingError(f"input has a {codec} byte-order mark but is not valid {codec} (byte {exc.start})") from None
    binary = sniff_binary(data[:8192])
    if binary:
        raise BinaryInputError(f"input is {binary}, not article text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        if _UTF8_PAIR.search(data):
            return check_text(data)  # raises EncodingError naming the first bad byte
        text = _decode_legacy(data)
    return check_text(text)


def _decode_legacy(data: bytes) -> str:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise EncodingError("input is neither UTF-8 nor text in any encoding charset-normalizer knows")
    text = str(best)
    # charset-normalizer will decode almost anything; text full of control characters is not prose.
    controls = sum(1 for ch in text[:8192] if ord(ch) < 32 and ch not in "\t\n\r\f")
    if controls > max(3, len(text[:8192]) // 100):
        raise BinaryInputError("input looks binary (control characters), not article text")
    return text
