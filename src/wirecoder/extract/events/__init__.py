"""Event triggers and their types in a sentence: "opened fire" -> armed assault, "took two guards
as hostages" -> hostage-taking, "claimed responsibility" -> claim.

Each trigger is read off the parse with its context: the subject decides between an attack and a
security operation ("special forces stormed"), negation and denial set the polarity, and a nominal
trigger is marked anaphoric ("the attack") or dropped as generic ("the highest death toll in an
attack since 2004") so that incident building neither duplicates nor invents occurrences.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from itertools import islice

from spacy.tokens import Span, Token

from ...model import EventType, Polarity
from ...resources.groups import normalise_group
from ...resources.taxonomy import attack_types
from ...resources.words import lexicon
from ..actors import resolve_pronoun
from ..counts import ends_custody, freed_people, person_nouns
from ..syntax import (
    agent_heads,
    in_other_sense,
    names_a_stretch_of_time,
    through_preps,
    told_as_headline_passive,
    used_as_common_noun,
)


@dataclass(frozen=True)
class Trigger:
    """A trigger found in a sentence, with its token range in the doc."""

    token: int
    end: int
    type: EventType
    polarity: Polarity = Polarity.ASSERTED
    mention: str = "specific"  # "anaphoric" ("the attack"), "distinct" ("another attack") or "background"
    before_a_court: bool = False  # told as what a court tries or a sentence punishes (a background)
    tells_none: bool = False  # a stand-in for a toll of nobody ("no injuries were reported")


_SUPERLATIVE_REACH = 4


def _is_state_force(token: Token) -> bool:
    lex = lexicon().actors
    head = resolve_pronoun(token) if token.lower_ in lexicon().people.group_pronouns else token
    if head is None:
        return False
    if head.lower_ not in lex.state_force_heads:
        return False
    if head.lower_ in lex.state_force_heads_needing_modifier:
        return any(t.lower_ in lex.state_force_modifiers for t in head.subtree)
    return True


def _called_false(predicate: Token) -> bool:
    return any(c.dep_ == "acomp" and c.lemma_.lower() in lexicon().events.denial_adjectives for c in predicate.children)


def _polarity(token: Token) -> Polarity:
    lex = lexicon().events
    if _conjunct_of_hypothetical(token):
        return Polarity.HYPOTHETICAL  # "would indicate that he had been captured or killed", "called for X and more airstrikes"
    if any(c.dep_ == "neg" for c in token.children):
        return Polarity.NEGATED
    if token.dep_ in {"attr", "acomp"} and token.pos_ == "VERB" and any(c.dep_ == "neg" for c in token.head.children):
        return Polarity.NEGATED  # "we are not bombing", parsed as the complement of "are"
    if any(c.dep_ in {"nsubj", "nsubjpass"} and (c.lower_ in lex.negative_subjects or any(d.lower_ == "no" for d in c.children)) for c in token.children):
        return Polarity.NEGATED  # "no group has claimed responsibility"
    if _governed_by(token, lex.negating_prepositions):
        return Polarity.NEGATED  # "the town was taken without a shot being fired"
    if _wished_for(token):
        return Polarity.HYPOTHETICAL  # "calling for the assassination of the president"
    if _named_as_ahead(token):
        return Polarity.HYPOTHETICAL  # "the planned protests", "an upcoming rally"
    head = token
    for _ in range(4):  # "wounded by gunfire" -> "by" -> "wounded" -> "the report that ..."
        if head.lemma_.lower() in lex.denial_verbs and head is not token:
            return Polarity.NEGATED
        if head is not token and any(c.dep_ == "det" and c.lower_ in lex.negative_determiners for c in head.children):
            return Polarity.NEGATED  # "there was no mention of shooting", "no sign of an attack"
        if head is not token and head.dep_ in {"nsubj", "nsubjpass"} and _called_false(head.head):
            return Polarity.NEGATED  # "the report that the ambassador's daughter was wounded is unfounded"
        if head.lemma_.lower() in lex.hypothetical_heads and head is not token:
            return Polarity.HYPOTHETICAL
        if any(c.dep_ == "aux" and c.lower_ in lex.hypothetical_auxiliaries for c in head.children):
            return Polarity.HYPOTHETICAL
        if any(c.dep_ == "mark" and c.lower_ in lex.conditional_markers for c in head.children):
            return Polarity.HYPOTHETICAL  # "if you have been assaulted, call ..."
        if any(c.dep_ == "mark" and c.lower_ in lex.question_markers for c in head.children):
            return Polarity.HYPOTHETICAL  # "a jury was to determine whether he murdered the boy"
        if head.dep_ == "attr" and head.head.lemma_ == "be" and any(
                c.dep_ == "aux" and c.lower_ in lex.hypothetical_auxiliaries for c in head.head.children):
            return Polarity.HYPOTHETICAL  # "the option would be a U.S. air strike", "could it have been an air strike"
        if head.dep_ in {"xcomp", "ccomp", "dobj", "pobj", "prep", "agent", "acl", "advcl"} and head.head is not head:
            clause, head = head, head.head
            if (head.lemma_.lower() in lex.intention_heads or head.lower_ in lex.intention_heads) and _infinitive_or_gerund(clause):
                return Polarity.HYPOTHETICAL  # "his pledge to kill", "asked Moscow to hack", "advocated killing"
        elif head.dep_ == "relcl" and any(c.dep_ == "aux" and c.tag_ == "TO" for c in head.children):
            clause, head = head, head.head  # "the best way to attack a system": a relative infinitive
            if head.lemma_.lower() in lex.intention_heads:
                return Polarity.HYPOTHETICAL
        elif head.dep_ == "conj" and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in head.children) and (
                _infinitive_or_gerund(head.head)
                or any(c.dep_ == "aux" and c.lower_ in lex.hypothetical_auxiliaries for c in head.head.children)):
            head = head.head  # "to advance torture and kill the families", "will come and kill you"
        else:
            break
    return Polarity.ASSERTED


def _conjunct_of_hypothetical(token: Token) -> bool:
    """A conjunct without a subject of its own is told as its first conjunct is: "would indicate
    that Snowden had been captured or killed", "called for a no-fly zone, as well as more
    airstrikes". Only a wish or a possibility passes on; "planned and carried out the attack"
    tells the attack done."""
    if token.dep_ != "conj" or token.head is token or any(c.dep_ in {"nsubj", "nsubjpass"} for c in token.children):
        return False
    return _polarity(token.head) is Polarity.HYPOTHETICAL


def _governed_by(token: Token, prepositions: tuple[str, ...]) -> bool:
    """Whether the word, or the noun or clause it belongs to, is the object of one of
    ``prepositions`` ("without firing a shot", "without a shot being fired"). An act named as
    known ("without the bombing of the city, the front would have held") is presupposed, not
    denied."""
    known = lexicon().events.anaphoric_determiners
    for word in (token, token.head):
        if any(c.dep_ in {"det", "poss"} and (c.dep_ == "poss" or c.lower_ in known) for c in word.children):
            return False
        if word.dep_ in {"pobj", "pcomp"} and word.head.lower_ in prepositions:
            return True
        if word.dep_ not in {"nsubj", "nsubjpass", "dobj"}:
            break
    return False


def _wished_for(noun: Token) -> bool:
    """An act named as what someone calls for, demands or urges ("called for the assassination
    of the president", "demanded the execution of the prisoners"): wished, not told done."""
    heads = lexicon().events.advocacy_heads
    if noun.dep_ == "dobj":
        return noun.head.lemma_.lower() in heads
    if noun.dep_ == "pobj":
        prep = noun.head
        return f"{prep.head.lemma_.lower()} {prep.lower_}" in heads
    return False


def _named_as_ahead(noun: Token) -> bool:
    """An act named by a bare modifier that places it ahead ("the planned protests", "an expected
    attack"): not told done. A modifier with words of its own ("a carefully planned attack") tells
    how a done act was made."""
    ahead = lexicon().events.ahead_modifiers
    return noun.pos_ in {"NOUN", "PROPN"} and any(
        c.dep_ == "amod" and c.lower_ in ahead and not list(c.children) for c in noun.children)


def _infinitive_or_gerund(clause: Token) -> bool:
    """'(pledged) to kill', '(advocated) killing': a clause that names an act without telling it done."""
    return clause.dep_ == "xcomp" or any(c.dep_ == "aux" and c.tag_ == "TO" for c in clause.children) or (
        clause.tag_ == "VBG" and clause.dep_ in {"dobj", "pcomp"})


def _is_generic(noun: Token) -> bool:
    """'an attack on Russian soil since 2004', 'attacks on civilians are rising': no one occurrence."""
    lex = lexicon().events
    det = next((c for c in noun.children if c.dep_ == "det"), None)
    # a superlative frame around the noun ("the highest death toll in an attack") is a comparison
    head = noun
    for _ in range(_SUPERLATIVE_REACH):
        # a superlative over the noun's frame compares ("the highest death toll in an attack"); on
        # the noun itself it picks one out ("the worst explosion was at the bus station")
        if any((c.tag_ == "JJS" and head is not noun) or c.lower_ in lex.generic_frame_adverbs and c.dep_ != "prep" for c in head.children):
            return True
        if head.dep_ in {"pobj", "prep"} or head.head.pos_ in {"ADP", "NOUN"}:
            head = head.head
        else:
            break
    if det is not None and det.lower_ in lex.generic_determiners:
        return True
    if any(c.dep_ == "amod" and c.lower_ in lex.generic_modifiers for c in noun.children):
        return True  # "similar attacks", "previous bombings": a class of events, not this one
    if noun.tag_ == "NNS" and det is None and not any(c.dep_ in {"nummod", "poss", "compound", "amod"} for c in noun.children):
        # bare plural: "attacks on pipelines" (but "Clashes in Tripoli left 27 dead" is one occurrence)
        return not _reports_an_occurrence(noun)
    return False


def _sums_up_a_history(verb: Token) -> bool:
    """'More than 13,000 people have died in Peru since 1980', 'the conflict has killed 300,000
    people over the past decade', 'they have killed many people': a perfect tense over a period,
    or an agent's perfect deeds against a vague multitude with no date, sums up a history of
    violence; it tells no one occurrence."""
    told = [verb, verb.head] if verb.dep_ == "conj" else [verb]  # "had been killed or injured"
    if not any(c.dep_ == "aux" and c.lemma_.lower() == "have" for v in told for c in v.children):
        return False
    collections = lexicon().counts.roundup_collections
    if _subject_lemma(verb) in collections:
        return True  # "the war has killed 400,000 people", "a conflict which has killed thousands"
    for since in (c for c in verb.children if c.lower_ == "since" and c.dep_ == "prep"):
        # "since 1980", "since March": a tally over a period; "since then", "since the attack" ties
        # what follows to the occurrence told
        if any(t.ent_type_ == "DATE" for t in since.subtree if t.i != since.i):
            return True
    # a phrase closing "killed or injured" tells of both verbs
    phrases = [c for v in (verb, *verb.conjuncts) for c in v.children if c.dep_ == "prep"]
    if any(names_a_stretch_of_time(c) for c in phrases):
        return True  # "over the past decade", "in the last five years"
    if any(g.dep_ == "pobj" and g.lemma_.lower() in collections for c in phrases for g in c.children):
        return True  # "2,000 people have been killed in the conflict"
    if any(t.ent_type_ in {"DATE", "TIME"} for t in verb.subtree):
        return False
    # the object of an agent's deeds ("have killed many people"); a passive "many civilians have
    # been wounded" reports the outcome of what the article tells
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    multitudes = lexicon().events.multitudes
    return any(a.lower_ in multitudes or any(c.lower_ in multitudes for c in a.children) for a in objects)


def _mention(noun: Token) -> str:
    """'the attack', 'this bombing' name an occurrence told elsewhere in the article (anaphoric);
    'another attack', 'a second blast' name a new one (distinct)."""
    lex = lexicon().events
    if any(c.lower_ in lex.distinct_markers for c in noun.children):
        return "distinct"
    det = next((c for c in noun.children if c.dep_ in {"det", "poss"}), None)
    if det is None and _reports_an_occurrence(noun):
        return "specific"  # "Heavy clashes broke out near Goma", "Car bomb kills 12 in Kabul"
    if det is None or det.lower_ in lex.anaphoric_determiners:
        return "anaphoric"
    return "specific"


def _reports_an_occurrence(noun: Token) -> bool:
    """A noun without a determiner that is the subject of a past or headline-present verb tells
    an occurrence, and so does an act that a past verb says someone carried out ("jets carried out
    airstrikes on two hospitals", "rebels launched raids on three towns"; not "they planned
    attacks"); a bare noun elsewhere ("responsibility for attacks") refers to one."""
    if noun.dep_ in {"nsubj", "nsubjpass"} and noun.head.tag_ in {"VBD", "VBZ"}:
        return True
    # a weapon so told ("hurled bombs at the headquarters") is the instrument of an act its
    # sentences tell by their own words
    verb, lex = noun.head, lexicon().events
    return noun.dep_ == "dobj" and verb.tag_ == "VBD" and verb.lemma_.lower() in lexicon().actors.perpetrating_verbs \
        and verb.lower_ not in lex.ahead_modifiers and noun.lemma_.lower() not in lex.instrument_nouns


def _before_a_court(token: Token) -> bool:
    """'accused ... wants another jury', 'gets 15 years for killing baby', 'pleaded guilty to
    murdering', 'charged in the abduction and death of': an act told as what a court tries or a
    sentence punishes happened before the news, which is the proceeding."""
    court = lexicon().events.court_words
    head = token
    for _ in range(4):
        if head.dep_ not in {"pobj", "pcomp", "prep", "ccomp"} or head.head is head:
            return False
        head = head.head
        if head.lemma_.lower() in court:
            return True
    return False


# a report's headline, dateline and first sentence say what its news is
_LEAD_SENTENCES = 3
# how far below a main clause's verb a word of a proceeding still tells that clause ("wants
# another jury to consider whether the defendant is competent to stand trial")
_PROCEEDING_REACH = 5
# the words that continue a main clause; a subject's description ("a man accused of stabbing an
# officer") and relative clauses ("at a court where a trial was under way") are not it
_MAIN_CLAUSE_DEPS = {"ccomp", "xcomp", "acomp", "oprd", "dobj", "attr", "prep", "pobj", "pcomp", "compound", "conj"}
_PROCEEDING_REPORT = "wirecoder.proceeding_report"
_SENSED_NOUNS = "wirecoder.sensed_nouns"  # ``_told_before_as``: by sense, the nouns it found


def _tells_a_proceeding(sent: Span) -> bool:
    """Whether a sentence's main clause tells a court's proceeding: its verb, its subject's head or
    a complement of its verb is a word of one ("Taco Bell killer pleads guilty", "the verdict is
    in", "a coroner's inquest ruled today", "declared incompetent to stand trial"). A main clause
    whose verb is itself an act of violence tells that act ("a suicide bomber killed 12 people at a
    court where a trial was under way")."""
    words = lexicon().events.proceeding_words
    root = sent.root
    if _tells_an_attack(root):
        return False  # "jurors were shot": the act is the news, whoever it hit
    told = [(root, 0)] + [(c, 1) for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}]
    while told:
        word, depth = told.pop()
        if word.dep_ not in {"nsubj", "nsubjpass"} and _tells_an_attack(word):
            continue  # "officials said a gunman shot a witness outside the trial": the clause tells the act
        if word.lemma_.lower() in words or word.lower_ in words:
            return True
        if depth < _PROCEEDING_REACH and word.dep_ not in {"nsubj", "nsubjpass"}:
            told.extend((c, depth + 1) for c in word.children if c.dep_ in _MAIN_CLAUSE_DEPS)
    return False


def reports_a_proceeding(doc) -> bool:
    """Whether a report's news is a court's proceeding: a sentence of its lead (headline, dateline,
    first sentence) tells one in its main clause. The acts such a report tells are those the court
    tries, earlier occurrences (issue 9: "Taco Bell killer pleads guilty ... He shot her in broad
    daylight"); a report that only names a court, a trial or a judge beside its news does not."""
    if _PROCEEDING_REPORT not in doc.user_data:
        doc.user_data[_PROCEEDING_REPORT] = any(_tells_a_proceeding(s) for s in islice(doc.sents, _LEAD_SENTENCES))
    return doc.user_data[_PROCEEDING_REPORT]


def _in_relative_description(verb: Token) -> bool:
    """'members ... who were detained in a prison', 'those arrested': a clause describing people's
    state, told to say who they are; the arrest itself is not being reported."""
    if verb.dep_ == "relcl" and verb.tag_ == "VBN" and any(c.dep_ == "nsubjpass" and c.lower_ in lexicon().people.relative_pronouns for c in verb.children):
        return True
    return verb.dep_ in {"relcl", "acl"} and verb.tag_ == "VBN" and (
        verb.head.pos_ == "PRON"
        or verb.head.lower_ in lexicon().people.perpetrator_heads
        or verb.head.lower_ in lexicon().actors.civilian_heads
    )


def _classify_verb(tok: Token) -> tuple[EventType, int] | None:
    lex = lexicon().events
    lemma = lex.lemma_corrections.get(tok.lower_, tok.lemma_.lower())
    if lemma in lex.hostage_verbs and _hostage_object(tok):
        return EventType.HOSTAGE_TAKING, tok.i
    if lemma in lex.holding_verbs and _holds_people(tok) and _hostages_mentioned_before(tok):
        return EventType.HOSTAGE_TAKING, tok.i  # "those holding the guards", once hostages were told
    for words in lex.accusation_phrases:
        if lemma == words[0] and any(c.lemma_.lower() in words[1:] or c.lower_ in words[1:] for c in tok.children):
            return (EventType.ACCUSATION, tok.i) if _concerns_violence(tok) else None
    # "claim/deny responsibility", "admitted ... ISIS's responsibility"
    if lemma in lex.responsibility_verbs:
        objs = [t for t in through_preps(tok, depth=4) if t.lemma_.lower() in lex.responsibility_nouns]
        if objs:
            if not (_concerns_violence(tok) or _violence_told_before(tok)):
                return None  # "accepted the role of ambassador", "claimed credit for the win"
            owner = [c for c in objs[0].children if c.dep_ == "poss"]
            if lemma in lex.admission_verbs and owner and normalise_group(owner[0].text):
                return EventType.ACCUSATION, tok.i  # a state attributing the attack to a group
            return EventType.CLAIM, tok.i
    if lemma not in lex.verbs:
        return None
    if in_other_sense(tok, lex.other_sense_objects.get(lemma, ())):
        return None  # "executed two search warrants", "shooting footage", "stormed to victory"
    if _subject_lemma(tok) in lex.other_sense_subjects.get(lemma, ()):
        return None  # "a political crisis exploded", "the row blew up"
    if lemma in lex.mishaps.casualty_verbs and _only_animals(tok):
        return None  # "poachers killed three elephants", "using a tank to kill a flea"
    if lemma in lex.mishaps.casualty_verbs and _done_by_a_mishap(tok):
        return None  # "the virus has killed 40 people", "were injured by the storm"
    cues = lex.violent_sense_cues.get(lemma)
    if cues is not None and not _beside_violent_cue(tok, cues):
        return None  # "hacked the emails", "engage in hacking"; but "hacked to death", "hacked with machetes"
    if lemma in lex.verbal_attack_triggers and _attack_in_words(tok):
        return None  # "attacked her over the server, arguing it should disqualify her"
    if lemma in lex.cyber_sense_triggers and _tells_an_intrusion(tok.sent):
        return None  # "claimed to have attacked the party with a zero-day hack"
    if lemma == "shoot" and any(c.dep_ == "prep" and c.lower_ == "for" for c in tok.children):
        return None  # "we are still shooting for early June": aiming at
    needs = lex.needs_object.get(lemma)
    if needs is not None:
        near = [c for c in tok.children] + [g for c in tok.children if c.dep_ in {"prep", "dobj", "prt", "agent"} for g in c.children]
        if not any(c.lower_ in needs or c.lemma_.lower() in needs for c in near) and not _aimed(tok, lemma):
            if not (lemma == "claim" and tok.tag_ == "VBN" and tok.dep_ == "acl" and tok.head.lemma_.lower() in lex.nouns):
                return None
    subjects = lex.needs_subject.get(lemma)
    if subjects is not None and not any(c.dep_ in {"nsubj", "nsubjpass"} and _one_of(c, subjects) for c in tok.children) \
            and not any(_one_of(d, subjects) for d in agent_heads(tok)):
        return None  # "a bomb went off", "the convoy was struck by a missile"; not "the alarm went off"
    etype = EventType(lex.verbs[lemma])
    if etype is EventType.ACCUSATION and tok.tag_ == "VBN" and tok.dep_ in {"acl", "amod"}:
        return None  # "detainees linked to ISIS" describes them; nobody is accusing
    if etype is EventType.ACCUSATION and needs is not None:
        # linking or attributing is an accusation only when what is linked is an act of
        # violence ("link Ukraine to the attack"); "the inmates were linked to IS" is affiliation
        args = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass", "prep"}]
        reach = {t for a in args for t in a.subtree}
        if not any(t.lemma_.lower() in lex.nouns for t in reach):
            return None
    if lemma in lex.statement_only_when_reported and not _is_reported(tok):
        return None
    if etype in {EventType.ACCUSATION, EventType.THREAT} and not _concerns_violence(tok):
        return None  # "blamed Comey for her election loss", "threatened to close the plant"
    if etype is EventType.SECURITY_OPERATION and lemma in lex.captivity_needing_verbs and not _captivity_told(tok.doc):
        return None  # rescuers at a flood or a well, crews freeing a driver from a wreck
    if lemma in lex.freeing_verbs and not _frees_captives(tok):
        return None  # "released a statement", "the prisoners were released on bail"
    if lemma in lex.show_senses and any(c.dep_ in {"dobj", "ccomp", "xcomp", "nsubjpass", "advcl", "auxpass"} and c.tag_ != "IN"
                                        or c.dep_ == "agent" for c in tok.children):
        # "demonstrated leadership skills", "evidence to demonstrate that ...", "as demonstrated by
        # his later work": showing, not protesting (no one is demonstrated in a protest)
        return None
    if etype in {EventType.ARMED_ASSAULT} and lemma in lex.security_force_verbs:
        subj = [c for c in tok.children if c.dep_ == "nsubj"]
        if subj and _is_state_force(subj[0]) and not told_as_headline_passive(tok):
            etype = EventType.SECURITY_OPERATION  # not "Five soldiers killed in Kunar": they were killed
    if lemma in lex.describing_effect_verbs and tok.tag_ == "VBN" and tok.dep_ in {"amod", "acl"} \
            and not (tok.dep_ == "acl" and tok.head.dep_ == "ROOT"):
        # "the killed soldiers": a description, the event is told elsewhere; but a sentence with
        # no verb of its own ("Two soldiers injured in Quetta.") is a headline telling the event
        return None
    if etype is EventType.ARREST and _in_relative_description(tok):
        return None
    if lemma == "set" and not any(c.lower_ in lex.fire_words for c in tok.subtree):
        return None
    return etype, tok.i


def _one_of(word: Token, lemmas: tuple[str, ...]) -> bool:
    """Whether a word is one of the lemmas, with the modifier its noun needs to be an act ("an air
    strike hit the hospital", not "the plant was hit by a strike")."""
    lemma = word.lemma_.lower()
    needed = lexicon().events.noun_modifier_required.get(lemma)
    return lemma in lemmas and (needed is None or any(c.lower_ in needed or c.lemma_.lower() in needed for c in word.children))


def _aimed(verb: Token, lemma: str) -> bool:
    """A verb that needs what it fires told without it, aimed instead ("troops fired on the crowd",
    "fired into a bus"); not with an object of its other sense ("fired its chief executive on
    Monday", "he was fired on the spot") nor at a time ("fired on Monday")."""
    aimed = lexicon().events.aimed_prepositions.get(lemma, ())
    if not aimed or any(c.dep_ in {"dobj", "nsubjpass"} for c in verb.children):
        return False
    return any(c.dep_ == "prep" and c.lower_ in aimed
               and any(g.dep_ == "pobj" and g.ent_type_ not in {"DATE", "TIME"} for g in c.children)
               for c in verb.children)


def _frees_captives(verb: Token) -> bool:
    """'Senator Gomez was released today by his captors', 'two aid workers kidnapped last month
    were freed', 'the rebels released the hostages': whom the verb frees is people, and the release
    ends no arrest or sentence ('released on bail', 'the suspects were released')."""
    freed = freed_people(verb)
    return bool(freed) and all(_is_people(w) for w in freed) and not ends_custody(verb)


def _is_people(word: Token) -> bool:
    """A person or people: a name, a nationality, a noun for people or captives, or a pronoun that
    stands for them ("he was freed today" after "Montoya was kidnapped"; not "it")."""
    people = lexicon().people
    if word.ent_type_ in {"PERSON", "NORP"}:
        return True
    if word.pos_ == "PRON":
        if word.lower_ not in people.pronouns or "Neut" in word.morph.get("Gender"):
            return False
        meant = resolve_pronoun(word, undergoer=True)
        # "she was released, her employer said": a reported clause's pronoun read as its speaker
        # names the wrong person freed
        return meant is not None and meant.pos_ != "PRON" and meant.head.i != word.head.head.i and _is_people(meant)
    return any(w in person_nouns() or w in people.held_people for w in (word.lower_, word.lemma_.lower()))


def _only_animals(verb: Token) -> bool:
    """Whether what a killing or hurting verb acts on is animals and nothing else ("killed two
    elephants", but not "killed a cow and two farmers")."""
    undergoers = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    listed = [w for u in undergoers for w in (u, *u.conjuncts)]
    return bool(listed) and all(_is_animal(w) for w in listed)


def _done_by_a_mishap(verb: Token) -> bool:
    """Whether what a casualty verb tells was done by a cause that is nobody's act: its subject or
    agent is a disease or a disaster ("the virus has killed 40 people", "were injured by the
    storm"). A cause an act may lead to ("the blaze killed three" after an arson) is left to the
    act told with it."""
    mishaps = lexicon().events.mishaps
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    doers += agent_heads(verb)
    if doers and doers[0].tag_ in {"WDT", "WP"} and verb.dep_ == "relcl":
        doers[0] = verb.head  # "the epidemic, which has killed 40"
    return any(d.lemma_.lower() in mishaps.causes and d.lemma_.lower() not in mishaps.act_aftermaths for d in doers)


def tallies_a_history(anchor: Token) -> bool:
    """Whether a casualty word tells the tally of a history or a war, not the toll of one
    occurrence: a verb that sums up a history ("have killed many people", "more than 13,000 people
    have died since 1980", "a war which has killed thousands")."""
    return anchor.pos_ == "VERB" and _sums_up_a_history(anchor)


def told_before_a_court(token: Token) -> bool:
    """Whether a word of an act or a casualty is told as what a court tries or a sentence punishes
    ("sentenced to death", "convicted of manslaughter in the death of")."""
    return _before_a_court(token)


def _subject_lemma(verb: Token) -> str | None:
    """The lemma of a verb's subject; a relative pronoun stands for the noun its clause
    describes ("the crisis which had exploded")."""
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None:
        return None
    if subject.tag_ in {"WDT", "WP"} and verb.dep_ == "relcl":
        subject = verb.head
    return subject.lemma_.lower()


def _hostage_object(tok: Token) -> bool:
    words = set(lexicon().events.hostage_words)
    for c in tok.children:
        if c.lower_ in words:
            return True
        if c.dep_ in {"prep"} and c.lower_ == "as" and any(g.lower_ in words for g in c.children):
            return True
        if c.dep_ in {"dobj", "oprd", "xcomp", "npadvmod", "advmod", "ccomp", "attr"} and any(g.lower_ in words for g in c.subtree):
            return True
    return False


def _holds_people(tok: Token) -> bool:
    return any(c.dep_ == "dobj" and (c.lower_ in lexicon().actors.civilian_heads or c.lower_ in lexicon().people.held_people)
               for c in tok.children)


def _hostages_mentioned_before(tok: Token) -> bool:
    words = set(lexicon().events.hostage_words)
    return any(t.lower_ in words for t in tok.doc[: tok.i])


def _is_reported(tok: Token) -> bool:
    speech = lexicon().attribution.speech_verbs
    head = tok
    for _ in range(6):
        if head.lemma_.lower() in speech and head is not tok:
            return True
        if head.head is head:
            break
        head = head.head
    return False


def _ends_idiom(tok: Token, idioms: list[str]) -> bool:
    doc = tok.doc
    for idiom in idioms:
        words = idiom.split()
        if words and words[-1] != tok.lower_:
            continue  # the cheap test first: an idiom ends with this word
        start = tok.i - len(words) + 1
        if start >= 0 and [t.lower_ for t in doc[start:tok.i + 1]] == words:
            return True
    return False


def _common_noun_of_a_name(tok: Token) -> bool:
    """'joined a march': a noun that is also a month or a name (``name_sense_nouns``), used as
    the common noun, whatever the entity tagger calls it."""
    return tok.lemma_.lower() in lexicon().events.name_sense_nouns and used_as_common_noun(tok)


def _in_running_text(sent: Span) -> bool:
    """Whether a sentence is written in running mixed case, not all in capitals and not as a
    Title Case headline ("Bomb Kills Three in Kabul"): most of its content words are in small
    letters."""
    words = [t for t in sent if t.is_alpha and not t.is_stop]
    small = sum(1 for t in words if t.text.islower())
    return small > len(words) - small


def _named_after_a_person(tok: Token) -> bool:
    """A trigger noun that is a word of a name given after a person (a wrestling move, 'the
    "Peter Hansen Bomb"'): capitalised inside running mixed-case text, after a person's name. A
    place's name before it ('the Oklahoma City bombing') tells where an act was, and capitals are
    no sign of a name in an all-capitals or Title Case line."""
    if not tok.text[:1].isupper() or tok.text.isupper():
        return False
    if all(t.is_punct for t in tok.doc[tok.sent.start : tok.i]):
        return False  # '"Bombs fell all night"': a sentence's first word is capitalised anyway
    if not any(c.dep_ == "compound" and c.ent_type_ == "PERSON" and c.text[:1].isupper() for c in tok.children):
        return False
    return _in_running_text(tok.sent)


def _classify_noun(tok: Token) -> EventType | None:
    lex = lexicon().events
    text = tok.lower_
    lemma = tok.lemma_.lower()
    if text == "hostage-taking" or (lemma == "taking" and any(c.lower_ == "hostage" for c in tok.children)):
        return EventType.HOSTAGE_TAKING
    key = lemma if lemma in lex.nouns else text if text in lex.nouns else None
    if key is None:
        return None
    if _ends_idiom(tok, lex.idioms_not_events):
        return None  # "a state of siege", "a social time bomb": the words, not the act
    required = lex.noun_modifier_required.get(key)
    if required is not None and not any(c.lower_ in required or c.lemma_.lower() in required for c in tok.children if c.dep_ in {"amod", "compound", "nmod"}):
        return None
    if key == "bomb" and tok.head.lemma_.lower() in lex.detonation_verbs:
        return None  # "a bomb exploded": the verb is the trigger
    if key == "fire" and not any(c.lower_ == "arson" for c in tok.children):
        return None
    if any(c.dep_ in {"amod", "compound", "nmod"} and c.lemma_.lower() in lex.other_sense_modifiers.get(key, ()) for c in tok.children):
        return None  # "a campaign rally", "a search operation", "a nuclear bomb"
    other_objects = lex.other_sense_objects.get(key, ())
    if other_objects and any(c.dep_ == "prep" and any(g.dep_ == "pobj" and g.lemma_.lower() in other_objects for g in c.children)
                             for c in tok.children):
        return None  # "an attack on his character"
    if _equated(tok):
        return None  # "the law constitutes an attack on press freedom": the subject's act is what is told
    if key in lex.instrument_nouns and tok.dep_ == "dobj" and tok.head.lemma_.lower() in lex.capability_verbs:
        return None  # "producing a dirty bomb": a weapon sought, not an act
    if EventType(lex.nouns[key]) in attack_types() and (_by_animals(tok) or _names_no_one(tok) and _told_before_as(tok, _by_animals)):
        # "a killer bee attack", "a shark attack": animals, not people; and "an attack this bad"
        # said after it, naming nobody, is the same animals' attack
        return None
    if key in lex.verbal_attack_triggers and _attack_in_words(tok):
        return None  # "launched a vicious attack on Clinton, branding her a demon"
    if key in lex.cyber_sense_triggers and _tells_an_intrusion(tok.sent):
        return None  # "the servers were susceptible to attack", "claims of sabotage as hacked e-mails are released"
    etype = EventType(lex.nouns[key])
    if key in lex.name_sense_nouns and not _common_noun_of_a_name(tok) and (
            tok.ent_type_ in {"DATE", "ORG", "PERSON", "WORK_OF_ART", "FAC", "EVENT"} or tok.text[:1].isupper() and tok.i > tok.sent.start):
        return None  # the month, or the name of a charity walk ("March of Dimes")
    if _named_after_a_person(tok):
        return None  # 'the "Peter Hansen Bomb" ignited a winning streak': a wrestling move's name
    if key in lex.show_sense_nouns and any(c.dep_ in {"amod", "compound"} and c.tag_ == "VBG" for c in tok.children):
        return None  # "blacksmithing demonstrations", "a cooking demonstration": a show of a craft
    if key == "raid" and (_by_enforcers(tok) or _names_no_one(tok) and _told_before_as(tok, _by_enforcers)):
        return EventType.SECURITY_OPERATION  # "a police raid", "an immigration raid", and "the raid" told after it
    if etype is EventType.THREAT and not _concerns_violence(tok):
        return None  # "the threat of a strike by dockworkers"
    if etype is EventType.SECURITY_OPERATION and key == "rescue" and not _captivity_told(tok.doc):
        return None
    if key in lex.types_without_captives and not _captivity_told(tok.doc):
        return EventType(lex.types_without_captives[key])  # "after a grueling four-year siege": fighting, no hostages
    return etype


def _by_enforcers(noun: Token) -> bool:
    """An act noun whose modifier names the law's enforcers ("a police raid", "an immigration raid")."""
    enforcers = lexicon().events.enforcement_modifiers
    return any(c.dep_ in {"amod", "compound", "nmod"} and c.lower_ in enforcers for c in noun.children)


def _by_animals(noun: Token) -> bool:
    """An act noun whose modifier names animals ("a killer bee attack", "the shark's attack")."""
    animals = lexicon().events.mishaps.animals
    return any(c.dep_ in {"amod", "compound", "nmod", "poss"} and c.lemma_.lower() in animals for c in noun.children)


def _told_before_as(noun: Token, sense) -> bool:
    """Whether the article told the same act noun earlier with the modifier ``sense`` finds ("the
    raid" after "an immigration raid"); each sense's nouns are found once per document."""
    found = noun.doc.user_data.setdefault(_SENSED_NOUNS, {})
    if sense.__name__ not in found:
        found[sense.__name__] = [(t.i, t.lemma_.lower()) for t in noun.doc if t.pos_ == "NOUN" and sense(t)]
    lemma = noun.lemma_.lower()
    return any(i < noun.i and told == lemma for i, told in found[sense.__name__])


def _names_no_one(noun: Token) -> bool:
    """An act noun told without a doer, a target or a place of its own ("an attack this bad",
    "people under attack"): nothing in its phrase says who did it or to whom, nor is it what a
    subject carries out ("gunmen carried out a raid on a bank")."""
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in lexicon().actors.perpetrating_verbs:
        return False
    return not any(c.dep_ in {"prep", "poss", "compound", "nmod", "acl", "relcl"} for c in noun.children)


def _equated(noun: Token) -> bool:
    """A noun naming what its sentence's subject is taken to be ("constitutes an attack",
    "amounts to an attack", "tantamount to a declaration of war")."""
    verbs = lexicon().events.equating_verbs
    if noun.dep_ in {"dobj", "attr"}:
        return noun.head.lemma_.lower() in verbs
    if noun.dep_ == "pobj" and noun.head.lower_ == "to":
        return noun.head.head.lemma_.lower() in verbs
    return False


def _beside_violent_cue(verb: Token, cues: tuple[str, ...]) -> bool:
    """Whether a verb with an everyday non-violent sense ("hack") is told with what makes it
    violence: its blade, its outcome ("to death"), its victims as people or its doers as attackers."""
    perpetrators = lexicon().people.perpetrators
    near = [*verb.children, *(g for c in verb.children if c.dep_ in {"prep", "agent", "dobj", "nsubjpass"} for g in c.children)]
    return any(t.lemma_.lower() in cues or t.lower_ in cues or t.lower_ in perpetrators for t in near)


def _attack_in_words(word: Token) -> bool:
    """An attack told together with a speech act of its doer ("launched a vicious attack on
    Clinton, branding her a demon"; "has attacked her over the server, arguing ..."; "attacked
    Trump, saying ..."), or said to be in words ("verbally assaulted"): criticism."""
    lex = lexicon().events
    verb = word if word.pos_ in {"VERB", "AUX"} else word.head if word.dep_ == "dobj" else None
    if verb is None:
        return False
    if any(c.dep_ == "advmod" and c.lower_ in lex.verbal_attack_adverbs for c in verb.children):
        return True
    cues = set(lex.verbal_attack_cues)
    if any(c.dep_ == "dobj" and _names_a_person(c) for c in verb.children):
        cues |= set(lexicon().attribution.speech_verbs)  # armed attacks on a named person are rarely told with ", saying"
    return any(c.dep_ in {"advcl", "xcomp", "conj"} and c.lemma_.lower() in cues for c in verb.children)


def _tells_an_intrusion(sent: Span) -> bool:
    """A sentence about a computer intrusion ('hacked', 'servers', 'malware') that tells no
    casualty, names no perpetrator's noun and none of the words of armed conflict: an attack or
    sabotage in it is one on computers ('susceptible to attack'), not on people or buildings."""
    lex = lexicon().events
    cyber = set(lex.cyber_cues)
    if not any(t.lower_ in cyber for t in sent):
        return False
    violent = set(lex.conflict_cues) | set(lexicon().people.perpetrators)
    return not any(t.lower_ in violent or t.lemma_.lower() in lex.mishaps.casualty_verbs for t in sent)


def _names_a_person(word: Token) -> bool:
    """A person's name: tagged so, or the surname of a person the article names (the parse often
    tags a politician's bare surname ORG after tagging the full name PERSON)."""
    if word.ent_type_ == "PERSON":
        return True
    return word.pos_ == "PROPN" and any(e.label_ == "PERSON" and e[-1].text == word.text for e in word.doc.ents)


def _tells_an_attack(word: Token) -> bool:
    """Whether a word is a trigger of an attack type in the sense the trigger rules read it
    (not "a brush fire", "the storm", "sabotage the talks")."""
    if word.pos_ in {"NOUN", "PROPN"}:
        etype = _classify_noun(word)
    elif word.pos_ == "VERB":
        found = _classify_verb(word)
        etype = found[0] if found else None
        mishaps = lexicon().events.mishaps
        for arg in (c for c in word.children if c.dep_ in {"nsubj", "nsubjpass", "dobj"}):
            named = {arg.lemma_.lower(), *(c.lemma_.lower() for c in arg.children if c.dep_ in {"compound", "amod"})}
            if named & mishaps.animals or arg.dep_ == "nsubj" and arg.lemma_.lower() in mishaps.causes:
                return False  # "sewage kills fish stocks", "the virus killed 4,000 birds"
    else:
        return False
    return etype is not None and etype in attack_types()


def _concerns_violence(word: Token) -> bool:
    """An accusation or a threat is coded only when it is about violence or involves an armed
    actor ("blamed the rebels for the attack", "threatened to kill the hostages"); a politician
    blaming a rival for an election loss is neither."""
    lex = lexicon().events
    perpetrators = lexicon().people.perpetrators
    state_forces = lexicon().actors.state_force_heads
    for t in word.subtree:
        if t.i == word.i:
            continue
        lemma = t.lemma_.lower()
        if _tells_an_attack(t):
            return True  # but not "accused of trying to sabotage the peace talks", "the storm was blamed"
        if t.lower_ in perpetrators or lemma in state_forces or lemma in lex.hostage_words:
            return True
    start, end = word.left_edge.i, word.right_edge.i
    return any(start <= e.start and e.end <= end + 1 and normalise_group(e.text) for e in word.doc.ents)


def _violence_told_before(word: Token) -> bool:
    """Whether the article tells an act of violence up to the word's sentence: a claim or a denial
    of responsibility is about the act told before it ("Gunmen killed ... The Taliban claimed
    responsibility"); with none told, it is about something else ("accepted the role of host")."""
    responsibility = lexicon().events.responsibility_verbs
    return any(t.lemma_.lower() not in responsibility and _tells_an_attack(t) for t in word.doc[:word.sent.end])


def _captivity_told(doc) -> bool:
    """Whether someone was held: hostages, a kidnapping or a hijacking (its passengers and crew) told."""
    lex = lexicon().events
    holding = {EventType.KIDNAPPING.value, EventType.HIJACKING.value}
    return any(t.lower_ in lex.hostage_words or lex.verbs.get(t.lemma_.lower()) in holding for t in doc)


def is_off_topic(doc) -> bool:
    """A story from another domain (sport, markets) that borrows the words of violence: several
    distinct cue words of that domain and no armed group, weapon or casualty noun."""
    lex = lexicon().events
    words = {t.lower_ for t in doc}
    off = words & set(lex.off_topic_cues)
    violent = words & set(lex.conflict_cues) or any(t.ent_id_ for t in doc.ents)
    return len(off) >= 3 and not violent


def _headline_verb_read_as_noun(tok: Token) -> bool:
    """A headline's verb the parse took for a noun modifying the next ("Taliban attack police
    checkpoint in Helmand, 7 dead"): a verbless sentence, the word a verb of attack, right after
    its doer (a name, a group or a noun for attackers)."""
    lex = lexicon().events
    lemma = tok.lemma_.lower()
    if tok.tag_ != "NN" or lex.verbs.get(lemma) not in {t.value for t in attack_types()} or tok.i == tok.sent.start:
        return False
    if any(t.pos_ in {"VERB", "AUX"} for t in tok.sent):
        return False
    doer = tok.doc[tok.i - 1]
    return doer.pos_ == "PROPN" or doer.lower_ in lexicon().people.perpetrators


def find_triggers(sent: Span) -> list[Trigger]:
    """The event triggers of one sentence, in text order."""
    triggers: list[Trigger] = []
    taken: set[int] = set()
    for tok in sent:
        if tok.i in taken:
            continue
        found: tuple[EventType, int] | None = None
        mention = "specific"
        if tok.pos_ == "VERB" or (tok.pos_ == "AUX" and tok.lemma_ == "hold"):
            found = _classify_verb(tok)
            if found is not None and _sums_up_a_history(tok):
                continue
        elif tok.pos_ in {"NOUN", "PROPN"} and tok.dep_ != "compound" and (tok.ent_type_ not in {"DATE", "TIME"}
                                                                         or _common_noun_of_a_name(tok)):
            etype = _classify_noun(tok)
            if etype is not None:
                if _is_generic(tok):
                    continue
                mention = _mention(tok)
                found = (etype, tok.i)
        elif tok.dep_ == "compound" and _headline_verb_read_as_noun(tok):
            found = (EventType(lexicon().events.verbs[tok.lemma_.lower()]), tok.i)
        if found is None:
            continue
        etype, idx = found
        tried = _before_a_court(sent.doc[idx]) or (etype in attack_types() and reports_a_proceeding(sent.doc))
        if tried:
            mention = "background"
        taken.add(idx)
        triggers.append(Trigger(token=idx, end=idx + 1, type=etype, polarity=_polarity(sent.doc[idx]), mention=mention,
                                before_a_court=tried))
    triggers = _drop_effect_triggers(sent, triggers)
    triggers = _drop_instrument_triggers(sent, triggers)
    if triggers and (any(t.lower_ in lexicon().events.separate_incident_cues for t in sent) or _opens_with_another(sent)):
        # "In a separate incident, a roadside bomb struck ...", "In another terrorist action,
        # several men opened fire ...": whatever comes next is new
        first = triggers[0]
        triggers[0] = replace(first, mention="distinct")
    return triggers


def _opens_with_another(sent: Span) -> bool:
    """The sentence opens on 'In another action,' / 'In a second incident,': a phrase of the
    clause, before its verb, that names a new occurrence."""
    markers = lexicon().events.distinct_markers
    for tok in sent:
        if tok.dep_ == "prep" and tok.lower_ == "in" and tok.head.pos_ in {"VERB", "AUX"} and tok.i < tok.head.i:
            nouns = [c for c in tok.children if c.dep_ == "pobj"]
            if any(c.lower_ in markers for n in nouns for c in n.children if c.dep_ in {"det", "amod"}):
                return True
    return False


def _drop_instrument_triggers(sent: Span, triggers: list[Trigger]) -> list[Trigger]:
    """A weapon named beside the act it served is the act's instrument, not a second act: in "a
    roadside IED detonated under a convoy" and "the bombs began to explode" the detonation is the
    event. A weapon alone in its sentence ("Roadside IED kills general") still tells the act."""
    doc = sent.doc
    weapons = set(lexicon().events.instrument_nouns)
    instruments = [t for t in triggers if doc[t.token].lemma_.lower() in weapons or doc[t.token].lower_ in weapons]
    acts = [t for t in triggers if t not in instruments and t.type is not EventType.CLAIM
            and t.type in {i.type for i in instruments}]
    return [t for t in triggers if t not in instruments] if acts else triggers


def _drop_effect_triggers(sent: Span, triggers: list[Trigger]) -> list[Trigger]:
    """Killing and wounding verbs are events of their own only when nothing else in the sentence
    says what happened: in "were killed when special forces stormed the facility" the storming is
    the event and the killing its outcome."""
    doc = sent.doc
    effects = [t for t in triggers if doc[t.token].lemma_.lower() in lexicon().events.effect_verbs]
    others = [t for t in triggers if t not in effects and t.type not in {EventType.CLAIM, EventType.ACCUSATION, EventType.STATEMENT, EventType.THREAT}]
    if not others:
        if len(effects) > 1:
            return [t for t in triggers if t not in effects[1:]]  # "killed five and wounded 12": one event
        return triggers
    return [t for t in triggers if t not in effects]


def mishap_sentences(told: list[tuple[Span, list[Trigger], bool]]) -> list[bool]:
    """For each sentence (with its triggers and whether it names a weapon), whether its deaths and
    injuries come from an accident, a disaster, disease or animals ("killed in a fiery crash", "91
    people have died after contracting the virus", "160,000 birds killed") while nothing in it
    tells violence by people: no act beyond the casualty itself, no weapon, no attacker. In an
    article that tells such a mishap and no violence anywhere, every sentence's casualties are the
    mishap's ("the driver was taken to hospital", "no other injuries were reported")."""
    violent = [_tells_violence(sent, triggers, armed=armed) for sent, triggers, armed in told]
    if not any(violent):
        # nothing violent anywhere: a named mishap explains every casualty, and so does dying
        # told without a killer ("37 patients died while on the waiting list", "two bodies were found")
        # (the cheap test first: most articles tell no killing at all)
        mishap = not any(_tells_a_killing(sent) for sent, _, _ in told) or any(_names_a_mishap(sent) for sent, _, _ in told)
        return [mishap] * len(told)
    # beside violence, "the blaze" or "the explosion" is the act told before ("no one was hurt in
    # the blaze" after an arson); only a mishap told as new ("killed in a crash") is one
    return [not v and _names_a_mishap(sent, new_only=True) for (sent, _, _), v in zip(told, violent)]


def _tells_violence(sent: Span, triggers: list[Trigger], *, armed: bool) -> bool:
    """A weapon, an attacker, or an act of violence beyond a bare casualty verb ('killed', 'died')."""
    words = lexicon().events.mishaps
    perpetrators = lexicon().people.perpetrators
    if armed or any(t.lower_ in perpetrators for t in sent):
        return True
    phrases: list[str] | None = None  # the cause phrases the sentence holds, read once a trigger asks
    for trig in triggers:
        token = sent.doc[trig.token]
        if trig.type not in attack_types() or token.lemma_.lower() in words.casualty_verbs or token.lemma_.lower() in words.ambiguous_acts:
            continue
        if phrases is None:
            text = sent.text.lower()
            phrases = [p for p in words.cause_phrases if p in text]
        if any(token.lower_ in p.split() for p in phrases):
            continue  # "heart attack", "dog attack": the phrase names the cause
        if any(c.dep_ in {"nsubj", "agent"} and _is_animal(c) for c in token.children):
            continue  # "bees attacked a man"
        return True
    return False


def _tells_a_killing(sent: Span) -> bool:
    """Killing, wounding or hurting someone ('were killed', 'injured two'), which takes an agent;
    'died', 'dead' and 'bodies' do not."""
    agentive = lexicon().events.mishaps.casualty_verbs - {"die"}
    return any(t.lemma_.lower() in agentive for t in sent)


def _names_a_mishap(sent: Span, *, new_only: bool = False) -> bool:
    words = lexicon().events.mishaps
    text = sent.text.lower()
    if any(p in text for p in words.cause_phrases):
        return True
    for tok in sent:
        lemma = tok.lemma_.lower()
        if tok.pos_ in {"NOUN", "PROPN"} and (lemma in words.causes or tok.lower_ in words.causes):
            if new_only and (lemma in words.act_aftermaths or tok.lower_ in words.act_aftermaths) and any(
                    c.dep_ in {"det", "poss"} and c.lower_ in lexicon().events.anaphoric_determiners for c in tok.children):
                continue  # "no one was hurt in the blaze" after an arson; "the virus" is no act's
            return True
        if tok.pos_ == "VERB" and lemma in words.verbs:
            return True
        if lemma == "fire" and tok.pos_ == "NOUN" and _is_a_blaze(tok):
            return True
        herd = tok.head if tok.dep_ == "compound" else tok  # "fish stocks", "poultry flocks"
        if _is_animal(tok) and (herd.head.lemma_.lower() in words.casualty_verbs
                                or any(c.dep_ == "nummod" or c.lower_ == "dead" for c in herd.children)):
            return True  # "160,000 birds killed", "4,000 dead wild birds", "sewage kills fish stocks"
    return False


def _is_a_blaze(fire: Token) -> bool:
    """'a fire destroyed the roof', 'killed in a house fire', but not 'killed by police fire' or
    'fire from the hills': a fire that burns has no shooter."""
    if fire.dep_ not in {"nsubj", "nsubjpass", "pobj"} or any(c.dep_ == "prep" and c.lower_ == "from" for c in fire.children):
        return False
    blazes = lexicon().events.mishaps.fire_modifiers
    return not any(c.dep_ in {"compound", "amod", "poss", "nmod"} and c.lemma_.lower() not in blazes for c in fire.children)


def _is_animal(token: Token) -> bool:
    return token.pos_ == "NOUN" and token.lemma_.lower() in lexicon().events.mishaps.animals
