"""JSON Lines (one article object a line) and JSON files (one article object, or a list of them).

An article object has ``text`` and any of ``title``, ``url``, ``source``, ``published``,
``language``; other keys (ids, scores from other tools) are ignored. A line that is not such an
object becomes an IngestError ``path:line`` and the rest of the file is read.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from ..errors import InputError
from ..model import Article, IngestError
from ._common import ingest_error, parse_date, read_bytes_limited
from ._decode import decode_text
from .checks import DEFAULT_MAX_CHARS, check_text, new_article

_FIELDS = ("title", "url", "source", "language")
# An article object is two or three levels deep; a hundred is already no article, and beyond
# about a thousand the decoder itself runs out of stack (RecursionError).
MAX_NESTING = 100


def _nesting(value, limit: int = MAX_NESTING) -> int:
    """How deeply lists and objects nest in a decoded JSON value, counted up to ``limit + 1``."""
    deepest = 0
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if not isinstance(item, (dict, list)):
            continue
        deepest = max(deepest, depth)
        if deepest > limit:
            break
        stack.extend((child, depth + 1) for child in (item.values() if isinstance(item, dict) else item))
    return deepest


def decode_json(text: str):
    """A JSON value whose lists and objects nest at most ``MAX_NESTING`` deep; InputError otherwise
    (json.JSONDecodeError, a ValueError, for text that is not JSON)."""
    try:
        value = json.loads(text)
    except RecursionError:
        raise InputError(f"JSON nested more than {MAX_NESTING} levels deep") from None
    if _nesting(value) > MAX_NESTING:
        raise InputError(f"JSON nested more than {MAX_NESTING} levels deep")
    return value


def article_from_object(obj, origin: str) -> Article:
    """An Article from one decoded JSON value; InputError saying what is wrong with it."""
    if not isinstance(obj, dict):
        raise InputError(f"expected a JSON object, got {type(obj).__name__}")
    if "text" not in obj:
        raise InputError("object has no 'text' field")
    if not isinstance(obj["text"], str):
        raise InputError(f"'text' must be a string, not {type(obj['text']).__name__}")
    fields = {}
    for name in _FIELDS:
        value = obj.get(name)
        if value is None or value == "":
            continue
        if not isinstance(value, str):
            raise InputError(f"{name!r} must be a string, not {type(value).__name__}")
        fields[name] = value
    try:
        published = parse_date(obj.get("published"))
    except ValueError as exc:
        raise InputError(str(exc)) from None
    return new_article(text=check_text(obj["text"]), published=published, origin=origin, **fields)


def read_jsonl(
    path: Path, *, origin: str | None = None, max_chars: int = DEFAULT_MAX_CHARS
) -> Iterator[Article | IngestError]:
    """Line by line, so a corpus of any size streams; each bad line is one IngestError."""
    origin = origin or str(path)
    try:
        yield from _read_lines(path, origin)
    except OSError as exc:
        yield ingest_error(origin, exc)


def _read_lines(path: Path, origin: str) -> Iterator[Article | IngestError]:
    with open(path, "rb") as fh:
        for number, raw in enumerate(fh, 1):
            if not raw.strip():
                continue
            where = f"{origin}:{number}"
            try:
                line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
            except UnicodeDecodeError as exc:
                yield ingest_error(where, f"line is not valid UTF-8 (byte {exc.start})")
                continue
            try:
                obj = decode_json(line)
            except json.JSONDecodeError as exc:
                yield ingest_error(where, f"invalid JSON: {exc.msg} (column {exc.colno})")
                continue
            except InputError as exc:
                yield ingest_error(where, exc)
                continue
            try:
                yield article_from_object(obj, where)
            except InputError as exc:
                yield ingest_error(where, exc)


def read_json(
    path: Path, *, origin: str | None = None, max_chars: int = DEFAULT_MAX_CHARS
) -> Iterator[Article | IngestError]:
    """A JSON file holding one article object or a list of them (origin ``path#N`` for item N)."""
    origin = origin or str(path)
    try:
        data = decode_json(decode_text(read_bytes_limited(path, max_chars)))
    except (InputError, OSError) as exc:
        yield ingest_error(origin, exc)
        return
    except json.JSONDecodeError as exc:
        yield ingest_error(origin, f"invalid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})")
        return
    if isinstance(data, dict) and isinstance(data.get("articles"), list):
        data = data["articles"]
    items = data if isinstance(data, list) else [data]
    for n, obj in enumerate(items, 1):
        where = f"{origin}#{n}" if isinstance(data, list) else origin
        try:
            yield article_from_object(obj, where)
        except InputError as exc:
            yield ingest_error(where, exc)
