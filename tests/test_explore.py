"""The explorer's data (graph.store.explore) and its JSON API (graph.render.explorer), without a
browser: search, node details, pages of facts, evidence, funding rows; the same answers from an
embedded store, a graph file and a real Oxigraph server; bad requests; hostile text stays data.
The page in Chromium is tested in tests/test_explorer_browser.py."""
from __future__ import annotations

import json
import subprocess
import sys
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import quote, urlencode

import pytest
from test_render import HOSTILE, hostile_dataset, sample_dataset

from graph.errors import UsageError

ROOT = Path(__file__).resolve().parent.parent
ID = "https://w3id.org/kgnews/id/"
sys.path.insert(0, str(ROOT / "benchmarks"))


@pytest.fixture(scope="module")
def sample():
    from graph.store import MemoryStore
    from graph.store.explore import Explorer

    return Explorer(MemoryStore(sample_dataset()))


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """An embedded store of 120 generated articles (gen_corpus_graph, with sources and quotes)."""
    from gen_corpus_graph import write_store

    from graph.store import open_store

    folder = write_store(tmp_path_factory.mktemp("explore") / "c.kg", articles=120, sources=True)
    with open_store(folder) as st:
        yield st


# ------------------------------------------------------------------ search


@pytest.mark.parametrize("query,first,match", [
    ("Acme AI", "Acme AI", "exact"),
    ("acme", "Acme AI", "exact"),            # an alias, any case
    ("fund", "Fund One", "prefix"),           # Fund One: more statements than Fund Two
    ("doe", "Jane Doe", "word"),              # a word of the name
    ("cme", "Acme AI", "substring"),
    ("Jnae Doe", "Jane Doe", "fuzzy"),        # a typo
    ("bigLAB", "BigLab", "exact"),
])
def test_explore_search_ranks_names(sample, query, first, match):
    found = sample.search(query)
    assert found["items"][0]["label"] == first
    assert found["items"][0]["match"] == match


def test_explore_search_prefix_before_fuzzy_and_counts(sample):
    found = sample.search("fund")
    assert [i["label"] for i in found["items"]][:2] == ["Fund One", "Fund Two"]
    assert found["total"] == len(found["items"])
    assert sample.search("zzzz") == {"query": "zzzz", "total": 0, "items": []}
    assert sample.search("   ")["items"] == []
    one = sample.search("fund", limit=1)
    assert len(one["items"]) == 1 and one["total"] > 1


def test_explore_search_accents_and_types(corpus):
    from graph.store.explore import Explorer, normalise

    assert normalise("  Société  Générale ") == "societe generale"
    ex = Explorer(corpus)
    items = ex.search("chloe")["items"]
    assert items and all("chlo" in i["label"].casefold() for i in items[:3])
    assert {i["type"] for i in ex.search("capital")["items"]} <= {"VentureCapitalFirm", "SovereignFund", "Bank",
                                                                  "InvestmentFirm"}


# ------------------------------------------------------------------ nodes and facts


def test_explore_node_details(sample):
    acme = sample.node(ID + "acme-ai")
    assert (acme["kind"], acme["label"], acme["types"][0]) == ("entity", "Acme AI", "Company")
    assert acme["aliases"] == ["Acme"] and acme["articles"] == 2
    assert {a["title"] for a in acme["mentioned_in"]} == {"Acme raises money", "Beta vs Acme"}
    assert any(u.endswith("/Q1") for u in acme["same_as"])
    assert sample.node(ID + "nobody") is None


def test_explore_facts_are_grouped_like_the_viewer(sample):
    from graph.render import to_networkx

    G = to_networkx(sample_dataset())
    for iri in (ID + "acme-ai", ID + "fund-one", ID + "jane-doe"):
        facts, total = sample.neighbours(iri)
        assert total == len(facts) == G.degree(iri)
        keys = {(f.s, f.p, f.asserted) for f in facts}
        assert keys == {(u, d["relation"], d["asserted"]) for u, v, d in G.edges(data=True) if iri in (u, v)}
    facts, _ = sample.neighbours(ID + "acme-ai")
    assert [f.asserted for f in facts] == sorted((f.asserted for f in facts), reverse=True)   # asserted first
    fund1 = next(f for f in facts if f.s == ID + "fund-one")
    assert (fund1.count, fund1.confidence, fund1.statuses) == (2, 0.85, ["asserted"])
    money = next(f for f in facts if f.p == "fundsRaised")
    assert money.value_kind == "amount" and money.o.startswith(ID + "acme-ai#")
    year = next(f for f in facts if f.p == "foundingYear")
    assert (year.value_kind, year.value) == ("literal", "2021")


def test_explore_pages_of_a_hub_cover_every_fact_once(corpus):
    from graph.store.explore import Explorer

    ex = Explorer(corpus)
    hub = max(ex.index().entities.values(), key=lambda e: e.n)
    facts, total = ex.neighbours(hub.iri, 0, 10_000)
    assert total == len(facts) > 100
    pages, offset = [], 0
    while offset < total:
        page, t = ex.neighbours(hub.iri, offset, 50)
        assert t == total and len(page) <= 50
        pages += page
        offset += len(page)
    assert [f.key() for f in pages] == [f.key() for f in facts]
    assert len({f.key() for f in facts}) == total
    assert Explorer(corpus).neighbours(hub.iri, 50, 50)[0] == facts[50:100]     # same order in a new explorer
    with pytest.raises(UsageError):
        ex.neighbours(hub.iri, -1)


def test_explore_evidence_of_a_fact(sample):
    facts, _ = sample.neighbours(ID + "acme-ai")
    fund1 = next(f for f in facts if f.s == ID + "fund-one")
    rows, total = sample.evidence(fund1.s, fund1.p, fund1.term, True)
    assert total == 2
    assert [r["evidence"] for r in rows] == ["Acme AI raised 100 million dollars from Fund One.", "Fund One backed Acme."]
    assert [r["confidence"] for r in rows] == [0.85, 0.6]
    q = next(f for f in facts if not f.asserted)
    rows, _ = sample.evidence(q.s, q.p, q.term, False)
    assert rows[0]["status"] == "questioned" and rows[0]["evidence"] == "Did Fund Two invest in Acme AI?"
    year = next(f for f in facts if f.p == "foundingYear")
    assert sample.evidence(year.s, year.p, year.term)[1] == 1


@pytest.mark.parametrize("s,p,o", [
    ("not an iri", "founder", ID + "x"),
    (ID + "acme-ai", "founder> ?x . } #", ID + "x"),
    (ID + "acme-ai", "founder", '"2021" . <a> <b> <c>'),
    (ID + "acme-ai", "founder", "<" + ID + "x>"),
])
def test_explore_evidence_refuses_what_is_not_a_term(sample, s, p, o):
    with pytest.raises(UsageError):
        sample.evidence(s, p, o)


def test_explore_funding_rows_and_timeline(corpus):
    from graph.render.timeline import Row, timeline_points
    from graph.store.explore import Explorer

    ex = Explorer(corpus)
    orgs = [e for e in ex.index().entities.values() if e.types[0] in ("Company", "ResearchLab", "Organization")]
    org = max(orgs, key=lambda e: e.n)
    rows = ex.funding(org.iri)
    assert rows and {r["relation"] for r in rows} <= {"fundsRaised", "valuation"}
    assert all(r["published"] and r["value"] for r in rows)
    points = timeline_points([Row(**{k: r[k] for k in ("value", "currency", "round_type", "basis", "published",
                                                         "article")}, relation=r["relation"]) for r in rows])
    assert points == sorted(points, key=lambda p: (p["d"], p["k"], p["v"]))
    assert len(points) <= len(rows)


def test_explore_warm_reads_ahead_and_answers_the_same(corpus):
    from graph.store.explore import Explorer

    cold, warm = Explorer(corpus), Explorer(corpus)
    warm.warm(hubs=5)
    hubs = sorted(cold.index().entities.values(), key=lambda e: (-e.n, e.iri))[:8]   # 5 read ahead, 3 not
    for e in hubs:
        assert warm.node(e.iri) == cold.node(e.iri)
        assert warm.facts(e.iri) == cold.facts(e.iri)
        assert warm.funding(e.iri) == cold.funding(e.iri)
        arts = [a["id"] for a in cold.node(e.iri)["mentioned_in"]]
        assert warm.articles_meta(arts) == cold.articles_meta(arts)
    assert len(warm._meta) == 120 and warm._amounts                       # every article, every amount
    assert warm.node(hubs[0].iri) is warm.node(hubs[0].iri)                 # kept, not read again
    missing = ID + "nobody-at-all"
    assert warm.node(missing) is None and warm.articles_meta([missing]) == {missing: {"title": missing}}


def test_explore_timeline_points_dedupe_and_date():
    from graph.render.timeline import Row, short_amount, timeline_points

    rows = [Row("fundsRaised", "500000000", "USD", "Series B", None, "2024-05-02", "later"),
            Row("fundsRaised", "500000000", "USD", "Series B", None, "2024-03-01T10:00:00", "first"),
            Row("valuation", "2000000000", "USD", None, "post-money", None, "undated"),
            Row("ceo", "1", None), Row("fundsRaised", "not a number", "USD")]
    points = timeline_points(rows, "fr")
    assert [(p["k"], p["d"], p["a"]) for p in points] == [("f", "2024-03-01", "first"), ("v", None, "undated")]
    assert points[0]["t"] == "500 millions USD" and points[0]["s"] == "500 M USD" and points[0]["r"] == "Series B"
    assert short_amount(2e9, "USD") == "2B USD" and short_amount(1.5e9, "EUR", "fr") == "1,5 Md EUR"


# ------------------------------------------------------------------ one answer, every kind of store


def _answers(store) -> dict:
    from graph.store.explore import Explorer

    ex = Explorer(store)
    acme = ID + "acme-ai"
    facts, total = ex.neighbours(acme)
    node = ex.node(acme)
    return {"search": ex.search("fund"), "facts": [f.key() + (f.count, f.confidence) for f in facts], "total": total,
            "node": {k: node[k] for k in ("label", "types", "aliases", "articles")},
            "evidence": ex.evidence(facts[0].s, facts[0].p, facts[0].term, facts[0].asserted)}


def test_explore_same_answers_from_a_file_a_store_and_a_server(tmp_path):
    from test_server_oxigraph import OxigraphServer, _oxigraph

    from graph.api import save_graph
    from graph.store import MemoryStore, RemoteStore, open_store

    ds = sample_dataset()
    expected = _answers(MemoryStore(ds))
    save_graph(ds, tmp_path / "g.trig")
    save_graph(ds, tmp_path / "g.ttl")          # one file, both articles: its triples share one graph
    with open_store(tmp_path / "g.trig") as st:
        assert _answers(st) == expected
    with open_store(tmp_path / "g.ttl") as st:
        got = _answers(st)
        assert got["facts"] == expected["facts"] and got["node"] == expected["node"]
    if _oxigraph() is None:
        pytest.skip("the oxigraph server (pip install oxigraph) is not installed")
    save_graph(ds, tmp_path / "g.nq")
    subprocess.run([_oxigraph(), "load", "--location", str(tmp_path / "db"), "--file", str(tmp_path / "g.nq")],
                   check=True, capture_output=True)
    server = OxigraphServer(tmp_path / "db")
    try:
        assert _answers(RemoteStore(server.url)) == expected
    finally:
        server.stop()


# ------------------------------------------------------------------ the JSON API


@pytest.fixture(scope="module")
def api(corpus):
    from graph.render.explorer import explorer_in_thread

    server, url = explorer_in_thread(corpus)
    try:
        yield url
    finally:
        server.shutdown()
        server.server_close()


def _get(url: str):
    try:
        with urllib.request.urlopen(url, timeout=20) as resp:
            return resp.status, resp.headers, resp.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers, exc.read()


def _json(url: str):
    code, headers, body = _get(url)
    assert headers["Content-Type"] == "application/json; charset=utf-8"
    assert headers["X-Content-Type-Options"] == "nosniff"
    return code, json.loads(body)


def test_explore_api_search_node_neighbours_evidence(api):
    code, found = _json(f"{api}/api/search?q=aeth&limit=5")
    assert code == 200 and 0 < len(found["items"]) <= 5 and found["items"][0]["typeLabel"]
    hub = found["items"][0]["id"]
    code, node = _json(f"{api}/api/node?id={quote(hub, safe='')}")
    assert code == 200 and node["label"] == found["items"][0]["label"] and node["node"]["id"] == hub
    assert node["timeline"] and all(p["k"] in "fv" for p in node["timeline"])
    code, page = _json(f"{api}/api/neighbours?id={quote(hub, safe='')}&limit=20")
    assert code == 200 and len(page["edges"]) == 20 and page["next"] == 20 and page["total"] > 20
    ids = {n["id"] for n in page["nodes"]}
    assert all(e["from"] in ids | {hub} and e["to"] in ids | {hub} for e in page["edges"])
    assert all(n["label"] and n["group"] and n["size"] >= 10 for n in page["nodes"])
    e = page["edges"][0]
    code, ev = _json(f"{api}/api/evidence?" + urlencode({"s": e["from"], "p": e["rel"], "o": e["o"], "a": e["as"]}))
    assert code == 200 and ev["total"] == e["k"] and ev["items"][0]["sentence"]
    assert ev["items"][0]["article"]["title"] and ev["items"][0]["article"]["url"].startswith("https://")
    code, fr = _json(f"{api}/api/search?q=aeth&lang=fr")
    assert fr["items"][0]["typeLabel"] != found["items"][0]["typeLabel"]


@pytest.mark.parametrize("path,code", [
    ("/api/node?id=" + quote(ID + "nobody", safe=""), 404),
    ("/api/node", 400),
    ("/api/node?id=not%20an%20iri", 400),
    ("/api/neighbours?id=" + quote(ID + "nobody", safe=""), 404),
    ("/api/neighbours?id=" + quote(ID + "x", safe="") + "&offset=two", 400),
    ("/api/evidence?s=a&p=b", 400),
])
def test_explore_api_errors_are_json(api, path, code):
    got, body = _json(api + path)
    assert got == code and body["error"]


def test_explore_api_page_and_assets_are_served_by_kg(api):
    code, headers, body = _get(f"{api}/")
    assert code == 200 and headers["Content-Type"].startswith("text/html")
    csp = headers["Content-Security-Policy"]
    assert "default-src 'none'" in csp and "script-src 'self'" in csp and "connect-src 'self'" in csp
    html = body.decode()
    assert 'src="assets/vis-network.min.js"' in html and "//" not in html.split("<body", 1)[1].replace("://", "")
    assert '<link rel="icon" href="data:,">' in html     # no /favicon.ico request, so no 404 in the console
    assert str(Path.home()) not in html and "/tmp" not in html   # the store by name only, no local path
    for name in ("vis-network.min.js", "vis-network.css", "common.js", "explorer.js", "viewer.css"):
        code, headers, body = _get(f"{api}/assets/{name}")
        assert code == 200 and len(body) > 100 and headers["X-Content-Type-Options"] == "nosniff"
    code, _h, body = _get(f"{api}/query.html")
    assert code == 200 and b"kg SPARQL endpoint" in body
    code, _h, body = _get(f"{api}/query?query=" + quote("ASK {}"))
    assert code == 200


def test_explore_api_is_read_only(api):
    req = urllib.request.Request(f"{api}/api/search?q=a", data=b"x", method="POST")
    with pytest.raises(urllib.error.HTTPError) as err:
        urllib.request.urlopen(req, timeout=10)
    assert err.value.code == 403                  # kg serve's route table: a POST on a read-only page
    req = urllib.request.Request(f"{api}/api/node?id=x", method="DELETE")
    with pytest.raises(urllib.error.HTTPError) as err:
        urllib.request.urlopen(req, timeout=10)
    assert err.value.code == 403


def test_explore_api_hostile_text_stays_data(tmp_path):
    from graph.render.explorer import explorer_in_thread
    from graph.store import MemoryStore

    store = MemoryStore(hostile_dataset())
    server, url = explorer_in_thread(store)
    try:
        for name in HOSTILE:
            code, found = _json(f"{url}/api/search?q={quote(name, safe='')}")
            assert code == 200 and found["items"][0]["label"] == name
            code, node = _json(f"{url}/api/node?id={quote(found['items'][0]['id'], safe='')}")
            assert code == 200 and node["label"] == name
            code, page = _json(f"{url}/api/neighbours?id={quote(found['items'][0]['id'], safe='')}")
            for n in page["nodes"]:
                if n["kind"] == "article":
                    code, art = _json(f"{url}/api/node?id={quote(n['id'], safe='')}")
                    assert art["url"] is None                      # javascript: is not a link
        code, headers, body = _get(f"{url}/")
        assert b"__pwned" not in body
    finally:
        server.shutdown()
        server.server_close()


def test_explore_cli_serve_remote_store_and_refusals(tmp_path):
    from test_server_oxigraph import OxigraphServer, _oxigraph

    from graph.api import save_graph
    from graph.errors import UsageError as Usage
    from graph.render.explorer import ExplorerApp
    from graph.store import MemoryStore

    with pytest.raises(Usage, match="--lang 'de' is not supported by the explorer; use en or fr"):
        ExplorerApp(MemoryStore(sample_dataset()), lang="de")
    if _oxigraph() is None:
        pytest.skip("the oxigraph server (pip install oxigraph) is not installed")
    save_graph(sample_dataset(), tmp_path / "g.nq")
    subprocess.run([_oxigraph(), "load", "--location", str(tmp_path / "db"), "--file", str(tmp_path / "g.nq")],
                   check=True, capture_output=True)
    server = OxigraphServer(tmp_path / "db")
    log = open(tmp_path / "serve.log", "w+b")
    proc = subprocess.Popen([sys.executable, "-m", "graph", "serve", "--store", server.url + "/", "--port", "0"],
                            stdout=subprocess.DEVNULL, stderr=log)
    try:
        url = _wait_for_url(tmp_path / "serve.log", proc)
        code, found = _json(f"{url}/api/search?q=acme")
        assert code == 200 and found["items"][0]["label"] == "Acme AI"
        code, _h, body = _get(f"{url}/query?query=" + quote("ASK {}"))
        assert code == 400 and b"send SPARQL and graph requests to that server" in body
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:   # seen once on a busy machine: a remote store's warm-up in flight
            proc.kill()
            proc.wait(timeout=10)
        log.close()
        server.stop()


def _wait_for_url(log: Path, proc, timeout: float = 60.0) -> str:
    import time

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        text = log.read_text(encoding="utf-8", errors="replace")
        if " read-only at " in text:
            return text.split(" read-only at ")[1].split()[0].split("/query")[0].rstrip("/")
        if proc.poll() is not None:
            raise AssertionError(f"kg serve stopped: {text}")
        time.sleep(0.1)
    raise AssertionError("kg serve did not start")
