"""The checks every article text passes before it enters the pipeline, whatever it came from.

The readers check what a text is (not binary, decodable, not empty); its length is checked
against ``max_chars`` by whoever holds the configuration (``pipeline.Coder``), since a reader
nested in a feed or a WARC record has no business knowing it. ``new_article`` turns the Article
model's own refusals (a publication date out of its window, a lone surrogate) into an InputError,
so that every way in reports a bad record the same way and skips just that one."""

from __future__ import annotations

from pydantic import ValidationError

from ..config import Config
from ..errors import (
    BinaryInputError,
    EmptyInputError,
    EncodingError,
    InputError,
    TooLargeError,
    UnsupportedLanguageError,
)
from ..model import Article
from .language import ENGLISH, foreign_language

# the readers' file-size guard when a caller gives no limit
DEFAULT_MAX_CHARS: int = Config.model_fields["max_chars"].default


def check_text(text: str | bytes, max_chars: int | None = None) -> str:
    """The text if it can be read as an article, else an InputError saying why; longer than
    ``max_chars`` (when given) is a TooLargeError."""
    if isinstance(text, bytes):
        if b"\x00" in text[:8192]:
            raise BinaryInputError("input looks binary (NUL bytes), not article text")
        try:
            text = text.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise EncodingError(f"input is not valid UTF-8 (byte {exc.start})") from None
    if not isinstance(text, str):
        raise InputError(f"article text must be str or bytes, not {type(text).__name__}")
    if max_chars is not None and len(text) > max_chars:
        raise TooLargeError(f"article has {len(text):,} characters, more than max_chars={max_chars:,}")
    if "\x00" in text[:8192]:
        raise BinaryInputError("input looks binary (NUL characters), not article text")
    if not text.strip():
        raise EmptyInputError("article text is empty")
    return text


def validation_reason(exc: ValidationError) -> str:
    """A model's refusal in one line: each field and why, without pydantic's boilerplate."""
    return "; ".join(f"{'.'.join(str(part) for part in e['loc']) or 'record'}: {e['msg'].removeprefix('Value error, ')}"
                     for e in exc.errors())


def new_article(**fields) -> Article:
    """An Article, or an InputError naming each field the model refuses (a date outside the
    accepted window, a lone surrogate) or the language it is in when that is not English, so
    that a reader skips just this record."""
    try:
        article = Article(**fields)
    except ValidationError as exc:
        raise InputError(validation_reason(exc)) from None
    if article.language.lower().split("-")[0] != ENGLISH:
        raise UnsupportedLanguageError(f"article is declared {article.language!r}: wirecoder codes English news only")
    found = foreign_language(article.text)
    if found is not None:
        raise UnsupportedLanguageError(f"article reads as {found[0]!r} (probability {found[1]:.2f}), not English: "
                                       "wirecoder codes English news only")
    return article
