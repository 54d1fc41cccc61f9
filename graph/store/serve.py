"""``kg serve``: a read-only SPARQL endpoint over a store, safe to leave running on localhost.

Endpoints (the Oxigraph server's layout, so clients written for it work unchanged):

* ``GET|POST /query`` (also ``/sparql``): SPARQL 1.1 Protocol. ``query=`` in the URL or a form
  body, or the query itself as ``application/sparql-query``. The default graph is the union of
  all article graphs unless ``default-graph-uri`` is given. Results are negotiated with
  ``Accept``: SPARQL JSON (default), XML, CSV, TSV; Turtle (default), N-Triples, JSON-LD or
  RDF/XML for CONSTRUCT and DESCRIBE.
* ``GET /store?graph=IRI`` (Graph Store Protocol, read side): one article's graph; ``?default``:
  the default graph; ``GET /store`` alone: the whole dataset (N-Quads or TriG), graph by graph.
* ``GET /query.html``: a small page to type queries in (also at ``/`` when no other module
  puts a page there).
* Routes other modules add (``routes=`` on :func:`make_server`): ``kg serve`` puts the live explorer
  at ``/`` with its JSON API and assets (:mod:`graph.render.explorer`). With such routes the store
  may also be a remote SPARQL server: then no worker is started and ``/query`` and ``/store`` answer
  400 (that server is the endpoint).

What makes it safe (README, "Serving safely"):

* Nothing leaves the machine: SERVICE clauses are refused (400), updates and graph writes too
  (403), and the worker processes give up the network where the system lets them.
* Only this server's pages and clients get answers: a request whose ``Host`` is not 127.0.0.1,
  localhost, [::1], the address it listens on or an ``--allow-host`` gets 403 (DNS rebinding); a
  request from a web page of another origin (its ``Origin``, or ``Sec-Fetch-Site: cross-site``)
  gets 403 and no CORS header unless ``--cors ORIGIN`` allows that origin.
* Limits: each query runs in a worker process (:mod:`graph.store.pool`) with a timeout, a row cap
  (the result is cut there), a response-size cap and a memory cap; a worker over a limit, or whose
  client went away, is killed and replaced.
* Load: waitress serves the connections asynchronously (an idle connection holds no thread and is
  closed after 30 s of silence) with a bounded pool of threads, a listen backlog of 1024, requests
  capped in size; a malformed request gets 400 and a one-line reason, never a traceback.
* Identical ``/query`` requests share one run (:mod:`graph.store.cache`): one arriving while its twin
  runs waits for that answer, and a whole successful answer is reused for ``--cache-seconds`` (2 s;
  0: off). The cache sits behind every check; answers say ``KG-Cache: miss|hit|coalesced``.

Routes live in :data:`ROUTES`, a path -> :class:`Route` table: a handler takes the
:class:`Endpoint` and the :class:`Request` and returns a :class:`Response`. Each server answers from
its own copy (``endpoint.routes``), ``ROUTES`` plus the ``routes=`` it was given. A new page or
endpoint that runs a user's SPARQL runs a job on ``endpoint.pool`` (see :func:`run_job`), so that the
limits apply to it. The explorer's routes are the exception, by design: they run fixed queries (IRIs
checked, never a user's text) scoped to one node or fact and paged (:mod:`graph.render.explorer`), on
the store opened in the server process, where its name index and caches live; the Host/Origin checks
apply to them as to every route (they run before routing), the worker limits do not.
"""
from __future__ import annotations

import base64
import hashlib
import ipaddress
import socket
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs, urlsplit

from waitress.channel import ClientDisconnected

from ..errors import KgError, LimitError, StoreError, UsageError
from .cache import DEFAULT_CACHE_SECONDS, MAX_ENTRY, Flight, ResultCache
from .limits import DEFAULT_MAX_MEMORY_MB, DEFAULT_MAX_RESPONSE_MB, DEFAULT_MAX_ROWS, DEFAULT_TIMEOUT, Deadline, Limits
from .pool import GRACE, ClientGone, Outcome, Pool, default_workers
from .results import CHUNK, write_boolean, write_solutions, write_triples
from .sparql import iri_term, outbound_clause, outbound_message, query_form

_SCRIPT = """
document.getElementById('f').onsubmit = async (e) => {
  e.preventDefault();
  const out = document.getElementById('out');
  out.textContent = 'running…';
  const query = document.getElementById('q').value;
  const r = await fetch('query', {method: 'POST', body: new URLSearchParams({query}),
    headers: {'Accept': 'application/sparql-results+json, text/turtle;q=0.9'}});
  const text = await r.text();
  if (!r.ok || !(r.headers.get('Content-Type') || '').includes('json')) {
    out.innerHTML = ''; const pre = document.createElement('pre'); pre.textContent = text;
    out.appendChild(pre); return; }
  const data = JSON.parse(text); out.innerHTML = '';
  if ('boolean' in data) { out.textContent = String(data.boolean); return; }
  const t = document.createElement('table'), head = t.insertRow();
  for (const v of data.head.vars) { const th = document.createElement('th'); th.textContent = v; head.appendChild(th); }
  for (const b of data.results.bindings) { const row = t.insertRow();
    for (const v of data.head.vars) row.insertCell().textContent = b[v] ? b[v].value : ''; }
  out.appendChild(t);
};
"""

_STYLE = """body{font:14px system-ui,sans-serif;margin:2em;max-width:70em}
textarea{width:100%;height:12em;font:13px monospace}
table{border-collapse:collapse;margin-top:1em}
td,th{border:1px solid #ccc;padding:2px 6px;vertical-align:top;text-align:left}
pre{background:#f4f4f4;padding:1em;white-space:pre-wrap}"""

_PAGE = f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>kg SPARQL endpoint</title>
<style>{_STYLE}</style></head><body>
<h1>kg SPARQL endpoint (read-only)</h1>
<p>SPARQL 1.1 Protocol endpoint: <code>/query</code>; graphs: <code>/store?graph=IRI</code>.
The default graph is the union of all article graphs.</p>
<form id="f"><textarea id="q">PREFIX kg: <https://w3id.org/kgnews/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?investor ?organisation WHERE {{
  GRAPH ?article {{ ?i kg:investedIn ?o . ?i rdfs:label ?investor . ?o rdfs:label ?organisation }}
}} LIMIT 50</textarea><br><button>Run</button></form><div id="out"></div>
<script>{_SCRIPT}</script></body></html>
""".encode()


def _csp_hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"


_PAGE_CSP = (f"default-src 'none'; script-src {_csp_hash(_SCRIPT)}; style-src {_csp_hash(_STYLE)}; "
             f"connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'")

_SOLUTION_TYPES = {
    "application/sparql-results+json": "json", "application/json": "json",
    "application/sparql-results+xml": "xml", "application/xml": "xml",
    "text/csv": "csv", "text/tab-separated-values": "tsv",
}
_GRAPH_TYPES = {
    "text/turtle": "turtle", "application/n-triples": "nt", "text/plain": "nt",
    "application/ld+json": "jsonld", "application/rdf+xml": "xml",
}
_DATASET_TYPES = {"application/n-quads": "nq", "application/trig": "trig"}
_LOOPBACK_NAMES = ("127.0.0.1", "localhost", "::1")
_REASONS = {200: "OK", 204: "No Content", 400: "Bad Request", 403: "Forbidden", 404: "Not Found",
            405: "Method Not Allowed", 415: "Unsupported Media Type", 500: "Internal Server Error",
            503: "Service Unavailable"}
_MAX_BODY = 1 << 20
_IDLE_TIMEOUT = 30


def _accepted(header: str | None, choices: dict[str, str], default: str) -> tuple[str, str]:
    """(media type, format name) best matching an Accept header."""
    prefs = []
    for i, part in enumerate((header or "").split(",")):
        fields = [f.strip() for f in part.split(";")]
        media, q = fields[0].lower(), 1.0
        for f in fields[1:]:
            if f.startswith("q="):
                try:
                    q = float(f[2:])
                except ValueError:
                    q = 0.0
        if media:
            prefs.append((-q, i, media))
    for _q, _i, media in sorted(prefs):
        if media in choices:
            return media, choices[media]
        if media in ("*/*", "application/*", "text/*"):
            break
    return default, choices[default]


def _with_charset(media: str) -> str:
    return media + ("; charset=utf-8" if media.startswith("text/") else "")


# ------------------------------------------------------------------ jobs, run in the worker processes


def run_job(store, job: dict, out) -> Outcome:
    """Run one job of :class:`graph.store.pool.Pool` on ``store`` (in a worker process), writing to ``out``.

    ``op`` is ``query`` (SPARQL: ``query``, ``default``/``named`` graph IRIs, ``accept``) or ``graph``
    (Graph Store reads: ``graph`` IRI, ``default``, or neither for the whole dataset, ``accept``).
    """
    deadline = Deadline(job.get("timeout"))
    if job["op"] == "graph":
        return _graph_job(store, job, out, deadline)
    import pyoxigraph as ox

    sparql = job["query"]
    found = outbound_clause(sparql)
    if found:
        return Outcome(400, outbound_message(found, "this endpoint never federates"))
    kw: dict[str, Any] = {}
    if job.get("default"):
        kw["default_graph"] = [ox.NamedNode(g) for g in job["default"]]
    else:
        kw["use_default_graph_as_union"] = True
    if job.get("named"):
        kw["named_graphs"] = [ox.NamedNode(g) for g in job["named"]]
    try:
        res = store._ox.query(sparql, **kw)
    except SyntaxError as exc:
        return Outcome(400, f"invalid SPARQL query: {' '.join(str(exc).split())}")
    limits: dict[str, Any] = {"deadline": deadline, "max_rows": job.get("max_rows"), "max_bytes": job.get("max_bytes")}
    if isinstance(res, (ox.QuerySolutions, ox.QueryBoolean)):
        media, fmt = _accepted(job.get("accept"), _SOLUTION_TYPES, "application/sparql-results+json")
        out.content_type(_with_charset(media))
        if isinstance(res, ox.QueryBoolean):
            written = write_boolean(bool(res), out, fmt)
        else:
            written = write_solutions([v.value for v in res.variables], res, out, fmt, **limits)
    else:
        media, fmt = _accepted(job.get("accept"), _GRAPH_TYPES, "text/turtle")
        out.content_type(_with_charset(media))
        written = write_triples(res, out, fmt, **limits)
    return Outcome(rows=written.rows, truncated=written.truncated)


def _graph_job(store, job: dict, out, deadline: Deadline) -> Outcome:
    import pyoxigraph as ox

    ox_store = store._ox
    if job.get("graph") or job.get("default"):
        node: ox.NamedNode | ox.DefaultGraph = ox.NamedNode(job["graph"]) if job.get("graph") else ox.DefaultGraph()
        if isinstance(node, ox.NamedNode) and not ox_store.contains_named_graph(node):
            return Outcome(404, f"no graph {job['graph']} in this store; /query with "
                                f"SELECT DISTINCT ?g {{ GRAPH ?g {{}} }} lists them")
        media, fmt = _accepted(job.get("accept"), _GRAPH_TYPES, "application/n-triples")
        out.content_type(_with_charset(media))
        rdf = {"turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "jsonld": ox.RdfFormat.JSON_LD,
               "xml": ox.RdfFormat.RDF_XML}[fmt]
        data = ox_store.dump(format=rdf, from_graph=node) or b""
        for i in range(0, len(data), CHUNK):
            out.write(data[i:i + CHUNK])
        return Outcome()
    media, fmt = _accepted(job.get("accept"), _DATASET_TYPES, "application/n-quads")
    out.content_type(media)
    rdf = ox.RdfFormat.N_QUADS if fmt == "nq" else ox.RdfFormat.TRIG
    graphs: list = [ox.DefaultGraph(), *sorted(ox_store.named_graphs(), key=str)]
    for g in graphs:
        deadline.check()
        data = ox.serialize(ox_store.quads_for_pattern(None, None, None, g), format=rdf)
        if data:
            out.write(data)
    return Outcome()


# ------------------------------------------------------------------ requests and routes


@dataclass
class Request:
    """One HTTP request, parsed: ``params`` merges the URL's query string and a form body."""

    method: str
    path: str
    params: dict[str, list[str]]
    headers: dict[str, str]
    body: bytes
    client: str
    gone: Callable[[], bool] = lambda: False

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()


@dataclass
class Response:
    """What a handler returns: a status, a body (bytes, or chunks for a streamed answer), headers."""

    status: int
    body: bytes | Iterable[bytes] = b""
    content_type: str = "text/plain; charset=utf-8"
    headers: list[tuple[str, str]] = field(default_factory=list)


def error(status: int, message: str) -> Response:
    """A one-line plain-text error."""
    return Response(status, (" ".join(message.split()) + "\n").encode("utf-8"))


@dataclass(frozen=True)
class Route:
    """The methods a path answers and the function that answers them."""

    methods: tuple[str, ...]
    handler: Callable[[Endpoint, Request], Response]


class _Abort(ClientDisconnected):
    """Stops a streamed answer: the connection is closed without the end of the body, so the client
    sees an error instead of a shortened result (waitress treats it as the client having left)."""


def _index(ep: Endpoint, req: Request) -> Response:
    return Response(200, _PAGE, "text/html; charset=utf-8", [("Content-Security-Policy", _PAGE_CSP)])


def _query(ep: Endpoint, req: Request) -> Response:
    params = req.params
    if req.method == "POST":
        if req.content_type == "application/sparql-update" or "update" in params:
            return error(403, "this endpoint is read-only: SPARQL Update is refused")
        if req.content_type == "application/sparql-query":
            try:
                params = {**params, "query": [req.body.decode("utf-8")]}
            except UnicodeDecodeError:
                return error(400, "the request body is not UTF-8; send the query as UTF-8 text")
        elif req.content_type not in ("application/x-www-form-urlencoded", ""):
            return error(415, f"unsupported Content-Type {req.content_type}; use application/sparql-query "
                              f"or application/x-www-form-urlencoded")
    if "update" in params:
        return error(403, "this endpoint is read-only: SPARQL Update is refused")
    queries = params.get("query", [])
    if len(queries) != 1 or not queries[0].strip():
        return error(400, "give one query, as ?query=... or in a query= form field or as application/sparql-query "
                          "(SPARQL 1.1 Protocol)")
    text = queries[0]
    if query_form(text) == "update":
        return error(403, "this endpoint is read-only: SPARQL Update is refused")
    graphs = {"default": params.get("default-graph-uri", []), "named": params.get("named-graph-uri", [])}
    for key, iris in graphs.items():
        for iri in iris:
            if iri_term(iri) is None:
                return error(400, f"{key}-graph-uri {iri!r} is not an IRI; give an absolute IRI such as "
                                  f"https://w3id.org/kgnews/article/...")
    job = {"op": "query", "query": text, **graphs, "accept": req.headers.get("accept")}
    return ep.answer_shared(req, job, ep.limits, [("KG-Max-Rows", str(ep.limits.max_rows or 0))])


def _store(ep: Endpoint, req: Request) -> Response:
    graph = req.params.get("graph")
    if graph and iri_term(graph[0]) is None:
        return error(400, f"graph={graph[0]!r} is not an IRI; give an article's IRI (URL-encoded)")
    job = {"op": "graph", "graph": graph[0] if graph else None, "default": "default" in req.params,
           "accept": req.headers.get("accept")}
    return ep.answer(req, job, Limits(timeout=ep.limits.timeout))


def _read_only(ep: Endpoint, req: Request) -> Response:
    return error(403, "this endpoint is read-only: updates and graph writes are refused")


ROUTES: dict[str, Route] = {
    "/": Route(("GET", "HEAD"), _index),
    "/index.html": Route(("GET", "HEAD"), _index),
    "/query.html": Route(("GET", "HEAD"), _index),
    "/query": Route(("GET", "HEAD", "POST"), _query),
    "/sparql": Route(("GET", "HEAD", "POST"), _query),
    "/store": Route(("GET", "HEAD"), _store),
    "/update": Route((), _read_only),
}
"""The server's pages: path -> route. Add an entry to serve another page or endpoint."""

PageFunction = Callable[[dict[str, list[str]]], tuple[int, dict[str, str], bytes]]
"""A simple read-only page: it gets the query parameters and returns (status, headers, body), the
headers including Content-Type (the explorer's routes, :mod:`graph.render.explorer`)."""

Routes = Callable[[Any], dict[str, Route]]
"""What ``routes=`` takes: a function of the opened store that returns more routes by path."""


def page_route(page: PageFunction) -> Route:
    """A GET/HEAD :class:`Route` answering with ``page(params)``."""

    def handler(ep: Endpoint, req: Request) -> Response:
        status, headers, body = page(req.params)
        rest = [(k, v) for k, v in headers.items() if k.lower() != "content-type"]
        ctype = next((v for k, v in headers.items() if k.lower() == "content-type"), "application/octet-stream")
        return Response(status, body, ctype, rest)

    return Route(("GET", "HEAD"), handler)


def _remote_routes(spec: str) -> dict[str, Route]:
    """``/query`` and ``/store`` when the store is a remote server: 400, that server is the endpoint."""

    def refuse(ep: Endpoint, req: Request) -> Response:
        return error(400, f"this kg serve explores the remote store {shown_spec(spec)}; send SPARQL and graph "
                          f"requests to that server")

    return {"/query": Route(("GET", "HEAD", "POST"), refuse), "/sparql": Route(("GET", "HEAD", "POST"), refuse),
            "/store": Route(("GET", "HEAD"), refuse)}


def shown_spec(spec: str) -> str:
    """A store as a page or a message may show it: a server URL without credentials, a folder or file by
    its name only (no local path)."""
    import re

    if spec.startswith(("http://", "https://")):
        return re.sub(r"^(https?://)[^/@]*@", r"\1", spec)
    from pathlib import PurePath

    return PurePath(spec).name or spec


_WRITES = ("POST", "PUT", "DELETE", "PATCH")


# ------------------------------------------------------------------ the WSGI application


@dataclass(frozen=True)
class Options:
    """How ``kg serve`` answers (the command-line options; defaults in README, "Serving safely")."""

    timeout: float = DEFAULT_TIMEOUT
    max_rows: int = DEFAULT_MAX_ROWS
    max_response_mb: float = DEFAULT_MAX_RESPONSE_MB
    max_memory_mb: float = DEFAULT_MAX_MEMORY_MB
    workers: int = 0
    cors: tuple[str, ...] = ()
    allow_hosts: tuple[str, ...] = ()
    quiet: bool = False
    cache_seconds: float = DEFAULT_CACHE_SECONDS


class Endpoint:
    """The WSGI application: checks where a request comes from, routes it, answers it."""

    def __init__(self, pool: Pool | None, host: str, port: int, options: Options,
                 routes: dict[str, Route] | None = None):
        self.pool, self.port, self.options = pool, port, options
        self.routes: dict[str, Route] = {**ROUTES, **(routes or {})}
        self.limits = Limits(timeout=options.timeout or None, max_rows=options.max_rows or None,
                             max_bytes=int(options.max_response_mb * 2**20) or None)
        names = {*_LOOPBACK_NAMES, *(_host_name(h) for h in options.allow_hosts)}
        if host not in ("", "0.0.0.0", "::"):
            names.add(_host_name(host))
        self.hosts = frozenset(names)
        self.cors = frozenset(o.rstrip("/") for o in options.cors)
        self.cache = ResultCache(options.cache_seconds) if options.cache_seconds > 0 and pool is not None else None

    def log(self, line: str) -> None:
        if not self.options.quiet:
            sys.stderr.write(f"kg serve: {line}\n")
            sys.stderr.flush()

    # -- WSGI
    def __call__(self, environ: dict, start_response) -> Iterable[bytes]:
        started = time.monotonic()
        req, resp = self._request(environ)
        if resp is None and req is not None:
            try:
                resp = self._route(req)
            except KgError as exc:
                resp = error(503 if isinstance(exc, LimitError) else 500, str(exc))
            except Exception as exc:  # a bug: one line in the log and to the client, no traceback
                self.log(f"unexpected {type(exc).__name__} answering {req.method} {req.path}: {exc}")
                resp = error(500, f"unexpected {type(exc).__name__}; see the server's log")
        assert resp is not None
        own = {k.lower() for k, _v in resp.headers}
        headers = [("Content-Type", resp.content_type),
                   *((k, v) for k, v in (("X-Content-Type-Options", "nosniff"), ("Vary", "Accept, Origin"),
                                         ("Cache-Control", "no-store")) if k.lower() not in own),
                   *resp.headers]
        if req is not None:
            headers += self._cors_headers(req)
        if isinstance(resp.body, bytes):
            headers.append(("Content-Length", str(len(resp.body))))
        start_response(f"{resp.status} {_REASONS.get(resp.status, 'Error')}", headers)
        client = environ.get("REMOTE_ADDR", "?")
        line = f'"{environ.get("REQUEST_METHOD")} {environ.get("PATH_INFO")}" {resp.status}'
        if req is None:
            line += f" ({resp.body.decode().strip() if isinstance(resp.body, bytes) else 'refused'})"
        self.log(f"{client} {line} {time.monotonic() - started:.3f} s")
        return [resp.body] if isinstance(resp.body, bytes) else resp.body

    def _request(self, environ: dict) -> tuple[Request | None, Response | None]:
        headers = {k[5:].replace("_", "-").lower(): v for k, v in environ.items() if k.startswith("HTTP_")}
        if environ.get("CONTENT_TYPE"):
            headers["content-type"] = environ["CONTENT_TYPE"]
        method = environ.get("REQUEST_METHOD", "GET")
        path = environ.get("PATH_INFO", "/") or "/"
        host = headers.get("host", "")
        if not host:
            return None, error(400, "the request has no Host header")
        if _host_name(host) not in self.hosts:
            return None, error(403, f"this server does not answer for host {_host_name(host)!r}; if it should, "
                                    f"start kg serve with --allow-host {_host_name(host)}")
        refused = self._foreign(method, headers)
        if refused:
            return None, error(403, refused)
        try:
            params = parse_qs(environ.get("QUERY_STRING", ""), keep_blank_values=True, errors="strict",
                              max_num_fields=1000)
            body = b""
            if method in _WRITES:
                length = int(environ.get("CONTENT_LENGTH") or 0)
                body = environ["wsgi.input"].read(length) if length else b""
            if method == "POST" and headers.get("content-type", "").split(";")[0].strip().lower() in (
                    "application/x-www-form-urlencoded", ""):
                for k, v in parse_qs(body.decode("utf-8"), keep_blank_values=True, errors="strict",
                                     max_num_fields=1000).items():
                    params.setdefault(k, []).extend(v)
        except UnicodeDecodeError:
            return None, error(400, "the request's parameters are not UTF-8; encode them as UTF-8")
        except ValueError as exc:
            return None, error(400, f"the request's parameters cannot be read ({exc})")
        gone = environ.get("waitress.client_disconnected") or (lambda: False)
        return Request(method, path, params, headers, body, environ.get("REMOTE_ADDR", "?"), gone), None

    def _route(self, req: Request) -> Response:
        if req.method == "OPTIONS":
            return Response(204, b"", headers=[("Access-Control-Allow-Methods", "GET, POST, OPTIONS"),
                                               ("Access-Control-Allow-Headers", "Content-Type, Accept"),
                                               ("Access-Control-Max-Age", "600")])
        route = self.routes.get(req.path)
        if req.method in ("PUT", "DELETE", "PATCH") or (req.method == "POST" and route is not None
                                                         and "POST" not in route.methods):
            return _read_only(self, req)
        if route is None:
            return error(404, f"no such page {req.path}; use /query (SPARQL) or /store (graphs)")
        if req.method not in route.methods:
            return error(405, f"{req.path} answers {', '.join(route.methods)}, not {req.method}")
        return route.handler(self, req)

    # -- where requests come from
    def _same_origin(self, origin: str) -> bool:
        parts = urlsplit(origin)
        return parts.scheme == "http" and (parts.hostname or "") in self.hosts and parts.port == self.port

    def _allowed_origin(self, origin: str) -> bool:
        return self._same_origin(origin) or origin.rstrip("/") in self.cors or "*" in self.cors

    def _foreign(self, method: str, headers: dict[str, str]) -> str | None:
        """Why a request from a web page of another origin is refused, or None when it is not one."""
        origin = headers.get("origin")
        if origin is not None:
            if self._allowed_origin(origin):
                return None
            return (f"requests from web pages of other origins are refused (Origin: {origin}); to let that page "
                    f"read this store, start kg serve with --cors {origin}")
        if headers.get("sec-fetch-site") in ("cross-site", "same-site"):
            top_level = headers.get("sec-fetch-mode") == "navigate" and headers.get("sec-fetch-dest") == "document"
            if not (top_level and method in ("GET", "HEAD")):
                return "requests from other web sites are refused; start kg serve with --cors ORIGIN to allow one"
        return None

    def _cors_headers(self, req: Request) -> list[tuple[str, str]]:
        origin = req.headers.get("origin")
        if origin is None or self._same_origin(origin) or not self._allowed_origin(origin):
            return []
        out = [("Access-Control-Allow-Origin", "*" if "*" in self.cors else origin)]
        if req.headers.get("access-control-request-private-network") == "true":
            out.append(("Access-Control-Allow-Private-Network", "true"))
        return out

    # -- answers from the workers
    def answer(self, req: Request, job: dict, limits: Limits, headers: list | None = None,
               done: Done | None = None) -> Response:
        """Run ``job`` on a worker and answer with its output: whole when it is short (with its real status),
        streamed when it is long (a limit hit after the first bytes closes the connection early).

        ``done(response, complete)`` is called once the whole answer is known: ``response`` is the whole
        answer (None when it cannot be given again: the client left, the query failed after the first
        bytes, or the answer is over the cache's entry size), ``complete`` says it is a successful answer
        that was not cut at a limit."""
        if self.pool is None:  # a remote store: its routes are refused before they get here
            return error(400, "this kg serve has no query workers (the store is a remote server)")
        done = done or (lambda _resp, _complete: None)
        events = self.pool.run(job, limits, req.gone)
        media, parts, size = "application/octet-stream", [], 0
        try:
            for kind, value in events:
                if kind == "type":
                    media = value
                elif kind == "data":
                    parts.append(value)
                    size += len(value)
                    if size >= CHUNK:
                        break
                else:
                    if value.status != 200:
                        resp = error(value.status, value.message)
                        done(resp, False)
                        return resp
                    self._note_cut(req, value)
                    resp = Response(200, b"".join(parts), media, headers or [])
                    done(resp, not value.truncated)
                    return resp
        except ClientGone:
            self.log(f"{req.client} left before the answer to {req.method} {req.path}; its query was stopped")
            done(None, False)
            return error(503, "the client left")

        def whole(body: bytes | None, complete: bool) -> None:
            done(Response(200, body, media, headers or []) if body is not None else None, complete)

        return Response(200, _Stream(self._rest(req, parts, events, whole), lambda: done(None, False)), media,
                        headers or [])

    def _rest(self, req: Request, first: list[bytes], events: Iterator,
              whole: Callable[[bytes | None, bool], None]) -> Iterator[bytes]:
        kept: list[bytes] | None = list(first)
        size = sum(len(b) for b in first)
        yield from first
        try:
            for kind, value in events:
                if kind == "data":
                    if kept is not None:
                        size += len(value)
                        if size > MAX_ENTRY:
                            kept = None
                            whole(None, False)
                        else:
                            kept.append(value)
                    yield value
                elif kind == "end":
                    if value.status != 200:
                        self.log(f"{req.method} {req.path} stopped after the first bytes: {value.message}")
                        raise _Abort(value.message)
                    self._note_cut(req, value)
                    if kept is not None:
                        whole(b"".join(kept), not value.truncated)
        except ClientGone:
            self.log(f"{req.client} left during the answer to {req.method} {req.path}; its query was stopped")
            raise _Abort("the client left") from None
        except KgError as exc:
            self.log(f"{req.method} {req.path} stopped after the first bytes: {exc}")
            raise _Abort(str(exc)) from None
        finally:
            events.close()  # type: ignore[attr-defined]

    # -- the same answer for identical requests (graph.store.cache)
    def answer_shared(self, req: Request, job: dict, limits: Limits, headers: list | None = None) -> Response:
        """:meth:`answer`, through the result cache when it is on: a cached answer (``KG-Cache: hit``), the
        answer of an identical request running now (``KG-Cache: coalesced``), or a run of its own
        (``KG-Cache: miss``). Only called after every check on the request (Host, Origin, SERVICE...)."""
        cache = self.cache
        if cache is None:
            return self.answer(req, job, limits, headers)
        key = (job["op"], job["query"].strip(), tuple(job.get("default") or ()), tuple(job.get("named") or ()),
               " ".join((job.get("accept") or "").split()), limits.timeout, limits.max_rows, limits.max_bytes)
        for _attempt in range(3):
            what, value = cache.join(key)
            if what == "hit":
                return _replay(value, "hit")
            if what == "run":
                return self._lead(req, key, value, job, limits, headers)
            ended = self._wait(req, value, limits)
            if ended is None:
                return error(503, "the client left")
            if not ended:
                break
            if value.shared:
                return _replay(value.value, "coalesced")
        return _tagged(self.answer(req, job, limits, headers), "miss")

    def _wait(self, req: Request, flight: Flight, limits: Limits) -> bool | None:
        """Wait for an identical request's answer: whether it ended in time (within twice the timeout, the
        longest a query can take with its wait for a worker), None when this request's client left."""
        budget = None if not limits.timeout else 2 * limits.timeout + GRACE + 1
        started = time.monotonic()
        while not flight.wait(0.25):
            if req.gone():
                self.log(f"{req.client} left while waiting for the answer to {req.method} {req.path}")
                return None
            if budget is not None and time.monotonic() - started > budget:
                return flight.done
        return True

    def _lead(self, req: Request, key: tuple, flight: Flight, job: dict, limits: Limits,
              headers: list | None) -> Response:
        cache = self.cache
        assert cache is not None

        def done(resp: Response | None, complete: bool) -> None:
            if resp is None or not isinstance(resp.body, bytes):
                cache.finish(key, flight)
                return
            cache.finish(key, flight, (resp.status, resp.body, resp.content_type, list(resp.headers)),
                         size=len(resp.body), share=True, keep=complete and resp.status == 200)

        try:
            resp = self.answer(req, job, limits, headers, done)
        except KgError as exc:
            resp = error(503 if isinstance(exc, LimitError) else 500, str(exc))
            done(resp, False)
        except BaseException:
            cache.finish(key, flight)
            raise
        return _tagged(resp, "miss")

    def _note_cut(self, req: Request, outcome: Outcome) -> None:
        if outcome.truncated:
            self.log(f"{req.method} {req.path}: result cut at {outcome.rows} rows (--max-rows)")


Done = Callable[[Response | None, bool], None]
"""What :meth:`Endpoint.answer` calls with the whole answer once it is known (see there)."""


class _Stream:
    """A streamed body that says when it was closed (the WSGI server closes it, read to the end or not)."""

    def __init__(self, chunks: Iterator[bytes], on_close: Callable[[], None]):
        self._chunks, self._on_close = chunks, on_close

    def __iter__(self) -> Iterator[bytes]:
        return self._chunks

    def close(self) -> None:
        try:
            self._chunks.close()  # type: ignore[attr-defined]
        finally:
            self._on_close()


def _replay(value: tuple, kind: str) -> Response:
    status, body, media, headers = value
    return Response(status, body, media, [*headers, ("KG-Cache", kind)])


def _tagged(resp: Response, kind: str) -> Response:
    resp.headers = [*resp.headers, ("KG-Cache", kind)]
    return resp


def _host_name(host: str) -> str:
    """The name part of a Host header or address, lower case, without port, brackets or final dot."""
    host = host.strip().lower()
    if host.startswith("["):
        host = host[1:host.find("]")] if "]" in host else host[1:]
    elif host.count(":") == 1:
        host = host.split(":")[0]
    return host.rstrip(".")


def exposure_warning(host: str) -> str | None:
    """A warning when ``host`` is reachable from other machines (the endpoint has no authentication)."""
    try:
        addresses = {str(info[4][0]) for info in socket.getaddrinfo(host or None, None)}
    except OSError:
        addresses = {host}
    try:
        if host and all(ipaddress.ip_address(a.split("%")[0]).is_loopback for a in addresses):
            return None
    except ValueError:
        pass
    return (f"listening on {host or 'every address'}, which other machines may reach: the endpoint has no "
            f"authentication, so anyone who can connect can read the whole store")


# ------------------------------------------------------------------ the server


class Server:
    """A running ``kg serve``: waitress in front of the worker pool. ``serve_forever()`` blocks until
    ``shutdown()`` (from another thread) or Ctrl-C; ``server_close()`` releases everything."""

    def __init__(self, waitress_server, pool: Pool | None, endpoint: Endpoint):
        self._ws, self.pool, self.endpoint = waitress_server, pool, endpoint
        self._stop = threading.Event()
        self._stopped = threading.Event()
        host = waitress_server.effective_host
        self.url = f"http://{'[' + host + ']' if ':' in host else host}:{waitress_server.effective_port}"

    def serve_forever(self) -> None:
        from waitress import wasyncore

        try:
            while not self._stop.is_set():
                wasyncore.loop(timeout=0.2, map=self._ws._map, use_poll=True, count=1)
        finally:
            self._stopped.set()

    def shutdown(self) -> None:
        self._stop.set()
        self._stopped.wait(5)

    def server_close(self) -> None:
        for channel in list(self._ws._map.values()):
            try:
                channel.close()
            except OSError:
                pass
        self._ws.task_dispatcher.shutdown(timeout=2)
        if self.pool is not None:
            self.pool.close()


def make_server(store, host: str = "127.0.0.1", port: int = 7878, *, quiet: bool = False,
                options: Options | None = None, routes: Routes | None = None) -> Server:
    """A server answering SPARQL over ``store`` (a local store); port 0 picks a free one.

    ``routes`` (a function of the store, see :data:`Routes`) adds pages, e.g. the explorer's; with
    them ``store`` may also be a remote server: no worker is started and ``/query`` and ``/store``
    answer 400.

    Raises:
        UsageError: ``store`` is a remote server and no ``routes`` are given, or an option is out of range.
        StoreError: the port is taken, or the workers cannot open the store.
    """
    import logging

    from waitress.server import create_server

    remote = getattr(store, "_ox", None) is None
    if remote and routes is None:
        raise UsageError(f"{store.spec}: kg serve needs a local store (a folder or a graph file); "
                         f"a remote server is already an endpoint")
    options = options or Options()
    if quiet:
        options = Options(**{**options.__dict__, "quiet": True})
    if options.timeout < 0 or options.max_rows < 0 or options.max_response_mb < 0 or options.max_memory_mb < 0:
        raise UsageError("--timeout, --max-rows, --max-response-mb and --max-memory-mb take 0 (no limit) or more")
    if options.cache_seconds < 0:
        raise UsageError("--cache-seconds takes 0 (no cache) or more")
    workers = options.workers or default_workers()
    for name in ("waitress", "waitress.queue"):
        logging.getLogger(name).setLevel(logging.CRITICAL)
    holder: list[Endpoint] = []
    try:
        ws = create_server(lambda environ, start: holder[0](environ, start), host=host, port=port,
                           threads=max(8, 4 * workers), backlog=1024, connection_limit=_connection_limit(),
                           channel_timeout=_IDLE_TIMEOUT, cleanup_interval=5, channel_request_lookahead=1,
                           max_request_header_size=64 * 1024, max_request_body_size=_MAX_BODY,
                           asyncore_use_poll=True, log_socket_errors=False, expose_tracebacks=False,
                           ident="kg-serve", clear_untrusted_proxy_headers=True)
    except OSError as exc:
        raise StoreError(f"cannot listen on {host}:{port} ({exc.strerror or exc}); choose another --port") from None
    ws.channel_class = _channel_class()
    _accept_many(ws)
    pool: Pool | None = None
    try:
        if not remote:
            pool = Pool(store, run_job, workers, max_memory=int(options.max_memory_mb * 2**20) or None,
                        log=lambda line: holder[0].log(line) if holder else None)
        extra = _remote_routes(store.spec) if remote else {}
        if routes is not None:
            extra = {**routes(store), **extra}
    except BaseException:
        ws.close()
        if pool is not None:
            pool.close()
        raise
    holder.append(Endpoint(pool, host, int(ws.effective_port), options, extra))
    return Server(ws, pool, holder[0])


def _connection_limit() -> int:
    """Open connections at most: 1,000, within the process's file limit (raised to its maximum)."""
    try:
        import resource

        soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
        want = 4096 if hard == resource.RLIM_INFINITY else min(4096, hard)
        if soft < want:
            resource.setrlimit(resource.RLIMIT_NOFILE, (want, hard))
            soft = want
        return max(64, min(1000, soft - 64))
    except (ImportError, ValueError, OSError):
        return 200


def _accept_many(ws, at_most: int = 64) -> None:
    """Let waitress accept up to ``at_most`` waiting connections per turn of its loop, not one: when answers
    are quick (the result cache) the connected clients keep the loop busy, and 200 clients connecting at
    once waited up to 2 s to be accepted one turn at a time. The connection limit still holds."""
    one = ws.handle_accept

    def handle_accept() -> None:
        for _ in range(at_most):
            before = len(ws._map)
            one()
            if len(ws._map) == before or len(ws._map) >= ws.adj.connection_limit:
                return

    ws.handle_accept = handle_accept


def _channel_class():
    """waitress's connection class, answering malformed requests with one line (not waitress's four)."""
    from waitress.channel import HTTPChannel
    from waitress.task import ErrorTask

    class OneLineError(ErrorTask):
        def execute(self) -> None:
            e = self.request.error
            body = f"{e.reason}: {' '.join(str(e.body).split())}\n".encode()
            self.status = f"{e.code} {e.reason}"
            self.response_headers.append(("Content-Type", "text/plain; charset=utf-8"))
            self.set_close_on_finish()
            self.content_length = len(body)
            self.write(body)

    class Channel(HTTPChannel):
        error_task_class = OneLineError

    return Channel


def serve(spec: str, host: str = "127.0.0.1", port: int = 7878, *, on_ready=None,
          options: Options | None = None, routes: Routes | None = None) -> None:
    """Serve ``spec`` (a store folder or graph file; with ``routes``, also a server URL) read-only until
    interrupted."""
    from .open import open_store

    store = open_store(spec)
    try:
        server = make_server(store, host, port, options=options, routes=routes)
        if on_ready:
            on_ready(server.url)
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            pass
        finally:
            server.server_close()
    finally:
        store.close()


def serve_in_thread(store, host: str = "127.0.0.1", port: int = 0, *, options: Options | None = None,
                    routes: Routes | None = None) -> tuple[Server, str]:
    """Start a quiet server in a background thread (for tests and notebooks); stop it with
    ``server.shutdown()`` then ``server.server_close()``."""
    server = make_server(store, host, port, quiet=True, options=options, routes=routes)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, server.url
