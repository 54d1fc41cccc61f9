"""kg: knowledge graphs from news articles.

The public API, imported lazily so that ``kg --help`` stays instant::

    >>> import graph
    >>> ds = graph.build_graph(["examples/reflection-ai.fr.txt"])   # doctest: +SKIP
    >>> rows = list(graph.fact_rows(ds))                             # doctest: +SKIP
"""
from __future__ import annotations

import importlib

__version__ = "0.1.0"

_EXPORTS = {
    "build_graph": "api",
    "build_store": "api",
    "extract": "api",
    "load_graph": "api",
    "save_graph": "api",
    "run_query": "store.query",
    "named_query": "store.query",
    "bind_params": "store.query",
    "page": "store.query",
    "fact_rows": "rdf",
    "entity_rows": "rdf",
    "fact_rows_from_store": "store.tables",
    "entity_rows_from_store": "store.tables",
    "validate": "rdf.validate",
    "KgError": "errors",
    "InputError": "errors",
    "UsageError": "errors",
    "GraphFileError": "errors",
    "QueryError": "errors",
    "StoreError": "errors",
    "LimitError": "errors",
    "BuildError": "errors",
}

__all__ = ["__version__", *_EXPORTS]


def __getattr__(name: str):
    if name in _EXPORTS:
        return getattr(importlib.import_module(f".{_EXPORTS[name]}", __name__), name)
    raise AttributeError(f"module 'graph' has no attribute {name!r}")
