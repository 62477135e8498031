"""Counts of killed, injured, hostages, kidnapped, arrested and released people in a sentence, with
their qualifier ("at least 144") and vague quantities ("dozens") kept as the text said them.

A number becomes a count only when the parse ties it to a casualty word: a noun ("144 deaths"),
the verb it is subject or object of ("six detainees were shot dead", "killing 12"), or a toll
("the death toll rose to 145"). Other numbers (dates, ages, "detention center number 1") are not
counts. People told without a number are counted as a coder counts them: one per person named or
told by a singular noun, and one per name of a list that a plural of people stands for ("the
following policemen died in combat: Major A, Captain B and Agent C" is three).

A figure of the dead and the hurt together ("30 casualties", "killed or injured") gives a killed
and an injured count, each unknown and at most the figure; casualties told without a figure ("the
attack caused casualties among the troops") give the two unknown. A figure told of a set of attacks or of
a period ("across the attacks", "this year") is marked ``scope="roundup"``: it stays on its event
and is no incident's headline.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Span, Token

from ...model import Count, CountKind
from ...model import Span as TextSpan
from ...resources.words import lexicon
from ..syntax import in_other_sense, names_a_stretch_of_time, told_as_headline_passive

_DIGITS = re.compile(r"^\d{1,3}(,\d{3})+$|^\d+$")
# the qualifier of a killed or an injured count read from a figure of both ("30 casualties",
# "100 people were killed or injured"): the value is unknown, the figure at most ``high``
KILLED_OR_INJURED = "killed or injured"


def parse_number(text: str) -> int | None:
    """An integer from a number as written: '144', '1,200', 'six', 'twenty-one', 'a dozen'."""
    t = text.strip().lower().replace("\u2009", "")
    if _DIGITS.match(t):
        return int(t.replace(",", ""))
    if t in lexicon().counts.vague_numbers:
        return None
    try:
        from text_to_num import text2num

        return int(text2num(t.replace(" and ", " "), "en"))
    except (ValueError, ImportError):
        return None


@cache
def _vague_endings() -> frozenset[str]:
    """What a vague number ends with ('dozens', 'dozen' of 'a dozen'): every other word is read as
    none without building the phrase it ends."""
    return frozenset(key[i + 1:] for key in lexicon().counts.vague_numbers for i in range(-1, len(key)) if i < 0 or key[i] == " ")


def _vague_value(token: Token) -> tuple[int, str] | None:
    """'dozens of people', 'a dozen', 'hundreds' -> (lowest credible value, the word)."""
    if token.lower_ not in _vague_endings():
        return None
    lex = lexicon().counts
    vague = lex.vague_numbers
    prev = token.nbor(-1).lower_ if token.i > 0 else ""
    if f"{prev} {token.lower_}" in vague:
        return vague[f"{prev} {token.lower_}"], f"{prev} {token.lower_}"
    if token.lower_ in vague and token.lower_ not in lex.vague_only_in_phrases:
        return vague[token.lower_], token.lower_
    return None


def _qualifier(number: Token) -> tuple[str | None, int]:
    """The qualifier before a number ('at least', 'more than') and the index where it starts."""
    quals = lexicon().counts.qualifiers
    doc = number.doc
    for width in (3, 2, 1):
        start = number.i - width
        if start < number.sent.start:
            continue
        phrase = " ".join(t.lower_ for t in doc[start : number.i])
        if phrase in quals:
            return quals[phrase], start
    return None, number.i


def _kind_of_word(token: Token) -> CountKind | None:
    lex = lexicon().counts
    lemma = token.lemma_.lower()
    if token.pos_ == "NOUN" and _fatal(token) and (lemma in lex.violent_causes or lemma in lex.kind_nouns):
        return CountKind.KILLED  # "the fatal shooting of a teenager", "fatal injuries"
    if token.pos_ in {"NOUN", "ADJ", "PROPN"} and (lemma in lex.kind_nouns or token.lower_ in lex.kind_nouns):
        return CountKind(lex.kind_nouns.get(lemma) or lex.kind_nouns[token.lower_])
    if token.pos_ in {"VERB", "AUX"} or token.tag_.startswith("VB"):
        events = lexicon().events
        if lemma in events.hostage_verbs and any(
            t.lower_ in events.hostage_words for t in token.subtree if t.i > token.i
        ):
            return CountKind.HOSTAGES
        particle = _particle(token)
        if particle and f"{lemma} {particle}" in lex.kind_verbs:
            return CountKind(lex.kind_verbs[f"{lemma} {particle}"])  # "was gunned down"; "shot down" a plane is no casualty
        if lemma in lex.injuring_verbs:
            return _injuring_kind(token)
        if lemma not in lex.sentencing_verbs and any(
                c.dep_ == "prep" and c.lower_ == "to" and any(g.lower_ in lex.killing_complements for g in c.children)
                for c in token.children):
            return CountKind.KILLED  # "hacked to death", "beaten to death", "burned to death"
        suffered = [c for c in token.children if c.dep_ in {"dobj", "obj"} and c.lemma_.lower() in lex.suffered_injuries]
        if lemma in lex.suffering_verbs and suffered:
            # "three people suffered burns", "sustained injuries"; "suffered fatal wounds" died
            return CountKind.KILLED if any(_fatal(c) for c in suffered) else CountKind.INJURED
        if lemma in lex.hospital_verbs and _to_hospital(token):
            # "84 people have been taken to hospital"; "was rushed to the hospital, where he died"
            return CountKind.KILLED if _died_there(token) else CountKind.INJURED
        if lemma in lex.kind_verbs and not in_other_sense(token, events.other_sense_objects.get(lemma, ())):
            kind = CountKind(lex.kind_verbs[lemma])  # not "executed two search warrants"
            return None if kind is CountKind.RELEASED and ends_custody(token) else kind
    if token.pos_ == "ADJ" and lex.adjective_kinds.get(token.lower_):
        return CountKind(lex.adjective_kinds[token.lower_])
    return None


def _particle(verb: Token) -> str | None:
    """The particle of a phrasal verb ("gunned down", "shot down"), also where the parse reads it
    as an adverb right after the verb ("the guerrillas shot down 12 planes": 'down' advmod)."""
    particles = {phrase.split()[-1] for phrase in lexicon().counts.kind_verbs if " " in phrase}
    return next((c.lower_ for c in verb.children if c.dep_ == "prt"
                 or c.dep_ == "advmod" and c.i == verb.i + 1 and c.lower_ in particles), None)


def _fatal(noun: Token) -> bool:
    """'fatal wounds', 'the deadly shooting': a modifier that says the wound or the act killed."""
    return any(c.dep_ == "amod" and c.lower_ in lexicon().counts.fatal_modifiers for c in noun.children)


def freed_people(verb: Token) -> list[Token]:
    """Whom a verb frees, read off the parse: its passive subject ("Senator Gomez was released"),
    its object ("the rebels freed two aid workers"), the noun its participle describes ("the
    hostages freed on Sunday", "two women who were kidnapped and released"), with their conjuncts;
    a verb coordinated with one that has them shares them ("were kidnapped and later released")."""
    relatives = lexicon().people.relative_pronouns
    for clause in (verb, verb.head if verb.dep_ == "conj" and verb.head.pos_ in {"VERB", "AUX"} else None):
        if clause is None:
            break
        found = [c for c in clause.children if c.dep_ in {"nsubjpass", "dobj", "obj"}]
        if clause.tag_ == "VBN" and clause.dep_ in {"acl", "amod"} and clause.head.pos_ in {"NOUN", "PROPN", "PRON"}:
            found.append(clause.head)
        if clause.dep_ == "relcl" and any(c.lower_ in relatives for c in found):
            found = [clause.head]
        if found:
            return [w for f in found for w in (f, *f.conjuncts)]
    return []


def ends_custody(verb: Token) -> bool:
    """'released on bail', 'freed from prison', 'released without charge', 'the suspects were
    released', 'released 20 guerrillas in exchange for the mayor': a release that ends an arrest
    or a sentence, which frees no captive; those named by the violence they do are held by the law."""
    lex = lexicon().counts
    near = [*verb.children, *(g for c in verb.children if c.dep_ in {"prep", "agent", "advcl", "pcomp"} for g in c.children)]
    if any(t.lower_ in lex.custody_ends or t.lemma_.lower() in lex.custody_ends for t in near):
        return True
    held = {*lex.custody_people, *lexicon().people.perpetrators}
    return any(w.lower_ in held or w.lemma_.lower() in held for w in freed_people(verb))


def _injuring_kind(verb: Token) -> CountKind | None:
    """"Five people have been shot" are hurt: a coder counts them injured unless the text says
    they died ("shot dead", "shot to death", "fatally shot", "shot and killed"). "Shot down" a
    helicopter hurts no one."""
    lex = lexicon().counts
    if _particle(verb) is not None:
        return None
    words = [c for c in verb.children] + [g for c in verb.children if c.dep_ == "prep" for g in c.children]
    if verb.i + 1 < len(verb.doc):
        words.append(verb.nbor(1))  # "shot dead six detainees": the parse may hang "dead" on the victims
    if any(w.lower_ in lex.killing_complements and _fatal_part(w) is None for w in words):
        return CountKind.KILLED
    # "was shot and killed", and "shot and killed two officers", where the parse gives the shared
    # object to the last verb; "shot five people and killed two" tells two sets of people
    own_object = any(c.dep_ in {"dobj", "obj"} for c in verb.children)
    if any(c.dep_ == "conj" and c.pos_ == "VERB" and lex.kind_verbs.get(c.lemma_.lower()) == CountKind.KILLED.value
           and not any(a.dep_ in {"nsubj", "nsubjpass"} or a.dep_ in {"dobj", "obj"} and own_object for a in c.children)
           for c in verb.children):
        return CountKind.KILLED
    return CountKind.INJURED


def _fatal_adverb(number: Token) -> Token | None:
    """The adverb that says a part of the people hit died: 'two fatally', 'one of them fatally'
    after 'three passengers were shot'."""
    doc, lex = number.doc, lexicon().counts
    i = number.i + 1
    if i + 1 < len(doc) and doc[i].lower_ == "of" and doc[i + 1].lower_ in lex.partitive_pronouns:
        i += 2
    if i < len(doc) and doc[i].pos_ == "ADV" and doc[i].lower_ in lex.killing_complements:
        return doc[i]
    return None


def _fatal_part(adverb: Token) -> Token | None:
    """The number of the part whose death a killing adverb tells ('one of them fatally'), when it
    tells only a part's; None when it tells the act's ('fatally shot')."""
    doc = adverb.doc
    for back in (1, 3):
        number = doc[adverb.i - back] if adverb.i - back >= 0 else None
        if number is not None and number.like_num and parse_number(number.text) and (told := _fatal_adverb(number)) is not None \
                and told.i == adverb.i:
            return number
    return None


def _to_hospital(verb: Token) -> bool:
    """'taken to hospital', 'rushed to the hospital', 'treated in hospitals'."""
    hospital = lexicon().counts.hospital_words
    return any(g.lower_ in hospital for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj")


def _died_there(verb: Token) -> bool:
    """'was taken to the hospital where he died', 'where he passed away': the hospital's clause
    tells that the one taken there died."""
    kinds = lexicon().counts.kind_verbs
    for c in verb.children:
        if c.dep_ != "prep":
            continue
        # the clause may hang on the town after the hospital ("a hospital in Peshawar, where he died")
        for clause in (r for g in c.children for r in g.subtree if r.dep_ in {"relcl", "advcl"}):
            # "passed away": the parse may read the particle as an adverb after a line break
            particle = next((p.lower_ for p in clause.children if p.dep_ in {"prt", "advmod"}
                             and f"{clause.lemma_.lower()} {p.lower_}" in kinds), None)
            said = kinds.get(f"{clause.lemma_.lower()} {particle}") if particle else kinds.get(clause.lemma_.lower())
            if said == CountKind.KILLED.value and not any(a.dep_ in {"dobj", "obj"} for a in clause.children):
                return True
    return False


def _verb_kind(verb: Token) -> tuple[CountKind | None, Token]:
    """What a predicate does to its subject or object, and the verb that says it: the verb itself,
    or the casualty verb coordinated with it that shares its arguments ("was shot and killed",
    "attacked and killed a guard"). A coordinated verb with its own subject or object tells of
    other people ("stormed two villages and killed three")."""
    kind = _kind_of_word(verb)
    if kind is not None:
        return kind, verb
    for conj in verb.children:
        if conj.dep_ == "conj" and conj.pos_ == "VERB" and not any(
            c.dep_ in {"nsubj", "nsubjpass", "dobj", "obj"} for c in conj.children
        ) and (kind := _kind_of_word(conj)) is not None:
            return kind, conj
    # "the mayor was found dead", "left him seriously wounded": the state the verb's complement
    # gives its subject or object; not a copula's ("scores of people are dead or missing" sums up
    # years of violence more often than it tells an act)
    state = next((c for c in verb.children if c.dep_ in {"oprd", "acomp"} and _casualty_state(c) is not None), None)
    if state is not None and verb.pos_ == "VERB" and verb.lemma_ != "be":
        return _casualty_state(state), state
    return None, verb


def _kind_for(noun: Token) -> tuple[CountKind | None, Token]:
    """What a counted noun phrase counts, from the noun itself or the predicate it takes part in.
    Returns the kind and the token the decision came from (the anchor for attaching to events)."""
    kind = _kind_of_word(noun)
    if kind is CountKind.HOSTAGES and noun.dep_ in {"dobj", "obj", "nsubjpass"}:
        # "executed three hostages", "two hostages were killed": what befell them outranks what they were
        fate, said_by = _verb_kind(noun.head)
        if fate in {CountKind.KILLED, CountKind.INJURED}:
            return fate, said_by
    if kind is not None:
        return kind, noun
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and _kind_of_word(noun.head.head) in {CountKind.KILLED, CountKind.INJURED}:
        return _kind_of_word(noun.head.head), noun.head.head  # "the deaths of four soldiers"
    if noun.dep_ == "compound" and noun.head.pos_ in {"NOUN", "PROPN"}:
        # "held two guards hostage": the parse makes "guards" a compound of "hostage"
        kind = _kind_of_word(noun.head)
        if kind is not None:
            return kind, noun.head
        noun = noun.head
    # "19 insurgents killed, 55 detained", "2 members killed, 6 others wounded": in a headline list
    # each noun's own casualty participle says what befell it, whatever verb the parse made the root
    own = next((c for c in noun.children if c.dep_ in {"acl", "amod"} and c.i == noun.i + 1 and c.tag_ in {"VBN", "JJ"}
                and _kind_of_word(c) in {CountKind.KILLED, CountKind.INJURED}), None)
    if own is not None:
        return _kind_of_word(own), own
    # "a policeman and two civilians were killed": a later conjunct takes the first one's place
    first = noun
    while first.dep_ == "conj" and first.head.pos_ in {"NOUN", "PROPN", "NUM", "PRON"}:
        first = first.head
    if first.dep_ == "appos" and first.conjuncts and first.head.tag_ in {"NN", "NNP"}:
        first = first.head  # "the officer, his wife and their two children were killed": a list, not a renaming
    head = first.head
    if first.dep_ == "conj" and head.pos_ in {"VERB", "AUX"}:
        # "... were killed and four civilians wounded": the elided clause has its own participle
        own = next((c for c in first.children if c.dep_ in {"acl", "amod"} and _kind_of_word(c) is not None), None)
        if own is not None:
            return _kind_of_word(own), own
    # "six detainees were shot dead", "killing 12 people", "2 guards as hostages"
    if first.dep_ in {"nsubjpass", "dobj", "obj", "nsubj", "attr", "appos"} or first.dep_ == "conj":
        verb = head
        if first.dep_ == "nsubj":
            # "30 feared dead", "seven said killed": the participle after a reporting verb
            said = [c for c in verb.children if c.dep_ == "xcomp" and c.tag_ in {"VBN", "JJ"} and not any(a.dep_ == "aux" for a in c.children)]
            if said and (kind := _kind_of_word(said[0])) is not None:
                return kind, said[0]
        elided_passive = (verb.tag_ == "VBN" and verb.dep_ == "conj") or not any(c.dep_ in {"dobj", "obj"} for c in verb.children)
        if first.dep_ == "nsubj" and verb.lemma_ not in lexicon().events.undergoer_verbs and not elided_passive \
                and not suffered_by_subject(verb) and not _found_so(verb):
            # active subjects do things; they are counted only when they die or are hurt
            # ("seven wounded" after "five were killed and" is an elided passive, hence the VBN test)
            adj = [c for c in verb.children if c.dep_ in {"acomp", "oprd"}]
            kind = _kind_of_word(adj[0]) if adj else None
            return kind, verb
        kind, said_by = _verb_kind(verb)
        if kind is not None:
            return kind, said_by
        if first.dep_ in {"dobj", "obj"}:
            # "the blast left one officer dead": the object's state is the verb's complement
            state = next((c for c in verb.children if c.dep_ in {"oprd", "xcomp", "acomp"} and c.i > first.i
                          and _kind_of_word(c) in {CountKind.KILLED, CountKind.INJURED}), None)
            if state is not None:
                return _kind_of_word(state), state
    # "the dead included six children", "among the dead were four police officers"
    lex = lexicon().counts
    if noun.dep_ == "pobj" and head.lower_ in lex.casualty_list_words and head.head.lower_ in lex.casualty_words:
        return _kind_of_word(head.head), head.head
    if (listed := _listed_casualties(first)) is not None:
        return listed
    # participle after the noun: "12 people killed", "five wounded"; after the last of a list:
    # "Twelve rebels, two soldiers killed"
    for conjunct in (noun, *_list_members(noun)):
        for child in conjunct.children:
            if child.dep_ in {"acl", "amod", "relcl"} and (conjunct is noun or child.i > conjunct.i) and not _does_it(child):
                kind = _kind_of_word(child)
                if kind is not None:
                    return kind, child
    return None, noun


def _does_it(clause: Token) -> bool:
    """A relative clause whose pronoun does the act to someone else: "three gunmen who shot him"
    shot, they were not shot ("an Army captain who was killed", "two men who died", "a guard who
    suffered burns" are the casualties)."""
    return clause.dep_ == "relcl" and any(c.dep_ == "nsubj" for c in clause.children) \
        and any(c.dep_ in {"dobj", "obj"} for c in clause.children) and not suffered_by_subject(clause)


def _listed_casualties(member: Token) -> tuple[CountKind, Token] | None:
    """'The dead included six children', 'other fatalities included two Iraqis', 'those killed
    included a nurse', 'among the dead were four police officers': a list of people the clause
    puts among the dead or the hurt, with the word that says which."""
    lex = lexicon().counts
    verb = member.head
    if member.dep_ in {"dobj", "obj"} and verb.lemma_.lower() in lex.inclusion_verbs:
        whole = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if whole is None:
            return None
        said = whole if _casualty_state(whole) or _kind_of_word(whole) in {CountKind.KILLED, CountKind.INJURED} else next(
            (c for c in whole.children if c.dep_ in {"acl", "amod"} and _casualty_state(c)), None)
        if said is not None:
            return _casualty_state(said) or _kind_of_word(said), said
    if member.dep_ in {"nsubj", "attr"} and verb.lemma_ == "be":
        among = next((g for c in verb.children if c.dep_ == "prep" and c.lower_ in lex.casualty_list_words
                      for g in c.children if g.dep_ == "pobj" and _casualty_state(g)), None)
        if among is not None:
            return _casualty_state(among), among
    return None


def _is_number_of_casualties(token: Token) -> bool:
    """'the number of dead', 'the number of people killed'."""
    if token.lemma_ != "number":
        return False
    return any(
        _kind_of_word(g) in {CountKind.KILLED, CountKind.INJURED} or any(_kind_of_word(x) for x in g.children)
        for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
    )


def _compound_text(noun: Token) -> str:
    """'hostage-takers' as one word: spaCy splits it into hostage, -, takers."""
    start = noun.i
    doc = noun.doc
    while start > 0 and (doc[start - 1].dep_ == "compound" or doc[start - 1].tag_ == "HYPH") and doc[start - 1].head.i == noun.i and not doc[start - 1].like_num:
        start -= 1
    return doc[start : noun.i + 1].text


_STOP_DEPS = {"advcl", "relcl", "conj", "mark", "cc", "punct", "advmod", "npadvmod"}


def _who(number: Token, noun: Token) -> str:
    """Whom a count counts: the noun phrase after the number, with a short participle or
    prepositional modifier ("detainees linked to ISIS") but without clauses hanging off it."""
    doc = noun.doc
    end = noun.i
    for child in noun.rights:
        if child.dep_ == "acl" and any(c.dep_ in {"aux", "auxpass", "nsubj", "nsubjpass"} for c in child.children):
            break  # a clause of its own ("individuals have been arrested"), not a modifier
        if child.dep_ == "acl" and _kind_of_word(child) is not None:
            break  # "12 people killed in the blast": what happened to them, not who they are
        if child.dep_ == "acl" or (child.dep_ == "prep" and child.lower_ in lexicon().counts.who_prepositions):
            stack = [child]
            while stack:
                t = stack.pop()
                end = max(end, t.i)
                stack.extend(c for c in t.children if c.dep_ not in _STOP_DEPS and c.dep_ != "prep" or (c.dep_ == "prep" and t is child))
            break
    text = doc[number.i + 1 : end + 1].text
    return text.removeprefix("of ")


def _partitive_set(number: Token) -> str | None:
    """Whom a number standing for part of a set counts: the set's noun ('killed two of the
    assailants': assailants, whom the incident totals as perpetrators); None for a pronoun ('two of
    them'), whose people were told before, and for a part that describes a noun beside it ('Ramon
    Perez, the bank's president and one of the country's richest men, was killed': one man)."""
    if number.dep_ in {"conj", "appos", "attr"}:
        return None
    of = next((c for c in number.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    group = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
    if group is None or group.pos_ not in {"NOUN", "PROPN"}:
        return None
    return _compound_text(group)


def _is_partitive_unknown(noun: Token) -> bool:
    """'how many of the six hostage-takers': the six is the set, not the number killed."""
    head = noun.head
    return noun.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in lexicon().counts.partitive_quantifiers


def _kind_words(anchor: Token) -> tuple[int, int]:
    """The token range a count's kind was read from: its casualty word, with the fatal modifier
    that made a wound or an act a death ('the fatal shooting', 'suffered fatal wounds': the death
    is told by 'fatal' as much as by the noun or verb it qualifies)."""
    lex = lexicon().counts
    nouns = [anchor]
    if anchor.lemma_.lower() in lex.suffering_verbs:
        nouns += [c for c in anchor.children if c.dep_ in {"dobj", "obj"} and c.lemma_.lower() in lex.suffered_injuries]
    told = [anchor]
    for noun in nouns:
        fatal = [c for c in noun.children if c.dep_ == "amod" and c.lower_ in lex.fatal_modifiers]
        if fatal:
            told += [noun, *fatal]
    return min(t.i for t in told), max(t.i for t in told) + 1


def _count_span(start: int, end: int, doc) -> TextSpan:
    span = doc[start:end]
    return TextSpan(start=span.start_char, end=span.end_char, text=span.text)


@dataclass(frozen=True)
class CountMention:
    """A count and the token its kind was read from (the casualty verb or noun): the extraction
    stage attaches the count to the event nearest that token."""

    count: Count
    anchor: int


def find_counts(sent: Span) -> list[Count]:
    """Every casualty, hostage and arrest count in one sentence."""
    return [m.count for m in find_count_mentions(sent)]


@cache
def _count_words() -> frozenset[str]:
    """Every word some count rule starts from (a casualty noun, verb or adjective, a hostage or
    hospital word, a doer named by the violence they do, a toll): a sentence with none of them
    holds no count, which spares most sentences of most news the rules below."""
    lex, c = lexicon(), lexicon().counts
    sections = (c.kind_nouns, c.kind_verbs, c.adjective_kinds, c.casualty_words, c.casualty_nouns, c.no_casualty_nouns,
                c.unhurt_words, c.injuring_verbs, c.suffering_verbs, c.hospital_verbs, c.violent_causes,
                c.killing_complements, c.injury_toll_words, c.self_destruction_verbs,
                lex.events.hostage_verbs, lex.events.hostage_words, lex.people.perpetrators)
    # a phrasal verb ("gun down") starts from its verb
    return frozenset({"toll", *(w.split()[0] for section in sections for w in section)})


def find_count_mentions(sent: Span) -> list[CountMention]:
    words = _count_words()
    if not any(tok.lower_ in words or tok.lemma_.lower() in words for tok in sent):
        return []
    lex = lexicon().counts
    doc = sent.doc
    counts: list[CountMention] = []
    used: set[int] = set()
    perp_nouns = lexicon().people.perpetrators

    for tok in sent:
        if tok.i in used:
            continue
        value: int | None = None
        vague: str | None = None
        # "rose to at least six Friday": the parse hangs the number on the day and may take it into
        # the date's entity, but no date is a number before a weekday's name
        before_a_day = tok.dep_ == "nummod" and tok.head.lower_ in lexicon().dates.weekdays
        if tok.like_num and tok.pos_ in {"NUM", "ADJ", "NOUN", "PROPN", "DET"} and (
                before_a_day or tok.ent_type_ not in {"DATE", "TIME", "MONEY", "PERCENT", "ORDINAL", "QUANTITY"}):
            value = parse_number(tok.text)
            if value is None:
                continue
            # compound numbers: "twenty one", "1 200"
            if tok.i + 1 < sent.end and doc[tok.i + 1].like_num and doc[tok.i + 1].dep_ == "compound":
                continue
            # "twenty-one", which the tokenizer splits in three: read at its last word
            if tok.i + 2 < sent.end and doc[tok.i + 1].tag_ == "HYPH" and doc[tok.i + 2].like_num:
                continue
            if tok.i - 2 >= sent.start and doc[tok.i - 1].tag_ == "HYPH" and doc[tok.i - 2].like_num:
                value = parse_number(f"{doc[tok.i - 2].text}-{tok.text}") or value
        elif (v := _vague_value(tok)) is not None:
            value, vague = v
        elif tok.lower_ in lex.definite_quantities and tok.dep_ in {"det", "predet"} and tok.head.tag_ == "NNS":
            value = lex.definite_quantities[tok.lower_]  # "both guards were wounded": two
        else:
            continue
        if _fatal_adverb(tok) is not None:
            continue  # "one of them fatally": the dead among the figure before it (_fatal_parts)
        if tok.i > sent.start and doc[tok.i - 1].lower_ in lex.numbering_words:
            # "detention center number 1" names a thing; "no one" is a zero count, read below
            continue
        # the noun that the number counts
        if before_a_day or tok.head.ent_type_ in {"DATE", "TIME"} and tok.ent_type_ != tok.head.ent_type_:
            noun = tok  # "rose to at least six Friday": the parse hangs the number on the day
        elif tok.dep_ == "nummod" or (tok.dep_ in {"amod", "quantmod"} and tok.head.pos_ in {"NOUN", "PROPN"}) \
                or tok.lower_ in lex.definite_quantities:
            noun = tok.head
        elif vague and tok.dep_ != "nummod":
            of = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"]
            noun = next((g for g in of[0].children if g.dep_ == "pobj"), tok) if of else tok
        else:
            noun = tok  # "killing 12", "the death toll rose to 145"
        qualifier, qstart = _qualifier(tok)
        if vague and qualifier is None:
            qualifier = vague
        if noun.lemma_.lower() in lex.suffered_injuries and noun.lemma_.lower() not in lex.kind_nouns:
            continue  # "received three bullet wounds": a number of wounds, not of people
        kind, anchor = _kind_for(noun)
        if kind is not None and _listed_casualties(noun) is not None:
            # "the dead included six children", "two officers are among the wounded": a part of the
            # toll, whose whole the clause leaves unknown; as a figure it would undercut the toll's
            value, qualifier, vague = None, "unknown", None
        nxt = doc[tok.i + 1] if tok.i + 1 < sent.end else None
        if nxt is not None and nxt.lower_ in lex.casualty_words and nxt.head.i != noun.i and noun is not nxt:
            # "Four dead, 15 wounded": headline grammar the parser hangs on the wrong word
            noun, (kind, anchor) = tok, (_kind_of_word(nxt), nxt)
        if kind is None and noun is not tok and vague:
            kind, anchor = _kind_for(tok)  # "wounded dozens of others": the verb governs "dozens"
        # "the death toll rose to 145", "a toll of 30"; "rose to six Friday" holds the number in the day's slot
        slot = tok.head if noun is tok and tok.dep_ == "nummod" else tok
        if kind is None and noun is tok and slot.dep_ == "pobj" and slot.head.lower_ in lex.toll_prepositions:
            toll = slot.head.head
            carrier = toll if toll.lemma_ == "toll" else next((c for c in toll.children if c.lemma_ == "toll"), None)
            if carrier is None and toll.lemma_ in lex.toll_verbs:
                carrier = next((t for t in sent if t.lemma_ == "toll" or _is_number_of_casualties(t)), None)
            if carrier is not None:
                kind = CountKind.INJURED if any(t.lower_ in lex.injury_toll_words for t in carrier.subtree) else CountKind.KILLED
                anchor = carrier
        partitive = _is_partitive_unknown(noun)
        if kind is None and partitive:
            kind, anchor = _kind_for(noun.head.head)
        noun_text = _compound_text(noun)
        casualties = kind is None and noun.lower_ in lex.casualty_nouns
        if casualties:
            anchor = noun
        elif kind is None:
            if noun_text.lower() in perp_nouns or noun.lemma_.lower() in perp_nouns:
                kind, anchor = CountKind.PERPETRATORS, noun
            else:
                continue
        used.add(tok.i)
        who = _who(tok, noun) if noun is not tok else _partitive_set(tok)
        if casualties or _killed_and_injured(anchor):
            # "30 casualties", "100 people were killed or injured": dead and hurt together, the split
            # unknown; each is at most the figure when the figure is not a lower bound
            span = _count_span(qstart, max(tok.i, noun.i if noun.i - tok.i <= 6 else tok.i) + 1, doc)
            high = value if qualifier is None or qualifier in lex.upper_bound_qualifiers else None
            if casualties:
                who = _casualties_of(tok, noun)
            counts.extend(CountMention(Count(kind=k, value=None, high=high, qualifier=KILLED_OR_INJURED, who=who, span=span), anchor.i)
                          for k in (CountKind.KILLED, CountKind.INJURED))
            continue
        if partitive:
            # the set the unknown number is drawn from is a count of its own ("the six hostage-takers")
            if noun_text.lower() in perp_nouns:
                counts.append(CountMention(Count(kind=CountKind.PERPETRATORS, value=value, who=noun_text, span=_count_span(tok.i, noun.i + 1, doc)), noun.i))
            counts.append(CountMention(Count(kind=kind, value=None, qualifier="unknown", who=noun_text, span=_count_span(noun.head.head.i, noun.i + 1, doc)), anchor.i))
            continue
        counts.append(CountMention(
            Count(
                kind=kind,
                value=value,
                low=value if qualifier in lex.lower_bound_qualifiers else None,
                high=value if qualifier in lex.upper_bound_qualifiers else None,
                qualifier=qualifier,
                who=who,
                span=_count_span(qstart, max(tok.i, noun.i if noun.i - tok.i <= 6 else tok.i) + 1, doc),
            ), anchor.i)
        )

    counts = _conjunct_totals(sent, counts)
    counts.extend(_zero_counts(sent))
    counts.extend(_unhurt(sent))
    counts.extend(m for m in _unknown_counts(sent) if (m.count.kind, m.anchor) not in {(c.count.kind, c.anchor) for c in counts})
    anchors = {c.anchor for c in counts}
    counts.extend(m for m in _uncounted_casualties(sent) if m.anchor not in anchors)
    # one victim beside a larger figure of the same kind is part of it ("the toll has risen to 145
    # after a woman wounded in the attack died"); a perpetrator is never among the victims ("three
    # soldiers were killed, and the assailant also died")
    larger = {c.count.kind for c in counts if (c.count.value or 0) > 1}
    counts.extend(m for m in _singular_victims(sent) if m.anchor not in {c.anchor for c in counts}
                  and (m.count.kind not in larger or (m.count.who or "").lower() in perp_nouns))
    counts.extend(_counted_besides(sent))
    counts.extend(_killed_themselves(sent))
    counts.extend(m for m in _one_dead_named(sent) if (m.count.kind, m.anchor) not in {(c.count.kind, c.anchor) for c in counts}
                  and m.count.kind not in larger)
    counts.extend(m for m in _uncounted_plurals(sent) if (m.count.kind, m.anchor) not in {(c.count.kind, c.anchor) for c in counts})
    counts.extend(m for m in _one_listed(sent) if (m.count.kind, m.anchor) not in {(c.count.kind, c.anchor) for c in counts})
    counts.extend(m for m in _described_casualties(sent) if m.anchor not in {c.anchor for c in counts}
                  and (m.count.value is None or m.count.kind not in larger))
    counts = _parts_of_a_toll(sent, counts)
    counts = _fatal_parts(sent, counts)
    counts = _died_among_the_hurt(sent, counts)
    counts = _later_deaths(sent, counts)
    return [CountMention(m.count.model_copy(update={"word": m.count.word or _count_span(*_kind_words(doc[m.anchor]), doc)}
                                            | ({"scope": "roundup"} if _told_of_a_set(doc[m.anchor]) else {})
                                            | ({"additional": True} if _told_as_more(m.count, doc[m.anchor]) else {})), m.anchor)
            for m in counts]


def _told_as_more(count: Count, anchor: Token) -> bool:
    """'Three civilians were also killed', 'the attackers also wounded two passers-by': a figure of
    the dead or the hurt whose verb says they died or were hurt besides those told before."""
    if count.kind not in {CountKind.KILLED, CountKind.INJURED} or not count.value or count.later_death:
        return False
    if anchor.dep_ == "conj" and _verb_kind(anchor.head)[0] is not count.kind:
        return False  # "the bomb destroyed a bus and also killed five people": more than the damage
    return any(c.dep_ == "advmod" and c.lower_ in lexicon().counts.additional_adverbs for c in anchor.children)


def _casualties_of(number: Token, noun: Token) -> str | None:
    """Whom "casualties" counts: the words between the number and the noun ("three army
    casualties": army) or the group they were inflicted on ("15 casualties on the battalion");
    "30 casualties" alone says how many were hit, not who."""
    doc = noun.doc
    if noun.i - number.i > 1:
        return doc[number.i + 1 : noun.i].text
    return _casualty_group(noun)


def _casualty_group(noun: Token) -> str | None:
    """The group casualties were inflicted on ('casualties among the troops': troops)."""
    doc = noun.doc
    on = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in lexicon().counts.casualty_group_prepositions), None)
    group = next((g for g in on.children if g.dep_ == "pobj"), None) if on is not None else None
    if group is None:
        return None
    start = next((t.i for t in group.subtree if t.dep_ != "det"), group.i)
    return doc[start : group.i + 1].text


def _killed_and_injured(anchor: Token) -> bool:
    """'were killed or injured', 'killed and wounded 20 people': one figure for the dead and the
    hurt together, the verbs sharing their arguments."""
    kinds = {_kind_of_word(v) for v in _sharing_verbs(anchor)}
    return {CountKind.KILLED, CountKind.INJURED} <= kinds


def _sharing_verbs(verb: Token) -> list[Token]:
    """A verb and the verbs coordinated with it that share its arguments: in "were killed or
    injured across the attacks" and "killed and wounded 20 people" the two verbs tell one act."""
    if verb.pos_ not in {"VERB", "AUX"}:
        return [verb]
    own = {"nsubj", "nsubjpass", "dobj", "obj"}
    shared = [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" and not any(a.dep_ in own for a in c.children)]
    if verb.dep_ == "conj" and verb.head.pos_ == "VERB" and not any(a.dep_ in {"dobj", "obj"} for a in verb.head.children) \
            and not any(a.dep_ in own for a in verb.children if a.dep_ != "dobj"):
        shared.append(verb.head)
    return [verb, *shared]


def _told_of_a_set(anchor: Token) -> bool:
    """A figure told of a set of attacks or of a period, not of one incident: "killed across the
    attacks", "in three attacks", "in separate attacks", "in a series of attacks", "in the conflict",
    "since January", "this year". "Since then" and "since the attack" tell what followed the act
    just told, no period. Read on the casualty word and, for a noun, the word it hangs on."""
    lex = lexicon().counts
    carriers = _sharing_verbs(anchor) if anchor.pos_ in {"VERB", "AUX"} else [anchor, anchor.head]
    if anchor.pos_ in {"VERB", "AUX"}:
        # "14 people were killed and 30 were injured in the attacks": the phrase closing the last
        # clause tells of the clauses before it too; "since ..., 2,000 have died and hundreds have
        # been wounded": the one opening the first, of the clauses after it
        carriers += [c for c in anchor.children if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"} and c not in carriers]
        if anchor.dep_ == "conj" and anchor.head.pos_ in {"VERB", "AUX"} and anchor.head not in carriers:
            carriers.append(anchor.head)
    elif (verb := next((a for a in anchor.ancestors if a.pos_ in {"VERB", "AUX"}), None)) is not None and verb not in carriers:
        carriers.append(verb)  # "has so far left some 1,000 dead": the clause's verb carries the period
    for carrier in carriers:
        for child in carrier.children:
            if child.dep_ == "prep" and child.lower_ in lex.roundup_openers and any(
                    g.dep_ == "pobj" and (g.ent_type_ == "DATE" or g.lemma_.lower() in {*lex.roundup_starts, *lex.roundup_collections})
                    for g in child.children):
                # "since January", "since the beginning of the offensive"; "since then" and "since
                # the attack" follow the act just told
                return True
            if child.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in lex.roundup_openers for m in child.children) \
                    and any(t.ent_type_ == "DATE" for t in child.subtree):
                return True  # "since the rebels launched their offensive in March"
            if names_a_stretch_of_time(child):
                return True  # "killed over the past decade"
            if child.dep_ in {"advmod", "prep"} and " ".join(t.lower_ for t in child.subtree) in lex.roundup_adverbs:
                return True  # "has so far left 1,000 dead", "killed to date"
            if child.dep_ == "npadvmod" and child.lemma_.lower() in lex.roundup_periods and any(
                    d.lower_ in lex.roundup_period_determiners for d in child.children):
                return True  # "this year", "so far this month"
            if child.dep_ != "prep" or child.lower_ not in {*lex.roundup_across, *lex.roundup_prepositions}:
                continue
            for told in (g for g in child.children if g.dep_ == "pobj"):
                if told.lemma_.lower() in lex.roundup_collections:
                    return True
                if told.lemma_.lower() not in lex.roundup_event_nouns or told.tag_ != "NNS":
                    continue
                if child.lower_ in lex.roundup_across:
                    return True
                # "in three attacks", "in separate attacks", and "in the attacks" told bare, the attacks
                # a summary has just listed; "in the attacks on the market" names its own target
                bare = not any(n.dep_ in {"prep", "acl", "relcl", "amod", "compound"} for n in told.children)
                if any(n.dep_ == "nummod" and (parse_number(n.text) or 0) >= 2 or n.lower_ in lex.roundup_adjectives
                       or bare and n.dep_ == "det" and n.lower_ in lex.roundup_determiners for n in told.children):
                    return True
    return False


def _one_person(token: Token) -> bool:
    """'a policeman', 'one soldier', 'the mayor', 'his wife', 'the village headman': a singular
    person noun, named, listed, or an English compound of 'man', 'woman' or 'person'."""
    if token.tag_ not in {"NN", "NNP"} or any(c.dep_ == "nummod" for c in token.children):
        return False
    if token.tag_ == "NN" and token.lower_.endswith(lexicon().counts.person_endings):
        return True
    return token.ent_type_ == "PERSON" or token.lower_ in person_nouns() or _titled_name(token)


def _titled_name(token: Token) -> bool:
    """'Judge Valencia Garcia', 'Senator Gomez': a name after a title for one person, which the
    entity recogniser may miss (or read as a place) in truecased wire copy."""
    if token.tag_ != "NNP" or token.ent_type_ not in {"", "PERSON", "GPE"}:
        return False
    first = token.left_edge
    return first.i < token.i and first.dep_ == "compound" and first.lower_ in _title_words() \
        and all(t.tag_ == "NNP" and t.dep_ == "compound" for t in token.doc[first.i:token.i])


@cache
def _title_words() -> frozenset[str]:
    """Words that stand before a person's name: titles, and the general nouns for one person ("Judge")."""
    return frozenset(lexicon().actors.person_titles | lexicon().actors.name_titles | lexicon().counts.singular_people)


def _list_members(noun: Token) -> list[Token]:
    """The other nouns of a list the noun heads: its conjuncts, and numbered appositions, which is
    how the parse reads a headline's comma list ("leaves 18 soldiers, 5 militants dead")."""
    return [*noun.conjuncts, *(c for c in noun.children if c.dep_ == "appos" and any(g.dep_ == "nummod" for g in c.children))]


def _conjunct_totals(sent: Span, counts: list[CountMention]) -> list[CountMention]:
    """'A policeman and two civilians were killed' is one figure of three: counts of one kind
    whose nouns are coordinated under one verb are added up, and the parts give way to the total.
    A conjunct whose size is unknown ("two soldiers and several civilians" aside, which are
    counted) leaves the parts as they are."""
    doc = sent.doc
    by_noun: dict[int, CountMention] = {}
    for m in counts:
        if m.count.value is not None and m.count.span is not None:
            noun = _counted_noun(doc, m)
            if noun is not None:
                by_noun[noun] = m
    if not by_noun:
        return list(counts)  # no figure to add up (most sentences): the lists below need not be read
    replaced: set[int] = set()
    totals: list[CountMention] = []
    for tok in sent:
        if tok.dep_ in {"conj", "appos"} or tok.pos_ not in {"NOUN", "PROPN", "NUM"}:
            continue
        if tok.dep_ in {"nsubj", "nsubjpass"} and any(c.dep_ == tok.dep_ and c.i < tok.i for c in tok.head.children):
            continue  # a later part of a list the verb's first subject opens (_split_subjects)
        members = list({t.i: t for t in (tok, *_list_members(tok), *_split_subjects(tok), *_split_objects(tok),
                                           *(_listed_after_comma(tok) if tok.tag_ in {"NN", "NNP"} else ()))}.values())
        parts = [by_noun.get(t.i) for t in members]
        mentions = [m for m in parts if m is not None]
        if not mentions or len({(m.count.kind, m.anchor) for m in mentions}) != 1:
            continue
        if any(m is None and not _one_person(t) for t, m in zip(members, parts)):
            continue
        if len(members) < 2:
            continue
        first = mentions[0]
        value = sum(m.count.value if m is not None else 1 for m in parts)
        start, end = min(t.left_edge.i for t in members), max(t.i for t in members) + 1
        qualifier = next((m.count.qualifier for m in mentions if m.count.qualifier), None)
        totals.append(CountMention(Count(
            kind=first.count.kind, value=value, qualifier=qualifier,
            low=value if qualifier in lexicon().counts.lower_bound_qualifiers else None,
            who=doc[start:end].text, span=_count_span(start, end, doc)), first.anchor))
        replaced.update(id(m) for m in mentions)
    return [m for m in counts if id(m) not in replaced] + totals


def _split_subjects(subject: Token) -> list[Token]:
    """'Siraj Khan, a candidate, and 148 other people were killed': after an apposition the parse
    may give the verb a second subject rather than a conjunct. One verb has one subject, so the
    later ones are the rest of a list the first one opens."""
    if subject.dep_ not in {"nsubj", "nsubjpass"}:
        return []
    return [m for c in subject.head.children if c.dep_ == subject.dep_ and c.i > subject.i for m in (c, *c.conjuncts)]


def _split_objects(obj: Token) -> list[Token]:
    """'killed the mayor of Tlalixcoyan, Veracruz, Mexico, and two of his bodyguards': after a list of
    places in the object the parse may join the rest of the object's list to the verb, as a
    conjunct that is no verb."""
    if obj.dep_ != "dobj":
        return []
    return [c for c in obj.head.children if c.dep_ == "conj" and c.i > obj.i and c.pos_ in {"NUM", "NOUN", "PROPN"}]


def _counted_noun(doc, mention: CountMention) -> int | None:
    """The noun a count mention counts: the last noun of its span."""
    span = doc.char_span(mention.count.span.start, mention.count.span.end, alignment_mode="expand")
    if span is None:
        return None
    nouns = [t for t in span if t.pos_ in {"NOUN", "PROPN"}]
    return nouns[-1].i if nouns else (span[-1].i if span[-1].like_num else None)


@cache
def person_nouns() -> frozenset[str]:
    """The lexicon's nouns for people: civilians, perpetrators, state forces, titles and the
    singular nouns for one person (built once: read for every token a count weighs)."""
    lex = lexicon().actors
    return (frozenset(lex.civilian_heads) | lexicon().people.perpetrator_heads | lex.state_force_heads
            | lex.person_titles | frozenset(lexicon().counts.singular_people))


def _unknown_counts(sent: Span) -> list[CountMention]:
    """'It remains unclear how many of the hostage-takers were killed', 'an unknown number of
    people were wounded': the text says a count exists and that nobody knows it (value None)."""
    doc = sent.doc
    unknown = lexicon().counts.unknown_number_adjectives
    out: list[CountMention] = []
    for tok in sent:
        if tok.lower_ == "many" and tok.i > 0 and doc[tok.i - 1].lower_ == "how" or tok.lower_ == "number" and any(c.dep_ == "amod" and c.lower_ in unknown for c in tok.children):
            marker = tok
        else:
            continue
        of = next((c for c in marker.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        noun = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
        if noun is None:
            noun = marker.head if marker.dep_ == "amod" else marker
        kind, anchor = _kind_for(noun)
        if kind is None and noun is not marker:
            kind, anchor = _kind_for(marker)
        if kind is None:
            continue
        who = _compound_text(noun) if noun is not marker else None
        out.append(CountMention(Count(kind=kind, value=None, qualifier="unknown", who=who,
                                      span=_count_span(marker.i - (marker.lower_ == "many"), noun.i + 1 if noun.i > marker.i else marker.i + 1, doc)),
                                anchor.i))
    return out


def _uncounted_casualties(sent: Span) -> list[CountMention]:
    """'The attack caused casualties among the soldiers', 'the rebels suffered heavy casualties':
    people died or were hurt, how many and which of the two the text leaves unknown (a killed and
    an injured count of unknown value, like '30 casualties'). Only casualties a clause tells as
    fact: not 'whether there were casualties', 'to avoid casualties', 'could cause casualties',
    nor a zero ('no casualties', counted by _zero_counts), nor casualties told before ('these
    casualties', 'the casualties')."""
    lex, events = lexicon().counts, lexicon().events
    told_otherwise = {*lex.zero_cues, *lex.vague_numbers, *lex.definite_quantities,
                      *events.generic_determiners, *events.anaphoric_determiners}
    out: list[CountMention] = []
    if sent.text.rstrip().endswith("?"):
        return out  # "did the army suffer casualties?" asks
    for noun in sent:
        if noun.lower_ not in lex.casualty_nouns or noun.tag_ != "NNS" or noun.dep_ not in {"dobj", "nsubj", "nsubjpass", "attr"}:
            continue
        if any(t.like_num or t.lower_ in told_otherwise for t in noun.subtree if t.i < noun.i):
            continue  # counted by its number, its quantity or its zero; or told before
        verb = noun.head
        if verb.pos_ not in {"VERB", "AUX"} or _negated(verb) or verb.dep_ == "pcomp" or any(
                c.dep_ == "mark" or c.tag_ in {"MD", "TO"} for c in verb.children):
            continue
        span = _count_span(noun.left_edge.i, noun.i + 1, sent.doc)
        out.extend(CountMention(Count(kind=k, value=None, qualifier=KILLED_OR_INJURED, who=_casualty_group(noun), span=span), noun.i)
                   for k in (CountKind.KILLED, CountKind.INJURED))
    return out


def _violent_cause(verb: Token, subject: Token) -> bool:
    lex = lexicon().counts
    return any(t.lemma_.lower() in lex.violent_causes and not _nonviolent_kind(t)
               for t in verb.subtree if t.i not in range(subject.left_edge.i, subject.i + 1))


def _nonviolent_kind(cause: Token) -> bool:
    """'a heart attack': a violent word whose modifier names an illness."""
    return any(c.dep_ in {"compound", "amod"} and c.lemma_.lower() in lexicon().counts.nonviolent_deaths for c in cause.children)


def nonviolent_death(verb: Token) -> bool:
    """'died of cancer', 'died in a car crash', 'died on Sunday at the age of 92': a death the
    clause puts down to illness, age or an accident, and to no violence."""
    lex = lexicon().counts
    words = [t for t in verb.subtree if t.dep_ not in {"nsubj", "nsubjpass"} or t.head is not verb]
    return any(t.lemma_.lower() in lex.nonviolent_deaths for t in words) \
        and not any(t.lemma_.lower() in lex.violent_causes and not _nonviolent_kind(t) for t in words)


def _named_person(token: Token) -> bool:
    return token.ent_type_ == "PERSON" and token.tag_ == "NNP"


def _listed_after_comma(subject: Token) -> list[Token]:
    """'The driver, a nurse and a doctor were injured': the parse reads "a nurse and a doctor" as an
    apposition to "driver"; a plural verb after a singular noun says it is the rest of a list,
    where "Julie Catamin, a village chief, was killed" renames one person."""
    verb = subject.head
    plural = verb.tag_ == "VBP" or any(
        a.dep_ in {"aux", "auxpass"} and a.lower_ in lexicon().counts.plural_auxiliaries for a in verb.children
    )
    if subject.dep_ not in {"nsubj", "nsubjpass"} or not plural:
        return []
    return [m for a in subject.children if a.dep_ == "appos" and a.conjuncts for m in (a, *a.conjuncts)]


def _singular_victims(sent: Span) -> list[CountMention]:
    """'A teacher was shot dead', 'NPA rebel killed in clash', 'gunmen killed Julie Catamin': one
    person, named or told by a singular noun, counts as 1; 'the member and his mother were killed'
    counts each person of the coordination; 'Senator Gomez was released today' counts one freed.
    Plurals without a number are left uncounted."""
    lex = lexicon().counts
    out: list[CountMention] = []
    for subject in sent:
        if subject.dep_ not in {"nsubjpass", "nsubj", "dobj"}:
            continue
        tok = _antecedent(subject)  # "an Army captain who was killed": the captain
        if tok is not subject and tok.dep_ in {"nsubj", "nsubjpass"} and _verb_kind(tok.head)[0] in {CountKind.KILLED, CountKind.INJURED}:
            continue  # "the boy, who was wounded in the attack, died": what befell him last counts him
        named = _names_of_a_plural(tok) if tok is subject else []
        if not named and tok.tag_ not in {"NN", "NNP"} and not _personal_pronoun(tok) \
                and not (tok.lower_ in lex.one_more_words and subject.dep_ != "nsubj"):
            continue
        if subject.dep_ == "dobj" and not named and not _named_person(tok) and tok.left_edge.lower_ not in lex.determiners_of_one \
                and not any(c.dep_ == "poss" for c in tok.children) and tok.lower_ not in lex.one_more_words \
                and _told_before(tok):
            # "killed a soldier", "killed a Doctors Without Borders aid worker", "killed his driver",
            # "fired on a taxi, killing the driver" count one; "killed the soldier" after "a soldier
            # was wounded" is the one told before
            continue
        members = named or [tok, *tok.conjuncts, *(_listed_after_comma(tok) if tok is subject else ())]
        if not named and not all(_one_person(m) or _personal_pronoun(m) or m.lower_ in lex.one_more_words for m in members) \
                or tok.lower_ in lex.collective_nouns:
            continue  # a plural or a numbered conjunct: counted by its number, if it has one
        verb = subject.head
        if subject.dep_ == "dobj" and verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in verb.children):
            continue
        if subject.dep_ == "nsubj" and not told_as_headline_passive(verb) \
                and not suffered_by_subject(verb) and not _found_so(verb):
            # an active subject acts; only "rebel killed" headline passives count, and the subject of
            # "died" when the clause says violence caused it ("died after a roadside IED detonated",
            # not "died of cancer")
            # "three soldiers were killed, and the assailant also died": a death told with a killing
            if not (verb.lemma_.lower() in lexicon().events.undergoer_verbs
                    and (_violent_cause(verb, subject) or verb.dep_ == "conj" and _verb_kind(verb.head)[0] is CountKind.KILLED)):
                continue
        kind, said_by = _verb_kind(verb)
        if any(_personal_pronoun(m) for m in members) and (
                kind not in {CountKind.KILLED, CountKind.INJURED} or _told_of_before(sent, kind)
                or any(a.tag_ == "MD" for a in verb.children)):
            # "he was seriously injured" counts him, unless the article told such casualties
            # before (he may be one of them, a figure of its own that would undercut theirs) or
            # the clause tells what might befall him ("he might be sent to his death")
            continue
        if kind in {CountKind.KILLED, CountKind.INJURED, CountKind.KIDNAPPED, CountKind.ARRESTED, CountKind.RELEASED}:
            end = max(m.i for m in members) + 1
            first = members[0] if named else tok  # "the following policemen died: A, B and C" names A, B and C
            who = _compound_text(tok) if len(members) == 1 and not named else sent.doc[first.left_edge.i:end].text
            if len(members) == 1 and _personal_pronoun(tok):
                who = None  # "he was seriously injured": one person, not named here
            negated = _negated(verb)
            if negated and kind not in {CountKind.KILLED, CountKind.INJURED}:
                continue  # "the mayor was not kidnapped" counts no one
            # "the ambassador and his wife were not hurt": none of them, a zero that names whom
            value, qualifier = (0, "none") if negated else (len(members), None)
            out.append(CountMention(Count(kind=kind, value=value, qualifier=qualifier, who=who,
                                          span=_count_span(first.left_edge.i, end, sent.doc)), said_by.i))
    return out


def _names_of_a_plural(noun: Token) -> list[Token]:
    """'The following policemen died in combat: Major A, Captain B and Agent C': a plural of people
    with no figure, whose apposition lists them by name, counts each name (a coder totals the list)."""
    if noun.tag_ != "NNS" or noun.lower_ not in person_nouns() and noun.lemma_.lower() not in person_nouns() \
            or any(c.dep_ == "nummod" or c.lower_ in lexicon().counts.definite_quantities for c in noun.children):
        return []
    listed = [m for a in noun.children if a.dep_ == "appos" for m in _chained(a)]
    # wire copy's names come out of the tagger part unknown ("corporal Alipio Arcela Madrid" as a
    # place): each member a proper noun or a name's last word, and the list naming persons
    if not listed or not any(_named_person(m) for m in listed) or not all(
            m.tag_ == "NNP" or any(_named_person(c) for c in m.lefts) for m in listed):
        return []
    return sorted(listed, key=lambda m: m.i)


def _chained(name: Token) -> list[Token]:
    """A name and the names the parse chains to it as appositions or conjuncts: a long list of
    names may come out as a chain of both."""
    return [name, *(m for c in name.children if c.dep_ in {"appos", "conj"} for m in _chained(c))]


def _antecedent(subject: Token) -> Token:
    """Whom a relative pronoun stands for ('an Army captain who was killed': the captain), or the
    subject itself."""
    clause = subject.head
    if subject.tag_ in {"WP", "WDT"} and clause.dep_ == "relcl" and clause.head.pos_ in {"NOUN", "PROPN"}:
        return _person_described(clause.head) if subject.tag_ == "WP" else clause.head
    return subject


def _person_described(noun: Token) -> Token:
    """The person a 'who' clause tells of when the parse hangs it on the last noun of a description:
    "Judge Ana Rios, second judge of public order, who was murdered": not the order but the judge
    the 'of' phrase describes, and the named judge that description renames."""
    climbed = noun
    while not _one_person(climbed) and climbed.dep_ == "pobj" and climbed.head.dep_ == "prep" \
            and climbed.head.head.pos_ in {"NOUN", "PROPN"}:
        climbed = climbed.head.head
    if climbed is noun or not _one_person(climbed):
        return noun
    return climbed.head if climbed.dep_ == "appos" and _one_person(climbed.head) else climbed


def _personal_pronoun(token: Token) -> bool:
    """'he', 'she', 'him', 'her': one person."""
    return token.tag_ == "PRP" and token.morph.get("PronType") == ["Prs"] and token.morph.get("Number") == ["Sing"] \
        and token.morph.get("Gender") in (["Masc"], ["Fem"]) and token.morph.get("Reflex") != ["Yes"]


def _told_of_before(sent: Span, kind: CountKind) -> bool:
    """Whether the article told casualties of this kind before the sentence ('five people were
    wounded' before 'he was seriously injured')."""
    return any(_kind_of_word(t) is kind for t in sent.doc[: sent.start])


def _negated(verb: Token) -> bool:
    """'was not hurt', 'were never injured': the verb says it did not happen ("both" the parse may
    hang as a negation is none)."""
    return any(c.dep_ == "neg" and c.lower_ not in lexicon().counts.definite_quantities for c in verb.children)


def _unhurt(sent: Span) -> list[CountMention]:
    """'General Maza escaped unhurt', 'the minister and his wife were unharmed', 'the priest was
    released unharmed': the subject neither died nor was hurt, a zero of each kind that names whom
    it is about."""
    out: list[CountMention] = []
    for tok in sent:
        if tok.lower_ not in lexicon().counts.unhurt_words or tok.head.pos_ not in {"VERB", "AUX"}:
            continue
        verb = tok.head
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is not None and subject.tag_ == "WP" and verb.dep_ == "relcl":
            subject = verb.head  # "General Maza, who escaped unwounded"
        if subject is None or subject.pos_ not in {"NOUN", "PROPN"}:
            continue
        members = [subject, *subject.conjuncts]
        end = max(m.i for m in members) + 1
        who = _compound_text(subject) if len(members) == 1 else sent.doc[subject.left_edge.i:end].text
        for kind in (CountKind.KILLED, CountKind.INJURED):
            out.append(CountMention(Count(kind=kind, value=0, qualifier="none", who=who,
                                          span=_count_span(subject.left_edge.i, end, sent.doc)), tok.i))
    return out


def _told_before(noun: Token) -> bool:
    """Whether the article names the noun's person earlier: a word of the same lemma before it."""
    first = noun.doc.user_data.get(_FIRST_LEMMAS)
    if first is None:
        first = noun.doc.user_data[_FIRST_LEMMAS] = {}
        for t in reversed(noun.doc):
            first[t.lemma_.lower()] = t.i
    return first[noun.lemma_.lower()] < noun.left_edge.i


_FIRST_LEMMAS = "wirecoder.first_lemmas"  # lemma -> index of its first token in the doc, built once per doc


def _found_so(verb: Token) -> bool:
    """'Guards found a reporter shot dead', 'police found two journalists shot dead': the parse
    reads the clause after a finding verb as one whose subject shot someone, but with no object
    it tells the state the one found was in."""
    return verb.dep_ in {"ccomp", "xcomp", "oprd"} and verb.head.lemma_.lower() in lexicon().counts.finding_verbs \
        and not any(c.dep_ in {"dobj", "obj"} for c in verb.children)


def _one_listed(sent: Span) -> list[CountMention]:
    """'Among the dead was a local imam', 'the dead included a nurse', 'among the wounded were the
    mayor and his driver': people without a number the clause puts among the dead or the hurt. Like
    a numbered list, it leaves the toll unknown (value None), but names whom it counts."""
    out: list[CountMention] = []
    for tok in sent:
        if tok.dep_ not in {"nsubj", "attr", "dobj", "obj"} or tok.tag_ not in {"NN", "NNP"}:
            continue
        listed = _listed_casualties(tok)
        if listed is None:
            continue
        members = [tok, *tok.conjuncts]
        if not all(_one_person(m) for m in members):
            continue
        kind, said = listed
        start, end = tok.left_edge.i, max(m.i for m in members) + 1
        who = _compound_text(tok) if len(members) == 1 else sent.doc[start:end].text
        out.append(CountMention(Count(kind=kind, value=None, qualifier="unknown", who=who,
                                      span=_count_span(start, end, sent.doc)), said.i))
    return out


def suffered_by_subject(verb: Token) -> bool:
    """'suffered burns', 'sustained injuries', 'suffered fatal wounds': the subject was hurt or
    died, though the verb is active."""
    lex = lexicon().counts
    return verb.lemma_.lower() in lex.suffering_verbs and _kind_of_word(verb) in {CountKind.INJURED, CountKind.KILLED}


def _killed_themselves(sent: Span) -> list[CountMention]:
    """'A suicide bomber blew himself up, killing seven people', 'killing himself and four
    soldiers': the attacker died too, one more death a coder counts (among the perpetrators). Whom
    it counts is the clause's subject, the attacker."""
    lex = lexicon().counts
    out: list[CountMention] = []
    for tok in sent:
        if tok.lower_ not in lex.reflexive_deaths:
            continue
        if _weapon_turned_on(tok):
            verb = tok.head.head
        elif tok.dep_ in {"dobj", "obj"}:
            verb = tok.head
            blown_up = verb.lemma_.lower() in lex.self_destruction_verbs and any(c.dep_ == "prt" for c in verb.children)
            if not blown_up and _verb_kind(verb)[0] is not CountKind.KILLED:
                continue
        else:
            continue
        clause = verb
        # "killing three people before turning the gun on himself": the subject of the clause the
        # "before" phrase hangs on
        while not any(c.dep_ == "nsubj" for c in clause.children) and clause.dep_ in {"advcl", "conj", "xcomp", "pcomp", "prep"}:
            clause = clause.head
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        # the whole subject, as the attacker's mention reads ("a former employee"): the incident
        # tells the attacker's death from the victims' by it
        who = sent.doc[subject.left_edge.i:subject.i + 1].text if subject is not None and subject.pos_ in {"NOUN", "PROPN"} else None
        out.append(CountMention(Count(kind=CountKind.KILLED, value=lex.reflexive_deaths[tok.lower_], who=who,
                                      span=_count_span(tok.i, tok.i + 1, sent.doc)), verb.i))
    return out


def _weapon_turned_on(reflexive: Token) -> bool:
    """'turned the gun on himself', 'turning his rifle on himself': the attacker killed himself."""
    prep, verb = reflexive.head, reflexive.head.head
    return reflexive.dep_ == "pobj" and prep.lower_ == "on" and verb.lemma_.lower() in lexicon().counts.weapon_turning_verbs \
        and any(c.dep_ == "dobj" and c.lower_ in lexicon().weapons.weapons for c in verb.children)


def _one_dead_named(sent: Span) -> list[CountMention]:
    """'The teacher's body was found', 'the death of a police officer': a singular casualty noun
    whose person is named by a possessive or an 'of' phrase counts that person."""
    out: list[CountMention] = []
    for tok in sent:
        if tok.tag_ != "NN" or _kind_of_word(tok) not in {CountKind.KILLED, CountKind.INJURED}:
            continue
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        person = next((c for c in tok.children if c.dep_ == "poss" and c.pos_ in {"NOUN", "PROPN"}), None)
        if person is None and of is not None:
            person = next((g for g in of.children if g.dep_ == "pobj"), None)
        if person is None or not _one_person(person) or person.conjuncts:
            continue
        start = person.left_edge.i if person.i < tok.i else tok.i
        end = max(person.i, tok.i) + 1
        out.append(CountMention(Count(kind=_kind_of_word(tok), value=1, who=_compound_text(person),
                                      span=_count_span(start, end, sent.doc)), tok.i))
    return out


def _uncounted_plurals(sent: Span) -> list[CountMention]:
    """'Villagers were killed', 'soldiers and civilians were wounded', 'gunmen killed villagers': the
    text says people died or were hurt and gives no number, a count a coder leaves unknown (value
    None), never a guess. A plural with a number, a vague quantity or a zero is counted elsewhere."""
    lex = lexicon().counts
    people = person_nouns()
    # "many civilians were killed": a quantity without a figure of its own sizes nothing
    quantities = (set(lex.vague_numbers) | set(lex.zero_cues) | set(lex.partitive_quantifiers)) - set(lex.unsized_quantities)
    out: list[CountMention] = []
    for subject in sent:
        if subject.dep_ not in {"nsubjpass", "dobj"}:
            continue
        tok = _antecedent(subject)  # "the soldiers who were wounded in the ambush"
        if tok.tag_ != "NNS":
            continue
        members = [tok, *tok.conjuncts]
        if any(c.dep_ == "nummod" or c.like_num or c.lower_ in quantities for m in members for c in m.children):
            continue
        if not all(m.lemma_.lower() in people or m.lower_ in people for m in members):
            continue
        verb = subject.head
        if subject.dep_ == "dobj" and (verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in verb.children)):
            continue
        kind, said_by = _verb_kind(verb)
        if kind not in {CountKind.KILLED, CountKind.INJURED}:
            continue
        start, end = tok.left_edge.i, max(m.i for m in members) + 1
        who = _compound_text(tok) if len(members) == 1 else sent.doc[start:end].text
        out.append(CountMention(Count(kind=kind, value=None, qualifier="unknown", who=who,
                                      span=_count_span(start, end, sent.doc)), said_by.i))
    return out


def _described_casualties(sent: Span) -> list[CountMention]:
    """'The slain officers', 'one of the slain generals', 'the wounded soldiers', 'the wounded were
    taken to hospital': a casualty word before a person noun, or standing for its people, counts
    them whatever the clause tells of them: a number of them ('one of the ...') as that number, a
    plural as a figure of unknown size, one person as one unless the article told of such
    casualties before (he is one of them). A noun whose clause tells its fate ('the wounded soldier
    died') is counted by that clause."""
    lex = lexicon().counts
    people = person_nouns()
    quantities = set(lex.vague_numbers) | set(lex.zero_cues) | set(lex.definite_quantities)
    out: list[CountMention] = []
    for tok in sent:
        nominal = tok.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj"} or tok.dep_ == "conj" and tok.head.lower_ in lex.casualty_words
        if nominal and _casualty_state(tok) is not None \
                and any(c.dep_ == "det" and c.lower_ in lexicon().events.anaphoric_determiners for c in tok.children):
            noun, said = tok, tok  # "the wounded were taken to hospital", "the dead and the wounded"
        elif tok.pos_ == "NOUN" and tok.tag_ in {"NN", "NNS"} and (tok.lemma_.lower() in people or tok.lower_ in people
                                                                   or tok.tag_ == "NN" and _one_person(tok)):
            noun = tok
            # the parse may read "slain" before a noun as a compound
            said = next((c for c in tok.children if c.dep_ in {"amod", "compound"} and c.i < tok.i
                         and _casualty_state(c) is not None), None)
            if said is None:
                continue
        else:
            continue
        kind = _casualty_state(said)
        if any(c.dep_ == "nummod" or c.like_num or c.lower_ in quantities for c in noun.children):
            continue  # counted by its number
        if noun.dep_ == "pobj" and noun.head.lower_ in lex.casualty_list_words \
                or noun.dep_ == "nsubj" and noun.head.lemma_.lower() in lex.inclusion_verbs:
            continue  # "among the dead were ...", "the dead included ...": whom the list names are counted
        part = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
        holder = part if part is not None and part.like_num else noun
        fate = _verb_kind(holder.head)[0] if holder.dep_ in {"nsubj", "nsubjpass", "dobj"} else None
        if fate is CountKind.KILLED or fate is CountKind.INJURED and noun is not said:
            # "two of the wounded later died", "the wounded soldier was killed": the clause counts them
            # ("the wounded were taken to hospital" only says again that they were hurt)
            continue
        start = noun.left_edge.i
        if part is not None and part.like_num and parse_number(part.text):
            value, start = parse_number(part.text), part.i  # "one of the slain generals"
        elif noun.tag_ == "NNS" or noun is said:
            value = None
        elif _told_before(noun) or _told_of_before(sent, kind):
            continue
        else:
            value = 1
        who = None if noun is said else _compound_text(noun)
        out.append(CountMention(Count(kind=kind, value=value, qualifier=None if value else "unknown", who=who,
                                      span=_count_span(start, noun.i + 1, sent.doc)), said.i))
    return out


def _casualty_state(word: Token) -> CountKind | None:
    """Killed or injured, for a word that tells the state of people ('slain', 'the wounded',
    'dead'), whatever part of speech the parse gives it; not a noun of a death ('the body', 'the
    death')."""
    lex = lexicon().counts
    kind = lex.adjective_kinds.get(word.lower_)
    if kind is None and word.tag_ == "VBN":
        kind = lex.kind_verbs.get(word.lemma_.lower())
    return CountKind(kind) if kind in {CountKind.KILLED.value, CountKind.INJURED.value} else None


def _parts_of_a_toll(sent: Span, counts: list[CountMention]) -> list[CountMention]:
    """'The death toll rose to 18 after four of the injured died', 'the toll climbed to nine when
    three more bodies were found': the dead told in a clause of the toll's rise are among its
    dead, no figure of their own (as the incident's smallest figure they would undercut the toll)."""
    doc = sent.doc
    tolls = [m for m in counts if m.count.kind is CountKind.KILLED and m.count.value and doc[m.anchor].lemma_ == "toll"]
    if not tolls:
        return counts
    rises = {doc[m.anchor].head.i: m.count.value for m in tolls}

    def within(m: CountMention) -> bool:
        token = doc[m.anchor]
        if m.count.kind is not CountKind.KILLED or not m.count.value or token.lemma_ == "toll":
            return False
        clause = False
        while token.dep_ != "ROOT" and token.head.i != token.i:
            clause = clause or token.dep_ in {"advcl", "relcl"}
            token = token.head
            if token.i in rises:
                return clause and m.count.value < rises[token.i]
        return False

    return [m for m in counts if not within(m)]


def _fatal_parts(sent: Span, counts: list[CountMention]) -> list[CountMention]:
    """'Three passengers were shot, one of them fatally', 'four soldiers were stabbed, two
    fatally': the part is dead and the rest hurt (1 killed and 2 injured; 2 and 2), as a coder
    counts each person once. The part is taken from the nearest injured figure before it that
    holds it."""
    out = list(counts)
    for number in sent:
        adverb = _fatal_adverb(number) if number.like_num else None
        part = parse_number(number.text) if adverb is not None else None
        if not part:
            continue
        hit = [i for i, m in enumerate(out) if m.count.kind is CountKind.INJURED and (m.count.value or 0) >= part
               and m.count.span is not None and m.count.span.end <= number.idx]
        if not hit:
            continue
        whole = out[hit[-1]]
        out[hit[-1]] = CountMention(whole.count.model_copy(update={"value": whole.count.value - part}), whole.anchor)
        out.append(CountMention(Count(kind=CountKind.KILLED, value=part, who=whole.count.who,
                                      span=_count_span(number.i, adverb.i + 1, sent.doc)), whole.anchor))
    return out


def _died_among_the_hurt(sent: Span, counts: list[CountMention]) -> list[CountMention]:
    """'Five people were shot and two of them were killed', 'ten were wounded, two of whom later
    died', 'one of the three villagers shot on Monday has died': the dead are among those hit, and
    a coder counts as injured only those who lived (3, 8, 2). Applies when the sentence has one
    injured figure and the killed figure counts 'of them' or of the phrase that holds it."""
    hurt = [m for m in counts if m.count.kind is CountKind.INJURED and m.count.value]
    if len(hurt) != 1:
        return counts
    hurt_span = hurt[0].count.span
    died = 0
    for m in counts:
        span = m.count.span
        if m.count.kind is not CountKind.KILLED or not m.count.value or span is None:
            continue
        after = [t for t in sent if t.idx >= span.end][:2]  # the words right after the number
        if not after or after[0].lower_ != "of" or len(after) < 2:
            continue
        of = after[0]
        # "two of them", or "one of the three villagers shot": the hurt figure inside the phrase
        if after[1].lower_ in lexicon().counts.partitive_pronouns or hurt_span is not None and (
                of.idx < hurt_span.start < of.doc[max(t.i for t in of.subtree)].idx + 1):
            died += m.count.value
    total = hurt[0].count.value
    if not died or died > total:
        return counts
    lived = hurt[0].count.model_copy(update={"value": total - died})
    return [CountMention(lived, hurt[0].anchor) if m is hurt[0] else m for m in counts]


def _later_deaths(sent: Span, counts: list[CountMention]) -> list[CountMention]:
    """'He died of his wounds', 'one of them later died', 'the victim died in hospital', 'the
    wounded man succumbed to his injuries', 'two of the wounded later died', 'both died', 'the
    minister was rushed to a hospital, where he died': people the article told of before die now. Their death is marked ``later_death``, and the incident
    moves them from the wounded told before them to its dead, where a coder counts each person
    once. A sentence that tells its own wounded ("ten were wounded, two of whom later died") has
    settled them already (``_died_among_the_hurt``), and one that counts other dead tells its
    deaths itself ("was rushed to the hospital where he died", "three soldiers were killed, and
    the assailant also died")."""
    if any(m.count.kind is CountKind.INJURED and m.count.value for m in counts):
        return counts
    out = list(counts)
    for verb in sent:
        dying = verb.lemma_.lower() in lexicon().events.undergoer_verbs or (
            verb.lemma_.lower() in lexicon().counts.hospital_verbs and _died_there(verb))  # "was rushed to the hospital, where he died"
        if verb.pos_ != "VERB" or not dying or nonviolent_death(verb):
            continue
        if any(m.count.kind is CountKind.KILLED and m.anchor != verb.i for m in out):
            continue
        referred = _referred_back(verb)
        if referred is None:
            continue
        subject, value = referred
        told = next((i for i, m in enumerate(out) if m.anchor == verb.i and m.count.kind is CountKind.KILLED), None)
        if told is not None:
            # "one of them later died" was counted by its number: the count is the later death
            out[told] = CountMention(out[told].count.model_copy(update={"later_death": True}), verb.i)
            continue
        who = _compound_text(subject) if subject.pos_ in {"NOUN", "PROPN"} else None
        out.append(CountMention(Count(kind=CountKind.KILLED, value=value, who=who, later_death=True,
                                      span=_count_span(subject.left_edge.i, subject.i + 1, sent.doc)), verb.i))
    return out


def _referred_back(verb: Token) -> tuple[Token, int] | None:
    """Whom a death verb's subject points back to, and how many: a personal pronoun ('he', 'she':
    1), a part of people told before ('one of them', 'two of the wounded', 'one of the
    soldiers'), a person told by a determiner of what is known ('the victim', 'the wounded man':
    1) or a quantity that knows its set ('both': 2). None when the subject tells new people ('a
    policeman died') or the verb is negated."""
    lex = lexicon().counts
    if any(c.dep_ == "neg" and c.lower_ not in lex.definite_quantities for c in verb.children):
        return None  # "the victim did not die"; the parse may call "both" a negation
    # "both later died": the parse may hang "both" on the adverb
    both = next((t for c in verb.lefts for t in c.subtree if t.lower_ in lex.definite_quantities and t.dep_ not in {"det", "predet"}), None)
    if both is not None:
        return both, lex.definite_quantities[both.lower_]
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None:
        return None
    if subject.tag_ == "PRP":
        personal = subject.morph.get("PronType") == ["Prs"] and subject.morph.get("Number") == ["Sing"]
        return (subject, 1) if personal and subject.morph.get("Gender") in (["Masc"], ["Fem"]) else None
    if subject.like_num:
        of = next((c for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        told = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
        value = parse_number(subject.text)
        if told is None or value is None:
            return None
        known = told.lower_ in lex.partitive_pronouns or any(
            d.dep_ == "det" and d.lower_ in lexicon().events.anaphoric_determiners for d in told.children)
        return (told if told.pos_ in {"NOUN", "PROPN"} else subject, value) if known else None
    known = any(d.dep_ in {"det", "amod"} and (d.lower_ in lexicon().events.anaphoric_determiners
                                              or _kind_of_word(d) is CountKind.INJURED) for d in subject.children)
    return (subject, 1) if known and subject.tag_ == "NN" and _one_person(subject) else None


def _counted_besides(sent: Span) -> list[CountMention]:
    """'In addition to the assailant, at least seven people were killed': the people named beside
    the toll died too, one for a singular noun, else as many as their number ('in addition to the
    seven assailants'); a plural without a number stays uncounted."""
    lex = lexicon().counts
    out: list[CountMention] = []
    for marker in sent:
        if marker.lower_ not in lex.besides_markers:
            continue
        # "in addition to X" hangs X on "to" under "addition"; "besides X" on the preposition itself
        holder = next((c for c in marker.children if c.dep_ == "prep" and c.lower_ == "to"), marker)
        named = next((c for c in holder.children if c.dep_ == "pobj"), None)
        clause = marker.head.head if marker.dep_ == "pobj" else marker.head
        if named is None or clause.pos_ not in {"VERB", "AUX"}:
            continue
        kind, verb = _verb_kind(clause)
        if kind not in {CountKind.KILLED, CountKind.INJURED}:
            continue
        number = next((c for c in named.children if c.dep_ == "nummod"), None)
        value = parse_number(number.text) if number is not None else (1 if named.tag_ in {"NN", "NNP"} and _one_person(named) else None)
        if value is None:
            continue
        start = number.i if number is not None else named.i
        out.append(CountMention(Count(kind=kind, value=value, who=_compound_text(named),
                                      span=_count_span(start, named.i + 1, sent.doc)), verb.i))
    return out


def _zero_counts(sent: Span) -> list[CountMention]:
    """'No one was killed', 'there were no casualties', 'no injuries were reported' -> zero counts."""
    lex = lexicon().counts
    out: list[CountMention] = []
    for tok in sent:
        if tok.lower_ in lex.zero_cues:
            target = tok.head if tok.dep_ == "det" else tok
            kind = _kind_of_word(target) if target is not tok else None
            if kind is None and target.dep_ in {"nsubjpass", "nsubj"}:
                kind = _kind_of_word(target.head)
            if kind is None and tok.dep_ in {"nsubjpass", "nsubj"}:
                kind = _kind_of_word(tok.head)
            anchor = target.head if target.dep_ in {"nsubjpass", "nsubj"} else target
            kinds = {kind}
            if target.lower_ in lex.no_casualty_nouns:
                kinds = {CountKind.KILLED, CountKind.INJURED}  # "no casualties", "no victims": neither
            elif kind is not None and anchor.pos_ in {"VERB", "AUX"}:
                # "no one was killed or injured": the zero holds for each verb sharing the subject
                kinds |= {_kind_of_word(v) for v in _sharing_verbs(anchor)}
            for kind in sorted(kinds & {CountKind.KILLED, CountKind.INJURED}, key=list(CountKind).index):
                start = tok.i
                # "no German Consulate personnel had been hurt" says nothing of anyone else: the
                # zero keeps whom it is about
                who = sent.doc[tok.i + 1 : target.i + 1].text if target.i > tok.i and target.lower_ not in lex.zero_everyone_heads else None
                end = target.i + 1 if who else tok.i + 1
                out.append(CountMention(Count(kind=kind, value=0, qualifier="none", who=who, span=_count_span(start, end, sent.doc)), anchor.i))
    return out


def about_a_subgroup(count: Count) -> bool:
    """A zero that names whom it counts ("no German Consulate personnel had been hurt"): it tells
    nothing of the others, so it is no figure for the whole incident."""
    return count.value == 0 and bool(count.who)


def split_unknown(count: Count) -> bool:
    """A killed or injured count read from a figure of both ("30 casualties"): it does not say
    that anyone died, nor that anyone was hurt."""
    return count.value is None and count.qualifier == KILLED_OR_INJURED


def is_vague(count: Count) -> bool:
    """A figure read from a vague quantity ("scores of other people", "dozens"), not a number a
    source gave."""
    vague = lexicon().counts.vague_numbers
    words = (count.span.text if count.span else "").lower().split()
    return count.qualifier in vague or any(w in vague for w in words)
