"""Developers from product names: "Microsoft Foundry" is Microsoft's, "Mistral Large 3" Mistral AI's.

A product whose name begins with the name (or an alias) of an organisation mentioned in the
same article is taken to be that organisation's. A weak signal, so a lower confidence; the
evidence is the sentence where the product is first named. (A product whose name extends another
product's, "Claude Sonnet 4.5" after "Claude", gets its developer when the facts are merged:
:func:`graph.extractors.merge.inherit_developers`.)
"""
from __future__ import annotations

from collections.abc import Iterable

from ..analysis.document import Document
from ..analysis.kbase import fold
from ..analysis.types import ORG_TYPES, PRODUCT_TYPES
from ..model import Fact, Relation
from .base import Extracted


class NamingExtractor:
    name = "naming"
    relations = (Relation.developer,)

    def extract(self, doc: Document) -> Extracted:
        return Extracted(tuple(self._facts(doc)))

    def _facts(self, doc: Document) -> Iterable[Fact]:
        orgs = []
        for key, ent in doc.entities.items():
            if ent.type in ORG_TYPES:
                for name in {ent.label, *ent.aliases}:
                    if len(name) >= 3:
                        orgs.append((fold(name), key))
        orgs.sort(key=lambda x: -len(x[0]))
        first_seen: dict[str, tuple[int, int]] = {}
        for view in doc.views:
            for m in view.mentions:
                first_seen.setdefault(m.key, (view.sentence.start, view.sentence.end))
        for key, ent in sorted(doc.entities.items()):
            if ent.type not in PRODUCT_TYPES or key not in first_seen:
                continue
            names = [fold(n) for n in {ent.label, *ent.aliases}]
            for org_name, org_key in orgs:
                if org_key == key:
                    continue
                if any(n.startswith(org_name + " ") for n in names):
                    a, b = first_seen[key]
                    yield Fact(subject=key, relation=Relation.developer, object=org_key, start=a, end=b,
                               confidence=0.6, extractor="naming/prefix")
                    break

