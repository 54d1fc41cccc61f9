"""Two frames the relation model meets too rarely in the annotations to learn, and that are sharp as rules.

- **A source line**: a line that is only "Source : Lumora", "Sources: Lumora, Orvane" or "Via Lumora"
  credits the outlets it names as the article's sources.
- **A country and its champions**: "la France et ses Zentra, Veltis ou Orvane", "China and its Lumora
  and Orvane", "les États-Unis avec leurs géants Zentra et Veltis" names the organisations or products
  as the country's own: ``country`` holds. When the sentence also sets something against them ("ne pas
  laisser les standards être fixés par…", "the race with…"), the organisation the sentence is about
  is their competitor: an alternative question ("S'appuie-t-elle sur X, ou sur l'urgence de ne pas
  laisser la Chine et ses A, B ou C…?") asks which reason holds, not whether the rivalry it describes does.

- **A nationality in apposition**: "Zentra : une révolution française dans…", "Lumora, a British success
  story": a demonym inside the noun phrase that describes the name right before it gives its ``country``.

Each frame lifts the candidate's score to :data:`FRAME_SCORE`; the model decides when it is surer, and
the status model still says whether the sentence asserts, asks or denies the fact.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .features import Arg, Sentence
from .rivalry import _OPPOSITION

FRAME_SCORE = 0.6
_SOURCE_LINE = re.compile(r"(?i)\s*(?:sources?|via|d['’]après|source originale|original source|read more at)"
                          r"\s*:?\s*")
_LIST_GAP = re.compile(r"\s*(?:,|;|/|\bet\b|\band\b|\bou\b|\bor\b|&)\s*(?:(?:et|and|ou|or)\s+)?")
_CHAMPION_LEAD = re.compile(
    r"\s+(?:et|and|avec|with)\s+(?:ses|leurs|its|their|her)\s+(?:propres\s+|own\s+)?(?:[\w’'-]+\s+){0,2}?", re.I)
_CHAMPION_GROUPS = {"Org", "Product"}
#: Besides the opposition words of :mod:`.rivalry`: what sets the country's champions against someone.
_CHAMPION_CUES = _OPPOSITION | {"urgence", "urgency", "menace", "menacer", "threat", "threaten", "domination",
                                "dominer", "dominance", "dominate", "contrer", "counter", "rattraper", "catch",
                                "alternative", "rival", "rivals", "rivaux", "concurrents", "competitors"}
_CHAMPION_PHRASES = ("ne pas laisser", "not let", "not to let", "ne pas céder", "keep up with")
_WORD = re.compile(r"[\w’'-]+")
_NOT_NOUN = {"with", "avec", "in", "en", "de", "du", "des", "d'", "of", "to", "à", "au", "aux", "pour", "for",
             "from", "la", "le", "les", "l'", "the", "et", "and", "vs", "contre", "against", "sur", "on", "by",
             "par", "into", "dans", "between", "entre"}
_APPOSITION = re.compile(r"\s*[:,–—]\s*(?:un|une|a|an)\s+(?:[\w’'-]+\s+){0,2}", re.I)


def apposition_country(sent: Sentence, subj: Arg, obj: Arg) -> bool:
    """Is ``obj`` (a country named by its demonym) inside the description in apposition to ``subj``?"""
    if not (subj.explicit and obj.explicit) or subj.group != "Org" or obj.type != "Country":
        return False
    m = _APPOSITION.fullmatch(sent.text, subj.end, obj.start)
    # an adjective of the noun, not the object of a preposition ("a deal with China")
    return m is not None and not any(w.group().lower() in _NOT_NOUN for w in _WORD.finditer(m.group()))


def source_line(sent: Sentence, obj: Arg) -> bool:
    """Is the sentence a line that credits ``obj`` as the article's source ("Source : Lumora")?"""
    if obj.group != "Org" or not obj.explicit:
        return False
    text = sent.text.rstrip(" .")
    m = _SOURCE_LINE.match(text)
    if m is None or m.end() == 0 or not m.group().strip():
        return False
    pos = m.end()
    for a in sorted((a for a in sent.args if a.explicit and a.start >= pos), key=lambda a: a.start):
        if a.group != "Org" or not (a.start == pos or _LIST_GAP.fullmatch(text, pos, a.start)):
            return False
        pos = a.end
    return pos >= len(text) and obj.start >= m.end()


@lru_cache(maxsize=4096)
def _champions(sent_key: tuple) -> dict[int, str]:
    text, spans = sent_key
    out: dict[int, str] = {}
    for _start, end, key, _group, typ in spans:
        if typ != "Country":
            continue
        m = _CHAMPION_LEAD.match(text, end)
        if m is None:
            continue
        pos = m.end()
        members = []
        for a in (x for x in spans if x[0] >= pos):
            if a[3] not in _CHAMPION_GROUPS or not (a[0] == pos or _LIST_GAP.fullmatch(text, pos, a[0])):
                break
            members.append(a)
            pos = a[1]
        if len(members) >= 2 or (members and members[0][0] == m.end() and m.end() - end < 12):
            for a in members:
                out[a[0]] = key
    return out


def champions(sent: Sentence) -> dict[int, str]:
    """The start of each name the sentence gives as a country's own ("la Chine et ses A, B ou C"),
    mapped to the country's key."""
    if not any(a.type == "Country" for a in sent.args):
        return {}
    spans = tuple((a.start, a.end, a.key, a.group, a.type) for a in sent.args if a.explicit and a.kind == "entity")
    return _champions((sent.text, spans))


def champion_country(sent: Sentence, subj: Arg, obj: Arg) -> bool:
    """Is ``subj`` named as ``obj``'s own (``obj`` a country)?"""
    return subj.explicit and obj.explicit and champions(sent).get(subj.start) == obj.key


def champion_rival(sent: Sentence, subj: Arg, obj: Arg) -> bool:
    """Is one end a country's champion and the other the organisation the sentence is about (its topic,
    or its subject when it opens the sentence), in a sentence that sets something against the champions?"""
    found = champions(sent)
    if not found:
        return False
    for mine, theirs in ((subj, obj), (obj, subj)):
        if not theirs.explicit or theirs.start not in found or mine.group != "Org":
            continue
        if mine.explicit and (mine.start in found or mine.start > theirs.start):
            continue
        if mine.key != sent.main and mine.kind != "topic":
            continue
        low = sent.text.lower().replace("’", "'")
        words = {w.group() for w in _WORD.finditer(low)}
        return bool(words & _CHAMPION_CUES) or any(p in low for p in _CHAMPION_PHRASES)
    return False


def frame_negation(sent: Sentence) -> bool:
    """Is the sentence's negation part of a champions frame ("ne pas laisser…", "not let…")?"""
    low = sent.text.lower().replace("’", "'")
    return any(p in low for p in _CHAMPION_PHRASES if p.startswith(("ne ", "not ")))
