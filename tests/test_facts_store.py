"""`kg facts` and `kg entities` read stores through SPARQL (graph.rdf.fact_rows_from_store,
entity_rows_from_store) and give exactly the rows and bytes of the former rdflib readers.

The reference is a frozen copy of the rdflib readers as they were before the store path
existed (``_old_fact_rows``, ``_old_entity_rows`` below), run on the graph as rdflib loads it.
"""
from __future__ import annotations

import io
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from rdflib import OWL, RDF, RDFS, SKOS, XSD, Literal, URIRef

from graph.rdf.namespace import ENTITY, KG, ONTOLOGY_IRI
from graph.rdf.ontology import depth, superclasses

KG_CMD = [sys.executable, "-m", "graph"]

# ------------------------------------------------------------------ the former readers, frozen


def _old_labels(g) -> dict:
    out: dict = {}
    for s, o in g.subject_objects(RDFS.label):
        out.setdefault(s, set()).add(str(o))
    labels = {}
    for s, v in out.items():
        if len(v) > 1:
            pref = g.value(s, SKOS.prefLabel)
            labels[s] = str(pref) if pref is not None else sorted(v)[0]
        else:
            labels[s] = next(iter(v))
    return labels


def _old_types(g) -> dict:
    out: dict = {}
    for s, o in g.subject_objects(RDF.type):
        if str(o).startswith(ONTOLOGY_IRI):
            out.setdefault(s, set()).add(str(o)[len(ONTOLOGY_IRI):])
    return out


def _most_specific(types) -> str:
    types = sorted(types)
    return max(types, key=depth) if types else ""


def _old_fact_rows(g) -> list[dict]:
    from graph.rdf import as_graph

    g = as_graph(g)
    labels, types = _old_labels(g), _old_types(g)
    amounts = {s: (g.value(s, KG.amountValue), g.value(s, KG.currency)) for s in g.subjects(RDF.type, KG.MonetaryAmount)}
    names = {}
    for art in g.subjects(RDF.type, KG.Article):
        names[art] = str(g.value(art, KG.fileName) or art)
    rows = []
    for st in g.subjects(RDF.type, KG.Statement):
        s, p, o = g.value(st, RDF.subject), g.value(st, RDF.predicate), g.value(st, RDF.object)
        if s is None or p is None or o is None:
            continue
        status = g.value(st, KG.status)
        art = g.value(st, KG.article)
        unit = None
        if o in amounts:
            value, cur = amounts[o]
            obj, otype, unit = f"{Decimal(str(value)).normalize():f}", "MonetaryAmount", (str(cur) if cur else None)
        elif isinstance(o, Literal):
            obj, otype = str(o), (o.datatype.split("#")[-1] if o.datatype else "string")
        else:
            obj, otype = labels.get(o, str(o)), _most_specific(types.get(o, ()))
        conf = g.value(st, KG.confidence)
        rows.append({
            "subject": labels.get(s, str(s)),
            "subject_type": _most_specific(types.get(s, ())),
            "relation": str(p)[len(ONTOLOGY_IRI):] if str(p).startswith(ONTOLOGY_IRI) else str(p),
            "object": obj,
            "object_type": otype,
            "unit": unit,
            "status": str(status)[len(ONTOLOGY_IRI):].lower() if status else "asserted",
            "confidence": float(conf) if conf is not None else None,
            "evidence": str(g.value(st, KG.evidence) or ""),
            "start": int(g.value(st, KG.start) or 0),
            "end": int(g.value(st, KG.end) or 0),
            "article": names.get(art, str(art) if art else ""),
            "extractor": str(g.value(st, KG.extractor) or ""),
            "statement": str(st),
        })
    rows.sort(key=lambda r: (r["article"], r["start"], r["relation"], r["subject"], r["object"], r["statement"]))
    return rows


def _old_entity_rows(g) -> list[dict]:
    from graph.rdf import as_graph

    g = as_graph(g)
    labels, types = _old_labels(g), _old_types(g)
    rows = []
    for node, ts in types.items():
        if ts & {"Article", "Statement", "MonetaryAmount"} or not str(node).startswith(str(ENTITY)):
            continue
        specific = _most_specific(ts)
        chain = superclasses(specific)
        for t in sorted(ts, key=lambda t: (-depth(t), t)):
            for c in superclasses(t):
                if c not in chain:
                    chain.append(c)
        label = labels.get(node, str(node))
        aliases = sorted({str(a) for a in g.objects(node, KG.alias)} |
                         {str(a) for a in g.objects(node, RDFS.label)} - {label})
        rows.append({
            "label": label,
            "types": chain,
            "aliases": aliases,
            "same_as": sorted(str(x) for x in g.objects(node, OWL.sameAs)),
            "iri": str(node),
        })
    rows.sort(key=lambda r: (r["label"].casefold(), r["iri"]))
    return rows


# ------------------------------------------------------------------ helpers


def _stores(ds, tmp_path: Path) -> dict[str, Path]:
    """``ds`` written as a TriG file, a Turtle file and an embedded store folder."""
    from graph.api import save_graph
    from graph.formats import RdfFormat
    from graph.store import open_store

    trig, ttl, folder = tmp_path / "g.trig", tmp_path / "g.ttl", tmp_path / "g.kg"
    save_graph(ds, trig, RdfFormat.trig)
    save_graph(ds, ttl, RdfFormat.turtle)
    with open_store(folder, create=True) as st:
        for g in ds.graphs():
            if len(g):
                st.put_article(str(g.identifier), "", g)
    return {"trig": trig, "ttl": ttl, "store": folder}


def _expected_bytes(rows: list[dict], fmt: str, columns: list[str]) -> bytes:
    from graph.formats import TableFormat, write_rows

    buf = io.StringIO()
    write_rows(rows, TableFormat(fmt), buf, columns)
    return buf.getvalue().encode("utf-8")


def _check_rows(ds, tmp_path: Path) -> dict[str, Path]:
    """The store readers give the former rows on every kind of store; returns the stores."""
    from graph.api import load_graph
    from graph.rdf import entity_rows, fact_rows
    from graph.store import open_store
    from graph.store.tables import entity_rows_from_store, fact_rows_from_store

    paths = _stores(ds, tmp_path)
    ref = load_graph(paths["trig"])
    old_facts, old_entities = _old_fact_rows(ref), _old_entity_rows(ref)
    assert old_facts and old_entities
    assert list(fact_rows(ref)) == old_facts
    assert list(entity_rows(ref)) == old_entities
    assert list(fact_rows(ds)) == old_facts
    assert list(entity_rows(ds)) == old_entities
    for kind, path in paths.items():
        with open_store(path) as st:
            assert list(fact_rows_from_store(st)) == old_facts, kind
            assert list(entity_rows_from_store(st)) == old_entities, kind
            assert list(fact_rows(st.dataset())) == old_facts, kind
    assert list(fact_rows_from_store(str(paths["store"]))) == old_facts  # a spec works too
    return paths


def _check_cli(paths: dict[str, Path], formats=("csv", "jsonl")) -> None:
    from graph.api import load_graph
    from graph.cli import ENTITY_COLUMNS, FACT_COLUMNS

    ref = load_graph(paths["trig"])
    old_facts, old_entities = _old_fact_rows(ref), _old_entity_rows(ref)
    for fmt in formats:
        want_facts = _expected_bytes(old_facts, fmt, FACT_COLUMNS)
        want_high = _expected_bytes([r for r in old_facts if (r["confidence"] or 0) >= 0.8], fmt, FACT_COLUMNS)
        want_entities = _expected_bytes(old_entities, fmt, ENTITY_COLUMNS)
        for args in ([str(paths["trig"])], [str(paths["ttl"])], ["--store", str(paths["store"])],
                     ["--store", str(paths["trig"])]):
            r = subprocess.run([*KG_CMD, "facts", *args, "-f", fmt], capture_output=True)
            assert r.returncode == 0, r.stderr.decode()
            assert r.stdout == want_facts, (args, fmt)
            r = subprocess.run([*KG_CMD, "facts", *args, "-f", fmt, "--min-confidence", "0.8"], capture_output=True)
            assert r.stdout == want_high, (args, fmt)
            r = subprocess.run([*KG_CMD, "entities", *args, "-f", fmt], capture_output=True)
            assert r.returncode == 0, r.stderr.decode()
            assert r.stdout == want_entities, (args, fmt)


# ------------------------------------------------------------------ a hand-made multi-article graph


def _extraction(name: str, text: str, entities: list, facts: list, *, file_name: bool = True):
    from graph.model import Article, Extraction

    ex = Extraction(article=Article(text + name, name if file_name else "", title=f"Title of {name}",
                                    url=None if file_name else f"https://example.org/{name}"))
    for ent in entities:
        ex.entities[ent.key] = ent
        ex.mentions.add(ent.key)
    ex.facts.extend(facts)
    return ex


@pytest.fixture
def shared_ds():
    """Three articles naming the same entities differently: several labels per entity (with and
    without a knowledge-base name), types that differ between articles, aliases equal to a
    label, shared amounts, literal objects, facts about the article, an article with no file
    name, and statements missing optional properties."""
    from graph.model import ARTICLE_KEY, Amount, Entity, Fact
    from graph.rdf import add_extraction, new_dataset

    text = "Acme raised 10 million euros. Jane Doe founded Acme in 2019. Fund One invested.\n" * 3
    acme1 = Entity("acme", "Acme", "Company", {"Acme Inc"}, kb_id="acme", wikidata="Q1", kb_name="Acme Corp")
    acme2 = Entity("acme", "ACME", "Organization", {"Acme"}, kb_id="acme", wikidata="Q2", kb_name="Acme Corp")
    jane1 = Entity("jane-doe", "Jane Doe", "Person", {"J. Doe"})
    jane2 = Entity("jane-doe", "Doe", "Person", {"Jane"})
    fund1 = Entity("fund-one", "Fund One", "VentureCapitalFirm", set())
    fund2 = Entity("fund-one", "fund one", "Company", {"F1"})
    solo = Entity("zeta", "zeta labs", "Company", set())
    amount = Amount(Decimal("10000000.00"), "EUR", "10 million euros")
    bare = Amount(Decimal("5E+6"), None, "5M")
    exs = [
        _extraction("a.en.txt", text, [acme1, jane1, fund1], [
            Fact(subject="acme", relation="fundsRaised", object=amount, start=0, end=29, status="asserted", confidence=0.9, extractor="rules"),
            Fact(subject="jane-doe", relation="founder", object="acme", start=30, end=60, status="asserted", confidence=0.95, extractor="rules"),
            Fact(subject="acme", relation="foundingYear", object="2019", start=30, end=60, status="reported", confidence=0.7, extractor="rules"),
            Fact(subject="fund-one", relation="investedIn", object="acme", start=61, end=80, status="questioned", confidence=0.5, extractor="rules"),
            Fact(subject=ARTICLE_KEY, relation="concept", object="acme", start=0, end=10, status="asserted", confidence=0.6, extractor="rules"),
        ]),
        _extraction("b.fr.txt", text, [acme2, jane2, fund2, solo], [
            Fact(subject="acme", relation="fundsRaised", object=amount, start=81, end=110, status="asserted", confidence=0.85, extractor="rules"),
            Fact(subject="zeta", relation="valuation", object=bare, start=81, end=110, status="planned", confidence=0.4, extractor="rules"),
            Fact(subject="jane-doe", relation="founder", object="acme", start=111, end=141, status="negated", confidence=0.8, extractor="rules"),
            Fact(subject="zeta", relation="competitor", object="acme", start=111, end=141, status="asserted", confidence=1.0, extractor="rules"),
        ]),
        _extraction("c", text, [acme1, solo], [
            Fact(subject="zeta", relation="partner", object="acme", start=0, end=29, status="hypothetical", confidence=0.3, extractor="rules"),
            Fact(subject=ARTICLE_KEY, relation="source", object="zeta", start=0, end=29, status="asserted", confidence=0.8, extractor="rules"),
        ], file_name=False),
    ]
    ds = new_dataset()
    for ex in exs:
        add_extraction(ds, ex)
    # A statement without status, confidence, article, extractor or offsets, whose object is a
    # literal of another datatype; and one whose subject has no label.
    for g in ds.graphs():
        if len(g):
            break
    st = URIRef("https://w3id.org/kgnews/statement/handmade1")
    g.add((st, RDF.type, KG.Statement))
    g.add((st, RDF.subject, ENTITY["acme"]))
    g.add((st, RDF.predicate, URIRef(ONTOLOGY_IRI + "employees")))
    g.add((st, RDF.object, Literal(42, datatype=XSD.integer)))
    st2 = URIRef("https://w3id.org/kgnews/statement/handmade2")
    g.add((st2, RDF.type, KG.Statement))
    g.add((st2, RDF.subject, ENTITY["nolabel"]))
    g.add((st2, RDF.predicate, KG.partner))
    g.add((st2, RDF.object, Literal("plain text")))
    g.add((st2, KG.status, KG.Reported))
    g.add((ENTITY["nolabel"], RDF.type, KG.Person))
    return ds


def test_store_readers_match_the_former_rows_on_shared_entities(shared_ds, tmp_path):
    from graph.store import open_store
    from graph.store.tables import entity_rows_from_store, fact_rows_from_store

    paths = _check_rows(shared_ds, tmp_path)
    with open_store(paths["store"]) as st:
        facts = list(fact_rows_from_store(st))
        ents = {r["iri"].rsplit("/", 1)[-1]: r for r in entity_rows_from_store(st)}
    assert ents["acme"]["label"] == "Acme Corp"            # several labels: the KB name
    assert ents["jane-doe"]["label"] == "Doe"              # several labels, no KB name: the first sorted
    assert "Acme" in ents["acme"]["aliases"] and "ACME" in ents["acme"]["aliases"]
    assert ents["acme"]["same_as"] == ["http://www.wikidata.org/entity/Q1", "http://www.wikidata.org/entity/Q2"]
    assert ents["fund-one"]["types"][0] == "VentureCapitalFirm"
    assert "Company" in ents["fund-one"]["types"]
    assert ents["nolabel"]["label"].endswith("/nolabel")
    by_rel = {r["relation"]: r for r in facts}
    assert by_rel["fundsRaised"]["object"] == "10000000" and by_rel["fundsRaised"]["unit"] == "EUR"
    assert by_rel["valuation"]["object"] == "5000000" and by_rel["valuation"]["unit"] is None
    assert by_rel["foundingYear"]["object_type"] == "gYear"
    assert by_rel["employees"]["status"] == "asserted" and by_rel["employees"]["confidence"] is None
    assert by_rel["employees"]["object_type"] == "integer" and by_rel["employees"]["article"] == ""
    assert by_rel["concept"]["subject_type"] == "Article"
    assert {"a.en.txt", "b.fr.txt"} <= {r["article"] for r in facts}
    assert any(r["article"].startswith("https://") for r in facts)  # no file name: the article IRI


def test_cli_facts_and_entities_bytes_on_shared_entities(shared_ds, tmp_path):
    paths = _stores(shared_ds, tmp_path)
    _check_cli(paths, formats=("csv", "jsonl", "tsv", "table"))


# ------------------------------------------------------------------ the shared corpus


@pytest.fixture(scope="module")
def corpus_ds(corpus_dir):
    from graph.api import build_graph

    arts = sorted(str(p) for p in corpus_dir.glob("*.txt"))
    if not arts:
        pytest.skip("no articles in the shared corpus")
    return build_graph(arts)


def test_store_readers_match_the_former_rows_on_the_corpus(corpus_ds, tmp_path):
    _check_rows(corpus_ds, tmp_path)


def test_cli_facts_and_entities_bytes_on_the_corpus(corpus_ds, tmp_path):
    _check_cli(_stores(corpus_ds, tmp_path))


def test_cli_facts_reads_one_article_file_as_before(corpus_dir, tmp_path):
    """What the scorer runs: `kg build ARTICLE -o G.ttl`, then `kg facts G.ttl -f jsonl`."""
    from graph.api import load_graph
    from graph.cli import ENTITY_COLUMNS, FACT_COLUMNS

    article = sorted(corpus_dir.glob("*.txt"))[0]
    ttl = tmp_path / "one.ttl"
    r = subprocess.run([*KG_CMD, "build", str(article), "-o", str(ttl)], capture_output=True)
    assert r.returncode == 0, r.stderr.decode()
    ref = load_graph(ttl)
    r = subprocess.run([*KG_CMD, "facts", str(ttl), "--format", "jsonl"], capture_output=True)
    assert r.stdout == _expected_bytes(_old_fact_rows(ref), "jsonl", FACT_COLUMNS)
    r = subprocess.run([*KG_CMD, "entities", "-", "--format", "jsonl"], input=ttl.read_bytes(), capture_output=True)
    assert r.stdout == _expected_bytes(_old_entity_rows(ref), "jsonl", ENTITY_COLUMNS)


# ------------------------------------------------------------------ a remote SPARQL server


@pytest.mark.server
def test_store_readers_on_a_remote_server(shared_ds, tmp_path):
    from test_server_oxigraph import OxigraphServer

    from graph.api import load_graph
    from graph.cli import ENTITY_COLUMNS, FACT_COLUMNS
    from graph.store import RemoteStore
    from graph.store.tables import entity_rows_from_store, fact_rows_from_store

    paths = _stores(shared_ds, tmp_path)
    ref = load_graph(paths["trig"])
    server = OxigraphServer(tmp_path / "oxdb")
    try:
        store = RemoteStore(server.url)
        for g in shared_ds.graphs():
            if len(g):
                store.put_article(str(g.identifier), "", g)
        assert list(fact_rows_from_store(store)) == _old_fact_rows(ref)
        assert list(entity_rows_from_store(store)) == _old_entity_rows(ref)
        r = subprocess.run([*KG_CMD, "facts", "--store", server.url, "-f", "jsonl"], capture_output=True)
        assert r.stdout == _expected_bytes(_old_fact_rows(ref), "jsonl", FACT_COLUMNS), r.stderr.decode()
        r = subprocess.run([*KG_CMD, "entities", "--store", server.url, "-f", "csv"], capture_output=True)
        assert r.stdout == _expected_bytes(_old_entity_rows(ref), "csv", ENTITY_COLUMNS), r.stderr.decode()
    finally:
        server.stop()
