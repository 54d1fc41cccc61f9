"""kg's RDF layer: the ontology, facts to RDF with provenance, graph files, RDF back to tables, SHACL.

Modules, each importing only those above it::

    namespace   the ontology's terms as Python attributes (generated from ontology/kg.ttl)
    ontology    what kg reads from ontology/kg.ttl: class tree, labels, type groups, domains and ranges
    write       facts to RDF: one named graph per article, one kg:Statement per fact
    files       serialise, save and load graph files
    tables      RDF back to the fact and entity tables of the scorer's contract
    validate    SHACL validation against ontology/shapes.ttl
"""
from __future__ import annotations

from .files import load_graph, save_graph, serialize, union_graph
from .tables import entity_rows, fact_rows, most_specific
from .write import (
           PREFIXES,
           add_extraction,
           amount_iri,
           article_iri,
           as_graph,
           entity_iri,
           new_dataset,
           statement_iri,
           to_dataset,
)

__all__ = ["PREFIXES", "add_extraction", "amount_iri", "article_iri", "as_graph", "entity_iri", "entity_rows",
           "fact_rows", "load_graph", "most_specific", "new_dataset", "save_graph", "serialize", "statement_iri",
           "to_dataset", "union_graph"]
