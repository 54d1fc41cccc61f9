"""SHACL validation of kg graphs against ``ontology/shapes.ttl`` (pySHACL, no inference).

Each article's named graph is validated on its own: an entity has one label *per
article*, and may have several across a corpus. A graph without named graphs (a Turtle
file) is validated as a whole.

>>> from graph.api import load_graph                       # doctest: +SKIP
>>> conforms, report = validate(load_graph("out/r.ttl"))  # doctest: +SKIP
"""
from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def _shapes():
    from rdflib import Graph

    from .ontology import ontology_dir

    return Graph().parse(ontology_dir() / "shapes.ttl", format="turtle")


def _graphs(ds):
    """The graphs to validate one by one: each non-empty graph of a Dataset, else ``ds`` itself."""
    from rdflib import Dataset, Graph

    if isinstance(ds, Dataset):
        graphs = []
        for ctx in ds.graphs():
            if len(ctx):
                g = Graph(identifier=ctx.identifier)
                for t in ctx:
                    g.add(t)
                graphs.append(g)
        return graphs
    return [ds]


def validate(ds) -> tuple[bool, str]:
    """Validate ``ds`` (an rdflib Dataset or Graph) against kg's SHACL shapes.

    Returns:
        ``(conforms, report_text)``: the report lists every violation, graph by graph
        (empty when the graph conforms).
    """
    from pyshacl import validate as shacl_validate

    shapes = _shapes()
    conforms_all, parts = True, []
    for g in _graphs(ds):
        conforms, _report_graph, text = shacl_validate(
            g, shacl_graph=shapes, inference="none", abort_on_first=False, allow_warnings=True,
            advanced=False, meta_shacl=False, debug=False)
        if not conforms:
            conforms_all = False
            name = str(g.identifier)
            named = name.startswith(("http://", "https://", "urn:")) and not name.startswith("urn:x-rdflib")
            parts.append((f"Graph <{name}>:\n" if named else "") + text.rstrip() + "\n")
    return conforms_all, "\n".join(parts)
