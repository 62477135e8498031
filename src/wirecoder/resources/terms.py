"""Key terms: the words of a text that tell one occurrence from another.

Two reports of one attack share its particulars (the victims' names, the target, the village, an
unusual weapon); two reports of different attacks share only the words of the kind ("killed",
"attack", "police"). A word's weight is how rare it is in general English, from the word
frequencies of the ``wordfreq`` package (its Zipf scale: 7 for "the", 5 for "attack", 3 for
"Jesuits", 0 for a surname it never saw), so no corpus statistics have to be kept.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS
from wordfreq import zipf_frequency

# words at least as common as this (on the Zipf scale) weigh nothing: "killed" 5.2, "people" 6.3
COMMON_ZIPF = 5.5
_WORD = re.compile(r"[^\W\d_][\w'-]{2,}")


@lru_cache(maxsize=100_000)
def term_weight(word: str) -> float:
    """How much sharing ``word`` (lower case) says that two texts tell one occurrence: 0 for
    function words and common words, up to ``COMMON_ZIPF`` for words general English never uses."""
    if word in STOP_WORDS:
        return 0.0
    return max(0.0, COMMON_ZIPF - zipf_frequency(word, "en"))


def key_terms(texts: Iterable[str]) -> dict[str, float]:
    """The weighted key terms of ``texts``: each word of weight above zero, lower-cased, once."""
    terms: dict[str, float] = {}
    for text in texts:
        for match in _WORD.finditer(text):
            word = match.group().lower().strip("'-")
            if word not in terms and (weight := term_weight(word)) > 0:
                terms[word] = weight
    return terms


def shared_terms(a: dict[str, float], b: dict[str, float]) -> tuple[float, list[str]]:
    """How much of the smaller term set the other shares, by weight (0..1), and the shared terms,
    heaviest first."""
    shared = sorted(a.keys() & b.keys(), key=lambda w: (-a[w], w))
    smaller = min(sum(a.values()), sum(b.values()))
    if not shared or smaller <= 0:
        return 0.0, []
    return min(1.0, sum(a[w] for w in shared) / smaller), shared
