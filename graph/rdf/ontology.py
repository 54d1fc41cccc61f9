"""Where the ontology files live, and what kg reads from them (class tree, labels).

The ontology (``ontology/kg.ttl``) is the source of truth for every IRI and for the type
hierarchy; this module reads it once per process.
"""
from __future__ import annotations

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


@lru_cache(maxsize=1)
def _tree() -> tuple[dict[str, str], dict[str, dict[str, str]], set[str]]:
    import rdflib
    from rdflib.namespace import OWL, RDF, RDFS

    g = rdflib.Graph().parse(ontology_dir() / "kg.ttl", format="turtle")
    parents: dict[str, str] = {}
    labels: dict[str, dict[str, str]] = {}
    classes: set[str] = set()
    for cls in g.subjects(RDF.type, OWL.Class):
        if str(cls).startswith(ONTOLOGY_IRI):
            classes.add(str(cls)[len(ONTOLOGY_IRI):])
    for s, o in g.subject_objects(RDFS.subClassOf):
        if str(s).startswith(ONTOLOGY_IRI) and str(o).startswith(ONTOLOGY_IRI):
            parents[str(s)[len(ONTOLOGY_IRI):]] = str(o)[len(ONTOLOGY_IRI):]
    for s, o in g.subject_objects(RDFS.label):
        if str(s).startswith(ONTOLOGY_IRI):
            labels.setdefault(str(s)[len(ONTOLOGY_IRI):], {})[o.language or "en"] = str(o)
    return parents, labels, classes


def classes() -> set[str]:
    """Local names of every class in the ontology."""
    return set(_tree()[2])


def superclasses(local: str) -> list[str]:
    """The class and its ancestors, most specific first: ``Company`` -> Company, Organization, Agent."""
    parents = _tree()[0]
    chain = [local]
    while chain[-1] in parents and parents[chain[-1]] not in chain:
        chain.append(parents[chain[-1]])
    return chain


def depth(local: str) -> int:
    return len(superclasses(local))


def label(local: str, lang: str = "en") -> str:
    """The ontology label of a term in ``lang`` (falls back to English, then the local name)."""
    names = _tree()[1].get(local, {})
    return names.get(lang) or names.get("en") or local
