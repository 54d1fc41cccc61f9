"""Cross-validation by article: per relation and per language precision, recall and F1, and the
out-of-fold probabilities that calibration is fitted on.

Facts are compared as the scorer (``../shared/eval/score.py``) compares them: one fact per
(subject, relation, object) of an article, amounts within 1 %, competitor and partner in either
direction, optional facts neither rewarded nor penalised, facts not asserted by the text left out.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from ..extractors.candidates import SYMMETRIC
from ..extractors.features import Arg
from .annotations import ASSERTING, AnnotatedText
from .dataset import _fact_matches
from .train import Featurized, RelationModels, fit, folds

NOT_ASSERTING = ("questioned", "negated", "planned", "hypothetical")


@dataclass
class Prediction:
    doc: str
    lang: str
    sentence: int
    subj: Arg
    obj: Arg
    relation: str
    p: float  # the relation model's probability
    status: str  # the status model's choice
    p_assert: float  # probability that the status is asserted, reported or presupposed
    label: int | None  # the candidate's label (1, 0 or None)
    text: str = ""  # the sentence


def predict(models: RelationModels, data: list[Featurized]) -> list[Prediction]:
    out = []
    for d in data:
        for x, sf in zip(d.examples, d.status, strict=True):
            for rel in x.candidate.relations:
                p = models.score(rel, x.features)
                if p < 0.05:
                    continue
                probs = models.status_probs(sf + [f"rel={rel}"])
                status = max(probs, key=lambda c: (probs[c], c))
                p_assert = sum(probs.get(c, 0.0) for c in ASSERTING)
                out.append(
                    Prediction(
                        d.doc.file,
                        d.doc.lang,
                        x.sentence,
                        x.candidate.subj,
                        x.candidate.obj,
                        rel,
                        p,
                        status,
                        p_assert,
                        x.labels.get(rel),
                        x.sentence_text,
                    )
                )
    return out


def cross_validate(data: list[Featurized], k: int = 5, **fit_args) -> list[Prediction]:
    fold_of = folds([d.doc for d in data], k)
    out = []
    for i in range(k):
        train = [d for d in data if fold_of[d.doc.file] != i]
        test = [d for d in data if fold_of[d.doc.file] == i]
        models = fit(train, **fit_args)
        out.extend(predict(models, test))
    return out


def _key(pr: Prediction) -> tuple:
    s = "ARTICLE" if pr.subj.kind == "article" else pr.subj.key
    return (s, pr.relation, pr.obj.key)


def fact_scores(
    preds: list[Prediction],
    docs: list[AnnotatedText],
    threshold: float | dict[str, float] = 0.5,
    assert_threshold: float = 0.5,
):
    """Fact-level counts per (language, relation): tp, fp, found, gold."""
    by_doc = defaultdict(list)
    for pr in preds:
        t = threshold[pr.relation] if isinstance(threshold, dict) else threshold
        if pr.p >= t and pr.p_assert >= assert_threshold:
            by_doc[pr.doc].append(pr)
    counts: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for d in docs:
        predicted: dict[tuple, Prediction] = {}
        for pr in by_doc.get(d.file, []):
            predicted.setdefault(_key(pr), pr)
        gold = [f for f in d.facts if not f.optional and f.status in ASSERTING]
        optional = [f for f in d.facts if f.optional or f.status not in ASSERTING]
        for pr in predicted.values():
            c = counts[(d.lang, pr.relation)]
            if any(_fact_matches(f, pr.relation, pr.subj, pr.obj) for f in gold):
                c[0] += 1
            elif not any(_fact_matches(f, pr.relation, pr.subj, pr.obj) and f.status in ASSERTING for f in optional):
                c[1] += 1
        for f in gold:
            c = counts[(d.lang, f.relation)]
            c[3] += 1
            if any(
                _fact_matches(f, f.relation, pr.subj, pr.obj) for pr in predicted.values() if pr.relation == f.relation
            ):
                c[2] += 1
    return counts


def prf(tp: int, fp: int, found: int, gold: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = found / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def table(counts, langs=("en", "fr")) -> str:
    rels = sorted({r for _, r in counts})
    lines = [
        "| relation | " + " | ".join(f"{lg} P | {lg} R | {lg} F1" for lg in langs) + " | all F1 | gold |",
        "|---|" + "---:|" * (3 * len(langs) + 2),
    ]
    tot = {lg: [0, 0, 0, 0] for lg in langs}
    for rel in rels:
        cells = []
        allc = [0, 0, 0, 0]
        for lg in langs:
            c = counts.get((lg, rel), [0, 0, 0, 0])
            for j in range(4):
                tot[lg][j] += c[j]
                allc[j] += c[j]
            p, r, f = prf(*c)
            cells.append(f"{p:.2f} | {r:.2f} | {f:.2f}")
        lines.append(f"| {rel} | " + " | ".join(cells) + f" | {prf(*allc)[2]:.2f} | {allc[3]} |")
    cells = []
    allc = [0, 0, 0, 0]
    for lg in langs:
        p, r, f = prf(*tot[lg])
        for j in range(4):
            allc[j] += tot[lg][j]
        cells.append(f"**{p:.2f}** | **{r:.2f}** | **{f:.2f}**")
    lines.append("| all | " + " | ".join(cells) + f" | **{prf(*allc)[2]:.2f}** | {allc[3]} |")
    return "\n".join(lines)


__all__ = ["Prediction", "cross_validate", "fact_scores", "table", "SYMMETRIC", "NOT_ASSERTING"]


def decode(preds: list[Prediction]) -> list[Prediction]:
    """The same decisions as the relation extractor (:func:`graph.extractors.relations.decode`)."""
    from dataclasses import replace

    from ..extractors.relations import decode as run
    from ..extractors.relations import share_lists

    items = [(pr, pr.subj, pr.obj, pr.relation, pr.p, (pr.doc, pr.sentence)) for pr in preds]
    texts = {(pr.doc, pr.sentence): pr.text for pr in preds}
    shared = share_lists(items, texts)
    preds = [replace(pr, p=q) if q != pr.p else pr for pr, q in zip(preds, shared, strict=True)]
    items = [(pr, pr.subj, pr.obj, pr.relation, pr.p, (pr.doc, pr.sentence)) for pr in preds]
    return [x[0] for x in run(items)]


def _asserted_facts(preds: list[Prediction], thresholds: dict[str, float]) -> dict[str, dict[tuple, Prediction]]:
    """doc -> fact key -> its most confident prediction, for facts kg would assert."""
    out: dict[str, dict[tuple, Prediction]] = defaultdict(dict)
    for pr in preds:
        if pr.p >= thresholds.get(pr.relation, 0.5) and pr.p_assert >= 0.5:
            k = _key(pr)
            if k not in out[pr.doc] or pr.p > out[pr.doc][k].p:
                out[pr.doc][k] = pr
    return out


def choose_thresholds(
    preds: list[Prediction], docs: list[AnnotatedText], grid=None, default: float = 0.4
) -> dict[str, float]:
    """Per relation, the probability threshold with the best fact-level F1 on the folds (ties: the
    higher threshold); relations with fewer than 20 gold facts keep ``default``."""
    grid = grid or [round(0.15 + 0.05 * i, 2) for i in range(14)]
    rels = sorted({pr.relation for pr in preds})
    out = {}
    for rel in rels:
        sub = [pr for pr in preds if pr.relation == rel]
        best = (-1.0, default)
        gold_n = 0
        for t in grid:
            c = fact_scores(sub, docs, t)
            tp = sum(v[0] for (lg, r), v in c.items() if r == rel)
            fp = sum(v[1] for (lg, r), v in c.items() if r == rel)
            fo = sum(v[2] for (lg, r), v in c.items() if r == rel)
            gold_n = sum(v[3] for (lg, r), v in c.items() if r == rel)
            f = prf(tp, fp, fo, gold_n)[2]
            if f >= best[0]:
                best = (f, t)
        out[rel] = best[1] if gold_n >= 20 else default
    return out


def calibration_data(
    preds: list[Prediction], docs: list[AnnotatedText], thresholds: dict[str, float]
) -> tuple[list[float], list[int]]:
    """(score, right) of every fact kg would assert on the folds, as ``../shared/eval/calibration.py``
    counts them: right when it matches a fact or an optional fact of the annotation."""
    by = {d.file: d for d in docs}
    scores, right = [], []
    for doc, facts in sorted(_asserted_facts(preds, thresholds).items()):
        d = by[doc]
        ok = [f for f in d.facts if f.status in ASSERTING]
        for _, pr in sorted(facts.items(), key=lambda kv: str(kv[0])):
            scores.append(pr.p)
            right.append(int(any(_fact_matches(f, pr.relation, pr.subj, pr.obj) for f in ok)))
    return scores, right


def reliability(scores: list[float], right: list[int], calibrate) -> list[tuple[str, int, int]]:
    """(confidence bucket, facts, right) as calibration.py buckets them."""
    buckets = {">=0.9": [0, 0], "0.8-0.9": [0, 0], "0.6-0.8": [0, 0], "<0.6": [0, 0]}
    for s, r in zip(scores, right, strict=True):
        c = round(calibrate(s), 2)
        b = ">=0.9" if c >= 0.9 else "0.8-0.9" if c >= 0.8 else "0.6-0.8" if c >= 0.6 else "<0.6"
        buckets[b][0] += 1
        buckets[b][1] += r
    return [(k, v[0], v[1]) for k, v in buckets.items()]
