"""graph.rdf.validate and `kg validate`: kg's SHACL shapes accept kg's graphs and catch broken ones."""
from __future__ import annotations

import subprocess
import sys

import pytest
from rdflib import RDF, RDFS, XSD, Literal, URIRef

from test_store import ARTICLE_A, ARTICLE_B, fake_extract, kg_fake, write_articles

KG = "https://w3id.org/kgnews/ontology#"
K = lambda local: URIRef(KG + local)  # noqa: E731
ID = lambda local: URIRef("https://w3id.org/kgnews/id/" + local)  # noqa: E731


@pytest.fixture
def dataset(tmp_path):
    """The two fake articles, one named graph each."""
    from graph.model import Article
    from graph.rdf import add_extraction, new_dataset

    ds = new_dataset()
    for name, text in (("a.txt", ARTICLE_A), ("b.txt", ARTICLE_B)):
        add_extraction(ds, fake_extract(Article(text, name)))
    return ds


def _graph_of(ds, name: str):
    for g in ds.graphs():
        if (None, K("fileName"), Literal(name)) in g:
            return g
    raise LookupError(name)


def _statement(g, relation: str):
    return next(st for st in g.subjects(RDF.type, K("Statement")) if (st, RDF.predicate, K(relation)) in g)


def test_validate_kg_graphs_conform(dataset):
    from graph.rdf.validate import validate

    assert validate(dataset) == (True, "")


def test_validate_entities_may_differ_across_articles(dataset):
    """Each article is checked on its own: another article may label an entity differently."""
    from graph.rdf.validate import validate

    g = _graph_of(dataset, "b.txt")
    g.remove((ID("fund-one"), RDFS.label, None))
    g.add((ID("fund-one"), RDFS.label, Literal("Fund One Capital")))
    assert validate(dataset)[0] is True


def _break_confidence(g):
    st = _statement(g, "founder")
    g.set((st, K("confidence"), Literal("1.5", datatype=XSD.decimal)))


def _break_status(g):
    g.add((_statement(g, "founder"), K("status"), K("Negated")))


def _break_status_value(g):
    g.set((_statement(g, "founder"), K("status"), K("Rumoured")))


def _break_offsets(g):
    st = _statement(g, "founder")
    g.set((st, K("start"), Literal(50, datatype=XSD.integer)))
    g.set((st, K("end"), Literal(10, datatype=XSD.integer)))


def _break_subject(g):
    g.add((_statement(g, "founder"), RDF.subject, ID("someone-else")))


def _break_evidence(g):
    g.remove((_statement(g, "founder"), K("evidence"), None))


def _break_article(g):
    g.remove((_statement(g, "founder"), K("article"), None))


def _break_currency(g):
    amount = next(g.subjects(RDF.type, K("MonetaryAmount")))
    g.set((amount, K("currency"), Literal("euros")))


def _break_amount(g):
    amount = next(g.subjects(RDF.type, K("MonetaryAmount")))
    g.set((amount, K("amountValue"), Literal("five million")))


def _break_year(g):
    g.set((ID("acme-ai"), K("foundingYear"), Literal("2021")))


def _break_year_statement(g):
    g.set((_statement(g, "foundingYear"), RDF.object, Literal(2021)))


def _break_label(g):
    g.add((ID("jane-doe"), RDFS.label, Literal("J. Doe")))


def _break_class(g):
    g.remove((ID("jane-doe"), RDF.type, None))


def _break_hash(g):
    art = next(g.subjects(RDF.type, K("Article")))
    g.remove((art, K("contentHash"), None))


@pytest.mark.parametrize("breaker,needle", [
    (_break_confidence, "confidence"), (_break_status, "kg:status"), (_break_status_value, "kg:status"),
    (_break_offsets, "kg:start"), (_break_subject, "rdf:subject"), (_break_evidence, "evidence"),
    (_break_article, "kg:article"), (_break_currency, "ISO 4217"), (_break_amount, "amountValue"),
    (_break_year, "gYear"), (_break_year_statement, "gYear"), (_break_label, "rdfs:label"),
    (_break_class, "kg class"), (_break_hash, "contentHash"),
])
def test_validate_catches(dataset, breaker, needle):
    from graph.rdf.validate import validate

    breaker(_graph_of(dataset, "a.txt"))
    conforms, report = validate(dataset)
    assert conforms is False
    assert needle in report
    assert "Graph <https://w3id.org/kgnews/article/" in report       # says which article


def test_validate_plain_graph(dataset):
    from graph.api import union_graph
    from graph.rdf.validate import validate

    g = union_graph(_graph_of(dataset, "a.txt"))
    assert validate(g) == (True, "")


# ------------------------------------------------------------------ CLI exit codes: 0, 1, 2


def test_validate_cli_exit_codes(tmp_path, dataset):
    from graph.api import save_graph

    kg = [sys.executable, "-m", "graph"]
    good = tmp_path / "good.trig"
    save_graph(dataset, good)
    r = subprocess.run([*kg, "validate", str(good)], capture_output=True)
    assert r.returncode == 0 and b"conforms" in r.stderr and r.stdout == b""
    _break_currency(_graph_of(dataset, "a.txt"))
    bad = tmp_path / "bad.trig"
    save_graph(dataset, bad)
    r = subprocess.run([*kg, "validate", str(bad)], capture_output=True)
    assert r.returncode == 1 and b"ISO 4217" in r.stdout
    r = subprocess.run([*kg, "validate", str(tmp_path / "missing.ttl")], capture_output=True)
    assert r.returncode == 2 and r.stderr.startswith(b"kg: error: ")
    r = subprocess.run([*kg, "validate", "--store", str(tmp_path / "no-store.kg")], capture_output=True)
    assert r.returncode == 2 and b"no kg store here" in r.stderr


def test_validate_cli_store(tmp_path):
    paths = write_articles(tmp_path / "in", {"a.txt": ARTICLE_A, "b.txt": ARTICLE_B})
    kg_fake("build", *paths, "--store", tmp_path / "s.kg", check=True)
    r = kg_fake("validate", "--store", tmp_path / "s.kg")
    assert r.returncode == 0, r.stdout.decode() + r.stderr.decode()
