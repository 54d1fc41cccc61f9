"""The library behind the CLI: extract one article, build graphs and stores, load and save graph files.

Every build goes through :func:`graph.corpus.build` and its sinks; :func:`build_graph` and
:func:`build_store` are that builder with a :class:`~graph.corpus.DatasetSink` or a
:class:`~graph.corpus.StoreSink`, extracting in this process unless ``jobs`` says otherwise.

>>> from graph.api import build_graph, save_graph          # doctest: +SKIP
>>> ds = build_graph(["examples/reflection-ai.fr.txt"])   # doctest: +SKIP
>>> save_graph(ds, "out/reflection-ai.ttl")               # doctest: +SKIP
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from .ingest import MAX_CHARS
from .pipeline import extract
from .rdf.files import load_graph, save_graph, serialize, union_graph

if TYPE_CHECKING:
    from rdflib import Dataset

    from .store import BaseStore

__all__ = ["StoreBuild", "build_graph", "build_store", "extract", "load_graph", "save_graph", "serialize",
           "union_graph"]

OnError = Callable[[str, str], None]


def build_graph(inputs: list[str], *, lang: str = "auto", kb_files: Iterable[Path] = (), model: str | None = None,
                on_error: OnError | None = None, jobs: int = 1, max_chars: int = MAX_CHARS) -> Dataset:
    """Read and extract every input into one dataset (one named graph per article).

    Inputs are what ``kg build`` takes (files, folders, glob patterns, JSONL files, ``-``). A bad
    input among several is reported through ``on_error(name, message)`` and the rest are built
    (the dataset's ``failures`` lists them); when every input fails, or there is only one, the
    error is raised. An article longer than ``max_chars`` characters fails as it is read.
    """
    from .corpus import DatasetSink, build

    sink = DatasetSink()
    summary = build(inputs, sink, lang=lang, kb_files=kb_files, model=model, jobs=jobs, on_error=on_error,
                    max_chars=max_chars)
    if summary.failures:
        sink.dataset.failures = summary.failures  # type: ignore[attr-defined]
    return sink.dataset


@dataclass
class StoreBuild:
    """What :func:`build_store` did, article by article (display names)."""

    added: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failures: list[tuple[str, str]] = field(default_factory=list)

    def summary(self) -> str:
        return (f"{len(self.added)} added, {len(self.replaced)} replaced, {len(self.unchanged)} unchanged"
                + (f", {len(self.failures)} failed" if self.failures else ""))


def build_store(inputs: list[str], store: BaseStore | str | Path, *, lang: str = "auto", kb_files: Iterable[Path] = (),
                model: str | None = None, on_error: OnError | None = None, jobs: int = 1,
                max_chars: int = MAX_CHARS) -> StoreBuild:
    """Build articles into a store incrementally: one named graph per article, one write each.

    An article whose content hash is already in the store is skipped (nothing is extracted);
    a new version of an article (same URL, else same file name, another hash) replaces the
    old one in the same write. Each write is all or nothing, so an interrupted build leaves
    whole articles only, and running it again completes it.

    Args:
        inputs: as for :func:`build_graph`.
        store: a store from :func:`graph.store.open_store` opened for writing, or its spec.
    """
    from .corpus import StoreSink, build
    from .store import open_store

    if isinstance(store, (str, Path)):
        with open_store(store, create=True) as opened:
            return build_store(inputs, opened, lang=lang, kb_files=kb_files, model=model, on_error=on_error, jobs=jobs,
                               max_chars=max_chars)
    report = StoreBuild()
    summary = build(inputs, StoreSink(store), lang=lang, kb_files=kb_files, model=model, jobs=jobs, on_error=on_error,
                    on_article=lambda display, verdict: getattr(report, verdict).append(display), max_chars=max_chars)
    report.failures = summary.failures
    return report
