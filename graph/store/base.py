"""The store interface and what every kind of store shares: article records, term
conversion between rdflib and pyoxigraph, SPARQL helpers, dumps. See :mod:`graph.store`."""
from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from ..errors import QueryError, StoreError, UsageError
from ..formats import RdfFormat, atomic_write, guess_rdf_format
from .sparql import query_form as query_form  # re-exported: where it used to live

KG_NS = "https://w3id.org/kgnews/ontology#"

_ARTICLES_QUERY = f"""
PREFIX kg: <{KG_NS}>
SELECT ?g ?hash ?name ?url ?title WHERE {{
  GRAPH ?g {{
    ?g kg:contentHash ?hash .
    OPTIONAL {{ ?g kg:fileName ?name }}
    OPTIONAL {{ ?g kg:url ?url }}
    OPTIONAL {{ ?g kg:title ?title }}
  }}
}}"""


_ARTICLES_QUERY_UNION = f"""
PREFIX kg: <{KG_NS}>
SELECT ?g ?hash ?name ?url ?title WHERE {{
  ?g a kg:Article ; kg:contentHash ?hash .
  OPTIONAL {{ ?g kg:fileName ?name }}
  OPTIONAL {{ ?g kg:url ?url }}
  OPTIONAL {{ ?g kg:title ?title }}
}}"""


@dataclass(frozen=True)
class ArticleInfo:
    """One article of a store: its IRI (also its graph's name), content hash and names."""

    iri: str
    content_hash: str
    name: str | None = None
    url: str | None = None
    title: str | None = None

    @property
    def source(self) -> str | None:
        """What identifies the article across versions: its URL, else its file name."""
        return self.url or self.name

    @property
    def key(self) -> str:
        return self.iri.rsplit("/", 1)[-1]


def ox_format(fmt: RdfFormat):
    import pyoxigraph as ox

    return {
        RdfFormat.turtle: ox.RdfFormat.TURTLE, RdfFormat.nt: ox.RdfFormat.N_TRIPLES,
        RdfFormat.nq: ox.RdfFormat.N_QUADS, RdfFormat.trig: ox.RdfFormat.TRIG,
        RdfFormat.jsonld: ox.RdfFormat.JSON_LD, RdfFormat.xml: ox.RdfFormat.RDF_XML,
    }[fmt]


def to_ox(term):
    """An rdflib term as a pyoxigraph term."""
    import pyoxigraph as ox
    from rdflib import BNode, Literal, URIRef

    if isinstance(term, (ox.NamedNode, ox.Literal, ox.BlankNode)):
        return term
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    raise TypeError(f"cannot store {term!r} in Oxigraph")


_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"


def to_rdflib(term):
    """A pyoxigraph term as an rdflib term (xsd:string literals become plain literals, as rdflib parses them)."""
    import pyoxigraph as ox
    from rdflib import BNode, Literal, URIRef

    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        dt = term.datatype.value
        if dt in (_XSD_STRING, _LANG_STRING):
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(dt))
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    raise TypeError(f"cannot convert {term!r} to rdflib")


def _triples_of(data) -> Iterator[tuple]:
    """rdflib triples out of a Graph, a Dataset (all graphs) or an iterable of triples."""
    from rdflib import Dataset, Graph

    if isinstance(data, Dataset):
        for s, p, o, _g in data.quads((None, None, None, None)):
            yield s, p, o
    elif isinstance(data, Graph):
        yield from data.triples((None, None, None))
    else:
        yield from data


def _sparql_insert_body(graph_iri: str, data) -> str:
    """``GRAPH <g> { ... }`` for INSERT DATA; pyoxigraph terms print as N-Triples, which SPARQL reads."""
    import pyoxigraph as ox

    lines = []
    for s, p, o in _triples_of(data):
        s, p, o = (to_ox(t) for t in (s, p, o))
        if isinstance(s, ox.BlankNode) or isinstance(o, ox.BlankNode):
            raise StoreError("kg's article graphs use no blank nodes; refusing to store one")
        lines.append(f"{s} {p} {o} .")
    return f"GRAPH <{graph_iri}> {{\n" + "\n".join(lines) + "\n}"


def _check_iri(iri: str) -> str:
    if not iri or any(c in iri for c in '<>"{}|^`\\ \n'):
        raise UsageError(f"{iri!r} is not a valid IRI for an article graph")
    return iri


class BaseStore:
    """What every store offers. Subclasses implement the methods marked abstract."""

    kind = "base"
    spec = ""
    writable = False

    # reading
    def articles(self) -> list[ArticleInfo]:  # pragma: no cover - abstract
        raise NotImplementedError

    def has_article(self, content_hash: str) -> bool:
        return any(a.content_hash == content_hash for a in self.articles())

    def query(self, sparql: str):
        """Run a SPARQL query; returns pyoxigraph ``QuerySolutions``, ``QueryBoolean`` or an iterable of ``Triple``."""
        raise NotImplementedError  # pragma: no cover

    def dataset(self):
        """The whole store as an rdflib Dataset, one named graph per article (for rdflib readers)."""
        raise NotImplementedError  # pragma: no cover

    def dump(self, path: str | Path, fmt: RdfFormat | None = None) -> None:
        """Write every triple (``.ttl``, ``.nt``, ``.xml``: the union) or quad (``.trig``, ``.nq``) to ``path``."""
        fmt = guess_rdf_format(path, fmt)
        _dump_ox(self._ox_for_dump(), path, fmt)

    def count(self) -> int:
        """How many quads the store holds."""
        raise NotImplementedError  # pragma: no cover

    # writing
    def put_article(self, article_iri: str, content_hash: str, data, replaces: Iterable[str] = ()) -> None:
        """Store one article's graph, replacing its previous content and the graphs in ``replaces``, atomically."""
        raise NotImplementedError  # pragma: no cover

    def remove(self, article_iri: str) -> None:
        raise NotImplementedError  # pragma: no cover

    def update(self, sparql: str) -> None:
        raise NotImplementedError  # pragma: no cover

    def _ox_for_dump(self):  # pragma: no cover - abstract
        raise NotImplementedError

    def close(self) -> None:
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.spec}>"


def _article_info(sol) -> ArticleInfo:
    def val(name):
        term = sol[name]
        return term.value if term is not None else None

    return ArticleInfo(iri=val("g"), content_hash=val("hash"), name=val("name"), url=val("url"), title=val("title"))


def _string_literal(text: str) -> str:
    import pyoxigraph as ox

    return str(ox.Literal(text))


def _one_line(exc) -> str:
    return " ".join(str(exc).split())


def _ox_query(ox_store, sparql: str):
    try:
        return ox_store.query(sparql, use_default_graph_as_union=True)
    except SyntaxError as exc:
        raise QueryError(f"invalid SPARQL query: {_one_line(exc)}") from None
    except OSError as exc:
        raise StoreError(f"the query failed: {_one_line(exc)}") from None


def _ox_to_dataset(ox_store):
    """Copy a pyoxigraph store into an rdflib Dataset (named graphs kept)."""
    import pyoxigraph as ox
    from rdflib import URIRef

    from ..rdf.write import new_dataset

    ds = new_dataset()
    graphs: dict = {}
    for q in ox_store.quads_for_pattern(None, None, None, None):
        gn = q.graph_name
        if isinstance(gn, ox.DefaultGraph):
            g = ds.default_graph
        else:
            key = gn.value
            g = graphs.get(key)
            if g is None:
                g = graphs[key] = ds.graph(URIRef(key) if isinstance(gn, ox.NamedNode) else to_rdflib(gn))
        g.add((to_rdflib(q.subject), to_rdflib(q.predicate), to_rdflib(q.object)))
    return ds


def _dump_ox(ox_store, path, fmt: RdfFormat) -> None:
    """Write an Oxigraph store to ``path`` (``-``: stdout) atomically.

    Turtle, N-Triples and RDF/XML hold the union of all graphs; TriG and N-Quads one graph
    per article. Turtle, TriG, N-Triples and N-Quads are written graph by graph in parallel
    threads (pyoxigraph releases the GIL while it reads), the graphs in IRI order; in Turtle a
    triple that several articles state (an entity's label) appears once per article, which
    is the same RDF graph. N-Triples and N-Quads come out sorted and without duplicates, so
    the same content gives the same bytes.
    """
    import pyoxigraph as ox

    from ..rdf.write import PREFIXES

    prefixes = {**PREFIXES, "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
                "owl": "http://www.w3.org/2002/07/owl#"}
    header = "".join(f"@prefix {p}: <{ns}> .\n" for p, ns in sorted(prefixes.items())).encode("utf-8")

    def write(fh) -> None:
        if fmt in (RdfFormat.nt, RdfFormat.nq):
            lines: set[bytes] = set()
            for g, data in _graph_dumps(ox_store, ox.RdfFormat.N_TRIPLES):
                if fmt is RdfFormat.nt or isinstance(g, ox.DefaultGraph):
                    lines.update(data.splitlines())
                else:
                    name = f" {g} .".encode()
                    lines.update(line[:-2] + name for line in data.splitlines() if line.endswith(b" ."))
            lines.discard(b"")
            ordered = sorted(lines)
            fh.write(b"\n".join(ordered) + (b"\n" if ordered else b""))
        elif fmt in (RdfFormat.turtle, RdfFormat.trig):
            fh.write(header)
            for g, data in _graph_dumps(ox_store, ox.RdfFormat.TURTLE, prefixes):
                body = _strip_prefixes(data)
                if not body.strip():
                    continue
                if fmt is RdfFormat.trig and not isinstance(g, ox.DefaultGraph):
                    fh.write(f"\n{g} {{\n".encode() + body + b"}\n")
                else:
                    fh.write(b"\n" + body)
        elif fmt.is_dataset:
            ox_store.dump(fh, ox_format(fmt), prefixes=prefixes)
        else:
            ox.serialize(_union_triples(ox_store), fh, ox_format(fmt), prefixes=prefixes)

    if str(path) == "-":
        import io

        buf = io.BytesIO()
        write(buf)
        sys.stdout.buffer.write(buf.getvalue())
        sys.stdout.flush()
        return
    with atomic_write(path) as fh:
        write(fh)


def _graph_dumps(ox_store, ox_fmt, prefixes: dict | None = None):
    """(graph, bytes) for each graph of the store, the default graph first, then by IRI.

    Serialised in a few threads at once; pyoxigraph reads and writes without the GIL, so a
    1M-triple store dumps in about half the time of one serial pass.
    """
    import os
    from concurrent.futures import ThreadPoolExecutor

    import pyoxigraph as ox

    graphs: list = []
    if next(iter(ox_store.quads_for_pattern(None, None, None, ox.DefaultGraph())), None) is not None:
        graphs.append(ox.DefaultGraph())
    graphs += sorted(ox_store.named_graphs(), key=str)
    kw = {"prefixes": prefixes} if prefixes else {}

    def one(g):
        return g, ox_store.dump(format=ox_fmt, from_graph=g, **kw) or b""

    with ThreadPoolExecutor(max_workers=max(1, min(4, os.cpu_count() or 1))) as pool:
        yield from pool.map(one, graphs)


def _strip_prefixes(data: bytes) -> bytes:
    """A Turtle document without its leading ``@prefix`` lines (kg writes them once, on top)."""
    pos = 0
    while data.startswith(b"@prefix ", pos):
        pos = data.index(b"\n", pos) + 1
    return data[pos:]


def _union_triples(ox_store):
    return ox_store.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", use_default_graph_as_union=True)
