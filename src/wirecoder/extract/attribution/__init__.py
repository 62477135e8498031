"""Attribution: who, according to the text, said a fact ("police said", "according to Interfax",
"a security source told TASS", "as announced by the prison administration").

``find_attributions(sent)`` reads one sentence's reporting clauses off the dependency parse:

* the subject of a speech verb ("X said / stated / announced / reported / told / confirmed"), or
  the agent of a passive one ("as announced by X");
* the object of "according to" (looking through "a statement from X" to X);
* relays: "X quoted / cited Y (as saying)", "X reported, citing Y";
* the outlet a speaker spoke to ("told TASS", "in response to questions from the official TASS
  agency", "in an interview with the BBC"), which becomes ``via``.

Order and ``via``: attributions come back from outermost (the relay) to innermost (the speaker),
and each inner attribution relayed by a news agency or medium names it in ``via``. "The Interfax
news agency reported that the Russian prison service stated ..." gives
``[Interfax (news_agency), Russian prison service (official, via Interfax)]``; "X said ...,
according to Interfax" gives the same shape. An outlet that is only the addressee ("told TASS")
is named in ``via`` and not listed by itself. The speaker of a sentence is therefore the last item.

A sentence with no reporting clause of its own that continues a quotation opened in an earlier
sentence takes that sentence's attributions (``follow_quotes``). Pronoun speakers ("he said")
are resolved to the nearest earlier person or organisation named in the document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from spacy.tokens import Doc, Span, Token

from ...model import Attribution, SourceKind
from ...model import Span as TextSpan
from ...resources.words import lexicon
from ..syntax import agent_heads, doc_text, ents_before, ents_within, quote_marks_before

_SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj"}
# arcs through which an addressed outlet hangs from a speech verb ("told TASS", "in response
# to questions from TASS", "in an interview with the BBC")
_VIA_DEPS = {"dative", "dobj", "obj", "prep", "pobj", "agent", "npadvmod"}
_NAME_LEFT_DEPS = {"det", "amod", "compound", "poss", "nmod", "nummod", "quantmod", "case", "advmod", "punct"}
_OUTLET_KINDS = {SourceKind.NEWS_AGENCY, SourceKind.MEDIA}
_QUOTES = "\"\u201c\u201d"




@cache
def _kind_index() -> dict[str, SourceKind]:
    index: dict[str, SourceKind] = {}
    for kind, phrases in lexicon().attribution.kinds.items():
        for phrase in phrases:
            index.setdefault(phrase, SourceKind(kind))
    return index


@cache
def _outlet_pattern() -> re.Pattern:
    aliases = sorted(lexicon().attribution.outlets, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(" + "|".join(re.escape(a) for a in aliases) + r")(?![\w-])", re.IGNORECASE)


def known_outlet(text: str) -> tuple[str, SourceKind] | None:
    """The canonical name and kind of a known outlet named in a phrase ("the official TASS
    agency" -> ("TASS", news_agency)); short acronyms must be written in capitals."""
    for m in _outlet_pattern().finditer(text):
        alias = m.group(1)
        if len(alias) <= 4 and not alias.isupper():
            continue  # "ap", "ria", "dawn", "post" as ordinary words
        name, kind = lexicon().attribution.outlets[alias.lower()]
        return name, SourceKind(kind)
    return None


# --------------------------------------------------------------------------- source phrases


def _name_tokens(head: Token) -> list[Token]:
    """The tokens that name a source: its left modifiers, itself, and complements such as "for
    the ministry" or "of the Russian Federal Security Service", without clauses or appositions."""
    tokens = [head]

    def left(tok: Token) -> None:
        for child in tok.lefts:
            if child.dep_ in _NAME_LEFT_DEPS and not (child.dep_ == "punct" and child.text not in "-'"):
                tokens.extend(t for t in child.subtree if t.dep_ not in {"relcl", "acl", "appos"})

    left(head)
    for child in head.rights:
        if child.dep_ == "prep" and child.lower_ in lexicon().attribution.name_prepositions:
            tokens.extend(child.subtree)
        elif child.dep_ in {"compound", "case"} or (child.dep_ == "punct" and child.text == "-"):
            tokens.append(child)
    tokens = sorted(set(tokens), key=lambda t: t.i)
    # keep the contiguous stretch around the head only
    start = end = tokens.index(head)
    while start > 0 and tokens[start - 1].i == tokens[start].i - 1:
        start -= 1
    while end < len(tokens) - 1 and tokens[end + 1].i == tokens[end].i + 1:
        end += 1
    return tokens[start : end + 1]


def _clean_name(tokens: list[Token]) -> str:
    words = [t for t in tokens if t.text not in _QUOTES]
    while words and (words[0].lower_ in lexicon().attribution.leading_determiners or words[0].dep_ == "punct"):
        words = words[1:]
    while words and words[-1].dep_ == "punct":
        words = words[:-1]
    if not words:
        return ""
    text = "".join(t.text_with_ws for t in words).strip()
    # "Police said" at a sentence start is the same source as "police said" elsewhere
    first = words[0]
    if first.is_sent_start and first.pos_ != "PROPN" and not first.ent_type_ and first.text[:1].isupper() and not first.is_upper:
        text = text[0].lower() + text[1:]
    return re.sub(r"\s+", " ", text)


def _phrase_kind(tokens: list[Token], head: Token) -> SourceKind | None:
    """The kind of a source phrase from the lexicon: the longest listed phrase ending at the
    head, then the head alone ("security source" before "source", "state media" before "media")."""
    index = _kind_index()
    words = [t.lower_ for t in tokens if t.i <= head.i]
    for width in range(min(4, len(words)), 0, -1):
        phrase = " ".join(words[-width:])
        if phrase in index:
            return index[phrase]
    return index.get(head.lemma_.lower())


def _person_appositive(head: Token) -> Token | None:
    return next((c for c in head.children if c.dep_ == "appos"), None)


@dataclass
class _Source:
    name: str
    kind: SourceKind
    tokens: list[Token] = field(default_factory=list)
    known_outlet: bool = False  # a named outlet, whatever its kind ("Amaq", "Radio Andalus")

    @property
    def is_outlet(self) -> bool:
        return self.known_outlet or self.kind in _OUTLET_KINDS


def _earlier_person(doc: Doc, surname: str, before: int) -> Span | None:
    """The fuller, earlier mention of a person named again by surname ("Bortnikov")."""
    for ent in ents_before(doc, doc[before].idx if before < len(doc) else len(doc_text(doc))):
        if ent.label_ == "PERSON" and len(ent) > 1 and ent[-1].text == surname:
            return ent
    return None


def _describe(head: Token, extra: list[Token] | None = None, *, _seen: frozenset[int] = frozenset()) -> _Source:
    """Name and kind of the source whose phrase has ``head`` as its head noun (``extra``: the
    phrase of a second, adjacent subject the parse split off, "the news agency IRNA").

    The kind may come from an apposition or a complement, described in turn; ``_seen`` holds the
    heads already being described, since odd parses (lower-cased wire copy) and a fuller earlier
    mention of a name can lead back to one of them, which would recurse without end."""
    doc = head.doc
    _seen = _seen | {head.i}
    tokens = sorted(set(_name_tokens(head)) | {t for e in extra or [] for t in _name_tokens(e)}, key=lambda t: t.i)
    text = " ".join(t.text for t in tokens)

    outlet = known_outlet(text)
    if outlet is not None:
        return _Source(outlet[0], outlet[1], tokens, known_outlet=True)

    # a named person: the name as written (or its fuller earlier form); the kind from a title in
    # apposition ("Alexander Bortnikov, the head of the Russian Federal Security Service")
    if head.ent_type_ == "PERSON":
        ent = next((e for e in ents_within(doc[max(0, head.i - 50):head.i + 50]) if e.start <= head.i < e.end), doc[head.i:head.i + 1])
        full = ent
        if len(ent) == 1 and (earlier := _earlier_person(doc, ent.text, ent.start)) is not None:
            full = earlier
        appos = _person_appositive(full.root)
        kind = SourceKind.PERSON
        if appos is not None and appos.i not in _seen:
            kind = _describe(appos, _seen=_seen).kind
            kind = SourceKind.PERSON if kind is SourceKind.UNKNOWN else kind
        return _Source(full.text, kind, [t for t in ent])

    name = _clean_name(tokens)
    from ...resources.groups import normalise_group

    group = normalise_group(name) or (normalise_group(head.ent_id_) if head.ent_id_ else None)
    if group is not None:
        return _Source(group, SourceKind.ARMED_GROUP, tokens)

    # "a spokesman for the ministry", "the head of the FSB", "a source in the security services":
    # the title takes the kind of whom it speaks for
    if head.lower_ in lexicon().attribution.title_heads or head.lemma_.lower() in lexicon().attribution.title_heads:
        for child in head.rights:
            if child.dep_ == "prep" and child.lower_ in lexicon().attribution.name_prepositions:
                pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if pobj is not None and pobj.i not in _seen:
                    inner = _describe(pobj, _seen=_seen).kind
                    if head.lemma_.lower() == "source" and inner in {SourceKind.OFFICIAL, SourceKind.SECURITY_SOURCE}:
                        return _Source(name, SourceKind.SECURITY_SOURCE, tokens)
                    if inner is not SourceKind.UNKNOWN:
                        return _Source(name, inner, tokens)

    kind = _phrase_kind(tokens, head)
    if kind is None:
        if head.ent_type_ in {"ORG", "FAC"}:
            kind = SourceKind.ORGANISATION
        elif head.ent_type_ in {"GPE", "NORP"}:
            kind = SourceKind.OFFICIAL  # "Russia said", "Moscow said": its government
        else:
            kind = SourceKind.UNKNOWN
    # known agencies are named without "news agency"; "Russian prison service" keeps its words
    if kind is SourceKind.NEWS_AGENCY:
        for suffix in lexicon().attribution.outlet_suffixes:
            if name.lower().endswith(" " + suffix):
                name = name[: -len(suffix) - 1].strip()
                break
    return _Source(name, kind, tokens)


# --------------------------------------------------------------------------- mentions


@dataclass
class _Mention:
    source: _Source
    cue: str
    anchor: Token  # the speech verb or "according"
    start: int  # token range of the attribution phrase
    end: int
    via: _Source | None = None
    relay_of: list[Token] = field(default_factory=list)  # heads of sources this one relays


def _subjects(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in _SUBJECT_DEPS]


def _inside_reported_clause(token: Token) -> bool:
    """Whether a verb belongs to what someone is reported to have said."""
    speech = lexicon().attribution.speech_verbs
    current = token
    for _ in range(8):
        head = current.head
        if head is current:
            return False
        if current.dep_ in {"ccomp", "parataxis"} and head.lemma_.lower() in speech:
            return True
        current = head
    return False


def _implicit_subject(verb: Token) -> Token | None:
    """The speaker of a speech verb without a subject of its own: "..., adding that",
    "alleging that", "said ... and added": the subject of the clause it hangs from."""
    speech = lexicon().attribution.speech_verbs
    current = verb
    for _ in range(6):
        if current.dep_ not in {"advcl", "conj", "xcomp", "ccomp", "acl", "parataxis"}:
            return None
        head = current.head
        if head is current:
            return None
        subjects = [s for s in _subjects(head) if s.dep_ != "csubj"]
        if subjects and (head.lemma_.lower() in speech or not _inside_reported_clause(head)):
            return subjects[0]
        current = head
    return None


def _resolve_pronoun(pronoun: Token) -> Token | None:
    """The nearest earlier person (he, she) or organisation (it) named in the document."""
    labels = {"he": {"PERSON"}, "she": {"PERSON"}, "it": {"ORG"}}.get(pronoun.lower_)
    if labels is None:
        return None
    doc = pronoun.doc
    floor = max(0, pronoun.sent.start - 200)
    for ent in reversed(ents_within(doc[floor:pronoun.i])):
        if ent.label_ in labels:
            return ent.root
    return None


# the kinds of speaker each subject pronoun can stand for
_SPEAKER_KINDS_BY_PRONOUN = {
    "he": {SourceKind.PERSON, SourceKind.OFFICIAL, SourceKind.WITNESS, SourceKind.SECURITY_SOURCE, SourceKind.UNKNOWN},
    "she": {SourceKind.PERSON, SourceKind.OFFICIAL, SourceKind.WITNESS, SourceKind.SECURITY_SOURCE, SourceKind.UNKNOWN},
    "it": {SourceKind.OFFICIAL, SourceKind.ORGANISATION, SourceKind.ARMED_GROUP, SourceKind.NEWS_AGENCY, SourceKind.MEDIA},
    "they": set(SourceKind),
}


def _previous_speaker(pronoun: Token) -> Attribution | None:
    """The speaker a pronoun subject refers back to ("The governor said ... He added that"):
    the innermost source of the nearest of the two sentences before, if it fits the pronoun."""
    fits = _SPEAKER_KINDS_BY_PRONOUN.get(pronoun.lower_)
    if fits is None:
        return None
    sent = pronoun.sent
    for _ in range(2):
        if sent.start == 0:
            return None
        sent = pronoun.doc[sent.start - 1].sent
        found = find_attributions(sent, follow_quotes=False, resolve_pronouns=False)
        if found:
            speaker = found[-1]
            return speaker if speaker.kind in fits else None
    return None


def _has_clause(verb: Token) -> bool:
    # only a finite reported clause: "warned villagers to stop" (xcomp) is a threat, not a report;
    # "..., the ministry said" is sometimes parsed with "said" as a parataxis of the main clause
    return any(c.dep_ in {"ccomp", "parataxis"} for c in verb.children) or verb.dep_ == "parataxis"


def _inside_quotation(token: Token) -> bool:
    """Whether a token stands inside quotation marks: a speech verb there is part of what
    someone said ("... stated, \"Investigations revealed that ...\""), not a report."""
    straight, opening, closing = quote_marks_before(token.doc, token.idx)
    return straight % 2 == 1 or opening > closing


def _via(verb: Token, exclude: set[int]) -> _Source | None:
    """An outlet the speaker spoke to, reached from the verb through objects and prepositions
    only (never through a clause): "told TASS", "in response to questions from TASS"."""
    generic = set(lexicon().attribution.generic_addressees)
    frontier = [(c, 1) for c in verb.children if c.dep_ in _VIA_DEPS and c.i not in exclude]
    while frontier:
        tok, depth = frontier.pop(0)
        if tok.lower_ == "according":
            continue  # "according to X" is a source of its own, not an addressee
        if tok.pos_ in {"NOUN", "PROPN"} and tok.lower_ not in generic:
            source = _describe(tok)
            if source.is_outlet:
                return source
        if depth < 5:
            frontier.extend((c, depth + 1) for c in tok.children if c.dep_ in _VIA_DEPS)
    return None


def _range(tokens: list[Token]) -> tuple[int, int]:
    return min(t.i for t in tokens), max(t.i for t in tokens) + 1


def _verb_mentions(verb: Token, resolve_pronouns: bool = True) -> list[_Mention]:
    lex = lexicon().attribution
    lemma = verb.lemma_.lower()
    needs_clause = lex.speech_verbs[lemma]
    if needs_clause and not _has_clause(verb):
        return []
    if lemma == "claim" and any(c.lower_ == "responsibility" for c in verb.children):
        return []  # "claimed responsibility" is the event itself, not a report of it

    passive = any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children) or (
        verb.tag_ == "VBN" and any(c.dep_ == "agent" for c in verb.children)
    )
    agent = next(iter(agent_heads(verb)), None)
    subjects = [s for s in _subjects(verb) if s.dep_ != "csubj"]
    # "the official news agency IRNA reported": two subjects side by side name one source
    extra: list[Token] = []
    if len(subjects) > 1 and not any(t.dep_ == "cc" for t in verb.doc[subjects[0].i : subjects[-1].i]):
        subjects, extra = [subjects[-1]], subjects[:-1]
    mentions: list[_Mention] = []
    cue = verb.lower_

    if lemma in lex.relay_verbs:
        # "Interfax quoted a police spokesman as saying", "was quoted by Interfax as saying",
        # "..., Interfax reported, citing a security source"
        if passive:
            speaker = next((s for s in subjects if s.dep_ == "nsubjpass"), None)
            relay = agent
        else:
            speaker = next((c for c in verb.children if c.dep_ in {"dobj", "obj"}), None)
            relay = subjects[0] if subjects else _implicit_subject(verb)
        if speaker is None or speaker.pos_ == "PRON" and _resolve_pronoun(speaker) is None:
            return []
        speaker = _resolve_pronoun(speaker) if speaker.pos_ == "PRON" else speaker
        speaker_source = _describe(speaker)
        start, end = _range(speaker_source.tokens + [verb])
        if relay is not None:
            relay_source = _describe(_resolve_pronoun(relay) or relay if relay.pos_ == "PRON" else relay)
            mentions.append(_Mention(relay_source, cue, verb, *_range(relay_source.tokens + [verb]), relay_of=[speaker]))
            via = relay_source if relay_source.kind in _OUTLET_KINDS else None
        else:
            via = None
        mentions.append(_Mention(speaker_source, cue, verb, start, end, via=via))
        return mentions

    implicit = False
    if passive:
        if agent is None:
            return []  # "it was reported that": no one named; the hedges extractor notes it
        heads = [agent]
        phrase_start = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ == "as"), verb)
    else:
        heads = subjects or [s for s in [_implicit_subject(verb)] if s is not None]
        phrase_start = verb
        implicit = not subjects
    out = []
    for head in heads:
        if head.pos_ == "PRON":
            if not resolve_pronouns:
                continue
            previous = _previous_speaker(head)
            resolved = _resolve_pronoun(head)
            if previous is not None:
                source = _Source(previous.source, previous.kind, [head])
            elif resolved is not None:
                source = _describe(resolved)
                source.tokens = [head]
            else:
                continue
        else:
            source = _describe(head, extra)
        for conj in [c for c in head.children if c.dep_ == "conj" and c.pos_ in {"NOUN", "PROPN"}]:
            out.append((_describe(conj), conj))
        out.insert(0, (source, head))
    for source, head in out:
        if head.sent != verb.sent or implicit:
            # the speaker was named in an earlier sentence, or earlier in this one ("X pointed
            # fingers at NATO, alleging that"): the phrase is the verb alone
            tokens = [verb, phrase_start]
        else:
            tokens = (source.tokens if head in source.tokens else [head]) + [verb, phrase_start]
        exclude = {t.i for t in source.tokens} | {head.i}
        via = _via(verb, exclude)
        if via is not None and via.tokens and head.sent == verb.sent:
            tokens = tokens + [t for t in via.tokens if t.i > verb.i]
            # the prepositions that lead from the verb to the outlet belong to the phrase too
            tokens += [t for t in verb.subtree if verb.i < t.i < min(v.i for v in via.tokens) and t.dep_ in _VIA_DEPS | {"det", "amod", "prep"}]
        start, end = _range(tokens)
        mentions.append(_Mention(source, cue, verb, start, end, via=via))
    return mentions


def _according_mentions(according: Token) -> list[_Mention]:
    """"according to X", looking through "a statement from X" / "figures released by X" to X."""
    to = next((c for c in according.children if c.lower_ == "to"), None)
    if to is None and according.i + 1 < len(according.doc) and according.nbor(1).lower_ == "to":
        to = according.nbor(1)
    if to is None:
        return []
    head = next((c for c in to.children if c.dep_ == "pobj"), None)
    if head is None:
        return []
    last = max(t.i for t in head.subtree if t.dep_ not in {"relcl", "punct"} or t.i < head.i) + 1
    lex = lexicon().attribution
    if head.lemma_.lower() in lex.statement_containers:
        for child in head.children:
            target = None
            if child.dep_ == "prep" and child.lower_ in lex.container_prepositions:
                target = next((g for g in child.children if g.dep_ == "pobj"), None)
            elif child.dep_ == "acl":  # "figures released by the ministry"
                target = next((g for a in child.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"), None)
            elif child.dep_ == "poss":  # "the ministry's statement"
                target = child
            if target is not None:
                head = target
                break
    source = _describe(head)
    return [_Mention(source, "according to", according, according.i, max(last, max(t.i for t in source.tokens) + 1))]


def _raw_mentions(span: Span, resolve_pronouns: bool = True) -> list[_Mention]:
    speech = lexicon().attribution.speech_verbs
    mentions: list[_Mention] = []
    for tok in span:
        if tok.lower_ == "according":
            mentions.extend(_according_mentions(tok))
        elif (
            tok.lemma_.lower() in speech
            and (tok.pos_ in {"VERB", "AUX"} or tok.tag_.startswith("VB"))
            and not _inside_quotation(tok)
        ):
            mentions.extend(_verb_mentions(tok, resolve_pronouns))
    return mentions


def _trailing_relay(outer: _Mention, inner: _Mention) -> bool:
    """Whether an outlet's report comes after another speaker's clause and carries it: in
    "Officials said 30 were killed, Xinhua reported" the parse makes "reported" a complement of
    "said", with its own reported clause to its left."""
    verb = outer.anchor
    return (
        outer.source.is_outlet and not inner.source.is_outlet and outer.cue != "according to"
        and verb.i > inner.anchor.i
        and any(c.dep_ in {"ccomp", "parataxis"} and c.i < verb.i for c in verb.children)
    )


def _depths(mentions: list[_Mention]) -> list[tuple[int, _Mention | None]]:
    """For each mention, how many relays stand outside it and the nearest of them."""
    result = []
    for m in mentions:
        outers = []
        for o in mentions:
            if o is m:
                continue
            if any(m.source.tokens and t in m.source.tokens for t in o.relay_of) or m.anchor in o.relay_of:
                outers.append(o)
            elif o.anchor is not m.anchor and o.cue != "according to" and m.cue != "according to" and not _trailing_relay(m, o) and (
                m.anchor in o.anchor.subtree and m.anchor.i not in {t.i for t in o.source.tokens}
                and _inside_reported_clause(m.anchor)
            ):
                outers.append(o)  # "Interfax reported that the prison service stated ..."
            elif o.cue == "according to" and o.source.kind in _OUTLET_KINDS and m.cue != "according to":
                outers.append(o)  # "X said ..., according to Interfax": Interfax relays X
            elif _trailing_relay(o, m):
                outers.append(o)  # "Police said ..., the EFE news agency reported"
        nearest = max(outers, key=lambda o: o.anchor.i if o.cue != "according to" else -1, default=None)
        result.append((len(outers), nearest))
    return result


def _to_attribution(m: _Mention, relay: _Mention | None, doc: Doc) -> Attribution:
    via = m.via.name if m.via is not None else None
    if via is None and relay is not None and relay.source.kind in _OUTLET_KINDS:
        via = relay.source.name
    start, end = doc[m.start].idx, doc[m.end - 1].idx + len(doc[m.end - 1])
    return Attribution(
        source=m.source.name, kind=m.source.kind, cue=m.cue, via=via,
        span=TextSpan(start=start, end=end, text=doc_text(doc)[start:end]),
    )


def _opens_inside_quote(sent: Span) -> bool:
    """Whether the sentence starts inside a quotation opened earlier (an odd number of straight
    quotes before it, or an unclosed curly one)."""
    straight, opening, closing = quote_marks_before(sent.doc, sent.start_char)
    if opening > closing:
        return True
    # a sentence that begins with the closing quote of the previous one is still inside
    return straight % 2 == 1 and not sent.text.lstrip().startswith('"') or (
        straight % 2 == 1 and sent.text.lstrip().startswith('"') and sent.text.count('"') % 2 == 0
    )


def _continues_quotation(sent: Span) -> bool:
    """A sentence that starts inside a quotation opened earlier, or is itself a quotation right
    after a quoted sentence ("\"We heard three explosions,\" said a resident. \"Then the
    shooting started.\"")."""
    if _opens_inside_quote(sent):
        return True
    text = sent.text.strip()
    if text[:1] in _QUOTES and text.rstrip(".")[-1:] in _QUOTES and sent.start > 0:
        previous = sent.doc[sent.start - 1].sent
        return any(q in previous.text for q in _QUOTES)
    return False


def find_attributions(sent: Span | Doc, *, follow_quotes: bool = True, resolve_pronouns: bool = True) -> list[Attribution]:
    """The sources a sentence attributes its facts to, outermost (relay) first, speaker last.

    With ``follow_quotes``, a sentence that has no reporting clause but continues a quotation
    of the previous sentence takes that sentence's attributions (up to three sentences back).
    Pronoun speakers ("he added") take the speaker of one of the two sentences before, or the
    nearest earlier person or organisation named, unless ``resolve_pronouns`` is false.
    """
    span = sent[:] if isinstance(sent, Doc) else sent
    doc = span.doc
    mentions = _raw_mentions(span, resolve_pronouns)
    if not mentions:
        sentence = span
        for _ in range(3):
            if not (follow_quotes and sentence.start > 0 and _continues_quotation(sentence)):
                break
            sentence = doc[sentence.start - 1].sent
            found = find_attributions(sentence, follow_quotes=False, resolve_pronouns=resolve_pronouns)
            if found:
                return found
        return []
    depths = _depths(mentions)
    order = sorted(range(len(mentions)), key=lambda i: (depths[i][0], mentions[i].start))
    result: list[Attribution] = []
    for i in order:
        attribution = _to_attribution(mentions[i], depths[i][1], doc)
        same = next((a for a in result if a.source == attribution.source), None)
        if same is not None:
            same.via = same.via or attribution.via
            continue
        if attribution.source == attribution.via:
            attribution.via = None
        result.append(attribution)
    return result
