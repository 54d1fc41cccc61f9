"""GraphML and GEXF for desktop tools (Gephi, Cytoscape, yEd).

Both formats take only plain attribute values, so lists are joined with `` | `` and each
fact keeps its best evidence sentence, its article and the number of statements behind it.
GEXF also carries colours, sizes and positions (Gephi's ``viz`` module).
"""
from __future__ import annotations

import io
import sys
from pathlib import Path

from ..errors import UsageError
from ..formats import atomic_write

FORMATS = ("graphml", "gexf")


def flat_graph(G, *, lang: str = "en", with_viz: bool = False):
    """A copy of ``G`` whose attributes are strings and numbers only."""
    import networkx as nx

    from .style import class_style, term_label

    arts = G.graph.get("articles", {})
    H = nx.MultiDiGraph()
    pos = None
    if with_viz:
        from .layout import positions

        pos = positions(G)
    degree = dict(G.degree())
    for n, d in G.nodes(data=True):
        attrs = {
            "label": d["label"], "kind": d["kind"], "type": d["type"],
            "type_label": term_label(d["type"], lang), "types": " | ".join(d["types"]),
            "aliases": " | ".join(d["aliases"]), "wikidata": d.get("wikidata") or "",
            "same_as": " | ".join(d.get("same_as") or ()), "degree": degree[n],
            "articles": " | ".join(arts.get(a, {}).get("title") or a for a in d.get("articles", ())),
        }
        for key in ("url", "site", "published", "file", "value", "currency"):
            if d.get(key):
                attrs[key] = str(d[key])
        if with_viz:
            color, _shape = class_style(d["type"])
            r, g, b = (int(color[i:i + 2], 16) for i in (1, 3, 5))
            x, y = pos[n] if pos else (0.0, 0.0)
            attrs["viz"] = {"color": {"r": r, "g": g, "b": b, "a": 1.0}, "size": 5.0 + 2.0 * min(degree[n], 20),
                            "position": {"x": float(x), "y": float(-y), "z": 0.0}}
        H.add_node(n, **attrs)
    for n_edge, (u, v, d) in enumerate(G.edges(data=True)):
        best = d["statements"][0]
        art = arts.get(best.get("article") or "", {})
        # Edge ids must be unique in the whole file (GraphML, GEXF), not per node pair.
        H.add_edge(u, v, key=f"e{n_edge}", relation=d["relation"], label=term_label(d["relation"], lang),
                   asserted=bool(d["asserted"]), status=" | ".join(d["statuses"]),
                   confidence=float(d["confidence"]), statements=len(d["statements"]),
                   evidence=best.get("evidence") or "", article=art.get("title") or best.get("article") or "",
                   article_url=art.get("url") or "")
    return H


def export_graph(ds, path, fmt: str | None = None, *, lang: str = "en") -> None:
    """Write ``ds`` (Dataset or Graph) as GraphML or GEXF; ``fmt`` defaults to the extension.

    ``path`` ``-`` writes to stdout (then ``fmt`` is required).

    >>> export_graph(ds, "out/graph.gexf")            # doctest: +SKIP
    """
    import networkx as nx

    from .nxgraph import to_networkx

    to_stdout = str(path) == "-"
    fmt = (fmt or ("" if to_stdout else Path(str(path)).suffix.lstrip("."))).lower()
    if fmt not in FORMATS:
        raise UsageError(f"cannot export to {fmt or str(path)!r}: use --format graphml or gexf "
                         "(or a .graphml / .gexf file name)")
    H = flat_graph(to_networkx(ds, lang=lang), lang=lang, with_viz=fmt == "gexf")
    buf = io.BytesIO()
    if fmt == "graphml":
        nx.write_graphml(H, buf, encoding="utf-8", prettyprint=True, named_key_ids=True)
    else:
        nx.write_gexf(H, buf, encoding="utf-8", prettyprint=True)
    if to_stdout:
        sys.stdout.buffer.write(buf.getvalue())
        sys.stdout.flush()
        return
    with atomic_write(path, "wb") as fh:
        fh.write(buf.getvalue())
