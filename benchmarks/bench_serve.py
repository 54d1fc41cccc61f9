"""Load on `kg serve`: many clients at once, idle connections, and a runaway query.

Builds (once) an embedded store of about 1,000 generated articles (``gen_corpus_graph.py``), starts
``kg serve --quiet`` on a free loopback port, then measures:

1. ``--clients`` clients at once (released together by a barrier), each with its own keep-alive
   connection, sending ``--requests`` requests in all: a named query as ``kg query --name`` runs it
   (the first page of 100 rows), as a SPARQL form POST. Failures (no answer, or not 200) and the
   latency distribution (median, p90, p99, max) are reported.
2. ``--idle`` connections opened and left silent, then one new client's request.
3. The cartesian query ``SELECT * { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }`` on a server started with no
   row or size cap (``--max-rows 0 --max-response-mb 0``), read by a client until the server stops
   it: when it stops and the peak memory of the server and its workers.

    python benchmarks/bench_serve.py --out benchmarks/results-serve.md

Everything stays on 127.0.0.1; every loop is bounded and the script stops by itself.
"""
from __future__ import annotations

import argparse
import http.client
import os
import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.parse import quote, urlencode

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
KG = [sys.executable, "-m", "graph"]


def build_store(workdir: Path, triples: int) -> Path:
    store = workdir / f"serve-{triples}.kg"
    if store.exists():
        return store
    nq = workdir / f"serve-{triples}.nq"
    subprocess.run([sys.executable, str(ROOT / "benchmarks" / "gen_corpus_graph.py"), "--triples", str(triples),
                    "-o", str(nq)], check=True)
    from graph.formats import RdfFormat
    from graph.store import OxigraphStore

    with OxigraphStore(store, create=True) as st:
        st.bulk_load(nq, RdfFormat.nq)
    nq.unlink()
    return store


class Server:
    def __init__(self, store: Path, log: Path, *args: str):
        self.log_path = log
        self.log = open(log, "wb")
        self.proc = subprocess.Popen([*KG, "serve", "--store", str(store), "--port", "0", "--quiet", *args],
                                     stderr=self.log, stdout=subprocess.DEVNULL)
        deadline = time.monotonic() + 120
        while "serving" not in log.read_text():
            if self.proc.poll() is not None or time.monotonic() > deadline:
                raise SystemExit(f"kg serve did not start: {log.read_text()}")
            time.sleep(0.1)
        self.url = log.read_text().split(" at ")[1].split("/query")[0]
        self.port = int(self.url.rsplit(":", 1)[1])

    def memory(self) -> int:
        pids = [self.proc.pid]
        for p in os.listdir("/proc"):
            if p.isdigit():
                try:
                    if Path(f"/proc/{p}/stat").read_text().split()[3] == str(self.proc.pid):
                        pids.append(int(p))
                except (OSError, IndexError):
                    pass
        total = 0
        for pid in pids:
            try:
                total += int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * os.sysconf("SC_PAGE_SIZE")
            except (OSError, IndexError):
                pass
        return total

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        self.log.close()


def load(port: int, body: bytes, clients: int, requests: int) -> dict:
    """``clients`` threads released together, ``requests`` requests in all; latencies and failures."""
    per_client = [requests // clients + (1 if i < requests % clients else 0) for i in range(clients)]
    latencies: list[float] = []
    failures: list[str] = []
    lock = threading.Lock()
    barrier = threading.Barrier(clients)
    headers = {"Content-Type": "application/x-www-form-urlencoded", "Accept": "application/sparql-results+json"}

    def client(n: int) -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        barrier.wait()
        for _ in range(n):
            t = time.perf_counter()
            try:
                conn.request("POST", "/query", body=body, headers=headers)
                resp = conn.getresponse()
                data = resp.read()
                ok = resp.status == 200 and data.startswith(b"{")
                err = f"HTTP {resp.status}"
            except (OSError, http.client.HTTPException) as exc:
                ok, err = False, type(exc).__name__
                conn.close()
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
            with lock:
                latencies.append(time.perf_counter() - t)
                if not ok:
                    failures.append(err)
        conn.close()

    threads = [threading.Thread(target=client, args=(n,)) for n in per_client]
    started = time.perf_counter()
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    wall = time.perf_counter() - started
    q = statistics.quantiles(latencies, n=100)
    return {"requests": len(latencies), "failures": len(failures), "kinds": sorted(set(failures)), "wall": wall,
            "median": statistics.median(latencies), "p90": q[89], "p99": q[98], "max": max(latencies)}


def idle(port: int, body: bytes, count: int) -> float:
    socks = [socket.create_connection(("127.0.0.1", port), timeout=10) for _ in range(count)]
    try:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        t = time.perf_counter()
        conn.request("POST", "/query", body=body, headers={"Content-Type": "application/x-www-form-urlencoded"})
        resp = conn.getresponse()
        resp.read()
        took = time.perf_counter() - t
        assert resp.status == 200, resp.status
        conn.close()
        return took
    finally:
        for s in socks:
            s.close()


def runaway(server: Server) -> dict:
    peak, done = [0], threading.Event()

    def watch() -> None:
        while not done.is_set():
            peak[0] = max(peak[0], server.memory())
            time.sleep(0.1)

    threading.Thread(target=watch, daemon=True).start()
    q = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=120)
    t = time.perf_counter()
    received, ending = 0, "complete"
    try:
        conn.request("GET", "/query?query=" + quote(q))
        resp = conn.getresponse()
        while chunk := resp.read(65536):
            received += len(chunk)
    except (OSError, http.client.HTTPException) as exc:
        ending = f"cut ({type(exc).__name__})"
    took = time.perf_counter() - t
    done.set()
    return {"seconds": took, "bytes": received, "ending": ending, "peak_mb": peak[0] / 2**20}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--triples", type=int, default=330_000, help="store size (330,000 quads: about 1,000 articles)")
    ap.add_argument("--clients", type=int, default=200)
    ap.add_argument("--requests", type=int, default=2000)
    ap.add_argument("--idle", type=int, default=300)
    ap.add_argument("--query", default="investors", help="the named query")
    ap.add_argument("--param", action="append", default=[], help="VAR=VALUE, as kg query --param; repeatable")
    ap.add_argument("--timeout", type=float, default=30.0, help="kg serve --timeout for the runaway query")
    ap.add_argument("--workdir", default="/tmp/kg-bench")
    ap.add_argument("--out", help="also write the Markdown report here")
    ap.add_argument("--no-runaway", action="store_true", help="skip the cartesian query")
    args = ap.parse_args(argv)

    from graph.store import open_store
    from graph.store.query import PAGE_SIZE, bind_params, named_query, page

    workdir = Path(args.workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    store = build_store(workdir, args.triples)
    with open_store(store) as st:
        articles = len(st.articles())
    params = dict(p.split("=", 1) for p in args.param)
    body = urlencode({"query": page(bind_params(named_query(args.query).text, params), PAGE_SIZE)}).encode()
    label = f"`{args.query}`" + "".join(f" `-p {p}`" for p in args.param) + " first page"
    lines = [f"Store: {articles} articles, {args.triples:,} quads (generated); {os.cpu_count()} cores; "
             f"kg serve with its defaults (workers: one per core, at least 2).", ""]

    server = Server(store, workdir / "serve-load.log")
    try:
        load(server.port, body, 20, 100)                                           # warm up
        res = load(server.port, body, args.clients, args.requests)
        took = idle(server.port, body, args.idle)
        mem = server.memory() / 2**20
    finally:
        server.stop()
    lines += ["| load | requests | failures | wall | throughput | median | p90 | p99 | max |",
              "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
              f"| {args.clients} clients at once, {label} | {res['requests']:,} | {res['failures']}"
              f"{' (' + ', '.join(res['kinds']) + ')' if res['kinds'] else ''} | {res['wall']:.1f} s | "
              f"{res['requests'] / res['wall']:.0f}/s | {res['median'] * 1000:.0f} ms | {res['p90'] * 1000:.0f} ms | "
              f"{res['p99'] * 1000:.0f} ms | {res['max'] * 1000:.0f} ms |", "",
              f"With {args.idle} idle connections open, a new client's request took {took * 1000:.0f} ms. "
              f"Server memory after the load (server and workers): {mem:.0f} MB.", ""]

    if args.no_runaway:
        print("\n".join(lines))
        return 0
    server = Server(store, workdir / "serve-runaway.log", "--max-rows", "0", "--max-response-mb", "0",
                    "--timeout", str(args.timeout))
    try:
        run = runaway(server)
    finally:
        server.stop()
    lines += [f"Cartesian query, no row or size cap, --timeout {args.timeout:g}: {run['ending']} after "
              f"{run['seconds']:.1f} s, {run['bytes'] / 2**20:.0f} MB streamed; peak memory of the server and its "
              f"workers {run['peak_mb']:.0f} MB.", ""]
    report = "\n".join(lines)
    print(report)
    if args.out:
        Path(args.out).write_text(report, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
