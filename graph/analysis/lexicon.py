"""Word lists kg reads from ``graph/data/lexicon.json``: first names, role words, organisation
suffixes and prefixes, type nouns, words that are never names, generic concepts."""
from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def lexicon() -> dict:
    return json.loads(resources.files("graph.data").joinpath("lexicon.json").read_text(encoding="utf-8"))
