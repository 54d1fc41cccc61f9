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


def test_ontology_namespace_module_is_generated_from_the_ttl():
    """graph/rdf/namespace.py is what `python -m graph.rdf.gen_namespace` writes from kg.ttl."""
    from graph.rdf import gen_namespace

    assert gen_namespace.TARGET.read_text(encoding="utf-8") == gen_namespace.render()


def test_ontology_namespace_generator_follows_the_ttl(tmp_path):
    from graph.rdf import gen_namespace

    ttl = tmp_path / "kg.ttl"
    ttl.write_text((ontology_dir() / "kg.ttl").read_text(encoding="utf-8") +
                   '\nkg:Spaceship a owl:Class ; rdfs:comment "A vehicle for space travel."@en .\n', encoding="utf-8")
    text = gen_namespace.render(ttl)
    assert "    # A vehicle for space travel.\n    Spaceship: URIRef\n" in text
    assert text != gen_namespace.render()


def test_ontology_type_groups_come_from_the_class_tree():
    from graph.analysis.types import INVESTOR_TYPES, ORG_TYPES, PLACE_TYPES, PRODUCT_TYPES, TYPE_GROUPS
    from graph.rdf.ontology import classes

    assert INVESTOR_TYPES == {"InvestmentFirm", "VentureCapitalFirm", "SovereignFund", "Bank"}
    assert PRODUCT_TYPES == {"Product", "AIModel", "Software", "Hardware", "CloudService"}
    assert PLACE_TYPES == {"Place", "Country", "City", "Region"}
    assert INVESTOR_TYPES < ORG_TYPES and "Person" not in ORG_TYPES
    assert all(group <= classes() for group in TYPE_GROUPS.values())


def test_ontology_domains_and_ranges_type_unknown_names():
    from graph.analysis.types import AGENT, implied_types

    assert implied_types("founder") == ("Organization", AGENT)
    assert implied_types("investedIn") == (AGENT, "Organization")
    assert implied_types("developer") == ("Product", "Organization")
    assert implied_types("workedOn") == ("Person", "Product")
    assert implied_types("competitor") == (None, None)          # left open by the ontology
    assert implied_types("country") == (None, None)             # places come from the knowledge base
    assert implied_types("headquarters") == ("Organization", None)


def test_ontology_symmetric_relations_are_read_from_the_ttl():
    from graph.rdf.ontology import symmetric_relations

    assert symmetric_relations() == {"competitor", "partner"}


def test_ontology_relation_and_status_enums_match_the_ttl():
    from graph.model import Relation, Status

    g, terms = _terms()
    assert set(Relation) <= terms
    assert {r for r in Relation if (KG[r], RDF.type, OWL.ObjectProperty) not in g} == {"foundingYear"}
    statuses = {str(s)[len(ONTOLOGY_IRI):] for s in g.subjects(RDF.type, KG.AssertionStatus)}
    assert {s.capitalize() for s in Status} == statuses
