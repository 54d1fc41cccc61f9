"""Opening stores from their specs, and finding an article in one."""
from __future__ import annotations

import re
from pathlib import Path

from ..errors import StoreError
from ..formats import EXTENSIONS, RdfFormat
from .base import ArticleInfo, BaseStore
from .local import FileStore, MemoryStore, OxigraphStore
from .remote import RemoteStore


def store_kind(spec: str) -> str:
    """``remote``, ``file`` or ``oxigraph`` for a store spec."""
    if spec.startswith(("http://", "https://")):
        return "remote"
    if spec == "-":
        return "file"
    p = Path(spec)
    if p.is_dir():
        return "oxigraph"
    if p.suffix.lower() in EXTENSIONS:
        return "file"
    return "oxigraph"


def open_store(spec: str | Path, *, create: bool = False, write: bool = False,
               fmt: RdfFormat | None = None) -> BaseStore:
    """Open a store from its spec: a URL, a folder (embedded Oxigraph) or a graph file.

    ``create`` makes a missing store (implies ``write``); ``write`` opens it for writing
    (an embedded store takes the folder's lock then).
    """
    spec = str(spec)
    kind = store_kind(spec)
    if kind == "remote":
        return RemoteStore(spec)
    if kind == "file":
        return FileStore(spec, fmt, create=create)
    return OxigraphStore(spec, create=create, write=write)


def as_store(source, *, write: bool = False) -> BaseStore:
    """A store from whatever readers get: a store, a spec, or an rdflib Graph/Dataset (in memory)."""
    if isinstance(source, BaseStore):
        return source
    if isinstance(source, (str, Path)):
        return open_store(source, write=write)
    from rdflib import Graph

    if isinstance(source, Graph):
        return MemoryStore(source)
    raise TypeError(f"cannot query {type(source).__name__}; give a store, a path or an rdflib graph")


def find_article(store: BaseStore, ref: str) -> ArticleInfo:
    """The one article of ``store`` that ``ref`` names.

    ``ref`` may be the article IRI, its key (``art:`` local name), a content-hash prefix
    (8+ hex digits), its file name or URL, or the path of the article file (its text is
    hashed, so a renamed file is still found).
    """
    arts = store.articles()
    if not arts:
        raise StoreError(f"{store.spec}: the store holds no articles")
    key = ref[4:] if ref.startswith("art:") else ref
    matches = [a for a in arts if ref in (a.iri, a.name, a.url) or key == a.key]
    if not matches and re.fullmatch(r"[0-9a-f]{8,64}", key):
        matches = [a for a in arts if a.content_hash.startswith(key)]
    if not matches and Path(ref).is_file():
        from ..ingest import read_path

        try:
            content = read_path(Path(ref)).hash
        except Exception:  # an unreadable file simply matches nothing
            content = None
        matches = [a for a in arts if a.content_hash == content]
        if not matches:
            matches = [a for a in arts if a.name == Path(ref).name]
    if not matches:
        raise StoreError(f"no article {ref!r} in {store.spec}; `kg query --store {store.spec} --name articles` "
                         f"lists them (give an IRI, key, hash prefix, file name or URL)")
    if len(matches) > 1:
        listed = ", ".join(f"{a.key} ({a.name or a.url or '?'})" for a in matches[:10])
        raise StoreError(f"{ref!r} names {len(matches)} articles in {store.spec}: {listed}; give the key instead")
    return matches[0]
