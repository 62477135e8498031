"""The checks every article text passes before it enters the pipeline, whatever it came from."""

from __future__ import annotations

from .. import settings
from ..errors import BinaryInputError, EmptyInputError, EncodingError, InputError, TooLargeError


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
