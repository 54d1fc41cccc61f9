"""`kg serve`'s result cache and request coalescing (graph/store/cache.py): identical requests are
answered from a cache for --cache-seconds, identical requests arriving together run the query once,
only whole successful answers are reused, and every check still runs first.

The server tests run a real `kg serve` (the CLI, in a subprocess) on a free loopback port, as
tests/test_server_safety.py does; which answers came from the cache is read from the `KG-Cache`
header (miss: the query ran for this request; hit: from the cache; coalesced: an identical
request's answer). No test asserts a timing.
"""
from __future__ import annotations

import json
import threading
from urllib.parse import quote

import pytest

from graph.store.cache import ResultCache
from test_server_safety import COUNT, KgServe, Listener, _get, store_dir  # noqa: F401 (fixture)

SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"   # ~1 s of engine work, one row
BUSY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"   # far over 1 s


def _q(srv: KgServe, query: str, headers: dict | None = None):
    return _get(f"{srv.url}/query?query={quote(query)}", headers)


@pytest.fixture(scope="module")
def cached(store_dir, tmp_path_factory):  # noqa: F811
    srv = KgServe(store_dir, tmp_path_factory.mktemp("cache") / "serve.log", "--cache-seconds", "600",
                  "--cors", "http://allowed.example")
    yield srv
    srv.stop()


# ------------------------------------------------------------------ through a real server


@pytest.mark.server
def test_server_cache_repeated_query_is_answered_from_the_cache(cached):
    query = COUNT + " # repeated"
    code1, h1, body1 = _q(cached, query)
    code2, h2, body2 = _q(cached, query)
    code3, h3, body3 = _q(cached, "  " + query + "\n")           # the same text, other white space around it
    assert (code1, code2, code3) == (200, 200, 200)
    assert (h1["KG-Cache"], h2["KG-Cache"], h3["KG-Cache"]) == ("miss", "hit", "hit")
    assert body1 == body2 == body3 and json.loads(body2)["results"]["bindings"][0]["n"]["value"] == "2"
    for name in ("Content-Type", "KG-Max-Rows", "Cache-Control", "X-Content-Type-Options", "Vary"):
        assert h1[name] == h2[name], name
    # another response format is another answer
    code, h, body = _q(cached, query, {"Accept": "text/csv"})
    assert code == 200 and h["KG-Cache"] == "miss" and body.decode().splitlines() == ["n", "2"]
    assert _q(cached, query, {"Accept": "text/csv"})[1]["KG-Cache"] == "hit"


@pytest.mark.server
def test_server_cache_checks_run_before_the_cache(cached):
    query = COUNT + " # checks"
    assert _q(cached, query)[0] == 200 and _q(cached, query)[1]["KG-Cache"] == "hit"
    code, h, body = _q(cached, query, {"Host": "evil.example"})
    assert code == 403 and "KG-Cache" not in h and b"--allow-host" in body
    code, h, _b = _q(cached, query, {"Origin": "http://other.example"})
    assert code == 403 and "KG-Cache" not in h and "Access-Control-Allow-Origin" not in h
    code, h, _b = _q(cached, query, {"Origin": "http://allowed.example"})   # a cached answer, with its CORS header
    assert code == 200 and h["KG-Cache"] == "hit" and h["Access-Control-Allow-Origin"] == "http://allowed.example"
    assert "Access-Control-Allow-Origin" not in _q(cached, query)[1]
    code, _h, _b = _get(f"{cached.url}/query", data=f"update={quote('CLEAR ALL')}".encode(), method="POST")
    assert code == 403


@pytest.mark.server
def test_server_cache_service_is_refused_every_time(cached):
    outside = Listener()
    try:
        query = f"SELECT * WHERE {{ SERVICE <{outside.url}> {{ ?s ?p ?o }} }}"
        for _ in range(3):
            code, h, body = _q(cached, query)
            assert code == 400 and h["KG-Cache"] == "miss" and b"never federates" in body, body
        assert outside.connections == 0
    finally:
        outside.close()


@pytest.mark.server
def test_server_cache_errors_and_cut_answers_are_not_cached(store_dir, tmp_path):  # noqa: F811
    srv = KgServe(store_dir, tmp_path / "serve.log", "--max-rows", "3", "--timeout", "1", "--quiet")
    try:
        for query, status in (("SELECT * WHERE { ?s ?p ?o }", 200),           # cut at 3 rows
                              ("SELECT * WHERE { ?s ?p", 400),                # not SPARQL
                              (BUSY, 503)):                                   # over the timeout
            first, second = _q(srv, query, {"Accept": "text/csv"}), _q(srv, query, {"Accept": "text/csv"})
            assert first[0] == second[0] == status, (query, first, second)
            assert first[1]["KG-Cache"] == second[1]["KG-Cache"] == "miss", query
        assert len(_q(srv, "SELECT * WHERE { ?s ?p ?o }", {"Accept": "text/csv"})[2].decode().splitlines()) == 4
        code, h, _b = _q(srv, COUNT)                                         # a whole answer still is
        assert code == 200 and h["KG-Cache"] == "miss" and _q(srv, COUNT)[1]["KG-Cache"] == "hit"
    finally:
        srv.stop()


@pytest.mark.server
def test_server_cache_streamed_answers_are_kept_up_to_1_mb(cached):
    pairs = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } LIMIT "
    first, second = _q(cached, pairs + "500"), _q(cached, pairs + "500")         # streamed (> 64 KB), < 1 MB
    assert 64 * 1024 < len(first[2]) < 2**20 and first[2] == second[2]
    assert (first[1]["KG-Cache"], second[1]["KG-Cache"]) == ("miss", "hit")
    first, second = _q(cached, pairs + "9000"), _q(cached, pairs + "9000")       # over 1 MB: never kept
    assert len(first[2]) > 2**20 and first[2] == second[2]
    assert (first[1]["KG-Cache"], second[1]["KG-Cache"]) == ("miss", "miss")


@pytest.mark.server
def test_server_cache_seconds_0_turns_it_off(store_dir, tmp_path):  # noqa: F811
    srv = KgServe(store_dir, tmp_path / "serve.log", "--cache-seconds", "0", "--quiet")
    try:
        answers = [_q(srv, COUNT) for _ in range(3)]
        assert all(code == 200 and "KG-Cache" not in h for code, h, _b in answers)
        assert len({body for _c, _h, body in answers}) == 1
    finally:
        srv.stop()


@pytest.mark.server
def test_server_cache_identical_concurrent_requests_run_once(cached):
    """Eight identical requests sent together: the query runs for one of them; the others wait for its
    answer (or, arriving after it ended, find it in the cache)."""
    query = SLOW + " # together"
    barrier, answers = threading.Barrier(8), []

    def client() -> None:
        barrier.wait()
        answers.append(_q(cached, query))

    threads = [threading.Thread(target=client) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert len(answers) == 8 and all(code == 200 for code, _h, _b in answers)
    kinds = sorted(h["KG-Cache"] for _c, h, _b in answers)
    assert kinds.count("miss") == 1 and set(kinds) <= {"miss", "coalesced", "hit"}, kinds
    assert len({body for _c, _h, body in answers}) == 1


@pytest.mark.server
def test_server_cache_option_default_is_the_library_default():
    import inspect

    from graph import cli
    from graph.store.cache import DEFAULT_CACHE_SECONDS
    from graph.store.serve import Options

    assert inspect.signature(cli.serve).parameters["cache_seconds"].default == DEFAULT_CACHE_SECONDS
    assert Options().cache_seconds == DEFAULT_CACHE_SECONDS


# ------------------------------------------------------------------ the cache itself


class _Clock:
    def __init__(self):
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_server_cache_entries_expire_and_stay_bounded():
    clock = _Clock()
    cache = ResultCache(2.0, max_entry=10, max_total=25, clock=clock)
    what, flight = cache.join("a")
    assert what == "run"
    cache.finish("a", flight, "A", size=10, share=True, keep=True)
    assert cache.join("a") == ("hit", "A")
    clock.now = 2.5                                                  # expired: run again
    assert cache.join("a")[0] == "run"
    for key in "bcd":                                                # 3 × 10 bytes > 25: the oldest goes
        cache.finish(key, cache.join(key)[1], key.upper(), size=10, share=True, keep=True)
    assert cache.size <= 25 and len(cache) == 2 and cache.join("d") == ("hit", "D")
    assert cache.join("b")[0] == "run"
    _what, big = cache.join("big")                                   # over max_entry: not kept, not shared
    cache.finish("big", big, "X" * 11, size=11, share=True, keep=True)
    assert not big.shared and cache.join("big")[0] == "run"
    _what, cut = cache.join("cut")                                   # shared, not kept
    cache.finish("cut", cut, "C", size=1, share=True, keep=False)
    assert cut.shared and cut.value == "C" and cache.join("cut")[0] == "run"


def test_server_cache_coalescing_runs_once():
    cache = ResultCache(0.0)                                         # coalescing only, nothing kept
    what, flight = cache.join("q")
    assert what == "run"
    got: list = []

    def waiter() -> None:
        kind, f = cache.join("q")
        assert kind == "wait" and f is flight
        assert f.wait(30)
        got.append(f.value)

    threads = [threading.Thread(target=waiter) for _ in range(5)]
    for t in threads:
        t.start()
    while cache.stats.coalesced < 5:
        threading.Event().wait(0.01)
    cache.finish("q", flight, "answer", size=6, share=True, keep=True)
    for t in threads:
        t.join(30)
    assert got == ["answer"] * 5 and cache.stats.runs == 1 and len(cache) == 0
    assert cache.join("q")[0] == "run"                               # ended: the next one runs again


def test_server_cache_unshared_end_lets_waiters_run():
    cache = ResultCache(2.0)
    _what, flight = cache.join("q")
    assert cache.join("q")[0] == "wait"
    cache.finish("q", flight)                                        # the client left: nothing to give
    cache.finish("q", flight, "late", size=4, share=True, keep=True)  # a second end changes nothing
    assert flight.done and not flight.shared and flight.value is None
    assert cache.join("q")[0] == "run" and len(cache) == 0
