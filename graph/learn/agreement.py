"""Inter-annotator agreement on the texts annotated twice (``annotations/double/``).

- Mentions: F1 of one annotation's mention spans against the other's, exact offsets, with and
  without the coarse kind (PER, ORG, LOC, PROD).
- Facts: F1 of the facts each annotation asserts (asserted, reported, presupposed; optional rows of
  either side neither count for nor against), matched as the scorer matches them: ends by any shared
  form, amounts within 1 %, competitor and partner in either direction.
- Status: on the facts both annotated, how often they agree on asserting vs not, and Cohen's kappa.

``python -m graph.learn.agreement`` prints the table.
"""

from __future__ import annotations

import sys
import unicodedata
from collections import Counter

from .annotations import ANNOTATIONS, ASSERTING, AnnotatedText, FactAnn, load
from .ner_train import COARSE

SYMMETRIC = {"competitor", "partner"}


def _fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return " ".join("".join(c for c in s if not unicodedata.combining(c)).casefold().replace("-", " ").split())


def _names(doc: AnnotatedText, name: str) -> set[str]:
    e = doc.entities.get(name)
    if e is None:
        return {_fold(name)}
    return {_fold(name)} | {_fold(f) for f in e.forms}


def _same_end(a_doc, a: str, b_doc, b: str, amount: bool, year: bool) -> bool:
    if a == "ARTICLE" or b == "ARTICLE":
        return a == b
    if amount:
        try:
            va, ca = a.split()
            vb, cb = b.split()
            return abs(float(va) - float(vb)) <= 0.01 * max(float(va), 1) and ca == cb
        except ValueError:
            return False
    if year:
        return a[:4] == b[:4]
    return bool(_names(a_doc, a) & _names(b_doc, b))


def _match(a_doc, f: FactAnn, b_doc, g: FactAnn) -> bool:
    if f.relation != g.relation:
        return False
    amount = f.relation in ("fundsRaised", "valuation")
    year = f.relation == "foundingYear"
    direct = _same_end(a_doc, f.subject, b_doc, g.subject, False, False) and _same_end(
        a_doc, f.object, b_doc, g.object, amount, year
    )
    if direct or f.relation not in SYMMETRIC:
        return direct
    return _same_end(a_doc, f.subject, b_doc, g.object, False, False) and _same_end(
        a_doc, f.object, b_doc, g.subject, False, False
    )


def compare(a: AnnotatedText, b: AnnotatedText) -> dict:
    ma = {(s, e, COARSE.get(t, "?")) for s, e, _, t in a.mentions()}
    mb = {(s, e, COARSE.get(t, "?")) for s, e, _, t in b.mentions()}
    sa = {(s, e) for s, e, _ in ma}
    sb = {(s, e) for s, e, _ in mb}
    fa = [f for f in a.facts if not f.optional and f.status in ASSERTING]
    fb = [f for f in b.facts if not f.optional and f.status in ASSERTING]
    opt_a = [f for f in a.facts if f.optional or f.status not in ASSERTING]
    opt_b = [f for f in b.facts if f.optional or f.status not in ASSERTING]
    # facts of A found by B / of B found by A; a fact that the other side has as optional is left out
    a_found = sum(1 for f in fa if any(_match(a, f, b, g) for g in fb))
    a_left = sum(1 for f in fa if not any(_match(a, f, b, g) for g in fb) and any(_match(a, f, b, g) for g in opt_b))
    b_found = sum(1 for g in fb if any(_match(b, g, a, f) for f in fa))
    b_left = sum(1 for g in fb if not any(_match(b, g, a, f) for f in fa) and any(_match(b, g, a, f) for f in opt_a))
    # status agreement on facts both annotated (any status, not optional)
    pairs = []
    for f in (x for x in a.facts if not x.optional):
        g = next((y for y in b.facts if not y.optional and _match(a, f, b, y)), None)
        if g is not None:
            pairs.append((f.status in ASSERTING, g.status in ASSERTING))
    return {
        "mentions": (len(ma & mb), len(ma), len(mb)),
        "spans": (len(sa & sb), len(sa), len(sb)),
        "facts": (a_found, len(fa) - a_left, b_found, len(fb) - b_left),
        "status": pairs,
    }


def _f1(common: int, na: int, nb: int) -> float:
    return 2 * common / (na + nb) if na + nb else 1.0


def kappa(pairs: list[tuple[bool, bool]]) -> float:
    n = len(pairs)
    if not n:
        return 1.0
    po = sum(1 for x, y in pairs if x == y) / n
    pa = sum(1 for x, _ in pairs if x) / n
    pb = sum(1 for _, y in pairs if y) / n
    pe = pa * pb + (1 - pa) * (1 - pb)
    return 1.0 if pe == 1 else (po - pe) / (1 - pe)


def report() -> str:
    rows = []
    totals: dict[str, Counter] = {}
    for coll in ("en", "fr", "fr-own"):
        folder = ANNOTATIONS / "double" / coll
        for p in sorted(folder.glob("*.yaml")) if folder.is_dir() else []:
            first = ANNOTATIONS / coll / p.name
            if not first.is_file():
                continue
            r = compare(load(first), load(p))
            t = totals.setdefault(coll, Counter())
            t["docs"] += 1
            c, na, nb = r["mentions"]
            t["m_c"] += c
            t["m_a"] += na
            t["m_b"] += nb
            c, na, nb = r["spans"]
            t["s_c"] += c
            t["s_a"] += na
            t["s_b"] += nb
            af, an, bf, bn = r["facts"]
            t["af"] += af
            t["an"] += an
            t["bf"] += bf
            t["bn"] += bn
            t["st_n"] += len(r["status"])
            t["st_agree"] += sum(1 for x, y in r["status"] if x == y)
            rows.extend(r["status"])
    lines = [
        "| texts | annotated twice | mention F1 (span and kind) | span F1 | fact F1 | status agreement (kappa) |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for coll, t in totals.items():
        fact_p = t["af"] / t["an"] if t["an"] else 1.0  # A's facts that B has
        fact_r = t["bf"] / t["bn"] if t["bn"] else 1.0
        fact_f = 2 * fact_p * fact_r / (fact_p + fact_r) if fact_p + fact_r else 0.0
        lines.append(
            f"| {coll} | {t['docs']} | {_f1(t['m_c'], t['m_a'], t['m_b']):.2f} | "
            f"{_f1(t['s_c'], t['s_a'], t['s_b']):.2f} | "
            f"{fact_f:.2f} | {t['st_agree'] / max(1, t['st_n']):.2f} |"
        )
    lines.append(f"\nStatus (asserting vs not) on {len(rows)} facts both annotated: kappa {kappa(rows):.2f}")
    return "\n".join(lines)


if __name__ == "__main__":
    print(report())
    sys.exit(0)
