"""Mentions to entities: one entity per key, its label the name the article uses most, and
short names ("Adler" after "Ruth Adler") resolved to the person they belong to."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from ..model import Entity
from .kbase import KB
from .lexicon import lexicon
from .mentions import Mention
from .names import looks_like_person
from .spans import SpanIndex


def build_entities(mentions: list[Mention], kb: KB) -> dict[str, Entity]:
    """One entity per key. A knowledge-base entity is labelled with its preferred (English) name, the
    article's spellings becoming aliases; another name with the name the article uses most (ties: the
    longest; a person's fullest name)."""
    entities: dict[str, Entity] = {}
    surfaces: dict[str, Counter] = {}
    for m in mentions:
        if m.source == "kb":
            e = kb.get(m.key)
            if m.key not in entities and e is not None:
                entities[m.key] = Entity(m.key, e.name, e.type, frozenset(e.aliases) | {e.name}, e.id, e.wikidata,
                                         kb_name=e.name)
        else:
            ent = entities.get(m.key)
            if ent is None:
                entities[m.key] = Entity(m.key, m.text, m.type)
            elif ent.type == "Unknown" and m.type != "Unknown":
                entities[m.key] = replace(ent, type=m.type)
        surfaces.setdefault(m.key, Counter())[m.text] += 1
    for key, ent in entities.items():
        forms = surfaces.get(key, Counter())
        # names as the article writes them, but not "la Silicon Valley" or "the Verge"
        named = Counter({f: n for f, n in forms.items() if not re.match(r"(?:la|le|les|l[’']|the)\s", f)}) or forms
        if ent.kb_name:
            best = ent.kb_name      # one label per entity: the knowledge base's preferred (English) name
        elif ent.type == "Person":
            best = max(named, key=lambda f: (len(f.split()), len(f), f))
        else:
            best = max(named, key=lambda f: (named[f], len(f), f))
        entities[key] = replace(ent, label=best, aliases=(ent.aliases | set(forms) | {ent.label}) - {best},
                                repeated=sum(forms.values()) > 1)   # named more than once: a real name
    return entities


def resolve_short_names(mentions: list[Mention], entities: dict[str, Entity],
                        text: str = "") -> tuple[list[Mention], dict[str, Entity]]:
    """"Jarred", "Adler" or "Ms Adler" after "Jarred Sumner" / "Ruth Adler": the same person, also where the
    chunker left the lone word out (a sentence-initial surname). Returns the mentions (the new
    ones at the end) and the entities."""
    mentions, entities = list(mentions), dict(entities)
    people: dict[str, str] = {}
    titles = set(lexicon()["person_titles"])
    for key, ent in list(entities.items()):
        if ent.type == "Unknown" and looks_like_person(ent.label):
            ent = entities[key] = replace(ent, type="Person")
        if ent.type == "Person" and len(ent.label.split()) >= 2 and ent.label.split()[0] not in titles:
            for part in (ent.label.split()[0], ent.label.split()[-1]):
                people.setdefault(part, key)
                if people[part] != key:
                    people[part] = ""
    named = Counter(m.key for m in mentions)
    for i, m in enumerate(mentions):
        words = m.text.split()
        # "Raman", and "Ms Raman" / "M. Dupont": a title before a surname does not make another person
        short = words[-1] if len(words) == 2 and words[0] in titles else m.text
        if m.source != "kb" and " " not in short and people.get(short):
            old = m.key
            m = mentions[i] = replace(m, key=people[short], type="Person")
            named[old] -= 1
            named[m.key] += 1
            if old in entities and old != m.key and not named[old]:
                del entities[old]
            _add_alias(entities, m.key, m.text)
    taken = SpanIndex((m.start, m.end) for m in mentions)
    for part, key in people.items():
        if not key or len(part) < 3:
            continue
        for w in re.finditer(rf"(?<![\w’'-]){re.escape(part)}(?![\w-])", text):
            if not taken.overlaps(w.start(), w.end()):
                mentions.append(Mention(w.start(), w.end(), part, key, "Person", "alias", 0.7))
                _add_alias(entities, key, part)
    return mentions, entities


def _add_alias(entities: dict[str, Entity], key: str, alias: str) -> None:
    entities[key] = replace(entities[key], aliases=entities[key].aliases | {alias})
