"""Small helpers over the dependency parse that several extractors share."""

from __future__ import annotations

from spacy.tokens import Token


def through_preps(tok: Token, depth: int) -> list[Token]:
    """Tokens reachable from a verb through objects and prepositional phrases only ("admitted
    for the first time to ISIS's responsibility"), never through a clause of their own."""
    out: list[Token] = []
    frontier = [tok]
    for _ in range(depth):
        frontier = [c for t in frontier for c in t.children if c.dep_ in {"dobj", "prep", "pobj", "npadvmod", "attr"}]
        out.extend(frontier)
    return out
