"""Facts to RDF with provenance, and RDF back to fact and entity tables.

Layout (see ``ontology/README.md``): each article is one named graph, named by the
article's IRI. It holds the article node, its entities (type, label, aliases), one
``kg:Statement`` per fact (rdf:subject/predicate/object plus provenance) and, for facts
the text asserts, reports or presupposes, the plain triple as well.
"""
from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from decimal import Decimal

from rdflib import OWL, RDF, RDFS, SKOS, XSD, Dataset, Graph, Literal, URIRef

from . import __version__
from .model import ARTICLE_KEY, ASSERTING, Amount, Extraction, Fact
from .namespace import AMOUNT, ARTICLE, ENTITY, KG, ONTOLOGY_IRI, STATEMENT
from .ontology import depth, superclasses

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
_STATUS_IRI = {s: getattr(KG, s.capitalize()) for s in
               ("asserted", "reported", "presupposed", "questioned", "negated", "planned", "hypothetical")}


def entity_iri(key: str) -> URIRef:
    return ENTITY[key]


def article_iri(key: str) -> URIRef:
    return ARTICLE[key]


def amount_iri(amount: Amount) -> URIRef:
    return AMOUNT[amount.key]


def _object_term(fact: Fact, art: URIRef):
    if isinstance(fact.object, Amount):
        return amount_iri(fact.object)
    if fact.relation == "foundingYear":
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
        g.add((node, RDF.type, getattr(KG, ent.type)))
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
        pred = getattr(KG, fact.relation)
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
        if fact.status in ASSERTING:
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


# ------------------------------------------------------------------ reading back


def _labels(g: Graph) -> dict:
    """One label per node: its rdfs:label, or, when articles named it differently, its
    knowledge-base name (skos:prefLabel), else the first label in sorted order."""
    out: dict = {}
    for s, o in g.subject_objects(RDFS.label):
        out.setdefault(s, set()).add(str(o))
    labels = {}
    for s, v in out.items():
        if len(v) > 1:
            pref = g.value(s, SKOS.prefLabel)
            labels[s] = str(pref) if pref is not None else sorted(v)[0]
        else:
            labels[s] = next(iter(v))
    return labels


def _types(g: Graph) -> dict:
    out: dict = {}
    for s, o in g.subject_objects(RDF.type):
        if str(o).startswith(ONTOLOGY_IRI):
            out.setdefault(s, set()).add(str(o)[len(ONTOLOGY_IRI):])
    return out


def most_specific(types: Iterable[str]) -> str:
    """The deepest class among ``types`` (ties broken by name, for determinism)."""
    types = sorted(types)
    return max(types, key=depth) if types else ""


def _value(term) -> str:
    if isinstance(term, Literal):
        return str(term)
    return str(term)


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


def fact_rows(g: Graph | Dataset) -> Iterator[dict]:
    """One dict per statement, in the JSONL contract of ``shared/eval/score.py``.

    Rows are sorted by article, start offset, relation, subject and object.
    """
    g = as_graph(g)
    labels, types = _labels(g), _types(g)
    amounts = {s: (g.value(s, KG.amountValue), g.value(s, KG.currency)) for s in g.subjects(RDF.type, KG.MonetaryAmount)}
    names = {}
    for art in g.subjects(RDF.type, KG.Article):
        names[art] = str(g.value(art, KG.fileName) or art)
    rows = []
    for st in g.subjects(RDF.type, KG.Statement):
        s, p, o = g.value(st, RDF.subject), g.value(st, RDF.predicate), g.value(st, RDF.object)
        if s is None or p is None or o is None:
            continue
        status = g.value(st, KG.status)
        art = g.value(st, KG.article)
        unit = None
        if o in amounts:
            value, cur = amounts[o]
            obj, otype, unit = f"{Decimal(str(value)).normalize():f}", "MonetaryAmount", (str(cur) if cur else None)
        elif isinstance(o, Literal):
            obj, otype = str(o), (o.datatype.split("#")[-1] if o.datatype else "string")
        else:
            obj, otype = labels.get(o, str(o)), most_specific(types.get(o, ()))
        conf = g.value(st, KG.confidence)
        rows.append({
            "subject": labels.get(s, str(s)),
            "subject_type": most_specific(types.get(s, ())),
            "relation": str(p)[len(ONTOLOGY_IRI):] if str(p).startswith(ONTOLOGY_IRI) else str(p),
            "object": obj,
            "object_type": otype,
            "unit": unit,
            "status": str(status)[len(ONTOLOGY_IRI):].lower() if status else "asserted",
            "confidence": float(conf) if conf is not None else None,
            "evidence": str(g.value(st, KG.evidence) or ""),
            "start": int(g.value(st, KG.start) or 0),
            "end": int(g.value(st, KG.end) or 0),
            "article": names.get(art, str(art) if art else ""),
            "extractor": str(g.value(st, KG.extractor) or ""),
            "statement": str(st),
        })
    rows.sort(key=lambda r: (r["article"], r["start"], r["relation"], r["subject"], r["object"], r["statement"]))
    return iter(rows)


def entity_rows(g: Graph | Dataset) -> Iterator[dict]:
    """One dict per entity (articles and amounts excluded), sorted by label."""
    g = as_graph(g)
    labels, types = _labels(g), _types(g)
    rows = []
    for node, ts in types.items():
        if ts & {"Article", "Statement", "MonetaryAmount"} or not str(node).startswith(str(ENTITY)):
            continue
        specific = most_specific(ts)
        chain = superclasses(specific)
        for t in sorted(ts, key=lambda t: (-depth(t), t)):
            for c in superclasses(t):
                if c not in chain:
                    chain.append(c)
        label = labels.get(node, str(node))
        aliases = sorted({str(a) for a in g.objects(node, KG.alias)} |
                         {str(a) for a in g.objects(node, RDFS.label)} - {label})
        rows.append({
            "label": label,
            "types": chain,
            "aliases": aliases,
            "same_as": sorted(str(x) for x in g.objects(node, OWL.sameAs)),
            "iri": str(node),
        })
    rows.sort(key=lambda r: (r["label"].casefold(), r["iri"]))
    return iter(rows)
