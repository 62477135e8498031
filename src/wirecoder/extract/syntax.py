"""Small helpers over the dependency parse that several extractors share."""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from ..resources.words import lexicon


def through_preps(tok: Token, depth: int) -> list[Token]:
    """Tokens reachable from a verb through objects and prepositional phrases only ("admitted
    for the first time to ISIS's responsibility"), never through a clause of their own."""
    out: list[Token] = []
    frontier = [tok]
    for _ in range(depth):
        frontier = [c for t in frontier for c in t.children if c.dep_ in {"dobj", "prep", "pobj", "npadvmod", "attr"}]
        out.extend(frontier)
    return out


# spaCy rebuilds ``Doc.text`` by joining every token each time it is read and ``Span.ents``
# walks every entity of the doc, so extractors calling them per sentence or per token were
# quadratic in article length. These read a per-doc cache kept in ``doc.user_data``.


def doc_text(doc: Doc) -> str:
    """The doc's text, built once."""
    text = doc.user_data.get("wirecoder.text")
    if text is None:
        text = doc.user_data["wirecoder.text"] = doc.text
    return text


def _ent_index(doc: Doc) -> tuple[list[int], list[SpacySpan]]:
    index = doc.user_data.get("wirecoder.ents")
    if index is None:
        ents = list(doc.ents)
        index = doc.user_data["wirecoder.ents"] = ([e.start for e in ents], ents)
    return index


def ents_within(span: SpacySpan) -> list[SpacySpan]:
    """The doc's entities that lie inside a span (as ``span.ents``, without walking all of them)."""
    starts, ents = _ent_index(span.doc)
    i = bisect_left(starts, span.start)
    out = []
    while i < len(ents) and ents[i].start < span.end:
        if ents[i].end <= span.end:
            out.append(ents[i])
        i += 1
    return out


def ents_before(doc: Doc, char: int) -> list[SpacySpan]:
    """The doc's entities that start before a character offset, in text order."""
    _, ents = _ent_index(doc)
    chars = doc.user_data.get("wirecoder.ent_chars")
    if chars is None:
        chars = doc.user_data["wirecoder.ent_chars"] = [e.start_char for e in ents]
    return ents[: bisect_left(chars, char)]


def quote_marks_before(doc: Doc, char: int) -> tuple[int, int, int]:
    """How many straight, opening curly and closing curly double quotes precede an offset."""
    marks = doc.user_data.get("wirecoder.quotes")
    if marks is None:
        text = doc_text(doc)
        marks = doc.user_data["wirecoder.quotes"] = tuple(
            [i for i, ch in enumerate(text) if ch == q] for q in ('"', "\u201c", "\u201d")
        )
    return tuple(bisect_left(positions, char) for positions in marks)  # type: ignore[return-value]


def in_other_sense(verb: Token, objects: tuple[str, ...]) -> bool:
    """Whether the verb's object (or its preposition's, or its particle) is one of ``objects``,
    which show the verb in its non-violent sense ("executed two search warrants", "stormed to victory")."""
    if not objects:
        return False
    heading = any(c.dep_ == "prep" and c.lower_ in lexicon().events.motion_prepositions for c in verb.children)
    for c in verb.children:
        if c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() in objects:
            return True
        if c.dep_ in {"advmod", "prt"} and c.lemma_.lower() in objects and not heading:
            return True  # "stormed back to beat the Red Sox", but "stormed back into the town"
        # where it went ("stormed to victory", "fired into the top corner"), not where it was ("killed at the rally")
        if c.dep_ == "prep" and c.lower_ in {"to", "into"} and any(g.dep_ == "pobj" and g.lemma_.lower() in objects for g in c.children):
            return True
    return False


def agent_heads(verb: Token) -> list[Token]:
    """Who or what does a passive verb's deed: "struck by a missile" gives the missile."""
    return [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]


def told_as_headline_passive(verb: Token) -> bool:
    """A past participle with no auxiliary and no object ("Five soldiers killed in Kunar"): headline
    grammar for a passive, whose subject is the one it happened to, not the doer."""
    return verb.tag_ == "VBN" and not any(c.dep_ in {"dobj", "aux"} for c in verb.children)


def used_as_common_noun(tok: Token) -> bool:
    """A word written in lower case after a determiner ('joined a march'): the common noun, though
    the entity tagger may take it for the month or a name it also spells."""
    return tok.text.islower() and tok.is_alpha and any(c.dep_ == "det" for c in tok.children)


def names_a_stretch_of_time(prep: Token) -> bool:
    """A prepositional phrase naming a stretch of time ("over the past decade", "in the last five
    years"): what a verb tells over it is a tally, not one occurrence."""
    words = lexicon().counts
    if prep.dep_ != "prep" or prep.lower_ not in {*words.roundup_prepositions, *words.roundup_across}:
        return False
    return any(t.ent_type_ == "DATE" and t.lemma_.lower() in words.roundup_spans for t in prep.subtree)
