"""graph.store.query and `kg query`: named queries, parameters, result formats, errors, updates."""
from __future__ import annotations

import csv
import io
import json
import subprocess
import sys

import pytest

from graph.errors import QueryError, UsageError

from test_store import ARTICLE_A, ARTICLE_B, fake_extract, write_articles

KG = [sys.executable, "-m", "graph"]
REQUIRED = {"founders", "investors", "competitors", "valuations", "people", "evidence", "funding", "entities"}


def run(*args, stdin: bytes | None = None):
    return subprocess.run([*KG, *map(str, args)], input=stdin, capture_output=True)


@pytest.fixture(scope="module")
def graphs(tmp_path_factory):
    """The two fake articles as a Turtle file and a TriG file."""
    import graph.pipeline
    from graph.api import build_graph, save_graph

    tmp = tmp_path_factory.mktemp("q")
    paths = write_articles(tmp / "in", {"a.txt": ARTICLE_A, "b.txt": ARTICLE_B})
    real = graph.pipeline.extract
    graph.pipeline.extract = fake_extract
    try:
        ds = build_graph([str(p) for p in paths])
    finally:
        graph.pipeline.extract = real
    save_graph(ds, tmp / "g.ttl")
    save_graph(ds, tmp / "g.trig")
    return tmp


def _rows(spec, name, **params):
    from graph.store.query import bind_params, named_query, run_query

    return run_query(spec, bind_params(named_query(name).text, params)).rows()


# ------------------------------------------------------------------ named queries


def test_query_named_queries_have_descriptions():
    from graph.store.query import named_queries

    queries = named_queries()
    assert REQUIRED | {"articles"} <= set(queries)
    for q in queries.values():
        assert q.text.startswith("# ") and q.description and len(q.description) < 120, q.name


@pytest.mark.parametrize("name", sorted(REQUIRED | {"articles"}))
@pytest.mark.parametrize("ext", ["ttl", "trig"])
def test_query_every_named_query_runs(graphs, name, ext):
    from graph.store.query import named_query, run_query

    res = run_query(str(graphs / f"g.{ext}"), named_query(name).text)
    assert res.form == "select" and len(res) > 0, name


def test_query_investors_only_asserting_statuses(graphs):
    rows = _rows(str(graphs / "g.ttl"), "investors")
    assert [(r["investor"], r["organisation"], r["status"]) for r in rows] == [
        ("Fund One", "Acme AI", "reported"), ("Fund One", "Beta Corp", "asserted")]   # the question is left out
    assert set(rows[0]) == {"investor", "organisation", "status", "confidence", "evidence", "article"}
    assert rows[0]["evidence"] == "F:Fund One|investedIn|Acme AI|reported" and rows[0]["confidence"] == "0.9"


def test_query_evidence_lists_every_status(graphs):
    rows = _rows(str(graphs / "g.trig"), "evidence")
    assert len(rows) == 9 and "questioned" in {r["status"] for r in rows}
    assert all(r["evidence"] for r in rows)


def test_query_funding_and_valuations(graphs):
    (fund,) = _rows(str(graphs / "g.ttl"), "funding")
    assert (fund["organisation"], fund["amount"], fund["currency"], fund["round"]) == ("Acme AI", "5000000", "EUR", "seed")
    (val,) = _rows(str(graphs / "g.ttl"), "valuations")
    assert (val["organisation"], val["amount"], val["currency"], val["status"]) == ("Beta Corp", "90000000", "USD", "reported")


def test_query_people_and_entities(graphs):
    people = {(r["person"], r["role"], r["organisation"]) for r in _rows(str(graphs / "g.ttl"), "people")}
    assert people == {("Jane Doe", "founder", "Acme AI"), ("John Roe", "founder", "Beta Corp")}
    ents = {r["label"]: r for r in _rows(str(graphs / "g.trig"), "entities")}
    assert ents["Fund One"]["articles"] == "2" and ents["Jane Doe"]["types"] == "Person"


def test_query_params(graphs):
    rows = _rows(str(graphs / "g.ttl"), "investors", organisation="Beta Corp")
    assert [(r["investor"], r["organisation"]) for r in rows] == [("Fund One", "Beta Corp")]
    rows = _rows(str(graphs / "g.trig"), "evidence", article=_rows(str(graphs / "g.trig"), "articles")[0]["article"].join("<>"))
    assert len(rows) in (3, 6)


@pytest.mark.parametrize("params,message", [
    ({"nope": "x"}, "has no variable ?nope"),
    ({"status": "asserted"}, "computed in the query"),
])
def test_query_bad_params(params, message):
    from graph.store.query import bind_params, named_query

    with pytest.raises(QueryError, match=message.replace("?", r"\?")):
        bind_params(named_query("investors").text, params)


@pytest.mark.parametrize("value,term", [
    ("Acme AI", '"Acme AI"'), ('say "hi"', '"say \\"hi\\""'), ("<http://x/y>", "<http://x/y>"),
    ("id:acme-ai", "<https://w3id.org/kgnews/id/acme-ai>"), ("0.9", "0.9"),
])
def test_query_param_terms(value, term):
    from graph.store.query import _param_term

    assert _param_term(value) == term


# ------------------------------------------------------------------ results and formats


def test_query_formats(graphs):
    from graph.store.query import named_query, run_query

    res = run_query(str(graphs / "g.ttl"), named_query("founders").text)
    out = {}
    for fmt in ("table", "csv", "tsv", "json"):
        buf = io.BytesIO()
        res.write(buf, fmt)
        out[fmt] = buf.getvalue().decode("utf-8")
    assert out["table"].splitlines()[0].split() == ["organisation", "founder", "status", "confidence", "evidence", "article"]
    assert "art:" in out["table"]                                        # IRIs compacted for reading
    rows = list(csv.DictReader(io.StringIO(out["csv"])))
    assert rows[0]["founder"] == "Jane Doe" and rows[0]["article"].startswith("https://w3id.org/kgnews/article/")
    assert out["csv"].endswith("\r\n")                                    # W3C SPARQL CSV
    assert out["tsv"].splitlines()[0].startswith("?organisation\t?founder")
    assert "\t0.9\t" in out["tsv"]                                       # Turtle's short form, as Oxigraph writes it
    data = json.loads(out["json"])
    assert data["head"]["vars"][:2] == ["organisation", "founder"]
    assert data["results"]["bindings"][0]["article"]["type"] == "uri"
    assert data["results"]["bindings"][0]["confidence"]["datatype"].endswith("#decimal")


def test_query_ask_and_construct(graphs):
    from rdflib import Graph

    from graph.store.query import run_query

    ask = run_query(str(graphs / "g.ttl"), "ASK { ?s a <https://w3id.org/kgnews/ontology#Person> }")
    buf = io.BytesIO()
    ask.write(buf, "json")
    assert json.loads(buf.getvalue()) == {"head": {}, "boolean": True}
    con = run_query(str(graphs / "g.ttl"), "PREFIX kg: <https://w3id.org/kgnews/ontology#> "
                                           "CONSTRUCT { ?o kg:founder ?p } WHERE { ?o kg:founder ?p }")
    assert con.form == "construct" and len(con) == 2
    for fmt, rdflib_fmt in (("table", "turtle"), ("nt", "nt"), ("json", "json-ld"), ("xml", "xml")):
        buf = io.BytesIO()
        con.write(buf, fmt)
        assert len(Graph().parse(data=buf.getvalue(), format=rdflib_fmt)) == 2
    desc = run_query(str(graphs / "g.ttl"), "DESCRIBE <https://w3id.org/kgnews/id/jane-doe>")
    assert desc.form == "describe" and len(desc) > 0
    with pytest.raises(UsageError, match="for CONSTRUCT and DESCRIBE"):
        ask.write(io.BytesIO(), "turtle")


def test_query_union_default_graph(graphs):
    from graph.store.query import run_query

    res = run_query(str(graphs / "g.trig"), "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a <https://w3id.org/kgnews/ontology#Article> }")
    assert res.rows() == [{"n": "2"}]


# ------------------------------------------------------------------ errors and updates


@pytest.mark.parametrize("sparql,message", [
    ("SELEC ?s WHERE { ?s ?p ?o }", "invalid SPARQL query"),
    ("SELECT ?s WHERE { ?s ?p ?o ", "invalid SPARQL query"),
    ("   ", "empty"),
    ("INSERT DATA { <http://a> <http://b> <http://c> }", "refuses updates unless --allow-update"),
    ("PREFIX x: <http://x/>\nDELETE WHERE { ?s ?p ?o }", "refuses updates unless --allow-update"),
])
def test_query_errors(graphs, sparql, message):
    from graph.store.query import run_query

    with pytest.raises(QueryError, match=message):
        run_query(str(graphs / "g.ttl"), sparql)


def test_query_unknown_name_lists_the_others():
    from graph.store.query import named_query

    with pytest.raises(QueryError, match="no named query 'nope'; available: articles, competitors"):
        named_query("nope")


def test_query_update_with_allow_update(graphs, tmp_path):
    import shutil

    from graph.store.query import run_query

    g = tmp_path / "g.trig"
    shutil.copy(graphs / "g.trig", g)
    before = g.read_bytes()
    with pytest.raises(QueryError):
        run_query(str(g), "DELETE WHERE { GRAPH ?g { ?s a <https://w3id.org/kgnews/ontology#Person> } }")
    assert g.read_bytes() == before
    res = run_query(str(g), "DELETE WHERE { GRAPH ?g { ?s a <https://w3id.org/kgnews/ontology#Person> } }",
                    allow_update=True)
    assert res.form == "update"
    left = run_query(str(g), "ASK { ?s a <https://w3id.org/kgnews/ontology#Person> }")
    assert left.boolean is False


# ------------------------------------------------------------------ CLI


def _one_line_error(r, code: int) -> str:
    err = r.stderr.decode()
    assert r.returncode == code, (r.returncode, err)
    assert err.count("\n") == 1 and err.startswith("kg: error: ") and "Traceback" not in err, err
    return err


def test_query_cli_named(graphs):
    r = run("query", graphs / "g.ttl", "--name", "investors")
    assert r.returncode == 0, r.stderr
    lines = r.stdout.decode().splitlines()
    assert lines[0].split()[:3] == ["investor", "organisation", "status"] and len(lines) == 4


def test_query_cli_list():
    r = run("query", "--list")
    assert r.returncode == 0
    names = [line.split()[0] for line in r.stdout.decode().splitlines()]
    assert REQUIRED <= set(names)


def test_query_cli_file_stdin_and_output(graphs, tmp_path):
    q = tmp_path / "q.rq"
    q.write_text("SELECT (COUNT(*) AS ?n) WHERE { ?s a <https://w3id.org/kgnews/ontology#Statement> }")
    r = run("query", graphs / "g.ttl", "--file", q, "-f", "csv")
    assert r.stdout == b"n\r\n9\r\n"
    r = run("query", "-", "--file", q, "-f", "json", "-o", tmp_path / "out.json", stdin=(graphs / "g.ttl").read_bytes())
    assert r.returncode == 0 and r.stdout == b""
    assert json.loads((tmp_path / "out.json").read_text())["results"]["bindings"][0]["n"]["value"] == "9"
    r = run("query", graphs / "g.ttl", "-n", "investors", "-p", "organisation=Beta Corp", "-f", "tsv")
    assert len(r.stdout.splitlines()) == 2


@pytest.mark.parametrize("args,code,needle", [
    (["--name", "nope"], 2, "available: articles"),
    (["SELECT ?s WHERE { ?s ?p }"], 2, "invalid SPARQL query"),
    (["INSERT DATA { <http://a> <http://b> <http://c> }"], 2, "--allow-update"),
    (["--name", "investors", "-f", "yaml"], 2, "'yaml' is not one of"),
    (["--name", "investors", "SELECT * WHERE {}"], 2, "exactly one of"),
    (["--name", "investors", "-p", "nope"], 2, "VAR=VALUE"),
])
def test_query_cli_errors(graphs, args, code, needle):
    r = run("query", graphs / "g.ttl", *args)
    assert needle in _one_line_error(r, code)


def test_query_cli_missing_graph(tmp_path):
    r = run("query", tmp_path / "none.ttl", "--name", "investors")
    assert "no such graph file" in _one_line_error(r, 2)


# ------------------------------------------------------------------ pages (--limit, --offset)

def _all_and_pages(spec, name: str, size: int):
    from graph.store.query import named_query, page, run_query

    text = named_query(name).text
    full = run_query(spec, text).solutions
    pages, offset = [], 0
    while True:
        got = run_query(spec, page(text, size, offset)).solutions
        pages.append(got)
        if len(got) < size:
            return full, pages
        offset += size


@pytest.mark.parametrize("name", sorted(REQUIRED | {"articles"}))
def test_query_pages_partition_the_result(graphs, name):
    """Pages of any named query, one after the other, hold every row exactly once, each page sorted."""
    full, pages = _all_and_pages(str(graphs / "g.trig"), name, 2)
    flat = [row for p in pages for row in p]
    assert sorted(map(str, flat)) == sorted(map(str, full))
    assert len(flat) == len(full) > 0
    index = {str(row): i for i, row in enumerate(full)}
    for p in pages:
        positions = [index[str(row)] for row in p]
        assert positions == sorted(positions), name  # a page keeps the query's ORDER BY


def test_query_page_shapes():
    from graph.store.query import named_query, page

    art = named_query("articles").text
    paged = page(art, 5, 10)
    assert "LIMIT 5 OFFSET 10" in paged and "kg:page" not in paged
    assert paged.rstrip().endswith("ORDER BY ?name ?article")  # the page goes in the marked sub-select
    inv = page(named_query("investors").text, 7)
    assert inv.rstrip().splitlines()[-1].startswith("ORDER BY ?organisation")
    assert "LIMIT 7\n" in inv and "OFFSET" not in inv
    assert page(art, 0) == art
    # an ORDER BY key that is not returned: the whole result is sorted, then cut
    q = "SELECT ?s WHERE { ?s ?p ?o } ORDER BY ?o"
    assert page(q, 3, 1) == q + "\nLIMIT 3 OFFSET 1\n"
    assert page("SELECT ?s WHERE { ?s ?p ?o }", 3) == "SELECT ?s WHERE { ?s ?p ?o }\nLIMIT 3\n"


@pytest.mark.parametrize("sparql,limit,offset,message", [
    ("SELECT ?s WHERE { ?s ?p ?o }", -1, 0, "0 or more"),
    ("SELECT ?s WHERE { ?s ?p ?o }", 1, -5, "0 or more"),
    ("ASK { ?s ?p ?o }", 1, 0, "for SELECT queries"),
    ("SELECT ?s WHERE { ?s ?p ?o } LIMIT 4", 1, 0, "its own LIMIT"),
])
def test_query_page_errors(sparql, limit, offset, message):
    from graph.store.query import page

    with pytest.raises(UsageError, match=message):
        page(sparql, limit, offset)


def test_query_cli_limit_offset(graphs):
    r = run("query", graphs / "g.ttl", "-n", "evidence", "--limit", "2", "-f", "csv")
    assert r.returncode == 0 and len(r.stdout.splitlines()) == 3
    assert "--offset 2 for the next page" in r.stderr.decode()
    r2 = run("query", graphs / "g.ttl", "-n", "evidence", "--limit", "2", "--offset", "2", "-f", "csv")
    assert r2.stdout.splitlines()[1:] != r.stdout.splitlines()[1:]
    r = run("query", graphs / "g.ttl", "-n", "evidence", "--limit", "0", "-f", "csv")
    assert r.returncode == 0 and len(r.stdout.splitlines()) == 10 and r.stderr == b""
    r = run("query", graphs / "g.ttl", "-n", "evidence", "-f", "csv")  # 9 rows: under one default page
    assert len(r.stdout.splitlines()) == 10 and r.stderr == b""
    r = run("query", graphs / "g.ttl", "-n", "evidence", "--limit", "-3")
    _one_line_error(r, 2)


# ------------------------------------------------------------------ parameters name entities, not labels


@pytest.fixture(scope="module")
def mistral_store(tmp_path_factory):
    """Two articles (real extraction) that name one knowledge-base entity differently: "Mistral AI" and "Mistral"."""
    from graph.api import build_store

    tmp = tmp_path_factory.mktemp("mistral")
    paths = write_articles(tmp / "in", {
        "a.txt": "Mistral AI raises new funds\n\nParis-based Mistral AI was co-founded in 2023 by Arthur Mensch, its CEO.\n",
        "b.txt": "Mistral hires in Paris\n\nMistral was co-founded by Guillaume Lample and Timothee Lacroix, two former "
                 "Meta researchers.\n"})
    store = tmp / "s.kg"
    report = build_store([str(p) for p in paths], store, lang="en")
    assert len(report.added) == 2
    return store


def merged_extract(article, **kw):
    """fake_extract, with "Mistral" and "Mistral AI" one entity (``id:mistral-ai``), as the knowledge base makes them."""
    import dataclasses

    ex = fake_extract(article, **kw)
    rename = {"mistral": "mistral-ai"}
    ex.entities = {rename.get(k, k): dataclasses.replace(e, key=rename.get(k, k)) for k, e in ex.entities.items()}
    ex.mentions = {rename.get(k, k) for k in ex.mentions}
    ex.facts = [dataclasses.replace(f, subject=rename.get(f.subject, f.subject),
                                    object=rename.get(f.object, f.object) if isinstance(f.object, str) else f.object)
                for f in ex.facts]
    return ex


@pytest.fixture(scope="module")
def merged_store(tmp_path_factory):
    """Two articles naming one entity "Mistral AI" and "Mistral", without depending on the extractor."""
    from graph.corpus import StoreSink, build
    from graph.store import open_store

    tmp = tmp_path_factory.mktemp("merged")
    paths = write_articles(tmp / "in", {
        "a.txt": "Mistral AI news\nMistral AI|founder|P:Arthur Mensch|asserted\nF:Fund One|investedIn|Mistral AI|asserted\n",
        "b.txt": "Mistral news\nMistral|founder|P:Guillaume Lample|asserted\nMistral|founder|P:Timothee Lacroix|asserted\n"})
    with open_store(tmp / "s.kg", create=True, write=True) as st:
        build([str(p) for p in paths], StoreSink(st), extract=merged_extract, jobs=1)
    return tmp / "s.kg"


@pytest.mark.parametrize("value", ["Mistral AI", "Mistral", "id:mistral-ai",
                                   "<https://w3id.org/kgnews/id/mistral-ai>"])
@pytest.mark.parametrize("which", ["merged_store", "mistral_store"])
def test_query_param_matches_the_entity_by_any_label_across_articles(request, which, value):
    from graph.store import open_store

    with open_store(request.getfixturevalue(which)) as st:
        rows = _rows(st, "founders", organisation=value)
        assert _rows(st, "founders", organisation="Mistral Ventures") == []
    if which == "merged_store":
        assert sorted(r["founder"] for r in rows) == ["Arthur Mensch", "Guillaume Lample", "Timothee Lacroix"]
    else:   # the real extractor labels a known organisation as each article spells it (its knowledge-base
        #     name stays the skos:prefLabel), one entity whatever the spelling
        assert sorted(r["founder"] for r in rows) == ["Arthur Mensch", "Guillaume Lample", "Timothée Lacroix"]
    assert {r["organisation"] for r in rows} == {"Mistral AI", "Mistral"}  # each article's own label is shown


def test_query_param_two_spellings_same_rows_from_the_cli(mistral_store):
    outs = [run("query", "--store", mistral_store, "-n", "founders", "-f", "csv", "-p", f"organisation={v}")
            for v in ("Mistral AI", "Mistral")]
    assert all(r.returncode == 0 for r in outs), [r.stderr for r in outs]
    assert outs[0].stdout == outs[1].stdout and outs[0].stdout.count(b"\n") == 4
    none = run("query", "--store", mistral_store, "-n", "founders", "-f", "csv", "-p", "organisation=Nobody")
    assert none.returncode == 0 and none.stdout.count(b"\n") == 1                  # the header only
