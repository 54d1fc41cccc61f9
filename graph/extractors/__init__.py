"""Extractors, registered by name. The pipeline asks for names and never imports a module directly.

To add one: write a module with a class that has ``name``, ``relations`` and
``extract(doc)`` (see :mod:`.base`), and add it to ``REGISTRY``.
"""
from __future__ import annotations

import importlib

from ..errors import UsageError
from .base import Extracted, Extractor

REGISTRY: dict[str, str] = {
    "relations": "graph.extractors.relations:RelationExtractor",
    "naming": "graph.extractors.naming:NamingExtractor",
    "maker-prefix": "graph.extractors.naming:MakerPrefixExtractor",
    "concepts": "graph.extractors.concepts:ConceptExtractor",
}
DEFAULT = ("relations", "concepts", "maker-prefix")


def get(name: str) -> Extractor:
    """An extractor instance by name; an unknown name lists the available ones."""
    try:
        module, cls = REGISTRY[name].split(":")
    except KeyError:
        raise UsageError(f"unknown extractor {name!r}; available: {', '.join(sorted(REGISTRY))}") from None
    return getattr(importlib.import_module(module), cls)()


__all__ = ["Extracted", "Extractor", "REGISTRY", "DEFAULT", "get"]
