"""The trained relation and status models, as shipped in ``graph/models/relations.json``.

Built by ``make train`` (:mod:`graph.learn`): one binary logistic regression per relation, a
multinomial status model, a decision threshold per relation (chosen on cross-validation folds), and
the isotonic calibration that turns a fact's score into its confidence. Loaded lazily, once per process.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache

from ..analysis.nlp import models_dir
from ..errors import KgError
from ..linear import Calibration, Linear

FILE = "relations.json"


@dataclass(frozen=True)
class Models:
    relations: dict[str, Linear]
    status: Linear | None
    thresholds: dict[str, float]
    calibration: Calibration
    min_score: float = 0.05
    info: dict = field(default_factory=dict)

    def score(self, relation: str, features: list[str]) -> float:
        m = self.relations.get(relation)
        return m.prob(features) if m is not None else 0.0

    def threshold(self, relation: str) -> float:
        return self.thresholds.get(relation, 0.5)

    def to_dict(self) -> dict:
        return {"relations": {r: m.to_dict() for r, m in sorted(self.relations.items())},
                "status": self.status.to_dict() if self.status else None,
                "thresholds": {r: round(t, 3) for r, t in sorted(self.thresholds.items())},
                "calibration": self.calibration.to_dict(), "min_score": self.min_score, "info": self.info}

    @classmethod
    def from_dict(cls, d: dict) -> Models:
        return cls({r: Linear.from_dict(m) for r, m in d["relations"].items()},
                   Linear.from_dict(d["status"]) if d.get("status") else None,
                   dict(d.get("thresholds") or {}), Calibration.from_dict(d["calibration"]),
                   float(d.get("min_score", 0.05)), dict(d.get("info") or {}))


@lru_cache(maxsize=1)
def load() -> Models:
    path = models_dir() / FILE
    try:
        return Models.from_dict(json.loads(path.read_text(encoding="utf-8")))
    except FileNotFoundError:
        raise KgError(f"kg's relation model {path} is missing; rebuild it with `make train` or reinstall kg") from None
