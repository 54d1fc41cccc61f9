"""Groups of founders named by number: "créée par deux anciennes ingénieures de Zentra", "the three
former Lumora engineers behind Orvane", "deux anciens de Zentra, à l'origine de son moteur…".

A news lead often describes a company's founders as a group before it names them. A noun phrase that
opens with a number word (after an optional determiner), names people (``group_nouns`` in
``graph/data/lexicon.json``) and ends with "de / of / at / from" an organisation refers to the main
organisation's founders when the article names exactly that many of them (the founders the relation
model finds on a first pass). Each founder then becomes a mention at the group's words, and the model
decides what the sentence says of them. Without that many founders, the group is the people the next
sentence opens with when it names exactly that many. The organisation the group is "of" is one its members have
left to found the main one: ``formerEmployer`` holds (lifted to the frames' score), ``employer`` and ``ceo`` do not.

A sentence that opens on a numbered group of no organisation and founds something ("Les deux chercheurs ont
cofondé X", "The two former engineers started X") refers back to the people the sentence before names, when it
names exactly that many.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..analysis.lexicon import lexicon
from .features import Arg, Sentence

_NUMBERS = {"deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "two": 2, "three": 3, "four": 4, "five": 5,
            "2": 2, "3": 3, "4": 4, "5": 5}
_GROUP = re.compile(
    r"(?i)(?<![\w’'-])(?:(?:les|des|ses|leurs|the|its|their)\s+)?(deux|trois|quatre|cinq|two|three|four|five|[2-5])"
    r"\s+((?:[\w’'-]+\s+){0,3}?)([\w’'-]+)((?:\s+[\w’'-]+)?)\s*(?:,\s*)?(?:de|du|des|d[’']|of|at|from|chez|venus? de|"
    r"venues? de|issus? de|issues? de)\s*$")
#: "two former Lumora engineers": the organisation inside the group, before its noun
_BEFORE = re.compile(
    r"(?i)(?<![\w’'-])(?:(?:the|its|their)\s+)?(two|three|four|five|[2-5])\s+(?:(?:former|ex-?|onetime)\s*)?$")
_AFTER = re.compile(r"(?:[’']s)?\s+([\w-]+)(?:\s+([\w-]+))?")


@lru_cache(maxsize=1)
def _nouns() -> frozenset[str]:
    data = lexicon()["group_nouns"]
    return frozenset(w for k, v in data.items() if k != "_comment" for w in v)


def group_spans(sent: Sentence) -> list[tuple[int, int, int, str]]:
    """(start, end, how many, organisation key) of each group of people the sentence names by number
    as being of an organisation: the words from the number to the noun, or the noun alone when the
    organisation stands before it ("two former Lumora *engineers*")."""
    out = []
    for a in sent.args:
        if a.kind != "entity" or a.group != "Org" or not a.explicit:
            continue
        head = sent.text[max(0, a.start - 80):a.start]
        m = _GROUP.search(head)
        if m is None:
            b, after = _BEFORE.search(head), _AFTER.match(sent.text, a.end)
            if b is not None and after is not None:
                # "two former Lumora engineers", "two former Lumora research engineers"
                g = next((g for g in (1, 2) if (after.group(g) or "").lower() in _nouns()), None)
                if g is not None:
                    out.append((after.start(g), after.end(g), _NUMBERS[b.group(1).lower()], a.key))
            continue
        words = (m.group(2) + m.group(3) + m.group(4)).lower().replace("’", "'").split()
        if not any(w in _nouns() or w.split("-")[-1] in _nouns() for w in words):
            continue
        offset = a.start - len(head)
        out.append((offset + m.start(), offset + m.end(4), _NUMBERS[m.group(1).lower()], a.key))
    return out


#: A founding word in the sentence of a group: "créée par deux anciennes…", "the three engineers behind X".
_FOUNDING = re.compile(r"(?i)(?<![\w-])(?:co-?found\w*|cofound\w*|found(?:ed|er|ers|ing|s)?|co-?fond\w*|cofond\w*|"
                       r"fond(?:é|ée|és|ées|ent|e|ateur\w*|atrice\w*)|cré(?:é|ée|és|ées|ent|e|ateur\w*)|started|start|"
                       r"launched|lancée?s?|set\s+up|behind|derrière|à\s+l[’']origine|established)(?![\w-])")


def resolve(sents: list[Sentence], founders: list[str]) -> dict[int, list[tuple[Arg, str]]]:
    """The mentions to add to each sentence (by index), each with the organisation its group is of.
    A group of n people is the main organisation's ``founders`` (in the order the text names them) when
    there are n of them, else the n people the next sentence opens with ("Two former Lumora engineers
    founded Zentri. Tom Becker, its chief executive, and Lena Hart…")."""
    out: dict[int, list[tuple[Arg, str]]] = {}
    for i, s in enumerate(sents):
        for start, end, n, org in group_spans(s):
            if org == s.main or any(a.start < end and start < a.end for a in s.args) or not _FOUNDING.search(s.text):
                continue        # (a group hired, met or quoted is nobody's founders: "X hired two researchers")
            if any(a.group == "Person" and a.explicit and re.fullmatch(r"\s*,\s*", s.text[a.end:start])
                   for a in s.args):
                continue        # "par A et B, deux anciens de X": the people just named, whom the rules read
            of = next((a for a in s.args if a.explicit and a.key == org and a.start >= end), None)
            if of is not None and any(a.group == "Person" and a.explicit
                                      and re.fullmatch(r"\s*,\s*", s.text[of.end:a.start]) for a in s.args):
                continue        # "par deux anciennes de Kerlo, A et B": the people named right after
            members = founders if len(founders) == n else _opening_people(sents[i + 1]) if i + 1 < len(sents) else []
            if len(members) != n or n < 2:
                continue
            out.setdefault(i, []).extend((Arg("entity", key, "Person", "Person", start, end, "group"), org)
                                         for key in members)
        bare = _BACK_BARE.match(s.text) if i > 0 and i not in out and _FOUNDING.search(s.text) else None
        if bare is not None:
            n = _NUMBERS[bare.group(1).lower()] if bare.group(1) else 3 if "trio" in bare.group().lower() else 2
            named = list(dict.fromkeys(a.key for a in sents[i - 1].args if a.explicit and a.group == "Person"))
            if len(named) == n and not any(a.start < bare.end() and bare.start(0) < a.end for a in s.args):
                out[i] = [(Arg("entity", key, "Person", "Person", bare.start(0), bare.end(), "group"), "")
                          for key in named]
        back = _BACK.match(s.text) if i > 0 and _FOUNDING.search(s.text) else None
        noun = next((w for w in re.finditer(r"[\w’'-]+", back.group(2)) if w.group().lower() in _nouns()),
                    None) if back is not None else None
        if back is not None and noun is not None and i not in out \
                and not re.match(r"\s+(?:de|du|des|d[’']|of|at|from|chez)\b", s.text[back.start(2) + noun.end():]):
            n, end = _NUMBERS[back.group(1).lower()], back.start(2) + noun.end()
            named = list(dict.fromkeys(a.key for a in sents[i - 1].args if a.explicit and a.group == "Person"))
            if len(named) == n and not any(a.start < end and back.start(1) < a.end for a in s.args):
                out[i] = [(Arg("entity", key, "Person", "Person", back.start(1), end, "group"), "")
                          for key in named]
    return out


#: A sentence opening on the people the sentence before named, by number: "Les deux chercheurs ont
#: cofondé X", "The two researchers started X" (exactly that many people named there).
_BACK = re.compile(r"(?i)^\W*(?:les|ces|the|these|both)\s+(deux|trois|quatre|two|three|four)\s+((?:[\w’'-]+\s*){1,2})")


def _opening_people(s: Sentence) -> list[str]:
    """The people a sentence opens with, in order (one each): its names up to the first that is not a
    person's ("Tom Becker and Lena Hart now employ 30 people at Zentri")."""
    names = [a for a in s.args if a.explicit]
    if not names or names[0].group != "Person" or len(s.text[:names[0].start].split()) > 2:
        return []
    run = []
    for a in names:
        if a.group != "Person":
            break
        run.append(a.key)
    return list(dict.fromkeys(run))


#: The same without a noun: "Tous deux ont fondé X", "Both started X", "The pair founded X", "Le duo a créé X".
_BACK_BARE = re.compile(r"(?i)^\W*(?:(?:tous|toutes)\s+(?:les\s+)?(deux|trois)|both(?:\s+of\s+them)?|"
                        r"the\s+(?:pair|duo|trio)|(?:le|ce)\s+(?:duo|tandem|trio))(?![\w’'-])")
