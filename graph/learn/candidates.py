"""Candidate facts: which pairs of things in a sentence may stand in which relation.

Every ordered pair of names in a sentence whose kinds fit a relation's domain and range, every
organisation with every sum of money and year of its sentence, the article with every person and
outlet (``quotes``, ``source``), and the passage's topic (the organisation, or the person, the text
is talking about) as the implicit subject of a sentence that does not name it ("The company raised
$5M", "Elle a levé 5 M€", "He previously worked at Google").
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from .features import Arg, Sentence

GROUPS = {
    "Person": "Person",
    "Organization": "Org", "Company": "Org", "InvestmentFirm": "Org", "VentureCapitalFirm": "Org",
    "SovereignFund": "Org", "Bank": "Org", "ResearchLab": "Org", "MediaOutlet": "Org", "University": "Org",
    "GovernmentBody": "Org",
    "Product": "Product", "AIModel": "Product", "Software": "Product", "Hardware": "Product", "CloudService": "Product",
    "Place": "Place", "Country": "Place", "City": "Place", "Region": "Place",
    "Concept": "Concept",
}
# relation -> (subject groups, object groups)
SIGNATURES: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "founder": (frozenset({"Org"}), frozenset({"Person", "Org"})),
    "ceo": (frozenset({"Org"}), frozenset({"Person"})),
    "foundingYear": (frozenset({"Org"}), frozenset({"Year"})),
    "formerEmployer": (frozenset({"Person"}), frozenset({"Org"})),
    "employer": (frozenset({"Person"}), frozenset({"Org"})),
    "workedOn": (frozenset({"Person"}), frozenset({"Product"})),
    "investedIn": (frozenset({"Person", "Org"}), frozenset({"Org"})),
    "fundsRaised": (frozenset({"Org"}), frozenset({"Amount"})),
    "valuation": (frozenset({"Org"}), frozenset({"Amount"})),
    "competitor": (frozenset({"Org", "Product"}), frozenset({"Org", "Product"})),
    "country": (frozenset({"Org", "Product", "Person"}), frozenset({"Country"})),
    "headquarters": (frozenset({"Org"}), frozenset({"Place"})),
    "developer": (frozenset({"Product"}), frozenset({"Org", "Person"})),
    "acquired": (frozenset({"Org"}), frozenset({"Org", "Product"})),
    "partner": (frozenset({"Org", "Person", "Product"}), frozenset({"Org", "Person", "Product"})),
    "hiredFrom": (frozenset({"Org"}), frozenset({"Org"})),
    "quotes": (frozenset({"Article"}), frozenset({"Person"})),
    "source": (frozenset({"Article"}), frozenset({"Org"})),
}
RELATIONS = tuple(SIGNATURES)
SYMMETRIC = frozenset({"competitor", "partner"})
_NOT_TOPIC = {"InvestmentFirm", "VentureCapitalFirm", "SovereignFund", "Bank", "MediaOutlet", "GovernmentBody",
              "University"}


def group_of(cls: str) -> str:
    return GROUPS.get(cls, "Org")


def _obj_group(arg: Arg) -> str:
    return "Country" if arg.type == "Country" else arg.group


def relations_for(subj: Arg, obj: Arg) -> tuple[str, ...]:
    """The relations whose domain and range admit this subject and object."""
    out = []
    for rel, (sg, og) in SIGNATURES.items():
        if subj.group in sg and (obj.group in og or _obj_group(obj) in og):
            if rel == "headquarters" and obj.type == "Country":
                continue
            out.append(rel)
    return tuple(out)


@dataclass(frozen=True)
class Candidate:
    sentence: int
    subj: Arg
    obj: Arg
    relations: tuple[str, ...]


def main_organisation(sentences: list[Sentence]) -> str | None:
    """The organisation the article is about: named most, the title counting thrice, sentence
    openers twice; investors, outlets and public bodies count for a third."""
    score: Counter = Counter()
    for s in sentences:
        seen = set()
        for a in s.args:
            if a.kind != "entity" or a.group != "Org" or a.key in seen:
                continue
            seen.add(a.key)
            w = 3.0 if s.index == 0 or s.title else 1.0
            if a.start <= 3:
                w += 1.0
            if a.type in _NOT_TOPIC:
                w /= 3
            score[a.key] += w
    if not score:
        return None
    best = sorted(score.items(), key=lambda kv: (-kv[1], kv[0]))[0]
    return best[0] if best[1] >= 2 else None


def _opener(s: Sentence, groups: set[str]) -> Arg | None:
    """The name a sentence opens with (within its first few words), if of one of ``groups``."""
    for a in s.args:
        if a.kind != "entity":
            continue
        head = s.text[:a.start]
        if len(head.split()) > 4 or "," in head and a.group != "Org":
            return None
        if a.group in groups:
            low = head.lower().strip()
            if low.endswith((" de", " d'", " d’", " of", " by", " par", " with", " avec", " from", " chez", " at")):
                return None
            return a
        return None
    return None


def assign_topics(sentences: list[Sentence], blocks: list[int]) -> list[tuple[str | None, str | None]]:
    """(topic organisation, topic person) of each sentence: who the passage is about when the
    sentence does not name them. The organisation is the last one that opened a sentence in the
    same paragraph, else the article's main organisation; the person the last one named as the
    opener of the previous sentence."""
    main = main_organisation(sentences)
    out: list[tuple[str | None, str | None]] = []
    org: str | None = main
    person: str | None = None
    prev_block = None
    for s, block in zip(sentences, blocks):
        if block != prev_block:
            org = main
            prev_block = block
        out.append((org, person))
        opener = _opener(s, {"Org", "Person"})
        if opener is not None and opener.group == "Org" and opener.type not in _NOT_TOPIC:
            org = opener.key
        persons = [a for a in s.args if a.group == "Person"]
        if opener is not None and opener.group == "Person":
            person = opener.key
        elif len({a.key for a in persons}) == 1:
            person = persons[0].key
        elif persons:
            person = None
    for s in sentences:
        s.main = main
    return out


def candidates(sentences: list[Sentence], topics: list[tuple[str | None, str | None]] | None = None,
               types: dict[str, str] | None = None) -> Iterator[Candidate]:
    """Every candidate of every sentence, in a deterministic order; ``types`` gives the class of
    each entity key (for the implicit topic subjects)."""
    article = Arg("article", "", "Article", "Article", source="article")
    for i, s in enumerate(sentences):
        ents = [a for a in s.args if a.kind == "entity"]
        values = [a for a in s.args if a.kind in ("amount", "year")]
        for a in ents:
            for b in ents:
                if a is b or a.key == b.key:
                    continue
                rels = relations_for(a, b)
                if rels:
                    yield Candidate(i, a, b, rels)
            for v in values:
                rels = relations_for(a, v)
                if rels:
                    yield Candidate(i, a, v, rels)
            if a.group in ("Person", "Org"):
                rels = relations_for(article, a)
                if rels:
                    yield Candidate(i, article, a, rels)
        if topics is None:
            continue
        org, person = topics[i]
        named = {a.key for a in ents}
        for key, group in ((org, "Org"), (person, "Person")):
            if key is None or key in named:
                continue
            t = Arg("topic", key, group, (types or {}).get(key, "Company" if group == "Org" else "Person"), source="topic")
            for b in ents + values:
                rels = relations_for(t, b)
                if rels:
                    yield Candidate(i, t, b, rels)
            for b in ents:
                rels = relations_for(b, t)
                if rels:
                    yield Candidate(i, b, t, rels)
            if group == "Person":
                yield Candidate(i, article, t, ("quotes",))
