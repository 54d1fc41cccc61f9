"""The wide typer's trade-off, out of fold: how many annotated organisations it would turn into
products, and how many products it recognises from their names and contexts alone, by threshold.

    python benchmarks/typer_wide.py        # needs ../shared/corpus-train and scikit-learn (pip install -e .[train])

5 folds over the annotated texts (text i in fold i % 5); the wide model sees organisations and products
with one kind (``ORGPROD``), as :func:`graph.analysis.typer.type_name` asks it; kg uses 0.8
(:data:`graph.analysis.typer.PRODUCT_OVERRIDE`).
"""
from __future__ import annotations

import sys

from _annotated import annotated_texts  # puts this checkout's graph first on sys.path
from sklearn.linear_model import LogisticRegression

from graph.analysis import typer as T
from graph.learn.ner_train import COARSE
from graph.learn.train import Vocabulary


def main() -> int:
    docs = annotated_texts()
    rows = []
    for i, d in enumerate(docs):
        for e in d.entities.values():
            if e.spans and e.type in COARSE:      # trained on every entity, as `make train` does
                contexts = T.contexts_of(d.text, [(s.start, s.end) for s in e.spans])
                kind = COARSE[e.type]
                rows.append((i % 5, T.features(e.name, T.wide_kind(kind), contexts, d.lang), e.type, kind))
    scored = []
    for fold in range(5):
        train = [r for r in rows if r[0] != fold]
        vocab = Vocabulary((f for _, f, _, _ in train), 2)
        model = LogisticRegression(C=1.0, max_iter=3000).fit(vocab.matrix([f for _, f, _, _ in train]),
                                                               [t for _, _, t, _ in train])
        product = [i for i, c in enumerate(model.classes_) if c in T.KIND_CLASSES["PROD"]]
        test = [r for r in rows if r[0] == fold]
        for (_, _, _, kind), p in zip(test, model.predict_proba(vocab.matrix([f for _, f, _, _ in test])),
                                      strict=True):
            if kind in ("ORG", "PROD"):
                scored.append((float(p[product].sum()), kind))
    orgs = sum(1 for _, k in scored if k == "ORG")
    prods = len(scored) - orgs
    print(f"{orgs} annotated organisations and {prods} products (entities of a text), out of fold\n")
    print("| threshold | organisations made products | products recognised |\n|---:|---:|---:|")
    for th in (0.5, 0.6, 0.7, 0.8, 0.9, 0.95):
        o = sum(1 for p, k in scored if p >= th and k == "ORG")
        r = sum(1 for p, k in scored if p >= th and k == "PROD")
        print(f"| {th} | {o} ({o / orgs:.1%}) | {r} ({r / prods:.0%}) |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
