"""Linear models over binary features, as kg runs them: no scikit-learn needed at run time.

A :class:`Linear` model holds, for each feature, one weight per class. A binary model (one class)
gives ``sigmoid(bias + sum of weights)``; a multi-class model the softmax over classes. Models are
stored as JSON (weights rounded to 4 decimals, zero weights dropped), so the same input always gives
the same output, and the files diff sensibly in git.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Linear:
    classes: list[str]
    bias: list[float]
    weights: dict[str, list[float]] = field(default_factory=dict)

    @property
    def binary(self) -> bool:
        return len(self.classes) == 1

    def logits(self, features) -> list[float]:
        z = list(self.bias)
        for f in features:
            w = self.weights.get(f)
            if w is not None:
                for i, x in enumerate(w):
                    z[i] += x
        return z

    def prob(self, features) -> float:
        """Probability of the positive class of a binary model."""
        z = self.logits(features)[0]
        return 1.0 / (1.0 + math.exp(-z)) if z > -35 else 0.0

    def probs(self, features) -> dict[str, float]:
        """Class probabilities of a multi-class model."""
        z = self.logits(features)
        m = max(z)
        e = [math.exp(x - m) for x in z]
        t = sum(e)
        return {c: x / t for c, x in zip(self.classes, e, strict=True)}

    def to_dict(self) -> dict:
        return {
            "classes": self.classes,
            "bias": [round(b, 6) for b in self.bias],
            "weights": {f: [round(x, 4) for x in w] for f, w in sorted(self.weights.items())},
        }

    @classmethod
    def from_dict(cls, d: dict) -> Linear:
        return cls(list(d["classes"]), list(d["bias"]), {f: list(w) for f, w in d["weights"].items()})

    @classmethod
    def from_sklearn(
        cls, model, feature_names: list[str], classes: list[str] | None = None, min_weight: float = 1e-4
    ) -> Linear:
        """From a fitted scikit-learn LogisticRegression (binary: the positive class only)."""
        coef = model.coef_
        if coef.shape[0] == 1 and len(model.classes_) == 2:
            names = classes or ["1"]
            bias = [float(model.intercept_[0])]
            rows = [coef[0]]
        else:
            names = classes or [str(c) for c in model.classes_]
            bias = [float(b) for b in model.intercept_]
            rows = list(coef)
        weights: dict[str, list[float]] = {}
        for j, f in enumerate(feature_names):
            w = [float(r[j]) for r in rows]
            if any(abs(x) >= min_weight for x in w):
                weights[f] = w
        return cls(names, bias, weights)


@dataclass
class Calibration:
    """A monotone map from a model's score to the observed rate of correct facts (isotonic
    regression fitted on out-of-fold scores), applied by linear interpolation."""

    xs: list[float]
    ys: list[float]

    def __call__(self, p: float) -> float:
        xs, ys = self.xs, self.ys
        if not xs:
            return p
        if p <= xs[0]:
            return ys[0]
        if p >= xs[-1]:
            return ys[-1]
        lo, hi = 0, len(xs) - 1
        while hi - lo > 1:
            mid = (lo + hi) // 2
            if xs[mid] <= p:
                lo = mid
            else:
                hi = mid
        x0, x1, y0, y1 = xs[lo], xs[hi], ys[lo], ys[hi]
        return y0 if x1 == x0 else y0 + (y1 - y0) * (p - x0) / (x1 - x0)

    def to_dict(self) -> dict:
        return {"x": [round(x, 4) for x in self.xs], "y": [round(y, 4) for y in self.ys]}

    @classmethod
    def from_dict(cls, d: dict) -> Calibration:
        return cls(list(d["x"]), list(d["y"]))

    @classmethod
    def fit(cls, scores: list[float], correct: list[int], min_bin: int = 30) -> Calibration:
        """Pool-adjacent-violators isotonic regression of ``correct`` on ``scores``, then bins of at
        least ``min_bin`` facts so the map is smooth; the knots are the bins' mean scores."""
        pairs = sorted(zip(scores, correct, strict=True))
        blocks: list[list[float]] = []  # [sum_y, n, sum_x]
        for x, y in pairs:
            blocks.append([float(y), 1.0, float(x)])
            while len(blocks) > 1 and (
                blocks[-2][0] / blocks[-2][1] >= blocks[-1][0] / blocks[-1][1] or blocks[-2][1] < min_bin
            ):
                y2, n2, x2 = blocks.pop()
                blocks[-1][0] += y2
                blocks[-1][1] += n2
                blocks[-1][2] += x2
        return cls([b[2] / b[1] for b in blocks], [b[0] / b[1] for b in blocks])


def save_json(obj: dict, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text(json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n", encoding="utf-8")
    tmp.replace(path)
