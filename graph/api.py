"""The library behind the CLI: build, load and save graphs.

>>> from graph.api import build_graph, save_graph          # doctest: +SKIP
>>> ds = build_graph(["examples/reflection-ai.fr.txt"])   # doctest: +SKIP
>>> save_graph(ds, "out/reflection-ai.ttl")               # doctest: +SKIP
"""
from __future__ import annotations

import io
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Dataset, Graph

from .errors import BuildError, GraphFileError, InputError, KgError
from .formats import RdfFormat, atomic_write, guess_rdf_format
from .model import Article, Extraction


def extract(article: Article, *, lang: str = "auto", kb_files: Iterable[Path] = (), model: str | None = None) -> Extraction:
    """Run the extraction pipeline on one article."""
    from .pipeline import get_pipeline

    return get_pipeline(kb_files=tuple(kb_files), model=model).extract(article, lang=lang)


def build_graph(inputs: list[str], *, lang: str = "auto", kb_files: Iterable[Path] = (),
                model: str | None = None, on_error=None) -> Dataset:
    """Read and extract every input into one dataset (one named graph per article).

    A bad input among several is reported through ``on_error(name, message)`` and the rest
    are built; when every input fails, or there is only one, the error is raised.
    """
    from .ingest import expand, read_input
    from .rdf import add_extraction, new_dataset

    ds = new_dataset()
    items = list(expand(inputs))
    failures: list[tuple[str, str]] = []
    for display, path in items:
        try:
            article = read_input(display, path)
            add_extraction(ds, extract(article, lang=lang, kb_files=kb_files, model=model))
        except InputError as exc:
            if len(items) == 1:
                raise
            failures.append((display, str(exc)))
            if on_error:
                on_error(display, str(exc))
    if failures:
        if len(failures) == len(items):
            raise BuildError(f"none of the {len(items)} inputs could be built", failures)
        ds.failures = failures  # type: ignore[attr-defined]
    return ds


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


def build_store(inputs: list[str], store, *, lang: str = "auto", kb_files: Iterable[Path] = (),
                model: str | None = None, on_error=None) -> StoreBuild:
    """Build articles into a store incrementally: one named graph per article, one write each.

    An article whose content hash is already in the store is skipped (nothing is extracted);
    a new version of an article (same URL, else same file name, another hash) replaces the
    old one in the same write. Each write is all or nothing, so an interrupted build leaves
    whole articles only, and running it again completes it.

    Args:
        inputs: files, folders or ``-`` as for :func:`build_graph`.
        store: a store from :func:`graph.store.open_store` opened for writing, or its spec.
    """
    from .ingest import expand, read_input
    from .rdf import add_extraction, article_iri, new_dataset
    from .store import ArticleInfo, open_store

    if isinstance(store, (str, Path)):
        with open_store(store, create=True) as opened:
            return build_store(inputs, opened, lang=lang, kb_files=kb_files, model=model, on_error=on_error)
    report = StoreBuild()
    known = {a.iri: a for a in store.articles()}
    items = list(expand(inputs))
    for display, path in items:
        try:
            article = read_input(display, path)
        except InputError as exc:
            if len(items) == 1:
                raise
            report.failures.append((display, str(exc)))
            if on_error:
                on_error(display, str(exc))
            continue
        source = article.url or (article.name if article.name not in ("", "stdin") else None)
        stale = [a.iri for a in known.values() if source and a.source == source and a.content_hash != article.hash]
        present = any(a.content_hash == article.hash for a in known.values())
        iri = str(article_iri(article.key))
        if present:
            for old in stale:  # left over by an interrupted replacement on a server
                store.remove(old)
                known.pop(old, None)
            (report.replaced if stale else report.unchanged).append(display)
            continue
        ds = new_dataset()
        graph = add_extraction(ds, extract(article, lang=lang, kb_files=kb_files, model=model))
        store.put_article(iri, article.hash, graph, replaces=stale)
        for old in stale:
            known.pop(old, None)
        known[iri] = ArticleInfo(iri, article.hash, article.name or None, article.url, article.title)
        (report.replaced if stale else report.added).append(display)
    if report.failures and len(report.failures) == len(items):
        raise BuildError(f"none of the {len(items)} inputs could be built", report.failures)
    return report


def union_graph(ds: Dataset | Graph) -> Graph:
    """All triples of all named graphs, in one graph (for formats without named graphs)."""
    from .rdf import as_graph

    return as_graph(ds)


def serialize(ds: Dataset | Graph, fmt: RdfFormat) -> bytes:
    """Serialise deterministically: the same graph gives the same bytes."""
    if fmt in (RdfFormat.nt, RdfFormat.nq):
        target = ds if fmt is RdfFormat.nq else union_graph(ds)
        text = target.serialize(format=fmt.rdflib_name)
        lines = sorted({line for line in text.splitlines() if line.strip()})
        return ("\n".join(lines) + "\n").encode("utf-8")
    target = ds if fmt.is_dataset else union_graph(ds)
    out = target.serialize(format=fmt.rdflib_name)
    return out.encode("utf-8") if isinstance(out, str) else out


def save_graph(ds: Dataset | Graph, path: str | Path, fmt: RdfFormat | None = None) -> None:
    """Write ``ds`` to ``path`` (``-`` for stdout) atomically, the format guessed from the extension."""
    import sys

    fmt = guess_rdf_format(path, fmt)
    data = serialize(ds, fmt)
    if str(path) == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return
    with atomic_write(path) as fh:
        fh.write(data)


def load_graph(path: str | Path, fmt: RdfFormat | None = None, *, data: bytes | None = None) -> Dataset:
    """Parse a graph file (any format kg writes) into a Dataset.

    ``data``, when given, is the file's content already read (``path`` then only names it).
    """
    import sys

    from .rdf import new_dataset

    ds = new_dataset()
    name = str(path)
    try:
        if data is not None:
            fmt = guess_rdf_format(path, fmt)
        elif name == "-":
            data = sys.stdin.buffer.read()
            fmt = fmt or RdfFormat.turtle
        else:
            p = Path(path)
            if not p.exists():
                raise GraphFileError(f"{path}: no such graph file; build one with `kg build ARTICLE -o {path}`")
            if p.is_dir():
                raise GraphFileError(f"{path}: is a folder; for a store use --store {path}")
            fmt = guess_rdf_format(path, fmt)
            data = p.read_bytes()
        if not data.strip():
            raise GraphFileError(f"{name}: the graph file is empty; rebuild it with `kg build`")
        if fmt.is_dataset:
            ds.parse(data=data, format=fmt.rdflib_name)
        else:
            ds.default_graph.parse(data=data, format=fmt.rdflib_name)
    except KgError:
        raise
    except Exception as exc:  # rdflib raises many kinds of parse errors
        msg = " ".join(str(exc).split())[:300]
        raise GraphFileError(f"{name}: not a valid {fmt.value if fmt else 'RDF'} graph ({msg}); "
                             f"check the file or give --format") from None
    return ds
