"""Stores that hold a local pyoxigraph ``Store``: a persistent folder (RocksDB), a graph file
loaded in memory, an rdflib graph copied in memory."""
from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import GraphFileError, QueryError, StoreError, UsageError
from ..formats import RdfFormat, guess_rdf_format
from .base import (
    _ARTICLES_QUERY,
    _ARTICLES_QUERY_UNION,
    KG_NS,
    ArticleInfo,
    BaseStore,
    _article_info,
    _check_iri,
    _dump_ox,
    _one_line,
    _ox_query,
    _ox_to_dataset,
    _sparql_insert_body,
    _string_literal,
    ox_format,
    to_ox,
)

#: Files RocksDB always writes into an Oxigraph store folder.
_STORE_MARKERS = ("CURRENT", "IDENTITY")

if TYPE_CHECKING:
    from rdflib import Dataset


def is_oxigraph_dir(path: Path) -> bool:
    return path.is_dir() and all((path / m).exists() for m in _STORE_MARKERS)


class _OxBacked(BaseStore):
    """Shared code of the stores that hold a local pyoxigraph ``Store`` (``self._ox``)."""

    _ox: Any = None

    def articles(self) -> list[ArticleInfo]:
        seen: dict[str, ArticleInfo] = {}
        for query in (_ARTICLES_QUERY, _ARTICLES_QUERY_UNION):
            for sol in self._ox.query(query):
                iri = sol["g"].value
                if iri not in seen:
                    seen[iri] = _article_info(sol)
        return sorted(seen.values(), key=lambda a: ((a.name or a.url or ""), a.iri))

    def has_article(self, content_hash: str) -> bool:
        q = f'ASK {{ ?a <{KG_NS}contentHash> {_string_literal(content_hash)} }}'
        return bool(self._ox.query(q, use_default_graph_as_union=True))

    def query(self, sparql: str):
        return _ox_query(self._ox, sparql)

    def count(self) -> int:
        return len(self._ox)

    def dataset(self):
        return _ox_to_dataset(self._ox)

    def _ox_for_dump(self):
        return self._ox

    def _write_article(self, article_iri: str, data, replaces: Iterable[str]) -> None:
        _check_iri(article_iri)
        drops = "".join(f"DROP SILENT GRAPH <{_check_iri(g)}> ;\n" for g in {article_iri, *replaces})
        update = f"{drops}INSERT DATA {{\n{_sparql_insert_body(article_iri, data)}\n}}"
        try:
            self._ox.update(update)
        except OSError as exc:
            raise StoreError(f"{self.spec}: cannot write article {article_iri} ({exc}); nothing was written") from None

    def _remove_graph(self, article_iri: str) -> None:
        import pyoxigraph as ox

        node = ox.NamedNode(_check_iri(article_iri))
        if not self._ox.contains_named_graph(node):
            raise StoreError(f"{self.spec}: no article {article_iri}; "
                             f"`kg query --store {self.spec} --name articles` lists them")
        self._ox.update(f"DROP GRAPH <{article_iri}>")

    def _update(self, sparql: str) -> None:
        try:
            self._ox.update(sparql)
        except SyntaxError as exc:
            raise QueryError(f"invalid SPARQL update: {_one_line(exc)}") from None


class OxigraphStore(_OxBacked):
    """A persistent embedded Oxigraph (RocksDB) store in a folder.

    Readers open it read-only (several may run at once); a writer takes the folder's lock.
    """

    kind = "oxigraph"

    def __init__(self, path: str | Path, *, create: bool = False, write: bool = False):
        import pyoxigraph as ox

        self.path = Path(path)
        self.spec = str(path)
        self.writable = write or create
        exists = is_oxigraph_dir(self.path)
        if not exists and self.path.exists() and not self.path.is_dir():
            raise UsageError(f"{path}: a file, not a store; --store takes a folder (an embedded store, which "
                             f"`kg build ARTICLES --store corpus.kg` creates), a graph file named .ttl, .nt, .nq, "
                             f".trig, .jsonld or .rdf, or the http(s):// URL of a SPARQL server")
        if not exists:
            if not create:
                raise StoreError(f"{path}: no kg store here; create one with `kg build --store {path} ARTICLES`")
            if self.path.exists() and (not self.path.is_dir() or any(self.path.iterdir())):
                raise StoreError(f"{path}: exists and is not a kg store; give a new or empty folder to --store")
        try:
            self._ox = ox.Store(str(self.path)) if self.writable else ox.Store.read_only(str(self.path))
        except (OSError, RuntimeError) as exc:  # RuntimeError: e.g. a store still being created by a writer
            msg = _one_line(exc)
            if "lock" in msg.lower():
                raise StoreError(f"{path}: the store is in use by another process (a running `kg build` or "
                                 f"`kg serve`?); wait for it to finish or stop it") from None
            raise StoreError(f"{path}: cannot open the store ({msg})") from None

    def put_article(self, article_iri: str, content_hash: str, data, replaces: Iterable[str] = ()) -> None:
        self._require_write()
        self._write_article(article_iri, data, replaces)

    def remove(self, article_iri: str) -> None:
        self._require_write()
        self._remove_graph(article_iri)

    def update(self, sparql: str) -> None:
        self._require_write()
        self._update(sparql)

    def bulk_load(self, path: str | Path, fmt: RdfFormat | None = None) -> None:
        """Load a big N-Quads or TriG file fast, without a transaction (for benchmarks and restores).

        Unlike :meth:`put_article`, a crash in the middle can leave part of the file loaded.
        """
        self._require_write()
        fmt = guess_rdf_format(path, fmt)
        try:
            self._ox.bulk_load(path=str(path), format=ox_format(fmt))
            self._ox.flush()
            self._ox.optimize()
        except (SyntaxError, ValueError, OSError) as exc:
            raise StoreError(f"{path}: cannot load it into {self.spec} ({_one_line(exc)[:300]})") from None

    def flush(self) -> None:
        if self.writable:
            self._ox.flush()

    def close(self) -> None:
        if self._ox is not None and self.writable:
            try:
                self._ox.flush()
            except OSError:
                pass
        self._ox = None

    def _require_write(self) -> None:
        if not self.writable:
            raise StoreError(f"{self.spec}: opened read-only")


class FileStore(_OxBacked):
    """A graph file (``.ttl``, ``.nt``, ``.trig``, ``.nq``, ``.jsonld``, ``.xml``) or ``-`` (stdin).

    The file is loaded into an in-memory Oxigraph store for SPARQL, and into rdflib for the
    rdflib readers. Writes rewrite the whole file atomically. Turtle, N-Triples and RDF/XML
    keep no article boundaries, so they cannot replace or remove one article: use ``.trig``,
    ``.nq`` or a store folder for that.
    """

    kind = "file"

    def __init__(self, path: str | Path, fmt: RdfFormat | None = None, *, create: bool = False,
                 data: bytes | None = None):
        import pyoxigraph as ox

        self.spec = str(path)
        self.path = None if str(path) == "-" else Path(path)
        self.fmt = guess_rdf_format(path, fmt)
        self.writable = self.path is not None
        self._data = data
        if self._data is None:
            if self.path is None:
                self._data = sys.stdin.buffer.read()
            elif self.path.is_dir():
                raise GraphFileError(f"{path}: is a folder; for a store use --store {path}")
            elif self.path.exists():
                self._data = self.path.read_bytes()
            elif not create:
                raise GraphFileError(f"{path}: no such graph file; build one with `kg build ARTICLE -o {path}`")
        if self._data is not None and not self._data.strip() and not create:
            raise GraphFileError(f"{self.spec}: the graph file is empty; rebuild it with `kg build`")
        self._ox = ox.Store()
        if self._data and self._data.strip():
            try:
                self._ox.load(self._data, ox_format(self.fmt))
            except (SyntaxError, ValueError, OSError) as exc:
                raise GraphFileError(f"{self.spec}: not a valid {self.fmt.value} graph ({_one_line(exc)[:300]}); "
                                     f"check the file or give --format") from None
            name_default_graph(self._ox)
        self._rdflib: Dataset | None = None

    def dataset(self) -> Dataset:
        if self._rdflib is None:
            from ..rdf.files import load_graph

            if self._data is None or not self._data.strip():
                from ..rdf.write import new_dataset

                self._rdflib = new_dataset()
            else:
                self._rdflib = load_graph(self.spec, self.fmt, data=self._data)
        return self._rdflib

    def put_article(self, article_iri: str, content_hash: str, data, replaces: Iterable[str] = ()) -> None:
        self._require_write()
        stale = [g for g in replaces if g != article_iri]
        if not self.fmt.is_dataset and (stale or self._has_graph_content(article_iri)):
            raise StoreError(f"{self.spec}: a {self.fmt.value} file keeps no article boundaries, so kg cannot "
                             f"replace an article in it; use a .trig or .nq file, or a store folder")
        self._write_article(article_iri, data, replaces)
        self._save()

    def remove(self, article_iri: str) -> None:
        self._require_write()
        if not self.fmt.is_dataset:
            raise StoreError(f"{self.spec}: a {self.fmt.value} file keeps no article boundaries, so kg cannot "
                             f"remove one article; use a .trig or .nq file, or a store folder")
        self._remove_graph(article_iri)
        self._save()

    def update(self, sparql: str) -> None:
        self._require_write()
        self._update(sparql)
        self._save()

    def _has_graph_content(self, article_iri: str) -> bool:
        return bool(self._ox.query(f"ASK {{ <{article_iri}> ?p ?o }}", use_default_graph_as_union=True))

    def _save(self) -> None:
        self._rdflib = None
        path = self._require_write()
        _dump_ox(self._ox, path, self.fmt)
        self._data = path.read_bytes()

    def _require_write(self) -> Path:
        """The file to write (stdin cannot be written)."""
        if self.path is None:
            raise StoreError("cannot write to stdin; give a file or a store folder")
        return self.path


class MemoryStore(_OxBacked):
    """An rdflib Graph or Dataset copied into an in-memory Oxigraph store (for the Python API)."""

    kind = "memory"

    def __init__(self, graph):
        import pyoxigraph as ox
        from rdflib import Dataset, Graph

        self.spec = "<memory>"
        self._source = graph
        self._ox = ox.Store()
        quads = []
        if isinstance(graph, Dataset):
            for s, p, o, g in graph.quads((None, None, None, None)):
                name = getattr(g, "identifier", g)
                gn = ox.DefaultGraph() if name is None or str(name) == "urn:x-rdflib:default" else to_ox(name)
                quads.append(ox.Quad(to_ox(s), to_ox(p), to_ox(o), gn))
        elif isinstance(graph, Graph):
            quads = [ox.Quad(to_ox(s), to_ox(p), to_ox(o)) for s, p, o in graph]
        self._ox.extend(quads)
        name_default_graph(self._ox)

    def dataset(self):
        return self._source


#: The graph that holds a triple file's content when it has several articles (or none).
FILE_GRAPH = "urn:x-kg:file"


def name_default_graph(ox_store) -> None:
    """Move triples from the default graph into a named graph, as in a store.

    A Turtle or N-Triples file keeps no graph names; its triples go to the graph of its
    article when it has exactly one (kg's layout), else to ``urn:x-kg:file``. Queries that
    say ``GRAPH ?g { ... }`` then work the same on files and stores.
    """
    import pyoxigraph as ox

    if next(iter(ox_store.quads_for_pattern(None, None, None, ox.DefaultGraph())), None) is None:
        return
    arts = [sol["a"].value for sol in ox_store.query(
        f"SELECT DISTINCT ?a WHERE {{ ?a a <{KG_NS}Article> }} LIMIT 2")]
    target = arts[0] if len(arts) == 1 else FILE_GRAPH
    ox_store.update(f"ADD DEFAULT TO <{target}> ; CLEAR DEFAULT")
