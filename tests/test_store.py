"""graph.store and graph.api.build_store: file, embedded Oxigraph and in-memory stores; incremental builds.

Articles are extracted by :func:`fake_extract` (no spaCy): a line ``Subject|relation|Object|status``
is one fact, so tests control every triple. ``tests/test_crash.py`` and
``tests/test_server_oxigraph.py`` reuse these helpers.
"""
from __future__ import annotations

import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from graph.errors import GraphFileError, StoreError, UsageError

TESTS = Path(__file__).resolve().parent
KG_NS = "https://w3id.org/kgnews/ontology#"

# ------------------------------------------------------------------ a fake extractor (shared)


def fake_extract(article, **_kw):
    """An Extraction from lines ``Subject|relation|Object|status``: ``P:`` marks a person, ``F:`` a
    fund, ``€N``/``$N`` an amount; anything else is a company. Other lines are ignored."""
    from graph.model import Amount, Entity, Extraction, Fact, slugify

    ex = Extraction(article=article)

    def entity(name: str) -> str:
        kind = "Company"
        if name.startswith("P:"):
            kind, name = "Person", name[2:]
        elif name.startswith("F:"):
            kind, name = "VentureCapitalFirm", name[2:]
        key = slugify(name)
        ex.entities.setdefault(key, Entity(key, name, kind))
        ex.mentions.add(key)
        return key

    pos = 0
    for line in article.text.splitlines(keepends=True):
        start, end = pos, pos + len(line.rstrip("\n"))
        pos += len(line)
        parts = line.strip().split("|")
        if len(parts) != 4:
            continue
        subj, rel, obj, status = parts
        if obj[:1] in "€$":
            value = Amount(Decimal(obj[1:]), "EUR" if obj[0] == "€" else "USD", obj)
        elif rel == "foundingYear":
            value = obj
        else:
            value = entity(obj)
        ex.facts.append(Fact(subject=entity(subj), relation=rel, object=value, start=start, end=end, status=status, confidence=0.9, extractor="fake", round_type="seed" if rel == "fundsRaised" else None))
    return ex


ARTICLE_A = """Acme AI news
Acme AI|founder|P:Jane Doe|asserted
F:Fund One|investedIn|Acme AI|reported
F:Fund Two|investedIn|Acme AI|questioned
Acme AI|fundsRaised|€5000000|asserted
Acme AI|foundingYear|2021|asserted
Acme AI|competitor|Beta Corp|asserted
"""
ARTICLE_B = """Beta Corp news
Beta Corp|founder|P:John Roe|asserted
F:Fund One|investedIn|Beta Corp|asserted
Beta Corp|valuation|$90000000|reported
"""


def write_articles(folder: Path, texts: dict[str, str]) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, text in texts.items():
        p = folder / name
        p.write_text(text, encoding="utf-8")
        paths.append(p)
    return paths


def big_article(i: int, version: int = 1, facts: int = 150) -> str:
    """A long article (about 13 triples per fact line) so that a write takes a while."""
    lines = [f"Article {i} version {version}"]
    for j in range(facts):
        lines.append(f"Org {i}-{j % 40}|investedIn|Org {(i + j) % 60}|asserted")
        lines.append(f"Org {i}-{j % 40} is mentioned again, line {j}, version {version}.")
    return "\n".join(lines) + "\n"


DRIVER = """
import sys
sys.path.insert(0, {tests!r})
import graph.pipeline, test_store
graph.pipeline.extract = test_store.fake_extract
from graph.cli import main
sys.argv = ["kg"] + sys.argv[1:]
main()
"""


def kg_fake(*args, check: bool = False, **kw) -> subprocess.CompletedProcess:
    """Run the kg CLI in a subprocess with the fake extractor."""
    code = DRIVER.format(tests=str(TESTS))
    r = subprocess.run([sys.executable, "-c", code, *map(str, args)], capture_output=True, **kw)
    if check:
        assert r.returncode == 0, r.stderr.decode()
    return r


def quads(store_spec) -> set:
    """Every quad of a store, as pyoxigraph Quads (default graph included)."""
    from graph.store import open_store

    with open_store(store_spec) as st:
        return set(st._ox.quads_for_pattern(None, None, None, None))


# ------------------------------------------------------------------ fixtures (module-local)


@pytest.fixture
def fake(monkeypatch):
    import graph.pipeline

    calls = []

    def counting(article, **kw):
        calls.append(article.name)
        return fake_extract(article, **kw)

    monkeypatch.setattr(graph.pipeline, "extract", counting)
    return calls


@pytest.fixture
def articles(tmp_path):
    return write_articles(tmp_path / "in", {"a.txt": ARTICLE_A, "b.txt": ARTICLE_B})


# ------------------------------------------------------------------ opening stores


@pytest.mark.parametrize("spec,kind", [
    ("http://127.0.0.1:7878/", "remote"), ("https://db.example.org/repositories/kg", "remote"),
    ("g.ttl", "file"), ("g.trig", "file"), ("-", "file"), ("corpus.kg", "oxigraph"), ("corpus", "oxigraph"),
])
def test_store_kind(spec, kind):
    from graph.store import store_kind

    assert store_kind(spec) == kind


@pytest.mark.parametrize("url,query,update,gsp", [
    ("http://h:7878", "http://h:7878/query", "http://h:7878/update", "http://h:7878/store"),
    ("http://h:3030/ds", "http://h:3030/ds/query", "http://h:3030/ds/update", "http://h:3030/ds/data"),
    ("http://h:7200/repositories/kg", "http://h:7200/repositories/kg", "http://h:7200/repositories/kg/statements",
     "http://h:7200/repositories/kg/rdf-graphs/service"),
    ("http://h:8890/sparql", "http://h:8890/sparql", "http://h:8890/sparql", "http://h:8890/sparql-graph-crud"),
])
def test_store_remote_endpoints(url, query, update, gsp):
    from graph.store import remote_endpoints

    ends = remote_endpoints(url)
    assert (ends["query"], ends["update"], ends["store"]) == (query, update, gsp)


def test_store_missing_folder_is_a_clear_error(tmp_path):
    from graph.store import open_store

    with pytest.raises(StoreError, match="no kg store here; create one with `kg build --store"):
        open_store(tmp_path / "nope.kg")


def test_store_refuses_a_folder_that_is_not_a_store(tmp_path):
    from graph.store import open_store

    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "notes.txt").write_text("mine")
    with pytest.raises(StoreError, match="is not a kg store"):
        open_store(tmp_path / "data", create=True)
    assert (tmp_path / "data" / "notes.txt").read_text() == "mine"


def test_store_second_writer_is_refused(tmp_path):
    from graph.store import open_store

    with open_store(tmp_path / "s.kg", create=True):
        with pytest.raises(StoreError, match="in use by another process"):
            open_store(tmp_path / "s.kg", write=True)


def test_store_file_errors(tmp_path):
    from graph.store import open_store

    with pytest.raises(GraphFileError, match="no such graph file"):
        open_store(tmp_path / "missing.ttl")
    bad = tmp_path / "bad.ttl"
    bad.write_text("this is not turtle")
    with pytest.raises(GraphFileError, match="not a valid turtle graph"):
        open_store(bad)


# ------------------------------------------------------------------ incremental builds


def test_store_build_is_incremental_and_idempotent(tmp_path, articles, fake):
    from graph.api import build_store
    from graph.store import open_store

    spec = tmp_path / "s.kg"
    report = build_store([str(p) for p in articles], spec)
    assert (report.added, report.replaced, report.unchanged) == ([str(articles[0]), str(articles[1])], [], [])
    first = quads(spec)
    fake.clear()
    report = build_store([str(p) for p in articles], spec)
    assert report.unchanged == [str(articles[0]), str(articles[1])] and fake == []   # nothing extracted
    assert quads(spec) == first
    with open_store(spec) as st:
        assert [a.name for a in st.articles()] == ["a.txt", "b.txt"]
        assert {q.graph_name.value for q in first} == {a.iri for a in st.articles()}


def test_store_changed_article_replaces_its_graph(tmp_path, articles, fake):
    from graph.api import build_store
    from graph.store import open_store

    spec = tmp_path / "s.kg"
    build_store([str(p) for p in articles], spec)
    with open_store(spec) as st:
        old = {a.name: a for a in st.articles()}
    articles[0].write_text(ARTICLE_A.replace("Jane Doe", "Janet Doe"), encoding="utf-8")
    report = build_store([str(p) for p in articles], spec)
    assert report.replaced == [str(articles[0])] and report.unchanged == [str(articles[1])]
    with open_store(spec) as st:
        now = {a.name: a for a in st.articles()}
        assert now["a.txt"].iri != old["a.txt"].iri and now["b.txt"] == old["b.txt"]
        assert not st.has_article(old["a.txt"].content_hash)
        names = {r["founder"] for r in _rows(st, "founders")}
    assert names == {"Janet Doe", "John Roe"}


def test_store_entities_stay_merged_across_articles(tmp_path, articles, fake):
    from graph.api import build_store
    from graph.store import open_store

    spec = tmp_path / "s.kg"
    build_store([str(p) for p in articles], spec)
    with open_store(spec) as st:
        rows = {r["label"]: r for r in _rows(st, "entities")}
    assert rows["Fund One"]["articles"] == "2"          # one IRI, named by both articles
    assert rows["Fund One"]["entity"] == "https://w3id.org/kgnews/id/fund-one"


def test_store_same_triples_as_a_file_build(tmp_path, articles, fake):
    import pyoxigraph as ox

    from graph.api import build_graph, build_store, save_graph

    spec = tmp_path / "s.kg"
    build_store([str(p) for p in articles], spec)
    save_graph(build_graph([str(p) for p in articles]), tmp_path / "f.nq")
    assert set(ox.parse(path=str(tmp_path / "f.nq"))) == quads(spec)


def test_store_remove_and_find_article(tmp_path, articles, fake):
    from graph.api import build_store
    from graph.store import find_article, open_store

    spec = tmp_path / "s.kg"
    build_store([str(p) for p in articles], spec)
    with open_store(spec, write=True) as st:
        a = find_article(st, "a.txt")
        assert find_article(st, a.iri) == a == find_article(st, a.key) == find_article(st, a.content_hash[:10])
        assert find_article(st, str(articles[0])) == a            # by the article file itself
        with pytest.raises(StoreError, match="no article 'zzz'"):
            find_article(st, "zzz")
        st.remove(a.iri)
        assert [x.name for x in st.articles()] == ["b.txt"]
        with pytest.raises(StoreError, match="no article"):
            st.remove(a.iri)
    assert {q.graph_name.value for q in quads(spec)} == {find_article(open_store(spec), "b.txt").iri}


# ------------------------------------------------------------------ files and dumps


def test_store_file_turtle_goes_into_its_article_graph(tmp_path, articles, fake):
    from graph.api import build_graph, save_graph
    from graph.store import open_store

    save_graph(build_graph([str(articles[0])]), tmp_path / "a.ttl")
    with open_store(tmp_path / "a.ttl") as st:
        art = st.articles()[0]
        graphs = {q.graph_name.value for q in st._ox.quads_for_pattern(None, None, None, None)}
        assert graphs == {art.iri}                  # GRAPH ?article { ... } queries work on files too
        assert [r["founder"] for r in _rows(st, "founders")] == ["Jane Doe"]


def test_store_file_put_article(tmp_path, articles, fake):
    from graph.api import build_graph, build_store, save_graph

    save_graph(build_graph([str(articles[0])]), tmp_path / "g.trig")
    report = build_store([str(p) for p in articles], tmp_path / "g.trig")
    assert report.added == [str(articles[1])] and report.unchanged == [str(articles[0])]
    assert len({q.graph_name for q in quads(tmp_path / "g.trig")}) == 2
    # Turtle keeps no article boundaries: adding works, replacing is refused
    save_graph(build_graph([str(articles[0])]), tmp_path / "g.ttl")
    articles[0].write_text(ARTICLE_A + "Acme AI|partner|Beta Corp|asserted\n", encoding="utf-8")
    with pytest.raises(StoreError, match="keeps no article boundaries"):
        build_store([str(articles[0])], tmp_path / "g.ttl")


@pytest.mark.parametrize("ext", ["ttl", "nt", "trig", "nq", "jsonld", "xml"])
def test_store_dump_round_trips(tmp_path, articles, fake, ext):
    from rdflib import Dataset
    from rdflib.compare import isomorphic

    from graph.api import build_graph, build_store, load_graph, union_graph

    spec = tmp_path / "s.kg"
    build_store([str(p) for p in articles], spec)
    from graph.store import open_store

    with open_store(spec) as st:
        st.dump(tmp_path / f"all.{ext}")
    expected = build_graph([str(p) for p in articles])
    got = load_graph(tmp_path / f"all.{ext}")
    assert isomorphic(union_graph(got), union_graph(expected))
    if ext in ("trig", "nq"):
        assert len([g for g in got.graphs() if len(g)]) == 2        # one named graph per article
    assert isinstance(got, Dataset)


def test_store_dump_nt_is_sorted_and_deterministic(tmp_path, articles, fake):
    from graph.api import build_store
    from graph.store import open_store

    build_store([str(p) for p in articles], tmp_path / "s1.kg")
    build_store([str(p) for p in reversed(articles)], tmp_path / "s2.kg")
    for name in ("s1", "s2"):
        with open_store(tmp_path / f"{name}.kg") as st:
            st.dump(tmp_path / f"{name}.nt")
            st.dump(tmp_path / f"{name}.ttl")
    lines = (tmp_path / "s1.nt").read_bytes().splitlines()
    assert lines == sorted(set(lines))
    assert (tmp_path / "s1.nt").read_bytes() == (tmp_path / "s2.nt").read_bytes()
    assert (tmp_path / "s1.ttl").read_bytes() == (tmp_path / "s2.ttl").read_bytes()


def test_store_dataset_feeds_the_rdflib_readers(tmp_path, articles, fake):
    from graph.api import build_graph, build_store
    from graph.rdf import entity_rows, fact_rows
    from graph.store import open_store

    build_store([str(p) for p in articles], tmp_path / "s.kg")
    with open_store(tmp_path / "s.kg") as st:
        ds = st.dataset()
    ref = build_graph([str(p) for p in articles])
    assert list(fact_rows(ds)) == list(fact_rows(ref))
    assert list(entity_rows(ds)) == list(entity_rows(ref))


def test_store_memory_store_from_rdflib(articles, fake):
    from graph.api import build_graph
    from graph.store.query import run_query

    ds = build_graph([str(p) for p in articles])
    res = run_query(ds, "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?a a <%sArticle> } }" % KG_NS)
    assert res.rows() == [{"n": "2"}]


def test_store_iri_injection_is_refused(tmp_path):
    from graph.store import open_store

    with open_store(tmp_path / "s.kg", create=True) as st:
        with pytest.raises(UsageError, match="not a valid IRI"):
            st.put_article("http://x> } ; DROP ALL ; INSERT DATA { <a", "h", [])


# ------------------------------------------------------------------ CLI


def test_store_cli_build_query_export_remove(tmp_path, articles):
    spec = tmp_path / "c.kg"
    r = kg_fake("build", *articles, "--store", spec, check=True)
    assert r.stdout == b"" and b"2 added, 0 replaced, 0 unchanged" in r.stderr
    r = kg_fake("build", *articles, "--store", spec, check=True)
    assert b"0 added, 0 replaced, 2 unchanged" in r.stderr
    r = kg_fake("query", "--store", spec, "--name", "investors", "-f", "csv", check=True)
    assert r.stdout.decode().splitlines()[0] == "investor,organisation,status,confidence,evidence,article"
    assert len(r.stdout.decode().splitlines()) == 3        # Fund One -> Acme (reported), -> Beta; not the question
    for ext in ("ttl", "trig", "nq"):
        kg_fake("export", "--store", spec, "-o", tmp_path / f"all.{ext}", check=True)
        assert (tmp_path / f"all.{ext}").stat().st_size > 0
    r = kg_fake("facts", "--store", spec, "-f", "jsonl", check=True)
    assert len(r.stdout.splitlines()) == 9
    kg_fake("remove", "a.txt", "--store", spec, check=True)
    r = kg_fake("query", "--store", spec, "-n", "articles", "-f", "csv", check=True)
    assert [line.split(",")[1] for line in r.stdout.decode().splitlines()[1:]] == ["b.txt"]
    r = kg_fake("remove", "a.txt", "--store", spec)
    assert r.returncode == 1 and r.stderr.decode().startswith("kg: error: no article 'a.txt'")
    assert r.stderr.count(b"\n") == 1


def test_store_cli_build_store_and_output_conflict(tmp_path, articles):
    r = kg_fake("build", articles[0], "--store", tmp_path / "s.kg", "-o", tmp_path / "x.ttl")
    assert r.returncode == 2 and b"either -o FILE or --store" in r.stderr
    r = kg_fake("facts", tmp_path / "x.ttl", "--store", tmp_path / "s.kg")
    assert r.returncode == 2 and b"not both" in r.stderr


def test_store_cli_real_pipeline_matches_file_build(tmp_path, example_path):
    """The real extractor, once: a store build holds exactly the quads of a file build."""
    import pyoxigraph as ox

    kg = [sys.executable, "-m", "graph"]
    subprocess.run([*kg, "build", str(example_path), "--store", str(tmp_path / "s.kg")], check=True, capture_output=True)
    subprocess.run([*kg, "build", str(example_path), "-o", str(tmp_path / "f.nq")], check=True, capture_output=True)
    assert quads(tmp_path / "s.kg") == set(ox.parse(path=str(tmp_path / "f.nq")))


def _rows(store, name):
    from graph.store.query import named_query, run_query

    return run_query(store, named_query(name).text).rows()


def test_store_remote_credentials_stay_out_of_messages(monkeypatch):
    from graph.store import RemoteStore

    store = RemoteStore("http://bob:s%40cret@127.0.0.1:9/ds", check=False)
    assert store.spec == "http://127.0.0.1:9/ds" and store._auth == "Basic Ym9iOnNAY3JldA=="
    with pytest.raises(StoreError) as info:
        store.ping()
    assert "s@cret" not in str(info.value) and "cannot reach the SPARQL server" in str(info.value)
    monkeypatch.setenv("KG_SPARQL_USER", "alice")
    monkeypatch.setenv("KG_SPARQL_PASSWORD", "pw")
    assert RemoteStore("http://127.0.0.1:9/", check=False)._auth == "Basic YWxpY2U6cHc="
