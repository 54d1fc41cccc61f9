"""The one interface every extractor implements, and what it returns."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Protocol

from ..analysis.document import Document
from ..model import Entity, Fact, Relation


@dataclass(frozen=True)
class Extracted:
    """What an extractor found in a document. The document itself is never changed."""

    facts: tuple[Fact, ...] = ()
    #: Types the facts give names the document has as ``Unknown`` (entity key -> type): the
    #: extractors after this one see them.
    types: Mapping[str, str] = field(default_factory=dict)
    #: Knowledge-base entities the facts refer to without the text naming them (a demonym's country).
    kb_entities: tuple[str, ...] = ()
    #: Entities the facts refer to that the document does not have (a concept of the vocabulary).
    entities: tuple[Entity, ...] = ()


class Extractor(Protocol):
    """Reads an analysed article and returns the facts it finds.

    ``relations`` declares the ontology properties the extractor emits; a test checks them
    against ``ontology/kg.ttl``.
    """

    name: str
    relations: tuple[Relation, ...]

    def extract(self, doc: Document) -> Extracted: ...
