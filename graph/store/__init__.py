"""Where graphs live: a graph file, an embedded Oxigraph store, or a remote SPARQL server.

Every command reads and writes through one small interface, chosen by a *store spec*::

    open_store("out/r.ttl")                  # FileStore: a graph file, loaded into memory
    open_store("corpus.kg", create=True)     # OxigraphStore: a persistent store in a folder
    open_store("http://127.0.0.1:7878/")     # RemoteStore: SPARQL 1.1 protocol + Graph Store Protocol

The layout is the one of :mod:`graph.rdf`: each article is one named graph, named by the
article IRI, holding ``<article> kg:contentHash "sha256"``. A write replaces whole articles
only, in one transaction (one SPARQL update on Oxigraph, one Graph Store ``PUT`` remotely),
so a crash never leaves half an article. SPARQL runs on Oxigraph for every kind of store,
with the default graph being the union of all article graphs (entities merged).

>>> with open_store("corpus.kg", create=True) as st:      # doctest: +SKIP
...     st.put_article(iri, content_hash, graph)
...     rows = st.query("SELECT * WHERE { ?s ?p ?o } LIMIT 3")
"""
from __future__ import annotations

from .base import ArticleInfo, BaseStore, query_form, to_ox, to_rdflib
from .local import FILE_GRAPH, FileStore, MemoryStore, OxigraphStore, is_oxigraph_dir, name_default_graph
from .open import as_store, find_article, open_store, store_kind
from .remote import RemoteStore, remote_endpoints

__all__ = ["ArticleInfo", "BaseStore", "FileStore", "OxigraphStore", "RemoteStore", "MemoryStore", "open_store",
           "as_store", "store_kind", "find_article", "remote_endpoints", "query_form", "name_default_graph",
           "FILE_GRAPH", "is_oxigraph_dir", "to_ox", "to_rdflib"]
