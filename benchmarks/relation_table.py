#!/usr/bin/env python3
"""Per-relation precision and recall of kg on a gold set (default: the shared corpus).

Uses the scorer's own matching (``../shared/eval/score.py``), builds each article with the
library (one process, so the spaCy model loads once) and prints a Markdown table for the README.

    python benchmarks/relation_table.py [--gold-dir DIR --corpus-dir DIR]
"""
from __future__ import annotations

import argparse
import importlib.util
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def load_scorer(path: Path):
    spec = importlib.util.spec_from_file_location("kg_score", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold-dir", type=Path, default=SHARED / "eval" / "gold")
    ap.add_argument("--corpus-dir", type=Path, default=SHARED / "corpus")
    ap.add_argument("--scorer", type=Path, default=SHARED / "eval" / "score.py")
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT))
    from graph.api import build_graph
    from graph.rdf import fact_rows

    score = load_scorer(args.scorer)
    tp, fp, gold_n, found = Counter(), Counter(), Counter(), Counter()
    for gpath in sorted(args.gold_dir.glob("*.yaml")):
        gold = score.Gold(gpath)
        ds = build_graph([str(args.corpus_dir / gold.article)])
        facts = list(fact_rows(ds))
        seen, scored = set(), []
        for f in facts:
            key = (score.fold(f["subject"]), f["relation"], score.fold(f["object"]))
            if f["relation"] in score.RELATIONS and f["status"] not in score.NOT_ASSERTED and key not in seen:
                seen.add(key)
                scored.append(f)
        for g in gold.facts:
            gold_n[g[1]] += 1
            if any(gold.fact_matches(g, f) for f in scored):
                found[g[1]] += 1
        for f in scored:
            if any(gold.fact_matches(g, f) for g in gold.facts):
                tp[f["relation"]] += 1
            elif not any(gold.fact_matches(g, f) for g in gold.optional):
                fp[f["relation"]] += 1
    print("| relation | gold | found | recall | extracted | precision |")
    print("|---|---:|---:|---:|---:|---:|")
    for rel in sorted(set(gold_n) | set(tp) | set(fp)):
        r = found[rel] / gold_n[rel] if gold_n[rel] else float("nan")
        extracted = tp[rel] + fp[rel]
        p = tp[rel] / extracted if extracted else float("nan")
        print(f"| {rel} | {gold_n[rel]} | {found[rel]} | {r:.2f} | {extracted} | {p:.2f} |")
    total_p = sum(tp.values()) / max(1, sum(tp.values()) + sum(fp.values()))
    total_r = sum(found.values()) / max(1, sum(gold_n.values()))
    print(f"| **all** | {sum(gold_n.values())} | {sum(found.values())} | {total_r:.2f} | "
          f"{sum(tp.values()) + sum(fp.values())} | {total_p:.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
