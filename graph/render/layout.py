"""Node positions computed in Python, in vis-network's pixel space.

Small graphs get them as a starting point for the browser's physics, which then settles in
a few hundred steps; large ones are drawn at these positions with physics off, because
vis-network's physics takes minutes past ~1,000 nodes.

The default engine is Fruchterman-Reingold (the algorithm of networkx's ``spring_layout``)
written here in numpy, in float32 with the repulsion computed in row blocks: 5,000 nodes in
about 3 s with no dependency beyond numpy, where ``spring_layout`` takes ~50 s and needs
scipy past 500 nodes. ``engine="networkx"`` and ``engine="igraph"`` (python-igraph, if
installed) are there to compare.

Communities (:func:`communities`, networkx's Louvain) group the layout: each community starts
around its own centre (the communities themselves laid out by how many facts link them), and
facts inside a community pull harder than facts between two, so related companies sit together.
"""
from __future__ import annotations

import math
import random

#: Graphs up to this many nodes get live physics in the browser; larger ones are laid out in Python.
PHYSICS_LIMIT = 500
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
    # igraph's layouts draw from its own random generator: seed it, then give it back.
    igraph.set_random_number_generator(random.Random(seed))
    try:
        coords = g.layout_fruchterman_reingold(seed=start, niter=500, grid=n > 1000)
    finally:
        igraph.set_random_number_generator(random)
    return [tuple(c) for c in coords]


def _networkx_layout(n: int, pairs, seed: int):
    import networkx as nx

    g = nx.Graph()
    g.add_nodes_from(range(n))
    g.add_edges_from(pairs)
    pos = nx.spring_layout(g, seed=seed, iterations=50 if n <= 1000 else 30)
    return [tuple(pos[i]) for i in range(n)]


def _numpy_layout(n: int, pairs, seed: int, iterations: int | None = None, *, weights=None, start=None):
    """Fruchterman-Reingold in numpy: exact repulsion in row blocks (bounded memory), float32.

    ``weights`` (one per pair) scale the pull of each edge; ``start`` gives the starting
    positions (in the unit square) instead of random ones.
    """
    import numpy as np

    iterations = iterations or (300 if n <= 300 else 100 if n <= 1000 else 50 if n <= 2000 else 30)
    rng = np.random.default_rng(seed)
    if start is not None:
        x = np.array([p[0] for p in start], dtype=np.float32)
        y = np.array([p[1] for p in start], dtype=np.float32)
    else:
        x, y = (rng.uniform(-1.0, 1.0, n).astype(np.float32) for _ in range(2))
    k2 = np.float32(1.0 / n)                       # (optimal distance)^2 in the unit square
    temp, cool = 0.1, 0.1 / (iterations + 1)
    edges = np.array(pairs, dtype=np.int64).reshape(-1, 2)
    src, dst = edges[:, 0], edges[:, 1]
    weight = np.asarray(weights, dtype=np.float32) if weights is not None else np.float32(1.0)
    block = max(1, 4_000_000 // max(n, 1))
    for _ in range(iterations):
        fx, fy = np.zeros(n, np.float32), np.zeros(n, np.float32)
        for a in range(0, n, block):
            dx = x[a:a + block, None] - x[None, :]
            dy = y[a:a + block, None] - y[None, :]
            w = dx * dx
            w += dy * dy
            np.maximum(w, 1e-6, out=w)
            np.divide(k2, w, out=w)
            fx[a:a + block] += (dx * w).sum(1)
            fy[a:a + block] += (dy * w).sum(1)
        if len(edges):
            dx, dy = x[src] - x[dst], y[src] - y[dst]
            pull = np.sqrt(dx * dx + dy * dy) / np.sqrt(k2) * weight
            np.add.at(fx, src, -dx * pull)
            np.add.at(fy, src, -dy * pull)
            np.add.at(fx, dst, dx * pull)
            np.add.at(fy, dst, dy * pull)
        length = np.maximum(np.sqrt(fx * fx + fy * fy), 1e-9)
        step = np.minimum(length, temp) / length
        x += fx * step
        y += fy * step
        temp -= cool
    return list(zip(x.astype(float).tolist(), y.astype(float).tolist(), strict=True))


#: How hard a fact between two communities pulls, next to a fact inside one (1.0).
BETWEEN_COMMUNITIES = 0.3


def _grouped_start(n: int, pairs, groups: list[int], seed: int):
    """Starting positions and edge weights that keep each group together, or (None, None) for one group.

    The groups are laid out first (Fruchterman-Reingold on the graph of groups, linked when
    facts link them); each node then starts in a disc around its group's centre, the disc's
    area proportional to the group's size.
    """
    ids = sorted(set(groups))
    if len(ids) < 2:
        return None, None
    index = {g: i for i, g in enumerate(ids)}
    size = [0] * len(ids)
    for g in groups:
        size[index[g]] += 1
    between: dict[tuple[int, int], int] = {}
    for a, b in pairs:
        ga, gb = index[groups[a]], index[groups[b]]
        if ga != gb:
            key = (min(ga, gb), max(ga, gb))
            between[key] = between.get(key, 0) + 1
    links = sorted(between)
    centres = _numpy_layout(len(ids), links, seed, weights=[min(between[k], 5) for k in links]) \
        if len(ids) > 2 else [(-0.5, 0.0), (0.5, 0.0)]
    rng = random.Random(seed)
    start = []
    for g in groups:
        cx, cy = centres[index[g]]
        radius = 0.9 * math.sqrt(size[index[g]] / n)
        angle, r = rng.uniform(0, 2 * math.pi), radius * math.sqrt(rng.random())
        start.append((cx + r * math.cos(angle), cy + r * math.sin(angle)))
    weights = [1.0 if groups[a] == groups[b] else BETWEEN_COMMUNITIES for a, b in pairs]
    return start, weights


def _component_layout(n: int, pairs, seed: int, engine: str | None, groups: list[int] | None = None):
    """Positions of one connected component, scaled to NODE_AREA per node and centred."""
    if n == 1:
        return [(0.0, 0.0)]
    if n == 2:
        return [(-55.0, 0.0), (55.0, 0.0)]
    if engine == "igraph":
        coords = _igraph_layout(n, pairs, seed)
    elif engine == "networkx":
        coords = _networkx_layout(n, pairs, seed)
    else:
        start, weights = _grouped_start(n, pairs, groups, seed) if groups else (None, None)
        coords = _numpy_layout(n, pairs, seed, weights=weights, start=start)
    xs, ys = [c[0] for c in coords], [c[1] for c in coords]
    cx, cy = sum(xs) / n, sum(ys) / n

    def spread(vals):  # the middle 96 %: robust to a few far-flung nodes
        s = sorted(vals)
        return max(s[int(0.98 * (n - 1))] - s[int(0.02 * (n - 1))], 1e-9)

    scale = math.sqrt(NODE_AREA * n / (spread(xs) * spread(ys)))
    return [((x - cx) * scale, (y - cy) * scale) for x, y in coords]


def _local_groups(groups: list[int], pairs) -> list[int]:
    """Groups of a component's nodes for the layout: a node in no community (-1) sits with a neighbour's."""
    out = list(groups)
    for _ in range(2):  # a neighbour of a neighbour, at most
        for a, b in pairs:
            if out[a] < 0 <= out[b]:
                out[a] = out[b]
            elif out[b] < 0 <= out[a]:
                out[b] = out[a]
    return [g if g >= 0 else -1 - i for i, g in enumerate(out)]


def positions(G, *, seed: int = 0, engine: str | None = "numpy", groups: dict | None = None) -> dict:
    """``{node: (x, y)}`` for every node of ``G``, about 110 px apart, in vis-network pixels.

    Each connected component is laid out on its own (Fruchterman-Reingold), then the
    components are packed in rows under the largest one, so lone nodes do not ring the
    drawing. ``engine`` is ``"numpy"`` (the default, also for None), ``"networkx"`` or
    ``"igraph"``. ``groups`` (``{node: community}``, from :func:`communities`) keeps each
    community together (numpy engine).
    The result depends only on the graph, the groups and the seed.
    """
    if engine not in (None, "numpy", "networkx", "igraph"):
        raise ValueError(f"unknown layout engine {engine!r}; use numpy, networkx or igraph")
    nodes, pairs = _edge_list(G)
    if not nodes:
        return {}
    parent = list(range(len(nodes)))

    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for a, b in pairs:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    comps: dict[int, list[int]] = {}
    for i in range(len(nodes)):
        comps.setdefault(find(i), []).append(i)
    members = sorted(comps.values(), key=lambda c: (-len(c), c[0]))
    comp_of = {i: k for k, c in enumerate(members) for i in c}
    comp_pairs: list[list[tuple[int, int]]] = [[] for _ in members]
    local = {i: j for c in members for j, i in enumerate(c)}
    for a, b in pairs:
        comp_pairs[comp_of[a]].append((local[a], local[b]))

    gap, cell = 90.0, 60.0
    laid = []
    for k, c in enumerate(members):
        xy = _component_layout(len(c), comp_pairs[k], seed, engine,
                               _local_groups([groups.get(nodes[i], -1) for i in c], comp_pairs[k]) if groups else None)
        xs, ys = [p[0] for p in xy], [p[1] for p in xy]
        x0, y0 = min(xs), min(ys)
        laid.append((c, [(x - x0, y - y0) for x, y in xy], max(max(xs) - x0, cell), max(max(ys) - y0, cell)))
    total_area = sum((w + gap) * (h + gap) for _, _, w, h in laid)
    limit = max(laid[0][2], math.sqrt(total_area) * 1.3)
    out: dict = {}
    x = y = row_h = 0.0
    only_singles = len(members[0]) == 1
    singles = [c[0] for k, (c, _, _, _) in enumerate(laid) if len(c) == 1 and (k or only_singles)]
    for k, (c, xy, w, h) in enumerate(laid):
        if len(c) == 1 and (k or only_singles):
            continue
        if k and x + w > limit:
            x, y, row_h = 0.0, y + row_h + gap, 0.0
        for i, (px, py) in zip(c, xy, strict=True):
            out[nodes[i]] = (px + x, py + y)
        x += w + gap
        row_h = max(row_h, h)
        if k == 0:  # the largest component has the top rows to itself
            x, y, row_h = 0.0, h + gap, 0.0
    # Lone nodes: a compact grid at the bottom.
    if singles:
        # Wide cells, rows offset by half a cell: room for the labels under the nodes.
        step_x, step_y = 150.0, 75.0
        cols = max(1, min(int(limit // step_x), max(6, math.ceil(math.sqrt(len(singles)) * 1.5))))
        y0 = 0.0 if only_singles else y + row_h + (gap if x else 0.0)
        for j, i in enumerate(singles):
            row, col = divmod(j, cols)
            out[nodes[i]] = (col * step_x + (step_x / 2 if row % 2 else 0.0), y0 + row * step_y)
    cx = sum(p[0] for p in out.values()) / len(out)
    cy = sum(p[1] for p in out.values()) / len(out)
    return {n: (round(px - cx, 1), round(py - cy, 1)) for n, (px, py) in out.items()}


def communities(G, *, seed: int = 0) -> dict:
    """``{node: community}`` for every node of ``G``: communities of entities (and articles) linked
    by asserted facts, found by networkx's Louvain method, numbered from the largest (0).

    A value node (an amount, a year) joins its subject's community; a node that no asserted
    fact links to another gets ``-1``. Deterministic for a given graph and seed.
    """
    import networkx as nx

    from .nxgraph import VALUE_KIND

    U = nx.Graph()
    for u, v, d in G.edges(data=True):
        if u != v and d.get("asserted", True) and G.nodes[u].get("kind") != VALUE_KIND \
                and G.nodes[v].get("kind") != VALUE_KIND:
            U.add_edge(u, v)
    found = nx.community.louvain_communities(U, seed=seed) if U.number_of_edges() else []
    ranked = sorted((sorted(c) for c in found if len(c) > 1), key=lambda c: (-len(c), c[0]))
    out = {n: -1 for n in G}
    for k, members in enumerate(ranked):
        for n in members:
            out[n] = k
    for u, v in G.edges():
        if G.nodes[v].get("kind") == VALUE_KIND:
            out[v] = out[u]
    return out
