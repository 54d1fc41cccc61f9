"""The one interface every extractor implements."""
from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from ..analysis.document import Document
from ..model import Fact


class Extractor(Protocol):
    """Reads an analysed article and yields facts.

    ``relations`` declares the ontology properties the extractor emits; a test checks them
    against ``ontology/kg.ttl``.
    """

    name: str
    relations: tuple[str, ...]

    def extract(self, doc: Document) -> Iterable[Fact]: ...
