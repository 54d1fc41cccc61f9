"""Shared fixtures: the example article, the shared corpus (skipped when absent), a fact helper."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "reflection-ai.fr.txt"
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus"


@pytest.fixture(scope="session")
def example_path() -> Path:
    return EXAMPLE


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    if not CORPUS.is_dir():
        pytest.skip("the shared corpus (../shared/corpus) is not present")
    return CORPUS


def extract_text(text: str, lang: str = "auto"):
    from graph.model import Article
    from graph.pipeline import get_pipeline

    return get_pipeline().extract(Article(text, "test.txt"), lang=lang)


def fact_set(text: str, lang: str = "auto", *, all_statuses: bool = False) -> set[tuple]:
    """(subject label, relation, object label or value, status) of the facts kg finds in ``text``."""
    ex = extract_text(text, lang)
    out = set()
    for f in ex.facts:
        subj = "ARTICLE" if f.subject == "__article__" else ex.entities[f.subject].label
        if hasattr(f.object, "value"):
            obj = f"{f.object.value.normalize():f} {f.object.currency}"
        elif f.relation == "foundingYear":
            obj = str(f.object)
        else:
            obj = ex.entities[f.object].label
        out.add((subj, f.relation, obj, f.status))
        if f.relation in ("competitor", "partner"):     # symmetric: either way round
            out.add((obj, f.relation, subj, f.status))
    return out


@pytest.fixture
def facts():
    return fact_set
