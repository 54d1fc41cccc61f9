"""The live explorer that ``kg serve`` shows at ``/``: a page built from the viewer's code, and
the JSON API it reads, over any store (embedded, graph file or remote SPARQL server).

The page starts empty with a search box; picking a name draws that node with the first page
of its facts, a double-click on a node draws the next page of its neighbourhood, a click shows
a node's details (an organisation's funding rounds and valuations as a chart) or a fact's
evidence. Routes, added to ``kg serve``'s route table (:func:`graph.store.serve.make_server`,
``routes=``; see :func:`server_routes`):

* ``GET /``: the page (``?lang=fr`` for French); its scripts and styles under ``/assets/``,
  served from here: nothing is fetched from anywhere else (the Content-Security-Policy says so).
* ``GET /api/search?q=NAME&limit=20``: entities by label or alias (prefix, word, substring,
  close match), the ones named in more statements first.
* ``GET /api/node?id=IRI``: a node's details.
* ``GET /api/neighbours?id=IRI&offset=0&limit=50``: a page of a node's facts and the nodes at
  their other ends, as vis-network items.
* ``GET /api/evidence?s=IRI&p=RELATION&o=OBJECT&a=1``: the statements of one fact.

Everything is read-only: the store is only ever queried. Answers are JSON (``nosniff``); the
page puts text from the store into the document as text only (``assets/common.js``).

These routes query the store in the server process, not through ``kg serve``'s worker pool (whose
timeout, row and memory caps are for a user's SPARQL): their queries are fixed texts with IRIs checked
by ``NamedNode``, never a user's text, and the name index and caches they keep live here. What bounds
them is their own scope and paging, not those caps: a request reads one node's facts (then kept, and
served 50 a page, at most 500), one fact's statements (at most 200 returned), or the names already in
memory (at most 100 returned); whole-store reads (the names, every article's title and date, every
amount) run once at start-up and in the background. The biggest hub of 1,000 generated articles
(1,488 facts) is read in 0.3-0.55 s. ``kg serve``'s Host/Origin checks apply to them as to every route.
"""
from __future__ import annotations

import json

from ..errors import KgError, StoreError, UsageError
from .html import ASSETS, _vis_assets, highlights, legend_classes, node_size, safe_url, style_options
from .nxgraph import format_amount
from .style import LANGS, UI, is_symmetric, ontology_properties, term_label

ARTICLE_NS = "https://w3id.org/kgnews/article/"
JSON_HEADERS = {"Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store",
                "X-Content-Type-Options": "nosniff"}
#: The page's policy: scripts, styles and data from kg serve itself, nothing from anywhere else.
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self' data:; "
       "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'")
_WIKIDATA = ("http://www.wikidata.org/entity/", "https://www.wikidata.org/entity/")


def _json(code: int, data) -> tuple[int, dict[str, str], bytes]:
    return code, dict(JSON_HEADERS), json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _param(params: dict, name: str, default: str | None = None) -> str:
    values = params.get(name)
    if not values:
        if default is None:
            raise UsageError(f"the request has no {name}= parameter")
        return default
    return values[0]


def _int(params: dict, name: str, default: int) -> int:
    text = _param(params, name, str(default))
    try:
        return int(text)
    except ValueError:
        raise UsageError(f"{name}={text!r} is not a whole number") from None


def _lang(params: dict, default: str) -> str:
    lang = _param(params, "lang", default)
    return lang if lang in LANGS else default


class ExplorerApp:
    """The explorer's routes over one store (see :func:`explorer_routes`)."""

    def __init__(self, store, *, lang: str = "en"):
        from ..store.explore import Explorer

        if lang not in LANGS:
            raise UsageError(f"--lang {lang!r} is not supported by the explorer; use {' or '.join(LANGS)}")
        self.store = store
        self.lang = lang
        self.explorer = Explorer(store)
        self._assets: dict[str, tuple[str, bytes]] = {}

    # -- routes
    def routes(self) -> dict:
        routes = {"/": self.page, "/index.html": self.page, "/api/search": self._api(self.search),
                  "/api/node": self._api(self.node), "/api/neighbours": self._api(self.neighbours),
                  "/api/evidence": self._api(self.evidence)}
        for name in ("vis-network.min.js", "vis-network.css", "common.js", "explorer.js", "viewer.css"):
            routes[f"/assets/{name}"] = self._asset(name)
        return routes

    def _api(self, handler):
        def route(params: dict):
            try:
                return _json(200, handler(params))
            except LookupError as exc:
                return _json(404, {"error": str(exc.args[0])})
            except StoreError as exc:
                return _json(502, {"error": str(exc)})
            except KgError as exc:
                return _json(400, {"error": str(exc)})
        return route

    def _asset(self, name: str):
        def route(_params: dict):
            if name not in self._assets:
                if name.startswith("vis-network"):
                    js, css = _vis_assets()
                    text = js if name.endswith(".js") else css
                else:
                    text = (ASSETS / name).read_text(encoding="utf-8")
                ctype = "text/javascript" if name.endswith(".js") else "text/css"
                self._assets[name] = (f"{ctype}; charset=utf-8", text.encode("utf-8"))
            ctype, body = self._assets[name]
            return 200, {"Content-Type": ctype, "Cache-Control": "no-cache", "X-Content-Type-Options": "nosniff"}, body
        return route

    # -- the page
    def page(self, params: dict):
        import jinja2

        from .html import script_json

        lang = _lang(params, self.lang)
        classes = legend_classes(dict.fromkeys(self._classes(), 0), lang)
        relations = [{"id": r, "label": term_label(r, lang)} for r in ontology_properties()]
        statuses = {s: term_label(s.capitalize(), lang) for s in
                    ("asserted", "reported", "presupposed", "questioned", "negated", "planned", "hypothetical")}
        index = self.explorer.index()
        from ..store.serve import shown_spec

        shown = shown_spec(self.store.spec)   # no local path, no password in the page
        data = {"lang": lang, "ui": UI[lang], "classes": classes, "relations": relations, "statuses": statuses,
                "store": shown, "entities": len(index.entities), "page": 50,
                "remote": getattr(self.store, "_ox", None) is None}
        options = style_options(classes, large=False, physics=True)
        env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(ASSETS)), autoescape=True)
        html = env.get_template("explorer.html").render(
            lang=lang, title=f"{UI[lang]['explorer']} — {shown}", ui=UI[lang],
            data_json=script_json(data), options_json=script_json(options), remote=data["remote"])
        return 200, {"Content-Type": "text/html; charset=utf-8", "Content-Security-Policy": CSP,
                     "X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer",
                     "Cache-Control": "no-store"}, html.encode("utf-8")

    @staticmethod
    def _classes() -> list[str]:
        from ..rdf.ontology import classes

        return sorted(classes() - {"Statement", "AssertionStatus"}) + ["Value"]

    # -- API
    def search(self, params: dict) -> dict:
        lang = _lang(params, self.lang)
        found = self.explorer.search(_param(params, "q", ""), _int(params, "limit", 20))
        for item in found["items"]:
            item["typeLabel"] = term_label(item["type"], lang)
        return found

    def _vis_node(self, nid: str, label: str, cls: str, n: int, lang: str, **extra) -> dict:
        size, font = node_size(n, self.explorer.index().max_n or 1)
        shown = label if len(label) <= 40 else label[:39] + "…"
        node = {"id": nid, "label": shown, "full": label, "group": cls, "size": size, "n": n,
                "title": f"{label} — {term_label(cls, lang)}", **extra}
        if font > 14:
            node["font"] = {"size": font}
        return node

    def _entity_node(self, iri: str, lang: str, articles: dict) -> dict:
        e = self.explorer.entity(iri)
        if e is not None:
            return self._vis_node(iri, e.label, e.types[0], e.n, lang, kind="entity")
        if iri in articles:
            return self._vis_node(iri, articles[iri]["title"], "Article", 0, lang, kind="article")
        return self._vis_node(iri, iri.rsplit("/", 1)[-1].rsplit("#", 1)[-1], "Thing", 0, lang, kind="entity")

    def node(self, params: dict) -> dict:
        lang = _lang(params, self.lang)
        iri = _param(params, "id")
        found = self.explorer.node(iri)
        if found is None:
            raise LookupError(f"no node {iri} in the store")
        if found["kind"] == "article":
            return {"id": iri, "kind": "article", "label": found["label"], "tc": [term_label("Article", lang)],
                    "url": safe_url(found.get("url")), "site": found.get("site"),
                    "published": found.get("published"), "file": found.get("fileName"),
                    "node": self._vis_node(iri, found["label"], "Article", 0, lang, kind="article")}
        from ..rdf.ontology import superclasses
        from .timeline import Row, timeline_points

        chain = superclasses(found["types"][0])
        wikidata = next((u.rsplit("/", 1)[-1] for u in found["same_as"] if u.startswith(_WIKIDATA)), None)
        out = {"id": iri, "kind": "entity", "label": found["label"], "type": found["types"][0],
               "tc": [term_label(c, lang) for c in chain], "aliases": found["aliases"],
               "wikidata": wikidata if wikidata and wikidata[:1] == "Q" and wikidata[1:].isdigit() else None,
               "same_as": [u for u in found["same_as"] if safe_url(u) and not u.startswith(_WIKIDATA)],
               "n": found["n"], "articles": found["articles"],
               "mentioned_in": [{"id": a["id"], "title": a["title"], "url": safe_url(a.get("url")),
                                 "site": a.get("site"), "published": a.get("published")}
                                for a in found["mentioned_in"]],
               "node": self._vis_node(iri, found["label"], found["types"][0], found["n"], lang, kind="entity")}
        if "Organization" in chain:
            rows = [Row(r["relation"], r["value"], r["currency"], r["round_type"], r["basis"], r["published"],
                        r["article"]) for r in self.explorer.funding(iri)]
            out["timeline"] = timeline_points(rows, lang)
        return out

    def neighbours(self, params: dict) -> dict:
        lang = _lang(params, self.lang)
        iri = _param(params, "id")
        offset, limit = _int(params, "offset", 0), _int(params, "limit", 50)
        if self.explorer.entity(iri) is None and self.explorer.node(iri) is None:
            raise LookupError(f"no node {iri} in the store")
        facts, total = self.explorer.neighbours(iri, offset, limit)
        ends = {f.s for f in facts} | {f.o for f in facts if f.value_kind is None}
        articles = self.explorer.articles_meta([e for e in ends if e.startswith(ARTICLE_NS)])
        amounts = self.explorer.amounts([f.term for f in facts if f.value_kind == "amount"])
        nodes: dict[str, dict] = {}
        for end in sorted(ends):
            nodes[end] = self._entity_node(end, lang, articles)
        edges = []
        for f in facts:
            if f.value_kind == "amount":
                value, currency = amounts.get(f.term, (None, None))
                label = format_amount(value, currency, lang) if value is not None else f.term.rsplit("/", 1)[-1]
                nodes.setdefault(f.o, self._vis_node(f.o, label, "MonetaryAmount", 0, lang, kind="value",
                                                     v=value, cur=currency))
            elif f.value_kind == "literal":
                text = f.value or ""
                nodes.setdefault(f.o, self._vis_node(f.o, text, "Value", 0, lang, kind="value", v=text))
            rel = term_label(f.p, lang)
            if not f.asserted and len(f.statuses) == 1:
                rel = f"{rel} ({term_label(f.statuses[0].capitalize(), lang)})"
            edge: dict[str, object] = {
                    "id": "\t".join((f.s, f.p, f.term, "1" if f.asserted else "0")), "from": f.s, "to": f.o,
                    "label": rel, "rel": f.p, "as": 1 if f.asserted else 0, "st": f.statuses, "c": f.confidence,
                    "k": f.count, "o": f.term, "width": 1 + 0.5 * min(f.count - 1, 4)}
            if is_symmetric(f.p):
                edge["arrows"] = {"to": {"enabled": False}}
            if not f.asserted:
                edge["dashes"] = True
                edge["color"] = {"color": "#c48a8a", "highlight": "#d1495b", "hover": "#a05050", "inherit": False}
            edges.append(edge)
        return {"id": iri, "offset": offset, "total": total,
                "next": offset + len(facts) if offset + len(facts) < total else None,
                "nodes": list(nodes.values()), "edges": edges}

    def evidence(self, params: dict) -> dict:
        s, p, o = _param(params, "s"), _param(params, "p"), _param(params, "o")
        asserted = {"1": True, "0": False}.get(_param(params, "a", ""))
        rows, total = self.explorer.evidence(s, p, o, asserted)
        articles = self.explorer.articles_meta({r["article"] for r in rows})
        from ..store.explore import parse_object

        subj, term = self.explorer.entity(s), parse_object(o)
        obj = self.explorer.entity(o) if not o.startswith('"') else None
        s_names = [subj.label, *subj.aliases] if subj else []
        o_names = [obj.label, *obj.aliases] if obj is not None else [term.value] if o.startswith('"') else []
        items = []
        for r in rows:
            art = articles.get(r["article"], {})
            item = {"sentence": r["evidence"], "st": r["status"], "c": r["confidence"],
                    "h": highlights(r["evidence"], s_names, o_names + ([r["surface"]] if r["surface"] else [])),
                    "article": {"title": art.get("title") or r["article"], "url": safe_url(art.get("url")),
                                "site": art.get("site"), "published": art.get("published")}}
            for key, short in (("round_type", "rt"), ("basis", "vb"), ("surface", "sf"), ("extractor", "x")):
                if r[key]:
                    item[short] = r[key]
            items.append(item)
        return {"total": total, "items": items}


def explorer_routes(store, *, lang: str = "en") -> dict:
    """The explorer's routes over ``store``: path -> ``fn(params) -> (status, headers, body)``
    (:func:`server_routes` makes them routes of ``kg serve``).

    The names are read here, before the server answers anything, so the first search is fast;
    the facts of the best-connected entities are read next, in the background, so that expanding
    a hub is as quick as expanding any node.
    """
    import threading

    app = ExplorerApp(store, lang=lang)
    app.explorer.index()
    threading.Thread(target=_quietly, args=(app.explorer.warm,), name="kg-explorer-warm", daemon=True).start()
    return app.routes()


def _quietly(work) -> None:
    """Run background work whose failure only means it was not done (the request will do it)."""
    try:
        work()
    except Exception:  # e.g. a remote store gone away meanwhile
        pass


def server_routes(store, *, lang: str = "en") -> dict:
    """The explorer's routes over ``store`` as :class:`graph.store.serve.Route` entries, for
    ``make_server(store, routes=lambda st: server_routes(st, lang=lang))``."""
    from ..store.serve import page_route

    return {path: page_route(fn) for path, fn in explorer_routes(store, lang=lang).items()}


def serve(spec: str, host: str = "127.0.0.1", port: int = 7878, *, lang: str = "en", on_ready=None,
          options=None) -> None:
    """``kg serve``: the read-only SPARQL endpoint over a store (``options``: its limits and checks,
    :class:`graph.store.serve.Options`) with the explorer at ``/``; a server URL gets the explorer only."""
    from ..store.serve import serve as run

    run(spec, host, port, on_ready=on_ready, options=options, routes=lambda store: server_routes(store, lang=lang))


def explorer_in_thread(store, host: str = "127.0.0.1", port: int = 0, *, lang: str = "en", options=None):
    """The explorer over an open store in a background thread (tests, notebooks): ``(server, url)``;
    stop it with ``server.shutdown()`` then ``server.server_close()``."""
    from ..store.serve import serve_in_thread

    return serve_in_thread(store, host, port, options=options, routes=lambda st: server_routes(st, lang=lang))


__all__ = ["ExplorerApp", "explorer_routes", "server_routes", "serve", "explorer_in_thread"]
