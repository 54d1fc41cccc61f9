"""A remote SPARQL 1.1 server: queries over the SPARQL protocol, writes over the Graph Store Protocol."""
from __future__ import annotations

import os
from collections.abc import Iterable

from ..errors import QueryError, StoreError, UsageError
from .base import (
    _ARTICLES_QUERY,
    KG_NS,
    ArticleInfo,
    BaseStore,
    _article_info,
    _check_iri,
    _one_line,
    _ox_to_dataset,
    _string_literal,
    _triples_of,
    query_form,
    to_ox,
)


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
        url, self._auth = _split_credentials(url)
        self.spec = url                     # never shows a password in messages
        self.writable = True
        guessed = remote_endpoints(url)
        self.query_url: str = query_url or os.environ.get("KG_SPARQL_QUERY_URL") or guessed["query"] or ""
        self.update_url: str = update_url or os.environ.get("KG_SPARQL_UPDATE_URL") or guessed["update"] or ""
        self.gsp_url: str = gsp_url or os.environ.get("KG_GSP_URL") or guessed["store"] or ""
        self.union_param = guessed.get("union")
        self.timeout = timeout
        if check:
            self.ping()

    # -- HTTP
    def _request(self, method: str, url: str, *, body: bytes | None = None, headers: dict | None = None,
                 ok=(200, 201, 204)) -> tuple[int, bytes, str]:
        import urllib.error
        import urllib.request

        headers = dict(headers or {})
        if self._auth:
            headers["Authorization"] = self._auth
        req = urllib.request.Request(url, data=body, method=method, headers=headers)
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
            raise StoreError(f"{self.spec}: cannot reach the SPARQL server ({reason}); start it or check --store") \
                from None

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
            _, body, ctype = self._request("POST", self.query_url, body=urlencode(params).encode(), headers={
                "Content-Type": "application/x-www-form-urlencoded",
                "Accept": "application/sparql-results+json"})
        except _HttpError as exc:
            if exc.code == 400:
                raise QueryError(f"the server refused the query: {exc}") from None
            raise StoreError(str(exc)) from None
        self._expect(body, ctype, "json", "SPARQL JSON results")
        return body

    def _construct(self, sparql: str) -> list:
        from urllib.parse import urlencode

        import pyoxigraph as ox

        params = {"query": sparql}
        if self.union_param:
            params[self.union_param] = "true"
        try:
            _, body, ctype = self._request("POST", self.query_url, body=urlencode(params).encode(), headers={
                "Content-Type": "application/x-www-form-urlencoded", "Accept": "application/n-triples"})
        except _HttpError as exc:
            if exc.code == 400:
                raise QueryError(f"the server refused the query: {exc}") from None
            raise StoreError(str(exc)) from None
        self._expect(body, ctype, "n-triples", "N-Triples")
        try:
            return [q.triple for q in ox.parse(body, ox.RdfFormat.N_TRIPLES)]
        except (SyntaxError, ValueError) as exc:
            raise StoreError(self._not_sparql(body, ctype, "N-Triples", exc)) from None

    def _expect(self, body: bytes, ctype: str, kind: str, what: str) -> None:
        """Refuse an answer that is not ``what`` (by its Content-Type, else by parsing it)."""
        import pyoxigraph as ox

        media = ctype.split(";")[0].strip().lower()
        if media and kind not in media and not (kind == "n-triples" and media == "text/plain"):
            raise StoreError(self._not_sparql(body, ctype, what))
        if kind == "json":
            try:
                ox.parse_query_results(body, ox.QueryResultsFormat.JSON)
            except (SyntaxError, ValueError) as exc:
                raise StoreError(self._not_sparql(body, ctype, what, exc)) from None

    def _not_sparql(self, body: bytes, ctype: str, what: str, exc: Exception | None = None) -> str:
        sample = _one_line(body[:120].decode("utf-8", "replace")) or "nothing"
        why = f" ({_one_line(exc)[:120]})" if exc is not None else ""
        return (f"{self.spec}: this server does not answer like a SPARQL endpoint: asked for {what} at "
                f"{self.query_url}, it sent {ctype or 'no Content-Type'}{why}, starting {sample!r}; check the "
                f"--store URL (an Oxigraph server is http://HOST:PORT/, Fuseki http://HOST:PORT/DATASET)")

    # -- reading
    def query(self, sparql: str):
        import pyoxigraph as ox

        form = query_form(sparql)
        if form in ("construct", "describe"):
            return self._construct(sparql)
        body = self._select_json(sparql)
        return ox.parse_query_results(body, ox.QueryResultsFormat.JSON)

    def articles(self) -> list[ArticleInfo]:

        infos = [_article_info(sol) for sol in self._solutions(self._select_json(_ARTICLES_QUERY))]
        uniq = {a.iri: a for a in infos}
        return sorted(uniq.values(), key=lambda a: ((a.name or a.url or ""), a.iri))

    def has_article(self, content_hash: str) -> bool:
        import pyoxigraph as ox

        q = f"ASK {{ GRAPH ?g {{ ?a <{KG_NS}contentHash> {_string_literal(content_hash)} }} }}"
        return bool(ox.parse_query_results(self._select_json(q), ox.QueryResultsFormat.JSON))

    def count(self) -> int:

        for sol in self._solutions(self._select_json("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")):
            return int(sol["n"].value)
        return 0

    def _solutions(self, body: bytes):
        """The solutions of a SELECT query's JSON results."""
        import pyoxigraph as ox

        results = ox.parse_query_results(body, ox.QueryResultsFormat.JSON)
        if not isinstance(results, ox.QuerySolutions):
            raise StoreError(f"{self.spec}: the server answered a SELECT query with a boolean")
        return results

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


def _split_credentials(url: str) -> tuple[str, str | None]:
    """``http://user:pass@host/...`` to the URL without credentials and a Basic Authorization header
    (``KG_SPARQL_USER``/``KG_SPARQL_PASSWORD`` serve when the URL has none)."""
    import base64
    from urllib.parse import unquote, urlsplit, urlunsplit

    parts = urlsplit(url)
    user, password = parts.username, parts.password
    if user is not None:
        host = parts.hostname or ""
        netloc = (f"[{host}]" if ":" in host else host) + (f":{parts.port}" if parts.port else "")
        url = urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))
        user, password = unquote(user), unquote(password or "")
    else:
        user, password = os.environ.get("KG_SPARQL_USER"), os.environ.get("KG_SPARQL_PASSWORD", "")
    if not user:
        return url, None
    token = base64.b64encode(f"{user}:{password}".encode()).decode("ascii")
    return url, f"Basic {token}"


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
