"""Reading the mentions a record keeps (an actor's text, a count's 'who') the way the MUC-4
writer and its relevance rules need: the head word, a phrase's type in a set-list table."""

from __future__ import annotations

import re

from ..resources.words import lexicon


def has_phrase(text: str, phrases) -> bool:
    """Whether any of ``phrases`` stands in ``text`` as whole words (case and blanks ignored)."""
    low = " " + " ".join(text.lower().split()) + " "
    return any(re.search(r"(?<![a-z])" + re.escape(p) + r"(?![a-z])", low) for p in phrases)


def head_word(text: str) -> str:
    """The head noun of a phrase: the word before 'of', 'who', 'in' ... ("the mayor of Lima" ->
    "mayor"), else the last word."""
    words = re.findall(r"[a-z]+(?:-[a-z]+)?", text.lower())
    followers = lexicon().muc4.head_followers
    for i, w in enumerate(words):
        if w in followers and i:
            return words[i - 1]
    return words[-1] if words else ""


def phrase_type(text: str, table: dict[str, str]) -> str | None:
    """The value of the longest phrase of ``table`` that ``text`` holds, or None."""
    low = " " + " ".join(text.lower().split()) + " "
    for phrase in sorted(table, key=len, reverse=True):
        if re.search(r"(?<![a-z])" + re.escape(phrase) + r"(?![a-z])", low):
            return table[phrase]
    return None


def singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word
