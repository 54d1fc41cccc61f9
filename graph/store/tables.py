"""Fact and entity tables of a store, read through SPARQL (see :mod:`graph.rdf.tables`).

The store is never copied into rdflib: a few flat SELECTs of one triple pattern each are joined
in Python by the same row-building code as the rdflib readers, so both give the same rows.
"""
from __future__ import annotations

from collections.abc import Iterator

from rdflib import OWL, RDFS, SKOS

from ..rdf.namespace import KG, ONTOLOGY_IRI
from ..rdf.tables import ENTITY_NS, LANG_STRING, RDF_NS, STATEMENT_PROPS, XSD_STRING, Lit, entity_rows_of, fact_rows_of
from .base import BaseStore

_ENTITY_FILTER = f'FILTER(isIRI(?s) && STRSTARTS(STR(?s), "{ENTITY_NS}"))'


def _select(variables: str, pattern: str, entities_only: bool = False, *, distinct: bool = True) -> str:
    namespaces = (("rdf", RDF_NS), ("rdfs", str(RDFS)), ("skos", str(SKOS)), ("owl", str(OWL)), ("kg", ONTOLOGY_IRI))
    prefixes = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in namespaces)
    body = pattern + (" " + _ENTITY_FILTER if entities_only else "")
    return f"{prefixes}SELECT {'DISTINCT ' if distinct else ''}{variables} WHERE {{ {body} }}"


class StoreTables:
    """The flat tables of a store, from SPARQL SELECTs of one triple pattern each (the default graph
    is every article), joined here in dicts."""

    def __init__(self, store):
        self.store = store

    def _rows(self, sparql: str) -> Iterator[tuple]:
        import pyoxigraph as ox

        named, blank, lit = ox.NamedNode, ox.BlankNode, ox.Literal

        def plain(t):
            cls = t.__class__
            if cls is named or cls is blank:
                return t.value
            if cls is lit:
                if t.language:
                    return Lit(t.value, None)
                dt = t.datatype.value
                return Lit(t.value, None if dt == XSD_STRING or dt == LANG_STRING else dt)
            return None

        for sol in self.store.query(sparql):
            yield tuple(plain(t) for t in sol)

    def statements(self) -> Iterator[tuple]:
        # One query per property, without joining on the type: joins cost Oxigraph more than
        # these index scans (1M triples: 3 s instead of 11 s); typed statements are kept here.
        typed = {st for (st,) in self._rows(_select("?st", "?st a kg:Statement .", distinct=False))}
        for p in STATEMENT_PROPS:
            for st, o in self._rows(_select("?st ?o", f"?st <{p}> ?o .", distinct=False)):
                if st in typed:
                    yield st, p, o

    def _pairs(self, pattern: str, entities_only: bool) -> Iterator[tuple]:
        return self._rows(_select("?s ?o", pattern, entities_only))

    def labels(self, entities_only: bool = False):
        return self._pairs("?s rdfs:label ?o .", entities_only)

    def pref_labels(self, entities_only: bool = False):
        return self._pairs("?s skos:prefLabel ?o .", entities_only)

    def types(self, entities_only: bool = False):
        return self._pairs(f'?s rdf:type ?o . FILTER(STRSTARTS(STR(?o), "{ONTOLOGY_IRI}"))', entities_only)

    def aliases(self):
        return self._pairs("?s kg:alias ?o .", True)

    def same_as(self):
        return self._pairs("?s owl:sameAs ?o .", True)

    def _with_optional(self, node_pattern: str, *props: str) -> Iterator[tuple]:
        """Rows (node, value of each prop or None) for the nodes matching ``node_pattern``: what
        ``OPTIONAL`` would give, from flat queries (Oxigraph's OPTIONAL can be very slow on a union
        default graph: minutes at 1M triples)."""
        nodes = [n for (n,) in self._rows(_select("?s", node_pattern))]
        values = []
        for prop in props:
            found: dict = {}
            for n, o in self._rows(_select("?s ?o", f"?s <{prop}> ?o .")):
                found.setdefault(n, []).append(o)
            values.append(found)
        for n in nodes:
            rows: list[tuple] = [(n,)]
            for found in values:
                rows = [r + (o,) for r in rows for o in (found.get(n) or [None])]
            yield from rows

    def amounts(self) -> Iterator[tuple]:
        return self._with_optional("?s a kg:MonetaryAmount .", str(KG.amountValue), str(KG.currency))

    def articles(self) -> Iterator[tuple]:
        return self._with_optional("?s a kg:Article .", str(KG.fileName))


def fact_rows_from_store(store) -> Iterator[dict]:
    """:func:`graph.rdf.fact_rows` of a store (or store spec), read through SPARQL on the store: the
    same rows, without copying the store into rdflib."""
    return _from_store(store, fact_rows_of)


def entity_rows_from_store(store) -> Iterator[dict]:
    """:func:`graph.rdf.entity_rows` of a store (or store spec), read through SPARQL on the store."""
    return _from_store(store, entity_rows_of)


def _from_store(source, build) -> Iterator[dict]:
    from .open import as_store

    if isinstance(source, BaseStore):
        return build(StoreTables(source))
    with as_store(source) as st:
        return build(StoreTables(st))
