"""wirecoder: conflict and terrorism news in, structured and sourced incident records out.

``extract(text)`` codes one article with the configuration in force (the ``WIRECODER_*``
environment and ``WIRECODER_CONFIG`` file, read once); ``Coder(Config(...))`` codes under a
configuration the caller states.
"""

from __future__ import annotations

from functools import cache

# The stage package ``wirecoder.extract`` is imported before the function of the same name is
# defined: Python binds a subpackage as an attribute of its parent when it is first loaded, which
# would otherwise replace ``wirecoder.extract(text)`` the first time any extractor is imported.
from . import extract as _extract_stage  # noqa: F401
from .config import Config
from .errors import WirecoderError
from .model import Article, Event, ExtractionResult, Incident
from .pipeline import Coder

__version__ = "0.1.0"

__all__ = [
    "Article", "Coder", "Config", "Event", "ExtractionResult", "Incident", "WirecoderError",
    "default_coder", "extract", "extract_article",
]


@cache
def default_coder() -> Coder:
    """The Coder of ``extract``: the configuration from the environment, read on first use."""
    from .settings import load_config

    return Coder(load_config())


def extract(text: str | bytes, *, published=None, source: str | None = None, url: str | None = None,
            title: str | None = None) -> ExtractionResult:
    """Extract events and incidents from one article's text (or HTML page)."""
    return default_coder().extract(text, published=published, source=source, url=url, title=title)


def extract_article(article: Article) -> ExtractionResult:
    """Extract events and incidents from one Article record."""
    return default_coder().extract_article(article)
