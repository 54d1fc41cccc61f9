"""Who a personal pronoun stands for: a person or the company, and which person.

French "elle" is the company ("Elle a levé 5 M€") or a woman ("Elle a travaillé six ans chez X"): what
follows the pronoun tells (:func:`career_predicate`). When a passage names a woman and a man, "elle"
and "lui" pick the one of their gender (:func:`gender`), told by the apposition after the name ("A,
sa présidente", "B, ancien ingénieur") or, failing that, by the first name. The word lists are in
``graph/data/anaphors.json``.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def anaphor_lists() -> dict:
    """``graph/data/anaphors.json``: the words that refer back to a topic, and those of this module."""
    return json.loads(resources.files("graph.data").joinpath("anaphors.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=4)
def career_predicate(lang: str) -> re.Pattern | None:
    """What follows a pronoun that stands for a person's career, matched right after the pronoun."""
    frags = anaphor_lists()["career_predicates"].get(lang)
    if not frags:
        return None
    return re.compile(r"\s*(?:,\s*)?(?:" + "|".join(frags) + ")", re.I)


def person_pronoun(word: str, lang: str) -> str | None:
    """The gender ("f" or "m") of a pronoun that may stand for a person, else None."""
    return anaphor_lists()["person_pronouns"].get(lang, {}).get(word.lower())


@lru_cache(maxsize=4)
def _cues(lang: str) -> tuple[re.Pattern, re.Pattern] | None:
    cues = anaphor_lists()["gender_cues"].get(lang)
    if not cues:
        return None
    return tuple(re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in cues[g]) + r")(?![\w-])", re.I)
                 for g in ("f", "m"))  # type: ignore[return-value]


_APPOSITION = re.compile(r"\s*[,(]\s*([^,;.()]*)")


def gender(name: str, after: str, lang: str) -> str | None:
    """A named person's gender: "F" or "M" from the apposition right after the name (``after``, the text
    that follows it: ", sa présidente, et B"), else "f" or "m" (weaker) from a French first name; None when
    unsure."""
    cues = _cues(lang)
    if cues is None:
        return None
    m = _APPOSITION.match(after)
    if m is not None:
        # its first three words: "sa présidente", "ancien ingénieur de"
        words = " ".join(re.split(r"\s+(?:et|and)\s+", m.group(1))[0].split()[:3])
        # (a participle after "avoir" agrees with no one: "A, qui a travaillé sept ans chez X" says nothing of A)
        words = re.sub(r"(?i)(?<![\w-])(?:a|avait|ont|avaient|aura)\s+\S+", "", words)
        fem, masc = (bool(rx.search(words)) for rx in cues)
        if fem != masc:
            return "F" if fem else "M"
    if len(name.split()) < 2:
        return None           # a surname alone says nothing
    first = name.split()[0]
    data = anaphor_lists()
    if not re.fullmatch(r"[A-ZÀ-Ý][\wà-ÿ-]+", first) or first in data["ambiguous_first_names"]:
        return None
    if first in data["masculine_first_names_in_e"]:
        return "m"
    if first in data["feminine_first_names_other"]:
        return "f"
    return "f" if re.search(r"[ea]$", first) else "m"
