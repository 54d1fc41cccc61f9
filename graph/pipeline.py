"""From an article to an :class:`~graph.model.Extraction`, in three stages:

1. analysis (:mod:`graph.analysis`): sentences, mentions, entities, the main organisation,
   references, amounts; the result is a frozen :class:`~graph.analysis.document.Document`;
2. extraction: each registered extractor (:mod:`graph.extractors`) reads the document and returns
   its facts and the types they give unknown names, which the next extractors see;
3. merging (:mod:`graph.extractors.merge`): short names, developers of product families, a person's
   own company apart from her past employers, duplicates, the entities the facts need.

>>> from graph.model import Article
>>> from graph.pipeline import extract
>>> text = "Acme AI, fondée en 2021 par Jane Doe, a levé 5 millions d'euros."
>>> ex = extract(Article(text, "t.txt"), lang="fr")          # doctest: +SKIP
"""
from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from .analysis.analyser import Analyser
from .analysis.kbase import load_kb
from .extractors import DEFAULT, get
from .extractors.merge import (
    finish,
    inherit_developers,
    masthead_echoes,
    merge_short_names,
    name_sharing_makers,
    named_makers,
    own_company,
    past_jobs,
    successors,
    unconfirmed_figures,
    unique,
)
from .model import Article, Extraction, Fact


class Pipeline:
    """Analyses articles and runs the extractors on them. Build once, reuse for many articles."""

    def __init__(self, kb_files: tuple[Path, ...] = (), model: str | None = None, extractors: Iterable[str] = DEFAULT):
        self.analyser = Analyser(load_kb(tuple(kb_files)), model)
        self.extractors = [get(name) for name in extractors]

    def extract(self, article: Article, lang: str = "auto") -> Extraction:
        doc = self.analyser.analyse(article, lang)
        facts: list[Fact] = []
        for extractor in self.extractors:
            found = extractor.extract(doc)
            facts += found.facts
            doc = doc.with_types(found.types, found.kb_entities, found.entities)
        facts, entities = merge_short_names(facts, doc.entities)
        facts = past_jobs(inherit_developers(name_sharing_makers(named_makers(facts)), entities), article.text)
        facts = masthead_echoes(facts, entities)
        facts = unique(own_company(successors(unconfirmed_figures(facts, article.text), article.text), article.text))
        return finish(article, entities, facts, doc.mentions)


@lru_cache(maxsize=4)
def get_pipeline(kb_files: tuple[Path, ...] = (), model: str | None = None) -> Pipeline:
    return Pipeline(kb_files, model)


def extract(article: Article, *, lang: str = "auto", kb_files: Iterable[Path] = (),
            model: str | None = None) -> Extraction:
    """Run the extraction pipeline on one article.

    Every build calls this function (:func:`graph.corpus.build` looks it up when it starts), so
    replacing it plugs another extractor into ``kg build`` and the library; the tests do.
    """
    return get_pipeline(kb_files=tuple(kb_files), model=model).extract(article, lang=lang)


_WARM_UP = {"fr": "Zentra, fondée en 2021 par Anne Durand à Lyon, a levé 5 millions d'euros auprès de Partech.",
            "en": "Zentra, founded in 2021 by Anne Durand in Lyon, raised $5 million from Partech."}


def warm_up(langs: Iterable[str], kb_files: Iterable[Path] = (), model: str | None = None) -> None:
    """Load what extracting articles of ``langs`` needs, except the spaCy recogniser: the knowledge
    base, the trained models, the regular expressions compiled on first use (by extracting a made-up
    sentence with no NER). Output is unchanged; :func:`graph.corpus.workers` calls it while a child
    process loads spaCy."""
    from .analysis import nlp, typer, wordlist
    from .extractors.model import load
    from .rdf import write  # noqa: F401 - imported now, used when the article is written

    pipe = get_pipeline(kb_files=tuple(kb_files), model=model)
    load()
    typer.type_name("Zentra", "ORG", [], "en")
    wordlist.zipf("zentra", "en")
    for lang in langs:
        text = _WARM_UP.get(lang)
        if text is not None:
            nlp.prefetch_ner_result(text, lang, model, [])
            pipe.extract(Article(text, "warm-up.txt"), lang=lang)

