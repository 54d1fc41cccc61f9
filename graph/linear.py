"""Linear models over binary features, as kg runs them: no scikit-learn needed at run time.

A :class:`Linear` model holds, for each feature, one weight per class. A binary model (one class)
gives ``sigmoid(bias + sum of weights)``; a multi-class model the softmax over classes. Models are
stored with weights rounded to 4 decimals (:func:`save_models`: a feature list and a float32 matrix,
fast to load), so the same input always gives the same output.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


@dataclass
class Linear:
    classes: list[str]
    bias: list[float]
    weights: dict[str, list[float]] = field(default_factory=dict)
    #: as loaded by :func:`load_models`: a feature -> row index shared by several models, and the rows
    index: dict[str, int] | None = field(default=None, repr=False, compare=False)
    matrix: Any = field(default=None, repr=False, compare=False)

    @property
    def binary(self) -> bool:
        return len(self.classes) == 1

    def rows(self, features) -> list[int]:
        """The matrix rows of ``features`` (models loaded together share the index: compute once)."""
        index = self.index or {}
        return sorted({index[f] for f in features if f in index})

    def logits(self, features, rows: list[int] | None = None) -> list[float]:
        """``rows``: :meth:`rows` of the features, when already known."""
        if self.index is not None:
            if rows is None:
                rows = self.rows(features)
            z = list(self.bias)
            if rows:
                for i, x in enumerate(self.matrix[rows].sum(axis=0).tolist()):
                    z[i] += x
            return z
        z = list(self.bias)
        for f in features:
            w = self.weights.get(f)
            if w is not None:
                for i, x in enumerate(w):
                    z[i] += x
        return z

    def prob(self, features, rows: list[int] | None = None) -> float:
        """Probability of the positive class of a binary model."""
        z = self.logits(features, rows)[0]
        return 1.0 / (1.0 + math.exp(-z)) if z > -35 else 0.0

    def probs(self, features) -> dict[str, float]:
        """Class probabilities of a multi-class model."""
        z = self.logits(features)
        m = max(z)
        e = [math.exp(x - m) for x in z]
        t = sum(e)
        return {c: x / t for c, x in zip(self.classes, e, strict=True)}

    def with_weights(self) -> Linear:
        """The same model with its weights as a dict (for a model read by :func:`load_models`)."""
        if self.index is None:
            return self
        nz = {f: [float(x) for x in self.matrix[i]] for f, i in self.index.items() if self.matrix[i].any()}
        return Linear(self.classes, self.bias, nz)

    def to_dict(self) -> dict:
        m = self.with_weights()
        if m is not self:
            return m.to_dict()
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


def save_models(models: dict[str, Linear], path: Path, extra: dict | None = None) -> None:
    """Write linear models to ``path`` (JSON: classes, biases, ``extra``) and two files beside it: the
    features of all models, one a line (``NAME.features.txt``), and their weights as one float32
    matrix, a row per feature and a column per model class (``NAME.weights.npy``). Loading arrays
    is about twenty times faster than parsing the same weights as JSON."""
    import numpy as np

    models = {k: m.with_weights() for k, m in models.items()}
    names = sorted({f for m in models.values() for f in m.weights})
    index = {f: i for i, f in enumerate(names)}
    layout: dict[str, dict] = {}
    col = 0
    for key in sorted(models):
        m = models[key]
        layout[key] = {"classes": m.classes, "bias": [round(b, 6) for b in m.bias], "column": col}
        col += len(m.classes)
    matrix = np.zeros((len(names), col), dtype=np.float32)
    for key, m in models.items():
        c = layout[key]["column"]
        for f, w in m.weights.items():
            matrix[index[f], c:c + len(w)] = [round(x, 4) for x in w]
    stem = path.with_suffix("")
    feats = stem.with_name(stem.name + ".features.txt")
    weights = stem.with_name(stem.name + ".weights.npy")
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = feats.with_suffix(".tmp")
    tmp.write_text("\n".join(names) + "\n", encoding="utf-8")
    tmp.replace(feats)
    with open(weights.with_suffix(".tmp"), "wb") as fh:
        np.save(fh, matrix, allow_pickle=False)
    weights.with_suffix(".tmp").replace(weights)
    save_json({"models": layout, **(extra or {})}, path)


def load_models(path: Path) -> tuple[dict[str, Linear], dict]:
    """Read what :func:`save_models` wrote: (models by key, the JSON's other entries)."""
    import numpy as np

    data = json.loads(path.read_text(encoding="utf-8"))
    stem = path.with_suffix("")
    names = stem.with_name(stem.name + ".features.txt").read_text(encoding="utf-8").split("\n")[:-1]
    matrix = np.load(stem.with_name(stem.name + ".weights.npy"), allow_pickle=False)
    index = {f: i for i, f in enumerate(names)}
    full = np.round(matrix.astype(np.float64), 4)
    out: dict[str, Linear] = {}
    for key, spec in data.pop("models").items():
        c, k = spec["column"], len(spec["classes"])
        out[key] = Linear(list(spec["classes"]), list(spec["bias"]), index=index,
                          matrix=np.ascontiguousarray(full[:, c:c + k]))
    return out, data


def save_json(obj: dict, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text(json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n", encoding="utf-8")
    tmp.replace(path)
