"""Weapons and the manner of an attack: the weapons a sentence names ("a car bomb", "AK-47
rifles"), whether it says the act was only attempted ("tried to", "failed to explode",
"defused") and whether it tells of a suicide attack ("suicide bomber").

``find_attack_means(sent)`` reads one sentence with the words of ``lexicon/weapons.json``.
Weapon phrases are matched over the sentence's text, case-insensitively and across line
breaks, rather than over tokens: the lexicon writes them as text ("car-bomb", "ak-47") and
tokenizers split such words differently. Where two phrases overlap the longer one wins ("car
bomb" over "bomb"). Like hedges, these are facts of the sentence: every event in it carries
them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Span as SpacySpan

from ...model import Polarity, Span, Stage, Weapon, WeaponType
from ...resources.words import lexicon
from ..syntax import doc_text


def _phrase_pattern(phrase: str) -> re.Pattern:
    """A lexicon phrase as a pattern over lower-cased text: its words apart by any blanks, not
    inside a longer word."""
    words = (re.escape(w) for w in phrase.lower().split())
    return re.compile(r"(?<![a-z])" + r"\s+".join(words) + r"(?![a-z])")


@cache
def _weapon_patterns() -> tuple[tuple[re.Pattern, WeaponType], ...]:
    table = lexicon().weapons.weapons
    # the longest phrases claim their words first; sorted() keeps the file's order among equals
    return tuple((_phrase_pattern(p), WeaponType(table[p])) for p in sorted(table, key=len, reverse=True))


@cache
def _any_phrase(phrases: tuple[str, ...]) -> re.Pattern:
    return re.compile("|".join(_phrase_pattern(p).pattern for p in phrases))


@cache
def _suicide_pattern() -> re.Pattern:
    starts = "|".join(re.escape(w) for w in lexicon().weapons.suicide_words)
    return re.compile(rf"\bsuicide[- ](?:{starts})", re.IGNORECASE)


_LETTERS = re.compile(r"[a-z]+")  # the runs a phrase pattern's "not inside a longer word" bounds


@cache
def _weapon_first_words() -> tuple[frozenset[str], bool]:
    """The first run of letters of every weapon phrase ("car" of "car-bomb"), and whether every
    phrase starts with a letter (else no run of the sentence can rule a phrase out)."""
    starts = [_LETTERS.match(p.lower()) for p in lexicon().weapons.weapons]
    return frozenset(m.group() for m in starts if m), all(starts)


def _weapons(text: str, offset: int) -> tuple[Weapon, ...]:
    low = text.lower()
    # most sentences name no weapon: when none of the phrases' first words is among the
    # sentence's words, the phrase-by-phrase passes below (longest first) are skipped
    first_words, all_lettered = _weapon_first_words()
    if all_lettered and first_words.isdisjoint(_LETTERS.findall(low)):
        return ()
    found: list[tuple[int, int, WeaponType]] = []
    for pattern, kind in _weapon_patterns():
        for m in pattern.finditer(low):
            if not any(m.start() < end and start < m.end() for start, end, _ in found):
                found.append((m.start(), m.end(), kind))
    return tuple(
        Weapon(type=kind, text=" ".join(text[start:end].split()), span=Span(start=offset + start, end=offset + end, text=text[start:end]))
        for start, end, kind in sorted(found, key=lambda f: f[0])
    )


@dataclass(frozen=True)
class AttackMeans:
    """What one sentence tells of how an act was carried out."""

    weapons: tuple[Weapon, ...]  # named in the sentence, in reading order
    attempted: bool
    suicide: bool

    def weapons_for(self, trigger: str) -> list[Weapon]:
        """The weapons of the event a trigger names: those the sentence names, else the gun a
        shooting word implies ("was shot": MUC-4 TASKDOC 7.8 note 7)."""
        if self.weapons:
            return list(self.weapons)
        if _any_phrase(tuple(lexicon().weapons.shooting_words)).search(trigger.lower()):
            return [Weapon(type=WeaponType.GUN)]
        return []

    def stage(self, polarity: Polarity) -> Stage:
        """Attempted when the sentence says so, even of a plan ("planned to attack, but the plot
        was foiled"); threatened when the event is only a threat or a plan."""
        if self.attempted:
            return Stage.ATTEMPTED
        return Stage.THREATENED if polarity is Polarity.HYPOTHETICAL else Stage.ACCOMPLISHED


def find_attack_means(sent: SpacySpan) -> AttackMeans:
    """The weapons, attempt and suicide cues of one sentence (any span of a doc)."""
    text = doc_text(sent.doc)[sent.start_char : sent.end_char]
    words = lexicon().weapons
    return AttackMeans(
        weapons=_weapons(text, sent.start_char),
        attempted=_any_phrase(tuple(words.attempt_cues)).search(text.lower()) is not None,
        suicide=_suicide_pattern().search(text) is not None,
    )
