"""How fast the HTML viewer opens: generated graphs in headless Chromium, until drawn and stable.

For each size it generates a graph (benchmarks/gen_graph.py), writes the page with
``graph.render.write_html`` (timed), opens it in Debian's Chromium with every request
outside ``file://`` blocked, and reads, from the page's own clock (ms since navigation):

- ``drawn``: the first frame of the network;
- ``stable``: drawn and settled (the live physics has stopped; at once when physics is off);
- ``select``: selecting the biggest hub and highlighting its neighbourhood;
- ``filter``: re-filtering every node and edge (showing facts not asserted);
- ``labels``: the labels drawn at the default zoom, and the smallest of the ten best-connected
  nodes' labels, in screen pixels (0 when one of them has none).

Each page is opened ``--repeat`` times; the table gives medians. Run::

    .venv/bin/python benchmarks/bench_viewer.py                 # 100, 500, 1000, 5000 nodes
    .venv/bin/python benchmarks/bench_viewer.py --sizes 5000 --json results/viewer.json
"""
from __future__ import annotations

import argparse
import json
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic"]
EDGES_PER_NODE = 3


def measure_page(browser, path: Path) -> dict:
    context = browser.new_context(viewport={"width": 1400, "height": 850})
    errors: list[str] = []
    blocked: list[str] = []

    def route(r):
        if r.request.url.startswith("file://"):
            r.continue_()
        else:
            blocked.append(r.request.url)
            r.abort()

    context.route("**/*", route)
    page = context.new_page()
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(path.as_uri())
    page.wait_for_selector("body[data-stable]", state="attached", timeout=180_000)
    out = page.evaluate("""() => {
        const k = kgViewer, c = k.counts();
        let hub = 0;
        for (let i = 1; i < c.nodes; i++) if (k.data.nodes[i].value > k.data.nodes[hub].value) hub = i;
        let t = performance.now();
        k.selectNode(hub, {zoom: false});
        const select = performance.now() - t;
        t = performance.now();
        document.getElementById('kg-unasserted').click();
        const filter = performance.now() - t;
        return {drawn: k.readyAt, stable: k.stableAt, select, filter, nodes: c.nodes, edges: c.edges,
                physics: k.data.settings.physics};
    }""")
    page.evaluate("() => { document.getElementById('kg-unasserted').click(); kgViewer.network.unselectAll(); }")
    page.keyboard.press("Escape")
    page.wait_for_timeout(100)
    out.update(page.evaluate("""() => {
        const k = kgViewer, deg = {}, labels = {};
        k.edgesView.forEach((e) => { deg[e.from] = (deg[e.from] || 0) + 1; deg[e.to] = (deg[e.to] || 0) + 1; });
        k.labels().forEach((l) => { labels[l.id] = l.px; });
        const top = k.nodesView.getIds().sort((a, b) => (deg[b] || 0) - (deg[a] || 0)).slice(0, 10);
        return {labels: Object.keys(labels).length, top_px: Math.min(...top.map((i) => labels[i] || 0))};
    }"""))
    out["errors"], out["blocked"] = errors, blocked
    context.close()
    return out


def run(sizes: list[int], repeat: int) -> list[dict]:
    from gen_graph import generate
    from playwright.sync_api import sync_playwright

    from graph.render import write_html

    rows = []
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        for n in sizes:
            ds = generate(n, n * EDGES_PER_NODE)
            path = Path(tmp) / f"g{n}.html"
            t = time.perf_counter()
            counts = write_html(ds, path)
            write_s = time.perf_counter() - t
            runs = [measure_page(browser, path) for _ in range(repeat)]
            med = {k: statistics.median(r[k] for r in runs) for k in ("drawn", "stable", "select", "filter", "labels",
                                                                     "top_px")}
            row = {"nodes": counts["nodes"], "edges": counts["edges"], "bytes": counts["bytes"],
                   "physics": runs[0]["physics"], "write_s": round(write_s, 2),
                   **{f"{k}_ms": round(med[k]) for k in ("drawn", "stable", "select", "filter")},
                   "labels": round(med["labels"]), "top_px": round(med["top_px"], 1),
                   "errors": sorted({e for r in runs for e in r["errors"]}),
                   "blocked": sorted({u for r in runs for u in r["blocked"]})}
            rows.append(row)
            print(f"{n} nodes: stable in {row['stable_ms']} ms", file=sys.stderr)
        browser.close()
    return rows


def table(rows: list[dict]) -> str:
    lines = ["| nodes | edges | page | physics | `write_html` | drawn | drawn and stable | select hub | re-filter "
             "| labels drawn (top 10 at least) |",
             "|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|"]
    for r in rows:
        lines.append(f"| {r['nodes']:,} | {r['edges']:,} | {r['bytes'] / 1e6:.1f} MB | "
                     f"{'live' if r['physics'] else 'off (Python layout)'} | {r['write_s']:.1f} s | "
                     f"{r['drawn_ms'] / 1000:.2f} s | {r['stable_ms'] / 1000:.2f} s | "
                     f"{r['select_ms']} ms | {r['filter_ms']} ms | {r['labels']} ({r['top_px']:g} px) |")
    return "\n".join(lines)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[100, 500, 1000, 5000],
                    help=f"node counts (edges: {EDGES_PER_NODE} per node)")
    ap.add_argument("--repeat", type=int, default=3, help="page opens per size (median reported)")
    ap.add_argument("--json", type=Path, help="also write the results here")
    args = ap.parse_args(argv)
    if not Path(CHROMIUM).exists():
        print(f"bench_viewer: needs Debian's chromium at {CHROMIUM}", file=sys.stderr)
        return 2
    rows = run(args.sizes, args.repeat)
    print(table(rows))
    print(f"\n{platform.machine()}, {platform.python_version()}, headless Chromium, median of {args.repeat}; "
          "times from navigation start (the page's performance.now()).")
    bad = [r for r in rows if r["errors"] or r["blocked"]]
    for r in bad:
        print(f"{r['nodes']} nodes: errors {r['errors']} blocked {r['blocked']}", file=sys.stderr)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(rows, indent=2) + "\n", encoding="utf-8")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
