"""Where graphs live: a graph file, an embedded Oxigraph store, or a remote SPARQL server.

Every command reads and writes through one small interface, chosen by a *store spec*::

    open_store("out/r.ttl")                  # FileStore: a graph file, loaded into memory
    open_store("corpus.kg", create=True)     # OxigraphStore: a persistent store in a folder
    open_store("http://127.0.0.1:7878/")     # RemoteStore: SPARQL 1.1 protocol + Graph Store Protocol

The layout is the one of :mod:`graph.rdf`: each article is one named graph, named by the
article IRI, holding ``<article> kg:contentHash "sha256"``. A write replaces whole articles
only, in one transaction (one SPARQL update on Oxigraph, one Graph Store ``PUT`` remotely),
so a crash never leaves half an article. SPARQL runs on Oxigraph for every kind of store,
with the default graph being the union of all article graphs (entities merged).

>>> with open_store("corpus.kg", create=True) as st:      # doctest: +SKIP
...     st.put_article(iri, content_hash, graph)
...     rows = st.query("SELECT * WHERE { ?s ?p ?o } LIMIT 3")
"""
from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import GraphFileError, QueryError, StoreError, UsageError
from .formats import EXTENSIONS, RdfFormat, atomic_write, guess_rdf_format

KG_NS = "https://w3id.org/kgnews/ontology#"
#: Files RocksDB always writes into an Oxigraph store folder.
_STORE_MARKERS = ("CURRENT", "IDENTITY")

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


# ------------------------------------------------------------------ term conversion


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


def query_form(sparql: str) -> str:
    """``select``, ``ask``, ``construct``, ``describe`` or ``update``, from the query text.

    Comments, PREFIX and BASE declarations are skipped; the first keyword decides.
    """
    import re

    text = re.sub(r"(?m)#[^\n<>\"']*$", " ", sparql)  # comments (not inside IRIs or strings, roughly)
    text = re.sub(r"(?is)^\s*((PREFIX\s+[^\s:]*:\s*<[^>]*>|BASE\s+<[^>]*>)\s*)*", "", text)
    word = re.match(r"\s*([A-Za-z]+)", text)
    first = word.group(1).upper() if word else ""
    if first in ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE"):
        return first.lower()
    if first in ("INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH"):
        return "update"
    return "select"


# ------------------------------------------------------------------ the interface


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


class _OxBacked(BaseStore):
    """Shared code of the stores that hold a local pyoxigraph ``Store`` (``self._ox``)."""

    _ox: Any = None

    def articles(self) -> list[ArticleInfo]:
        seen: dict[str, ArticleInfo] = {}
        for query in (_ARTICLES_QUERY, _ARTICLES_QUERY_UNION):
            for sol in self._ox.query(query):
                iri = sol["g"].value
                if iri not in seen:
                    seen[iri] = _article_info(sol)
        return sorted(seen.values(), key=lambda a: ((a.name or a.url or ""), a.iri))

    def has_article(self, content_hash: str) -> bool:
        q = f'ASK {{ ?a <{KG_NS}contentHash> {_string_literal(content_hash)} }}'
        return bool(self._ox.query(q, use_default_graph_as_union=True))

    def query(self, sparql: str):
        return _ox_query(self._ox, sparql)

    def count(self) -> int:
        return len(self._ox)

    def dataset(self):
        return _ox_to_dataset(self._ox)

    def _ox_for_dump(self):
        return self._ox

    def _write_article(self, article_iri: str, data, replaces: Iterable[str]) -> None:
        _check_iri(article_iri)
        drops = "".join(f"DROP SILENT GRAPH <{_check_iri(g)}> ;\n" for g in {article_iri, *replaces})
        update = f"{drops}INSERT DATA {{\n{_sparql_insert_body(article_iri, data)}\n}}"
        try:
            self._ox.update(update)
        except OSError as exc:
            raise StoreError(f"{self.spec}: cannot write article {article_iri} ({exc}); nothing was written") from None

    def _remove_graph(self, article_iri: str) -> None:
        import pyoxigraph as ox

        node = ox.NamedNode(_check_iri(article_iri))
        if not self._ox.contains_named_graph(node):
            raise StoreError(f"{self.spec}: no article {article_iri}; `kg query --store {self.spec} --name articles` lists them")
        self._ox.update(f"DROP GRAPH <{article_iri}>")

    def _update(self, sparql: str) -> None:
        try:
            self._ox.update(sparql)
        except SyntaxError as exc:
            raise QueryError(f"invalid SPARQL update: {_one_line(exc)}") from None


class OxigraphStore(_OxBacked):
    """A persistent embedded Oxigraph (RocksDB) store in a folder.

    Readers open it read-only (several may run at once); a writer takes the folder's lock.
    """

    kind = "oxigraph"

    def __init__(self, path: str | Path, *, create: bool = False, write: bool = False):
        import pyoxigraph as ox

        self.path = Path(path)
        self.spec = str(path)
        self.writable = write or create
        exists = is_oxigraph_dir(self.path)
        if not exists:
            if not create:
                raise StoreError(f"{path}: no kg store here; create one with `kg build --store {path} ARTICLES`")
            if self.path.exists() and (not self.path.is_dir() or any(self.path.iterdir())):
                raise StoreError(f"{path}: exists and is not a kg store; give a new or empty folder to --store")
        try:
            self._ox = ox.Store(str(self.path)) if self.writable else ox.Store.read_only(str(self.path))
        except OSError as exc:
            msg = _one_line(exc)
            if "lock" in msg.lower():
                raise StoreError(f"{path}: the store is in use by another process (a running `kg build` or "
                                 f"`kg serve`?); wait for it to finish or stop it") from None
            raise StoreError(f"{path}: cannot open the store ({msg})") from None

    def put_article(self, article_iri: str, content_hash: str, data, replaces: Iterable[str] = ()) -> None:
        self._require_write()
        self._write_article(article_iri, data, replaces)

    def remove(self, article_iri: str) -> None:
        self._require_write()
        self._remove_graph(article_iri)

    def update(self, sparql: str) -> None:
        self._require_write()
        self._update(sparql)

    def bulk_load(self, path: str | Path, fmt: RdfFormat | None = None) -> None:
        """Load a big N-Quads or TriG file fast, without a transaction (for benchmarks and restores).

        Unlike :meth:`put_article`, a crash in the middle can leave part of the file loaded.
        """
        self._require_write()
        fmt = guess_rdf_format(path, fmt)
        try:
            self._ox.bulk_load(path=str(path), format=ox_format(fmt))
            self._ox.flush()
            self._ox.optimize()
        except (SyntaxError, ValueError, OSError) as exc:
            raise StoreError(f"{path}: cannot load it into {self.spec} ({_one_line(exc)[:300]})") from None

    def flush(self) -> None:
        if self.writable:
            self._ox.flush()

    def close(self) -> None:
        if self._ox is not None and self.writable:
            try:
                self._ox.flush()
            except OSError:
                pass
        self._ox = None

    def _require_write(self) -> None:
        if not self.writable:
            raise StoreError(f"{self.spec}: opened read-only")


class FileStore(_OxBacked):
    """A graph file (``.ttl``, ``.nt``, ``.trig``, ``.nq``, ``.jsonld``, ``.xml``) or ``-`` (stdin).

    The file is loaded into an in-memory Oxigraph store for SPARQL, and into rdflib for the
    rdflib readers. Writes rewrite the whole file atomically. Turtle, N-Triples and RDF/XML
    keep no article boundaries, so they cannot replace or remove one article: use ``.trig``,
    ``.nq`` or a store folder for that.
    """

    kind = "file"

    def __init__(self, path: str | Path, fmt: RdfFormat | None = None, *, create: bool = False, data: bytes | None = None):
        import pyoxigraph as ox

        self.spec = str(path)
        self.path = None if str(path) == "-" else Path(path)
        self.fmt = guess_rdf_format(path, fmt)
        self.writable = self.path is not None
        self._data = data
        if self._data is None:
            if self.path is None:
                self._data = sys.stdin.buffer.read()
            elif self.path.is_dir():
                raise GraphFileError(f"{path}: is a folder; for a store use --store {path}")
            elif self.path.exists():
                self._data = self.path.read_bytes()
            elif not create:
                raise GraphFileError(f"{path}: no such graph file; build one with `kg build ARTICLE -o {path}`")
        if self._data is not None and not self._data.strip() and not create:
            raise GraphFileError(f"{self.spec}: the graph file is empty; rebuild it with `kg build`")
        self._ox = ox.Store()
        if self._data and self._data.strip():
            try:
                self._ox.load(self._data, ox_format(self.fmt))
            except (SyntaxError, ValueError, OSError) as exc:
                raise GraphFileError(f"{self.spec}: not a valid {self.fmt.value} graph ({_one_line(exc)[:300]}); "
                                     f"check the file or give --format") from None
            name_default_graph(self._ox)
        self._rdflib = None

    def dataset(self):
        if self._rdflib is None:
            from .api import load_graph

            if self._data is None or not self._data.strip():
                from .rdf import new_dataset

                self._rdflib = new_dataset()
            else:
                self._rdflib = load_graph(self.spec, self.fmt, data=self._data)
        return self._rdflib

    def put_article(self, article_iri: str, content_hash: str, data, replaces: Iterable[str] = ()) -> None:
        self._require_write()
        stale = [g for g in replaces if g != article_iri]
        if not self.fmt.is_dataset and (stale or self._has_graph_content(article_iri)):
            raise StoreError(f"{self.spec}: a {self.fmt.value} file keeps no article boundaries, so kg cannot "
                             f"replace an article in it; use a .trig or .nq file, or a store folder")
        self._write_article(article_iri, data, replaces)
        self._save()

    def remove(self, article_iri: str) -> None:
        self._require_write()
        if not self.fmt.is_dataset:
            raise StoreError(f"{self.spec}: a {self.fmt.value} file keeps no article boundaries, so kg cannot "
                             f"remove one article; use a .trig or .nq file, or a store folder")
        self._remove_graph(article_iri)
        self._save()

    def update(self, sparql: str) -> None:
        self._require_write()
        self._update(sparql)
        self._save()

    def _has_graph_content(self, article_iri: str) -> bool:
        return bool(self._ox.query(f"ASK {{ <{article_iri}> ?p ?o }}", use_default_graph_as_union=True))

    def _save(self) -> None:
        self._rdflib = None
        _dump_ox(self._ox, self.path, self.fmt)
        self._data = self.path.read_bytes()

    def _require_write(self) -> None:
        if not self.writable:
            raise StoreError("cannot write to stdin; give a file or a store folder")


class RemoteStore(BaseStore):
    """A SPARQL 1.1 server: queries over the SPARQL protocol, writes over the Graph Store Protocol.

    Endpoints are guessed from the URL (see :func:`remote_endpoints`) or given explicitly.
    Queries ask the server for the union of all graphs as the default graph: Oxigraph server
    takes ``union-default-graph``; GraphDB and Virtuoso do it by default; Fuseki needs
    ``tdb2:unionDefaultGraph true`` in its dataset configuration.
    """

    kind = "remote"

    def __init__(self, url: str, *, query_url: str | None = None, update_url: str | None = None,
                 gsp_url: str | None = None, timeout: float = 30.0, check: bool = True):
        self.spec = url
        self.writable = True
        guessed = remote_endpoints(url)
        self.query_url = query_url or os.environ.get("KG_SPARQL_QUERY_URL") or guessed["query"]
        self.update_url = update_url or os.environ.get("KG_SPARQL_UPDATE_URL") or guessed["update"]
        self.gsp_url = gsp_url or os.environ.get("KG_GSP_URL") or guessed["store"]
        self.union_param = guessed.get("union")
        self.timeout = timeout
        if check:
            self.ping()

    # -- HTTP
    def _request(self, method: str, url: str, *, body: bytes | None = None, headers: dict | None = None,
                 ok=(200, 201, 204)) -> tuple[int, bytes, str]:
        import urllib.error
        import urllib.request

        req = urllib.request.Request(url, data=body, method=method, headers=headers or {})
        try:
            with urllib.request.urlopen(req, timeout=self.timeout) as resp:
                return resp.status, resp.read(), resp.headers.get("Content-Type", "")
        except urllib.error.HTTPError as exc:
            detail = _one_line(exc.read().decode("utf-8", "replace"))[:300]
            if exc.code in ok:
                return exc.code, b"", ""
            raise _HttpError(exc.code, f"{self.spec}: the server answered {exc.code} {exc.reason} to "
                                       f"{method} {url.split('?')[0]}" + (f": {detail}" if detail else "")) from None
        except (urllib.error.URLError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            raise StoreError(f"{self.spec}: cannot reach the SPARQL server ({reason}); start it or check --store; "
                             f"nothing was written") from None

    def _url(self, base: str, **params) -> str:
        from urllib.parse import urlencode

        params = {k: v for k, v in params.items() if v is not None}
        if not params:
            return base
        return base + ("&" if "?" in base else "?") + urlencode(params)

    def ping(self) -> None:
        self._select_json("ASK {}")

    def _select_json(self, sparql: str) -> bytes:
        from urllib.parse import urlencode

        params = {"query": sparql}
        if self.union_param:
            params[self.union_param] = "true"
        try:
            _, body, _ = self._request("POST", self.query_url, body=urlencode(params).encode(), headers={
                "Content-Type": "application/x-www-form-urlencoded",
                "Accept": "application/sparql-results+json"})
        except _HttpError as exc:
            if exc.code == 400:
                raise QueryError(f"the server refused the query: {exc}") from None
            raise StoreError(str(exc)) from None
        return body

    def _construct(self, sparql: str) -> list:
        import pyoxigraph as ox
        from urllib.parse import urlencode

        params = {"query": sparql}
        if self.union_param:
            params[self.union_param] = "true"
        try:
            _, body, _ = self._request("POST", self.query_url, body=urlencode(params).encode(), headers={
                "Content-Type": "application/x-www-form-urlencoded", "Accept": "application/n-triples"})
        except _HttpError as exc:
            if exc.code == 400:
                raise QueryError(f"the server refused the query: {exc}") from None
            raise StoreError(str(exc)) from None
        return [q.triple for q in ox.parse(body, ox.RdfFormat.N_TRIPLES)]

    # -- reading
    def query(self, sparql: str):
        import pyoxigraph as ox

        form = query_form(sparql)
        if form in ("construct", "describe"):
            return self._construct(sparql)
        body = self._select_json(sparql)
        return ox.parse_query_results(body, ox.QueryResultsFormat.JSON)

    def articles(self) -> list[ArticleInfo]:
        import pyoxigraph as ox

        body = self._select_json(_ARTICLES_QUERY)
        infos = [_article_info(sol) for sol in ox.parse_query_results(body, ox.QueryResultsFormat.JSON)]
        uniq = {a.iri: a for a in infos}
        return sorted(uniq.values(), key=lambda a: ((a.name or a.url or ""), a.iri))

    def has_article(self, content_hash: str) -> bool:
        import pyoxigraph as ox

        q = f"ASK {{ GRAPH ?g {{ ?a <{KG_NS}contentHash> {_string_literal(content_hash)} }} }}"
        return bool(ox.parse_query_results(self._select_json(q), ox.QueryResultsFormat.JSON))

    def count(self) -> int:
        import pyoxigraph as ox

        body = self._select_json("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
        for sol in ox.parse_query_results(body, ox.QueryResultsFormat.JSON):
            return int(sol["n"].value)
        return 0

    def get_graph(self, graph_iri: str) -> bytes:
        _, body, _ = self._gsp("GET", graph_iri, headers={"Accept": "application/n-triples"})
        return body

    def _ox_for_dump(self):
        import pyoxigraph as ox

        mem = ox.Store()
        for art in self.articles():
            mem.load(self.get_graph(art.iri), ox.RdfFormat.N_TRIPLES, to_graph=ox.NamedNode(art.iri))
        return mem

    def dataset(self):
        return _ox_to_dataset(self._ox_for_dump())

    # -- writing
    def _gsp(self, method: str, graph_iri: str, **kw):
        try:
            return self._request(method, self._url(self.gsp_url, graph=_check_iri(graph_iri)), **kw)
        except _HttpError as exc:
            if exc.code == 404 and method in ("DELETE", "GET"):
                raise StoreError(f"{self.spec}: no article graph {graph_iri}") from None
            raise StoreError(str(exc)) from None

    def put_article(self, article_iri: str, content_hash: str, data, replaces: Iterable[str] = ()) -> None:
        import pyoxigraph as ox

        triples = [ox.Triple(*(to_ox(t) for t in tr)) for tr in _triples_of(data)]
        body = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b""
        # One PUT replaces the article's graph atomically; stale versions go afterwards, so a
        # failure in between leaves an extra old version (removed by the next build), never a gap.
        self._gsp("PUT", article_iri, body=body, headers={"Content-Type": "application/n-triples"})
        for old in replaces:
            if old != article_iri:
                try:
                    self._gsp("DELETE", old)
                except StoreError:
                    pass

    def remove(self, article_iri: str) -> None:
        self._gsp("DELETE", article_iri)

    def update(self, sparql: str) -> None:
        try:
            self._request("POST", self.update_url, body=sparql.encode("utf-8"),
                          headers={"Content-Type": "application/sparql-update"})
        except _HttpError as exc:
            if exc.code == 400:
                raise QueryError(f"the server refused the update: {exc}") from None
            raise StoreError(str(exc)) from None


class _HttpError(StoreError):
    def __init__(self, code: int, message: str):
        super().__init__(message)
        self.code = code


# ------------------------------------------------------------------ helpers


def remote_endpoints(url: str) -> dict[str, str | None]:
    """Query, update and Graph Store endpoints for a server URL.

    * ``http://host:7878`` or ``http://host:7878/`` (Oxigraph server): ``/query``, ``/update``, ``/store``.
    * ``http://host:3030/DATASET`` (Apache Jena Fuseki): ``/DATASET/query``, ``/update``, ``/data``.
    * ``http://host:7200/repositories/REPO`` (GraphDB): the URL, ``/statements``, ``/rdf-graphs/service``.
    * ``http://host:8890/sparql`` (Virtuoso): the URL for queries and updates, ``/sparql-graph-crud``.
    * ``.../query`` or ``.../sparql`` otherwise: that URL, with ``update`` and ``store`` beside it.

    Override any of them with ``KG_SPARQL_QUERY_URL``, ``KG_SPARQL_UPDATE_URL``, ``KG_GSP_URL``.
    """
    from urllib.parse import urlsplit, urlunsplit

    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise UsageError(f"{url}: not an http(s) URL of a SPARQL server")
    path = parts.path.rstrip("/")
    root = urlunsplit((parts.scheme, parts.netloc, "", "", ""))
    segs = [s for s in path.split("/") if s]
    if not segs:
        return {"query": root + "/query", "update": root + "/update", "store": root + "/store",
                "union": "union-default-graph"}
    if len(segs) >= 2 and segs[-2] == "repositories":
        return {"query": root + path, "update": root + path + "/statements",
                "store": root + path + "/rdf-graphs/service", "union": None}
    if segs[-1] == "sparql" and len(segs) == 1:
        return {"query": root + path, "update": root + path, "store": root + "/sparql-graph-crud", "union": None}
    if segs[-1] in ("query", "sparql"):
        base = root + "/" + "/".join(segs[:-1]) if len(segs) > 1 else root
        union = "union-default-graph" if len(segs) == 1 else None
        return {"query": root + path, "update": base + "/update",
                "store": base + ("/store" if len(segs) == 1 else "/data"), "union": union}
    return {"query": root + path + "/query", "update": root + path + "/update",
            "store": root + path + "/data", "union": None}


def is_oxigraph_dir(path: Path) -> bool:
    return path.is_dir() and all((path / m).exists() for m in _STORE_MARKERS)


def store_kind(spec: str) -> str:
    """``remote``, ``file`` or ``oxigraph`` for a store spec."""
    if spec.startswith(("http://", "https://")):
        return "remote"
    if spec == "-":
        return "file"
    p = Path(spec)
    if p.is_dir():
        return "oxigraph"
    if p.suffix.lower() in EXTENSIONS:
        return "file"
    return "oxigraph"


def open_store(spec: str | Path, *, create: bool = False, write: bool = False, fmt: RdfFormat | None = None) -> BaseStore:
    """Open a store from its spec: a URL, a folder (embedded Oxigraph) or a graph file.

    ``create`` makes a missing store (implies ``write``); ``write`` opens it for writing
    (an embedded store takes the folder's lock then).
    """
    spec = str(spec)
    kind = store_kind(spec)
    if kind == "remote":
        return RemoteStore(spec)
    if kind == "file":
        return FileStore(spec, fmt, create=create)
    return OxigraphStore(spec, create=create, write=write)


def as_store(source, *, write: bool = False) -> BaseStore:
    """A store from whatever readers get: a store, a spec, or an rdflib Graph/Dataset (in memory)."""
    if isinstance(source, BaseStore):
        return source
    if isinstance(source, (str, Path)):
        return open_store(source, write=write)
    from rdflib import Graph

    if isinstance(source, Graph):
        return MemoryStore(source)
    raise TypeError(f"cannot query {type(source).__name__}; give a store, a path or an rdflib graph")


class MemoryStore(_OxBacked):
    """An rdflib Graph or Dataset copied into an in-memory Oxigraph store (for the Python API)."""

    kind = "memory"

    def __init__(self, graph):
        import pyoxigraph as ox
        from rdflib import Dataset, Graph

        self.spec = "<memory>"
        self._source = graph
        self._ox = ox.Store()
        quads = []
        if isinstance(graph, Dataset):
            for s, p, o, g in graph.quads((None, None, None, None)):
                name = getattr(g, "identifier", g)
                gn = ox.DefaultGraph() if name is None or str(name) == "urn:x-rdflib:default" else to_ox(name)
                quads.append(ox.Quad(to_ox(s), to_ox(p), to_ox(o), gn))
        elif isinstance(graph, Graph):
            quads = [ox.Quad(to_ox(s), to_ox(p), to_ox(o)) for s, p, o in graph]
        self._ox.extend(quads)
        name_default_graph(self._ox)

    def dataset(self):
        return self._source


#: The graph that holds a triple file's content when it has several articles (or none).
FILE_GRAPH = "urn:x-kg:file"


def name_default_graph(ox_store) -> None:
    """Move triples from the default graph into a named graph, as in a store.

    A Turtle or N-Triples file keeps no graph names; its triples go to the graph of its
    article when it has exactly one (kg's layout), else to ``urn:x-kg:file``. Queries that
    say ``GRAPH ?g { ... }`` then work the same on files and stores.
    """
    import pyoxigraph as ox

    if next(iter(ox_store.quads_for_pattern(None, None, None, ox.DefaultGraph())), None) is None:
        return
    arts = [sol["a"].value for sol in ox_store.query(
        f"SELECT DISTINCT ?a WHERE {{ ?a a <{KG_NS}Article> }} LIMIT 2")]
    target = arts[0] if len(arts) == 1 else FILE_GRAPH
    ox_store.update(f"ADD DEFAULT TO <{target}> ; CLEAR DEFAULT")


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

    from .rdf import new_dataset

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
    """Write an Oxigraph store to ``path`` (``-``: stdout) atomically, union for triple formats.

    N-Triples and N-Quads come out sorted, so the same content gives the same bytes.
    """
    import pyoxigraph as ox

    from .rdf import PREFIXES

    prefixes = {**PREFIXES, "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
                "owl": "http://www.w3.org/2002/07/owl#"}

    def write(fh) -> None:
        if fmt in (RdfFormat.nt, RdfFormat.nq):
            if fmt is RdfFormat.nq:
                data = ox_store.dump(format=ox.RdfFormat.N_QUADS)
            else:
                data = ox.serialize(_union_triples(ox_store), format=ox.RdfFormat.N_TRIPLES)
            lines = sorted(set(data.splitlines())) if data else []
            fh.write(b"\n".join(lines) + (b"\n" if lines else b""))
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


def _union_triples(ox_store):
    return ox_store.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", use_default_graph_as_union=True)


def find_article(store: BaseStore, ref: str) -> ArticleInfo:
    """The one article of ``store`` that ``ref`` names.

    ``ref`` may be the article IRI, its key (``art:`` local name), a content-hash prefix
    (8+ hex digits), its file name or URL, or the path of the article file (its text is
    hashed, so a renamed file is still found).
    """
    import re

    arts = store.articles()
    if not arts:
        raise StoreError(f"{store.spec}: the store holds no articles")
    key = ref[4:] if ref.startswith("art:") else ref
    matches = [a for a in arts if ref in (a.iri, a.name, a.url) or key == a.key]
    if not matches and re.fullmatch(r"[0-9a-f]{8,64}", key):
        matches = [a for a in arts if a.content_hash.startswith(key)]
    if not matches and Path(ref).is_file():
        from .ingest import read_input

        try:
            content = read_input(ref, Path(ref)).hash
        except Exception:  # an unreadable file simply matches nothing
            content = None
        matches = [a for a in arts if a.content_hash == content]
        if not matches:
            matches = [a for a in arts if a.name == Path(ref).name]
    if not matches:
        raise StoreError(f"no article {ref!r} in {store.spec}; `kg query --store {store.spec} --name articles` "
                         f"lists them (give an IRI, key, hash prefix, file name or URL)")
    if len(matches) > 1:
        listed = ", ".join(f"{a.key} ({a.name or a.url or '?'})" for a in matches[:10])
        raise StoreError(f"{ref!r} names {len(matches)} articles in {store.spec}: {listed}; give the key instead")
    return matches[0]
