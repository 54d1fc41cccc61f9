"""kg against a real Oxigraph server (pip ``oxigraph``): build, query, replace, remove, export, errors.

Each test starts ``oxigraph serve`` on a free loopback port with its own data folder and
always stops it. Writes go over the Graph Store Protocol, queries over the SPARQL protocol.
"""
from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from graph.errors import QueryError, StoreError

from test_store import ARTICLE_A, ARTICLE_B, big_article, kg_fake, write_articles

pytestmark = pytest.mark.server


def _oxigraph() -> str | None:
    local = Path(sys.executable).parent / "oxigraph"
    return str(local) if local.exists() else shutil.which("oxigraph")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class OxigraphServer:
    """``oxigraph serve`` in a subprocess on 127.0.0.1; ``stop()`` is idempotent."""

    def __init__(self, location: Path):
        exe = _oxigraph()
        if exe is None:
            pytest.skip("the oxigraph server (pip install oxigraph) is not installed")
        for _attempt in range(3):   # another process may take the port between the probe and the bind
            self.port = _free_port()
            self.url = f"http://127.0.0.1:{self.port}"
            self.proc = subprocess.Popen([exe, "serve", "--location", str(location), "--bind", f"127.0.0.1:{self.port}"],
                                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            if self._wait_ready():
                return
            self.stop()
        raise RuntimeError("the Oxigraph server did not start")

    def _wait_ready(self, timeout: float = 30.0) -> bool:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                return False
            try:
                with urllib.request.urlopen(f"{self.url}/query?query=ASK%7B%7D", timeout=2):
                    return True
            except (urllib.error.URLError, OSError):
                time.sleep(0.1)
        return False

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        if self.proc.stderr:
            self.proc.stderr.close()


@pytest.fixture
def server(tmp_path):
    srv = OxigraphServer(tmp_path / "oxdb")
    try:
        yield srv
    finally:
        srv.stop()


@pytest.fixture
def articles(tmp_path):
    return write_articles(tmp_path / "in", {"a.txt": ARTICLE_A, "b.txt": ARTICLE_B})


@pytest.fixture
def fake(monkeypatch):
    import graph.pipeline

    from test_store import fake_extract

    calls = []

    def counting(article, **kw):
        calls.append(article.name)
        return fake_extract(article, **kw)

    monkeypatch.setattr(graph.pipeline, "extract", counting)
    return calls


def _investors(spec):
    from graph.store.query import named_query, run_query

    return run_query(spec, named_query("investors").text).rows()


def test_server_build_query_replace_remove(server, articles, fake, tmp_path):
    from graph.api import build_graph, build_store, save_graph
    from graph.store import RemoteStore

    store = RemoteStore(server.url)
    report = build_store([str(p) for p in articles], store)
    assert len(report.added) == 2
    assert {a.name for a in store.articles()} == {"a.txt", "b.txt"}
    # the same answers as the local file
    save_graph(build_graph([str(p) for p in articles]), tmp_path / "local.trig")
    assert _investors(store) == _investors(str(tmp_path / "local.trig"))
    # idempotent: nothing extracted, nothing written
    fake.clear()
    count = store.count()
    report = build_store([str(p) for p in articles], store)
    assert report.unchanged == [str(p) for p in articles] and fake == [] and store.count() == count
    # a changed article replaces its graph
    old = {a.name: a for a in store.articles()}["a.txt"]
    articles[0].write_text(ARTICLE_A.replace("Fund One", "Fund Three"), encoding="utf-8")
    report = build_store([str(p) for p in articles], store)
    assert report.replaced == [str(articles[0])]
    assert not store.has_article(old.content_hash)
    with pytest.raises(StoreError, match="no article graph"):
        store.get_graph(old.iri)
    assert {r["investor"] for r in _investors(store)} == {"Fund Three", "Fund One"}
    # remove
    new = {a.name: a for a in store.articles()}["a.txt"]
    store.remove(new.iri)
    assert [a.name for a in store.articles()] == ["b.txt"]


def test_server_dump_matches_local_build(server, articles, fake, tmp_path):
    import pyoxigraph as ox

    from graph.api import build_graph, build_store, save_graph
    from graph.store import RemoteStore

    store = RemoteStore(server.url)
    build_store([str(p) for p in articles], store)
    store.dump(tmp_path / "remote.nq")
    save_graph(build_graph([str(p) for p in articles]), tmp_path / "local.nq")
    assert set(ox.parse(path=str(tmp_path / "remote.nq"))) == set(ox.parse(path=str(tmp_path / "local.nq")))


def test_server_cli(server, articles, tmp_path):
    r = kg_fake("build", *articles, "--store", server.url, check=True)
    assert b"2 added" in r.stderr
    r = kg_fake("query", "--store", server.url, "--name", "investors", "-f", "csv", check=True)
    assert len(r.stdout.decode().splitlines()) == 3
    r = kg_fake("query", "--store", server.url, "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE "
                "{ ?a a <https://w3id.org/kgnews/ontology#Article> }", "-f", "csv", check=True)
    assert r.stdout == b"n\r\n2\r\n"                       # the default graph is the union of the articles
    kg_fake("export", "--store", server.url, "-o", tmp_path / "all.trig", check=True)
    assert (tmp_path / "all.trig").stat().st_size > 0
    kg_fake("remove", "b.txt", "--store", server.url, check=True)
    r = kg_fake("query", "--store", server.url, "-n", "articles", "-f", "csv", check=True)
    assert [line.split(",")[1] for line in r.stdout.decode().splitlines()[1:]] == ["a.txt"]


def test_server_updates_need_allow_update(server, articles, fake):
    from graph.api import build_store
    from graph.store import RemoteStore
    from graph.store.query import run_query

    store = RemoteStore(server.url)
    build_store([str(p) for p in articles], store)
    update = "DELETE WHERE { GRAPH ?g { ?s a <https://w3id.org/kgnews/ontology#Person> } }"
    with pytest.raises(QueryError, match="--allow-update"):
        run_query(store, update)
    assert run_query(store, "ASK { ?s a <https://w3id.org/kgnews/ontology#Person> }").boolean is True
    run_query(store, update, allow_update=True)
    assert run_query(store, "ASK { ?s a <https://w3id.org/kgnews/ontology#Person> }").boolean is False


def test_server_down_is_a_clear_error_and_loses_nothing(server, articles, tmp_path):
    kg_fake("build", articles[0], "--store", server.url, check=True)
    server.stop()
    before = sorted((p, p.stat().st_mtime_ns) for p in tmp_path.rglob("*") if "oxdb" not in p.parts)
    for args in (("build", *articles, "--store", server.url),
                 ("query", "--store", server.url, "--name", "investors"),
                 ("remove", "a.txt", "--store", server.url)):
        r = kg_fake(*args)
        err = r.stderr.decode()
        assert r.returncode == 1, err
        assert err.startswith("kg: error: ") and err.count("\n") == 1 and "cannot reach the SPARQL server" in err
        assert r.stdout == b""
    after = sorted((p, p.stat().st_mtime_ns) for p in tmp_path.rglob("*") if "oxdb" not in p.parts)
    assert after == before                                   # no local file created or touched


def test_server_dying_mid_build_says_how_many_articles_were_written(tmp_path, monkeypatch):
    """The server stops while a build is writing to it: the error counts the articles written, and the
    server, started again on its folder, holds exactly that many, each whole."""
    import re

    import graph.pipeline
    from graph.api import build_store
    from graph.store import RemoteStore

    from test_store import fake_extract

    paths = write_articles(tmp_path / "in", {f"a{i}.txt": big_article(i, facts=20) for i in range(6)})
    srv = OxigraphServer(tmp_path / "oxdb")
    calls = []

    def extract_then_die(article, **kw):
        calls.append(article.name)
        if len(calls) == 4:                                 # the server goes away in the middle of the build
            srv.stop()
        return fake_extract(article, **kw)

    monkeypatch.setattr(graph.pipeline, "extract", extract_then_die)
    try:
        with pytest.raises(StoreError) as caught:
            build_store([str(p) for p in paths], RemoteStore(srv.url))
    finally:
        srv.stop()
    message = str(caught.value)
    assert "\n" not in message and "nothing was written" not in message, message
    found = re.search(r"(\d+) articles? (?:was|were) written before the failure", message)
    assert found, message
    srv = OxigraphServer(tmp_path / "oxdb")
    try:
        assert len(RemoteStore(srv.url).articles()) == int(found.group(1)) >= 1
    finally:
        srv.stop()


def test_server_restart_keeps_the_data(tmp_path, articles):
    srv = OxigraphServer(tmp_path / "oxdb")
    try:
        kg_fake("build", *articles, "--store", srv.url, check=True)
    finally:
        srv.stop()
    srv = OxigraphServer(tmp_path / "oxdb")
    try:
        r = kg_fake("build", *articles, "--store", srv.url, check=True)
        assert b"2 unchanged" in r.stderr
    finally:
        srv.stop()
