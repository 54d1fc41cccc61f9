"""Candidate facts: which pairs of things in a sentence may stand in which relation.

Every ordered pair of names in a sentence whose kinds fit a relation's domain and range, every
organisation with every sum of money and year of its sentence, the article with every person and
outlet (``quotes``, ``source``), and the passage's topic (the organisation, or the person, the text
is talking about) as the implicit subject of a sentence that does not name it ("The company raised
$5M", "Elle a levé 5 M€", "He previously worked at Google").
"""
from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache

from ..analysis.types import INVESTOR_TYPES
from ..rdf.ontology import domain, range_of, subclasses, superclasses, symmetric_relations
from .features import Arg, Sentence

#: The relations the relation model decides (the fact contract without ``concept``, found from the
#: concept vocabulary, ``released``, which kg leaves to ``developer``, and ``mentions``).
RELATIONS = ("founder", "ceo", "foundingYear", "formerEmployer", "employer", "workedOn", "investedIn", "fundsRaised",
             "valuation", "competitor", "country", "headquarters", "developer", "acquired", "partner", "hiredFrom",
             "quotes", "source")
_ROOTS = (("Person", "Person"), ("Organization", "Org"), ("Product", "Product"), ("Place", "Place"),
          ("Concept", "Concept"), ("Article", "Article"))


def group_of(cls: str) -> str:
    """The kind of an ontology class: Person, Org, Product, Place, Concept or Article."""
    chain = superclasses(cls)
    for root, group in _ROOTS:
        if root in chain:
            return group
    return "Org"


@cache
def _fits(cls: str | None) -> frozenset[str]:
    """The classes an end of a relation may have: its domain or range and everything below it; an
    end the ontology leaves open takes organisations and products (``competitor``)."""
    if cls is None:
        return subclasses("Organization") | subclasses("Product")
    if cls.endswith("#gYear"):
        return frozenset({"Year"})
    if cls == "MonetaryAmount":
        return frozenset({"Amount"})
    return subclasses(cls)


def relations_for(subj: Arg, obj: Arg) -> tuple[str, ...]:
    """The relations whose domain and range (``ontology/kg.ttl``) admit this subject and object."""
    out = []
    for rel in RELATIONS:
        if subj.type in _fits(domain(rel)) and obj.type in _fits(range_of(rel)):
            out.append(rel)
    return tuple(out)


SYMMETRIC = symmetric_relations()
_NOT_TOPIC = INVESTOR_TYPES | {"MediaOutlet", "GovernmentBody", "University"}


@dataclass(frozen=True)
class Candidate:
    sentence: int
    subj: Arg
    obj: Arg
    relations: tuple[str, ...]


def candidates(sentences: list[Sentence], topics: list[tuple[str | None, str | None, tuple[str, ...]]] | None = None,
               types: dict[str, str] | None = None,
               heads: Callable[[Sentence], bool] | None = None) -> Iterator[Candidate]:
    """Every candidate of every sentence, in a deterministic order; ``types`` gives the class of
    each entity key (for the implicit topic subjects). Where a sentence names neither topic and ``heads``
    says its pronoun takes the lead of the company ("Elle assume la direction générale"), the two topics
    are a ``ceo`` candidate."""
    article = Arg("article", "", "Article", "Article", source="article")
    for i, s in enumerate(sentences):
        ents = [a for a in s.args if a.kind == "entity"]
        values = [a for a in s.args if a.kind in ("amount", "year")]
        pairs: list[tuple[Arg, Arg]] = []
        for a in ents:
            pairs += [(a, b) for b in ents if b is not a and b.key != a.key]
            pairs += [(a, v) for v in values]
            if a.group in ("Person", "Org"):
                pairs.append((article, a))
        if topics is not None:
            org, person, _ = topics[i]
            named = {a.key for a in ents}
            for key, group in ((org, "Org"), (person, "Person")):
                if key is None or key in named:
                    continue
                t = Arg("topic", key, group, (types or {}).get(key, "Company" if group == "Org" else "Person"),
                        source="topic")
                pairs += [(t, b) for b in ents + values]
                pairs += [(b, t) for b in ents]
                if group == "Person":
                    pairs.append((article, t))
        both = (topics[i][0], topics[i][1]) if topics is not None else (None, None)
        if heads is not None and both[0] is not None and both[1] is not None \
                and not set(both) & {a.key for a in ents} and heads(s):
            org_t = Arg("topic", both[0], "Org", (types or {}).get(both[0], "Company"), source="topic")
            person_t = Arg("topic", both[1], "Person", (types or {}).get(both[1], "Person"), source="topic")
            if "ceo" in relations_for(org_t, person_t):
                yield Candidate(i, org_t, person_t, ("ceo",))
        for a, b in pairs:
            rels = ("quotes",) if a is article and b.kind == "topic" else relations_for(a, b)
            if rels:
                yield Candidate(i, a, b, rels)
