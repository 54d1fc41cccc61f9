"""For the benchmarks that read the annotated corpus: kg importable from this checkout, and the texts."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def annotated_texts() -> list:
    """Every annotated text (``annotations/`` with ``../shared/corpus-train``); exits 2 without them."""
    from graph.learn import annotations as A

    docs = A.load_all()
    if not docs:
        print("no annotations (annotations/ and ../shared/corpus-train are needed)", file=sys.stderr)
        raise SystemExit(2)
    return docs
