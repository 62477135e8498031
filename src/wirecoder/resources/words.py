"""Every word list of wirecoder's rules, once, typed and validated.

Each file in ``lexicon/`` is one section (``actors.json`` is ``lexicon().actors``) and notes its
source in ``_source``. A list becomes a ``WordSet``: a frozen set for membership tests that still
iterates in the file's order, so rules that try words in turn stay deterministic. A word list
that two stages need lives in the section of the thing it names (people nouns in ``people``), and
both read it from there.
"""

from __future__ import annotations

import json
from functools import cache, cached_property
from importlib.resources import files
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationError, model_validator

from ..errors import ConfigError
from ..model import ActorKind, WeaponType


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
    civilian_heads: Words
    group_anaphors: Words
    person_titles: Words
    non_actor_heads: Words
    not_perpetrator_heads: Words
    state_force_heads_needing_modifier: Words
    setting_prepositions: Words
    rescue_verbs: Words
    masterminding_verbs: Words
    perpetrating_verbs: Words
    accusation_prepositions: Words
    # what someone is accused of ('of this crime'): the accused's phrase ends before it
    charge_nouns: Words
    target_prepositions: Words
    opponent_prepositions: dict[str, Words]
    nominal_target_prepositions: Words
    group_member_prefixes: Words
    group_name_suffixes: Words
    victim_of_nouns: Words
    life_nouns: Words
    companion_prepositions: Words
    name_titles: Words
    dead_before_modifiers: Words
    recalling_words: Words
    victim_nouns: Words
    naming_verbs: Words
    identifying_verbs: Words
    thing_heads: Words
    damage_words: Words
    hit_place_prepositions: Words
    custodian_heads: Words
    force_institutions: Words

    @model_validator(mode="after")
    def _parts_within_wholes(self) -> ActorWords:
        _check_parts(self, {"state_force_heads_needing_modifier": "state_force_heads"})
        return self


class AttributionWords(Section):
    speech_verbs: dict[str, bool]
    relay_verbs: Words
    outlets: dict[str, tuple[str, str]]
    outlet_suffixes: Words
    generic_addressees: Words
    kinds: dict[str, tuple[str, ...]]
    title_heads: Words
    name_prepositions: Words
    leading_determiners: Words
    statement_containers: Words
    container_prepositions: Words


class CountWords(Section):
    kind_nouns: dict[str, str]
    kind_verbs: dict[str, str]
    adjective_kinds: dict[str, str | None]
    qualifiers: dict[str, str]
    vague_numbers: dict[str, int]
    unknown_number_adjectives: Words
    zero_cues: Words
    zero_everyone_heads: Words
    casualty_words: Words
    violent_causes: Words
    vague_only_in_phrases: Words
    partitive_quantifiers: Words
    numbering_words: Words
    lower_bound_qualifiers: Words
    upper_bound_qualifiers: Words
    casualty_list_words: Words
    who_prepositions: Words
    toll_prepositions: Words
    toll_verbs: Words
    injury_toll_words: Words
    no_casualty_nouns: Words
    determiners_of_one: Words
    besides_markers: Words
    partitive_pronouns: Words
    collective_nouns: Words
    singular_people: Words
    custody_ends: Words  # 'released on bail', 'freed from prison': an arrest or a sentence ends, no captive is freed
    custody_people: Words  # 'the suspects were released': people held by the law, not by captors
    plural_auxiliaries: Words
    injuring_verbs: Words
    killing_complements: Words
    sentencing_verbs: Words  # 'sentenced to death': a sentence, no death
    hospital_verbs: Words
    hospital_words: Words
    casualty_nouns: Words
    casualty_group_prepositions: Words
    roundup_across: Words
    roundup_prepositions: Words
    roundup_event_nouns: Words
    roundup_collections: Words
    roundup_openers: Words
    roundup_starts: Words
    roundup_adverbs: Words
    roundup_periods: Words
    roundup_spans: Words  # lemmas naming a stretch of time ('the past decade'), not a point in it
    roundup_period_determiners: Words
    roundup_adjectives: Words
    roundup_determiners: Words
    definite_quantities: dict[str, int]
    one_more_words: Words
    additional_adverbs: Words
    suffering_verbs: Words
    suffered_injuries: Words
    reflexive_deaths: dict[str, int]
    self_destruction_verbs: Words
    weapon_turning_verbs: Words
    person_endings: tuple[str, ...]
    unhurt_words: Words
    inclusion_verbs: Words  # 'the dead included six children': the list counts the dead
    finding_verbs: Words  # 'guards found a reporter shot dead': the one found suffered what the clause tells
    fatal_modifiers: Words  # 'suffered fatal wounds', 'the fatal shooting of a teenager': a death
    unsized_quantities: Words  # 'many civilians were killed': a plural of unknown size
    nonviolent_deaths: Words  # 'died of cancer', 'died in a crash': no later death of the violence told


class DateWords(Section):
    months: dict[str, int]
    weekdays: dict[str, int]
    day_offsets: dict[str, int]
    number_words: dict[str, int]
    leading_modifiers: Words
    not_widened: Words
    strictly_past: Words
    trailing_modifiers: Words
    units: dict[str, str]
    duration_words: Words
    clock_words: Words
    time_approximators: Words
    named_times: Words
    number_markers: Words
    street_words: Words  # '1935 Orchard St.': a figure before a street name is a house number
    later_death_words: Words  # 'later died', 'died in hospital', 'died of his wounds': a death after the act


class BackgroundWords(Section):
    """How a report tells an earlier or other occurrence than the one it reports: the cause of an
    act ("revenge for US airstrikes", "after the killing of"), a precedent ("since 1959, when ...")
    or a date before the news ("earlier this month")."""

    cause_nouns: Words
    cause_prepositions: Words
    cause_verbs: Words
    after_prepositions: Words
    past_death_nouns: Words
    precedent_adverbs: Words
    date_cues: Words
    comparison_prepositions: Words  # "attacks like the bombing of"
    comparison_adjectives: Words  # "similar to", "reminiscent of"
    recalling_determiners: Words  # "on that occasion, when ..."
    landmark_adverbs: Words  # "a few blocks from where the governor was murdered"


class MishapWords(Section):
    """What tells a death or injury by accident, disaster, disease or animals: the cause's nouns and
    set phrases, the verbs of a mishap ("the car overturned"), the animals that are victims or
    agents, and the verbs that tell only a casualty and no act (which a mishap explains)."""

    causes: Words
    cause_phrases: Words
    verbs: Words
    animals: Words
    casualty_verbs: Words
    ambiguous_acts: Words  # a blast alone (no bomb, no bomber) is as often a gas explosion as an attack
    act_aftermaths: Words  # causes an act may lead to ('the blaze' after an arson); no other cause is people's doing
    fire_modifiers: Words  # what a burning fire is called ("a house fire"); any other modifier ("police fire") makes it shooting


class EventWords(Section):
    verbs: dict[str, str]
    nouns: dict[str, str]
    needs_object: dict[str, tuple[str, ...]]
    aimed_prepositions: dict[str, tuple[str, ...]]
    noun_modifier_required: dict[str, tuple[str, ...]]
    fire_words: Words
    hostage_words: Words
    hostage_verbs: Words
    statement_only_when_reported: Words
    accusation_phrases: tuple[tuple[str, ...], ...]
    responsibility_nouns: Words
    denial_verbs: Words
    needs_subject: dict[str, tuple[str, ...]]
    lemma_corrections: dict[str, str]
    instrument_nouns: Words
    denial_adjectives: Words
    security_force_verbs: Words
    off_topic_cues: Words
    conflict_cues: Words
    idioms_not_events: Words
    hypothetical_auxiliaries: Words
    hypothetical_heads: Words
    conditional_markers: Words
    question_markers: Words  # "to determine whether he murdered": the act is asked about, not told done
    negative_determiners: Words
    ahead_modifiers: Words  # "the planned protests": a bare modifier placing the act ahead
    show_senses: Words
    show_sense_nouns: Words
    name_sense_nouns: Words
    captivity_needing_verbs: Words
    types_without_captives: dict[str, str]  # 'siege': a hostage-taking only where captives were told, else this type
    freeing_verbs: Words  # an act only when they free people ('released the senator', not 'released a statement')
    intention_heads: Words  # hypothetical over their infinitive or gerund only ("pledged to kill"), not their object
    violent_sense_cues: dict[str, tuple[str, ...]]
    verbal_attack_cues: Words
    verbal_attack_triggers: Words  # the trigger words that also name an attack in words
    verbal_attack_adverbs: Words
    cyber_sense_triggers: Words  # attack words that also name a computer intrusion ('attacked the party's servers')
    cyber_cues: Words  # the words that tell a computer intrusion in a sentence ('hack', 'servers', 'malware')
    capability_verbs: Words
    negative_subjects: Words
    generic_frame_adverbs: Words
    generic_determiners: Words
    generic_modifiers: Words
    multitudes: Words
    distinct_markers: Words
    anaphoric_determiners: Words
    separate_incident_cues: Words
    holding_verbs: Words
    responsibility_verbs: Words
    admission_verbs: Words
    detonation_verbs: Words
    effect_verbs: Words
    describing_effect_verbs: Words
    undergoer_verbs: Words
    motion_prepositions: Words
    period_openers: Words
    responsibility_owner_nouns: Words
    other_sense_objects: dict[str, tuple[str, ...]]
    other_sense_modifiers: dict[str, tuple[str, ...]]
    other_sense_subjects: dict[str, tuple[str, ...]]  # "a political crisis exploded"
    negating_prepositions: Words  # "without a shot being fired"
    advocacy_heads: Words  # "call for" or "demand": an act wished for, as their object, is not told done
    equating_verbs: Words  # "constitutes an attack on press freedom": what the subject is taken to be
    reaction_verbs: Words  # "condemned today the assassination of": a date of theirs dates the reaction
    sequence_prepositions: Words  # "after taking office on 1 June": a date in their clause dates that action
    enforcement_modifiers: Words
    court_words: Words
    proceeding_words: Words  # "pleads guilty", "stand trial", "the verdict": a report whose news is a court's proceeding
    background: BackgroundWords
    mishaps: MishapWords

    @model_validator(mode="after")
    def _parts_within_wholes(self) -> EventWords:
        _check_parts(self, {"admission_verbs": "responsibility_verbs", "describing_effect_verbs": "effect_verbs",
                            "responsibility_owner_nouns": "responsibility_nouns"})
        return self


class HedgeWords(Section):
    patterns: dict[str, tuple[str, ...]]
    denied_not_a_denial: Words


class PlaceWords(Section):
    labels: Words
    region_words: Words
    settlement_words: Words
    area_words: Words
    country_words: Words
    not_places: Words
    locative_prepositions: Words
    strike_verbs: Words
    directions: Words
    vicinity_words: Words
    place_nouns: Words
    actor_nouns: Words
    town_body_nouns: Words  # 'Gainesville Police': a town's own government, named after the town
    list_conjunctions: Words
    capital_nouns: Words
    seat_nouns: Words
    neighbourhood_words: Words
    not_quarter_names: Words  # 'a poor', 'the same', 'his', 'the exclusive' before a neighbourhood word: no name
    border_nouns: Words
    elsewhere_verbs: Words
    deictic_adverbs: Words  # 'exploded here': the dateline's town
    deictic_determiners: Words  # 'in this capital', 'this city': the dateline's town
    former_countries: dict[str, str]  # a dateline's name of a state gone or abbreviated -> ISO code
    street_words: Words
    origin_nouns: Words  # 'a Spanish priest', 'a Czech pistol': a nationality of where one comes from
    party_initials: Words  # 'Charles Rangel, D-N.Y.': a US lawmaker's party before his home state
    base_words: Words  # 'a Washington-based group': the place an outfit sits in, named before them
    state_abbreviations: dict[str, str]  # 'W.Va.' -> 'West Virginia': the AP's abbreviations of US states
    name_abbreviations: dict[str, str]  # 'Co.' -> 'County': abbreviated words of place names
    demonyms: dict[str, str]  # 'Soviet' -> 'RU': nationalities the gazetteer lacks -> ISO code


class TruecaseWords(Section):
    name_particles: Words
    given_names: Words
    demonyms: Words
    months: Words
    months_ambiguous: Words
    month_abbreviations: Words
    days: Words
    titles: Words
    title_case_abbreviations: Words
    acronyms: Words
    acronyms_latin_america_1990: Words


def _check_parts(section: Section, parts: dict[str, str]) -> None:
    """A list that its file documents as part of another must stay within it."""
    for part, whole in parts.items():
        stray = set(getattr(section, part)) - set(getattr(section, whole))
        if stray:
            raise ValueError(f"{part} must be part of {whole}, but {sorted(stray)} are not")


class PeopleWords(Section):
    """Words for people that several stages read: pronouns and the nouns for who did it."""

    pronouns: Words
    plural_pronouns: Words
    relative_pronouns: Words
    group_pronouns: Words
    perpetrators: Words
    armed_group_members: Words
    perpetrator_stand_ins: Words
    held_people: Words
    sides_in_war: Words  # 'civilians', 'combatants': people named by their side in armed conflict
    companions: Words  # kin and those who go with someone: a person told by a tie to another
    possessives: Words  # 'his', 'their': a person told by a tie to another
    groups: Words  # 'family', 'crew': many people as one body
    others: Words  # 'another teacher': a person besides one told before

    @model_validator(mode="after")
    def _parts_within_wholes(self) -> PeopleWords:
        _check_parts(self, {"plural_pronouns": "pronouns", "relative_pronouns": "pronouns", "group_pronouns": "pronouns"})
        if shared := set(self.perpetrators) & set(self.perpetrator_stand_ins):
            raise ValueError(f"perpetrator_stand_ins repeat perpetrators: {sorted(shared)}")
        return self

    @cached_property
    def perpetrator_heads(self) -> WordSet:
        """Every noun that may head a perpetrator's phrase: the perpetrators and their stand-ins."""
        return WordSet([*self.perpetrators, *self.perpetrator_stand_ins])


class ExportWords(Section):
    gtd_target_words: dict[str, Words]


class WeaponWords(Section):
    weapons: dict[str, WeaponType]
    shooting_words: Words
    attempt_cues: Words
    suicide_words: Words


class Muc4Words(Section):
    """The MUC-4 writer's words (``wirecoder.muc4``): set-list tables and the phrases it reads."""

    arson_triggers: Words
    robbery_triggers: Words
    physical_targets: dict[str, str]
    human_target_types: dict[str, str]
    owner_residence_types: dict[str, str]
    state_collectives: Words
    admin1_label: dict[str, str]
    # the unit word a gazetteer name may end in ("Chalatenango Department"): the slot gives the
    # unit in parentheses after the bare name, "CHALATENANGO (DEPARTMENT)"
    admin_unit_words: Words
    # a named site the location set list holds after the town ('Jose Maria Cordoba airport'), with its type
    site_words: dict[str, str]
    nation_names: dict[str, str]
    military_targets: Words
    combatant_targets: Words
    combat_triggers: Words
    state_actor_kinds: Annotated[tuple[ActorKind, ...], AfterValidator(WordSet)]
    title_words: Words
    title_joiners: Words
    title_articles: Words
    head_followers: Words
    phrase_end_words: Words
    singular_s_heads: Words
    unnamed_people: Words
    force_words: Words
    # nouns for a band or an organisation as a whole ('drug gangs', 'the death squads'): a
    # perpetrator so told is written as an organisation though no known group is named
    organisation_heads: Words
    # 'a', 'an': a band brought in by one ('a leftist group') is described, not named
    # 'the same group', 'no organization': words that point back to a band told before or deny one
    anaphoric_modifiers: Words
    member_words: Words
    member_articles: Words
    nation_heads: Words
    populace_heads: Words
    # a victim phrase of numbers and quantity words alone ('several', 'two others') names nobody
    # the combat rule could read as armed or civilian
    unnamed_quantities: Words
    # the nouns of actors.json civilian_heads a casualty figure uses for soldiers too ('five
    # people died in the clash'): they make no civilian victim
    vague_people_heads: Words
    # the prepositions that open where a target was ("a patrol in Saravena, Arauca department"):
    # the place after them is no further member of a list of targets
    place_prepositions: Words
    # the ISO codes of the nine countries the MUC-4 task records incidents of (TASKDOC 1.0 (4))
    countries_of_interest: Words
    destroyed_words: Words
    damaged_words: Words
    relative_date_words: Words
    string_fill_determiners: Words
    # "the mayor was released", "were kidnapped and freed": the auxiliaries of a passive verb, and
    # the words that deny it ("has not been released")
    passive_auxiliaries: Words
    negation_words: Words
    # a relative clause that opens further on tells of a nearer noun ("senator X, kidnapped with
    # his secretary Y, who was released": Y)
    relative_pronouns: Words
    # what ends a perpetrator's or a target's string fill after its head: a relative clause or a
    # circumstance ("a group of armed men, who forced him ...", "unknown persons near Rio Blanco");
    # fill_place_prepositions end it before a name ("Honduran troops in Las Filas", not "men in uniform")
    fill_end_words: Words
    fill_place_prepositions: Words
    # "an elderly man named Julio Rodriguez": the words that bring in a person's name after a description
    name_introducers: Words
    # "the so-called Extraditables": words that tell how a group calls itself, no part of its name
    name_hedges: Words


class Lexicon(BaseModel):
    """All sections; ``lexicon()`` loads it once per process."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    actors: ActorWords
    attribution: AttributionWords
    counts: CountWords
    dates: DateWords
    events: EventWords
    export: ExportWords
    hedges: HedgeWords
    people: PeopleWords
    places: PlaceWords
    truecase: TruecaseWords
    muc4: Muc4Words
    weapons: WeaponWords


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
