"""MUC-3/4 message files: many messages per file, each under an id line such as
``DEV-MUC3-nnnn (NOSC)`` (dev), ``TST1-MUC3-nnnn`` or ``TST2-MUC4-nnnn`` (tests), each opening
with a dateline ``SAN SALVADOR, 3 JAN 90 -- [REPORT] ...``.

The message id is returned bare (``DEV-MUC3-nnnn``): the answer keys write the same message as
``DEV-MUC3-nnnn (NCCOSC)``, so the bare id is what joins texts to keys.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from ..errors import InputError
from ..model import Article, IngestError
from ._common import ingest_error
from ._decode import decode_text
from .checks import DEFAULT_MAX_CHARS, new_article
from .dateline import parse_dateline

MESSAGE_ID = re.compile(r"^(?P<id>[A-Z0-9]+-MUC\d+-\d{4})(?:[ \t]+\([^)\n]*\))?[ \t]*$", re.MULTILINE)


def looks_like_muc(text_head: str) -> bool:
    """True when the first non-blank line is a MUC message id line."""
    first = text_head.lstrip().split("\n", 1)[0].rstrip()
    return bool(MESSAGE_ID.fullmatch(first))


def split_messages(text: str) -> Iterator[tuple[str, int, str]]:
    """(message id, 1-based line of the id line, message body with surrounding blank lines removed)."""
    heads = list(MESSAGE_ID.finditer(text))
    for n, head in enumerate(heads):
        end = heads[n + 1].start() if n + 1 < len(heads) else len(text)
        line = text.count("\n", 0, head.start()) + 1
        yield head["id"], line, text[head.end():end].strip("\n").strip()


def message_article(body: str, origin: str) -> Article:
    """An Article for one message body: text as written (dateline included, so offsets match the
    corpus), published date and outlet from the dateline."""
    dateline = parse_dateline(body)
    return new_article(
        text=body,
        published=dateline.published if dateline else None,
        source=dateline.source if dateline else None,
        origin=origin,
    )


def read_muc_messages(path: str | Path) -> Iterator[tuple[str, Article]]:
    """Every message of a MUC text file as (bare message id, Article). Messages with an empty body
    are skipped; a file that cannot be read raises an InputError (these are curated corpora)."""
    path = Path(path)
    text = decode_text(path.read_bytes())
    for message_id, line, body in split_messages(text):
        if body:
            yield message_id, message_article(body, f"{path}:{line}")


def read_muc_file(
    path: Path, *, origin: str | None = None, max_chars: int = DEFAULT_MAX_CHARS
) -> Iterator[Article | IngestError]:
    """ingest's reader: every message of a MUC file as an Article, and a message that cannot be
    one (its dateline dated 2045) as one IngestError ``origin:line`` while the others are read.
    Each message's length is checked where it is coded."""
    origin = origin or str(path)
    try:
        text = decode_text(path.read_bytes())
    except Exception as exc:  # noqa: BLE001  (any failure becomes one line, never a traceback)
        yield ingest_error(origin, exc)
        return
    for _message_id, line, body in split_messages(text):
        if body:
            where = f"{origin}:{line}"
            try:
                yield message_article(body, where)
            except InputError as exc:
                yield ingest_error(where, exc)
