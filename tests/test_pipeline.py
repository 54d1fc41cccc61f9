"""The pipeline end to end: merging across articles, the user's knowledge base, confidence, offsets."""
from __future__ import annotations

import json

import pytest

from graph.api import build_graph
from graph.rdf import entity_rows, fact_rows


def test_pipeline_merges_spellings_across_articles(tmp_path):
    a = tmp_path / "a.en.txt"
    b = tmp_path / "b.en.txt"
    a.write_text("Lumora raised $10 million from NVIDIA and Sequoia Capital.\n", encoding="utf-8")
    b.write_text("Quantia raised $5 million from Nvidia and Sequoia.\n", encoding="utf-8")
    ds = build_graph([str(a), str(b)])
    labels = [r["label"] for r in entity_rows(ds)]
    assert sum(1 for x in labels if x.lower() == "nvidia") == 1
    assert sum(1 for x in labels if x.startswith("Sequoia")) == 1
    investors = {(r["subject"].lower(), r["object"]) for r in fact_rows(ds) if r["relation"] == "investedIn"}
    assert ("nvidia", "Lumora") in investors and ("nvidia", "Quantia") in investors


def test_pipeline_user_kb_types_unknown_names(tmp_path):
    kb = tmp_path / "mine.jsonl"
    kb.write_text(json.dumps({"id": "zorblax", "name": "Zorblax", "type": "VentureCapitalFirm",
                              "aliases": ["Zorblax Capital"], "country": "France"}) + "\n", encoding="utf-8")
    art = tmp_path / "a.fr.txt"
    art.write_text("Veltis a levé 3 millions d'euros auprès de Zorblax Capital.\n", encoding="utf-8")
    ds = build_graph([str(art)], kb_files=[kb])
    ents = {r["label"]: r for r in entity_rows(ds)}
    assert "VentureCapitalFirm" in ents["Zorblax Capital"]["types"]  # the article's spelling is the label,
    assert "Zorblax" in ents["Zorblax Capital"]["aliases"]           # the knowledge base's name an alias


def test_pipeline_bad_user_kb_names_line(tmp_path):
    import pytest

    from graph.errors import InputError

    kb = tmp_path / "bad.jsonl"
    kb.write_text('{"name": "X", "type": "Spaceship"}\n', encoding="utf-8")
    art = tmp_path / "a.txt"
    art.write_text("Veltis recrute.\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"bad.jsonl:1: unknown type 'Spaceship'"):
        build_graph([str(art)], kb_files=[kb])


def test_pipeline_evidence_offsets_and_confidence(corpus_dir):
    for path in sorted(corpus_dir.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for row in fact_rows(build_graph([str(path)])):
            assert text[row["start"]:row["end"]] == row["evidence"], path.name
            assert 0.0 < row["confidence"] <= 1.0


def test_pipeline_unasserted_facts_are_statements_only(tmp_path):
    from rdflib import URIRef

    from graph.rdf.namespace import KG

    art = tmp_path / "a.en.txt"
    art.write_text("Lumora has not acquired Botwise. Lumora plans to acquire Quantia.\n", encoding="utf-8")
    ds = build_graph([str(art)])
    rows = [r for r in fact_rows(ds) if r["relation"] == "acquired"]
    assert {r["status"] for r in rows} == {"negated", "planned"}
    plain = [t for g in ds.graphs() for t in g.triples((None, KG.acquired, None))]
    assert plain == []
    assert all(isinstance(r["statement"], str) and URIRef(r["statement"]) for r in rows)


def test_pipeline_document_is_frozen_and_extractors_leave_it_alone():
    import dataclasses

    import pytest

    from graph.extractors import DEFAULT, get
    from graph.model import Article
    from graph.pipeline import get_pipeline

    text = ("Lumora, une start-up nantaise fondée par Mara Holt, a levé 5 millions d'euros auprès de Zorblax. "
            "La société affronte Quantia.\n")
    doc = get_pipeline().analyser.analyse(Article(text, "a.fr.txt"), "fr")
    with pytest.raises(dataclasses.FrozenInstanceError):
        doc.main = "x"  # type: ignore[misc]
    with pytest.raises(TypeError):
        doc.entities["x"] = doc.entities[doc.main]  # type: ignore[index]
    with pytest.raises(dataclasses.FrozenInstanceError):
        next(iter(doc.entities.values())).type = "Person"  # type: ignore[misc]
    typed = []
    for name in DEFAULT:
        before = {k: (e.label, e.type, e.aliases) for k, e in doc.entities.items()}
        found = get(name).extract(doc)
        assert {k: (e.label, e.type, e.aliases) for k, e in doc.entities.items()} == before
        assert all(doc.type_of(key) == "Unknown" for key in found.types)      # hints are for unknown names only
        doc = doc.with_types(found.types, found.kb_entities)
        typed += [doc.type_of(key) for key in found.types]
    assert "Unknown" not in typed
    assert all(doc.type_of(k) != "Unknown" for k in doc.entities)   # the typer types every name


def test_pipeline_facts_are_built_with_keywords_and_checked_at_once():
    import pytest

    from graph.model import Fact, Relation, Status

    f = Fact(subject="acme", relation="founder", object="jane", start=0, end=10, status="reported")
    assert (f.relation, f.status) == (Relation.founder, Status.reported) and f.relation == "founder"
    with pytest.raises(TypeError):
        Fact("acme", "founder", "jane", 0, 10)  # type: ignore[misc]
    with pytest.raises(ValueError, match="unknown relation 'founded'"):
        Fact(subject="acme", relation="founded", object="jane", start=0, end=10)
    with pytest.raises(ValueError, match="unknown status 'maybe'"):
        Fact(subject="acme", relation="founder", object="jane", start=0, end=10, status="maybe")


@pytest.mark.parametrize("text,lang,short", [
    ("Zentri has appointed Priya Halloran as chief executive. Ms Halloran joined from Orvane.", "en", "Ms Halloran"),
    ("Orvane a nommé Julien Marsac directeur général. M. Marsac vient de Veltis.", "fr", "M. Marsac"),
])
def test_a_title_and_a_surname_are_the_person_named_in_full(text, lang, short):
    """"Ms Halloran" after "Priya Halloran" is the same person, not a second one."""
    from graph.model import Article
    from graph.pipeline import get_pipeline

    doc = get_pipeline().analyser.analyse(Article(text, f"a.{lang}.txt"), lang)
    people = {k: e for k, e in doc.entities.items() if e.type == "Person"}
    assert len(people) == 1, people
    assert short in next(iter(people.values())).aliases or not any(m.text == short for m in doc.mentions)
