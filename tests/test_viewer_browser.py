"""The HTML viewer in Debian's headless Chromium, driven by Playwright, with the network blocked.

Every page is opened with all requests outside ``file://`` aborted and recorded, console
errors and page errors recorded, and is used only once it is drawn and its physics settled
(``<body data-stable>``). No test asserts a duration.
"""
from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from test_render import HOSTILE, hostile_dataset, sample_dataset

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic"]
ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = Path(os.environ.get("KG_TEST_ARTIFACTS", ROOT / "test-artifacts"))


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.skip(f"Debian's chromium is not installed at {CHROMIUM} (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@dataclass
class Viewer:
    page: object
    errors: list = field(default_factory=list)     # console errors and uncaught exceptions
    blocked: list = field(default_factory=list)    # requests that tried to leave file://
    failed: list = field(default_factory=list)     # file:// requests that failed
    dialogs: list = field(default_factory=list)    # alert(), confirm(), prompt()

    def js(self, expression: str, arg=None):
        return self.page.evaluate(expression, arg)

    def counts(self) -> dict:
        return self.js("() => kgViewer.counts()")

    def pixel(self, label: str) -> list[int]:
        """The RGB of the canvas at the centre of the node labelled ``label``, once redrawn."""
        self.js("() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))")
        return self.js("""(l) => {
            const i = kgViewer.data.info.findIndex((it) => it.l === l), n = kgViewer.network;
            const d = n.canvasToDOM(n.getPositions([i])[i]), c = document.querySelector('#kg-network canvas');
            const r = window.devicePixelRatio || 1;
            return Array.from(c.getContext('2d').getImageData(Math.round(d.x * r), Math.round(d.y * r), 1, 1).data).slice(0, 3);
        }""", label)

    def details(self) -> str:
        """The details panel's text as written (not as CSS capitalises it)."""
        return " ".join(self.page.text_content("#kg-details").split())


def open_viewer(browser, path: Path, *, bypass_csp: bool = False) -> Viewer:
    context = browser.new_context(viewport={"width": 1400, "height": 850}, bypass_csp=bypass_csp)
    page = context.new_page()
    v = Viewer(page)

    def route(r):
        if r.request.url.startswith("file://"):
            r.continue_()
        else:
            v.blocked.append(r.request.url)
            r.abort()

    context.route("**/*", route)
    page.on("console", lambda m: v.errors.append(f"console: {m.text}") if m.type == "error" else None)
    page.on("pageerror", lambda e: v.errors.append(f"pageerror: {e}"))
    page.on("requestfailed", lambda r: v.failed.append(r.url) if r.url.startswith("file://") else None)
    page.on("dialog", lambda d: (v.dialogs.append(d.message), d.dismiss()))
    page.goto(path.as_uri())
    page.wait_for_selector("body[data-stable]", state="attached", timeout=60_000)
    return v


def assert_clean(v: Viewer) -> None:
    assert v.blocked == [], f"requests left the page: {v.blocked}"
    assert v.failed == [], f"failed requests: {v.failed}"
    assert v.errors == [], f"console errors: {v.errors}"
    assert v.dialogs == []


def _click(v: Viewer, point: dict) -> None:
    box = v.page.locator("#kg-network canvas").bounding_box()
    v.page.mouse.click(box["x"] + point["x"], box["y"] + point["y"])


def click_edge(v: Viewer, j: int) -> None:
    """Click on edge ``j`` with the mouse, where neither a node nor another edge is."""
    point = v.js("""(j) => {
        const n = kgViewer.network, e = kgViewer.data.edges[j];
        const p = n.getPositions([e.from, e.to]);
        for (const t of [0.5, 0.42, 0.58, 0.35, 0.65, 0.28, 0.72]) {
            const d = n.canvasToDOM({x: p[e.from].x + t * (p[e.to].x - p[e.from].x),
                                     y: p[e.from].y + t * (p[e.to].y - p[e.from].y)});
            if (n.getNodeAt(d) === undefined && n.getEdgeAt(d) === j) return d;
        }
        return null; }""", j)
    assert point is not None, f"edge {j} has no clickable point"
    _click(v, point)


def clickable_edges(v: Viewer) -> list[int]:
    return v.js("""() => {
        const n = kgViewer.network, out = [];
        kgViewer.edgesView.getIds().forEach((j) => {
            const e = kgViewer.data.edges[j], p = n.getPositions([e.from, e.to]);
            for (const t of [0.5, 0.42, 0.58, 0.35, 0.65, 0.28, 0.72]) {
                const d = n.canvasToDOM({x: p[e.from].x + t * (p[e.to].x - p[e.from].x),
                                         y: p[e.from].y + t * (p[e.to].y - p[e.from].y)});
                if (n.getNodeAt(d) === undefined && n.getEdgeAt(d) === j) { out.push(j); break; }
            }
        });
        return out; }""")


def click_node(v: Viewer, i: int) -> None:
    point = v.js("(i) => kgViewer.network.canvasToDOM(kgViewer.network.getPositions([i])[i])", i)
    _click(v, point)


def node_id(v: Viewer, label: str) -> int:
    return v.js("(l) => kgViewer.data.info.findIndex((it) => it.l === l)", label)


# ------------------------------------------------------------------ the example article

@pytest.fixture(scope="module")
def example(tmp_path_factory, example_path):
    from graph.api import build_graph
    from graph.render import to_networkx, write_html

    ds = build_graph([str(example_path)])
    out = tmp_path_factory.mktemp("viewer") / "reflection-ai.html"
    write_html(ds, out)
    return ds, to_networkx(ds), out


def test_viewer_example_offline_complete_with_evidence(browser, example):
    from graph.api import union_graph
    from graph.rdf import entity_rows

    ds, G, path = example
    v = open_viewer(browser, path)
    c = v.counts()
    assert (c["nodes"], c["edges"]) == (G.number_of_nodes(), G.number_of_edges())
    assert c["visibleEdges"] == sum(1 for *_, d in G.edges(data=True) if d["asserted"])
    assert (c["drawnNodes"], c["drawnEdges"]) == (c["visibleNodes"], c["visibleEdges"])
    shown = set(v.js("() => kgViewer.nodesView.getIds().map((i) => kgViewer.data.info[i].l)"))
    entities = {r["label"] for r in entity_rows(union_graph(ds))}
    assert entities and entities <= shown, f"missing: {entities - shown}"

    # Click a fact whose evidence names both ends, and read the evidence.
    edges = clickable_edges(v)
    marked = [j for j in edges if {h[2] for s in v.js(f"() => kgViewer.data.facts[{j}].s") for h in s["h"]} == {"s", "o"}]
    j = (marked or edges)[0]
    click_edge(v, j)
    assert v.page.get_attribute("#kg-details", "data-kind") == "edge"
    assert v.page.get_attribute("#kg-details", "data-id") == str(j)
    fact = v.js(f"() => kgViewer.data.facts[{j}]")
    sentence = v.js(f"() => kgViewer.data.sentences[{fact['s'][0]['e']}]")
    assert v.page.inner_text("#kg-details blockquote >> nth=0") == sentence
    if marked:
        assert v.page.locator("#kg-details mark.kg-s").count() >= 1
        assert v.page.locator("#kg-details mark.kg-o").count() >= 1
    assert "reflection-ai.fr.txt" in v.details()
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    v.page.screenshot(path=str(ARTIFACTS / "viewer-example.png"))
    assert_clean(v)


# ------------------------------------------------------------------ the sample graph (test_render)

@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    from graph.render import write_html

    folder = tmp_path_factory.mktemp("sample")
    paths = {}
    for name, kwargs in {"en": {}, "fr": {"lang": "fr"}, "focus": {"focus": "Jane Doe", "depth": 1}}.items():
        paths[name] = folder / f"{name}.html"
        write_html(sample_dataset(), paths[name], **kwargs)
    return paths


def test_viewer_counts_equal_the_graph(browser, sample):
    from graph.render import to_networkx

    G = to_networkx(sample_dataset())
    v = open_viewer(browser, sample["en"])
    # Two articles: the nodes without a visible fact (Solo Person; Fund Two, only questioned) start hidden.
    assert v.counts() == {"nodes": 11, "edges": 9, "visibleNodes": 9, "visibleEdges": 8,
                          "drawnNodes": 9, "drawnEdges": 8}
    assert (G.number_of_nodes(), G.number_of_edges()) == (11, 9)
    assert v.page.inner_text("#kg-counts") == "9 nodes, 8 facts shown (of 11 / 9)"
    v.page.check("#kg-isolated")
    assert v.counts()["visibleNodes"] == v.counts()["drawnNodes"] == 11
    assert v.page.inner_text("#kg-counts") == "11 nodes, 8 facts shown (of 11 / 9)"
    assert_clean(v)


def test_viewer_edge_click_shows_every_evidence(browser, sample):
    v = open_viewer(browser, sample["en"])
    j = v.js("""() => kgViewer.data.edges.findIndex((e) =>
        kgViewer.data.info[e.from].l === 'Fund One' && kgViewer.data.info[e.to].l === 'Acme AI')""")
    click_edge(v, j)
    quotes = v.page.locator("#kg-details blockquote")
    assert quotes.count() == 2
    assert quotes.nth(0).inner_text() == "Acme AI raised 100 million dollars from Fund One."
    assert quotes.nth(1).inner_text() == "Fund One backed Acme."
    assert v.page.locator("#kg-details blockquote >> nth=0 >> mark.kg-s").inner_text() == "Fund One"
    assert v.page.locator("#kg-details blockquote >> nth=0 >> mark.kg-o").inner_text() == "Acme AI"
    assert v.page.locator("#kg-details blockquote >> nth=1 >> mark.kg-o").inner_text() == "Acme"   # an alias
    link = v.page.locator("#kg-details a", has_text="Acme raises money")
    assert link.get_attribute("href") == "https://example.org/a"
    assert link.get_attribute("rel") == "noopener noreferrer"
    text = v.details()
    assert "Fund One → invested in → Acme AI" in text
    assert "confidence 0.85" in text and "confidence 0.60" in text and "Beta vs Acme" in text
    assert_clean(v)


def test_viewer_node_click_shows_type_aliases_wikidata_and_facts(browser, sample):
    v = open_viewer(browser, sample["en"])
    i = node_id(v, "Acme AI")
    click_node(v, i)
    assert v.page.get_attribute("#kg-details", "data-kind") == "node"
    assert v.page.inner_text("#kg-details h3") == "Acme AI"
    text = v.details()
    assert "company ‹ organization ‹ agent" in text
    assert "Acme" in v.page.inner_text("#kg-details dd >> nth=0")
    assert v.page.locator("#kg-details a", has_text="Q1").get_attribute("href") == "https://www.wikidata.org/wiki/Q1"
    assert "Facts (6)" in text                         # the questioned one is listed, marked hidden
    assert "→ founder: Jane Doe · 0.90" in text and "← invested in: Fund One · 0.85" in text
    assert "questioned ← invested in: Fund Two · 0.60 (hidden by the filters)" in text
    assert "Mentioned in (2)" in text
    # Following a fact from the node panel opens its evidence.
    v.page.locator("#kg-details button.kg-rel", has_text="founder").click()
    assert v.page.inner_text("#kg-details blockquote") == "Acme AI was founded by Jane Doe in 2021."
    assert_clean(v)


def test_viewer_unasserted_hidden_by_default_then_dashed(browser, sample):
    v = open_viewer(browser, sample["en"])
    j = v.js("() => kgViewer.data.facts.findIndex((f) => f.as === 0)")
    assert v.js(f"() => kgViewer.edgesView.get({j})") is None
    v.page.check("#kg-unasserted")
    assert v.counts()["visibleEdges"] == 9
    assert v.js(f"() => kgViewer.network.body.edges[{j}].options.dashes") is True
    v.page.uncheck("#kg-unasserted")
    assert v.counts()["visibleEdges"] == 8
    assert_clean(v)


def test_viewer_filters_types_relations_confidence(browser, sample):
    v = open_viewer(browser, sample["en"])
    v.page.check("#kg-isolated")                        # every node, with or without a visible fact
    v.page.uncheck('#kg-types input[data-id="Person"]')
    labels = set(v.js("() => kgViewer.nodesView.getIds().map((i) => kgViewer.data.info[i].l)"))
    assert "Jane Doe" not in labels and "Solo Person" not in labels and "Acme AI" in labels
    v.page.check('#kg-types input[data-id="Person"]')
    rel = v.js("() => kgViewer.data.relations.findIndex((r) => r.id === 'investedIn')")
    v.page.uncheck(f'#kg-relations input[data-id="{rel}"]')
    assert v.counts()["visibleEdges"] == 7
    v.page.check(f'#kg-relations input[data-id="{rel}"]')
    v.page.locator("#kg-min-conf").evaluate("(el) => { el.value = '0.8'; el.dispatchEvent(new Event('input')); }")
    v.page.wait_for_function("() => true")             # let the throttled refresh run
    v.page.wait_for_timeout(100)
    assert v.counts()["visibleEdges"] == 6              # 0.9, 0.9, 0.8, 0.85, 0.8 (quotes), 0.8 (Beta)
    assert v.page.inner_text("#kg-min-conf-value") == "0.80"
    v.page.click('button[data-target="kg-types"][data-all="0"]')
    assert v.counts()["visibleNodes"] == 0
    v.page.click('button[data-target="kg-types"][data-all="1"]')
    assert v.counts()["visibleNodes"] == 11
    v.page.click("#kg-physics")
    assert v.js("() => kgViewer.network.physics.options.enabled") is False
    v.page.click("#kg-fit")
    assert_clean(v)


def test_viewer_search_finds_a_node_and_highlights_its_neighbourhood(browser, sample):
    v = open_viewer(browser, sample["en"])
    v.page.check("#kg-isolated")                        # Solo Person, who has no fact, is drawn too
    v.page.fill("#kg-search", "jane")
    assert v.page.inner_text("#kg-search-results li >> nth=0").startswith("Jane Doe")
    v.page.press("#kg-search", "Enter")
    i = node_id(v, "Jane Doe")
    assert v.page.inner_text("#kg-details h3") == "Jane Doe"
    assert v.js("() => kgViewer.network.getSelectedNodes()") == [i]
    veil = v.js("() => kgViewer.highlighted()")
    assert sorted(v.js("(ids) => ids.map((i) => kgViewer.data.info[i].l)", veil["nodes"])) == [
        "Acme AI", "Acme raises money", "BigLab", "Jane Doe"]
    assert min(v.pixel("Beta Corp")) > 170 and min(v.pixel("Solo Person")) > 170            # veiled
    assert min(v.pixel("Acme AI")) < 120                                                        # drawn on top
    assert v.js("() => kgViewer.veilFailed") is False
    v.page.fill("#kg-search", "ACME")                    # an alias, any case
    v.page.press("#kg-search", "Enter")
    assert v.page.inner_text("#kg-details h3") == "Acme AI"
    v.page.fill("#kg-search", "zzz")
    assert v.page.inner_text("#kg-search-results") == "No match"
    v.page.keyboard.press("Escape")
    assert v.js("() => kgViewer.highlighted()") is None
    assert min(v.pixel("Beta Corp")) < 120
    assert_clean(v)


def test_viewer_focus_and_french(browser, sample):
    v = open_viewer(browser, sample["focus"])
    assert v.counts()["nodes"] == 4
    assert v.page.inner_text("#kg-details h3") == "Jane Doe"       # the focus is selected at start
    assert_clean(v)
    v = open_viewer(browser, sample["fr"])
    assert v.js("() => document.documentElement.lang") == "fr"
    rels = v.page.inner_text("#kg-relations")
    assert "fondateur" in rels and "a investi dans" in rels
    assert v.page.get_attribute("#kg-search", "placeholder") == "Chercher un nœud…"
    assert v.page.inner_text("#kg-min-conf-value") == "0,00"
    assert_clean(v)


# ------------------------------------------------------------------ large graphs: Python layout, physics off

@pytest.fixture(scope="module")
def large(tmp_path_factory):
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from gen_graph import generate

    from graph.render import write_html

    out = tmp_path_factory.mktemp("large") / "g600.html"
    write_html(generate(600, 1200, seed=1), out)
    return out


def test_viewer_large_graph_every_node_searchable(browser, large):
    v = open_viewer(browser, large)
    c = v.counts()
    assert (c["nodes"], c["edges"]) == (600, 1200)
    assert c["drawnNodes"] == c["visibleNodes"] < 600      # many articles: nodes without a visible fact hidden
    v.page.check("#kg-isolated")
    assert v.counts()["drawnNodes"] == 600
    assert v.js("() => kgViewer.network.physics.options.enabled") is False
    assert len(v.js("() => kgViewer.search('a')")) > 50            # search is not cut at 50
    last = v.js("() => kgViewer.data.info.map((it) => it.l).find((l) => l.endsWith(' 599'))")
    v.page.fill("#kg-search", last)
    v.page.press("#kg-search", "Enter")
    assert v.page.inner_text("#kg-details h3") == last
    v.page.fill("#kg-search", "a")
    assert "matches — 50 shown" in v.page.inner_text("#kg-search-results")
    assert_clean(v)


# ------------------------------------------------------------------ a hostile article

@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    from graph.render import write_html

    out = tmp_path_factory.mktemp("hostile") / "hostile.html"
    write_html(hostile_dataset(), out, show_unasserted=True)
    return out


@pytest.mark.parametrize("bypass_csp", [False, True], ids=["csp", "no-csp"])
def test_viewer_hostile_article_runs_no_script(browser, hostile, bypass_csp):
    """Names, aliases, title, site, URL and sentences that try to inject script stay text,
    with the page's Content-Security-Policy and without it (escaping alone must hold)."""
    v = open_viewer(browser, hostile, bypass_csp=bypass_csp)
    n, m = v.counts()["nodes"], v.counts()["edges"]
    assert n == len(HOSTILE) + 2 and m == len(HOSTILE) + 1            # + the amount and the article
    for i in range(n):
        v.js(f"() => kgViewer.selectNode({i}, {{zoom: true}})")
        assert v.page.inner_text("#kg-details h3") == v.js(f"() => kgViewer.data.info[{i}].l")
    for j in range(m):
        v.js(f"() => kgViewer.selectEdge({j}, {{zoom: true}})")
        assert v.page.locator("#kg-details blockquote").count() >= 1
    click_edge(v, clickable_edges(v)[0])
    for name in HOSTILE:
        v.page.fill("#kg-search", name)
        v.page.press("#kg-search", "Enter")
        assert v.page.inner_text("#kg-details h3") == name
    v.page.fill("#kg-search", "alias")
    v.page.keyboard.press("Escape")
    v.js("() => kgViewer.network.fit({animation: false})")
    point = v.js("() => kgViewer.network.canvasToDOM(kgViewer.network.getPositions([0])[0])")
    box = v.page.locator("#kg-network canvas").bounding_box()
    v.page.mouse.move(box["x"] + 5, box["y"] + 5)       # hovering a node shows vis-network's tooltip
    v.page.mouse.move(box["x"] + point["x"], box["y"] + point["y"], steps=5)
    v.page.wait_for_selector("div.vis-tooltip", state="visible")
    assert v.page.text_content("div.vis-tooltip").startswith(v.js("() => kgViewer.data.info[0].l"))
    assert v.js("() => document.querySelectorAll('div.vis-tooltip *').length") == 0
    assert v.js("() => window.__pwned") is None
    assert v.js("() => parent.__pwned") is None
    injected = "script, img, iframe, object, embed, svg:not(.kg-swatch), [onerror], [onload], [onmouseover]"
    assert v.js(f"() => document.querySelectorAll('#kg-sidebar {injected.replace(', ', ', #kg-sidebar ')}').length") == 0
    assert v.js(f"() => document.querySelectorAll('#kg-details {injected.replace(', ', ', #kg-details ')}').length") == 0
    assert v.js("() => document.querySelectorAll('a[href^=\"javascript\"]').length") == 0
    assert v.js("() => document.title").startswith("Knowledge graph — </script>")
    assert_clean(v)


# ------------------------------------------------------------------ a corpus of 50 articles

@pytest.fixture(scope="module")
def corpus50(tmp_path_factory):
    """50 generated articles (gen_corpus_graph, with the outlets they cite and the people they quote)."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from gen_corpus_graph import generate

    from graph.api import load_graph
    from graph.render import write_html

    folder = tmp_path_factory.mktemp("corpus50")
    (folder / "c50.nq").write_text("".join(q + "\n" for q in generate(articles=50, sources=True)), encoding="utf-8")
    ds = load_graph(folder / "c50.nq")
    write_html(ds, folder / "corpus50.html")
    return ds, folder / "corpus50.html"


LABEL_INK = """(lab) => {   // dark pixels in a label's box: drawn text, not blank canvas
    const c = document.querySelector('#kg-network canvas'), r = window.devicePixelRatio || 1;
    const d = c.getContext('2d').getImageData(Math.round(lab.x * r), Math.round(lab.y * r),
                                              Math.max(1, Math.round(lab.w * r)), Math.max(1, Math.round(lab.h * r))).data;
    let dark = 0;
    for (let i = 0; i < d.length; i += 4) if (d[i] + d[i + 1] + d[i + 2] < 200) dark++;
    return dark; }"""


def test_viewer_corpus_readable_at_default_zoom(browser, corpus50):
    _ds, path = corpus50
    v = open_viewer(browser, path)
    c = v.counts()
    # No isolated node drawn: every drawn node has a drawn fact; the others come back with the toggle.
    lonely = v.js("""() => { const k = kgViewer, drawn = new Set();
        k.edgesView.forEach((e) => { drawn.add(e.from); drawn.add(e.to); });
        return k.nodesView.getIds().filter((i) => !drawn.has(i)); }""")
    assert lonely == [] and c["drawnNodes"] == c["visibleNodes"] < c["nodes"]
    # Article nodes are titled, not named by their file.
    arts = v.js("() => kgViewer.data.info.map((it, i) => [i, it.k, kgViewer.data.nodes[i].label])"
                ".filter((a) => a[1] === 'article')")
    assert len(arts) >= 5
    assert all(not label.startswith("article-") and label.endswith(("…", ".")) for _i, _k, label in arts)
    # The best-connected nodes are labelled at the default zoom, readably, inside the view.
    v.page.wait_for_timeout(200)
    labels = {lab["id"]: lab for lab in v.js("() => kgViewer.labels()")}
    top = v.js("""() => { const k = kgViewer, deg = {};
        k.edgesView.forEach((e) => { deg[e.from] = (deg[e.from] || 0) + 1; deg[e.to] = (deg[e.to] || 0) + 1; });
        return k.nodesView.getIds().sort((a, b) => (deg[b] || 0) - (deg[a] || 0)).slice(0, 10); }""")
    box = v.page.locator("#kg-network canvas").bounding_box()
    for i in top:
        lab = labels.get(i)
        assert lab is not None, f"no label for {v.js(f'() => kgViewer.data.info[{i}].l')}"
        assert lab["px"] >= 12
        assert 0 <= lab["x"] and lab["x"] + lab["w"] <= box["width"] and 0 <= lab["y"] <= box["height"]
        assert v.js(LABEL_INK, lab) > 20
    assert len(labels) >= 25
    v.page.screenshot(path=str(ARTIFACTS / "viewer-corpus50.png"))
    # Zoomed on an article node, its title is drawn.
    i = arts[0][0]
    v.js(f"() => kgViewer.network.focus({i}, {{scale: 1.5, animation: false}})")
    v.page.wait_for_timeout(100)
    lab = next((lab for lab in v.js("() => kgViewer.labels()") if lab["id"] == i), None)
    assert lab is not None and lab["text"] == arts[0][2]
    v.page.check("#kg-isolated")                 # every entity and article; values only with a visible fact
    assert v.js("""() => kgViewer.data.info.every((it, i) => it.k === 'value' || kgViewer.nodesView.get(i))""")
    assert v.counts()["drawnNodes"] > c["drawnNodes"]
    assert_clean(v)


def test_viewer_corpus_communities_and_funding_chart(browser, corpus50):
    _ds, path = corpus50
    v = open_viewer(browser, path)
    communities = v.js("() => kgViewer.data.communities")
    assert len(communities) >= 3 and communities[0]["size"] >= communities[-1]["size"]
    hub = communities[0]["hub"]
    before = v.js(f"() => kgViewer.network.body.nodes[{hub}].options.color.background")
    v.page.check("#kg-by-community")
    assert v.js(f"() => kgViewer.network.body.nodes[{hub}].options.color.background") == communities[0]["color"]
    assert v.page.is_visible("#kg-communities")
    v.page.locator("#kg-communities button").first.click()
    assert v.page.inner_text("#kg-details h3") == communities[0]["label"]
    v.page.uncheck("#kg-by-community")
    assert v.js(f"() => kgViewer.network.body.nodes[{hub}].options.color.background") == before
    # An organisation's rounds and valuations, drawn in the page as an SVG chart.
    i, dated = v.js("""() => { const info = kgViewer.data.info;
        let best = -1; info.forEach((it, i) => { if (it.tl && (best < 0 || it.tl.length > info[best].tl.length)) best = i; });
        return [best, info[best].tl.filter((p) => p.d).length]; }""")
    v.js(f"() => kgViewer.selectNode({i}, {{zoom: true}})")
    assert v.page.locator("#kg-details svg.kg-chart g.kg-point").count() == dated >= 2
    assert v.page.locator("#kg-details svg.kg-chart title").first.text_content()
    assert "Funding and valuations" in v.details()
    assert_clean(v)
