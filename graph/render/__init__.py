"""The graph viewer and desktop exports.

- :func:`write_html`: one self-contained HTML file (vis-network inlined, no request leaves
  the page) with search, filters, a legend and the evidence of every fact.
- :func:`export_graph`: GraphML or GEXF for Gephi, Cytoscape and yEd.
- :func:`to_networkx`: the graph as a ``networkx.MultiDiGraph`` (what both are built from).

Nothing heavy is imported until a function is called.
"""
from __future__ import annotations

from pathlib import Path

from .layout import PHYSICS_LIMIT

__all__ = ["write_html", "export_graph", "to_networkx", "PHYSICS_LIMIT"]


def _as_list(value) -> list[str] | None:
    """``"Person,Company"`` or ``["Person", "Company"]`` -> ``["Person", "Company"]``."""
    if value is None:
        return None
    items = [value] if isinstance(value, str) else list(value)
    out = [part.strip() for item in items for part in str(item).split(",") if part.strip()]
    return out or None


def write_html(ds, path, *, lang: str = "en", focus: str | list[str] | None = None, depth: int = 2,
               types=None, relations=None, min_confidence: float = 0.0, show_unasserted: bool = False,
               physics: bool | None = None, show_isolated: bool | None = None) -> dict:
    """Write the interactive viewer of ``ds`` (an rdflib Dataset or Graph) to ``path``.

    ``lang`` (en, fr) picks the ontology labels and the page's words; ``focus`` (a name, an
    alias or an IRI) with ``depth`` keeps that node's neighbourhood; ``types`` and
    ``relations`` (names, comma-separated or lists) and ``min_confidence`` cut the graph;
    ``show_unasserted`` starts with questioned, negated, planned and hypothetical facts shown
    (dashed). ``physics`` forces live physics on or off (default: on up to
    :data:`PHYSICS_LIMIT` nodes). ``show_isolated`` starts with the nodes that have no visible
    fact shown (default: for a single article only; a toggle of the page shows or hides them).
    Only ``path`` is written, atomically. Returns counts:
    ``{"nodes": ..., "edges": ..., "bytes": ...}``.

    >>> write_html(ds, "out/graph.html", lang="fr", focus="Reflection AI")   # doctest: +SKIP
    """
    from ..formats import atomic_write
    from .html import build_page_data, page_title, render_page
    from .nxgraph import select, to_networkx

    G = to_networkx(ds, lang=lang)
    H, focus_ids = select(G, focus=_as_list(focus) if focus is not None else None, depth=depth,
                          types=_as_list(types), relations=_as_list(relations),
                          min_confidence=min_confidence, show_unasserted=show_unasserted)
    data, options = build_page_data(H, lang=lang, focus_ids=focus_ids, show_unasserted=show_unasserted,
                                    min_confidence=0.0, physics=physics, show_isolated=show_isolated)
    page = render_page(data, options, title=page_title(H, lang)).encode("utf-8")
    with atomic_write(Path(path), "wb") as fh:
        fh.write(page)
    return {"nodes": H.number_of_nodes(), "edges": H.number_of_edges(), "bytes": len(page)}


def export_graph(ds, path, fmt: str | None = None, *, lang: str = "en") -> None:
    """Write ``ds`` as GraphML or GEXF (``fmt`` "graphml" or "gexf", else from the extension)."""
    from .export import export_graph as run

    run(ds, path, fmt, lang=lang)


def to_networkx(ds, *, lang: str = "en"):
    """The graph as a ``networkx.MultiDiGraph``; see :mod:`graph.render.nxgraph`."""
    from .nxgraph import to_networkx as run

    return run(ds, lang=lang)
