"""Training and cross-validation of the relation and status models.

One binary logistic regression per relation over the candidates its domain and range admit, and
one multinomial logistic regression for the status of the candidates that hold a fact. Features
are binary; only those seen in at least ``min_count`` training candidates are kept. Training needs
scikit-learn (``pip install -e .[train]``); running the models does not (:mod:`.linear`).
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from ..extractors.candidates import RELATIONS
from ..linear import Linear
from .annotations import AnnotatedText
from .dataset import Example, examples

STATUS_CLASSES = ("asserted", "reported", "presupposed", "questioned", "negated", "planned", "hypothetical")


@dataclass
class Featurized:
    doc: AnnotatedText
    examples: list[Example]
    status: list[list[str]] = field(default_factory=list)  # status features, per example


def featurize(docs: list[AnnotatedText]) -> list[Featurized]:
    out = []
    for d in docs:
        exs = examples(d)
        out.append(Featurized(d, exs, [x.status_features for x in exs]))
    return out


# ---------------------------------------------------------------------------------------------- folds
def story_groups(docs: list[AnnotatedText]) -> dict[str, str]:
    """Texts telling the same story (the same news from two outlets, a French version of an English
    story) share a group: their sets of named entities overlap by a third or more, with at least
    three in common. Returns file -> group key (the smallest file name of the group)."""
    names = {d.file: {n.casefold() for n in d.entities} for d in docs}
    parent = {d.file: d.file for d in docs}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    files = sorted(names)
    for i, a in enumerate(files):
        for b in files[i + 1 :]:
            inter = len(names[a] & names[b])
            if inter >= 3 and inter / max(1, min(len(names[a]), len(names[b]))) >= 1 / 3:
                ra, rb = find(a), find(b)
                if ra != rb:
                    parent[max(ra, rb)] = min(ra, rb)
    return {f: find(f) for f in files}


def folds(docs: list[AnnotatedText], k: int = 5) -> dict[str, int]:
    """file -> fold, whole story groups to one fold, balanced by size, deterministic."""
    groups = story_groups(docs)
    members: dict[str, list[str]] = defaultdict(list)
    for f, g in groups.items():
        members[g].append(f)
    order = sorted(members, key=lambda g: (-len(members[g]), hashlib.sha256(g.encode()).hexdigest()))
    load = [0] * k
    out = {}
    for g in order:
        i = min(range(k), key=lambda j: (load[j], j))
        for f in members[g]:
            out[f] = i
        load[i] += len(members[g])
    return out


# ---------------------------------------------------------------------------------------------- fitting
class Vocabulary:
    def __init__(self, feature_lists, min_count: int = 2):
        counts: Counter = Counter()
        for fl in feature_lists:
            counts.update(fl)
        self.names = sorted(f for f, n in counts.items() if n >= min_count)
        self.index = {f: i for i, f in enumerate(self.names)}

    def matrix(self, feature_lists):
        import numpy as np
        from scipy.sparse import csr_matrix

        rows, cols = [], []
        for r, fl in enumerate(feature_lists):
            for f in fl:
                j = self.index.get(f)
                if j is not None:
                    rows.append(r)
                    cols.append(j)
        data = np.ones(len(rows), dtype=np.float64)
        return csr_matrix((data, (rows, cols)), shape=(len(feature_lists), len(self.names)))


def _fit_binary(X, y, C: float):
    from sklearn.linear_model import LogisticRegression

    model = LogisticRegression(C=C, solver="liblinear", max_iter=1000, random_state=0)
    model.fit(X, y)
    return model


@dataclass
class RelationModels:
    """The relation models (one binary model per relation) and the status model."""

    relations: dict[str, Linear]
    status: Linear | None = None

    def score(self, rel: str, feats: list[str]) -> float:
        m = self.relations.get(rel)
        return m.prob(feats) if m is not None else 0.0

    def status_probs(self, feats: list[str]) -> dict[str, float]:
        return self.status.probs(feats) if self.status is not None else {"asserted": 1.0}


def fit(data: list[Featurized], C: float = 0.5, C_status: float = 0.5, min_count: int = 2) -> RelationModels:
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    exs = [x for d in data for x in d.examples]
    vocab = Vocabulary((x.features for x in exs), min_count)
    relations: dict[str, Linear] = {}
    for rel in RELATIONS:
        rows = [(x.features, x.labels[rel]) for x in exs if x.labels.get(rel) is not None]
        ys = np.array([y for _, y in rows])
        if len(rows) == 0 or ys.sum() < 3 or ys.sum() == len(ys):
            continue
        X = vocab.matrix([fl for fl, _ in rows])
        m = _fit_binary(X, ys, C)
        relations[rel] = Linear.from_sklearn(m, vocab.names)
    models = RelationModels(relations)
    # status: one example per (candidate, relation) that holds a fact
    srows = []
    for d in data:
        for x, sf in zip(d.examples, d.status, strict=True):
            for rel, st in x.status.items():
                srows.append((sf + [f"rel={rel}"], st))
    if srows and len({st for _, st in srows}) > 1:
        svocab = Vocabulary((fl for fl, _ in srows), min_count)
        X = svocab.matrix([fl for fl, _ in srows])
        m = LogisticRegression(C=C_status, max_iter=3000)
        m.fit(X, [st for _, st in srows])
        if len(m.classes_) == 2:
            pos = Linear.from_sklearn(m, svocab.names)
            neg = Linear([str(m.classes_[0])], [-pos.bias[0]], {f: [-w[0]] for f, w in pos.weights.items()})
            models.status = Linear(
                [str(m.classes_[0]), str(m.classes_[1])],
                [neg.bias[0], pos.bias[0]],
                {f: [-w[0], w[0]] for f, w in pos.weights.items()},
            )
        else:
            models.status = Linear.from_sklearn(m, svocab.names)
    return models
