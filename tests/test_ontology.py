"""The ontology is the source of truth: the namespace, extractors and readers follow it."""
from __future__ import annotations

import rdflib
from rdflib.namespace import OWL, RDF

from graph.rdf.namespace import KG, ONTOLOGY_IRI
from graph.rdf.ontology import ontology_dir, superclasses

CONTRACT = {"founder", "ceo", "foundingYear", "formerEmployer", "employer", "workedOn", "investedIn",
            "fundsRaised", "valuation", "competitor", "country", "headquarters", "developer", "acquired",
            "partner", "hiredFrom", "concept", "quotes", "source", "mentions"}


def _terms():
    g = rdflib.Graph().parse(ontology_dir() / "kg.ttl")
    return g, {str(s)[len(ONTOLOGY_IRI):] for s in g.subjects() if str(s).startswith(ONTOLOGY_IRI) and str(s) != ONTOLOGY_IRI}


def test_ontology_namespace_matches_ttl():
    _, terms = _terms()
    declared = set(KG.__annotations__)
    assert terms == declared


def test_ontology_has_contract_properties_with_labels():
    g, terms = _terms()
    assert CONTRACT <= terms
    for name in CONTRACT:
        langs = {lit.language for lit in g.objects(KG[name], rdflib.RDFS.label)}
        assert {"en", "fr"} <= langs, name


def test_ontology_symmetric_properties():
    g, _ = _terms()
    for name in ("competitor", "partner"):
        assert (KG[name], RDF.type, OWL.SymmetricProperty) in g


def test_ontology_extractors_declare_known_relations():
    from graph.extractors import REGISTRY, get

    _, terms = _terms()
    for name in REGISTRY:
        ex = get(name)
        assert set(ex.relations) <= terms, name


def test_ontology_superclasses_chain():
    assert superclasses("VentureCapitalFirm") == ["VentureCapitalFirm", "InvestmentFirm", "Organization", "Agent"]
    assert superclasses("AIModel") == ["AIModel", "Product"]


def test_ontology_misspelt_term_raises():
    import pytest

    with pytest.raises(AttributeError):
        KG.foundr  # noqa: B018
