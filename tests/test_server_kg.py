"""`kg serve`: a read-only SPARQL endpoint over a store (SPARQL protocol, GSP reads, CORS, refusals)."""
from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from urllib.parse import quote, urlencode

import pytest

from test_store import ARTICLE_A, ARTICLE_B, DRIVER, TESTS, kg_fake, write_articles

pytestmark = pytest.mark.server


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("serve")
    paths = write_articles(tmp / "in", {"a.txt": ARTICLE_A, "b.txt": ARTICLE_B})
    kg_fake("build", *paths, "--store", tmp / "s.kg", check=True)
    return tmp / "s.kg"


@pytest.fixture(scope="module")
def endpoint(store_dir):
    from graph.store import open_store
    from graph.store.serve import serve_in_thread

    store = open_store(store_dir)
    server, url = serve_in_thread(store)
    try:
        yield url
    finally:
        server.shutdown()
        server.server_close()
        store.close()


def _get(url: str, headers: dict | None = None, data: bytes | None = None, method: str | None = None):
    req = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(req, timeout=10) as resp:
            return resp.status, resp.headers, resp.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers, exc.read()


COUNT = "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a <https://w3id.org/kgnews/ontology#Article> }"


def test_server_kg_query_get_json(endpoint):
    code, headers, body = _get(f"{endpoint}/query?query={quote(COUNT)}")
    assert code == 200 and headers["Content-Type"].startswith("application/sparql-results+json")
    assert json.loads(body)["results"]["bindings"][0]["n"]["value"] == "2"
    assert "Access-Control-Allow-Origin" not in headers                  # no CORS unless --cors ORIGIN


@pytest.mark.parametrize("accept,start", [
    ("text/csv", b"n\r\n2"), ("text/tab-separated-values", b"?n\n2"), ("application/sparql-results+xml", b"<?xml"),
])
def test_server_kg_query_post_negotiated(endpoint, accept, start):
    code, headers, body = _get(f"{endpoint}/query", {"Accept": accept, "Content-Type": "application/sparql-query"},
                               COUNT.encode())
    assert code == 200 and headers["Content-Type"].startswith(accept) and body.startswith(start)


def test_server_kg_construct(endpoint):
    from rdflib import Graph

    q = "CONSTRUCT { ?o <https://w3id.org/kgnews/ontology#founder> ?p } WHERE { ?o <https://w3id.org/kgnews/ontology#founder> ?p }"
    code, headers, body = _get(f"{endpoint}/query", {"Content-Type": "application/x-www-form-urlencoded",
                                                      "Accept": "text/turtle"}, urlencode({"query": q}).encode())
    assert code == 200 and headers["Content-Type"].startswith("text/turtle")
    assert len(Graph().parse(data=body, format="turtle")) == 2


def test_server_kg_graph_store_reads(endpoint, store_dir):
    from graph.store import open_store

    with open_store(store_dir) as st:
        art = st.articles()[0]
    code, headers, body = _get(f"{endpoint}/store?graph={quote(art.iri, safe='')}")
    assert code == 200 and art.content_hash.encode() in body
    code, _h, _b = _get(f"{endpoint}/store?graph={quote('https://example.org/none', safe='')}")
    assert code == 404
    code, headers, body = _get(f"{endpoint}/store")
    assert code == 200 and headers["Content-Type"] == "application/n-quads"


@pytest.mark.parametrize("method,path,ctype,data", [
    ("POST", "/update", "application/sparql-update", b"CLEAR ALL"),
    ("POST", "/query", "application/sparql-update", b"CLEAR ALL"),
    ("POST", "/query", "application/x-www-form-urlencoded", b"update=CLEAR+ALL"),
    ("GET", "/query?query=" + quote("DROP ALL"), None, None),
    ("PUT", "/store?graph=http%3A%2F%2Fx", "application/n-triples", b"<http://a> <http://b> <http://c> ."),
    ("DELETE", "/store?graph=http%3A%2F%2Fx", None, None),
])
def test_server_kg_is_read_only(endpoint, method, path, ctype, data):
    code, _h, _b = _get(endpoint + path, {"Content-Type": ctype} if ctype else {}, data, method)
    assert code == 403
    code, _h, body = _get(f"{endpoint}/query?query={quote(COUNT)}")
    assert json.loads(body)["results"]["bindings"][0]["n"]["value"] == "2"


def test_server_kg_errors_and_page(endpoint):
    code, _h, body = _get(f"{endpoint}/query?query={quote('SELECT WHERE')}")
    assert code == 400 and b"invalid SPARQL query" in body
    assert _get(f"{endpoint}/nowhere")[0] == 404
    code, headers, body = _get(f"{endpoint}/")
    assert code == 200 and b"kg SPARQL endpoint" in body
    code, headers, _b = _get(f"{endpoint}/query", {"Origin": "http://yasgui.example"}, method="OPTIONS")
    assert code == 403 and "Access-Control-Allow-Origin" not in headers    # another origin: --cors to allow it


def test_server_kg_remote_store_reads_it(endpoint, store_dir):
    """kg itself can use a `kg serve` endpoint as a (read-only) remote store."""
    from graph.store import RemoteStore
    from graph.store.query import named_query, run_query

    remote = RemoteStore(endpoint)
    assert run_query(remote, named_query("investors").text).rows() == \
        run_query(str(store_dir), named_query("investors").text).rows()
    assert {a.name for a in remote.articles()} == {"a.txt", "b.txt"}


def test_server_kg_cli_serves_until_interrupted(store_dir):
    code = DRIVER.format(tests=str(TESTS))
    # a shell starts background jobs with SIGINT ignored, and Python then keeps ignoring it: restore the default
    proc = subprocess.Popen([sys.executable, "-c", code, "serve", "--store", str(store_dir), "--port", "0"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    try:
        line = proc.stderr.readline().decode()
        assert line.startswith(f"kg: serving {store_dir} read-only at http://127.0.0.1:"), line
        url = line.split(" at ")[1].split("/query")[0]
        code_, _h, body = _get(f"{url}/query?query={quote(COUNT)}")
        assert code_ == 200
        proc.send_signal(signal.SIGINT)
        assert proc.wait(timeout=10) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        proc.stdout.close()
        proc.stderr.close()


def test_server_kg_refuses_remote_and_busy_port(store_dir):
    from graph.errors import StoreError, UsageError
    from graph.store import RemoteStore, open_store
    from graph.store.serve import make_server, serve_in_thread

    with pytest.raises(UsageError, match="needs a local store"):
        make_server(RemoteStore("http://127.0.0.1:9", check=False))
    with open_store(store_dir) as st:
        server, url = serve_in_thread(st)
        try:
            port = int(url.rsplit(":", 1)[1])
            with pytest.raises(StoreError, match="choose another --port"):
                make_server(st, port=port)
        finally:
            server.shutdown()
            server.server_close()
    time.sleep(0)
