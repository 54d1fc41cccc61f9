"""`kg serve` and `kg query` are safe to leave running: nothing leaves the machine, other web origins
and hosts are refused, queries are limited, bad requests get one-line 400s.

Each test runs a real `kg serve` (the CLI, in a subprocess) on a free loopback port; a second
loopback listener stands in for the outside world and counts every connection it receives.
"""
from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import quote

import pytest

from test_store import ARTICLE_A, ARTICLE_B, kg_fake, write_articles

pytestmark = pytest.mark.server

KG = [sys.executable, "-m", "graph"]
COUNT = "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a <https://w3id.org/kgnews/ontology#Article> }"
CARTESIAN = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic"]


class Listener:
    """A TCP listener on loopback that counts connections (and closes them): the outside world."""

    def __init__(self):
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(64)
        self.port = self.sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}/sparql"
        self.connections = 0
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self.connections += 1
            conn.close()

    def close(self) -> None:
        self.sock.close()


class KgServe:
    """`kg serve` in a subprocess, its log in a file; ``stop()`` sends Ctrl-C."""

    def __init__(self, store: Path, log: Path, *args: str):
        self.log_path = log
        self.log_file = open(log, "wb")
        self.proc = subprocess.Popen([*KG, "serve", "--store", str(store), "--port", "0", *args],
                                     stdout=subprocess.DEVNULL, stderr=self.log_file)
        deadline = time.monotonic() + 60
        while "serving" not in self.log():
            if self.proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"kg serve did not start: {self.log()}")
            time.sleep(0.05)
        self.url = self.log().split(" at ")[1].split("/query")[0]
        self.port = int(self.url.rsplit(":", 1)[1])

    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def memory(self) -> int:
        """Resident memory of the server and its worker processes, in bytes."""
        pids = [self.proc.pid]
        for p in os.listdir("/proc"):
            if p.isdigit():
                try:
                    if Path(f"/proc/{p}/stat").read_text().split()[3] == str(self.proc.pid):
                        pids.append(int(p))
                except (OSError, IndexError):
                    pass
        total = 0
        for pid in pids:
            try:
                total += int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * os.sysconf("SC_PAGE_SIZE")
            except (OSError, IndexError):
                pass
        return total

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGINT)
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.log_file.close()


def _get(url: str, headers: dict | None = None, data: bytes | None = None, method: str | None = None):
    req = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(req, timeout=60) as resp:
            return resp.status, resp.headers, resp.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers, exc.read()


def _raw(port: int, data: bytes) -> tuple[int, bytes]:
    """Send raw bytes; the status code and body of the answer."""
    with socket.create_connection(("127.0.0.1", port), timeout=30) as s:
        s.sendall(data)
        out = b""
        while chunk := s.recv(65536):
            out += chunk
            head, _, body = out.partition(b"\r\n\r\n")
            length = [int(h.split(b":")[1]) for h in head.split(b"\r\n") if h.lower().startswith(b"content-length:")]
            if length and len(body) >= length[0]:
                break
    head, _, body = out.partition(b"\r\n\r\n")
    return int(head.split(b" ")[1]), body


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("safe")
    paths = write_articles(tmp / "in", {"a.txt": ARTICLE_A, "b.txt": ARTICLE_B})
    kg_fake("build", *paths, "--store", tmp / "s.kg", check=True)
    kg_fake("build", *paths, "-o", tmp / "g.trig", check=True)
    return tmp / "s.kg"


@pytest.fixture(scope="module")
def outside():
    listener = Listener()
    yield listener
    listener.close()


@pytest.fixture(scope="module")
def server(store_dir, tmp_path_factory):
    srv = KgServe(store_dir, tmp_path_factory.mktemp("log") / "serve.log",
                  "--timeout", "3", "--max-rows", "0", "--max-response-mb", "0")
    yield srv
    srv.stop()


def _service_queries(target: str) -> list[str]:
    return [
        f"SELECT * WHERE {{ SERVICE <{target}> {{ ?s ?p ?o }} }}",
        f"select * where {{ service silent <{target}> {{ ?s ?p ?o }} }}",
        f'SELECT * WHERE {{ ?a ?b ?c FILTER(?a<?b)#>"""\nSERVICE <{target}> {{ ?x ?y ?z }}\n# """\n}}',
        f"SELECT * WHERE {{ VALUES ?u {{ <{target}> }} SERVICE ?u {{ ?s ?p ?o }} }}",
        f"SELECT (COUNT(*) AS ?n) WHERE {{ {{ SELECT * WHERE {{ SERVICE <{target}> {{ ?s ?p ?o }} }} }} }}",
        f"ASK {{ FILTER EXISTS {{ SERVICE <{target}> {{ ?s ?p ?o }} }} }}",
        f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ SERVICE <{target}> {{ ?s ?p ?o }} }}",
        f"PREFIX ex: <http://e/> SELECT * WHERE {{ ?s ex:a\\#b ?o . SERVICE <{target}> {{ ?x ?y ?z }} }}",
        f"SELECT * WHERE {{ \\u0053ERVICE <{target}> {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ SERVICE <{target}> {{ ?s ?p ?o }} }} this is not SPARQL",
    ]


# ------------------------------------------------------------------ nothing leaves the machine


def test_server_safety_service_never_reaches_the_outside(server, store_dir, outside):
    for q in _service_queries(outside.url):
        code, _h, body = _get(f"{server.url}/query?query={quote(q)}")
        assert code == 400, (q, body)
        code, _h, body = _get(f"{server.url}/query", {"Content-Type": "application/sparql-query"}, q.encode())
        assert code == 400, (q, body)
        for source in (["--store", str(store_dir)], [str(store_dir.parent / "g.trig")], ["--store", server.url]):
            r = subprocess.run([*KG, "query", *source, q], capture_output=True)
            err = r.stderr.decode()
            assert r.returncode == 2 and err.count("\n") == 1 and err.startswith("kg: error: "), (q, source, err)
    assert outside.connections == 0
    assert "Traceback" not in server.log()


def test_server_safety_allow_service_is_the_only_way_out(store_dir, outside):
    """The listener does see a connection when the command line allows federation (so the test can tell)."""
    before = outside.connections
    r = subprocess.run([*KG, "query", str(store_dir.parent / "g.trig"), "--allow-service",
                        f"SELECT * WHERE {{ SERVICE <{outside.url}> {{ ?s ?p ?o }} }}"], capture_output=True)
    assert r.returncode == 1 and b"Traceback" not in r.stderr
    assert outside.connections > before


def test_server_safety_load_and_params_make_no_request(store_dir, outside, tmp_path):
    import shutil

    before = outside.connections
    graph = tmp_path / "g.trig"
    shutil.copy(store_dir.parent / "g.trig", graph)
    before_bytes = graph.read_bytes()
    r = subprocess.run([*KG, "query", str(graph), "--allow-update", f"LOAD <{outside.url}>"], capture_output=True)
    assert r.returncode == 2 and b"LOAD" in r.stderr and graph.read_bytes() == before_bytes
    for value in ("<urn:x>) (UNDEF) } #>",
                  f"<x:y> }} }} SERVICE <{outside.url}> {{ ?a ?b ?c }} #<x:z>",
                  f"<{outside.url}> }} SERVICE <{outside.url}> {{ ?a ?b ?c }} #>"):
        r = subprocess.run([*KG, "query", str(graph), "-n", "investors", "-p", f"organisation={value}", "-f", "csv"],
                           capture_output=True)
        assert r.returncode == 0, r.stderr
        assert r.stdout.decode().splitlines() == ["investor,organisation,status,confidence,evidence,article"]
    assert outside.connections == before


@pytest.mark.parametrize("value,term", [
    ("<urn:x>) (UNDEF) } #>", '"<urn:x>) (UNDEF) } #>"'),
    ("<http://a b>", '"<http://a b>"'),
    ("<::>", '"<::>"'),
    ("<relative/iri>", '"<relative/iri>"'),
    ("<https://w3id.org/kgnews/id/acme-ai>", "<https://w3id.org/kgnews/id/acme-ai>"),
])
def test_server_safety_param_iris_are_checked(value, term):
    from graph.store.query import _param_term

    assert _param_term(value) == term


# ------------------------------------------------------------------ only this server's hosts and pages


@pytest.mark.parametrize("host,code", [
    ("evil.example", 403), ("evil.example:{port}", 403), ("127.0.0.2:{port}", 403),
    ("127.0.0.1:{port}", 200), ("localhost:{port}", 200), ("[::1]:{port}", 200), ("LOCALHOST.", 200),
])
def test_server_safety_host_header(server, host, code):
    status, _h, body = _get(f"{server.url}/query?query={quote(COUNT)}", {"Host": host.format(port=server.port)})
    assert status == code, body
    if code == 403:
        assert body.count(b"\n") == 1 and b"--allow-host" in body


def test_server_safety_no_cors_and_no_foreign_origin(server):
    code, headers, _b = _get(f"{server.url}/query?query={quote(COUNT)}")
    assert code == 200 and "Access-Control-Allow-Origin" not in headers
    code, headers, body = _get(f"{server.url}/query", {"Origin": "http://evil.example"}, method="OPTIONS")
    assert code == 403 and "Access-Control-Allow-Origin" not in headers
    code, _h, body = _get(f"{server.url}/query", {"Origin": "http://evil.example",
                                                  "Content-Type": "application/x-www-form-urlencoded"},
                          f"query={quote(COUNT)}".encode())
    assert code == 403 and b"--cors http://evil.example" in body
    code, _h, _b = _get(f"{server.url}/query?query={quote(COUNT)}", {"Sec-Fetch-Site": "cross-site",
                                                                      "Sec-Fetch-Mode": "no-cors"})
    assert code == 403
    for page in ("/query.html", "/"):       # the query page, and the explorer at /
        code, headers, body = _get(f"{server.url}{page}")
        assert code == 200 and b"/tmp" not in body and str(Path.home()).encode() not in body, page
        assert "frame-ancestors 'none'" in headers["Content-Security-Policy"]
        assert "Access-Control-Allow-Origin" not in headers
    assert b"kg SPARQL endpoint" in _get(f"{server.url}/query.html")[2]
    code, headers, body = _get(f"{server.url}/api/search?q=a", {"Origin": "http://evil.example"})
    assert code == 403 and "Access-Control-Allow-Origin" not in headers       # the explorer's API too


class _Page(BaseHTTPRequestHandler):
    """Serves one HTML page (``html``) at /, from another loopback origin."""

    html = b""

    def do_GET(self):
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(self.html)))
        self.end_headers()
        self.wfile.write(self.html)

    def log_message(self, *args):
        pass


READ = """async (kg) => {
  const q = encodeURIComponent(%s), out = {};
  try { out.get = await (await fetch(kg + '/query?query=' + q)).text(); } catch (e) { out.get = 'blocked'; }
  try { out.post = await (await fetch(kg + '/query', {method: 'POST', body: 'query=' + q,
        headers: {'Content-Type': 'application/x-www-form-urlencoded'}})).text(); } catch (e) { out.post = 'blocked'; }
  try { const r = await fetch(kg + '/query?query=' + q, {mode: 'no-cors'}); out.opaque = r.type + await r.text(); }
  catch (e) { out.opaque = 'blocked'; }
  return out;
}""" % json.dumps(COUNT)


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.skip(f"Debian's chromium is not installed at {CHROMIUM} (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=[*ARGS, "--host-resolver-rules=MAP rebind.test 127.0.0.1"])
        yield b
        b.close()


@pytest.mark.browser
def test_server_safety_cross_origin_page_cannot_read(server, store_dir, browser, tmp_path):
    site = ThreadingHTTPServer(("127.0.0.1", 0), type("P", (_Page,), {"html": b"<!doctype html><p>elsewhere</p>"}))
    threading.Thread(target=site.serve_forever, daemon=True).start()
    origin = f"http://127.0.0.1:{site.server_address[1]}"
    allowed = KgServe(store_dir, tmp_path / "cors.log", "--cors", origin, "--quiet")
    try:
        page = browser.new_page()
        page.goto(origin + "/")
        read = page.evaluate(READ, server.url)
        assert all('"n"' not in text for text in read.values()), read      # nothing of the store came through
        assert read["get"] == "blocked" and read["post"] == "blocked" and read["opaque"] == "opaque"
        # the same page, with kg serve --cors ORIGIN: it can read (so the refusal above is the server's doing)
        read = page.evaluate(READ, allowed.url)
        assert '"n"' in read["get"] and '"n"' in read["post"], read
        # DNS rebinding: a name of the attacker's resolving to 127.0.0.1 reaches the server but gets 403
        resp = page.goto(f"http://rebind.test:{server.port}/query?query={quote(COUNT)}")
        assert resp.status == 403 and '"n"' not in page.content()
        # the endpoint's own query page works
        resp = page.goto(f"{server.url}/query.html")
        assert resp.status == 200
        page.fill("#q", COUNT)
        page.click("button")
        page.wait_for_selector("#out table")
        assert page.inner_text("#out td") == "2"
        page.close()
    finally:
        allowed.stop()
        site.shutdown()
        site.server_close()


# ------------------------------------------------------------------ limits


def test_server_safety_cartesian_query_stops_at_the_timeout(server):
    peak, done = [0], threading.Event()

    def watch():
        while not done.is_set():
            peak[0] = max(peak[0], server.memory())
            time.sleep(0.1)

    threading.Thread(target=watch, daemon=True).start()
    received, error = 0, None
    try:
        with urllib.request.urlopen(f"{server.url}/query?query={quote(CARTESIAN)}", timeout=60) as resp:
            assert resp.status == 200
            while chunk := resp.read(65536):
                received += len(chunk)
    except Exception as exc:  # the answer is cut: the client sees an incomplete transfer
        error = exc
    done.set()
    assert error is not None and received > 0          # streamed, then stopped without a clean end
    assert peak[0] < 500 * 2**20, peak[0] / 2**20
    assert "the query ran for more than 3 s" in server.log()
    assert _get(f"{server.url}/query?query={quote(COUNT)}")[0] == 200    # and the server goes on


def test_server_safety_query_busy_in_the_engine_is_stopped(server):
    """A query busy inside the engine in constant memory, without returning a row, is out of the worker's
    reach: the worker is killed at the timeout."""
    query = CARTESIAN.replace("SELECT *", "SELECT (COUNT(*) AS ?n)").replace("}", ". ?j ?k ?l }")
    code, _h, body = _get(f"{server.url}/query?query={quote(query)}")
    assert code == 503 and b"more than 3 s" in body and body.count(b"\n") == 1, body
    assert _get(f"{server.url}/query?query={quote(COUNT)}")[0] == 200


def test_server_safety_query_growing_in_the_engine_is_stopped(store_dir, tmp_path):
    """A sort over the cartesian product grows in memory without returning a row: its worker is killed at
    --max-memory-mb. The timeout is far out of reach, so the memory cap is what stops it, however fast
    the machine is."""
    srv = KgServe(store_dir, tmp_path / "memory.log", "--max-memory-mb", "400", "--timeout", "600", "--quiet")
    try:
        code, _h, body = _get(f"{srv.url}/query?query={quote(CARTESIAN + ' ORDER BY ?a')}")
        assert code == 503 and b"400 MB of memory" in body and body.count(b"\n") == 1, body
        assert _get(f"{srv.url}/query?query={quote(COUNT)}")[0] == 200
    finally:
        srv.stop()


def test_server_safety_rows_are_capped(store_dir, tmp_path):
    srv = KgServe(store_dir, tmp_path / "rows.log", "--max-rows", "5", "--quiet")
    try:
        code, headers, body = _get(f"{srv.url}/query?query={quote('SELECT * WHERE { ?s ?p ?o }')}",
                                   {"Accept": "text/csv"})
        assert code == 200 and headers["KG-Max-Rows"] == "5"
        assert len(body.decode().splitlines()) == 6                          # the header and 5 rows
    finally:
        srv.stop()


def test_server_safety_cli_query_stops_at_its_timeout(store_dir, tmp_path):
    out = tmp_path / "out.csv"
    for q in (CARTESIAN, CARTESIAN + " ORDER BY ?a"):
        r = subprocess.run([*KG, "query", "--store", str(store_dir), q, "--timeout", "2", "-f", "csv", "-o", str(out)],
                           capture_output=True, timeout=120)
        err = r.stderr.decode()
        assert r.returncode == 1 and err.count("\n") == 1 and "more than 2 s" in err, err
        assert list(tmp_path.iterdir()) == []                               # no output file, no temporary file


# ------------------------------------------------------------------ bad requests and load


def test_server_safety_malformed_requests_get_one_line_400(server):
    host = b"Host: 127.0.0.1\r\n"
    cases = [
        b"GET /store?graph=not an iri HTTP/1.1\r\n" + host + b"\r\n",
        b"GET /store?graph=not%20an%20iri HTTP/1.1\r\n" + host + b"\r\n",
        b"GET /query?query=ASK%7B%7D&default-graph-uri=bad%20iri HTTP/1.1\r\n" + host + b"\r\n",
        b"GET /query?query=ASK%7B%7D&named-graph-uri=:: HTTP/1.1\r\n" + host + b"\r\n",
        b"POST /query HTTP/1.1\r\n" + host + b"Content-Type: application/sparql-query\r\nContent-Length: 4\r\n\r\n\xff\xfe\xfd\xfc",
        b"POST /query HTTP/1.1\r\n" + host + b"Content-Type: application/x-www-form-urlencoded\r\n"
                                             b"Content-Length: 9\r\n\r\nquery=%ff",
        b"GET /query?query=%ff HTTP/1.1\r\n" + host + b"\r\n",
        b"POST /query HTTP/1.1\r\n" + host + b"Content-Length: abc\r\n\r\n",
        b"GET /query HTTP/1.1\r\n" + host + b"\r\n",
        b"NOT HTTP AT ALL\r\n\r\n",
    ]
    for data in cases:
        code, body = _raw(server.port, data)
        assert code == 400 and body.count(b"\n") == 1 and len(body) > 20, (data, body)
    assert "Traceback" not in server.log()


def test_server_safety_client_that_leaves_early(server):
    before = server.log().count("\n")
    with socket.create_connection(("127.0.0.1", server.port), timeout=10) as s:
        s.sendall(f"GET /query?query={quote(CARTESIAN + ' ORDER BY ?a')} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".encode())
        time.sleep(0.5)
    with socket.create_connection(("127.0.0.1", server.port), timeout=10) as s:
        s.sendall(f"GET /query?query={quote(CARTESIAN)} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".encode())
        s.recv(65536)
    time.sleep(1.5)
    assert _get(f"{server.url}/query?query={quote(COUNT)}")[0] == 200
    new = server.log().splitlines()[before:]
    assert "Traceback" not in server.log() and sum("left" in line for line in new) <= 2, new


def test_server_safety_idle_connections_do_not_block_others(server):
    idle = [socket.create_connection(("127.0.0.1", server.port), timeout=10) for _ in range(300)]
    try:
        code, _h, body = _get(f"{server.url}/query?query={quote(COUNT)}")
        assert code == 200 and json.loads(body)["results"]["bindings"][0]["n"]["value"] == "2"
    finally:
        for s in idle:
            s.close()


def test_server_safety_warns_when_exposed():
    from graph.store.serve import exposure_warning

    assert exposure_warning("127.0.0.1") is None and exposure_warning("localhost") is None
    assert exposure_warning("::1") is None
    assert "no authentication" in exposure_warning("0.0.0.0")


def test_server_safety_cli_defaults_are_the_library_defaults():
    import inspect

    from graph import cli
    from graph.store.limits import DEFAULT_MAX_MEMORY_MB, DEFAULT_MAX_RESPONSE_MB, DEFAULT_MAX_ROWS, DEFAULT_TIMEOUT

    params = inspect.signature(cli.serve).parameters
    assert params["timeout"].default == DEFAULT_TIMEOUT and params["max_rows"].default == DEFAULT_MAX_ROWS
    assert params["max_response_mb"].default == DEFAULT_MAX_RESPONSE_MB
    assert params["max_memory_mb"].default == DEFAULT_MAX_MEMORY_MB


# ------------------------------------------------------------------ remote stores that are not SPARQL


class _NotSparql(BaseHTTPRequestHandler):
    answer = (b"text/html", b"<!doctype html><title>Welcome to nginx</title>")

    def do_POST(self):
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        ctype, body = self.answer
        self.send_response(200)
        self.send_header("Content-Type", ctype.decode())
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST

    def log_message(self, *args):
        pass


@pytest.mark.parametrize("ctype,body", [
    (b"text/html", b"<!doctype html><title>Welcome to nginx</title>"),
    (b"application/sparql-results+xml", b"<?xml version='1.0'?><sparql><broken"),
    (b"text/plain", b"hello"),
    (b"application/sparql-results+json", b"{not json"),
])
def test_server_safety_remote_store_that_is_not_sparql(ctype, body):
    site = ThreadingHTTPServer(("127.0.0.1", 0), type("N", (_NotSparql,), {"answer": (ctype, body)}))
    threading.Thread(target=site.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{site.server_address[1]}/"
    try:
        r = subprocess.run([*KG, "query", "--store", url, "-n", "investors"], capture_output=True)
        err = r.stderr.decode()
        assert r.returncode == 1 and err.count("\n") == 1 and "unexpected" not in err, err
        assert "does not answer like a SPARQL endpoint" in err and url in err and ctype.decode() in err
    finally:
        site.shutdown()
        site.server_close()
