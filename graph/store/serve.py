"""``kg serve``: a read-only SPARQL endpoint over a store, on localhost.

Endpoints (the Oxigraph server's layout, so clients written for it work unchanged):

* ``GET|POST /query`` (also ``/sparql``): SPARQL 1.1 Protocol. ``query=`` in the URL or a
  form body, or the query itself as ``application/sparql-query``. The default graph is the
  union of all article graphs unless ``default-graph-uri`` is given. Results are negotiated
  with ``Accept``: SPARQL JSON (default), XML, CSV, TSV; Turtle (default), N-Triples,
  N-Quads, TriG, JSON-LD or RDF/XML for CONSTRUCT and DESCRIBE.
* ``GET /store?graph=IRI`` (Graph Store Protocol, read side): one article's graph;
  ``GET /store`` alone: the whole dataset as N-Quads.
* ``GET /``: a small page to type queries in (also at ``/query.html``); YASGUI and other
  clients can use ``/query`` (CORS is open, the server listens on loopback only by default).
* Routes other modules register (``routes=``): ``kg serve`` adds the explorer's page at ``/``
  and its JSON API (:mod:`graph.render.explorer`), which also works over a remote store; with a
  remote store, ``/query`` and ``/store`` are the remote server's business and are refused here.

Updates, ``PUT``, ``POST`` and ``DELETE`` on ``/store`` get ``403 Forbidden``: the endpoint is
read-only. The store is opened read-only and sees the articles present when it started.
"""
from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

# ---- routes that other modules register (the explorer: graph.render.explorer) ----------------
#: A route answers a GET (or HEAD) of one path: it gets the query parameters and returns
#: (status, headers, body), the headers including Content-Type.
Route = Callable[[dict[str, list[str]]], tuple[int, dict[str, str], bytes]]
#: What ``routes=`` takes: a function of the opened store that returns the routes by path.
Routes = Callable[[Any], dict[str, Route]]
# -----------------------------------------------------------------------------------------------

_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>kg SPARQL endpoint</title>
<style>body{font:14px system-ui,sans-serif;margin:2em;max-width:70em}
textarea{width:100%;height:12em;font:13px monospace}
table{border-collapse:collapse;margin-top:1em}
td,th{border:1px solid #ccc;padding:2px 6px;vertical-align:top;text-align:left}
pre{background:#f4f4f4;padding:1em;white-space:pre-wrap}</style></head><body>
<h1>kg SPARQL endpoint (read-only)</h1>
<p>Store: <code>__STORE__</code>. SPARQL 1.1 Protocol endpoint: <code>/query</code>;
graphs: <code>/store?graph=IRI</code>.
The default graph is the union of all article graphs.</p>
<form id="f"><textarea id="q">PREFIX kg: <https://w3id.org/kgnews/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?investor ?organisation WHERE {
  GRAPH ?article { ?i kg:investedIn ?o . ?i rdfs:label ?investor . ?o rdfs:label ?organisation }
} LIMIT 50</textarea><br><button>Run</button></form><div id="out"></div>
<script>
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
</script></body></html>
"""

_SOLUTION_TYPES = {
    "application/sparql-results+json": "JSON", "application/json": "JSON",
    "application/sparql-results+xml": "XML", "application/xml": "XML",
    "text/csv": "CSV", "text/tab-separated-values": "TSV",
}
_GRAPH_TYPES = {
    "text/turtle": "TURTLE", "application/n-triples": "N_TRIPLES", "text/plain": "N_TRIPLES",
    "application/ld+json": "JSON_LD", "application/rdf+xml": "RDF_XML",
}
_DATASET_TYPES = {"application/n-quads": "N_QUADS", "application/trig": "TRIG"}


def _accepted(header: str | None, choices: dict[str, str], default: str) -> tuple[str, str]:
    """(media type, pyoxigraph format name) best matching an Accept header."""
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


class _Handler(BaseHTTPRequestHandler):
    server_version = "kg-serve"
    protocol_version = "HTTP/1.1"
    store: Any = None  # set on the subclass made by make_server
    quiet = False
    routes: dict[str, Route] = {}  # set on the subclass made by make_server

    # -- plumbing
    def log_message(self, fmt, *args):  # noqa: D401 - stdlib signature
        if not self.quiet:
            sys.stderr.write("kg serve: " + (fmt % args) + "\n")

    def _send(self, code: int, body: bytes, ctype: str = "text/plain; charset=utf-8",
              headers: dict[str, str] | None = None) -> None:
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Access-Control-Allow-Origin", "*")
        self.send_header("Vary", "Accept")
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _error(self, code: int, message: str) -> None:
        self._send(code, (message + "\n").encode("utf-8"))

    def _body(self) -> bytes:
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length else b""

    def do_OPTIONS(self) -> None:  # CORS preflight
        self.send_response(204)
        self.send_header("Access-Control-Allow-Origin", "*")
        self.send_header("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
        self.send_header("Access-Control-Allow-Headers", "Content-Type, Accept")
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_HEAD(self) -> None:
        self.do_GET()

    def _route(self, route: Route, params: dict) -> None:
        try:
            code, headers, body = route(params)
        except Exception as exc:  # a route's bug must not take the server down
            return self._error(500, f"internal error ({type(exc).__name__}); please report it")
        headers = dict(headers)
        self._send(code, body, headers.pop("Content-Type", "application/octet-stream"), headers)

    def _remote(self) -> bool:
        """True (and a 400 sent) when the store is remote: its server answers SPARQL itself."""
        if getattr(self.store, "_ox", None) is not None:
            return False
        self._error(400, f"this kg serve explores the remote store {self.store.spec}; "
                         f"send SPARQL and graph requests to that server")
        return True

    def do_GET(self) -> None:
        url = urlsplit(self.path)
        params = parse_qs(url.query, keep_blank_values=True)
        if url.path in self.routes:
            return self._route(self.routes[url.path], params)
        if url.path in ("/", "/index.html", "/query.html"):
            from html import escape

            self._send(200, _PAGE.replace("__STORE__", escape(self.store.spec)).encode("utf-8"),
                       "text/html; charset=utf-8")
        elif url.path in ("/query", "/sparql", "/store") and self._remote():
            return
        elif url.path in ("/query", "/sparql"):
            if "update" in params:
                return self._error(403, "this endpoint is read-only: SPARQL Update is refused")
            if "query" not in params:
                return self._error(400, "give the query as ?query=... (SPARQL 1.1 Protocol)")
            self._query(params["query"][0], params)
        elif url.path == "/store":
            self._get_graph(params)
        else:
            self._error(404, f"no such endpoint {url.path}; use /query or /store")

    def do_POST(self) -> None:
        url = urlsplit(self.path)
        params = parse_qs(url.query, keep_blank_values=True)
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        body = self._body()
        if url.path in ("/update", "/store") or ctype == "application/sparql-update":
            return self._error(403, "this endpoint is read-only: updates and graph writes are refused")
        if url.path not in ("/query", "/sparql"):
            return self._error(404, f"no such endpoint {url.path}; use /query")
        if self._remote():
            return
        if ctype == "application/sparql-query":
            query = body.decode("utf-8")
        elif ctype in ("application/x-www-form-urlencoded", ""):
            form = parse_qs(body.decode("utf-8"), keep_blank_values=True)
            if "update" in form:
                return self._error(403, "this endpoint is read-only: SPARQL Update is refused")
            for k, v in form.items():
                params.setdefault(k, []).extend(v)
            if "query" not in params:
                return self._error(400, "give the query in a query= form field or as application/sparql-query")
            query = params["query"][0]
        else:
            return self._error(415, f"unsupported Content-Type {ctype}; use application/sparql-query "
                                    f"or application/x-www-form-urlencoded")
        self._query(query, params)

    def do_PUT(self) -> None:
        self._error(403, "this endpoint is read-only")

    do_DELETE = do_PATCH = do_PUT

    # -- SPARQL
    def _query(self, query: str, params: dict) -> None:
        import pyoxigraph as ox

        from ..errors import QueryError
        from .query import _classify

        try:
            form = _classify(query)
        except QueryError as exc:
            return self._error(400, str(exc))
        if form == "update":
            return self._error(403, "this endpoint is read-only: SPARQL Update is refused")
        kw: dict = {}
        default = params.get("default-graph-uri")
        named = params.get("named-graph-uri")
        if default:
            kw["default_graph"] = [ox.NamedNode(g) for g in default]
        else:
            kw["use_default_graph_as_union"] = True
        if named:
            kw["named_graphs"] = [ox.NamedNode(g) for g in named]
        try:
            res = self.store._ox.query(query, **kw)
            if isinstance(res, (ox.QuerySolutions, ox.QueryBoolean)):
                media, name = _accepted(self.headers.get("Accept"), _SOLUTION_TYPES, "application/sparql-results+json")
                data = res.serialize(format=getattr(ox.QueryResultsFormat, name))
            else:
                media, name = _accepted(self.headers.get("Accept"), _GRAPH_TYPES, "text/turtle")
                data = ox.serialize(res, format=getattr(ox.RdfFormat, name))
        except SyntaxError as exc:
            return self._error(400, f"invalid SPARQL query: {' '.join(str(exc).split())}")
        except (OSError, ValueError) as exc:
            return self._error(500, f"the query failed: {' '.join(str(exc).split())}")
        self._send(200, data or b"", media + ("; charset=utf-8" if media.startswith("text/") else ""))

    def _get_graph(self, params: dict) -> None:
        import pyoxigraph as ox

        ox_store = self.store._ox
        if "graph" in params or "default" in params:
            node: ox.NamedNode | ox.DefaultGraph
            if "graph" in params:
                node = ox.NamedNode(params["graph"][0])
                if not ox_store.contains_named_graph(node):
                    return self._error(404, f"no graph {params['graph'][0]}")
            else:
                node = ox.DefaultGraph()
            media, name = _accepted(self.headers.get("Accept"), _GRAPH_TYPES, "application/n-triples")
            data = ox_store.dump(format=getattr(ox.RdfFormat, name), from_graph=node)
        else:
            media, name = _accepted(self.headers.get("Accept"), _DATASET_TYPES, "application/n-quads")
            data = ox_store.dump(format=getattr(ox.RdfFormat, name))
        self._send(200, data or b"", media)


def make_server(store, host: str = "127.0.0.1", port: int = 7878, *, quiet: bool = False,
                routes: Routes | None = None) -> ThreadingHTTPServer:
    """An HTTP server answering SPARQL over ``store`` (a local store), and the ``routes``
    (a function of the store, see :data:`Routes`; with them a remote store is served too);
    port 0 picks a free one."""
    if getattr(store, "_ox", None) is None and routes is None:
        from ..errors import UsageError

        raise UsageError(f"{store.spec}: kg serve needs a local store (a folder or a graph file); "
                         f"a remote server is already an endpoint")
    handler = type("KgHandler", (_Handler,), {"store": store, "quiet": quiet,
                                              "routes": routes(store) if routes else {}})
    try:
        server = ThreadingHTTPServer((host, port), handler)
    except OSError as exc:
        from ..errors import StoreError

        raise StoreError(f"cannot listen on {host}:{port} ({exc.strerror or exc}); choose another --port") from None
    server.daemon_threads = True
    return server


def serve(spec: str, host: str = "127.0.0.1", port: int = 7878, *, on_ready=None,
          routes: Routes | None = None) -> None:
    """Serve ``spec`` (a store folder or graph file; with ``routes``, also a server URL) read-only until interrupted."""
    from .open import open_store

    store = open_store(spec)
    server = make_server(store, host, port, routes=routes)
    url = _url(server)
    if on_ready:
        on_ready(url)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
        store.close()


def serve_in_thread(store, host: str = "127.0.0.1", port: int = 0, *,
                    routes: Routes | None = None) -> tuple[ThreadingHTTPServer, str]:
    """Start a quiet server in a background thread (for tests and notebooks); stop it with ``server.shutdown()``."""
    server = make_server(store, host, port, quiet=True, routes=routes)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, _url(server)


def _url(server: ThreadingHTTPServer) -> str:
    host, port = server.server_address[:2]
    return f"http://{host.decode() if isinstance(host, bytes) else host}:{port}"
