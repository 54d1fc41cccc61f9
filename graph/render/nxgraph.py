"""kg's RDF layout as a networkx ``MultiDiGraph``, and the focus views cut from it.

Nodes are entities, articles (when a fact names one: ``quotes``, ``source``) and values
(amounts, years). A value node belongs to one subject: two companies that both raised
100 million USD get two value nodes, so the viewer never links them through a number.

One edge per (subject, relation, object, asserted or not) gathers every statement that
supports it, with its evidence sentence, article, confidence and status. Facts the text
does not assert (questioned, negated, planned, hypothetical) get their own edge, with
``asserted=False``, so the viewer can hide them or draw them dashed.

Node attributes: ``label``, ``kind`` (entity, article, value), ``type`` (most specific
ontology class; ``Value`` for a plain literal), ``types`` (the class and its ancestors),
``aliases``, ``wikidata`` (a QID), ``same_as``, ``articles`` (ids of the articles that
mention the entity); article nodes add ``title``, ``url``, ``site``, ``published``,
``file``, ``language``; amount nodes add ``value`` and ``currency``.

Edge attributes: ``relation``, ``asserted``, ``confidence`` (the highest of its
statements), ``statuses`` and ``statements`` (dicts: evidence, article, status,
confidence, extractor, start, end, surface, round_type, valuation_basis).

``G.graph["articles"]`` maps every article id to its metadata.
"""
from __future__ import annotations

import difflib
from collections import defaultdict
from decimal import Decimal, InvalidOperation

from ..errors import UsageError
from ..model import ASSERTING
from ..rdf.namespace import ENTITY, ONTOLOGY_IRI

_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
_OWL_SAMEAS = "http://www.w3.org/2002/07/owl#sameAs"
_SKOS_PREF = "http://www.w3.org/2004/02/skos/core#prefLabel"
_WIKIDATA = ("http://www.wikidata.org/entity/", "https://www.wikidata.org/entity/",
             "http://www.wikidata.org/wiki/", "https://www.wikidata.org/wiki/")
_NOT_ENTITY = {"Article", "Statement", "MonetaryAmount", "AssertionStatus"}

#: The kind of every node.
ENTITY_KIND, ARTICLE_KIND, VALUE_KIND = "entity", "article", "value"
#: The type given to a value node that is a plain literal (a year, a string).
LITERAL_TYPE = "Value"


def _local(iri) -> str:
    s = str(iri)
    return s[len(ONTOLOGY_IRI):] if s.startswith(ONTOLOGY_IRI) else s


def _triples(ds):
    """Every triple of a Graph, or of every named graph of a Dataset (or ConjunctiveGraph)."""
    graphs = getattr(ds, "graphs", None)
    if callable(graphs) and hasattr(ds, "quads"):
        for g in graphs():
            yield from g.triples((None, None, None))
    elif hasattr(ds, "quads"):
        for s, p, o, _ctx in ds.quads((None, None, None, None)):
            yield s, p, o
    else:
        yield from ds


def _index(ds) -> dict:
    """subject -> predicate IRI (str) -> {object: None} (ordered, deduplicated), in one pass."""
    props: dict = defaultdict(lambda: defaultdict(dict))
    for s, p, o in _triples(ds):
        props[s][str(p)][o] = None
    return props


def format_amount(value: str, currency: str | None, lang: str = "en") -> str:
    """A readable amount: ``format_amount("2000000000", "USD", "fr")`` -> ``"2 milliards USD"``."""
    try:
        v = Decimal(value)
    except (InvalidOperation, TypeError):
        return f"{value} {currency or ''}".strip()
    words = {"en": (("billion", "billion"), ("million", "million")),
             "fr": (("milliard", "milliards"), ("million", "millions"))}[lang if lang == "fr" else "en"]
    for scale, (one, many) in zip((Decimal(10) ** 9, Decimal(10) ** 6), words, strict=True):
        if abs(v) >= scale:
            n = (v / scale).quantize(Decimal("0.01")).normalize()
            text = f"{n:f}"
            if lang == "fr":
                text = text.replace(".", ",")
            return f"{text} {one if abs(n) < 2 else many} {currency or ''}".strip()
    digits = f"{v.normalize():,f}"
    digits = digits.replace(",", "\u202f").replace(".", ",") if lang == "fr" else digits
    return f"{digits} {currency or ''}".strip()


def _wikidata_id(iri: str) -> str | None:
    for prefix in _WIKIDATA:
        if iri.startswith(prefix):
            qid = iri[len(prefix):]
            if qid[:1] in "QP" and qid[1:].isdigit():
                return qid
    return None


def _local_label(node_props: dict, kb_id: str | None, nid: str, lang: str) -> str | None:
    """An entity's name in ``lang`` when it is not English: a ``skos:prefLabel`` in that language in
    the graph, else the concept vocabulary's (``ontology/concepts.ttl``), else the knowledge base's
    ``names``; None when none has one (the English label stays)."""
    if lang == "en":
        return None
    from rdflib import Literal

    tagged = sorted(str(x) for x in node_props.get(_SKOS_PREF, ()) if isinstance(x, Literal) and x.language == lang)
    if tagged:
        return tagged[0]
    from ..rdf.concepts import concepts
    from ..rdf.namespace import ENTITY

    key = nid[len(str(ENTITY)):] if nid.startswith(str(ENTITY)) else None
    concept = concepts().get(key or "") or concepts().get(kb_id or "")
    if concept is not None and dict(concept.names).get(lang):
        return dict(concept.names)[lang]
    if kb_id:
        from ..analysis.kbase import load_kb

        entry = load_kb().get(kb_id)
        if entry is not None and entry.names.get(lang):
            return entry.names[lang]
    return None


def to_networkx(ds, *, lang: str = "en"):
    """Read a kg graph (an rdflib Dataset or Graph) into a ``networkx.MultiDiGraph``.

    >>> from graph.api import load_graph                       # doctest: +SKIP
    >>> G = to_networkx(load_graph("out/reflection-ai.ttl"))  # doctest: +SKIP
    >>> G.nodes["https://w3id.org/kgnews/id/reflection-ai"]["type"]  # doctest: +SKIP
    'Company'
    """
    import networkx as nx
    from rdflib import Literal

    from ..rdf.ontology import superclasses
    from ..rdf.tables import most_specific

    props = _index(ds)
    rdf_type, label_p = _RDF + "type", _RDFS_LABEL
    kg = {name: ONTOLOGY_IRI + name for name in (
        "Statement", "Article", "MonetaryAmount", "alias", "mentions", "amountValue", "currency",
        "title", "url", "site", "published", "language", "fileName", "article", "status",
        "confidence", "evidence", "extractor", "start", "end", "surfaceForm", "roundType",
        "valuationBasis", "kbId")}

    def first(node, pred, default=None):
        vals = props.get(node, {}).get(pred)
        if not vals:
            return default
        return str(next(iter(vals))) if len(vals) == 1 else min(map(str, vals))

    types = {}
    for s, ps in props.items():
        ts = {_local(o) for o in ps.get(rdf_type, ()) if str(o).startswith(ONTOLOGY_IRI)}
        if ts:
            types[s] = ts

    G = nx.MultiDiGraph()
    articles = {}
    for s, ts in types.items():
        if "Article" in ts:
            articles[str(s)] = {
                "title": first(s, kg["title"]) or first(s, label_p) or first(s, kg["fileName"]) or str(s),
                "url": first(s, kg["url"]), "site": first(s, kg["site"]),
                "published": first(s, kg["published"]), "file": first(s, kg["fileName"]),
                "language": first(s, kg["language"]),
            }
    G.graph["articles"] = articles
    G.graph["lang"] = lang

    mentioned_in = defaultdict(set)
    for s, ps in props.items():
        if str(s) in articles:
            for o in ps.get(kg["mentions"], ()):
                mentioned_in[o].add(str(s))

    def add_entity(node) -> str:
        nid = str(node)
        if nid in G:
            return nid
        # The label rule of graph.rdf: the only rdfs:label, else the knowledge-base name
        # (skos:prefLabel), else the first label in sorted order.
        labels = sorted({str(x) for x in props.get(node, {}).get(label_p, ())})
        if len(labels) > 1 and first(node, _SKOS_PREF):
            label = first(node, _SKOS_PREF)
        else:
            label = labels[0] if labels else nid.rsplit("/", 1)[-1].rsplit("#", 1)[-1]
        local = _local_label(props.get(node, {}), first(node, kg["kbId"]), nid, lang)
        if local and local != label:
            labels, label = [*labels, label], local        # the English name stays searchable as an alias
        aliases = sorted(({str(a) for a in props.get(node, {}).get(kg["alias"], ())} | set(labels)) - {label})
        ts = types.get(node, set()) - _NOT_ENTITY
        specific = most_specific(ts) if ts else "Thing"
        chain = superclasses(specific) if ts else ["Thing"]
        for t in sorted(ts):
            chain += [c for c in superclasses(t) if c not in chain]
        same_as = sorted(str(x) for x in props.get(node, {}).get(_OWL_SAMEAS, ()))
        wikidata = next((q for q in map(_wikidata_id, same_as) if q), None)
        G.add_node(nid, label=label, kind=ENTITY_KIND, type=specific, types=chain, aliases=aliases,
                   wikidata=wikidata, same_as=[x for x in same_as if not _wikidata_id(x)],
                   articles=sorted(mentioned_in.get(node, ())))
        return nid

    def add_article(node) -> str:
        nid = str(node)
        if nid not in G:
            meta = articles.get(nid, {"title": nid})
            G.add_node(nid, label=meta["title"], kind=ARTICLE_KIND, type="Article", types=["Article"],
                       aliases=[], wikidata=None, same_as=[], articles=[],
                       **{k: v for k, v in meta.items() if k != "title"},
                       title=meta["title"])
        return nid

    def add_value(subject_id: str, obj) -> str:
        nid = f"{subject_id}#{obj}"
        if nid in G:
            return nid
        if obj in types and "MonetaryAmount" in types[obj]:
            value, cur = first(obj, kg["amountValue"]), first(obj, kg["currency"])
            label = format_amount(value, cur, lang) if value is not None else first(obj, label_p, str(obj))
            G.add_node(nid, label=label, kind=VALUE_KIND, type="MonetaryAmount", types=["MonetaryAmount"],
                       aliases=[], wikidata=None, same_as=[], articles=[], value=value, currency=cur)
        else:
            G.add_node(nid, label=str(obj), kind=VALUE_KIND, type=LITERAL_TYPE, types=[LITERAL_TYPE],
                       aliases=[], wikidata=None, same_as=[], articles=[],
                       datatype=_local(obj.datatype).rsplit("#", 1)[-1] if getattr(obj, "datatype", None) else None)
        return nid

    def add_node_for(term) -> str:
        if str(term) in articles:
            return add_article(term)
        return add_entity(term)

    # Every entity, even one with no fact: the viewer must show them all.
    for s, ts in types.items():
        if ts - _NOT_ENTITY and str(s).startswith(str(ENTITY)):
            add_entity(s)

    groups: dict = {}
    for st, ps in props.items():
        if "Statement" not in types.get(st, ()):
            continue
        subj, pred, obj = (next(iter(ps.get(_RDF + x, ())), None) for x in ("subject", "predicate", "object"))
        if subj is None or pred is None or obj is None:
            continue
        status = _local(first(st, kg["status"], ONTOLOGY_IRI + "Asserted")).lower()
        u = add_node_for(subj)
        if isinstance(obj, Literal) or "MonetaryAmount" in types.get(obj, ()):
            v = add_value(u, obj)
        else:
            v = add_node_for(obj)
        conf = first(st, kg["confidence"])
        art = first(st, kg["article"])
        statement = {
            "id": str(st),
            "evidence": first(st, kg["evidence"], ""),
            "article": art,
            "status": status,
            "confidence": float(conf) if conf is not None else None,
            "extractor": first(st, kg["extractor"]),
            "start": int(first(st, kg["start"], 0)),
            "end": int(first(st, kg["end"], 0)),
            "surface": first(st, kg["surfaceForm"]),
            "round_type": first(st, kg["roundType"]),
            "valuation_basis": first(st, kg["valuationBasis"]),
        }
        relation = _local(pred)
        asserted = status in ASSERTING
        groups.setdefault((u, v, relation, asserted), []).append(statement)

    # Nodes and edges in a fixed order: the same graph always gives the same page and files.
    out = nx.MultiDiGraph()
    out.graph.update(G.graph)
    out.add_nodes_from(sorted(G.nodes(data=True), key=lambda nd: nd[0]))
    for (u, v, relation, asserted), sts in sorted(groups.items(), key=lambda kv: kv[0]):
        sts.sort(key=lambda s: (-(s["confidence"] or 0), s["article"] or "", s["start"], s["id"]))
        out.add_edge(u, v, key=f"{relation}{'' if asserted else '~'}", relation=relation, asserted=asserted,
                     confidence=max((s["confidence"] or 0.0) for s in sts),
                     statuses=sorted({s["status"] for s in sts}), statements=sts)
    return out


# ------------------------------------------------------------------ focus views


def _match_names(wanted: list[str], known: dict[str, str], what: str) -> set[str]:
    """Map user-typed names onto canonical ones (case-insensitive); unknown names fail."""
    out = set()
    for name in wanted:
        key = name.strip().casefold()
        if not key:
            continue
        if key not in known:
            choices = sorted(set(known.values()))
            raise UsageError(f"unknown {what} {name!r}; use one of: {', '.join(choices)}")
        out.add(known[key])
    return out


def _type_names() -> dict[str, str]:
    from ..rdf.ontology import classes, label

    known = {}
    for c in sorted(classes() - {"Statement", "AssertionStatus"}) + [LITERAL_TYPE]:
        for name in (c, label(c, "en"), label(c, "fr")):
            known[name.casefold()] = c
    return known


def _relation_names(G) -> dict[str, str]:
    from ..rdf.ontology import label

    rels = {d["relation"] for _, _, d in G.edges(data=True)} | set(_ontology_properties())
    known = {}
    for r in sorted(rels):
        for name in (r, label(r, "en"), label(r, "fr")):
            known[name.casefold()] = r
    return known


def _ontology_properties() -> list[str]:
    from .style import ontology_properties

    return ontology_properties()


def find_nodes(G, name: str) -> list[str]:
    """Nodes whose label, an alias or the IRI is ``name`` (case-insensitive).

    Raises :class:`UsageError` naming close matches when there is none.
    """
    key = name.strip().casefold()
    hits = [n for n, d in G.nodes(data=True)
            if key == n.casefold() or key == d["label"].casefold() or key in (a.casefold() for a in d["aliases"])]
    if hits:
        return sorted(hits)
    hits = [n for n, d in G.nodes(data=True) if d["kind"] != VALUE_KIND and key in d["label"].casefold()]
    if len(hits) == 1:
        return hits
    labels = sorted({d["label"] for _, d in G.nodes(data=True) if d["kind"] != VALUE_KIND})
    close = difflib.get_close_matches(name, labels, n=5, cutoff=0.6)
    if len(hits) > 1:
        close = sorted(G.nodes[n]["label"] for n in hits)[:8]
    hint = f"; did you mean {', '.join(repr(c) for c in close)}?" if close else "; see `kg entities`"
    raise UsageError(f"no node named {name!r} in the graph{hint}")


def select(G, *, focus: str | list[str] | None = None, depth: int = 2, types=None, relations=None,
           min_confidence: float = 0.0, show_unasserted: bool = False):
    """Cut a view out of ``G``; returns ``(view, focus_node_ids)``.

    ``types`` keeps nodes of these classes or their subclasses (value nodes follow their
    subject); ``relations`` and ``min_confidence`` keep those edges and drop the nodes left
    with none; ``focus`` keeps the nodes within ``depth`` hops of the named node(s), walking
    the facts that will be shown (asserted ones unless ``show_unasserted``).
    """
    if depth < 0:
        raise UsageError(f"--depth {depth} must be 0 or more")
    if not 0.0 <= min_confidence <= 1.0:
        raise UsageError(f"--min-confidence {min_confidence} must be between 0 and 1")
    H = G.copy()
    if types:
        keep = _match_names(list(types), _type_names(), "type")
        drop = [n for n, d in H.nodes(data=True) if d["kind"] != VALUE_KIND and not keep & set(d["types"])]
        H.remove_nodes_from(drop)
    edge_filtered = bool(relations) or min_confidence > 0
    if relations:
        keep_rel = _match_names(list(relations), _relation_names(G), "relation")
        H.remove_edges_from([(u, v, k) for u, v, k, d in H.edges(keys=True, data=True)
                             if d["relation"] not in keep_rel])
    if min_confidence > 0:
        H.remove_edges_from([(u, v, k) for u, v, k, d in H.edges(keys=True, data=True)
                             if d["confidence"] < min_confidence])
    H.remove_nodes_from([n for n, d in H.nodes(data=True)
                         if H.degree(n) == 0 and (d["kind"] == VALUE_KIND or edge_filtered)])
    focus_ids: list[str] = []
    if focus:
        for name in [focus] if isinstance(focus, str) else focus:
            present = [n for n in find_nodes(G, name) if n in H]
            if not present:
                raise UsageError(f"{name!r} is in the graph but the --types/--relations/--min-confidence "
                                 "filters leave it out; loosen them or pick another --focus")
            focus_ids += present
        focus_ids = sorted(set(focus_ids))
        seen = set(focus_ids)
        frontier = list(focus_ids)
        for _ in range(depth):
            nxt = []
            for n in frontier:
                for _u, m, d in list(H.out_edges(n, data=True)) + [(v, u, d) for u, v, d in H.in_edges(n, data=True)]:
                    if (d["asserted"] or show_unasserted) and m not in seen:
                        seen.add(m)
                        nxt.append(m)
            frontier = nxt
        H = H.subgraph(seen).copy()
    return H, focus_ids
