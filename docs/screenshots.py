"""Take the README's screenshots of the viewer and the explorer, in Debian's headless Chromium.

- ``docs/viewer.png``: ``kg build`` of the example article with ``--html``, the investment of the
  best-connected investor clicked, its evidence on the right (the README's example picture);
- ``docs/viewer-corpus.png``: ``kg view`` of 50 generated articles (``benchmarks/gen_corpus_graph.py``,
  with the outlets they cite and the people they quote), at the default zoom;
- ``docs/explorer.png``: ``kg serve`` over a store of 1,000 generated articles, the best-connected
  company searched, picked and expanded twice (double-click), its panel on the right;
- ``docs/funding-chart.png``: in the same viewer, the panel of an organisation with a handful
  of dated rounds and valuations (its chart drawn by the page, no request).

Every request that does not go to the page itself is aborted. Run::

    .venv/bin/python docs/screenshots.py               # every screenshot
    .venv/bin/python docs/screenshots.py --example     # docs/viewer.png only
"""
from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic"]


def _page(browser, allowed: str):
    context = browser.new_context(viewport={"width": 1400, "height": 850})
    context.route("**/*", lambda r: r.continue_() if r.request.url.startswith(allowed) else r.abort())
    return context.new_page()


def example(browser, tmp: Path) -> None:
    example = ROOT / "examples" / "reflection-ai.fr.txt"
    subprocess.run([sys.executable, "-m", "graph", "build", str(example), "-o", str(tmp / "example.ttl"),
                    "--html", str(tmp / "example.html"), "--quiet"], check=True, cwd=ROOT)
    page = _page(browser, "file://")
    page.goto((tmp / "example.html").as_uri())
    page.wait_for_selector("body[data-stable]", state="attached", timeout=60_000)
    page.wait_for_timeout(300)
    j = page.evaluate("""() => { const d = kgViewer.data, conf = (f) => Math.max(...f.s.map((s) => s.c));
        let best = null;
        d.facts.forEach((f, j) => { const e = d.edges[j];
            if (e && /invest/i.test(e.label || '') && (best === null || conf(f) > conf(d.facts[best]))) best = j; });
        return best; }""")
    if j is not None:
        page.evaluate(f"() => kgViewer.selectEdge({j}, {{zoom: false}})")
        page.wait_for_timeout(300)
    page.screenshot(path=str(HERE / "viewer.png"))


def viewer(browser, tmp: Path) -> None:
    from gen_corpus_graph import generate

    from graph.api import load_graph
    from graph.render import write_html

    (tmp / "c50.nq").write_text("".join(q + "\n" for q in generate(articles=50, sources=True)), encoding="utf-8")
    write_html(load_graph(tmp / "c50.nq"), tmp / "corpus50.html")
    page = _page(browser, "file://")
    page.goto((tmp / "corpus50.html").as_uri())
    page.wait_for_selector("body[data-stable]", state="attached", timeout=60_000)
    page.wait_for_timeout(300)
    page.screenshot(path=str(HERE / "viewer-corpus.png"))
    i = page.evaluate("""() => { const info = kgViewer.data.info, ok = [];
        info.forEach((it, i) => { const n = (it.tl || []).filter((p) => p.d).length; if (n >= 4 && n <= 10) ok.push([n, i]); });
        ok.sort((a, b) => b[0] - a[0]); return ok.length ? ok[0][1] : null; }""")
    if i is not None:
        page.evaluate(f"() => kgViewer.selectNode({i}, {{zoom: true}})")
        page.wait_for_timeout(300)
        page.locator("#kg-details").screenshot(path=str(HERE / "funding-chart.png"))


def explorer(browser, tmp: Path) -> None:
    from gen_corpus_graph import write_store

    write_store(tmp / "corpus.kg", articles=1000)
    log = open(tmp / "serve.log", "w+b")
    proc = subprocess.Popen([sys.executable, "-m", "graph", "serve", "--store", "corpus.kg", "--port", "0"],
                            cwd=tmp, stdout=subprocess.DEVNULL, stderr=log)
    try:
        deadline = time.monotonic() + 120
        text = ""
        while " read-only at " not in text:
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"kg serve did not start: {text}")
            time.sleep(0.1)
            text = (tmp / "serve.log").read_text(encoding="utf-8", errors="replace")
        url = text.split(" read-only at ")[1].split()[0].split("/query")[0]
        page = _page(browser, url + "/")
        page.goto(url + "/")
        page.wait_for_selector("body[data-ready]", state="attached", timeout=60_000)
        idle = "() => !document.body.hasAttribute('data-busy')"
        page.fill("#kg-search", "aethercortex")
        page.wait_for_selector("#kg-search-results li")
        page.press("#kg-search", "Enter")
        page.wait_for_function("() => kgExplorer.timings.expand.length === 1", timeout=30_000)
        page.wait_for_function(idle)
        hub = page.evaluate("() => kgExplorer.timings.expand[0].id")
        page.evaluate("(id) => kgExplorer.expand(id)", hub)
        page.wait_for_function("() => kgExplorer.timings.expand.length === 2", timeout=30_000)
        page.wait_for_function(idle)
        page.wait_for_timeout(1800)                        # the live layout settles
        page.evaluate("(id) => kgExplorer.selectNode(id)", hub)
        page.wait_for_function(idle)
        page.click("#kg-fit")
        page.wait_for_timeout(300)
        page.screenshot(path=str(HERE / "explorer.png"))
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        log.close()


def main() -> int:
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        example(browser, Path(tmp))
        if "--example" not in sys.argv:
            viewer(browser, Path(tmp))
            explorer(browser, Path(tmp))
        browser.close()
    for name in ("viewer.png", "viewer-corpus.png", "explorer.png", "funding-chart.png"):
        print(HERE / name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
