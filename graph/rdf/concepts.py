"""The concept vocabulary: ``ontology/concepts.ttl``, SKOS concepts of AI-industry news.

Each concept's IRI is ``id:<key>`` (the key is also its knowledge-base id), so a concept keeps its
IRI from one build to the next. ``skos:prefLabel`` gives its name in English and French,
``skos:altLabel`` the spellings journalists use, ``skos:hiddenLabel`` wordings that name it without
being a name (matched in text, never shown). The concept extractor
(:mod:`graph.extractors.concepts`) matches the labels; the viewer shows the French names.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .namespace import ENTITY
from .ontology import ontology_dir


@dataclass(frozen=True)
class Concept:
    key: str                                  # local name under id:, e.g. "open-weights"
    names: tuple[tuple[str, str], ...]        # (language, preferred label), sorted
    alt: tuple[str, ...]                      # alternative labels, both languages, sorted
    hidden: tuple[str, ...] = ()              # hidden labels: matched, never shown
    definition: str = ""
    wikidata: str | None = None

    def name(self, lang: str = "en") -> str:
        """The preferred label in ``lang``, else the English one."""
        names = dict(self.names)
        return names.get(lang) or names.get("en") or self.key

    @property
    def labels(self) -> tuple[str, ...]:
        """Every label the text may use: preferred (both languages), alternative and hidden."""
        return tuple(sorted({n for _, n in self.names} | set(self.alt) | set(self.hidden)))


@lru_cache(maxsize=1)
def concepts() -> dict[str, Concept]:
    """Every concept of ``ontology/concepts.ttl`` by key, in key order."""
    import rdflib
    from rdflib.namespace import OWL, RDF, SKOS

    g = rdflib.Graph().parse(ontology_dir() / "concepts.ttl", format="turtle")
    out: dict[str, Concept] = {}
    for s in sorted(set(g.subjects(RDF.type, SKOS.Concept)), key=str):
        iri = str(s)
        if not iri.startswith(str(ENTITY)):
            continue
        key = iri[len(str(ENTITY)):]

        def texts(p, s=s) -> list[rdflib.Literal]:
            return [o for o in g.objects(s, p) if isinstance(o, rdflib.Literal)]

        names = tuple(sorted({(o.language or "en", str(o)) for o in texts(SKOS.prefLabel)}))
        definition = next((str(o) for o in sorted(texts(SKOS.definition)) if (o.language or "en") == "en"), "")
        same = sorted(str(o) for o in g.objects(s, OWL.sameAs))
        wikidata = next((x.rsplit("/", 1)[-1] for x in same if "wikidata.org/entity/" in x), None)
        out[key] = Concept(key, names, tuple(sorted({str(o) for o in texts(SKOS.altLabel)})),
                           tuple(sorted({str(o) for o in texts(SKOS.hiddenLabel)})), definition, wikidata)
    return out
