"""Word lists kg reads from ``graph/data/lexicon.json``, the one file of shared vocabularies:
first names, role words, organisation suffixes and prefixes, type nouns, words that are never
names, generic and domain concepts, institution words, and the words that never open an apposition in a
list of names (``apposition_stop``, used by the rule engine and the pattern extractor)."""
from __future__ import annotations

import json
import re
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def lexicon() -> dict:
    return json.loads(resources.files("graph.data").joinpath("lexicon.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def type_noun_classes() -> dict[str, str]:
    """The lexicon's type nouns, folded, each with the class it names ("logiciel" → Software)."""
    return {n.casefold(): t for t, ns in lexicon()["type_nouns"].items() for n in ns}


@lru_cache(maxsize=1)
def legal_forms() -> frozenset[str]:
    """Legal forms written after an organisation's name ("Inc", "GmbH", "Sdn", "Bhd")."""
    return frozenset(lexicon()["legal_forms"]["forms"])


@lru_cache(maxsize=1)
def org_suffixes() -> frozenset[str]:
    """Words that end organisation names ("Capital", "Labs", "SAS")."""
    return frozenset(w for ws in lexicon()["org_suffix"].values() for w in ws)


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    return frozenset(lexicon()["first_names"])


def alternation(phrases: Iterable[str]) -> str:
    """Phrases as a regex alternation, longest first, spaces matching any run of white space."""
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(phrases, key=len, reverse=True))
