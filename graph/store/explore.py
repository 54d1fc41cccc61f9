"""What the live explorer asks a store: names to search, a node, its facts page by page, the
evidence of a fact and an organisation's funding rounds and valuations.

Everything is read with SPARQL through the store interface (``store.query``), with ``GRAPH ?g``
patterns, so an embedded store, a graph file and a remote server (which need not make the
default graph the union of the article graphs) give the same answers. The results are plain
data; :mod:`graph.render.explorer` serves them as JSON to the explorer page.

Names are searched in memory: the entities' labels and aliases are read once (a few flat
SELECTs; again after ``refresh`` seconds for a remote store, which others may write to) and
searched by prefix (of the name, then of any word of it), substring, then closeness
(rapidfuzz), the entities named in more statements first. A node's facts are read in one
query, grouped like the viewer's edges (one per subject, relation, object, and whether the
text asserts it) and kept for the next pages.

>>> ex = Explorer(open_store("corpus.kg"))              # doctest: +SKIP
>>> ex.search("mistral")["items"][0]["label"]            # doctest: +SKIP
'Mistral AI'
"""
from __future__ import annotations

import bisect
import re
import threading
import time
import unicodedata
from collections import OrderedDict
from dataclasses import dataclass, field

from ..errors import UsageError
from ..model import ASSERTING
from ..rdf.namespace import ENTITY, ONTOLOGY_IRI

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
SKOS_PREF = "http://www.w3.org/2004/02/skos/core#prefLabel"
OWL_SAMEAS = "http://www.w3.org/2002/07/owl#sameAs"
ENTITY_NS = str(ENTITY)
_PREFIXES = f"PREFIX rdf: <{RDF}>\nPREFIX kg: <{ONTOLOGY_IRI}>\n"
_IN_ENTITIES = f'FILTER(isIRI(?e) && STRSTARTS(STR(?e), "{ENTITY_NS}"))'
_ASSERTING = {str(s) for s in ASSERTING}
#: Facts of a node sent per page; statements of a fact sent at most.
PAGE, MAX_EVIDENCE = 50, 200
_META = "kg:title kg:url kg:site kg:published kg:fileName kg:language"
#: A name is a close match when rapidfuzz's ratio with it (or with its start) reaches this.
FUZZY_CUTOFF = 80


def normalise(text: str) -> str:
    """Lower case, without accents, punctuation runs as one space: ``"Société  Générale"`` -> ``"societe generale"``."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    return " ".join(re.sub(r"[^\w&+.@#-]+", " ", text).split())


def _local(iri: str) -> str:
    return iri[len(ONTOLOGY_IRI):] if iri.startswith(ONTOLOGY_IRI) else iri


def _value(term) -> str | None:
    return None if term is None else term.value


def iri_term(iri: str) -> str:
    """``<iri>`` for SPARQL, or :class:`UsageError` for a string that is not an IRI."""
    import pyoxigraph as ox

    try:
        return str(ox.NamedNode(iri))
    except ValueError:
        raise UsageError(f"{iri!r} is not an IRI; give a node's id as the explorer sent it") from None


def parse_object(text: str):
    """An object as the explorer sends it, as a pyoxigraph term: an IRI, or a literal written
    in N-Triples (``"2021"^^<http://www.w3.org/2001/XMLSchema#gYear>``); else :class:`UsageError`."""
    import pyoxigraph as ox

    if not text.startswith('"'):
        try:
            return ox.NamedNode(text)
        except ValueError:
            raise UsageError(f"{text!r} is not an IRI; give a node's id as the explorer sent it") from None
    try:
        triples = list(ox.parse(f"<urn:x:s> <urn:x:p> {text} .".encode(), ox.RdfFormat.N_TRIPLES))
    except (SyntaxError, ValueError):
        triples = []
    if len(triples) != 1 or not isinstance(triples[0].object, ox.Literal) or "\n" in text:
        raise UsageError(f"{text!r} is not a literal in N-Triples syntax; give the object as the explorer sent it")
    return triples[0].object


def object_term(text: str) -> str:
    """:func:`parse_object` written for SPARQL."""
    return str(parse_object(text))


# ------------------------------------------------------------------ the name index


@dataclass
class Entity:
    """An entity as the explorer lists it."""

    iri: str
    label: str = ""
    labels: list[str] = field(default_factory=list)
    pref: str | None = None
    aliases: list[str] = field(default_factory=list)
    types: list[str] = field(default_factory=list)   # ontology classes, local names
    n: int = 0                                       # statements naming it (subject or object)


class NameIndex:
    """Every entity's label and aliases, normalised and sorted for prefix search."""

    def __init__(self, entities: dict[str, Entity]):
        self.entities = entities
        self.max_n = max((e.n for e in entities.values()), default=0)
        keys: list[tuple[str, int, int]] = []   # (normalised name or word-start suffix, entity, is_suffix)
        self.order = sorted(entities)
        self.rank = {iri: k for k, iri in enumerate(self.order)}
        for k, iri in enumerate(self.order):
            e = entities[iri]
            seen = set()
            for name in [e.label, *e.aliases]:
                key = normalise(name)
                if not key or key in seen:
                    continue
                seen.add(key)
                keys.append((key, k, 0))
                for m in re.finditer(r"[\s&+.@#-]+", key):
                    if m.end() < len(key):
                        keys.append((key[m.end():], k, 1))
        keys.sort()
        self.keys = [k[0] for k in keys]
        self.owner = [k[1] for k in keys]
        self.suffix = [k[2] for k in keys]
        self.names = sorted({(k[0], k[1]) for k in keys if not k[2]})
        self._starts: dict[int, list[str]] = {}   # length -> the start of every key, for close matches

    def search(self, query: str, limit: int = 20) -> tuple[list[tuple[Entity, str]], int]:
        """The best ``limit`` entities for ``query`` with how each matched (exact, prefix, word,
        substring, fuzzy), and how many matched in all."""
        q = normalise(query)
        if not q:
            return [], 0
        best: dict[int, int] = {}   # entity -> best rank (lower is better)

        def hit(k: int, rank: int) -> None:
            if rank < best.get(k, 99):
                best[k] = rank

        i = bisect.bisect_left(self.keys, q)
        while i < len(self.keys) and self.keys[i].startswith(q):
            exact = self.keys[i] == q and not self.suffix[i]
            hit(self.owner[i], 0 if exact else 2 if self.suffix[i] else 1)
            i += 1
        if len(best) < limit and len(q) >= 2:
            for name, k in self.names:
                if k not in best and q in name:
                    hit(k, 3)
        if len(best) < limit and len(q) >= 3:
            from rapidfuzz import fuzz, process

            starts = self._starts.get(len(q))
            if starts is None:
                starts = self._starts[len(q)] = [key[:len(q)] for key in self.keys]
            for _key, _score, i in process.extract(q, starts, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF,
                                                   limit=limit * 4):
                hit(self.owner[i], 4)
        ranked = sorted(best, key=lambda k: (best[k], -self.entities[self.order[k]].n,
                                             self.entities[self.order[k]].label.casefold(), k))
        names = ("exact", "prefix", "word", "substring", "fuzzy")
        return [(self.entities[self.order[k]], names[best[k]]) for k in ranked[:limit]], len(ranked)


# ------------------------------------------------------------------ the explorer


@dataclass
class Fact:
    """One edge: a subject, relation and object, asserted or not, with its statements counted."""

    s: str
    p: str
    o: str                      # object id: an IRI, or subject#value for a value node
    term: str                   # the object: its IRI, or a literal in N-Triples (what object_term reads)
    asserted: bool
    statuses: list[str]
    confidence: float
    count: int
    value_kind: str | None = None   # "amount" or "literal" for value objects
    value: str | None = None        # a literal object's lexical form

    def key(self) -> tuple:
        return (self.s, self.p, self.term, self.asserted)


class Explorer:
    """Search, nodes, facts and evidence of a store, for :mod:`graph.render.explorer`.

    ``refresh`` (seconds) re-reads the names after that long (default: never for a local
    store, which ``kg serve`` opens read-only, 5 minutes for a remote one).
    """

    def __init__(self, store, *, refresh: float | None = None, cache: int = 256):
        self.store = store
        self.refresh = refresh if refresh is not None else (300.0 if store.kind == "remote" else None)
        self._index: NameIndex | None = None
        self._built = 0.0
        self._lock = threading.Lock()
        self._facts: OrderedDict[str, list[Fact]] = OrderedDict()
        self._memo: OrderedDict[tuple[str, str], object] = OrderedDict()   # (what, IRI) -> node() or funding()
        self._meta: dict[str, dict] = {}                                   # article IRI -> its metadata
        self._amounts: dict[str, tuple[str | None, str | None]] = {}       # amount IRI -> (value, currency)
        self._cache = cache

    # -- SPARQL
    def _select(self, sparql: str):
        return self.store.query(_PREFIXES + sparql)

    # -- names
    def index(self) -> NameIndex:
        """The name index, read on first use (and again once stale, for a remote store)."""
        with self._lock:
            stale = self.refresh is not None and time.monotonic() - self._built > self.refresh
            if self._index is None or stale:
                self._index = self._read_index()
                self._built = time.monotonic()
                self._facts.clear()
                self._memo.clear()
                self._meta.clear()
                self._amounts.clear()
            return self._index

    def _read_index(self) -> NameIndex:
        from ..rdf.tables import most_specific

        ents: dict[str, Entity] = {}

        def get(iri: str) -> Entity:
            e = ents.get(iri)
            if e is None:
                e = ents[iri] = Entity(iri)
            return e

        for sol in self._select(f"SELECT DISTINCT ?e ?t WHERE {{ GRAPH ?g {{ ?e a ?t }} {_IN_ENTITIES} }}"):
            t = sol["t"].value
            if t.startswith(ONTOLOGY_IRI):
                get(sol["e"].value).types.append(_local(t))
        for prop, attr in ((RDFS_LABEL, "labels"), (ONTOLOGY_IRI + "alias", "aliases")):
            for sol in self._select(f"SELECT DISTINCT ?e ?l WHERE {{ GRAPH ?g {{ ?e <{prop}> ?l }} {_IN_ENTITIES} }}"):
                if sol["e"].value in ents:
                    getattr(ents[sol["e"].value], attr).append(sol["l"].value)
        for sol in self._select(f"SELECT DISTINCT ?e ?l WHERE {{ GRAPH ?g {{ ?e <{SKOS_PREF}> ?l }} {_IN_ENTITIES} }}"):
            e = ents.get(sol["e"].value)
            if e is not None and (e.pref is None or sol["l"].value < e.pref):
                e.pref = sol["l"].value
        for side in ("subject", "object"):
            for sol in self._select(f"SELECT ?e (COUNT(?st) AS ?n) WHERE {{ GRAPH ?g {{ ?st rdf:{side} ?e }} "
                                    f"{_IN_ENTITIES} }} GROUP BY ?e"):
                if sol["e"].value in ents:
                    ents[sol["e"].value].n += int(sol["n"].value)
        for e in ents.values():
            # graph.render.nxgraph's rule: the only label, else the knowledge-base name, else the smallest
            labels = sorted(set(e.labels))
            e.label = (e.pref if len(labels) > 1 and e.pref else labels[0] if labels
                       else e.iri.rsplit("/", 1)[-1])
            e.aliases = sorted((set(e.aliases) | set(labels)) - {e.label})
            e.types = sorted(set(e.types) - {"Article", "Statement", "MonetaryAmount"})
            if e.types:
                e.types = [most_specific(set(e.types))] + [t for t in e.types if t != most_specific(set(e.types))]
        return NameIndex({iri: e for iri, e in ents.items() if e.types})

    def warm(self, hubs: int = 40) -> None:
        """Read now every article's metadata and every amount (one query each), then the facts,
        details and funding rounds of the ``hubs`` entities named in most statements, so that
        showing or expanding them later is as quick as any node (``kg serve`` does it in the
        background)."""
        from ..rdf.ontology import superclasses

        index = self.index()
        metas: dict[str, dict] = {}   # complete before they are shared: requests read them meanwhile
        for sol in self._select("SELECT ?a ?p ?v WHERE { GRAPH ?g { ?a a kg:Article ; ?p ?v "
                                f"VALUES ?p {{ {_META} }} }} }}"):
            self._add_meta(metas.setdefault(sol["a"].value, {}), sol)
        for meta in metas.values():
            meta["title"] = meta.get("title") or meta.get("fileName")
        self._meta.update(metas)
        amounts: dict[str, tuple[str | None, str | None]] = {}
        for sol in self._select("SELECT ?a ?v ?c WHERE { GRAPH ?g { ?a kg:amountValue ?v "
                                "OPTIONAL { ?a kg:currency ?c } } }"):
            amounts.setdefault(sol["a"].value, (sol["v"].value, _value(sol["c"])))
        self._amounts.update(amounts)
        ranked = sorted(index.entities.values(), key=lambda e: (-e.n, e.iri))
        for e in ranked[:min(hubs, self._cache // 4)]:
            self.facts(e.iri)
            self.node(e.iri)
            if "Organization" in superclasses(e.types[0]):   # the panel charts its funding rounds
                self.funding(e.iri)

    def _remember(self, what: str, iri: str, make):
        """``make()``, kept for the next call with the same ``what`` and ``iri`` (the ``cache`` latest)."""
        key = (what, iri)
        with self._lock:
            if key in self._memo:
                self._memo.move_to_end(key)
                return self._memo[key]
        value = make()
        with self._lock:
            self._memo[key] = value
            while len(self._memo) > self._cache:
                self._memo.popitem(last=False)
        return value

    @staticmethod
    def _add_meta(meta: dict, sol) -> None:
        key = _local(sol["p"].value)
        meta[key] = min(meta.get(key, sol["v"].value), sol["v"].value)

    def search(self, query: str, limit: int = 20) -> dict:
        """``{"query", "total", "items": [{"id", "label", "type", "n", "match", "aliases"}]}``."""
        limit = max(1, min(int(limit), 100))
        found, total = self.index().search(query, limit)
        return {"query": query, "total": total,
                "items": [{"id": e.iri, "label": e.label, "type": e.types[0], "n": e.n, "match": how,
                           "aliases": e.aliases[:5]} for e, how in found]}

    # -- nodes
    def entity(self, iri: str) -> Entity | None:
        return self.index().entities.get(iri)

    def articles_meta(self, iris) -> dict[str, dict]:
        """Title, URL, site, date and file name of articles, by IRI."""
        iris = sorted(set(iris))
        missing = [a for a in iris if a not in self._meta]
        found: dict[str, dict] = {}
        for start in range(0, len(missing), 200):
            values = " ".join(iri_term(a) for a in missing[start:start + 200])
            q = f"SELECT ?a ?p ?v WHERE {{ VALUES ?a {{ {values} }} GRAPH ?g {{ ?a ?p ?v VALUES ?p {{ {_META} }} }} }}"
            for sol in self._select(q):
                self._add_meta(found.setdefault(sol["a"].value, {}), sol)
        for a in missing:
            meta = found.get(a, {})
            meta["title"] = meta.get("title") or meta.get("fileName")
            self._meta[a] = meta
        return {a: {**self._meta[a], "title": self._meta[a]["title"] or a} for a in iris}

    def node(self, iri: str, *, articles: int = 20) -> dict | None:
        """An entity (label, types, aliases, same-as links, the articles naming it) or an article
        (its metadata); None when the store has no such node."""
        return self._remember(f"node{articles}", iri, lambda: self._node(iri, articles))

    def _node(self, iri: str, articles: int) -> dict | None:
        term = iri_term(iri)
        e = self.entity(iri)
        if e is not None:
            same = sorted({sol["x"].value for sol in self._select(
                f"SELECT DISTINCT ?x WHERE {{ GRAPH ?g {{ {term} <{OWL_SAMEAS}> ?x }} }}")})
            dated: dict[str, str] = {}   # the articles naming it, with their date: the latest are listed
            for sol in self._select(f"SELECT ?a ?d WHERE {{ GRAPH ?g {{ ?a kg:mentions {term} "
                                    f"OPTIONAL {{ ?a kg:published ?d }} }} }}"):
                dated[sol["a"].value] = max(dated.get(sol["a"].value, ""), _value(sol["d"]) or "")
            listed = sorted(dated, key=lambda a: (dated[a], a), reverse=True)[:articles]
            meta = self.articles_meta(listed)
            return {"id": iri, "kind": "entity", "label": e.label, "types": e.types, "aliases": e.aliases,
                    "same_as": same, "n": e.n, "articles": len(dated),
                    "mentioned_in": [{"id": a, **meta[a]} for a in listed]}
        if next(iter(self._select(f"SELECT ?g WHERE {{ GRAPH ?g {{ {term} a kg:Article }} }} LIMIT 1")), None):
            meta = self.articles_meta([iri])[iri]
            return {"id": iri, "kind": "article", "label": meta["title"], "types": ["Article"], **meta}
        return None

    # -- facts
    def facts(self, iri: str) -> list[Fact]:
        """Every fact of a node, grouped, in page order: asserted first, then by number of
        statements, then the other end's number of statements, relation and label."""
        with self._lock:
            if iri in self._facts:
                self._facts.move_to_end(iri)
                return self._facts[iri]
        term = iri_term(iri)
        groups: dict[tuple, dict] = {}
        q = (f"SELECT ?s ?p ?o ?status ?c WHERE {{ {{ GRAPH ?g {{ ?st rdf:subject {term} ; rdf:predicate ?p ; "
             f"rdf:object ?o ; kg:status ?status . OPTIONAL {{ ?st kg:confidence ?c }} }} BIND({term} AS ?s) }} "
             f"UNION {{ GRAPH ?g {{ ?st rdf:object {term} ; rdf:predicate ?p ; rdf:subject ?s ; kg:status ?status . "
             f"OPTIONAL {{ ?st kg:confidence ?c }} }} BIND({term} AS ?o) }} }}")
        import pyoxigraph as ox

        for sol in self._select(q):
            s, p, o = sol["s"], sol["p"].value, sol["o"]
            if not isinstance(s, ox.NamedNode) or not p.startswith(ONTOLOGY_IRI):
                continue
            status = _local(sol["status"].value).lower()
            asserted = status in _ASSERTING
            key = (s.value, p, o.value if isinstance(o, ox.NamedNode) else str(o), asserted)
            g = groups.get(key)
            if g is None:
                g = groups[key] = {"o": o, "statuses": set(), "c": 0.0, "n": 0}
            g["statuses"].add(status)
            g["n"] += 1
            c = sol["c"]
            if c is not None:
                try:
                    g["c"] = max(g["c"], float(c.value))
                except ValueError:
                    pass
        index = self.index()
        amounts = self._amount_iris({g["o"].value for g in groups.values() if isinstance(g["o"], ox.NamedNode)})
        out = []
        for (s, p, term_text, asserted), g in groups.items():
            o = g["o"]
            value = None
            if isinstance(o, ox.Literal):
                oid, kind, value = f"{s}#{o.value}", "literal", o.value
            elif o.value in amounts:
                oid, kind = f"{s}#{o.value}", "amount"
            else:
                oid, kind = o.value, None
            out.append(Fact(s=s, p=_local(p), o=oid, term=term_text, asserted=asserted,
                            statuses=sorted(g["statuses"]), confidence=round(g["c"], 4), count=g["n"],
                            value_kind=kind, value=value))

        def other_n(f: Fact) -> int:
            other = f.o if f.s == iri else f.s
            e = index.entities.get(other)
            return e.n if e is not None else 0

        out.sort(key=lambda f: (not f.asserted, -f.count, -other_n(f), f.p, f.o, f.s))
        with self._lock:
            self._facts[iri] = out
            while len(self._facts) > self._cache:
                self._facts.popitem(last=False)
        return out

    def _amount_iris(self, iris: set[str]) -> set[str]:
        """Which of these IRIs are monetary amounts."""
        ordered = sorted(iris)
        found: set[str] = set()
        for start in range(0, len(ordered), 200):
            values = " ".join(iri_term(i) for i in ordered[start:start + 200])
            q = f"SELECT DISTINCT ?a WHERE {{ VALUES ?a {{ {values} }} GRAPH ?g {{ ?a a kg:MonetaryAmount }} }}"
            found.update(sol["a"].value for sol in self._select(q))
        return found

    def amounts(self, iris) -> dict[str, tuple[str | None, str | None]]:
        """(value, currency) of monetary amounts, by IRI."""
        iris = sorted(set(iris))
        missing = [a for a in iris if a not in self._amounts]
        for start in range(0, len(missing), 200):
            values = " ".join(iri_term(a) for a in missing[start:start + 200])
            q = (f"SELECT ?a ?v ?c WHERE {{ VALUES ?a {{ {values} }} GRAPH ?g {{ ?a kg:amountValue ?v "
                 f"OPTIONAL {{ ?a kg:currency ?c }} }} }}")
            for sol in self._select(q):
                self._amounts.setdefault(sol["a"].value, (sol["v"].value, _value(sol["c"])))
        return {a: self._amounts[a] for a in iris if a in self._amounts}

    def neighbours(self, iri: str, offset: int = 0, limit: int = PAGE) -> tuple[list[Fact], int]:
        """One page of a node's facts, and how many it has."""
        if offset < 0 or limit < 1:
            raise UsageError("offset must be 0 or more and limit 1 or more")
        facts = self.facts(iri)
        return facts[offset:offset + min(limit, 500)], len(facts)

    # -- evidence
    def evidence(self, s: str, p: str, o: str, asserted: bool | None = None) -> tuple[list[dict], int]:
        """The statements of one fact (subject IRI, relation local name, object as :func:`object_term`
        reads it), best confidence first, at most MAX_EVIDENCE, and how many there are."""
        if not re.fullmatch(r"[A-Za-z][A-Za-z0-9_]*", p):
            raise UsageError(f"{p!r} is not a relation of the ontology")
        q = (f"SELECT ?st ?g ?art ?status ?c ?ev ?x ?rt ?vb ?sf WHERE {{ GRAPH ?g {{ ?st rdf:subject {iri_term(s)} ; "
             f"rdf:predicate kg:{p} ; rdf:object {object_term(o)} . OPTIONAL {{ ?st kg:article ?art }} "
             f"OPTIONAL {{ ?st kg:status ?status }} "
             f"OPTIONAL {{ ?st kg:confidence ?c }} OPTIONAL {{ ?st kg:evidence ?ev }} "
             f"OPTIONAL {{ ?st kg:extractor ?x }} OPTIONAL {{ ?st kg:roundType ?rt }} "
             f"OPTIONAL {{ ?st kg:valuationBasis ?vb }} OPTIONAL {{ ?st kg:surfaceForm ?sf }} }} }}")
        rows: dict[str, dict] = {}
        for sol in self._select(q):
            st = sol["st"].value
            status = _local(_value(sol["status"]) or ONTOLOGY_IRI + "Asserted").lower()
            if asserted is not None and (status in _ASSERTING) != asserted:
                continue
            try:
                conf = float(sol["c"].value) if sol["c"] is not None else None
            except ValueError:
                conf = None
            row = rows.setdefault(st, {"article": (sol["art"] or sol["g"]).value, "status": status, "confidence": conf,
                                       "evidence": _value(sol["ev"]) or "", "extractor": _value(sol["x"]),
                                       "round_type": _value(sol["rt"]), "basis": _value(sol["vb"]),
                                       "surface": _value(sol["sf"])})
            for key in ("evidence", "extractor", "round_type", "basis", "surface"):  # the smallest, for determinism
                new = _value(sol[{"evidence": "ev", "extractor": "x", "round_type": "rt", "basis": "vb",
                                  "surface": "sf"}[key]])
                if new is not None and (row[key] is None or new < row[key]):
                    row[key] = new
        ordered = sorted(rows.items(), key=lambda kv: (-(kv[1]["confidence"] or 0), kv[1]["article"], kv[0]))
        return [row for _, row in ordered[:MAX_EVIDENCE]], len(ordered)

    # -- timeline
    def funding(self, iri: str) -> list[dict]:
        """The funding rounds and valuations an organisation's articles assert, one row per
        statement: relation, value, currency, round type, basis, the article's date and title."""
        return self._remember("funding", iri, lambda: self._funding(iri))

    def _funding(self, iri: str) -> list[dict]:
        term = iri_term(iri)
        q = (f"SELECT ?st ?g ?art ?p ?a ?status ?rt ?vb WHERE {{ VALUES ?p {{ kg:fundsRaised kg:valuation }} "
             f"GRAPH ?g {{ ?st rdf:subject {term} ; rdf:predicate ?p ; rdf:object ?a ; kg:status ?status . "
             f"OPTIONAL {{ ?st kg:article ?art }} OPTIONAL {{ ?st kg:roundType ?rt }} "
             f"OPTIONAL {{ ?st kg:valuationBasis ?vb }} }} }}")
        import pyoxigraph as ox

        found = [sol for sol in self._select(q) if _local(sol["status"].value).lower() in _ASSERTING
                 and isinstance(sol["a"], ox.NamedNode)]
        amounts = self.amounts({sol["a"].value for sol in found})
        meta = self.articles_meta({(sol["art"] or sol["g"]).value for sol in found})
        rows = []
        for sol in found:
            value, currency = amounts.get(sol["a"].value, (None, None))
            art = meta.get((sol["art"] or sol["g"]).value, {})
            rows.append({"relation": _local(sol["p"].value), "value": value, "currency": currency,
                         "round_type": _value(sol["rt"]), "basis": _value(sol["vb"]),
                         "published": art.get("published"), "article": art.get("title")})
        return rows
