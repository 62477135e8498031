"""wirecoder: conflict and terrorism news in, structured and sourced incident records out."""

from __future__ import annotations

# The stage package ``wirecoder.extract`` is imported before the function of the same name is
# defined: Python binds a subpackage as an attribute of its parent when it is first loaded, which
# would otherwise replace ``wirecoder.extract(text)`` the first time any extractor is imported.
from . import extract as _extract_stage  # noqa: F401
from .errors import WirecoderError
from .model import Article, Event, ExtractionResult, Incident

__version__ = "0.1.0"

__all__ = ["Article", "Event", "ExtractionResult", "Incident", "WirecoderError", "extract", "extract_article"]


def extract(text, *, published=None, source=None, url=None, title=None) -> ExtractionResult:
    """Extract events and incidents from one article's text. See ``pipeline.extract``."""
    from .pipeline import extract as _extract

    return _extract(text, published=published, source=source, url=url, title=title)


def extract_article(article: Article) -> ExtractionResult:
    from .pipeline import extract_article as _extract_article

    return _extract_article(article)
