"""The HTML viewer: one self-contained file, built with networkx and pyvis, that needs no network.

The page holds vis-network's JS and CSS (taken from the pyvis package, no CDN), the
viewer's own script and style (``assets/``), and the graph as JSON in a
``<script type="application/json">`` block whose ``<``, ``>`` and ``&`` are escaped, so no
text from an article can close the block. The script only ever puts article and user text
into the page with ``textContent``; a Content-Security-Policy allows the page's two scripts
(by hash) and nothing else, and no request at all (``default-src 'none'``).
"""
from __future__ import annotations

import base64
import hashlib
import json
import re
from pathlib import Path

from ..errors import UsageError
from .layout import PHYSICS_LIMIT
from .nxgraph import ARTICLE_KIND, VALUE_KIND
from .style import LANGS, UI, class_style, is_symmetric, term_label

ASSETS = Path(__file__).resolve().parent / "assets"
_SAFE_URL = re.compile(r"^https?://[^\s\"'<>\\]+$", re.IGNORECASE)
_QID = re.compile(r"^[QP][0-9]+$")
_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")


def _vis_assets() -> tuple[str, str]:
    """vis-network's JS and CSS as bundled in the pyvis package."""
    import pyvis

    lib = Path(pyvis.__file__).resolve().parent / "templates" / "lib"
    folders = sorted(lib.glob("vis-*"), key=lambda p: tuple(int(x) for x in re.findall(r"\d+", p.name)))
    if not folders:
        raise FileNotFoundError(f"vis-network is missing from the pyvis package at {lib}; reinstall pyvis")
    folder = folders[-1]
    return ((folder / "vis-network.min.js").read_text(encoding="utf-8"),
            (folder / "vis-network.css").read_text(encoding="utf-8"))


def script_json(data) -> str:
    """JSON safe inside ``<script>``: ``<``, ``>``, ``&`` and the JS line separators escaped."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return (text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def safe_url(url: str | None) -> str | None:
    """The URL if it is a plain http(s) link, else None (no ``javascript:``, no quotes)."""
    return url if url and _SAFE_URL.match(url) else None


def _utf16(text: str):
    """Python string offsets -> JavaScript (UTF-16) offsets."""
    if not _ASTRAL.search(text):
        return lambda i: i
    prefix = [0]
    for c in text:
        prefix.append(prefix[-1] + (2 if ord(c) >= 0x10000 else 1))
    return lambda i: prefix[i]


def _occurrences(sentence: str, lowered: str | None, name: str):
    """(start, end) of every whole-word, case-insensitive occurrence of ``name``.

    ``str.find`` on lowered text when lowering keeps offsets (nearly always: it is much
    faster than compiling a regular expression per name); a regex otherwise.
    """
    low_name = name.lower()
    if lowered is None or len(low_name) != len(name):
        for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", sentence, re.IGNORECASE):
            yield m.start(), m.end()
        return
    i = lowered.find(low_name)
    while i >= 0:
        j = i + len(name)
        before = sentence[i - 1] if i else " "
        after = sentence[j] if j < len(sentence) else " "
        if not (before.isalnum() or before == "_") and not (after.isalnum() or after == "_"):
            yield i, j
        i = lowered.find(low_name, i + 1)


def highlights(sentence: str, subject_names, object_names) -> list[list]:
    """``[[start, end, "s" | "o"], ...]`` where the sentence names the subject or the object.

    Longest names win; matches are whole words, case-insensitive; offsets are UTF-16, for JS.
    """
    candidates = sorted({(n, "s") for n in subject_names if n and len(n.strip()) > 1}
                        | {(n, "o") for n in object_names if n and len(n.strip()) > 1},
                        key=lambda c: (-len(c[0]), c[1], c[0]))
    taken: list[tuple[int, int, str]] = []
    lowered = sentence.lower()
    same_length = len(lowered) == len(sentence)
    for name, role in candidates:
        for start, end in _occurrences(sentence, lowered if same_length else None, name.strip()):
            if all(end <= a or start >= b for a, b, _ in taken):
                taken.append((start, end, role))
    conv = _utf16(sentence)
    return [[conv(a), conv(b), r] for a, b, r in sorted(taken)]


def _names(G, node) -> list[str]:
    d = G.nodes[node]
    if d["kind"] == ARTICLE_KIND:
        return []
    return [d["label"], *d["aliases"]]


def node_size(degree: int, max_degree: int) -> tuple[float, int]:
    """(node size, label size) in pixels: 10 to 36 and 14 to 22, by the square root of the degree."""
    r = (degree / max_degree) ** 0.5 if max_degree else 0.0
    return round(10 + 26 * r, 1), round(14 + 8 * r)


#: Community colours (colour-by-community); communities past these get the last, neutral one.
COMMUNITY_COLORS = ["#4e79a7", "#f28e2b", "#e15759", "#59a14f", "#b07aa1", "#edc948", "#76b7b2", "#ff9da7",
                    "#9c755f", "#17becf", "#bcbd22", "#8c564b", "#c7ccd1"]
#: vis-network never draws node labels (its threshold is never reached): assets/common.js draws
#: them, the best-connected first, at a readable size and without overlaps.
NO_VIS_LABELS = 10_000


def style_options(classes: list[dict], large: bool, physics: bool) -> dict:
    """vis-network's options: one group per class (colour, shape), labels, edges, interaction, physics.

    A class drawn as a ``document`` (articles) gets vis-network's ``custom`` shape, whose
    renderer the page's script supplies.
    """
    groups = {}
    for c in classes:
        group = {"shape": "custom" if c["shape"] == "document" else c["shape"], "color": {
            "background": c["color"], "border": "#2b2b2b",
            "highlight": {"background": c["color"], "border": "#111111"},
            "hover": {"background": c["color"], "border": "#111111"}}}
        groups[c["id"]] = group
    options = {
        "autoResize": True,
        "groups": groups,
        "nodes": {
            "borderWidth": 1, "borderWidthSelected": 3,
            "font": {"size": 14, "face": "system-ui, -apple-system, Segoe UI, Roboto, sans-serif",
                     "color": "#1f2328", "strokeWidth": 3, "strokeColor": "#ffffff"},
            "size": 10,
            # Sizes are computed in Python (see node_size): vis-network's value scaling walks
            # every node on every data change, which makes a 5,000-node page sluggish.
            "scaling": {"label": {"enabled": False, "drawThreshold": NO_VIS_LABELS, "maxVisible": 30}},
        },
        "edges": {
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
            "color": {"color": "#9aa3ad", "highlight": "#d1495b", "hover": "#5f6b7a", "inherit": False},
            # On a white box, not a white halo: a stroked text costs ten times a filled one to paint
            # (measured in Chromium: a frame of 600 labelled edges 770 ms with the halo, 70-200 ms without).
            "font": {"size": 11, "color": "#4a5560", "strokeWidth": 0, "background": "rgba(255,255,255,0.85)",
                     "align": "middle"},
            "smooth": False, "selectionWidth": 2, "hoverWidth": 1,
            "scaling": {"label": {"drawThreshold": 7}},
        },
        "interaction": {"hover": not large, "tooltipDelay": 250, "hideEdgesOnDrag": large,
                        "hideEdgesOnZoom": large, "multiselect": False, "navigationButtons": False,
                        "keyboard": False},
        "layout": {"improvedLayout": False, "randomSeed": 0},
        "physics": {"enabled": physics},
    }
    if physics:
        # Python's layout is already the starting point, so no hidden stabilisation: the graph
        # is drawn at once and the live simulation polishes it; a high damping settles it
        # fast, and viewer.js stops it if it has not settled SETTLE_MS after the first drawing.
        options["physics"] = {
            "enabled": True, "solver": "barnesHut",
            "barnesHut": {"gravitationalConstant": -4000, "centralGravity": 0.1, "springLength": 150,
                          "springConstant": 0.04, "damping": 0.6, "avoidOverlap": 0.5},
            "maxVelocity": 40, "minVelocity": 1.5, "timestep": 0.5,
            "stabilization": {"enabled": False},
        }
    return options


def legend_classes(counts: dict[str, int], lang: str) -> list[dict]:
    """The legend: classes ordered by family (people, organisations, products, ...) then depth,
    each with its label, colour, shape, depth under the classes listed and count."""
    from ..rdf.ontology import superclasses

    order = {"Person": 0, "Organization": 1, "Product": 2, "Place": 3, "Concept": 4, "Article": 5,
             "MonetaryAmount": 6, "Value": 7}

    def family(cls: str):
        chain = superclasses(cls)
        root = next((c for c in reversed(chain) if c in order), chain[-1])
        return (order.get(root, 9), root, len(chain), term_label(cls, lang).casefold())

    classes = []
    for cls in sorted(counts, key=family):
        color, shape = class_style(cls)
        classes.append({"id": cls, "label": term_label(cls, lang), "color": color, "shape": shape,
                        "depth": max(0, len([c for c in superclasses(cls) if c in counts]) - 1),
                        "count": counts[cls]})
    return classes


def _communities(G, groups: dict, index: dict) -> list[dict]:
    """The communities of 3 nodes or more, largest first: size, colour, best-connected member."""
    members: dict[int, list] = {}
    for n, k in groups.items():
        if k >= 0 and G.nodes[n]["kind"] != VALUE_KIND:
            members.setdefault(k, []).append(n)
    out: list[dict] = []
    for k in sorted(members):
        if len(members[k]) < 3:
            continue
        hub = max(members[k], key=lambda n: (G.degree(n), n))
        out.append({"id": k, "size": len(members[k]), "hub": index[hub], "label": G.nodes[hub]["label"],
                    "color": COMMUNITY_COLORS[min(len(out), len(COMMUNITY_COLORS) - 1)]})
    return out


def build_page_data(G, *, lang: str = "en", focus_ids=(), show_unasserted: bool = False,
                    min_confidence: float = 0.0, physics: bool | None = None,
                    show_isolated: bool | None = None) -> tuple[dict, dict]:
    """The viewer's data and vis-network options for a graph made by :func:`to_networkx`.

    Returns ``(data, options)``; ``data["nodes"]`` and ``data["edges"]`` are vis-network
    items, in the same order as ``G.nodes`` and ``G.edges``. ``show_isolated`` starts the page
    with the nodes that have no visible fact shown (default: only for a single article).
    """
    from pyvis.network import Network

    from .layout import communities, positions
    from .timeline import graph_timeline

    if lang not in LANGS:
        raise UsageError(f"--lang {lang!r} is not supported by the viewer; use {' or '.join(LANGS)}")
    n_nodes = G.number_of_nodes()
    physics = n_nodes <= PHYSICS_LIMIT if physics is None else physics
    large = n_nodes > PHYSICS_LIMIT
    groups = communities(G)
    pos = positions(G, groups=groups)
    if show_isolated is None:
        show_isolated = len(G.graph.get("articles", {})) <= 1

    counts: dict[str, int] = {}
    for _, d in G.nodes(data=True):
        counts[d["type"]] = counts.get(d["type"], 0) + 1
    classes = legend_classes(counts, lang)

    rel_counts: dict[str, int] = {}
    for _, _, d in G.edges(data=True):
        rel_counts[d["relation"]] = rel_counts.get(d["relation"], 0) + 1
    relations = [{"id": r, "label": term_label(r, lang), "count": rel_counts[r]}
                 for r in sorted(rel_counts, key=lambda r: term_label(r, lang).casefold())]
    rel_index = {r["id"]: i for i, r in enumerate(relations)}

    art_meta = G.graph.get("articles", {})
    art_ids = sorted(art_meta, key=lambda a: (art_meta[a]["title"] or "", a))
    art_index = {a: i for i, a in enumerate(art_ids)}
    articles = [{"title": art_meta[a]["title"], "url": safe_url(art_meta[a].get("url")),
                 "site": art_meta[a].get("site"), "published": art_meta[a].get("published"),
                 "file": art_meta[a].get("file")} for a in art_ids]

    node_ids = list(G.nodes())
    index = {n: i for i, n in enumerate(node_ids)}
    focus = {index[n] for n in focus_ids if n in index}
    degree = dict(G.degree())
    max_degree = max(degree.values(), default=0)
    vis_nodes, info = [], []
    for i, n in enumerate(node_ids):
        d = G.nodes[n]
        label = d["label"]
        shown = label if len(label) <= 40 else label[:39] + "…"
        x, y = pos[n]
        size, font = node_size(degree[n], max_degree)
        node = {"id": i, "label": shown, "group": d["type"], "size": size, "x": x, "y": y,
                "title": f"{label} — {term_label(d['type'], lang)}"}
        if font > 14:
            node["font"] = {"size": font}
        if i in focus:
            node["borderWidth"] = 4
            node["font"] = {"size": max(font, 18)}
        vis_nodes.append(node)
        item = {"k": d["kind"], "l": label, "t": d["type"], "tc": [term_label(c, lang) for c in d["types"]]}
        if d["aliases"]:
            item["a"] = d["aliases"]
        if d.get("wikidata") and _QID.match(d["wikidata"]):
            item["w"] = d["wikidata"]
        if d.get("same_as"):
            item["sa"] = [u for u in d["same_as"] if safe_url(u)]
        mentions = [art_index[a] for a in d.get("articles", ()) if a in art_index]
        if mentions:
            item["m"] = mentions
        if d["kind"] == ARTICLE_KIND and n in art_index:
            item["art"] = art_index[n]
        if d["kind"] == VALUE_KIND and d.get("value") is not None:
            item["v"], item["cur"] = d["value"], d.get("currency")
        if groups.get(n, -1) >= 0:
            item["cm"] = groups[n]
        if "Organization" in d["types"]:
            points = graph_timeline(G, n, lang)
            if points:
                item["tl"] = points
        info.append(item)

    sentences: list[str] = []
    sentence_index: dict[str, int] = {}
    pair_count: dict[tuple, int] = {}
    vis_edges, facts = [], []
    for j, (u, v, _key, d) in enumerate(G.edges(keys=True, data=True)):
        rel = d["relation"]
        label = term_label(rel, lang)
        if not d["asserted"] and len(d["statuses"]) == 1:
            label = f"{label} ({term_label(d['statuses'][0].capitalize(), lang)})"
        edge = {"id": j, "from": index[u], "to": index[v], "label": label,
                "width": 1 + 0.5 * min(len(d["statements"]) - 1, 4)}
        if is_symmetric(rel):
            edge["arrows"] = {"to": {"enabled": False}}
        if not d["asserted"]:
            edge["dashes"] = True
            edge["color"] = {"color": "#c48a8a", "highlight": "#d1495b", "hover": "#a05050", "inherit": False}
        pair = (min(index[u], index[v]), max(index[u], index[v]))
        nth = pair_count.get(pair, 0)
        pair_count[pair] = nth + 1
        if nth or G.number_of_edges(u, v) + (G.number_of_edges(v, u) if u != v else 0) > 1:
            cw = nth % 2 == 0
            if index[u] > index[v]:
                cw = not cw
            edge["smooth"] = {"enabled": True, "type": "curvedCW" if cw else "curvedCCW",
                              "roundness": round(0.15 + 0.15 * (nth // 2), 2)}
        vis_edges.append(edge)
        subj_names, obj_names = _names(G, u), _names(G, v)
        if G.nodes[v]["kind"] == VALUE_KIND:
            obj_names = [G.nodes[v]["label"]] if G.nodes[v]["type"] != "MonetaryAmount" else []
        statements = []
        for s in d["statements"]:
            sentence = s["evidence"] or ""
            if sentence not in sentence_index:
                sentence_index[sentence] = len(sentences)
                sentences.append(sentence)
            names_o = obj_names + ([s["surface"]] if s.get("surface") else [])
            item = {"e": sentence_index[sentence], "st": s["status"], "c": s["confidence"],
                    "h": highlights(sentence, subj_names, names_o)}
            if s.get("article") in art_index:
                item["a"] = art_index[s["article"]]
            for key, short in (("extractor", "x"), ("round_type", "rt"), ("valuation_basis", "vb"), ("surface", "sf")):
                if s.get(key):
                    item[short] = s[key]
            statements.append(item)
        facts.append({"r": rel_index[rel], "as": 1 if d["asserted"] else 0, "c": d["confidence"], "s": statements})

    statuses = {s: term_label(s.capitalize(), lang) for s in
                ("asserted", "reported", "presupposed", "questioned", "negated", "planned", "hypothetical")}
    options = style_options(classes, large, physics)

    # pyvis holds the network and serialises it; its own template (CDN Bootstrap) is not used.
    net = Network(height="100%", width="100%", directed=True, cdn_resources="in_line")
    net.nodes, net.edges = vis_nodes, vis_edges
    net.node_ids = [nd["id"] for nd in vis_nodes]
    net.node_map = {nd["id"]: nd for nd in vis_nodes}
    net.options = options
    nodes_out, edges_out, _heading, _h, _w, options_json = net.get_network_data()

    data = {
        "lang": lang, "ui": UI[lang], "classes": classes, "relations": relations, "statuses": statuses,
        "articles": articles, "sentences": sentences, "nodes": nodes_out, "info": info,
        "edges": edges_out, "facts": facts, "focus": sorted(focus),
        "communities": _communities(G, groups, index),
        "settings": {"physics": physics, "large": large, "showUnasserted": bool(show_unasserted),
                     "minConfidence": float(min_confidence), "hideIsolated": not show_isolated},
    }
    return data, json.loads(options_json)


def _sha256(text: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")


def render_page(data: dict, options: dict, *, title: str) -> str:
    """The whole HTML document."""
    import jinja2

    vis_js, vis_css = _vis_assets()
    app_js = "\n".join((ASSETS / name).read_text(encoding="utf-8") for name in ("common.js", "viewer.js"))
    app_css = (ASSETS / "viewer.css").read_text(encoding="utf-8")
    for name, text in (("vis-network.min.js", vis_js), ("common.js and viewer.js", app_js)):
        if "</script" in text.lower():
            raise ValueError(f"{name} contains '</script' and cannot be inlined")
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(ASSETS)), autoescape=True,
                             keep_trailing_newline=True)
    csp = ("default-src 'none'; "
           f"script-src '{_sha256(vis_js)}' '{_sha256(app_js)}'; "
           "style-src 'unsafe-inline'; img-src data:; font-src data:; connect-src 'none'; "
           "media-src 'none'; object-src 'none'; frame-src 'none'; worker-src 'none'; "
           "base-uri 'none'; form-action 'none'")
    return env.get_template("viewer.html").render(
        lang=data["lang"], title=title, csp=csp, vis_css=vis_css, app_css=app_css, vis_js=vis_js,
        app_js=app_js, data_json=script_json(data), options_json=script_json(options),
        ui=data["ui"])


def page_title(G, lang: str) -> str:
    arts = G.graph.get("articles", {})
    base = UI[lang]["title"]
    if len(arts) == 1:
        return f"{base} — {next(iter(arts.values()))['title']}"
    return f"{base} — {len(arts)} articles" if arts else base
