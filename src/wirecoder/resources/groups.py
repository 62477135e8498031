"""Armed-group names: the canonical name of a mention and the entity-ruler patterns that label
them, both from the ``armed_groups`` list of ``lexicon/actors.json``."""

from __future__ import annotations

import re
from functools import cache

from .words import lexicon


def _fold(name: str) -> str:
    return re.sub(r"[\s\-']+", " ", name.strip().lower()).removeprefix("the ").strip()


@cache
def _group_index() -> tuple[dict[str, str], dict[str, str]]:
    """Two alias maps: acronyms matched case-sensitively (so "IS" is not "is"), names folded."""
    exact: dict[str, str] = {}
    folded: dict[str, str] = {}
    for canonical, aliases in lexicon().actors.armed_groups.items():
        for alias in [canonical, *aliases]:
            if alias.isupper() and len(alias) <= 5:
                exact[alias] = canonical
            else:
                folded[_fold(alias)] = canonical
    return exact, folded


@cache
def _member_prefix() -> re.Pattern:
    """'members of', 'fighters of' ... before a group's name."""
    words = "|".join(re.escape(w) for w in lexicon().actors.group_member_prefixes)
    return re.compile(rf"^({words}) of ")


def normalise_group(text: str) -> str | None:
    """The canonical armed-group name for a mention, or None when it names no known group.

    >>> normalise_group("Daesh")
    'Islamic State'
    """
    exact, folded = _group_index()
    text = re.sub(r"['’]s$", "", text.strip().strip('"“”'))
    if text in exact:
        return exact[text]
    key = _fold(text)
    key = _member_prefix().sub("", key).removeprefix("the ")
    key = key.removesuffix("'s").removesuffix(" s").strip()
    if key in folded:
        return folded[key]
    # "the Khorasan group", "ISIS militants": a known name followed by a generic head noun
    for head in lexicon().actors.group_name_suffixes:
        suffix = " " + head
        if key.endswith(suffix):
            stem = key.removesuffix(suffix).strip()
            if stem in folded:
                return folded[stem]
            upper = text[: len(stem)].strip()
            if upper in exact:
                return exact[upper]
    return None


def group_patterns() -> list[dict]:
    """EntityRuler patterns labelling armed-group names ORG with their canonical name as id."""
    patterns = []
    exact, folded = _group_index()
    for alias, canonical in exact.items():
        patterns.append({"label": "ORG", "pattern": alias, "id": canonical})
    for canonical, aliases in lexicon().actors.armed_groups.items():
        for alias in [canonical, *aliases]:
            if alias in exact:
                continue
            words = re.findall(r"[\w']+|[^\w\s]", alias)
            patterns.append({"label": "ORG", "pattern": [{"LOWER": w.lower()} for w in words], "id": canonical})
    return patterns
