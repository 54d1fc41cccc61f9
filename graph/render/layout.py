"""Node positions computed in Python, in vis-network's pixel space.

Small graphs get them as a starting point for the browser's physics, which then settles in
a few hundred steps; large ones are drawn at these positions with physics off, because
vis-network's physics takes minutes past ~1,000 nodes.

python-igraph's Fruchterman-Reingold (grid variant) lays out 5,000 nodes in about a
second; without igraph, networkx's ``spring_layout`` does the job, much more slowly on
large graphs.
"""
from __future__ import annotations

import math
import random

#: Average area per node, in pixels squared: about one node per 110 x 110 px.
NODE_AREA = 110.0 ** 2


def _edge_list(G) -> tuple[list, list[tuple[int, int]]]:
    nodes = sorted(G.nodes())
    index = {n: i for i, n in enumerate(nodes)}
    pairs = sorted({(min(index[u], index[v]), max(index[u], index[v])) for u, v in G.edges() if u != v})
    return nodes, pairs


def _igraph_layout(n: int, pairs, seed: int):
    import igraph

    rng = random.Random(seed)
    side = math.sqrt(max(n, 1))
    start = [[rng.uniform(-side, side), rng.uniform(-side, side)] for _ in range(n)]
    g = igraph.Graph(n=n, edges=pairs)
    if n <= 1000:
        coords = g.layout_fruchterman_reingold(seed=start, niter=500, grid=False)
    else:
        coords = g.layout_fruchterman_reingold(seed=start, niter=500, grid=True)
    return [tuple(c) for c in coords]


def _networkx_layout(nodes, pairs, seed: int):
    import networkx as nx

    g = nx.Graph()
    g.add_nodes_from(range(len(nodes)))
    g.add_edges_from(pairs)
    iterations = 50 if len(nodes) <= 1000 else 30
    pos = nx.spring_layout(g, seed=seed, iterations=iterations)
    return [tuple(pos[i]) for i in range(len(nodes))]


def positions(G, *, seed: int = 0, engine: str | None = None) -> dict:
    """``{node: (x, y)}`` for every node of ``G``, centred on 0 and spread over ~110 px per node.

    ``engine`` is ``"igraph"``, ``"networkx"`` or None (igraph when installed). The result
    depends only on the graph and the seed.
    """
    nodes, pairs = _edge_list(G)
    if not nodes:
        return {}
    if len(nodes) == 1:
        return {nodes[0]: (0.0, 0.0)}
    coords = None
    if engine in (None, "igraph"):
        try:
            coords = _igraph_layout(len(nodes), pairs, seed)
        except ImportError:
            if engine == "igraph":
                raise
    if coords is None:
        coords = _networkx_layout(nodes, pairs, seed)
    xs, ys = [c[0] for c in coords], [c[1] for c in coords]
    cx, cy = sum(xs) / len(xs), sum(ys) / len(ys)
    # Scale so that the drawing's area is NODE_AREA per node (robust to outliers: use
    # the spread of the middle 96 % of the nodes).
    def spread(vals):
        s = sorted(vals)
        lo, hi = s[int(0.02 * (len(s) - 1))], s[int(0.98 * (len(s) - 1))]
        return max(hi - lo, 1e-9)
    area = spread(xs) * spread(ys)
    scale = math.sqrt(NODE_AREA * len(nodes) / area) if area > 0 else 1.0
    return {n: (round((x - cx) * scale, 1), round((y - cy) * scale, 1)) for n, (x, y) in zip(nodes, coords)}
