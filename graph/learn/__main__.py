"""``python -m graph.learn``: rebuild kg's trained models from the annotated corpus (``make train``).

    python -m graph.learn train [--models DIR] [--skip-ner] [--epochs N]
    python -m graph.learn check [FILES]       # the annotation checker
    python -m graph.learn agreement           # inter-annotator agreement

``train`` reads ``annotations/`` and the texts of ``../shared/corpus-train``, then writes to
``graph/models/``: the entity recogniser's weights (``ner/``), the entity typer (``typer.json``), the
relation and status models with their thresholds and calibration (``relations.json``), and
``TRAINING.md``, the cross-validation report (5 folds by story, per relation and language, and the
reliability of the confidence). Seeds are fixed; it needs scikit-learn (``pip install -e .[train]``).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from ..analysis.nlp import models_dir
from ..linear import Calibration, save_models
from . import annotations as A


def _log(msg: str) -> None:
    print(f"[train] {msg}", file=sys.stderr, flush=True)


def train_typer(docs: list[A.AnnotatedText], wide: bool = False):
    """The entity typer; ``wide``: the model that does not tell organisations from products by kind."""
    from sklearn.linear_model import LogisticRegression

    from ..analysis import typer as T
    from ..linear import Linear
    from .ner_train import COARSE
    from .train import Vocabulary

    rows = []
    for d in docs:
        for e in d.entities.values():
            if not e.spans or e.type not in COARSE:
                continue
            kind = T.wide_kind(COARSE[e.type]) if wide else COARSE[e.type]
            contexts = T.contexts_of(d.text, [(s.start, s.end) for s in e.spans])
            rows.append((T.features(e.name, kind, contexts, d.lang), e.type))
    vocab = Vocabulary((f for f, _ in rows), 2)
    m = LogisticRegression(C=1.0, max_iter=3000).fit(vocab.matrix([f for f, _ in rows]), [t for _, t in rows])
    return Linear.from_sklearn(m, vocab.names), len(rows)


def train(
    models: Path,
    skip_ner: bool = False,
    epochs: int = 10,
    folds: int = 5,
    docs: list[A.AnnotatedText] | None = None,
) -> int:
    """Train every model into ``models``; ``docs`` defaults to every annotated text. Returns an exit code."""
    from ..extractors.model import Models
    from . import evaluate as E
    from . import ner_train
    from .train import featurize, fit

    t0 = time.time()
    if docs is None:
        docs = A.load_all()
    bad = [d for d in docs if d.problems]
    if bad:
        for d in bad:
            _log(f"{d.path}: {d.problems[0]}")
        _log(f"{len(bad)} annotation files have problems; fix them (python -m graph.learn check)")
        return 1
    if not docs:
        _log("no annotations found (annotations/ and ../shared/corpus-train are needed)")
        return 2
    _log(f"{len(docs)} annotated texts")
    report = [
        f"# Training report\n\n{len(docs)} annotated texts: "
        + ", ".join(f"{sum(1 for d in docs if d.collection == c)} {c}" for c in ("en", "fr", "fr-own"))
        + "."
    ]
    if not skip_ner:
        nlp, _ = ner_train.train(docs, None, epochs=epochs, log=_log)
        ner_train.save(nlp, models / "ner")
        _log(f"entity recogniser saved ({time.time() - t0:.0f} s)")
    typer, n = train_typer(docs)
    wide, _ = train_typer(docs, wide=True)
    save_models({"typer": typer, "wide": wide}, models / "typer.json")
    _log(f"entity typer saved ({n} entities)")

    data = featurize(docs)
    _log(f"{sum(len(d.examples) for d in data)} candidates ({time.time() - t0:.0f} s)")
    preds = E.decode(E.cross_validate(data, folds))  # out-of-fold predictions, texts grouped by story
    thresholds = E.choose_thresholds(preds, docs)
    scores, right = E.calibration_data(preds, docs, thresholds)
    calibration = Calibration.fit(scores, right)
    final = fit(data)
    info = {"texts": len(docs), "candidates": sum(len(d.examples) for d in data), "folds": folds}
    bundle = Models(final.relations, final.status, thresholds, calibration, info=info)
    bundle.save(models / "relations.json")
    _log(f"relation and status models saved ({time.time() - t0:.0f} s)")

    counts = E.fact_scores(preds, docs, thresholds)
    report.append(
        f"\n## Cross-validation by article ({folds} folds, texts of one story in one fold; annotated names)\n"
    )
    report.append(E.table(counts))
    report.append("\n## Reliability of the confidence (out-of-fold facts kg would assert)\n")
    report.append("| confidence | facts | right | precision |\n|---|---:|---:|---:|")
    for bucket, nf, nr in E.reliability(scores, right, calibration):
        report.append(f"| {bucket} | {nf} | {nr} | {nr / nf:.2f} |" if nf else f"| {bucket} | 0 | 0 | |")
    report.append("\n## Thresholds\n\n" + ", ".join(f"{r} {t:.2f}" for r, t in sorted(thresholds.items())))
    report.append(f"\nTraining took {time.time() - t0:.0f} s.\n")
    (models / "TRAINING.md").write_text("\n".join(report) + "\n", encoding="utf-8")
    _log(f"done in {time.time() - t0:.0f} s; report in {models / 'TRAINING.md'}")
    return 0


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["check"]:
        return A.main(argv)
    if argv[:1] == ["agreement"]:
        from .agreement import report

        print(report())
        return 0
    ap = argparse.ArgumentParser(
        prog="python -m graph.learn", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("command", choices=["train"])
    ap.add_argument("--models", type=Path, default=models_dir(), help="where to write the models")
    ap.add_argument("--skip-ner", action="store_true", help="keep the entity recogniser as it is")
    ap.add_argument("--epochs", type=int, default=10)
    ap.add_argument("--folds", type=int, default=5)
    args = ap.parse_args(argv)
    return train(args.models, args.skip_ner, args.epochs, args.folds)


if __name__ == "__main__":
    sys.exit(main())
