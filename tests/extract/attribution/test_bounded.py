"""Describing a source follows appositions and fuller earlier mentions of a name; an odd parse
that leads back to a head already being described must not recurse without end."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc, Span

from wirecoder.extract.attribution import _describe, find_attributions
from wirecoder.model import SourceKind


def _appos_cycle_doc() -> Doc:
    # "John Smith, Smith, said nothing.": the second "Smith" is parsed as an apposition of the
    # first, and its fuller earlier mention is "John Smith" again, whose apposition it is
    words = ["John", "Smith", ",", "Smith", ",", "said", "nothing", "."]
    heads = [1, 5, 1, 1, 1, 5, 5, 5]
    deps = ["compound", "nsubj", "punct", "appos", "punct", "ROOT", "dobj", "punct"]
    pos = ["PROPN", "PROPN", "PUNCT", "PROPN", "PUNCT", "VERB", "PRON", "PUNCT"]
    lemmas = ["John", "Smith", ",", "Smith", ",", "say", "nothing", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas,
              sent_starts=[True] + [False] * (len(words) - 1))
    doc.ents = [Span(doc, 0, 2, label="PERSON"), Span(doc, 3, 4, label="PERSON")]
    return doc


def test_an_apposition_cycle_returns():
    doc = _appos_cycle_doc()
    source = _describe(doc[1])
    assert source.name == "John Smith" and source.kind is SourceKind.PERSON
    assert _describe(doc[3]).name == "John Smith"


def test_find_attributions_on_the_cycle_returns():
    doc = _appos_cycle_doc()
    attributions = find_attributions(doc)
    assert [a.source for a in attributions] == ["John Smith"]
