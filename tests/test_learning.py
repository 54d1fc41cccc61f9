"""The learned extraction: training on a tiny annotated sample, the shipped models, calibration.

The sample is a dozen of the project's own French annotated texts (``annotations/fr-own``), so these
tests need neither ``../shared/corpus-train`` nor minutes of training.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from graph.analysis.nlp import models_dir
from graph.extractors.model import Models, load
from graph.extractors.relations import RelationExtractor
from graph.linear import Calibration

pytest.importorskip("sklearn")
pytest.importorskip("yaml")

ROOT = Path(__file__).resolve().parent.parent


def _sample(n: int = 12):
    from graph.learn import annotations as A

    files = sorted((ROOT / "annotations" / "fr-own").glob("*.yaml"))[:n]
    docs = [A.load(p) for p in files]
    assert docs and not any(d.problems for d in docs)
    return docs


@pytest.fixture(scope="module")
def trained(tmp_path_factory):
    from graph.learn.__main__ import train

    docs = _sample()
    first = tmp_path_factory.mktemp("models1")
    second = tmp_path_factory.mktemp("models2")
    assert train(first, skip_ner=False, epochs=1, folds=2, docs=docs) == 0
    assert train(second, skip_ner=True, epochs=1, folds=2, docs=docs) == 0
    return first, second


def test_training_writes_every_model(trained):
    first, _ = trained
    for name in ("ner/model", "ner/cfg", "typer.json", "typer.features.txt", "typer.weights.npy", "relations.json",
                 "relations.features.txt", "relations.weights.npy", "TRAINING.md"):
        assert (first / name).is_file(), name
    models = Models.read(first / "relations.json")
    assert models.relations and models.status is not None
    assert set(models.thresholds) <= set(models.relations) | set(models.thresholds)
    report = (first / "TRAINING.md").read_text()
    assert "## Cross-validation by article (2 folds" in report
    assert "## Reliability of the confidence" in report
    assert "| >=0.9 |" in report and "| <0.6 |" in report
    assert set(json.loads((first / "typer.json").read_text())["models"]) == {"typer", "wide"}


def test_training_is_deterministic(trained):
    first, second = trained
    for name in ("typer.json", "typer.weights.npy", "typer.features.txt", "relations.json", "relations.weights.npy",
                 "relations.features.txt"):
        assert (first / name).read_bytes() == (second / name).read_bytes(), name


def test_trained_models_extract(trained, monkeypatch):
    """A model trained on the sample loads and runs through the relation extractor."""
    first, _ = trained
    from graph.model import Article
    from graph.pipeline import Pipeline

    models = Models.read(first / "relations.json")
    pipe = Pipeline()
    doc = pipe.analyser.analyse(Article(text="Veltis a levé 30 millions d'euros auprès de Partech.", name="t"), "fr")
    found = RelationExtractor(models).extract(doc)
    assert all(0.0 < f.confidence <= 1.0 for f in found.facts)


def test_shipped_models_load_and_fit_the_budget():
    models = load()
    assert models is load()  # loaded once per process
    from graph.extractors.candidates import RELATIONS

    assert set(models.relations) == set(RELATIONS) - {"concept", "released", "mentions"} or \
        set(models.relations) <= set(RELATIONS)
    for rel in models.relations:
        assert 0.0 < models.threshold(rel) < 1.0
    total = sum(p.stat().st_size for p in models_dir().rglob("*") if p.is_file())
    assert total <= 50 * 1024 * 1024, f"shipped models weigh {total / 2**20:.1f} MB (budget 50 MB)"
    report = (models_dir() / "TRAINING.md").read_text()
    assert "Reliability of the confidence" in report


def test_calibration_is_monotonic_and_bounded():
    scores = [i / 200 for i in range(200)]
    right = [1 if (i * 7919) % 200 < i else 0 for i in range(200)]  # more often right when the score is high
    cal = Calibration.fit(scores, right, min_bin=20)
    values = [cal(s) for s in scores]
    assert all(0.0 <= v <= 1.0 for v in values)
    assert values == sorted(values)
    again = Calibration.from_dict(json.loads(json.dumps(cal.to_dict())))
    assert [again(s) for s in scores] == pytest.approx(values, abs=1e-3)


def test_reliability_table():
    from graph.learn.evaluate import reliability

    scores = [0.95] * 10 + [0.85] * 10 + [0.7] * 10 + [0.3] * 10
    right = [1] * 10 + [1] * 8 + [0] * 2 + [1] * 6 + [0] * 4 + [0] * 10
    rows = reliability(scores, right, lambda p: p)
    assert [r[0] for r in rows] == [">=0.9", "0.8-0.9", "0.6-0.8", "<0.6"]
    assert [(r[1], r[2]) for r in rows] == [(10, 10), (10, 8), (10, 6), (10, 0)]


def test_annotations_are_keyed_by_text_hash():
    """A changed text is detected: each annotation names the SHA-256 of the text it was made on."""
    from graph.learn import annotations as A

    src = sorted((ROOT / "annotations" / "fr-own").glob("*.yaml"))[0]
    text = A.load(src).text
    assert not A.load(src, text=text).problems
    problems = A.load(src, text=text + " Ajout.").problems
    assert any("the text changed" in p for p in problems)


def test_typer_reads_a_product_the_recogniser_calls_an_organisation():
    """The wide typer (organisations and products together) makes a product of an ``ORG`` name whose
    contexts introduce a product; a company stays a company."""
    from graph.analysis import typer as T

    product = T.type_name("Ardoise", "ORG", [("Son logiciel phare, baptisé ", ", analyse les contrats en"),
                                             ("pour intégrer ", " à sa suite de gestion")], "fr")
    assert product in T.KIND_CLASSES["PROD"]
    product = T.type_name("Beacon", "ORG", [("Its flagship product, ", ", was built by the startup to"),
                                            ("customers use ", " to review contracts")], "en")
    assert product in T.KIND_CLASSES["PROD"]
    company = T.type_name("Lumora", "ORG", [("the Berlin-based startup ", " raised $10 million"),
                                            ("", " was founded in 2021 by")], "en")
    assert company in T.KIND_CLASSES["ORG"]


@pytest.mark.parametrize("name,contexts,expected", [
    ("Brasque", [("Zentri a mis au point ", ", un logiciel qui lit les contrats")], "Software"),
    ("Brasque", [("the company ", ", a compact vision model which")], "AIModel"),
    ("Brasque", [("Orvane trains a language model called ", " that reads logs")], "AIModel"),
    ("Brasque", [("Its first chip, ", ", is due next year")], "Hardware"),
    ("Brasque", [("", ", développé par Orvane depuis 2020")], "PROD"),
    ("Brasque", [("Veltis develops ", " for hospitals")], "PROD"),
    ("Brasque", [("le rachat de ", ", une start-up installée à Nantes")], "Company"),
    ("Brasque", [("invested in ", ", a Paris-based AI model developer")], "Company"),
    # a software noun alone names companies as often as products ("X, a banking app")
    ("Brasque", [("has acquired ", ", a banking app for teens")], None),
    # the description after a place complement is the next name's ("À Brasque, la start-up Zentri")
    ("Brasque", [("À ", ", la start-up Zentri lève 2 millions")], None),
    # cues that disagree settle nothing
    ("Brasque", [("Veltis develops ", " for hospitals"), ("", ", a startup based in Lyon")], None),
    ("Brasque", [("La société a développé ", ", un logiciel qui trie les factures")], "Software"),
    ("Brasque", [("Zentri, a Boston-based startup, today launched ", ", a platform that lets agents")], "Software"),
    # a fronted purpose phrase closed by a comma names nothing: the name opens the clause
    ("Brasque", [("\n\nPour vendre ses modèles, ", " a signé un accord avec Orvane")], None),
])
def test_typer_cues(name, contexts, expected):
    """The words around a name's mentions: an apposition's head noun, a naming phrase, a maker."""
    from graph.analysis import typer as T

    assert T.cue_class(contexts) == expected


def test_typer_cues_decide_the_kind():
    """A product cue makes the recogniser's organisation a product; a version number too."""
    from graph.analysis import typer as T

    assert T.type_name("Brasque", "ORG", [("Zentri a mis au point ", ", un modèle de langage qui")], "fr") == "AIModel"
    assert T.type_name("Brasque", "ORG", [("Veltis develops ", " for hospitals")], "en") in T.KIND_CLASSES["PROD"]
    assert T.type_name("Brasque-3", "ORG", [("the release of ", " last week")], "en") in T.KIND_CLASSES["PROD"]
    assert T.type_name("Brasque", "LOC", [("le rachat de ", ", une start-up installée à Nantes")], "fr") \
        in T.KIND_CLASSES["ORG"]


def test_typer_bought_name_is_no_person():
    """A name the recogniser takes for a person is a company where someone buys it ("reprend l'allemand X")."""
    from graph.analysis import typer as T

    contexts = [("Zentri, de Lyon, reprend l'allemand ", " pour 3 millions."),
                ("Le juge a retenu Zentri, qui reprend ", ", un fabricant de pompes.")]
    assert T.type_name("Kerlo Pumpenbau", "PER", contexts, "fr") != "Person"
