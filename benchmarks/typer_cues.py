"""The typer's context cues (:func:`graph.analysis.typer.cue_class`) against the annotations: for every
annotated organisation and product, the class its mentions' appositions, naming phrases and maker
phrases give it, and whether that agrees with the annotated class.

    python benchmarks/typer_cues.py        # needs ../shared/corpus-train (annotations/ are in the project)

The cues are hand-written, not trained, so every annotated text is a test text.
"""
from __future__ import annotations

import sys
from collections import Counter

from _annotated import annotated_texts  # puts this checkout's graph first on sys.path

from graph.analysis import typer as T
from graph.learn.ner_train import COARSE


def main() -> int:
    tally: Counter = Counter()
    wrong: list[str] = []
    for d in annotated_texts():
        for e in d.entities.values():
            kind = COARSE.get(e.type)
            if not e.spans or kind not in ("ORG", "PROD"):
                continue
            cls = T.cue_class(T.contexts_of(d.text, [(s.start, s.end) for s in e.spans]))
            if cls is None:
                tally[kind, "no cue"] += 1
                continue
            said = "PROD" if cls == "PROD" or cls in T.KIND_CLASSES["PROD"] else "ORG"
            tally[kind, said] += 1
            if said != kind:
                wrong.append(f"{d.file}: {e.name} ({e.type}) -> {cls}")
    print("| annotated | no cue | cue says organisation | cue says product |\n|---|---:|---:|---:|")
    for kind in ("ORG", "PROD"):
        print(f"| {kind} | {tally[kind, 'no cue']} | {tally[kind, 'ORG']} | {tally[kind, 'PROD']} |")
    if "-v" in sys.argv:
        print("\n".join(wrong))
    return 0


if __name__ == "__main__":
    sys.exit(main())
