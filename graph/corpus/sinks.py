"""Where built articles go: an in-memory rdflib Dataset, or a store (one transaction per article)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..model import Article
from .workers import Result

if TYPE_CHECKING:
    from rdflib import Dataset


class DatasetSink:
    """Collects articles into one in-memory rdflib Dataset (for ``kg build -o FILE``)."""

    def __init__(self):
        self._dataset = None        # made on first use: rdflib is imported after a one-article build forks
        self._hashes: set[str] = set()

    @property
    def dataset(self) -> Dataset:
        if self._dataset is None:
            from ..rdf.write import new_dataset

            self._dataset = new_dataset()
        return self._dataset

    def plan(self, article: Article) -> str | None:
        """None when the article must be extracted; else what happened to it without extraction."""
        if article.hash in self._hashes:
            return "unchanged"
        self._hashes.add(article.hash)
        return None

    def write(self, r: Result) -> str:
        from rdflib import URIRef

        graph = self.dataset.graph(URIRef(r.iri))
        self.dataset.addN((s, p, o, graph) for s, p, o in r.triples)
        return "added"


class StoreSink:
    """Writes articles into a store opened for writing, one transaction per article.

    An embedded Oxigraph store keeps what it is given in memory until it is flushed (about 250 KB
    per article: 1 GB after 4,000 articles); the sink flushes it every ``flush_every`` articles,
    which keeps memory flat at a few milliseconds each time.

    An article whose content hash is in the store is skipped (not extracted); a new version of an
    article (same URL, else same name) replaces the old one in the same write; an article seen twice
    in one build is built once. :func:`graph.api.build_store` is this sink and :func:`graph.corpus.build`.
    """

    def __init__(self, store, flush_every: int = 100):
        from collections import defaultdict

        self.store = store
        self.flush_every = flush_every
        self._written = 0
        self._infos = {a.iri: a for a in store.articles()}
        self._by_hash: dict[str, set[str]] = defaultdict(set)
        self._by_source: dict[str, set[str]] = defaultdict(set)
        for a in self._infos.values():
            self._index(a)
        self._pending: set[str] = set()

    def _index(self, a) -> None:
        self._by_hash[a.content_hash].add(a.iri)
        if a.source:
            self._by_source[a.source].add(a.iri)

    def _forget(self, iri: str) -> None:
        a = self._infos.pop(iri, None)
        if a is not None:
            self._by_hash[a.content_hash].discard(iri)
            if a.source:
                self._by_source[a.source].discard(iri)

    def _stale(self, source: str | None, content_hash: str) -> list[str]:
        if not source:
            return []
        return sorted(i for i in self._by_source.get(source, ()) if self._infos[i].content_hash != content_hash)

    @staticmethod
    def _source(url: str | None, name: str | None) -> str | None:
        return url or (name if name not in (None, "", "stdin") else None)

    def plan(self, article: Article) -> str | None:
        h = article.hash
        if h in self._pending:
            return "unchanged"
        if self._by_hash.get(h):
            stale = self._stale(self._source(article.url, article.name), h)
            for old in stale:  # left over by an interrupted replacement on a server
                self.store.remove(old)
                self._forget(old)
            return "replaced" if stale else "unchanged"
        self._pending.add(h)
        return None

    def write(self, r: Result) -> str:
        from ..errors import StoreError
        from ..store import ArticleInfo

        stale = self._stale(self._source(r.url, r.name), r.hash)
        try:
            self.store.put_article(r.iri, r.hash, r.triples, replaces=stale)
        except StoreError as exc:
            done = (f"{self._written} article{'s were' if self._written != 1 else ' was'} written before the "
                    f"failure, each whole; run the same build again to add the rest") if self._written else \
                "nothing was written"
            raise StoreError(f"{exc}; {done}") from None
        for old in stale:
            self._forget(old)
        self._forget(r.iri)
        info = ArticleInfo(r.iri, r.hash, r.name, r.url, r.title)
        self._infos[r.iri] = info
        self._index(info)
        self._pending.discard(r.hash)
        self._written += 1
        if self._written % self.flush_every == 0 and hasattr(self.store, "flush"):
            self.store.flush()
        return "replaced" if stale else "added"
