"""Which incidents MUC-4 records, and as what type (TASKDOC template-doc-part1 section 1.0, "What
constitutes a relevant incident", and the incident types of section 7.4).

Only types MUC-4 defines make a template: ATTACK (armed assault, assassination, threats against
a named target as THREATENED), BOMBING, KIDNAPPING (hostage-taking too), HIJACKING, ARSON and ROBBERY
(facility attacks and assaults whose trigger burns or steals). Arrests, statements, claims,
accusations, protests and security operations do not. Acts of war between armed forces are not
terrorist incidents.
"""

from __future__ import annotations

import re
from datetime import date

from ..model import Actor, CountKind, EventType, Incident, Polarity, Role
from ..resources.words import lexicon
from .phrases import has_phrase, head_word, phrase_type, singular

MUC_TYPES = {
    EventType.ARMED_ASSAULT: "ATTACK",
    EventType.ASSASSINATION: "ATTACK",
    EventType.BOMBING: "BOMBING",
    EventType.KIDNAPPING: "KIDNAPPING",
    EventType.HOSTAGE_TAKING: "KIDNAPPING",
    EventType.HIJACKING: "HIJACKING",
    EventType.FACILITY_ATTACK: "ATTACK",
}
# the joins of a list of people ("five policemen and a civilian")
_LIST_PARTS = re.compile(r",|;|\band\b|\bas well as\b", re.IGNORECASE)
# a figure this large is a tally of a war or of years, not the toll of one incident
_TALLY_FIGURE = 1000
# this many dead is the toll of an offensive or of a month of fighting ("some 300 soldiers and
# 1,200 rebels have died since the offensive began"), rarely of one act: MUC-4's largest single
# acts (an airliner bombed in flight, a truck bomb at a police headquarters) counted fewer
_CAMPAIGN_TOLL = 150
# the types whose trigger may make an ARSON or a ROBBERY of them
_BURNED_OR_ROBBED = {EventType.FACILITY_ATTACK, EventType.ARMED_ASSAULT}
# the Actor kinds of people an act or a threat is aimed at ("the mayor", "the villagers")
_PEOPLE_KINDS = {"person", "civilian"}


def triggers(inc: Incident) -> list[str]:
    return [e.trigger.text.lower() for e in inc.events]


def muc_type(inc: Incident) -> str | None:
    """The MUC-4 incident type of a wirecoder incident, or None when MUC-4 has no template for it."""
    words = lexicon().muc4
    said = " ".join(triggers(inc))
    types = [inc.type, *[t for t in inc.types if t is not inc.type]]
    for t in types:
        if t in _BURNED_OR_ROBBED and has_phrase(said, words.arson_triggers):
            return "ARSON"
        if t in _BURNED_OR_ROBBED and has_phrase(said, words.robbery_triggers):
            return "ROBBERY"
        if t in MUC_TYPES:
            return MUC_TYPES[t]
    if EventType.THREAT in types and any(a.role in {Role.TARGET, Role.VICTIM} and a.kind in _PEOPLE_KINDS for a in inc.actors):
        # a threat against someone: a THREATENED attack; one against "the press", "the democratic
        # traditions" or "the oil pipelines" is no threat against a target (TASKDOC 1.0 (7))
        return "ATTACK"
    return None


def _combat_only(inc: Incident) -> bool:
    """TASKDOC 1.0 (1): guerrillas attacking a military or police force or installation, and
    killings of guerrillas or drug traffickers, are acts of war, not terrorist incidents; an
    incident that also touches a civilian target stays."""
    words = lexicon().muc4
    # "two others", "several": nobody the rule could read as armed or civilian
    targets = [a for a in inc.actors if a.role in {Role.TARGET, Role.VICTIM} and not _unnamed(a.text)]
    if all(t.lower() in words.combat_triggers for t in triggers(inc)) and not any(a.kind == "civilian" for a in targets):
        return True  # "clashes between guerrillas and the army"
    military = set(words.military_targets)
    combatants = set(words.combatant_targets)
    if not targets:
        # no target named: the people a casualty figure counts tell whom it struck ("5 soldiers
        # killed", "15 Shining Path guerrillas"), each member of a list armed ("five policemen and
        # a civilian" is no combat)
        fallen = [head_word(part) for c in inc.counts if c.kind in {CountKind.KILLED, CountKind.INJURED} and c.who
                  for part in _LIST_PARTS.split(c.who) if part.strip()]
        if not fallen or not all(head in military | combatants for head in fallen):
            return False
        # soldiers or police alone may be the victims of a terrorist attack; beside fallen
        # guerrillas, or in a clash, they are combatants
        return any(head in combatants for head in fallen) or any(t in words.combat_triggers for t in triggers(inc))

    forces = dict.fromkeys(military | combatants, "x")

    def armed(a: Actor) -> bool:
        # "a military convoy in Saravena, Arauca department": the place after the noun is no
        # further member of a list
        parts = [part for part in _LIST_PARTS.split(_before_its_place(a.text)) if part.strip()]
        if len(parts) > 1:
            # "the governor, another judge and the police commander": armed only if each of them is
            return all(head_word(part) in forces or phrase_type(part, forces) is not None for part in parts)
        head = head_word(a.text)
        return (a.kind == "state_force" or a.kind == "armed_group" or head in military or head in combatants
                or phrase_type(a.text, forces) is not None and a.kind != "civilian")
    if not all(armed(a) for a in targets):
        return False
    # "a police patrol car", with "four children wounded": the act touched civilians too
    return not any(_civilian_fallen(c.who) for c in inc.counts
                   if c.kind in {CountKind.KILLED, CountKind.INJURED} and c.who)


def _before_its_place(text: str) -> str:
    """A phrase up to the preposition that opens where it was ('a military convoy' of 'a
    military convoy in Saravena, Arauca department')."""
    words = text.split()
    opens = lexicon().muc4.place_prepositions
    cut = next((i for i, w in enumerate(words) if i and w.lower() in opens), len(words))
    return " ".join(words[:cut])


def _unnamed(text: str) -> bool:
    """A phrase of numbers and quantity words alone ('several', 'two others', 'at least 12')."""
    words = re.findall(r"[a-z]+|\d+", text.lower())
    unnamed = lexicon().muc4.unnamed_quantities
    return all(w.isdigit() or w in unnamed for w in words)


def _civilian_fallen(who: str) -> bool:
    """Whether a casualty figure counts civilians ('four children', 'a civilian'); 'people',
    'persons' or 'casualties' may be soldiers as well."""
    civilians = lexicon().actors.civilian_heads
    vague = lexicon().muc4.vague_people_heads
    return any(head_word(part) in civilians and head_word(part) not in vague
               for part in _LIST_PARTS.split(who) if part.strip())


def _is_nation(actor: Actor) -> bool:
    """A country or a people as the target ('against Cuba', 'against the Chilean nation')."""
    from ..extract.places import geocode  # loads spaCy: only when a target is to be geocoded, not on import

    words = [w for w in actor.text.lower().split() if w != "the"]
    if not words:
        return False
    if words[-1] in lexicon().muc4.nation_heads:
        return True
    place = geocode(" ".join(words))
    return place is not None and place.kind == "country"


def _is_populace(text: str) -> bool:
    """A people at large ('the civilian population', 'Salvadorans', 'our children'): as the
    target, or as whom a figure without a number counts, it tells no specific incident
    (TASKDOC 1.0 (7)); the callers leave those a number picks out ('two Salvadorans')."""
    from ..resources.gazetteer import gazetteer

    head = head_word(text)
    if head in lexicon().muc4.populace_heads:
        return True
    return head.endswith("s") and gazetteer().demonym_country(singular(head)) is not None


def of_the_countries_of_interest(inc: Incident, country: str | None) -> bool:
    """TASKDOC 1.0 (4): only incidents whose location, perpetrators or targets belong to one of
    the nine countries of interest are recorded. An incident placed abroad stays when the article
    is about one of them (``country``, the article's country: a place read abroad is more often
    the gazetteer's same-named town than a report of an act elsewhere) or when one of its actors
    is of one of them (a Colombian judge shot in Madrid)."""
    nine = lexicon().muc4.countries_of_interest
    placed = inc.place.country_code if inc.place is not None else None
    if placed is None or placed in nine or country in nine:
        return True
    return any(a.country_code in nine for a in inc.actors)


def is_relevant(inc: Incident, published: date | None = None) -> bool:
    """Whether MUC-4's task definition (TASKDOC 1.0) would record the incident: reported as fact,
    recent (within two months of the dateline), specific (``_specific``), one act and not a
    campaign (``_campaign``), and not an act of war between armed forces.

    The nine countries of interest need the article's country: ``of_the_countries_of_interest``."""
    if inc.events and all(e.polarity is Polarity.NEGATED for e in inc.events):
        return False  # "the army denied that guerrillas attacked": reported as not having happened
    if published and inc.date and (published - inc.date.last_day()).days > 62:
        return False  # "in 1984", "last February": a period that ended before the two months
    targets = [a for a in inc.actors if a.role in {Role.TARGET, Role.VICTIM} and not _is_nation(a)
               and not (a.number is None and _is_populace(a.text))]
    # "killing civilians" gives no figure, nor do "casualties" without a number or people; a toll
    # in the thousands sums up a war ("70,000 Salvadorans have been killed"): TASKDOC 1.0 (7)
    # leaves out summary descriptions
    figures = [c for c in inc.counts if (c.value is not None or c.who and not _is_populace(c.who) and not _unnamed(c.who))
               and (c.value or 0) < _TALLY_FIGURE]
    if _campaign(inc, targets) or not _specific(inc, targets, figures):
        return False
    return not _combat_only(inc)


def _specific(inc: Incident, targets: list[Actor], figures: list) -> bool:
    """TASKDOC 1.0 (7): a specific incident, one whose description at least tells the nature of
    its target or of the attack, not "the bombings and the crimes" or "a new attack against Cuba".
    Whom it struck or a figure of its toll picks out one act; without them it takes both its day
    and a place within a country ("an explosion in Lima on Tuesday"): "the attacks in El
    Salvador", "an explosion on Monday" or "the murders in Colombia" are mentions a report
    recalls, not an act it tells."""
    if targets or figures:
        return True
    placed = inc.place is not None and inc.place.kind != "country"
    return placed and inc.date is not None


def _campaign(inc: Incident, targets: list[Actor]) -> bool:
    """A campaign, not an incident (TASKDOC 1.0 (7), summary descriptions): told only by the words
    for a set of acts ("the offensive", "the war": the counts lexicon's roundup_collections), or
    counting an offensive's dead (``_CAMPAIGN_TOLL``) with no person or civilian of its own among
    whom it struck ("the offensive has left 400 dead"; "a car bomb killed two judges", beside a
    tally merged in, keeps the judges)."""
    collections = lexicon().counts.roundup_collections
    if inc.events and all(t in collections for t in triggers(inc)):
        return True
    tally = any(c.kind is CountKind.KILLED and (c.value or 0) >= _CAMPAIGN_TOLL for c in inc.counts)
    return tally and not any(a.kind in _PEOPLE_KINDS and (a.number or 0) < _CAMPAIGN_TOLL for a in targets)
