"""Embedded Oxigraph store versus rdflib's in-memory Dataset, on a generated corpus graph.

Measures, in one run and on the same data (``gen_corpus_graph.py``, one named graph per
article): load time, Turtle and N-Triples export time, and the median latency of every
named query (``ontology/queries``) as ``kg query --name`` runs it: the first page of
100 rows (``graph.store.query.page``), over the whole corpus and restricted to one organisation,
person or article with ``--param`` (the way kg's users ask "who invested in X?"). Then the
whole tables (``--limit 0``: every row, fully sorted), which is what the pages avoid.
The Oxigraph side goes through kg's own code (``graph.store``, ``graph.store.query``); the rdflib
side runs the same SPARQL text on an rdflib ``Dataset``. Row counts of the two engines are
compared, so a wrong query shows up as a mismatch.

    python benchmarks/bench_store.py --triples 1000000 --out benchmarks/results-1M.md

Absolute times are noisy on a shared machine; the ratios, measured in the same run, hold better.
"""
from __future__ import annotations

import argparse
import json
import platform
import shutil
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))


def _timed(fn, runs: int, budget: float | None = None) -> tuple[float, object, list[float]]:
    """Median seconds of ``runs`` calls (fewer when one call exceeds ``budget``), the last result, all times."""
    times, result = [], None
    for i in range(runs):
        t = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t)
        if budget is not None and times[-1] > budget and i >= 0:
            break
    return statistics.median(times), result, times


class _Timeout(Exception):
    pass


def _with_timeout(fn, seconds: float):
    """``fn`` wrapped so that a call longer than ``seconds`` raises _Timeout (SIGALRM; pure-Python code only)."""
    import signal

    def run():
        def alarm(signum, frame):
            raise _Timeout()

        old = signal.signal(signal.SIGALRM, alarm)
        signal.setitimer(signal.ITIMER_REAL, seconds)
        try:
            return fn()
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, old)

    return run


def _params(ox_store) -> dict[str, dict[str, dict[str, str]]]:
    """Parameters for each named query, in two scopes: ``top`` (the most covered organisation and
    person: the worst case) and ``typical`` (the median organisation and person among those with
    such facts); articles are all alike, so both scopes use one article."""
    def values(q: str) -> list[str]:
        return [sol[0].value for sol in ox_store.query(q)]

    kg = "PREFIX kg: <https://w3id.org/kgnews/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
    orgs = values(kg + "SELECT ?l WHERE { GRAPH ?g { ?i kg:investedIn ?o . ?o rdfs:label ?l } } "
                       "GROUP BY ?l ORDER BY DESC(COUNT(*)) ?l")
    people = values(kg + "SELECT ?l WHERE { GRAPH ?g { ?o kg:founder ?p . ?p rdfs:label ?l } } "
                         "GROUP BY ?l ORDER BY DESC(COUNT(*)) ?l")
    article = values(kg + "SELECT ?a WHERE { GRAPH ?a { ?a a kg:Article } } ORDER BY ?a LIMIT 1")[0]
    out = {}
    for scope, org, person in (("top", orgs[0], people[0]), ("typical", orgs[len(orgs) // 2], people[len(people) // 2])):
        by_org = {"organisation": org}
        out[scope] = {
            "investors": by_org, "founders": by_org, "competitors": by_org, "funding": by_org,
            "valuations": by_org, "people": {"person": person}, "entities": {"label": org},
            "evidence": {"article": f"<{article}>"}, "articles": {"article": f"<{article}>"},
        }
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--triples", type=int, default=1_000_000)
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--runs", type=int, default=9, help="runs per query on Oxigraph (median)")
    ap.add_argument("--rdflib-runs", type=int, default=3,
                    help="runs per query on rdflib (median); whole-corpus queries run once on rdflib")
    ap.add_argument("--rdflib-budget", type=float, default=20.0,
                    help="stop repeating an rdflib query after a run longer than this many seconds")
    ap.add_argument("--rdflib-timeout", type=float, default=120.0,
                    help="give up an rdflib query after this many seconds (reported as a lower bound)")
    ap.add_argument("--whole-rdflib-timeout", type=float, default=60.0,
                    help="the same for whole tables (--limit 0) on rdflib; 0 skips rdflib there")
    ap.add_argument("--workdir", default="/tmp/kg-bench")
    ap.add_argument("--out", help="also write the Markdown report here")
    ap.add_argument("--json", help="also write the raw numbers here")
    args = ap.parse_args(argv)

    import pyoxigraph as ox
    from gen_corpus_graph import generate
    from rdflib import Dataset

    from graph.api import serialize
    from graph.formats import RdfFormat
    from graph.store import OxigraphStore
    from graph.store.query import PAGE_SIZE, bind_params, named_queries, page, run_query

    work = Path(args.workdir)
    work.mkdir(parents=True, exist_ok=True)
    nq = work / f"corpus-{args.triples}-{args.seed}.nq"
    if not nq.exists():
        t = time.perf_counter()
        tmp = nq.with_suffix(".tmp")
        with open(tmp, "w", encoding="utf-8") as fh:
            for line in generate(args.triples, args.seed):
                fh.write(line + "\n")
        tmp.rename(nq)
        print(f"generated {nq} in {time.perf_counter() - t:.1f} s", file=sys.stderr)
    log = lambda msg: print(msg, file=sys.stderr, flush=True)  # noqa: E731
    res: dict = {"triples": args.triples, "python": platform.python_version(),
                 "pyoxigraph": ox.__version__ if hasattr(ox, "__version__") else "?"}

    # ---- load
    store_dir = work / "store"
    shutil.rmtree(store_dir, ignore_errors=True)
    t = time.perf_counter()
    store = OxigraphStore(store_dir, create=True)
    store.bulk_load(nq, RdfFormat.nq)
    ox_load = time.perf_counter() - t
    quads = store.count()
    n_articles = len(store.articles())
    log(f"oxigraph: bulk-loaded {quads} quads ({n_articles} articles) in {ox_load:.1f} s")

    # incremental, article by article, as `kg build --store` writes: one transaction each
    inc_dir = work / "store-incremental"
    shutil.rmtree(inc_dir, ignore_errors=True)
    inc = OxigraphStore(inc_dir, create=True)
    src = ox.Store()
    src.bulk_load(path=str(nq), format=ox.RdfFormat.N_QUADS)
    graphs = [g for g in src.named_graphs()][:200]
    t = time.perf_counter()
    for g in graphs:
        triples = [(q.subject, q.predicate, q.object) for q in src.quads_for_pattern(None, None, None, g)]
        inc.put_article(g.value, "", triples)
    inc_per_article = (time.perf_counter() - t) / len(graphs)
    inc.close()
    del src
    log(f"oxigraph: incremental put_article {inc_per_article * 1000:.1f} ms per article")

    t = time.perf_counter()
    ds = Dataset()
    ds.parse(str(nq), format="nquads")
    ds.default_union = True
    rdf_load = time.perf_counter() - t
    log(f"rdflib: parsed {len(ds)} triples in {rdf_load:.1f} s")
    res["load"] = {"oxigraph_s": ox_load, "rdflib_s": rdf_load, "quads": quads, "articles": n_articles,
                   "oxigraph_put_article_ms": inc_per_article * 1000}

    # ---- queries
    params = _params(store._ox)
    res["params"] = params
    res["queries"] = []
    for name, nqy in named_queries().items():
        for scope in ("corpus", "top", "typical", "whole"):
            if scope in ("top", "typical") and name not in params[scope]:
                continue
            text = nqy.text if scope in ("corpus", "whole") else bind_params(nqy.text, params[scope][name], store=store)
            text = page(text, 0 if scope == "whole" else PAGE_SIZE)   # what `kg query --name` runs
            timeout = args.whole_rdflib_timeout if scope == "whole" else args.rdflib_timeout
            ox_med, ox_res, ox_times = _timed(lambda: run_query(store, text), args.runs if scope != "whole" else 3)
            try:
                if not timeout:
                    raise _Timeout()
                rd_med, rd_res, rd_times = _timed(_with_timeout(lambda: list(ds.query(text)), timeout),
                                                  args.rdflib_runs if scope != "whole" else 1, args.rdflib_budget)
                rd_rows, timed_out = len(rd_res), False
            except _Timeout:
                rd_med, rd_rows, rd_times, timed_out = timeout, None, [timeout], True
            row = {"query": name, "scope": scope, "rows_oxigraph": len(ox_res), "rows_rdflib": rd_rows,
                   "oxigraph_ms": ox_med * 1000, "rdflib_ms": rd_med * 1000, "ratio": rd_med / ox_med,
                   "rdflib_timed_out": timed_out, "oxigraph_runs": len(ox_times), "rdflib_runs": len(rd_times)}
            res["queries"].append(row)
            log(f"{name:12s} {scope:6s} rows {len(ox_res):6d}/{rd_rows}  oxigraph {ox_med * 1000:8.1f} ms  "
                f"rdflib {'>' if timed_out else ''}{rd_med * 1000:9.1f} ms  x{rd_med / ox_med:6.0f}")

    # ---- export
    res["export"] = {}
    for fmt, ext in ((RdfFormat.turtle, "ttl"), (RdfFormat.nt, "nt")):
        out = work / f"export.{ext}"
        ox_s, _, _ = _timed(lambda: store.dump(out, fmt), 3)          # median of 3: a noisy machine
        size = out.stat().st_size
        t = time.perf_counter()
        data = serialize(ds, fmt)
        rd_s = time.perf_counter() - t
        res["export"][fmt.value] = {"oxigraph_s": ox_s, "rdflib_s": rd_s, "ratio": rd_s / ox_s,
                                    "bytes_oxigraph": size, "bytes_rdflib": len(data)}
        log(f"export {fmt.value}: oxigraph {ox_s:.2f} s ({size / 1e6:.0f} MB), rdflib {rd_s:.2f} s")
        del data
    store.close()

    report = render(res)
    print(report)
    if args.out:
        Path(args.out).write_text(report, encoding="utf-8")
    if args.json:
        Path(args.json).write_text(json.dumps(res, indent=1), encoding="utf-8")
    return 0


def render(res: dict) -> str:
    ld = res["load"]
    lines = [
        f"Corpus: {ld['quads']:,} quads, {ld['articles']:,} articles (one named graph each); "
        f"Python {res['python']}.",
        "",
        "| step | rdflib 7 (memory) | kg embedded Oxigraph store | ratio |",
        "|---|---:|---:|---:|",
        f"| load N-Quads | {ld['rdflib_s']:.1f} s | {ld['oxigraph_s']:.1f} s | {ld['rdflib_s'] / ld['oxigraph_s']:.0f}× |",
    ]
    for fmt, e in res["export"].items():
        name = {"turtle": "export Turtle", "nt": "export N-Triples"}[fmt]
        lines.append(f"| {name} | {e['rdflib_s']:.1f} s | {e['oxigraph_s']:.2f} s | {e['ratio']:.0f}× |")
    lines += ["", f"Incremental writes (`kg build --store`, one transaction per article): "
                  f"{ld['oxigraph_put_article_ms']:.1f} ms per article.", "",
              "Named queries as `kg query --name` runs them (first page of 100 rows):", "",
              "| named query | scope | rows | rdflib median | Oxigraph median | ratio |",
              "|---|---|---:|---:|---:|---:|"]
    whole = [q for q in res["queries"] if q["scope"] == "whole"]
    for q in [q for q in res["queries"] if q["scope"] != "whole"] + whole:
        if whole and q is whole[0]:
            lines += ["", "Whole tables (`--limit 0`: every row, fully sorted):", "",
                      "| named query | scope | rows | rdflib median | Oxigraph median | ratio |",
                      "|---|---|---:|---:|---:|---:|"]
        if q["scope"] in ("corpus", "whole"):
            scope = "whole corpus"
        else:
            scope = f"{q['scope']}: " + ", ".join(f"{k}={v if not v.startswith('<') else 'one article'}"
                                                 for k, v in res["params"][q["scope"]][q["query"]].items())
        rows = q["rows_oxigraph"] if q["rows_oxigraph"] == q["rows_rdflib"] or q["rdflib_timed_out"] else \
            f"{q['rows_oxigraph']} (rdflib {q['rows_rdflib']})"
        more = "> " if q["rdflib_timed_out"] else ""
        lines.append(f"| {q['query']} | {scope} | {rows} | {more}{q['rdflib_ms']:,.0f} ms | {q['oxigraph_ms']:,.1f} ms "
                     f"| {more}{q['ratio']:,.0f}× |")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    raise SystemExit(main())
