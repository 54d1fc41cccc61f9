"""RDF back to fact and entity tables (the JSONL contract of ``shared/eval/score.py``).

Two readers build the same rows: fact_rows/entity_rows walk an rdflib graph, and
:mod:`graph.store.tables` runs SPARQL on a store (embedded Oxigraph, a graph file loaded
into Oxigraph, or a remote server), without copying it into rdflib.
Both fetch the same few flat tables (_GraphTables here and StoreTables there: one rdflib pattern or
one SPARQL SELECT each, on the union of the article graphs) and hand them to the same
row-building code (fact_rows_of, entity_rows_of), so the two paths cannot drift apart.

In those tables an IRI (or blank node) is its string and a literal is a Lit. Where the
graph holds several values for a property that is read as one (a statement's subject, an
entity's skos:prefLabel, an amount's value, ...), the smallest is taken, for determinism.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from decimal import Decimal
from typing import Any

from rdflib import OWL, RDF, RDFS, SKOS, XSD, Dataset, Graph, Literal, URIRef

from .namespace import ENTITY, KG, ONTOLOGY_IRI
from .ontology import depth, superclasses
from .write import as_graph

RDF_NS = str(RDF)
ENTITY_NS = str(ENTITY)
XSD_STRING = str(XSD.string)
LANG_STRING = RDF_NS + "langString"
_S, _P, _O = str(RDF.subject), str(RDF.predicate), str(RDF.object)
_STATUS, _ARTICLE, _CONF, _EVIDENCE = str(KG.status), str(KG.article), str(KG.confidence), str(KG.evidence)
_START, _END, _EXTRACTOR = str(KG.start), str(KG.end), str(KG.extractor)
STATEMENT_PROPS = (_S, _P, _O, _STATUS, _ARTICLE, _CONF, _EVIDENCE, _START, _END, _EXTRACTOR)


class Lit(tuple):
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
        return Lit(str(term), None if dt is None or str(dt) == LANG_STRING else str(dt))
    return str(term)


def _order(term) -> tuple:
    return (isinstance(term, Lit), str(term), (term.datatype or "") if isinstance(term, Lit) else "")


def _keep_least(d: dict, key, value) -> None:
    """``d[key] = value`` unless ``d`` already holds a smaller value there (None never wins)."""
    if value is None:
        return
    old = d.get(key)
    if old is None or (old != value and _order(value) < _order(old)):
        d[key] = value


def _is_entity(term) -> bool:
    return isinstance(term, URIRef) and str(term).startswith(ENTITY_NS)


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
        wanted = set(STATEMENT_PROPS)
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
            values: list[Any] = list(g.objects(a, KG.amountValue)) or [None]
            currencies: list[Any] = list(g.objects(a, KG.currency)) or [None]
            for v in values:
                for c in currencies:
                    yield str(a), _plain(v), _plain(c)

    def articles(self) -> Iterator[tuple]:
        g = self.g
        for a in g.subjects(RDF.type, KG.Article):
            names: list[Any] = list(g.objects(a, KG.fileName)) or [None]
            for n in names:
                yield str(a), _plain(n)


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




def fact_rows_of(tables) -> Iterator[dict]:
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
        elif isinstance(o, Lit):
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


def entity_rows_of(tables) -> Iterator[dict]:
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
        if ts & {"Article", "Statement", "MonetaryAmount"} or not node.startswith(ENTITY_NS):
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
    return fact_rows_of(_GraphTables(g))


def entity_rows(g: Graph | Dataset) -> Iterator[dict]:
    """One dict per entity of an rdflib graph (articles and amounts excluded), sorted by label."""
    return entity_rows_of(_GraphTables(g))
