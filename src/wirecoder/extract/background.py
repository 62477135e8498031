"""Background in a sentence: the words that tell an earlier or other occurrence than the one the
report is about.

A report tells its news and, beside it, what led to it or what it recalls: "The Taliban called it
a 'revenge attack' for US airstrikes in the volatile province of Kunduz earlier this month that
left up to 32 civilians dead"; "the first fatal tram accident since 1959, when two women
passengers and the driver died after a tram caught fire in Glasgow". What such words tell is an
occurrence of its own, with its own date, place and toll: ``background_scope`` finds the tokens
that tell it, so that the extraction stage gives what they hold only to the background's own
events and never to the act the sentence reports. ``told_as_earlier`` says whether a date places
an event before the news ("earlier this month", "last year", "in 1959").

An act a report recalls is background too when it is told as the time of something else ("on
that occasion, when the senator was assassinated, the president declared war"; "in days similar
to those when the archbishop was murdered") or as a likeness ("an attack reminiscent of the
bombing of ..."): such words say when something was, not what happened now. Neither an act told
as what someone is charged with ("suspected of killing the senator") nor a named death that only
dates something else ("the strike that followed the magistrate's murder") is background: a report
of the charge or of what followed is often the only report of the act, and is coded as such.

A toll update ("The death toll from the attack rose to at least six Friday") dates the count, not
the act: ``updates_a_toll`` finds such sentences.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from spacy.tokens import Span, Token

from ..model import Precision, When
from ..resources.words import lexicon
from .dates import counts_back

# A report's news happened in the days before it: a day it counts back to further than this ("a
# car bomb attack 20 days ago", in a report of tonight's attacks) is one it recalls.
NEWS_DAYS = 7
# the clause relations by which a comma-separated phrase after the background goes back to the
# main clause ("..., killing five soldiers")
_MAIN_CLAUSE_DEPS = {"advcl", "conj", "xcomp", "ccomp", "acl"}


def told_as_earlier(when: When | None, published: date | None) -> bool:
    """Whether a date places an event before the news: its words say so ("earlier this month",
    "last year"), it names a year or month that ended before the article's, or it counts back to
    a day more than ``NEWS_DAYS`` before it ("20 days ago")."""
    if when is None:
        return False
    text = " ".join((when.text or "").lower().split())
    if any(cue in text for cue in lexicon().events.background.date_cues):
        return True
    if published is None:
        return False
    if when.precision is Precision.YEAR:
        return when.date.year < published.year
    if when.precision is Precision.MONTH:
        return (when.date.year, when.date.month) < (published.year, published.month)
    return counts_back(text) and (published - when.date).days > NEWS_DAYS


def _cause_opener(tok: Token) -> bool:
    """'revenge for', 'a "revenge attack" for', 'in retaliation for', 'to avenge'."""
    words = lexicon().events.background
    if tok.lemma_.lower() in words.cause_verbs:
        return True
    if tok.dep_ != "prep" or tok.lower_ not in words.cause_prepositions:
        return False
    head = tok.head
    return head.lemma_.lower() in words.cause_nouns or any(
        c.dep_ in {"compound", "amod"} and c.lemma_.lower() in words.cause_nouns for c in head.children)


def _death_opener(tok: Token) -> bool:
    """'after the killing of', 'following the assassination of': a death told as what came before."""
    words = lexicon().events.background
    if tok.dep_ != "prep" or tok.lower_ not in words.after_prepositions:
        return False
    return any(c.dep_ == "pobj" and c.lower_ in words.past_death_nouns
               and any((g.dep_ == "prep" and g.lower_ == "of") or g.dep_ == "poss" for g in c.children) for c in tok.children)


def _comparison(tok: Token) -> bool:
    """'attacks like the bombing of', 'similar to those when', 'reminiscent of the massacre': an
    earlier act told as a likeness."""
    words = lexicon().events.background
    if tok.dep_ != "prep":
        return False
    return tok.lower_ in words.comparison_prepositions or (
        tok.lower_ in {"to", "of"} and tok.head.lemma_.lower() in words.comparison_adjectives)


def _recalled_time(clause: Token, scope: set[int]) -> bool:
    """A 'when' clause that tells the time of something else by an earlier act: it describes a
    word that is no date ('those when', 'the night when'), follows a recalled time ('on that
    occasion, when ...') or another such clause ('..., when Romero was murdered')."""
    doc = clause.doc
    head = clause.head
    if clause.dep_ == "relcl" and head.pos_ in {"NOUN", "PRON"} and head.ent_type_ not in {"DATE", "TIME"}:
        return True
    start = clause.left_edge.i
    if start < 2 or doc[start - 1].text != ",":
        return False
    before = doc[start - 2]
    if before.i in scope:
        return True
    return before.pos_ == "NOUN" and before.ent_type_ not in {"DATE", "TIME"} and any(
        c.dep_ == "det" and c.lower_ in lexicon().events.background.recalling_determiners for c in before.children)


def _tells_a_landmark(clause: Token, acts: set[int]) -> bool:
    """A 'where' clause that places an act by another act done there ("fired on the commander a
    few blocks from where the governor was murdered on 4 July"): the act in it is a landmark, told
    beside an act of the sentence outside it. Only the object of a preposition ("from where",
    "near where") is such a landmark: a clause on a place ("a clash in Morazan, where the rebels
    killed 14 soldiers") tells more of the same act."""
    if clause.dep_ not in {"pcomp", "pobj"} or not any(
            c.dep_ == "advmod" and c.lower_ in lexicon().events.background.landmark_adverbs for c in clause.children):
        return False
    inside = {t.i for t in clause.subtree}
    # the clause's act may have been read as the outcome of the act outside it, so its words tell
    words = lexicon().events
    told = any(t.lemma_.lower() in words.verbs or t.lemma_.lower() in words.nouns for t in clause.subtree)
    return told and bool(acts - inside)


def _rest_of_sentence(sent: Span, opener: Token) -> set[int]:
    """The tokens after an opener, without a phrase that a comma sends back to the main clause
    ("in retaliation for the killing of their leader, killing five soldiers"). The parse often
    hangs the background's own date and clause on the main verb ("for US airstrikes ... earlier
    this month that left up to 32 civilians dead"), so the words are taken in reading order."""
    doc = sent.doc
    scope = set(range(opener.i + 1, sent.end))
    for tok in doc[opener.i + 1 : sent.end]:
        if tok.head.i < opener.i and tok.dep_ in _MAIN_CLAUSE_DEPS and tok.left_edge.i > opener.i and doc[tok.left_edge.i - 1].text == ",":
            scope -= {t.i for t in tok.subtree}
    return scope


def background_scope(sent: Span, dates: Iterable[When], published: date | None,
                     act_tokens: Iterable[int]) -> tuple[set[int], list[When]]:
    """The tokens of a sentence that tell a background occurrence, and the dates that date it
    (the "1959" of "since 1959, when ..."). ``act_tokens`` are the sentence's triggers of acts: a
    death told after "after"/"following" is background only beside an act it led to ("attacked
    the post after the killing of their leader"); alone, it is the news."""
    doc = sent.doc
    scope: set[int] = set()
    own_dates: list[When] = []
    acts = set(act_tokens)
    for tok in sent:
        if tok.i in scope:
            continue
        if _cause_opener(tok) or (_death_opener(tok) and any(a < tok.i for a in acts)):
            scope |= _rest_of_sentence(sent, tok)
        elif _comparison(tok):
            scope |= {t.i for t in tok.subtree}  # "reminiscent of the bombing of ...": the likeness only
    dates = list(dates)
    for tok in sent:
        if tok.i not in scope and _tells_a_landmark(tok, acts):
            scope |= {t.i for t in tok.subtree}
    for tok in sent:
        # "on that occasion, when the senator was assassinated, ...": an act telling a time the
        # report points back to, with no date of the news in it
        if (tok.dep_ in {"relcl", "advcl", "acl"} and tok.i not in scope
                and any(c.dep_ == "advmod" and c.lower_ in lexicon().events.background.precedent_adverbs for c in tok.children)
                and acts & {t.i for t in tok.subtree} and _recalled_time(tok, scope)):
            scope |= {t.i for t in tok.subtree}
            continue
        # "since 1959, when two women passengers and the driver died": a clause of a past date
        # tells what happened then
        if tok.dep_ not in {"relcl", "advcl"} or not any(
                c.dep_ == "advmod" and c.lower_ in lexicon().events.background.precedent_adverbs for c in tok.children):
            continue
        head = tok.head
        when = next((d for d in dates if d.span is not None and d.span.start <= head.idx < d.span.end), None)
        if when is None or not told_as_earlier(when, published):
            continue
        scope |= {t.i for t in tok.subtree}
        scope |= {t.i for t in doc.char_span(when.span.start, when.span.end, alignment_mode="expand") or ()}
        own_dates.append(when)
    return scope, own_dates


def updates_a_toll(sent: Span) -> bool:
    """'The death toll from the attack rose to at least six Friday': the sentence tells a count's
    new value, and its date is when it was told."""
    toll_verbs = lexicon().counts.toll_verbs
    return any(tok.dep_ in {"nsubj", "nsubjpass"} and tok.lemma_.lower() == "toll" and tok.head.lemma_.lower() in toll_verbs
               for tok in sent)
