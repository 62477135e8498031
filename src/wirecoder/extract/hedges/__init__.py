"""Hedges: the words by which a sentence says its facts are uncertain, second-hand, alleged,
unverified or denied ("it remains unclear", "reportedly", "could not be independently verified",
"denied").

``find_hedges(sent)`` matches the cue patterns of ``resources/lexicon/hedges.json`` over the tokens of one sentence
(or any span). Patterns are token sequences rather than regular expressions over the text so
that "~deny" covers "denied"/"denies" through the lemma and "May 24" never reads as "may". Where
patterns overlap, the longest wins ("unconfirmed reports" over "unconfirmed", "it remains
unclear" over "unclear"); each token belongs to at most one hedge.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Span, Token

from ...model import Hedge
from ...model import Span as TextSpan
from ...resources.words import lexicon
from ..syntax import doc_text

# when two patterns of different kinds match the same words, the more specific kind wins
_KIND_ORDER = ("superseded", "unconfirmed", "denied", "alleged", "reported", "uncertain")


@dataclass(frozen=True)
class _Element:
    words: frozenset[str]
    lemmas: frozenset[str]
    optional: bool

    def matches(self, token: Token) -> bool:
        return token.lower_ in self.words or token.lemma_.lower() in self.lemmas




def _compile(pattern: str) -> tuple[_Element, ...]:
    elements = []
    for raw in pattern.split():
        optional = raw.startswith("?")
        alternatives = raw.lstrip("?").split("|")
        words = frozenset(a.lower() for a in alternatives if not a.startswith("~"))
        lemmas = frozenset(a[1:].lower() for a in alternatives if a.startswith("~"))
        elements.append(_Element(words, lemmas, optional))
    return tuple(elements)


@cache
def _patterns() -> list[tuple[str, tuple[_Element, ...]]]:
    patterns = lexicon().hedges.patterns
    return [(kind, _compile(p)) for kind in _KIND_ORDER for p in patterns[kind]]


@cache
def _patterns_by_first_word() -> tuple[dict[str, list[int]], dict[str, list[int]]]:
    """Which patterns can start at a word or lemma, so that a token tries only those (trying
    every pattern at every token made hedges the slowest extractor)."""
    by_word: dict[str, list[int]] = {}
    by_lemma: dict[str, list[int]] = {}
    for n, (_, elements) in enumerate(_patterns()):
        for element in elements:
            for w in element.words:
                by_word.setdefault(w, []).append(n)
            for lemma in element.lemmas:
                by_lemma.setdefault(lemma, []).append(n)
            if not element.optional:
                break
    return by_word, by_lemma


def _match(elements: tuple[_Element, ...], tokens: list[Token], i: int) -> int | None:
    """Index one past the longest match of the elements starting at token i, or None."""
    if not elements:
        return i
    head, rest = elements[0], elements[1:]
    best = None
    if i < len(tokens) and head.matches(tokens[i]):
        best = _match(rest, tokens, i + 1)
    if head.optional:
        skipped = _match(rest, tokens, i)
        if skipped is not None and (best is None or skipped > best):
            best = skipped
    return best


def _is_denial(token: Token) -> bool:
    """"denied any involvement" is a denial, "was denied bail" / "denied them access" is not."""
    if token.lemma_.lower() != "deny":
        return True
    not_denial = set(lexicon().hedges.denied_not_a_denial)
    return not any(t.lower_ in not_denial for t in list(token.children) + list(token.doc[token.i + 1 : token.i + 4]))


def _clause_of(doc: Doc, hedge: Hedge) -> Token | None:
    """The predicate a hedge modifies: the verb its cue hangs from ("reportedly killed", "did not
    appear to be related", "according to unconfirmed reports, ... were killed"), or the noun it
    describes ("alleged urban guerrillas")."""
    cue = doc.char_span(hedge.span.start, hedge.span.end, alignment_mode="expand")
    if cue is None or not len(cue):
        return None
    token = cue.root
    if token.dep_ in {"amod", "compound"} and token.head.pos_ in {"NOUN", "PROPN"}:
        return token.head  # "alleged urban guerrillas", "suspected jihadists": who they are is in doubt
    for _ in range(8):
        if token.pos_ in {"VERB", "AUX"} and token.dep_ not in {"aux", "auxpass"}:
            return token
        if token.head is token:
            return token
        token = token.head
    return token


def bound_hedges(hedges: list[Hedge], token: Token, *, of_event: bool = False) -> list[Hedge]:
    """The hedges of a sentence that bear on one word: those whose predicate governs it. In "a
    gunman wounded five people, but police said the shooting did not appear to be related to the
    protests" the hedge is on the motive, not on the five wounded. For an event's trigger, being
    the subject of the hedged predicate is not enough: "the shooting did not appear to be related"
    doubts what is said of the shooting, not that it happened."""
    out = []
    for hedge in hedges:
        clause = _clause_of(token.doc, hedge)
        if clause is None or not any(t.i == token.i for t in clause.subtree):
            continue
        if of_event and token is not clause and any(
                c.dep_ in {"nsubj", "nsubjpass", "csubj"} and c.left_edge.i <= token.i <= c.right_edge.i for c in clause.children):
            continue
        out.append(hedge)
    return out


def find_hedges(sent: Span | Doc) -> list[Hedge]:
    """The hedging cues of a sentence in text order, each with its kind and span."""
    span = sent[:] if isinstance(sent, Doc) else sent
    tokens = list(span)
    text = doc_text(span.doc)
    hedges: list[Hedge] = []
    by_word, by_lemma = _patterns_by_first_word()
    patterns = _patterns()
    i = 0
    while i < len(tokens):
        best: tuple[int, str] | None = None
        from_word, from_lemma = by_word.get(tokens[i].lower_, ()), by_lemma.get(tokens[i].lemma_.lower(), ())
        if not from_word and not from_lemma:
            i += 1  # most words open no cue
            continue
        candidates = sorted(set(from_word) | set(from_lemma))
        for kind, elements in (patterns[n] for n in candidates):
            end = _match(elements, tokens, i)
            if end is None or end == i:
                continue
            if best is None or end > best[0]:
                best = (end, kind)
        if best is None or (best[1] == "denied" and not _is_denial(tokens[i])):
            i += 1
            continue
        end, kind = best
        start_char, end_char = tokens[i].idx, tokens[end - 1].idx + len(tokens[end - 1])
        cue = " ".join(t.lower_ for t in tokens[i:end])
        hedges.append(Hedge(cue=cue, kind=kind, span=TextSpan(start=start_char, end=end_char, text=text[start_char:end_char])))
        i = end
    return hedges
