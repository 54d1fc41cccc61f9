"""How often the rivalry frames and the opposed-country veto (graph/extractors/rivalry.py) are right on
the annotated corpus.

    python benchmarks/rivalry_frames.py      # needs ../shared/corpus-train; a minute

For every candidate pair of two annotated names that a frame sets against each other: is the
``competitor`` fact annotated with its evidence in that sentence (right), annotated elsewhere or as
optional (unknown), or not (wrong)? Prints the counts by language and a few examples of each. Then,
for every ``country`` candidate the veto drops (a country named as the other side of a rivalry): is
that country fact annotated (the veto is wrong) or not?
"""
from __future__ import annotations

import sys
from collections import Counter

from _annotated import annotated_texts  # puts this checkout's graph first on sys.path

from graph.analysis.text import sentences as split_sentences
from graph.extractors.candidates import candidates
from graph.extractors.rivalry import opposed, rivalry
from graph.learn.dataset import _fact_matches, gold_frames


def main() -> int:
    docs = annotated_texts()
    counts: Counter = Counter()
    shown: Counter = Counter()
    vetoes: Counter = Counter()
    for doc in docs:
        sents, topics, _ = gold_frames(doc)
        spans = [(s.start, s.end) for s in split_sentences(doc.text)]
        types = {e.name: e.type for e in doc.entities.values()}
        seen = set()
        for c in candidates(sents, topics, types):
            if "country" in c.relations and opposed(sents[c.sentence], c.subj, c.obj):
                s0, s1 = spans[c.sentence]
                hits = [f for f in doc.facts if _fact_matches(f, "country", c.subj, c.obj)]
                here = [f for f in hits if not f.optional and any(e.start < s1 and s0 < e.end for e in f.evidence)]
                vetoes["wrong" if here else "unknown" if hits else "right"] += 1
            if "competitor" not in c.relations or not rivalry(sents[c.sentence], c.subj, c.obj):
                continue
            pair = (c.sentence, frozenset((c.subj.key, c.obj.key)))
            if pair in seen:
                continue
            seen.add(pair)
            s0, s1 = spans[c.sentence]
            hits = [f for f in doc.facts if _fact_matches(f, "competitor", c.subj, c.obj)]
            here = [f for f in hits if not f.optional and any(e.start < s1 and s0 < e.end for e in f.evidence)]
            verdict = "right" if here else "unknown" if hits else "wrong"
            counts[(doc.lang, verdict)] += 1
            if shown[verdict] < 6:
                shown[verdict] += 1
                print(f"{verdict:7s} {c.subj.key} / {c.obj.key}: {sents[c.sentence].text[:160]}")
    print()
    for lang in ("en", "fr"):
        r, w, u = (counts[(lang, v)] for v in ("right", "wrong", "unknown"))
        print(f"{lang}: {r + w + u} frames, {r} right, {w} wrong, {u} unknown; precision {r / max(1, r + w):.2f}")
    r, w = sum(counts[(x, 'right')] for x in ("en", "fr")), sum(counts[(x, 'wrong')] for x in ("en", "fr"))
    print(f"all: precision {r / max(1, r + w):.2f} ({r} of {r + w})")
    print(f"\nopposed-country veto: {sum(vetoes.values())} country candidates dropped, {vetoes['right']} not "
          f"annotated as facts, {vetoes['wrong']} annotated (wrongly dropped), {vetoes['unknown']} unknown")
    return 0


if __name__ == "__main__":
    sys.exit(main())
