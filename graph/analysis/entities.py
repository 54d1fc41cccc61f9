"""Mentions to entities: one entity per key, its label the name the article uses most, and
short names ("Adler" after "Ruth Adler") resolved to the person they belong to."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from functools import lru_cache

from ..model import Entity
from .kbase import KB
from .lexicon import first_names, legal_forms, lexicon
from .mentions import Mention
from .names import looks_like_person
from .spans import SpanIndex
from .types import INVESTOR_TYPES, ORG_TYPES, PLACE_TYPES, PRODUCT_TYPES
from .wordlist import zipf


def build_entities(mentions: list[Mention], kb: KB) -> dict[str, Entity]:
    """One entity per key. A knowledge-base place, country or concept is labelled with its preferred
    (English) name, the article's spellings becoming aliases; a known organisation or product, and any
    other name, with the name the article uses most (ties: the longest; a person's fullest name), the
    knowledge base's name staying its ``kb_name`` (skos:prefLabel)."""
    entities: dict[str, Entity] = {}
    surfaces: dict[str, Counter] = {}
    kinds: dict[str, Counter] = {}
    for m in mentions:
        if m.source == "kb":
            e = kb.get(m.key)
            if m.key not in entities and e is not None:
                # the mention's type: a product that is its maker in this article is a Company (kb_company)
                entities[m.key] = Entity(m.key, e.name, m.type, frozenset(e.aliases) | {e.name}, e.id, e.wikidata,
                                         kb_name=e.name)
        else:
            ent = entities.get(m.key)
            if ent is None:
                entities[m.key] = Entity(m.key, m.text, m.type)
            elif ent.type == "Unknown" and m.type != "Unknown":
                entities[m.key] = replace(ent, type=m.type)
            if m.type != "Unknown":
                kinds.setdefault(m.key, Counter())[m.type] += 1
        surfaces.setdefault(m.key, Counter())[m.text] += 1
    for key, votes in kinds.items():
        ent = entities[key]
        if not ent.kb_id and votes[ent.type] * 2 < sum(votes.values()):
            # spellings typed apart ("ZENTRI" in a stock line, "Zentri" in the text): most mentions decide
            entities[key] = replace(ent, type=max(sorted(votes), key=lambda t: votes[t]))
    for m in mentions:
        if m.source == "masthead":      # the outlet over the rubric is an outlet wherever the text names it
            entities[m.key] = replace(entities[m.key], type=m.type)
    for key, ent in entities.items():
        forms = surfaces.get(key, Counter())
        # names as the article writes them, but not "la Silicon Valley" or "the Verge"
        named = Counter({f: n for f, n in forms.items() if not re.match(r"(?:la|le|les|l[’']|the)\s", f)}) or forms
        if ent.kb_name and (ent.type not in ORG_TYPES | PRODUCT_TYPES or ent.kb_name in named):
            best = ent.kb_name      # a place, a country, a concept: the knowledge base's preferred (English) name
        elif ent.kb_name:
            # an organisation or a product as the article calls it ("Altimeter" for Altimeter Capital, "EQT
            # Ventures" for EQT): the knowledge base's name stays its skos:prefLabel, which names it where
            # articles differ
            best = max(named, key=lambda f: (named[f], len(f), f))
            if best.casefold() == ent.kb_name.casefold() or best.isupper() and len(best) > 4 \
                    or best.casefold().endswith(" " + ent.kb_name.casefold()):
                best = ent.kb_name  # "NVIDIA", "FINANCIAL TIMES": the name, not its capitals; "OpenAI o3": o3
        elif ent.type == "Person":
            best = max(named, key=lambda f: (len(f.split()), len(f), f))
        else:   # the most used form; in a tie, not a court filing's "Zentri AI Inc", then the longest
            best = max(named, key=lambda f: (named[f], f.split()[-1].rstrip(".") not in legal_forms(), len(f), f))
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
    org_words = Counter(m.text for m in mentions if " " not in m.text and (e := entities.get(m.key)) is not None
                        and e.type in ORG_TYPES)
    for key, ent in list(entities.items()):
        if ent.type == "Unknown" and looks_like_person(ent.label):
            ent = entities[key] = replace(ent, type="Person")
        if ent.type == "Person" and _maker_named(ent.label, org_words, text):
            ent = entities[key] = replace(ent, type="Product")
        if ent.type == "Person" and len(ent.label.split()) >= 2 and ent.label.split()[0] not in titles:
            words = ent.label.split()
            # a middle name of three or four is a surname in "Amy Chan Ka-wing", "Tom Lim Wei Ming"
            middle = [words[1]] if 3 <= len(words) <= 4 and words[1][:1].isupper() and "-" not in words[1] else []
            for part in (words[0], words[-1], *middle):
                people.setdefault(part, key)
                if people[part] != key:
                    people[part] = ""
    named = Counter(m.key for m in mentions)
    for i, m in enumerate(mentions):
        words = m.text.split()
        # "Raman", and "Ms Raman" / "M. Dupont": a title before a surname does not make another person
        short = words[-1] if len(words) == 2 and words[0] in titles else m.text
        if m.source != "kb" and " " not in short and people.get(short):
            _moved(named, entities, m.key, people[short])
            m = mentions[i] = replace(m, key=people[short], type="Person")
            _add_alias(entities, m.key, m.text)
    mentions = _short_org_names(mentions, entities, named, _acronyms(mentions, entities, text))
    mentions = _short_product_names(mentions, entities, named)
    taken = SpanIndex((m.start, m.end) for m in mentions)
    for part, key in people.items():
        if not key or len(part) < 3:
            continue
        for w in re.finditer(rf"(?<![\w’'-]){re.escape(part)}(?![\w-])", text):
            if not taken.overlaps(w.start(), w.end()):
                mentions.append(Mention(w.start(), w.end(), part, key, "Person", "alias", 0.7))
                _add_alias(entities, key, part)
    return mentions, entities


#: A product's name with its size or version after a first word: "Lumo 12B", "Zentri 2", "Kerlo v3".
_VERSIONED_PRODUCT = re.compile(r"(?P<family>[A-ZÀ-Ý][\w.-]+)\s+(?:\d+(?:\.\d+)?[BMKbmk]?|[vV]\d+(?:\.\d+)?)")


def _short_product_names(mentions: list[Mention], entities: dict[str, Entity], named: Counter) -> list[Mention]:
    """"Lumo" after "Lumo 12B": the model by its family name, when the text named the versioned
    product before the bare word (a company that names its model after itself is named first)."""
    first: dict[str, int] = {}
    for m in mentions:
        first.setdefault(m.key, m.start)
    families: dict[str, list[str]] = {}
    for key, ent in entities.items():
        v = _VERSIONED_PRODUCT.fullmatch(ent.label)
        if v is not None and ent.type in PRODUCT_TYPES and not ent.kb_id:
            families.setdefault(v.group("family"), []).append(key)
    out = []
    for m in mentions:
        keys = families.get(m.text, [])
        if len(keys) == 1 and m.source != "kb" and m.key != keys[0] and keys[0] in first \
                and first[keys[0]] < first[m.key] and (e := entities.get(m.key)) is not None and not e.kb_id:
            _moved(named, entities, m.key, keys[0])
            m = replace(m, key=keys[0], type=entities[keys[0]].type)
        out.append(m)
    return out


def _maker_named(label: str, org_words: Counter, text: str) -> bool:
    """Is a two-word "person" named after an organisation the article names on its own at least twice
    (``org_words``): "Zentri Loop" beside "Zentri", its product? Not when that word is a first name, a Korean
    given name follows ("Park Ji-hoon") or the word speaks ("Park said")."""
    words = label.split()
    if len(words) != 2 or org_words[words[0]] < 2 or words[0] in first_names() \
            or re.fullmatch(r"[A-Z][a-z]+-[a-z]+", words[1]):
        return False
    name = re.escape(words[0])
    if re.search(rf"(?<![\w-]){name}['’]s\s+(?:[\w-]+\s+){{0,2}}?{_PRODUCT_NOUNS},?\s+{re.escape(label)}", text):
        return True     # "Zentri's platform, Zentri Scan": the company's product, whoever speaks as "Zentri"
    return re.search(rf"(?<![\w-]){name}\s+(?:said|says|told|added|explained|a\s+déclaré|explique|ajoute|précise|"
                     rf"raconte)\b|\b(?:said|says|dit|explique)\s+{name}(?![\w-])", text) is None


#: What a company's product is called before its name: "Zentri's platform, Zentri Loop".
_PRODUCT_NOUNS = (r"(?:platform|product|software|model|tool|app|application|system|service|engine|chip|assistant|"
                  r"offering|solution)")


def _moved(named: Counter, entities: dict[str, Entity], old: str, new: str) -> None:
    """One mention moved from entity ``old`` to ``new``: the counts follow, and ``old`` goes once nothing
    names it."""
    named[old] -= 1
    named[new] += 1
    if old in entities and old != new and not named[old]:
        del entities[old]


def _add_alias(entities: dict[str, Entity], key: str, alias: str) -> None:
    entities[key] = replace(entities[key], aliases=entities[key].aliases | {alias})


#: An acronym in brackets right after a name: "la Banque régionale d'innovation (BRI)".
_BRACKETED = re.compile(r"\s*\(([A-Z][A-Z0-9&]{1,7})\)")


def _not_org(typ: str) -> bool:
    """A person, a place or a name of unknown kind: nothing an organisation's short form stands for."""
    return typ in ("Person", "Unknown") or typ in PLACE_TYPES


def _acronyms(mentions: list[Mention], entities: dict[str, Entity], text: str) -> dict[str, str]:
    """The acronyms an article gives in brackets after an organisation's name, to that organisation's key:
    "la Banque régionale d'innovation (BRI)" -> BRI; the letters must be the initials of its words."""
    out: dict[str, str] = {}
    for m in mentions:
        ent = entities.get(m.key)
        acr = _BRACKETED.match(text, m.end)
        if ent is None or _not_org(ent.type) or acr is None:
            continue
        initials = "".join(w[0] for w in re.findall(r"[^\W\d_][\w-]*", re.sub(r"\b[dl][’']", " ", m.text)))
        letters = acr.group(1).replace("&", "")
        if _in_order(letters.lower(), initials.lower()) and letters[0].lower() == initials[:1].lower():
            out[acr.group(1)] = m.key
    return out


def _in_order(letters: str, initials: str) -> bool:
    """Are ``letters`` found in ``initials`` in order (function words may give no letter)?"""
    it = iter(initials)
    return all(c in it for c in letters)


#: The second word of a company's two-word name that the text may leave out ("Zentri Credit", "Kerlo Vision");
#: not a product's ("Zentri Pro", "Zentri Lite") nor a part of the company ("Zentri Blog"): ``trade_words`` of the
#: lexicon.
@lru_cache(maxsize=1)
def _trade_words() -> frozenset[str]:
    return frozenset(lexicon()["trade_words"]["words"])


#: The last word of a company's venture arm's name ("Kerlo Ventures" beside "Kerlo Electric"), not of a group's own
#: name ("Kerlo Holdings").
_ARM_WORDS = frozenset({"Ventures", "Venture", "Capital", "Fund", "Funds", "Invest", "Investments", "Investment"})


def _common(word: str) -> bool:
    """Is ``word`` a frequent English or French word ("Credit", "Vision", "Security")?"""
    return max(zipf(word.lower(), "en") or 0.0, zipf(word.lower(), "fr") or 0.0) >= 3.0


def _short_org_names(mentions: list[Mention], entities: dict[str, Entity], named: Counter,
                     acronyms: dict[str, str]) -> list[Mention]:
    """"Kumori" after "Kumori AI", "Larkmoor" after "Larkmoor Labs": a name without the organisation
    suffix the article first gave it ("AI", "Labs", "Technologies": ``org_suffix`` of the lexicon) is the
    same organisation, whatever the recogniser typed the short form (a headline's "Japan's Kumori", "Elevation"
    beside the knowledge base's "Elevation Capital"); so
    is an acronym given in brackets after the name ("Banque régionale d'innovation (BRI)")."""
    suffixes = {w for ws in lexicon()["org_suffix"].values() for w in ws}
    heads: dict[str, str] = dict(acronyms)
    firsts: dict[str, str] = {}
    for key, ent in entities.items():
        if _not_org(ent.type):
            continue
        for form in sorted({ent.label} | set(ent.aliases)):
            words = form.split()
            while len(words) > 2 and words[-1].rstrip(".") in legal_forms():
                words = words[:-1]          # "Quarrystone AI Inc", a court filing's name: "Quarrystone AI"
            if len(words) < 2 or words[-1] not in suffixes:
                continue
            head = " ".join(words[:-1])
            if head not in acronyms:
                heads[head] = key if heads.get(head, key) == key else ""
        # "Orvane" after "Orvane Industrial Software": the first word of one organisation's name of three
        # words or more, a name of its own shape, no first name and no name the knowledge base knows
        first = ent.label.split()[0] if len(ent.label.split()) >= 3 and not ent.kb_id else ""
        if len(ent.label.split()) == 2 and not ent.kb_id and ent.label.split()[1] in _trade_words() \
                and not _common(ent.label.split()[0]):
            first = ent.label.split()[0]    # "Zentri" after "Zentri Credit": a coined word and a trade's
        if len(first) >= 4 and first[0].isupper() and first[1:].islower() and first not in first_names():
            firsts[first] = key if firsts.get(first, key) == key else ""
    for head, key in list(heads.items()):
        if not key or entities[key].type not in INVESTOR_TYPES or head in acronyms \
                or entities[key].label.split()[-1] not in _ARM_WORDS:
            continue
        parents = {k for k, e in entities.items() if k != key and not _not_org(e.type)
                   and e.type not in INVESTOR_TYPES and e.label.startswith(head + " ")}
        if parents:     # "Tsuru" beside "Tsuru Ventures" and "Tsuru Electric": the group, not its venture arm
            group = min(parents, key=lambda k: (len(entities[k].label), k))     # (and its "Co.", its "America")
            heads[head] = group if all(entities[k].label.startswith(entities[group].label) for k in parents) else ""
    for key, ent in entities.items():
        words = ent.label.split()
        if not _not_org(ent.type) and len(words) >= 3 and words[-1].rstrip(".") in legal_forms():
            bare = " ".join(words[:-1]).rstrip(",")
            other = next((k for k, e in entities.items()
                          if k != key and e.label == bare and not _not_org(e.type)), None)
            if other is not None:
                heads.setdefault(ent.label, other)  # "Tsuru Electric Co." beside "Tsuru Electric": one company
    first_seen: dict[str, int] = {}
    for m in mentions:
        first_seen.setdefault(m.key, m.start)
    for first, key in firsts.items():
        if key and any(k != key and e.label.startswith(first + " ") and not _not_org(e.type)
                       for k, e in entities.items()):
            continue                # "Kerlo" beside "Kerlo Motors" and "Kerlo Motors Fund": either
        if key and len(entities[key].label.split()) > 2 \
                and any(m.text == first and m.start < first_seen.get(key, m.start) for m in mentions):
            continue                # "Zentri" named before "Zentri America Inc": the parent, not its unit (but
            #                         a headline's "Zentri" before "Zentri Quantum": the company, its trade after)
        if key and first not in heads and first not in acronyms:
            heads[first] = key
    out = list(mentions)
    retyped: set[str] = set()
    short: dict[str, Counter] = {}
    for i, m in enumerate(out):
        key = heads.get(m.text, "")
        if not key or m.source == "kb" or m.key == key:
            continue
        if entities[key].type in PRODUCT_TYPES:    # "Kairo Robotics" typed a machine, "Kairo" a company:
            entities[key] = replace(entities[key], type=m.type if m.type in ORG_TYPES else "Company")
            retyped.add(key)
        short.setdefault(key, Counter())[(m.text, m.type)] += 1
        _moved(named, entities, m.key, key)
        out[i] = replace(m, key=key, type=entities[key].type)
        _add_alias(entities, key, m.text)
    for key, forms in short.items():
        (text, typ), n = max(forms.items(), key=lambda kv: (kv[1], kv[0]))
        if 2 * n > named[key] and typ in ORG_TYPES:
            # the short name the article uses most and gives first is the name ("Zentri … renamed
            # Zentri Holdings"): its label and its type, not the one the long name's suffix suggested
            ent = entities[key]
            if min((m.start, m.text) for m in out if m.key == key)[1] == text:
                entities[key] = replace(ent, label=text, type=typ, aliases=(ent.aliases | {ent.label}) - {text})
                retyped.add(key)
    return [replace(m, type=entities[m.key].type) if m.key in retyped else m for m in out]
