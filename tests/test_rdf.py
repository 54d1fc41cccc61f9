"""The RDF itself: parsers other than rdflib accept it, statements carry full provenance."""
from __future__ import annotations

import shutil
import subprocess

import pytest

from graph.api import build_graph, serialize
from graph.formats import RdfFormat
from graph.rdf.namespace import KG


@pytest.fixture(scope="module")
def example_ds(example_path):
    return build_graph([str(example_path)])


def test_rdf_turtle_parses_with_pyoxigraph(example_ds):
    import pyoxigraph

    data = serialize(example_ds, RdfFormat.turtle)
    store = pyoxigraph.Store()
    store.load(data, format=pyoxigraph.RdfFormat.TURTLE)
    assert len(store) > 100


def test_rdf_turtle_parses_with_rapper(example_ds, tmp_path):
    if shutil.which("rapper") is None:
        pytest.skip("rapper (Debian raptor2-utils) is not installed; `make test` installs it")
    path = tmp_path / "g.ttl"
    path.write_bytes(serialize(example_ds, RdfFormat.turtle))
    r = subprocess.run(["rapper", "-i", "turtle", "-c", str(path)], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr


def test_rdf_trig_keeps_one_named_graph_per_article(tmp_path, example_path):
    other = tmp_path / "b.en.txt"
    other.write_text("Lumora raised $10 million from Accel.\n", encoding="utf-8")
    ds = build_graph([str(example_path), str(other)])
    import rdflib

    parsed = rdflib.Dataset()
    parsed.parse(data=serialize(ds, RdfFormat.trig), format="trig")
    named = [g for g in parsed.graphs() if (g.identifier, rdflib.RDF.type, KG.Article) in g]
    assert len(named) == 2


def test_rdf_statements_have_full_provenance(example_ds):
    from rdflib import RDF

    from graph.rdf import as_graph

    g = as_graph(example_ds)
    statements = list(g.subjects(RDF.type, KG.Statement))
    assert statements
    for st in statements:
        for prop in (RDF.subject, RDF.predicate, RDF.object, KG.article, KG.evidence, KG.start, KG.end,
                     KG.confidence, KG.extractor, KG.extractorVersion, KG.status):
            assert g.value(st, prop) is not None, (st, prop)


def test_rdf_amounts_are_typed(tmp_path):
    from rdflib import XSD

    from graph.api import build_graph
    from graph.rdf import as_graph

    art = tmp_path / "a.en.txt"
    art.write_text("Lumora, founded in 2021 by Anna Schmidt, has raised $40 million from Accel.\n", encoding="utf-8")
    g = as_graph(build_graph([str(art)]))
    values = list(g.objects(None, KG.amountValue))
    assert values and all(v.datatype == XSD.decimal for v in values)
    assert set(map(str, g.objects(None, KG.currency))) == {"USD"}
    years = list(g.objects(None, KG.foundingYear))
    assert years and all(y.datatype == XSD.gYear for y in years)
