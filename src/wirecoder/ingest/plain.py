"""Plain-text articles: one file, one article.

The publication date and outlet come, in order, from a sidecar ``<file>.meta.json``
(``{"published": "2025-03-04", "source": "Reuters", "title": ..., "url": ...}``), from an
``index.tsv`` in the same folder (columns ``file`` and any of ``published``, ``source``, ``title``,
``url``, as in ``examples/``), and from a wire dateline at the start of the text.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

from ..errors import InputError
from ..model import Article, IngestError
from ._common import ingest_error, parse_date, read_bytes_limited
from ._decode import decode_text
from .checks import DEFAULT_MAX_CHARS, new_article
from .dateline import parse_dateline

SIDECAR_SUFFIX = ".meta.json"
INDEX_NAME = "index.tsv"
_META_FIELDS = ("title", "url", "source", "published", "language")


@lru_cache(maxsize=64)
def _folder_index(folder: Path, mtime: float) -> dict[str, dict[str, str]]:
    with open(folder / INDEX_NAME, newline="", encoding="utf-8") as fh:
        rows = csv.DictReader(fh, delimiter="\t")
        if not rows.fieldnames or "file" not in rows.fieldnames:
            return {}
        return {row["file"]: {k: v for k, v in row.items() if k in _META_FIELDS and v} for row in rows if row.get("file")}


def sidecar_metadata(path: Path) -> dict:
    """Metadata for ``path`` from its sidecar or its folder's index.tsv; {} when there is none.
    A sidecar that exists but cannot be read raises InputError: silently dropping the date the
    user wrote down would shift every relative date in the article."""
    meta: dict = {}
    index = path.parent / INDEX_NAME
    if index.is_file():
        try:
            meta.update(_folder_index(path.parent, index.stat().st_mtime).get(path.name, {}))
        except (OSError, UnicodeDecodeError, csv.Error) as exc:
            raise InputError(f"{index}: cannot read index: {exc}") from None
    for sidecar in (path.with_name(path.name + SIDECAR_SUFFIX), path.with_suffix(SIDECAR_SUFFIX)):
        if sidecar.is_file() and sidecar != path:
            try:
                data = json.loads(sidecar.read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
                raise InputError(f"sidecar {sidecar.name} is not valid JSON: {exc}") from None
            except RecursionError:  # nested deeper than the decoder's stack
                raise InputError(f"sidecar {sidecar.name} is JSON nested too deeply") from None
            if not isinstance(data, dict):
                raise InputError(f"sidecar {sidecar.name} must hold a JSON object")
            meta.update({k: v for k, v in data.items() if k in _META_FIELDS and v not in (None, "")})
            break
    return meta


def text_article(text: str, *, origin: str, meta: dict | None = None) -> Article:
    """An Article from checked text; metadata first, the dateline fills what it leaves open."""
    meta = dict(meta or {})
    try:
        published = parse_date(meta.pop("published", None))
    except ValueError as exc:
        raise InputError(str(exc)) from None
    dateline = parse_dateline(text)
    if dateline:
        published = published or dateline.published
        meta.setdefault("source", dateline.source)
    return new_article(text=text, published=published, origin=origin, **meta)


def read_text_file(
    path: Path, *, origin: str | None = None, max_chars: int = DEFAULT_MAX_CHARS
) -> Iterator[Article | IngestError]:
    origin = origin or str(path)
    try:
        text = decode_text(read_bytes_limited(path, max_chars))
        yield text_article(text, origin=origin, meta=sidecar_metadata(path))
    except (InputError, OSError, ValueError) as exc:  # ValueError: pydantic rejecting a sidecar field
        yield ingest_error(origin, exc)
