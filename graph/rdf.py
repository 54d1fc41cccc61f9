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
#
# Two readers build the same rows: fact_rows/entity_rows walk an rdflib graph, and
# fact_rows_from_store/entity_rows_from_store run SPARQL on a store (embedded Oxigraph, a
# graph file loaded into Oxigraph, or a remote server), without copying it into rdflib.
# Both fetch the same few flat tables (_GraphTables and _StoreTables: one rdflib pattern or
# one SPARQL SELECT each, on the union of the article graphs) and hand them to the same
# row-building code (_fact_rows, _entity_rows), so the two paths cannot drift apart.
#
# In those tables an IRI (or blank node) is its string and a literal is a _Lit. Where the
# graph holds several values for a property that is read as one (a statement's subject, an
# entity's skos:prefLabel, an amount's value, ...), the smallest is taken, for determinism.

_RDF_NS = str(RDF)
_ENTITY_NS = str(ENTITY)
_XSD_STRING = str(XSD.string)
_LANG_STRING = _RDF_NS + "langString"
_S, _P, _O = str(RDF.subject), str(RDF.predicate), str(RDF.object)
_STATUS, _ARTICLE, _CONF, _EVIDENCE = str(KG.status), str(KG.article), str(KG.confidence), str(KG.evidence)
_START, _END, _EXTRACTOR = str(KG.start), str(KG.end), str(KG.extractor)
_STATEMENT_PROPS = (_S, _P, _O, _STATUS, _ARTICLE, _CONF, _EVIDENCE, _START, _END, _EXTRACTOR)


class _Lit(tuple):
    """A literal in the flat tables: its lexical form and datatype IRI (None for plain,
    ``xsd:string`` and ``rdf:langString`` literals, as rdflib reads them). Its truth value
    is that of its text, as an rdflib Literal's is for strings."""

    __slots__ = ()

    def __new__(cls, value: str, datatype: str | None):
        return tuple.__new__(cls, (value, datatype))

    @property
    def value(self) -> str:
        return self[0]

    @property
    def datatype(self) -> str | None:
        return self[1]

    def __str__(self) -> str:
        return self[0]

    def __bool__(self) -> bool:
        return bool(self[0])


def _plain(term):
    """An rdflib term in the flat tables' form."""
    if term is None:
        return None
    if isinstance(term, Literal):
        dt = term.datatype
        return _Lit(str(term), None if dt is None or str(dt) == _LANG_STRING else str(dt))
    return str(term)


def _order(term) -> tuple:
    return (isinstance(term, _Lit), str(term), (term.datatype or "") if isinstance(term, _Lit) else "")


def _keep_least(d: dict, key, value) -> None:
    """``d[key] = value`` unless ``d`` already holds a smaller value there (None never wins)."""
    if value is None:
        return
    old = d.get(key)
    if old is None or (old != value and _order(value) < _order(old)):
        d[key] = value


def _is_entity(term) -> bool:
    return isinstance(term, URIRef) and str(term).startswith(_ENTITY_NS)


class _GraphTables:
    """The flat tables of an rdflib graph or dataset (the union of its graphs)."""

    def __init__(self, g: Graph | Dataset):
        self.g = as_graph(g)

    def _pairs(self, pred, entities_only: bool = False, *, objects=None) -> Iterator[tuple]:
        for s, o in self.g.subject_objects(pred):
            if entities_only and not _is_entity(s):
                continue
            if objects is not None and not objects(o):
                continue
            yield _plain(s), _plain(o)

    def statements(self) -> Iterator[tuple]:
        g = self.g
        wanted = set(_STATEMENT_PROPS)
        for st in g.subjects(RDF.type, KG.Statement):
            for p, o in g.predicate_objects(st):
                if str(p) in wanted:
                    yield str(st), str(p), _plain(o)

    def labels(self, entities_only: bool = False):
        return self._pairs(RDFS.label, entities_only)

    def pref_labels(self, entities_only: bool = False):
        return self._pairs(SKOS.prefLabel, entities_only)

    def types(self, entities_only: bool = False):
        return self._pairs(RDF.type, entities_only, objects=lambda o: str(o).startswith(ONTOLOGY_IRI))

    def aliases(self):
        return self._pairs(KG.alias, True)

    def same_as(self):
        return self._pairs(OWL.sameAs, True)

    def amounts(self) -> Iterator[tuple]:
        g = self.g
        for a in g.subjects(RDF.type, KG.MonetaryAmount):
            values = list(g.objects(a, KG.amountValue)) or [None]
            currencies = list(g.objects(a, KG.currency)) or [None]
            for v in values:
                for c in currencies:
                    yield str(a), _plain(v), _plain(c)

    def articles(self) -> Iterator[tuple]:
        g = self.g
        for a in g.subjects(RDF.type, KG.Article):
            for n in list(g.objects(a, KG.fileName)) or [None]:
                yield str(a), _plain(n)


_ENTITY_FILTER = f'FILTER(isIRI(?s) && STRSTARTS(STR(?s), "{_ENTITY_NS}"))'


def _select(variables: str, pattern: str, entities_only: bool = False, *, distinct: bool = True) -> str:
    prefixes = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in
                       (("rdf", _RDF_NS), ("rdfs", str(RDFS)), ("skos", str(SKOS)), ("owl", str(OWL)), ("kg", ONTOLOGY_IRI)))
    body = pattern + (" " + _ENTITY_FILTER if entities_only else "")
    return f"{prefixes}SELECT {'DISTINCT ' if distinct else ''}{variables} WHERE {{ {body} }}"


class _StoreTables:
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
                    return _Lit(t.value, None)
                dt = t.datatype.value
                return _Lit(t.value, None if dt == _XSD_STRING or dt == _LANG_STRING else dt)
            return None

        for sol in self.store.query(sparql):
            yield tuple(plain(t) for t in sol)

    def statements(self) -> Iterator[tuple]:
        # One query per property, without joining on the type: joins cost Oxigraph more than
        # these index scans (1M triples: 3 s instead of 11 s); typed statements are kept here.
        typed = {st for (st,) in self._rows(_select("?st", "?st a kg:Statement .", distinct=False))}
        for p in _STATEMENT_PROPS:
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
            rows = [(n,)]
            for found in values:
                rows = [r + (o,) for r in rows for o in (found.get(n) or [None])]
            yield from rows

    def amounts(self) -> Iterator[tuple]:
        return self._with_optional("?s a kg:MonetaryAmount .", str(KG.amountValue), str(KG.currency))

    def articles(self) -> Iterator[tuple]:
        return self._with_optional("?s a kg:Article .", str(KG.fileName))


def _label_sets(tables, entities_only: bool = False) -> tuple[dict, dict]:
    """One label per node, and every label of each node.

    The label is the node's rdfs:label or, when articles named it differently, its
    knowledge-base name (skos:prefLabel), else the first label in sorted order."""
    sets: dict = {}
    for s, o in tables.labels(entities_only):
        sets.setdefault(s, set()).add(str(o))
    pref: dict = {}
    for s, o in tables.pref_labels(entities_only):
        _keep_least(pref, s, o)
    labels = {}
    for s, v in sets.items():
        if len(v) > 1:
            p = pref.get(s)
            labels[s] = str(p) if p is not None else sorted(v)[0]
        else:
            labels[s] = next(iter(v))
    return labels, sets


def _type_sets(tables, entities_only: bool = False) -> dict:
    out: dict = {}
    for s, o in tables.types(entities_only):
        out.setdefault(s, set()).add(str(o)[len(ONTOLOGY_IRI):])
    return out


def most_specific(types: Iterable[str]) -> str:
    """The deepest class among ``types`` (ties broken by name, for determinism)."""
    types = sorted(types)
    return max(types, key=depth) if types else ""


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


def _fact_rows(tables) -> Iterator[dict]:
    labels, _ = _label_sets(tables)
    types = _type_sets(tables)
    values: dict = {}
    currencies: dict = {}
    for a, v, c in tables.amounts():
        values.setdefault(a, None)
        _keep_least(values, a, v)
        _keep_least(currencies, a, c)
    amounts = {a: (v, currencies.get(a)) for a, v in values.items()}
    file_names: dict = {}
    for a, n in tables.articles():
        file_names.setdefault(a, None)
        _keep_least(file_names, a, n)
    names = {a: str(n or a) for a, n in file_names.items()}
    statements: dict = {}
    for st, p, o in tables.statements():
        props = statements.get(st)
        if props is None:
            props = statements[st] = {}
        _keep_least(props, p, o)
    rows = []
    for st, props in statements.items():
        s, p, o = props.get(_S), props.get(_P), props.get(_O)
        if s is None or p is None or o is None:
            continue
        status = props.get(_STATUS)
        art = props.get(_ARTICLE)
        unit = None
        if o in amounts:
            value, cur = amounts[o]
            obj, otype, unit = f"{Decimal(str(value)).normalize():f}", "MonetaryAmount", (str(cur) if cur else None)
        elif isinstance(o, _Lit):
            obj, otype = o.value, (o.datatype.split("#")[-1] if o.datatype else "string")
        else:
            obj, otype = labels.get(o, o), most_specific(types.get(o, ()))
        conf = props.get(_CONF)
        p = str(p)
        rows.append({
            "subject": labels.get(s, str(s)),
            "subject_type": most_specific(types.get(s, ())),
            "relation": p[len(ONTOLOGY_IRI):] if p.startswith(ONTOLOGY_IRI) else p,
            "object": obj,
            "object_type": otype,
            "unit": unit,
            "status": str(status)[len(ONTOLOGY_IRI):].lower() if status else "asserted",
            "confidence": float(str(conf)) if conf is not None else None,
            "evidence": str(props.get(_EVIDENCE) or ""),
            "start": int(str(props.get(_START) or 0)),
            "end": int(str(props.get(_END) or 0)),
            "article": names.get(art, str(art) if art else ""),
            "extractor": str(props.get(_EXTRACTOR) or ""),
            "statement": st,
        })
    rows.sort(key=lambda r: (r["article"], r["start"], r["relation"], r["subject"], r["object"], r["statement"]))
    return iter(rows)


def _entity_rows(tables) -> Iterator[dict]:
    labels, label_sets = _label_sets(tables, entities_only=True)
    types = _type_sets(tables, entities_only=True)
    aliases: dict = {}
    for s, o in tables.aliases():
        aliases.setdefault(s, set()).add(str(o))
    same_as: dict = {}
    for s, o in tables.same_as():
        same_as.setdefault(s, set()).add(o)
    rows = []
    for node, ts in types.items():
        if ts & {"Article", "Statement", "MonetaryAmount"} or not node.startswith(_ENTITY_NS):
            continue
        specific = most_specific(ts)
        chain = superclasses(specific)
        for t in sorted(ts, key=lambda t: (-depth(t), t)):
            for c in superclasses(t):
                if c not in chain:
                    chain.append(c)
        label = labels.get(node, node)
        rows.append({
            "label": label,
            "types": chain,
            # every kg:alias, and the rdfs:labels other than the one shown
            "aliases": sorted(aliases.get(node, set()) | (label_sets.get(node, set()) - {label})),
            "same_as": sorted(str(x) for x in same_as.get(node, ())),
            "iri": node,
        })
    rows.sort(key=lambda r: (r["label"].casefold(), r["iri"]))
    return iter(rows)


def fact_rows(g: Graph | Dataset) -> Iterator[dict]:
    """One dict per statement of an rdflib graph, in the JSONL contract of ``shared/eval/score.py``.

    Rows are sorted by article, start offset, relation, subject and object.
    """
    return _fact_rows(_GraphTables(g))


def entity_rows(g: Graph | Dataset) -> Iterator[dict]:
    """One dict per entity of an rdflib graph (articles and amounts excluded), sorted by label."""
    return _entity_rows(_GraphTables(g))


def fact_rows_from_store(store) -> Iterator[dict]:
    """:func:`fact_rows` of a store (or store spec), read through SPARQL on the store: the
    same rows, without copying the store into rdflib."""
    return _from_store(store, _fact_rows)


def entity_rows_from_store(store) -> Iterator[dict]:
    """:func:`entity_rows` of a store (or store spec), read through SPARQL on the store."""
    return _from_store(store, _entity_rows)


def _from_store(source, build) -> Iterator[dict]:
    from .store import BaseStore, as_store

    if isinstance(source, BaseStore):
        return build(_StoreTables(source))
    with as_store(source) as st:
        return build(_StoreTables(st))
