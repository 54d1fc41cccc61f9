"""The trained relation and status models, as shipped in ``graph/models/relations.json``.

Built by ``make train`` (:mod:`graph.learn`): one binary logistic regression per relation, a
multinomial status model, a decision threshold per relation (chosen on cross-validation folds), the
isotonic calibration that turns a fact's score into its confidence, and the confidence below which no
fact is stated (``min_confidence``). Loaded lazily, once per process.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ..analysis.nlp import models_dir
from ..errors import KgError
from ..linear import Calibration, Linear, load_models, save_models

FILE = "relations.json"


@dataclass(frozen=True)
class Models:
    relations: dict[str, Linear]
    status: Linear | None
    thresholds: dict[str, float]
    calibration: Calibration
    min_score: float = 0.05
    info: dict = field(default_factory=dict)
    #: A fact is stated only when its calibrated confidence is at least this: more likely right than wrong.
    #: The per-relation thresholds maximise F1 on the annotated folds; on text the models never saw,
    #: facts of confidence below 0.5 were right less than half the time (README, Quality).
    min_confidence: float = 0.5

    def score(self, relation: str, features: list[str]) -> float:
        m = self.relations.get(relation)
        return m.prob(features) if m is not None else 0.0

    def scores(self, relations: list[str], features: list[str]) -> list[float]:
        """:meth:`score` of each relation, the features looked up once for all of them."""
        models = [self.relations.get(r) for r in relations]
        known = [m for m in models if m is not None]
        if not known or known[0].index is None or any(m.index is not known[0].index for m in known):
            return [self.score(r, features) for r in relations]
        rows = known[0].rows(features)
        return [m.prob(features, rows) if m is not None else 0.0 for m in models]

    def threshold(self, relation: str) -> float:
        return self.thresholds.get(relation, 0.5)

    def save(self, path: Path) -> None:
        """``relations.json`` (thresholds, calibration, biases) with its features and weights beside it."""
        models = {f"relation:{r}": m for r, m in self.relations.items()}
        if self.status is not None:
            models["status"] = self.status
        save_models(models, path, {"thresholds": {r: round(t, 3) for r, t in sorted(self.thresholds.items())},
                                   "calibration": self.calibration.to_dict(), "min_score": self.min_score,
                                   "min_confidence": self.min_confidence, "info": self.info})

    @classmethod
    def read(cls, path: Path) -> Models:
        models, d = load_models(path)
        return cls({k.split(":", 1)[1]: m for k, m in models.items() if k.startswith("relation:")},
                   models.get("status"), dict(d.get("thresholds") or {}), Calibration.from_dict(d["calibration"]),
                   float(d.get("min_score", 0.05)), dict(d.get("info") or {}),
                   min_confidence=float(d.get("min_confidence", 0.5)))


@lru_cache(maxsize=1)
def load() -> Models:
    path = models_dir() / FILE
    try:
        return Models.read(path)
    except FileNotFoundError:
        raise KgError(f"kg's relation model {path} is missing; rebuild it with `make train` or reinstall kg") from None
