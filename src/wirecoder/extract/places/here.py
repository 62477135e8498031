"""Where a domestic report's 'here' is: the town of its dateline.

A report filed in San Salvador about El Salvador that says "two bombs exploded here" or "was wounded
in this capital" places the act in San Salvador, as a coder reads it; the dateline alone does not
(TASKDOC 7.4 note 4: a place that may only be where the report was filed is no location). So the
dateline's town stands only where the text points to it by a deictic word, and not where that word
tells where something was said ("it was reported in this capital today that ...")."""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from ...ingest.dateline import parse_dateline
from ...model import Place, Span
from ...resources.words import lexicon
from ..syntax import doc_text

# the kinds of place a dateline's town may be read as
_TOWN_KINDS = frozenset({"city", "admin2"})


def filed_at(text: str, places: list[Place], country: str | None) -> Place | None:
    """The town of the text's dateline ('SAN SALVADOR, 12 NOV 89 (AFP) --') when it lies in the
    country the article is about (``country``), as ``places`` (the text's toponyms) read it; None
    for a report filed abroad or without a dateline town."""
    line = parse_dateline(text)
    if line is None or country is None:
        return None
    town = next((p for p in places if p.span is not None and p.span.end <= line.end), None)
    if town is None or town.kind not in _TOWN_KINDS or town.country_code != country:
        return None
    return town


def deictic_places(sent: SpacySpan, town: Place | None) -> list[Place]:
    """The dateline's ``town`` for each word of the sentence that points to it ('here', 'in this
    capital', 'south of this city'), spanning that word; none when the word is followed by the place
    it means ('here in Honduras'), or hangs from a verb of telling ('charged here today')."""
    if town is None:
        return []
    words = lexicon().places
    towns = set(words.capital_nouns) | set(words.settlement_words)
    speech = lexicon().attribution.speech_verbs
    found: list[Place] = []
    for tok in sent:
        if tok.lower_ in words.deictic_adverbs and tok.pos_ == "ADV":
            if any(c.dep_ == "prep" for c in tok.children) or _named_after(tok):
                continue  # "here in San Francisco de Yojoa": the name says which
        elif not (tok.lower_ in towns and tok.pos_ == "NOUN"
                  and any(c.dep_ == "det" and c.lower_ in words.deictic_determiners for c in tok.children)):
            continue
        if _told_by(tok).lemma_.lower() in speech:
            continue  # "it was reported in this capital today that ...": where it was told
        start = min([tok.idx] + [c.idx for c in tok.children if c.dep_ == "det"])
        written = doc_text(sent.doc)[start:tok.idx + len(tok)]
        found.append(town.model_copy(update={"mention": written, "span": Span(start=start, end=tok.idx + len(tok), text=written)}))
    return found


def _named_after(tok: Token) -> bool:
    """Whether a proper name follows the word at once ('here in El Salvador' parsed flat)."""
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    after = tok.nbor(2) if tok.i + 2 < len(tok.doc) else None
    return nxt is not None and nxt.lower_ in {"in", "at"} and after is not None and after.pos_ == "PROPN"


def _told_by(tok: Token) -> Token:
    """The verb the word hangs from (through its preposition and nouns), or the word itself."""
    current = tok.head
    for _ in range(4):
        if current.pos_ in {"VERB", "AUX"} or current.head is current:
            return current
        current = current.head
    return current
