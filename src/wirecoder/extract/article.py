"""``extract_events``: the field extractors run over one parsed article.

Each field has its own folder (``events``, ``actors``, ``counts``, ``places``, ``dates``,
``attribution``, ``hedges``, ``weapons``) with a small pure function from parsed text to typed records and its
lexicon as a data file. This module only ties their outputs to event triggers: a date, place or
count belongs to the trigger it hangs from in the parse (a dateline's town, where the report was
filed, to none; a lone reference to an act takes the place its clause gives: "the killings
occurred in La Paz"; a town that only names the victim or target places the act when nothing
else in the sentence does: "Medellin councilman Ana Ruiz was shot"), a sentence's sources and
weapons belong to every event in it, and its hedges to the events and counts in the clause
they modify. What a sentence tells as background (``background.py``: "revenge for US
airstrikes ... earlier this month") keeps its own date, place and count, and takes none of the
news's.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import cache

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from ..ingest.dateline import parse_dateline
from ..model import (
    Actor,
    Article,
    Attribution,
    Event,
    EventType,
    Place,
    Polarity,
    Precision,
    Role,
    SourceKind,
    Span,
)
from ..resources.gazetteer import Gazetteer
from ..resources.taxonomy import attack_types
from ..resources.words import lexicon
from .actors import damaged_things, find_actors, identified_victims
from .attribution import find_attributions
from .background import background_scope, told_as_earlier, updates_a_toll
from .counts import CountMention, find_count_mentions
from .dates import find_dates
from .events import (
    Trigger,
    find_triggers,
    is_off_topic,
    mishap_sentences,
    tallies_a_history,
    told_before_a_court,
)
from .hedges import bound_hedges, find_hedges
from .places import ArticlePlaces, read_places, seat_nouns
from .places.here import deictic_places, filed_at
from .syntax import doc_text
from .weapons import find_attack_means

_MAX_PATH = 8
_TOWN_KINDS = frozenset({"city", "admin2", "site"})
_YEAR_DAYS = 366


def _span(doc: Doc, start: int, end: int) -> Span:
    return Span(start=start, end=end, text=doc_text(doc)[start:end])


def _token_at(doc: Doc, span: Span) -> Token | None:
    piece = doc.char_span(span.start, span.end, alignment_mode="expand")
    return piece.root if piece is not None and len(piece) else None


def _owning_trigger(token: Token, triggers: dict[int, Trigger]) -> int | None:
    """The first trigger among a token's ancestors (itself included), or None."""
    current = token
    for _ in range(_MAX_PATH):
        if current.i in triggers:
            return current.i
        if current.head is current:
            return None
        current = current.head
    return None


# a place in these roles is an actor or a theme ("Russia admitted", "to link Ukraine"), not a where
# acts whose direct object may be the place itself; an arrest or claim of "Moscow" is no where
_STRIKES_PLACES = {EventType.ARMED_ASSAULT, EventType.BOMBING, EventType.FACILITY_ATTACK, EventType.SECURITY_OPERATION}
_NOT_WHERE_DEPS = {"nsubj", "nsubjpass", "dobj", "poss", "attr", "dative", "agent"}


def _place_owner(token: Token | None, triggers: dict[int, Trigger]) -> int | None:
    """The trigger whose place a toponym gives; -1 when the toponym is no where at all. Only the
    preposition that introduces the toponym decides ("heads from CIS countries in Bishkek" is
    in Bishkek, "hail from Tajikistan" is not where anything happened)."""
    if token is None:
        return None
    while token.dep_ in {"compound", "appos", "conj"} and token.head is not token:
        token = token.head  # "the Rostov region", "Kharkiv, Ukraine": the head noun decides
    if token.dep_ == "dobj":
        # "troops shelled Donetsk", "missiles hit Kharkiv, killing three": the object is where
        verb = token.head
        struck = [verb.i] if verb.i in triggers else [c.i for c in verb.children if c.dep_ in {"advcl", "conj"} and c.i in triggers]
        if struck and triggers[struck[0]].type in _STRIKES_PLACES:
            return struck[0]
    if token.dep_ in _NOT_WHERE_DEPS and token.i not in triggers:
        return -1
    if token.dep_ == "pobj" and token.head.lower_ in lexicon().events.motion_prepositions:
        return -1  # where someone came from or went ("attackers who hail from Tajikistan", "heading to Kyiv")
    if _elsewhere(token, triggers):
        return -1
    if token.dep_ == "pobj" and token.head.dep_ == "prep" and _is_cited_seat(token.head.head, triggers):
        return -1  # "the Canadian embassy in San Salvador reported": where the source sits, not where it happened
    owner = _owning_trigger(token, triggers)
    return owner if owner is not None else _coordinated_trigger(token, triggers)


# the roles of what an act is done to: a town that only names it is still where it was hit
_PATIENT_DEPS = {"nsubjpass", "dobj"}


def _town_of_the_struck(token: Token, triggers: dict[int, Trigger]) -> int | None:
    """The attack whose victim or target a toponym only modifies ("Medellin mayor Ana Ruiz was
    shot", "gunmen kidnapped Cali councilman Luis Mora", "Lima's water plant was bombed"): the parse
    gives the town no preposition, yet it tells where the act was. Not the attacker's town ("Medellin cartel
    gunmen killed a judge"): only the one acted on counts. A place noun so modified is the place
    itself, not a victim ("the northern San Salvador area was bombed"), and is left to the rules
    for a struck place."""
    if token.dep_ not in {"compound", "poss"}:
        return None
    while token.dep_ in {"compound", "poss"} and token.head is not token:
        token = token.head
    words = lexicon().places
    if token.lemma_.lower() in set(words.place_nouns) | set(words.region_words) | set(words.settlement_words):
        return None
    verb = token.head
    if token.dep_ in _PATIENT_DEPS and verb.i in triggers and triggers[verb.i].type in attack_types():
        return verb.i
    return None


def _coordinated_trigger(token: Token, triggers: dict[int, Trigger]) -> int | None:
    """The trigger coordinated with a noun the toponym hangs from: in "the disappearance and
    kidnapping of Hector Oqueli in Guatemala City" the place is of both nouns, though the parse
    hangs it from the first."""
    current = token
    for _ in range(_MAX_PATH):
        if current.pos_ in {"VERB", "AUX"} or current.head is current:
            return None
        if current.pos_ == "NOUN":
            coordinated = [c.i for c in current.children if c.dep_ == "conj" and c.pos_ == "NOUN" and c.i in triggers]
            if coordinated:
                return coordinated[0]
        current = current.head
    return None


def _elsewhere(token: Token, triggers: dict[int, Trigger]) -> bool:
    """Whether a toponym tells a place other than where the act was: a neighbour across a border
    ("on the border with Honduras"), or where a clause says someone was trained, lives, was born or
    is based ("a commando trained in Nicaragua", "the businessman, who spends most of his time in
    Miami, was kidnapped"). Other clauses still say where ("the action, which took place in a Bogota
    street", "killed the reporter, who worked for a radio network in Medellin")."""
    places = lexicon().places
    if token.dep_ == "pobj" and token.head.lower_ == "with" and token.head.head.lemma_.lower() in places.border_nouns:
        return True
    current = token
    for _ in range(_MAX_PATH):
        if current.i in triggers or current.head is current:
            return False
        if current.dep_ in {"acl", "relcl"} and current.head.i not in triggers:
            return current.lemma_.lower() in places.elsewhere_verbs
        current = current.head
    return False


def _is_cited_seat(noun: Token, triggers: dict[int, Trigger]) -> bool:
    """Whether a noun is an outlet or a mission cited as the source ("radio Caracol of Medellin
    reported", "according to the embassy in Lima"); a bomb at "the radio station in Medellin" is
    no source, and its town stays where."""
    if noun.i in triggers or not ({noun.lower_} | {c.lower_ for c in noun.children if c.dep_ == "compound"}) & seat_nouns():
        return False
    speaks = noun.dep_ == "nsubj" and noun.head.lemma_.lower() in lexicon().attribution.speech_verbs
    according = noun.dep_ == "pobj" and noun.head.lower_ == "to" and noun.head.head.lower_ == "according"
    return speaks or according


def _where_the_subject_happened(place: Token, reference: Token) -> bool:
    """Whether a toponym says where the clause whose subject is a reference to an act puts it ("the
    killings occurred in La Paz", "explosions were felt in the southern part of San Salvador", "in
    San Miguel there were explosions"); not a place of another clause ("the massacre took place at a
    camp of refugees who had lived in Honduras", "in a statement issued in Havana, the group
    condemned the murder"), nor a name that only modifies a noun ("casualties were inflicted on
    the Libertad battalion")."""
    words, motion = lexicon().places, lexicon().events.motion_prepositions
    place_words = set(words.place_nouns) | set(words.region_words) | set(words.settlement_words)
    while place.dep_ in {"appos", "conj"} or place.dep_ == "compound" and place.head.lemma_.lower() in place_words:
        place = place.head  # "San Salvador department", "Usulutan and San Miguel"
    current = place
    for _ in range(_MAX_PATH):
        if current.dep_ != "pobj" or current.head.dep_ != "prep":
            return False
        holder = current.head.head  # what the preposition tells the where of
        if holder.pos_ in {"VERB", "AUX"}:
            where = current.head.lower_ in set(words.locative_prepositions) - set(motion)
            subjects = {c.i for c in holder.children if c.dep_ in {"nsubj", "nsubjpass", "attr"}}
            return where and reference.i in subjects and holder.lemma_.lower() not in lexicon().attribution.speech_verbs
        current = holder  # "in the southern part of San Salvador": the part is where
    return False


def _describes_a_person(token: Token | None) -> bool:
    """Whether a toponym only tells whose office or origin a person has ("the mayor of Medellin",
    "a priest of Zacatecoluca"): where the person belongs, not where the act happened."""
    if token is None:
        return False
    while token.dep_ in {"compound", "appos", "conj"} and token.head is not token:
        token = token.head
    if token.dep_ != "pobj" or token.head.lower_ != "of":
        return False
    noun = token.head.head
    actors, truecase = lexicon().actors, lexicon().truecase
    people = actors.civilian_heads | actors.person_titles | actors.state_force_heads | truecase.titles
    return noun.ent_type_ == "PERSON" or noun.pos_ == "NOUN" and (noun.lower_ in people or noun.lemma_.lower() in people)


def _date_owner(token: Token, triggers: dict[int, Trigger]) -> int | None:
    """The trigger a date belongs to (``_owning_trigger``), or -1 when the date belongs to another
    action on the way: a verb of reaction whose object is the act ("the government condemned
    today the assassination of ..."), or a verb in a clause of sequence ("was killed eight days
    after taking office on 1 June")."""
    words = lexicon().events
    current, verb = token, None
    for _ in range(_MAX_PATH):
        if current.i in triggers:
            return current.i
        if current.pos_ == "VERB" and current.lemma_.lower() in words.reaction_verbs:
            return -1
        if current.pos_ == "VERB" and verb is None:
            verb = current
        if current.dep_ in {"prep", "mark"} and current.lower_ in words.sequence_prepositions and verb is not None:
            return -1
        if current.head is current:
            return None
        current = current.head
    return None


def _day_of_a_later_death(token: Token, triggers: dict[int, Trigger], attacks) -> bool:
    """Whether a date is the day someone an act hurt died later ("a policeman wounded in an ambush
    died today", "he died a few minutes ago in hospital"): that day only bounds the act, which
    happened on or before it, so it dates no act. A death told within the act ("three soldiers
    died in the ambush on Friday", "died on Friday when rebels attacked") is the act's own day."""
    verb = _clause_verb(token)
    if verb.lemma_.lower() not in lexicon().events.undergoer_verbs:
        return False
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    told_of = {t.i for s in subjects for t in s.subtree}
    acts = [i for i, t in triggers.items() if t.type in attacks and i != verb.i]
    if any(i not in told_of and verb.left_edge.i <= i <= verb.right_edge.i for i in acts):
        return False
    hurt_by_an_act = any(i in told_of for i in acts)  # "a man shot on Friday", "who was wounded in the attack"
    points_back = any(s.morph.get("PronType") == ["Prs"] and s.morph.get("Person") == ["3"]
                      and "Neut" not in s.morph.get("Gender") for s in subjects)  # "he", "they"
    later = lexicon().dates.later_death_words
    told_later = any(w.lemma_.lower() in later for c in verb.children if c.dep_ in {"advmod", "prep"}
                     for w in (c, *c.children))  # "later died", "died in hospital", "died of his wounds"
    return hurt_by_an_act or points_back or told_later


def _in_a_participants_clause(token: Token, triggers: dict[int, Trigger]) -> bool:
    """Whether a date is told in a relative clause about a participant or a place, not about the
    act ("attacked the troops from the settlement of refugees who returned late last year"): a past
    date there dates that clause's action, the act's own day being another. A clause that tells
    an act ("the building, which was destroyed in a bomb attack last year") dates it."""
    current = token
    for _ in range(_MAX_PATH):
        if current.i in triggers or current.head is current:
            return False
        if current.dep_ in {"relcl", "acl"} and current.pos_ in {"VERB", "AUX"} and current.head.i not in triggers:
            return not any(t.i in triggers for t in current.subtree)
        current = current.head
    return False


def _clause_verb(token: Token) -> Token:
    """The verb of the clause a word is told in (the root when no verb is on the way up)."""
    current = token
    for _ in range(_MAX_PATH):
        if current.pos_ in {"VERB", "AUX"} or current.head is current:
            return current
        current = current.head
    return current


def _day_of_another_action(trigger: Token, mention: str, date: Token | None) -> bool:
    """Whether a date no trigger governs is, for a reference to an act, the day of another action
    told in the sentence: of a telling ("the police said today that the murder was planned"), or
    of any verb the reference does not hang from ("the bishop today asked for an investigation of
    the murder")."""
    if date is None or mention != "anaphoric" or date.i > trigger.i:
        # a day told after the reference may be its own however the parse hangs it ("regarding
        # the assassination in Guatemala on 12 January, we state"); an act told anew ("reported
        # today that guerrillas blew up three power lines") keeps the day, the best the report gives
        return False
    verb = _clause_verb(date)
    if verb.pos_ == "VERB" and verb.lemma_.lower() in lexicon().attribution.speech_verbs:
        return True
    return trigger.pos_ in {"NOUN", "PROPN"} and not _hangs_from(trigger, date)


def _undated_where_dated_elsewhere(events: list[Event], told_on: set[str], attacks, published) -> list[Event]:
    """A reference dated only by the day of another action (a statement, an investigation) is
    undated where the report dates an act of the last year by its own day elsewhere (not one of
    history, "the murder of the archbishop on 24 March 1980"): the statement of today
    about "the murder" is not a murder today, and, undated, the reference joins the murder it
    points to. With no such act, the day of the telling stays the best the report gives."""
    dated = [e for e in events if e.id not in told_on and e.date is not None and e.date.precision is Precision.DAY
             and e.mention != "background" and e.type in attacks
             and (published is None or (published - e.date.date).days <= _YEAR_DAYS)]
    return [e.model_copy(update={"date": None})
            if e.id in told_on and e.type in attacks and any(f.date != e.date for f in dated) else e
            for e in events]


def _hangs_from(reference: Token, date: Token) -> bool:
    """Whether a reference to an act is told in the clause a date dates: its subject or object
    ("the attack occurred this morning"), or the noun of one of its prepositions ("injured during
    the attack this morning"); not a noun below another noun or another verb."""
    while reference.dep_ == "conj" and reference.head is not reference:
        reference = reference.head  # "the attack and the fire occurred today"
    up = reference.head
    if up.dep_ == "prep" and up.head is not up:
        up = up.head
    return up is not reference and up.i == _clause_verb(date).i


def _add_to_last_act(events: list[Event], sent: SpacySpan, attacks, gazetteer: Gazetteer | None) -> None:
    """A sentence with no word for an act may name the victims of the act told last (not of one
    the report recalls): 'The victims were identified as Ana Ruiz and Luis Mora'; or the things it
    destroyed or damaged, its targets: 'Two cars were damaged'."""
    last = next((i for i in range(len(events) - 1, -1, -1)
                 if events[i].type in attacks and events[i].mention != "background"), None)
    if last is None:
        return  # no act told yet: nothing to add to, and the sentence's parse is not read
    event = events[last]
    known = {(a.role, a.name) for a in event.actors}
    named = {a.name for a in event.actors}
    new = [a for a in identified_victims(sent, gazetteer=gazetteer) if a.name not in named]
    new += [a for a in damaged_things(sent, gazetteer=gazetteer) if (a.role, a.name) not in known]
    if new:
        events[last] = event.model_copy(update={"actors": [*event.actors, *new]})


def _listed_with(place: Place, candidates: list[Place], doc: Doc) -> list[Place]:
    """The other places of a list the act's place is told in ("bombed power pylons in Usulutan,
    Chalatenango and La Union"): toponyms of the same rank, each apart from the next only by a
    comma or a conjunction, the last one by a conjunction. Commas alone make a chain of containers
    the gazetteer may not know ("El Carmen, Sardinata"), no list."""
    ordered = sorted((p for p in candidates if p.span is not None), key=lambda p: p.span.start)
    if not any(p is place for p in ordered):
        return []
    lists: list[list[Place]] = [[ordered[0]]]
    closed: list[bool] = [False]
    for a, b in zip(ordered, ordered[1:]):
        joint = _joint(doc, a.span.end, b.span.start) if _same_rank(a, b) else None
        if joint is None:
            lists.append([b])
            closed.append(False)
        else:
            lists[-1].append(b)
            closed[-1] = joint == "conjunction"
    chain, ends_with_conjunction = next((c, e) for c, e in zip(lists, closed) if any(p is place for p in c))
    names = {p.name for p in chain}
    if not ends_with_conjunction or len(names) != len(chain):
        return []
    return [p for p in chain if p is not place]


def _same_rank(a: Place, b: Place) -> bool:
    """Two towns, or two provinces, of one country: places a list can name side by side."""
    towns = {"city", "admin2"}
    return (a.kind == b.kind or {a.kind, b.kind} <= towns) and a.kind in towns | {"admin1"} and a.country_code == b.country_code


def _joint(doc: Doc, start: int, end: int) -> str | None:
    """How two toponyms at these character offsets are joined: "conjunction" when a coordinating
    conjunction stands between them (with commas or not), "comma" for commas alone, else None."""
    if end <= start:
        return None
    between = doc.char_span(start, end, alignment_mode="expand")
    inner = [t for t in between if t.idx >= start and t.idx + len(t) <= end] if between is not None else []
    if not inner or not all(t.dep_ == "cc" or t.text == "," for t in inner):
        return None
    return "conjunction" if any(t.dep_ == "cc" for t in inner) else "comma"


def _locates_an_act(place: Place) -> bool:
    """Whether a place can be where an act was: not a continent or a region of several countries
    ('the Socialist International's secretary for Latin America', 'the worst attack in the Middle
    East'), which places no act; the article's country stands in, as for an act placed nowhere."""
    return not (place.kind == "region" and place.country_code is None)


def _is_place_span(span, places: list) -> bool:
    """Whether an actor's words are one of the sentence's toponyms ("the town of Gao" included)."""
    return any(p.span is not None and p.span.start >= span.start and p.span.end <= span.end
               and (span.end - span.start) - (p.span.end - p.span.start) <= len("the town of ") for p in places)


def _nearest_trigger(index: int, triggers: dict[int, Trigger]) -> int:
    return min(triggers, key=lambda t: abs(t - index))


def _outlet(article: Article) -> Attribution:
    return Attribution(source=article.source or "unattributed", kind=SourceKind.OUTLET if article.source else SourceKind.UNKNOWN)


def _implicit_triggers(sent: SpacySpan, counts: list[CountMention], *, violence_told: bool) -> list[Trigger]:
    """A sentence that only updates a toll ("the death toll rose to 145") still tells something
    about an occurrence told elsewhere: it gets an anaphoric stand-in trigger at the count.

    The occurrence must be violence by people that the article tells (``violence_told``): a bare
    toll in an article with none ("he later died from his injuries" after a wreck, "the man may
    have hurt his neighbour ... the neighbour later died") stands in for no act. A tally of a war
    or a history ("a war which has killed thousands") tells no one occurrence, and a toll told as
    what a court tries ("convicted of manslaughter in the death of") is a background, as the
    court's acts are. A report whose news is a court's proceeding does not by itself make a toll
    tried: a communique's "tried and sentenced to death the following" names whom a group threatens."""
    if not violence_told:
        return []
    # a round-up ("more than 200 civilians have been killed this year") tells of no one occurrence
    casualty = [m for m in counts if m.count.kind.value in {"killed", "injured", "kidnapped", "hostages"} and m.count.scope == "incident"
                and not tallies_a_history(sent.doc[m.anchor])]
    if not casualty:
        return []
    anchor = casualty[0].anchor
    tried = told_before_a_court(sent.doc[anchor])
    return [Trigger(token=anchor, end=anchor + 1, type=EventType.ARMED_ASSAULT, mention="background" if tried else "anaphoric",
                    before_a_court=tried, tells_none=all(m.count.value == 0 for m in casualty))]


def _sentence_triggers(sent: SpacySpan, found: list[Trigger], counts: list[CountMention], background: set[int], *,
                       violence_told: bool) -> list[Trigger]:
    """The sentence's triggers, those in its background marked so; where one side of the sentence
    (its news or its background) tells a toll and no act, an implicit trigger stands in for it."""
    triggers = [replace(t, mention="background") if t.token in background else t for t in found]
    for side in (False, True):
        if not any((t.token in background) == side for t in triggers):
            stand_ins = _implicit_triggers(sent, [m for m in counts if (m.anchor in background) == side], violence_told=violence_told)
            triggers.extend(replace(t, mention="background") if side else t for t in stand_ins)
    return sorted(triggers, key=lambda t: t.token)


@cache
def _violence_words() -> tuple[frozenset[str], frozenset[str]]:
    """The nouns of people whose mention tells violence by people, and the lemmas of violent means."""
    people, counts, actors = lexicon().people, lexicon().counts, lexicon().actors
    # members of a force ("soldiers", "policemen"); not "forces", "officers" or "security" alone
    # ("security officers at the mall"), nor the institution ("police said a man died")
    sides = people.sides_in_war | (actors.state_force_heads - actors.state_force_heads_needing_modifier
                                   - actors.force_institutions)
    # a casualty word ("injury") tells no means; "gunshot", "shelling" and "clash" do
    return (frozenset(people.perpetrators | people.armed_group_members | sides),
            frozenset(counts.violent_causes - set(counts.kind_nouns)))


def _tells_violence_by_people(sent: SpacySpan, found: list[Trigger], *, armed: bool) -> bool:
    """Whether a sentence tells violence by people, whose toll a bare count in it or elsewhere may
    be: an act of an attack type told as done (a court's included: its toll is then tried too), a
    weapon, violent means ("died from gunshot wounds", "troops clashed, leaving one dead"), or a doer named by the
    violence they do ("gunmen", "a suicide bomber", "militiamen"), or people named by their side in
    armed conflict ("Five soldiers killed in Kunar", "two civilians killed": a headline's toll)."""
    doers, means = _violence_words()
    if armed or any(t.lower_ in doers or t.lemma_.lower() in means for t in sent):
        return True
    return any(t.type in attack_types() and t.polarity is Polarity.ASSERTED for t in found)


def _same_side(owners: list[int | None], tokens: Sequence[Token | None], background: set[int]) -> list[int | None]:
    """Owners on the other side of the background line are no owners: a date, place or count of a
    background occurrence never goes to the act the sentence reports, nor the other way."""
    return [o if o is None or o < 0 or tok is None or (o in background) == (tok.i in background) else None
            for o, tok in zip(owners, tokens)]


def _side_of(tokens: Sequence[Token | None], background: set[int]) -> list[bool]:
    return [tok is not None and tok.i in background for tok in tokens]


def extract_events(doc: Doc, article: Article, *, gazetteer: Gazetteer | None = None,
                   places: ArticlePlaces | None = None, court_news_days: int | None = None) -> list[Event]:
    """Every event of an article, each with its actors, counts, date, place, sources and hedges;
    places and nationalities from ``gazetteer`` (None: the bundled one). ``places``: the doc's
    ``read_places``, when the caller has read them already (for the article's country).
    ``court_news_days``: an act a court tries dated more than this many days before the article
    is history the proceeding recalls, and so are the undated references told after it (None:
    kept)."""
    if is_off_topic(doc):
        return []
    article_places = places or read_places(doc, gazetteer=gazetteer)
    places = article_places.places
    # where a domestic report's "here" and "this capital" are
    home_town = filed_at(doc_text(doc), places, article_places.country)
    # the dateline's town is where the report was filed, no act's place (TASKDOC 7.4 note 4): it
    # stands only for a word that points to it ("here")
    line = parse_dateline(doc_text(doc))
    if line is not None:
        places = [p for p in places if p.span is None or p.span.start >= line.end]
    attacks = attack_types()
    events: list[Event] = []
    nothing_happened: set[str] = set()
    told_on: set[str] = set()  # events dated only by the day of another action in their sentence
    recalled: list[int] = []  # where acts a court tries are dated as history (``_recent_for_a_court``)
    read = [(sent, find_triggers(sent), find_attack_means(sent)) for sent in doc.sents]
    mishaps = mishap_sentences([(sent, found, bool(means.weapons)) for sent, found, means in read])
    violence_told = any(not mishap and _tells_violence_by_people(sent, found, armed=bool(means.weapons))
                        for (sent, found, means), mishap in zip(read, mishaps))
    for (sent, found, means), mishap in zip(read, mishaps):
        if mishap:
            # deaths by crash, fire, flood or disease: neither an act nor a toll of one
            found = [t for t in found if t.type not in attacks]
        # a count stands in for an act only in an article that tells violence: elsewhere a
        # sentence with no act is passed over whatever it counts, so its counts are not read
        counts = find_count_mentions(sent) if found or violence_told else []
        if mishap:
            counts = [m for m in counts if m.count.kind.value not in {"killed", "injured"}]
        if not found and not (violence_told and counts):
            # no act and no toll that could stand in for one: nothing to date or place here (most
            # sentences of most news, so their dates are never read)
            if not mishap:
                _add_to_last_act(events, sent, attacks, gazetteer)
            continue
        found_dates = find_dates(sent, article.published)
        background, background_dates = background_scope(sent, found_dates, article.published, [t.token for t in found if t.type in attacks])
        triggers = _sentence_triggers(sent, found, counts, background, violence_told=violence_told)
        if not mishap and not any(t.type in attacks for t in triggers):
            _add_to_last_act(events, sent, attacks, gazetteer)
        if not triggers:
            continue
        by_token = {t.token: t for t in triggers}
        sources = find_attributions(sent) or [_outlet(article)]
        hedges = find_hedges(sent)
        # "since 2004" starts a period; it dates no event in it ("since 1959, when ..." dates the
        # background it opens)
        dates = [d for d in found_dates if not (d.text or "").lower().startswith(tuple(lexicon().events.period_openers))]
        dates += [d for d in background_dates if d not in dates]
        sent_places = [p for p in places if p.span is not None and sent.start_char <= p.span.start < sent.end_char]
        deictic = deictic_places(sent, home_town)
        sent_places = sorted(sent_places + deictic, key=lambda p: p.span.start)

        date_tokens = [_token_at(doc, d.span) if d.span else None for d in dates]
        place_tokens = [_token_at(doc, p.span) for p in sent_places]
        count_tokens = [doc[m.anchor] for m in counts]
        date_owner = _same_side([None if t is None else _date_owner(t, by_token) for t in date_tokens], date_tokens, background)
        # a past date in a clause about a participant ("refugees who returned late last year") is that clause's
        date_owner = [-1 if t is not None and told_as_earlier(d, article.published) and _in_a_participants_clause(t, by_token)
                      else o for d, t, o in zip(dates, date_tokens, date_owner)]
        # the day of a later death ("wounded in an ambush, he died today") dates the death, not the
        # act; a day after the report's ("the elections, scheduled for Sunday, 25 February") is to come
        date_owner = [-1 if t is not None and (_day_of_a_later_death(t, by_token, attacks)
                                               or (article.published is not None and d.date > article.published)) else o
                      for d, t, o in zip(dates, date_tokens, date_owner)]
        place_owner = _same_side([_place_owner(tok, by_token) for tok in place_tokens], place_tokens, background)
        # a town that names what was struck places the act when nothing else does: a country so
        # written is the victim's nation ("the U.S. embassy was bombed"), not where it was
        struck_in = {id(p): s for p, tok, o in zip(sent_places, place_tokens, place_owner)
                     if o == -1 and tok is not None and p.kind in _TOWN_KINDS and (s := _town_of_the_struck(tok, by_token)) is not None}
        place_owner = [struck_in.get(id(p), o) for p, o in zip(sent_places, place_owner)]
        belongs = {id(p) for p, tok in zip(sent_places, place_tokens) if _describes_a_person(tok)} | set(struck_in)
        count_owner = _same_side([_owning_trigger(tok, by_token) for tok in count_tokens], count_tokens, background)
        date_side, place_side, count_side = (_side_of(x, background) for x in (date_tokens, place_tokens, count_tokens))
        side_triggers = {side: {k: v for k, v in by_token.items() if (k in background) == side} for side in (False, True)}

        # a lone reference is the sentence's subject; beside other mentions it only points back
        told_here = len(triggers) > 1 or any(t.mention != "anaphoric" for t in triggers)
        # a place no trigger governs goes to the nearest trigger that has none of its own: in
        # "the attack near Moscow, claimed by ISIS, ... detained in the Rostov region took two
        # guards hostage" the region is where the hostages were taken, not where the claim was.
        # A deictic word says where only of the act it hangs from ("two bombs exploded here"): a
        # free one ("they always hold a hegemonic position here") is no act's place
        placeless = {t.token: t for t in triggers if t.mention != "anaphoric" and t.token not in place_owner}
        free_place_to: list[int | None] = []
        for p, tok, o, side in zip(sent_places, place_tokens, place_owner, place_side):
            near = {k: v for k, v in placeless.items() if (k in background) == side and not any(p is d for d in deictic)}
            if o is None and not told_here and tok is not None and _where_the_subject_happened(tok, doc[triggers[0].token]):
                o = triggers[0].token  # a lone reference: "the killings occurred in La Paz" tells where they were
            free_place_to.append(_nearest_trigger(tok.i, near) if o is None and near and tok is not None else o)
        # a toll update's day is when the count was told, not when the act happened
        toll_update = updates_a_toll(sent)

        denied = any(h.kind == "denied" for h in hedges)
        told_from = len(events)
        for trig in triggers:
            token = doc[trig.token]
            side = trig.token in background
            own_dates = [d for d, o in zip(dates, date_owner) if o == trig.token]
            # a toll update's or a court's day is when the count was told or the case heard
            free_dates = [] if toll_update or trig.before_a_court else [
                d for d, o, s in zip(dates, date_owner, date_side) if o is None and s == side]
            # a place that only says where a victim belongs ("the mayor of Medellin was killed in
            # Cali") gives way to one that says where the act was
            own_places = sorted((p for p, o in zip(sent_places, place_owner) if o == trig.token), key=lambda p: id(p) in belongs)
            free_places = sorted((p for p, o, to in zip(sent_places, place_owner, free_place_to) if o is None and to == trig.token),
                                 key=lambda p: id(p) in belongs)
            own_counts = [
                m.count.model_copy(update={"sources": sources, "hedges": bound_hedges(hedges, doc[m.anchor])})
                for m, o, s in zip(counts, count_owner, count_side)
                if o == trig.token or (o is None and s == side and _nearest_trigger(m.anchor, side_triggers[side]) == trig.token)
            ]
            # "air strikes on Gaza City", "troops shelled Donetsk": a toponym is where, not whom
            actors = [a for a in find_actors(token, trig.type, gazetteer=gazetteer)
                      if not (a.role in {Role.TARGET, Role.VICTIM} and a.span is not None and _is_place_span(a.span, sent_places))]
            if trig.type is EventType.ACCUSATION and not any(a.role is Role.ACCUSER for a in actors):
                speaker = next((s for s in reversed(sources) if s.kind is not SourceKind.OUTLET), None)
                if speaker is not None:
                    actors.append(Actor(role=Role.ACCUSER, text=speaker.span.text if speaker.span else speaker.source,
                                        name=speaker.source, kind="person" if speaker.kind is SourceKind.PERSON else "government",
                                        span=speaker.span))
            polarity = trig.polarity
            if denied and trig.type is EventType.CLAIM:
                polarity = Polarity.NEGATED
            if trig.mention == "anaphoric" and told_here:
                # "responsibility for the attack" in a sentence dated May 24 does not date the attack;
                # in "15 fighters died in the clashes on Wednesday" nothing else is there to date
                free_dates, free_places = [], []
            chosen_date = (own_dates or free_dates or [None])[0]
            chosen_token = next((tok for d, tok in zip(dates, date_tokens) if d is chosen_date), None)
            if not own_dates and _day_of_another_action(token, trig.mention, chosen_token):
                told_on.add(f"e{token.idx}")
            chosen_place = ([p for p in own_places if _locates_an_act(p)] or [p for p in free_places if _locates_an_act(p)] or [None])[0]
            also_at = [] if chosen_place is None else _listed_with(
                chosen_place, [p for p in (*own_places, *free_places) if _locates_an_act(p)], doc)
            mention = trig.mention
            if mention == "specific" and _by_another_device(token):
                mention = "distinct"  # "another device exploded downtown": not the blast told before
            if told_as_earlier(chosen_date, article.published):
                mention = "background"  # "the attack last month", "killed in 1959": not the news
            events.append(Event(
                id=f"e{token.idx}",
                type=trig.type,
                trigger=_span(doc, token.idx, doc[trig.end - 1].idx + len(doc[trig.end - 1])),
                evidence=_span(doc, sent.start_char, sent.end_char),
                polarity=polarity,
                mention=mention,  # type: ignore[arg-type]
                date=chosen_date,
                place=chosen_place,
                also_at=also_at,
                actors=actors,
                counts=own_counts,
                sources=sources,
                hedges=bound_hedges(hedges, token, of_event=True),
                weapons=means.weapons_for(doc[trig.token : trig.end].text),
                stage=means.stage(polarity),
                suicide=means.suicide,
                article_id=article.id,
            ))
        events[told_from:] = _dated_past_with_its_own(doc, triggers, events[told_from:])
        # what a court tries, told without a day of its own, cannot be coded as an occurrence, and
        # one dated long before the proceeding is history it recalls, as are the references told
        # after it (``_without_references_to_the_recalled``)
        tried = {f"e{doc[t.token].idx}" for t in triggers if t.before_a_court}
        recalled += [e.trigger.start for e in events[told_from:]
                     if e.id in tried and e.type in attacks and e.date is not None
                     and not _recent_for_a_court(e, article.published, court_news_days)]
        events[told_from:] = [e for e in events[told_from:]
                              if e.id not in tried or _recent_for_a_court(e, article.published, court_news_days)]
        nothing_happened |= {f"e{doc[t.token].idx}" for t in triggers if t.tells_none}
    events = _undated_where_dated_elsewhere(events, told_on, attacks, article.published)
    events = _without_references_to_the_recalled(events, recalled, attacks)
    # "no one was hurt in the blaze" completes an arson told before; alone it tells of nothing
    if not any(e.type in attacks and e.id not in nothing_happened for e in events):
        events = [e for e in events if e.id not in nothing_happened]
    return events


def _recent_for_a_court(event: Event, published, news_days: int | None) -> bool:
    """Whether an act a court tries is told with a day of its own recent enough to be news: a
    hearing days after a shooting may be its first report ("charged on Monday with the shooting
    on Saturday"), a plea or a verdict months later recalls it ("pleaded guilty to the shooting in
    July 2008" in a report of March 2009)."""
    if event.date is None:
        return False
    return news_days is None or published is None or (published - event.date.last_day()).days <= news_days


def _without_references_to_the_recalled(events: list[Event], recalled: list[int], attacks) -> list[Event]:
    """An undated reference told after an act a court tries as history, with no other act told
    before it ("admitted that he gunned down his girlfriend in July 2008 ... she died from it"),
    points to that history: it is no news of its own. ``recalled``: where the tried acts dated as
    history are told. A tried act told without a day is not enough: a hearing on an undated killing
    may bring new facts of it, which MUC-4's task definition still records."""
    if not recalled:
        return events
    first = min(recalled)
    out: list[Event] = []
    told = False  # an act the report tells (as news or as a recent background) came before
    for event in events:
        if event.type in attacks and event.mention != "anaphoric":
            told = True
        elif event.type in attacks and event.date is None and not told and event.trigger.start > first:
            continue
        out.append(event)
    return out


def _by_another_device(trigger: Token) -> bool:
    """Whether a verb tells its act by a weapon the text counts as one more ("another device has
    exploded", "a second bomb was defused", "another explosive device thrown at the bank"): a new
    occurrence, like "another attack". One told as known ("this second bomb") refers back, and
    more people ("another two were wounded") are more victims of the same act."""
    words = lexicon()
    heads = {phrase.split()[-1] for phrase in words.weapons.weapons}
    nouns = [c for c in trigger.children if c.dep_ in {"nsubj", "nsubjpass", "dobj"}]
    if trigger.dep_ in {"acl", "relcl"}:
        nouns.append(trigger.head)  # "another explosive device thrown at ...", "a second bomb, which exploded"
    for noun in nouns:
        if noun.tag_ != "NN" or noun.lower_ not in heads:
            continue
        modifiers = {c.lower_ for c in noun.children if c.dep_ in {"det", "amod", "poss"}}
        if modifiers & words.events.distinct_markers and not modifiers & words.events.anaphoric_determiners:
            return True
    return False


def _dated_past_with_its_own(doc: Doc, triggers: list[Trigger], told: list[Event]) -> list[Event]:
    """An undated act told within one the sentence dates to the past is past too: in "in December,
    the guerrillas sabotaged an electrical tower ... and set fire to a vehicle" the fire was in
    December as well."""
    past = [t.token for t, e in zip(triggers, told) if e.mention == "background" and e.date is not None]
    if not past:
        return told
    return [e.model_copy(update={"mention": "background"})
            if e.date is None and e.mention != "background" and any(_in_clause_of(doc[t.token], p) for p in past) else e
            for t, e in zip(triggers, told)]


def _in_clause_of(token: Token, head: int) -> bool:
    """Whether a token is told in the clause of the word at ``head``: below it, and not in a clause
    with a subject of its own ("and thus far this year the ELN has carried out 21 attacks")."""
    current = token
    for _ in range(_MAX_PATH):
        if current.i == head:
            return True
        if current.head is current:
            return False
        if current.pos_ in {"VERB", "AUX"} and any(c.dep_ in {"nsubj", "nsubjpass"} for c in current.children):
            return False
        current = current.head
    return False
