"""How fast the live explorer answers: a real ``kg serve`` over a generated store, driven in headless Chromium.

It writes a store of ``--articles`` generated articles (``gen_corpus_graph.py``, bulk-loaded),
starts ``python -m graph serve`` on a free loopback port, opens the explorer in Debian's Chromium
with every request that does not go to that server aborted, and reads the page's own clock
(``kgExplorer.timings``, ``performance.now()``):

- ``search``: from the keystroke (the ``input`` event) to the list of results drawn, for names
  typed letter by letter (prefixes), a word inside names, and close matches (typos);
- ``expand, first page``: from the request for a hub's facts (the ``--hubs`` best-connected
  entities) to the canvas painted with them (``kg serve`` reads the facts of the 40
  best-connected entities in the background once the names are read; how long reading the
  biggest hub's facts takes cold is reported too);
- ``expand, next pages``: the same for the following pages (double-click);
- ``responsive``: with ``--nodes`` nodes on the canvas (pages of hubs drawn one after the other),
  the median and worst time to redraw the canvas (drawn, then painted: the next frame), to pan
  and zoom one step, to show a node's details after a click (the server asked, the panel and the
  selection painted), and the longest task that blocked the page during all of it
  (``PerformanceObserver('longtask')``; tasks under 50 ms are not reported by Chromium).

Also the server alone (``urllib``, no browser) for the same requests. Run::

    .venv/bin/python benchmarks/bench_explorer.py                       # 1,000 articles
    .venv/bin/python benchmarks/bench_explorer.py --articles 3000 --json /tmp/explorer.json
"""
from __future__ import annotations

import argparse
import json
import platform
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from urllib.parse import quote

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic"]


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def _summary(values: list[float]) -> dict:
    return {"n": len(values), "median": round(statistics.median(values), 1), "p95": round(_pct(values, 0.95), 1),
            "max": round(max(values), 1)}


def start_server(store: Path, log: Path) -> tuple[subprocess.Popen, str]:
    out = open(log, "w+b")
    proc = subprocess.Popen([sys.executable, "-m", "graph", "serve", "--store", str(store), "--port", "0"],
                            stdout=subprocess.DEVNULL, stderr=out, cwd=HERE.parent)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        text = log.read_text(encoding="utf-8", errors="replace")
        if " read-only at " in text:
            return proc, text.split(" read-only at ")[1].split()[0].split("/query")[0]
        if proc.poll() is not None:
            raise RuntimeError(f"kg serve stopped: {text}")
        time.sleep(0.1)
    proc.kill()
    raise RuntimeError("kg serve did not start")


def queries(labels: list[str]) -> list[str]:
    """What people type: the first letters of popular names, growing; a word inside names; typos."""
    out = []
    for label in labels[:6]:
        out += [label[:n] for n in (2, 3, 5, 8) if n < len(label)] + [label]
    out += ["intel", "capital", "ventures", "labs", "robotics"]
    for label in labels[:6]:
        if len(label) > 6:
            out.append(label[:3] + label[4] + label[3] + label[5:])   # two letters swapped
    return out


def measure(url: str, hubs: list[dict], words: list[str], target_nodes: int) -> dict:
    from playwright.sync_api import sync_playwright

    result: dict = {}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        context = browser.new_context(viewport={"width": 1400, "height": 850})
        blocked, errors = [], []

        def route(r):
            if r.request.url.startswith(url + "/"):
                r.continue_()
            else:
                blocked.append(r.request.url)
                r.abort()

        context.route("**/*", route)
        page = context.new_page()
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(url + "/")
        page.wait_for_selector("body[data-ready]", state="attached", timeout=60_000)
        page.evaluate("""() => { window.__long = [];
            new PerformanceObserver((l) => l.getEntries().forEach((e) => window.__long.push(e.duration)))
              .observe({type: 'longtask', buffered: true}); }""")

        def idle():
            page.wait_for_function("() => !document.body.hasAttribute('data-busy')", timeout=60_000)

        # search, letter by letter as a user types
        for q in words:
            before = page.evaluate("() => kgExplorer.timings.search.length")
            page.fill("#kg-search", "")
            page.type("#kg-search", q, delay=80)   # a fast typist
            page.wait_for_function("([q, n]) => kgExplorer.timings.search.slice(n).some((t) => t.q === q)",
                                   arg=[q, before], timeout=60_000)
        search = [t["ms"] for t in page.evaluate("() => kgExplorer.timings.search")]
        result["search"] = _summary(search)
        page.keyboard.press("Escape")

        # expanding hubs: the first page of each (new to the server), then the next pages
        page.click("#kg-physics")   # physics off: drawing, not the simulation, is measured
        first, nxt = [], []
        for hub in hubs:
            page.click("#kg-clear")
            n0 = page.evaluate("() => kgExplorer.timings.expand.length")
            page.evaluate("(id) => kgExplorer.pick(id)", hub["id"])
            page.wait_for_function("(n) => kgExplorer.timings.expand.length > n", arg=n0, timeout=60_000)
            idle()
            first.append(page.evaluate("() => kgExplorer.timings.expand.at(-1).ms"))
            for _ in range(2):
                n0 = page.evaluate("() => kgExplorer.timings.expand.length")
                page.evaluate("(id) => kgExplorer.expand(id)", hub["id"])
                page.wait_for_function("(n) => kgExplorer.timings.expand.length > n", arg=n0, timeout=60_000)
                idle()
                nxt.append(page.evaluate("() => kgExplorer.timings.expand.at(-1).ms"))
        result["expand_first"] = _summary(first)
        result["expand_next"] = _summary(nxt)

        # responsiveness with many nodes on the canvas
        page.click("#kg-clear")
        page.evaluate("() => { window.__long = []; }")
        for hub in hubs:
            page.evaluate("(id) => kgExplorer.pick(id)", hub["id"])
            idle()
            while page.evaluate("() => kgExplorer.counts().nodes") < target_nodes:
                n0 = page.evaluate("() => kgExplorer.timings.expand.length")
                page.evaluate("(id) => kgExplorer.expand(id)", hub["id"])
                try:
                    page.wait_for_function("(n) => kgExplorer.timings.expand.length > n", arg=n0, timeout=5_000)
                except Exception:  # this hub has no page left
                    break
                idle()
            if page.evaluate("() => kgExplorer.counts().nodes") >= target_nodes:
                break
        result["canvas"] = page.evaluate("() => kgExplorer.counts()")
        result["responsive"] = page.evaluate("""async () => {
            const k = kgExplorer, n = k.network, frame = k.drawn;   // drawn, then painted
            const redraw = [], pan = [], click = [];
            for (let i = 0; i < 15; i++) { const t = performance.now(); await frame(); redraw.push(performance.now() - t); }
            for (let i = 0; i < 15; i++) {
                const t = performance.now();
                n.moveTo({scale: n.getScale() * (i % 2 ? 1.25 : 0.8), position: {x: (i % 3) * 40, y: (i % 5) * 30}});
                await frame(); pan.push(performance.now() - t);
            }
            const ids = k.nodesView.getIds().filter((id) => k.nodes.get(id).kind !== 'value').slice(0, 10);
            for (const id of ids) { const t = performance.now(); await k.selectNode(id); await frame(); click.push(performance.now() - t); }
            const s = (a) => { a = a.slice().sort((x, y) => x - y); return {median: a[a.length >> 1], max: a[a.length - 1]}; };
            return {redraw: s(redraw), pan_zoom: s(pan), click_details: s(click),
                    longest_task: Math.max(0, ...window.__long), long_tasks: window.__long.length};
        }""")
        result["errors"], result["blocked"] = errors, blocked
        browser.close()
    return result


def server_alone(url: str, hubs: list[dict], words: list[str]) -> dict:
    """The same requests without the browser: what the server takes, network and JSON included."""
    def get(path: str) -> float:
        t = time.perf_counter()
        with urllib.request.urlopen(url + path, timeout=60) as resp:
            resp.read()
        return (time.perf_counter() - t) * 1000

    search = [get(f"/api/search?q={quote(q)}&limit=20") for q in words]
    pages = [get(f"/api/neighbours?id={quote(h['id'], safe='')}&offset=100&limit=50") for h in hubs]
    return {"search": _summary(search), "expand_cached": _summary(pages)}


def run(args) -> dict:
    from gen_corpus_graph import write_store

    from graph.store import open_store
    from graph.store.explore import Explorer

    with tempfile.TemporaryDirectory() as tmp:
        t = time.perf_counter()
        store = write_store(Path(tmp) / "corpus.kg", articles=args.articles)
        load_s = time.perf_counter() - t
        with open_store(store) as st:
            ex = Explorer(st)
            t = time.perf_counter()
            index = ex.index()
            index_s = time.perf_counter() - t
            ranked = sorted(index.entities.values(), key=lambda e: -e.n)
            hubs = [{"id": e.iri, "label": e.label, "n": e.n} for e in ranked[:args.hubs]]
            t = time.perf_counter()
            hub_facts = len(ex.facts(hubs[0]["id"]))
            cold_ms = (time.perf_counter() - t) * 1000
            counts = {"entities": len(index.entities), "quads": st.count(), "articles": args.articles,
                      "hub_statements": hubs[0]["n"], "hub_facts": hub_facts, "hub_facts_cold_ms": round(cold_ms)}
        words = queries([e.label for e in ranked])
        proc, url = start_server(store, Path(tmp) / "serve.log")
        try:
            browser = measure(url, hubs, words, args.nodes)
            alone = server_alone(url, hubs, words)
        finally:
            proc.terminate()
            proc.wait(timeout=10)
    return {"store": counts, "load_s": round(load_s, 1), "index_s": round(index_s, 2), "browser": browser,
            "server": alone, "hubs": hubs}


def table(r: dict) -> str:
    b, s, c = r["browser"], r["server"], r["store"]
    resp = b["responsive"]
    lines = [
        f"{c['articles']:,} articles, {c['quads']:,} quads, {c['entities']:,} entities; the biggest hub: "
        f"{c['hub_statements']:,} statements, {c['hub_facts']:,} facts (read cold in {c['hub_facts_cold_ms']} ms). "
        f"Names read at start-up in {r['index_s']} s.",
        "",
        "| measure (page clock, Chromium) | runs | median | p95 | worst | server alone, median |",
        "|---|---:|---:|---:|---:|---:|",
        f"| search, keystroke to results drawn | {b['search']['n']} | {b['search']['median']:.0f} ms | "
        f"{b['search']['p95']:.0f} ms | {b['search']['max']:.0f} ms | {s['search']['median']:.0f} ms |",
        f"| expand a hub, first page (request to canvas painted) | {b['expand_first']['n']} | "
        f"{b['expand_first']['median']:.0f} ms | {b['expand_first']['p95']:.0f} ms | {b['expand_first']['max']:.0f} ms | |",
        f"| expand a hub, next pages | {b['expand_next']['n']} | {b['expand_next']['median']:.0f} ms | "
        f"{b['expand_next']['p95']:.0f} ms | {b['expand_next']['max']:.0f} ms | {s['expand_cached']['median']:.0f} ms |",
        "",
        f"Responsive with {b['canvas']['visibleNodes']:,} nodes and {b['canvas']['visibleEdges']:,} facts on the canvas: "
        f"redraw {resp['redraw']['median']:.0f} ms (worst {resp['redraw']['max']:.0f}), pan and zoom one step "
        f"{resp['pan_zoom']['median']:.0f} ms (worst {resp['pan_zoom']['max']:.0f}), a click to the node's details "
        f"{resp['click_details']['median']:.0f} ms (worst {resp['click_details']['max']:.0f}); longest task blocking "
        f"the page {resp['longest_task']:.0f} ms ({resp['long_tasks']} tasks over 50 ms).",
    ]
    return "\n".join(lines)


#: The issue's targets (issue 15), checked on the worst case the page measured (p95).
TARGETS = {"search": 200, "expand_first": 300, "expand_next": 300}


def verdicts(r: dict) -> list[str]:
    """One line per target: the p95 measured against it."""
    b = r["browser"]
    names = {"search": "search", "expand_first": "expand a hub, first page", "expand_next": "expand a hub, next pages"}
    return [f"{names[k]}: p95 {b[k]['p95']:.0f} ms, target {ms} ms: {'holds' if b[k]['p95'] <= ms else 'MISSED'}"
            for k, ms in TARGETS.items()]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, default=1000, help="generated articles in the store")
    ap.add_argument("--hubs", type=int, default=8, help="best-connected entities to expand")
    ap.add_argument("--nodes", type=int, default=1000, help="nodes on the canvas for the responsiveness check")
    ap.add_argument("--json", type=Path, help="also write the results here")
    args = ap.parse_args(argv)
    if not Path(CHROMIUM).exists():
        print(f"bench_explorer: needs Debian's chromium at {CHROMIUM}", file=sys.stderr)
        return 2
    r = run(args)
    print(table(r))
    print("\n" + "\n".join(verdicts(r)))
    print(f"\n{platform.machine()}, Python {platform.python_version()}, headless Chromium; "
          "times from the page's performance.now().")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(r, indent=2) + "\n", encoding="utf-8")
    bad = r["browser"]["errors"] or r["browser"]["blocked"]
    if bad:
        print(f"errors {r['browser']['errors']} blocked {r['browser']['blocked']}", file=sys.stderr)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
