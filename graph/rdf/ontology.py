"""Where the ontology files live, and what kg reads from them: the class tree, labels, the
relations with their domains and ranges, and which relations are symmetric.

The ontology (``ontology/kg.ttl``) is the source of truth for every IRI, for the type hierarchy
and for what each relation links; this module reads it once per process.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .namespace import ONTOLOGY_IRI


def ontology_dir() -> Path:
    """The folder holding ``kg.ttl``, ``shapes.ttl`` and ``queries/``.

    In a source checkout that is ``ontology/`` at the top; in a wheel it is shipped
    inside the package as ``graph/_ontology``.
    """
    package = Path(__file__).resolve().parent.parent
    for candidate in (package / "_ontology", package.parent / "ontology"):
        if (candidate / "kg.ttl").is_file():
            return candidate
    raise FileNotFoundError("kg's ontology folder is missing; reinstall kg (pip install -e .)")


@dataclass(frozen=True)
class _Terms:
    parents: dict[str, str]                 # class -> its superclass
    labels: dict[str, dict[str, str]]       # term -> language -> label
    classes: frozenset[str]
    properties: frozenset[str]              # object and datatype properties
    symmetric: frozenset[str]
    domains: dict[str, str]                 # property -> the class of its subject
    ranges: dict[str, str]                  # property -> the class (or datatype) of its object


def _local(term) -> str | None:
    text = str(term)
    return text[len(ONTOLOGY_IRI):] if text.startswith(ONTOLOGY_IRI) and len(text) > len(ONTOLOGY_IRI) else None


@lru_cache(maxsize=1)
def _terms() -> _Terms:
    import rdflib
    from rdflib.namespace import OWL, RDF, RDFS

    g = rdflib.Graph().parse(ontology_dir() / "kg.ttl", format="turtle")
    parents: dict[str, str] = {}
    labels: dict[str, dict[str, str]] = {}
    for s, o in g.subject_objects(RDFS.subClassOf):
        child, parent = _local(s), _local(o)
        if child and parent:
            parents[child] = parent
    for s, o in g.subject_objects(RDFS.label):
        name = _local(s)
        if name and isinstance(o, rdflib.Literal):
            labels.setdefault(name, {})[o.language or "en"] = str(o)

    def locals_of(kind) -> frozenset[str]:
        return frozenset(n for n in (_local(s) for s in g.subjects(RDF.type, kind)) if n)

    def ends(prop) -> dict[str, str]:
        found = {}
        for s, o in g.subject_objects(prop):
            name = _local(s)
            if name:
                found[name] = _local(o) or str(o)
        return found

    return _Terms(parents=parents, labels=labels, classes=locals_of(OWL.Class),
                  properties=locals_of(OWL.ObjectProperty) | locals_of(OWL.DatatypeProperty),
                  symmetric=locals_of(OWL.SymmetricProperty), domains=ends(RDFS.domain), ranges=ends(RDFS.range))


def classes() -> set[str]:
    """Local names of every class in the ontology."""
    return set(_terms().classes)


def superclasses(local: str) -> list[str]:
    """The class and its ancestors, most specific first: ``Company`` -> Company, Organization, Agent."""
    parents = _terms().parents
    chain = [local]
    while chain[-1] in parents and parents[chain[-1]] not in chain:
        chain.append(parents[chain[-1]])
    return chain


def subclasses(local: str) -> frozenset[str]:
    """The class and every class below it: ``InvestmentFirm`` -> InvestmentFirm, VentureCapitalFirm, ..."""
    return frozenset(c for c in _terms().classes if local in superclasses(c))


def depth(local: str) -> int:
    return len(superclasses(local))


def label(local: str, lang: str = "en") -> str:
    """The ontology label of a term in ``lang`` (falls back to English, then the local name)."""
    names = _terms().labels.get(local, {})
    return names.get(lang) or names.get("en") or local


def properties() -> list[str]:
    """Local names of the ontology's properties, sorted."""
    return sorted(_terms().properties)


def symmetric_relations() -> frozenset[str]:
    """Relations that read the same both ways (``competitor``, ``partner``)."""
    return _terms().symmetric


def domain(relation: str) -> str | None:
    """The class of a relation's subject (``rdfs:domain``), None when the ontology leaves it open."""
    return _terms().domains.get(relation)


def range_of(relation: str) -> str | None:
    """The class of a relation's object (``rdfs:range``; a datatype IRI for datatype properties)."""
    return _terms().ranges.get(relation)
