"""Every word list of wirecoder's rules, once, typed and validated.

Each file in ``lexicon/`` is one section (``actors.json`` is ``lexicon().actors``) and notes its
source in ``_source``. A list becomes a ``WordSet``: a frozen set for membership tests that still
iterates in the file's order, so rules that try words in turn stay deterministic. A word list
that two stages need lives in the section of the thing it names (people nouns in ``people``), and
both read it from there.
"""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationError

from ..errors import ConfigError


class WordSet(frozenset):
    """A frozen set of words that iterates in the order its data file lists them."""

    __slots__ = ("_order",)

    def __new__(cls, words=()):
        ordered = tuple(dict.fromkeys(words))
        self = super().__new__(cls, ordered)
        self._order = ordered
        return self

    def __iter__(self):
        return iter(self._order)

    def __repr__(self) -> str:
        return f"WordSet({list(self._order)!r})"


Words = Annotated[tuple[str, ...], AfterValidator(WordSet)]


class Section(BaseModel):
    """One lexicon file. Every file says where its words come from."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    source: str = Field(alias="_source", min_length=10)
    notes: str | None = Field(default=None, alias="_notes")


class ActorWords(Section):
    armed_groups: dict[str, tuple[str, ...]]
    state_force_heads: Words
    state_force_modifiers: Words
    perpetrator_heads: Words
    civilian_heads: Words
    group_anaphors: Words
    person_titles: Words
    non_actor_heads: Words


class AttributionWords(Section):
    speech_verbs: dict[str, bool]
    relay_verbs: Words
    outlets: dict[str, tuple[str, str]]
    outlet_suffixes: Words
    generic_addressees: Words
    kinds: dict[str, tuple[str, ...]]
    title_heads: Words


class CountWords(Section):
    kind_nouns: dict[str, str]
    kind_verbs: dict[str, str]
    adjective_kinds: dict[str, str | None]
    perpetrator_nouns: Words
    qualifiers: dict[str, str]
    vague_numbers: dict[str, int]
    unknown_number_cues: Words
    zero_cues: Words
    casualty_words: Words
    violent_causes: Words
    singular_people: Words


class DateWords(Section):
    months: dict[str, int]
    weekdays: dict[str, int]
    day_offsets: dict[str, int]
    number_words: dict[str, int]
    leading_modifiers: Words
    trailing_modifiers: Words
    units: dict[str, str]
    duration_words: Words


class EventWords(Section):
    verbs: dict[str, str]
    nouns: dict[str, str]
    needs_object: dict[str, tuple[str, ...]]
    noun_modifier_required: dict[str, tuple[str, ...]]
    fire_words: Words
    hostage_words: Words
    hostage_verbs: Words
    statement_only_when_reported: Words
    accusation_phrases: tuple[tuple[str, ...], ...]
    responsibility_nouns: Words
    denial_verbs: Words
    needs_subject: dict[str, tuple[str, ...]]
    instrument_nouns: Words
    denial_adjectives: Words
    security_force_verbs: Words
    off_topic_cues: Words
    conflict_cues: Words
    idioms_not_events: Words


class HedgeWords(Section):
    patterns: dict[str, tuple[str, ...]]
    denied_not_a_denial: Words


class PlaceWords(Section):
    labels: Words
    region_words: Words
    settlement_words: Words
    country_words: Words
    not_places: Words
    locative_prepositions: Words
    strike_verbs: Words


class TruecaseWords(Section):
    given_names: Words
    demonyms: Words
    months: Words
    months_ambiguous: Words
    month_abbreviations: Words
    days: Words
    titles: Words
    title_case_abbreviations: Words
    acronyms: Words


class Lexicon(BaseModel):
    """All sections; ``lexicon()`` loads it once per process."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    actors: ActorWords
    attribution: AttributionWords
    counts: CountWords
    dates: DateWords
    events: EventWords
    hedges: HedgeWords
    places: PlaceWords
    truecase: TruecaseWords


def _read(name: str) -> Any:
    return json.loads(files(__package__).joinpath("lexicon", f"{name}.json").read_text(encoding="utf-8"))


@cache
def lexicon() -> Lexicon:
    """The lexicon, validated: a missing list, an unknown key or a wrong type is a ConfigError that
    names the file, not a KeyError deep in a rule."""
    sections: dict[str, Any] = {}
    for name in Lexicon.model_fields:
        try:
            sections[name] = _read(name)
        except (OSError, json.JSONDecodeError) as exc:
            raise ConfigError(f"lexicon file lexicon/{name}.json cannot be read: {exc}") from None
    try:
        return Lexicon.model_validate(sections)
    except ValidationError as exc:
        raise ConfigError(f"the lexicon does not validate:\n{exc}") from None
