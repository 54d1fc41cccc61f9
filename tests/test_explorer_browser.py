"""The live explorer in Debian's headless Chromium: a real ``kg serve`` (a subprocess on a free
loopback port) over a generated store of 1,000 articles, over a real Oxigraph server, and over
a hostile article; every request that does not go to that kg serve is aborted and recorded,
console errors fail the test. No test asserts a duration (benchmarks/bench_explorer.py measures them)."""
from __future__ import annotations

import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from test_explore import _wait_for_url
from test_render import HOSTILE, hostile_dataset
from test_viewer_browser import ARTIFACTS, browser  # noqa: F401 - the browser fixture

pytestmark = [pytest.mark.browser, pytest.mark.server]
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))


class KgServe:
    """``python -m graph serve --store SPEC --port 0`` in a subprocess, its log in a file."""

    def __init__(self, spec, log: Path, *extra: str):
        self.log = open(log, "w+b")
        self.proc = subprocess.Popen([sys.executable, "-m", "graph", "serve", "--store", str(spec), "--port", "0",
                                      *extra], stdout=subprocess.DEVNULL, stderr=self.log)
        try:
            self.url = _wait_for_url(log, self.proc)
        except BaseException:
            self.stop()
            raise

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.log.close()


@pytest.fixture(scope="module")
def corpus1000(tmp_path_factory):
    from gen_corpus_graph import write_store

    folder = tmp_path_factory.mktemp("explorer")
    store = write_store(folder / "c1000.kg", articles=1000)
    srv = KgServe(store, folder / "serve.log")
    try:
        yield srv.url
    finally:
        srv.stop()


@dataclass
class Page:
    page: object
    origin: str
    errors: list = field(default_factory=list)
    blocked: list = field(default_factory=list)
    dialogs: list = field(default_factory=list)

    def js(self, expression: str, arg=None):
        return self.page.evaluate(expression, arg)

    def idle(self) -> None:
        self.page.wait_for_function("() => !document.body.hasAttribute('data-busy')", timeout=30_000)

    def details(self) -> str:
        return " ".join(self.page.text_content("#kg-details").split())

    def search(self, text: str) -> list[str]:
        """Type ``text`` in the search box; the results' texts once the server has answered."""
        before = self.js("() => kgExplorer.timings.search.length")
        self.page.fill("#kg-search", "")
        self.page.fill("#kg-search", text)
        self.page.wait_for_function("([q, n]) => kgExplorer.timings.search.slice(n).some((t) => t.q === q)",
                                    arg=[text, before], timeout=30_000)
        return self.page.locator("#kg-search-results li").all_inner_texts()

    def node_point(self, node_id: str) -> dict:
        point = self.js("(id) => kgExplorer.network.canvasToDOM(kgExplorer.network.getPositions([id])[id])", node_id)
        box = self.page.locator("#kg-network canvas").bounding_box()
        return {"x": box["x"] + point["x"], "y": box["y"] + point["y"]}


def open_explorer(browser, url: str, path: str = "/") -> Page:  # noqa: F811 - the fixture
    context = browser.new_context(viewport={"width": 1400, "height": 850})
    page = context.new_page()
    p = Page(page, url)

    def route(r):
        if r.request.url.startswith(url + "/"):
            r.continue_()
        else:
            p.blocked.append(r.request.url)
            r.abort()

    context.route("**/*", route)
    page.on("console", lambda m: p.errors.append(f"console: {m.text}") if m.type == "error" else None)
    page.on("pageerror", lambda e: p.errors.append(f"pageerror: {e}"))
    page.on("dialog", lambda d: (p.dialogs.append(d.message), d.dismiss()))
    page.goto(url + path)
    page.wait_for_selector("body[data-ready]", state="attached", timeout=60_000)
    return p


def assert_clean(p: Page) -> None:
    assert p.blocked == [], f"requests left for elsewhere: {p.blocked}"
    assert p.errors == [], f"console errors: {p.errors}"
    assert p.dialogs == []
    assert p.js("() => kgExplorer.failures") == []


def test_explorer_search_pick_expand_and_evidence(browser, corpus1000):  # noqa: F811
    p = open_explorer(browser, corpus1000)
    assert p.js("() => kgExplorer.counts().nodes") == 0
    assert p.page.is_visible("#kg-empty")
    results = p.search("aethercortex")
    assert results[0].startswith("Aethercortex AI")
    assert "close match" not in results[0]
    close = p.search("aethercotex")[0]
    assert close.startswith("Aethercortex AI") and "close match" in close
    p.search("aethercortex")
    p.page.press("#kg-search", "Enter")
    p.page.wait_for_function("() => kgExplorer.timings.expand.length === 1", timeout=30_000)
    p.idle()
    hub = p.js("() => kgExplorer.timings.expand[0].id")
    assert p.page.inner_text("#kg-details h3") == "Aethercortex AI"
    assert not p.page.is_visible("#kg-empty")
    c = p.js("() => kgExplorer.counts()")
    assert c["edges"] == 50 and c["drawnNodes"] == c["visibleNodes"] > 10
    text = p.details()
    assert "Facts (50 shown of " in text and "company ‹ organization ‹ agent" in text
    assert p.page.locator("#kg-details svg.kg-chart g.kg-point").count() >= 3          # funding and valuations
    assert "Mentioned in (" in text
    labels = p.js("() => kgExplorer.labels()")
    hub_label = next(lab for lab in labels if lab["id"] == hub)
    assert hub_label["px"] >= 12 and hub_label["always"]

    p.page.click("#kg-physics")                                    # freeze the layout before clicking on it
    point = p.node_point(hub)
    p.page.mouse.dblclick(point["x"], point["y"])
    p.page.wait_for_function("() => kgExplorer.timings.expand.length === 2", timeout=30_000)
    p.idle()
    assert p.js("() => kgExplorer.counts().edges") == 100
    p.page.wait_for_function("() => document.querySelector('#kg-details').textContent.includes('100 shown of')")
    p.page.click("#kg-more")                                        # the panel's button: the next page
    p.page.wait_for_function("() => kgExplorer.timings.expand.length === 3", timeout=30_000)
    p.idle()
    assert p.js("() => kgExplorer.counts().edges") == 150

    # A fact's evidence, from the panel's list of facts.
    p.page.locator("#kg-details button.kg-rel", has_text="invested in").first.click()
    p.page.wait_for_selector("#kg-details blockquote")
    p.idle()
    assert p.page.get_attribute("#kg-details", "data-kind") == "edge"
    quote = p.page.inner_text("#kg-details blockquote >> nth=0")
    assert "Aethercortex AI" in quote and p.page.locator("#kg-details blockquote mark.kg-o").count() >= 1
    link = p.page.locator("#kg-details .kg-meta a").first
    assert link.get_attribute("href").startswith("https://") and link.get_attribute("rel") == "noopener noreferrer"
    assert "confidence" in p.details()

    # A click on a node of the canvas shows it.
    other = p.js("(hub) => kgExplorer.nodesView.getIds().find((id) => id !== hub && kgExplorer.nodes.get(id).kind === 'entity')",
                 hub)
    point = p.node_point(other)
    p.page.mouse.click(point["x"], point["y"])
    p.page.wait_for_function("(id) => document.querySelector('#kg-details').getAttribute('data-id') === id", arg=other)
    p.idle()
    assert p.page.inner_text("#kg-details h3") == p.js("(id) => kgExplorer.nodes.get(id).full", other)

    p.page.check("#kg-unasserted")
    p.page.locator("#kg-min-conf").evaluate("(el) => { el.value = '0.9'; el.dispatchEvent(new Event('input')); }")
    p.page.wait_for_timeout(100)
    c = p.js("() => kgExplorer.counts()")
    assert c["visibleEdges"] < 150 and c["drawnEdges"] == c["visibleEdges"]
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    p.page.screenshot(path=str(ARTIFACTS / "explorer.png"))
    p.page.click("#kg-clear")
    assert p.js("() => kgExplorer.counts().nodes") == 0
    assert_clean(p)


def test_explorer_in_french(browser, corpus1000):  # noqa: F811
    p = open_explorer(browser, corpus1000, "/?lang=fr")
    assert p.js("() => document.documentElement.lang") == "fr"
    assert p.page.get_attribute("#kg-search", "placeholder") == "Chercher un nœud…"
    assert "entreprise" in p.search("aethercortex")[0]
    p.page.press("#kg-search", "Enter")
    p.page.wait_for_function("() => kgExplorer.timings.expand.length === 1", timeout=30_000)
    p.idle()
    assert "Faits (50 affichés sur " in p.details() and "Levées et valorisations" in p.details()
    assert_clean(p)


def test_explorer_over_a_remote_store(browser, tmp_path):  # noqa: F811
    from gen_corpus_graph import generate
    from test_server_oxigraph import OxigraphServer, _oxigraph

    if _oxigraph() is None:
        pytest.skip("the oxigraph server (pip install oxigraph) is not installed")
    (tmp_path / "c.nq").write_text("".join(q + "\n" for q in generate(articles=60, sources=True)), encoding="utf-8")
    subprocess.run([_oxigraph(), "load", "--location", str(tmp_path / "db"), "--file", str(tmp_path / "c.nq")],
                   check=True, capture_output=True)
    oxigraph = OxigraphServer(tmp_path / "db")
    srv = KgServe(oxigraph.url + "/", tmp_path / "serve.log")
    try:
        p = open_explorer(browser, srv.url)
        assert p.page.locator("a", has_text="SPARQL endpoint").count() == 0      # the remote server is the endpoint
        first = p.search("aeth")[0]
        p.page.press("#kg-search", "Enter")
        p.page.wait_for_function("() => kgExplorer.timings.expand.length === 1", timeout=30_000)
        p.idle()
        assert first.startswith(p.page.inner_text("#kg-details h3"))
        assert p.js("() => kgExplorer.counts().edges") > 0
        edge = p.js("() => kgExplorer.edgesView.getIds()[0]")
        p.js("(id) => kgExplorer.selectEdge(id)", edge)
        p.page.wait_for_selector("#kg-details blockquote")
        assert_clean(p)
    finally:
        srv.stop()
        oxigraph.stop()


def test_explorer_hostile_article_runs_no_script(browser, tmp_path):  # noqa: F811
    from graph.api import save_graph

    save_graph(hostile_dataset(), tmp_path / "hostile.trig")
    srv = KgServe(tmp_path / "hostile.trig", tmp_path / "serve.log")
    try:
        p = open_explorer(browser, srv.url)
        for name in HOSTILE:
            assert p.search(name)[0].startswith(name)
            p.page.press("#kg-search", "Enter")
            p.page.wait_for_function("(n) => document.querySelector('#kg-details h3') && "
                                     "document.querySelector('#kg-details h3').textContent === n", arg=name)
            p.idle()
        for node in p.js("() => kgExplorer.nodes.getIds()"):
            p.js("(id) => kgExplorer.expand(id)", node)
            p.idle()
            p.js("(id) => kgExplorer.selectNode(id)", node)
            p.idle()
        edges = p.js("() => kgExplorer.edges.getIds()")
        assert len(edges) >= len(HOSTILE)
        for edge in edges:
            p.js("(id) => kgExplorer.selectEdge(id)", edge)
            p.idle()
            assert p.page.locator("#kg-details blockquote").count() >= 1
        articles = p.js("() => kgExplorer.nodes.getIds().filter((id) => kgExplorer.nodes.get(id).kind === 'article')")
        assert articles
        p.js("(id) => kgExplorer.selectNode(id)", articles[0])
        p.idle()
        assert p.page.inner_text("#kg-details h3") == HOSTILE[3]                    # the title, as text
        assert p.js("() => window.__pwned") is None
        injected = "script, img, iframe, object, embed, svg:not(.kg-swatch):not(.kg-chart), [onerror], [onload], [onmouseover]"
        for panel in ("#kg-sidebar", "#kg-details"):
            assert p.js(f"() => document.querySelectorAll('{panel} {injected.replace(', ', f', {panel} ')}').length") == 0
        assert p.js("() => document.querySelectorAll('a[href^=\"javascript\"]').length") == 0
        assert_clean(p)
    finally:
        srv.stop()
