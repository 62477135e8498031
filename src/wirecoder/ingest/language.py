"""Which language an article is in: wirecoder's parser, lexicons and gazetteer names are English,
so an article in another language would pass through and silently yield nothing. It is refused at
the door instead, with the language named, as one bad record.

The identifier is ``py3langid`` (langid.py's naive Bayes model over byte n-grams, 97 languages,
shipped in the package: no download). It reads the first ``SAMPLE_CHARS`` characters; a text is
refused only when it has at least ``MIN_LETTERS`` letters (counted, not words: Chinese writes no
spaces) and another language is at least ``REFUSE_PROBABILITY`` likely, so headlines of a few
words and English texts full of foreign names are never refused on a guess. On the English
corpora of ``../shared/data`` (1,500 MUC-4 messages in capitals, 788 geoparsing articles, RAMS
and WikiEvents) it refuses none.
"""

from __future__ import annotations

from functools import lru_cache

SAMPLE_CHARS = 3000
MIN_LETTERS = 40
REFUSE_PROBABILITY = 0.9
ENGLISH = "en"


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_modelpath(MODEL_DIR / MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> tuple[str, float]:
    """The most likely language of ``text`` (ISO 639-1) and its probability."""
    language, probability = _identifier().classify(text[:SAMPLE_CHARS])
    return language, float(probability)


def foreign_language(text: str) -> tuple[str, float] | None:
    """(language, probability) when ``text`` is confidently not English, else None."""
    sample = text[:SAMPLE_CHARS]
    if sum(c.isalpha() for c in sample) < MIN_LETTERS:
        return None
    language, probability = detect_language(sample)
    if language != ENGLISH and probability >= REFUSE_PROBABILITY:
        return language, probability
    return None
