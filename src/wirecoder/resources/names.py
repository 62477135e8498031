"""How place names are compared: one normal form shared by the gazetteer build and the lookup."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_PUNCT = re.compile(r"[\-‐‑–—'’`.,()]+")
_SPACE = re.compile(r"\s+")


@lru_cache(maxsize=1 << 16)  # called for every token the places stage weighs: news repeats its words
def normalise_name(name: str) -> str:
    """'Rostov-on-Don' -> 'rostov on don'; 'St. Petersburg' -> 'st petersburg'; 'Kyïv' -> 'kyiv'."""
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SPACE.sub(" ", _PUNCT.sub(" ", plain.casefold())).strip()


def is_latin_name(name: str) -> bool:
    """True for names written in the Latin alphabet: English news spells places that way."""
    letters = [ch for ch in name if ch.isalpha()]
    return bool(letters) and all("LATIN" in unicodedata.name(ch, "") for ch in letters)
