"""Facts to RDF with provenance.

Layout (see ``ontology/README.md``): each article is one named graph, named by the
article's IRI. It holds the article node, its entities (type, label, aliases), one
``kg:Statement`` per fact (rdf:subject/predicate/object plus provenance) and, for facts
the text asserts, reports or presupposes, the plain triple as well.
"""
from __future__ import annotations

import hashlib
from collections.abc import Iterable
from decimal import Decimal

from rdflib import OWL, RDF, RDFS, SKOS, XSD, Dataset, Graph, Literal, URIRef

from .. import __version__
from ..model import ARTICLE_KEY, Amount, Extraction, Fact, Relation, Status
from .namespace import AMOUNT, ARTICLE, ENTITY, KG, ONTOLOGY_IRI, STATEMENT

PREFIXES = {
    "kg": ONTOLOGY_IRI,
    "id": str(ENTITY),
    "art": str(ARTICLE),
    "st": str(STATEMENT),
    "amount": str(AMOUNT),
    "xsd": str(XSD),
    "rdfs": str(RDFS),
    "skos": str(SKOS),
}
_STATUS_IRI: dict[Status, URIRef] = {s: getattr(KG, s.capitalize()) for s in Status}
_RELATION_IRI: dict[Relation, URIRef] = {r: getattr(KG, r) for r in Relation}    # fails here if Relation drifts


def class_iri(local: str) -> URIRef:
    """The IRI of an ontology class (AttributeError for a name the ontology does not have)."""
    iri: URIRef = getattr(KG, local)
    return iri


def entity_iri(key: str) -> URIRef:
    return ENTITY[key]


def article_iri(key: str) -> URIRef:
    return ARTICLE[key]


def amount_iri(amount: Amount) -> URIRef:
    return AMOUNT[amount.key]


def _object_term(fact: Fact, art: URIRef):
    if isinstance(fact.object, Amount):
        return amount_iri(fact.object)
    if fact.relation is Relation.foundingYear:
        return Literal(str(fact.object), datatype=XSD.gYear)
    if fact.object == ARTICLE_KEY:
        return art
    return entity_iri(fact.object)


def statement_iri(art_key: str, fact: Fact) -> URIRef:
    obj = fact.object.key if isinstance(fact.object, Amount) else str(fact.object)
    raw = "\x1f".join([art_key, fact.subject, fact.relation, obj, str(fact.start), fact.status])
    return STATEMENT[hashlib.sha256(raw.encode()).hexdigest()[:20]]


def add_extraction(ds: Dataset, ex: Extraction) -> Graph:
    """Write one article's extraction into its named graph of ``ds``; returns that graph."""
    a = ex.article
    art = article_iri(a.key)
    g = ds.graph(art)
    g.add((art, RDF.type, KG.Article))
    g.add((art, RDFS.label, Literal(a.title or a.name or a.key)))
    g.add((art, KG.text, Literal(a.text)))
    g.add((art, KG.contentHash, Literal(a.hash)))
    for prop, value in ((KG.title, a.title), (KG.url, a.url), (KG.site, a.site),
                        (KG.language, a.lang), (KG.fileName, a.name)):
        if value:
            g.add((art, prop, Literal(value)))
    if a.published:
        g.add((art, KG.published, Literal(a.published, datatype=XSD.date)))
    for key, ent in ex.entities.items():
        node = entity_iri(key)
        g.add((node, RDF.type, class_iri(ent.type)))
        g.add((node, RDFS.label, Literal(ent.label)))
        for alias in ent.aliases:
            if alias != ent.label:
                g.add((node, KG.alias, Literal(alias)))
        if ent.kb_id:
            g.add((node, KG.kbId, Literal(ent.kb_id)))
        if ent.kb_name:
            g.add((node, SKOS.prefLabel, Literal(ent.kb_name)))
        if ent.wikidata:
            g.add((node, OWL.sameAs, URIRef("http://www.wikidata.org/entity/" + ent.wikidata)))
    for key in ex.mentions:
        g.add((art, KG.mentions, entity_iri(key)))
    for fact in ex.facts:
        subj = art if fact.subject == ARTICLE_KEY else entity_iri(fact.subject)
        pred = _RELATION_IRI[fact.relation]
        obj = _object_term(fact, art)
        if isinstance(fact.object, Amount):
            g.add((obj, RDF.type, KG.MonetaryAmount))
            g.add((obj, KG.amountValue, Literal(fact.object.value, datatype=XSD.decimal)))
            if fact.object.currency:
                g.add((obj, KG.currency, Literal(fact.object.currency)))
            g.add((obj, RDFS.label, Literal(_amount_label(fact.object))))
        st = statement_iri(a.key, fact)
        g.add((st, RDF.type, KG.Statement))
        g.add((st, RDF.subject, subj))
        g.add((st, RDF.predicate, pred))
        g.add((st, RDF.object, obj))
        g.add((st, KG.article, art))
        g.add((st, KG.status, _STATUS_IRI[fact.status]))
        g.add((st, KG.confidence, Literal(Decimal(str(round(fact.confidence, 3))), datatype=XSD.decimal)))
        g.add((st, KG.extractor, Literal(fact.extractor)))
        g.add((st, KG.extractorVersion, Literal(__version__)))
        g.add((st, KG.start, Literal(fact.start, datatype=XSD.integer)))
        g.add((st, KG.end, Literal(fact.end, datatype=XSD.integer)))
        g.add((st, KG.evidence, Literal(a.text[fact.start:fact.end])))
        if isinstance(fact.object, Amount) and fact.object.surface:
            g.add((st, KG.surfaceForm, Literal(fact.object.surface)))
        if fact.round_type:
            g.add((st, KG.roundType, Literal(fact.round_type)))
        if fact.valuation_basis:
            g.add((st, KG.valuationBasis, Literal(fact.valuation_basis)))
        if fact.status.asserting:
            g.add((subj, pred, obj))
    return g


def _amount_label(amount: Amount) -> str:
    return f"{amount.value.normalize():f} {amount.currency or ''}".strip()


def new_dataset() -> Dataset:
    ds = Dataset()
    for prefix, ns in PREFIXES.items():
        ds.bind(prefix, ns, override=True)
    ds.bind("owl", str(OWL))
    return ds


def to_dataset(extractions: Iterable[Extraction]) -> Dataset:
    ds = new_dataset()
    for ex in extractions:
        add_extraction(ds, ex)
    return ds

def as_graph(g: Graph | Dataset) -> Graph:
    """A Dataset's named graphs and default graph as one graph (readers see every article)."""
    if not isinstance(g, Dataset):
        return g
    union = Graph()
    for prefix, ns in PREFIXES.items():
        union.bind(prefix, ns, override=True)
    for ctx in g.graphs():
        for t in ctx:
            union.add(t)
    return union
