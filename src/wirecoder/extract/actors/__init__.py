"""Actors of an event by role (perpetrator, target/victim, responder, claimant, accuser, accused),
with armed-group names normalised to one canonical name ("ISIS" = "Daesh" = "Islamic State").

The roles come from the dependency parse around the event's trigger: the agent of an attack
verb is its perpetrator, its object or passive subject the target, and so on. Pronouns and
anaphoric group nouns ("the organization", "they") are resolved by rules on the parse, since no
coreference model runs offline.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ...errors import ResourceMissingError
from ...ingest.dateline import parse_dateline, without_wire_tags
from ...model import Actor, EventType, Role
from ...model import Span as TextSpan
from ...resources.gazetteer import Gazetteer
from ...resources.groups import normalise_group
from ...resources.taxonomy import attack_types
from ...resources.words import lexicon
from ..counts import nonviolent_death, parse_number, person_nouns, suffered_by_subject
from ..syntax import agent_heads, doc_text, ents_before, ents_within, through_preps, told_as_headline_passive

# the subject of an attack is its perpetrator and the object its victim (taxonomy.json "attack")
_ATTACKS = attack_types()
_SUBJECT_ROLE = {
    EventType.SECURITY_OPERATION: Role.RESPONDER, EventType.ARREST: Role.RESPONDER,
    EventType.CLAIM: Role.CLAIMANT, EventType.ACCUSATION: Role.ACCUSER, EventType.THREAT: Role.PERPETRATOR,
    EventType.PROTEST: Role.PERPETRATOR, EventType.STATEMENT: Role.SPEAKER,
}
_OBJECT_ROLE = {
    EventType.SECURITY_OPERATION: Role.TARGET, EventType.ARREST: Role.TARGET, EventType.ACCUSATION: Role.ACCUSED,
    EventType.THREAT: Role.TARGET, EventType.PROTEST: Role.TARGET,
}


def _nationality(phrase: Span, head: Token, gazetteer: Gazetteer | None = None) -> str | None:
    """The country an actor's own words give it, from the gazetteer (None: the bundled one): a
    nationality ('Russian special forces', 'a Spanish priest') or a country's name modifying the
    head ('two U.S. citizens'). A nation named after the head ('priests in Spain') is no
    nationality, only where they were."""
    try:
        from ...resources.gazetteer import open_gazetteer

        gaz = gazetteer or open_gazetteer(None)
    except ResourceMissingError:
        return None  # without the gazetteer an actor keeps its name only
    for ent in ents_within(phrase):
        if ent.end > head.i + 1 or ent.label_ not in ("NORP", "GPE"):
            continue
        if ent.label_ == "NORP" and (code := gaz.demonym_country(ent.text)):
            return code
        if ent.label_ == "GPE" and ent.root.dep_ == "compound":
            countries = [e.country_code for e in gaz.lookup(ent.text) if e.kind == "country"]
            if countries:
                return countries[0]
    return None


# how many list members or clauses a recalled act's words are followed through
_MAX_LIST = 6
# the tags of a verb told as done ("released", "has freed", "frees"), not as promised, refused or
# demanded ("to release", "that they release")
_TOLD_DONE_TAGS = frozenset({"VBD", "VBN", "VBZ"})

# --------------------------------------------------------------------------- mention analysis


def _phrase(token: Token) -> Span:
    """The noun phrase a token heads, without relative clauses and trailing punctuation."""
    doc = token.doc
    left = token.left_edge.i
    right = token.i
    for child in token.rights:
        if child.dep_ in {"relcl", "punct", "cc", "conj", "appos", "advcl", "case"}:
            break
        if child.dep_ == "acl" and child.tag_ == "VBG":
            break
        right = child.right_edge.i
    while right > left and doc[right].is_punct:
        right -= 1
    if token.ent_type_ not in {"DATE", "TIME"}:
        # a day or time the parse hangs on the phrase's left ("this past Wednesday unidentified
        # people", "on 10 March alleged Shining Path members") is no part of who it is
        told_when = [t.i for t in doc[left:token.i] if t.ent_type_ in {"DATE", "TIME"} and t.dep_ != "compound"]
        if told_when:
            left = told_when[-1] + 1
    # a clause's 'when' or the 'neither' of 'neither ... nor' opens no part of it either
    while left < right and (doc[left].is_punct or doc[left].tag_ == "WRB" or doc[left].dep_ == "preconj"):
        left += 1
    return doc[left : right + 1]


_BODY_START = "wirecoder.body_start"  # a per-doc cache, as extract.syntax keeps its own


def body_start(doc: Doc) -> int:
    """The index of the first token after the text's dateline and the section tags after it
    ('GUATEMALA CITY, 12 MAY 90 (ACAN) -- [TEXT] ...'); 0 for a text that opens with none. The
    parse may make the dateline's place the subject of the lead's verb; it names where the copy
    was filed, nobody who acted."""
    if _BODY_START not in doc.user_data:
        start = 0
        text = doc_text(doc)
        line = parse_dateline(text)
        if line is not None:
            end = line.end
            rest = text[end:]
            if rest.lstrip().startswith("["):
                end += len(rest) - len(without_wire_tags(rest))
            start = next((t.i for t in doc if t.idx >= end and not t.is_space), len(doc))
        doc.user_data[_BODY_START] = start
    return doc.user_data[_BODY_START]


def _in_dateline(token: Token) -> bool:
    return token.i < body_start(token.doc)


def _number_of(token: Token) -> int | None:
    for child in token.children:
        if child.dep_ == "nummod":
            value = parse_number(child.text)
            if value is not None:
                return value
    return None


def group_in_phrase(phrase: Span) -> str | None:
    """The canonical armed group named inside a phrase ("six detainees linked to ISIS")."""
    for ent in ents_within(phrase):
        group = ent.ent_id_ or normalise_group(ent.text)
        if ent.ent_id_ and ent.ent_id_ in lexicon().actors.armed_groups:
            return ent.ent_id_
        if group := normalise_group(ent.text):
            return group
    return normalise_group(phrase.text)


def preceding_group(doc: Doc, before: int) -> str | None:
    """The armed group named last before character offset ``before`` (for "the organization")."""
    found = None
    for ent in ents_before(doc, before):
        if ent.label_ in {"ORG", "NORP", "PERSON", "GPE"}:
            group = normalise_group(ent.text)
            if ent.ent_id_ in lexicon().actors.armed_groups:
                group = ent.ent_id_
            if group:
                found = group
    return found


def _names_thing(head: Token, phrase: Span) -> bool:
    """Whether a phrase the parse tags as a person's names a thing: "the C-123 Hercules plane" is
    headed by a vehicle, and "one of the homes belonging to Rodriguez Gacha" by a building, whatever
    name it holds; the name's owner is a possessor, not the phrase's referent."""
    things = lexicon().actors.thing_heads
    if head.lemma_.lower() in things or head.lower_ in things:
        return True
    # a thing noun written before the name the head belongs to heads the phrase the parse broke
    name_start = head.i
    while name_start > phrase.start and head.doc[name_start - 1].ent_type_ == "PERSON":
        name_start -= 1
    return any(t.pos_ == "NOUN" and (t.lower_ in things or t.lemma_.lower() in things) for t in phrase.doc[phrase.start:name_start])


def _actor_kind(head: Token, phrase: Span, group: str | None) -> str:
    lex = lexicon().actors
    lower = head.lower_
    if group:
        return "armed_group"
    if lower in lex.state_force_heads and (
        lower not in lex.state_force_heads_needing_modifier
        or any(t.lower_ in lex.state_force_modifiers for t in phrase)
    ):
        return "state_force"
    if lower in lex.civilian_heads:
        return "civilian"
    if lower in lexicon().people.perpetrator_heads:
        return "unknown"
    if head.ent_type_ == "PERSON" and not _names_thing(head, phrase):
        return "person"
    if head.ent_type_ == "ORG":
        return "organisation"
    if head.ent_type_ in {"GPE", "NORP"}:
        return "government"
    return "unknown"


def _clean_name(phrase: Span, head: Token) -> str:
    """A readable normalised name: the phrase without determiners and number words, on one line."""
    words = [t for t in phrase if t.i <= head.i and not (t.dep_ in {"det", "nummod", "predet"} and t.i < head.i)]
    while words and words[0].is_punct:
        words.pop(0)
    if not words:
        return head.text
    return " ".join(head.doc[words[0].i : head.i + 1].text.split()).strip('"“” ')


def _name_titles() -> frozenset[str]:
    lex = lexicon()
    return lex.truecase.titles | lex.actors.person_titles | lex.actors.name_titles


def _person_name(head: Token, *, listed: bool = False) -> str | None:
    """A named person's name without the titles and offices written before it: "presidency minister
    Antonio Rodriguez Porth" is Antonio Rodriguez Porth, "Msgr Oscar Romero" Oscar Romero, so that
    the later "Dr Rodriguez Porth" or "Romero" is known for the same person. None for no name.
    A name ``listed`` among people's names is one whatever the entity tagger made of it."""
    if head.ent_type_ != "PERSON" and not listed or head.pos_ != "PROPN":
        return None
    doc = head.doc
    start = head.i
    while start > 0:  # back to where the name begins, across a line break inside it
        if doc[start].ent_iob_ == "I" or (listed and doc[start].ent_type_ != "PERSON" and doc[start - 1].pos_ == "PROPN"
                                          and doc[start - 1].dep_ == "compound" and doc[start - 1].lower_ not in _name_titles()):
            start -= 1
        elif start > 1 and doc[start - 1].is_space and doc[start - 2].ent_type_ == "PERSON":
            start -= 2
        else:
            break
    start = max(start, min(body_start(doc), head.i))
    titles = _name_titles()
    words = [t for t in doc[start : head.i + 1] if not t.is_space and t.dep_ != "case"]
    while len(words) > 1 and (words[0].is_punct or words[0].lower_.rstrip(".") in titles):
        words.pop(0)
    name = " ".join(t.text for t in words).strip('"“” ')
    return name or None


def resolve_pronoun(token: Token, avoid_kind: str | None = None, undergoer: bool = False) -> Token | None:
    """The noun a subject pronoun ("they") stands for: the nearest plural or singular noun before it
    in the same or previous sentence that could act, skipping state forces when ``avoid_kind`` says so.
    The one an act was done to (``undergoer``: "to kidnap him") may be a person named as a possessor."""
    plural = token.lower_ in lexicon().people.plural_pronouns
    doc = token.doc
    # "The army said it had killed 20 assailants": a subject pronoun in a reported clause is the speaker
    clause = token.head
    # only an active subject: in "she was released, her employer said" the one released is not the speaker
    if token.dep_ == "nsubj" and clause.dep_ == "ccomp" and clause.head.lemma_ in lexicon().attribution.speech_verbs:
        speaker = next((c for c in clause.head.children if c.dep_ == "nsubj" and c.pos_ in {"NOUN", "PROPN"}), None)
        if speaker is not None:
            return speaker
    start = token.sent.start
    prev_sent_start = doc[start - 1].sent.start if start > 0 else start
    for i in range(token.i - 1, prev_sent_start - 1, -1):
        cand = doc[i]
        if cand.pos_ not in {"NOUN", "PROPN"} or cand.dep_ == "compound":
            continue
        if cand.dep_ == "poss" and (plural or not undergoer or cand.ent_type_ != "PERSON"):
            continue  # "knew of Oqueli's arrival and waited to kidnap him": a person's possessive may be meant
        if plural != (cand.tag_ in {"NNS", "NNPS"}):
            continue
        if cand.dep_ in {"pobj"} and cand.head.lower_ in lexicon().actors.setting_prepositions and cand.head.head.pos_ != "NOUN":
            continue
        phrase = _phrase(cand)
        if avoid_kind and _actor_kind(cand, phrase, group_in_phrase(phrase)) == avoid_kind:
            continue
        if cand.lower_ in lexicon().people.perpetrator_heads or cand.lower_ in lexicon().actors.civilian_heads or cand.ent_type_ in {"ORG", "PERSON", "NORP"}:
            return cand
    return None


def _own_part(phrase: Span, head: Token) -> Span:
    """The phrase without the agent of a clause describing it: in "two prison guards held by
    inmates linked to the Islamic State" the group is the inmates', not the guards'."""
    for clause in (c for c in head.children if c.dep_ in {"acl", "relcl"}):
        agent = next((c for c in clause.children if c.dep_ == "agent"), None)
        if agent is not None and agent.left_edge.i > phrase.start:
            return phrase.doc[phrase.start : agent.left_edge.i]
    return phrase


def _person_listed(token: Token) -> bool:
    """Whether a proper noun in a list of people's names may be one: the entity tagger reads many
    names in a long list ("Ana Ruiz, Juana Margarita Flores and Luis Mora") as an organisation's
    or as nothing; a name a known group has is none."""
    if token.pos_ != "PROPN" or token.ent_type_ not in {"PERSON", "ORG", ""} or token.ent_id_:
        return False
    # "a U.S. Citizen": a noun for people the truecaser capitalised is no name
    return token.ent_type_ == "PERSON" or token.lower_ not in person_nouns() and normalise_group(_phrase(token).text) is None


def _band_of_a_group(head: Token) -> bool:
    """Whether a noun that mostly names no actor ("cell") heads a band of a known group the words
    before it name: "a Shining Path cell" is the group's, "the prison cell" a room."""
    if head.lower_ not in lexicon().actors.group_name_suffixes:
        return False
    return group_in_phrase(head.doc[_phrase(head).start : head.i]) is not None


def _without_charge(phrase: Span, head: Token) -> Span:
    """An accused's phrase without what they are accused of, which the parse may hang off the
    accused ("accused members of the armed forces of this crime", "the army of murdering its
    leader"): it ends before an 'of' that brings in an act, by its noun or a verb's -ing form."""
    charges = lexicon().actors.charge_nouns | frozenset(lexicon().events.nouns)
    for prep in (t for t in phrase if t.i > head.i and t.dep_ == "prep" and t.lower_ == "of"):
        if any(o.dep_ == "pcomp" or o.tag_ == "VBG" or o.lemma_.lower() in charges or o.lower_ in charges
               for o in prep.children if o.dep_ in {"pobj", "pcomp"}):
            end = prep.i
            while end > phrase.start + 1 and phrase.doc[end - 1].is_punct:
                end -= 1
            return phrase.doc[phrase.start : end]
    return phrase


def _group_in_apposition(phrase: Span) -> str | None:
    """The known group a doer's phrase is put beside: "the guerrilla organization Shining Path",
    "the gunmen, members of the ELN" (the parse hangs the name off the noun as an apposition)."""
    for token in phrase:
        for appos in (c for c in token.children if c.dep_ == "appos" and c.i >= phrase.end - 1):
            group = group_in_phrase(phrase.doc[appos.left_edge.i : appos.right_edge.i + 1])
            if group is not None:
                return group
    return None


def _verb_lemma(verb: Token) -> str:
    """A verb's lemma, with the parser's known slips put right ("staged" as "stag")."""
    return lexicon().events.lemma_corrections.get(verb.lower_, verb.lemma_.lower())


def make_actor(head: Token, role: Role, *, doc_offset: int = 0, gazetteer: Gazetteer | None = None,
               listed: bool = False, hit: bool = False) -> Actor | None:
    """An Actor for the noun phrase headed by ``head`` in ``role``, with pronouns and group anaphors
    resolved; a proper noun ``listed`` among people's names is a person's. A building ``hit`` by an
    act is its target, though "the building" or "the facility" names no actor elsewhere."""
    pronouns = lexicon().people.pronouns
    if head.lower_ in pronouns:
        avoid = "state_force" if role in {Role.PERPETRATOR} else None
        resolved = resolve_pronoun(head, avoid_kind=avoid, undergoer=role in {Role.VICTIM, Role.TARGET} and head.dep_ in {"dobj", "obj"})
        if resolved is None:
            return None
        head = resolved
    lex = lexicon().actors
    if role is Role.PERPETRATOR and (head.lower_ in lex.not_perpetrator_heads or head.lemma_.lower() in lex.not_perpetrator_heads):
        return None  # a perpetrator is a person, group or force: not the dead, a vehicle or the medics
    if head.ent_type_ in {"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY"} or (head.lower_ in lex.non_actor_heads or (
            head.pos_ == "NOUN" and head.lemma_.lower() in lex.non_actor_heads)) and not _band_of_a_group(head) and not (hit and _is_thing(head)):  # "21 bombs" as "bomb"
        return None
    if any(c.dep_ == "det" and c.lower_ == "no" for c in head.children):
        return None  # "no group has claimed": nobody to name
    if _in_dateline(head):
        return None  # "OSORNO, 18 JAN 89 -- [TEXT] A BOMB EXPLODED": the parse's subject is where the copy was filed
    phrase = _phrase(head)
    if role is Role.ACCUSED:
        phrase = _without_charge(phrase, head)
    if _in_dateline(phrase[0]):
        phrase = head.doc[body_start(head.doc) : phrase.end]  # "[TEXT] UNIDENTIFIED INDIVIDUALS" without the tag
    group = group_in_phrase(_own_part(phrase, head))
    if group is None and any(
        t.lower_ in {a.split()[-1] for a in lex.group_anaphors} and t.head.i in {head.i} | {c.i for c in head.children} | {head.head.i}
        for t in phrase
    ):
        # "members of the organization" after "claimed by ISIS": the organization is the group named last
        group = preceding_group(head.doc, phrase.start_char)
    if group is None and role in {Role.PERPETRATOR, Role.CLAIMANT, Role.ACCUSED}:
        group = _group_in_apposition(phrase)
    kind = _actor_kind(head, phrase, group)
    listed = listed and group is None and kind != "person" and _person_listed(head)
    if listed:
        kind = "person"
    name = group if group and normalise_group(phrase.text) == group else (
        _person_name(head, listed=listed) or _clean_name(phrase, head))
    if not name or name.lower() in pronouns:
        return None
    return Actor(
        role=role,
        text=phrase.text,
        name=name,
        group=group,
        kind=kind,  # type: ignore[arg-type]
        number=_number_of(head),
        country_code=_nationality(phrase, head, gazetteer),
        span=TextSpan(start=phrase.start_char + doc_offset, end=phrase.end_char + doc_offset, text=phrase.text),
    )


def _expand_conj(token: Token) -> list[Token]:
    out = [token]
    for child in token.children:
        if child.dep_ == "conj" and child.pos_ in {"NOUN", "PROPN", "PRON"}:
            out.extend(_expand_conj(child))
    return out


def _subject(trigger: Token) -> list[Token]:
    """Subjects of a verb trigger, looking through xcomp/conj chains ("rescued ... and shot dead")."""
    verb = trigger
    for _ in range(3):
        subj = [c for c in verb.children if c.dep_ in {"nsubj", "csubj"} and not _in_dateline(c)]
        if subj:
            if subj[0].lower_ in lexicon().people.relative_pronouns and verb.dep_ == "relcl":
                return [verb.head]
            return subj
        if verb.dep_ in {"conj", "xcomp", "advcl"} and verb.head.pos_ in {"VERB", "AUX"}:
            verb = verb.head
            continue
        if verb.dep_ == "relcl" and verb.head.pos_ in {"NOUN", "PROPN"}:
            return [verb.head]
        if verb.dep_ == "acl" and verb.head.pos_ in {"NOUN", "PROPN"} and verb.tag_ == "VBG":
            return [verb.head]
        break
    return []


def _fallback_perpetrator(trigger: Token) -> list[Token]:
    """When the parse gives a violent verb no subject (long fronted phrases often break it), the
    nearest perpetrator-like noun before the verb in its sentence stands in."""
    heads = lexicon().people.perpetrator_heads
    for i in range(trigger.i - 1, trigger.sent.start - 1, -1):
        tok = trigger.doc[i]
        if tok.lower_ in heads and tok.pos_ in {"NOUN", "PROPN"} and tok.dep_ not in {"pobj", "compound", "poss"}:
            return [tok]
    return []


def _life_owner(token: Token) -> Token:
    """Whose life a life is: "an attempt on the minister's life", "threatening the lives of civilians"."""
    if token.lower_ not in lexicon().actors.life_nouns:
        return token
    owner = next((c for c in token.children if c.dep_ == "poss"), None)
    if owner is None:
        owner = next((g for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"), None)
    return owner if owner is not None else token


def _partitive_whole(token: Token) -> Token:
    """The people a partitive number counts: "two of his bodyguards" -> "bodyguards"."""
    if token.pos_ != "NUM" and token.ent_type_ != "CARDINAL":
        return token
    whole = next((g for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"), None)
    return whole if whole is not None and whole.pos_ in {"NOUN", "PROPN"} else token


def _stray_names(verb: Token, obj: Token) -> list[Token]:
    """Names the parse hangs off the verb instead of the object they stand beside: in "kidnapped a
    young couple, Ana Ruiz and Luis Mora" or "killing Ana Ruiz, 42; Luis Mora, 19" the later
    names come out as adverbial modifiers of the verb. A person's name is never one, so each such
    name after the object is one more object."""
    out = []
    for child in verb.children:
        if child.i > obj.i and child.dep_ in {"npadvmod", "appos"} and child.pos_ == "PROPN" and child.ent_type_ == "PERSON":
            out.extend(t for t in _expand_conj(child) if t.pos_ in {"PROPN", "NOUN"})
    return out


def _named_members(token: Token) -> list[Token]:
    """The people a common noun is told to be by apposition: "a young couple, Ana Ruiz and Luis Mora"
    or "two engineers, John Smith and Peter Brown" name each victim; a name's apposition ("Ana Ruiz,
    a lawyer") only describes one victim again, and is left to the name."""
    if token.pos_ != "NOUN":
        return []
    out: list[Token] = []

    def take(name: Token) -> None:
        for t in _expand_conj(name):
            if t.pos_ == "PROPN" and t not in out:
                out.append(t)
                # "three journalists: Roberto Navas, a photographer, Carlos Lagrow, a correspondent, and
                # Mauricio Pineda": the parse hangs each later name off the one before
                for later in _listed_names(t):
                    take(later)

    for child in token.children:
        if child.dep_ == "appos" and child.pos_ == "PROPN" and child.ent_type_ == "PERSON":
            take(child)
    return out


def _included_names(token: Token) -> list[Token]:
    """The people named as part of a group: "ten union members, including their leader Ana Ruiz"
    or "killed ten, including Ana Ruiz and Luis Mora", where the parse may hang the list off the
    number or off the verb."""
    if token.pos_ not in {"NOUN", "NUM"}:
        return []
    holders = [token] + ([token.head] if token.dep_ in {"dobj", "nsubjpass"} else [])
    out: list[Token] = []
    for holder in holders:
        for prep in (c for c in holder.children if c.dep_ == "prep" and c.lower_ == "including" and c.i > token.i):
            for named in (g for g in prep.children if g.dep_ == "pobj"):
                for t in _expand_conj(named):
                    if _person_listed(t):
                        out.extend([t, *_listed_names(t)])
                    elif t.pos_ == "NOUN":
                        out.extend(_named_members(t))  # "including their leader, Ana Ruiz"
    return out


def _listed_names(name: Token) -> list[Token]:
    """The further people a list names after one name: "Ignacio Ruiz, Segundo Mora and Juan Perez"
    (conjuncts) and "Juan Perez, 45; Ana Ruiz, 30; Luis Mora, 22" (the parse hangs each later name
    off the one before as its apposition). A name's apposition that is no name ("Ana Ruiz, a
    lawyer") describes her, and is none of them; the list goes on past it ("Ana Ruiz, a lawyer, and
    Luis Mora", where the parse hangs the next name off the description), and past a name the
    truecaser left lower-case, which breaks the run of names in a long list."""
    out: list[Token] = []

    def take(token: Token) -> None:
        for child in token.children:
            if child.dep_ not in {"conj", "appos"} or child in out:
                continue
            if _person_listed(child):
                out.append(child)
                take(child)
            elif child.pos_ == "NOUN":
                take(child)

    take(name)
    return out


def _titled_name(token: Token) -> Token | None:
    """The one name a singular title is told to be: "the mayor, Juan Perez," is one person, named
    Juan Perez, whose title is mayor; "a young couple, Ana Ruiz and Luis Mora" are two."""
    if token.tag_ != "NN" or token.lower_ not in lexicon().truecase.titles:
        return None
    names = _named_members(token)
    return names[0] if len(names) == 1 else None


def _named_earlier(token: Token) -> Token | None:
    """The person a definite title stands for: "the minister" after "presidency minister Antonio
    Rodriguez Porth" or "Antonio Rodriguez Porth, the minister" is that person, named last with that
    title before it. "The minister of defence" or "a minister" is told anew."""
    if token.pos_ != "NOUN" or token.tag_ != "NN" or not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        return None
    if any(c.dep_ not in {"det", "amod", "punct", "cc", "conj"} for c in token.children):
        return None
    doc = token.doc
    for i in range(token.i - 1, -1, -1):
        title = doc[i]
        if title.lower_ != token.lower_:
            continue
        named = title
        while named.dep_ == "compound" and named.head.i > named.i:
            named = named.head  # "presidency minister Antonio Rodriguez Porth": the title is a compound of the name
        if named is not title and named.ent_type_ == "PERSON" and named.pos_ == "PROPN":
            return named
        if title.dep_ == "appos" and title.head.ent_type_ == "PERSON" and title.head.pos_ == "PROPN":
            return title.head  # "Antonio Rodriguez Porth, the minister"
        appos = next((c for c in title.children if c.dep_ == "appos" and c.ent_type_ == "PERSON" and c.pos_ == "PROPN"), None)
        if appos is not None:
            return appos  # "the minister, Antonio Rodriguez Porth"
    return None


def _dead_before(token: Token) -> bool:
    """'The late archbishop Oscar Romero': a person who died before the report, no victim of its act."""
    words = lexicon().actors.dead_before_modifiers
    phrase = _phrase(token)
    return any(t.dep_ == "amod" and t.lower_ in words for t in phrase)


def _recalled(trigger: Token) -> bool:
    """'We must not forget the murder of the archbishop', 'on the anniversary of the massacre': an act
    named as what is remembered is one of the past, whoever it was done to; so are the acts listed
    with it and what a clause tells of it ("let us recall the explosion of the airliner, in which
    more than 100 people died; the bomb at the police headquarters")."""
    for _ in range(_MAX_LIST):
        if trigger.dep_ not in {"conj", "appos", "relcl"} or trigger.head is trigger:
            break
        trigger = trigger.head
    if trigger.pos_ not in {"NOUN", "PROPN"}:
        return False
    words = lexicon().actors.recalling_words
    head = trigger.head
    if trigger.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head  # "the anniversary of the massacre", "in memory of the victims of the attack"
    elif trigger.dep_ not in {"dobj", "obj", "nsubjpass"}:
        return False
    return head is not trigger and head.lemma_.lower() in words


def _describing_participle(trigger: Token) -> bool:
    """'to honor assassinated senator Galan': a participle written before a noun describes a person
    by an act told before ("the kidnapped priest"), without telling the act; the parse may still
    take it for a verb with an object and the sentence's subject for the doer."""
    if trigger.tag_ != "VBN" or any(c.dep_ in {"aux", "auxpass", "nsubj", "nsubjpass", "agent"} for c in trigger.children):
        return False
    if trigger.dep_ == "amod" and trigger.head.i > trigger.i:
        # "the kidnapped priest", "slain journalist Juan Perez" point back; "kidnapped engineers" may be new
        noun = trigger.head
        return noun.pos_ == "PROPN" or any(c.dep_ in {"poss", "compound"} and c.pos_ == "PROPN" or c.dep_ == "det" and c.lower_ == "the"
                                           for c in noun.children)
    obj = next((c for c in trigger.children if c.dep_ in {"dobj", "obj"}), None)
    return obj is not None and obj.left_edge.i == trigger.i + 1 and trigger.dep_ not in {"ROOT", "conj", "relcl", "ccomp", "xcomp", "acl"}


def _companions(verb: Token) -> list[Token]:
    """Who suffered the act beside its undergoer: "was killed along with two of his bodyguards"."""
    out = []
    for prep in (c for c in verb.children if c.dep_ in {"prep", "advmod"} and c.lower_ in lexicon().actors.companion_prepositions):
        for with_ in (c for c in prep.children if c.dep_ == "prep" and c.lower_ == "with"):
            out.extend(g for g in with_.children if g.dep_ == "pobj")
    return out


# the acts whose place is what they hit: where a bomb went off or a fire was set is a target
_PLACED_ACTS = frozenset({EventType.BOMBING, EventType.FACILITY_ATTACK})


def _is_thing(token: Token) -> bool:
    """A building, a vehicle or a piece of property (actors.json thing_heads)."""
    things = lexicon().actors.thing_heads
    return token.pos_ in {"NOUN", "PROPN"} and (token.lower_ in things or token.lemma_.lower() in things)


def _thing_at(token: Token) -> Token | None:
    """The thing a place phrase names: "a restaurant", or the building "in front of the ministry"
    and "the entrance of the bank" stand by; None for a town, a street or a time."""
    if _is_thing(token):
        return token
    whole = next((g for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"), None)
    return whole if whole is not None and _is_thing(whole) else None


def _places_hit(trigger: Token, event_type: EventType) -> list[Token]:
    """The things a bombing or an arson hit, told as where it happened: "a bomb exploded in a
    restaurant", "threw a grenade at a patrol car", "set fire to three buses", "the explosion took
    place at a bank branch", "planted a bomb under a car". The clause of a nominal act is the verb
    it is the subject or the object of."""
    if event_type not in _PLACED_ACTS:
        return []
    fire_words = lexicon().events.fire_words
    if event_type is EventType.FACILITY_ATTACK and not any(c.dep_ in {"dobj", "obj"} and c.lower_ in fire_words for c in trigger.children):
        return []  # "set fire to three buses" names what burned; "they burned to death inside their car" does not
    clauses = [trigger]
    if trigger.pos_ in {"NOUN", "PROPN"} and trigger.dep_ in {"nsubj", "dobj", "obj", "nsubjpass"} and trigger.head.pos_ in {"VERB", "AUX"}:
        clauses.append(trigger.head)
    prepositions = lexicon().actors.hit_place_prepositions
    if event_type is EventType.FACILITY_ATTACK:
        # "the bus burned down near the university": a fire beside a building did not burn it
        prepositions = prepositions - lexicon().places.vicinity_words
    out = []
    for clause in clauses:
        for prep in (c for c in clause.children if c.dep_ == "prep" and c.lower_ in prepositions):
            for place in (g for g in prep.children if g.dep_ == "pobj"):
                thing = _thing_at(place)
                if thing is not None:
                    out.append(thing)
    return out


def _damaged_things(trigger: Token) -> list[Token]:
    """What an act is told to have destroyed or damaged: "the blast damaged two buses", "two bank
    branches were destroyed by the explosion", "bombs exploded, destroying a drugstore", "the
    explosion caused damage to nearby houses"."""
    words = lexicon().actors.damage_words
    verbs = []
    if trigger.dep_ in {"nsubj", "nsubjpass"}:
        verbs.append(trigger.head)  # "the blast damaged ..."
    elif trigger.dep_ == "pobj" and trigger.head.dep_ == "agent":
        verbs.append(trigger.head.head)  # "... were destroyed by the explosion"
    verbs.extend(c for c in trigger.children if c.dep_ in {"advcl", "relcl", "conj", "xcomp"} and c.pos_ == "VERB")
    verbs.extend(c for v in list(verbs) for c in v.children if c.dep_ == "conj" and c.pos_ == "VERB")
    out = []
    for verb in verbs:
        if verb.lemma_.lower() not in words:
            # "caused damage to nearby houses": the noun says it, its "to" what was hit
            damage = [c for c in verb.children if c.dep_ in {"dobj", "obj"} and c.lemma_.lower() in words]
            out.extend(g for d in damage for holder in (d, verb) for c in holder.children
                       if c.dep_ == "prep" and c.lower_ == "to" for g in c.children if g.dep_ == "pobj")
            continue
        passive = any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children)
        out.extend(c for c in verb.children if c.dep_ == ("nsubjpass" if passive else "dobj"))
    return [t for t in out if t.i != trigger.i and _a_thing_told(t)]


def _a_thing_told(token: Token) -> bool:
    """A building or a vehicle ("the front of the courthouse" stands for it), told as one or a few:
    "thousands of homes" sums up a war (TASKDOC 1.0 (7)), and "the capital" or "documents" are no
    target of the kind."""
    return token.lower_ not in lexicon().events.multitudes and _thing_at(token) is not None


def _could_act(token: Token) -> bool:
    """Whether a possessor may be the doer rather than the one done to: a group, force or organisation."""
    return bool(token.ent_type_ in {"ORG", "NORP"} or normalise_group(token.text) or token.lower_ in lexicon().people.perpetrator_heads
                or token.lower_ in lexicon().actors.state_force_heads or token.lower_ in lexicon().actors.group_anaphors)


def _clause_above(trigger: Token) -> Token | None:
    """The verb of the clause a relative clause's act is told in: 'left' in "the bomb was left
    under the bridge where it exploded"; None for an act told in a clause of its own."""
    if trigger.dep_ != "relcl" or trigger.pos_ != "VERB":
        return None
    up = trigger.head
    for _ in range(_MAX_LIST):
        if up.pos_ in {"VERB", "AUX"}:
            return up
        if up.head is up:
            break
        up = up.head
    return None


def _harmed_alongside(trigger: Token) -> list[Token]:
    """Victims of a harm told in the clause joined to the act rather than by its own trigger:
    "a bomb exploded, killing two guards" and "threw a bomb at the office, injuring a policeman"
    (the harm follows the act), "the mayor was killed when a bomb exploded" and "a girl was wounded
    in the explosion" (the act is the harm's circumstance)."""
    harms = lexicon().events.effect_verbs
    clause = trigger
    if trigger.pos_ in {"NOUN", "PROPN"} and trigger.dep_ in {"dobj", "obj", "nsubj", "nsubjpass"}:
        clause = trigger.head  # "threw a bomb ..., injuring": the harm hangs off the act's verb
    out: list[Token] = []

    def harmed(verb: Token) -> list[Token]:
        if verb.dep_ == "relcl":
            return []  # "the guard who was killed last year": another act's victim described
        passive = [c for c in verb.children if c.dep_ == "nsubjpass"]
        if passive:
            return passive
        objs = [c for c in verb.children if c.dep_ in {"dobj", "obj"}]
        if not objs:
            return []
        # "exploded, killing Maria Pulido, 42; Pilar Pulido, 19": the later names may hang off the act
        return objs + _stray_names(verb, objs[-1]) + (_stray_names(verb.head, objs[-1]) if verb.dep_ == "advcl" else [])

    for child in clause.children:
        if child.dep_ in {"advcl", "conj", "xcomp"} and child.lemma_.lower() in harms and child.pos_ == "VERB":
            out.extend(harmed(child))
    if not out and (outer := _clause_above(trigger)) is not None:
        # "the bomb was left under the bridge, where it exploded, killing Ana Ruiz": the parse hangs
        # the participle of the harm off the clause the act's relative clause belongs to
        out.extend(t for c in outer.children if c.dep_ == "advcl" and c.tag_ == "VBG"
                   and c.lemma_.lower() in harms and c.i > trigger.i for t in harmed(c))
    # the act as circumstance: "was killed when ... exploded", "was wounded in/during the explosion"
    head = trigger.head
    if trigger.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    elif trigger.dep_ != "advcl":
        head = None
    if head is not None and head is not trigger and head.pos_ == "VERB" and head.lemma_.lower() in harms:
        # passive only: in "troops killed two gunmen in the attack" the dead are no victims of the attack
        out.extend(c for c in head.children if c.dep_ == "nsubjpass")
    elif head is not None and head is not trigger and head.pos_ == "VERB" and head.lemma_.lower() in lexicon().events.undergoer_verbs:
        out.extend(c for c in head.children if c.dep_ == "nsubj")  # "the minister died in the attack"
    return out


# the count kinds of a harm an act does to its victims ("those who were killed / wounded / kidnapped")
_HARM_KINDS = frozenset({"killed", "injured", "kidnapped"})


def _harmed_kind(word: Token) -> bool:
    """Whether a word tells a harm done to people: 'killed', 'wounded', 'kidnapped'."""
    return lexicon().counts.kind_verbs.get(word.lemma_.lower()) in _HARM_KINDS


def _harm_told_of(noun: Token, modifier: Token) -> bool:
    """Whether a modifier of a noun for people tells them harmed: a participle before or after it
    ('the kidnapped engineers', 'the engineers killed'; the parse tags the one after a past tense
    as often), an adjective for the harmed ('the wounded nuns') or a passive relative clause ('the
    engineers who were kidnapped')."""
    if modifier.dep_ == "amod" and modifier.pos_ == "ADJ":
        return modifier.lower_ in lexicon().actors.victim_nouns  # "wounded", "dead": tagged adjectives as often
    if modifier.dep_ == "amod" or modifier.dep_ == "acl" and modifier.i > noun.i:
        return modifier.tag_ in {"VBN", "VBD"} and _harmed_kind(modifier)
    if modifier.dep_ == "relcl":
        return _harmed_kind(modifier) and any(c.dep_ == "auxpass" for c in modifier.children)
    return False


def _harmed_people(noun: Token) -> bool:
    """'the two other wounded nuns', 'the four people killed', 'the kidnapped engineers': people
    described as harmed, who are so the victims of an act told before."""
    return noun.pos_ == "NOUN" and any(_harm_told_of(noun, c) for c in noun.children)


def _names_in(said: Token) -> list[Token]:
    """The names a phrase said to be the victims holds: the names themselves ("Ana Ruiz and Luis
    Mora"), or the names in apposition to a title or a noun ("sister Ana Ruiz and sister Rosa Mora")."""
    out: list[Token] = []
    for t in _expand_conj(said):
        if _person_listed(t):
            out.extend([t, *_named_members(t), *_listed_names(t)])
        elif t.pos_ == "NOUN":
            out.extend(_named_members(t))
    return out


def _died_named(verb: Token) -> list[Token]:
    """'Navas died this morning', 'another reporter, Mauricio Pineda, died': a named person's death,
    in a sentence with no word for an act, is a death by the act told before; not a death the clause
    puts down to illness, age or an accident ('died of cancer')."""
    if verb.lemma_.lower() not in lexicon().events.undergoer_verbs or verb.pos_ != "VERB" or nonviolent_death(verb):
        return []
    if any(c.dep_ == "neg" for c in verb.children):
        return []
    return [c for c in verb.children if c.dep_ == "nsubj"]


def _identified_as(verb: Token, told_by: Token | None = None) -> list[Token]:
    """'The U.S. student was identified as Juan Perez', 'the Red Cross identified the woman as Ana
    Ruiz': the name a person told before is given, after an act, is a victim's; not a perpetrator's
    ('the gunman was identified as ...'). With ``told_by``, only the names given to the ones the
    word of an act tells harmed ('a judge identified the dead men as ...'), not to its doers ('the
    men who attacked the bus were identified as ...')."""
    if verb.lemma_.lower() not in lexicon().actors.identifying_verbs or verb.pos_ != "VERB":
        return []
    who = [c for c in verb.children if c.dep_ in {"nsubjpass", "dobj"}]
    if told_by is not None and not any(told_by.head == w and _harm_told_of(w, told_by) for w in who):
        return []
    if not any(w.pos_ == "NOUN" and w.lemma_.lower() in person_nouns()
               and w.lemma_.lower() not in lexicon().people.perpetrator_heads for w in who):
        return []
    # the parse hangs "as" off the verb or off the one identified
    return [g for h in (verb, *who) for c in h.children if c.dep_ == "prep" and c.lower_ == "as"
            for g in c.children if g.dep_ == "pobj"]


def identified_victims(sent: Span, *, gazetteer: Gazetteer | None = None, told_by: Token | None = None) -> list[Actor]:
    """The named victims a sentence with no word for the act tells of an act told before: "The victims
    were identified as Ana Ruiz and Luis Mora", "The dead were ...", "Among the dead was Juan Perez",
    "Juan Perez was among the victims", "The victim, Juan Perez, was a teacher", "The two wounded
    nuns are sister Ana Ruiz and sister Rosa Mora", "Ana Ruiz and Luis Mora were the teachers
    killed", "Ruiz died this morning". Only names count: "the victims were peasants" adds no one a
    count has not told already. With ``told_by``, the word of an act inside the words that say who
    the victims are ("those who were kidnapped are ..."), only the names of its own clause count."""
    lex = lexicon().actors

    def victims_noun(tok: Token) -> bool:
        # "the wounded" is often tagged a verb; its determiner tells the noun
        return tok.lower_ in lex.victim_nouns and (
            tok.pos_ in {"NOUN", "ADJ", "PROPN"} or any(c.dep_ == "det" for c in tok.children))

    def harmed_ones(tok: Token) -> bool:
        # "those who were kidnapped are ...": a pronoun the harm's relative clause tells
        return tok.lower_ in lexicon().people.pronouns and any(
            c.dep_ == "relcl" and _harmed_kind(c) for c in tok.children)

    def victims(tok: Token) -> bool:
        # "one of the students killed is ...": the whole a number of is taken from
        tok = _partitive_whole(tok)
        return victims_noun(tok) or harmed_ones(tok) or _harmed_people(tok)

    names: list[Token] = []
    for verb in (t for t in sent if t.lemma_.lower() in lex.naming_verbs and t.pos_ in {"VERB", "AUX"}):
        subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
        among = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "among" for g in c.children
                 if g.dep_ == "pobj" and (victims_noun(g) or _harmed_people(g))]
        # "Ana Ruiz and Luis Mora were the teachers killed": the victims told after the verb
        attrs = [c for c in verb.children if c.dep_ == "attr" and victims(c)]
        if told_by is not None and told_by.i not in {t.i for s in subjects + among + attrs for t in s.subtree}:
            continue
        if any(victims(s) for s in subjects):
            # "the victims were identified as X", "the dead were X", "the victim, X, was a teacher"
            said = [c for c in verb.children if c.dep_ == "attr"]
            said += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children if g.dep_ == "pobj"]
            said += [c for s in subjects if victims(s) for c in s.children if c.dep_ == "appos"]
            names.extend(t for s in said for t in _names_in(s))
        elif among or attrs:
            names.extend(t for s in subjects for t in _names_in(s))  # "among the dead was X", "X was among the victims"
    for verb in sent:
        if told_by is None:
            names.extend(t for s in _died_named(verb) for t in _names_in(s))
        names.extend(t for s in _identified_as(verb, told_by) for t in _names_in(s))
    out: list[Actor] = []
    for person in names:
        actor = make_actor(person, Role.VICTIM, gazetteer=gazetteer, listed=True)
        if actor is not None and all(actor.name != a.name for a in out):
            out.append(actor)
    return out


def damaged_things(sent: Span, *, gazetteer: Gazetteer | None = None) -> list[Actor]:
    """The buildings and vehicles a sentence with no word for an act tells were destroyed or
    damaged ("Two cars were damaged", "several houses were destroyed"): targets of the act told
    before it. Only things count: "glass was broken and documents destroyed" names none."""
    words = lexicon().actors.damage_words
    out: list[Actor] = []
    for verb in (t for t in sent if t.pos_ == "VERB" and t.lemma_.lower() in words):
        passive = any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children)
        for obj in (c for c in verb.children if c.dep_ == ("nsubjpass" if passive else "dobj")):
            for thing in (t for t in _expand_conj(obj) if _a_thing_told(t)):
                actor = make_actor(thing, Role.TARGET, gazetteer=gazetteer, hit=True)
                if actor is not None and all(actor.name != a.name for a in out):
                    out.append(actor)
    return out


def find_actors(trigger: Token, event_type: EventType, *, gazetteer: Gazetteer | None = None) -> list[Actor]:
    """The actors of one event, by role, read off the parse around its trigger token; nationalities
    from ``gazetteer``'s demonyms (None: the bundled one's)."""
    actors: list[Actor] = []
    violent = event_type in _ATTACKS
    lex = lexicon().actors
    lemma = trigger.lemma_.lower()

    def add(tokens: list[Token], role: Role) -> None:
        for tok in tokens:
            for t in _expand_conj(tok):
                t = _partitive_whole(t)
                harmed = role in {Role.VICTIM, Role.TARGET}
                if harmed:
                    t = _life_owner(t)
                    if _dead_before(t):
                        continue  # "the murder of the late archbishop": an act of long ago
                    titled = _titled_name(t)
                    if titled is not None:
                        actor = make_actor(titled, role, gazetteer=gazetteer)
                        if actor is not None:
                            # one person, told by title and name: "the mayor, Juan Perez"
                            start = _phrase(t).start
                            end = _phrase(titled).end
                            words = t.doc[start:end]
                            actors.append(actor.model_copy(update={"text": words.text, "span": TextSpan(
                                start=words.start_char, end=words.end_char, text=words.text)}))
                            # "the Jesuit priests Ignacio Ruiz, Segundo Mora and Juan Perez": each one
                            for named in _listed_names(titled):
                                listed = make_actor(named, role, gazetteer=gazetteer, listed=True)
                                if listed is not None:
                                    actors.append(listed)
                            continue
                    if t.pos_ == "NOUN" and t.dep_ == "appos" and t.head.ent_type_ == "PERSON" and t.head.pos_ == "PROPN":
                        t = t.head  # "Senator Luis Galan, the candidate who was gunned down": the candidate is the senator
                    t = _named_earlier(t) or t
                actor = make_actor(t, role, gazetteer=gazetteer)
                if actor is not None:
                    actors.append(actor)
                if harmed:
                    named_too = _listed_names(t) if t.pos_ == "PROPN" and t.ent_type_ == "PERSON" else _named_members(t)
                    named_too = named_too + _included_names(t)
                    for named in named_too:
                        actor = make_actor(named, role, gazetteer=gazetteer, listed=True)
                        if actor is not None:
                            actors.append(actor)

    subj_role = Role.PERPETRATOR if violent else _SUBJECT_ROLE.get(event_type, Role.PERPETRATOR)
    if lemma in lexicon().events.undergoer_verbs or suffered_by_subject(trigger):
        # "the general died", "three passengers suffered burns": the subject is the one it happened to
        subj_role = Role.VICTIM
    if event_type is EventType.CLAIM and lemma in lexicon().events.denial_verbs:
        subj_role = Role.DENIER
    obj_role = Role.VICTIM if violent else _OBJECT_ROLE.get(event_type, Role.TARGET)
    if lemma in lex.rescue_verbs:
        obj_role = Role.VICTIM  # whoever is rescued was the victim of the act the rescue ends

    reported_deed = event_type is EventType.ACCUSATION and lemma in lex.masterminding_verbs
    if violent and _recalled(trigger):
        return []  # "never forget the massacre": an earlier act recalled, no act told
    if violent and _describing_participle(trigger):
        # "assassinated senator Galan": a person described by an earlier act, whose doer this
        # sentence does not tell; "the two wounded nuns are sister Ana Ruiz and ..." names its victims
        return identified_victims(trigger.sent, gazetteer=gazetteer, told_by=trigger)
    if reported_deed:
        # "the attack was coordinated by members of the Khorasan group", said by someone: whoever
        # did the deed is accused; the accuser is the speaker, known from the attribution
        subj_role, obj_role = Role.ACCUSED, Role.ACCUSED
        if any(c.dep_ in {"nsubjpass", "agent"} for c in trigger.children):
            add(agent_heads(trigger), Role.ACCUSED)
        else:
            add(_subject(trigger), Role.ACCUSED)
    elif trigger.pos_ in {"VERB", "AUX"} or trigger.tag_.startswith("VB"):
        # "Five soldiers killed in Kunar": a headline's passive, its subject the one it happened to
        headline = told_as_headline_passive(trigger) and any(c.dep_ == "nsubj" for c in trigger.children)
        passive = headline or any(c.dep_ in {"nsubjpass", "auxpass", "agent"} for c in trigger.children) or (
            trigger.tag_ == "VBN" and trigger.dep_ in {"acl", "amod"}
        )
        if passive:
            undergoers = [c for c in trigger.children if c.dep_ == "nsubjpass" or headline and c.dep_ == "nsubj"]
            if trigger.dep_ == "relcl" and trigger.head.pos_ in {"NOUN", "PROPN"} and any(
                    c.lower_ in lexicon().people.relative_pronouns for c in undergoers):
                undergoers = [trigger.head]  # "two reporters who were shot": the reporters
            add(undergoers, obj_role)
            if violent:
                add(_companions(trigger), obj_role)
            if trigger.dep_ in {"acl", "amod"} and trigger.head.pos_ in {"NOUN", "PROPN"} and event_type not in {EventType.CLAIM}:
                add([trigger.head], obj_role)
            add(agent_heads(trigger), subj_role)
        else:
            subjects = _subject(trigger)
            if not subjects and violent:
                subjects = _fallback_perpetrator(trigger)
            add(subjects, subj_role)
            objs = [c for c in trigger.children if c.dep_ in {"dobj", "obj"}]
            # "took two prison guards hostage": the parse hangs the people off "hostage" as a compound
            objs = [
                next((g for g in o.children if g.dep_ == "compound" and g.pos_ == "NOUN"), o) if o.lower_ in lexicon().events.hostage_words else o
                for o in objs
            ]
            if event_type is EventType.HOSTAGE_TAKING or event_type is EventType.KIDNAPPING:
                obj_role = Role.VICTIM
            if suffered_by_subject(trigger):
                objs = []  # "suffered burns", "sustained injuries": what the subject suffered, no one's
            add(objs, obj_role)
            if objs and obj_role in {Role.VICTIM, Role.TARGET}:
                add(_stray_names(trigger, objs[-1]), obj_role)
            # "pointed fingers at NATO", "opened fire on the crowd", "attributed the attack to X"
            # "admitted to ISIS's responsibility": the owner of the responsibility is accused or claims
            for t in through_preps(trigger, depth=4):
                if t.lemma_.lower() in lexicon().events.responsibility_owner_nouns:
                    owner = [c for c in t.children if c.dep_ == "poss"]
                    add(owner, Role.ACCUSED if event_type is EventType.ACCUSATION else Role.CLAIMANT)
            for prep in (c for c in trigger.children if c.dep_ == "prep"):
                if (prep.lower_ in lex.accusation_prepositions and event_type is EventType.ACCUSATION) or (
                    prep.lower_ in lex.target_prepositions and violent
                ) or (violent and prep.lower_ in lex.opponent_prepositions.get(lemma, ())) or (prep.lower_ == "to" and event_type is EventType.ACCUSATION and lemma not in lexicon().events.admission_verbs):
                    role = Role.ACCUSED if event_type is EventType.ACCUSATION else obj_role
                    add([g for g in prep.children if g.dep_ == "pobj"], role)
            for obj in objs:
                for prep in (c for c in obj.children if c.dep_ == "prep" and (c.lower_ in lex.accusation_prepositions or c.lower_ in lex.target_prepositions)):
                    role = Role.ACCUSED if event_type is EventType.ACCUSATION else obj_role
                    add([g for g in prep.children if g.dep_ == "pobj"], role)
    else:
        # nominal trigger: "attack on the hall", "ISIS attack", "attack by gunmen", "the group's attack"
        done_to = lemma in lex.victim_of_nouns or trigger.lower_ in lex.victim_of_nouns
        victims_of = [g for c in trigger.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        for child in trigger.children:
            if child.dep_ == "poss" and done_to and violent and not victims_of and not _could_act(child):
                # "the minister's assassination": the one it was done to; "their kidnapping" names
                # nobody until coreference, and no doer either
                if child.pos_ != "PRON":
                    add([child], obj_role)
            elif child.dep_ == "poss" or (child.dep_ == "compound" and (child.ent_type_ in {"ORG", "NORP"} or normalise_group(child.text))):
                add([child], subj_role)
            elif child.dep_ == "prep" and child.lower_ == "of" and done_to and violent:
                # "the murder of the mayor", "the kidnapping of two engineers"
                add([g for g in child.children if g.dep_ == "pobj"], obj_role)
            elif child.dep_ == "prep" and child.lower_ in lex.nominal_target_prepositions:
                add([g for g in child.children if g.dep_ == "pobj"], obj_role)
            elif child.dep_ == "prep" and child.lower_ == "by":
                add([g for g in child.children if g.dep_ == "pobj"], subj_role)
        # "X carried out / launched / claimed the attack": the verb governing the nominal
        head = trigger.head
        # "unidentified persons placed 11 bombs": who plants or throws the weapon did the bombing
        if trigger.dep_ in {"dobj", "obj"} and head.lemma_ in lex.perpetrating_verbs:
            add(_subject(head), subj_role)
        # "the attack was carried out by urban commandos", "an attack perpetrated by a rebel cell"
        if trigger.dep_ == "nsubjpass" and _verb_lemma(head) in lex.perpetrating_verbs:
            add(agent_heads(head), subj_role)
        for clause in (c for c in trigger.children if c.dep_ == "acl" and _verb_lemma(c) in lex.perpetrating_verbs):
            add(agent_heads(clause), subj_role)
    if violent:
        add(_harmed_alongside(trigger), Role.VICTIM)
        # the buildings and vehicles it hit: targets beside the people it hurt
        for thing in (t for hit in _places_hit(trigger, event_type) + _damaged_things(trigger) for t in _expand_conj(hit)):
            actor = make_actor(thing, Role.TARGET, gazetteer=gazetteer, hit=True)
            if actor is not None:
                actors.append(actor)
        # "those who were kidnapped are A, B and C": the act's own sentence names its victims
        actors.extend(identified_victims(trigger.sent, gazetteer=gazetteer, told_by=trigger))
    if event_type is EventType.SECURITY_OPERATION and lemma in lexicon().events.freeing_verbs:
        actors = _captors_and_captives(actors, done=trigger.tag_ in _TOLD_DONE_TAGS)
    # one actor per (role, name): the parse can reach the same phrase twice
    seen: set[tuple[Role, str]] = set()
    unique = []
    for actor in actors:
        key = (actor.role, actor.name.lower())
        if key not in seen:
            seen.add(key)
            unique.append(actor)
    return unique


def _captors_and_captives(actors: list[Actor], *, done: bool) -> list[Actor]:
    """The roles of a release: who frees a captive without being a state force, an authority or a
    civilian held them ("released by his captors", "the Extraditables freed the banker"), so is its
    perpetrator, not a responder, when the release is told as ``done``; a release only promised,
    refused or demanded is no act of theirs yet. A force named as an institution ("the Army") is no
    one released."""
    lex = lexicon().actors
    out = []
    for actor in actors:
        last = actor.name.split()[-1].lower() if actor.name else ""
        if (done and actor.role is Role.RESPONDER and actor.kind not in {"state_force", "government", "civilian"}
                and last not in lex.custodian_heads):
            actor = actor.model_copy(update={"role": Role.PERPETRATOR})
        elif actor.role is Role.VICTIM and actor.number is None and last in lex.force_institutions:
            continue
        out.append(actor)
    return out
